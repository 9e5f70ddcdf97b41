"""The deadline reader's fourth round: the classes of real text the thirteen blind sets left
unread — remarks beside a date that name no day, weekdays beside a day in other forms — each
read as a curator reads it, and the variants that would change the days kept not understood."""

from __future__ import annotations

import pytest

from mentorkit.deadlines import Period, ScheduleKind, read_deadline
from tests.deadline_corpus import shown

Y2425 = Period.parse("2024-2025")


def reading(text: str, period: Period = Y2425) -> str:
    return shown(read_deadline(text, period))


# -- remarks that name no day ---------------------------------------------------------------------

REMARKS = [
    ("05 февраля 2025 года (дополнительные сроки)", "до 05.02.2025", "(дополнительные сроки)"),
    ("с 1 по 15 декабря 2024 года (по штемпелю отправки)", "01.12.2024–15.12.2024", None),
    ("28 марта 2025 года в 14-00 (по МСК.)", "до 28.03.2025", "(по МСК.)"),
    ("до 17.00 часов (время местное) 04 октября 2024 года", "до 04.10.2024", "(время местное)"),
    (
        "22.09.2024 – 31.10.2024 – проведение на базе школ, приём тезисов.",
        "22.09.2024–31.10.2024",
        None,
    ),
    ("01-31.10.2024 – при поддержке ГБОУ ДО «Севастополец»", "01.10.2024–31.10.2024", None),
    ("Февраль, пгт. Верх-Чебула", "01.02.2025–28.02.2025", ", пгт. Верх-Чебула"),
    ("24.05.2025, общеобразовательные учреждения города, 10.00 - 12.00 ч", "до 24.05.2025", None),
]


@pytest.mark.parametrize(("text", "expected", "named"), REMARKS)
def test_a_remark_that_names_no_day_is_read_past_and_named(
    text: str, expected: str, named: str | None
) -> None:
    schedule = read_deadline(text, Y2425)
    assert shown(schedule) == expected
    assert schedule.ignored, "the check says what it read past"
    if named is not None:
        assert named in schedule.ignored


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # an exception, a condition, a recurrence, another day, how often: the days change
        ("05 февраля 2025 года (кроме 9 классов)", "кроме"),
        ("05 февраля 2025 года (только очно)", "только"),
        ("с 1 по 10 декабря 2024 (по чётным дням)", "чётным"),
        ("05.02.2025 – при благоприятной погоде", "при"),
        ("05.02.2025, без выходных", "без"),
        ("05.02.2025 (не для всех)", "не"),
        ("05.02.2025 (с переносом)", "переносом"),
        ("Февраль, пгт. Верх-Чебула, по будням", "будням"),
        ("05.02.2025 (дополнительные каникулы)", ""),
        ("05.02.2025 – проведение до начала занятий", "до"),
        ("05.02.2025, 2 группы", "2"),
        ("05.02.2025 (старый срок)", "старый"),
    ],
)
def test_a_remark_that_would_change_the_days_is_not_read_past(text: str, part: str) -> None:
    schedule = read_deadline(text, Y2425)
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD, shown(schedule)
    assert part in (schedule.unparsed or ""), schedule.unparsed


# -- a year and a range of days after it, not an ISO date --------------------------------------


def test_a_year_then_days_after_a_dash_is_not_an_iso_date() -> None:
    # «2023-5–13» was read as 13 May 2023 between two deadlines: three of them in all.
    text = "10–15 сентября 2023-5–13 апреля 2025 года"
    schedule = read_deadline(text, Period.parse("2023-2024"))
    assert len(schedule.occurrences) <= 1, shown(schedule)
    assert reading("2025-05-25") == "до 25.05.2025"
    assert reading("2024.9.1") == "до 01.09.2024"


def test_a_year_after_a_month_then_a_dash_is_the_months_year() -> None:
    # «2023-10–15» after «сентября» is the year, then a range: not 15 October 2023.
    text = "10–15 сентября 2023-10–15 сентября 2023"
    schedule = read_deadline(text, Period.parse("2023-2024"))
    assert len(schedule.occurrences) <= 1, shown(schedule)


# -- a weekday beside a day, in more forms ------------------------------------------------------

Y2021 = Period.parse("2020-2021")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("пт 11 сентября", "до 11.09.2020"),
        ("субботу 19 сентября", "до 19.09.2020"),
        ("в субботу 19 сентября", "до 19.09.2020"),
        ("пятница, 11 сентября 2020 г.", "до 11.09.2020"),
        ("3 декабря, в четверг", "до 03.12.2020"),
        ("3 декабря в четверг", "до 03.12.2020"),
        ("22.03 пон", "до 22.03.2021"),
        ("23.03 вт", "до 23.03.2021"),
        ("24.03.2021 ср", "до 24.03.2021"),
    ],
)
def test_a_weekday_beside_a_day_is_read_past(text: str, expected: str) -> None:
    schedule = read_deadline(text, Y2021)
    assert shown(schedule) == expected
    assert schedule.ignored


@pytest.mark.parametrize(
    ("text", "weekday"),
    [
        # the weekday is checked against the day, in the year the period gives a yearless one
        ("пт 12 сентября", "суббота"),
        ("3 декабря, в воскресенье", "четверг"),
        ("22.03 вт", "понедельник"),
        ("в субботу 19 сентября 2021 г.", None),
        ("3 декабря 2020 года, в понедельник", None),
    ],
)
def test_a_weekday_that_is_not_the_days_is_not_understood(text: str, weekday: str | None) -> None:
    schedule = read_deadline(text, Y2021)
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD, shown(schedule)
    assert schedule.unparsed
    if weekday is not None:
        assert weekday in (schedule.reason or ""), schedule.reason


@pytest.mark.parametrize("text", ["сентябрь, среда", "2024 год, среда", "пт сентября"])
def test_a_weekday_beside_no_day_is_not_read_past(text: str) -> None:
    assert read_deadline(text, Y2021).kind == ScheduleKind.NOT_UNDERSTOOD


# -- «с … и до …», «… и продлится до …»: one window ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("с 30 декабря и до 8 января", "30.12.2024–08.01.2025"),
        ("с 30 декабря и по 8 января", "30.12.2024–08.01.2025"),
        ("с 1 декабря 2024 года и продлится до 1 февраля 2025 года", "01.12.2024–01.02.2025"),
    ],
)
def test_a_window_with_and_before_its_end_is_one_window(text: str, expected: str) -> None:
    assert reading(text) == expected


def test_a_start_and_another_day_are_not_a_window() -> None:
    # «с 30 декабря и 8 января»: from the 30th on, and the 8th? Not a window.
    assert read_deadline("с 30 декабря и 8 января", Y2425).kind == ScheduleKind.NOT_UNDERSTOOD


def test_a_set_by_another_document_with_the_space_left_out_is_unscheduled() -> None:
    assert read_deadline("посогласованию", Y2425).kind == ScheduleKind.UNSCHEDULED
    assert read_deadline("Посогласованию, до 15.09.2024", Y2425).kind == (
        ScheduleKind.NOT_UNDERSTOOD
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("в июле месяце", "01.07.2025–31.07.2025"),
        ("сентябрь месяц 2024 г.", "01.09.2024–30.09.2024"),
    ],
)
def test_the_word_month_after_a_months_name_is_read_past(text: str, expected: str) -> None:
    schedule = read_deadline(text, Y2425)
    assert shown(schedule) == expected
    assert schedule.ignored


# -- until an event, and at the latest a day ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "с 6 июля до момента заполнения свободных мест, но не позднее 5 сентября 2025 года",
            "06.07.2025–05.09.2025",
        ),
        ("до окончания приёма заявлений, но не позднее 5 сентября 2024 года", "до 05.09.2024"),
    ],
)
def test_until_an_event_but_no_later_than_a_day_is_that_day(text: str, expected: str) -> None:
    schedule = read_deadline(text, Y2425)
    assert shown(schedule) == expected
    assert any(said.startswith("до ") for said in schedule.ignored)


@pytest.mark.parametrize(
    "text",
    [
        # «не ранее» turns the bound round; an event that names a month is a date of its own
        "с 6 июля до момента заполнения свободных мест, но не ранее 5 сентября 2025 года",
        "с 6 июля до окончания мая, но не позднее 5 сентября 2025 года",
    ],
)
def test_an_event_bound_otherwise_is_not_guessed(text: str) -> None:
    assert read_deadline(text, Y2425).kind == ScheduleKind.NOT_UNDERSTOOD


# -- a holiday named beside its own day ----------------------------------------------------------

Y2122 = Period.parse("2021-2022")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "в период с 23.02.2022 (День Защитника Отечества) по 09.05.2022 (День Победы)",
            "23.02.2022–09.05.2022",
        ),
        ("9 мая 2022 г. (День Победы)", "до 09.05.2022"),
        ("28.11.2021 (День матери)", "до 28.11.2021"),
    ],
)
def test_a_holiday_beside_its_own_day_is_read_past(text: str, expected: str) -> None:
    schedule = read_deadline(text, Y2122)
    assert shown(schedule) == expected
    assert any(said.startswith("(День") for said in schedule.ignored)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("10.05.2022 (День Победы)", "09.05"),
        ("с 22.02.2022 (День защитника Отечества) по 09.05.2022", "23.02"),
        ("24.11.2021 (День матери)", "28.11"),
    ],
)
def test_a_holiday_beside_another_day_is_not_understood(text: str, said: str) -> None:
    schedule = read_deadline(text, Y2122)
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD, shown(schedule)
    assert said in (schedule.reason or ""), schedule.reason


# -- two-digit years, as typed --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "period", "expected"),
    [
        ("с 01.09.22 г. по 28.10. 22 г.", "2022-2023", "01.09.2022–28.10.2022"),
        ("28.10. 22 года", "2022-2023", "до 28.10.2022"),
        ("14.03.16. – 19.03.16", "2015-2016", "14.03.2016–19.03.2016"),
        ("14.03.2016. – 19.03.2016", "2015-2016", "14.03.2016–19.03.2016"),
    ],
)
def test_a_date_typed_with_a_space_or_a_dot_too_many(text: str, period: str, expected: str) -> None:
    assert reading(text, Period.parse(period)) == expected


@pytest.mark.parametrize("text", ["28.10. 22 группы", "до 28.10. 22"])
def test_a_number_after_a_spaced_date_without_g_is_no_year(text: str) -> None:
    assert read_deadline(text, Period.parse("2022-2023")).kind == ScheduleKind.NOT_UNDERSTOOD


# -- the day lessons start again, after holidays -------------------------------------------------

Y1314 = Period.parse("2013-2014")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("09.10.2013 - 13.10.2013 (начало занятий 14.10.2013)", "09.10.2013–13.10.2013"),
        ("28.12.2013 - 08.01.2014 (начало занятий с 09.01)", "28.12.2013–08.01.2014"),
    ],
)
def test_the_day_lessons_start_again_is_read_past(text: str, expected: str) -> None:
    schedule = read_deadline(text, Y1314)
    assert shown(schedule) == expected
    assert any(said.startswith("(начало занятий") for said in schedule.ignored)


@pytest.mark.parametrize(
    "text",
    [
        # inside the holidays, long after them, or in another year: another date, not guessed
        "19.03.2014 - 23.03.2014 (начало занятий 23.03.2014)",
        "19.03.2014 - 23.03.2014 (начало занятий 04.04.2014)",
        "09.10.2013 - 13.10.2013 (начало занятий 14.10.2014)",
    ],
)
def test_lessons_that_do_not_start_right_after_are_not_understood(text: str) -> None:
    assert read_deadline(text, Y1314).kind == ScheduleKind.NOT_UNDERSTOOD


# -- the time of day, in more words ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("24 мая с окончанием не позднее 21.00", "до 24.05.2025"),
        ("24 мая, начало в 10.00", "до 24.05.2025"),
        ("24.05.2025 г. не позднее 18:00", "до 24.05.2025"),
    ],
)
def test_the_time_of_day_in_more_words_is_read_past(text: str, expected: str) -> None:
    schedule = read_deadline(text, Y2425)
    assert shown(schedule) == expected
    assert schedule.ignored


@pytest.mark.parametrize("text", ["не позднее 21.00", "начало в 10.00"])
def test_a_time_of_day_alone_is_no_deadline(text: str) -> None:
    assert read_deadline(text, Y2425).kind == ScheduleKind.NOT_UNDERSTOOD


# -- the length written before the window -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("37 недель, с 01.09.2024 - 31.05.2025", "01.09.2024–31.05.2025"),
        ("9 дней – с 26.10.2024 по 03.11.2024", "26.10.2024–03.11.2024"),
    ],
)
def test_a_length_written_first_is_the_windows(text: str, expected: str) -> None:
    assert reading(text) == expected


def test_a_length_written_first_is_checked_like_one_after() -> None:
    schedule = read_deadline("8 дней – с 26.10.2024 по 03.11.2024", Y2425)
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD
    assert "9 дней" in (schedule.reason or ""), schedule.reason


# -- counted from an event, in fewer words ------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["2 недели до экзамена", "до начала экзамена", "до её начала", "до его окончания"]
)
def test_a_time_counted_from_an_event_is_unscheduled(text: str) -> None:
    assert read_deadline(text, Y2425).kind == ScheduleKind.UNSCHEDULED


@pytest.mark.parametrize(
    "text",
    [
        # counted from a date: the date is the curator's to write; «до начала октября»: which day?
        "2 недели до 1 сентября",
        "2 недели до мая",
        "до начала октября",
        "до начала учебного года",
        "15 мая, 2 недели до экзамена",
    ],
)
def test_a_time_counted_from_a_date_is_not_understood(text: str) -> None:
    assert read_deadline(text, Y2425).kind == ScheduleKind.NOT_UNDERSTOOD


def test_a_latin_i_before_a_month_is_the_first() -> None:
    schedule = read_deadline("с I февраля по 26 марта 2025 г.", Y2425)
    assert shown(schedule) == "01.02.2025–26.03.2025"
    assert "I" in schedule.ignored
    # «II марта»: 2 or 11? Roman numerals still count quarters and decades.
    assert read_deadline("II марта", Y2425).kind == ScheduleKind.NOT_UNDERSTOOD
    assert reading("I декада февраля") == "01.02.2025–10.02.2025"


# -- the grades a date is for --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("27.05.2025 (1 классы), 30.05.2025 (2 -4 классы)", "до 27.05.2025; до 30.05.2025"),
        ("27.05.2025 (для 9 классов)", "до 27.05.2025"),
        ("май (5-9 кл.)", "01.05.2025–31.05.2025"),
    ],
)
def test_the_grades_a_date_is_for_are_read_past(text: str, expected: str) -> None:
    schedule = read_deadline(text, Y2425)
    assert shown(schedule) == expected
    assert schedule.ignored


@pytest.mark.parametrize(
    "text",
    ["27.05.2025 (кроме 9 классов)", "27.05.2025 (12 классы)", "27.05.2025 (9 классы, 2 группы)"],
)
def test_grades_with_a_condition_or_another_number_are_not_read_past(text: str) -> None:
    assert read_deadline(text, Y2425).kind == ScheduleKind.NOT_UNDERSTOOD
