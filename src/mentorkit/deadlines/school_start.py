"""«к началу 2022-2023 учебного года», «до начала нового учебного года»: by the day the school
year begins, 1 September, as every school prepares for it. The year is the one written; without
one («к началу учебного года», «нового»), the school year that begins in a plan of one calendar
year; in any other plan which school year is meant is not said, and the reader says so.
«до начала 2023 года» is by 1 January 2023. «до начала октября» is left to the grammar, which
does not guess it (30 September, 1 October, or its first decade?)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from mentorkit.deadlines.lexemes import Kind, Token, day_token
from mentorkit.deadlines.vocabulary import Cat

_NEW = frozenset({"нового", "предстоящего"})

_WHICH = (
    "«{}» в плане не одного календарного года: начало какого учебного года — не сказано; "
    "напишите год («к началу 2024-2025 учебного года») или дату («до 01.09.2024»)"
)


def place_school_start(tokens: tuple[Token, ...], first: int, last: int) -> tuple[Token, ...]:
    """`tokens` with «к/до началу/начала» and the school year or year after it made the first
    day of it (a DATE token over the words), when the period (years `first`..`last`) says
    which; a part not understood when it does not."""
    placed: list[Token] = []
    index = 0
    started = False
    while index < len(tokens):
        token = tokens[index]
        if token.cat == Cat.START and placed and placed[-1].cat == Cat.BY:
            found = _school_year(tokens, index + 1, first, last) or _year(tokens, index + 1)
            if found is not None:
                day, end = found
                span = tokens[index].start, tokens[end - 1].end
                placed.append(_at(day, token, span, tokens[index - 1 : end]))
                started = True
                index = end
                continue
        placed.append(token)
        index += 1
    return _with_a_yearless_day(placed, started)


_YEARLESS = (
    "рядом с началом учебного года — день без года: в каком году он (до начала года или в "
    "нём)? Напишите год при дне («до 25.08.2022»)"
)


def _with_a_yearless_day(placed: list[Token], started: bool) -> tuple[Token, ...]:
    """«к 2022-2023 учебному году, до 25 августа»: the start of a school year and a day without
    a year beside it — the day is before the start, in the year the heading says, but read alone
    it falls in the period's; the day is a part not understood. `placed` as is otherwise."""
    if not started:
        return tuple(placed)
    for index, token in enumerate(placed):
        following = placed[index + 1 : index + 3]
        yearless = token.kind == Kind.DAYMONTH or (
            token.kind == Kind.NUM
            and following
            and following[0].cat == Cat.MONTH
            and not (len(following) > 1 and following[1].kind == Kind.NUM)
        )
        if yearless:
            end = following[0].end if token.kind == Kind.NUM else token.end
            unclear = Token(Kind.UNCLEAR, token.text, token.start, end, why=_YEARLESS)
            size = 2 if token.kind == Kind.NUM else 1
            return (*placed[:index], unclear, *placed[index + size :])
    return tuple(placed)


def _at(day: date | None, token: Token, span: tuple[int, int], words: tuple[Token, ...]) -> Token:
    if day is None:  # the period does not say which school year
        said = " ".join(t.text for t in words if t.kind != Kind.PUNCT)
        return Token(Kind.UNCLEAR, token.text, *span, why=_WHICH.format(said))
    return day_token(day, *span)


def _school_year(
    tokens: tuple[Token, ...], at: int, first: int, last: int
) -> tuple[date | None, int] | None:
    """The first day of the school year named from `at` («2022-2023 учебного года», «2022/23
    уч. года», «нового учебного года», «учебного года») and where its words end; None for the
    day where the period does not say which school year."""
    index = at
    year = school_year_at(tokens, index)
    if year is not None:
        index += 3
    elif _num(tokens, index) and _punct(tokens, index + 1, "-", "/"):
        return None  # «2022-2024 учебного года»: no school year
    elif index < len(tokens) and tokens[index].text in _NEW:
        index += 1
    if index >= len(tokens) or tokens[index].cat != Cat.SCHOOL:
        return None
    index += 1
    if _punct(tokens, index, "."):
        index += 1
    if index >= len(tokens) or tokens[index].cat != Cat.YEAR_WORD:
        return None
    index += 1
    if year is None:
        if first != last:
            return None, index
        year = first
    return date(year, 9, 1), index


def school_year_at(tokens: Sequence[Token], at: int) -> int | None:
    """The first year of «2022-2023», «2022/23» at `at` (three tokens), or None."""
    if not (_num(tokens, at) and _num(tokens, at + 2) and _punct(tokens, at + 1, "-", "/")):
        return None
    year, second = tokens[at].value, tokens[at + 2].value
    if second not in (year + 1, (year + 1) % 100) or not 1000 <= year <= 9998:
        return None
    return year


def _year(tokens: tuple[Token, ...], at: int) -> tuple[date, int] | None:
    """«до начала 2023 года»: 1 January of the year written, and where its words end."""
    if not (_num(tokens, at) and 1000 <= tokens[at].value <= 9999):
        return None
    if at + 1 >= len(tokens) or tokens[at + 1].cat != Cat.YEAR_WORD:
        return None
    return date(tokens[at].value, 1, 1), at + 2


def _num(tokens: Sequence[Token], index: int) -> bool:
    return index < len(tokens) and tokens[index].kind == Kind.NUM


def _punct(tokens: Sequence[Token], index: int, *marks: str) -> bool:
    return index < len(tokens) and tokens[index].kind == Kind.PUNCT and tokens[index].text in marks
