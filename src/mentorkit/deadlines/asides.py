"""What may follow a window in a deadline text and says nothing new of its days: its length
(«(7 дней)», «– 5 недель»), the same day restated («(04.12.2024)»), a remark in brackets with no
date («(резерв)»), the body responsible («/ МУ «РЦ УО»»)."""

from __future__ import annotations

from mentorkit.deadlines.recurrences import RecurrenceReader
from mentorkit.deadlines.remarks import conditional
from mentorkit.deadlines.tokens import Kind
from mentorkit.deadlines.vocabulary import Cat, Unit

_REMARK_WORDS = (
    None,
    Cat.IN,
    Cat.DAY,
    Cat.UNIT,
    Cat.JOIN,
    Cat.OR,
    Cat.TRAIL,
    Cat.REMARK_FREE,
    Cat.TIME,
    Cat.PERIOD,
    Cat.SCHOOL,
)
"""What a remark in brackets may be made of: no month, number, ordinal, recurrence or weekday."""


class AsideReader(RecurrenceReader):
    def days_said(self) -> tuple[int, bool] | None:
        """«(7 дней)», «– 7 дней», «(продлятся 9 дней)», «(продолжительность 9 дней)» after a
        window: its length in days (a week is seven), which the resolver checks; 0 for a length
        it cannot check («(8 учебных недель)», «(39 учебных дней)»: lessons are not counted
        here). With it, whether the length was said in weeks: a school's calendar counts its
        weeks of lessons («с 01.09.2023 по 31.05.2024 - 36 недель»), which holidays shorten."""
        saved = self.i
        bracket = self.punct("(")
        if not (bracket or self.punct("-")):
            return None
        self.i += 1
        lasts = self.take(Cat.LASTS)
        if (not lasts and self.word().startswith("продолжительност")) or self.word() in (
            "итого",  # «(итого 8 дней)»
            "всего",
        ):
            self.i += 1
        token = self.tok()
        if token is not None and token.kind == Kind.NUM:
            self.i += 1
            lessons = self.word().startswith("учебн")
            if lessons or self.word().startswith("календарн"):
                self.i += 1
            days = self.cat() == Cat.DAY
            if days or self.unit() == Unit.WEEK:
                self.i += 1
                self.skip_dot()  # «- 17 нед.»
                if not bracket or self.punct(")"):
                    self.i += 1 if bracket else 0
                    if lessons:
                        return 0, False  # lessons skip weekends and holidays: not checked
                    return (token.value, False) if days else (7 * token.value, True)
        self.i = saved
        return None

    def remark(self) -> str | None:
        """«(резерв)», «(в любой день недели)», «(самая длинная четверть)» after a window: words
        in brackets that name no date, read past as a person reads past them."""
        if not self.punct("("):
            return None
        end = self.i + 1
        unknown = False
        while (token := self.tok(end - self.i)) is not None and not self.punct(")", end - self.i):
            if (
                token.kind != Kind.WORD
                or token.cat not in _REMARK_WORDS
                or conditional(token, short=False)
            ):
                return None
            unknown = unknown or token.cat in (None, Cat.REMARK_FREE)
            end += 1
        if token is None or not unknown:
            return None
        first = self.tokens[self.i].start
        self.i = end + 1
        return quoted(self.text, first, self.tokens[end].end)

    def restated(self) -> tuple[int, int, int | None] | None:
        """«первую среду декабря (04.12.2024)»: the same day written as a date, in brackets."""
        token = self.tok(1)
        if not self.punct("(") or token is None or not self.punct(")", 2):
            return None
        if token.kind == Kind.DATE and token.day is not None:
            self.i += 3
            return token.day.day, token.day.month, token.day.year
        if token.kind == Kind.DAYMONTH and token.day_month is not None:
            self.i += 3
            return token.day_month[0], token.day_month[1], None
        return None

    def who(self) -> str | None:
        """Bodies written in capitals after a date («/ МУ «РЦ УО»», «ОО»), as in a column that
        mixes the deadline with the responsible: words the vocabulary does not know."""
        saved = self.i
        if self.punct("/"):
            self.i += 1
        first = self.i
        while (
            (token := self.tok()) is not None
            and token.kind == Kind.WORD
            and token.entry is None
            and _capitals(self.text[token.start : token.end])
        ):
            self.i += 1
        if self.i == first:
            self.i = saved
            return None
        start, end = self.tokens[first].start, self.tokens[self.i - 1].end
        return " ".join(quoted(self.text, start, end).split())


def _capitals(word: str) -> bool:
    return len(word) >= 2 and word.isupper() and word.isalpha()


def quoted(text: str, start: int, end: int) -> str:
    """The part as written, with a closing quote mark that the tokens left out."""
    while end < len(text) and text[end] in '»”"':
        end += 1
    return text[start:end]
