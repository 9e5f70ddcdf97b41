"""Phrases placed in the period and the school calendar: the days each names, years inferred.

A phrase without a year takes it from the phrase before it (or, for the first, after it); a text
with no year at all is placed inside the period. Recurrences are expanded in `recur.py`.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from mentorkit.deadlines.calendar import Calendar, SchoolYear, season_of
from mentorkit.deadlines.period import Period, month_end
from mentorkit.deadlines.phrases import Point, PointKind, Window
from mentorkit.deadlines.vocabulary import Unit

Days = tuple[date | None, date]
"""A window of days: its start (None: no start is said) and its due day."""

LAST_YEAR = 9999


class NotInCalendar(Exception):
    """The school calendar has no such part («III триместр» in a school of четверти)."""

    def __init__(self, what: Unit | PointKind, first: int | None = None) -> None:
        super().__init__(what)
        self.what = what
        self.first = first


class Backward(Exception):
    """A range whose end comes before its start within one month («26.12-18.12»), or that would
    cross the start of a school year («март – февраль»): a slip of the pen, not a window of
    almost a year."""

    def __init__(self, start: date, due: date) -> None:
        super().__init__(start, due)
        self.start = start
        self.due = due


class Unplaced(Exception):
    """A phrase beside a school year that cannot be placed in it (`reason` says why)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


HEADING_OUTSIDE = "срок вне года, названного рядом с ним: исправьте год или срок"
HEADING_OUTSIDE_SCHOOL = "срок вне учебного года, названного рядом с ним: исправьте год или срок"
SPAN_HEADING = (
    "годы, а рядом срок без года: этот срок в каждом из них или один раз, и в каком году? "
    "Напишите «ежегодно» или год при сроке"
)
HEADING_UNCLEAR = (
    "не ясно, как срок ложится в год, названный рядом с ним (квартал учебного года — "
    "сентябрь–ноябрь или январь–март? окно через Новый год?): напишите месяцы или даты"
)


def window_days(w: Window, year: int, school: bool, cal: Calendar) -> Days:
    """The days of a window whose due day falls in `year` (the year written, or a candidate).
    `school`: the period is made of school years, so a yearless «I полугодие» is the school's."""
    if w.school_year is not None:
        start, due = school_days(w.point, w.school_year, cal)
        return (None if w.open else start), due
    if w.end is not None:
        days = _range_days(w, year, school, cal)
        if days[0] is not None and days[0] > days[1]:
            # «до 31.08.2025 - 24 мая 2025 г.»: the start is kept, so the reader says it is
            # after the end, rather than read «до 24 мая».
            return days
    else:
        days = point_days(w.point, year, school and w.year is None, cal)
    return (None if w.open else days[0]), days[1]


def due_year(w: Window, school: bool, cal: Calendar) -> int | None:
    """The year of the window's due day, where the text fixes it."""
    if w.school_year is not None:
        return school_days(w.point, w.school_year, cal)[1].year
    if w.year is None and w.end is not None and w.start_year is not None:
        return _range_days(w, w.start_year, school, cal)[1].year
    return w.year


def point_days(p: Point, year: int, school: bool, cal: Calendar) -> Days:
    """The days of a point in `year` (of its due day)."""
    kind = p.kind
    if kind == PointKind.DATE:
        assert p.fixed is not None
        return None, p.fixed
    if kind == PointKind.DAY:
        return None, date(year, p.month, p.day)
    if kind == PointKind.DAYS:
        last = month_end(year, p.month) if p.to_end else date(year, p.month, p.last)
        return date(year, p.month, p.day), last
    if kind == PointKind.WEEK:
        if p.last == 5:
            end = month_end(year, p.month)
            return end.replace(day=end.day - 6), end
        return date(year, p.month, 7 * p.last - 6), date(year, p.month, 7 * p.last)
    if kind == PointKind.MONTH:
        return date(year, p.month, 1), month_end(year, p.month)
    if kind == PointKind.WEEKDAY:
        return None, nth_weekday(year, p.month, p.day, p.last)
    if kind == PointKind.YEAR:
        return date(year, 1, 1), date(year, 12, 31)
    if kind == PointKind.PART and p.unit == Unit.QUARTER:
        return date(year, p.first * 3 - 2, 1), month_end(year, p.last * 3)
    if kind == PointKind.PART and p.unit == Unit.HALF and not school:
        return date(year, p.first * 6 - 5, 1), month_end(year, p.last * 6)
    # A part of a school year: of the one whose part falls due in `year`.
    first = year if school_days(p, year, cal)[1].year == year else year - 1
    return school_days(p, first, cal)


def nth_weekday(year: int, month: int, weekday: int, number: int) -> date:
    """The `number`-th weekday of a month (5: the last one); a ValueError if there is none."""
    if number == 5:
        end = month_end(year, month)
        return end - timedelta(days=(end.weekday() - weekday) % 7)
    first = date(year, month, 1)
    day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (number - 1))
    if day.month != month:
        raise ValueError(f"в этом месяце нет {number}-го такого дня недели")
    return day


def school_days(p: Point, first: int, cal: Calendar) -> tuple[date, date]:
    """The days of a part of the school year that starts in `first`."""
    if p.kind == PointKind.PART and p.unit in (Unit.TERM, Unit.TRIMESTER):
        parts = cal.year(first).parts(p.unit)
        if parts is None or len(parts) < p.last:
            raise NotInCalendar(p.unit, first)
        return parts[p.first - 1].start, parts[p.last - 1].end
    if p.kind == PointKind.PART and p.unit == Unit.HALF:
        halves = school_halves(cal.year(first))
        return halves[p.first - 1][0], halves[p.last - 1][1]
    if p.kind == PointKind.PART and p.unit == Unit.QUARTER:
        start = date(first, p.first * 3 - 2, 1)  # the calendar's quarters of that first year
        return start, month_end(first, p.last * 3)
    if p.kind == PointKind.HOLIDAYS:
        spans = holidays(p, first, cal)
        if not spans:
            raise NotInCalendar(p.kind, first)
        return spans[0]
    return date(first, 9, 1), date(first + 1, 8, 31)


def school_halves(year: SchoolYear) -> tuple[tuple[date, date], tuple[date, date]]:
    """The school's half-years: September–December and January–May by default; as the school's
    calendar sets them — its two terms (semesters, «1 полугодие», «2 полугодие»), or its quarters
    two by two — and otherwise the New Year between its first and last day of lessons."""
    first = year.first
    terms = sorted(year.terms, key=lambda term: term.start)
    if not year.default and len(terms) == 2 and year.system is None:
        return (terms[0].start, terms[0].end), (terms[1].start, terms[1].end)
    if not year.default and len(terms) == 4 and year.system == Unit.TERM:
        return (terms[0].start, terms[1].end), (terms[2].start, terms[3].end)
    if not year.default and len(terms) == 3 and year.system == Unit.TRIMESTER:
        return (terms[0].start, date(first, 12, 31)), (date(first + 1, 1, 1), year.last_lesson)
    # the defaults, and a calendar that lists only some of its terms (two quarters of four set
    # in September are not two semesters)
    return (date(first, 9, 1), date(first, 12, 31)), (date(first + 1, 1, 1), date(first + 1, 5, 31))


def holidays(p: Point, first: int, cal: Calendar) -> list[tuple[date, date]]:
    """The holidays of the school year starting in `first` that the point names."""
    return [
        (h.start, h.end)
        for h in cal.year(first).holidays
        if p.season is None or season_of(h.name) == p.season
    ]


def _range_days(w: Window, year: int, school: bool, cal: Calendar) -> Days:
    """From the start of the first end to the due day of the second; a missing year inferred."""
    assert w.end is not None
    first = replace(w, end=None, year=w.start_year, open=False)
    second = Window(w.end)
    if w.year is None and w.start_year is not None:
        # «ноябрь 2023 – январь»: the end is the first of its kind after the start.
        start = _start(first, w.start_year, school, cal)
        due = point_days(second.point, w.start_year, school, cal)[1]
        if due == start and second.point.kind == PointKind.DAY:
            # «с 1 ноября 2023 по 1 ноября»: one day, or a year to the same day? Not guessed.
            raise Backward(start, due)
        if due < start:
            _wrap_allowed(start, due, school)
            due = point_days(second.point, w.start_year + 1, school, cal)[1]
        return start, due
    # «I квартал – I полугодие 2025»: a half with its year written is the calendar's (January to
    # June), as «I полугодие 2025» alone is; only a range with no year is of the school year.
    said = school and w.year is None and w.start_year is None
    due = point_days(second.point, w.year or year, said, cal)[1]
    start_year = w.start_year
    if start_year is None:
        start_year = due.year
        if _start(first, start_year, said, cal) > due:
            _wrap_allowed(_start(first, start_year, said, cal), due, school)
            start_year -= 1
    return _start(first, start_year, said, cal), due


def _wrap_allowed(start: date, due: date, school: bool) -> None:
    """A yearless end before its start is in the next year only if its month is earlier
    («20.12–15.01», «сентябрь – май»); within one month it is a mistake («26.12-18.12»). In a
    plan of school years the window must stay in one school year: «март – февраль» crosses the
    1st of September, and which year it starts in is not guessed."""
    if due.month >= start.month or (school and not (start.month >= 9 > due.month)):
        raise Backward(start, due)


def _start(w: Window, year: int, school: bool, cal: Calendar) -> date:
    start, due = point_days(w.point, year, school, cal)
    return start or due


def with_years(
    windows: list[Window], school: bool, cal: Calendar, period: Period | None = None
) -> list[Window]:
    """Give a phrase without a year the year written after it («март, август 2025 г.»: a year at
    the end of a list belongs to all of it), or else the year of the phrase before it; moved a
    year back or on where it would otherwise fall after (before) its neighbour. Not out of the
    `period` that holds the neighbour: «май 2025, сентябрь», «до 15.03.2025, первая неделя
    марта», «март 2025, II полугодие» in 2024/25 — after the plan, or a list not in order, a
    school's half-year? Not guessed."""
    headed = _under_school_year(windows, school, cal)
    if headed is None:
        headed = _under_year(windows, school, cal)
    if headed is not None:
        return headed
    result = list(windows)
    for index, window in enumerate(result):
        if due_year(window, school, cal) is not None or _placed_by_calendar(window):
            continue
        after = next((w for w in result[index + 1 :] if due_year(w, school, cal) is not None), None)
        if after is not None:
            year = due_year(after, school, cal)
            assert year is not None
            next_due = window_days(after, year, school, cal)[1]
            # Placed as it will be read once the year is its own («I полугодие 2025, II
            # полугодие»: the calendar's second half of 2025, not the school's of 2026).
            start, due = window_days(replace(window, year=year), year, school, cal)
            # «декабрь, 15.01.2024»: December before it, of 2023; «сентябрь, 15.09.2023»: the
            # day is inside the month, which stays in 2023; «до 15 марта; с 01.03.2025 по
            # 15.03.2025»: inside the window, not after it — 2025 (was 2024, before the plan).
            if (start or due) > next_due:
                year -= 1
            result[index] = _kept_in(replace(window, year=year), next_due, school, cal, period)
            continue
        before = next(
            (w for w in reversed(result[:index]) if due_year(w, school, cal) is not None), None
        )
        if before is not None:
            year = due_year(before, school, cal)
            assert year is not None
            previous_start, previous_due = window_days(before, year, school, cal)
            # «декабрь 2023, январь»: January after it, of 2024; «сентябрь 2024; 15 сентября»:
            # the day is inside the month, which it shares the year with.
            placed = window_days(replace(window, year=year), year, school, cal)
            if placed[1] < (previous_start or previous_due):
                year += 1
            result[index] = _kept_in(replace(window, year=year), previous_due, school, cal, period)
    return result


NEIGHBOUR_OUTSIDE = (
    "срок без года в году соседнего срока выпадает из периода (перечень не по порядку? другой "
    "год?): напишите год"
)


def _kept_in(
    window: Window, neighbour: date, school: bool, cal: Calendar, period: Period | None
) -> Window:
    """The window given its neighbour's year, unless that year takes it out of the period
    which holds the neighbour."""
    assert window.year is not None
    if (
        period is not None
        and neighbour in period
        and window_days(window, window.year, school, cal)[1] not in period
    ):
        raise Unplaced(NEIGHBOUR_OUTSIDE)
    return window


def _under_school_year(windows: list[Window], school: bool, cal: Calendar) -> list[Window] | None:
    """«2024-2025 уч. год, сентябрь», «2024-2025 учебный год: сентябрь – май», «…, I
    полугодие»: a school year beside yearless months, days or halves (and no other year) is
    their heading — September 2024, not 2025, and not the whole year besides; None otherwise."""
    heads = [w for w in windows if w.point.kind == PointKind.SCHOOL_YEAR]
    rest = [w for w in windows if w not in heads]
    if len(heads) != 1 or heads[0].school_year is None or not rest:
        return None
    first = heads[0].school_year
    placed: list[Window] = []
    for window in rest:
        year = due_year(window, school, cal)
        if year is not None:
            start, due = window_days(window, year, school, cal)
            if not date(first, 9, 1) <= (start or due) <= due <= date(first + 1, 8, 31):
                raise Unplaced(HEADING_OUTSIDE_SCHOOL)
            placed.append(window)
        elif window.school_year is None and (
            _placed_by_calendar(window)
            or (window.point.kind == PointKind.PART and window.point.unit == Unit.HALF)
        ):
            placed.append(replace(window, school_year=first))
        elif window.point.kind in _MONTHLY and (window.end is None or window.end.kind in _MONTHLY):
            end = window.end or window.point
            year = first if end.month >= 9 else first + 1
            start_year = first if window.point.month >= 9 else first + 1
            placed.append(replace(window, year=year, start_year=start_year if window.end else None))
        else:
            raise Unplaced(HEADING_UNCLEAR)
    return placed


_MONTHLY = (PointKind.MONTH, PointKind.DAY, PointKind.DAYS, PointKind.WEEK)


def _under_year(windows: list[Window], school: bool, cal: Calendar) -> list[Window] | None:
    """«2025 май», «2025 год: май, июнь», «2024 г. 15 мая»: a year written first, before
    yearless months and days, is their heading — May 2025, not the whole of 2025 and May 2026;
    None where the text does not start so."""
    head = windows[0] if windows else None
    rest = windows[1:]
    if (
        head is not None
        and head.point.kind == PointKind.YEAR
        and head.end is not None
        and head.start_year != head.year
        and any(due_year(w, school, cal) is None and not _placed_by_calendar(w) for w in rest)
    ):
        # «2024-2026 гг., в сентябре»: each September of them, or one — and which? Read, it was
        # the last one and the whole span besides.
        raise Unplaced(SPAN_HEADING)
    if (
        head is None
        or head.point.kind != PointKind.YEAR
        or head.end is not None
        or head.year is None
        or head.by
        or head.open
        or not rest
        or any(w.point.kind == PointKind.YEAR for w in rest)
    ):
        return None
    placed: list[Window] = []
    for window in rest:
        year = due_year(window, school, cal)
        if year is not None:
            if year != head.year:
                raise Unplaced(HEADING_OUTSIDE)
            placed.append(window)
        elif window.point.kind in _MONTHLY and (
            window.end is None
            or (window.end.kind in _MONTHLY and window.end.month >= window.point.month)
        ):
            placed.append(
                replace(window, year=head.year, start_year=head.year if window.end else None)
            )
        elif window.point.kind == PointKind.PART and window.point.unit in (Unit.QUARTER, Unit.HALF):
            placed.append(replace(window, year=head.year))
        else:
            raise Unplaced(HEADING_UNCLEAR)
    return placed


def _placed_by_calendar(w: Window) -> bool:
    """Holidays and school parts without a year are placed in the period by the calendar."""
    return w.point.kind == PointKind.HOLIDAYS or w.point.unit in (Unit.TERM, Unit.TRIMESTER)
