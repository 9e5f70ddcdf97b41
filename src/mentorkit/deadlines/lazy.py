"""The occurrences of a recurrence over a very long period, computed when asked for.

«еженедельно» over 0001–9999 is over half a million dates, «по понедельникам и средам» twice
that: listing them all took seconds and hundreds of megabytes in every command, minutes and
gigabytes in `calendar`. Over such a period the occurrences are cut into pieces of 50 years and
a piece is computed only when something asks for it. The Gregorian calendar repeats every 400
years (146,097 days, a whole number of weeks), so a piece far from every date the text or the
period names holds the same occurrences as the piece 400 years before it, shifted: the count of
the whole period needs one such cycle computed, not all of it.

The functions below answer the questions the callers ask (how many are due before a day,
which are due between two days) for both an ordinary tuple and a `LazyOccurrences`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from datetime import date, timedelta
from typing import overload

from mentorkit.deadlines.schedule import Occurrence

LAZY_YEARS = 200
"""Periods of at least this many years are read lazily; shorter ones are listed in full."""

PIECE_YEARS = 50
BLOCK_PIECES = 8
"""Pieces in one cycle of the Gregorian calendar (400 years)."""

CYCLE_DAYS = 146_097
MARGIN = timedelta(days=2 * 366)
"""How far a piece must be from every named date to be a copy of another: longer than any unit
(a year, a school year) or any window without a year."""

_KEPT = 3
"""Pieces kept in memory at once."""

Compute = Callable[[date, date], list[Occurrence]]


def _piece_span(index: int) -> tuple[date, date]:
    first = 1 + PIECE_YEARS * index
    return date(first, 1, 1), date(min(first + PIECE_YEARS - 1, date.max.year), 12, 31)


def _piece_of(day: date) -> int:
    return (day.year - 1) // PIECE_YEARS


_PIECES = (date.max.year - 1) // PIECE_YEARS + 1


def _moved(day: date, by: timedelta) -> date:
    """`day + by`, kept inside the calendar."""
    try:
        return day + by
    except OverflowError:
        return date.max if by > timedelta(0) else date.min


def _shifted(occurrences: list[Occurrence], cycles: int) -> list[Occurrence]:
    days = cycles * CYCLE_DAYS
    return [
        Occurrence(
            due=date.fromordinal(occ.due.toordinal() + days),
            start=date.fromordinal(occ.start.toordinal() + days) if occ.start else None,
            note=occ.note,
        )
        for occ in occurrences
    ]


class Indexed(Sequence[Occurrence]):
    """A sequence of occurrences that finds the one at a position itself (`_at`, 0 ≤ index <
    len): negative positions, slices and the IndexError done once for all."""

    def _at(self, index: int) -> Occurrence:
        raise NotImplementedError

    def __len__(self) -> int:
        raise NotImplementedError

    @overload
    def __getitem__(self, index: int) -> Occurrence: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Occurrence]: ...

    def __getitem__(self, index: int | slice) -> Occurrence | Sequence[Occurrence]:
        if isinstance(index, slice):
            return tuple(self._at(i) for i in range(*index.indices(len(self))))
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._at(index)


class LazyOccurrences(Indexed):
    """Occurrences sorted by (due, start), computed piece by piece.

    `compute(lo, hi)` gives exactly the occurrences of the whole period due in lo..hi;
    `anchors` are the days the text and the period name (where the reading is not the same
    from one cycle to the next)."""

    def __init__(self, compute: Compute, anchors: Sequence[date]) -> None:
        self._compute = compute
        anchors = sorted(anchors)
        self._source: list[tuple[int, int]] = []
        """For each piece: the piece computed for it, and how many cycles later it is."""
        counts: list[int] = []
        spans: list[int] = []
        self._no_start: list[bool] = []
        self._cache: OrderedDict[int, list[Occurrence]] = OrderedDict()
        self.backwards: Occurrence | None = None
        """The first occurrence that starts after it is due, if any (the text is then wrong)."""
        models: dict[tuple[int, int], int] = {}
        for index in range(_PIECES):
            lo, hi = _piece_span(index)
            near = bisect_left(anchors, _moved(lo, -MARGIN)) < bisect_right(
                anchors, _moved(hi, MARGIN)
            )
            key = (index % BLOCK_PIECES, bisect_left(anchors, lo))
            model = models.get(key)
            # The last piece is cut at 9999: no copy of a whole one.
            alone = near or index == _PIECES - 1
            if model is None or alone:
                found = self._piece(index)
                if not alone:
                    models[key] = index
                self._source.append((index, 0))
                counts.append(len(found))
                spans.append(max(((o.due - (o.start or o.due)).days for o in found), default=0))
                self._no_start.append(any(o.start is None for o in found))
                if self.backwards is None:
                    self.backwards = next(
                        (o for o in found if o.start is not None and o.start > o.due), None
                    )
            else:
                self._source.append((model, (index - model) // BLOCK_PIECES))
                counts.append(counts[model])
                spans.append(spans[model])
                self._no_start.append(self._no_start[model])
        self._ends: list[int] = []
        total = 0
        for count in counts:
            total += count
            self._ends.append(total)
        self.max_span = max(spans, default=0)
        """The longest window of any occurrence, in days."""

    def _piece(self, index: int) -> list[Occurrence]:
        cached = self._cache.get(index)
        if cached is not None:
            self._cache.move_to_end(index)
            return cached
        model, cycles = self._source[index] if index < len(self._source) else (index, 0)
        found = (
            _shifted(self._piece(model), cycles) if cycles else self._compute(*_piece_span(index))
        )
        self._cache[index] = found
        if len(self._cache) > _KEPT:
            self._cache.popitem(last=False)
        return found

    def _start(self, index: int) -> int:
        return self._ends[index - 1] if index else 0

    def __len__(self) -> int:
        return self._ends[-1]

    def _at(self, index: int) -> Occurrence:
        piece = bisect_right(self._ends, index)
        return self._piece(piece)[index - self._start(piece)]

    def __iter__(self) -> Iterator[Occurrence]:
        for piece in range(_PIECES):
            if self._ends[piece] > self._start(piece):
                yield from self._piece(piece)

    def run(self, indices: range) -> Iterator[Occurrence]:
        """The occurrences at `indices` (a step of 1), piece by piece."""
        at = indices.start
        while at < indices.stop:
            piece = bisect_right(self._ends, at)
            base = self._start(piece)
            found = self._piece(piece)
            stop = min(indices.stop, self._ends[piece])
            yield from found[at - base : stop - base]
            at = stop

    def __repr__(self) -> str:
        return f"LazyOccurrences({len(self)})"

    def count_before(self, day: date) -> int:
        piece = _piece_of(day)
        found = self._piece(piece) if self._ends[piece] > self._start(piece) else []
        return self._start(piece) + bisect_left(found, day, key=lambda occ: occ.due)

    def next_without_start(self, index: int, closed: set[int]) -> int | None:
        """The first occurrence from `index` on with no start that `closed` does not hold."""
        piece = bisect_right(self._ends, index)
        while piece < _PIECES:
            if self._no_start[piece]:
                base = self._start(piece)
                for offset, occ in enumerate(self._piece(piece)):
                    at = base + offset
                    if at >= index and occ.start is None and at not in closed:
                        return at
            piece += 1
        return None


def count_before(occurrences: Sequence[Occurrence], day: date) -> int:
    """How many occurrences are due before `day` (they are sorted by their due day)."""
    if isinstance(occurrences, LazyOccurrences):
        return occurrences.count_before(day)
    return bisect_left(occurrences, day, key=lambda occ: occ.due)


def between(occurrences: Sequence[Occurrence], lo: date, hi: date) -> range:
    """The indices of the occurrences due from `lo` to `hi`."""
    first = count_before(occurrences, lo)
    last = len(occurrences) if hi >= date.max else count_before(occurrences, hi + timedelta(1))
    return range(first, last)


def run(occurrences: Sequence[Occurrence], indices: range) -> Iterator[Occurrence]:
    """The occurrences at `indices` (from `between`), without looking each one up."""
    if isinstance(occurrences, LazyOccurrences):
        return occurrences.run(indices)
    return iter(occurrences[indices.start : indices.stop])


def max_span(occurrences: Sequence[Occurrence]) -> int:
    """The longest window of any occurrence, in days."""
    if isinstance(occurrences, LazyOccurrences):
        return occurrences.max_span
    return max(((o.due - (o.start or o.due)).days for o in occurrences), default=0)


def first_outside(occurrences: Sequence[Occurrence], start: date, end: date) -> Occurrence | None:
    """The first occurrence not inside `start..end` (the period): due before its start, or
    opening after its end (those are due after the end, at the tail)."""
    if not occurrences:
        return None
    if occurrences[0].due < start:
        return occurrences[0]
    tail = between(occurrences, end + timedelta(1), date.max) if end < date.max else range(0)
    return next((occ for i in tail if ((occ := occurrences[i]).start or occ.due) > end), None)


def without_start_finder(
    occurrences: Sequence[Occurrence],
) -> Callable[[int, set[int]], int | None]:
    """A function: the first occurrence from an index on that has no start and is not closed."""
    if isinstance(occurrences, LazyOccurrences):
        return occurrences.next_without_start
    indices = [i for i, occ in enumerate(occurrences) if occ.start is None]

    def find(index: int, closed: set[int]) -> int | None:
        at = bisect_left(indices, index)
        while at < len(indices) and indices[at] in closed:
            at += 1
        return indices[at] if at < len(indices) else None

    return find
