"""A phrase placed in the period: every placing of it in the years around the period, and the
ones the period holds — or why none can be chosen (a window without a year that the period
holds only in part, whichever way it is placed)."""

from __future__ import annotations

from datetime import date

from mentorkit.deadlines.calendar import Calendar
from mentorkit.deadlines.period import Period
from mentorkit.deadlines.phrases import PointKind, Window
from mentorkit.deadlines.resolve import (
    LAST_YEAR,
    Days,
    NotInCalendar,
    Unplaced,
    holidays,
    window_days,
)
from mentorkit.deadlines.vocabulary import Unit

QUARTER_UNCLEAR = (
    "квартал без года в плане учебного года: январь–март или сентябрь–ноябрь (первый квартал "
    "учебного года)? Школы пишут и так, и так — напишите год или месяцы"
)

MOSTLY_OUTSIDE = (
    "окно без года больше чем наполовину вне периода, как его ни поставить (какого года его "
    "начало?): напишите год"
)


BOTH_ENDS = (
    "окно без года период держит лишь частью, как его ни поставить: {before} или {after}? "
    "Напишите год"
)


class SeasonAcross(Exception):
    """A season without a year that the period holds only in part («зимой» in 2024)."""

    def __init__(self, season: str) -> None:
        super().__init__(season)
        self.season = season


HOLIDAYS_RANGE = (
    "окно от каникул или до каникул: с их начала или с конца, по начало или по конец — не ясно; "
    "напишите даты или месяцы"
)


def candidates(w: Window, period: Period, school: bool, cal: Calendar) -> list[Days]:
    """Every placing of a window in the years around the period (several for holidays)."""
    if w.end is not None and PointKind.HOLIDAYS in (w.point.kind, w.end.kind):
        # «с осенних каникул по май» was the holidays alone; «с мая по летние каникулы», to
        # their end: from (to) which of their days? Not guessed.
        raise Unplaced(HOLIDAYS_RANGE)
    if w.point.kind == PointKind.HOLIDAYS and w.school_year is None:
        return _holidays_of(w, period, cal)
    found: list[Days] = []
    first_year = max(period.start.year - 1, 1)
    last_year = min(period.end.year + 1, LAST_YEAR - 1)
    for year in range(first_year, last_year + 1):
        try:
            found.append(window_days(w, w.year or year, school, cal))
        except ValueError:  # 29 February in a year that has none
            continue
        if w.year is not None or w.school_year is not None:
            break
    return sorted(set(found), key=lambda days: (days[1], days[0] or date.min))


def _holidays_of(w: Window, period: Period, cal: Calendar) -> list[Days]:
    """The holidays the window names in the school years the period touches; none is a
    calendar without them, never the holidays of another year."""
    first = period.start.year - (1 if period.start.month < 9 else 0)
    last = min(period.end.year - (1 if period.end.month < 9 else 0), LAST_YEAR - 1)
    found: list[Days] = []
    for year in range(max(first, 1), last + 1):
        spans = holidays(w.point, year, cal)
        if w.year is not None:
            spans = [s for s in spans if s[1].year == w.year]
        found += [(None if w.open else s, e) for s, e in spans]
    if not found:
        # The school year 9999-10000 has no calendar to name: no year in the message then.
        raise NotInCalendar(PointKind.HOLIDAYS, max(first, 1) if first < LAST_YEAR else None)
    return sorted(set(found), key=lambda days: (days[1], days[0] or date.min))


def inside(
    w: Window, period: Period, school: bool, cal: Calendar, whole: bool = True
) -> list[Days]:
    """The placings of a window whose due day falls inside the period; if none does, the one
    that overlaps it, or the nearest one (`_nearest`; the check reports it as outside).
    `whole`: the period is the plan's, not a piece of a long one read piece by piece (which
    holds each window whole at its other end)."""
    if (
        school
        and w.year is None
        and w.start_year is None
        and Unit.QUARTER
        in (
            w.point.unit,
            w.end.unit if w.end is not None else None,
        )
    ):
        # «I квартал» in a plan of school years: January–March, or its first quarter,
        # September–November? Schools write both (and «ежеквартально» there is the school's).
        raise Unplaced(QUARTER_UNCLEAR)
    found = candidates(w, period, school, cal)
    due_inside = [days for days in found if days[1] in period]
    fully = [days for days in due_inside if days[0] is None or days[0] in period]
    if whole and due_inside and not fully and w.point.season is not None and w.year is None:
        # «зимой» in a calendar year: January–February or December? Not guessed.
        raise SeasonAcross(w.point.season)
    if whole and due_inside and not fully and w.year is None and w.start_year is None:
        start, due = due_inside[0]
        if start is not None and (period.start - start).days > (due - period.start).days + 4:
            # «май – ноябрь» in 2025/26: placed to end in the period, it begins four months
            # before it; the other May is after the period ends. Which one is not guessed (a
            # few days' difference of months aside: «август – сентябрь» is its start).
            raise Unplaced(MOSTLY_OUTSIDE)
        after = [d for d in found if d[0] is not None and d[0] in period and d[1] > period.end]
        if after and not school:
            # «с 25.12 по 10.01», «ноябрь – февраль» in a plan of 2024: the winter it begins
            # with, or the one it ends with? Each is half in it («зимой» is not guessed
            # either). A plan of school years begins with its August (`MOSTLY_OUTSIDE`).
            raise Unplaced(BOTH_ENDS.format(before=_shown(start, due), after=_shown(*after[0])))
    if fully or due_inside:
        return fully or due_inside
    return _nearest(found, period, school)


AROUND = (
    "окно без года период держит лишь частью, как его ни поставить, и ни одно не кончается в "
    "нём: напишите год"
)

NEAREST_TIE = (
    "окно без года вне периода и одинаково близко к нему с обеих сторон ({before} или "
    "{after}?): напишите год"
)


def _nearest(found: list[Days], period: Period, school: bool) -> list[Days]:
    """A window none of whose placings falls due in the period: the one that overlaps it
    («с сентября по май» in a plan of September–December starts in it); else, in a plan of
    school years, the one in the school years the plan touches («II полугодие» in that plan is
    January–May of its school year; in a school year cut at the end of lessons «июнь – август»
    is the summer after them, not the one before the plan); else the nearest one. Two equally
    near are not guessed."""
    if not found:
        return []
    overlapping = [d for d in found if (d[0] or d[1]) <= period.end and d[1] >= period.start]
    if len(overlapping) > 1:
        raise Unplaced(AROUND)
    if overlapping:
        return overlapping
    if school:
        first, last = period.school_years()
        found = [d for d in found if first <= (d[0] or d[1]) and d[1] <= last] or found

    def gap(days: Days) -> int:
        start, due = days[0] or days[1], days[1]
        return (period.start - due).days if due < period.start else (start - period.end).days

    least = min(gap(d) for d in found)
    nearest = [d for d in found if gap(d) == least]
    if len(nearest) > 1:
        raise Unplaced(NEAREST_TIE.format(before=_shown(*nearest[0]), after=_shown(*nearest[-1])))
    return nearest


def _shown(start: date | None, due: date) -> str:
    return f"{start:%d.%m.%Y}–{due:%d.%m.%Y}" if start else f"{due:%d.%m.%Y}"
