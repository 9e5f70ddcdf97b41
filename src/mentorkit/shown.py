"""As much of a person as a printed result may show (152-ФЗ): `status`, `report`, the calendar and
the messages of the commands that edit files all print people through here.

An adult is «Фамилия И.О.»; a minor only by initials and class, «Я.Т. (8В)», wherever the matcher
finds them — a reference, or free text in any case and spelling, the surname alone included. A
name that fits several people, one of them a minor, is cut to its initials; a full name of
somebody people.yaml does not hold is shortened to «Фамилия И.О.» (to initials, where it reads
like a pupil's).
"""

from __future__ import annotations

from collections.abc import Callable

from mentorkit.matcher import Found, could_name, fold, is_patronymic
from mentorkit.model.people import Person
from mentorkit.names import UnknownGender, declined_short_name, message_name
from mentorkit.refs import PeopleIndex, short_name, shorten_full_names


def person_shown(person: Person) -> str:
    """«Петрова А.А.»; a minor «С.И. (7Б)»."""
    return message_name(person)


def ref_shown(ref: str, people: PeopleIndex) -> str:
    """A reference (`mentor:`, `mentees:`…) as a result shows it: the one person it names, or
    the text itself with whoever it names shortened."""
    found = people.resolve(ref)
    if len(found) == 1:
        return person_shown(found[0].person)
    return text_shown(ref, people)


def text_shown(
    text: str,
    people: PeopleIndex,
    *,
    nominative: bool = False,
    show: Callable[[Person], str] = person_shown,
) -> str:
    """Free text on one line, everyone in it written as a result may show them. `nominative`:
    everyone as `show` writes them («Ставницкая Е.Е.», as a responsible column lists people);
    else an adult in the case the text writes them, shortened only where the first name is
    written out, and a minor as `show` writes them."""
    flat = " ".join(text.split())
    if not flat:
        return flat
    pieces: list[str] = []
    last = 0
    for found in people.find(flat):
        shown = _found_shown(found, nominative, show)
        if shown is None:
            continue
        pieces += [flat[last : found.start], shown]
        last = found.end
    pieces.append(flat[last:])
    return shorten_full_names("".join(pieces))


def _found_shown(found: Found, nominative: bool, show: Callable[[Person], str]) -> str | None:
    """What stands in place of one find (None: the text as written)."""
    if not found.matches:
        if found.pupil:
            return initials_only(found.text)
        return shortened(found.text) if found.full else None
    strong = [entry for entry in found.matches if entry.index not in found.weak]
    if len(strong) != 1 or (found.bare and len(found.matches) > 1):
        if any(entry.person.is_minor for entry in found.matches):
            return initials_only(found.text)
        return None
    person = strong[0].person
    if person.is_minor or nominative:
        return show(person)
    if found.full:
        try:
            return declined_short_name(person, found.case)
        except UnknownGender:
            return short_name(person.name)
    return None


def initials_only(text: str) -> str:
    """A name from free text as a message may show it: the first letter of every word."""
    return " ".join(f"{word[0]}." for word in text.split() if word[:1].isalpha())


def shortened(text: str) -> str:
    """«Петров Иван Ильич» → «Петров И.И.»; «Иван Ильич Петров» → «Петров И.И.»."""
    words = text.split()
    if len(words) != 3:
        return text
    if is_patronymic(fold(words[1])) and not is_patronymic(fold(words[2])):
        surname, first, patronymic = words[2], words[0], words[1]
    else:
        surname, first, patronymic = words
    return f"{surname} {first[0]}.{patronymic[0]}."


def minors_shown(text: str, people: PeopleIndex) -> str:
    """`text` as written (spacing and adults untouched), but every minor in it by initials and
    class, and a name that may be a minor's by initials: the last guard of a message built from
    what the files say."""
    if not could_name(text, people.minor_words):
        return text  # no word of a minor's name, no pupil's mark: nothing to read it for
    pieces: list[str] = []
    last = 0
    for found in people.find(text):
        if not any(entry.person.is_minor for entry in found.matches) and not found.pupil:
            continue
        shown = _found_shown(found, False, person_shown)
        if shown is None:
            continue
        pieces += [text[last : found.start], shown]
        last = found.end
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)
