"""Coverage: every young specialist is in a pair (the authorities' indicator is 100 %)."""

from __future__ import annotations

from mentorkit.checks.base import Context, describe, gendered
from mentorkit.load.repository import PersonEntry, Repository
from mentorkit.problems import YOUNG_NOT_COVERED, Problem
from mentorkit.refs import PeopleIndex


def young_specialists(repo: Repository) -> list[PersonEntry]:
    limit = repo.rules.young_specialist_years
    return [
        entry
        for entry in repo.people
        if entry.person.experience is not None
        and entry.person.experience < limit
        and not entry.person.is_minor
        and entry.person.group is None
    ]


def covered_people(repo: Repository, people: PeopleIndex) -> set[int]:
    """Indexes of everyone who is a mentee in some pair."""
    covered: set[int] = set()
    for doc in repo.pairs:
        for pair in doc.model.pairs:
            for ref in pair.mentees:
                # An ambiguous reference is reported as such; whoever it may mean counts as
                # covered, so that one slip does not make a second, false problem.
                covered.update(entry.index for entry in people.resolve(ref))
    return covered


def check_coverage(ctx: Context) -> list[Problem]:
    if any(u.path.startswith("pairs/") for u in ctx.repo.unread):
        return []  # who is in a pair is not known while a pairs file or a pair is unread
    covered = covered_people(ctx.repo, ctx.people)
    limit = ctx.repo.rules.young_specialist_years
    return [
        YOUNG_NOT_COVERED.at(
            ctx.repo.person_at(entry, "experience"),
            f"{describe(entry)}: стаж {_years(entry.person.experience)} (меньше {limit} лет), но "
            f"{gendered(entry, 'наставляемым', 'наставляемой')} ни в одной паре не значится: "
            "закрепите наставника",
        )
        for entry in young_specialists(ctx.repo)
        if entry.index not in covered
    ]


def _years(value: float | None) -> str:
    return f"{value:g}".replace(".", ",")
