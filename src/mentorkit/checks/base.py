"""What every check receives, and the helpers they share."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from mentorkit.load.repository import PersonEntry, Repository
from mentorkit.problems import AMBIGUOUS_PERSON, UNKNOWN_PERSON, Location, Problem
from mentorkit.refs import PeopleIndex


@dataclass(frozen=True)
class Context:
    repo: Repository
    people: PeopleIndex
    today: date
    broken: PeopleIndex
    """The people whose entry is invalid: a reference to them is not reported a second time."""

    def is_broken(self, ref: str) -> bool:
        """Whether `ref` may name someone whose entry could not be read (so it is not reported
        as unknown a second time)."""
        return not self.repo.people_complete or bool(self.broken.resolve(ref))


def resolve_one(
    ctx: Context, ref: str, where: Location, problems: list[Problem], role: str
) -> PersonEntry | None:
    """The one person `ref` names; a problem (unless the entry itself is broken) otherwise."""
    found = ctx.people.resolve(ref)
    if len(found) == 1:
        return found[0]
    if ctx.is_broken(ref):
        return None
    if not found:
        problems.append(
            UNKNOWN_PERSON.at(
                where,
                f"{role} «{ref}» не найден в people.yaml: добавьте человека туда или "
                "исправьте написание (Фамилия И.О.)",
            )
        )
    else:
        names = ", ".join(entry.person.id or entry.person.name for entry in found)
        problems.append(
            AMBIGUOUS_PERSON.at(
                where,
                f"{role} «{ref}» подходит нескольким людям ({names}): добавьте им «id:» в "
                "people.yaml и ссылайтесь по id",
            )
        )
    return None


def who(ctx: Context, ref: str) -> str:
    """A reference for a message: «Петрова А.А.» when it names one person, else as written."""
    found = ctx.people.resolve(ref)
    return describe(found[0]) if len(found) == 1 else ref


def describe(entry: PersonEntry) -> str:
    """Only as much of a person as a message needs: surname and initials."""
    from mentorkit.refs import short_name

    return short_name(entry.person.name)
