"""School years as plans and news write them in words:

- «на 2013-2014 у.г.»: «у.г.» is «учебный год» cut short;
- «в новом 2022-2023 учебном году», «в предстоящем 2021-2022 учебном году», «в наступающем
  2024/2025 учебном году»: the word before the year says only which one it is (read past, said);
- «2023-2024(1 полугодие)», «2024-2025 уч. год (сентябрь)»: a part of the year in brackets right
  after the school year is the part of that year, as it is without the brackets («2023-2024, 1
  полугодие»; the school year is the heading of the parts after it). Brackets that hold a year of
  their own are left to the grammar, which checks them as a restatement;
- «в течение учебного 2023-2024 года»: the word before the years, «года» after them.
"""

from __future__ import annotations

from datetime import date

from mentorkit.deadlines.lexemes import Kind, Token, day_token
from mentorkit.deadlines.school_start import school_year_at
from mentorkit.deadlines.vocabulary import Cat, lookup

WHICH = tuple(
    f"{stem}{ending}"
    for stem in ("нов", "предстоящ", "наступающ", "будущ", "прошедш", "минувш", "прошл")
    for ending in ("ый", "ий", "ом", "ем", "ого", "его", "ому", "ему", "ой", "ая", "ую")
)
"""«новом», «предстоящего», «прошлый»: which school year, said before its years."""


def school_years(tokens: list[Token], text: str, ignored: list[str]) -> list[Token]:
    """`tokens` with a school year written in words made the one the grammar reads."""
    tokens = _word_before_years(tokens)  # first: «к учебному 2022-2023 году» is «к 2022-2023 …»
    kept: list[Token] = []
    skip = 0
    for index, token in enumerate(tokens):
        if skip:
            skip -= 1
            continue
        holiday = _new_year(tokens, index, kept)
        if holiday is not None:
            kept.append(holiday)
            skip = 2
            continue
        if _by_a_school_year(tokens, index, kept):
            # «к новому 2022-2023 учебному году», «до нового 2022-2023 учебного года», «к
            # 2022-2023 учебному году»: by its first day, as «к началу …» (not by its end)
            if token.cat == Cat.BY:
                kept.append(token)
            else:
                ignored.append(text[token.start : token.end])
            at = token.end if token.cat == Cat.BY else token.start
            kept.append(Token(Kind.WORD, "началу", at, token.end, entry=lookup("началу")))
            continue
        if token.text in WHICH and _years_at(tokens, index + 1):
            ignored.append(text[token.start : token.end])
            continue
        if (
            token.text == "у"
            and [t.text for t in tokens[index + 1 : index + 3]] == [".", "г"]
            and _years_before(kept)
        ):
            token = Token(Kind.WORD, "учебный", token.start, token.end, entry=lookup("учебный"))
        kept.append(token)
    return _part_in_brackets(kept)


def _new_year(tokens: list[Token], at: int, kept: list[Token]) -> Token | None:
    """«до Нового 2025 года», «к Новому 2025 году»: by the holiday, 1 January of that year (a
    DATE token over the three words) — not «до 2025 года», the year's end; None elsewhere («в
    новом 2025 году» is that year)."""
    words = tokens[at : at + 3]
    if (
        len(words) < 3
        or words[0].text not in ("нового", "новому")
        or not kept
        or kept[-1].cat != Cat.BY
        or words[1].kind != Kind.NUM
        or len(words[1].text) != 4
        or words[2].cat != Cat.YEAR_WORD
        or (at + 3 < len(tokens) and tokens[at + 3].text in ("-", "/"))
    ):
        return None
    return day_token(date(words[1].value, 1, 1), words[0].start, words[2].end)


_COMING = ("нов", "предстоящ", "наступающ", "будущ")
"""The beginnings of the words of `WHICH` that name a school year still to come."""


def _by_a_school_year(tokens: list[Token], at: int, kept: list[Token]) -> bool:
    """Whether `at` is «к» right before a school year («к 2022-2023 учебному году»), or a word
    of a year to come right after «к» or «до» and before one («до нового 2022-2023 учебного
    года»)."""
    token = tokens[at]
    if token.cat == Cat.BY and token.text == "к":
        # «к 2022-2023 учебному году», «к прошлому 2022-2023 …» (the word dropped after)
        years = at + 2 if at + 1 < len(tokens) and tokens[at + 1].text in WHICH else at + 1
    elif token.text.startswith(_COMING) and token.text in WHICH and kept:
        years = at + 1 if kept[-1].cat == Cat.BY else -1
    else:
        return False
    return (
        years > 0
        and school_year_at(tokens, years) is not None
        and years + 3 < len(tokens)
        and tokens[years + 3].cat == Cat.SCHOOL
    )


def _word_before_years(tokens: list[Token]) -> list[Token]:
    """«в течение учебного 2023-2024 года», «к началу учебного 2023/24 года»: «учебного» written
    before the school year, «года» after it, is the school year as «2023-2024 учебного года»
    writes it; the word is moved after the years (its place in the text is kept)."""
    kept = list(tokens)
    for index, token in enumerate(tokens):
        after = index + 4
        if (
            token.cat == Cat.SCHOOL
            and after < len(tokens)
            and school_year_at(tokens, index + 1) is not None
            and tokens[after].cat == Cat.YEAR_WORD
        ):
            kept[index : index + 4] = [*tokens[index + 1 : index + 4], token]
    return kept


def _years_at(tokens: list[Token], at: int) -> bool:
    """Whether a year is written at `at` («2022-2023», «2022/2023», «2022 году»)."""
    return at < len(tokens) and tokens[at].kind == Kind.NUM and len(tokens[at].text) == 4


def _years_before(kept: list[Token]) -> bool:
    """Whether the tokens kept end with two years: «2013-2014»."""
    last = kept[-3:]
    return (
        len(last) == 3
        and last[1].text in ("-", "/")
        and all(t.kind == Kind.NUM and len(t.text) == 4 for t in (last[0], last[2]))
    )


def _part_in_brackets(tokens: list[Token]) -> list[Token]:
    """«2023-2024(1 полугодие)»: the brackets after a school year that end the text, dropped
    when they hold no year of their own."""
    if len(tokens) < 5 or tokens[-1].text != ")":
        return tokens
    opened = next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i].text == "("), -1)
    head = [
        t for t in tokens[:opened] if t.text != "." and t.cat not in (Cat.SCHOOL, Cat.YEAR_WORD)
    ]
    inside = tokens[opened + 1 : -1]
    if (
        opened < 3
        or not _years_before(head)
        or len(head) != 3
        or not inside
        or not all(_a_part(t) for t in inside)
    ):
        return tokens
    return [*tokens[:opened], *inside]


def _a_part(token: Token) -> bool:
    """A token a part of the year may be written with: «1 полугодие», «I четверть», «сентябрь-
    май» (no year, no day)."""
    return (
        token.kind == Kind.WORD
        or (token.kind == Kind.NUM and len(token.text) == 1)
        or token.text in ("-", ",")
    )
