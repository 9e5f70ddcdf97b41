"""Deadlines: every item's deadline is understood, inside the period, and kept; meetings too."""

from __future__ import annotations

from mentorkit.checks.base import Context, who
from mentorkit.deadlines import KNOWN_FORMS, ScheduleKind
from mentorkit.load.repository import Doc
from mentorkit.model import Roadmap
from mentorkit.problems import (
    DEADLINE_NOT_UNDERSTOOD,
    DEADLINE_OUTSIDE_PERIOD,
    DONE_IN_FUTURE,
    DONE_TOO_MANY,
    DUE_SOON,
    MEETING_DONE_IN_FUTURE,
    MEETING_DUE_SOON,
    MEETING_OVERDUE,
    NO_DEADLINE,
    OVERDUE,
    UNSCHEDULED,
    Problem,
)
from mentorkit.progress import ItemProgress, State, roadmap_progress
from mentorkit.words import days


def check_deadlines(ctx: Context) -> list[Problem]:
    problems: list[Problem] = []
    for doc in ctx.repo.roadmaps:
        for progress in roadmap_progress(doc.model, ctx.today, ctx.repo.rules.soon_days):
            problems.extend(_item_problems(ctx, doc, progress))
    return problems


def _item_problems(ctx: Context, doc: Doc[Roadmap], p: ItemProgress) -> list[Problem]:
    problems: list[Problem] = []
    label = f"п. {p.number} «{_short(p.title)}»"
    deadline_at = doc.at(*p.keys, "deadline")
    done_at = doc.at(*p.keys, "done")
    schedule = p.schedule
    period = doc.model.period
    for day in p.done_in_future:
        problems.append(
            DONE_IN_FUTURE.at(
                done_at,
                f"{label}: дата выполнения {day:%d.%m.%Y} ещё не наступила "
                f"(сегодня {ctx.today:%d.%m.%Y}) — исправьте дату или уберите её до дня "
                "выполнения",
            )
        )
    if p.extra_done:
        problems.append(
            DONE_TOO_MANY.at(
                done_at,
                f"{label}: дат выполнения {p.closed + len(p.extra_done)}, а сроков по "
                f"«{p.item.deadline}» только {p.occurrences} — уберите лишние даты из done "
                "(как понят срок: mentorkit deadline)",
            )
        )
    if p.item.cancelled:
        return problems
    if schedule is None:
        problems.append(
            NO_DEADLINE.at(doc.at(*p.keys, "title"), f"{label}: срок не указан — добавьте deadline")
        )
        return problems
    if schedule.kind == ScheduleKind.NOT_UNDERSTOOD:
        part = schedule.unparsed or schedule.text
        examples = "; ".join(f"«{form}»" for form in KNOWN_FORMS[:6])
        problems.append(
            DEADLINE_NOT_UNDERSTOOD.at(
                deadline_at,
                f"{label}: срок «{schedule.text}» не понят (непонятно: «{part}»); "
                f"понятные формы: {examples}",
            )
        )
        return problems
    if schedule.kind == ScheduleKind.UNSCHEDULED:
        if p.state == State.DONE:
            return problems
        problems.append(
            UNSCHEDULED.at(
                deadline_at,
                f"{label}: срок «{schedule.text}» задаёт другой документ — "
                "дату mentorkit не вычисляет; отметьте done, когда мероприятие проведено",
            )
        )
        return problems
    outside = [
        occ
        for occ in schedule.occurrences
        if occ.due < period.start or (occ.start or occ.due) > period.end
    ]
    if outside:
        problems.append(
            DEADLINE_OUTSIDE_PERIOD.at(
                deadline_at,
                f"{label}: срок {outside[0].due:%d.%m.%Y} вне периода дорожной карты "
                f"{period.start:%d.%m.%Y}–{period.end:%d.%m.%Y} — проверьте год в сроке "
                "или период (period)",
            )
        )
    if p.state == State.OVERDUE:
        occ = p.open_late[0]
        more = f" (и ещё {len(p.open_late) - 1})" if len(p.open_late) > 1 else ""
        problems.append(
            OVERDUE.at(
                deadline_at,
                f"{label}: срок {occ.due:%d.%m.%Y} прошёл {days((ctx.today - occ.due).days)} "
                f"назад{more}, выполнение не отмечено — выполните или отметьте done: ГГГГ-ММ-ДД",
            )
        )
    elif p.state == State.DUE_SOON and p.due is not None:
        left = (p.due - ctx.today).days
        when = "сегодня" if left == 0 else f"через {days(left)}"
        problems.append(DUE_SOON.at(deadline_at, f"{label}: срок {p.due:%d.%m.%Y} — {when}"))
    return problems


def _short(title: str, limit: int = 60) -> str:
    title = " ".join(title.split())
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


def check_meeting_dates(ctx: Context) -> list[Problem]:
    problems: list[Problem] = []
    soon = ctx.repo.rules.soon_days
    for doc in ctx.repo.pairs:
        for p_index, pair in enumerate(doc.model.pairs):
            for m_index, meeting in enumerate(pair.meetings):
                where = doc.at("pairs", p_index, "meetings", m_index, "date")
                label = f"встреча «{meeting.stage}» пары наставника {who(ctx, pair.mentor)}"
                left = (meeting.date - ctx.today).days
                if meeting.done and left > 0:
                    problems.append(
                        MEETING_DONE_IN_FUTURE.at(
                            where,
                            f"{label} отмечена проведённой (done), но её дата "
                            f"{meeting.date:%d.%m.%Y} ещё не наступила — уберите done: true "
                            "или исправьте дату",
                        )
                    )
                elif not meeting.done and left < 0:
                    problems.append(
                        MEETING_OVERDUE.at(
                            where,
                            f"{label} {meeting.date:%d.%m.%Y} прошла {days(left)} назад, но не "
                            "отмечена проведённой — отметьте done: true или перенесите дату",
                        )
                    )
                elif not meeting.done and left <= soon:
                    when = "сегодня" if left == 0 else f"через {days(left)}"
                    problems.append(
                        MEETING_DUE_SOON.at(where, f"{label} {meeting.date:%d.%m.%Y} — {when}")
                    )
    return problems
