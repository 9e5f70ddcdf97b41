"""Which school years' calendars a reading of a deadline used, and why a calendar has no part
the deadline names: what `mentorkit deadline` and the check say beside a reading."""

from __future__ import annotations

from mentorkit.deadlines.calendar import SYSTEM_NAMES, Calendar
from mentorkit.deadlines.period import Period
from mentorkit.deadlines.phrases import Every, Phrase, PointKind, Window
from mentorkit.deadlines.resolve import NotInCalendar
from mentorkit.deadlines.vocabulary import Unit

_CALENDAR_UNITS = (Unit.TERM, Unit.TRIMESTER)


def _uses_calendar(phrase: Phrase) -> bool:
    if isinstance(phrase, Window):
        return phrase.point.kind == PointKind.HOLIDAYS or phrase.point.unit in _CALENDAR_UNITS
    if isinstance(phrase, Every):
        return phrase.unit in _CALENDAR_UNITS or (phrase.school and phrase.ends)
    return False


def calendar_years(
    phrases: tuple[Phrase, ...], period: Period, calendar: Calendar
) -> tuple[tuple[str, bool], ...]:
    """The school years of the period whose calendar the reading used."""
    if not any(_uses_calendar(p) for p in phrases):
        return ()
    first = period.start.year - (1 if period.start.month < 9 else 0)
    last = min(period.end.year - (1 if period.end.month < 9 else 0), first + 50)
    years = [calendar.year(y) for y in range(first, last + 1)]
    return tuple((year.label, year.default) for year in years)


def calendar_reason(error: NotInCalendar, calendar: Calendar) -> str:
    if error.first is None:
        return "в календаре школы нет такой части года"
    year = calendar.year(error.first)
    if error.what == PointKind.HOLIDAYS:
        return f"в календаре на {year.label} учебный год нет таких каникул"
    has = SYSTEM_NAMES.get(year.system, "") if year.system else ""
    wanted = SYSTEM_NAMES.get(error.what, "") if isinstance(error.what, Unit) else ""
    return (
        f"в календаре на {year.label} учебный год (calendar в mentorkit.yaml) "
        f"{has or 'другие части года'}, а в сроке — {wanted or 'другие части года'}: "
        "исправьте срок или календарь"
    )
