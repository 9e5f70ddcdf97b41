"""Which deadline each done date closes, and the state an item is in on a day."""

from __future__ import annotations

from datetime import date

from mentorkit.deadlines import Period
from mentorkit.model import Item
from mentorkit.progress import State, item_progress

ACADEMIC = Period.parse("2023-2024")


def progress(deadline: str, done: tuple[date, ...], today: date, period: Period = ACADEMIC):
    item = Item(title="t", deadline=deadline, done=done)
    return item_progress("1", item, (), period, today, 14)


def test_a_second_date_in_a_closed_month_does_not_close_the_next() -> None:
    p = progress("ежемесячно", (date(2023, 9, 5), date(2023, 9, 20)), date(2023, 10, 15))
    assert (p.state, p.due, p.extra_done) == (State.OPEN, date(2023, 10, 31), (date(2023, 9, 20),))


def test_a_one_off_item_done_early_is_done() -> None:
    p = progress("Октябрь 2023", (date(2023, 9, 25),), date(2023, 10, 15))
    assert (p.state, p.extra_done) == (State.DONE, ())


def test_a_late_date_closes_the_late_deadline() -> None:
    p = progress(
        "до 15.03.2022, далее ежегодно",
        (date(2022, 3, 25),),
        date(2022, 6, 1),
        Period.parse("2022-2024"),
    )
    assert (p.state, p.due, p.open_late) == (State.OPEN, date(2023, 3, 15), ())


def test_overdue_then_due_soon() -> None:
    assert progress("май 2024", (), date(2024, 6, 1)).state == State.OVERDUE
    assert progress("май 2024", (), date(2024, 5, 20)).state == State.DUE_SOON
    assert progress("май 2024", (), date(2024, 5, 2)).state == State.OPEN
    assert progress("май 2024", (), date(2024, 1, 2)).state == State.UPCOMING
