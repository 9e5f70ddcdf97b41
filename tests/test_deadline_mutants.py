"""Deadline texts that kill mutants which survived the sampled mutation run of `deadlines/`
(tests/mutation-survivors.md): a day past the month's end in a list of days, a month 13, and
«годов» as calendar years."""

from __future__ import annotations

from datetime import date

from mentorkit.deadlines import Period, ScheduleKind, read_deadline


def test_a_day_past_the_end_of_the_month_in_a_list_is_not_understood() -> None:
    schedule = read_deadline("1, 32 мая", Period.parse("2023-2024"))
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD
    assert schedule.occurrences == ()
    assert schedule.unparsed == "1 … 32"


def test_month_thirteen_is_named_as_the_reason() -> None:
    schedule = read_deadline("31.13.2023", Period.parse("2023-2024"))
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD
    assert schedule.reason is not None
    assert "месяца 13 нет" in schedule.reason


def test_godov_means_calendar_years() -> None:
    schedule = read_deadline("в 2022–2023 годов", Period.parse("2022-2024"))
    assert schedule.kind == ScheduleKind.SCHEDULED
    # calendar years, one span of them; without «годов» it would be the school year 2022-2023
    assert [(occ.start, occ.due) for occ in schedule.occurrences] == [
        (date(2022, 1, 1), date(2023, 12, 31)),
    ]
