"""What a deadline text means: a schedule of occurrences, or why there is none."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from mentorkit.records import dataclass


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
    occurrences: Sequence[Occurrence] = ()
    """Sorted by due day; a tuple, or over a very long period a `LazyOccurrences`."""
    reason: str | None = None
    """Unscheduled: who sets the dates («по отдельному графику»); not understood: what is wrong."""
    unparsed: str | None = None
    """Not understood: the part of the text that was not, as the user wrote it."""
    ignored: tuple[str, ...] = ()
    """Marks read past, as written: a footnote «*», «(пт)», doubled punctuation."""
    calendar: tuple[tuple[str, bool], ...] = ()
    """The school years whose calendar the reading used («2024-2025», whether by default)."""
    too_early: tuple[Occurrence, ...] = ()
    """Not understood because it ends long before the plan's period (`deadlines.early`): how it
    reads as written. An item already done is done all the same; the check warns of the year."""

    def outside(self, start: date, end: date) -> tuple[Occurrence, ...]:
        """The occurrences not inside `start..end` (the period)."""
        # Imported here: lazy.py builds on this module.
        from mentorkit.deadlines.lazy import between, count_before

        found = self.occurrences
        before = [found[i] for i in range(count_before(found, start))]
        after = between(found, end + timedelta(1), date.max) if end < date.max else range(0)
        return tuple(before) + tuple(
            occ for i in after if ((occ := found[i]).start or occ.due) > end
        )

    def to_json(self, limit: int | None = None) -> dict[str, Any]:
        """The stable JSON shape of `mentorkit deadline --format json`: with `limit`, only the
        first occurrences, and `omitted` says how many are not listed."""
        found = self.occurrences
        shown = found if limit is None or len(found) <= limit else found[:limit]
        data: dict[str, Any] = {
            "text": self.text,
            "kind": self.kind.value,
            "occurrences": [occ.to_json() for occ in shown],
            "reason": self.reason,
        }
        if len(shown) < len(found):
            data["total"] = len(found)
            data["omitted"] = len(found) - len(shown)
        if self.kind == ScheduleKind.NOT_UNDERSTOOD:
            data["unparsed"] = self.unparsed
        if self.too_early:
            data["as_written"] = [occ.to_json() for occ in self.too_early]
        data["ignored"] = list(self.ignored)
        data["calendar"] = [
            {"year": year, "source": "default" if default else "mentorkit.yaml"}
            for year, default in self.calendar
        ]
        return data
