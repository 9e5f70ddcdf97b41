"""Classes of texts the blind sets (heldout–heldout16) left not understood, read where a
curator's reading is not in doubt: hours «с … до … часов» beside a day, spans of days of one
month written once after the last («с 1 по 4 и с 8 по 11 мая»), a length after several windows
(their total), deadlines on lines of their own (a list), months taken out of a monthly
recurrence («ежемесячно (кроме июля и августа)»)."""

from __future__ import annotations

import pytest

from mentorkit.deadlines import Period, ScheduleKind, read_deadline
from tests.deadline_corpus import shown

Y2023 = Period.parse("2023")
Y2425 = Period.parse("2024-2025")


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        # heldout15: «14 сентября 2023 г. с 10 до 15 часов (по московскому времени)».
        ("14 сентября 2023 г. с 10 до 15 часов", "с 10 до 15 часов"),
        ("14 сентября 2023 г. с 10 до 15 часов (по московскому времени)", "с 10 до 15 часов"),
        ("14 сентября с 10 до 15 ч.", "с 10 до 15 ч."),
        ("14.09.2023, с 9 до 18 ч", "с 9 до 18 ч"),
        ("сентябрь 2023, с 9 до 18 часов", "с 9 до 18 часов"),
    ],
)
def test_hours_from_to_beside_a_day_are_read_past_and_named(text: str, hours: str) -> None:
    schedule = read_deadline(text, Y2023)
    assert shown(schedule).split("; ")[0] in ("до 14.09.2023", "01.09.2023–30.09.2023")
    assert hours in schedule.ignored


@pytest.mark.parametrize(
    "text",
    [
        "с 10 до 15 часов",  # no day: the hours of which?
        "14 сентября с 15 до 10 часов",  # the end before the start
        "14 сентября с 10 до 25 часов",  # no such hour
        "с 10 до 15 часов 14 сентября",  # the day after: not read past before it is said
    ],
)
def test_hours_without_a_day_or_not_hours_are_not_understood(text: str) -> None:
    schedule = read_deadline(text, Y2023)
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD, shown(schedule)
    assert schedule.unparsed


def test_days_from_to_are_still_days() -> None:
    assert shown(read_deadline("с 10 до 15 сентября", Y2023)) == "10.09.2023–15.09.2023"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # heldout15: the month of the first span was not written.
        ("с 1 по 4 и с 8 по 11 мая", "01.05.2025–04.05.2025; 08.05.2025–11.05.2025"),
        ("с 1 по 4, с 8 по 11 мая", "01.05.2025–04.05.2025; 08.05.2025–11.05.2025"),
        ("с 1 по 4 и 8 по 11 мая", "01.05.2025–04.05.2025; 08.05.2025–11.05.2025"),
        ("с 1 по 4 и с 8 по 11 мая 2025 года", "01.05.2025–04.05.2025; 08.05.2025–11.05.2025"),
        ("с 1 по 4 мая и с 8 по 11 мая", "01.05.2025–04.05.2025; 08.05.2025–11.05.2025"),
        ("с 2024 по 2026 год", "01.01.2024–31.12.2026"),
    ],
)
def test_spans_of_days_of_one_month_written_once_are_read(text: str, expected: str) -> None:
    period = Period.parse("2024-2026") if "2026" in text else Y2425
    assert shown(read_deadline(text, period)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # The days out of order: the first span is another month's (which?), not this one's.
        "с 28 по 31 и с 1 по 5 мая",
        "28-31 и 1-5 мая",
        "25 и 24 мая",
        "с 1 по 4 и с 8 по 31 апреля",  # no 31 April
        "с 1 по 4 и с 8 по 11",  # no month at all
    ],
)
def test_spans_of_days_out_of_order_or_without_a_month_are_not_understood(text: str) -> None:
    schedule = read_deadline(text, Y2425)
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD, shown(schedule)
    assert schedule.unparsed


Y0910 = Period.parse("2009-2010")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # heldout11: a college's term in two parts and its weeks in total.
        (
            "01.01.10 - 07.01.10 01.02.10 - 07.02.10 - 2 нед.",
            "01.01.2010–07.01.2010; 01.02.2010–07.02.2010",
        ),
        (
            "14.09.09 - 31.12.09 08.01.10 - 17.01.10 - 17 нед.",
            "14.09.2009–31.12.2009; 08.01.2010–17.01.2010",
        ),
        (
            "01.01.10 - 07.01.10, 01.02.10 - 07.02.10 (14 дней)",
            "01.01.2010–07.01.2010; 01.02.2010–07.02.2010",
        ),
        # A length the last window holds alone is its own, as before.
        (
            "01.01.10 - 07.01.10 01.02.10 - 07.02.10 (7 дней)",
            "01.01.2010–07.01.2010; 01.02.2010–07.02.2010",
        ),
    ],
)
def test_a_length_after_several_windows_is_their_total(text: str, expected: str) -> None:
    assert shown(read_deadline(text, Y0910)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "01.01.10 - 07.01.10 01.02.10 - 07.02.10 - 3 нед.",
        "01.01.10 - 07.01.10 01.02.10 - 07.02.10 (15 дней)",
        # Not windows of days alone: a month beside them is not summed.
        "январь 2010, 01.02.10 - 07.02.10 (38 дней)",
    ],
)
def test_a_length_that_neither_the_last_window_nor_all_hold_is_not_understood(text: str) -> None:
    schedule = read_deadline(text, Y0910)
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD, shown(schedule)
    assert "в сроке сказано" in (schedule.reason or "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A cell's list, one deadline a line: not understood as «no dash, no comma».
        ("сентябрь 2024\nдекабрь 2024", "01.09.2024–30.09.2024; 01.12.2024–31.12.2024"),
        ("сентябрь\r\nмарт", "01.09.2024–30.09.2024; 01.03.2025–31.03.2025"),
        ("30.11.2024\n01.12.2024", "до 30.11.2024; до 01.12.2024"),
    ],
)
def test_deadlines_on_lines_of_their_own_are_a_list(text: str, expected: str) -> None:
    assert shown(read_deadline(text, Y2425)) == expected


def test_deadlines_with_only_a_space_between_are_still_not_guessed() -> None:
    schedule = read_deadline("сентябрь 2024 декабрь 2024", Y2425)
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD
    assert "ни тире, ни запятой" in (schedule.reason or "")


@pytest.mark.parametrize(
    ("text", "count", "gone"),
    [
        # heldout8: «(включительно)» between the day and «число», and the months taken out.
        (
            "с 1 по 10 (включительно) число каждого месяца (за исключением мая — июля)",
            9,
            (5, 6, 7),
        ),
        ("ежемесячно (кроме июля и августа)", 10, (7, 8)),
        ("ежемесячно, кроме июля", 11, (7,)),
        ("ежемесячно кроме июня, июля, августа", 9, (6, 7, 8)),
        ("ежемесячно (кроме ноября - февраля)", 8, (11, 12, 1, 2)),
        ("до 20 числа ежемесячно, кроме января.", 11, (1,)),
    ],
)
def test_months_taken_out_of_a_monthly_recurrence_are_left_out(
    text: str, count: int, gone: tuple[int, ...]
) -> None:
    schedule = read_deadline(text, Y2425)
    assert len(schedule.occurrences) == count, shown(schedule)
    assert not any((o.start or o.due).month in gone for o in schedule.occurrences)


@pytest.mark.parametrize(
    "text",
    [
        "ежемесячно (кроме каникул)",  # not months: which days?
        "ежеквартально (кроме июля)",  # a quarter is not taken out by a month
        "сентябрь - май (кроме января)",  # a window, not a recurrence
        "ежемесячно (кроме 9 классов)",
        "ежемесячно (кроме июля и 9 классов)",
        "ежемесячно с сентября по май (кроме июля)",  # takes out nothing it falls in
    ],
)
def test_anything_else_taken_out_is_not_understood(text: str) -> None:
    schedule = read_deadline(text, Y2425)
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD, shown(schedule)
    assert schedule.unparsed


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("с 1 по 10 включительно число каждого месяца", 12),
        ("ежемесячно до 10 (включительно) числа", 12),
    ],
)
def test_inclusive_between_the_day_and_its_word_is_read_past(text: str, count: int) -> None:
    schedule = read_deadline(text, Y2425)
    assert len(schedule.occurrences) == count
    assert shown(schedule).split("; ")[0] == "01.09.2024–10.09.2024"
