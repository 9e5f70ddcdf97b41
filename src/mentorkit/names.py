"""People's names in the case a sentence needs, and the short forms documents write.

Declension is pytrovich's; a person's `forms:` in people.yaml wins over it. Gender comes from
`gender:` when it is given, else from the patronymic, else from the first name and surname; a name
whose gender cannot be told is not declined (UnknownGender), never guessed.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any, Literal

from pytrovich import meta as pytrovich_meta
from pytrovich.detector import PetrovichGenderDetector
from pytrovich.enums import Case as PCase
from pytrovich.enums import Gender as PGender
from pytrovich.enums import NamePart
from pytrovich.maker import PetrovichDeclinationMaker

from mentorkit.lazyre import lazy
from mentorkit.model.people import Case, Person
from mentorkit.records import dataclass

Gender = Literal["f", "m"]

NBSP = "\u00a0"

_CASES: dict[Case, PCase] = {
    "nominative": PCase.NOMINATIVE,
    "genitive": PCase.GENITIVE,
    "dative": PCase.DATIVE,
    "accusative": PCase.ACCUSATIVE,
    "instrumental": PCase.INSTRUMENTAL,
    "prepositional": PCase.PREPOSITIONAL,
}
CASES: tuple[Case, ...] = tuple(_CASES)

# Azerbaijani and Turkic patronymics are written with a separate word and never decline.
_TURKIC_MALE = ("оглы", "улы", "уулу")
_TURKIC_FEMALE = ("кызы", "гызы")


_JOINED_INITIALS = re.compile(r"(?<=\b[А-ЯЁA-Z]\.)(?=[А-ЯЁA-Z]\.?(?:\s|$))")


_INITIALS_APART = lazy(r"(?<=\b[А-ЯЁA-Z]\.) (?=[А-ЯЁA-Z]\.(?:\s|$))")
"""«В. А.» of a name written with initials, as «В.А.»."""


class UnknownGender(Exception):
    """The name cannot be declined: neither `gender:` nor the name itself tells the gender."""


@dataclass(frozen=True)
class NameParts:
    surname: str
    first: str
    patronymic: str

    @property
    def initials(self) -> str:
        """«А.А.» (or «А.» for a name without patronymic)."""
        letters = [part[0] for part in (self.first, self.patronymic) if part]
        return "".join(f"{letter}." for letter in letters)


def split_name(name: str) -> NameParts:
    """«Фамилия Имя Отчество» into its parts; a Turkic patronymic keeps its «оглы»/«кызы».
    Initials written together («Козлова В.А.», as an import leaves a name until it is written
    in full) are the first name and the patronymic: «Козлова В.А.», not «Козлова В.»."""
    words = _JOINED_INITIALS.sub(" ", name).split()
    surname = words[0] if words else ""
    first = words[1] if len(words) > 1 else ""
    return NameParts(surname, first, " ".join(words[2:]))


@cache
def _maker() -> PetrovichDeclinationMaker:
    return PetrovichDeclinationMaker()


@cache
def _detector() -> PetrovichGenderDetector:
    return PetrovichGenderDetector()


def _patronymic_gender(patronymic: str) -> Gender | None:
    last = patronymic.lower().split()[-1] if patronymic else ""
    if last in _TURKIC_MALE:
        return "m"
    if last in _TURKIC_FEMALE:
        return "f"
    if last.endswith("ич"):
        return "m"
    if last.endswith(("вна", "чна", "шна")):
        return "f"
    return None


def gender_of(person: Person) -> Gender | None:
    """`gender:` when given, else what the patronymic, then the first name and surname, say."""
    return gender_from(person.name, person.gender)


@lru_cache(maxsize=4096)  # every check and message asks it of the same people again
def gender_from(name: str, given: Gender | None) -> Gender | None:
    """`gender_of` a name and the `gender:` written beside it (None where none is)."""
    if given:
        return given
    if not name.strip():
        return None
    parts = split_name(name)
    by_patronymic = _patronymic_gender(parts.patronymic)
    if by_patronymic:
        return by_patronymic
    detected = _detector().detect(  # type: ignore[no-untyped-call]
        firstname=parts.first or None, lastname=parts.surname or None, middlename=None
    )
    if detected == PGender.MALE:
        return "m"
    if detected == PGender.FEMALE:
        return "f"
    return None


@cache  # a check declines the same few thousand names for every pair and message
def _decline(part: NamePart, word: str, gender: Gender, case: Case) -> str:
    if not word or case == "nominative":
        return word
    pgender = PGender.FEMALE if gender == "f" else PGender.MALE
    return str(_maker().make(part, pgender, _CASES[case], word))


_NAME_PARTS = {
    "surname": NamePart.LASTNAME,
    "first": NamePart.FIRSTNAME,
    "patronymic": NamePart.MIDDLENAME,
}


@cache
def decline_part(part: str, word: str, gender: Gender, case: Case) -> str:
    """One word of a name («surname», «first», «patronymic») in `case`; the word itself where
    pytrovich cannot decline it."""
    try:
        return _decline(_NAME_PARTS[part], word, gender, case)
    except Exception:  # pytrovich's rules on an odd word: a search keeps the word as it is
        return word


_SHARED_RULES = "0.2.0"
"""The pytrovich whose rule lookup `decline_cases` shares between the cases (it reads its
rule indices, which are its own); with any other version each case is declined apart."""


@cache
def decline_cases(part: str, word: str, gender: Gender) -> tuple[str, ...]:
    """`decline_part` of the word in every case after the nominative (`CASES[1:]`), pytrovich's
    rule for each hyphenated piece of it found once rather than once a case (a rule depends on
    the piece and the gender, not on the case): the index of a repository's names declines
    every surname, first name and patronymic in five cases."""
    pieces = _piece_rules(_NAME_PARTS[part], word, gender) if word else None
    if pieces is None:
        return tuple(decline_part(part, word, gender, case) for case in CASES[1:])
    apply = PetrovichDeclinationMaker.apply_mod2name
    forms: list[str] = []
    for case in CASES[1:]:
        target = _CASES[case]
        try:
            forms.append(
                "-".join(
                    piece if rule is None else apply(mod2apply=rule.mods[target], name=piece)
                    for piece, rule in pieces
                )
            )
        except Exception:  # as decline_part: the word as it is
            forms.append(word)
    return tuple(forms)


def _piece_rules(part: NamePart, word: str, gender: Gender) -> list[tuple[str, Any]] | None:
    """Each hyphenated piece of `word` with the rule pytrovich's `make` takes for it (None: no
    rule, the piece stays), found as `make` finds it for any case; None where this pytrovich is
    not the one read here, or the lookup fails (then each case goes through `make`)."""
    maker = _maker()
    try:
        if pytrovich_meta.version != _SHARED_RULES:
            return None
        exceptions = maker._exception_indices[part]
        suffixes = maker._suffix_indices[part]
        label = (PGender.FEMALE if gender == "f" else PGender.MALE).str()  # type: ignore[no-untyped-call]
        androgynous = PGender.ANDROGYNOUS.str()  # type: ignore[no-untyped-call]
        pieces = word.split("-")
        found: list[tuple[str, Any]] = []
        for index, piece in enumerate(pieces):
            known = index == len(pieces) - 1  # make's known_gender, for the last piece only
            name = piece.lower()
            rule = (
                exceptions.find_first_match(name, label, known)
                or suffixes.find_first_match(name, label, known)
                or exceptions.find_first_match(name, androgynous, False)
                or suffixes.find_first_match(name, androgynous, False)
            )
            found.append((piece, rule))
    except Exception:
        return None
    return found


def _declined_parts(person: Person, case: Case) -> NameParts:
    parts = split_name(person.name)
    if case == "nominative":
        return parts
    gender = gender_of(person)
    if gender is None:
        raise UnknownGender(person.name)
    patronymic = parts.patronymic
    if patronymic and _patronymic_gender(patronymic) and " " not in patronymic:
        patronymic = _decline(NamePart.MIDDLENAME, patronymic, gender, case)
    return NameParts(
        _decline(NamePart.LASTNAME, parts.surname, gender, case),
        _decline(NamePart.FIRSTNAME, parts.first, gender, case),
        patronymic,
    )


def full_name(person: Person, case: Case = "nominative") -> str:
    """«Петровой Анне Андреевне»: `forms:` of people.yaml first, then pytrovich."""
    if case in person.forms:
        return " ".join(person.forms[case].split())
    if case == "nominative":
        return " ".join(person.name.split())
    parts = _declined_parts(person, case)
    written = " ".join(part for part in (parts.surname, parts.first, parts.patronymic) if part)
    return _INITIALS_APART.sub("", written)


def surname(person: Person, case: Case = "nominative") -> str:
    """The surname alone in `case` (from `forms:` when given there)."""
    if case in person.forms:
        return person.forms[case].split()[0]
    return _declined_parts(person, case).surname


def initials(person: Person) -> str:
    return split_name(person.name).initials


def declined_short_name(person: Person, case: Case = "nominative") -> str:
    """«Петровой А.А.»: surname in `case`, then initials, as lists and messages write it."""
    return f"{surname(person, case)} {initials(person)}".strip()


def signature_name(person: Person) -> str:
    """«А.А.\u00a0Петрова»: initials first and a non-breaking space, as a signature writes it."""
    marks = initials(person)
    name = surname(person)
    return f"{marks}{NBSP}{name}" if marks else name


def minor_label(name: str, group: str | None) -> str:
    """A minor as a message or a calendar may name them: initials and class, «С.И. (7Б)»."""
    initials = "".join(part[0] + "." for part in name.split()[:2])
    return f"{initials} ({group})" if group else initials


def minor_mark(person: Person) -> str:
    """A minor as a message may name them: initials and class, «С.И. (7Б)»."""
    return minor_label(person.name, person.group)


def message_name(person: Person) -> str:
    """Only as much of a person as a message needs: «Петрова А.А.»; a minor «С.И. (7Б)»."""
    return minor_mark(person) if person.is_minor else declined_short_name(person)
