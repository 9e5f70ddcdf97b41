"""The corpus of real deadline texts (tests/data/deadlines/corpus.txt): reading it, and judging a
reading against the one a curator gives."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from mentorkit.deadlines import Period, Schedule, ScheduleKind, read_deadline

CORPUS = Path(__file__).parent / "data" / "deadlines" / "corpus.txt"
_COUNT = re.compile(r"^(\d+) срок\w*: (.+) … (.+)$")


@dataclass(frozen=True)
class Case:
    text: str
    period: Period
    expected: str
    source: str
    line: int


def cases(path: Path = CORPUS) -> list[Case]:
    """The texts of a file in the corpus notation, each with its period and expected reading."""
    found: list[Case] = []
    source, period = "", None
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if raw.startswith("## "):
            break  # the texts kept out follow
        if raw.startswith("@ source:"):
            source = raw.removeprefix("@ source:").strip()
        elif raw.startswith("@ period:"):
            period = Period.parse(raw.removeprefix("@ period:").strip())
        elif "=>" in raw and not raw.startswith("#"):
            text, expected = raw.rsplit("=>", 1)
            assert period is not None, number
            found.append(Case(text.strip(), period, expected.strip(), source, number))
    return found


def shown(schedule: Schedule) -> str:
    """A reading in the corpus's notation."""
    if schedule.kind == ScheduleKind.UNSCHEDULED:
        return "без даты"
    if schedule.kind == ScheduleKind.NOT_UNDERSTOOD:
        return "не понят"
    return "; ".join(_window(o.start, o.due) for o in schedule.occurrences)


def _window(start: object, due: object) -> str:
    return f"{start:%d.%m.%Y}–{due:%d.%m.%Y}" if start else f"до {due:%d.%m.%Y}"


def matches(schedule: Schedule, expected: str) -> bool:
    got = shown(schedule)
    counted = _COUNT.match(expected)
    if counted and schedule.kind == ScheduleKind.SCHEDULED:
        count, first, last = counted.groups()
        parts = got.split("; ")
        return len(parts) == int(count) and parts[0] == first and parts[-1] == last
    return got == expected


SCHOOL_YEAR = Period.parse("2024-2025")


def unread(text: str, period: Period = SCHOOL_YEAR) -> tuple[str, str]:
    """The reason and the part quoted of a text the reader must say it did not understand."""
    schedule = read_deadline(text, period)
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD, shown(schedule)
    assert schedule.reason
    assert schedule.unparsed
    return schedule.reason, schedule.unparsed


def assert_read_or_said_not_understood(case: Case) -> None:
    """A blind text is read as the curator reads it, or said not understood with the part quoted:
    never a wrong reading with exit 0."""
    schedule = read_deadline(case.text, case.period)
    if schedule.kind == ScheduleKind.NOT_UNDERSTOOD:
        assert schedule.unparsed, shown(schedule)
        return
    assert matches(schedule, case.expected), (case.text, shown(schedule), case.expected)


def misread(found: Sequence[Case]) -> list[str]:
    """Each of `found` that `assert_read_or_said_not_understood` refuses, with why: one test of
    a whole set, not thousands of one text each (the suite's time is mostly per test)."""
    failures: list[str] = []
    for case in found:
        try:
            assert_read_or_said_not_understood(case)
        except AssertionError as error:
            failures.append(f"line {case.line}: {case.text!r}: {error}")
    return failures


def print_flagged(flagged: Mapping[str, Sequence[str]], show_all: bool, first: int) -> None:
    """The red-team tools' report: each kind of flagged text, how many, and the first few of
    them (all with --all)."""
    for kind, lines in flagged.items():
        print(f"\n{kind}: {len(lines)} flagged")
        for line in lines if show_all else lines[:first]:
            print(line)
