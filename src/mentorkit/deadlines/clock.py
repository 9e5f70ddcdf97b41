"""Times of day beside a day, read past and named: «15 мая в 10.00», «15.05, 14:30», «28 марта в
12 часов», «с 10 до 15 часов», «24 мая с окончанием не позднее 21.00». A time says nothing of
the date; a time where a day should be («10.00 марта») is not guessed."""

from __future__ import annotations

from mentorkit.deadlines.lexemes import Kind, Token
from mentorkit.deadlines.vocabulary import Cat

_HOURS = ("часов", "часа", "час", "ч")


def _hours(tokens: list[Token], text: str, ignored: list[str]) -> list[Token]:
    """«28 марта в 12 часов», «18.01.18г., в 13 час.», «29 августа с 12 часов»: a whole hour
    after a day, with «в», «до», «к», «с» or «после» before it, is the time of day too (a number
    of hours without them may be a length)."""
    kept: list[Token] = []
    i = 0
    while i < len(tokens):
        hours = _hour_range(tokens, i)
        if hours and _a_day_before(kept):
            ignored.append(text[tokens[i].start : tokens[hours - 1].end])
            i = hours
            continue
        at, number, word = [*tokens[i : i + 3], None, None, None][:3]
        if (
            at is not None
            and at.text in ("в", "до", "к", "с", "после")
            and number is not None
            and number.kind == Kind.NUM
            and number.value <= 23
            and word is not None
            and word.text in _HOURS
            and _a_day_before(kept)
        ):
            end = i + 3 + (1 if i + 3 < len(tokens) and tokens[i + 3].text == "." else 0)
            ignored.append(text[at.start : tokens[end - 1].end])
            i = end
            continue
        kept.append(tokens[i])
        i += 1
    return kept


def _hour_range(tokens: list[Token], i: int) -> int:
    """«с 10 до 15 часов», «с 9 до 18 ч.» at `i`: where the hours end (0: none there). Whole
    hours, the first before the second, «часов» after them — not two days of a month."""
    if i + 5 > len(tokens) or [t.text for t in (tokens[i], tokens[i + 2])] != ["с", "до"]:
        return 0
    first, second, word = tokens[i + 1], tokens[i + 3], tokens[i + 4]
    if not (
        first.kind == second.kind == Kind.NUM
        and first.value < second.value <= 23
        and word.text in _HOURS
    ):
        return 0
    return i + 5 + (1 if i + 5 < len(tokens) and tokens[i + 5].text == "." else 0)


def drop_clock(tokens: list[Token], text: str, ignored: list[str]) -> list[Token]:
    """«15 мая в 10.00», «15.05, 14:30»: the time of day says nothing of the date; after a day
    and «в», even «10.10» is the time."""
    kept: list[Token] = []
    tokens = _hours(tokens, text, ignored)
    comma_of_clock = False  # the comma after a time of the day that follows it: the time's
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if comma_of_clock and token.text == ",":
            comma_of_clock = False
            ignored[-1] = text[tokens[index - 1].start : token.end]
            continue
        comma_of_clock = False
        if token.kind == Kind.CLOCK and following is not None and following.cat == Cat.MONTH:
            # «10.00 марта»: a time cannot stand before a month; a day typed wrong, not guessed.
            why = (
                f"«{text[token.start : following.end]}» — это время или день месяца? Напишите дату"
            )
            kept.append(Token(Kind.UNCLEAR, token.text, token.start, token.end, why=why))
            continue
        # «19.12.2025 г. после 17.00»: after that hour of the day
        after = bool(kept) and kept[-1].text == "после" and _ends_in_a_day(kept[:-1])
        at = kept[-1] if kept and (kept[-1].text in ("в", "до", "с", "к") or after) else None
        dated = at is not None and at.text == "в" and _ends_in_a_day(kept[:-1])
        clock = token.kind == Kind.CLOCK or (
            token.kind == Kind.DAYMONTH and dated and len(token.text.split(".")[1].strip()) == 2
        )
        if not clock:
            kept.append(token)
            continue
        first = token
        ahead = bool(kept) and kept[-1].text in ("с", "до", "по", "к")
        if ahead and token.kind == Kind.CLOCK and _day_next(tokens, index):
            # «с 18-00, 1 ноября 2017 года до 18-00, 4 ноября»: the time of the day that follows;
            # «с» and «до» are the day's (taken with the time, the window was two deadlines).
            comma_of_clock = following is not None and following.text == ","
        elif at is not None and (token.kind == Kind.CLOCK or at.text == "в"):
            kept.pop()
            first = at
        elif (
            token.kind == Kind.CLOCK
            and len(kept) >= 1
            and kept[-1].text == "-"
            and index >= 2
            and tokens[index - 2].kind == Kind.CLOCK
        ):
            # «20.00-22.00»: the dash between two times is the time's, not a range of days.
            kept.pop()
        elif token.kind == Kind.CLOCK and _comma_after_a_day(kept):
            # «15.09.2024, 10.00 – 16.09.2024, 12.00»: the comma is the time's; left, it made
            # the window's dash a list mark («…, – …»), and the window two deadlines.
            kept.pop()
        if token.kind == Kind.CLOCK:
            first = _of_clock(kept, first)
        ignored.append(text[first.start : token.end])
    return kept


def _day_next(tokens: list[Token], index: int) -> bool:
    """Whether a day follows the time at `index`, right after it or after a comma or its
    weekday: «18-00, 1 ноября», «18:00 04.11.2017», «18:00 пятницы 20 февраля»."""
    rest = tokens[index + 1 : index + 5]
    if rest and rest[0].text == ",":
        rest = rest[1:]
    if rest and rest[0].is_cat(Cat.WEEKDAY):
        rest = rest[1:]
    if not rest:
        return False
    if rest[0].kind in (Kind.DATE, Kind.DAYMONTH):
        return True
    return rest[0].kind == Kind.NUM and len(rest) > 1 and rest[1].cat == Cat.MONTH


def _comma_after_a_day(kept: list[Token]) -> bool:
    """Whether the tokens end in a day («15.09.2024», «15 сентября», «… г.») and a comma."""
    return bool(kept) and kept[-1].text == "," and _ends_in_a_day(kept[:-1])


_ENDS = ("начало", "началом", "окончание", "окончанием")


def _of_clock(kept: list[Token], first: Token) -> Token:
    """«24 мая с окончанием не позднее 21.00», «начало в 10.00»: the words that say what the
    time of day is of, taken off `kept` with it; the first token of them all."""
    size = 2 if [t.text for t in kept[-2:]] == ["не", "позднее"] else 0
    if len(kept) <= size or kept[-1 - size].text not in _ENDS:
        if size and _ends_in_a_day(kept[:-size]):
            # «24 мая не позднее 21.00»: by that hour of the day.
            start = kept[-size]
            del kept[-size:]
            return start
        return first
    size += 2 if len(kept) > size + 1 and kept[-2 - size].text == "с" else 1
    start = kept[-size]
    del kept[-size:]
    return start


def _ends_in_a_day(tokens: list[Token]) -> bool:
    """Whether the last of `tokens` but a dot ends a day: «15.09.2024», «15 сентября», «… г.»."""
    for token in reversed(tokens):
        if token.text != ".":
            return token.kind in (Kind.DATE, Kind.DAYMONTH) or token.cat in (
                Cat.MONTH,
                Cat.YEAR_WORD,
            )
    return False


def _a_day_before(tokens: list[Token]) -> bool:
    """Whether a day or a month stands anywhere in `tokens` (hours are a time of it)."""
    return any(t.kind in (Kind.DATE, Kind.DAYMONTH) or t.cat == Cat.MONTH for t in tokens)
