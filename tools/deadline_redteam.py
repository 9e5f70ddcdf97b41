"""Look for confident misreadings of the deadline reader: texts the corpora read right, combined
the way real cells combine them, judged by what the parts already read as.

Each combination has an oracle built from the readings of its parts, not from the reader's own
reading of the whole: a phrase and a bracketed remark of unknown words reads as the phrase or is
not understood; two dated phrases joined by a comma read as both or are not understood; a date of
another thing («по итогам 2023 года», «на 01.01.2025», «приказ от 12.03.2024 № 45») adds no
deadline; a phrase written twice reads as once. A combination read as a schedule that is none of
these is flagged: a candidate for a class of confident misreadings.

Run from the repository root: .venv/bin/python tools/deadline_redteam.py [--all]
(--all prints every flagged text, not the first few of each kind). Not a test: the classes it
found are pinned in tests/test_deadline_redteam.py.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.deadline_corpus import CORPUS, cases, matches, print_flagged, shown

from mentorkit.deadlines import Period, Schedule, ScheduleKind, read_deadline

FILES = ("corpus.txt", "forms.txt", *(f"heldout{n}.txt" for n in ("", 2, 3, 4, 5, 6)))

REMARKS = (
    "(по согласованию)",
    "(при наличии финансирования)",
    "(в случае необходимости)",
    "(1 этап)",
    "(2 этап)",
    "(для 9 классов)",
    "(1-4 классы)",
    "(не менее 2 раз)",
    "(50 %)",
    "(10 человек)",
    "(по итогам 2023 года)",
    "(на 01.01.2025)",
    "(приказ от 12.03.2024 № 45)",
    "(вторник)",
    "(ежегодно)",
)
"""Bracketed remarks real cells carry after a deadline."""

TAILS = (
    ", по согласованию",
    ", по мере необходимости",
    ", после утверждения плана",
    " в случае необходимости",
    ", 1-4 классы",
    " для 5-9 классов",
    " не менее 2 раз",
    ", 50 %",
    " по итогам 2023 года",
    " на 01.01.2025",
    " (приказ от 12.03.2024 № 45)",
    " согласно приказу от 12.03.2024 № 45",
    ", согласно графику",
    " по плану",
    ", 2 группы",
    " - 3 человека",
    " 2024 2025",
    ", 2024-2025",
)
"""Conditions, counts and dates of other things written after a deadline."""

PREFIXES = (
    "по согласованию, ",
    "в случае необходимости ",
    "после утверждения плана, ",
    "1 этап: ",
    "для 9 классов: ",
    "при наличии средств ",
    "по итогам 2023 года ",
    "на 01.01.2025 ",
    "приказ от 12.03.2024 № 45, ",
    "не менее 2 раз: ",
    "ежегодно: ",
)
"""Conditions, counts and dates of other things written before a deadline."""

JOINS = (", ", "; ", " и ", " - ", " / ", "\n", " ")


def readings(text: str, period: Period) -> tuple[ScheduleKind, frozenset[str]]:
    schedule = read_deadline(text, period)
    return schedule.kind, _days(schedule)


def _days(schedule: Schedule) -> frozenset[str]:
    if schedule.kind != ScheduleKind.SCHEDULED or len(schedule.occurrences) > 400:
        return frozenset({shown(schedule)[:200]})
    return frozenset(shown(schedule).split("; "))


def seeds() -> list[tuple[str, Period, frozenset[str]]]:
    """Texts the reader reads right, with one or few occurrences (so a union is checkable)."""
    found = []
    for name in FILES:
        for case in cases(CORPUS.with_name(name)):
            schedule = read_deadline(case.text, case.period)
            if (
                schedule.kind == ScheduleKind.SCHEDULED
                and matches(schedule, case.expected)
                and len(schedule.occurrences) <= 12
                and "\n" not in case.text
            ):
                found.append((case.text, case.period, _days(schedule)))
    return found


def combinations(
    found: list[tuple[str, Period, frozenset[str]]],
) -> Iterator[tuple[str, str, Period, set[frozenset[str]]]]:
    """(kind, text, period, the schedules a careful curator would accept)."""
    for index, (text, period, days) in enumerate(found):
        for remark in REMARKS[index % 3 :: 3]:
            yield "remark", f"{text} {remark}", period, {days}
        for tail in TAILS[index % 4 :: 4]:
            yield "tail", f"{text}{tail}", period, {days}
        yield "twice", f"{text}, {text}", period, {days}
        for prefix in PREFIXES[index % 3 :: 3]:
            yield "prefix", f"{prefix}{text}", period, {days}
        # Another dated text of the same period, joined: both, each as it reads alone (only
        # texts whose every phrase names its year, so nothing is borrowed from a neighbour).
        other = found[(index * 7 + 3) % len(found)]
        if other[1] == period and _names_years(text) and _names_years(other[0]):
            join = JOINS[index % len(JOINS)]
            yield "join", f"{text}{join}{other[0]}", period, {days | other[2]}


def ranges(
    found: list[tuple[str, Period, frozenset[str]]],
) -> Iterator[tuple[str, str, Period, set[frozenset[str]]]]:
    """Two single dated phrases of one period joined by a dash: a range from the first to the
    second, or not understood — never two deadlines side by side."""
    single = [f for f in found if len(f[2]) == 1 and _names_years(f[0]) and len(f[0]) < 40]
    for index, (text, period, days) in enumerate(single):
        for step in (1, 5, 11, 17, 29):
            other = single[(index + step) % len(single)]
            if other[1] != period:
                continue
            (first,) = days
            (second,) = other[2]
            start = first.removeprefix("до ").split("–")[0]
            due = second.removeprefix("до ").split("–")[-1]
            dash = (" - ", " – ", "-", " — ")[index % 4]
            yield "range", f"{text}{dash}{other[0]}", period, {frozenset({f"{start}–{due}"})}


def _names_years(text: str) -> bool:
    return bool(re.search(r"(?:19|20)\d\d", text)) and not re.search(r"(?:19|20)\d\d\s*[-–/]", text)


def main(argv: list[str]) -> int:
    show_all = "--all" in argv
    found = seeds()
    flagged: dict[str, list[str]] = {}
    total = 0
    for kind, text, period, accepted in (*combinations(found), *ranges(found)):
        total += 1
        got_kind, got = readings(text, period)
        if got_kind == ScheduleKind.NOT_UNDERSTOOD or got in accepted:
            continue
        if got_kind == ScheduleKind.UNSCHEDULED and kind in ("remark", "tail", "prefix"):
            continue  # «сентябрь, по мере необходимости»: set by need — not a confident date
        flagged.setdefault(kind, []).append(
            f"  {text!r} ({period.start:%Y}–{period.end:%Y}): {'; '.join(sorted(got))[:160]}"
            f"\n      accepted: {' | '.join('; '.join(sorted(a))[:100] for a in accepted)}"
        )
    print(f"{len(found)} seeds, {total} combinations")
    print_flagged(flagged, show_all, 15)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
