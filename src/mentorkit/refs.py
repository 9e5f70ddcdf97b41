"""Person references as documents write them: «Петрова А.А.», «А.А. Петрова», full name, id."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace

from mentorkit.load.repository import PersonEntry

_WORD = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
_SURNAME_INITIALS = re.compile(
    rf"(?<![А-Яа-яЁё])({_WORD})\s+([А-ЯЁ])\.\s?(?:([А-ЯЁ])\.?)?(?![а-яё])"
)
_FULL_NAME = re.compile(
    rf"(?<![А-Яа-яЁё])({_WORD})\s+({_WORD})\s+([А-ЯЁ][а-яё]*(?:ич|вн|чн)[а-яё]{{0,3}})"
    r"(?![А-Яа-яЁё])"
)
"""Surname, name and patronymic (known by its ending) of someone people.yaml may not hold."""
_INITIALS_SURNAME = re.compile(rf"(?<![А-Яа-яЁё])([А-ЯЁ])\.\s?(?:([А-ЯЁ])\.\s?)?({_WORD})")


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
        self._by_id = {entry.person.id: entry for entry in people if entry.person.id}
        self._by_full: dict[str, list[PersonEntry]] = defaultdict(list)
        self._by_short: dict[tuple[str, str], list[PersonEntry]] = defaultdict(list)
        for entry in people:
            self._by_full[normalize(entry.person.name).lower()].append(entry)
            surname, initials = initials_of(entry.person.name)
            self._by_short[(surname.lower(), initials.lower())].append(entry)

    def resolve(self, ref: str) -> list[PersonEntry]:
        """Everyone a whole-string reference can mean (exactly one when it is right)."""
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
        """The people named inside free text such as «Куратор … Ставницкая Е.Е., Наставники».

        Where two readings overlap («Директор А.В. Кондрахин»), the one that names somebody wins.
        """
        original = " ".join(text.split())
        text = normalize(original)  # of the same length: «ё» is «е», spaces are already one
        candidates: list[Mention] = []
        lowered = text.lower()
        for full_name, entries in self._by_full.items():
            if not full_name:
                continue
            start = lowered.find(full_name)
            if start >= 0:
                candidates.append(
                    Mention(text[start : start + len(full_name)], start, tuple(entries))
                )
        for match in _FULL_NAME.finditer(text):
            # A full name that is nobody in people.yaml: known full names were found above.
            candidates.append(Mention(match.group(0), match.start(), ()))
        for match in _SURNAME_INITIALS.finditer(text):
            found = self._short(match.group(1), match.group(2) + (match.group(3) or ""))
            candidates.append(Mention(match.group(0).strip(), match.start(), tuple(found)))
        for match in _INITIALS_SURNAME.finditer(text):
            found = self._short(match.group(3), match.group(1) + (match.group(2) or ""))
            candidates.append(Mention(match.group(0).strip(), match.start(), tuple(found)))
        candidates.sort(key=lambda m: (not m.matches, -len(m.text), m.start))
        chosen: list[Mention] = []
        taken: list[range] = []
        for mention in candidates:
            span = range(mention.start, mention.start + len(mention.text))
            if any(span.start < other.stop and other.start < span.stop for other in taken):
                continue
            chosen.append(mention)
            taken.append(span)
        # Quoted as written: «Пономарёв», not «Пономарев».
        return [
            replace(m, text=original[m.start : m.start + len(m.text)])
            for m in sorted(chosen, key=lambda m: m.start)
        ]


def minor_label(name: str, group: str | None) -> str:
    """A minor as a message or a calendar may name them: initials and class, «С.И. (7Б)»."""
    initials = "".join(part[0] + "." for part in name.split()[:2])
    return f"{initials} ({group})" if group else initials
