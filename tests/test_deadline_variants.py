"""Deadline forms written the many ways people write them: letter case, dashes, spaces, «г.» and
«года», abbreviated months, two-digit years. Each variant reads as its plain form, or — where the
form cannot be placed — is not understood, never read otherwise."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mentorkit.deadlines import Period, ScheduleKind, read_deadline
from mentorkit.deadlines.early import earliest_due
from tests.deadline_corpus import matches, shown

ACADEMIC = Period.parse("2024-2025")


def reading(text: str, period: Period = ACADEMIC) -> str:
    return shown(read_deadline(text, period))


DASHES = ["-", "–", "—", " - ", " – ", " — ", "- ", " -"]


@pytest.mark.parametrize("dash", DASHES)
@pytest.mark.parametrize(
    ("template", "expected"),
    [
        ("сентябрь{d}ноябрь 2024 г.", "01.09.2024–30.11.2024"),
        ("10{d}15 сентября 2024", "10.09.2024–15.09.2024"),
        ("01.09.2024{d}31.05.2025", "01.09.2024–31.05.2025"),
        ("17{d}28.10.2024", "17.10.2024–28.10.2024"),
        ("весна{d}лето", "01.03.2025–31.08.2025"),
        ("2024{d}2025 учебный год", "01.09.2024–31.08.2025"),
        ("2024/25 учебный год", "01.09.2024–31.08.2025"),
    ],
)
def test_every_dash_reads_the_same(template: str, expected: str, dash: str) -> None:
    assert reading(template.format(d=dash)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "до 1 сентября 2024 г.",
        "до 1 сентября 2024г.",
        "до 1 сентября 2024 г",
        "до 1 сентября 2024 года",
        "До 1 Сентября 2024 Года",
        "ДО 1 СЕНТЯБРЯ 2024 ГОДА",
        "до 1 сент. 2024",
        "до 1 сент 2024 г.",
        "до 01.09.2024",
        "до 01.09.24",
        "до 1.09.24 г.",
        "до\u00a01\u00a0сентября\u00a02024",
        "до  1  сентября  2024",
        "к 1 сентября 2024 г.",
        "не позднее 1 сентября 2024 года",
        "в воскресенье, 1 сентября 2024",  # its own weekday is read past (another is refused)
        "до 1 сентября 2024 (до 18:00 мск)",
        "до 1 сентября 2024 г. в 10.00",
    ],
)
def test_one_day_written_many_ways(text: str) -> None:
    assert reading(text) == "до 01.09.2024"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("янв. 2025", "01.01.2025–31.01.2025"),
        ("февр. 2025 г.", "01.02.2025–28.02.2025"),
        ("дек. 2024", "01.12.2024–31.12.2024"),
        ("ноябрь 2024г.", "01.11.2024–30.11.2024"),
        ("НОЯБРЬ 2024 ГОДА", "01.11.2024–30.11.2024"),
        ("в ноябре 2024 года", "01.11.2024–30.11.2024"),
        ("11.2024", "01.11.2024–30.11.2024"),
    ],
)
def test_a_month_written_many_ways(text: str, expected: str) -> None:
    assert reading(text) == expected


SEASONS = {
    "весной": "01.03.2025–31.05.2025",
    "весна": "01.03.2025–31.05.2025",
    "в весенний период": "01.03.2025–31.05.2025",
    "летом": "01.06.2025–31.08.2025",
    "лето 2025 г.": "01.06.2025–31.08.2025",
    "в летний период": "01.06.2025–31.08.2025",
    "осенью": "01.09.2024–30.11.2024",
    "осень 2024 года": "01.09.2024–30.11.2024",
    "в осенний период": "01.09.2024–30.11.2024",
    "зимой": "01.12.2024–28.02.2025",
    "в зимний период": "01.12.2024–28.02.2025",
    "осенью и весной": "01.09.2024–30.11.2024; 01.03.2025–31.05.2025",
    "в течение лета": "01.06.2025–31.08.2025",
    "осенние и весенние каникулы": "28.10.2024–05.11.2024; 24.03.2025–31.03.2025",
    "в осенние, зимние каникулы": "28.10.2024–05.11.2024; 30.12.2024–08.01.2025",
}


@pytest.mark.parametrize(("text", "expected"), SEASONS.items())
def test_seasons_are_their_months_in_the_period(text: str, expected: str) -> None:
    assert reading(text) == expected


@pytest.mark.parametrize(
    "text", ["зима 2025", "зимой 2024 г.", "осенние", "летние", "с 9 по 17 число", "до 5 числа"]
)
def test_a_season_or_a_day_that_cannot_be_placed_is_not_understood(text: str) -> None:
    schedule = read_deadline(text, ACADEMIC)
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD
    assert schedule.unparsed


def test_a_day_without_a_month_says_what_to_add() -> None:
    schedule = read_deadline("с 9 по 17 число", ACADEMIC)
    assert "ежемесячно" in (schedule.reason or "")


@pytest.mark.parametrize(
    "text",
    ["в первый рабочий день месяца", "последний рабочий день квартала", "первую рабочую среду"],
)
def test_working_days_are_not_guessed_without_a_production_calendar(text: str) -> None:
    schedule = read_deadline(text, ACADEMIC)
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD
    assert "производственного календаря" in (schedule.reason or "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("первая декада сентября", "01.09.2024–10.09.2024"),
        ("I декада мая", "01.05.2025–10.05.2025"),
        ("во второй декаде октября 2024 г.", "11.10.2024–20.10.2024"),
        ("в третьей декаде ноября", "21.11.2024–30.11.2024"),
        ("последняя декада мая", "21.05.2025–31.05.2025"),
        ("первая половина февраля", "01.02.2025–15.02.2025"),
        ("вторая половина февраля", "16.02.2025–28.02.2025"),
    ],
)
def test_decades_and_halves_of_a_month(text: str, expected: str) -> None:
    assert reading(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("в течение месяца после приказа", "без даты"),
        ("не позднее 10 дней после проведения", "без даты"),
        ("через 2 недели после начала", "без даты"),
        ("за 10 дней до начала олимпиады", "без даты"),
        ("после утверждения программы", "без даты"),
        ("по итогам конкурса", "без даты"),
        ("по графику", "без даты"),
        ("в соответствии с планом", "без даты"),
        ("в ходе проведения месячника", "без даты"),
        ("по итогам четверти", "до 31.10.2024; до 31.12.2024; до 31.03.2025; до 31.05.2025"),
    ],
)
def test_a_deadline_counted_from_an_event_has_no_date(text: str, expected: str) -> None:
    assert reading(text) == expected


_DAYS = st.dates(min_value=date(1995, 1, 1), max_value=date(2094, 12, 31))


@settings(max_examples=150, deadline=None)
@given(_DAYS, st.integers(min_value=-4, max_value=4))
def test_a_two_digit_year_near_the_period_reads_as_the_four_digit_one(
    day: date, offset: int
) -> None:
    period = Period.parse(f"{day.year + offset}-{day.year + offset + 1}")
    short = read_deadline(f"до {day:%d.%m.%y}", period)
    full = read_deadline(f"до {day:%d.%m.%Y}", period)
    assert shown(short) == shown(full)
    # Over more than three months before the period: a slip of the year (mentorkit.deadlines.early).
    early = day < earliest_due(period)
    assert shown(full) == ("не понят" if early else f"до {day:%d.%m.%Y}")


@settings(max_examples=150, deadline=None)
@given(_DAYS, st.integers(min_value=6, max_value=40), st.booleans())
def test_a_two_digit_year_far_from_the_period_is_never_guessed(
    day: date, distance: int, before: bool
) -> None:
    # The period lies `distance` years from the date's year in its own century; the other
    # century is farther still, so neither reading is near enough to take.
    first = day.year - distance - 1 if before else day.year + distance
    schedule = read_deadline(f"до {day:%d.%m.%y}", Period.parse(f"{first}-{first + 1}"))
    near_other = min(abs(first - (day.year + c)) for c in (-100, 100))
    if near_other > 6:
        assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD
        assert "двумя цифрами" in (schedule.reason or "")


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=28), st.integers(min_value=0, max_value=27))
def test_days_of_every_month_open_and_close_on_those_days(first: int, length: int) -> None:
    last = min(first + length, 28)
    schedule = read_deadline(f"ежемесячно с {first} по {last} число", ACADEMIC)
    assert schedule.kind == ScheduleKind.SCHEDULED
    assert len(schedule.occurrences) == 12
    for occ in schedule.occurrences:
        assert occ.start is not None
        assert (occ.start.day, occ.due.day) == (first, last)
        assert occ.start.month == occ.due.month


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=0, max_value=6), st.sampled_from([1, 2, 3, 4, 5]))
def test_a_weekday_of_every_month_falls_on_that_weekday(weekday: int, nth: int) -> None:
    words = ("понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье")
    ordinals = {1: "первый", 2: "второй", 3: "третий", 4: "четвертый", 5: "последний"}
    schedule = read_deadline(f"ежемесячно в {ordinals[nth]} {words[weekday]}", ACADEMIC)
    assert schedule.kind == ScheduleKind.SCHEDULED
    assert len(schedule.occurrences) == 12
    for occ in schedule.occurrences:
        assert occ.due.weekday() == weekday
        if nth == 5:
            assert (occ.due + timedelta(days=7)).month != occ.due.month
        else:
            assert (occ.due.day - 1) // 7 + 1 == nth


LONGER = Period.parse("2024-2026")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("май 2024, 2025 гг.", "01.05.2024–31.05.2024; 01.05.2025–31.05.2025"),
        ("2, 3 мая 2024, 2025 гг.", "до 02.05.2024; до 03.05.2024; до 02.05.2025; до 03.05.2025"),
        ("IV квартал 2024, 2025 гг.", "01.10.2024–31.12.2024; 01.10.2025–31.12.2025"),
        ("с 1 по 15 мая 2025, 2026 гг.", "01.05.2025–15.05.2025; 01.05.2026–15.05.2026"),
        ("осенние каникулы 2024, 2025 гг.", "28.10.2024–05.11.2024; 28.10.2025–05.11.2025"),
        (
            "в июне-сентябре 2024-2026 годов",
            "3 срока: 01.06.2024–30.09.2024 … 01.06.2026–30.09.2026",
        ),
        ("май 2024-2025 учебного года", "01.05.2025–31.05.2025"),
        ("май – 2024-2025 учебный год", "01.05.2025–31.05.2025"),
        ("осенние каникулы 2024-2025 учебного года", "28.10.2024–05.11.2024"),
    ],
)
def test_years_after_a_yearless_phrase_place_all_of_it(text: str, expected: str) -> None:
    assert matches(read_deadline(text, LONGER), expected), reading(text, LONGER)


@pytest.mark.parametrize(
    "text", ["март, 2024, 2025 гг.", "сентябрь, 2024-2026", "декабрь-февраль 2024, 2025 гг."]
)
def test_years_that_may_be_a_list_of_their_own_are_not_guessed(text: str) -> None:
    schedule = read_deadline(text, LONGER)
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD
    assert "годы" in (schedule.reason or "")
    assert "202" in (schedule.unparsed or "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("02.09.2024 – 15.09.2024 (2 недели)", "02.09.2024–15.09.2024"),
        ("сентябрь – октябрь (2 недели)", "не понят"),
        ("с 02.09.2024 по 25.10.2024 (8 учебных недель)", "02.09.2024–25.10.2024"),
        ("весь сентябрь", "01.09.2024–30.09.2024"),
        ("к 5-му числу каждого месяца", "12 сроков: 01.09.2024–05.09.2024 … 01.08.2025–05.08.2025"),
    ],
)
def test_a_length_said_in_weeks_is_checked_unless_it_counts_lessons(
    text: str, expected: str
) -> None:
    assert matches(read_deadline(text, ACADEMIC), expected), reading(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ежемесячно с сентября по май", "9 сроков: 01.09.2024–30.09.2024 … 01.05.2025–31.05.2025"),
        ("ежемесячно, сентябрь-декабрь", "4 срока: 01.09.2024–30.09.2024 … 01.12.2024–31.12.2024"),
        (
            "ежемесячно в течение I полугодия",
            "4 срока: 01.09.2024–30.09.2024 … 01.12.2024–31.12.2024",
        ),
        ("сентябрь-май (по четвергам)", "39 сроков: до 05.09.2024 … до 29.05.2025"),
        ("еженедельно в сентябре", "6 сроков: 01.09.2024–01.09.2024 … 30.09.2024–30.09.2024"),
        ("1 раз в полугодие (декабрь, май)", "01.12.2024–31.12.2024; 01.05.2025–31.05.2025"),
    ],
)
def test_a_recurrence_inside_a_yearless_window_repeats_inside_it(text: str, expected: str) -> None:
    assert matches(read_deadline(text, ACADEMIC), expected), reading(text)


@pytest.mark.parametrize("text", ["зимой", "в зимний период", "с осени по весну"])
def test_a_season_a_calendar_year_holds_only_in_part_is_not_guessed(text: str) -> None:
    schedule = read_deadline(text, Period.parse("2024"))
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD
    assert "время года" in (schedule.reason or "")
