"""Over a very long period the occurrences of a deadline are computed piece by piece
(`deadlines/lazy.py`) and status looks only at those around today: the answers must be the ones
the full list gives. Each property reads the same text twice, lazily and in full, on generated
texts, periods, done dates and days."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, timedelta
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mentorkit.deadlines import Occurrence, Period, Schedule, lazy, read_deadline
from mentorkit.deadlines.lazy import LazyOccurrences, between, count_before, first_outside, run
from mentorkit.model import Item
from mentorkit.progress import close_occurrences, item_progress, schedule_of

TEXTS = [
    "еженедельно",
    "ежемесячно",
    "ежеквартально",
    "раз в полугодие",
    "ежегодно",
    "по понедельникам и средам",
    "еженедельно по пятницам",
    "первая среда месяца",
    "до 20 числа ежемесячно",
    "до 5 числа каждого квартала",
    "еженедельно с сентября по май",
    "ежемесячно с сентября по май",
    "01.09.2023, далее еженедельно",
    "до 15.03.2022, далее ежемесячно",
    "до 15.03.2022, далее ежегодно",
    "31 декабря 2022 далее до 2025 г. ежегодно",
    "ежемесячно до 2400 года",
    "ежемесячно в 2023 году",
    "еженедельно в течение 2000, 2001 гг.",
    "май",
    "в течение года",
    "Март 2023 г., Декабрь 2023 г.",
    "в конце мая",
    "II четверть",
    "раз в четверть",
    "по итогам каждой четверти",
    "в период осенних каникул",
    "в период осенних каникул 2023 года",
    "ежемесячно, в период осенних каникул 2023 года",
    "декабрь – январь",
    "до 15.03.2024",
    "до 15.03.0002, далее ежемесячно",
    "октябрь 2024, далее ежемесячно",
    "октябрь, далее ежемесячно",
    "ежемесячно с 1 октября",
    "с 1 сентября",
]

days = st.integers(date(1, 1, 1).toordinal(), date(9999, 12, 31).toordinal()).map(date.fromordinal)


@st.composite
def periods(draw: st.DrawFn) -> Period:
    """Short periods (every piece near an end) and long ones (pieces copied from a cycle
    before), as school years, calendar years or any two days."""
    years = draw(st.one_of(st.integers(0, 30), st.integers(400, 1300)))
    first = draw(st.integers(1, 9999 - years))
    shape = draw(st.sampled_from(["school", "calendar", "days"]))
    if shape == "school" and years > 0 and first + years <= 9999:
        return Period(date(first, 9, 1), date(first + years, 8, 31))
    if shape == "calendar":
        return Period(date(first, 1, 1), date(first + years, 12, 31))
    start = date(first, 1, 1) + timedelta(draw(st.integers(0, 364)))
    end = min(date(first + years, 1, 1) + timedelta(draw(st.integers(0, 364))), date.max)
    return Period(start, max(start, end))


@contextmanager
def lazily(on: bool) -> Iterator[None]:
    schedule_of.cache_clear()  # its readings do not depend on the switch
    with mock.patch.object(lazy, "LAZY_YEARS", 0 if on else 10**6):
        yield
    schedule_of.cache_clear()


def both(text: str, period: Period) -> tuple[Schedule, Schedule]:
    with lazily(True):
        lazy_one = read_deadline(text, period)
    with lazily(False):
        full = read_deadline(text, period)
    return lazy_one, full


SLOW = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SLOW
@given(text=st.sampled_from(TEXTS), period=periods())
def test_a_lazy_reading_is_the_full_one(text: str, period: Period) -> None:
    lazy_one, full = both(text, period)
    assert (lazy_one.kind, lazy_one.reason, lazy_one.calendar) == (
        full.kind,
        full.reason,
        full.calendar,
    )
    assert isinstance(full.occurrences, tuple)
    if lazy_one.occurrences:
        assert isinstance(lazy_one.occurrences, LazyOccurrences)
    assert len(lazy_one.occurrences) == len(full.occurrences)
    assert list(lazy_one.occurrences) == list(full.occurrences)
    assert lazy_one.outside(period.start, period.end) == full.outside(period.start, period.end)
    assert first_outside(lazy_one.occurrences, period.start, period.end) == next(
        iter(full.outside(period.start, period.end)), None
    )


@SLOW
@given(
    text=st.sampled_from(TEXTS),
    period=periods(),
    probes=st.lists(days, min_size=1, max_size=5),
    index=st.integers(-3, 10**6),
)
def test_counting_and_indexing_without_the_list(
    text: str, period: Period, probes: list[date], index: int
) -> None:
    lazy_one, full = both(text, period)
    occurrences, listed = lazy_one.occurrences, list(full.occurrences)
    for day in probes:
        assert count_before(occurrences, day) == sum(occ.due < day for occ in listed)
        lo, hi = sorted((day, probes[0]))
        assert [occurrences[i] for i in between(occurrences, lo, hi)] == [
            occ for occ in listed if lo <= occ.due <= hi
        ]
    if listed:
        at = index % len(listed) if index >= 0 else max(index, -len(listed))
        assert occurrences[at] == listed[at]
        assert list(occurrences[:7]) == listed[:7]


def reference_close(
    occurrences: list[Occurrence], done: list[date]
) -> tuple[list[bool], list[date]]:
    """The matching of done dates as it was written before it became lazy: every date looks at
    every occurrence."""
    closed = [False] * len(occurrences)
    unmatched = []

    def may_close(index: int, day: date) -> bool:
        occ = occurrences[index]
        if occ.start is None or occ.start <= day or occ.due < day or index == 0:
            return True
        return day > occurrences[index - 1].due

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
                (i for i in range(len(occurrences)) if not closed[i] and may_close(i, day)),
                None,
            )
        if target is None:
            unmatched.append(day)
        else:
            closed[target] = True
    return closed, unmatched


@st.composite
def done_near(draw: st.DrawFn, occurrences: Sequence[Occurrence]) -> list[date]:
    """Done dates: on, inside, just before and just after occurrences, and anywhere."""
    found = []
    for _ in range(draw(st.integers(0, 12))):
        if occurrences and draw(st.booleans()):
            occ = occurrences[draw(st.integers(0, len(occurrences) - 1))]
            base = draw(st.sampled_from([occ.due, occ.start or occ.due]))
            moved = base.toordinal() + draw(st.integers(-10, 10))
            found.append(date.fromordinal(min(max(moved, 1), date.max.toordinal())))
        else:
            found.append(draw(days))
    return sorted(found)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.sampled_from(TEXTS), period=periods(), data=st.data())
def test_done_dates_close_what_they_closed(text: str, period: Period, data: st.DataObject) -> None:
    lazy_one, full = both(text, period)
    listed = list(full.occurrences)
    done = data.draw(done_near(listed))
    expected, unmatched = reference_close(listed, done)
    closed_positions = {i for i, is_closed in enumerate(expected) if is_closed}
    for occurrences in (full.occurrences, lazy_one.occurrences):
        closed, left = close_occurrences(occurrences, done)
        assert (closed, left) == (closed_positions, unmatched)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.sampled_from(TEXTS), period=periods(), data=st.data())
def test_an_item_stands_where_the_full_list_puts_it(
    text: str, period: Period, data: st.DataObject
) -> None:
    with lazily(False):
        listed = list(read_deadline(text, period).occurrences)
    done = data.draw(done_near(listed))
    today = data.draw(st.one_of(days, st.sampled_from([o.due for o in listed] or [period.end])))
    item = Item(title="Мероприятие", deadline=text, done=done)
    answers = []
    for on in (True, False):
        with lazily(on):
            p = item_progress("1.1", item, ("sections", 0), period, today, 14)
        late = list(p.open_late)
        answers.append((p.state, p.due, p.start, p.closed, p.extra_done, p.occurrences, late))
        assert len(p.open_late) == len(late)
        if late:
            assert (p.open_late[0], p.open_late[-1]) == (late[0], late[-1])
    assert answers[0] == answers[1]
    # The late ones as the full list gives them: open, and due before today.
    closed, _ = reference_close(listed, sorted(d for d in done if d <= today))
    expected_late = [o for o, c in zip(listed, closed, strict=True) if not c and o.due < today]
    assert answers[0][-1] == expected_late


@SLOW
@given(text=st.sampled_from(TEXTS), period=periods(), lo=days, hi=days)
def test_a_run_between_two_days(text: str, period: Period, lo: date, hi: date) -> None:
    lazy_one, full = both(text, period)
    lo, hi = sorted((lo, hi))
    for occurrences in (lazy_one.occurrences, full.occurrences):
        assert list(run(occurrences, between(occurrences, lo, hi))) == [
            occ for occ in full.occurrences if lo <= occ.due <= hi
        ]
