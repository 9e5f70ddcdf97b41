"""The classes of the blind sets heldout20–heldout22 (texts for a plan's «Срок» cell and an
order's deadline clause) and heldout23, read after their first run, with examples of their own: a
time of day between «с»/«до»/«по» and its day, a span of days ending in a date («с 26 по
30.11.2018»), holidays named before their own days."""

from __future__ import annotations

import pytest

from mentorkit.deadlines import Period, ScheduleKind, read_deadline
from tests.deadline_corpus import shown

Y2024 = Period.parse("2024")
Y2425 = Period.parse("2024-2025")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The time stands between the preposition and its day: «с» and «по» are the day's.
        ("с 09:00, 2 декабря по 18:00, 6 декабря", "02.12.2024–06.12.2024"),
        ("с 10-00 3 июня 2024 года до 17-00 7 июня 2024 года", "03.06.2024–07.06.2024"),
        ("до 18.00, 15.03.2024", "до 15.03.2024"),
        ("по 12:00 20 мая", "до 20.05.2024"),
        # After its day the time is that day's, as before.
        ("15 мая с 10:00 до 12:00", "до 15.05.2024"),
        ("15.05.2024 до 18:00", "до 15.05.2024"),
    ],
)
def test_a_time_before_its_day_leaves_the_window_whole(text: str, expected: str) -> None:
    assert shown(read_deadline(text, Y2024)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("с 26 по 30.11.2024", "26.11.2024–30.11.2024"),
        ("с 3 по 14.03", "03.03.2025–14.03.2025"),
        ("с 1 - 15.09.2024 г.", "01.09.2024–15.09.2024"),
        ("в период с 9 по 20.12.2024 года", "09.12.2024–20.12.2024"),
    ],
)
def test_days_before_a_date_share_its_month_and_year(text: str, expected: str) -> None:
    assert shown(read_deadline(text, Y2425)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "с 30 по 26.11.2024",  # backwards
        "с 31 по 30.11.2024",
        "с 0 по 5.12.2024",
        "с 26 по 31.11.2024",  # no 31 November
    ],
)
def test_days_before_a_date_that_cannot_be_are_not_guessed(text: str) -> None:
    assert read_deadline(text, Y2425).kind == ScheduleKind.NOT_UNDERSTOOD


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The days after the holidays' name are those holidays in this school, whatever the
        # calendar says: one window, not the calendar's holidays beside it.
        ("в период осенних каникул с 4 по 10 ноября 2024 года", "04.11.2024–10.11.2024"),
        ("зимние каникулы: 28.12.2024 – 09.01.2025", "28.12.2024–09.01.2025"),
    ],
)
def test_days_after_the_holidays_name_are_those_holidays(text: str, expected: str) -> None:
    assert shown(read_deadline(text, Y2425)) == expected


def test_holidays_and_another_day_with_a_comma_stay_two_deadlines() -> None:
    assert len(read_deadline("осенние каникулы, 5 ноября", Y2425).occurrences) == 2
