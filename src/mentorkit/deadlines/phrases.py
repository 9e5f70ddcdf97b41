"""What the parser makes of a deadline text: plain-data phrases, or a failure with its span.

A phrase says what the text names («сентябрь», «II четверть», «ежеквартально до 5 числа»), not
which days it falls on: placing it in the period and the school calendar is the resolver's work.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from mentorkit.deadlines.vocabulary import Unit
from mentorkit.records import dataclass

Span = tuple[int, int]
"""Where in the original text: start and end offsets."""


class PointKind(StrEnum):
    DATE = "date"  # 15.03.2024: `fixed`
    DAY = "day"  # 15 марта: `day`, `month`
    DAYS = "days"  # 10–15 сентября: `day`..`last`, `month`
    WEEK = "week"  # 2-я неделя сентября: week `last` (5: the last) of `month`
    MONTH = "month"  # сентябрь: `month`
    PART = "part"  # IV квартал, I–II полугодие, II четверть: parts `first`..`last` of `unit`
    YEAR = "year"  # 2024 (год): the year is the window's `year`
    SCHOOL_YEAR = "school_year"  # 2023-2024 учебный год: the window's `school_year`
    HOLIDAYS = "holidays"  # в каникулы, осенние каникулы: `season` or every holiday
    WEEKDAY = "weekday"  # первая среда декабря: weekday `day` (0 Monday), number `last` (5: last)


@dataclass(frozen=True)
class Point:
    kind: PointKind
    month: int = 0
    day: int = 0
    first: int = 0
    last: int = 0
    unit: Unit | None = None
    fixed: date | None = None
    season: str | None = None
    to_end: bool = False
    """DAYS: the window runs to the month's last day («третья декада мая», «вторая половина
    сентября»), whatever `last` says."""


@dataclass(frozen=True)
class Window:
    """Days a text names, with or without the year; a range when `end` is set."""

    point: Point
    year: int | None = None
    """The year written: of the due date (of the end, for a range)."""
    school_year: int | None = None
    """«I четверть 2023-2024 учебного года»: the school year's first year."""
    end: Point | None = None
    """A range («сентябрь – ноябрь»): from the start of `point` to the due day of `end`."""
    start_year: int | None = None
    """A range: the year written on its first end («ноябрь 2023 – январь»)."""
    by: bool = False
    """Written with «до»: due by that day."""
    open: bool = False
    """No start is said («до …», «в конце …», «по итогам …»): only the due day counts."""
    same_as: tuple[int, int, int | None] | None = None
    """«первую среду декабря (04.12.2024)»: the day restated in brackets, as (day, month, year)."""
    days: int | None = None
    """«30.10.2023 - 05.11.2023 (7 дней)»: how many days the text says the window holds."""
    in_weeks: bool = False
    """`days` was said in weeks: a school calendar's weeks of lessons, which holidays make fewer
    than the window's («с 01.09.2023 по 31.05.2024 - 36 недель»), but not a fifth fewer."""
    who: str | None = None
    """«До 15.09.2021г./ МУ «РЦ УО»»: the body named after the date, in a column that mixes the
    deadline with who is responsible for it."""
    since: bool = False
    """«с 1 сентября», «с 2024 года»: a start with no end said; open from it to the period's end."""
    about: str | None = None
    """«по итогам 2023 года», «на 01.01.2025»: the time a report covers or the day it is as of
    (the word that says so: «итогам», «на»); alone, a deadline, but beside another one, or
    beside one said the other way, which of them is due is not guessed."""
    span: Span = (0, 0)


@dataclass(frozen=True)
class Every:
    """A recurrence: every unit of the period."""

    unit: Unit
    day: int | None = None
    """«до 5 числа»: due on that day of the unit's first month."""
    ends: bool = False
    """«в конце года», «по итогам четверти»: due at each unit's end, with no start."""
    school: bool = False
    """«в конце учебного года»: the year is the school year, whatever the period."""
    weekday: int | None = None
    """«каждый понедельник», «по средам»: weekly, due on that weekday (0 Monday); with `nth`,
    monthly: «последняя пятница месяца»."""
    also: tuple[int, ...] = ()
    """«по вторникам и четвергам»: the other weekdays of a weekly recurrence."""
    nth: int | None = None
    """«первый понедельник каждого месяца»: which such weekday of the month (5: the last)."""
    from_day: int | None = None
    """«ежемесячно с 9 по 17 число»: the window opens on that day (else on the unit's first)."""
    last_month: bool = False
    """«до 25 числа последнего месяца квартала»: the day is in the unit's last month."""
    span: Span = (0, 0)


@dataclass(frozen=True)
class Whole:
    """A continuous span: the whole period, or each of its years."""

    each_year: bool
    span: Span = (0, 0)


@dataclass(frozen=True)
class Then:
    """«далее», «затем»: what follows repeats what came before."""

    span: Span = (0, 0)


Phrase = Window | Every | Whole | Then


@dataclass(frozen=True)
class Failure:
    """A part of the text that could not be read, and why."""

    span: Span
    reason: str


@dataclass(frozen=True)
class Parsed:
    phrases: tuple[Phrase, ...]
    failures: tuple[Failure, ...]
    ignored: tuple[str, ...]
    """Marks read past: footnotes, a weekday in brackets, doubled punctuation."""
    used: tuple[Span, ...]
    """The spans of the numbers the phrases were read from (each number of the text is in one,
    or the text is not understood)."""
    asides: tuple[Span, ...] = ()
    """Brackets after a window that name days of their own («сентябрь–октябрь (1 полугодие)»,
    «ноябрь (по итогам I четверти)»): a restatement, which the reader checks against the window."""
