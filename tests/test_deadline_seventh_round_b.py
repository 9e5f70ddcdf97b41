"""The seventh round, second part: classes the blind sets heldout25–heldout30 and the fourth red
team left not understood — look-alike Greek letters, weekdays beside days, a dot before the
year, years said relative to the period, an adverb before a verb of the end, a start with its
length — each with variants of its own, including the variants that must stay not understood."""

from __future__ import annotations

from datetime import date

import pytest

from mentorkit.deadlines import Period, ScheduleKind, read_deadline
from tests.deadline_corpus import shown, unread

Y2014 = Period.parse("2014")
Y2024 = Period.parse("2024")
Y2425 = Period.parse("2024-2025")


@pytest.mark.parametrize(
    ("text", "expected", "ignored"),
    [
        # Greek omicron «ο» in «срοк» and «гοда».
        ("В срοк до 31 марта 2014 гοда", "до 31.03.2014", ["срοк", "гοда"]),
        # A Greek capital, looked up as the small letter it becomes («Μ» → «μ»).
        ("до 15 ΜАЯ 2014", "до 15.05.2014", ["ΜАЯ"]),
        ("ΟКТЯБРЬ 2014", "01.10.2014–31.10.2014", ["ΟКТЯБРЬ"]),
        ("ВΤΟРОЕ полугодие 2014 г.", "01.07.2014–31.12.2014", ["ВΤΟРОЕ"]),
        ("до 1 сентябρя 2014 г.", "до 01.09.2014", ["сентябρя"]),
        # Greek and Latin look-alikes in one word.
        ("до 1 οктябpя 2014", "до 01.10.2014", ["οктябpя"]),
        # The preposition alone, a Greek «κ» for «к».
        ("κ 1 сентября 2014", "до 01.09.2014", ["κ"]),
        # A Greek capital iota for the Roman numeral I, as a Ukrainian «і» is read.
        ("Ι квартал 2014", "01.01.2014–31.03.2014", ["Ι"]),
    ],
)
def test_greek_letters_that_look_cyrillic_are_read_as_cyrillic_and_named(
    text: str, expected: str, ignored: list[str]
) -> None:
    schedule = read_deadline(text, Y2014)
    assert shown(schedule) == expected, schedule.reason
    assert list(schedule.ignored) == ignored


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("δо 15 мая 2014", "δо"),  # «δ» looks like no Cyrillic letter
        ("Μάιος 2014", "Μάιος"),  # a Greek word, not a slip in a Russian one
        ("ΒΤΟΡΟΕ полугодие 2014", "ΒΤΟΡΟΕ полугодие"),  # all in Greek: no Russian word to mend
        ("сентяβря 2014", "сентяβря"),  # «β» is no «б»: the word stays unknown
    ],
)
def test_greek_letters_that_make_no_russian_word_stay_not_understood(text: str, part: str) -> None:
    reason, unparsed = unread(text, Y2014)
    assert unparsed == part, reason


Y2022 = Period.parse("2022")
Y2025 = Period.parse("2025")


@pytest.mark.parametrize(
    ("text", "period", "expected", "ignored"),
    [
        # 12 and 13 September 2025 are a Friday and a Saturday.
        (
            "пятница и суббота 12 и 13 сентября",
            Y2025,
            "до 12.09.2025; до 13.09.2025",
            ["пятница и суббота"],
        ),
        (
            "пятница, суббота 12, 13 сентября 2025 г.",
            Y2025,
            "до 12.09.2025; до 13.09.2025",
            ["пятница, суббота"],
        ),
        (
            "в пятницу и субботу, 12 и 13 сентября",
            Y2025,
            "до 12.09.2025; до 13.09.2025",
            ["в пятницу и субботу"],
        ),
        (
            "12 и 13 сентября (пятница и суббота)",
            Y2025,
            "до 12.09.2025; до 13.09.2025",
            ["(пятница и суббота)"],
        ),
        ("12.09 и 13.09 (пт, сб)", Y2025, "до 12.09.2025; до 13.09.2025", ["(пт, сб)"]),
        # A window's first and last days.
        ("пт-сб 12-13 сентября", Y2025, "12.09.2025–13.09.2025", ["пт-сб"]),
        ("с 12 по 13 сентября (пт-сб)", Y2025, "12.09.2025–13.09.2025", ["(пт-сб)"]),
        (
            "понедельник, вторник, среда 15, 16, 17 сентября",
            Y2025,
            "до 15.09.2025; до 16.09.2025; до 17.09.2025",
            ["понедельник, вторник, среда"],
        ),
    ],
)
def test_weekdays_beside_as_many_days_are_read_past_when_they_hold(
    text: str, period: Period, expected: str, ignored: list[str]
) -> None:
    schedule = read_deadline(text, period)
    assert shown(schedule) == expected, schedule.reason
    assert list(schedule.ignored) == ignored


@pytest.mark.parametrize(
    ("text", "period", "part", "why"),
    [
        # 12.09.2025 is a Friday: with its year the text is wrong, without it the year may be.
        (
            "четверг и пятница 12 и 13 сентября 2025 г.",
            Y2025,
            "четверг и пятница",
            "проверьте дату",
        ),
        ("четверг и пятница 12 и 13 сентября", Y2025, "четверг и пятница", "напишите год у даты"),
        ("12 и 13 сентября (пт, сб)", Y2024, "пт, сб", "12.09.2024 — четверг"),
        ("10-15 сентября (пн-сб)", Y2025, "пн-сб", "10.09.2025 — среда"),
        # Two weekdays for three days, two for one: which goes with which is not said.
        (
            "пятница и суббота 12, 13 и 14 сентября",
            Y2025,
            "пятница и суббота",
            "дней недели в тексте 2, а дней 3",
        ),
        (
            "вторник, четверг 12 сентября",
            Y2025,
            "вторник, четверг",
            "дней недели в тексте 2, а дней 1",
        ),
    ],
)
def test_weekdays_beside_days_that_do_not_hold_are_not_understood(
    text: str, period: Period, part: str, why: str
) -> None:
    reason, unparsed = unread(text, period)
    assert unparsed == part
    assert why in reason


@pytest.mark.parametrize(
    ("text", "period", "expected", "ignored"),
    [
        # 27.08.2022 is the last Saturday of August 2022.
        (
            "в последнюю субботу месяца, 27 августа",
            Y2022,
            "до 27.08.2022",
            "в последнюю субботу месяца",
        ),
        (
            "последняя суббота месяца 27 августа 2022 года",
            Y2022,
            "до 27.08.2022",
            "последняя суббота месяца",
        ),
        (
            "27 августа (последняя суббота месяца)",
            Y2022,
            "до 27.08.2022",
            "(последняя суббота месяца)",
        ),
        ("в первую среду месяца, 3 сентября", Y2025, "до 03.09.2025", "в первую среду месяца"),
        # Read before as a monthly recurrence from that day (27.10, 27.11 …): the brackets
        # describe the day.
        (
            "27 сентября 2025 г. (последняя суббота месяца)",
            Y2025,
            "до 27.09.2025",
            "(последняя суббота месяца)",
        ),
        # Each day of a list is one.
        (
            "в последнюю субботу месяца, 30 августа и 27 сентября",
            Y2025,
            "до 30.08.2025; до 27.09.2025",
            "в последнюю субботу месяца",
        ),
        (
            "30 августа, 27 сентября (последняя суббота месяца)",
            Y2025,
            "до 30.08.2025; до 27.09.2025",
            "(последняя суббота месяца)",
        ),
    ],
)
def test_a_day_beside_the_weekday_of_the_month_it_is_is_read(
    text: str, period: Period, expected: str, ignored: str
) -> None:
    schedule = read_deadline(text, period)
    assert shown(schedule) == expected, schedule.reason
    assert list(schedule.ignored) == [ignored]


@pytest.mark.parametrize(
    ("text", "period", "why"),
    [
        # 27.08.2025 is a Wednesday; 10.09.2025 the second Wednesday; 20.09.2025 not the last.
        (
            "в последнюю субботу месяца, 27 августа",
            Y2025,
            "27.08.2025 — среда, а в тексте «последняя суббота месяца»",
        ),
        (
            "в последнюю субботу месяца, 20 августа 2022 г.",
            Y2022,
            "20.08.2022 — не последняя суббота месяца: проверьте дату",
        ),
        ("в первую среду месяца, 10 сентября", Y2025, "10.09.2025 — не первая среда месяца"),
        (
            "в последнюю субботу месяца, 30 августа и 20 сентября",
            Y2025,
            "20.09.2025 — не последняя суббота",
        ),
        (
            "20 сентября 2025 г. (последнее воскресенье месяца)",
            Y2025,
            "20.09.2025 — суббота, а в тексте «последнее воскресенье месяца»",
        ),
    ],
)
def test_a_day_beside_a_weekday_of_the_month_it_is_not_is_not_understood(
    text: str, period: Period, why: str
) -> None:
    reason, _ = unread(text, period)
    assert why in reason


def test_a_recurrence_beside_a_day_stays_not_understood() -> None:
    # Every last Saturday from that day on, or that day alone? Not guessed (as before).
    reason, _ = unread("ежемесячно в последнюю субботу месяца, 27 августа", Y2022)
    assert "повторение рядом со сроком" in reason


@pytest.mark.parametrize(
    ("text", "weekdays"),
    [
        ("вторник, четверг", {1, 3}),
        ("вторник и четверг", {1, 3}),
        ("пн, ср, пт", {0, 2, 4}),
        ("пн., ср., пт.", {0, 2, 4}),
        ("еженедельно (вторник, четверг)", {1, 3}),
    ],
)
def test_weekdays_named_alone_are_every_week_on_those_days(text: str, weekdays: set[int]) -> None:
    schedule = read_deadline(text, Y2022)
    assert schedule.kind == ScheduleKind.SCHEDULED, schedule.reason
    assert {o.due.weekday() for o in schedule.occurrences} == weekdays
    assert len(schedule.occurrences) == 52 * len(weekdays)
    assert shown(schedule) == shown(
        read_deadline("по вторникам и четвергам", Y2022)
    ) or weekdays != {1, 3}


def test_weekdays_named_alone_inside_a_month_are_its_weeks() -> None:
    said = read_deadline("сентябрь 2022, вторник, четверг", Y2022)
    assert shown(said) == shown(read_deadline("сентябрь 2022, по вторникам и четвергам", Y2022))


@pytest.mark.parametrize(
    "text",
    [
        "вторник",  # one weekday: that week's, or every week's?
        "во вторник и четверг",  # «в»: which week?
        "в среду, пятницу",
        "пн-пт",  # a range of weekdays is not read
        "вторник, вторник",
    ],
)
def test_weekdays_that_name_no_week_stay_not_understood(text: str) -> None:
    assert read_deadline(text, Y2022).kind == ScheduleKind.NOT_UNDERSTOOD


Y2011 = Period.parse("2011")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A dot after the month's name, before its year, as after one day («26 декабря. 2011 г.»)
        # and after a month cut short («26-27 дек. 2011 г.»).
        ("26-27 декабря. 2011 г.", "26.12.2011–27.12.2011"),
        ("26 декабря. 2011 г.", "до 26.12.2011"),
        ("с 26 по 27 декабря. 2011 г.", "26.12.2011–27.12.2011"),
        ("26-27 дек. 2011 г.", "26.12.2011–27.12.2011"),
        ("24 и 25 мая. 2011 г.", "до 24.05.2011; до 25.05.2011"),
        ("26-27 декабря. 2011, 2012 гг.", "26.12.2011–27.12.2011; 26.12.2012–27.12.2012"),
        ("26-27 декабря.", "26.12.2011–27.12.2011"),
    ],
)
def test_a_dot_between_the_month_and_its_year_is_read_past(text: str, expected: str) -> None:
    schedule = read_deadline(text, Y2011)
    assert shown(schedule) == expected, schedule.reason


@pytest.mark.parametrize(
    "text",
    [
        "26-27 декабря. 2011 г. 2012 г.",  # two years after the days: which?
        "26 декабря. 28 декабря",  # a window or two deadlines? (as before)
        "26-27 декабря. 2011 2010",  # years out of order
    ],
)
def test_a_dot_before_the_year_does_not_make_other_texts_read(text: str) -> None:
    assert read_deadline(text, Y2011).kind == ScheduleKind.NOT_UNDERSTOOD


@pytest.mark.parametrize(
    ("text", "period", "expected", "ignored"),
    [
        # The year after the period's one calendar year, as if written.
        ("в следующем году", "2013", "01.01.2014–31.12.2014", []),
        ("уже в следующем году", "2020", "01.01.2021–31.12.2021", ["уже"]),
        ("В новом году", "2021", "01.01.2022–31.12.2022", []),
        ("в будущем году", "2021", "01.01.2022–31.12.2022", []),
        ("до 1 сентября следующего года", "2024", "до 01.09.2025", []),
        ("в сентябре следующего года", "2024", "01.09.2025–30.09.2025", []),
        ("до конца следующего года", "2024", "до 31.12.2025", []),
        # A plan of part of one calendar year: the year after it too.
        ("в следующем году", "2024-09-01..2024-12-31", "01.01.2025–31.12.2025", []),
        # Each year of the period: «каждого текущего года» is «каждого года».
        ("не позднее 15 февраля каждого текущего года", "2006", "до 15.02.2006", []),
        (
            "не позднее 15 февраля каждого текущего года",
            "2020-2022",
            "до 15.02.2020; до 15.02.2021; до 15.02.2022",
            [],
        ),
        (
            "до 15 февраля каждого года",
            "2020-2022",
            "до 15.02.2020; до 15.02.2021; до 15.02.2022",
            [],
        ),
    ],
)
def test_years_said_from_the_period_are_placed(
    text: str, period: str, expected: str, ignored: list[str]
) -> None:
    schedule = read_deadline(text, _period(period))
    assert shown(schedule) == expected, schedule.reason
    assert list(schedule.ignored) == ignored


def _period(said: str) -> Period:
    if ".." in said:
        start, end = said.split("..")
        return Period(date.fromisoformat(start), date.fromisoformat(end))
    return Period.parse(said)


@pytest.mark.parametrize(
    ("text", "period", "part"),
    [
        # A school year: the next calendar year, or the next school year? Several years: after
        # which of them?
        ("в следующем году", "2024-2025", "в следующем году"),
        ("В новом году", "2024-2025", "В новом году"),
        ("до 1 сентября следующего года", "2023-2025", "следующего года"),
        ("уже в следующем году", "2020-2022", "в следующем году"),
    ],
)
def test_the_next_year_outside_a_plan_of_one_calendar_year_is_not_guessed(
    text: str, period: str, part: str
) -> None:
    reason, unparsed = unread(text, Period.parse(period))
    assert "в плане не одного календарного года" in reason or unparsed == text
    assert part in unparsed


@pytest.mark.parametrize(
    "text",
    [
        "к Новому году",  # the holiday, not the year after
        "до Нового года",
        "в новом учебном году",  # which school year is not said
        "в следующем 2014 году",  # as before: «следующем» beside a year is not read
    ],
)
def test_new_year_and_next_school_year_stay_not_understood(text: str) -> None:
    assert read_deadline(text, Y2014).kind == ScheduleKind.NOT_UNDERSTOOD


@pytest.mark.parametrize(
    ("text", "expected", "ignored"),
    [
        ("окончательно завершится к 29 августа", "до 29.08.2025", ["окончательно", "завершится"]),
        ("Она окончательно завершится 29 августа", "до 29.08.2025", ["окончательно", "Она"]),
        ("снова пройдёт 15 мая", "до 15.05.2025", ["снова", "пройдёт"]),
        (
            "торжественно откроется 1 сентября и продлится до 5 сентября",
            "01.09.2025–05.09.2025",
            ["торжественно"],
        ),
    ],
)
def test_an_adverb_of_manner_before_a_verb_is_read_past(
    text: str, expected: str, ignored: list[str]
) -> None:
    schedule = read_deadline(text, Y2025)
    assert shown(schedule) == expected, schedule.reason
    assert list(schedule.ignored) == ignored


@pytest.mark.parametrize(
    "text",
    [
        "окончательно завершится в августе",  # its end, or some day of it? (as before)
        "не окончательно завершится к 29 августа",  # a condition
    ],
)
def test_an_adverb_does_not_make_other_verbs_read(text: str) -> None:
    assert read_deadline(text, Y2025).kind == ScheduleKind.NOT_UNDERSTOOD
