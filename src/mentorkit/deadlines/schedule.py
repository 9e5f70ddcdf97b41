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
        return data
