"""Deadlines as announcements and orders write them, found unread by the blind sets 14–16: a day
spelled in words («к первому сентября»), a window told with verbs («начнётся 1 апреля и
завершится 30 июня»), «Сегодня, 25 мая». Each is read as a curator reads it; the variants that
say less stay not understood."""

from __future__ import annotations

import pytest

from mentorkit.deadlines import Period, ScheduleKind, read_deadline
from tests.deadline_corpus import shown

Y2025 = Period.parse("2025")


def reading(text: str) -> str:
    return shown(read_deadline(text, Y2025))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("третьего октября", "до 03.10.2025"),
        ("К первому сентября", "до 01.09.2025"),
        ("до первого сентября 2025 года", "до 01.09.2025"),
        ("двадцать пятого мая", "до 25.05.2025"),
        ("тридцать первого декабря", "до 31.12.2025"),
        ("с 18 мая по пятого июля", "18.05.2025–05.07.2025"),
        ("с первого по пятое мая", "01.05.2025–05.05.2025"),
        ("первое и третье октября", "до 01.10.2025; до 03.10.2025"),
        ("одиннадцатого ноября", "до 11.11.2025"),
    ],
)
def test_a_day_spelled_in_words_reads_as_its_number(text: str, expected: str) -> None:
    assert reading(text) == expected
    assert reading(text) == reading(_in_digits(text))


def _in_digits(text: str) -> str:
    for words, digits in (
        ("тридцать первого", "31"),
        ("двадцать пятого", "25"),
        ("одиннадцатого", "11"),
        ("третьего", "3"),
        ("третье", "3"),
        ("первому", "1"),
        ("первого", "1"),
        ("первое", "1"),
        ("пятого", "5"),
        ("пятое", "5"),
    ):
        text = text.replace(words, digits)
    return text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ordinal before a unit is the unit's, as before
        ("по итогам первого полугодия", "до 30.06.2025"),
        ("первая неделя сентября", "01.09.2025–07.09.2025"),
        ("второго квартала", "01.04.2025–30.06.2025"),
    ],
)
def test_an_ordinal_before_a_unit_is_not_a_day(text: str, expected: str) -> None:
    assert reading(text) == expected


@pytest.mark.parametrize(
    "text",
    ["тридцать второго декабря", "тридцатого февраля", "третьего", "первого числа и 5 мая"],
)
def test_a_spelled_day_that_is_none_or_names_no_month_is_not_understood(text: str) -> None:
    schedule = read_deadline(text, Y2025)
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD
    assert schedule.unparsed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("начнется 1 апреля и завершится 30 июня", "01.04.2025–30.06.2025"),
        ("начнётся 1 апреля и завершится 30 июня", "01.04.2025–30.06.2025"),
        ("стартовали 21 июля и завершились 12 сентября", "21.07.2025–12.09.2025"),
        ("началось 21 июля и завершилось 12 сентября", "21.07.2025–12.09.2025"),
        ("начинается 1 апреля, завершается 30 июня", "01.04.2025–30.06.2025"),
        ("начнется 25 июля и продлится до 14 августа 2025 года", "25.07.2025–14.08.2025"),
        ("Стартует 1 марта и закончится 15 апреля", "01.03.2025–15.04.2025"),
        ("с 1 декабря 2025 года и продлится до 1 февраля 2026 года", "01.12.2025–01.02.2026"),
        ("откроется 10.03.2025 и закроется", "не понят"),
    ],
)
def test_a_window_told_with_verbs(text: str, expected: str) -> None:
    assert reading(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # «завершится 30 июня», an end alone, is read «по 30 июня» (test_deadline_fifth_round)
        "начнется 1 апреля и продлится 9 дней",
        "начнется 1 апреля, с 5 мая завершится 30 июня",  # two starts
        "начнется 1 апреля или завершится 30 июня",
    ],
)
def test_verbs_that_do_not_bound_one_window_are_not_understood(text: str) -> None:
    schedule = read_deadline(text, Y2025)
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD, shown(schedule)
    assert schedule.unparsed


def test_today_before_the_day_is_read_past_and_said() -> None:
    schedule = read_deadline("Сегодня, 25 мая", Y2025)
    assert shown(schedule) == "до 25.05.2025"
    assert schedule.ignored == ("Сегодня,",)
    assert reading("Сегодня – 8 февраля") == "до 08.02.2025"


def test_today_right_before_the_day_needs_no_comma() -> None:
    # heldout72 «Сегодня 12 декабря»: the comma left out, the same day
    assert reading("сегодня 25 мая") == "до 25.05.2025"
    assert reading("вчера 3 июля") == "до 03.07.2025"


@pytest.mark.parametrize("text", ["сегодня", "до сегодня", "сегодня 2025 год"])
def test_today_anywhere_else_is_not_understood(text: str) -> None:
    assert read_deadline(text, Y2025).kind == ScheduleKind.NOT_UNDERSTOOD


Y2022 = Period.parse("2022")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("в субботу (5 марта)", "до 05.03.2022"),
        ("в понедельник (07.03)", "до 07.03.2022"),
        ("в субботу (5 марта 2022 г.)", "до 05.03.2022"),
        ("на понедельник 21 февраля", "до 21.02.2022"),
        ("В ближайшую субботу, 19 ноября", "до 19.11.2022"),
        ("в эту пятницу - 20 мая", "до 20.05.2022"),
        ("в минувшую пятницу, 21 октября", "до 21.10.2022"),
    ],
)
def test_a_weekday_said_before_its_day_in_announcement_forms(text: str, expected: str) -> None:
    schedule = read_deadline(text, Y2022)
    assert shown(schedule) == expected
    assert schedule.ignored


@pytest.mark.parametrize(
    "text",
    [
        "в пятницу (5 марта)",  # 05.03.2022 is a Saturday
        "в пятницу (5 марта 2022 г.)",
        "на пятницу 22 февраля",  # a Tuesday
        "в ближайшую субботу, 23 ноября",  # a Wednesday
        "в эту пятницу - 24 мая",
    ],
)
def test_a_weekday_that_is_not_its_days_is_not_understood(text: str) -> None:
    schedule = read_deadline(text, Y2022)
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD, shown(schedule)


def test_the_length_after_inclusive_is_checked_against_the_window() -> None:
    y = Period.parse("2019-2020")
    right = read_deadline("с 28 октября по 3 ноября включительно (7 дней)", y)
    assert shown(right) == "28.10.2019–03.11.2019"
    wrong = read_deadline("с 28 октября по 3 ноября включительно (8 дней)", y)
    assert wrong.kind == ScheduleKind.NOT_UNDERSTOOD
    assert wrong.reason is not None and "8 дней" in wrong.reason
    assert shown(read_deadline("с 30 декабря по 8 января включительно (10 дней)", y)) == (
        "30.12.2019–08.01.2020"
    )
