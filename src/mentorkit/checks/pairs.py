"""Pairs: mentor load, mentees in two pairs, and each pair's meetings in order and in period."""

from __future__ import annotations

from collections import defaultdict

from mentorkit.checks.base import Context, describe, gendered, whose
from mentorkit.load.repository import Doc, PersonEntry
from mentorkit.model import STAGES, PairsFile
from mentorkit.problems import (
    DATE_ORDER,
    MEETING_OUTSIDE,
    MENTEE_TWICE,
    NO_FINAL_MEETING,
    SELF_MENTOR,
    STAGE_ORDER,
    TOO_MANY_MENTEES,
    Location,
    Problem,
)


def check_pair_load(ctx: Context) -> list[Problem]:
    """A mentor's mentees across all pairs of one period; a mentee twice in one form and period."""
    problems: list[Problem] = []
    limit = ctx.repo.rules.max_mentees
    mentees_of: dict[tuple[int, object], set[int]] = defaultdict(set)
    reported: set[tuple[int, object]] = set()
    seen_mentee: dict[tuple[int, str, object], Location] = {}
    for doc in ctx.repo.pairs:
        period = doc.model.period
        for p_index, pair in enumerate(doc.model.pairs):
            form = pair.form or doc.model.form or ""
            mentor = _one(ctx, pair.mentor)
            mentees = [(m_index, _one(ctx, ref)) for m_index, ref in enumerate(pair.mentees)]
            for m_index, mentee in mentees:
                if mentee is None:
                    continue
                where = doc.at("pairs", p_index, "mentees", m_index)
                if mentor is not None and mentee.index == mentor.index:
                    problems.append(
                        SELF_MENTOR.at(
                            where,
                            f"{describe(mentee)}: наставник и наставляемый — один человек; "
                            "уберите его из mentees",
                        )
                    )
                key = (mentee.index, form.lower(), period)
                if key in seen_mentee:
                    problems.append(
                        MENTEE_TWICE.at(
                            where,
                            f"{describe(mentee)} уже "
                            f"{gendered(mentee, 'наставляемый', 'наставляемая')} в паре формы "
                            f"«{form}» этого периода ({seen_mentee[key]}): оставьте одну пару",
                        )
                    )
                else:
                    seen_mentee[key] = where
            if mentor is None:
                continue
            load_key = (mentor.index, period)
            mentees_of[load_key].update(m.index for _, m in mentees if m is not None)
            if len(mentees_of[load_key]) > limit and load_key not in reported:
                reported.add(load_key)
                problems.append(
                    TOO_MANY_MENTEES.at(
                        doc.at("pairs", p_index, "mentor"),
                        f"наставник {describe(mentor)}: в этом периоде "
                        f"{len(mentees_of[load_key])} наставляемых, а допускается {limit} "
                        "(rules.max_mentees): назначьте другого наставника",
                    )
                )
    return problems


def _one(ctx: Context, ref: str) -> PersonEntry | None:
    found = ctx.people.resolve(ref)
    return found[0] if len(found) == 1 else None


def check_meetings(ctx: Context) -> list[Problem]:
    problems: list[Problem] = []
    for doc in ctx.repo.pairs:
        problems.extend(_meetings_of(ctx, doc))
    return problems


def _meetings_of(ctx: Context, doc: Doc[PairsFile]) -> list[Problem]:
    problems: list[Problem] = []
    period = doc.model.period
    for p_index, pair in enumerate(doc.model.pairs):
        previous = None
        for m_index, meeting in enumerate(pair.meetings):
            keys = ("pairs", p_index, "meetings", m_index)
            if previous is not None:
                if STAGES.index(meeting.stage) < STAGES.index(previous.stage):
                    problems.append(
                        STAGE_ORDER.at(
                            doc.at(*keys, "stage"),
                            f"этап «{meeting.stage}» стоит после этапа «{previous.stage}»: "
                            f"порядок этапов — {', '.join(STAGES)}",
                        )
                    )
                if meeting.date < previous.date:
                    problems.append(
                        DATE_ORDER.at(
                            doc.at(*keys, "date"),
                            f"встреча {meeting.date:%d.%m.%Y} записана после встречи "
                            f"{previous.date:%d.%m.%Y}: расставьте встречи по датам",
                        )
                    )
            if not period.start <= meeting.date <= period.end:
                problems.append(
                    MEETING_OUTSIDE.at(
                        doc.at(*keys, "date"),
                        f"встреча {meeting.date:%d.%m.%Y} вне периода пар "
                        f"{period.start:%d.%m.%Y}–{period.end:%d.%m.%Y}: исправьте дату "
                        "или период (period) файла",
                    )
                )
            previous = meeting
        final = any(meeting.stage == "итоговая" for meeting in pair.meetings)
        # A meeting that could not be read may be the final one: not said to be missing.
        if not final and not doc.incomplete("pairs", p_index):
            problems.append(
                NO_FINAL_MEETING.at(
                    doc.at("pairs", p_index, "mentor", key=True),
                    f"у пары наставника {whose(ctx, pair.mentor)} нет итоговой встречи: добавьте "
                    "{stage: итоговая, date: …} в meetings"
                    if pair.meetings
                    else f"у пары наставника {whose(ctx, pair.mentor)} нет ни одной встречи: "
                    "внесите в meetings план встреч, от знакомства до итоговой",
                )
            )
    return problems
