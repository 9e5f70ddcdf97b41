"""Days named by their holiday: «ко Дню Победы», «в День знаний», «День матери 2024 г.»."""

from __future__ import annotations

from mentorkit.deadlines.phrases import Point, PointKind, Window
from mentorkit.deadlines.tokens import Kind
from mentorkit.deadlines.vocabulary import NAMED_DAYS, Cat
from mentorkit.deadlines.years import YearReader

_LONGEST = max(len(words) for words in NAMED_DAYS)


class NamedDayReader(YearReader):
    def named_day(self) -> Window | None:
        """«День Победы», «Дню учителя»: the holiday's day, in the year after it or the period's.
        The whole name must be read: «Дню Победы советского народа» is not understood."""
        if self.cat() != Cat.DAY or self.word() == "дней":
            return None
        for size in range(_LONGEST, 0, -1):
            words = tuple(self.word(offset) for offset in range(1, size + 1))
            when = NAMED_DAYS.get(words)
            if when is None or not all(words):
                continue
            following = self.tok(size + 1)
            if following is not None and following.kind == Kind.WORD and following.entry is None:
                return None  # more of a name than the table holds
            self.i += size + 1
            month, day, weekday = when
            if weekday is None:
                point = Point(PointKind.DAY, month=month, day=day)
            else:
                point = Point(PointKind.WEEKDAY, month=month, day=weekday, last=day)
            return self.with_year(Window(point))
        return None
