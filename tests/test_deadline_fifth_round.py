"""The deadline reader's fifth round: the classes the blind sets heldout17–heldout19 left unread or
read wrongly — a lone «от <date>», event verbs of announcements, «текущий год», labels before a
deadline, school years in words, numbers that are not days (a meeting's, a grade's), weekdays
beside a day — each read as a curator reads it, and the variants that would change the days kept
not understood. The examples are ours, written for each class, not the sets' texts."""

from __future__ import annotations

import pytest

from mentorkit.deadlines import Period, ScheduleKind, read_deadline
from tests.deadline_corpus import shown

Y2425 = Period.parse("2024-2025")
Y2025 = Period.parse("2025")


def reading(text: str, period: Period = Y2025) -> str:
    return shown(read_deadline(text, period))


# -- a lone «от <date>»: a document's date as often as a start -------------------------------------


@pytest.mark.parametrize(
    "text",
    ["от 12.05.2025 г.", "От 3 марта 2025 года", "от 01.09.2025", "от 2025 года", "от 5 мая"],
)
def test_a_lone_from_is_not_read_as_a_start(text: str) -> None:
    schedule = read_deadline(text, Y2025)
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD, shown(schedule)
    assert schedule.reason is not None and "«до …»" in schedule.reason
    assert schedule.unparsed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("от 01.09.2025 до 01.10.2025", "01.09.2025–01.10.2025"),
        ("от 5 мая по 10 мая", "05.05.2025–10.05.2025"),
        ("с 01.09.2025", "01.09.2025–31.12.2025"),  # «с» is a start, as before
    ],
)
def test_from_with_an_end_is_a_window_as_before(text: str, expected: str) -> None:
    assert reading(text) == expected


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("с 06 ноября 2019", Y2025),
        ("с 15.12.2024", Y2025),
        ("с 2023 года", Y2425),
        ("ежемесячно с 1 октября 2023", Y2425),
    ],
)
def test_a_start_in_a_year_before_the_period_is_not_guessed(text: str, period: Period) -> None:
    schedule = read_deadline(text, period)
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD, shown(schedule)
    assert schedule.reason is not None and "раньше" in schedule.reason


def test_a_start_in_the_first_year_of_a_school_year_is_read_as_before() -> None:
    assert reading("с 2024 года", Y2425) == "01.01.2024–31.08.2025"
    assert reading("с 1 июня 2024", Y2425) == "01.06.2024–31.08.2025"
