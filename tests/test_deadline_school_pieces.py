"""Plans of a piece of a school year (01.09–31.12, 01.01–31.05, a school year cut at the end of
lessons): a yearless window is placed where it overlaps the plan, else in the plan's school
year, else nearest it — and two placings equally near are not guessed. Variants of the classes
red-team round 4 found (tests/test_deadline_redteam4.py)."""

from __future__ import annotations

from datetime import date

import pytest

from mentorkit.deadlines import (
    Calendar,
    Period,
    ScheduleKind,
    SchoolYear,
    Span,
    read_deadline,
)
from mentorkit.deadlines.vocabulary import Unit
from tests.deadline_corpus import shown
from tests.test_deadline_second_round import TRIMESTERS

Y2425 = Period.parse("2024-2025")

AUTUMN_2025 = Period.parse("2025-09-01..2025-12-31")
SPRING_2026 = Period.parse("2026-01-01..2026-05-31")
OCT_TO_MAY = Period.parse("2024-10-01..2025-05-31")
SEP_TO_FEB = Period.parse("2024-09-01..2025-02-28")
TO_LESSONS_END = Period.parse("2025-01-01..2025-05-25")


@pytest.mark.parametrize("period", [AUTUMN_2025, SPRING_2026], ids=["autumn-2025", "spring-2026"])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("с сентября по май", "01.09.2025–31.05.2026"),
        ("с октября по май", "01.10.2025–31.05.2026"),
        ("сентябрь - апрель", "01.09.2025–30.04.2026"),
        ("I полугодие", "01.09.2025–31.12.2025"),
        ("II полугодие", "01.01.2026–31.05.2026"),
        ("во 2 полугодии", "01.01.2026–31.05.2026"),
        ("по итогам 2 полугодия", "до 31.05.2026"),
        ("в течение II полугодия", "01.01.2026–31.05.2026"),
        ("IV четверть", "01.04.2026–31.05.2026"),
        ("III-IV четверти", "01.01.2026–31.05.2026"),
        ("III триместр", "01.03.2026–31.05.2026"),
    ],
)
def test_a_half_of_a_school_year_places_its_parts_in_that_school_year(
    text: str, expected: str, period: Period
) -> None:
    assert shown(read_deadline(text, period)) == expected


@pytest.mark.parametrize(
    "period", [OCT_TO_MAY, SEP_TO_FEB, TO_LESSONS_END], ids=["oct-may", "sep-feb", "jan-25may"]
)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I полугодие", "01.09.2024–31.12.2024"),
        ("II полугодие", "01.01.2025–31.05.2025"),
        ("по итогам II полугодия", "до 31.05.2025"),
        ("с сентября по май", "01.09.2024–31.05.2025"),
        ("IV четверть", "01.04.2025–31.05.2025"),
    ],
)
def test_a_plan_from_september_or_to_the_end_of_lessons_is_of_the_school_year(
    text: str, expected: str, period: Period
) -> None:
    assert shown(read_deadline(text, period)) == expected


@pytest.mark.parametrize(
    "period",
    [Period.parse("2024-09-01..2025-05-31"), Period.parse("2024-09-01..2025-05-25")],
    ids=["to-31-may", "to-25-may"],
)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("июнь-август", "01.06.2025–31.08.2025"),
        ("с 1 по 30 июня", "01.06.2025–30.06.2025"),
        ("июль", "01.07.2025–31.07.2025"),
        ("летом", "01.06.2025–31.08.2025"),
        ("летние каникулы", "01.06.2025–31.08.2025"),
    ],
)
def test_the_summer_after_lessons_belongs_to_the_school_year_the_plan_cuts(
    text: str, expected: str, period: Period
) -> None:
    assert shown(read_deadline(text, period)) == expected


def test_a_later_school_year_cut_at_the_end_of_lessons_reads_its_own_summer() -> None:
    later = Period.parse("2025-09-01..2026-05-31")
    assert shown(read_deadline("с июня по август", later)) == "01.06.2026–31.08.2026"
    assert shown(read_deadline("июнь – июль", later)) == "01.06.2026–31.07.2026"


@pytest.mark.parametrize(
    ("text", "period"),
    [
        # The summer between two school years: the one before or the one after? Not guessed.
        ("с сентября по май", Period.parse("2025-06-01..2025-08-31")),
        # A calendar plan of January–June: the calendar's second half of 2024 or of 2025?
        ("II полугодие", Period.parse("2025-01-01..2025-06-30")),
    ],
)
def test_a_window_equally_near_both_sides_of_the_plan_is_not_guessed(
    text: str, period: Period
) -> None:
    schedule = read_deadline(text, period)
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD, shown(schedule)
    assert schedule.unparsed


def test_a_calendar_plan_keeps_the_calendars_half_years() -> None:
    # Neither from 1 September nor to the end of May: the half-years are the calendar's.
    assert shown(read_deadline("I полугодие", Period.parse("2025-01-01..2025-06-30"))) == (
        "01.01.2025–30.06.2025"
    )
    assert shown(read_deadline("II полугодие", Period.parse("2025"))) == "01.07.2025–31.12.2025"
    assert shown(read_deadline("I полугодие", Period.parse("2024-01-01..2024-03-31"))) == (
        "01.01.2024–30.06.2024"
    )


# -- the end of each school year in a plan cut at the end of lessons ---------------------------

THREE_CUT = Period.parse("2021-09-01..2024-05-31")


@pytest.mark.parametrize(
    "text",
    ["по итогам учебного года", "в конце учебного года", "ежегодно, в конце учебного года"],
)
def test_every_school_year_whose_lessons_end_in_the_plan_has_its_end(text: str) -> None:
    assert shown(read_deadline(text, THREE_CUT)) == ("до 31.08.2022; до 31.08.2023; до 31.05.2024")
    # A plan cut after the lessons, before the summer ends: the end of lessons, not the cut.
    assert shown(read_deadline(text, Period.parse("2024-01-01..2024-06-30"))) == "до 31.05.2024"
    # A plan that ends before the lessons do: the school year's end, after it (reported).
    assert shown(read_deadline(text, Period.parse("2024-01-01..2024-03-31"))) == "до 31.08.2024"
    assert shown(read_deadline(text, Period.parse("2025-01-01..2025-05-31"))) == "до 31.05.2025"


# -- half-years from the school's calendar -----------------------------------------------------

_QUARTERS_LATER = SchoolYear(
    2025,
    (
        Span("I четверть", date(2025, 9, 1), date(2025, 10, 24)),
        Span("II четверть", date(2025, 11, 5), date(2025, 12, 27)),
        Span("III четверть", date(2026, 1, 12), date(2026, 3, 20)),
        Span("IV четверть", date(2026, 3, 30), date(2026, 5, 22)),
    ),
    (),
    Unit.TERM,
)


@pytest.mark.parametrize(
    ("text", "period", "expected"),
    [
        ("по итогам II полугодия", "2025-2026", "до 22.05.2026"),
        ("I полугодие", "2025-2026", "01.09.2025–27.12.2025"),
        ("во 2 полугодии", "2026-01-01..2026-05-31", "12.01.2026–22.05.2026"),
        ("по итогам полугодия", "2025-2026", "до 27.12.2025; до 22.05.2026"),
        (
            "1 раз в полугодие",
            "2025-09-01..2026-05-31",
            "01.09.2025–27.12.2025; 12.01.2026–22.05.2026",
        ),
    ],
)
def test_half_years_are_the_schools_quarters_two_by_two(
    text: str, period: str, expected: str
) -> None:
    schedule = read_deadline(text, Period.parse(period), Calendar((_QUARTERS_LATER,)))
    assert shown(schedule) == expected


def test_a_school_of_trimesters_ends_its_second_half_year_with_its_lessons() -> None:
    # Trimesters cross the New Year: the half-years meet there, but the second ends with the
    # lessons (30.05.2025), not on 31 May.
    cal = Calendar((TRIMESTERS,))
    assert shown(read_deadline("по итогам II полугодия", Y2425, cal)) == "до 30.05.2025"
    assert shown(read_deadline("I полугодие", Y2425, cal)) == "02.09.2024–31.12.2024"
    assert shown(read_deadline("по итогам полугодия", Y2425, cal)) == (
        "до 31.12.2024; до 30.05.2025"
    )


def test_a_year_the_calendar_does_not_set_keeps_the_default_half_years() -> None:
    cal = Calendar((_QUARTERS_LATER,))
    assert shown(read_deadline("по итогам II полугодия", Y2425, cal)) == "до 31.05.2025"
    assert shown(read_deadline("I полугодие", Y2425, cal)) == "01.09.2024–31.12.2024"
