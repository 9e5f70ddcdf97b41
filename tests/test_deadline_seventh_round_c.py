"""The seventh round, part C: the findings of the metamorphic red team (redteam5) — a weekday of
a month pinned by the full date beside it in brackets (class A), a doubled dash with spaces
(class B), and the re-typings that left a plain text not understood (class D) — each with
variants of its own, including the variants that must stay not understood."""

from __future__ import annotations

import pytest

from mentorkit.deadlines import Period, ScheduleKind, read_deadline
from tests.deadline_corpus import shown

Y2224 = Period.parse("2022-2024")
Y2326 = Period.parse("2023-2026")
Y2425 = Period.parse("2024-2025")


# Class A: the year in brackets says which of the yearly days is meant.
@pytest.mark.parametrize(
    ("text", "period", "expected"),
    [
        ("в первую среду декабря (06 декабря 2023г.)", Y2224, "до 06.12.2023"),
        ("в первую среду декабря (07 декабря 2022 года)", Y2224, "до 07.12.2022"),
        ("первая среда декабря (6 декабря 2023 г.)", Y2326, "до 06.12.2023"),
        ("в последнюю пятницу мая (30 мая 2025 г.)", Y2326, "до 30.05.2025"),
        ("третий четверг ноября (16 ноября 2023 г.)", Y2326, "до 16.11.2023"),
        # over the plan's own year the reading is as before
        ("в первую среду декабря (04 декабря 2024 года)", Y2425, "до 04.12.2024"),
        (
            "первая среда февраля (5 февраля 2025) и вторая среда апреля (9 апреля 2025)",
            Y2326,
            "до 05.02.2025; до 09.04.2025",
        ),
        # two years named in brackets: those two
        (
            "в первую среду декабря (06 декабря 2023 г., 04 декабря 2024 г.)",
            Y2326,
            "до 06.12.2023; до 04.12.2024",
        ),
    ],
)
def test_a_weekday_of_a_month_is_pinned_by_the_year_in_brackets(
    text: str, period: Period, expected: str
) -> None:
    assert shown(read_deadline(text, period)) == expected


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("в первую среду декабря (06 декабря)", Y2224),  # 06.12 is a Wednesday in 2023 only
        ("в первую среду декабря (5 декабря 2023 г.)", Y2326),  # a Tuesday
        ("в первую среду декабря (06 декабря 2024 г.)", Y2326),  # 2024: the 4th
        ("в последнюю пятницу мая (23 мая 2025 г.)", Y2326),  # not the last one
    ],
)
def test_a_bracket_that_is_not_one_of_the_weekdays_stays_not_understood(
    text: str, period: Period
) -> None:
    assert read_deadline(text, period).kind == ScheduleKind.NOT_UNDERSTOOD


# Class B: a dash typed twice with a space between is one dash, as «--» is.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("01.09.2024 – – 31.05.2025", "01.09.2024–31.05.2025"),
        ("4.09. - - 20.09.", "04.09.2024–20.09.2024"),
        ("01.09.2024 —  — 31.05.2025", "01.09.2024–31.05.2025"),
        ("сентябрь – – май", "01.09.2024–31.05.2025"),
        ("с 4.09. – – по 20.09.", "04.09.2024–20.09.2024"),
        ("01.09.2024 - – - 31.05.2025", "01.09.2024–31.05.2025"),
    ],
)
def test_a_spaced_doubled_dash_is_one_dash(text: str, expected: str) -> None:
    schedule = read_deadline(text, Y2425)
    assert shown(schedule) == expected
    assert schedule.ignored  # and said, as «--» is


@pytest.mark.parametrize("text", ["12 мая – –", "– – 12 мая – – 15 мая – – 20 мая", "– –"])
def test_a_spaced_doubled_dash_with_no_window_stays_not_understood(text: str) -> None:
    assert read_deadline(text, Y2425).kind == ScheduleKind.NOT_UNDERSTOOD
