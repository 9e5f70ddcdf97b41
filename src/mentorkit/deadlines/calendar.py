"""The school calendar the reader places «II четверть», «в каникулы», «в конце учебного года» in.

A school sets its terms (четверти or триместры) and holidays each year in its календарный
учебный график; mentorkit.yaml may hold them (`calendar:`). A year it does not hold is read
with the common defaults, and the reading says so.
"""

from __future__ import annotations

from datetime import date

from mentorkit.deadlines.vocabulary import Unit
from mentorkit.records import dataclass


@dataclass(frozen=True)
class Span:
    name: str
    start: date
    end: date


@dataclass(frozen=True)
class SchoolYear:
    first: int
    """2024 for the school year 2024-2025."""
    terms: tuple[Span, ...]
    holidays: tuple[Span, ...]
    system: Unit | None
    """Unit.TERM (четверти) or Unit.TRIMESTER; None for the defaults, which have both, and for
    a school whose terms are neither (two semesters)."""
    default: bool = False

    def parts(self, unit: Unit) -> tuple[Span, ...] | None:
        """The school's terms of that kind, or None if the school divides its year otherwise."""
        if self.system is None and not self.default:
            return None  # the school's own terms, neither четверти nor триместры
        if self.system is None:
            if unit == Unit.TERM:
                return _default_terms(self.first)
            return _default_trimesters(self.first)
        return self.terms if unit == self.system else None

    @property
    def lessons_end(self) -> date:
        """The end of the school year: the last term's end; 31 August by default."""
        if self.default or not self.terms:
            return date(self.first + 1, 8, 31)
        return max(term.end for term in self.terms)

    @property
    def last_lesson(self) -> date:
        """The last day of lessons: the last term's end (31 May by default), before the
        summer that `lessons_end` counts in by default."""
        terms = self.terms or _default_terms(self.first)
        return max(term.end for term in terms)

    @property
    def label(self) -> str:
        return f"{self.first}-{self.first + 1}"


@dataclass(frozen=True)
class Calendar:
    years: tuple[SchoolYear, ...] = ()

    def year(self, first: int) -> SchoolYear:
        """The school year starting in `first`, as the school set it or by default."""
        for year in self.years:
            if year.first == first:
                return year
        return default_year(first)


DEFAULT = Calendar()

SYSTEM_NAMES = {Unit.TERM: "четверти", Unit.TRIMESTER: "триместры"}


def default_year(first: int) -> SchoolYear:
    """The common calendar: four quarters of September–October, November–December,
    January–March, April–May (or three trimesters), and the usual holidays."""
    y, n = first, first + 1
    holidays = (
        Span("осенние каникулы", date(y, 10, 28), date(y, 11, 5)),
        Span("зимние каникулы", date(y, 12, 30), date(n, 1, 8)),
        Span("весенние каникулы", date(n, 3, 24), date(n, 3, 31)),
        Span("летние каникулы", date(n, 6, 1), date(n, 8, 31)),
    )
    return SchoolYear(first, _default_terms(first), holidays, None, default=True)


def _default_terms(first: int) -> tuple[Span, ...]:
    y, n = first, first + 1
    return (
        Span("I четверть", date(y, 9, 1), date(y, 10, 31)),
        Span("II четверть", date(y, 11, 1), date(y, 12, 31)),
        Span("III четверть", date(n, 1, 1), date(n, 3, 31)),
        Span("IV четверть", date(n, 4, 1), date(n, 5, 31)),
    )


def _default_trimesters(first: int) -> tuple[Span, ...]:
    y, n = first, first + 1
    return (
        Span("I триместр", date(y, 9, 1), date(y, 11, 30)),
        Span("II триместр", date(y, 12, 1), date(n, 2, 28 + _leap(n))),
        Span("III триместр", date(n, 3, 1), date(n, 5, 31)),
    )


def _leap(year: int) -> int:
    return 1 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 0


def season_of(name: str) -> str | None:
    """The season a holiday's name says («Осенние каникулы» → «осен»), by its stem."""
    lower = name.lower().replace("ё", "е")
    for stem in ("осен", "зим", "весен", "лет", "дополнит"):
        if stem in lower:
            return stem
    return None
