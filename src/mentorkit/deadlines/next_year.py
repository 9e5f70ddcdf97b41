"""«в следующем году», «В новом году», «до 1 сентября следующего года»: the year after the
period's, in a plan of one calendar year, as if it were written («в 2014 году»); «15 декабря
прошлого года», «в минувшем году»: the year before it. In a plan of a
school year or of several years, which year comes next is not said (the next calendar year or
the next school year? after which of the years?): a part not understood, with why.

«нового года», «новому году» are not read so: «до Нового года», «к Новому году» are the holiday.
"""

from __future__ import annotations

from mentorkit.deadlines.lexemes import Kind, Token
from mentorkit.deadlines.vocabulary import Cat

NEXT_YEAR_WORDS = frozenset(
    {"следующем", "следующего", "следующий", "будущем", "будущего", "новом"}
    | {"предстоящем", "предстоящего", "наступающем", "наступающего"}
)
"""The words that, right before «году», «года», «год», say the year after the period's."""
PAST_YEAR_WORDS = frozenset(
    {"прошлого", "прошлом", "прошлый", "прошедшего", "прошедшем", "минувшего", "минувшем"}
)
"""«15 декабря прошлого года»: the year before the period's, as the next one is read."""

_WHICH = (
    "«{}» в плане не одного календарного года: какой год {} (календарный или учебный, "
    "за каким из лет периода), не сказано — напишите год"
)


def place_next_year(tokens: tuple[Token, ...], first: int, last: int) -> tuple[Token, ...]:
    """`tokens` with «следующем» («новом», «будущего»…) before «год» made the year after the
    period's («прошлого», «минувшего»…: the year before it), when the period (years
    `first`..`last`) lies in one calendar year; elsewhere the two words are one part not
    understood."""
    placed: list[Token] = []
    skip = False
    for index, token in enumerate(tokens):
        if skip:
            skip = False
            continue
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        shift = 1 if token.text in NEXT_YEAR_WORDS else -1 if token.text in PAST_YEAR_WORDS else 0
        if not shift or after is None or after.cat != Cat.YEAR_WORD or after.text in ("г", "гг"):
            placed.append(token)
        elif first == last:
            year = first + shift
            placed.append(Token(Kind.NUM, str(year), token.start, token.end, value=year))
        else:
            which = "следующий" if shift > 0 else "прошлый"
            why = _WHICH.format(f"{token.text} {after.text}", which)
            placed.append(Token(Kind.UNCLEAR, token.text, token.start, after.end, why=why))
            skip = True
    return tuple(placed)
