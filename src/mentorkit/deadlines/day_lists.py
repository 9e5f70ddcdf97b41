"""The grammar of days of one month: «с 1 по 15 сентября», «24 и 25 мая», «5, 16 и 19 июня»,
«23–27, 30 ноября», «с 1 по 4 и с 8 по 11 мая» — the month written once, after the days."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from mentorkit.deadlines.phrases import Point, PointKind, Window
from mentorkit.deadlines.seasons import SeasonReader
from mentorkit.deadlines.tokens import Kind, Token
from mentorkit.deadlines.vocabulary import Cat


class DayListReader(SeasonReader):
    def day_span(self) -> Window | None:
        """«1 по 15 сентября [2023]», «26 по 30.11.2018», after «с»."""
        first, word, last, month = self.tok(), self.tok(1), self.tok(2), self.tok(3)
        if first is None or word is None or last is None:
            return None
        if (
            first.kind == Kind.NUM
            and (word.cat in (Cat.TO, Cat.BY) or word.text == "-")
            and last.kind in (Kind.DATE, Kind.DAYMONTH)
        ):
            self.i += 3
            return self.days_to(first.value, last)
        if month is None:
            return None
        if (
            first.kind == last.kind == Kind.NUM
            and month.cat == Cat.MONTH
            and (word.cat in (Cat.TO, Cat.BY) or word.text == "-")
        ):
            self.i += 4
            self.skip_dot()  # «с 26 по 27 дек. 2011 г.», «26 по 27 декабря. 2011 г.»
            return self.days(first.value, last.value, month.value)
        return None

    def day_list(self) -> list[Window] | None:
        """«24 и 25 мая», «5, 16 и 19 июня», «2, 3 мая 2024 года», «23–27, 30 ноября»: days (and
        spans of days) of one month."""
        days: list[tuple[int, int]] = []
        while (token := self.tok()) is not None and token.kind == Kind.NUM and token.value <= 31:
            self.i += 1
            dash, end = self.tok(), self.tok(1)
            if dash is not None and dash.text == "-" and end is not None and end.kind == Kind.NUM:
                days.append((token.value, end.value))
                self.i += 2
            else:
                days.append((token.value, token.value))
            if not (self.punct(",") or self.cat() == Cat.JOIN):
                break
            self.i += 1
        month = self.tok()
        if len(days) < 2 or month is None or month.cat != Cat.MONTH:
            return None
        self.i += 1
        self.skip_dot()
        if any(not 1 <= first <= last <= _days_in(month.value) for first, last in days) or any(
            later[0] <= earlier[1] for earlier, later in pairwise(days)
        ):
            return None  # «28-31 и 1-5 мая»: the first of another month? Not guessed.
        year = self.with_year(Window(Point(PointKind.MONTH))).year
        return [
            Window(Point(PointKind.DAY, month.value, first), year)
            if first == last
            else Window(Point(PointKind.DAYS, month=month.value, day=first, last=last), year)
            for first, last in days
        ]

    def days_to(self, first: int, last: Token) -> Window | None:
        """«17-28.10.2022», «с 26 по 30.11.2018», «18-31.01»: the days before a date (just read)
        share its month, and its year."""
        if last.day_month is None:
            return None
        day, month = last.day_month
        if last.kind == Kind.DATE:
            self.skip_year_words()
            found = self.days(first, day, month)
            return replace(found, year=last.value) if found else None
        self.skip_dot()
        return self.days(first, day, month)

    def days(self, first: int, last: int, month: int) -> Window | None:
        if not 1 <= first <= last <= 31:
            return None
        return self.with_year(Window(Point(PointKind.DAYS, month=month, day=first, last=last)))

    def spans_of_days(self) -> list[Window] | None:
        """«1 по 4 и с 8 по 11 мая», «1 по 4, с 8 по 11 мая», after «с»: spans of days of one
        month, the month written once, after the last (as in «1-4 и 8-11 мая»)."""
        begin = self.i
        found = self._spans_of_days()
        if found is None:
            self.i = begin
        return found

    def _spans_of_days(self) -> list[Window] | None:
        spans: list[tuple[int, int]] = []
        while True:
            first, word, last = self.tok(), self.tok(1), self.tok(2)
            if (
                first is None
                or word is None
                or last is None
                or not first.kind == last.kind == Kind.NUM
                or word.cat not in (Cat.TO, Cat.BY)
            ):
                return None
            self.i += 3
            spans.append((first.value, last.value))
            if self.cat() == Cat.MONTH:
                break
            if not (self.punct(",") or self.cat() == Cat.JOIN):
                return None
            self.i += 1
            self.take(Cat.FROM)
        month = self.tok()
        if len(spans) < 2 or month is None:
            return None
        self.i += 1
        self.skip_dot()
        if any(not 1 <= first <= last <= _days_in(month.value) for first, last in spans) or any(
            later[0] <= earlier[1] for earlier, later in pairwise(spans)
        ):
            # «с 28 по 31 и с 1 по 5 мая»: the first of another month? Not guessed.
            return None
        year = self.with_year(Window(Point(PointKind.MONTH))).year
        return [
            Window(Point(PointKind.DAYS, month=month.value, day=first, last=last), year)
            for first, last in spans
        ]


def _days_in(month: int) -> int:
    return (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[month - 1]
