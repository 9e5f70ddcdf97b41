"""The tokens of a deadline text: dates, numbers, words (looked up once in the vocabulary),
punctuation; and the marks a person reads past (footnotes, a weekday in brackets, doubled
punctuation), kept apart so the check can say they were ignored.

The text is normalised one character for one character (letter case, «ё», Latin and Greek
look-alike letters inside Russian words, every kind of dash and space), so each token keeps its
place in the original text and a part that is not understood can be quoted as the user wrote it.
"""

from __future__ import annotations

import re
from datetime import date

from mentorkit.deadlines.announcements import announced
from mentorkit.deadlines.clock import drop_clock
from mentorkit.deadlines.current import place_current_year
from mentorkit.deadlines.holidays_beside import drop_holidays, holiday_and_its_day, world_days
from mentorkit.deadlines.lexemes import Kind as Kind
from mentorkit.deadlines.lexemes import Token as Token
from mentorkit.deadlines.lexemes import Tokens as Tokens
from mentorkit.deadlines.next_year import place_next_year
from mentorkit.deadlines.school_start import place_school_start
from mentorkit.deadlines.spelled import spell_days
from mentorkit.deadlines.throughout import months_throughout
from mentorkit.deadlines.vocabulary import (
    LOOKALIKE_LETTERS,
    LOOKALIKES,
    MONTH_ABBREVIATIONS,
    MONTH_STEMS,
    NOISE_MARKS,
    Cat,
    lookup,
)
from mentorkit.deadlines.weekdays import drop_weekdays

_DASHES = "‐‑‒–—―−﹘﹣－"
_SPACES = "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\t\r\n"
_QUOTES = "«»„“”\"'`"
_TABLE = str.maketrans(
    {
        **{c: "-" for c in _DASHES},
        **{c: " " for c in _SPACES + _QUOTES},
        "ё": "е",
        "і": "i",  # a Ukrainian «і» typed for the Roman numeral I
        "ι": "i",  # so is a Greek «Ι» (iota, lower-cased)
    }
)
_MIXED = re.compile(f"[a-zа-я{LOOKALIKE_LETTERS}]*[а-я][a-zа-я{LOOKALIKE_LETTERS}]*")
_LONE_LATIN = re.compile(r"(?<![^\W\d_])[ckκϲ](?![^\W\d_])")
_DOT_BEFORE_MONTH = re.compile(r"(?<![\d.])(\d{1,2})\.(?=(?:" + MONTH_STEMS + "))")
_HYPHEN_AFTER_PREPOSITION = re.compile(
    r"(?<![а-я])(с|со|по|до)-(?=\d{1,2}(?!\d)|\d{4}\s*г(?![а-я]*-))"
)

_TOKEN = re.compile(
    # «2024-05-25», «2024.5.25»: with dashes only in two digits each, as ISO writes it, and never
    # before a month's name — «сентября 2023-5–13 апреля» is a year and a range of days, not 13 May.
    r"(?P<iso>\d{4}(?:-\d\d-\d\d|(?P<isosep>[./])\d{1,2}(?P=isosep)\d{1,2})(?!\d)"
    r"(?!\s*(?:" + MONTH_STEMS + ")))"
    r"|(?P<date>\d{1,2}(?P<sep>[./-])\d{1,2}(?P=sep)(?:\d{4}|\d{2})(?!\d))"
    # «13. 11. 2021», «13 .11.2021»: a date typed with spaces round its dots (four-digit year).
    # «28.10. 22 г.»: a two-digit year too, when «г.» says it is one.
    r"|(?P<spaced>\d{1,2}\s*\.\s*\d{1,2}\s*\.\s*(?:\d{4}|\d{2}(?=\s*г(?:од[ау]?)?(?![а-я])))(?!\d))"
    # «15.IX.2024», «15 IX 2024»: the month in Roman numerals («х» may be typed in Cyrillic).
    r"|(?P<roman>\d{1,2}(?:\s*\.\s*|\s+)(?P<month>[ivxх]{1,4})(?:\s*\.\s*|\s+)\d{4}(?!\d))"
    r"|(?P<monthyear>\d{1,2}\.\d{4}(?!\d))"
    # «14:00», «14.00», «в 14-00» (no day is «00», so «-00» is never the end of a range).
    # «в 19. 00»: a space typed after the dot, the minutes as above.
    # «в 00.05 18 марта»: no day is «00» either, so «00.05» is five past midnight.
    r"|(?P<clock>(?:(?:[01]?\d|2[0-3])(?::[0-5]\d|\. ?(?:00|1[3-9]|[2-5]\d)|-00)|00\.[0-5]\d)"
    r"(?!\.?\d)"
    r"(?:\s*(?:ч|час|часов)(?![а-я])\.?)?(?:\s*(?:мск|по\s+московскому\s+времени)(?![а-я]))?)"
    r"|(?P<daymonth>\d{1,2}\.\d{1,2}(?!\.?\d)"
    # «с 02. 02 по 25. 02»: a space typed after the dot — only a day and a month of two digits
    # that are one (a list's «1. 12 мая» is no 1 December), never before a month's name.
    r"|(?:0?[1-9]|[12]\d|3[01])\. (?:0[1-9]|1[0-2])(?!\.?\d)(?!\s*(?:" + MONTH_STEMS + ")))"
    r"|(?P<num>\d+)(?:-?(?:го|ого|й|е|ое|ая|ий|ых|х|я|ю|му|ому|ему|м|ом|ем)(?![а-я]))?"
    # «в теч-е года»: «течение» cut short with a hyphen, as one word.
    r"|(?P<word>теч-[еи](?![а-я])|[a-zа-я]+)"
    r"|(?P<noise>[" + re.escape(NOISE_MARKS) + r"]+)"
    # «01.09.2024 – – 31.05.2025»: a dash typed twice with a space between (as left when «по»
    # is deleted from «с … – по …») is one dash doubled, as «--» is.
    r"|(?P<punct>-(?: *-)+|(?P<mark>[,;/\-().:!?+])(?P=mark)*)"
    r"|(?P<space>\s+)"
    r"|(?P<other>.)"
)

_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_MONTHS_IN = [
    "январе",
    "феврале",
    "марте",
    "апреле",
    "мае",
    "июне",
    "июле",
    "августе",
    "сентябре",
    "октябре",
    "ноябре",
    "декабре",
]


def normalize_deadline(text: str) -> str:
    """The text in lower case with one kind of dash, space and letter, of the same length."""
    lower = text.lower().translate(_TABLE)
    # A Latin or Greek letter inside a Cyrillic word is a typing slip («мaрта», «гοда»); a word
    # all in Latin letters («IV») is left as it is.
    lower = _MIXED.sub(lambda m: m.group(0).translate(LOOKALIKES), lower)
    # «с 01.июля»: a dot between a day and its month's name is a space.
    lower = _DOT_BEFORE_MONTH.sub(r"\1 ", lower)
    # «с 28.01. по-31.01.»: a hyphen between a preposition and its day is a space.
    lower = _HYPHEN_AFTER_PREPOSITION.sub(r"\1 ", lower)
    # A Latin «c» or «k» (a Greek «κ», «ϲ») standing alone is the preposition typed in the wrong
    # layout («C 22 марта по 15 апреля»): no Roman numeral or Latin word of a deadline is one
    # such letter.
    return _LONE_LATIN.sub(lambda m: m.group(0).translate(LOOKALIKES), lower)


def read_as_russian(mark: str) -> bool:
    """Whether reading `mark` took some of its Latin or Greek letters for Russian ones («мaрта»,
    «гοда», «ΙΙ», a lone «κ»), as `tokenize` does for the words it names among the marks ignored;
    a Latin word («ZOOM», «VK») is left as it is."""
    written = mark.lower().replace("ё", "е")
    read = normalize_deadline(mark)
    return any(a != b and a.isalpha() for a, b in zip(written, read, strict=False))


def tokenize(text: str) -> Tokens:
    """The tokens of `text` (spaces and noise dropped), positions counted in the original text."""
    norm = normalize_deadline(text)
    tokens: list[Token] = []
    ignored: list[str] = []
    at = 0
    while (match := _TOKEN.match(norm, at)) is not None:
        kind = match.lastgroup or "other"
        raw = match.group(0)
        start, end = match.start(), match.end()
        at = end
        if kind == "space":
            continue
        if kind == "iso" and not _iso(text, start, tokens):
            # «10–15 сентября 2023-10–15 сентября»: the year of a day, then a range of days.
            at = start + 4
            tokens.append(Token(Kind.NUM, raw[:4], start, at, value=int(raw[:4])))
            continue
        if kind == "noise":
            ignored.append(text[start:end])
        elif kind == "clock":
            tokens.append(Token(Kind.CLOCK, raw, start, end))
        elif kind in ("date", "iso", "spaced"):
            tokens.append(_date_token(raw, start, end))
        elif kind == "roman":
            tokens.append(_roman_date(raw, match.group("month"), start, end))
        elif kind == "monthyear":
            month, year = (int(part) for part in raw.split("."))
            bad = Kind.MONTHYEAR if 1 <= month <= 12 else Kind.BADDATE
            tokens.append(Token(bad, raw, start, end, value=year, day_month=(1, month)))
        elif kind == "daymonth":
            day, month = (int(part) for part in raw.split("."))
            why = _no_such_day(day, month, None)
            if why:
                tokens.append(Token(Kind.BADDATE, raw, start, end, why=why))
            else:
                tokens.append(Token(Kind.DAYMONTH, raw, start, end, day_month=(day, month)))
        elif kind == "num":
            digits = match.group("num")
            tokens.append(Token(Kind.NUM, digits, start, end, value=int(digits[:9])))
        elif kind == "word":
            if raw != text[start:end].lower().replace("ё", "е"):
                ignored.append(text[start:end])  # «мaрта»: a Latin letter read as Russian
            glued = _glued(raw, start, norm[end : end + 3])
            if glued:
                # «2024 годадо15 марта»: a word and the preposition of the day after it, typed
                # without a space — read as the two words; nothing is passed over.
                tokens.extend(glued)
                continue
            entry = lookup(raw)
            value = entry.value if entry and isinstance(entry.value, int) else 0
            tokens.append(Token(Kind.WORD, raw, start, end, value=value, entry=entry))
        elif kind == "punct":
            if len(raw) > 1 and raw[0] != ".":
                ignored.append(text[start:end])  # «,,», «--»: one mark doubled
            tokens.append(Token(Kind.PUNCT, raw[0], start, end))
        else:
            tokens.append(Token(Kind.OTHER, raw, start, end))
    tokens = announced(world_days(spell_days(_abbreviated(tokens))), text, ignored)
    tokens = _inclusive_day(_month_word(_dot_before_dash(tokens), text, ignored))
    tokens = holiday_and_its_day(drop_holidays(tokens, text, ignored), text, ignored)
    tokens = months_throughout(tokens)
    return Tokens(*drop_weekdays(drop_clock(tokens, text, ignored), text, ignored))


_PREPOSITIONS = ("до", "по", "со", "с", "к")


def _glued(raw: str, start: int, following: str) -> list[Token] | None:
    """«годадо» before «15»: a word the vocabulary knows and a preposition, glued, right before
    a number; «февраляпо» before « 18»: a month or «года» and «по» or «до», before a space and a
    number. None for any other word (`following`: the text right after it)."""
    spaced = following[:1].isspace() and following[1:2].isdigit()
    if not (following[:1].isdigit() or spaced) or lookup(raw) is not None:
        return None
    for preposition in ("по", "до") if spaced else _PREPOSITIONS:
        head = raw[: -len(preposition)]
        entry = lookup(head) if raw.endswith(preposition) and len(head) > 1 else None
        if spaced and entry is not None and entry.cat not in (Cat.MONTH, Cat.YEAR_WORD):
            continue
        if entry is not None:
            cut = start + len(head)
            value = entry.value if isinstance(entry.value, int) else 0
            return [
                Token(Kind.WORD, head, start, cut, value=value, entry=entry),
                Token(Kind.WORD, preposition, cut, start + len(raw), entry=lookup(preposition)),
            ]
    return None


def _inclusive_day(tokens: list[Token]) -> list[Token]:
    """«с 1 по 10 (включительно) число каждого месяца», «до 10 включительно числа»: «включительно»
    between a day and «число» says the day counts, as it always does — read past."""
    kept: list[Token] = []
    i = 0
    while i < len(tokens):
        bracket = tokens[i].text == "(" and i + 2 < len(tokens) and tokens[i + 2].text == ")"
        word = i + 1 if bracket else i
        after = word + 2 if bracket else word + 1
        if (
            kept
            and kept[-1].kind == Kind.NUM
            and word < len(tokens)
            and tokens[word].text == "включительно"
            and after < len(tokens)
            and tokens[after].text.startswith("числ")
        ):
            i = after
            continue
        kept.append(tokens[i])
        i += 1
    return kept


def _abbreviated(tokens: list[Token]) -> list[Token]:
    """«5–13 окт. 2024 года», «(кроме июля и авг.)»: the dot of a month's name cut short is the
    word's, not the end of a sentence — so the year after it is the month's, as after «октября»."""
    return [
        token
        for index, token in enumerate(tokens)
        if not (
            token.text == "."
            and index > 0
            and tokens[index - 1].kind == Kind.WORD
            and tokens[index - 1].text in MONTH_ABBREVIATIONS
            and tokens[index - 1].end == token.start
        )
    ]


def _dot_before_dash(tokens: list[Token]) -> list[Token]:
    """«14.03.16. – 19.03.16»: a dot typed right after a date, before the dash of a window, is
    the date's (as in «19.01.»), not the end of a sentence."""
    return [
        token
        for index, token in enumerate(tokens)
        if not (
            token.text == "."
            and 0 < index < len(tokens) - 1
            and tokens[index - 1].kind == Kind.DATE
            and tokens[index - 1].end == token.start
            and tokens[index + 1].text == "-"
        )
    ]


def _month_word(tokens: list[Token], text: str, ignored: list[str]) -> list[Token]:
    """«в июле месяце», «сентябрь месяц»: the word «месяц» right after a month's name says
    nothing more of it. «с I февраля»: a Latin «I» before a month's name is the day «1» typed
    with the wrong key (no Roman numeral names a day; «II марта» — 2 or 11? — is left)."""
    kept: list[Token] = []
    for index, token in enumerate(tokens):
        if token.text.startswith("месяц") and kept and kept[-1].cat == Cat.MONTH:
            ignored.append(text[token.start : token.end])
            continue
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if token.text == "i" and following is not None and following.cat == Cat.MONTH:
            token = Token(Kind.NUM, "1", token.start, token.end, value=1)
            ignored.append(text[token.start : token.end])
        kept.append(token)
    return kept


def _iso(text: str, start: int, before: list[Token]) -> bool:
    """Whether the date at `start`, written from its year, is one: with dots or slashes, or
    with two hyphens alike and no month name just before its year."""
    first, second = text[start + 4], text[start + 7]
    if first in "./":
        return True
    return first == second == "-" and not (before and before[-1].cat == Cat.MONTH)


def _no_such_day(day: int, month: int, year: int | None) -> str | None:
    """Why `day.month[.year]` is no day of the calendar, in words; None if it is one."""
    if not 1 <= month <= 12:
        return f"месяца {month} нет: их двенадцать"
    most = _MONTH_DAYS[month - 1]
    if year is not None and month == 2:
        try:
            date(year, 2, 29)
        except ValueError:
            most = 28
    if 1 <= day <= most:
        return None
    if month == 2 and day == 29 and year is not None:
        return f"{year} год не високосный: в феврале 28 дней"
    return f"в {_MONTHS_IN[month - 1]} нет {day}-го числа" if day > 0 else "числа 0 нет"


def _date_token(raw: str, start: int, end: int) -> Token:
    parts = [part.strip() for part in re.split(r"[./-]", raw)]
    if len(parts[0]) == 4:  # 2024-05-25
        parts.reverse()
    day_text, month_text, year_text = parts
    year = int(year_text)
    short = len(year_text) == 2
    if short:
        year += 2000  # a first guess: `place_centuries` puts it by the period
    day, month = int(day_text), int(month_text)
    return _dated(raw, start, end, day, month, year, short)


_ROMAN_MONTHS = {
    roman: number
    for number, roman in enumerate(
        ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"], start=1
    )
}


def _roman_date(raw: str, roman: str, start: int, end: int) -> Token:
    month = _ROMAN_MONTHS.get(roman.replace("х", "x"))
    if month is None:
        return Token(Kind.BADDATE, raw, start, end, why=f"«{roman}» — не месяц римскими цифрами")
    day, year = (int(part) for part in re.findall(r"\d+", raw))
    return _dated(raw, start, end, day, month, year, False)


def _dated(raw: str, start: int, end: int, day: int, month: int, year: int, short: bool) -> Token:
    why = _no_such_day(day, month, year)
    if why or not 1 <= year <= 9999:
        return Token(Kind.BADDATE, raw, start, end, why=why or "такого года нет в календаре")
    full = date(year, month, day)
    return Token(
        Kind.DATE, raw, start, end, value=year, day=full, day_month=(day, month), short_year=short
    )


CENTURY_REACH = 5
"""How many years outside the period a year written in two digits may fall: farther, and it is
as likely a slip as a date («до 31.12.99» in a roadmap of 2024: 1999 or 2099?)."""


def place_centuries(tokens: Tokens, first: int, last: int) -> Tokens:
    """Dates whose year is written in two digits, placed in the century nearest to the period
    (years `first`..`last`); one too far from it in either century is not guessed."""
    placed: list[Token] = []
    for token in tokens.tokens:
        if token.kind != Kind.DATE or not token.short_year or token.day_month is None:
            placed.append(token)
            continue
        two = token.value % 100
        year = min(
            (century + two for century in (1900, 2000, 2100)),
            key=lambda y: _distance(y, first, last),
        )
        if _distance(year, first, last) > CENTURY_REACH:
            why = (
                f"год «{two:02d}» в дате {token.text} записан двумя цифрами и далёк от периода "
                f"({1900 + two} или {2000 + two}?): напишите год четырьмя цифрами"
            )
            placed.append(Token(Kind.UNCLEAR, token.text, token.start, token.end, why=why))
            continue
        day, month = token.day_month
        placed.append(_dated(token.text, token.start, token.end, day, month, year, True))
    placed_years = place_current_year(place_next_year(tuple(placed), first, last), first, last)
    placed_years = place_school_start(placed_years, first, last)
    return Tokens(placed_years, tokens.ignored, tokens.weekdays)


def _distance(year: int, first: int, last: int) -> int:
    return first - year if year < first else max(year - last, 0)
