"""A deadline that was over long before the roadmap's period began.

A plan may begin its work in the summer before its school year or in the autumn before its
calendar year («август 2023» in a 2023-2024 plan, «Декабрь 2024» in a plan for 2025), but a
deadline that was over more than a season before the plan starts («21.03.2022» among the dates of
a 2022-2023 plan, «2020» in it, «26 июня 2010 г.» in a plan for 2021) is a slip of the year, not a
date to track: the item would be «overdue» for years. The reader then says it does not understand
the text, and why, rather than read it as written and leave the check to warn (MK702) with exit 0.
The reading as written is kept (`Schedule.too_early`): an item already done is done all the same,
and the check only warns of its year."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from mentorkit.deadlines.period import Period
from mentorkit.deadlines.schedule import Schedule, ScheduleKind
from mentorkit.deadlines.scheduled import not_understood

EARLY_MONTHS = 3
"""How long before its period a plan's own work may be due: the summer before a school year (a
plan of 2025-2026 may say «июль 2025»), the last quarter before a calendar year. May is the past
school year's."""


def earliest_due(period: Period) -> date:
    """The first day a deadline of a plan over `period` may be due on."""
    start = period.start
    months = start.year * 12 + start.month - 1 - EARLY_MONTHS
    if months < 12:  # the first year of the calendar
        return date.min
    return date(months // 12, months % 12 + 1, 1)


def ended_before(schedule: Schedule, period: Period) -> Schedule:
    """`schedule`, or «не понят» when its last occurrence was due before `earliest_due`."""
    found = schedule.occurrences
    if schedule.kind != ScheduleKind.SCHEDULED or not found:
        return schedule
    last = found[-1].due  # sorted by due day
    if last >= earliest_due(period):
        return schedule
    reason = (
        f"срок кончается {last:%d.%m.%Y}, больше чем за {EARLY_MONTHS} месяца до начала периода "
        f"дорожной карты ({period.start:%d.%m.%Y}–{period.end:%d.%m.%Y}): проверьте год в сроке "
        "или период дорожной карты"
    )
    return replace(_slip_of_the_year(schedule, reason), too_early=tuple(found))


LATE_YEARS = 15
"""How many years after its period a plan's deadline may fall: a programme «до 2030 года» in a
plan of 2019 is eleven; «до 01.10.2204», «октябрь 2042» in a plan of 2024-2025 are slips of the
year."""


def begun_long_after(schedule: Schedule, period: Period) -> Schedule:
    """`schedule`, or «не понят» when one of its occurrences begins more than `LATE_YEARS`
    years after the period ends."""
    found = schedule.occurrences
    if schedule.kind != ScheduleKind.SCHEDULED or not found:
        return schedule
    latest = max(o.start or o.due for o in found)  # «15.05.2025, 01.10.2204»: any of them
    if latest.year <= period.end.year + LATE_YEARS:
        return schedule
    reason = (
        f"срок начинается {latest:%d.%m.%Y}, больше чем через {LATE_YEARS} лет после конца "
        f"периода дорожной карты ({period.start:%d.%m.%Y}–{period.end:%d.%m.%Y}): проверьте год "
        "в сроке"
    )
    return _slip_of_the_year(schedule, reason)


def _slip_of_the_year(schedule: Schedule, reason: str) -> Schedule:
    """`schedule` refused as «не понят» for `reason`, the whole text quoted, what was read past
    and the calendar it used kept."""
    refused = not_understood(schedule.text, reason, schedule.text.strip())
    return replace(refused, ignored=schedule.ignored, calendar=schedule.calendar)
