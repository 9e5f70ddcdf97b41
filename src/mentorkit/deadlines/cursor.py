"""A cursor over the tokens of a deadline text: the small look-ups every rule of the grammar
makes (the category of the next word, a year, a mark)."""

from __future__ import annotations

from mentorkit.deadlines.phrases import Failure, Span
from mentorkit.deadlines.tokens import Kind, Token
from mentorkit.deadlines.vocabulary import Cat, Unit


class Cursor:
    def __init__(self, tokens: list[Token], text: str) -> None:
        self.tokens = tokens
        self.text = text
        self.i = 0
        self.failures: list[Failure] = []

    def tok(self, offset: int = 0) -> Token | None:
        index = self.i + offset
        return self.tokens[index] if 0 <= index < len(self.tokens) else None

    def cat(self, offset: int = 0) -> Cat | None:
        token = self.tok(offset)
        return token.cat if token is not None else None

    def value(self, offset: int = 0) -> int | str | None:
        """What the vocabulary says of the word's meaning within its category."""
        token = self.tok(offset)
        return token.entry.value if token is not None and token.entry is not None else None

    def word(self, offset: int = 0) -> str:
        token = self.tok(offset)
        return token.text if token is not None and token.kind == Kind.WORD else ""

    def punct(self, chars: str, offset: int = 0) -> bool:
        token = self.tok(offset)
        return token is not None and token.kind == Kind.PUNCT and token.text in chars

    def year(self, offset: int = 0) -> int | None:
        token = self.tok(offset)
        if token is not None and token.kind == Kind.NUM and len(token.text) == 4:
            return token.value if 1000 <= token.value <= 9998 else None
        return None

    def take(self, cat: Cat) -> bool:
        if self.cat() == cat:
            self.i += 1
            return True
        return False

    def skip_dot(self) -> None:
        if self.punct("."):
            self.i += 1

    def skip_year_words(self) -> None:
        """«г.», «гг.», «года», «г.г.» after a year."""
        while self.cat() == Cat.YEAR_WORD or (self.punct(".") and self.cat(-1) == Cat.YEAR_WORD):
            self.i += 1

    def span_from(self, first: int) -> Span:
        return self.tokens[first].start, self.tokens[max(first, self.i - 1)].end

    # -- the text -----------------------------------------------------------------------------

    def unit(self, offset: int = 0) -> Unit | None:
        token = self.tok(offset)
        if token is None or token.entry is None or token.cat not in (Cat.UNIT, Cat.YEAR_WORD):
            return None
        if token.text in ("г", "гг"):
            return None
        return Unit(str(token.entry.value))

    def numeral(self) -> int | None:
        """«IV», «второй», «3»: the number of a part of the year (1–4), taken."""
        token = self.tok()
        if token is None:
            return None
        if token.kind == Kind.NUM and 1 <= token.value <= 4 and len(token.text) == 1:
            self.i += 1
            return token.value
        if token.cat == Cat.ORDINAL:
            self.i += 1
            return token.value
        return None
