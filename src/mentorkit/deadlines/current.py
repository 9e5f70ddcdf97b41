"""«текущего года», «в этом году», «сего года» in a plan of one calendar year: that year, as if
it were written («До конца текущего года», «в текущем году», «Ещё … в этом году»). In a plan of
a school year or of several years, which calendar year is meant is not said: the words are left
to the grammar, which reads «до 10 декабря текущего года» as a day without its year (placed in
the period) and «в текущем году» not at all."""

from __future__ import annotations

from mentorkit.deadlines.lexemes import Kind, Token
from mentorkit.deadlines.vocabulary import Cat


def place_current_year(tokens: tuple[Token, ...], first: int, last: int) -> tuple[Token, ...]:
    """`tokens` with the word «текущего» («этого», «сего»…) before «год» made the period's year,
    when the period (years `first`..`last`) lies in one calendar year."""
    if first != last:
        return tokens
    placed = list(tokens)
    for index, token in enumerate(tokens[:-1]):
        each = index > 0 and tokens[index - 1].cat == Cat.EACH  # «каждого текущего года»
        if token.cat == Cat.CURRENT and tokens[index + 1].cat == Cat.YEAR_WORD and not each:
            placed[index] = Token(Kind.NUM, str(first), token.start, token.end, value=first)
    return tuple(placed)
