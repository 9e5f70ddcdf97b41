"""«2011 г. - 2015 г.», «2008 год – 2010 год»: a range of whole years with the year word written
at each end. Read as «2011 - 2015 г.», one window over those years, as «2011-2015 гг.» is; two
separate years are written with a comma or «и». Only years standing alone: after a day or a
month («1 сентября 2011 г. - 2015 г.») the dash between two deadlines stays not understood.
"""

from __future__ import annotations

from mentorkit.deadlines.lexemes import DAY_KINDS, Kind, Token
from mentorkit.deadlines.vocabulary import Cat


def _year(token: Token) -> bool:
    return token.kind == Kind.NUM and len(token.text) == 4


def years_each_marked(tokens: list[Token]) -> list[Token]:
    """`tokens` with the year word (and its dot) after the first year of such a range dropped."""
    kept: list[Token] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        size = 2 if i + 2 < len(tokens) and tokens[i + 2].text == "." else 1
        dash = i + 1 + size
        if (
            _year(token)
            and i + 1 < len(tokens)
            and tokens[i + 1].cat == Cat.YEAR_WORD
            and dash + 2 < len(tokens)
            and tokens[dash].text == "-"
            and _year(tokens[dash + 1])
            and tokens[dash + 2].cat == Cat.YEAR_WORD
            and not (
                kept and (kept[-1].cat == Cat.MONTH or kept[-1].kind in (*DAY_KINDS, Kind.NUM))
            )
        ):
            kept.append(token)
            i = dash
            continue
        kept.append(token)
        i += 1
    return kept
