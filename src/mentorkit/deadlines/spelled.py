"""Days of the month spelled in words: «к первому сентября», «третьего октября», «с 18 мая по
пятого июля», «двадцать пятого мая». An ordinal word is a day only where a month's name follows
it (or a day and a month's name, after «по», «до», «и» or a dash): «по итогам первого
полугодия» keeps its ordinal."""

from __future__ import annotations

from mentorkit.deadlines.lexemes import Kind, Token
from mentorkit.deadlines.vocabulary import Cat

_UNITS = {
    "перв": 1,
    "втор": 2,
    "трет": 3,
    "четверт": 4,
    "пят": 5,
    "шест": 6,
    "седьм": 7,
    "восьм": 8,
    "девят": 9,
}
_TEENS = {
    "десят": 10,
    "одиннадцат": 11,
    "двенадцат": 12,
    "тринадцат": 13,
    "четырнадцат": 14,
    "пятнадцат": 15,
    "шестнадцат": 16,
    "семнадцат": 17,
    "восемнадцат": 18,
    "девятнадцат": 19,
    "двадцат": 20,
    "тридцат": 30,
}
_ENDINGS = ("ое", "ого", "ому", "ым", "ом")
"""The neuter endings («число» is neuter): «первое», «первого», «первому», «первым», «первом»."""
_SOFT_ENDINGS = ("ье", "ьего", "ьему", "ьим", "ьем")
"""«третье», «третьего», …"""


def _ordinals() -> dict[str, int]:
    words: dict[str, int] = {}
    for stem, number in {**_UNITS, **_TEENS}.items():
        endings = _SOFT_ENDINGS if stem == "трет" else _ENDINGS
        words.update({stem + ending: number for ending in endings})
    return words


ORDINAL_DAYS = _ordinals()
"""Every spelling of a day from «первое» to «тридцатое», in the cases a date is written in."""
TENS = {"двадцать": 20, "тридцать": 30}
"""The tens of a compound day: «двадцать пятого»."""

_BEFORE_ANOTHER = ("по", "до", "и", "-", ",")


def spell_days(tokens: list[Token]) -> list[Token]:
    """`tokens` with every day spelled in words before a month made a number (NUM) spanning the
    words as written; every other word left as it was."""
    out = list(tokens)
    # From the right, so that in «с первого по пятое мая» «пятое» is a day before «первого» is
    # looked at.
    index = len(out) - 1
    while index >= 0:
        word = out[index]
        number = ORDINAL_DAYS.get(word.text) if word.kind == Kind.WORD else None
        if number is None:
            index -= 1
            continue
        first = index
        if index > 0 and out[index - 1].text in TENS and number < 10:
            first = index - 1
            number += TENS[out[index - 1].text]
        if number <= 31 and _day_follows(out, index + 1):
            start = out[first].start
            out[first : index + 1] = [Token(Kind.NUM, str(number), start, word.end, value=number)]
        index = first - 1
    return out


def _day_follows(tokens: list[Token], at: int) -> bool:
    """A month's name (or «числа») at `at`, or a connector and then a day and a month's name."""
    if at >= len(tokens):
        return False
    if tokens[at].cat in (Cat.MONTH, Cat.DAY_WORD):  # «пятого сентября», «до пятого числа»
        return True
    return (
        tokens[at].text in _BEFORE_ANOTHER
        and at + 2 < len(tokens)
        and tokens[at + 1].kind == Kind.NUM
        and tokens[at + 2].cat == Cat.MONTH
    )
