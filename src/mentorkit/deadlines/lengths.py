"""A length said after the last of several windows: «01.01.10 - 07.01.10 01.02.10 - 07.02.10 -
2 нед.», «14.09.09 - 31.12.09 08.01.10 - 17.01.10 - 17 нед.» (a college's term in two parts and
its weeks). A length the last window does not hold alone is checked against all of them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from mentorkit.deadlines.lazy import LazyOccurrences
from mentorkit.deadlines.phrases import Phrase, PointKind, Window
from mentorkit.deadlines.recur import DaysMismatch
from mentorkit.deadlines.schedule import Schedule, ScheduleKind


def in_total(phrases: list[Phrase], read: Callable[[list[Phrase]], Schedule]) -> Schedule:
    """The phrases read; if the length after the last window does not fit it, and the text is
    nothing but windows of days, the length is their total — read if the total holds it (as
    one window's would: weeks of lessons may be fewer, not a fifth fewer), else the mismatch of
    the last window is raised as it was."""
    try:
        return read(phrases)
    except DaysMismatch:
        windows = [p for p in phrases if isinstance(p, Window)]
        last = windows[-1] if windows else None
        if (
            last is None
            or last.days is None
            or len(windows) < 2
            or len(windows) != len(phrases)
            or any(w.days is not None or not _of_days(w) for w in windows[:-1])
        ):
            raise
        kept = [replace(p, days=None, in_weeks=False) if p is last else p for p in phrases]
        found = read(kept)
        occurrences = found.occurrences
        if (
            found.kind != ScheduleKind.SCHEDULED
            or isinstance(occurrences, LazyOccurrences)
            or len(occurrences) != len(windows)
        ):
            raise
        held = sum((o.due - (o.start or o.due)).days + 1 for o in occurrences)
        if not (0.8 * held <= last.days <= held + 6 if last.in_weeks else held == last.days):
            raise
        return found


def _of_days(window: Window) -> bool:
    """A window of days with a start: «01.01.10 - 07.01.10», «с 1 по 7 января»."""
    return not window.open and (window.end is not None or window.point.kind == PointKind.DAYS)
