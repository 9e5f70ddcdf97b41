"""What every check receives, and the helpers they share."""

from __future__ import annotations

import re
from datetime import date

from mentorkit.load.repository import PersonEntry, Repository
from mentorkit.matcher import oddities
from mentorkit.names import UnknownGender, declined_short_name, gender_of, message_name
from mentorkit.problems import AMBIGUOUS_PERSON, UNKNOWN_PERSON, Location, Problem
from mentorkit.records import dataclass
from mentorkit.refs import PeopleIndex, normalize, short_name


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
                f"{role} «{ref}» не найден в people.yaml: {unknown_hint(ctx, ref)}",
            )
        )
    elif len({normalize(entry.person.name).lower() for entry in found}) == 1 and not all(
        entry.person.id for entry in found
    ):
        pass  # the same person written twice in people.yaml: reported there (MK205)
    else:
        # They share surname and initials: an adult is told apart by the full name, a minor
        # is never written out (initials and class).
        names = ", ".join(entry.person.id or _apart(entry) for entry in found)
        problems.append(
            AMBIGUOUS_PERSON.at(
                where,
                f"{role} «{ref}» подходит нескольким людям ({names}): добавьте им «id:» в "
                "people.yaml и ссылайтесь по id",
            )
        )
    return None


def _apart(entry: PersonEntry) -> str:
    person = entry.person
    if person.is_minor:
        return message_name(person)
    return " ".join(person.name.split())


def unknown_hint(ctx: Context, ref: str) -> str:
    """How to fix a reference that names nobody: the close name for a slip of the pen, the
    Latin letters that look Cyrillic, or else add the person."""
    written = normalize(ref)
    odd = oddities(ref)
    if odd:
        return f"в написании {odd} — перепечатайте его по-русски"
    if re.search("[A-Za-z]", written) and re.search("[А-Яа-я]", written):
        return "в нём есть латинские буквы, похожие на русские, — перепечатайте его по-русски"
    # A minor is offered by initials and class only, never by name.
    candidates = {short_name(e.person.name): message_name(e.person) for e in ctx.people.people}
    candidates |= {e.person.name: message_name(e.person) for e in ctx.people.people}
    import difflib  # here: only a misspelt name needs it, and every check imports this

    close = difflib.get_close_matches(written, list(candidates), n=1, cutoff=0.75)
    if close:
        return f"возможно, имелся в виду «{candidates[close[0]]}»? Исправьте написание"
    return "добавьте человека туда или исправьте написание (Фамилия И.О.)"


def who(ctx: Context, ref: str) -> str:
    """A reference for a message: «Петрова А.А.» when it names one person, else as written."""
    found = ctx.people.resolve(ref)
    return describe(found[0]) if len(found) == 1 else ref


def whose(ctx: Context, ref: str) -> str:
    """A reference after «пары наставника»: «Волковой Т.И.» in the genitive when it names one
    adult whose gender is known; otherwise as `who` gives it."""
    found = ctx.people.resolve(ref)
    if len(found) != 1 or found[0].person.is_minor:
        return who(ctx, ref)
    try:
        return declined_short_name(found[0].person, "genitive")
    except UnknownGender:
        return who(ctx, ref)


def gendered(entry: PersonEntry, male: str, female: str) -> str:
    """The word that agrees with the person: «назван» or «названа»; both where it is unknown."""
    gender = gender_of(entry.person)
    if gender == "f":
        return female
    if gender == "m":
        return male
    return f"{male}/{female}"


def describe(entry: PersonEntry) -> str:
    """Only as much of a person as a message needs: surname and initials; a minor by initials
    and class («С.И. (7Б)»)."""
    return message_name(entry.person)
