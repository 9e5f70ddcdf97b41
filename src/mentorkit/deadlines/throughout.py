"""«В течение июня, июля, августа»: months named one after another after «в течение» are one
span, from the first to the last, as «в течение июня – августа» is; without «в течение»
(«июнь, июль, август») each month is a deadline of its own, as a plan's cell lists them."""

from __future__ import annotations

from mentorkit.deadlines.lexemes import Kind, Token
from mentorkit.deadlines.vocabulary import Cat


def months_throughout(tokens: list[Token]) -> list[Token]:
    """`tokens` with a run of consecutive months after «течение» made «first – last»."""
    for index, token in enumerate(tokens):
        if token.cat != Cat.DURING:
            continue
        months = [index + 1]
        while _next_month_at(tokens, months[-1]):
            months.append(months[-1] + 2)
        end = months[-1] + 1
        if len(months) < 2 or not _ends_at(tokens, end):
            continue
        first, last = tokens[months[0]], tokens[months[-1]]
        mark = tokens[months[-1] - 1]
        dash = Token(Kind.PUNCT, "-", mark.start, mark.end)
        return [*tokens[: months[0]], first, dash, last, *tokens[end:]]
    return tokens


def _next_month_at(tokens: list[Token], at: int) -> bool:
    """Whether the month at `at` is followed by «,» or «и» and the month after it (not another
    month: then the run stops there, and `_ends_at` refuses it)."""
    if at + 2 >= len(tokens) or tokens[at].cat != Cat.MONTH or tokens[at + 2].cat != Cat.MONTH:
        return False
    link = tokens[at + 1]
    if not (link.text == "," or link.cat == Cat.JOIN):
        return False
    month, following = tokens[at].value, tokens[at + 2].value
    return following == month % 12 + 1


def _ends_at(tokens: list[Token], at: int) -> bool:
    """Whether the text ends at `at`, or after one year there («2024 г.», «2024 года»): not
    another month of the list («сентября, октября, декабря»), not more of the text."""
    rest = [t for t in tokens[at:] if t.text not in (".", ";", "г")]
    if rest and rest[0].kind == Kind.NUM and len(rest[0].text) == 4:
        rest = rest[1:]
    return all(t.cat == Cat.YEAR_WORD for t in rest)
