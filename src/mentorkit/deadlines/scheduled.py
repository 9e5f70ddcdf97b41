"""The phrases of a text, read → its `Schedule`: the occurrences over the period, or why they do
not hold together (two recurrences that disagree, a window ending before it starts, months that do
not fall one in each unit of a recurrence, a weekday said beside a day that is another, a start
«с …» beside other deadlines or before the period). `reader` reads the text into phrases.
"""

from __future__ import annotations

from collections.abc import Sequence

from mentorkit.deadlines.calendar import Calendar
from mentorkit.deadlines.calendars_used import calendar_years
from mentorkit.deadlines.counts import UNIT_NAMES, uneven
from mentorkit.deadlines.lazy import LazyOccurrences
from mentorkit.deadlines.lexemes import SaidWeekday
from mentorkit.deadlines.period import Period
from mentorkit.deadlines.phrases import Every, Phrase, PointKind, Whole, Window
from mentorkit.deadlines.placing import inside
from mentorkit.deadlines.recur import occurrences
from mentorkit.deadlines.schedule import Occurrence, Schedule, ScheduleKind
from mentorkit.deadlines.starts import before_the_period
from mentorkit.deadlines.vocabulary import Unit
from mentorkit.deadlines.weekday_days import (
    WEEKDAY_NAMES,
    not_holding,
    nth_weekday_holds,
    wrong_weekday,
)


def not_understood(text: str, reason: str, part: str) -> Schedule:
    return Schedule(text, ScheduleKind.NOT_UNDERSTOOD, reason=reason, unparsed=part)


def weekdays_hold(schedule: Schedule, weekdays: tuple[SaidWeekday, ...], head: str) -> Schedule:
    """«5 сентября (понедельник)» placed in a year where the 5th is a Sunday: the weekday said
    beside a day without its year must be the placed day's, or the text is not understood (the
    year is then the curator's to write, not the reader's to choose); so must the weekday of the
    month described beside it («в последнюю субботу месяца, 27 августа»)."""
    if not weekdays or isinstance(schedule.occurrences, LazyOccurrences):
        return schedule
    fix = "напишите год у даты"
    for said in weekdays:
        for occurrence in schedule.occurrences:
            for placed in (occurrence.start, occurrence.due):
                if placed is None or (placed.day, placed.month) != (said.day, said.month):
                    continue
                if not nth_weekday_holds(placed, said.weekday, said.nth):
                    reason = (
                        not_holding(placed, said.weekday, said.nth, fix)
                        if said.nth
                        else wrong_weekday(placed, WEEKDAY_NAMES[said.weekday], fix)
                    )
                    return not_understood(schedule.text, reason, head[said.start : said.end])
    return schedule


def scheduled(
    text: str,
    phrases: list[Phrase],
    period: Period,
    calendar: Calendar,
    ignored: tuple[str, ...] = (),
) -> Schedule:
    everies = [p for p in phrases if isinstance(p, Every)]
    if len({(e.unit, e.weekday) for e in everies}) > 1 or any(
        e.day and e.unit in (Unit.WEEK, Unit.TERM, Unit.TRIMESTER) for e in everies
    ):
        return not_understood(text, "повторения противоречат друг другу: оставьте одно", text)
    found = occurrences(phrases, period, calendar)
    if not found:
        return not_understood(text, "в тексте нет ни одной даты", text)
    first_day = _by_the_first_day(phrases, found, period)
    if first_day is not None:
        return not_understood(text, first_day, text)
    backwards = (
        found.backwards
        if isinstance(found, LazyOccurrences)
        else next((o for o in found if o.start is not None and o.start > o.due), None)
    )
    if backwards is not None and backwards.start is not None:
        reason = f"начало {backwards.start:%d.%m.%Y} позже конца {backwards.due:%d.%m.%Y}"
        return not_understood(text, reason, text)
    if not isinstance(found, LazyOccurrences):
        found = tuple(found)
        uneven_every = uneven(phrases, found, period, calendar)
        if uneven_every is not None:
            reason = (
                f"повторение и месяцы в сроке не сходятся: в {UNIT_NAMES[uneven_every.unit]} "
                "периода должно быть по одному сроку — напишите месяцы или даты"
            )
            return not_understood(text, reason, text)
    used = calendar_years(tuple(phrases), period, calendar)
    return Schedule(text, ScheduleKind.SCHEDULED, found, ignored=ignored, calendar=used)


FIRST_DAY = (
    "«до» дня, которым период начинается ({day:%d.%m.%Y}): до начала периода или до того же дня "
    "следующего года ({following:%d.%m.%Y})? Напишите год"
)


def _by_the_first_day(
    phrases: list[Phrase], found: Sequence[Occurrence], period: Period
) -> str | None:
    """Why «до 1 января» alone in a plan of 2019 is not read: by the day the plan begins, or by
    the next 1 January, when the year it plans ends? (A news item of 23 December meant the
    second.) None for any other text: in a list («до 1 января, 1 апреля, …») it is a quarter's
    day; in a plan of school years «к 1 сентября» is the start of the first one, as schools
    prepare for it."""
    if period.school or len(phrases) != 1 or len(found) != 1:
        return None
    window = phrases[0]
    if not isinstance(window, Window) or not window.by or window.end is not None:
        return None
    if window.year is not None or window.school_year is not None:
        return None
    due = found[0].due
    if due != period.start:
        return None
    return FIRST_DAY.format(day=due, following=due.replace(year=due.year + 1))


def since(
    text: str, phrases: list[Phrase], period: Period, calendar: Calendar, ignored: tuple[str, ...]
) -> Schedule:
    """«с 1 сентября (и постоянно)»: open from that day to the end of the period; «ежемесячно с
    1 октября», «ежегодно, начиная с 2022 года»: the recurrence from that day. With anything
    else, which of them has no end is not clear."""
    kept = [p for p in phrases if not (isinstance(p, Whole) and not p.each_year)]
    since = [p for p in kept if isinstance(p, Window)]
    everies = [p for p in kept if isinstance(p, Every)]
    if len(since) != 1 or len(kept) > 2 or len(everies) != len(kept) - 1:
        reason = "у срока «с …» нет конца, а рядом другие сроки: напишите конец («по …»)"
        return not_understood(text, reason, text)
    if everies and everies[0].unit == Unit.YEAR and since[0].point.kind != PointKind.YEAR:
        # «с 1 сентября ежегодно»: each year from the 1st of September (to when?), or the
        # years from that day on? Not guessed; «ежегодно, начиная с 2022 года» is clear.
        reason = "«с …» и «ежегодно»: с этого дня каждый год или годы начиная с него — не ясно"
        return not_understood(text, reason, text)
    placed = inside(since[0], period, period.school, calendar)
    start = placed[0][0] or placed[0][1] if placed else None
    early = before_the_period(start, period)
    if early is not None:
        return not_understood(text, early, text)
    if not everies:
        return scheduled(text, kept, period, calendar, ignored)
    first = start or period.end
    if first > period.end:
        reason = f"начало {first:%d.%m.%Y} позже конца периода {period.end:%d.%m.%Y}"
        return not_understood(text, reason, text)
    since_period = Period(max(first, period.start), period.end)
    repeated: list[Phrase] = [*everies]
    return scheduled(text, repeated, since_period, calendar, ignored)
