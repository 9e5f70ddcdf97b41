"""Read a deadline text: tokens → phrases → occurrences in the period, or why not.

Text set by someone else («по отдельному графику») is unscheduled; any part not understood
makes the whole text not understood, with that part quoted: the reader never guesses.
"""

from __future__ import annotations

import re

from mentorkit.deadlines.calendar import DEFAULT, SYSTEM_NAMES, Calendar
from mentorkit.deadlines.lazy import LazyOccurrences
from mentorkit.deadlines.parser import parse, quoted
from mentorkit.deadlines.period import Period
from mentorkit.deadlines.phrases import Every, Phrase, PointKind, Window
from mentorkit.deadlines.recur import DateMismatch, DaysMismatch, merged, occurrences
from mentorkit.deadlines.resolve import NotInCalendar, SeasonAcross
from mentorkit.deadlines.schedule import Schedule, ScheduleKind
from mentorkit.deadlines.tokens import Kind, normalize_deadline, place_centuries, tokenize
from mentorkit.deadlines.vocabulary import Cat, Unit
from mentorkit.words import plural

_UNSCHEDULED = re.compile(
    r"(?<![а-я])(?:"
    r"по\s+(?:отдельн\w*\s+|утвержденн\w*\s+|особ\w*\s+)?(?:график\w*|план\w*|расписани\w*|запрос\w*"
    r"|согласовани\w*|мере\s+\w+|необходимости|приказ\w*|распоряжени\w*|срок\w*|положени\w*"
    r"|решени\w*|письм\w*|заявк\w*|потребност\w*|указани\w*|информаци\w*|вызов\w*)"
    r"|в\s+соответствии\s+с|согласно|в\s+(?:установленн\w*|определенн\w*|указанн\w*)\s+срок\w*"
    r"|в\s+срок\w*,?\s+(?:установленн\w*|определенн\w*|указанн\w*)"
    r"|в\s+(?:ходе|рамках|дни|период|время)\s+проведени\w*|в\s+ходе\s"
    r"|при\s+(?:необходимости|наличии|поступлении)|будет\s+определ\w*|уточня\w*|определя\w*"
    # Counted from an event: «не позднее чем за 2 недели до …», «в течение трёх рабочих дней».
    r"|не\s+позднее\s+чем\s+(?:за|через)\s"
    r"|(?:не\s+позднее|через|за)\s+(?:\d{1,3}|одн\w*|дв\w+|тр\w+|пят\w+|десят\w+)\s+"
    r"(?:(?:календарн|рабоч)\w*\s+)?(?:дн|день|недел|месяц)\w*\s+(?:до|после|со?\s|от\s)"
    r"|(?:в\s+течение|через|не\s+позднее)\s+(?:\d{1,3}\s+)?(?:дн\w*|недел\w*|месяц\w*|"
    r"квартал\w*|года)\s+(?:после|со\s+дня|с\s+момента|с\s+даты|от\s+даты)"
    r"|(?:в\s+течение|в\s+срок\s+не\s+более|на\s+срок\s+от)\s+"
    r"(?:\d{1,3}|одн\w*|дв\w+|тр\w+|четыр\w+|пят\w+|шест\w+|сем\w+|десят\w+)\s+"
    r"(?:(?:календарн|рабоч)\w*\s+)?(?:дн|день|недел|месяц|час|лет\b|год)"
    r")"
)

_EVENT_ALONE = re.compile(
    r"^\W*(?:(?:сразу\s+)?после\s+(?!чего|этого|того)[а-я]"
    r"|по\s+(?:итогам|окончании|завершении|результатам)\s+(?!(?:каждо|перв|втор|трет|четв|"
    r"i\b|ii\b|iii\b|iv\b|учебн|года|год\b|полугод|четверт|квартал|триместр|месяц|недел|"
    r"отчетн|всего|весь|реализации|проекта|программы|периода))[а-я])"
)
"""An event and nothing else («после утверждения программы», «по итогам конкурса»): no date.
With a date beside it («После педсовета, октябрь 2023г.») it is a part not understood."""

MAX_LENGTH = 300
"""Longer text is not a deadline (and reading it would take long)."""

_CALENDAR_UNITS = (Unit.TERM, Unit.TRIMESTER)


def read_deadline(text: str, period: Period, calendar: Calendar = DEFAULT) -> Schedule:
    """Read a deadline text as a person would, over the roadmap's `period`, with the school's
    `calendar` (the defaults where it has none). Never raises."""
    try:
        return _read(text, period, calendar)
    except DaysMismatch as error:
        held = plural((error.due - error.start).days + 1, "день", "дня", "дней")
        reason = (
            f"в сроке сказано {plural(error.said, 'день', 'дня', 'дней')}, а с "
            f"{error.start:%d.%m.%Y} по {error.due:%d.%m.%Y} — {held}"
        )
        return _not_understood(text, reason, text)
    except DateMismatch as error:
        day, month, year = error.said
        written = f"{day:02d}.{month:02d}" + (f".{year}" if year else "")
        reason = f"в скобках {written}, а срок выпадает на {error.due:%d.%m.%Y}"
        return _not_understood(text, reason, text)
    except SeasonAcross:
        reason = "время года лишь частью в периоде (какие месяцы?): напишите месяцы или год"
        return _not_understood(text, reason, text)
    except NotInCalendar as error:
        return _not_understood(text, _calendar_reason(error, calendar), text)
    except (ValueError, OverflowError, RecursionError):
        return _not_understood(text, "в тексте нет такой даты", text)


def _not_understood(text: str, reason: str, part: str) -> Schedule:
    return Schedule(text, ScheduleKind.NOT_UNDERSTOOD, reason=reason, unparsed=part)


def _read(text: str, period: Period, calendar: Calendar) -> Schedule:
    if not text.strip():
        return _not_understood(text, "срок пуст", "")
    if len(text) > MAX_LENGTH:
        reason = f"срок длиннее {MAX_LENGTH} знаков: запишите в сроке только срок"
        return _not_understood(text, reason, text)
    normal = normalize_deadline(text)
    if _EVENT_ALONE.match(normal) and not any(
        t.kind != Kind.WORD or t.cat in (Cat.MONTH, Cat.SEASON, Cat.HOLIDAYS)
        for t in tokenize(text).tokens
        if t.kind != Kind.PUNCT
    ):
        return Schedule(text, ScheduleKind.UNSCHEDULED, reason=text.strip(" .,;()"))
    marker = _UNSCHEDULED.search(normal)
    head = text[: marker.start()] if marker else text
    tokens = place_centuries(tokenize(head), period.start.year, period.end.year)
    parsed = parse(tokens, head)
    if marker:
        reason = text[marker.start() :].strip(" .,;()")
        dated = [p for p in parsed.phrases if isinstance(p, Window)]
        if parsed.failures or not dated:
            return Schedule(text, ScheduleKind.UNSCHEDULED, reason=reason)
    if parsed.failures:
        part = " … ".join(quoted(head, *failure.span) for failure in parsed.failures)
        specific = [f.reason for f in parsed.failures if f.reason != "часть текста не понята"]
        return _not_understood(text, specific[0] if specific else "часть текста не понята", part)
    phrases = merged(list(parsed.phrases))
    everies = [p for p in phrases if isinstance(p, Every)]
    if len({(e.unit, e.weekday) for e in everies}) > 1 or any(
        e.day and e.unit in (Unit.WEEK, Unit.TERM, Unit.TRIMESTER) for e in everies
    ):
        return _not_understood(text, "повторения противоречат друг другу: оставьте одно", text)
    found = occurrences(phrases, period, calendar)
    if not found:
        return _not_understood(text, "в тексте нет ни одной даты", text)
    backwards = (
        found.backwards
        if isinstance(found, LazyOccurrences)
        else next((o for o in found if o.start is not None and o.start > o.due), None)
    )
    if backwards is not None and backwards.start is not None:
        reason = f"начало {backwards.start:%d.%m.%Y} позже конца {backwards.due:%d.%m.%Y}"
        return _not_understood(text, reason, text)
    used = _calendar_years(parsed.phrases, period, calendar)
    if not isinstance(found, LazyOccurrences):
        found = tuple(found)
    return Schedule(text, ScheduleKind.SCHEDULED, found, ignored=parsed.ignored, calendar=used)


def _uses_calendar(phrase: Phrase) -> bool:
    if isinstance(phrase, Window):
        return phrase.point.kind == PointKind.HOLIDAYS or phrase.point.unit in _CALENDAR_UNITS
    if isinstance(phrase, Every):
        return phrase.unit in _CALENDAR_UNITS or (phrase.school and phrase.ends)
    return False


def _calendar_years(
    phrases: tuple[Phrase, ...], period: Period, calendar: Calendar
) -> tuple[tuple[str, bool], ...]:
    """The school years of the period whose calendar the reading used."""
    if not any(_uses_calendar(p) for p in phrases):
        return ()
    first = period.start.year - (1 if period.start.month < 9 else 0)
    last = min(period.end.year - (1 if period.end.month < 9 else 0), first + 50)
    years = [calendar.year(y) for y in range(first, last + 1)]
    return tuple((year.label, year.default) for year in years)


def _calendar_reason(error: NotInCalendar, calendar: Calendar) -> str:
    if error.first is None:
        return "в календаре школы нет такой части года"
    year = calendar.year(error.first)
    if error.what == PointKind.HOLIDAYS:
        return f"в календаре на {year.label} учебный год нет таких каникул"
    has = SYSTEM_NAMES.get(year.system, "") if year.system else ""
    wanted = SYSTEM_NAMES.get(error.what, "") if isinstance(error.what, Unit) else ""
    return (
        f"в календаре на {year.label} учебный год (calendar в mentorkit.yaml) "
        f"{has or 'другие части года'}, а в сроке — {wanted or 'другие части года'}: "
        "исправьте срок или календарь"
    )
