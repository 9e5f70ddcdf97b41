"""Requisites as documents write them: dates («30.08.2021г.», ««30» августа 2021 г.»), order
numbers («№ 156»), signatures («В.А.Козлова»), periods («на 2021-2022 учебный год»)."""

from __future__ import annotations

import re
from datetime import date

from mentorkit.importer.split import PERSON

_MONTHS = {
    "январ": 1,
    "феврал": 2,
    "март": 3,
    "апрел": 4,
    "ма": 5,
    "июн": 6,
    "июл": 7,
    "август": 8,
    "сентябр": 9,
    "октябр": 10,
    "ноябр": 11,
    "декабр": 12,
}
_NUMERIC_DATE = re.compile(r"(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?!\d)")
_WORDS_DATE = re.compile(r"(?<!\d)[«\"]?(\d{1,2})[»\"]?\s+([а-яё]+)\s+(\d{4})", re.IGNORECASE)
_NUMBER = re.compile(r"№\s*([0-9][\w/.\-]*[0-9а-яА-Я]|[0-9]+)")


def find_date(text: str) -> date | None:
    for match in _NUMERIC_DATE.finditer(text):
        day, month, year = (int(g) for g in match.groups())
        year += 2000 if year < 100 else 0
        try:
            return date(year, month, day)
        except ValueError:
            continue
    for match in _WORDS_DATE.finditer(text):
        word = match.group(2).lower()
        found = next((m for stem, m in _MONTHS.items() if word.startswith(stem)), None)
        if found is None or (found == 5 and word not in ("мая", "май")):
            continue
        month = found
        try:
            return date(int(match.group(3)), month, int(match.group(1)))
        except ValueError:
            continue
    return None


def find_number(text: str) -> str | None:
    match = _NUMBER.search(text)
    return match.group(1).rstrip(".") if match else None


_DATE_TEXT = r"(?:\d{1,2}\.\d{1,2}\.\d{2,4}|[«\"]?\d{1,2}[»\"]?\s+[а-яё]+\s+\d{4})\s*(?:г\.?|года)?"
_AFTER_DATE = re.compile(rf"от\s+({_DATE_TEXT})\s*№\s*([0-9][\w/.\-]*)", re.IGNORECASE)
_BEFORE_DATE = re.compile(rf"№\s*([0-9][\w/.\-]*)\s+от\s+({_DATE_TEXT})", re.IGNORECASE)


def reference(text: str) -> tuple[str, date] | None:
    """«от 25.03.2022 № 220» (or «№ 220 от 25.03.2022») → (number, date). The number is the
    one beside the date: in «к приказу МАОУ СОШ № 12 от 30.08.2023 № 145» it is 145."""
    match = _AFTER_DATE.search(text)
    if match:
        day = find_date(match.group(1))
        if day:
            return match.group(2).rstrip("."), day
    match = _BEFORE_DATE.search(text)
    if match:
        day = find_date(match.group(2))
        if day:
            return match.group(1).rstrip("."), day
    number, day = find_number(text), find_date(text)
    if number and day:
        return number, day
    return None


def person_ref(text: str) -> str:
    """A person as a reference, surname first: «В.А.Козлова» → «Козлова В.А.»."""
    flat = " ".join(text.replace("\xa0", " ").split())
    match = re.fullmatch(r"([А-ЯЁ])\.\s?(?:([А-ЯЁ])\.)?\s?(.+)", flat)
    if match and not match.group(3).endswith("."):
        initials = match.group(1) + "." + (match.group(2) + "." if match.group(2) else "")
        return f"{match.group(3)} {initials}"
    match = re.fullmatch(r"(.+?)\s+([А-ЯЁ])\.\s?(?:([А-ЯЁ])\.?)?\.*", flat)
    if match:
        initials = match.group(2) + "." + (match.group(3) + "." if match.group(3) else "")
        return f"{match.group(1)} {initials}"
    return flat


_NAME_LINE = re.compile(
    r"^(?P<position>.*?)[\s:]*(?P<name>[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.)?\s?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
    r"|[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.)?)$"
)
_FULL_NAME_LINE = re.compile(
    r"^(?:(?:исп(?:олнитель)?\.?|исполнил[аи]?)\s*:?\s*)?"
    r"(?P<name>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+(?:вич|вна|чна|ична|ич|оглы|кызы))"
    r"(?:[,\s].*)?$",
    re.IGNORECASE,
)


_SIGNERS = (
    "директор",
    "начальник",
    "заведующ",
    "руководител",
    "глава",
    "председател",
    "заместител",
    "зам",
    "и.о",
    "и. о",
    "врио",
    "ректор",
    "президент",
    "министр",
    "куратор",
    "исполняющ",
    "управляющ",
    "педагог",
    "учител",
    "методист",
    "специалист",
    "секретар",
    "ответственн",
    "председ",
)


def signature(text: str) -> tuple[str, str] | None:
    """(position, person) of a signature line: «Директор А.В. Кондрахин», «В.А.Козлова»."""
    flat = " ".join(text.replace("\xa0", " ").split())
    if len(flat) > 120:
        return None
    match = _NAME_LINE.match(flat)
    if not match or len(match.group("position")) > 70:
        return None
    position = match.group("position").strip().lower()
    if position and not position.startswith(_SIGNERS):
        return None  # «Назначить куратором Петрова А.А.» is a point, not a signature
    return match.group("position").strip().rstrip(":").strip(), person_ref(match.group("name"))


def executor(text: str) -> str | None:
    """«Исп.: Ставницкая Е.Е.», «Исполнитель: Петрова А.А., 8-800…» or a full name on its own."""
    flat = " ".join(text.split())
    labelled = re.match(r"^(?:исп(?:олнитель)?\.?|исполнил[аи]?)\s*:?\s*(.+)$", flat, re.I)
    if labelled:
        found = PERSON.search(labelled.group(1))
        if found:
            return person_ref(found.group(0))
        full = _FULL_NAME_LINE.match(labelled.group(1))
        return full.group("name") if full else None
    full = _FULL_NAME_LINE.match(flat)
    if full and len(flat) < 80:
        return full.group("name")
    return None


_ACADEMIC = re.compile(
    r"(\d{4})\s*[-–—/]\s*(\d{4})\s*(?:уч\.|учебн\w*|у\.)\s*(?:г|год)", re.IGNORECASE
)
_YEARS = re.compile(r"(?<![\d.])(\d{4})\s*[-–—]\s*(\d{4})(?![\d.])")
_YEAR = re.compile(r"на\s+(\d{4})\s*(?:г\.|год)", re.IGNORECASE)


_MONTH_WORD = r"([а-яё]+)\s+(\d{4})\s*(?:г\.?|года)?"
_MONTHS_SPAN = re.compile(rf"(?<![а-яё]){_MONTH_WORD}\s*[-–—]\s*{_MONTH_WORD}", re.IGNORECASE)


def _month(word: str) -> int | None:
    word = word.lower()
    found = next((m for stem, m in _MONTHS.items() if word.startswith(stem)), None)
    return None if found == 5 and word not in ("май", "мая") else found


def _months_span(text: str) -> dict[str, date] | None:
    """«(сентябрь 2022 г. - май 2024 г.)»: from the first day of one month to the last of
    the other."""
    match = _MONTHS_SPAN.search(text)
    if not match:
        return None
    first, last = _month(match.group(1)), _month(match.group(3))
    start_year, end_year = int(match.group(2)), int(match.group(4))
    if first is None or last is None or (end_year, last) < (start_year, first):
        return None
    following = date(end_year + (last == 12), last % 12 + 1, 1)
    return {"start": date(start_year, first, 1), "end": date.fromordinal(following.toordinal() - 1)}


def find_period(text: str) -> str | dict[str, date] | None:
    """The period a title names: «на 2023-2024 учебный год» → «2023-2024» (an academic year),
    «на период 2022-2024 г.» → 1 January 2022 – 31 December 2024, «на 2024 год» → that year,
    «сентябрь 2022 г. - май 2024 г.» → 1 September 2022 – 31 May 2024."""
    span = _months_span(text)
    if span is not None:
        return span
    match = _ACADEMIC.search(text)
    if match:
        first, last = int(match.group(1)), int(match.group(2))
        if last == first + 1:
            return f"{first}-{last}"
        if last > first:
            return {"start": date(first, 9, 1), "end": date(last, 8, 31)}
    match = _YEARS.search(text)
    if match:
        first, last = int(match.group(1)), int(match.group(2))
        if 1990 < first <= last < 2100:
            return {"start": date(first, 1, 1), "end": date(last, 12, 31)}
    match = _YEAR.search(text)
    if match:
        year = int(match.group(1))
        return {"start": date(year, 1, 1), "end": date(year, 12, 31)}
    return None
