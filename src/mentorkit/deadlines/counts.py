"""A recurrence beside the months it falls in: «2 раза в год (май, декабрь)», «ежеквартально
(март, июнь, сентябрь, декабрь)». The months are its times only if each unit of the period holds
one of them; «2 раза в год (сентябрь, январь, май)» or «ежеквартально (март, июнь)» says two
things that do not agree, and which is meant is not guessed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from mentorkit.deadlines.calendar import Calendar
from mentorkit.deadlines.period import Period
from mentorkit.deadlines.phrases import Every, Phrase, PointKind, Then, Window
from mentorkit.deadlines.placing import inside
from mentorkit.deadlines.recur import bounded
from mentorkit.deadlines.resolve import with_years
from mentorkit.deadlines.schedule import Occurrence
from mentorkit.deadlines.units import units
from mentorkit.deadlines.vocabulary import Unit

_COUNTED = (Unit.MONTH, Unit.TWO_MONTHS, Unit.QUARTER, Unit.HALF, Unit.TERM, Unit.TRIMESTER)
"""Units shorter than a year («ежегодно: сентябрь, май» is two times each year, as written)."""

_TIMES = (PointKind.MONTH, PointKind.DAY, PointKind.DAYS, PointKind.WEEK, PointKind.WEEKDAY)
"""What the times of a recurrence are written as: months and days of them."""


def may_be_times(everies: Sequence[Every], windows: Sequence[Window]) -> bool:
    """Whether the windows may be the times of the recurrence («два раза в год — весной и
    осенью», «ежеквартально (март, июнь, сентябрь, декабрь)»), which `uneven` then checks."""
    return all(
        e.unit in _COUNTED and e.day is None and e.weekday is None and not e.school for e in everies
    ) and all(not (w.by or w.open or w.since) and w.point.kind in _TIMES for w in windows)


UNIT_NAMES = {
    Unit.TERM: "каждой четверти",
    Unit.TRIMESTER: "каждом триместре",
    Unit.MONTH: "каждом месяце",
    Unit.TWO_MONTHS: "каждых двух месяцах",
    Unit.QUARTER: "каждом квартале",
    Unit.HALF: "каждом полугодии",
}


def uneven(
    phrases: Sequence[Phrase], found: Sequence[Occurrence], period: Period, cal: Calendar
) -> Every | None:
    """The recurrence, if the windows beside it are its times but some unit of the period holds
    none of them or several; None if they agree, or the windows are not its times."""
    everies = [p for p in phrases if isinstance(p, Every)]
    windows = [p for p in phrases if isinstance(p, Window)]
    if (
        len(everies) != 1
        or not windows
        or any(isinstance(p, Then) for p in phrases)
        # «ежемесячно до 2400 года», «ежегодно с 2022 года»: a bound, not the times.
        or any(w.by or w.open or w.since or w.point.kind not in _TIMES for w in windows)
    ):
        return None
    every = everies[0]
    if (
        every.unit not in _COUNTED
        or every.day is not None
        or every.weekday is not None
        or every.school
    ):
        return None
    if bounded(list(phrases), period, cal):
        return None  # «ежемесячно с сентября по май»: the units themselves, inside a window
    # «по итогам четверти, октябрь»: the month is the time of one term's end — each term's?
    whole = replace(every, ends=False)
    spans = [(occ.start or occ.due, occ.due) for occ in units(whole, period, cal)]
    times = [((occ.start or occ.due), occ.due) for occ in found]
    if spans and len(times) > len(spans):
        return every  # «2 раза в год: декабрь 2024, май 2025, июнь 2025»: more times than units
    if not spans or any(
        not any(lo <= start and due <= hi for lo, hi in spans) for start, due in times
    ):
        return None  # a window across units: not the recurrence's times
    counts = [sum(lo <= start and due <= hi for start, due in times) for lo, hi in spans]
    return every if any(count != 1 for count in counts) else None


ONCE_INSIDE = (
    "повторение внутри одного срока: с этого срока каждый раз или только он — не ясно; "
    "напишите «…, далее …» или уберите повторение"
)


def once_inside(phrases: Sequence[Phrase], period: Period, cal: Calendar) -> tuple[int, int] | None:
    """«ноябрь, ежемесячно», «март 2025; ежемесячно»: a recurrence bounded by windows that hold
    one of its units each — read as the windows alone, the recurrence saying nothing. Counted
    in the windows as written, not as the period cuts them. «ежемесячно с сентября по май»,
    «еженедельно в сентябре» hold several. The span of the text's phrases, or None."""
    everies = [p for p in phrases if isinstance(p, Every)]
    if len(everies) != 1 or everies[0].unit == Unit.YEAR or not bounded(list(phrases), period, cal):
        return None
    school = period.school
    windows = with_years([p for p in phrases if isinstance(p, Window)], school, cal, period)
    for window in windows:
        placed = inside(window, period, school, cal)
        start, due = placed[0] if placed else (None, period.end)
        if start is None or len(units(everies[0], Period(start, due), cal)) > 1:
            return None
    return min(p.span[0] for p in phrases), max(p.span[1] for p in phrases)
