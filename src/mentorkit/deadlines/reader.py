"""Read a deadline text: tokens → phrases → occurrences in the period, or why not.

Text set by someone else («по отдельному графику») is unscheduled; any part not understood
makes the whole text not understood, with that part quoted: the reader never guesses.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from mentorkit.deadlines.beside import about_beside, dated_after, range_then_its_day
from mentorkit.deadlines.calendar import DEFAULT, Calendar
from mentorkit.deadlines.calendars_used import calendar_reason
from mentorkit.deadlines.early import begun_long_after, ended_before
from mentorkit.deadlines.elsewhere import (
    COUNTED,
    EVENT_ALONE,
    SET_ELSEWHERE,
    UNTIL_NOW,
    YET_AND_MORE,
    date_yet_to_be_set,
)
from mentorkit.deadlines.events import (
    BEFORE_AN_EVENT,
    BOUNDED,
    DURATION,
    FROM_A_DATE,
    HOUR,
    blanked,
    changes_the_day,
    event_parts,
)
from mentorkit.deadlines.exceptions import taken_out
from mentorkit.deadlines.headings import restated
from mentorkit.deadlines.lengths import in_total
from mentorkit.deadlines.parser import parse, quoted
from mentorkit.deadlines.period import Period
from mentorkit.deadlines.phrases import Every, Phrase, Then, Whole, Window
from mentorkit.deadlines.placing import SeasonAcross
from mentorkit.deadlines.recur import DateMismatch, DaysMismatch, merged
from mentorkit.deadlines.remarks import (
    condition_after,
    length_first,
    resumed,
    skipped_remark,
    without_remarks,
)
from mentorkit.deadlines.resolve import Backward, NotInCalendar, Unplaced
from mentorkit.deadlines.schedule import Schedule, ScheduleKind
from mentorkit.deadlines.scheduled import not_understood, scheduled, since, weekdays_hold
from mentorkit.deadlines.side_by_side import not_read_together
from mentorkit.deadlines.tokens import Kind, normalize_deadline, place_centuries, tokenize
from mentorkit.deadlines.vocabulary import Cat
from mentorkit.words import plural

_CUT_OFF = re.compile(r"-[\s.?!…]*$")
"""A dash at the end of the text, nothing but marks after it."""

_UNCLOSED = re.compile(r"\((?=[^()]*\w)[^()]*$")
"""A bracket opened at the end of the text and never closed, with words after it: «9 июня (чт»."""

MAX_LENGTH = 300
"""Longer text is not a deadline (and reading it would take long)."""


def read_deadline(
    text: str, period: Period, calendar: Calendar = DEFAULT, plan: bool = True
) -> Schedule:
    """Read a deadline text as a person would, over the roadmap's `period`, with the school's
    `calendar` (the defaults where it has none). `plan`: the period is a plan's own; False for a
    period only chosen to read the text in (`mentorkit deadline` without --period), before which
    no deadline is a slip of the year. Never raises."""
    schedule = _guarded(text, period, calendar)
    return begun_long_after(ended_before(schedule, period), period) if plan else schedule


def _guarded(text: str, period: Period, calendar: Calendar) -> Schedule:
    try:
        return _read(text, period, calendar)
    except DaysMismatch as error:
        held = plural((error.due - error.start).days + 1, "день", "дня", "дней")
        reason = (
            f"в сроке сказано {plural(error.said, 'день', 'дня', 'дней')}, а с "
            f"{error.start:%d.%m.%Y} по {error.due:%d.%m.%Y} — {held}"
        )
        return not_understood(text, reason, text)
    except DateMismatch as error:
        day, month, year = error.said
        written = f"{day:02d}.{month:02d}" + (f".{year}" if year else "")
        reason = f"в скобках {written}, а срок выпадает на {error.due:%d.%m.%Y}"
        return not_understood(text, reason, text)
    except Backward as error:
        reason = (
            f"конец срока совпадает с началом ({error.start:%d.%m}): напишите год конца"
            if error.due == error.start
            else f"конец срока ({error.due:%d.%m}) раньше начала ({error.start:%d.%m}): "
            "проверьте даты"
            if error.due.month >= error.start.month
            else f"окно с {error.start:%d.%m} по {error.due:%d.%m} переходит через 1 сентября в "
            "другой учебный год: напишите годы"
        )
        return not_understood(text, reason, text)
    except Unplaced as error:
        return not_understood(text, error.reason, text)
    except SeasonAcross:
        reason = "время года лишь частью в периоде (какие месяцы?): напишите месяцы или год"
        return not_understood(text, reason, text)
    except NotInCalendar as error:
        return not_understood(text, calendar_reason(error, calendar), text)
    except (ValueError, OverflowError, RecursionError):
        return not_understood(text, "в тексте нет такой даты", text)


def _read(text: str, period: Period, calendar: Calendar, outer: bool = True) -> Schedule:
    # `outer`: the text as written; False for a part of it read again (beside an event phrase,
    # outside or inside brackets), which is read by the grammar alone.
    if not text.strip():
        return not_understood(text, "срок пуст", "")
    if len(text) > MAX_LENGTH:
        reason = f"срок длиннее {MAX_LENGTH} знаков: запишите в сроке только срок"
        return not_understood(text, reason, text)
    closed = _closed(text, period, calendar) if outer else None
    if closed is not None:
        return closed
    normal = normalize_deadline(text)
    bounded = BOUNDED.search(normal) if outer else None
    if bounded is not None and not _dated(text[bounded.start("event") : bounded.end("event")]):
        start, end = bounded.span()
        found = _read(text[:start] + "по".ljust(end - start) + text[end:], period, calendar, False)
        said = " ".join(text[start : bounded.end("event")].split())
        return replace(found, text=text, ignored=(*found.ignored, said))
    if EVENT_ALONE.match(normal) and not any(
        t.kind != Kind.WORD or t.cat in (Cat.MONTH, Cat.SEASON, Cat.HOLIDAYS)
        for t in tokenize(text).tokens
        if t.kind != Kind.PUNCT
    ):
        return Schedule(text, ScheduleKind.UNSCHEDULED, reason=text.strip(" .,;()"))
    taken = taken_out(text, normal, lambda rest: _read(rest, period, calendar)) if outer else None
    if taken is not None:
        return taken
    cut = _CUT_OFF.search(normal)
    if cut and any(char.isalnum() for char in normal[: cut.start()]):
        # «01.09.2024 -», «сентябрь 2024 – ?»: a window whose end was lost, not a day alone.
        reason = "после тире нет конца окна: допишите его или уберите тире"
        return not_understood(text, reason, text.strip())
    until_now = UNTIL_NOW.search(normal)
    if until_now:
        # «2022 г. – по настоящее время»: since then, said in a report; as a deadline it has
        # no end (the remark after the dash was read past, leaving 2022 alone).
        reason = (
            f"«{text[until_now.start() : until_now.end()].strip()}» — конец не назван: напишите, "
            "до какого дня, или «в течение всего периода»"
        )
        return not_understood(text, reason, text[until_now.start() : until_now.end()].strip())
    counted = FROM_A_DATE.search(normal)
    if counted:
        reason = "срок отсчитан от даты: напишите саму дату, к которой он приходится"
        return not_understood(text, reason, text[counted.start() :].strip())
    marker = SET_ELSEWHERE.search(normal)
    head, yet, more = (
        date_yet_to_be_set(normal[: marker.start()], marker.group(0), normal[marker.end() :])
        if marker
        else (text, (), "")
    )
    head = text[: len(head)]  # as written, cut where the normalised text is
    if more and marker:
        return not_understood(text, YET_AND_MORE, text[marker.end() :].strip(" .,;)"))
    tokens = place_centuries(tokenize(head), period.start.year, period.end.year)
    parsed = parse(tokens, head)
    if marker:
        reason = text[marker.start() :].strip(" .,;()")
        dated = [p for p in parsed.phrases if isinstance(p, Window)]
        if dated and not parsed.failures and COUNTED.search(marker.group(0)):
            # «2023 в течение 5 лет», «01.09.2024, в течение 3 дней после …», «15 мая в течение
            # двух недель»: a date and a time counted from it or from an event; which is the
            # deadline is not guessed.
            reason = "в сроке и дата, и срок в днях, месяцах или годах: оставьте что-то одно"
            end = marker.end()
            while end < len(text) and text[end].isalpha():
                end += 1  # «в течение двух недел|ь»: the whole word quoted
            return not_understood(text, reason, text[marker.start() : end].strip())
        leading = not normal[: marker.start()].strip(" .,;:()")  # any space: «\xa0по …»
        if leading and dated_after(text, marker.end(), dates_only=True):
            # «по согласованию, сентябрь 2024», «согласно графику до 01.10.2024»: set by
            # another document, and yet a date of its own — which one holds is not guessed.
            word_end = re.match(r"\w*", text[marker.end() :])
            said = " ".join(
                text[marker.start() : marker.end() + len(word_end[0] if word_end else "")].split()
            )
            reason = f"в сроке и «{said}», и дата: срок задаёт одно из них — оставьте его"
            return not_understood(text, reason, text.strip())
        why = [f for f in parsed.failures if f.reason != "часть текста не понята"]
        if dated and why:  # «до 15.09.2024 (вт) (по согласованию)»: 15.09.2024 is a Sunday
            return not_understood(text, why[0].reason, quoted(head, *why[0].span))
        if parsed.failures or not dated:
            after = dated_after(text, marker.end(), dates_only=True)
            if after is not None or dated:
                # «Приём продлится при наличии мест до 25 августа», «7 мая пройдёт концерт (дата
                # уточняется)»: a date the remark stands beside, in words not read — not «без
                # даты», which would drop it unseen.
                return not_understood(text, "часть текста не понята", text.strip())
            return Schedule(text, ScheduleKind.UNSCHEDULED, reason=reason)
        told = dated_after(text, marker.start()) or condition_after(text, marker.end())
        if told is not None:
            # «октябрь 2024 г., согласно графику, до 15.11.2024»: a deadline after the remark
            # would be dropped unseen; a document's own date («согласно приказу от 12.03.2024 №
            # 45») is not one.
            reason = (
                "после пояснения в сроке ещё дата, число, «или» или условие: оставьте в сроке "
                "только срок"
            )
            return not_understood(text, reason, told)
        if not yet:
            # «до 15.09.2024 (по графику управления) проведение»: the remark and the words after
            # it are read past, and said (the check names them, MK712), not dropped unseen.
            yet = (skipped_remark(text, len(head.rstrip(" ,;:(–—-"))),)
    if parsed.failures:
        around = _around_events(text, normal, period, calendar) if outer else None
        if around is not None:
            return around
        past = _past_remarks(text, period, calendar) if outer else None
        if past is not None:
            return past
        part = " … ".join(quoted(head, *failure.span) for failure in parsed.failures)
        specific = [f.reason for f in parsed.failures if f.reason != "часть текста не понята"]
        return not_understood(text, specific[0] if specific else "часть текста не понята", part)
    if parsed.asides:
        return _restated(text, parsed.asides, period, calendar)
    about = about_beside(parsed.phrases, head)
    if about is not None:
        reason = (
            "«по итогам …», «на …» рядом с другим сроком: это время, о котором отчёт, или срок — "
            "не ясно; оставьте в сроке только срок"
        )
        return not_understood(text, reason, quoted(head, *about.span))
    ended = range_then_its_day(parsed.phrases, head)
    if ended is not None:
        return not_understood(text, ended[1], ended[0])
    phrases = restated(merged(list(parsed.phrases)), normal[: len(head)])
    apart = not_read_together(phrases, normal[: len(head)], head, period, calendar)
    if apart is not None:
        return not_understood(text, apart[0], quoted(head, *apart[1]))
    phrases = _specific(phrases)
    if any(isinstance(p, Window) for p in phrases) and not any(
        isinstance(p, Then) for p in phrases
    ):
        # «с 1 сентября по 31 мая ежедневно»: the window says when it goes on, not the period.
        phrases = [p for p in phrases if not (isinstance(p, Whole) and not p.each_year)]
    if any(isinstance(p, Window) and p.since for p in phrases):
        schedule = since(text, phrases, period, calendar, (*parsed.ignored, *yet))
    else:
        ignored = (*parsed.ignored, *yet)
        schedule = in_total(phrases, lambda kept: scheduled(text, kept, period, calendar, ignored))
    return weekdays_hold(schedule, tokens.weekdays, head)


def _specific(phrases: list[Phrase]) -> list[Phrase]:
    """«ежегодно (по итогам года)»: of two recurrences in one unit, the one that says when."""
    everies = [p for p in phrases if isinstance(p, Every)]
    said = [e for e in everies if replace(e, span=(0, 0)) != Every(e.unit)]
    if len({e.unit for e in everies}) != 1 or not said or len(said) == len(everies):
        return phrases
    return [p for p in phrases if not isinstance(p, Every) or p in said]


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _restated(
    text: str, asides: tuple[tuple[int, int], ...], period: Period, calendar: Calendar
) -> Schedule:
    """«III четверть (январь-март)»: the days in brackets must be days of the window before
    them; «сентябрь–октябрь (1 полугодие)», «ноябрь (по итогам I четверти)» say another time,
    and which one is meant is not guessed."""
    main = _read(blanked(text, list(asides)), period, calendar, outer=False)
    if main.kind != ScheduleKind.SCHEDULED:
        return replace(main, text=text)
    days = {(occ.start, occ.due) for occ in main.occurrences}
    pinned: set[tuple[date | None, date]] = set()
    every = True  # each bracket names its year
    for start, end in asides:
        inner = _read(text[start + 1 : end - 1], period, calendar, outer=False)
        said = {(occ.start, occ.due) for occ in inner.occurrences}
        if inner.kind != ScheduleKind.SCHEDULED or not said <= days:
            part = text[start:end]
            reason = f"в скобках {part} — другой срок, чем перед ними: оставьте один"
            return not_understood(text, reason, part)
        # «в первую среду декабря (06 декабря 2023 г.)»: the year in brackets says which of the
        # yearly days is meant — over a plan of several years, that one only.
        every = every and _YEAR.search(text, start, end) is not None
        pinned |= said
    if every and not _says_a_recurrence(blanked(text, list(asides))):
        kept = tuple(o for o in main.occurrences if (o.start, o.due) in pinned)
        return replace(main, text=text, occurrences=kept)
    return replace(main, text=text)


_RECURRENCE_WORDS = (Cat.EVERY, Cat.EACH, Cat.TIMES, Cat.THEN, Cat.CONTINUOUS)


def _says_a_recurrence(text: str) -> bool:
    """Whether `text` says it repeats («ежегодно в декабре (декабрь 2024)»: every December, the
    bracket one of them — not that one only)."""
    return any(token.cat in _RECURRENCE_WORDS for token in tokenize(text).tokens)


def _around_events(text: str, normal: str, period: Period, calendar: Calendar) -> Schedule | None:
    """A text the grammar does not read, set by an event («по факту», «Ч + 0,25 ч», «полгода»):
    unscheduled; with a date beside the event, the date; None if something else is left."""
    hour = HOUR.match(normal)
    if hour and text[hour.start("hour")] == "Ч":
        reason = f"{text.strip()} — отсчёт от часа «Ч» (сигнала), а не от даты"
        return Schedule(text, ScheduleKind.UNSCHEDULED, reason=reason)
    if DURATION.match(normal):
        reason = f"{text.strip()} — продолжительность, а не дата: начало задаёт событие"
        return Schedule(text, ScheduleKind.UNSCHEDULED, reason=reason)
    if BEFORE_AN_EVENT.match(normal):
        reason = f"{text.strip()} — до события, которое не названо (или за это время), а не дата"
        return Schedule(text, ScheduleKind.UNSCHEDULED, reason=reason)
    parts = event_parts(normal)
    if parts is None:
        return None
    spans, relative = parts
    rest = blanked(text, spans)
    if not any(char.isalnum() for char in rest):
        reason = " … ".join(text[start:end].strip() for start, end in spans)
        return Schedule(text, ScheduleKind.UNSCHEDULED, reason=reason)
    found = _read(rest, period, calendar, outer=False)
    words = [t for t in tokenize(rest).tokens if t.kind != Kind.PUNCT]
    if found.kind == ScheduleKind.SCHEDULED and not any(
        isinstance(p, Window) for p in parse(tokenize(rest), rest).phrases
    ):
        # «ежедневно (в период эпидемии)», «постоянно при угрозе»: beside the event only how
        # often or «всё время», no day: the event sets when, not the whole period.
        reason = " … ".join(text[start:end].strip(" .,;()") for start, end in spans)
        return Schedule(text, ScheduleKind.UNSCHEDULED, reason=reason)
    if found.kind == ScheduleKind.SCHEDULED and any(
        re.match(r"\s*\d{4}(?!\d)", normal[end:]) for _, end in spans
    ):
        # «в течение отопительного сезона 2024-2025 гг.», «до наступления Нового 2025 года», «в
        # период ГИА 2025 года»: the year is the event's, not a deadline of its own.
        return None
    if found.kind == ScheduleKind.SCHEDULED and changes_the_day(normal, spans):
        # «в случае переноса 20 мая», «при изменении сроков 1 июня», «в случае неявки – 22 мая»:
        # the day is the one the deadline moves to, or holds only if — not the deadline.
        return None
    until = any(normal[start:end].lstrip().startswith("до ") for start, end in spans)
    if found.kind == ScheduleKind.SCHEDULED and until and any(t.cat == Cat.FROM for t in words):
        # «с 20 мая до начала экзаменов», «с 1 июня до отъезда в лагерь»: from a day to an event
        # that is not dated — the window's end is the event's, not the period's.
        return None
    if found.kind == ScheduleKind.SCHEDULED and (
        relative or "№" in rest or (words and words[0].text == "от")
    ):
        # «накануне 1 сентября», «по поручению от 15.09.2024 № 12»: the date is the event's or
        # a document's, not the deadline.
        return None
    return None if found.kind == ScheduleKind.NOT_UNDERSTOOD else replace(found, text=text)


def _dated(part: str) -> bool:
    """Whether a part of a text names a month, a season, holidays or a part of the year."""
    return any(
        t.cat in (Cat.MONTH, Cat.SEASON, Cat.HOLIDAYS, Cat.UNIT, Cat.YEAR_WORD, Cat.WEEKDAY)
        for t in tokenize(part).tokens
    )


def _past_remarks(text: str, period: Period, calendar: Calendar) -> Schedule | None:
    """«05 февраля 2025 года (дополнительные сроки)»: the text read with its remarks that say
    nothing of the days (`remarks`) read past and named; None if no date is left to read."""
    moved = length_first(text)
    if moved is not None:
        found = _read(moved, period, calendar, outer=False)
        return replace(found, text=text) if found.kind == ScheduleKind.SCHEDULED else None
    stripped = without_remarks(text)
    if stripped is None:
        return None
    rest = stripped.text
    found = _read(rest, period, calendar, outer=False)
    if found.kind != ScheduleKind.SCHEDULED or not any(
        isinstance(p, Window) for p in parse(tokenize(rest), rest).phrases
    ):
        return None
    if stripped.resumes and not resumed(found, stripped.resumes):
        return None
    return replace(found, text=text, ignored=(*found.ignored, *stripped.remarks))


def _closed(text: str, period: Period, calendar: Calendar) -> Schedule | None:
    """«9 июня (чт», «сентябрь (по графику»: a bracket opened at the very end and never closed —
    the cell cut short, or the bracket forgotten. Read as if closed where the text ends, and the
    missing bracket said; None if there is no such bracket, or the text is not read with it
    closed either (the reading of the text as written then says which part is not understood,
    unless the closed one says why, of a part as written)."""
    if not _UNCLOSED.search(text) or text.count("(") != text.count(")") + 1:
        return None
    closed = f"{text})"
    found = _read(closed, period, calendar)
    if found.kind == ScheduleKind.NOT_UNDERSTOOD:
        # «9 июня (пт» in 2022: the weekday is checked as in «9 июня (пт)»; the part as written
        part = found.unparsed or ""
        specific = found.reason != "часть текста не понята" and part and part in text
        return replace(found, text=text) if specific else None
    # «(чт)» said as written: «(чт»
    ignored = tuple(s[:-1] if s.endswith(")") and closed.endswith(s) else s for s in found.ignored)
    return replace(found, text=text, ignored=(*ignored, "скобка не закрыта"))
