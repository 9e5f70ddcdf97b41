"""Declension of the phrases an order puts into its sentences: organisations' names («приказом
Управления образованием Ивантеевского МР»), positions («на заместителя директора по
учебно-воспитательной работе») and documents' titles («Утвердить план мероприятий (дорожную
карту) …»).

A phrase is declined the way Russian declines such names: the leading adjectives and the noun
they belong to change; a noun phrase standing right after it as its apposition changes with it
(«учреждения средней общеобразовательной школы № 12», «плана мероприятий (дорожной карты)»);
everything after that — the genitive and prepositional complements, quoted names, numbers and
abbreviations («МАОУ СОШ № 12») — stays as written. Where the words cannot be read as such a
phrase, it stays as written too: never a guessed form.

The words are analysed by pymorphy3 (OpenCorpora's dictionary). Its dictionary is loaded once,
on the first phrase declined, so that commands that render nothing never pay for it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from typing import Any, Protocol

from mentorkit.model.people import Case
from mentorkit.records import dataclass

TAGS: dict[Case, str] = {
    "nominative": "nomn",
    "genitive": "gent",
    "dative": "datv",
    "accusative": "accs",
    "instrumental": "ablt",
    "prepositional": "loct",
}
"""Our cases as OpenCorpora's grammemes."""


@dataclass(frozen=True)
class Reading:
    """One reading of a word in the nominative: what the phrase rules need to know of it."""

    adjective: bool
    """An adjective or a participle («средняя», «заведующий»); else a noun."""
    gender: str
    """masc, femn, neut; «plur» for the plural."""
    animate: bool
    inflect: Callable[[Case, bool], str | None]
    """The word in a case, as an animate or inanimate thing (the accusative differs)."""


class Analyzer(Protocol):
    """A morphological dictionary as the phrase rules use it (pymorphy3 in mentorkit; the
    comparison in the commit history ran the same rules over another one)."""

    def readings(self, word: str) -> Sequence[Reading]:
        """The word's nominative readings, the likeliest first."""

    def nominative_only(self, word: str) -> bool:
        """True when every reading of the word is a nominative (or the accusative that looks
        the same): «средняя», «школа», «детский», but not «образования»."""


class Pymorphy:
    """pymorphy3 behind the Analyzer protocol."""

    def __init__(self) -> None:
        import pymorphy3  # the dictionary takes a moment to load: only when a phrase is declined

        self._morph = pymorphy3.MorphAnalyzer(path=dictionary_path())

    def _parses(self, word: str) -> list[Any]:
        return list(self._morph.parse(word))

    def readings(self, word: str) -> Sequence[Reading]:
        result = []
        for parse in self._parses(word):
            tag = parse.tag
            if "nomn" not in tag or tag.POS not in ("NOUN", "ADJF", "PRTF"):
                continue
            if "Fixd" in tag or "Abbr" in tag or "Name" in tag or "Surn" in tag:
                continue
            number = "plur" if "plur" in tag else "sing"
            gender = "plur" if number == "plur" else str(tag.gender)
            result.append(
                Reading(
                    adjective=tag.POS != "NOUN",
                    gender=gender,
                    animate="anim" in tag,
                    inflect=self._inflector(parse, number, gender),
                )
            )
        return result

    @staticmethod
    def _inflector(parse: Any, number: str, gender: str) -> Callable[[Case, bool], str | None]:
        def inflect(case: Case, animate: bool) -> str | None:
            wanted = {TAGS[case], number}
            if parse.tag.POS != "NOUN":
                if gender != "plur":
                    wanted.add(gender)
                if case == "accusative" and gender in ("masc", "plur"):
                    wanted.add("anim" if animate else "inan")
            form = parse.inflect(wanted)
            return str(form.word) if form is not None else None

        return inflect

    def nominative_only(self, word: str) -> bool:
        parses = self._parses(word)
        return bool(parses) and all(
            "nomn" in p.tag or ("accs" in p.tag and "inan" in p.tag) for p in parses
        )


DICTIONARY_VARIABLE = "PYMORPHY2_DICT_PATH"
"""Where pymorphy3 takes another dictionary from, in place of pymorphy3-dicts-ru."""


def dictionary_path() -> str | None:
    """The folder of pymorphy3-dicts-ru, or None where pymorphy3 is to find its dictionary
    itself (DICTIONARY_VARIABLE set, the package missing). pymorphy3 finds the same folder
    through the entry points of every installed package, importing importlib.metadata for
    them: a third of the dictionary's load."""
    if DICTIONARY_VARIABLE in os.environ:
        return None
    try:
        import pymorphy3_dicts_ru
    except ImportError:
        return None
    path = pymorphy3_dicts_ru.get_path()
    return path if isinstance(path, str) else None


@cache
def analyzer() -> Analyzer:
    """The one analyzer of the process, made on first use."""
    return Pymorphy()


class _OnFirstWord:
    """The process's analyzer, made when the first word the ready table (lexicon.py) does not
    hold is looked up: a phrase that starts with an abbreviation («МАОУ СОШ № 12») stays as
    written without the dictionary, and the usual positions and names are in the table; the
    dictionary's load costs more than the rest of a small document."""

    def readings(self, word: str) -> Sequence[Reading]:
        from mentorkit.render.lexicon import entry

        known = entry(word)
        return known[1] if known is not None else analyzer().readings(word)

    def nominative_only(self, word: str) -> bool:
        from mentorkit.render.lexicon import entry

        known = entry(word)
        return known[0] if known is not None else analyzer().nominative_only(word)


_TOKEN = re.compile(r"^([«\"„(]?)([А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*)([»\",.:;)]*)$")


@dataclass
class _Token:
    opening: str
    word: str
    closing: str

    @property
    def plain(self) -> bool:
        return not self.opening and not self.closing


def _tokens(words: list[str]) -> list[_Token | None]:
    result: list[_Token | None] = []
    for raw in words:
        match = _TOKEN.match(raw)
        result.append(_Token(*match.groups()) if match else None)
    return result


def _abbreviation(word: str) -> bool:
    """«МАОУ», «СОШ», «УО», «МР»: written in capitals (a word set in capitals for emphasis, such
    as «УПРАВЛЕНИЕ», is longer than any of them)."""
    letters = word.replace("-", "")
    return len(letters) > 1 and sum(c.isupper() for c in letters) >= 2 and len(letters) <= 6


def _agree(adjective: Reading, noun: Reading) -> bool:
    return adjective.gender == noun.gender


def _cased(original: str, form: str) -> str:
    """The declined form written as the original word is: in its letter case, and with «е»
    where the dictionary has «ё» but the original does not («казенного», not «казённого»)."""
    if "ё" not in original.lower():
        form = form.replace("ё", "е").replace("Ё", "Е")
    if original.isupper():
        return form.upper()
    parts = []
    for before, after in zip(original.split("-"), form.split("-"), strict=False):
        parts.append(after[:1].upper() + after[1:] if before[:1].isupper() else after)
    if len(parts) < len(form.split("-")):
        parts += form.split("-")[len(parts) :]
    return "-".join(parts)


def _phrase(
    morph: Analyzer, tokens: list[_Token | None], start: int, case: Case, animate: bool
) -> tuple[dict[int, str], int] | None:
    """The noun phrase from `start`: its declined words by position, and the position after it;
    None when the words there are not a nominative noun phrase."""
    chosen: list[tuple[int, Reading]] = []
    position = start
    while position < len(tokens):
        token = tokens[position]
        if token is None or _abbreviation(token.word) or "." in token.closing:
            return None  # «МАОУ», «зам.»: abbreviations stay as written
        if token.opening and position != start:
            return None
        readings = morph.readings(token.word)
        if animate:  # «тьютор» is also a thing (a tutor of a tree) in the dictionary
            readings = sorted(readings, key=lambda r: not r.animate)
        nouns = [r for r in readings if not r.adjective]
        adjectives = [r for r in readings if r.adjective]
        following = tokens[position + 1] if position + 1 < len(tokens) else None
        closes = bool(token.closing)
        if adjectives and not closes and following is not None and not following.opening:
            after = morph.readings(following.word)
            agreeing = [a for a in adjectives if any(_agree(a, r) for r in after)]
            if agreeing:
                chosen.append((position, agreeing[0]))
                position += 1
                continue
        head = nouns[0] if nouns else (adjectives[0] if adjectives else None)
        if head is None:
            return None
        if chosen and not all(_agree(reading, head) for _, reading in chosen):
            return None
        chosen.append((position, head))
        break
    else:
        return None
    head = chosen[-1][1]
    alive = animate or head.animate
    forms: dict[int, str] = {}
    for index, reading in chosen:
        form = reading.inflect(case, alive)
        token = tokens[index]
        if form is None or token is None:
            return None
        forms[index] = _cased(token.word, form)
    return forms, position + 1


def _apposition(
    morph: Analyzer,
    tokens: list[_Token | None],
    after: int,
    case: Case,
    animate: bool,
    capitals: bool,
) -> dict[int, str]:
    """The declined words of an apposition to the phrase that ends before `after`: a common
    noun phrase right after it («учреждение средняя общеобразовательная школа № 12»; a proper
    name such as «образование Тимашевский район» stays), or the whole content of parentheses
    within the next words («план мероприятий (дорожная карта)»; not «(приложение 1)»)."""
    last = tokens[after - 1]
    if last is None or last.closing or after >= len(tokens):
        return {}
    following = tokens[after]
    if following is not None and following.plain and morph.nominative_only(following.word):
        if following.word[:1].islower() or capitals:
            found = _phrase(morph, tokens, after, case, animate)
            return found[0] if found else {}
        return {}
    for position in range(after, min(after + 3, len(tokens))):
        token = tokens[position]
        if token is None:
            return {}
        if token.opening == "(":
            found = _phrase(morph, tokens, position, case, animate)
            if found is None:
                return {}
            end = tokens[found[1] - 1]
            return found[0] if end is not None and end.closing.startswith(")") else {}
        if not token.plain:
            return {}
    return {}


def decline(phrase: str, case: Case, *, animate: bool, morph: Analyzer | None = None) -> str:
    """`phrase` (in the nominative) in `case`; as written when it cannot be declined surely.

    `animate`: the phrase names a person (a position: «назначить учителя»), not a thing
    («утвердить план»); it decides the accusative.
    """
    if case == "nominative" or not phrase.strip():
        return phrase
    if morph is None:
        return _declined(phrase, case, animate)
    return _decline(phrase, case, animate, morph)


@lru_cache(maxsize=4096)  # an order names the same few positions for a hundred people
def _declined(phrase: str, case: Case, animate: bool) -> str:
    return _decline(phrase, case, animate, _OnFirstWord())


def _decline(phrase: str, case: Case, animate: bool, morph: Analyzer) -> str:
    words = phrase.split(" ")
    tokens = _tokens(words)
    found = _phrase(morph, tokens, 0, case, animate)
    if found is None:
        return phrase
    forms, after = found
    first, last = tokens[0], tokens[after - 1]
    quoted = first is not None and first.opening in ("«", '"', "„")
    if quoted and (last is None or last.closing[:1] not in ("»", '"', "“")):
        # A quoted name is declined only as a whole («Дорожную карту»), never in part
        # («Учитель – учитель» stays).
        return phrase
    apposition = _apposition(morph, tokens, after, case, animate, phrase.isupper())
    forms.update(apposition)
    result = list(words)
    for index, form in forms.items():
        token = tokens[index]
        assert token is not None
        result[index] = token.opening + form + token.closing
    return " ".join(result)
