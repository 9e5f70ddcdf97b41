"""The grammar of years: «2024 г.», «2022, 2023 гг.», «2022-2024 гг.», «2023-2024 учебный год»,
«2024/25 уч. года», «с 2024 по 2026 год», «текущего года»; and the year written after a point."""

from __future__ import annotations

import itertools
from dataclasses import replace

from mentorkit.deadlines.cursor import Cursor
from mentorkit.deadlines.phrases import Failure, Phrase, Point, PointKind, Window
from mentorkit.deadlines.tokens import Kind
from mentorkit.deadlines.vocabulary import Cat, Unit

_MONTHLY = (PointKind.DAY, PointKind.DAYS, PointKind.WEEK, PointKind.MONTH, PointKind.WEEKDAY)
"""Points inside one month, which a year after them places."""
_SCHOOL_PARTS = (Unit.TERM, Unit.TRIMESTER, Unit.HALF)


class YearReader(Cursor):
    def year_span(self) -> Window | None:
        """«2024 по 2026 год», after «с»: the years from the first's start to the last's end."""
        first = self.year()
        if first is None or not (self.cat(1) in (Cat.TO, Cat.BY) or self.punct("-", 1)):
            return None
        last = self.year(2)
        if last is None or not first <= last <= first + 50:
            return None
        if last == first + 1 and self.cat(3) == Cat.SCHOOL:
            return None  # «с 2022-2023 учебного года»: a school year, `since_year`
        self.i += 3
        self.skip_year_words()
        year = Point(PointKind.YEAR)
        return Window(year, year=last, end=year, start_year=first)

    def since_year(self) -> Window | None:
        """«2024 года», after «с»: from the year's first day; «2022/2023 учебного года»: from the
        school year's."""
        year = self.year()
        if year is None or self.punct(",", 1):
            return None
        if self.punct("-/", 1):
            second = self.tok(2)
            if (
                second is None
                or second.kind != Kind.NUM
                or second.value not in (year + 1, (year + 1) % 100)
                or self.cat(3) != Cat.SCHOOL
            ):
                return None
            self.i += 4
            self.skip_dot()
            self.skip_year_words()
            return Window(Point(PointKind.SCHOOL_YEAR), school_year=year)
        self.i += 1
        self.skip_year_words()
        return Window(Point(PointKind.YEAR), year=year)

    def year_list(self) -> list[Window] | None:
        """«2022, 2023 гг.» (each year); «2022-2024 гг.», «2023-2024 учебный год» (one)."""
        first = self.year()
        if first is None:
            return None
        self.i += 1
        years = [first]
        short = self.tok(1)
        if (
            self.punct("-/")
            and short is not None
            and short.kind == Kind.NUM
            and len(short.text) == 2
            and short.value == (first + 1) % 100
        ):
            # «2024/25 учебный год», «в 2024-25 уч. году»: the school year, its second year short.
            self.i += 2
            calendar = self._calendar_years_word()
            self.skip_year_words()
            if self.take(Cat.SCHOOL):
                self.skip_dot()
                self.skip_year_words()
            elif calendar:
                # «2024-25 гг.»: two calendar years, as «2024-2025 гг.» is.
                year = Point(PointKind.YEAR)
                return [Window(year, year=first + 1, end=year, start_year=first)]
            return [Window(Point(PointKind.SCHOOL_YEAR), school_year=first)]
        if (
            self.punct("-")
            and short is not None
            and short.kind == Kind.NUM
            and len(short.text) == 2
            and first + 1 < (last := first - first % 100 + short.value)
        ):
            # «в 2020-22 годах», «2019-21 гг.»: calendar years, the last written short — only
            # with the word for years after it, which says they are not a garbled school year.
            self.i += 2
            if self._calendar_years_word():
                self.skip_year_words()
                year = Point(PointKind.YEAR)
                return [Window(year, year=last, end=year, start_year=first)]
            self.i -= 2
        if self.punct("-/") and self.year(1) is not None:
            last = self.year(1) or first
            self.i += 2
            calendar = self._calendar_years_word()
            self.skip_year_words()
            if last == first + 1 and not calendar and self.cat() != Cat.SCHOOL:
                # «2023-2024», as the format writes a period: a school year.
                return [Window(Point(PointKind.SCHOOL_YEAR), school_year=first)]
            if self.take(Cat.SCHOOL):
                if last != first + 1:
                    return None
                self.skip_dot()
                self.skip_year_words()
                return [Window(Point(PointKind.SCHOOL_YEAR), school_year=first)]
            if last < first or last - first > 50:
                return None
            # «2008 - 2010», «2011 - 2013 гг.», «в 2012 - 2020 годах»: one span of calendar
            # years, as the format writes a period and as two blind readers of real programme
            # terms read them; a list («2022, 2023 гг.») is what names each year.
            year = Point(PointKind.YEAR)
            return [Window(year, year=last, end=year, start_year=first)]
        else:
            while True:
                if (self.punct(",") or self.cat() == Cat.JOIN) and self.year(1) is not None:
                    years.append(self.year(1) or first)
                    self.i += 2
                elif self.year() is not None:  # «май 2013 2014 2015»: a list without commas
                    years.append(self.year() or first)
                    self.i += 1
                else:
                    break
        if any(later <= earlier for earlier, later in itertools.pairwise(years)):
            return None  # «30 ноября 2024 2023 года»: a garbled cell, not a list of years
        self.skip_year_words()
        return [Window(Point(PointKind.YEAR), year=y) for y in years]

    def _calendar_years_word(self) -> bool:
        """«гг.», «годы», «г.г.» here: the years before are calendar years, not a school year."""
        return self.word() in ("гг", "годы", "годов", "годах") or (
            self.word() == "г" and self.punct(".", 1) and self.word(2) == "г"  # «г.г.»
        )

    def school_year_after(self) -> int | None:
        """«2023-2024 учебного года» after a part of a year: the first year, or None."""
        first = self.year()
        second = self.tok(2)
        if first is None or not self.punct("-/", 1) or second is None:
            return None
        if self.year(2) != first + 1 and not (
            second.kind == Kind.NUM and len(second.text) == 2 and second.value == (first + 1) % 100
        ):
            return None
        self.i += 3
        self.skip_year_words()
        if self.take(Cat.SCHOOL):
            self.skip_dot()
        self.skip_year_words()
        return first

    def lone_year(self) -> int | None:
        """The year here, unless it begins a list of years («май 2024, 2025 гг.», «в июне-сентябре
        2008-2010 годов», «май 2024-2025 учебного года»): those belong to the whole phrase,
        and the parser gives them to it (`in_years`)."""
        year = self.year()
        after = self.tok(2)
        if year is not None and self.year(1) is not None:
            return None  # «май 2013 2014 2015»
        if (
            year is not None
            and self.punct("-/,", 1)
            and after is not None
            and after.kind == Kind.NUM
            and len(after.text) in (2, 4)
            and self.cat(3) != Cat.MONTH
        ):
            return None
        return year

    def written_year(self) -> int | None:
        """The year written right after a point, taken with its words: «май 2024», or «в 2024
        году» («13 сентября в этом году», «IV квартал в 2024 году»: the year of the point, not
        another window). Several years after «в» («13 сентября в 2024 и 2025 годах») are a part
        not understood: which is the day's?"""
        if self.cat() == Cat.IN and self.year(1) is not None and self.cat(2) != Cat.YEAR_WORD:
            school = self.cat(4) == Cat.SCHOOL  # «15 мая в 2024-2025 учебном году»: read on
            if (self.punct("-,", 2) or self.word(2) == "и") and not school:
                span = (
                    self.tokens[self.i].start,
                    self.tokens[min(self.i + 3, len(self.tokens) - 1)].end,
                )
                self.failures.append(Failure(span, OTHER_YEARS))
            return None
        at = self.i
        if self.cat() == Cat.IN and self.cat(2) == Cat.YEAR_WORD:
            self.i += 1
        year = self.lone_year()
        if year is None:
            self.i = at
            return None
        self.i += 1
        self.skip_year_words()
        return year

    def with_year(self, window: Window) -> Window:
        year = self.written_year()
        if year is not None:
            return replace(window, year=year)
        if self.year() is None:
            self.skip_current_year()
        return window

    def skip_current_year(self) -> None:
        """«текущего года», «т. г.», «с.г.», «отчётного года»: the year of the period, as if none
        were written (in a plan of several years, each of them: each is a reporting year)."""
        if (self.cat() == Cat.CURRENT or self.word() == "отчетного") and self.cat(
            1
        ) == Cat.YEAR_WORD:
            self.i += 2
            self.skip_dot()
        elif (
            self.word() in ("т", "с")
            and self.punct(".", 1)
            and self.word(2) == "г"
            and self.text[self.tokens[self.i].start].islower()
        ):
            self.i += 3
            self.skip_dot()


OTHER_YEARS = (
    "годы после срока, отдельно от его даты: тот же срок в эти годы или отдельные сроки на весь "
    "год — не ясно; напишите год при каждом сроке"
)
"""«31.12.2023, 2024», «13 сентября в 2024 и 2025 годах»: years beside a deadline, not its own."""


def yearless(phrases: list[Phrase]) -> bool:
    """Whether the phrase's windows name no year at all (and there are some)."""
    windows = [p for p in phrases if isinstance(p, Window)]
    return bool(windows) and not any(
        w.year is not None
        or w.start_year is not None
        or w.school_year is not None
        or w.point.kind in (PointKind.YEAR, PointKind.DATE, PointKind.SCHOOL_YEAR)
        for w in windows
    )


def in_years(window: Window, years: list[Window]) -> list[Window] | None:
    """A yearless window followed by several years («май 2024, 2025 гг.», «в июне-сентябре
    2008-2010 годов»): the window in each; by a school year («май 2024-2025 учебного года»,
    «осенние каникулы 2024/25 уч. года»): in it. None where that is not clear (a winter,
    «декабрь – февраль», in each of several years)."""
    school = years[0].school_year if len(years) == 1 else None
    span = years[0] if len(years) == 1 else None
    if (
        school is None
        and span is not None
        and span.start_year is not None
        and span.year == span.start_year + 1
        and window.point.kind in _MONTHLY
    ):
        # «Февраль 2019-2020 г.г.», «с 01.02. по 09.05 2019-2020 г.г.»: a month of two
        # consecutive years is the month of that school year, as a school writes it; in each of
        # the two years it would be a month of two school years.
        school = span.start_year
    if school is not None:
        if window.point.kind not in _MONTHLY:
            if window.point.kind == PointKind.HOLIDAYS or window.point.unit in _SCHOOL_PARTS:
                return [replace(window, school_year=school)]
            return None
        due = (window.end or window.point).month
        start = window.point.month
        return [
            replace(
                window,
                year=school if due >= 9 else school + 1,
                start_year=(school if start >= 9 else school + 1) if window.end else None,
            )
        ]
    if any(w.point.kind != PointKind.YEAR for w in years):
        return None
    if window.end is not None and (window.end.month or 13) < (window.point.month or 0):
        return None  # «декабрь – февраль 2024, 2025 гг.»: which winters?
    spans = [range(w.start_year or w.year or 0, (w.year or 0) + 1) for w in years]
    return [replace(window, year=y) for span in spans for y in span]


def years_dashed(before: Phrase | None, after: list[Phrase]) -> Window | None:
    """«2024 г. – 2025 г.», «2015 г. – 2020 гг.»: two whole years with a dash between are the
    years from the first to the second, as «2024–2025 гг.» and «2015 - 2020» are; None
    otherwise (a window of days, or the second year not after the first)."""
    if len(after) != 1 or not all(_whole_year(p) for p in (before, after[0])):
        return None
    assert isinstance(before, Window) and isinstance(after[0], Window)
    first, second = before.year, after[0].year
    if first is None or second is None or second <= first:
        return None
    span = (before.span[0], after[0].span[1])
    return replace(before, year=second, end=before.point, start_year=first, span=span)


def _whole_year(phrase: Phrase | None) -> bool:
    return (
        isinstance(phrase, Window)
        and phrase.point.kind == PointKind.YEAR
        and phrase.end is None
        and phrase.start_year is None
        and not (phrase.by or phrase.open or phrase.since)
        and phrase.same_as is None
        and phrase.days is None
        and phrase.about is None
    )
