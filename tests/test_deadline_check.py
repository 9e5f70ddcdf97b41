"""`mentorkit check --today` on the school12 example: what is overdue and due soon on three days.

The expectations are worked out by hand from roadmaps/school12-2023-2024/roadmaps/2023-2024.yaml:
item 5.3 is due in June 2024 and not done; nine items run for the whole period (to 31.08.2024)
and are not done; everything else is done, unscheduled or without a deadline."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from mentorkit.check import check
from mentorkit.problems import Severity

SCHOOL12 = Path(__file__).parent.parent / "roadmaps" / "school12-2023-2024"
WHOLE_PERIOD = {"1.2", "1.5", "1.7", "2.2", "3.1", "4.1", "5.1", "5.2", "5.4"}


def _items(today: date, code: str) -> dict[str, str]:
    result = check([SCHOOL12], today)
    found = {}
    for problem in result.problems:
        if problem.code == code:
            match = re.match(r"п\. (\S+) ", problem.message)
            assert match, problem.message
            found[match.group(1)] = problem.message
    return found


@pytest.mark.parametrize(
    ("today", "overdue", "soon"),
    [
        (date(2024, 1, 20), set(), set()),
        (date(2024, 6, 20), set(), {"5.3"}),
        (date(2024, 7, 5), {"5.3"}, set()),
        (date(2024, 8, 20), {"5.3"}, WHOLE_PERIOD),
    ],
    ids=["january", "june-due-soon", "july-overdue", "august-period-ends"],
)
def test_overdue_and_due_soon(today: date, overdue: set[str], soon: set[str]) -> None:
    assert set(_items(today, "MK704")) == overdue
    assert set(_items(today, "MK705")) == soon


def test_messages_count_the_days() -> None:
    assert "срок 30.06.2024 — через 10 дней" in _items(date(2024, 6, 20), "MK705")["5.3"]
    assert "срок 30.06.2024 прошёл 5 дней назад" in _items(date(2024, 7, 5), "MK704")["5.3"]


def test_overdue_is_a_warning_and_fails_only_when_strict() -> None:
    result = check([SCHOOL12], date(2024, 7, 5))
    assert {p.severity for p in result.problems if p.code == "MK704"} == {Severity.WARNING}
    assert not result.failed()
    assert result.failed(strict=True)


def test_done_dates_after_today_are_errors() -> None:
    # Before the done dates of the example: each one in the future is reported.
    assert set(_items(date(2023, 9, 20), "MK707")) == {"1.4", "1.6", "2.1", "3.2"}
