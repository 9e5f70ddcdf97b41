"""A recurrence of a point whose days move from unit to unit otherwise than by the calendar —
«первая среда декабря», «последняя неделя мая», «осенние каникулы» each year: each time is placed
again in its own month or year, not the first shifted by whole months (06.12.2024, a Friday, is
no first Wednesday of December)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from mentorkit.deadlines.calendar import Calendar
from mentorkit.deadlines.period import Period
from mentorkit.deadlines.phrases import PointKind, Window
from mentorkit.deadlines.resolve import LAST_YEAR, NotInCalendar, window_days
from mentorkit.deadlines.schedule import Occurrence
from mentorkit.deadlines.vocabulary import Unit


def placed_anew(window: Window, unit: Unit) -> bool:
    """Whether a window's days move from one unit to the next otherwise than by the calendar
    («первая среда декабря», «последняя неделя мая», «осенние каникулы» each year): each time
    is placed again, not shifted by whole months."""
    if window.year is None or window.end is not None or window.school_year is not None:
        return False
    kind = window.point.kind
    return kind in (PointKind.WEEKDAY, PointKind.WEEK) or (
        kind == PointKind.HOLIDAYS and unit == Unit.YEAR
    )


def each_unit(
    window: Window,
    own: tuple[date | None, date],
    months: int,
    period: Period,
    bound: date | None,
    school: bool,
    cal: Calendar,
) -> list[Occurrence]:
    """«ежегодно в первую среду декабря (06.12.2023)», «в первую среду сентября 2024 г., далее
    ежемесячно»: the window in its own month (`own`, as placed), then placed again every
    `months` months while inside the period (and bound). Its own date is kept when it is inside
    the period or no later one is (the check then says it is outside)."""
    assert window.year is not None
    limit = min(period.end, bound) if bound else period.end
    first = window.year * 12 + (window.point.month or 1) - 1
    # the units before the period are skipped, not placed: a plan may name a year long past
    skip = max(0, (period.start.year * 12 + period.start.month - 1 - first) // months - 1)
    found: list[Occurrence] = []
    index = first + months * max(skip, 1)
    while index // 12 <= min(limit.year, LAST_YEAR):
        year, at = divmod(index, 12)
        point = replace(window.point, month=at + 1) if window.point.month else window.point
        index += months
        try:
            start, due = window_days(
                replace(window, year=year, same_as=None, point=point), year, school, cal
            )
        except (ValueError, NotInCalendar):  # no such holidays in that year's calendar
            continue
        if period.start <= due <= limit:
            found.append(Occurrence(due=due, start=start, note="повтор"))
    start, due = own
    if due >= period.start or not found:
        found.insert(0, Occurrence(due=due, start=start))
    return found
