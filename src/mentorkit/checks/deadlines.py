"""Deadlines: every item's deadline is understood, inside the period, and kept; meetings too;
and the school calendar they are read with holds together."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from mentorkit.checks.base import Context, whose
from mentorkit.deadlines import KNOWN_FORMS, Occurrence, Schedule, ScheduleKind
from mentorkit.deadlines.lazy import first_outside
from mentorkit.deadlines.tokens import read_as_russian
from mentorkit.load.repository import Doc
from mentorkit.model import Roadmap
from mentorkit.model.calendar import Dated
from mentorkit.problems import (
    CALENDAR_BAD_SPAN,
    CALENDAR_GAP,
    CALENDAR_OVERLAP,
    DEADLINE_NOISE,
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
    Location,
    Problem,
)
from mentorkit.progress import ItemProgress, State, roadmap_progress
from mentorkit.shown import minors_shown
from mentorkit.words import days, dmy


def check_calendar(ctx: Context) -> list[Problem]:
    """Terms (четверти, триместры) of each school year follow one another: none overlaps the
    next, and the days between two are holidays (or a weekend); each lies in its school year."""
    doc = ctx.repo.config
    if doc is None:
        return []
    problems: list[Problem] = []
    for key, year in doc.model.calendar.items():
        first = int(key[:4])
        school_start, school_end = date(first, 8, 1), date(first + 1, 8, 31)
        for kind, spans in (("terms", year.terms), ("holidays", year.holidays)):
            for index, span in enumerate(spans):
                where = doc.at("calendar", key, kind, index, "start")
                if span.end < span.start:
                    problems.append(
                        CALENDAR_BAD_SPAN.at(
                            where,
                            f"«{span.name}» ({key}): конец {dmy(span.end)} раньше начала "
                            f"{dmy(span.start)} — исправьте даты",
                        )
                    )
                elif span.start < school_start or span.end > school_end:
                    problems.append(
                        CALENDAR_BAD_SPAN.at(
                            where,
                            f"«{span.name}» ({dmy(span.start)}–{dmy(span.end)}) не в "
                            f"{key} учебном году — исправьте год в датах или ключ календаря",
                        )
                    )
        problems += _term_order(doc.at, key, year.terms, year.holidays)
    return problems


def _term_order(
    at: Callable[..., Location], key: str, terms: tuple[Dated, ...], holidays: tuple[Dated, ...]
) -> list[Problem]:
    problems: list[Problem] = []
    for index in range(1, len(terms)):
        before, term = terms[index - 1], terms[index]
        where = at("calendar", key, "terms", index, "start")
        if term.start <= before.end:
            problems.append(
                CALENDAR_OVERLAP.at(
                    where,
                    f"«{term.name}» начинается {dmy(term.start)}, а «{before.name}» "
                    f"кончается {dmy(before.end)} ({key}) — части года не должны "
                    "перекрываться: исправьте даты",
                )
            )
            continue
        missing = [
            day
            for day in _days(before.end + timedelta(days=1), term.start - timedelta(days=1))
            if day.weekday() < 5 and not any(h.start <= day <= h.end for h in holidays)
        ]
        if missing:
            days = (
                f"день {dmy(missing[0])} не входит"
                if len(missing) == 1
                else f"дни {dmy(missing[0])}–{dmy(missing[-1])} не входят"
            )
            problems.append(
                CALENDAR_GAP.at(
                    where,
                    f"между «{before.name}» и «{term.name}» ({key}) {days} ни в одну часть "
                    "года (terms), ни в каникулы (holidays) — добавьте каникулы или исправьте даты",
                )
            )
    return problems


def _days(start: date, end: date) -> list[date]:
    return [start + timedelta(days=n) for n in range((end - start).days + 1)]


def check_deadlines(ctx: Context) -> list[Problem]:
    problems: list[Problem] = []
    calendar = ctx.repo.calendar
    for doc in ctx.repo.roadmaps:
        soon = ctx.repo.rules.soon_days
        outside = _Outside(doc.model.period.start, doc.model.period.end)
        for progress in roadmap_progress(doc.model, ctx.today, soon, calendar):
            problems.extend(_item_problems(ctx, doc, progress, outside))
    return problems


class _Outside:
    """`first_outside` of the period, once per deadline read: items of a roadmap share a few
    dozen deadline texts, and each is read once (`schedule_of`)."""

    def __init__(self, start: date, end: date) -> None:
        self.start, self.end = start, end
        self._seen: dict[int, tuple[Schedule, Occurrence | None]] = {}

    def __call__(self, schedule: Schedule) -> Occurrence | None:
        seen = self._seen.get(id(schedule))
        if seen is None or seen[0] is not schedule:
            seen = (schedule, first_outside(schedule.occurrences, self.start, self.end))
            self._seen[id(schedule)] = seen
        return seen[1]


def _item_problems(
    ctx: Context, doc: Doc[Roadmap], p: ItemProgress, outside_of: _Outside
) -> list[Problem]:
    problems: list[Problem] = []
    shown: list[str] = []

    def label() -> str:
        # Made for a problem only: half the items of a large roadmap have none, and the
        # title is searched for minors' names first.
        if not shown:
            shown.append(f"п. {p.number} «{_short(minors_shown(p.title, ctx.people))}»")
        return shown[0]

    def deadline_at() -> Location:
        return doc.at(*p.keys, "deadline")

    def done_at() -> Location:
        return doc.at(*p.keys, "done")

    schedule = p.schedule
    period = doc.model.period
    for day in p.done_in_future:
        problems.append(
            DONE_IN_FUTURE.at(
                done_at(),
                f"{label()}: дата выполнения {dmy(day)} ещё не наступила "
                f"(сегодня {dmy(ctx.today)}) — исправьте дату или уберите её до дня "
                "выполнения",
            )
        )
    if p.extra_done:
        problems.append(
            DONE_TOO_MANY.at(
                done_at(),
                f"{label()}: дат выполнения {p.closed + len(p.extra_done)}, а сроков по "
                f"«{p.item.deadline}» только {p.occurrences} — уберите лишние даты из done "
                "(как понят срок: mentorkit deadline)",
            )
        )
    if p.item.cancelled:
        return problems
    if schedule is None:
        problems.append(
            NO_DEADLINE.at(
                doc.at(*p.keys, "title"), f"{label()}: срок не указан — добавьте deadline"
            )
        )
        return problems
    if schedule.too_early:
        # «май 2022» in a plan of 2022-2023: a slip of the year, not a form to learn; an item
        # done is done all the same, and only warned of.
        done = p.state == State.DONE
        code = DEADLINE_OUTSIDE_PERIOD if done else DEADLINE_NOT_UNDERSTOOD
        verdict = f"«{schedule.text}» —" if done else f"срок «{schedule.text}» не понят:"
        problems.append(code.at(deadline_at(), f"{label()}: {verdict} {schedule.reason}"))
        return problems
    if schedule.kind == ScheduleKind.NOT_UNDERSTOOD:
        part = schedule.unparsed or schedule.text
        examples = "; ".join(f"«{form}»" for form in KNOWN_FORMS[:6])
        why = ""
        if schedule.reason and schedule.reason != "часть текста не понята":
            why = f": {schedule.reason}"
        problems.append(
            DEADLINE_NOT_UNDERSTOOD.at(
                deadline_at(),
                f"{label()}: срок «{schedule.text}» не понят{why} (непонятно: «{part}»); "
                f"понятные формы: {examples}",
            )
        )
        return problems
    lookalike = [mark for mark in schedule.ignored if read_as_russian(mark)]
    marks = [mark for mark in schedule.ignored if mark not in lookalike]
    for said, how in (
        (
            lookalike,
            "в {} есть латинские или греческие буквы, похожие на русские, — срок прочитан так, "
            "будто они русские; наберите эти слова русскими буквами",
        ),
        (marks, "пропущены знаки {} — срок понят без них; уберите их, если они не нужны"),
    ):
        if said:
            listed = ", ".join(f"«{mark}»" for mark in said)
            problems.append(
                DEADLINE_NOISE.at(
                    deadline_at(),
                    f"{label()}: в сроке «{schedule.text}» " + how.format(listed),
                )
            )
    if schedule.kind == ScheduleKind.UNSCHEDULED:
        if p.state == State.DONE:
            return problems
        problems.append(
            UNSCHEDULED.at(
                deadline_at(),
                f"{label()}: срок «{schedule.text}» задаёт другой документ — "
                "дату mentorkit не вычисляет; отметьте done, когда мероприятие проведено",
            )
        )
        return problems
    outside = outside_of(schedule)
    if outside is not None:
        problems.append(
            DEADLINE_OUTSIDE_PERIOD.at(
                deadline_at(),
                f"{label()}: срок {dmy(outside.due)} вне периода дорожной карты "
                f"{dmy(period.start)}–{dmy(period.end)} — проверьте год в сроке "
                "или период (period)",
            )
        )
    if p.state == State.OVERDUE:
        occ = p.open_late[0]
        more = f" (и ещё {len(p.open_late) - 1})" if len(p.open_late) > 1 else ""
        problems.append(
            OVERDUE.at(
                deadline_at(),
                f"{label()}: срок {dmy(occ.due)} прошёл {days((ctx.today - occ.due).days)} "
                f"назад{more}, выполнение не отмечено — выполните или отметьте done: ГГГГ-ММ-ДД",
            )
        )
    elif p.state == State.DUE_SOON and p.due is not None:
        left = (p.due - ctx.today).days
        when = "сегодня" if left == 0 else f"через {days(left)}"
        problems.append(DUE_SOON.at(deadline_at(), f"{label()}: срок {dmy(p.due)} — {when}"))
    return problems


def _short(title: str, limit: int = 60) -> str:
    title = " ".join(title.split())
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


def check_meeting_dates(ctx: Context) -> list[Problem]:
    problems: list[Problem] = []
    soon = ctx.repo.rules.soon_days
    for doc in ctx.repo.pairs:
        for p_index, pair in enumerate(doc.model.pairs):
            mentor = ""  # found once a meeting of the pair has a problem
            for m_index, meeting in enumerate(pair.meetings):
                left = (meeting.date - ctx.today).days
                if (left <= 0) if meeting.done else (left >= 0 and left > soon):
                    continue  # nothing to say: no message made, no place looked up
                mentor = mentor or whose(ctx, pair.mentor)
                where = doc.at("pairs", p_index, "meetings", m_index, "date")
                label = f"встреча «{meeting.stage}» пары наставника {mentor}"
                if meeting.done and left > 0:
                    problems.append(
                        MEETING_DONE_IN_FUTURE.at(
                            where,
                            f"{label} отмечена проведённой (done), но её дата "
                            f"{dmy(meeting.date)} ещё не наступила — уберите done: true "
                            "или исправьте дату",
                        )
                    )
                elif not meeting.done and left < 0:
                    problems.append(
                        MEETING_OVERDUE.at(
                            where,
                            f"{label} {dmy(meeting.date)} прошла {days(left)} назад, но не "
                            "отмечена проведённой — отметьте done: true или перенесите дату",
                        )
                    )
                elif not meeting.done and left <= soon:
                    when = "сегодня" if left == 0 else f"через {days(left)}"
                    problems.append(
                        MEETING_DUE_SOON.at(where, f"{label} {dmy(meeting.date)} — {when}")
                    )
    return problems
