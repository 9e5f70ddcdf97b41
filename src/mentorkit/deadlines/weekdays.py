"""Weekdays written beside a date («15.05 (пт)», «в субботу, 22 мая», «16.11.2022 г. среда»): a
person reads past the date's own weekday; another weekday beside a date with its year is a
mistake in the text, kept as a part not understood with the date's real weekday in the reason."""

from __future__ import annotations

from datetime import date

from mentorkit.deadlines.lexemes import Kind, SaidWeekday, Token
from mentorkit.deadlines.vocabulary import Cat
from mentorkit.deadlines.weekday_days import said_beside_days, wrong_weekday


def drop_weekdays(
    tokens: list[Token], text: str, ignored: list[str]
) -> tuple[tuple[Token, ...], tuple[str, ...], tuple[SaidWeekday, ...]]:
    """«15.05 (пт)», «1 сентября (вт.)»: a weekday in brackets says nothing the date does not.
    Also returned: the weekdays read past beside a day without its full year, to be checked
    once it is placed (`Tokens.weekdays`)."""
    kept: list[Token] = []
    later: list[SaidWeekday] = []
    i = 0
    while i < len(tokens):
        beside = said_beside_days(tokens, i, kept, text, ignored, later)
        if beside:
            i += beside
            continue
        at = 1 if i + 1 < len(tokens) and tokens[i + 1].text in ("в", "во") else 0  # «(в среду)»
        window = [tokens[i], *tokens[i + 1 + at : i + 4 + at]]
        dot = len(window) == 4 and window[2].text == "."
        close = 3 if dot else 2
        if (
            len(window) > close
            and window[0].text == "("
            and window[1].is_cat(Cat.WEEKDAY)
            and window[close].text == ")"
            and _names_a_day(kept)  # «еженедельно (пятница)» is every Friday, not noise
        ):
            day = _full_day(kept)
            if day is not None and not _weekday_agrees(kept, window[1]):
                kept.append(_other_weekday(day, window[1]))
            else:
                ignored.append(text[window[0].start : window[close].end])
                _note_yearless(later, kept, window[1])
            i += close + 1 + at
            continue
        lead, day_size = bracketed_day(tokens, i, kept)
        if lead:
            weekday = tokens[i + lead - 2]
            ignored.append(text[tokens[i].start : weekday.end])
            kept.extend(tokens[i + lead : i + lead + day_size])
            _note_yearless(later, kept, weekday)
            i += lead + day_size + 1  # and the closing bracket
            continue
        said = _weekday_beside_date(tokens, i, kept)
        if said:
            ignored.append(text[tokens[i].start : tokens[i + said - 1].end])
            weekday = next(t for t in tokens[i : i + said] if t.is_cat(Cat.WEEKDAY))
            if not _a_day_at(tokens, i + said):  # «15 мая, пятница»: the day before it
                _note_yearless(later, kept, weekday)
            else:  # «в пятницу, 15 мая»: the day after it
                after = tokens[i + said : i + said + 2]
                _note_yearless(later, after[:1] if after[0].day_month else after, weekday)
            i += said
            continue
        token = tokens[i]
        if token.is_cat(Cat.WEEKDAY) and len(token.text) > 2:
            # «15.05.2024 пятница», «в пятницу, 15 мая 2024»: not that date's weekday.
            ahead = tokens[i + 1 : i + 5]
            ahead = ahead[1:] if ahead and ahead[0].text == "," else ahead
            before = _full_day(kept) if _names_a_day(kept) else None
            size = 1 if ahead and ahead[0].kind == Kind.DATE else 3
            day = before or _full_day(ahead[:size])
            if day is not None and token.entry is not None and day.weekday() != token.entry.value:
                token = _other_weekday(day, token)
        kept.append(token)
        i += 1
    return tuple(kept), tuple(ignored), tuple(later)


def _note_yearless(later: list[SaidWeekday], kept: list[Token], weekday: Token) -> None:
    """Remember the weekday said beside a day whose year is not written in full («5 сентября
    (пн)», «15.05 (пт)», «01.09.16 (чт)»); `kept` ends with the day."""
    if weekday.entry is None or not isinstance(weekday.entry.value, int):
        return
    if _full_day(kept) is not None:
        return  # checked here already
    last = [t for t in kept if t.text != "."]
    while last and (last[-1].is_cat(Cat.YEAR_WORD) or last[-1].text in ("г", ",")):
        last.pop()
    if last and last[-1].kind in (Kind.DAYMONTH, Kind.DATE) and last[-1].day_month is not None:
        day, month = last[-1].day_month
    elif len(last) >= 2 and last[-2].kind == Kind.NUM and last[-1].is_cat(Cat.MONTH):
        day, month = last[-2].value, last[-1].value
    else:
        return
    later.append(SaidWeekday(day, month, weekday.entry.value, weekday.start, weekday.end))


def _weekday_beside_date(tokens: list[Token], i: int, kept: list[Token]) -> int:
    """«в субботу, 22 мая», «15 мая, пятница»: how many tokens from `i` name the weekday of the
    date beside them (0: none)."""
    first = _lead(tokens, i)
    window = tokens[i : i + first + 3]
    comma = 1 if len(window) > first + 1 and window[first + 1].text in (",", "-") else 0
    if (
        len(window) >= first + comma + 2
        and _one_weekday(window[first])
        # «с субботы 25 октября»: after the window's «с», «по», «до» too; «в четверг 30 апреля
        # и в пятницу 8 мая»: after the «и» of a list.
        and (comma or not kept or kept[-1].kind == Kind.PUNCT or kept[-1].is_cat(*_AFTER))
        # «18.11.2022 г. пятница - 31 мая 2024 года»: after a day, a weekday and a dash are
        # the first day's, and the dash is between the two days.
        and not (window[first + 1].text == "-" and kept and _names_a_day(kept))
        and _a_day_at(tokens, i + first + comma + 1)
    ):
        # «в пятницу, 15 мая», «пт 11 сентября», «субботу 19 сентября»: the day's weekday first.
        after_day = tokens[i + first + comma + 1]
        size = 1 if after_day.kind == Kind.DATE else 3
        at = i + first + comma + 1
        day = _full_day(tokens[at : at + size])
        weekday = window[first].entry
        if day is not None and weekday is not None and day.weekday() != weekday.value:
            return 0  # «в пятницу, 15 мая 2024», a Wednesday: left for the parser to refuse
        return first + comma + 1
    # «15 мая, пятница», «16.11.2022 г. среда»: the weekday last, after one day.
    # «3 декабря, в воскресенье», «21.03 пон», «23 декабря — среда».
    comma = 1 if tokens[i].text in (",", "-") else 0
    at = 1 if i + comma < len(tokens) and tokens[i + comma].text in ("в", "во") else 0
    previous = [t for t in kept if t.text != "."][-1:]
    after = tokens[i + comma + at + 1] if i + comma + at + 1 < len(tokens) else None
    if (
        previous
        and _names_a_day(kept)
        and i + comma + at < len(tokens)
        and _one_weekday(tokens[i + comma + at])
        # «23 декабря — среда»: after a dash, only at the end («23 декабря - пятница, 27
        # декабря»: the Friday is the 27th's, the dash a window's)
        and (after is None or (after.kind == Kind.PUNCT and tokens[i].text != "-"))
        and _weekday_agrees(kept, tokens[i + comma + at])
    ):
        return comma + at + 1
    return 0


_AT = ("в", "во", "на")
_AFTER = (Cat.FROM, Cat.TO, Cat.BY, Cat.JOIN)
"""What a weekday before its day may follow: «с субботы 25 октября», «и в пятницу 8 мая»."""
_WHICH = frozenset(
    f"{stem}{ending}"
    for stem in ("ближайш", "минувш", "прошедш", "следующ", "будущ")
    for ending in ("ую", "ий", "ее")
) | {"эту", "этот", "это", "прошлую", "прошлый", "прошлое"}
"""«в ближайшую субботу, 23 ноября», «в минувшую пятницу, 21 октября»: which weekday, said
before it; the date beside it says the same."""


def _lead(tokens: list[Token], i: int) -> int:
    """How many words before a weekday belong to it: «в», «на» (понедельник), «в эту»."""
    lead = 1 if i < len(tokens) and tokens[i].text in _AT else 0
    if i + lead < len(tokens) and tokens[i + lead].text in _WHICH:
        lead += 1
    return lead


def bracketed_day(tokens: list[Token], i: int, kept: list[Token]) -> tuple[int, int]:
    """«в субботу (5 марта)», «в понедельник (07.03)»: the weekday first, its day in brackets.
    Returns how many tokens from `i` come before the day («в», «субботу», «(») and how many the
    day takes; (0, 0) where this is not the form."""
    lead = _lead(tokens, i)
    at = i + lead + 2
    if (
        kept
        or at >= len(tokens)
        or not _one_weekday(tokens[i + lead])
        or tokens[i + lead + 1].text != "("
        or not _a_day_at(tokens, at)
    ):
        return 0, 0
    size = 1 if tokens[at].kind in (Kind.DATE, Kind.DAYMONTH) else 2
    if size == 2 and at + 2 < len(tokens) and tokens[at + 2].kind == Kind.NUM:
        size = 3  # «(5 марта 2022 г.)»: the year, and its «г.»
        while at + size < len(tokens) and (
            tokens[at + size].is_cat(Cat.YEAR_WORD) or tokens[at + size].text in ("г", ".")
        ):
            size += 1
    if at + size >= len(tokens) or tokens[at + size].text != ")":
        return 0, 0
    weekday = tokens[i + lead].entry
    day = _full_day(tokens[at : at + size])
    if day is not None and weekday is not None and day.weekday() != weekday.value:
        return 0, 0  # another weekday than the date's: left for the parser to refuse
    return lead + 2, size


def _one_weekday(token: Token) -> bool:
    """A weekday, named or cut short («пятница», «пт», «пон»), and not «по пятницам»."""
    return token.is_cat(Cat.WEEKDAY) and not token.text.endswith("ам")


def _a_day_at(tokens: list[Token], at: int) -> bool:
    """Whether a day of a month begins at `at`: «15.05», «15.05.2024», «15 мая»."""
    if at >= len(tokens):
        return False
    if tokens[at].kind in (Kind.DATE, Kind.DAYMONTH):
        return True
    return tokens[at].kind == Kind.NUM and at + 1 < len(tokens) and tokens[at + 1].is_cat(Cat.MONTH)


def _weekday_agrees(kept: list[Token], weekday: Token) -> bool:
    """A weekday after a full date must be that date's («16.11.2022 г. среда», «15 мая 2024
    года (пт)»): another one is a mistake in the text, not a mark to read past (a two-digit year
    is placed only later, a yearless day in the resolver)."""
    day = _full_day(kept)
    if day is None or weekday.entry is None:
        return True
    return day.weekday() == weekday.entry.value


def _full_day(kept: list[Token]) -> date | None:
    """The day the tokens kept end with, if it is written with a four-digit year."""
    last = [t for t in kept if t.text != "."][-4:]
    while last and last[-1].is_cat(Cat.YEAR_WORD):
        last.pop()
    if last and last[-1].kind == Kind.DATE and len(last[-1].text) >= 10:
        return last[-1].day
    if (
        len(last) >= 3
        and last[-3].kind == Kind.NUM
        and last[-2].is_cat(Cat.MONTH)
        and last[-1].kind == Kind.NUM
        and len(last[-1].text) == 4
    ):
        try:
            return date(last[-1].value, last[-2].value, last[-3].value)
        except ValueError:
            return None
    return None


def _other_weekday(day: date, weekday: Token) -> Token:
    """The weekday that disagrees with the day beside it, as a part not understood."""
    why = wrong_weekday(day, weekday.text, "проверьте дату")
    return Token(Kind.UNCLEAR, weekday.text, weekday.start, weekday.end, why=why)


def _names_a_day(kept: list[Token]) -> bool:
    """Whether the tokens kept end with one day: «15.05», «15 мая», «05.09.2024 г.», «5 сентября
    2024 года» (a month or a year alone — «сентябрь, среда» — may mean each Wednesday of it)."""
    last = [t for t in kept if t.text != "."][-4:]
    if last and last[-1].kind in (Kind.DATE, Kind.DAYMONTH):
        return True
    if len(last) >= 2 and last[-1].is_cat(Cat.YEAR_WORD) and last[-2].kind == Kind.DATE:
        return True
    for size in (2, 3, 4):
        tail = last[-size:]
        if len(tail) < size or tail[0].kind != Kind.NUM or not tail[1].is_cat(Cat.MONTH):
            continue
        rest = tail[2:]
        if all((t.kind == Kind.NUM and len(t.text) == 4) or t.is_cat(Cat.YEAR_WORD) for t in rest):
            return True
    return False
