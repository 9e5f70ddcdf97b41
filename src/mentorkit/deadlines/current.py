"""«текущего года», «в этом году», «сего года» in a plan of one calendar year: that year, as if
it were written («До конца текущего года», «в текущем году», «Ещё … в этом году»). In a plan of
a school year or of several years, which calendar year is meant is not said: the words are left
to the grammar, which reads «до 10 декабря текущего года» as a day without its year (placed in
the period) and «в текущем году» not at all. Before a year written («в текущем 2012 году») the
word says nothing more than the year: it is passed over in any period.

The year after the reporting one («до 01 февраля, следующего за отчётным годом»): in a plan of one
calendar year, the next year; in any other plan each of its years has its own next year, and a
school year's reporting year is not said — not understood, with why. («до 25 декабря отчётного
года» is the year of the period, as «текущего года» is: `years.skip_current_year`.)"""

from __future__ import annotations

from mentorkit.deadlines.lexemes import Kind, Token
from mentorkit.deadlines.vocabulary import Cat


def place_current_year(tokens: tuple[Token, ...], first: int, last: int) -> tuple[Token, ...]:
    """`tokens` with the word «текущего» («этого», «сего»…) before «год» made the period's year,
    when the period (years `first`..`last`) lies in one calendar year."""
    tokens = _after_the_reporting_year(_before_a_written_year(tokens), first, last)
    if first != last:
        return tokens
    placed = list(tokens)
    for index, token in enumerate(tokens[:-1]):
        each = index > 0 and tokens[index - 1].cat == Cat.EACH  # «каждого текущего года»
        if token.cat == Cat.CURRENT and tokens[index + 1].cat == Cat.YEAR_WORD and not each:
            placed[index] = Token(Kind.NUM, str(first), token.start, token.end, value=first)
    return tuple(placed)


def _before_a_written_year(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """`tokens` without «текущем» («этого», «сего»…) right before a year it names: «в текущем
    2012 году», «текущего 2020г.» are the year written, in any period."""
    return tuple(
        token
        for index, token in enumerate(tokens)
        if not (
            token.cat == Cat.CURRENT
            and index + 1 < len(tokens)
            and tokens[index + 1].kind == Kind.NUM
            and 1000 <= tokens[index + 1].value <= 9999
        )
    )


_NEXT_YEAR = ("следующего", "за", "отчетным", "годом")


def _after_the_reporting_year(
    tokens: tuple[Token, ...], first: int, last: int
) -> tuple[Token, ...]:
    """`tokens` with «(,) следующего за отчётным годом» after a day made the year after the
    period's one year (`first` == `last`), or a part not understood in any other period."""
    size = len(_NEXT_YEAR)
    for index in range(len(tokens) - size + 1):
        if tuple(t.text for t in tokens[index : index + size]) != _NEXT_YEAR or not index:
            continue
        start = index - 1 if tokens[index - 1].text == "," else index
        if not start or tokens[start - 1].cat != Cat.MONTH:
            continue
        begin, end = tokens[start].start, tokens[index + size - 1].end
        if first == last:
            year = Token(Kind.NUM, str(first + 1), begin, end, value=first + 1)
        else:
            why = (
                "«следующего за отчётным годом» в плане не одного календарного года: у каждого "
                "года свой следующий — напишите год"
            )
            year = Token(Kind.UNCLEAR, "следующего", tokens[index].start, end, why=why)
        return (*tokens[:start], year, *tokens[index + size :])
    return tokens
