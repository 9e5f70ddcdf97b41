"""One occurrence for each unit of a recurrence in a period: «ежемесячно» — each month,
«еженедельно по пятницам» — each Friday, «ежеквартально до 5 числа» — the 5th of each quarter's
first month, «по итогам четверти» — the end of each term of the school's calendar. `recur` places
the windows of a text and then repeats them with these units.
"""

from __future__ import annotations

from datetime import date, timedelta

from mentorkit.deadlines.calendar import Calendar
from mentorkit.deadlines.period import Period, month_end
from mentorkit.deadlines.phrases import Every
from mentorkit.deadlines.resolve import LAST_YEAR, NotInCalendar, nth_weekday, school_halves
from mentorkit.deadlines.schedule import Occurrence
from mentorkit.deadlines.vocabulary import UNIT_MONTHS, UNIT_NOTES, Unit


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
    elif every.unit == Unit.HALF and every.day is None and period.school:
        spans = _halves(period, cal)
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
    """The ends of the school years in the period, whatever years it counts in: a school year
    that ends in it, or whose lessons end in it though the period is cut before its summer
    (01.09.2022–31.05.2024: 31.08.2023 and 31.05.2024). A period that holds neither (a plan of
    September–December) has the end of its school year, after it (the check reports it), not
    its own last day."""
    spans = []
    for first in range(max(period.start.year - 1, 1), min(period.end.year, LAST_YEAR - 1) + 1):
        year = cal.year(first)
        if year.lessons_end in period:
            spans.append((date(first, 9, 1), year.lessons_end))
        elif year.last_lesson in period and year.lessons_end > period.end:
            spans.append((date(first, 9, 1), year.last_lesson))
    if spans:
        return spans
    first = Period.academic_year_of(period.end).start.year
    return [(date(first, 9, 1), cal.year(first).lessons_end)]


def _halves(period: Period, cal: Calendar) -> list[tuple[date, date]]:
    """The school's half-years the period touches («по итогам полугодия» in a plan of school
    years), as its calendar sets them (`school_halves`), clipped."""
    first_year = Period.academic_year_of(period.start).start.year
    last_year = Period.academic_year_of(period.end).start.year
    return [
        window
        for first in range(first_year, last_year + 1)
        for start, end in school_halves(cal.year(first))
        if (window := period.clip(start, end))
    ]


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
