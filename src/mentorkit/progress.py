"""Where each roadmap item stands on a given day: its schedule, the dates it was done, its state."""

from __future__ import annotations

from dataclasses import dataclass
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
from mentorkit.model import Item, Roadmap, numbered_items


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
    open_late: tuple[Occurrence, ...]
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
    """Every item's progress; deadlines read with the school's `calendar`."""
    return [
        item_progress(n.number, n.item, n.keys, roadmap.period, today, soon_days, calendar)
        for n in numbered_items(roadmap)
    ]


def item_progress(
    number: str,
    item: Item,
    keys: tuple[str | int, ...],
    period: Period,
    today: date,
    soon_days: int,
    calendar: Calendar = DEFAULT,
) -> ItemProgress:
    schedule = schedule_of(item.deadline, period, calendar) if item.deadline else None
    done = sorted(d for d in item.done if d <= today)
    in_future = tuple(sorted(d for d in item.done if d > today))
    occurrences = list(schedule.occurrences) if schedule else []
    closed, unmatched = close_occurrences(occurrences, done)
    extra = tuple(unmatched) if occurrences else ()
    still_open = [occ for occ, is_closed in zip(occurrences, closed, strict=True) if not is_closed]
    late = tuple(occ for occ in still_open if occ.due < today)
    nxt = next((occ for occ in still_open if occ.due >= today), None)
    state = _state(item, schedule, done, late, nxt, today, soon_days)
    shown = late[0] if late else nxt if nxt else (occurrences[-1] if occurrences else None)
    return ItemProgress(
        number=number,
        item=item,
        keys=keys,
        schedule=schedule,
        state=state,
        due=shown.due if shown else None,
        start=shown.start if shown else None,
        open_late=late,
        closed=sum(closed),
        done_in_future=in_future,
        extra_done=extra,
    )


def close_occurrences(
    occurrences: list[Occurrence], done: list[date]
) -> tuple[list[bool], list[date]]:
    """Each done date closes the occurrence whose window («октябрь 2023») it falls in, or else
    the earliest one still open that it may close: one already late (a date after «до
    15.03.2022» closes that deadline, late, before next year's), or one done early — but not the
    next month's when the date lies in this month's window, already closed. The dates that close
    nothing are returned: there are more of them than deadlines."""
    closed = [False] * len(occurrences)
    unmatched = []
    for day in done:
        target = next(
            (
                i
                for i, occ in enumerate(occurrences)
                if not closed[i] and occ.start is not None and occ.start <= day <= occ.due
            ),
            None,
        )
        if target is None:
            target = next(
                (
                    i
                    for i, occ in enumerate(occurrences)
                    if not closed[i] and _may_close(occurrences, i, day)
                ),
                None,
            )
        if target is None:
            unmatched.append(day)
        else:
            closed[target] = True
    return closed, unmatched


def _may_close(occurrences: list[Occurrence], index: int, day: date) -> bool:
    occ = occurrences[index]
    if occ.start is None or occ.start <= day or occ.due < day or index == 0:
        return True
    return day > occurrences[index - 1].due


def _state(
    item: Item,
    schedule: Schedule | None,
    done: list[date],
    late: tuple[Occurrence, ...],
    nxt: Occurrence | None,
    today: date,
    soon_days: int,
) -> State:
    if item.cancelled:
        return State.CANCELLED
    if schedule is None:
        return State.DONE if done else State.NO_DEADLINE
    if schedule.kind == ScheduleKind.NOT_UNDERSTOOD:
        return State.NOT_UNDERSTOOD
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
