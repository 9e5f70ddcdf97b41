"""Where each roadmap item stands on a given day: its schedule, the dates it was done, its state."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from datetime import date
from enum import StrEnum
from functools import lru_cache

from mentorkit.deadlines import (
    DEFAULT,
    Calendar,
    Occurrence,
    Period,
    Schedule,
    ScheduleKind,
    read_deadline,
)
from mentorkit.deadlines.lazy import Indexed, count_before, max_span, without_start_finder
from mentorkit.model import Item, Roadmap, numbered_items
from mentorkit.records import dataclass


class State(StrEnum):
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    OPEN = "open"
    UPCOMING = "upcoming"
    DONE = "done"
    UNSCHEDULED = "unscheduled"
    CANCELLED = "cancelled"
    NOT_UNDERSTOOD = "not_understood"
    NO_DEADLINE = "no_deadline"

    @property
    def label(self) -> str:
        return STATE_LABELS[self]


STATE_LABELS = {
    State.OVERDUE: "просрочено",
    State.DUE_SOON: "скоро срок",
    State.OPEN: "идёт",
    State.UPCOMING: "впереди",
    State.DONE: "выполнено",
    State.UNSCHEDULED: "по графику",
    State.CANCELLED: "отменено",
    State.NOT_UNDERSTOOD: "срок не понят",
    State.NO_DEADLINE: "без срока",
}


@dataclass(frozen=True)
class ItemProgress:
    number: str
    item: Item
    keys: tuple[str | int, ...]
    schedule: Schedule | None
    state: State
    due: date | None
    """The due date of the next open occurrence, or of the last one when all are closed."""
    start: date | None
    open_late: Sequence[Occurrence]
    """Occurrences whose due date has passed and that no done date closed."""
    closed: int
    done_in_future: tuple[date, ...]
    extra_done: tuple[date, ...]

    @property
    def title(self) -> str:
        return self.item.title

    @property
    def occurrences(self) -> int:
        return len(self.schedule.occurrences) if self.schedule else 0


@lru_cache(maxsize=4096)
def schedule_of(text: str, period: Period, calendar: Calendar = DEFAULT) -> Schedule:
    return read_deadline(text, period, calendar)


def roadmap_progress(
    roadmap: Roadmap, today: date, soon_days: int, calendar: Calendar = DEFAULT
) -> list[ItemProgress]:
    """Every item's progress; deadlines read with the school's `calendar`. Items with the same
    deadline, done dates and cancellation stand the same (a roadmap repeats a few dozen
    deadline texts, and most items are done once or not yet): each such is worked out once."""
    period = roadmap.period
    seen: dict[tuple[str | None, tuple[date, ...], bool], _Standing] = {}
    progress: list[ItemProgress] = []
    append = progress.append
    for n in numbered_items(roadmap):
        item = n.item
        key = (item.deadline, item.done, bool(item.cancelled))
        standing = seen.get(key)
        if standing is None:
            standing = seen[key] = _standing(item, period, today, soon_days, calendar)
        append(ItemProgress(n.number, item, n.keys, *standing))
    return progress


def item_progress(
    number: str,
    item: Item,
    keys: tuple[str | int, ...],
    period: Period,
    today: date,
    soon_days: int,
    calendar: Calendar = DEFAULT,
) -> ItemProgress:
    return ItemProgress(number, item, keys, *_standing(item, period, today, soon_days, calendar))


_Standing = tuple[
    Schedule | None,
    State,
    date | None,
    date | None,
    Sequence[Occurrence],
    int,
    tuple[date, ...],
    tuple[date, ...],
]
"""The fields of `ItemProgress` after its number, item and keys: what depends only on the
item's deadline, done dates and whether it is cancelled."""


def _standing(
    item: Item, period: Period, today: date, soon_days: int, calendar: Calendar
) -> _Standing:
    schedule = schedule_of(item.deadline, period, calendar) if item.deadline else None
    done = sorted(d for d in item.done if d <= today)
    in_future = tuple(sorted(d for d in item.done if d > today))
    occurrences: Sequence[Occurrence] = schedule.occurrences if schedule else ()
    if schedule is not None and schedule.too_early and done:
        # Done: its deadline as written, however long before the period (a slip of the year).
        occurrences = schedule.too_early
    closed, unmatched = close_occurrences(occurrences, done)
    extra = tuple(unmatched) if occurrences else ()
    # Only the occurrences around today are looked at: over a long period there are many.
    now = count_before(occurrences, today)
    late = Late(occurrences, now, closed)
    nxt_at = _first_open(now, len(occurrences), closed)
    nxt = occurrences[nxt_at] if nxt_at is not None else None
    state = _state(item, schedule, done, late, nxt, today, soon_days)
    shown = late[0] if late else nxt if nxt else (occurrences[-1] if occurrences else None)
    return (
        schedule,
        state,
        shown.due if shown else None,
        shown.start if shown else None,
        late,
        len(closed),
        in_future,
        extra,
    )


def _first_open(index: int, end: int, closed: set[int]) -> int | None:
    while index < end and index in closed:
        index += 1
    return index if index < end else None


class Late(Indexed):
    """The occurrences due before today that no done date closed, in order (without listing
    them: over a long period there may be a hundred thousand)."""

    def __init__(self, occurrences: Sequence[Occurrence], before: int, closed: set[int]) -> None:
        self._occurrences = occurrences
        self._closed = sorted(i for i in closed if i < before)
        self._before = before

    def __len__(self) -> int:
        return self._before - len(self._closed)

    def _index(self, n: int) -> int:
        """The position of the n-th open one: n plus the closed ones before it."""
        lo, hi = n, n + len(self._closed)
        while lo < hi:
            mid = (lo + hi) // 2
            if mid - bisect_right(self._closed, mid) < n:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def _at(self, index: int) -> Occurrence:
        return self._occurrences[self._index(index)]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    def __hash__(self) -> int:
        return hash((len(self), self._before))


def close_occurrences(
    occurrences: Sequence[Occurrence], done: list[date]
) -> tuple[set[int], list[date]]:
    """Each done date closes the occurrence whose window («октябрь 2023») it falls in, or else
    the earliest one still open that it may close: one already late (a date after «до
    15.03.2022» closes that deadline, late, before next year's), or one done early — but not the
    next month's when the date lies in this month's window, already closed. Returns the
    positions closed, and the dates that close nothing: there are more of them than deadlines.

    Each date looks only at the occurrences whose window may hold it and at the first one
    still open, never at all of them."""
    closed: set[int] = set()
    unmatched = []
    total = len(occurrences)
    longest = max_span(occurrences) if done else 0
    without_start = without_start_finder(occurrences) if done else None
    first_open = 0
    for day in done:
        target = None
        # The windows that hold the day are due from that day to the longest window after it.
        index = count_before(occurrences, day)
        while index < total:
            occ = occurrences[index]
            if (occ.due - day).days > longest:
                break
            if index not in closed and occ.start is not None and occ.start <= day:
                target = index
                break
            index += 1
        if target is None:
            first = _first_open(first_open, total, closed)
            if first is not None:
                first_open = first
                if _may_close(occurrences, first, day):
                    target = first
                elif without_start is not None:
                    # Every later one is due after the day, and none of their windows holds
                    # it (else it would be closed above): only one without a start may take it.
                    target = without_start(first + 1, closed)
        if target is None:
            unmatched.append(day)
        else:
            closed.add(target)
    return closed, unmatched


def _may_close(occurrences: Sequence[Occurrence], index: int, day: date) -> bool:
    occ = occurrences[index]
    if occ.start is None or occ.start <= day or occ.due < day or index == 0:
        return True
    return day > occurrences[index - 1].due


def _state(
    item: Item,
    schedule: Schedule | None,
    done: list[date],
    late: Sequence[Occurrence],
    nxt: Occurrence | None,
    today: date,
    soon_days: int,
) -> State:
    if item.cancelled:
        return State.CANCELLED
    if schedule is None:
        return State.DONE if done else State.NO_DEADLINE
    if schedule.kind == ScheduleKind.NOT_UNDERSTOOD:
        # A deadline long before the period is a slip of the year; the work done is done.
        return State.DONE if done and schedule.too_early else State.NOT_UNDERSTOOD
    if schedule.kind == ScheduleKind.UNSCHEDULED or not schedule.occurrences:
        return State.DONE if done else State.UNSCHEDULED
    if late:
        return State.OVERDUE
    if nxt is None:
        return State.DONE
    if (nxt.due - today).days <= soon_days:
        return State.DUE_SOON
    if nxt.start is None or nxt.start <= today:
        return State.OPEN
    return State.UPCOMING
