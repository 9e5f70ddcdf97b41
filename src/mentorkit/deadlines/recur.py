"""Phrases → occurrences: windows placed by `resolve`, recurrences expanded over the period.

A recurrence repeats the phrases before it over the period; on its own it gives one occurrence per
unit of the period. A window longer than its unit («в течение 2025, 2026 гг.», «в 2023 году»)
bounds the recurrence instead of being an occurrence of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from mentorkit.deadlines import lazy
from mentorkit.deadlines.calendar import Calendar
from mentorkit.deadlines.lazy import MARGIN, LazyOccurrences
from mentorkit.deadlines.period import Period, month_end
from mentorkit.deadlines.phrases import Every, Phrase, PointKind, Then, Whole, Window
from mentorkit.deadlines.placed_anew import each_unit, placed_anew
from mentorkit.deadlines.placing import inside
from mentorkit.deadlines.resolve import (
    LAST_YEAR,
    Unplaced,
    due_year,
    window_days,
    with_years,
)
from mentorkit.deadlines.schedule import Occurrence
from mentorkit.deadlines.units import units
from mentorkit.deadlines.vocabulary import UNIT_MONTHS, Unit
from mentorkit.records import dataclass


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


@dataclass(frozen=True)
class _Plan:
    """What the whole text says, decided over the whole period: which window bounds the
    recurrence, which is an occurrence of its own."""

    phrases: list[Phrase]
    windows: list[Window]
    every: Every | None
    bound: date | None
    bounding: list[Window]
    then: bool
    """«…, далее ежемесячно»: the window is the first time of the recurrence."""


def _plan(phrases: list[Phrase], period: Period, cal: Calendar) -> _Plan:
    school = period.school
    windows = with_years([p for p in phrases if isinstance(p, Window)], school, cal, period)
    every = next((p for p in phrases if isinstance(p, Every)), None)
    bound: date | None = None
    if every is not None and every.day is None:
        # «… далее до 2025 г. ежегодно», «ежегодно до 2024 года»: a year written with «до»
        # bounds the recurrence instead of being a deadline of its own (unless it is the one
        # date the recurrence repeats).
        # «до конца 2023 года, далее ежегодно»: a year before «далее» is the first time.
        then_at = min((p.span[0] for p in phrases if isinstance(p, Then)), default=None)
        bounds = [
            w
            for i, w in enumerate(windows)
            if w.by
            and w.point.kind == PointKind.YEAR
            and (i > 0 or len(windows) == 1)
            and (then_at is None or w.span[0] > then_at)
        ]
        if bounds:
            bound = window_days(bounds[-1], bounds[-1].year or period.end.year, school, cal)[1]
            windows = [w for w in windows if w not in bounds]
    # «октябрь 2024, далее ежемесячно»: the window is the first time, not a bound.
    then = any(isinstance(p, Then) for p in phrases)
    bounding = [
        w
        for w in windows
        if every is not None and not then and _longer_than(w, every, period, school, cal)
    ]
    return _Plan(phrases, windows, every, bound, bounding, then)


def bounded(phrases: list[Phrase], period: Period, cal: Calendar) -> bool:
    """Whether a window bounds the recurrence («ежемесячно с сентября по май»)."""
    return bool(_plan(phrases, period, cal).bounding)


def occurrences(phrases: list[Phrase], period: Period, cal: Calendar) -> Sequence[Occurrence]:
    """Every occurrence over the period, sorted; over `lazy.LAZY_YEARS` years or more,
    computed only when asked for (`LazyOccurrences`)."""
    plan = _plan(phrases, period, cal)
    if period.end.year - period.start.year < lazy.LAZY_YEARS:
        return _expand(plan, period, cal, None)
    school = period.school
    anchors = [period.start, period.end, *([plan.bound] if plan.bound else [])]
    # A window with a year is placed once over the whole period, not again for every piece
    # (holidays «осенние каникулы 2023 года» look through every school year of it).
    placed: dict[int, list[tuple[date | None, date]]] = {}
    for index, window in enumerate(plan.windows):
        if _whole_period(plan, window, school, cal):
            placed[index] = inside(window, period, school, cal)
            for start, due in placed[index]:
                anchors += [start or due, due]
    for year in cal.years:
        # A year the school set is not a copy of the year 400 years before it.
        anchors += [date(year.first, 1, 1), date(min(year.first + 1, LAST_YEAR), 12, 31)]
    return LazyOccurrences(lambda lo, hi: _expand(plan, period, cal, (lo, hi), placed), anchors)


def _whole_period(plan: _Plan, window: Window, school: bool, cal: Calendar) -> bool:
    """Whether a window is placed over the whole period even when only a span is asked for: it
    has a year, or its first placing is what counts («октябрь, далее ежемесячно», «с 1
    сентября»)."""
    every = plan.every
    return (
        due_year(window, school, cal) is not None
        or window.since
        or (plan.then and every is not None and every.day is None)
    )


def _local(period: Period, span: tuple[date, date] | None) -> Period | None:
    """The part of the period around `span` (with a margin), cut where the period's own units
    are cut (1 September in a period of school years, else 1 January), so that its units are
    the period's."""
    if span is None:
        return period
    lo = _less(span[0], MARGIN)
    hi = span[1] + MARGIN if span[1] < date.max - MARGIN else date.max
    if period.academic:
        first = date(lo.year - 1, 9, 1) if lo.year > 2 else period.start
        last = date(hi.year + 1, 8, 31) if hi.year < LAST_YEAR - 1 else period.end
    else:
        first, last = date(lo.year, 1, 1), date(hi.year, 12, 31)
    start, end = max(period.start, first), min(period.end, last)
    return Period(start, end) if start <= end else None


def _less(day: date, by: timedelta) -> date:
    return day - by if day > date.min + by else date.min


def _expand(
    plan: _Plan,
    period: Period,
    cal: Calendar,
    span: tuple[date, date] | None,
    placed: dict[int, list[tuple[date | None, date]]] | None = None,
) -> list[Occurrence]:
    """The occurrences of the plan, or (with `span`) exactly those of them due in the span;
    `placed`: the windows placed over the whole period, already placed."""
    school = period.school
    known = placed or {}

    def place(index: int, window: Window, own: Period) -> list[tuple[date | None, date]]:
        found = known.get(index) if own is period else None
        return found if found is not None else inside(window, own, school, cal, own == period)

    every, bound, windows, bounding = plan.every, plan.bound, plan.windows, plan.bounding
    near = _local(period, span)
    # «2 раза в год: декабрь 2024, май 2025»: dated windows listed beside a recurrence are its
    # times, each once; only a single one («01.09.2023, ежеквартально») is the first of a series.
    with_year = sum(due_year(w, school, cal) is not None for w in windows)
    result: list[Occurrence] = []
    for phrase in plan.phrases:
        # «ежемесячно в течение года»: the recurrence already spans the period.
        if isinstance(phrase, Whole) and every is None:
            if phrase.each_year:
                spans = near.years() if near else []
            else:
                spans = [(period.start, period.end)]
            note = "каждый год периода" if phrase.each_year else "весь период"
            result += [Occurrence(due=end, start=start, note=note) for start, end in spans]
    if every is not None and (not windows or (every.day is not None and not bounding)):
        result += [occ for occ in _units(every, near, cal) if bound is None or occ.due <= bound]
    for index, window in enumerate(windows):
        # A window without a year is placed in every year: only those around the span.
        own = period if _whole_period(plan, window, school, cal) else near
        if own is None:
            continue
        if every is not None and window in bounding:
            # «ежемесячно в 2023 году», «раз в полугодие до 20 числа в течение 2025, 2026 гг.»:
            # the recurrence's units inside that window.
            for start, due in place(index, window, own):
                clipped = period.clip(start or due, due)
                if clipped:
                    result += _units(every, _local(Period(*clipped), span), cal)
            continue
        placings = place(index, window, own)
        for start, due in placings:
            held = (due - (start or due)).days + 1
            if (
                window.days is not None
                and not window.since
                and (
                    # weeks of lessons: holidays make them fewer, but not a fifth fewer
                    not 0.8 * held <= window.days <= held + 6
                    if window.in_weeks
                    else held != window.days
                )
            ):
                raise DaysMismatch(window.days, start or due, due)
            if window.same_as is not None and not _same_day(window.same_as, due):
                raise DateMismatch(window.same_as, due)
        if (
            every is not None
            and every.day is None
            and (plan.then or (due_year(window, school, cal) is not None and with_year == 1))
        ):
            start, due = placings[0]
            if every.unit in (Unit.WEEK, Unit.TERM, Unit.TRIMESTER):
                # «01.09.2023, далее еженедельно»: the date, then the units after it.
                result.append(Occurrence(due=due, start=start, note=window.who))
                result += [o for o in _units(every, near, cal) if (o.start or o.due) > due]
            elif window.point.kind == PointKind.HOLIDAYS and every.unit != Unit.YEAR:
                # «осенние каникулы 2024, далее ежеквартально»: holidays come once a year each;
                # shifted by a quarter they are no holidays.
                raise Unplaced(_HOLIDAYS_REPEATED)
            elif placed_anew(window, every.unit):
                result += each_unit(
                    window, (start, due), UNIT_MONTHS[every.unit], period, bound, school, cal
                )
            else:
                result += _repeat(start, due, UNIT_MONTHS[every.unit], period, bound, span)
            continue
        if window.since and window.days:
            # «с 14.10.2024 (1 неделя)», «с 1 сентября (3 дня)»: from that day, so many days
            # («(1 день)»: that day).
            result += [
                Occurrence(
                    due=(start or due) + timedelta(days=window.days - 1),
                    start=(start or due) if window.days > 1 else None,
                )
                for start, due in placings[:1]
            ]
            continue
        if window.since:
            # «с 1 сентября»: open from that day to the end of the period.
            result += [
                Occurrence(due=period.end, start=start or due, note="до конца периода")
                for start, due in placings[:1]
            ]
            continue
        result += [Occurrence(due=due, start=start, note=window.who) for start, due in placings]
    if plan.then:
        # «до 15.09.2024, далее ежемесячно до 15 числа»: the month's own time is the date.
        dated = {occ.due for occ in result if occ.start is None}
        result = [occ for occ in result if occ.start is None or occ.due not in dated]
    unique = {(occ.due, occ.start): occ for occ in result}
    if span is not None:
        unique = {key: occ for key, occ in unique.items() if span[0] <= occ.due <= span[1]}
    return sorted(unique.values(), key=lambda occ: (occ.due, occ.start or date.min))


_HOLIDAYS_REPEATED = (
    "каникулы повторяются раз в год: повторять их чаще — это уже не каникулы; напишите, какие "
    "каникулы или даты"
)


def _units(every: Every, period: Period | None, cal: Calendar) -> list[Occurrence]:
    return units(every, period, cal) if period is not None else []


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
    start: date | None,
    due: date,
    months: int,
    period: Period,
    bound: date | None,
    span: tuple[date, date] | None = None,
) -> list[Occurrence]:
    """The window in its own year, then again every unit while inside the period (and bound);
    with `span`, only the repeats from a little before it."""
    limit = min(period.end, bound) if bound else period.end
    # The window's own date is dropped when it is before the period and a repeat is inside.
    keep_first = due >= period.start or _next_repeat(due, months, period.start, limit) is None
    first = [Occurrence(due=due, start=start)] if keep_first else []
    k = 1 if span is None else max(1, _units_to(due, _less(span[0], MARGIN), months) - 1)
    if span is not None:
        limit = min(limit, span[1])
    repeats = []
    while True:
        shifted_due = _shift(due, months * k)
        if shifted_due is None or shifted_due > limit:
            break
        if shifted_due >= period.start:
            shifted_start = _shift(start, months * k) if start else None
            repeats.append(Occurrence(due=shifted_due, start=shifted_start, note="повтор"))
        k += 1
    return [*first, *repeats]


def _next_repeat(due: date, months: int, day: date, limit: date) -> date | None:
    """The first repeat of `due` on or after `day`, if it is not after `limit`."""
    k = max(1, _units_to(due, day, months) - 1)
    while (shifted := _shift(due, months * k)) is not None and shifted < day:
        k += 1
    return shifted if shifted is not None and shifted <= limit else None


def _units_to(due: date, day: date, months: int) -> int:
    """How many units of `months` months after `due` the month of `day` is (at least 1)."""
    return max(1, ((day.year - due.year) * 12 + day.month - due.month) // months)


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
