"""Phrases read side by side, where the reading of each alone would add up to a confident wrong
answer: a month heading a day inside it («Август 31.08.2023»), two days with nothing between them
(«Сентябрь март»), a recurrence «до» a day («ежемесячно до 15.12.2024»), «далее постоянно» after a
day later than the period's start. Each returns the span not understood, or None. (A heading and
the days it stands for, read together, are `headings`.)"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from mentorkit.deadlines.calendar import Calendar
from mentorkit.deadlines.counts import ONCE_INSIDE, may_be_times, once_inside
from mentorkit.deadlines.period import Period
from mentorkit.deadlines.phrases import Every, Phrase, PointKind, Then, Whole, Window
from mentorkit.deadlines.placing import inside
from mentorkit.deadlines.recur import bounded
from mentorkit.deadlines.vocabulary import MONTH_ABBREVIATIONS, MONTH_GENITIVES, Unit

UNMARKED = (
    "между сроками нет ни тире, ни запятой: это окно («с … по …», «… – …») или два срока («…, …», "
    "«… и …»)? Поставьте знак"
)
_SIDE_BY_SIDE = {
    PointKind.DATE: "day",
    PointKind.DAY: "day",
    PointKind.MONTH: "month",
}


def unmarked(phrases: list[Phrase], text: str, raw: str = "") -> tuple[int, int] | None:
    """«Сентябрь март», «30.11.2007 01.12.2007», «25 января 25 апреля 2012 года»: two days or
    months with nothing but a space between them — a window with its dash lost, or two
    deadlines with their comma lost? The span of both, or None. `text` is normalised. More than
    two («сентябрь ноябрь январь март»), ranges («28.12.09 - 31.12.09 08.01.10 - 31.01.10»), a
    first one closed by its year («5 февраля 2025 г. 9 апреля 2025 г.») are a list; a month and a
    day of another («сентябрь 15.10.2023») are two deadlines; so are two on lines of their own
    in `raw`, the text as written («сентябрь 2024⏎декабрь 2024»: a cell's list)."""
    if len(phrases) != 2:
        return None
    first, then = phrases
    if (
        isinstance(first, Window)
        and isinstance(then, Window)
        and first.end is None
        and then.end is None
        and first.point.kind in _SIDE_BY_SIDE
        and _SIDE_BY_SIDE[first.point.kind] == _SIDE_BY_SIDE.get(then.point.kind)
        and first.span[1] <= then.span[0]
        and not text[first.span[1] : then.span[0]].strip(" ")
        and "\n" not in raw[first.span[1] : then.span[0]]
        # «5 февраля 2025 г. 9 апреля 2025 г.» is a list; «15 ноября 2016 года до 15 января 2017
        # года» is not: «до» says an end, and the «с» of the window may be lost
        and (
            then.by
            or not re.search(r"(?<![а-я])(?:г\.?|года)$", text[first.span[0] : first.span[1]])
        )
    ):
        return first.span[0], then.span[1]
    return None


PART_THEN_ITS_DAY = (
    "сразу после части учебного года (четверти, полугодия, каникул) — день: это её день "
    "(окончания, начала) или ещё один срок? Оставьте дату («до 25.10.2024») или поставьте "
    "запятую между сроками"
)
_PARTS = (PointKind.PART, PointKind.HOLIDAYS)


def part_then_its_day(phrases: list[Phrase], text: str) -> tuple[int, int] | None:
    """«Окончание 1 четверти 25 октября», «1 четверть 25 октября», «Каникулы 28 октября», «в
    период каникул 30 октября»: a term, a half or holidays, then one day with nothing but a
    space, a colon or a dash between — the day of it (its end, its start), or another deadline?
    Read alone, each gave a deadline of its own. The span of both, or None; with a comma, «I
    четверть, 25 октября», a list."""
    for first, then in pairwise(phrases):
        if not (isinstance(first, Window) and isinstance(then, Window)):
            continue
        if first.point.kind not in _PARTS or first.end is not None or then.end is not None:
            continue
        if then.point.kind not in (PointKind.DAY, PointKind.DATE) or then.by:
            continue  # «I полугодие до 25 декабря»: `span_until_a_day` says why
        if not text[first.span[1] : then.span[0]].strip(" :-–—"):
            return first.span[0], then.span[1]
    return None


TWO_MONTHS_SAID = "два месяца подряд после числа: какой из них верный? Оставьте один"
_GOVERNED_MONTHS = MONTH_GENITIVES | MONTH_ABBREVIATIONS
"""A month as a day governs it («апреля», «апр.»), not as a list names it («апрель»)."""


def month_after_a_day(phrases: list[Phrase], text: str) -> tuple[int, int] | None:
    """«с 11 по 25 апреля января», «15 мая июнь»: a day's month, then another month with nothing
    between — a month typed twice, not a day and then all of another month (with a comma, «15
    мая, июнь», a list). The span of both, or None."""
    for first, then in pairwise(phrases):
        if not (isinstance(first, Window) and isinstance(then, Window)) or then.end is not None:
            continue
        last = first.end or first.point
        if then.point.kind != PointKind.MONTH or last.kind not in (PointKind.DAY, PointKind.DAYS):
            continue
        between = text[first.span[1] : then.span[0]]
        words = text[first.span[0] : first.span[1]].split()
        if (
            not between.strip(" .")  # «апр. января»: the dot of the first month's short name
            and words
            and words[-1].strip(".") in _GOVERNED_MONTHS
        ):
            return first.span[0], then.span[1]
    return None


EVERY_UNTIL_A_DAY = (
    "после повторения «до» дня: повторение до этого дня (с какого?) или с него — не ясно; "
    "напишите «с … по …» или «…, далее …»"
)
_UNTIL_KINDS = (PointKind.DATE, PointKind.DAY)


def every_until_a_day(phrases: list[Phrase]) -> tuple[int, int] | None:
    """«ежемесячно до 15.12.2024», «еженедельно до 15 октября», «по средам до 16.10.2024»,
    «ежегодно до 1 сентября 2025»: a day after a recurrence, with «до» or «по» — the
    recurrence's end — was read as its first time (and the recurrence from it on) or as the
    only deadline. The span, or None."""
    if any(isinstance(p, Then) or (isinstance(p, Window) and p.since) for p in phrases):
        return None  # «…, далее …»; «с 1 сентября ежемесячно, до 1 мая»: `_since` says why
    for every in phrases:
        if not isinstance(every, Every):
            continue
        for window in phrases:
            if (
                isinstance(window, Window)
                and window.by
                and window.end is None
                and window.point.kind in _UNTIL_KINDS
                and window.span[0] > every.span[0]
                # «ежегодно до 1 сентября» is each year's day; with its year («ежегодно до 1
                # сентября 2025») the same question: each year up to 2025, or from that day on?
                and (every.unit != Unit.YEAR or _year_written(window))
            ):
                return every.span[0], window.span[1]
    return None


def _year_written(window: Window) -> bool:
    return window.year is not None or window.point.kind == PointKind.DATE


THEN_ALL_THE_TIME = (
    "после срока «далее» и «постоянно» («ежедневно», «в течение года»): с этого срока до конца "
    "периода или весь период — не ясно; напишите «с … по …»"
)


def then_all_the_time(
    phrases: list[Phrase], period: Period, calendar: Calendar
) -> tuple[int, int] | None:
    """«январь, далее постоянно», «15.01.2025, далее в течение года»: all the time, but from
    that day on — not the whole period, which begins before it (from the period's first day,
    «до 1 сентября 2024 г., далее – постоянно» is read). The span from «далее» on, or None."""
    for index, phrase in enumerate(phrases):
        windows = [p for p in phrases[:index] if isinstance(p, Window)]
        whole = next((p for p in phrases[index + 1 :] if isinstance(p, Whole)), None)
        if not isinstance(phrase, Then) or not windows or whole is None:
            continue
        placed = inside(windows[0], period, period.school, calendar)
        if not placed or (placed[0][0] or placed[0][1]) > period.start:
            return phrase.span[0], whole.span[1]
    return None


ALL_THE_TIME_BESIDE_A_DAY = (
    "«постоянно» («в течение всего периода») рядом со сроком-днём: всё время до этого дня, или "
    "этот срок и ещё весь период — не ясно; напишите «с … по …» или оставьте одно"
)
_ONE_DAY = (PointKind.DATE, PointKind.DAY, PointKind.WEEKDAY)


def all_the_time_beside_a_day(phrases: list[Phrase]) -> tuple[int, int] | None:
    """«до 27 ноября; постоянно», «постоянно, до 27.11.2024»: beside a window «постоянно» is
    that window («сентябрь-май, постоянно»), but a day has no span to go on in — all the time
    up to it, or the day and the whole period besides? The span of both, or None."""
    if any(isinstance(p, Then) for p in phrases):
        return None  # «…, далее постоянно»: `then_all_the_time`
    whole = next((p for p in phrases if isinstance(p, Whole) and not p.each_year), None)
    days = [
        p
        for p in phrases
        if isinstance(p, Window)
        and not p.since
        and p.end is None
        and (p.open or p.point.kind in _ONE_DAY)
    ]
    if whole is None or not days:
        return None
    spans = [whole.span, *(d.span for d in days)]
    return min(s[0] for s in spans), max(s[1] for s in spans)


SPAN_UNTIL_A_DAY = (
    "сразу за сроком-окном «до» дня: окно кончается этим днём, или это ещё один срок — не ясно; "
    "напишите «с … по …» или поставьте запятую"
)
_SPANS = (PointKind.MONTH, PointKind.DAYS, PointKind.WEEK, PointKind.PART, PointKind.HOLIDAYS)


def span_until_a_day(phrases: list[Phrase], text: str) -> tuple[int, int] | None:
    """«в каникулярное время до 01.03.2025», «I полугодие до 25 декабря», «в течение года до
    01.03.2025», «сентябрь до 15.10.2024»: a span and, with nothing between, «до» a day —
    the end of the span, or a deadline of its own? A month heading a day inside it («октябрь
    до 15 октября», `restated`) and a year heading it («2024-2025 учебный год до …»)
    are read; «сентябрь, до 15.10.2024» is a list. `text` is normalised. The span, or None."""
    for first, then in pairwise(phrases):
        if not (
            isinstance(then, Window)
            and then.by
            and not then.since
            and then.end is None
            and then.point.kind in _UNTIL_KINDS
        ):
            continue
        spanning = isinstance(first, Whole) or (
            isinstance(first, Window)
            and not first.open
            and not first.since
            and (first.end is not None or first.point.kind in _SPANS)
            and first.point.kind not in (PointKind.YEAR, PointKind.SCHOOL_YEAR)
        )
        between = text[first.span[1] : then.span[0]]
        if spanning and first.span[1] <= then.span[0] and not re.search(r"[,;/]|\bи\b", between):
            return first.span[0], then.span[1]
    return None


EVERY_BESIDE_A_DAY = (
    "повторение рядом со сроком без года: с этого срока каждый раз или один он — не ясно; "
    "напишите «…, далее …» или год"
)


def every_beside_a_day(
    phrases: list[Phrase], period: Period, calendar: Calendar
) -> tuple[int, int] | None:
    """«до 27 ноября; ежемесячно», «15 сентября, по средам», «25-29 мая; еженедельно по
    пятницам», «последняя пятница месяца; первая декада мая»: a recurrence beside windows
    without a year, none of them its first time (no «далее») nor its bound (none holds several
    of its units) — read as the windows alone, the recurrence dropped. «до 27.11.2024,
    ежемесячно» (the day with its year): `every_beside_a_date`; «ежемесячно с сентября по май»
    (its bound) and «до 27 ноября, ежегодно» (each year's day) are read. The span, or None."""
    everies = [p for p in phrases if isinstance(p, Every) and p.unit != Unit.YEAR]
    windows = [p for p in phrases if isinstance(p, Window)]
    if (
        not everies
        or not windows
        or any(e.day is not None for e in everies)
        or any(isinstance(p, Then) or (isinstance(p, Window) and p.since) for p in phrases)
        or any(_year_written(w) or w.school_year is not None for w in windows)
        or may_be_times(everies, windows)
        or bounded(phrases, period, calendar)
    ):
        return None
    spans = [e.span for e in everies] + [w.span for w in windows]
    return min(s[0] for s in spans), max(s[1] for s in spans)


EVERY_BESIDE_A_DATE = (
    "повторение рядом со сроком с годом без «далее»: с этого срока каждый раз, до него или этот "
    "срок и ещё повторение весь период — не ясно; напишите «…, далее …» или «с … по …»"
)


def every_beside_a_date(
    phrases: list[Phrase], text: str, period: Period, calendar: Calendar
) -> tuple[int, int] | None:
    """«до 15.03.2025; ежемесячно», «25-29.11.2024, еженедельно», «сентябрь 2024; 2 раза в
    год»: a recurrence beside a day or days with their year and no «далее» — from that day on
    (as «…, далее ежемесячно»), up to it (as «ежемесячно до 15.03.2025», not understood), or the
    day and the recurrence over the whole period besides? Not guessed. Read: the recurrence in
    brackets right after the days, saying how often they are («Февраль 2021 г. (не реже одного
    раза в год)», «15.03.2025 (ежемесячно)»); a window that bounds the recurrence («I квартал
    2025, ежемесячно»), or months that are its times; «ежегодно» in a period of one year (the
    day is that year's time). One month with its year is no list of times: «сентябрь 2024,
    ежеквартально» is the same question. `text` is normalised. The span, or None."""
    if any(isinstance(p, Then) or (isinstance(p, Window) and p.since) for p in phrases):
        return None
    one_year = len(period.years()) <= 1
    everies = [
        p
        for p in phrases
        if isinstance(p, Every) and p.day is None and not (p.unit == Unit.YEAR and one_year)
    ]
    windows = [p for p in phrases if isinstance(p, Window)]
    dated = [
        w
        for w in windows
        if _year_written(w)
        and w.point.kind not in (PointKind.YEAR, PointKind.SCHOOL_YEAR)
        and w.school_year is None
    ]
    if not everies or not dated or (len(dated) > 1 and may_be_times(everies, windows)):
        return None  # «2 раза в год (май 2025, декабрь 2025)»: its times, `uneven` checks them
    if bounded(phrases, period, calendar):
        return None
    for every in everies:
        before = text[: every.span[0]].rstrip(" ")
        if before.endswith("(") and any(w.span[1] <= every.span[0] for w in dated):
            return None
    spans = [e.span for e in everies] + [w.span for w in dated]
    return min(s[0] for s in spans), max(s[1] for s in spans)


END_OF_YEAR_BESIDE = (
    "«по итогам года» («в конце учебного года») рядом с другим сроком: это срок отчёта о нём или "
    "ещё один срок — не ясно; оставьте один или напишите день"
)


def end_of_year_beside(phrases: list[Phrase], text: str) -> tuple[int, int] | None:
    """«II четверть; по итогам года», «в летние каникулы, в конце учебного года»: the end of
    the year beside another deadline was taken for «ежегодно» and dropped. Days restated in
    brackets right after it («1 раз в конце учебного года (с 24 апреля по 15 мая)») say when it
    is, and are read. `text` is normalised. The span of both, or None."""
    ends = [p for p in phrases if isinstance(p, Every) and p.unit == Unit.YEAR and p.ends]
    for every in ends:
        for window in (p for p in phrases if isinstance(p, Window)):
            if window.span[0] >= every.span[1] and text[every.span[1] : window.span[0]].strip(
                " "
            ).startswith("("):
                continue
            spans = (every.span, window.span)
            return min(s[0] for s in spans), max(s[1] for s in spans)
    return None


def not_read_together(
    phrases: list[Phrase], text: str, raw: str, period: Period, calendar: Calendar
) -> tuple[str, tuple[int, int]] | None:
    """The first of the guards above that finds phrases a reading of each alone would get
    wrong side by side: its reason and the span, or None. `text` is normalised, `raw` as
    written."""
    checks: list[tuple[str, Callable[[], tuple[int, int] | None]]] = [
        (UNMARKED, lambda: unmarked(phrases, text, raw)),
        (TWO_MONTHS_SAID, lambda: month_after_a_day(phrases, text)),
        (PART_THEN_ITS_DAY, lambda: part_then_its_day(phrases, text)),
        (EVERY_UNTIL_A_DAY, lambda: every_until_a_day(phrases)),
        (EVERY_BESIDE_A_DAY, lambda: every_beside_a_day(phrases, period, calendar)),
        (EVERY_BESIDE_A_DATE, lambda: every_beside_a_date(phrases, text, period, calendar)),
        (SPAN_UNTIL_A_DAY, lambda: span_until_a_day(phrases, text)),
        (THEN_ALL_THE_TIME, lambda: then_all_the_time(phrases, period, calendar)),
        (ALL_THE_TIME_BESIDE_A_DAY, lambda: all_the_time_beside_a_day(phrases)),
        (END_OF_YEAR_BESIDE, lambda: end_of_year_beside(phrases, text)),
        (ONCE_INSIDE, lambda: once_inside(phrases, period, calendar)),
    ]
    for reason, check in checks:  # in order: a later check may place what an earlier refuses
        span = check()
        if span is not None:
            return reason, span
    return None
