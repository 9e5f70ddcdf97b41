"""Weekdays said beside several days («пятница и суббота 12 и 13 сентября», «12-13 сентября
(пт-сб)»), and a weekday of the month described beside a day («в последнюю субботу месяца, 27
августа»): the days are the deadline, and what is said of them must hold — one weekday for each
day, in order; the day must be the weekday of the month described. What holds is read past
(and named, MK712); a day with its full year is checked here, a day without it once placed."""

from __future__ import annotations

import calendar
from datetime import date

from mentorkit.deadlines.lexemes import Kind, SaidWeekday, Token
from mentorkit.deadlines.vocabulary import Cat

WEEKDAY_NAMES = ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье")
_WHICH = {
    # which of the month, by the gender of the weekday's name: masculine, feminine, neuter
    1: ("первый", "первая", "первое"),
    2: ("второй", "вторая", "второе"),
    3: ("третий", "третья", "третье"),
    4: ("четвёртый", "четвёртая", "четвёртое"),
    5: ("последний", "последняя", "последнее"),
}
_GENDER = (0, 0, 1, 0, 1, 1, 2)
_SEPARATORS = (",", "и", "-")

Day = tuple[int, int, int | None]
"""(day, month, year or None) of a day written in the text."""


def wrong_weekday(day: date, written: str, fix: str) -> str:
    """Why a weekday written beside `day` is not understood: the day's own weekday, what the
    text says, and what to do (`fix`)."""
    said = f"{day:%d.%m.%Y} — {WEEKDAY_NAMES[day.weekday()]}"
    return f"день недели не тот: {said}, а в тексте «{written}» — {fix}"


def nth_weekday_holds(day: date, weekday: int, nth: int) -> bool:
    """Whether `day` is the `nth` such `weekday` of its month (5: the last; 0: any)."""
    if day.weekday() != weekday:
        return False
    if nth == 5:
        return day.day + 7 > calendar.monthrange(day.year, day.month)[1]
    return nth == 0 or (day.day - 1) // 7 + 1 == nth


def not_holding(day: date, weekday: int, nth: int, fix: str) -> str:
    """Why `day` is not the weekday of the month described («последняя суббота месяца»)."""
    said = f"{_WHICH[nth][_GENDER[weekday]]} {WEEKDAY_NAMES[weekday]} месяца"
    if day.weekday() != weekday:
        return f"{day:%d.%m.%Y} — {WEEKDAY_NAMES[day.weekday()]}, а в тексте «{said}»: {fix}"
    return f"{day:%d.%m.%Y} — не {said}: {fix}"


def days_at(tokens: list[Token] | tuple[Token, ...], at: int) -> tuple[list[Day], int]:
    """The days written from `at` — «12 и 13 сентября [2025 г.]», «12-13.09», «12.09, 13.09»,
    «30 августа и 27 сентября» — and how many tokens they take ([] and 0 where none is)."""
    days, size = _group_at(tokens, at)
    while days and at + size + 1 < len(tokens) and tokens[at + size].text in (",", "и"):
        more, taken = _group_at(tokens, at + size + 1)
        if not more:
            break
        days += more
        size += 1 + taken
    return days, size


def _group_at(tokens: list[Token] | tuple[Token, ...], at: int) -> tuple[list[Day], int]:
    numbers: list[Token] = []
    i = at
    while i < len(tokens):
        token = tokens[i]
        if token.kind != Kind.NUM or len(token.text) > 2 or not 1 <= token.value <= 31:
            break
        numbers.append(token)
        i += 1
        if (
            i + 1 < len(tokens)
            and tokens[i].text in (*_SEPARATORS, "по")
            and tokens[i + 1].kind == Kind.NUM
        ):
            i += 1
    if numbers and i < len(tokens) and tokens[i].is_cat(Cat.MONTH):
        month = tokens[i].value
        i += 1
        year = None
        if i < len(tokens) and tokens[i].kind == Kind.NUM and len(tokens[i].text) == 4:
            year = tokens[i].value
            i += 1
            while i < len(tokens) and (tokens[i].is_cat(Cat.YEAR_WORD) or tokens[i].text == "."):
                i += 1
        return [(n.value, month, year) for n in numbers], i - at
    return _dated_days(tokens, at)


def _dated_days(tokens: list[Token] | tuple[Token, ...], at: int) -> tuple[list[Day], int]:
    days: list[Day] = []
    i = at
    while i < len(tokens) and tokens[i].kind in (Kind.DATE, Kind.DAYMONTH):
        token = tokens[i]
        if token.day_month is None:
            break
        full = token.day is not None and not token.short_year
        days.append((*token.day_month, token.day.year if full and token.day else None))
        i += 1
        if (
            i + 1 < len(tokens)
            and tokens[i].text in (*_SEPARATORS, "по")
            and tokens[i + 1].kind in (Kind.DATE, Kind.DAYMONTH)
        ):
            i += 1
    return (days, i - at) if days else ([], 0)


def days_before(kept: list[Token]) -> list[Day]:
    """The days the tokens kept end with, as `days_at` reads them."""
    for back in range(min(len(kept), 24), 0, -1):
        days, size = days_at(kept, len(kept) - back)
        if days and size == back:
            return days
    return []


def weekdays_at(tokens: list[Token], at: int) -> tuple[list[Token], int]:
    """Two or more weekdays from `at` — «пятница и суббота», «пт-сб», «в пятницу и субботу» —
    and how many tokens they take ([] and 0 where there are fewer)."""
    i = at + (1 if at < len(tokens) and tokens[at].text in ("в", "во") else 0)
    said: list[Token] = []
    while i < len(tokens) and _weekday(tokens[i]):
        said.append(tokens[i])
        i += 1
        if i + 1 < len(tokens) and tokens[i].text in _SEPARATORS and _weekday(tokens[i + 1]):
            i += 1
        else:
            break
    return (said, i - at) if len(said) > 1 else ([], 0)


def _weekday(token: Token) -> bool:
    return token.is_cat(Cat.WEEKDAY) and not token.text.endswith("ам")


def month_weekday_at(tokens: list[Token], at: int) -> tuple[int, int, int]:
    """«в последнюю субботу месяца», «первый понедельник месяца» from `at`: the weekday, which
    of the month (5: the last) and how many tokens it takes; (0, 0, 0) where it is not."""
    i = at + (1 if at < len(tokens) and tokens[at].text in ("в", "во") else 0)
    if i + 2 >= len(tokens):
        return 0, 0, 0
    number, weekday, unit = tokens[i], tokens[i + 1], tokens[i + 2]
    nth = (
        5
        if number.is_cat(Cat.LAST)
        else number.value
        if number.is_cat(Cat.ORDINAL) and number.text not in ("i", "ii", "iii", "iv")
        else 0
    )
    if (
        not 1 <= nth <= 5
        or not weekday.is_cat(Cat.WEEKDAY)
        or len(weekday.text) <= 2
        or weekday.text.endswith("ам")
        or unit.text != "месяца"
        or weekday.entry is None
    ):
        return 0, 0, 0
    return int(weekday.entry.value or 0), nth, i + 3 - at


def check(
    pairs: list[tuple[Day, int, int]], said: tuple[int, int], text: str, later: list[SaidWeekday]
) -> Token | None:
    """Each (day, weekday, nth) said: a day with its year checked now — a token not understood
    where one does not hold — a day without it noted in `later`, for when it is placed."""
    start, end = said
    for (day, month, year), weekday, nth in pairs:
        if year is None:
            later.append(SaidWeekday(day, month, weekday, start, end, nth))
            continue
        try:
            full = date(year, month, day)
        except ValueError:
            return None  # no such day: the parser says so
        if not nth_weekday_holds(full, weekday, nth):
            fix = "проверьте дату"
            why = (
                not_holding(full, weekday, nth, fix)
                if nth
                else wrong_weekday(full, WEEKDAY_NAMES[weekday], fix)
            )
            return Token(Kind.UNCLEAR, text[start:end].lower(), start, end, why=why)
    return None


def said_beside_days(
    tokens: list[Token],
    i: int,
    kept: list[Token],
    text: str,
    ignored: list[str],
    later: list[SaidWeekday],
) -> int:
    """How many tokens from `i` say weekdays of the days beside them (0: none) — read past,
    named in `ignored`; a day they do not hold for is a token not understood, added to `kept`.
    Weekdays or a weekday of the month first («пятница и суббота 12 и 13 сентября», «в
    последнюю субботу месяца, 27 августа»), or after the days («12 и 13 сентября (пт, сб)»)."""
    if not kept or kept[-1].kind == Kind.PUNCT:
        said, size = _weekdays_said(tokens, i)
        comma = 1 if size and i + size < len(tokens) and tokens[i + size].text in (",", "-") else 0
        days, _ = days_at(tokens, i + size + comma) if size else ([], 0)
        words = tokens[i : i + size]
        first = _said(words, words, days, said, text, ignored, kept, later)
        if first:
            return first + comma
    days = days_before(kept)
    opened = 1 if days and tokens[i].text in ("(", ",", "-") else 0
    said, size = _weekdays_said(tokens, i + opened) if days else (None, 0)
    closed = 1 if opened and tokens[i].text == "(" else 0
    end = i + opened + size + closed
    if (
        not size
        or (closed and (end > len(tokens) or tokens[end - 1].text != ")"))
        or (end < len(tokens) and tokens[end].kind != Kind.PUNCT)
    ):
        return 0
    words = tokens[i + opened : i + opened + size]
    written = tokens[i + opened - closed : end]  # «(пт, сб)» read past with its brackets
    return _said(words, written, days, said, text, ignored, kept, later) + opened + closed


def _weekdays_said(tokens: list[Token], at: int) -> tuple[tuple[list[int], int] | None, int]:
    """Two or more weekdays from `at` (their days, and 0), or a weekday of the month (a list
    of it, and which of the month it is); and how many tokens they take."""
    weekdays, size = weekdays_at(tokens, at)
    if weekdays:
        return ([int(w.entry.value or 0) if w.entry else 0 for w in weekdays], 0), size
    weekday, nth, size = month_weekday_at(tokens, at)
    return ([weekday], nth) if size else None, size


def _said(
    words: list[Token],
    written: list[Token],
    days: list[Day],
    said: tuple[list[int], int] | None,
    text: str,
    ignored: list[str],
    kept: list[Token],
    later: list[SaidWeekday],
) -> int:
    """Check the weekdays `said` in `words` against the `days`, one each (a weekday of the month,
    each day): how many tokens they take (0: none said, or no days)."""
    if said is None or not days:
        return 0
    weekdays, nth = said
    if nth:
        weekdays = weekdays * len(days)
    span = (words[0].start, words[-1].end)
    if len(weekdays) != len(days):
        why = (
            f"дней недели в тексте {len(weekdays)}, а дней {len(days)}: какой день недели к "
            "какому дню, не ясно — напишите день недели при каждом дне"
        )
        kept.append(Token(Kind.UNCLEAR, text[span[0] : span[1]].lower(), *span, why=why))
        return len(words)
    wrong = check([(d, w, nth) for d, w in zip(days, weekdays, strict=True)], span, text, later)
    if wrong is None:
        ignored.append(text[written[0].start : written[-1].end])
    else:
        kept.append(wrong)
    return len(words)
