"""The deadline reader's third round: the classes of real text the blind sets found unread —
hours from «Ч», durations, event wording, dates typed with spaces or Roman months — each read as
a curator reads it, and never read wrongly where it is not understood."""

from __future__ import annotations

import pytest

from mentorkit.deadlines import Period, ScheduleKind, read_deadline
from tests.conftest import run
from tests.deadline_corpus import matches, shown

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
        # a date beside wording counted from an event is the event's, not the deadline
        ("накануне 1 сентября", "накануне"),
        ("в 3-дневный срок с 1 сентября", "дневный"),
        ("с момента подписания приказа от 01.09.2024", "с момента"),
        # a date after «от», a number after «№»: a document, not the deadline
        ("по поручению от 15.09.2024", "по поручению"),
        ("по поручению от 15.09.2024 № 12", "№ 12"),
        # a bracket naming another time beside an event is checked too
        ("по возможности, ноябрь (I четверть)", "по возможности"),
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


# -- a start with no end ------------------------------------------------------------------------

SINCE = [
    ("с 1 сентября", "01.09.2024–31.08.2025"),
    ("с 01.09.2024", "01.09.2024–31.08.2025"),
    ("с сентября", "01.09.2024–31.08.2025"),
    ("начиная с 1 сентября", "01.09.2024–31.08.2025"),
    ("с 1 сентября 2024 года и постоянно", "01.09.2024–31.08.2025"),
    ("с 2024 года", "01.01.2024–31.08.2025"),
    ("с 1 октября", "01.10.2024–31.08.2025"),
    # the ends said are still read as before
    ("с 2024 года по 2026 год", "01.01.2024–31.12.2026"),
    ("с 1 по 15 сентября", "01.09.2024–15.09.2024"),
]


@pytest.mark.parametrize(("text", "expected"), SINCE)
def test_a_start_with_no_end_runs_to_the_end_of_the_period(text: str, expected: str) -> None:
    assert reading(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("с 1 сентября ежемесячно, до 1 мая", "нет конца"),
        ("с 1 сентября, до 1 октября", "нет конца"),
        ("с 01.09.2025", "позже конца"),
    ],
)
def test_a_start_with_no_end_beside_other_deadlines_is_not_guessed(text: str, reason: str) -> None:
    schedule = read_deadline(text, Y2425)
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD, shown(schedule)
    assert reason in (schedule.reason or "")


# -- parts of a month, of every month; every two months ----------------------------------------

Q1 = Period.parse("2024-01-01..2024-03-31")

MONTH_PARTS = [
    ("в начале сентября", Y2425, "01.09.2024–10.09.2024"),
    ("в середине сентября", Y2425, "11.09.2024–20.09.2024"),
    ("начало октября 2024 г.", Y2425, "01.10.2024–10.10.2024"),
    ("в конце сентября", Y2425, "до 30.09.2024"),
    (
        "первая неделя каждого месяца",
        Q1,
        "01.01.2024–07.01.2024; 01.02.2024–07.02.2024; 01.03.2024–07.03.2024",
    ),
    (
        "2-я неделя месяца",
        Q1,
        "08.01.2024–14.01.2024; 08.02.2024–14.02.2024; 08.03.2024–14.03.2024",
    ),
    (
        "третья декада каждого месяца",
        Q1,
        "21.01.2024–31.01.2024; 21.02.2024–29.02.2024; 21.03.2024–31.03.2024",
    ),
    ("первая декада октября", Y2425, "01.10.2024–10.10.2024"),
    (
        "1 раз в 2 месяца",
        Period.parse("2024"),
        "01.01.2024–29.02.2024; 01.03.2024–30.04.2024; 01.05.2024–30.06.2024; "
        "01.07.2024–31.08.2024; 01.09.2024–31.10.2024; 01.11.2024–31.12.2024",
    ),
    (
        "каждые два месяца",
        Y2425,
        "01.09.2024–31.10.2024; 01.11.2024–31.12.2024; 01.01.2025–28.02.2025; "
        "01.03.2025–30.04.2025; 01.05.2025–30.06.2025; 01.07.2025–31.08.2025",
    ),
    (
        "каждые 3 месяца",
        Y2425,
        "01.09.2024–30.11.2024; 01.12.2024–28.02.2025; 01.03.2025–31.05.2025; "
        "01.06.2025–31.08.2025",
    ),
    ("каждые полгода", Y2425, "01.09.2024–31.12.2024; 01.01.2025–31.05.2025"),
]


@pytest.mark.parametrize(("text", "period", "expected"), MONTH_PARTS)
def test_parts_of_months_and_every_n_months(text: str, period: Period, expected: str) -> None:
    assert reading(text, period) == expected


@pytest.mark.parametrize(
    "text",
    [
        "1 раз в 2 недели",
        "раз в две недели",
        "каждые 2 недели",
        "каждые 5 месяцев",
        "последняя неделя месяца",
        "в начале года",
        "I квартал 2024-2025 учебного года",
        "IV квартал 2024-2025 гг.",
    ],
)
def test_what_is_not_said_is_not_guessed(text: str) -> None:
    # Two weeks from which week? The last week of a month starts on a different day each month;
    # the first quarter of a school year is September or January to people.
    schedule = read_deadline(text, Y2425)
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD, shown(schedule)
    assert schedule.unparsed


def test_every_two_weeks_says_why() -> None:
    assert read_deadline("раз в две недели", Y2425).reason == (
        "«раз в 2 недели»: с какой недели считать, не сказано — напишите дни недели или даты"
    )


def test_a_half_of_a_school_year_written_with_gg_is_the_schools() -> None:
    # «I полугодие 2024-2025 гг.» in a school plan: September–December 2024, as a curator reads it.
    assert reading("I полугодие 2024-2025 гг.") == "01.09.2024–31.12.2024"
    assert reading("II полугодие 2024-2025 учебного года") == "01.01.2025–31.05.2025"


# -- a first time, then a recurrence ------------------------------------------------------------

THEN = [
    (
        "октябрь, далее – ежеквартально",
        "01.10.2024–31.10.2024; 01.01.2025–31.01.2025; 01.04.2025–30.04.2025; "
        "01.07.2025–31.07.2025",
    ),
    ("октябрь 2024, далее ежемесячно", "11 сроков: 01.10.2024–31.10.2024 … 01.08.2025–31.08.2025"),
    ("сентябрь, далее ежемесячно", "12 сроков: 01.09.2024–30.09.2024 … 01.08.2025–31.08.2025"),
]


@pytest.mark.parametrize(("text", "expected"), THEN)
def test_a_month_then_a_recurrence_repeats_from_that_month(text: str, expected: str) -> None:
    # The month is the first time, not a bound of the recurrence («ежемесячно в 2023 году» is).
    assert matches(read_deadline(text, Y2425), expected), reading(text)


SMALL = [
    ("в течение всего периода обучения", "01.09.2024–31.08.2025"),
    ("2-3 неделя сентября", "08.09.2024–21.09.2024"),
    ("1-2 неделя октября 2024 г.", "01.10.2024–14.10.2024"),
    ("в 1-м полугодии", "01.09.2024–31.12.2024"),
    ("в 3-м квартале 2024 г.", "01.07.2024–30.09.2024"),
    ("2024-2025 учеб. год", "01.09.2024–31.08.2025"),
    ("с 1.09.2024 г. – по 31.05.2025 г.", "01.09.2024–31.05.2025"),
    ("05.09.2024 г., четверг", "до 05.09.2024"),
    ("5 сентября 2024 года, четверг", "до 05.09.2024"),
]


@pytest.mark.parametrize(("text", "expected"), SMALL)
def test_small_variants(text: str, expected: str) -> None:
    assert reading(text) == expected


@pytest.mark.parametrize("text", ["сентябрь, среда", "2024 год, среда"])
def test_a_weekday_beside_a_month_is_not_read_past(text: str) -> None:
    # «сентябрь, среда» may be every Wednesday of September: only a day has one weekday.
    assert read_deadline(text, Y2425).kind == ScheduleKind.NOT_UNDERSTOOD


# -- days named by their holiday ----------------------------------------------------------------

NAMED = [
    ("ко Дню Победы", "до 09.05.2025"),
    ("к Дню учителя", "до 05.10.2024"),
    ("в День знаний", "до 01.09.2024"),
    ("ко Дню матери", "до 24.11.2024"),  # the last Sunday of November
    ("ко Дню отца", "до 20.10.2024"),  # the third Sunday of October
    ("День Победы 2025 г.", "до 09.05.2025"),
    ("ко Дню славянской письменности и культуры", "до 24.05.2025"),
    ("ко Дню Конституции РФ", "до 12.12.2024"),
    ("ко Дню народного единства, ко Дню матери", "до 04.11.2024; до 24.11.2024"),
]


@pytest.mark.parametrize(("text", "expected"), NAMED)
def test_a_day_named_by_its_holiday(text: str, expected: str) -> None:
    assert reading(text) == expected


@pytest.mark.parametrize("text", ["День здоровья", "ко Дню Победы советского народа"])
def test_a_holiday_the_table_does_not_hold_whole_is_not_understood(text: str) -> None:
    # «День здоровья» is set by each school; a longer name may be another day.
    assert read_deadline(text, Y2425).kind == ScheduleKind.NOT_UNDERSTOOD


# -- brackets that say another time; a weekday in brackets after a recurrence --------------------

Y24JAN = Period.parse("2024-01-01..2024-01-31")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("ноябрь (по итогам I четверти)", "(по итогам I четверти)"),
        ("сентябрь–октябрь (1 полугодие), январь–февраль (2 полугодие)", "(1 полугодие)"),
        ("октябрь (1 четверть)", "(1 четверть)"),
        ("сентябрь (2024)", "(2024)"),
    ],
)
def test_a_bracket_naming_another_time_is_not_read_as_a_second_deadline(
    text: str, part: str
) -> None:
    schedule = read_deadline(text, Y2425)
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD, shown(schedule)
    assert schedule.unparsed == part
    assert schedule.reason == f"в скобках {part} — другой срок, чем перед ними: оставьте один"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("III четверть (январь-март)", "01.01.2025–31.03.2025"),  # the same days, restated
        ("2 раза в год (декабрь, май)", "01.12.2024–31.12.2024; 01.05.2025–31.05.2025"),
        ("декабрь (итоговое сочинение)", "01.12.2024–31.12.2024"),
        ("(сентябрь-декабрь 2024г)", "01.09.2024–31.12.2024"),
    ],
)
def test_a_bracket_that_restates_or_explains_is_read(text: str, expected: str) -> None:
    assert reading(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("еженедельно (пятница)", "до 05.01.2024; до 12.01.2024; до 19.01.2024; до 26.01.2024"),
        (
            "1 раз в неделю (понедельник)",
            "до 01.01.2024; до 08.01.2024; до 15.01.2024; до 22.01.2024; до 29.01.2024",
        ),
        ("15 января (понедельник)", "до 15.01.2024"),
    ],
)
def test_a_weekday_in_brackets_after_a_recurrence_is_its_day(text: str, expected: str) -> None:
    assert reading(text, Y24JAN) == expected


@pytest.mark.parametrize(
    "text",
    [
        "конец сентября - начало октября",
        "до начала октября",
        "до середины октября",
        "с середины октября",
        "с 1 сентября до начала октября",
    ],
)
def test_the_start_or_middle_of_a_month_as_an_end_is_not_guessed(text: str) -> None:
    assert read_deadline(text, Y2425).kind == ScheduleKind.NOT_UNDERSTOOD, reading(text)


def test_from_the_start_of_a_month() -> None:
    assert reading("с начала октября") == "01.10.2024–31.08.2025"


# -- a recurrence from a start; two recurrences of one unit ------------------------------------

Y2124 = Period.parse("2021-2024")


@pytest.mark.parametrize(
    ("text", "period", "expected"),
    [
        (
            "Ежегодно, начиная с 2022 года",
            Y2124,
            "01.01.2022–31.12.2022; 01.01.2023–31.12.2023; 01.01.2024–31.12.2024",
        ),
        (
            "ежемесячно с 1 октября",
            Y2425,
            "11 сроков: 01.10.2024–31.10.2024 … 01.08.2025–31.08.2025",
        ),
        ("ежегодно (по итогам года)", Y2425, "до 31.08.2025"),
        (
            "ежегодно (по итогам года)",
            Y2124,
            "до 31.12.2021; до 31.12.2022; до 31.12.2023; до 31.12.2024",
        ),
    ],
)
def test_a_recurrence_from_a_start_and_the_recurrence_that_says_when(
    text: str, period: Period, expected: str
) -> None:
    assert matches(read_deadline(text, period), expected), reading(text, period)


def test_a_recurrence_from_a_start_after_the_period_is_not_understood() -> None:
    schedule = read_deadline("с 01.09.2025 ежемесячно", Y2425)
    assert schedule.reason == "начало 01.09.2025 позже конца периода 31.08.2025"


@pytest.mark.parametrize(
    "text",
    [
        "немедленно по получении сигнала",
        "с момента подписания приказа",
        "со дня подписания приказа",
        "через 1 час после получения сигнала",
        "до завершения работ",
        "до окончания карантина",
        "в мирное время",
        "с получением распоряжения",
        "в течение 2 ч",
    ],
)
def test_more_event_wording_is_unscheduled(text: str) -> None:
    assert read_deadline(text, Y2425).kind == ScheduleKind.UNSCHEDULED, reading(text)


def test_the_end_of_a_programme_is_not_taken_for_an_event() -> None:
    # «до окончания срока реализации программы» names a date the period may hold: not guessed.
    schedule = read_deadline("до окончания срока реализации программы", Y2425)
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD
    assert reading("до окончания учебного года") == "до 31.08.2025"
    assert read_deadline("по завершении программы", Y2425).kind == ScheduleKind.NOT_UNDERSTOOD


def test_a_bracket_after_a_span_of_the_period_naming_less_is_not_read_twice() -> None:
    schedule = read_deadline("в течение учебного года (сентябрь-май)", Y2425)
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD
    assert schedule.unparsed == "(сентябрь-май)"
    assert reading("постоянно (в течение года)") == "01.09.2024–31.08.2025"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("в последний день четверти", "до 31.10.2024; до 31.12.2024; до 31.03.2025; до 31.05.2025"),
        (
            "последний день месяца",
            "12 сроков: до 30.09.2024 … до 31.08.2025",
        ),
    ],
)
def test_the_last_day_of_each_unit(text: str, expected: str) -> None:
    assert matches(read_deadline(text, Y2425), expected), reading(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("с 1 сентября по 31 мая ежедневно", "01.09.2024–31.05.2025"),
        ("сентябрь-май, постоянно", "01.09.2024–31.05.2025"),
        # with «далее», the span goes on after the date, as before
        ("до 1 сентября 2024 г., далее – постоянно", "до 01.09.2024; 01.09.2024–31.08.2025"),
    ],
)
def test_a_window_bounds_what_goes_on_constantly(text: str, expected: str) -> None:
    assert reading(text) == expected


def test_a_duration_in_weeks_written_with_kh() -> None:
    assert read_deadline("в течение 2-х недель", Y2425).kind == ScheduleKind.UNSCHEDULED


# -- «за» a reporting time; a time counted from a date -------------------------------------------

Y24 = Period.parse("2024")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("за I квартал – до 10 апреля", "до 10.04.2024"),
        ("за сентябрь - до 5 октября", "до 05.10.2024"),
        ("за I квартал – до 10 апреля, за II квартал – до 10 июля", "до 10.04.2024; до 10.07.2024"),
    ],
)
def test_the_time_a_report_covers_is_not_its_deadline(text: str, expected: str) -> None:
    assert reading(text, Y24) == expected


def test_a_reporting_time_alone_says_the_deadline_is_not_said() -> None:
    schedule = read_deadline("за I квартал", Y24)
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD
    assert schedule.unparsed == "за I квартал"
    assert schedule.reason is not None and "срок сдачи не назван" in schedule.reason


@pytest.mark.parametrize(
    "text",
    [
        "за 2 недели до 1 сентября",
        "через 10 дней после 15.03.2024",
        "не позднее чем за 3 дня до 25 мая",
    ],
)
def test_a_time_counted_from_a_date_is_not_taken_for_an_event(text: str) -> None:
    # A person counts back from 1 September; «без даты» would hide a date the text holds.
    schedule = read_deadline(text, Y24)
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD
    assert schedule.reason == "срок отсчитан от даты: напишите саму дату, к которой он приходится"
    # counted from an event it is still unscheduled
    assert read_deadline("за 2 недели до начала экзаменационного периода", Y24).kind == (
        ScheduleKind.UNSCHEDULED
    )


@pytest.mark.parametrize("text", ["с 1 сентября (ежегодно)", "с 01.09.2023 ежегодно"])
def test_a_day_then_yearly_from_it_is_not_guessed(text: str) -> None:
    schedule = read_deadline(text, Y2124)
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD, reading(text, Y2124)
    assert schedule.reason is not None and "каждый год" in schedule.reason
