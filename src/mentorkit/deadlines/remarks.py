"""Remarks a person reads past beside a deadline: words in brackets, or after a comma or a dash
at the end of the text, that name no day and no condition — «(дополнительные сроки)», «(по
штемпелю отправки)», «(время местное)», «– проведение на базе образовательных организаций»,
«Февраль, пгт. Верх-Чебула».

They are tried only where the grammar does not understand the text, so no text read before is
read otherwise. A remark is read past only when it cannot change the dates: it holds no number,
no month, weekday, season, holidays, part of the year or recurrence, and no word of an
exception or a condition (`CONDITION_STEMS`: «кроме», «только», «далее», «с переносом», «по
будням»…); and at least one of its words is unknown to the vocabulary (it says something of its
own, not of the date). «до» in a remark is read past only in capitals, as part of a name («ГБОУ
ДО»): «– до особого распоряжения» changes the deadline.
"""

from __future__ import annotations

import re
from datetime import date

from mentorkit.deadlines.lazy import LazyOccurrences
from mentorkit.deadlines.lexemes import Kind, Token
from mentorkit.deadlines.schedule import Schedule
from mentorkit.deadlines.tokens import normalize_deadline, tokenize
from mentorkit.deadlines.vocabulary import (
    CONDITION_STEMS,
    CONDITION_WORDS,
    INCLUSIVE,
    NAMED_DAYS,
    Cat,
)
from mentorkit.records import dataclass

_SAFE = (
    None,
    Cat.IN,
    Cat.TO,
    Cat.JOIN,
    Cat.TRAIL,
    Cat.REMARK_FREE,
    Cat.TIME,
    Cat.PERIOD,
    Cat.SCHOOL,
    Cat.MODE,
    Cat.DAY,
)
"""The kinds of words a remark may hold («в», «на», «по», «и», «время», «день»…)."""
_EXTRA = "дополнит"
"""The one season word that is not a time of year («(дополнительные сроки)»): safe unless
holidays follow («дополнительные каникулы»)."""
_WITH_WHOM = ("поддержк", "участи", "содействи")
"""«при поддержке …», «при участии …»: who helps, not a condition."""
_HOLIDAY_WORDS = frozenset(words[0] for words in NAMED_DAYS)
"""The first word of each holiday's name after «День»."""
_INSIDE = ",.-/:"
"""Punctuation a remark may hold between its words («пгт. Верх-Чебула», «…, приём тезисов»)."""
_STARTS = ",;-"
"""What a remark at the end of the text follows the deadline with."""


@dataclass(frozen=True)
class Stripped:
    """A text with its remarks blanked (each part keeps its place)."""

    text: str
    remarks: tuple[str, ...]
    """The remarks as written."""
    resumes: tuple[tuple[int, int, int | None], ...] = ()
    """(day, month, year or None) of «(начало занятий 14.10.2013)» after a window of holidays:
    the day lessons start again, which must follow the window's end."""


def without_remarks(text: str) -> Stripped | None:
    """`text` with its remarks blanked; None if it has none."""
    tokens = tokenize(text).tokens
    grades = _grades(tokens)
    spans: list[tuple[int, int]] = []
    resumes: list[tuple[int, int, int | None]] = []
    opened: int | None = None
    for index, token in enumerate(tokens):
        if token.text == "(":
            opened = index
        elif token.text == ")" and opened is not None:
            inside = tokens[opened + 1 : index]
            resume = _resume(inside)
            if resume is not None:
                resumes.append(resume)
            if inside and (resume is not None or _says_nothing(inside, text, grades)):
                spans.append((tokens[opened].start, token.end))
            opened = None
    tail = _tail(tokens, text, grades)
    if tail is not None and not any(start <= tail < end for start, end in spans):
        spans = [span for span in spans if span[0] < tail]
        spans.append((tail, len(text)))
    if not spans:
        return None
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    said = tuple(" ".join(text[s:e].split()) for s, e in spans)
    return Stripped("".join(chars), said, tuple(resumes))


def _resume(inside: tuple[Token, ...]) -> tuple[int, int, int | None] | None:
    """(day, month) of «начало занятий 14.10.2013», «начало уроков с 09.01»; None otherwise."""
    words = [t.text for t in inside if t.kind == Kind.WORD]
    dates = [t for t in inside if t.kind in (Kind.DATE, Kind.DAYMONTH)]
    if (
        len(dates) == 1
        and inside[-1] is dates[0]
        and dates[0].day_month is not None
        and words[:2] in (["начало", "занятий"], ["начало", "уроков"])
        and words[2:] in ([], ["с"])
    ):
        full = dates[0].day
        return (*dates[0].day_month, full.year if full is not None else None)
    return None


def _tail(tokens: tuple[Token, ...], text: str, grades: frozenset[int]) -> int | None:
    """Where a remark at the end of the text begins (at its comma or dash), if there is one."""
    first = len(tokens)
    while first > 0 and (
        tokens[first - 1].start in grades
        or _harmless(tokens[first - 1], text, tokens[first : first + 1])
    ):
        first -= 1
    for index in range(first, len(tokens)):
        token = tokens[index]
        if index > 0 and token.kind == Kind.PUNCT and token.text in _STARTS:
            rest = [t for t in tokens[index + 1 :] if t.kind != Kind.PUNCT]
            if rest and _says_nothing(tokens[index + 1 :], text, grades):
                return token.start
            return None
    return None


def _grades(tokens: tuple[Token, ...]) -> frozenset[int]:
    """Where the numbers of school grades begin («(1 классы)», «2 -4 классы», «для 5, 9
    классов»): who, not when."""
    found: set[int] = set()
    for index, token in enumerate(tokens):
        if token.kind != Kind.NUM or not 1 <= token.value <= 11 or token.start in found:
            continue
        end = index
        while end < len(tokens) and (
            (tokens[end].kind == Kind.NUM and 1 <= tokens[end].value <= 11)
            or tokens[end].text in ("-", ",", "и")
        ):
            end += 1
        if end < len(tokens) and tokens[end].text.startswith(("класс", "кл")):
            found.update(t.start for t in tokens[index:end] if t.kind == Kind.NUM)
    return frozenset(found)


def _harmless(token: Token, text: str, following: tuple[Token, ...]) -> bool:
    return (token.kind == Kind.PUNCT and token.text in _INSIDE + ";") or _safe_word(
        token, text, following[0] if following else None
    )


def _says_nothing(tokens: tuple[Token, ...], text: str, grades: frozenset[int]) -> bool:
    """Whether the tokens of a remark say nothing of the days, and something of their own."""
    own = False
    for index, token in enumerate(tokens):
        if (token.kind == Kind.PUNCT and token.text in _INSIDE) or token.start in grades:
            continue
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if not _safe_word(token, text, following):
            return False
        if token.cat == Cat.DAY and following is not None and following.text in _HOLIDAY_WORDS:
            return False  # «в День знаний»: a day of its own
        own = own or token.entry is None or token.entry.value in (INCLUSIVE, _EXTRA)
    return own


def _safe_word(token: Token, text: str, following: Token | None) -> bool:
    if token.kind != Kind.WORD or conditional(token, following):
        return False
    if token.cat == Cat.BY:
        return text[token.start : token.end].isupper()  # «ГБОУ ДО»: a name
    if token.cat == Cat.SEASON:
        return (
            token.entry is not None
            and token.entry.value == _EXTRA
            and not (following is not None and following.is_cat(Cat.HOLIDAYS))
        )
    return token.cat in _SAFE


def conditional(token: Token, following: Token | None = None, short: bool = True) -> bool:
    """Whether a word would change the days of the deadline it stands beside («кроме», «только»,
    «по будням»; with `short`, «при», «без», «не» too, but not «при поддержке», «при участии»
    — who helps): a remark holding it is not read past."""
    if token.text.startswith(CONDITION_STEMS):
        return True
    if not short or token.text not in CONDITION_WORDS:
        return False
    return not (
        token.text == "при" and following is not None and following.text.startswith(_WITH_WHOM)
    )


_LENGTH_FIRST = re.compile(
    r"^(?P<length>\s*\d{1,3}\s+(?:учебн\w*\s+)?(?:недел[ьяи]\w*|нед\.?|дн(?:я|ей)|день))"
    r"\s*[,:–-]\s*(?=\S)"
)


def length_first(text: str) -> str | None:
    """«37 недель, с 01.09.2023 - 31.05.2024»: the text with the length written first moved after
    the window, in brackets, where the window's length is read and checked; None without one."""
    found = _LENGTH_FIRST.match(normalize_deadline(text))  # «37 нeдель»: a Latin «e», capitals
    if found is None:
        return None
    rest = text[found.end() :].rstrip()
    mark = rest[-1] if rest[-1:] in (".", ";") else ""  # «… - 31.05.2025.»: the sentence's end
    length = text[found.start("length") : found.end("length")].strip()
    return f"{rest[: len(rest) - len(mark)]} ({length}){mark}"


RESUME_WITHIN = 7
"""How many days after holidays lessons may start again («по 13.10.2013 (начало занятий
14.10.2013)»; a window ending on a Friday, lessons on the Monday)."""


def resumed(found: Schedule, resumes: tuple[tuple[int, int, int | None], ...]) -> bool:
    """Whether each day lessons start again falls just after the end of the last window read."""
    if isinstance(found.occurrences, LazyOccurrences) or not found.occurrences:
        return False
    end = max(occurrence.due for occurrence in found.occurrences)
    for day, month, year in resumes:
        try:
            start = date(year or end.year + (1 if month < end.month else 0), month, day)
        except ValueError:
            return False
        if not 0 < (start - end).days <= RESUME_WITHIN:
            return False
    return True


def condition_after(text: str, start: int) -> str | None:
    """«октябрь 2024 (по согласованию) или позже»: a choice or a condition after the remark's
    own words would be dropped with the remark; the part from it, or None."""
    words = [t for t in tokenize(text[start:]).tokens if t.kind == Kind.WORD]
    if words and not any(mark in text[start : start + words[0].start] for mark in ",;()"):
        words = words[1:]  # «согласно графику», «в соответствии с планом»: the remark's own
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else None
        if word.cat == Cat.OR or conditional(word, following):
            return text[start + word.start :].strip(" .,;()")
    return None


def skipped_remark(text: str, start: int) -> str:
    """The remark set elsewhere and what follows it, from `start`, as said to the curator: one
    space between words, the marks around it that belong to no word dropped («, по графику
    управления, в школах» → «по графику управления, в школах»), its own brackets kept."""
    said = " ".join(text[start:].split()).strip(" ,;:–—-.")
    return said if said.count("(") == said.count(")") else said.strip("()")
