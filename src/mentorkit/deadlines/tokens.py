"""The words of a deadline text: dates, numbers, month names, numerals, punctuation.

The text is normalised one character for one character (letter case, «ё», every kind of dash and
space), so each token keeps its place in the original text and a part that is not understood can
be quoted as the user wrote it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_DASHES = "‐‑‒–—―−﹘﹣－"
_SPACES = "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\t\r\n"
_QUOTES = "«»„“”\"'`"
_TABLE = str.maketrans(
    {
        **{c: "-" for c in _DASHES},
        **{c: " " for c in _SPACES + _QUOTES},
        "ё": "е",
        "і": "i",  # a Ukrainian «і» typed for the Roman numeral I
    }
)

_TOKEN = re.compile(
    r"(?P<iso>\d{4}-\d{1,2}-\d{1,2}(?!\d))"
    r"|(?P<date>\d{1,2}(?P<sep>[./-])\d{1,2}(?P=sep)(?:\d{4}|\d{2})(?!\d))"
    r"|(?P<monthyear>\d{1,2}\.\d{4}(?!\d))"
    r"|(?P<daymonth>\d{1,2}\.\d{1,2}(?!\.?\d))"
    r"|(?P<num>\d+)(?:-?(?:го|ого|й|е|ое|ая|ий|ых|х|я|ю)(?![а-я]))?"
    r"|(?P<word>[a-zа-я]+)"
    r"|(?P<punct>[,;/\-().:!?+])"
    r"|(?P<space>\s+)"
    r"|(?P<other>.)"
)

_MONTH_STEMS = (
    ("январ", 1),
    ("феврал", 2),
    ("март", 3),
    ("апрел", 4),
    ("июн", 6),
    ("июл", 7),
    ("август", 8),
    ("сентябр", 9),
    ("октябр", 10),
    ("ноябр", 11),
    ("декабр", 12),
    ("ма", 5),
)
_ENDINGS = ("", "ь", "я", "е", "ю", "а", "у", "ом", "ем", "й")
_ABBREVIATIONS = {
    "янв": 1,
    "фев": 2,
    "февр": 2,
    "мар": 3,
    "апр": 4,
    "авг": 8,
    "сен": 9,
    "сент": 9,
    "окт": 10,
    "ноя": 11,
    "нояб": 11,
    "дек": 12,
}


@dataclass(frozen=True)
class Token:
    kind: str
    """date, daymonth, monthyear, num, month, word, punct, baddate (31.09.2023) or other."""
    text: str
    """The normalised text of the token."""
    start: int
    end: int
    value: int = 0
    """A number's value; a month's number for a month name."""
    day: date | None = None
    """A full date (kind date)."""
    day_month: tuple[int, int] | None = None
    """(day, month) of a date written with or without its year."""


def normalize(text: str) -> str:
    """The text in lower case with one kind of dash and space, of the same length."""
    return text.lower().translate(_TABLE)


def month_of(word: str) -> int | None:
    """The month a word names, in any case or as a usual abbreviation, else None."""
    if word in _ABBREVIATIONS:
        return _ABBREVIATIONS[word]
    for stem, month in _MONTH_STEMS:
        if word.startswith(stem) and word[len(stem) :] in _ENDINGS:
            if stem == "ма" and word[2:] not in ("й", "я", "е", "ю", "ем"):
                continue
            return month
    return None


def tokenize(text: str) -> list[Token]:
    """The tokens of `text` (spaces dropped), positions counted in the original text."""
    norm = normalize(text)
    tokens: list[Token] = []
    for match in _TOKEN.finditer(norm):
        kind = match.lastgroup or "other"
        if kind == "space":
            continue
        raw = match.group(0)
        start, end = match.start(), match.end()
        if kind in ("date", "iso"):
            tokens.append(_date_token(raw, start, end))
        elif kind == "monthyear":
            month, year = (int(part) for part in raw.split("."))
            kind = "monthyear" if 1 <= month <= 12 else "baddate"
            tokens.append(Token(kind, raw, start, end, value=year, day_month=(1, month)))
        elif kind == "daymonth":
            day, month = (int(part) for part in raw.split("."))
            tokens.append(Token("daymonth", raw, start, end, day_month=(day, month)))
        elif kind == "num":
            digits = match.group("num")
            tokens.append(Token("num", digits, start, end, value=int(digits[:9])))
        elif kind == "word":
            named = month_of(raw)
            if named is not None:
                tokens.append(Token("month", raw, start, end, value=named))
            else:
                tokens.append(Token("word", raw, start, end))
        else:
            tokens.append(Token(kind, raw, start, end))
    return tokens


def _date_token(raw: str, start: int, end: int) -> Token:
    parts = re.split(r"[./-]", raw)
    if len(parts[0]) == 4:  # 2024-05-25
        parts.reverse()
    day_text, month_text, year_text = parts
    year = int(year_text)
    if len(year_text) == 2:
        year += 2000
    day, month = int(day_text), int(month_text)
    try:
        full = date(year, month, day)
    except ValueError:
        return Token("baddate", raw, start, end)
    return Token("date", raw, start, end, value=year, day=full, day_month=(day, month))
