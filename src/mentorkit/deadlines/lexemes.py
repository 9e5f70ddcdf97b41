"""What the tokenizer makes of a deadline text: tokens (a kind, the normalised text, its place in
the original, and what the vocabulary says of a word), and the marks read past."""

from __future__ import annotations

from dataclasses import field
from datetime import date
from enum import StrEnum
from typing import NamedTuple

from mentorkit.deadlines.vocabulary import Cat, Entry
from mentorkit.records import dataclass


class Kind(StrEnum):
    DATE = "date"  # 15.03.2024, 2024-03-15
    DAYMONTH = "daymonth"  # 15.03
    MONTHYEAR = "monthyear"  # 09.2023
    NUM = "num"  # 15, 2024, 2-я
    WORD = "word"
    PUNCT = "punct"
    BADDATE = "baddate"  # 31.09.2023: a date no calendar has
    CLOCK = "clock"  # 10.00, 14:30: a time of day, read past
    UNCLEAR = "unclear"  # 31.12.99 in a roadmap of 2024: which century is not clear
    OTHER = "other"


DAY_KINDS = (Kind.DATE, Kind.DAYMONTH, Kind.MONTHYEAR)
"""The numbers that name a day or a month by themselves."""


@dataclass(frozen=True)
class Token:
    kind: Kind
    text: str
    """The normalised text of the token."""
    start: int
    end: int
    value: int = 0
    """A number's value; a month's number for a month name; a year for MONTHYEAR."""
    day: date | None = None
    """A full date (DATE)."""
    day_month: tuple[int, int] | None = None
    """(day, month) of a date written with or without its year."""
    entry: Entry | None = None
    """What the vocabulary says of a word; None for a word it does not know."""
    why: str | None = None
    """BADDATE, UNCLEAR: why there is no such day, or why it is not clear which."""
    short_year: bool = False
    """DATE: the year was written in two digits («31.12.24»); its century is the period's."""

    @property
    def cat(self) -> Cat | None:
        return self.entry.cat if self.entry else None

    def is_cat(self, *cats: Cat) -> bool:
        return self.entry is not None and self.entry.cat in cats


def day_token(day: date, start: int, end: int) -> Token:
    """A DATE token for `day` over the words at `start`..`end` that name it («к началу 2024-2025
    учебного года», «до Нового 2025 года»)."""
    return Token(
        Kind.DATE,
        f"{day:%d.%m.%Y}",
        start,
        end,
        value=day.year,
        day=day,
        day_month=(day.day, day.month),
    )


class SaidWeekday(NamedTuple):
    """A weekday read past beside a day written without its full year («5 сентября
    (понедельник)», «в последнюю субботу месяца, 27 августа»): checked once the resolver has
    placed the day in a year."""

    day: int
    month: int
    weekday: int
    """0 Monday."""
    start: int
    end: int
    """Where the weekday is said in the text."""
    nth: int = 0
    """Which such weekday of the month the day must be (5: the last; 0: any)."""


@dataclass(frozen=True)
class Tokens:
    tokens: tuple[Token, ...]
    ignored: tuple[str, ...] = field(default=())
    """The marks read past, as written: «*», «(пт)», «,,»."""
    weekdays: tuple[SaidWeekday, ...] = field(default=())
    """The weekdays read past beside a day written without its full year."""


def one_day(tokens: list[Token]) -> bool:
    """Whether `tokens` are one day: «2 февраля [2026 года]», «02.02.2026 [г.]»."""
    rest = [t for t in tokens if not (t.cat == Cat.YEAR_WORD or t.text == ".")]
    if len(rest) == 1:
        return rest[0].kind in (Kind.DATE, Kind.DAYMONTH)
    return (
        2 <= len(rest) <= 3
        and rest[0].kind == Kind.NUM
        and rest[1].cat == Cat.MONTH
        and (len(rest) == 2 or (rest[2].kind == Kind.NUM and len(rest[2].text) == 4))
    )


def month_of(tokens: list[Token]) -> int | None:
    """The month of the last day or month in `tokens` («15 мая», «с 1 по 15.05.2025»), or None."""
    for token in reversed(tokens):
        if token.cat == Cat.MONTH and isinstance(token.value, int) and token.value:
            return token.value
        if token.kind in DAY_KINDS and token.day_month is not None:
            return token.day_month[1]
    return None
