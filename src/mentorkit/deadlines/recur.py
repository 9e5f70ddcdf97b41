"""Phrases → occurrences: windows placed by `resolve`, recurrences expanded over the period.

A recurrence repeats the phrases before it over the period; on its own it gives one occurrence per
unit of the period. A window longer than its unit («в течение 2025, 2026 гг.», «в 2023 году»)
bounds the recurrence instead of being an occurrence of its own.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from mentorkit.deadlines.calendar import Calendar
from mentorkit.deadlines.period import Period, month_end
from mentorkit.deadlines.phrases import Every, Phrase, PointKind, Then, Whole, Window
from mentorkit.deadlines.resolve import (
    LAST_YEAR,
    NotInCalendar,
    due_year,
    inside,
    nth_weekday,
    window_days,
    with_years,
)
from mentorkit.deadlines.schedule import Occurrence
from mentorkit.deadlines.vocabulary import UNIT_MONTHS, UNIT_NOTES, Unit


class DaysMismatch(Exception):
    """«30.10.2023 - 05.11.2023 (9 дней)»: the window does not hold the days the text says."""

    def __init__(self, said: int, start: date, due: date) -> None:
        super().__init__(said)
        self.said, self.start, self.due = said, start, due


class DateMismatch(Exception):
    """«первую среду декабря (05.12.2024)»: the date in brackets is another day."""

    def __init__(self, said: tuple[int, int, int | None], due: date) -> None:
        super().__init__(said)
        self.said, self.due = said, due


def _same_day(said: tuple[int, int, int | None], due: date) -> bool:
    day, month, year = said
    return (day, month) == (due.day, due.month) and year in (None, due.year)


_UNIT_DAYS = {Unit.WEEK: 7, Unit.TERM: 60, Unit.TRIMESTER: 80}


def merged(phrases: list[Phrase]) -> list[Phrase]:
    """One recurrence where the text says one twice: «еженедельно по пятницам» (the weekday
    says which day of the week), «по вторникам и четвергам» (two weekdays of one week),
    «1 раз в месяц (последняя пятница)»."""
    everies = [p for p in phrases if isinstance(p, Every)]
    specific = [e for e in everies if e.weekday is not None]
    if not specific or len({e.unit for e in everies}) > 1:
        return phrases
    plain = [e for e in everies if e.weekday is None and e.day is None and not e.ends]
    if len(plain) + len(specific) != len(everies) or len({e.nth for e in specific}) > 1:
        return phrases
    first = specific[0]
    days = tuple(sorted({e.weekday for e in specific if e.weekday is not None} - {first.weekday}))
    one = replace(first, also=days)
    return [one if p is first else p for p in phrases if p is first or not isinstance(p, Every)]


def occurrences(phrases: list[Phrase], period: Period, cal: Calendar) -> list[Occurrence]:
    school = period.academic
    windows = with_years([p for p in phrases if isinstance(p, Window)], school, cal)
    every = next((p for p in phrases if isinstance(p, Every)), None)
    bound: date | None = None
    if every is not None and every.day is None:
        # «… далее до 2025 г. ежегодно», «ежегодно до 2024 года»: a year written with «до»
        # bounds the recurrence instead of being a deadline of its own (unless it is the one
        # date the recurrence repeats).
        bounds = [
            w
            for i, w in enumerate(windows)
            if w.by and w.point.kind == PointKind.YEAR and (i > 0 or len(windows) == 1)
        ]
        if bounds:
            bound = window_days(bounds[-1], bounds[-1].year or period.end.year, school, cal)[1]
            windows = [w for w in windows if w not in bounds]
    result: list[Occurrence] = []
    for phrase in phrases:
        # «ежемесячно в течение года»: the recurrence already spans the period.
        if isinstance(phrase, Whole) and every is None:
            spans = period.years() if phrase.each_year else [(period.start, period.end)]
            note = "каждый год периода" if phrase.each_year else "весь период"
            result += [Occurrence(due=end, start=start, note=note) for start, end in spans]
    # «октябрь 2024, далее ежемесячно»: the window is the first time, not a bound.
    then = any(isinstance(p, Then) for p in phrases)
    bounding = [
        w
        for w in windows
        if every is not None and not then and _longer_than(w, every, period, school, cal)
    ]
    if every is not None and (not windows or (every.day is not None and not bounding)):
        result += [occ for occ in units(every, period, cal) if bound is None or occ.due <= bound]
    for window in windows:
        if every is not None and window in bounding:
            # «ежемесячно в 2023 году», «раз в полугодие до 20 числа в течение 2025, 2026 гг.»:
            # the recurrence's units inside that window.
            for start, due in inside(window, period, school, cal):
                clipped = period.clip(start or due, due)
                if clipped:
                    result += units(every, Period(*clipped), cal)
            continue
        placed = inside(window, period, school, cal)
        for start, due in placed:
            if window.days is not None and (due - (start or due)).days + 1 != window.days:
                raise DaysMismatch(window.days, start or due, due)
            if window.same_as is not None and not _same_day(window.same_as, due):
                raise DateMismatch(window.same_as, due)
        if (
            every is not None
            and every.day is None
            and (then or due_year(window, school, cal) is not None)
        ):
            start, due = placed[0]
            if every.unit in (Unit.WEEK, Unit.TERM, Unit.TRIMESTER):
                # «01.09.2023, далее еженедельно»: the date, then the units after it.
                result.append(Occurrence(due=due, start=start, note=window.who))
                result += [o for o in units(every, period, cal) if (o.start or o.due) > due]
            else:
                result += _repeat(start, due, UNIT_MONTHS[every.unit], period, bound)
            continue
        if window.since:
            # «с 1 сентября»: open from that day to the end of the period.
            result += [Occurrence(due=period.end, start=start or due) for start, due in placed[:1]]
            continue
        result += [Occurrence(due=due, start=start, note=window.who) for start, due in placed]
    unique = {(occ.due, occ.start): occ for occ in result}
    return sorted(unique.values(), key=lambda occ: (occ.due, occ.start or date.min))


def _longer_than(window: Window, every: Every, period: Period, school: bool, cal: Calendar) -> bool:
    """Whether a window (a year, a quarter, «с сентября по май») holds several units of the
    recurrence."""
    if window.open:
        return False
    year = due_year(window, school, cal)
    if year is not None:
        start, due = window_days(window, year, school, cal)
    else:
        # «ежемесячно с сентября по май»: the window as the period places it.
        placed = inside(window, period, school, cal)
        if not placed:
            return False
        start, due = placed[0]
    if start is None:
        return False
    if every.unit == Unit.YEAR and every.day is None:
        # «ежегодно 2008-2010»: a span of years holds several; a single year («ежегодно в
        # 2023 году») is the one occurrence.
        return w_years(window) > 1
    unit_days = _UNIT_DAYS.get(every.unit) or UNIT_MONTHS[every.unit] * 28
    return (due - start).days > unit_days


def w_years(window: Window) -> int:
    """How many calendar years a span of years («2008 - 2010») holds; 1 for anything else."""
    if window.point.kind != PointKind.YEAR or window.end is None or window.year is None:
        return 1
    return window.year - (window.start_year or window.year) + 1


def _repeat(
    start: date | None, due: date, months: int, period: Period, bound: date | None
) -> list[Occurrence]:
    """The window in its own year, then again every unit while inside the period (and bound)."""
    first = Occurrence(due=due, start=start)
    limit = min(period.end, bound) if bound else period.end
    repeats = []
    k = 1
    while True:
        shifted_due = _shift(due, months * k)
        if shifted_due is None or shifted_due > limit:
            break
        if shifted_due >= period.start:
            shifted_start = _shift(start, months * k) if start else None
            repeats.append(Occurrence(due=shifted_due, start=shifted_start, note="повтор"))
        k += 1
    if due < period.start and repeats:
        return repeats
    return [first, *repeats]


def _shift(day: date, months: int) -> date | None:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    if year > LAST_YEAR:
        return None
    last = month_end(year, month + 1).day
    # The last day of a month stays the last day (28.02 → 28.02, 31.12 → 31.12).
    if day == month_end(day.year, day.month):
        return date(year, month + 1, last)
    return date(year, month + 1, min(day.day, last))


def units(every: Every, period: Period, cal: Calendar) -> list[Occurrence]:
    """One occurrence for each unit of the recurrence in the period."""
    note = UNIT_NOTES[every.unit]
    if every.weekday is not None and every.nth is not None:
        return [
            Occurrence(due=day, note=note)
            for start, _ in period.calendar_units(1)
            if (day := nth_weekday(start.year, start.month, every.weekday, every.nth)) in period
        ]
    if every.weekday is not None:
        days = sorted(d for w in (every.weekday, *every.also) for d in _weekdays(period, w))
        return [Occurrence(due=day, note=note) for day in days]
    if every.school:
        spans = _school_years(period, cal)
    elif every.unit == Unit.WEEK:
        spans = period.weeks()
    elif every.unit in (Unit.TERM, Unit.TRIMESTER):
        spans = _terms(every.unit, period, cal)
    elif every.day is not None:
        # «до 5 числа» counts in calendar months and quarters, as reports do.
        spans = period.calendar_units(UNIT_MONTHS[every.unit])
    else:
        spans = period.units(UNIT_MONTHS[every.unit])
    if every.day is None:
        return [
            Occurrence(due=end, start=None if every.ends else start, note=note)
            for start, end in spans
        ]
    found = []
    months = UNIT_MONTHS.get(every.unit, 1)
    for start, _ in spans:
        # The day is counted in the unit's own first month, not in a unit the period cuts.
        first_month = (start.month - 1) // months * months + 1
        if every.last_month:
            first_month += months - 1  # «до 25 числа последнего месяца квартала»
        unit_start = date(start.year, first_month, 1)
        if every.unit not in UNIT_MONTHS:
            unit_start = start.replace(day=1)
        last = month_end(unit_start.year, unit_start.month).day
        due = unit_start.replace(day=min(every.day, last))
        if every.from_day is not None:
            unit_start = unit_start.replace(day=min(every.from_day, last))
        if unit_start.replace(day=1) >= period.start and due in period:
            found.append(Occurrence(due=due, start=unit_start, note=note))
    return found


def _weekdays(period: Period, weekday: int) -> list[date]:
    """Every such weekday (0 Monday) inside the period."""
    day = period.start + timedelta(days=(weekday - period.start.weekday()) % 7)
    found = []
    while day <= period.end:
        found.append(day)
        if day > date.max - timedelta(days=7):
            break
        day += timedelta(days=7)
    return found


def _school_years(period: Period, cal: Calendar) -> list[tuple[date, date]]:
    """School years whose end falls in the period, whatever years the period counts in."""
    spans = []
    for first in range(max(period.start.year - 1, 1), min(period.end.year, LAST_YEAR - 1) + 1):
        end = cal.year(first).lessons_end
        if end in period:
            spans.append((date(first, 9, 1), end))
    return spans or period.years()  # a school year cut at the end of lessons


def _terms(unit: Unit, period: Period, cal: Calendar) -> list[tuple[date, date]]:
    spans = []
    for first in range(max(period.start.year - 1, 1), min(period.end.year, LAST_YEAR - 1) + 1):
        parts = cal.year(first).parts(unit)
        if parts is None:
            raise NotInCalendar(unit, first)
        for term in parts:
            window = period.clip(term.start, term.end)
            if window:
                spans.append(window)
    return spans
