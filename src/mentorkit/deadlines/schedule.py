"""What a deadline text means: a schedule of occurrences, or why there is none."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any


class ScheduleKind(StrEnum):
    SCHEDULED = "scheduled"
    UNSCHEDULED = "unscheduled"
    NOT_UNDERSTOOD = "not_understood"


@dataclass(frozen=True)
class Occurrence:
    """One time the item is due: open from `start` (None: no start is said) to `due`, inclusive."""

    due: date
    start: date | None = None
    note: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start.isoformat() if self.start else None,
            "due": self.due.isoformat(),
        }


@dataclass(frozen=True)
class Schedule:
    """How one deadline text reads: its occurrences, or why it has none."""

    text: str
    kind: ScheduleKind
    occurrences: tuple[Occurrence, ...] = ()
    reason: str | None = None
    """Unscheduled: who sets the dates («по отдельному графику»); not understood: what is wrong."""
    unparsed: str | None = None
    """Not understood: the part of the text that was not, as the user wrote it."""
    ignored: tuple[str, ...] = ()
    """Marks read past, as written: a footnote «*», «(пт)», doubled punctuation."""
    calendar: tuple[tuple[str, bool], ...] = ()
    """The school years whose calendar the reading used («2024-2025», whether by default)."""

    def outside(self, start: date, end: date) -> tuple[Occurrence, ...]:
        """The occurrences not inside `start..end` (the period)."""
        return tuple(
            occ for occ in self.occurrences if occ.due < start or (occ.start or occ.due) > end
        )

    def to_json(self) -> dict[str, Any]:
        """The stable JSON shape of `mentorkit deadline --format json`."""
        data: dict[str, Any] = {
            "text": self.text,
            "kind": self.kind.value,
            "occurrences": [occ.to_json() for occ in self.occurrences],
            "reason": self.reason,
        }
        if self.kind == ScheduleKind.NOT_UNDERSTOOD:
            data["unparsed"] = self.unparsed
        data["ignored"] = list(self.ignored)
        data["calendar"] = [
            {"year": year, "source": "default" if default else "mentorkit.yaml"}
            for year, default in self.calendar
        ]
        return data
