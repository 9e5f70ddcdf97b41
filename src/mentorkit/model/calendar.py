"""`calendar:` in mentorkit.yaml: the school's календарный учебный график for each school year —
its terms (четверти or триместры) and holidays, named as the school names them."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, Field

from mentorkit.deadlines import Calendar, SchoolYear, Span
from mentorkit.deadlines.vocabulary import Unit
from mentorkit.model.common import Date, Model

_SCHOOL_YEAR = re.compile(r"^(\d{4})-(\d{4})$")


class Dated(Model):
    name: str = Field(description="Как называет школа: «I четверть», «осенние каникулы»")
    start: Date = Field(description="Первый день")
    end: Date = Field(description="Последний день (включительно)")


class YearCalendar(Model):
    terms: tuple[Dated, ...] = Field(
        (), description="Четверти или триместры по порядку: «I четверть», «1 триместр»"
    )
    holidays: tuple[Dated, ...] = Field(
        (), description="Каникулы: «осенние каникулы», «зимние каникулы»…"
    )

    @property
    def system(self) -> Unit | None:
        """Четверти or триместры, from the terms' names (or their number)."""
        names = " ".join(term.name.lower() for term in self.terms)
        if "триместр" in names:
            return Unit.TRIMESTER
        if "четверт" in names or len(self.terms) == 4:
            return Unit.TERM
        if len(self.terms) == 3:
            return Unit.TRIMESTER
        return None


def _school_year_key(value: str) -> str:
    match = _SCHOOL_YEAR.match(value.strip())
    if not match or int(match.group(2)) != int(match.group(1)) + 1:
        raise ValueError(
            f"«{value}» — не учебный год; пишите ключом учебный год, например 2024-2025"
        )
    return value.strip()


SchoolYearKey = Annotated[str, AfterValidator(_school_year_key)]


def to_calendar(years: dict[str, YearCalendar]) -> Calendar:
    """The reader's calendar from `calendar:` of mentorkit.yaml."""
    result = []
    for key, year in years.items():
        first = int(key[:4])
        result.append(
            SchoolYear(
                first,
                tuple(Span(t.name, t.start, t.end) for t in year.terms),
                tuple(Span(h.name, h.start, h.end) for h in year.holidays),
                year.system,
            )
        )
    return Calendar(tuple(result))
