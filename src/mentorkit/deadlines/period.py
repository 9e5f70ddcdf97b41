"""The period a roadmap or a set of pairs is valid for, and the units (years, quarters…) in it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

from mentorkit.records import dataclass

_YEARS = re.compile(r"^\s*(\d{4})\s*(?:[-‐‑‒–—―−/]\s*(\d{4}))?\s*$")
_DAY = r"(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4})"
_RANGE = re.compile(r"^\s*" + _DAY + r"\s*\.\.\s*" + _DAY + r"\s*$")


def month_end(year: int, month: int) -> date:
    """The last day of a month."""
    if month == 12:
        return date(year, 12, 31)
    return date(year, month + 1, 1) - timedelta(days=1)


@dataclass(frozen=True, order=True)
class Period:
    """A closed range of days: an academic year (1 Sep – 31 Aug) or any start and end."""

    start: date
    end: date

    @classmethod
    def parse(cls, text: str) -> Period:
        """`2023-2024` (an academic year), `2022-2024` or `2023` (calendar years), or
        `2022-01-01..2024-12-31` (also `01.01.2022..31.12.2024`); a ValueError with a Russian
        message otherwise."""
        match = _RANGE.match(text)
        if match:
            try:
                start, end = (date.fromisoformat(_pad(g)) for g in match.groups())
            except ValueError:
                raise ValueError(f"«{text}»: такой даты нет в календаре") from None
            if end < start:
                raise ValueError(f"«{text}»: конец периода раньше его начала")
            return cls(start, end)
        match = _YEARS.match(text)
        if not match:
            raise ValueError(
                f"«{text}» — не период; пишите 2023-2024 (учебный год), 2022-2024 "
                "(календарные годы), 2022-01-01..2024-12-31 или 01.09.2024..31.05.2025"
            )
        first = int(match.group(1))
        last = int(match.group(2) or first)
        if last < first:
            raise ValueError(f"«{text}»: второй год раньше первого")
        try:
            if last == first + 1:
                return cls(date(first, 9, 1), date(last, 8, 31))
            return cls(date(first, 1, 1), date(last, 12, 31))
        except ValueError:
            raise ValueError(f"«{text}»: год вне календаря") from None

    @classmethod
    def academic_year_of(cls, day: date) -> Period:
        """The academic year (1 September – 31 August) that holds `day`."""
        first = day.year if day.month >= 9 else day.year - 1
        # the calendar begins on 1 January of year 1 and ends on 31 December 9999: the school
        # years 0–1 and 9999–10000 are cut there, not an error
        if first < date.min.year:
            return cls(date.min, date(date.min.year, 8, 31))
        if first >= date.max.year:
            return cls(date(date.max.year, 9, 1), date.max)
        return cls(date(first, 9, 1), date(first + 1, 8, 31))

    @property
    def academic(self) -> bool:
        """Whether the period is made of academic years (it runs from 1 September to 31 August)."""
        # From 1 September to the end of a month from May to August: a school year, or several,
        # perhaps cut at the end of lessons.
        return (
            (self.start.month, self.start.day) == (9, 1)
            and self.end.month in (5, 6, 7, 8)
            and self.end == month_end(self.end.year, self.end.month)
            and self.end.year > self.start.year
        )

    @property
    def school(self) -> bool:
        """Whether yearless parts of a school year («II полугодие», «IV четверть») are read in
        the school's years: the period is made of school years, or it is a piece of one school
        year cut as school plans cut it — from 1 September («на I полугодие»: 01.09–31.12), or
        to the end of lessons in late May (01.01–31.05)."""
        if self.academic:
            return True
        year = Period.academic_year_of(self.start)
        return self.end <= year.end and (
            (self.start.month, self.start.day) == (9, 1)
            or (self.end.month == 5 and self.end.day >= 20)
        )

    def school_years(self) -> tuple[date, date]:
        """From the 1st of September of the school year the period begins in to the 31st of
        August of the one it ends in: the summer after lessons cut at 31 May included."""
        return Period.academic_year_of(self.start).start, Period.academic_year_of(self.end).end

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def clip(self, start: date, end: date) -> tuple[date, date] | None:
        """The part of `start..end` inside the period, or None."""
        lo, hi = max(start, self.start), min(end, self.end)
        return (lo, hi) if lo <= hi else None

    def years(self) -> list[tuple[date, date]]:
        """The years of the period: academic years for an academic period, else calendar years,
        each clipped to the period."""
        if self.academic:
            return self._clipped(
                [(date(y, 9, 1), date(y + 1, 8, 31)) for y in range(self.start.year, self.end.year)]
            )
        return self._clipped(list(_calendar_years(self.start.year, self.end.year)))

    def units(self, months: int) -> list[tuple[date, date]]:
        """Calendar units of `months` months (1, 3, 6, 12) that touch the period, clipped."""
        if months == 12:
            return self.years()
        if months == 6 and self.academic:
            # School half-years: September to December, January to May.
            return self._clipped(
                [
                    half
                    for y in range(self.start.year, self.end.year)
                    for half in (
                        (date(y, 9, 1), date(y, 12, 31)),
                        (date(y + 1, 1, 1), date(y + 1, 5, 31)),
                    )
                ]
            )
        if months == 3 and self.academic:
            # Quarters of the academic year: September–November … June–August.
            return self._clipped(
                [
                    (
                        date(y + (m > 12), (m - 1) % 12 + 1, 1),
                        month_end(y + (m + 2 > 12), (m + 1) % 12 + 1),
                    )
                    for y in range(self.start.year, self.end.year)
                    for m in (9, 12, 15, 18)
                ]
            )
        return self.calendar_units(months)

    def calendar_units(self, months: int) -> list[tuple[date, date]]:
        """Calendar months, quarters or half-years that touch the period, clipped."""
        first = (self.start.month - 1) // months * months + 1
        units = []
        year, month = self.start.year, first
        while year <= 9999 and date(year, month, 1) <= self.end:
            last_month = month + months - 1
            units.append((date(year, month, 1), month_end(year, last_month)))
            month += months
            if month > 12:
                year, month = year + 1, month - 12
        return self._clipped(units)

    def weeks(self) -> list[tuple[date, date]]:
        """Weeks from Monday to Sunday that touch the period, clipped."""
        monday = self.start - timedelta(days=self.start.weekday())
        units = []
        while monday <= self.end:
            # The last week of the calendar (from Monday 27.12.9999) ends with date.max.
            last = date.max if monday > date.max - timedelta(days=6) else monday + timedelta(6)
            units.append((monday, last))
            if monday > date.max - timedelta(days=7):
                break
            monday += timedelta(days=7)
        return self._clipped(units)

    def _clipped(self, units: list[tuple[date, date]]) -> list[tuple[date, date]]:
        return [window for start, end in units if (window := self.clip(start, end))]


def _calendar_years(first: int, last: int) -> Iterator[tuple[date, date]]:
    for year in range(first, last + 1):
        yield date(year, 1, 1), date(year, 12, 31)


def _pad(iso: str) -> str:
    if "." in iso:
        day, month, year = iso.split(".")
        return f"{year}-{int(month):02d}-{int(day):02d}"
    year, month, day = iso.split("-")
    return f"{year}-{int(month):02d}-{int(day):02d}"
