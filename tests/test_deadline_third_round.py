"""The deadline reader's third round: the classes of real text the blind sets found unread —
hours from «Ч», durations, event wording, dates typed with spaces or Roman months — each read as
a curator reads it, and never read wrongly where it is not understood."""

from __future__ import annotations

import pytest

from mentorkit.deadlines import Period, ScheduleKind, read_deadline
from tests.conftest import run
from tests.deadline_corpus import shown

Y2425 = Period.parse("2024-2025")


def reading(text: str, period: Period = Y2425) -> str:
    return shown(read_deadline(text, period))


# -- set by an event: no date can be computed ---------------------------------------------------

UNSCHEDULED = [
    # the hour «Ч» of civil-defence plans: hours after the alarm
    "Ч",
    "Ч+1",
    "Ч + 0,25 ч",
    "Ч+2 ч – Ч+6 ч",
    "до Ч+3",
    # how long, not when
    "полгода",
    "1 год",
    "6 месяцев",
    "сроком на 1 год",
    "в течение полугода",
    # an event or a condition
    "по факту",
    "По факту выявления",
    "По возможности",
    "по требованию",
    "по готовности",
    "до отмены (с учетом эпидемиологической обстановки)",
    "до особого распоряжения",
    "при угрозе ЧС",
    "в случае необходимости",
    "незамедлительно",
    "накануне праздника",
    "в 3-дневный срок",
    "в трехдневный срок",
    "в день проведения",
    "в день проведения мероприятия",
    # a period of an event, with no month named
    "в течение месячника",
    "в период месячника безопасности",
    "в дни декады дорожной безопасности",
    "во время акции «Внимание, дети!»",
]


@pytest.mark.parametrize("text", UNSCHEDULED)
def test_a_deadline_set_by_an_event_is_unscheduled(text: str) -> None:
    schedule = read_deadline(text, Y2425)
    assert schedule.kind == ScheduleKind.UNSCHEDULED, shown(schedule)
    assert schedule.reason


def test_the_hour_is_said_to_be_counted_from_the_alarm() -> None:
    schedule = read_deadline("Ч + 0,25 ч", Y2425)
    assert schedule.reason == "Ч + 0,25 ч — отсчёт от часа «Ч» (сигнала), а не от даты"
    # A lower-case «ч» alone is no hour «Ч»: not understood, never guessed.
    assert read_deadline("ч", Y2425).kind == ScheduleKind.NOT_UNDERSTOOD


BESIDE = [
    ("в период месячника безопасности (сентябрь)", "01.09.2024–30.09.2024"),
    ("в рамках недели безопасности (с 1 по 7 сентября)", "01.09.2024–07.09.2024"),
    ("в течение месячника, сентябрь 2024", "01.09.2024–30.09.2024"),
    ("сентябрь, по возможности", "01.09.2024–30.09.2024"),
    ("по факту, до 1 октября", "до 01.10.2024"),
    ("по возможности, но не позднее 15 сентября", "до 15.09.2024"),
]


@pytest.mark.parametrize(("text", "expected"), BESIDE)
def test_a_date_beside_an_event_is_read(text: str, expected: str) -> None:
    assert reading(text) == expected


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("по факту, кроме сентября", "кроме"),
        ("в течение месячника 7", "7"),
        ("по факту 2 раза", "2 раза"),
    ],
)
def test_what_is_left_beside_an_event_must_be_read_too(text: str, part: str) -> None:
    schedule = read_deadline(text, Y2425)
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD, shown(schedule)
    assert part in (schedule.unparsed or "")


@pytest.mark.parametrize("text", ["в течение месяца", "в течение недели", "в течение декады"])
def test_a_unit_without_a_number_is_no_duration(text: str) -> None:
    # In the plan of one month «в течение месяца» is that month; in a roadmap, a month after
    # some event: which is not said, so it is not understood.
    assert read_deadline(text, Y2425).kind == ScheduleKind.NOT_UNDERSTOOD


def test_text_the_grammar_reads_is_not_taken_for_an_event() -> None:
    # «в течение года» is each year of the period, not a duration.
    assert reading("в течение года") == "01.09.2024–31.08.2025"
    assert reading("в течение учебного года") == "01.09.2024–31.08.2025"


# -- dates typed with spaces, Roman months -----------------------------------------------------

Y2122 = Period.parse("2021-2022")

DATES = [
    ("13. 11. 2021", "до 13.11.2021"),
    ("13 .11.2021", "до 13.11.2021"),
    ("13.11 .2021", "до 13.11.2021"),
    ("с 01.09. 2021 по 31.05. 2022", "01.09.2021–31.05.2022"),
    ("15.IX.2021", "до 15.09.2021"),
    ("15 IX 2021", "до 15.09.2021"),
    ("до 15.XII.2021 г.", "до 15.12.2021"),
    ("15.iх.2021", "до 15.09.2021"),  # a Cyrillic «х» in the numeral
    ("15/09/2021", "до 15.09.2021"),
    ("2021-09-15", "до 15.09.2021"),
]


@pytest.mark.parametrize(("text", "expected"), DATES)
def test_a_date_with_spaces_or_a_roman_month_is_read(text: str, expected: str) -> None:
    assert reading(text, Y2122) == expected


def test_a_roman_month_that_is_none_says_so() -> None:
    schedule = read_deadline("15.XIII.2021", Y2122)
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD
    assert schedule.reason is not None and "не месяц" in schedule.reason
    assert read_deadline("31.II.2022", Y2122).reason == (
        "такой даты нет: 31.ii.2022 — в феврале нет 31-го числа"
    )


def test_a_numbered_list_mark_is_not_taken_into_a_date() -> None:
    assert read_deadline("1. 15.09.2021", Y2122).kind == ScheduleKind.NOT_UNDERSTOOD


# -- mentorkit deadline "" ----------------------------------------------------------------------


def test_an_empty_text_says_it_is_empty(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "deadline", "", "--period", "2024-2025")
    assert code == 1
    assert "срок пуст — напишите текст срока в кавычках" in out
    assert "непонятна часть «»" not in out
