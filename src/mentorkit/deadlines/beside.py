"""What stands beside a deadline and may not be one: a date after a remark («…, согласно
графику, до 15.11.2024»), the time a report covers or the day it is as of («по итогам 2023
года», «на 01.01.2025»), a heading run on into a window («сентябрь - май 31.05.2024»). The reader
asks these before it reads the phrases as deadlines."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from mentorkit.deadlines.phrases import Every, Phrase, PointKind, Whole, Window
from mentorkit.deadlines.tokens import Kind, tokenize
from mentorkit.deadlines.vocabulary import Cat

_TOLD = (Kind.NUM, Kind.DATE, Kind.DAYMONTH, Kind.MONTHYEAR, Kind.BADDATE, Kind.UNCLEAR)
_TOLD_WORDS = (Cat.MONTH, Cat.SEASON, Cat.HOLIDAYS, Cat.EVERY, Cat.ORDINAL, Cat.THEN)


_DATES = (Kind.DATE, Kind.DAYMONTH, Kind.MONTHYEAR, Kind.BADDATE, Kind.UNCLEAR)
_DATE_WORDS = (Cat.MONTH, Cat.SEASON, Cat.HOLIDAYS)


def dated_after(text: str, start: int, dates_only: bool = False) -> str | None:
    """The part of `text` from `start` (a remark: «по согласованию», «согласно графику») if it
    names a date, a number or a month of its own, other than a document's date and number;
    with `dates_only`, only a date, a year or a month counts (not «2 недели», «ежегодно»)."""
    tokens = tokenize(text[start:]).tokens
    for index, token in enumerate(tokens):
        previous = tokens[index - 1].text if index else ""
        document = (token.kind == Kind.DATE and previous == "от") or (
            token.kind == Kind.NUM and previous in ("№", "n")
        )
        if dates_only:
            year = token.kind == Kind.NUM and len(token.text) == 4
            told = token.kind in _DATES or token.cat in _DATE_WORDS or year
        else:
            told = token.kind in _TOLD or token.cat in _TOLD_WORDS
        if told and not document:
            return text[start:].strip()
    return None


def about_beside(phrases: tuple[Phrase, ...], text: str) -> Window | None:
    """«сентябрь 2024 по итогам 2023 года», «до 15.09.2024 на 01.09.2024»: a window that may
    be the time a report covers (or the day it is as of), beside another deadline or one said
    the other way, or right after one with nothing between («по итогам первого полугодия по
    итогам 2023 года»: the half of that year? — a list says «и» or a comma)."""
    about = [p for p in phrases if isinstance(p, Window) and p.about]
    others = [
        p
        for p in phrases
        if isinstance(p, Every | Whole) or (isinstance(p, Window) and not p.about)
    ]
    # «на 30 октября 2021 года по итогам 2023 года»: a day as of and a time covered, both.
    said = {p.about for p in about}
    run_on = any(
        a.span != b.span and not text[a.span[1] : b.span[0]].strip() for a, b in pairwise(about)
    )
    return about[-1] if about and (others or len(said) > 1 or run_on) else None


_RANGE_THEN_DAY = (
    "сразу за окном — день его последнего месяца: окно кончается этим днём или это отдельный "
    "срок — не ясно; напишите «с … по …»"
)
_MONTH_THEN_RANGE = (
    "сразу за месяцем — окно, которое начинается в нём и выходит за него: месяц — заголовок "
    "окна или отдельный срок — не ясно; оставьте одно"
)


def range_then_its_day(phrases: tuple[Phrase, ...], text: str) -> tuple[str, str] | None:
    """«Сентябрь 2023г. - Август 31.08.2023»: a range of months with, right after it, a day of
    its last month — the range's end restated, or a deadline of its own? «Август 31.08.2023 -
    Сентябрь»: a month, and a window from a day of it on. The part, as written, and why."""
    for first, then in pairwise(phrases):
        if (
            not isinstance(first, Window)
            or not isinstance(then, Window)
            or text[first.span[1] : then.span[0]].strip()
        ):
            continue
        inside = inside_month(then)
        if (
            first.end is not None
            and first.end.kind == PointKind.MONTH
            and inside is not None
            and inside[0] == first.end.month
        ):
            return text[first.span[0] : then.span[1]], _RANGE_THEN_DAY
        # «Август 31.08.2023 - Сентябрь 2023г.»: a month heading a window that runs out of it.
        opens = inside_month(replace(then, end=None))
        if (
            first.point.kind == PointKind.MONTH
            and first.end is None
            and then.end is not None
            and inside is None
            and opens is not None
            and opens[0] == first.point.month
        ):
            return text[first.span[0] : then.span[1]], _MONTH_THEN_RANGE
    return None


_IN_A_MONTH = (PointKind.DAY, PointKind.DAYS, PointKind.WEEK, PointKind.WEEKDAY)


def inside_month(window: Window) -> tuple[int, int | None] | None:
    """The month (and the year, where written; None where not) that holds every day of
    `window`; None for a window that is not inside one month."""
    months: set[tuple[int, int | None]] = set()
    for point in (window.point, window.end):
        if point is None:
            continue
        if point.kind == PointKind.DATE and point.fixed is not None:
            months.add((point.fixed.month, point.fixed.year))
        elif point.kind in _IN_A_MONTH and point.month:
            months.add((point.month, None))
        else:
            return None
    years = {year for _, year in months if year is not None}
    if len({month for month, _ in months}) != 1 or len(years) > 1:
        return None
    year = next(iter(years), None)
    if window.year is not None and year is not None and window.year != year:
        return None
    return next(iter(months))[0], year if year is not None else window.year
