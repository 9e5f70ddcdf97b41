"""Person references as documents write them: «Петрова А.А.», «А.А. Петрова», full name, id."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cached_property

from mentorkit.lazyre import lazy
from mentorkit.load.repository import PersonEntry
from mentorkit.matcher import Found, matcher_for
from mentorkit.names import minor_label as minor_label  # kept here for ical and edit
from mentorkit.records import dataclass

_WORD = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
_SURNAME_INITIALS = re.compile(
    rf"(?<![А-Яа-яЁё])({_WORD})\s+([А-ЯЁ])\.\s?(?:([А-ЯЁ])\.?)?(?![а-яё])"
)
_FULL_NAME = lazy(
    rf"(?<![А-Яа-яЁё])({_WORD})\s+({_WORD})\s+([А-ЯЁ][а-яё]*(?:ич|вн|чн)[а-яё]{{0,3}})"
    r"(?![А-Яа-яЁё])"
)
"""Surname, name and patronymic (known by its ending) of someone people.yaml may not hold."""
_INITIALS_SURNAME = lazy(rf"(?<![А-Яа-яЁё])([А-ЯЁ])\.\s?(?:([А-ЯЁ])\.\s?)?({_WORD})")


def normalize(text: str) -> str:
    return " ".join(text.replace("ё", "е").replace("Ё", "Е").split())


def _parts(name: str) -> list[str]:
    """The words of a name; initials written together («Козлова В.А.», as an import from a
    document leaves a name until it is written in full) count as two."""
    return re.sub(r"(?<=[А-ЯЁ]\.)(?=[А-ЯЁ])", " ", name).split()


def initials_of(name: str) -> tuple[str, str]:
    """(surname, initials) of a full name: («Петрова», «АА»)."""
    parts = _parts(normalize(name))
    if not parts:
        return "", ""
    return parts[0], "".join(part[0] for part in parts[1:3])


def short_name(name: str) -> str:
    """«Петрова А.А.» for «Петрова Анна Андреевна» (as written: «ё» stays)."""
    parts = _parts(name)
    surname, initials = (parts[0], "".join(p[0] for p in parts[1:3])) if parts else ("", "")
    return f"{surname} {''.join(c + '.' for c in initials)}".strip()


def shorten_full_names(text: str) -> str:
    """Every «Фамилия Имя Отчество» in free text as «Фамилия И.О.»: no more of a person than
    a report needs."""
    return _FULL_NAME.sub(lambda m: f"{m[1]} {m[2][0]}.{m[3][0]}.", text)


@dataclass(frozen=True)
class Mention:
    """A reference found in free text, with the people it matches."""

    text: str
    start: int
    matches: tuple[PersonEntry, ...]


class PeopleIndex:
    def __init__(self, people: tuple[PersonEntry, ...]) -> None:
        self.people = people
        self._found: dict[str, list[Found]] = {}
        self._resolved: dict[str, tuple[PersonEntry, ...]] = {}
        self._nobody: set[str] = set()
        """Texts no word of which is anyone's surname (`find_known` skips them)."""
        self._by_id = {entry.person.id: entry for entry in people if entry.person.id}
        self._by_full: dict[str, list[PersonEntry]] = defaultdict(list)
        self._by_short: dict[tuple[str, str], list[PersonEntry]] = defaultdict(list)
        for entry in people:
            self._by_full[normalize(entry.person.name).lower()].append(entry)
            surname, initials = initials_of(entry.person.name)
            self._by_short[(surname.lower(), initials.lower())].append(entry)

    def resolve(self, ref: str) -> list[PersonEntry]:
        """Everyone a whole-string reference can mean (exactly one when it is right). Each
        distinct reference is worked out once: a mentor's is looked up by every check of every
        pair and meeting."""
        known = self._resolved.get(ref)
        if known is None:
            known = self._resolved[ref] = tuple(self._resolve(ref))
        return list(known)

    def _resolve(self, ref: str) -> list[PersonEntry]:
        text = normalize(ref)
        if text in self._by_id:
            return [self._by_id[text]]
        full = self._by_full.get(text.lower())
        if full:
            return list(full)
        match = _SURNAME_INITIALS.fullmatch(text.rstrip(".") + ".")
        if match:
            return self._short(match.group(1), match.group(2) + (match.group(3) or ""))
        match = _INITIALS_SURNAME.fullmatch(text)
        if match:
            return self._short(match.group(3), match.group(1) + (match.group(2) or ""))
        return []

    def _short(self, surname: str, initials: str) -> list[PersonEntry]:
        key = (surname.lower(), initials.lower())
        if len(initials) == 2:
            return list(self._by_short.get(key, []))
        return [
            entry
            for (name, init), entries in self._by_short.items()
            if name == key[0] and init.startswith(key[1])
            for entry in entries
        ]

    def mentions(self, text: str) -> list[Mention]:
        """The people named inside free text such as «Куратор … Ставницкая Е.Е., Наставники»,
        in any case and any order (the matcher's rules); a full name or «Фамилия И.О.» of
        somebody people.yaml does not hold is a mention of nobody. A surname alone is left out
        where it fits several people."""
        return [
            Mention(" ".join(found.text.split()), found.start, _nominative(found))
            for found in self.find(text)
            if not (found.bare and len(found.matches) > 1)
        ]

    @cached_property
    def minor_words(self) -> frozenset[str]:
        """Every word of every minor's name in any form (`could_name` looks for them)."""
        minors = frozenset(e.index for e in self.people if e.person.is_minor)
        return matcher_for(self.people).words_of(minors) if minors else frozenset()

    def find_known(self, text: str) -> list[Found]:
        """What `find` finds in `text`, or nothing where it could find nobody of people.yaml
        (`Matcher.names_anyone`): for a caller that wants only the people, not the names of
        nobody."""
        found = self._found.get(text)
        if found is not None:
            return found
        if text in self._nobody:
            return []
        if not matcher_for(self.people).names_anyone(text):
            self._nobody.add(text)
            return []
        return self.find(text)

    def names_each_once(self, text: str) -> bool:
        """Whether each reading of `text` names one person plainly (`Matcher.names_each_once`):
        then every mention in it is of one person of people.yaml."""
        found = self._found.get(text)
        if found is None:
            return matcher_for(self.people).names_each_once(text)
        return all(len(f.matches) == 1 and not f.clash and not f.weak for f in found)

    def find(self, text: str) -> list[Found]:
        """Everything the matcher finds in `text`, with the case and how it was written (each
        distinct text is read once: a roadmap that several orders approve is not read again)."""
        found = self._found.get(text)
        if found is None:
            found = matcher_for(self.people).find(text)
            self._found[text] = found
        return found


def _nominative(found: Found) -> tuple[PersonEntry, ...]:
    """The people a find names when it is read in the nominative, as a reference is."""
    if found.clash:
        return ()
    return tuple(entry for entry in found.matches if entry.index not in found.weak)
