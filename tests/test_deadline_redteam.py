"""Classes of confident misreadings found by combining forms the reader understands the way real
cells combine them (tools/deadline_redteam.py), before any blind set met them. Each class is
pinned here: read as a curator reads it, or not understood with the part and a Russian reason."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mentorkit.deadlines import Period, Schedule, ScheduleKind, read_deadline
from tests.deadline_corpus import CORPUS, cases, matches, shown, unread

Y2425 = Period.parse("2024-2025")
Y2324 = Period.parse("2023-2024")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # A deadline after a remark was dropped unseen: only October was read.
        (
            "октябрь 2024 г., согласно графику, до 15.11.2024",
            "согласно графику, до 15.11.2024",
        ),
        ("сентябрь (по согласованию), декабрь 2024", "по согласованию), декабрь 2024"),
        ("сентябрь 2024 при необходимости 2025", "при необходимости 2025"),
        (
            "сентябрь, по мере необходимости, далее ежегодно",
            "по мере необходимости, далее ежегодно",
        ),
    ],
)
def test_a_date_after_a_remark_is_not_dropped(text: str, part: str) -> None:
    reason, unparsed = unread(text)
    assert unparsed == part
    assert "после пояснения" in reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The remark alone, or with a document's own date and number, leaves the date as it is.
        ("сентябрь (по согласованию)", "01.09.2024–30.09.2024"),
        ("до 01.10.2024 в соответствии с приказом от 12.03.2024 № 45", "до 01.10.2024"),
        ("до 01.10.2024 согласно приказу от 01.11.2024", "до 01.10.2024"),
    ],
)
def test_a_remark_with_no_date_of_its_own_leaves_the_deadline(text: str, expected: str) -> None:
    assert shown(read_deadline(text, Y2425)) == expected


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # Read as two deadlines: 31.12.2023 and September 2024.
        ("сентябрь 2024 г. по итогам 2023 года", "по итогам 2023 года"),
        ("в течение 2024 года по итогам 2023 года", "по итогам 2023 года"),
        # A report due on the 15th about the state on the 1st: two deadlines.
        ("до 15.09.2024 на 01.09.2024", "на 01.09.2024"),
        ("ежеквартально, по итогам I квартала", "по итогам I квартала"),
    ],
)
def test_the_time_a_report_covers_beside_a_deadline_is_not_a_second_one(
    text: str, part: str
) -> None:
    reason, unparsed = unread(text)
    assert unparsed == part
    assert "по итогам" in reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("по итогам 2024 года", "до 31.12.2024"),
        ("на 01.01.2025", "до 01.01.2025"),
        ("на 01.01.2025 и на 01.01.2026", "до 01.01.2025; до 01.01.2026"),
        ("по итогам I полугодия", "до 31.12.2024"),
    ],
)
def test_the_time_a_report_covers_alone_is_still_its_deadline(text: str, expected: str) -> None:
    assert shown(read_deadline(text, Y2425)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The half-year with its year was the school's (to 31 December): a whole year.
        ("I квартал - I полугодие 2025", "01.01.2025–30.06.2025"),
        ("январь - I полугодие 2025", "01.01.2025–30.06.2025"),
        ("II полугодие - IV квартал 2025", "01.07.2025–31.12.2025"),
        ("15.01.2025 - II полугодие 2025", "15.01.2025–31.12.2025"),
        ("1 квартал - 2 полугодие 2025", "01.01.2025–31.12.2025"),
        # Without a year, in a plan of school years, the halves stay the school's.
        ("сентябрь - I полугодие", "01.09.2024–31.12.2024"),
        ("I полугодие - май", "01.09.2024–31.05.2025"),
    ],
)
def test_a_half_year_with_its_year_at_the_end_of_a_range_is_the_calendars(
    text: str, expected: str
) -> None:
    assert shown(read_deadline(text, Y2425)) == expected


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # Read as August–September 2023 plus the whole of 2024 and 2025.
        ("Август – сентябрь 2023г. 2024 2025", "2024 2025"),
        ("Август – сентябрь 2023г., 2024", "2024"),
        ("сентябрь 2023 г., 2024 г.", "2024 г."),
        ("31.12.2023, 2024", "2024"),
        ("31 декабря 2023 г. 2024", "2024"),
        ("до 31.12.2023, 2024-2025", "2024-2025"),
        # Each year of the period, plus 2024 and 2025 again.
        ("в течение года 2024 2025", "2024 2025"),
    ],
)
def test_bare_years_after_a_dated_phrase_are_not_whole_years_of_their_own(
    text: str, part: str
) -> None:
    reason, unparsed = unread(text, Y2324)
    assert unparsed == part
    assert "годы после срока" in reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Years listed right after the phrase's own year stay its years, as before.
        ("сентябрь 2023, 2024", "01.09.2023–30.09.2023; 01.09.2024–30.09.2024"),
        ("Февраль 2023 2024", "01.02.2023–28.02.2023; 01.02.2024–29.02.2024"),
        ("2023 г., 2024 г.", "01.01.2023–31.12.2023; 01.01.2024–31.12.2024"),
        ("сентябрь, 2024", "01.09.2024–30.09.2024"),
    ],
)
def test_years_that_belong_to_the_phrase_are_still_read(text: str, expected: str) -> None:
    assert shown(read_deadline(text, Period.parse("2023-2024"))) == expected


def test_all_the_time_in_years_is_those_years() -> None:
    schedule = read_deadline("постоянно (2013-2015 г.г.)", Period.parse("2013-2015"))
    assert shown(schedule) == "01.01.2013–31.12.2015"


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # Read as two deadlines, the day as of and the end of the year covered.
        ("на 30 октября 2024 года по итогам 2023 года", "по итогам 2023 года"),
        # «на протяжении» is all of June, not «на» a day: June beside the year covered.
        ("на протяжении июня по итогам 2023 года", "по итогам 2023 года"),
        ("В течение всего периода по итогам 2023 года", "по итогам 2023 года"),
    ],
)
def test_a_day_as_of_and_a_time_covered_together_are_not_two_deadlines(
    text: str, part: str
) -> None:
    assert unread(text)[1] == part


def test_all_of_a_month_written_with_na_is_that_month() -> None:
    assert shown(read_deadline("на протяжении июня", Y2425)) == "01.06.2025–30.06.2025"


@pytest.mark.parametrize(
    "text", ["еженедельно по пятницам (вторник)", "еженедельно (пятница) (вторник)"]
)
def test_another_weekday_in_brackets_after_a_weekly_one_is_not_a_second_day(text: str) -> None:
    reason, part = unread(text)
    assert part == "вторник"
    assert "другой день недели" in reason


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("еженедельно по пятницам (пятница)", "до 06.09.2024"),
        ("еженедельно (вторник)", "до 03.09.2024"),
    ],
)
def test_the_weekday_in_brackets_of_a_weekly_recurrence_is_its_day(text: str, first: str) -> None:
    schedule = read_deadline(text, Y2425)
    assert len(schedule.occurrences) == 52
    assert shown(schedule).split("; ")[0] == first


@pytest.mark.parametrize(
    "text",
    [
        # Read as two deadlines side by side: a dash between windows is no list mark.
        "июнь 2025г. — до 31.08.2025года",
        "Август – сентябрь 2024г. - Сентябрь 2024г.",
        "01.09-31.12.2024г - 26 мая 2025 года",
        "с 10.02.2025 г. по 18.02.2025г.-31 мая 2025 года",
        "29.10 - 06.11.2024 (9 дней) – 8 февраля 2025 года",
        "До 15.10.2024г./ОО – До 30.12.2024г. ОО",
        "(сентябрь-декабрь 2024г)-(январь-май 2025г.)",
        "июль - август 2025 – (в срок до 10 августа 2025 года)",
    ],
)
def test_a_dash_between_two_windows_is_not_a_list(text: str) -> None:
    reason, _ = unread(text)
    assert "тире между двумя сроками" in reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A comma or a semicolon before the dash makes it a list mark; a year after a dash
        # belongs to the months before it.
        (
            "с 6 декабря по 10 декабря 2024 г.; - с 13 декабря по 17 декабря 2024 г.",
            "06.12.2024–10.12.2024; 13.12.2024–17.12.2024",
        ),
        ("Сентябрь – ноябрь, 2024г.", "01.09.2024–30.11.2024"),
        ("Май – 2025 г.", "01.05.2025–31.05.2025"),
        ("за I квартал – до 10 апреля", "до 10.04.2025"),
    ],
)
def test_a_dash_that_marks_a_list_or_a_year_still_does(text: str, expected: str) -> None:
    assert shown(read_deadline(text, Y2425)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Read «до» the second end only, the first dropped unseen («до 24.05» for a start in
        # August).
        "до 31.08.2025 - 24 мая 2025 г.",
        "До 09.02.2025 - 21.02.2025",
        "не позднее 20 ноября 2024 г. – 4 декабря 2024 г.",
        "до 15.09-30.09",
    ],
)
def test_by_before_a_range_is_not_by_its_end(text: str) -> None:
    reason, part = unread(text)
    assert "«до …»" in reason or "позже конца" in reason
    assert part == text


def test_by_days_of_one_month_is_by_the_last_of_them() -> None:
    assert shown(read_deadline("до 10-15 сентября", Y2425)) == "до 15.09.2024"


def test_years_past_a_remark_after_a_yearless_window_are_not_whole_years() -> None:
    # Read as the window of 2022/23 plus the whole of 2024 and 2025.
    text = "с 31 декабря по 8 января (9 дней) 2024 2025"
    reason, part = unread(text, Period.parse("2022-2023"))
    assert part == "2024 2025"
    assert "годы после срока" in reason


@pytest.mark.parametrize(
    "text",
    [
        # Read as the months listed, whatever the recurrence said.
        "ежеквартально (март, июнь)",
        "2 раза в год (сентябрь, январь, май)",
        "2 раза в год (декабрь)",
        "1 раз в полугодие (декабрь)",
    ],
)
def test_a_recurrence_and_months_that_disagree_are_not_understood(text: str) -> None:
    reason, part = unread(text)
    assert "не сходятся" in reason
    assert part == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2 раза в год (май, декабрь)", "01.12.2024–31.12.2024; 01.05.2025–31.05.2025"),
        ("1 раз в полугодие (декабрь, май)", "01.12.2024–31.12.2024; 01.05.2025–31.05.2025"),
        (
            "ежеквартально: март, июнь, сентябрь, декабрь",
            "01.09.2024–30.09.2024; 01.12.2024–31.12.2024; 01.03.2025–31.03.2025; "
            "01.06.2025–30.06.2025",
        ),
        # Twice a year in September and May: a yearly recurrence says nothing of how many.
        ("ежегодно сентябрь, май", "01.09.2024–30.09.2024; 01.05.2025–31.05.2025"),
    ],
)
def test_a_recurrence_whose_months_give_each_unit_one_time_is_those_months(
    text: str, expected: str
) -> None:
    assert shown(read_deadline(text, Y2425)) == expected


def test_the_months_of_a_bounded_recurrence_are_its_units() -> None:
    schedule = read_deadline("ежемесячно с сентября по май", Y2425)
    assert len(schedule.occurrences) == 9


@pytest.mark.parametrize(
    "text", ["в течение 10 дней после 15.09.2024", "через неделю после 15.09.2024"]
)
def test_a_time_counted_from_a_written_date_is_not_set_by_an_event(text: str) -> None:
    # Was «без даты» (an event sets it), though the date is written.
    reason, part = unread(text)
    assert "отсчитан от даты" in reason
    assert part == text


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # 15.05.2024 is a Wednesday: the weekday in brackets was read past as noise.
        ("15.05.2024 (пятница)", "пятница"),
        ("15 мая 2024 года (пт)", "пт"),
        ("15.05.2024 пятница", "пятница"),
        ("в пятницу, 15 мая 2024", "в пятницу"),
        ("в пятницу, 15.05.2024", "в пятницу"),
    ],
)
def test_a_weekday_that_is_not_the_dates_is_not_read_past(text: str, part: str) -> None:
    reason, unparsed = unread(text, Y2324)
    assert unparsed == part
    assert "15.05.2024 — среда" in reason


@pytest.mark.parametrize(
    "text", ["15.05.2024 (ср)", "15.05.2024 среда", "в среду, 15 мая 2024", "в среду, 15.05.2024"]
)
def test_the_dates_own_weekday_is_read_past(text: str) -> None:
    schedule = read_deadline(text, Y2324)
    assert shown(schedule) == "до 15.05.2024"
    assert schedule.ignored


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The yearless second half was placed as the school's and then read as the calendar's
        # of the year after: July–December 2026. In the year of its neighbour it is now read
        # only inside the plan: July–December 2025 is after this one (a school's II полугодие,
        # January–May 2025, or the calendar's after the plan? — tests/test_deadline_redteam3.py;
        # read in a plan of 2025 there).
        ("I полугодие 2025, II полугодие", "не понят"),
        ("II полугодие, I полугодие 2025", "01.07.2024–31.12.2024; 01.01.2025–30.06.2025"),
        ("I квартал 2025, IV квартал", "не понят"),
        ("сентябрь 2024, май", "01.09.2024–30.09.2024; 01.05.2025–31.05.2025"),
    ],
)
def test_a_yearless_part_takes_its_neighbours_year_as_it_will_be_read(
    text: str, expected: str
) -> None:
    assert shown(read_deadline(text, Y2425)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Read as the end of September plus all of October.
        ("в конце сентября, октября", "до 30.09.2024; до 31.10.2024"),
        ("в конце сентября и октября", "до 30.09.2024; до 31.10.2024"),
        ("до конца сентября, октября", "до 30.09.2024; до 31.10.2024"),
        # No word before the months to share: each month whole, as before.
        # (after «в течение», months one after another are one span: heldout67)
        ("в течение сентября, ноября", "01.09.2024–30.09.2024; 01.11.2024–30.11.2024"),
        ("в течение сентября, октября", "01.09.2024–31.10.2024"),
        ("до 15 сентября, октябрь", "до 15.09.2024; 01.10.2024–31.10.2024"),
    ],
)
def test_a_month_in_the_genitive_shares_the_words_before_it(text: str, expected: str) -> None:
    assert shown(read_deadline(text, Y2425)) == expected


@pytest.mark.parametrize("text", ["до 15 сентября и октября", "первая неделя сентября, октября"])
def test_a_month_in_the_genitive_after_a_day_is_not_guessed(text: str) -> None:
    reason, part = unread(text)
    assert part == "октября"
    assert "то же число" in reason


@pytest.mark.parametrize(
    "text",
    [
        # Read as by the end of the month (of the term): «до сентября» is before it begins.
        "до сентября",
        "к маю 2025",
        "до II четверти",
        "до I квартала 2025",
        "до летних каникул",
        "до весны",
        "до I и II четверти",
    ],
)
def test_by_a_whole_month_or_part_of_the_year_is_not_guessed(text: str) -> None:
    reason, part = unread(text)
    assert part == text
    assert "до начала или до конца" in reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("не позднее мая", "до 31.05.2025"),
        ("до конца сентября", "до 30.09.2024"),
        ("к концу I четверти", "до 31.10.2024"),
        ("по сентябрь", "до 30.09.2024"),
        ("до 1 октября", "до 01.10.2024"),
    ],
)
def test_by_the_end_or_a_day_is_read(text: str, expected: str) -> None:
    assert shown(read_deadline(text, Y2425)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Read as the whole school year plus January–June 2026 (or September 2025).
        ("2024-2025 уч. год, I полугодие", "01.09.2024–31.12.2024"),
        ("2024-2025 уч. год, сентябрь", "01.09.2024–30.09.2024"),
        ("2024-2025 учебный год, май", "01.05.2025–31.05.2025"),
        ("2024-2025 учебный год: сентябрь - май", "01.09.2024–31.05.2025"),
        ("2024-2025 учебный год, 15.09.2024", "до 15.09.2024"),
        ("2024-2025 учебный год, II четверть", "01.11.2024–31.12.2024"),
        ("2024-2025 учебный год, осенние каникулы", "28.10.2024–05.11.2024"),
    ],
)
def test_a_school_year_beside_its_months_is_their_heading(text: str, expected: str) -> None:
    assert shown(read_deadline(text, Y2425)) == expected


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("2024-2025 учебный год, I квартал", "квартал учебного года"),
        ("2024-2025 учебный год, 15.09.2025", "вне учебного года"),
    ],
)
def test_a_school_year_beside_what_it_cannot_head_is_not_understood(text: str, said: str) -> None:
    reason, part = unread(text)
    assert said in reason
    assert part == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Read as the whole year plus May (June) of the year after it.
        ("2025 май", "01.05.2025–31.05.2025"),
        ("2025 год: май, июнь", "01.05.2025–31.05.2025; 01.06.2025–30.06.2025"),
        ("2025 г. 15 мая", "до 15.05.2025"),
        ("2025 г.: I квартал", "01.01.2025–31.03.2025"),
        ("2025 год, 15.05.2025", "до 15.05.2025"),
        # A date written year first: not a year and the 9th of January.
        ("2024.09.01", "до 01.09.2024"),
        ("2024/09/01", "до 01.09.2024"),
        # Years alone stay a list.
        ("2024 г., 2025 г.", "01.01.2024–31.12.2024; 01.01.2025–31.12.2025"),
    ],
)
def test_a_year_written_first_is_the_heading_of_what_follows(text: str, expected: str) -> None:
    assert shown(read_deadline(text, Y2425)) == expected


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("2025 год, 15.05.2024", "вне года"),
        ("2025: декабрь - февраль", "через Новый год"),
    ],
)
def test_a_year_heading_what_is_not_in_it_is_not_understood(text: str, said: str) -> None:
    reason, part = unread(text)
    assert said in reason
    assert part == text


@pytest.mark.parametrize(
    "text",
    [
        # Read «без даты» (another document sets it), though a date is written.
        "по согласованию, сентябрь 2024",
        "согласно графику до 01.10.2024",
        "по мере поступления, сентябрь",
    ],
)
def test_a_date_after_a_leading_remark_is_not_dropped(text: str) -> None:
    reason, part = unread(text)
    assert "и дата" in reason
    assert part == text


@pytest.mark.parametrize(
    "text",
    [
        "По плану ИРО ежегодно",
        "по приказу от 12.03.2024 № 45",
        "по графику (2 раза в год)",
        "Не позднее чем за 2 недели до начала экзаменационного периода",
    ],
)
def test_a_leading_remark_with_no_date_of_its_own_is_unscheduled(text: str) -> None:
    assert read_deadline(text, Y2425).kind == ScheduleKind.UNSCHEDULED


@pytest.mark.parametrize(
    "text",
    [
        # Read as two deadlines, though «или» says one of them.
        "сентябрь или октябрь",
        "до 15 сентября или до 1 октября",
        "сентябрь-октябрь или ноябрь",
        "сентябрь либо октябрь",
    ],
)
def test_either_of_two_deadlines_is_not_both(text: str) -> None:
    reason, part = unread(text)
    assert part in ("или", "либо")
    assert f"«{part}»" in reason


def test_or_between_ways_of_holding_it_is_passed_over() -> None:
    schedule = read_deadline("сентябрь (очно или дистанционно)", Y2425)
    assert shown(schedule) == "01.09.2024–30.09.2024"


def test_a_date_then_a_monthly_day_is_not_due_twice_on_that_date() -> None:
    # The first month's «до 15 числа» was a second occurrence due on 15.09.2024.
    schedule = read_deadline("до 15.09.2024, далее ежемесячно до 15 числа", Y2425)
    dues = [occ.due for occ in schedule.occurrences]
    assert len(dues) == len(set(dues)) == 12
    assert shown(schedule).startswith("до 15.09.2024; 01.10.2024–15.10.2024")


def _seeds() -> list[tuple[str, Period, Schedule]]:
    """Texts of the corpora the reader reads right, short and on one line, without a bracket or
    a time of a report of their own (the combinations below add those)."""
    names = ["corpus.txt", "forms.txt", "heldout.txt", *(f"heldout{n}.txt" for n in range(2, 7))]
    found = []
    for name in names:
        for case in cases(CORPUS.with_name(name)):
            schedule = read_deadline(case.text, case.period)
            if (
                schedule.kind == ScheduleKind.SCHEDULED
                and matches(schedule, case.expected)
                and len(schedule.occurrences) <= 12
                and not re.search(r"[()\n]|итогам|(?:^|\s)на\s", case.text.lower())
            ):
                found.append((case.text, case.period, schedule))
    return found


SEEDS = _seeds()
DATED = [
    s
    for s in SEEDS
    if len(s[2].occurrences) == 1
    and re.search(r"(?:19|20)\d\d", s[0])
    and not re.search(r"[;,:]", s[0])  # «…; - …», «…, 09:00 - …»: a list mark, and a list
    and not re.search(r"^[^с]*\sпо\s", s[0].lower())  # «15.05.2024г. по 30.05.2024г.»: half a range
]
REMARKS = [
    "(по согласованию)",
    "(при наличии финансирования)",
    "(1 этап)",
    "(для 9 классов)",
    "(1-4 классы)",
    "(50 %)",
    "по итогам 2023 года",
    "на 01.01.2025",
    ", согласно графику",
    "(приказ от 12.03.2024 № 45)",
]


def _days(schedule: Schedule) -> list[tuple[object, object]]:
    return [(occ.start, occ.due) for occ in schedule.occurrences]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(SEEDS), st.sampled_from(REMARKS))
def test_a_remark_or_a_date_of_another_thing_adds_no_deadline(
    seed: tuple[str, Period, Schedule], remark: str
) -> None:
    text, period, alone = seed
    schedule = read_deadline(f"{text} {remark}", period)
    if schedule.kind == ScheduleKind.NOT_UNDERSTOOD:
        assert schedule.unparsed
        return
    assert schedule.kind in (ScheduleKind.SCHEDULED, ScheduleKind.UNSCHEDULED), text
    if schedule.kind == ScheduleKind.SCHEDULED:
        assert _days(schedule) == _days(alone), (text, remark, shown(schedule))


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(DATED), st.sampled_from(DATED), st.sampled_from([" - ", " – ", "-", " — "]))
def test_two_dated_deadlines_joined_by_a_dash_are_never_read_as_two(
    first: tuple[str, Period, Schedule], second: tuple[str, Period, Schedule], dash: str
) -> None:
    schedule = read_deadline(f"{first[0]}{dash}{second[0]}", first[1])
    if schedule.kind == ScheduleKind.SCHEDULED:
        assert len(schedule.occurrences) == 1, (first[0], second[0], shown(schedule))


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(SEEDS))
def test_a_deadline_written_twice_is_read_once(seed: tuple[str, Period, Schedule]) -> None:
    text, period, alone = seed
    schedule = read_deadline(f"{text}, {text}", period)
    if schedule.kind == ScheduleKind.SCHEDULED:
        assert _days(schedule) == _days(alone), (text, shown(schedule))


@pytest.mark.parametrize(
    "text",
    [
        # Read as October (December) alone: the other terms' ends were dropped unseen.
        "по итогам четверти, октябрь",
        "в конце каждой четверти, декабрь",
        "по итогам полугодия, декабрь",
    ],
)
def test_the_end_of_each_part_beside_one_month_is_not_that_month(text: str) -> None:
    reason, part = unread(text)
    assert "не сходятся" in reason
    assert part == text


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("в конце каждой четверти (октябрь, декабрь, март, май)", 4),
        ("по итогам полугодия (декабрь, май)", 2),
        ("по итогам каждого квартала (ноябрь, февраль, май, август)", 4),
        ("1 раз в конце учебного года (с 24 апреля по 15 мая)", 1),
    ],
)
def test_the_end_of_each_part_with_a_month_in_each_is_those_months(text: str, count: int) -> None:
    assert len(read_deadline(text, Y2425).occurrences) == count


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # Read as September–May and 31 May again; as August and a window from 31 August.
        ("сентябрь - май 31.05.2024", "день его последнего месяца"),
        ("Сентябрь 2023г. - Август 31.08.2023", "день его последнего месяца"),
        ("Август 31.08.2023 - Сентябрь 2023г.", "начинается в нём"),
    ],
)
def test_a_heading_run_on_into_a_window_is_not_two_deadlines(text: str, said: str) -> None:
    reason, part = unread(text, Y2324)
    assert said in reason
    assert part == text


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # Read as two deadlines: the half of that year, or two times?
        ("по итогам первого полугодия по итогам 2023 года", "по итогам 2023 года"),
        ("на 30 октября 2024 года на 01.01.2025", "на 01.01.2025"),
    ],
)
def test_two_times_a_report_covers_run_on_are_not_two_deadlines(text: str, part: str) -> None:
    assert unread(text)[1] == part


def test_a_list_of_years_a_report_covers_is_each_year() -> None:
    schedule = read_deadline("по итогам 2023 и 2024 годов", Y2425)
    assert shown(schedule) == "до 31.12.2023; до 31.12.2024"


@pytest.mark.parametrize(
    "text",
    [
        # Found by the dash property: «2022-5–13» was a date, 13.05.2022, between two windows.
        "10 - 16 октября 2022-5–13 октября 2024 года",
        "сентябрь 2022-5-13 октября",
    ],
)
def test_a_year_and_a_dash_before_a_day_of_a_month_is_not_a_date(text: str) -> None:
    schedule = read_deadline(text, Period.parse("2022-2023"))
    assert all(occ.due.month == 10 or occ.due.month == 9 for occ in schedule.occurrences)
    assert "13.05" not in shown(schedule)
