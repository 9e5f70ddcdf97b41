"""A holiday named in brackets beside its own day («09.05.2022 (День Победы)», «с 23.02.2022
(День защитника Отечества) по 09.05.2022»): a person reads past it, as past the day's weekday.
Another holiday's name beside a day is a mistake in the text, kept as a part not understood.

A holiday and one day with no brackets, as a heading and its date («День знаний – 2 сентября»,
«ко Дню учителя, 4 октября», «2 сентября — День знаний»): the day is the one the school set (it
moves «День знаний» off a Sunday), and the holiday is read past."""

from __future__ import annotations

from calendar import monthrange
from dataclasses import replace
from datetime import date, timedelta

from mentorkit.deadlines.lexemes import Kind, Token, month_of, one_day
from mentorkit.deadlines.vocabulary import NAMED_DAYS, WORLD_DAY, Cat

_LONGEST = max(len(words) for words in NAMED_DAYS)


def drop_holidays(tokens: list[Token], text: str, ignored: list[str]) -> list[Token]:
    """The tokens without «(День …)» right after the day it names."""
    kept: list[Token] = []
    i = 0
    while i < len(tokens):
        named = _named(tokens, i) if tokens[i].text == "(" else None
        day = _day_kept_last(kept) if named is not None else None
        if named is not None and day is not None:
            when, close = named
            month, number = _holiday(when, day[2])
            # (0: a holiday counted by weekday, beside a day without its year)
            if number == 0 or (number, month) == day[:2]:
                ignored.append(text[tokens[i].start : tokens[close].end])
            else:
                why = (
                    f"в скобках {text[tokens[i].start : tokens[close].end]} — это "
                    f"{number:02d}.{month:02d}, а дата рядом — {day[0]:02d}.{day[1]:02d}: "
                    "проверьте дату"
                )
                kept.append(Token(Kind.UNCLEAR, "", tokens[i].start, tokens[close].end, why=why))
            i = close + 1
            continue
        kept.append(tokens[i])
        i += 1
    return kept


def world_days(tokens: list[Token]) -> list[Token]:
    """`tokens` with «Международный», «Всемирный» right before the «День» of a holiday the
    vocabulary knows («Международный день борьбы с коррупцией») made part of that «День» (its
    span from the adjective): the holiday's name is read whole, and said whole where it is read
    past."""
    kept: list[Token] = []
    for index, token in enumerate(tokens):
        if kept and kept[-1].text.startswith(WORLD_DAY) and holiday_at(tokens, index):
            adjective = kept.pop()
            token = replace(token, start=adjective.start)
        kept.append(token)
    return kept


_HEADING_MARKS = ("-", ":", ",")
"""The marks between a holiday and its day («День знаний – 2 сентября»: every dash is «-» by
now)."""


def holiday_and_its_day(tokens: list[Token], text: str, ignored: list[str]) -> list[Token]:
    """`tokens` that are only a holiday and one day (in either order, a dash, a colon or a comma
    between, or nothing after the holiday): the day, the holiday said; any others as they are."""
    lead = 1 if tokens and tokens[0].cat in (Cat.BY, Cat.IN) else 0
    size = holiday_at(tokens, lead)
    if size:
        rest = tokens[lead + size :]
        if rest and rest[0].text in _HEADING_MARKS:
            rest = rest[1:]
        if _by_one_day(rest) and _in_its_month(tokens, lead, size, rest):
            ignored.append(text[tokens[0].start : tokens[lead + size - 1].end])
            return rest
    for mark in range(1, min(len(tokens), 6)):
        # «2 сентября — День знаний», «9 декабря 2025 года, в Международный день борьбы с
        # коррупцией»
        lead = mark + 1
        if tokens[mark].text == "," and lead < len(tokens) and tokens[lead].cat == Cat.IN:
            lead += 1
        holiday = holiday_at(tokens, lead)
        if (
            (tokens[mark].text == "-" or lead > mark + 1)
            and holiday
            and lead + holiday == len(tokens)
            and _by_one_day(tokens[:mark])
            and _in_its_month(tokens, lead, holiday, tokens[:mark])
        ):
            ignored.append(text[tokens[mark + 1].start : tokens[-1].end])
            return tokens[:mark]
    return tokens


def holiday_month(tokens: list[Token], at: int, size: int) -> int:
    """The month of the holiday at `at`, `size` tokens long (`holiday_at`)."""
    return NAMED_DAYS[tuple(t.text for t in tokens[at + 1 : at + size])][0]


def _in_its_month(tokens: list[Token], at: int, size: int, day: list[Token]) -> bool:
    """Whether the day is in the month of the holiday at `at` («День знаний – 2 сентября»: the
    school's day for it; «9 декабря, в День Победы» is a slip, not a heading)."""
    return month_of(day) == holiday_month(tokens, at, size)


def holiday_at(tokens: list[Token], at: int) -> int:
    """How many tokens the holiday's name at `at` takes («Дню учителя»: 2), 0 if none."""
    if at >= len(tokens) or not tokens[at].is_cat(Cat.DAY):
        return 0
    for size in range(_LONGEST, 0, -1):
        words = tuple(t.text for t in tokens[at + 1 : at + 1 + size])
        if len(words) == size and words in NAMED_DAYS:
            return size + 1
    return 0


def _holiday(when: tuple[int, int, int | None], year: int | None) -> tuple[int, int]:
    """(month, day) of a holiday in `year`; a day 0 for one counted by weekday without a year."""
    month, number, weekday = when
    if weekday is None:
        return month, number
    if year is None:
        return month, 0
    first = date(year, month, 1)
    day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (number - 1))
    while day.month != month:  # «the fifth»: the last one
        day -= timedelta(days=7)
    return month, min(day.day, monthrange(year, month)[1])


def _named(tokens: list[Token], i: int) -> tuple[tuple[int, int, int | None], int] | None:
    """(the holiday's day as NAMED_DAYS holds it, the index of «)») of «(День <holiday>)» from
    `i`; None otherwise."""
    if i + 2 >= len(tokens) or not tokens[i + 1].is_cat(Cat.DAY):
        return None
    for size in range(_LONGEST, 0, -1):
        close = i + 2 + size
        if close >= len(tokens) or tokens[close].text != ")":
            continue
        when = NAMED_DAYS.get(tuple(t.text for t in tokens[i + 2 : close]))
        if when is not None:
            return when, close
    return None


def _day_kept_last(kept: list[Token]) -> tuple[int, int, int | None] | None:
    """(day, month, year or None) of the day the tokens kept end with («09.05.2022», «9 мая 2022
    г.», «9 мая»)."""
    last = [t for t in kept if t.text != "."]
    year = None
    while last and last[-1].is_cat(Cat.YEAR_WORD):
        last.pop()
    if len(last) >= 3 and last[-1].kind == Kind.NUM and len(last[-1].text) == 4:
        year = last.pop().value
    if year is None and last and last[-1].kind in (Kind.DATE, Kind.DAYMONTH):
        token = last[-1]
        if token.day_month is None:
            return None
        full = token.day if token.kind == Kind.DATE and not token.short_year else None
        return token.day_month[0], token.day_month[1], full.year if full else None
    if len(last) >= 2 and last[-2].kind == Kind.NUM and last[-1].is_cat(Cat.MONTH):
        return last[-2].value, last[-1].value, year
    return None


def _by_one_day(tokens: list[Token]) -> bool:
    """One day, maybe after «до» or «к» («2 сентября», «до 5 мая», «02.09.2024»)."""
    return one_day(tokens[1:] if tokens and tokens[0].cat == Cat.BY else tokens)
