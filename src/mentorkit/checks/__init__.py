"""The checks: plain functions from a loaded repository to problems, run in one list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from mentorkit.checks import (
    consent,
    coverage,
    deadlines,
    orders,
    pairs,
    references,
    roles,
    upkeep,
)
from mentorkit.checks.base import Context
from mentorkit.load.repository import Repository
from mentorkit.problems import Problem
from mentorkit.refs import PeopleIndex

Check = Callable[[Context], list[Problem]]

CHECKS: tuple[Check, ...] = (
    references.check_people_file,
    references.check_config,
    references.check_people,
    roles.check_roles,
    references.check_roadmaps,
    references.check_pair_references,
    references.check_order_references,
    pairs.check_pair_load,
    pairs.check_meetings,
    consent.check_consent_records,
    consent.check_consent_in_pairs,
    consent.check_consent_in_orders,
    consent.check_consent_in_plans,
    consent.check_consent_in_reports,
    consent.check_withdrawn,
    consent.check_minor_signs,
    consent.check_mentoring_consent,
    consent.check_minors_in_git,
    coverage.check_coverage,
    orders.check_orders,
    deadlines.check_calendar,
    deadlines.check_deadlines,
    deadlines.check_meeting_dates,
    *upkeep.CHECKS,
)


def run_checks(repo: Repository, today: date) -> list[Problem]:
    ctx = Context(repo, PeopleIndex(repo.people), today, PeopleIndex(repo.broken_people))
    problems: list[Problem] = []
    for check in CHECKS:
        problems.extend(check(ctx))
    return problems
