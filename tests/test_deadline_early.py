"""A deadline over long before the roadmap's period begins is a slip of the year: «не понят»,
with the reason, not a date read as written and left «overdue» for years
(mentorkit.deadlines.early)."""

from __future__ import annotations

from datetime import date

import pytest

from mentorkit.deadlines import Period, ScheduleKind, read_deadline
from mentorkit.deadlines.early import earliest_due
from tests.deadline_corpus import shown

Y2223 = Period.parse("2022-2023")
Y2025 = Period.parse("2025")


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("21.03.2022", Y2223),  # among the dates of a 2022-2023 plan
        ("2020", Y2223),
        ("2020/2021", Y2223),
        ("31.05.2022", Y2223),  # the last day of the school year before
        ("до 15 мая 2022 года", Y2223),
        ("26 июня 2010 г.", Period.parse("2021")),
        ("сентябрь 2024", Y2025),
        ("до 30.09.2024", Y2025),
        ("2018-2020 годы", Period.parse("2022-2024")),
    ],
)
def test_a_deadline_over_months_before_the_period_is_not_understood(
    text: str, period: Period
) -> None:
    schedule = read_deadline(text, period)
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD
    assert schedule.reason is not None
    assert "до начала периода" in schedule.reason
    assert f"{period.start:%d.%m.%Y}" in schedule.reason
    assert "проверьте год" in schedule.reason


@pytest.mark.parametrize(
    ("text", "period", "expected"),
    [
        # The summer before a school year is its preparation.
        ("с 01 по 04 июля 2025 г.", Period.parse("2025-2026"), "01.07.2025–04.07.2025"),
        ("01.06.2022", Y2223, "до 01.06.2022"),
        ("август 2022", Y2223, "01.08.2022–31.08.2022"),
        # The last quarter before a calendar year.
        ("Декабрь 2024", Y2025, "01.12.2024–31.12.2024"),
        ("до 01.10.2024", Y2025, "до 01.10.2024"),
        # A window that ends inside the period, however early it begins.
        ("2019-2022 годы", Period.parse("2022-2024"), "01.01.2019–31.12.2022"),
        ("с 01.03.2022 по 30.09.2022", Y2223, "01.03.2022–30.09.2022"),
        # After the period: read, and the check warns (MK702).
        ("2030", Y2025, "01.01.2030–31.12.2030"),
    ],
)
def test_a_deadline_near_or_after_the_period_is_read_as_written(
    text: str, period: Period, expected: str
) -> None:
    assert shown(read_deadline(text, period)) == expected


def test_yearless_text_is_placed_in_the_period_and_never_refused() -> None:
    assert shown(read_deadline("21.03", Y2223)) == "до 21.03.2023"


def test_the_first_day_a_plan_may_be_due_is_three_months_before_it() -> None:
    assert earliest_due(Y2223) == date(2022, 6, 1)
    assert earliest_due(Y2025) == date(2024, 10, 1)
    assert earliest_due(Period(date(1, 2, 1), date(1, 12, 31))) == date.min
    assert earliest_due(Period(date(2, 2, 1), date(2, 12, 31))) == date(1, 11, 1)
