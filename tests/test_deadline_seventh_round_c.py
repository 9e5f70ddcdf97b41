"""The seventh round, part C: the findings of the metamorphic red team (redteam5) — a weekday of
a month pinned by the full date beside it in brackets (class A), a doubled dash with spaces
(class B), and the re-typings that left a plain text not understood (class D) — each with
variants of its own, including the variants that must stay not understood."""

from __future__ import annotations

import pytest

from mentorkit.deadlines import Period, ScheduleKind, read_deadline
from tests.deadline_corpus import shown

Y2224 = Period.parse("2022-2024")
Y2326 = Period.parse("2023-2026")
Y2425 = Period.parse("2024-2025")


# Class A: the year in brackets says which of the yearly days is meant.
@pytest.mark.parametrize(
    ("text", "period", "expected"),
    [
        ("в первую среду декабря (06 декабря 2023г.)", Y2224, "до 06.12.2023"),
        ("в первую среду декабря (07 декабря 2022 года)", Y2224, "до 07.12.2022"),
        ("первая среда декабря (6 декабря 2023 г.)", Y2326, "до 06.12.2023"),
        ("в последнюю пятницу мая (30 мая 2025 г.)", Y2326, "до 30.05.2025"),
        ("третий четверг ноября (16 ноября 2023 г.)", Y2326, "до 16.11.2023"),
        # over the plan's own year the reading is as before
        ("в первую среду декабря (04 декабря 2024 года)", Y2425, "до 04.12.2024"),
        (
            "первая среда февраля (5 февраля 2025) и вторая среда апреля (9 апреля 2025)",
            Y2326,
            "до 05.02.2025; до 09.04.2025",
        ),
        # two years named in brackets: those two
        (
            "в первую среду декабря (06 декабря 2023 г., 04 декабря 2024 г.)",
            Y2326,
            "до 06.12.2023; до 04.12.2024",
        ),
    ],
)
def test_a_weekday_of_a_month_is_pinned_by_the_year_in_brackets(
    text: str, period: Period, expected: str
) -> None:
    assert shown(read_deadline(text, period)) == expected


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("в первую среду декабря (06 декабря)", Y2224),  # 06.12 is a Wednesday in 2023 only
        ("в первую среду декабря (5 декабря 2023 г.)", Y2326),  # a Tuesday
        ("в первую среду декабря (06 декабря 2024 г.)", Y2326),  # 2024: the 4th
        ("в последнюю пятницу мая (23 мая 2025 г.)", Y2326),  # not the last one
    ],
)
def test_a_bracket_that_is_not_one_of_the_weekdays_stays_not_understood(
    text: str, period: Period
) -> None:
    assert read_deadline(text, period).kind == ScheduleKind.NOT_UNDERSTOOD


# Class B: a dash typed twice with a space between is one dash, as «--» is.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("01.09.2024 – – 31.05.2025", "01.09.2024–31.05.2025"),
        ("4.09. - - 20.09.", "04.09.2024–20.09.2024"),
        ("01.09.2024 —  — 31.05.2025", "01.09.2024–31.05.2025"),
        ("сентябрь – – май", "01.09.2024–31.05.2025"),
        ("с 4.09. – – по 20.09.", "04.09.2024–20.09.2024"),
        ("01.09.2024 - – - 31.05.2025", "01.09.2024–31.05.2025"),
    ],
)
def test_a_spaced_doubled_dash_is_one_dash(text: str, expected: str) -> None:
    schedule = read_deadline(text, Y2425)
    assert shown(schedule) == expected
    assert schedule.ignored  # and said, as «--» is


@pytest.mark.parametrize("text", ["12 мая – –", "– – 12 мая – – 15 мая – – 20 мая", "– –"])
def test_a_spaced_doubled_dash_with_no_window_stays_not_understood(text: str) -> None:
    assert read_deadline(text, Y2425).kind == ScheduleKind.NOT_UNDERSTOOD


# Class D: re-typings of a plain text that left it not understood.
@pytest.mark.parametrize(
    ("text", "period", "expected"),
    [
        # a month cut short after a range or a list of days, before a year
        ("5–13 окт. 2024 года", Y2425, "05.10.2024–13.10.2024"),
        ("с 15 по 23 февр. 2025 года", Y2425, "15.02.2025–23.02.2025"),
        ("5, 6 нояб. 2024 г.", Y2425, "до 05.11.2024; до 06.11.2024"),
        ("с 1 по 15 дек. 2024 года (по штемпелю отправки)", Y2425, "01.12.2024–15.12.2024"),
        ("25-29 нояб. текущего года", Y2425, "25.11.2024–29.11.2024"),
        ("с 1 сент. по 31 дек. 2024 г.", Y2425, "01.09.2024–31.12.2024"),
        ("до 18 дек.", Y2425, "до 18.12.2024"),
        # two whole years with «г.» each, and a dash between
        ("2024 г. - 2025 г.", Y2425, "01.01.2024–31.12.2025"),
        ("2015 г. – 2020 гг.", Period.parse("2015-2020"), "01.01.2015–31.12.2020"),
        ("2003 г. - 2006 годы", Period.parse("2003-2006"), "01.01.2003–31.12.2006"),
        ("2024 г.–2025 г.г.", Y2425, "01.01.2024–31.12.2025"),
        # the mark that ends a sentence
        ("завершится 12 апреля;", Y2425, "до 12.04.2025"),
        ("завершится 12 апреля.", Y2425, "до 12.04.2025"),
        ("Она пройдёт 20 мая в актовом зале.", Y2425, "до 20.05.2025"),
        ("15 сентября — последний день.", Y2425, "до 15.09.2024"),
        ("37 недель, с 01.09.2024 - 31.05.2025.", Y2425, "01.09.2024–31.05.2025"),
        # a column's label, then the label of the cell
        ("Срок исполнения – дата проведения: 14.11.2025", Y2425, "до 14.11.2025"),
        ("Срок исполнения – прием заявок до 30.10.2024", Y2425, "до 30.10.2024"),
        ("Срок исполнения: 5–6 класс — 25–27 сентября", Y2425, "25.09.2024–27.09.2024"),
        # a Latin «e» in «недель», and capitals
        ("37 нeдель, с 01.09.2024 - 31.05.2025", Y2425, "01.09.2024–31.05.2025"),
        ("37 НЕДЕЛЬ, С 01.09.2024 - 31.05.2025", Y2425, "01.09.2024–31.05.2025"),
    ],
)
def test_a_retyped_plain_text_is_still_read(text: str, period: Period, expected: str) -> None:
    assert shown(read_deadline(text, period)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2025 г. - 2024 г.",  # backwards
        "2024 г. - 2025 г. - 2026 г.",  # a window, then a dash again
        "2024 г. – 31.12.2025",  # a year, then a day: a window or two deadlines?
        "завершится в мае;",  # its end, or some day of it?
        "Срок исполнения – перенос на 14.11.2025",  # a condition, not a label
        "Срок исполнения – Приказ № 45 - 15 мая",  # a document's date
        "35 нeдель, с 01.09.2024 по 07.09.2024",  # not 35 weeks
    ],
)
def test_a_retyped_text_that_is_unclear_stays_not_understood(text: str) -> None:
    assert read_deadline(text, Y2425).kind == ScheduleKind.NOT_UNDERSTOOD
