"""What a second reader of the seventh round found (each a confident wrong reading or wrong
advice): a year in brackets beside a yearly text does not take the other years away; half-years
are not read from a calendar that lists only some of its terms; MK712 tells a word typed with
look-alike letters from a remark passed over."""

from __future__ import annotations

from datetime import date

import pytest

from mentorkit.deadlines import Calendar, Period, SchoolYear, Span, read_deadline
from mentorkit.deadlines.tokens import read_as_russian
from mentorkit.deadlines.vocabulary import Unit
from tests.deadline_corpus import shown

SEVERAL = Period.parse("2023-2026")


@pytest.mark.parametrize(
    "text",
    [
        "ежегодно в декабре (декабрь 2024)",
        "ежегодно в первую среду декабря (06 декабря 2023 г.)",
        "каждый год в декабре (декабрь 2024 г.)",
    ],
)
def test_a_dated_bracket_beside_a_yearly_text_keeps_every_year(text: str) -> None:
    occurrences = read_deadline(text, SEVERAL).occurrences
    assert [o.due.year for o in occurrences] == [2023, 2024, 2025, 2026]


def test_a_dated_bracket_beside_a_weekday_of_a_month_still_pins_it() -> None:
    assert shown(read_deadline("в первую среду декабря (06 декабря 2023г.)", SEVERAL)) == (
        "до 06.12.2023"
    )


QUARTERS = (
    Span("I четверть", date(2024, 9, 2), date(2024, 10, 25)),
    Span("II четверть", date(2024, 11, 5), date(2024, 12, 28)),
    Span("III четверть", date(2025, 1, 9), date(2025, 3, 21)),
    Span("IV четверть", date(2025, 3, 31), date(2025, 5, 26)),
)


@pytest.mark.parametrize("listed", [1, 2, 3])
def test_half_years_of_a_calendar_with_some_quarters_only_are_the_defaults(listed: int) -> None:
    calendar = Calendar((SchoolYear(2024, QUARTERS[:listed], (), Unit.TERM),))
    schedule = read_deadline("II полугодие", Period.parse("2024-2025"), calendar)
    assert shown(schedule) == "01.01.2025–31.05.2025"


def test_half_years_of_a_calendar_with_all_four_quarters_are_its_quarters_two_by_two() -> None:
    calendar = Calendar((SchoolYear(2024, QUARTERS, (), Unit.TERM),))
    schedule = read_deadline("II полугодие", Period.parse("2024-2025"), calendar)
    assert shown(schedule) == "09.01.2025–26.05.2025"


@pytest.mark.parametrize(
    ("mark", "lookalike"),
    [
        ("мaрта", True),  # a Latin «a»
        ("гοда", True),  # a Greek «ο»
        ("ΙΙ", True),  # Greek iotas for the Roman II
        ("κ", True),
        ("Mай", True),
        ("(ZOOM-конференция)", False),  # a Latin word in a remark: not to be retyped
        ("Google-форма", False),
        ("(онлайн, Сферум/VK)", False),
        ("x", False),
        ("!!", False),
        ("(пт)", False),
    ],
)
def test_mk712_tells_a_word_with_lookalike_letters_from_a_remark(
    mark: str, lookalike: bool
) -> None:
    assert read_as_russian(mark) is lookalike
