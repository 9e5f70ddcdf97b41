"""A heading and, right after it, the days it stands for («Август 31.08.2023», «в период осенних
каникул с 5 по 11 ноября 2007 года», «в течение учебного года с сентября по май»): the heading is
not a deadline of its own, and is taken away."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from mentorkit.deadlines.beside import inside_month
from mentorkit.deadlines.phrases import Phrase, PointKind, Whole, Window


def restated(phrases: list[Phrase], text: str) -> list[Phrase]:
    """A heading and, right after it, the days it stands for: the heading is not a deadline of
    its own. `text` is normalised: a no-break space or a tab between them is a space.
    - A month before a day or days inside it: «Август 31.08.2023», «Июль с 01 по 04 июля 2025
      г.» (a row of a table read month by month); its year, if written, is theirs.
    - Holidays before the days of a window: «в период осенних каникул с 5 по 11 ноября 2007
      года», «зимние каникулы: 30.12.2024 – 08.01.2025» — which days those holidays are in this
      school, not the calendar's holidays beside them.
    - The year before a window of its months: «в течение учебного года с сентября по май»."""
    kept = list(phrases)
    for first, then in pairwise(phrases):
        if (
            isinstance(first, Whole)
            and first.each_year
            and isinstance(then, Window)
            and then.end is not None
            and not text[first.span[1] : then.span[0]].strip(" :-,;")
        ):
            # «в течение учебного года(,) с сентября по май»: the months of the year it is in
            kept.remove(first)
            continue
        if not (
            isinstance(first, Window)
            and isinstance(then, Window)
            and first.end is None
            # «в конце марта, 15 марта 2025», «до конца марта, до 15.03»: a deadline of its own
            and not first.open
            and not first.by
        ):
            continue
        between = text[first.span[1] : then.span[0]]
        if first.point.kind == PointKind.MONTH:
            inside = inside_month(then)
            if (
                inside is not None
                and inside[0] == first.point.month
                and (first.year is None or inside[1] in (None, first.year))
                and not between.strip(" ,.:-")
            ):
                kept.remove(first)
                if inside[1] is None and first.year is not None:
                    kept[kept.index(then)] = replace(then, year=first.year)
        elif (
            first.point.kind == PointKind.HOLIDAYS
            and (then.end is not None or then.point.kind == PointKind.DAYS)
            and not between.strip(" :-(")
        ):
            kept.remove(first)
    return kept
