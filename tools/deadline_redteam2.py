"""Look for confident misreadings of the deadline reader by perturbing the texts it reads right.

Every text of tests/data/deadlines/*.txt that the reader reads as its curator does is changed in
ways a curator plausibly writes, each with an oracle that comes from the original's reading (the
curator's, checked by the corpus) or from a rule a curator applies, never from the reader's own
reading of the changed whole:

- "same": a change that must not change the reading (another dash or space, «г.»/«года» after a
  year, upper case, a Latin look-alike letter, a trailing full stop, the date's own weekday, a
  two-digit year, «включительно», a time of day): read as the original, or not understood;
- "wrong weekday": a weekday that is not the date's: not understood;
- "changes": a change that must change the reading (another month; «или», «кроме …», «не
  ранее», «после» before the date): not read as the original — and for «или», «кроме», «не
  ранее», «после» not read at all (the reader has no words for them: anything else is a guess);
- "phrases": texts of kinds rare in the corpora, each with the reading a curator gives or
  None for "not understood (or unscheduled)";
- "until": a recurrence read right, with «до» a day after it: nothing after that day;
- "equivalent": groups of ways of writing one deadline: read alike, or not understood;
- "kept out": texts the blind sets kept out as ambiguous, with their plan's period: read, each
  is a candidate (some are kept out for the source's typo or a page without a year, which the
  reader cannot see — judge by hand).

A flagged text is a candidate: judge it by hand (would a curator put other days in the
calendar?). Run from the repository root: .venv/bin/python tools/deadline_redteam2.py [--all]
Not a test: the classes it found are pinned in tests/test_deadline_redteam2.py.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.deadline_corpus import CORPUS, cases, matches, print_flagged, shown

from mentorkit.deadlines import Period, ScheduleKind, read_deadline

WEEKDAYS = ("пн", "вт", "ср", "чт", "пт", "сб", "вс")
WEEKDAY_WORDS = ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье")
MONTHS_GEN = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]
MONTHS_NOM = [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
]
_FULL = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)")
_YEAR = re.compile(r"(?<![\d./-])((?:19|20)\d\d)(?![\d./-])(?!\s*(?:г|год|уч))")
_DASH = re.compile(r"(?<=\S)\s?[-–—]\s?(?=\S)")
_CYR_TO_LAT = str.maketrans("аеорсху", "aeopcxy")


def seeds() -> list[tuple[str, Period, str]]:
    """Every one-line text of the corpora read as its curator reads it, with that reading."""
    found = []
    for path in sorted(CORPUS.parent.glob("*.txt")):
        for case in cases(path):
            schedule = read_deadline(case.text, case.period)
            if (
                schedule.kind == ScheduleKind.SCHEDULED
                and matches(schedule, case.expected)
                and "\n" not in case.text
            ):
                found.append((case.text, case.period, shown(schedule)))
    return found


Change = Callable[[str], str | None]


def _sub_once(pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str]) -> Change:
    def change(text: str) -> str | None:
        new = pattern.sub(repl, text, count=1)
        return new if new != text else None

    return change


def _lookalike(text: str) -> str | None:
    # One Cyrillic letter inside a Russian word (not its first) typed in Latin.
    for match in re.finditer(r"[а-яё]{4,}", text):
        word = match.group(0)
        for index in range(1, len(word) - 1):
            if word[index] in "аеорсху":
                new = word[:index] + word[index].translate(_CYR_TO_LAT) + word[index + 1 :]
                return text[: match.start()] + new + text[match.end() :]
    return None


def _two_digit_year(text: str) -> str | None:
    return (
        _FULL.sub(lambda m: f"{m[1]}.{m[2]}.{m[3][2:]}", text, count=1)
        if _FULL.search(text)
        else None
    )


def _by_inclusive(text: str) -> str | None:
    match = re.match(
        r"(?i)^(до|не позднее)\s+(\d{1,2}\.\d{1,2}\.\d{4})(\s*(?:г\.?|года))?$", text.strip()
    )
    return f"{text.strip()} включительно" if match else None


SAME: dict[str, Change] = {
    "en dash": _sub_once(_DASH, lambda m: " – "),
    "em dash": _sub_once(_DASH, lambda m: "—"),
    "spaced hyphen": _sub_once(_DASH, lambda m: " - "),
    "double space": lambda t: t.replace(" ", "  ", 1) if " " in t else None,
    "nbsp": lambda t: t.replace(" ", "\u00a0") if " " in t else None,
    "year г.": _sub_once(_YEAR, lambda m: f"{m[1]} г."),
    "year года": _sub_once(_YEAR, lambda m: f"{m[1]} года"),
    "year г": _sub_once(_YEAR, lambda m: f"{m[1]}г"),
    "upper": lambda t: t.upper() if t.upper() != t else None,
    "capital": lambda t: t[0].upper() + t[1:] if t[:1].islower() else None,
    "lookalike": _lookalike,
    "full stop": lambda t: f"{t}." if not t.endswith(".") else None,
    "two-digit year": _two_digit_year,
    "inclusive": _by_inclusive,
    "time": lambda t: f"{t} в 10.00" if _FULL.search(t) and len(_FULL.findall(t)) == 1 else None,
    "by time msk": lambda t: f"{t} (до 18:00 мск)" if _FULL.fullmatch(t.strip()) else None,
    "own weekday": lambda t: _weekday(t, 0),
    "own weekday word": lambda t: _weekday(t, 0, WEEKDAY_WORDS),
}
"""Changes that do not change what a curator reads."""


def _weekday(text: str, shift: int, names: tuple[str, ...] = WEEKDAYS) -> str | None:
    found = _FULL.findall(text)
    if len(found) != 1:
        return None
    day, month, year = (int(part) for part in found[0])
    try:
        weekday = date(year, month, day).weekday()
    except ValueError:
        return None
    return _FULL.sub(lambda m: f"{m[0]} ({names[(weekday + shift) % 7]})", text, count=1)


WRONG: dict[str, Change] = {
    "wrong weekday": lambda t: _weekday(t, 2),
    "wrong weekday word": lambda t: _weekday(t, 3, WEEKDAY_WORDS),
}
"""Changes after which the text says two different days: not understood."""


def _other_month(text: str) -> str | None:
    for names in (MONTHS_GEN, MONTHS_NOM):
        for index, name in enumerate(names):
            match = re.search(rf"(?<![а-я]){name}(?![а-я])", text, re.IGNORECASE)
            if match:
                other = names[(index + 5) % 12]
                written = other.capitalize() if match.group(0)[0].isupper() else other
                return text[: match.start()] + written + text[match.end() :]
    return None


def _numeric_month(text: str) -> str | None:
    match = _FULL.search(text)
    if not match or int(match[1]) > 28:
        return None
    month = int(match[2]) % 12 + 1
    return text[: match.start()] + f"{match[1]}.{month:02d}.{match[3]}" + text[match.end() :]


CHANGES: dict[str, Change] = {
    "other month": _other_month,
    "other numeric month": _numeric_month,
}
"""Changes after which a curator reads other days: not the original's reading."""


UNREAD: dict[str, Change] = {
    "or": lambda t: f"{t} или позже" if _FULL.search(t) else None,
    "or date": lambda t: f"{t} или 30.06.2025",
    "except": lambda t: f"{t}, кроме 20.09.2024",
    "except word": lambda t: f"{t} за исключением каникул",
    "not earlier": lambda t: f"не ранее {t}" if t[:1].isdigit() else None,
    "after": lambda t: f"после {t}" if t[:1].isdigit() else None,
    "not before": lambda t: f"не раньше {t}" if t[:1].isdigit() else None,
    "end lost": lambda t: f"{t} -" if not t.rstrip().endswith(("-", "–")) else None,
}
"""Words the reader has no meaning for: it must say «не понят», not read them past."""


SAME.update(
    {
        "tab": lambda t: t.replace(" ", "\t", 1) if " " in t else None,
        "no-break space once": lambda t: t.replace(" ", "\u00a0", 1) if " " in t else None,
        "leading no-break space": lambda t: f"\u00a0{t}",
        "audience": lambda t: f"{t}, 9-11 классы",
        "place": lambda t: f"{t}, актовый зал",
        "msk": lambda t: f"{t} (по МСК)",
    }
)


def _yearly(text: str, period: Period, reading: str) -> tuple[str, str] | None:
    """«…, далее ежегодно» after one dated deadline in a plan of several calendar years: that
    deadline and the same days in each later year of the period."""
    if period.academic or period.end.year == period.start.year or "; " in reading:
        return None
    if not re.search(r"(?:19|20)\d\d", text) or re.search(r"ежегодн|кажд|далее", text.lower()):
        return None
    days = re.findall(r"(\d\d)\.(\d\d)\.(\d{4})", reading)
    if not days or any(int(d) == 29 and int(m) == 2 for d, m, _ in days):
        return None
    first = int(days[-1][2])
    shifted = []
    for year in range(first, period.end.year + 1):
        shift = year - first
        shifted.append(
            re.sub(
                r"(\d\d\.\d\d\.)(\d{4})",
                lambda m, by=shift: f"{m[1]}{int(m[2]) + by}",  # type: ignore[misc]
                reading,
            )
        )
    return f"{text}, далее ежегодно", "; ".join(shifted)


def _until(text: str, period: Period, reading: str) -> tuple[str, date] | None:
    """A recurrence read right, with «до» a day in the middle of the period after it."""
    if reading.count("; ") < 3 or re.search(r"до|по\s|далее|\d{1,2}\.\d{1,2}", text.lower()):
        return None
    middle = period.start + (period.end - period.start) / 2
    return f"{text} до {middle:%d.%m.%Y}", middle


def perturbed(
    found: list[tuple[str, Period, str]],
) -> Iterator[tuple[str, str, str, Period, str]]:
    """(family, change, text, period, the original's reading)."""
    for text, period, reading in found:
        yearly = _yearly(text, period, reading)
        if yearly is not None:
            yield "same", "then yearly", yearly[0], period, yearly[1]
        for family, changes in (("same", SAME), ("wrong", WRONG), ("changes", CHANGES)):
            for name, change in changes.items():
                new = change(text)
                if new is not None and new != text:
                    yield family, name, new, period, reading
        for name, change in UNREAD.items():
            new = change(text)
            if new is not None:
                yield "unread", name, new, period, reading


def judged(family: str, text: str, period: Period, reading: str) -> str | None:
    """The reader's reading when it breaks the oracle of `family`, else None."""
    schedule = read_deadline(text, period)
    got = shown(schedule)
    if schedule.kind == ScheduleKind.NOT_UNDERSTOOD:
        return None
    if family == "same":
        return None if got == reading else got
    if family == "changes":
        return got if got == reading else None
    return got  # "wrong", "unread": any reading is a guess


Y2425 = Period.parse("2024-2025")
Y2224 = Period.parse("2022-2024")
PHRASES: tuple[tuple[str, Period, str | None], ...] = (
    # (text, period, the reading a curator gives; None: not understood or unscheduled)
    ("2024/25 уч. г.", Y2425, "01.09.2024–31.08.2025"),
    ("на 2024–2025 учебный год", Y2425, "01.09.2024–31.08.2025"),
    ("в течение 2 недель с момента подписания приказа", Y2425, None),
    ("по четвергам", Y2425, "52 срока: до 05.09.2024 … до 28.08.2025"),
    ("в рабочие дни", Y2425, None),
    ("до 10-го числа", Y2425, None),
    ("с 25.12 по 10.01", Y2425, "25.12.2024–10.01.2025"),
    ("25.12 - 10.01", Y2425, "25.12.2024–10.01.2025"),
    (
        "ноябрь-декабрь (ежегодно)",
        Y2224,
        "01.11.2022–31.12.2022; 01.11.2023–31.12.2023; 01.11.2024–31.12.2024",
    ),
    ("до 15.09.2024 (по МСК)", Y2425, "до 15.09.2024"),
    ("до 15.09.2024 включительно", Y2425, "до 15.09.2024"),
    ("не ранее 15.09.2024", Y2425, None),
    ("после 15.09.2024", Y2425, None),
    ("сентябрь, кроме 15.09", Y2425, None),
    ("ежегодно, кроме 2023", Y2224, None),
)


EQUIVALENT: tuple[tuple[str, ...], ...] = (
    # Ways of writing one deadline: each read as the others, or not understood.
    ("2024-2025 гг.", "2024-25 гг.", "2024 - 2025 годы", "в 2024-2025 годах"),
    ("2024-2025 учебный год", "2024/25 уч. год", "2024-25 учебный год", "2024/2025 уч. г."),
    (
        "I квартал 2025",
        "1 квартал 2025",
        "первый квартал 2025 г.",
        "1-й квартал 2025",
        "1 кв. 2025",
    ),
    ("IV квартал", "4 квартал", "четвертый квартал", "4 кв."),
    ("I полугодие", "1 полугодие", "первое полугодие", "1-е полугодие", "в 1 полугодии"),
    ("II полугодие 2025", "2 полугодие 2025 г.", "второе полугодие 2025 года"),
    ("с 10 по 15 сентября", "10-15 сентября", "10 – 15 сентября", "с 10.09 по 15.09"),
    ("сентябрь", "в сентябре", "в течение сентября", "Сентябрь"),
    ("сентябрь 2024", "в сентябре 2024 г.", "09.2024", "сентябрь 2024 года", "Сентябрь, 2024"),
    (
        "до 15.09.2024",
        "не позднее 15.09.2024",
        "в срок до 15.09.2024",
        "до 15 сентября 2024 г.",
        "не позднее 15 сентября 2024 года",
        "15.09.2024",
    ),
    ("ежемесячно", "каждый месяц", "1 раз в месяц", "раз в месяц", "ежемесячно в течение года"),
    ("ежеквартально", "1 раз в квартал", "каждый квартал", "раз в квартал", "1 раз в 3 месяца"),
    ("2 раза в год", "1 раз в полугодие", "раз в полгода", "1 раз в 6 месяцев", "раз в полугодие"),
    ("по средам", "каждую среду", "еженедельно по средам", "еженедельно (среда)"),
    ("в конце сентября", "до конца сентября", "не позднее 30 сентября", "до 30 сентября"),
    ("2025 год", "2025 г.", "в 2025 году", "в течение 2025 года", "2025"),
    ("ежегодно", "1 раз в год", "каждый год", "раз в год"),
    ("сентябрь - октябрь", "сентябрь-октябрь", "с сентября по октябрь", "сентябрь – октябрь"),
    ("декабрь - январь", "с декабря по январь", "декабрь-январь"),
    ("последняя неделя мая", "в последнюю неделю мая", "25-31 мая"),
    ("первая декада октября", "1 декада октября", "I декада октября", "1-10 октября"),
    ("II четверть", "2 четверть", "вторая четверть", "во второй четверти"),
)
EQUIVALENT_IN = (Period.parse("2024-2025"), Period.parse("2025"), Period.parse("2024-2026"))


KEPT_OUT: tuple[tuple[str, str], ...] = (
    # Texts the blind sets kept out as ambiguous (each file's closing section), with their
    # plan's period: the reader should say «не понят» for them. Read, they are candidates.
    ("Сентябрь март", "2012-2013"),
    ("сентябрь январь", "2021-2022"),
    ("Апрель май", "2006"),
    ("20.04. 20.05.2011", "2011"),
    ("30.11.2007 01.12.2007", "2007"),
    ("25 января 25 апреля 2012 года", "2012"),
    ("09.05.24 10.05.2024г.", "2023-2024"),
    ("03.10 10.10", "2023-2024"),
    ("I кв.; II - III кв.", "2008-2009"),
    ("Май – ноябрь", "2025-2026"),
    ("Постоянно / Май – ноябрь", "2025-2026"),
    ("январь, далее постоянно", "2024-2025"),
    ("Август-сентябрь", "2022-2023"),
    ("Август", "2012-2013"),
    ("IV квартал", "2022-2024"),
    ("до 27 ноября; постоянно", "2024-2025"),
    ("23-24.01.2025 - 12-13.02.2025 г.", "2025"),
    ("В начале марта", "2021"),
    ("в конце марта", "2021"),
    ("ежедневно", "2021-2022"),
    ("Ежедневно в течение учебного года", "2021-2022"),
    ("еженедельно", "2011"),
    ("1 раз в месяц, регулярно, 2-я суббота месяца", "2013-2014"),
    ("В 2011 году по графику", "2011"),
    ("октябрь, в течение года", "2009-2010"),
    ("Ноябрь, февраль, май 2013 2014 2015 2016", "2013-2016"),
    ("ежеквартально не позднее 10 числа месяца, следующего за отчетным кварталом.", "2023"),
    ("Ежемесячно до 15 числа месяца, следующего за отчетным периодом", "2007"),
)


def main(argv: list[str]) -> int:
    show_all = "--all" in argv
    found = seeds()
    flagged: dict[tuple[str, str], list[str]] = {}
    total = 0
    for family, name, text, period, reading in perturbed(found):
        total += 1
        got = judged(family, text, period, reading)
        if got is not None:
            flagged.setdefault((family, name), []).append(
                f"  {text!r} ({period.start:%Y}–{period.end:%Y}): {got[:160]}"
                f"\n      original: {reading[:100]}"
            )
    for text, period, expected in PHRASES:
        total += 1
        schedule = read_deadline(text, period)
        if expected is None and schedule.kind == ScheduleKind.SCHEDULED:
            flagged.setdefault(("phrases", "read"), []).append(
                f"  {text!r}: {shown(schedule)[:160]}"
            )
        elif (
            expected is not None
            and schedule.kind == ScheduleKind.SCHEDULED
            and not matches(schedule, expected)
        ):
            flagged.setdefault(("phrases", "wrong"), []).append(
                f"  {text!r}: {shown(schedule)[:160]}\n      expected: {expected}"
            )
    for group in EQUIVALENT:
        for period in EQUIVALENT_IN:
            total += len(group)
            read = {
                text: shown(schedule)
                for text in group
                if (schedule := read_deadline(text, period)).kind == ScheduleKind.SCHEDULED
            }
            if len(set(read.values())) > 1:
                lines = [f"  {t!r}: {got[:120]}" for t, got in read.items()]
                flagged.setdefault(("equivalent", "differ"), []).append(
                    f"  ({period.start:%Y}–{period.end:%Y})\n" + "\n".join(lines)
                )
    for text, written in KEPT_OUT:
        total += 1
        schedule = read_deadline(text, Period.parse(written))
        if schedule.kind == ScheduleKind.SCHEDULED:
            flagged.setdefault(("kept out", "read"), []).append(
                f"  {text!r} ({written}): {shown(schedule)[:160]}"
            )
    for text, period, reading in found:
        until = _until(text, period, reading)
        if until is None:
            continue
        total += 1
        schedule = read_deadline(until[0], period)
        if schedule.kind == ScheduleKind.SCHEDULED and any(
            (occ.start or occ.due) > until[1] for occ in schedule.occurrences
        ):
            flagged.setdefault(("until", "past the day"), []).append(
                f"  {until[0]!r} ({period.start:%Y}–{period.end:%Y}): {shown(schedule)[:160]}"
            )
    print(f"{len(found)} seeds, {total} texts")
    kinds = {f"{family} / {name}": lines for (family, name), lines in sorted(flagged.items())}
    print_flagged(kinds, show_all, 12)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
