"""The fourth to sixteenth blind sets (tests/data/deadlines/heldout4.txt … heldout16.txt): real
texts collected without reading the reader. First runs (see their headers): heldout4 173/181
(95.6 %), 2 read wrongly; heldout5 151/166 (91.0 %), 9; heldout6 211/215 (98.1 %), 1; heldout7
143/151 (94.7 %), 1; heldout8 161/176 (91.5 %), 7, all of one class; heldout9 162/166 (97.6 %)
and heldout10 165/183 (90.2 %), none; heldout11 165/188 (87.8 %), 1; heldout12 154/161 (95.7 %)
and heldout13 15/15, none; heldout14 124/140 (88.6 %),
heldout15 124/134 (92.5 %) and heldout16 122/131 (93.1 %), none. The rule that matters most is
pinned for every text: read as the curator reads it, or said not understood with the part quoted
— never a wrong reading with exit 0; and, after the classes of their misses were read, at least
95 % of each set read right."""

from __future__ import annotations

from datetime import date

import pytest

from mentorkit.deadlines import Period, ScheduleKind, read_deadline
from tests.deadline_corpus import (
    CORPUS,
    Case,
    cases,
    matches,
    misread,
)

BLIND3 = cases(CORPUS.with_name("heldout4.txt"))
BLIND4 = cases(CORPUS.with_name("heldout5.txt"))
BLIND5 = cases(CORPUS.with_name("heldout6.txt"))
BLIND6 = cases(CORPUS.with_name("heldout7.txt"))
BLIND7 = cases(CORPUS.with_name("heldout8.txt"))
BLIND8 = cases(CORPUS.with_name("heldout9.txt"))
BLIND9 = cases(CORPUS.with_name("heldout10.txt"))
BLIND10 = cases(CORPUS.with_name("heldout11.txt"))
BLIND11 = cases(CORPUS.with_name("heldout12.txt"))
SMALL = cases(CORPUS.with_name("heldout13.txt"))  # 15 texts: the search was nearly used up
BLIND12 = cases(CORPUS.with_name("heldout14.txt"))
BLIND13 = cases(CORPUS.with_name("heldout15.txt"))
BLIND14 = cases(CORPUS.with_name("heldout16.txt"))
SETS_OF_95 = [BLIND3, BLIND4, BLIND5, BLIND6, BLIND7, BLIND8, BLIND9, BLIND10, BLIND11]


@pytest.mark.parametrize("number", [*range(4, 13), 13, 14])
def test_later_blind_text_is_read_right_or_said_not_understood(number: int) -> None:
    found = cases(CORPUS.with_name(f"heldout{number}.txt"))
    assert found
    assert not misread(found)


@pytest.mark.parametrize(
    "blind",
    SETS_OF_95,
    ids=[f"heldout{n}" for n in range(4, 13)],
)
def test_the_blind_sets_are_large_and_at_least_95_percent_read(blind: list[Case]) -> None:
    read = [c for c in blind if matches(read_deadline(c.text, c.period), c.expected)]
    assert len(blind) >= 150
    assert len(read) / len(blind) >= 0.95


def test_a_range_whose_end_is_before_its_start_in_one_month_is_not_understood() -> None:
    # «26.12-18.12» was read as a window of almost a year; a wrap into the next year is kept for
    # an end in an earlier month («20.12-15.01»). In the calendar year 2011 of this text that
    # wrap is the winter the year begins with or the one it ends with, each half in the plan
    # (not guessed, as «зимой» is not: tests/test_deadline_redteam3.py); in a school year it is
    # the one winter.
    period = BLIND3[0].period
    wrong = read_deadline("26.12-18.12", period)
    assert wrong.kind == ScheduleKind.NOT_UNDERSTOOD
    assert "раньше начала" in (wrong.reason or "")
    across = read_deadline("20.12-15.01", period)
    assert across.kind == ScheduleKind.NOT_UNDERSTOOD
    assert "раньше начала" not in (across.reason or "")
    assert "20.12.2010–15.01.2011 или 20.12.2011–15.01.2012" in (across.reason or "")
    wrapped = read_deadline("20.12-15.01", Period.parse("2010-2011"))
    assert wrapped.kind == ScheduleKind.SCHEDULED
    (occ,) = wrapped.occurrences
    assert occ.start is not None and (occ.due - occ.start).days == 26


def test_a_yearless_window_does_not_cross_the_start_of_a_school_year() -> None:
    school = BLIND4[0].period if BLIND4[0].period.academic else None
    assert school is not None
    across = read_deadline("март - февраль", school)
    assert across.kind == ScheduleKind.NOT_UNDERSTOOD
    assert "1 сентября" in (across.reason or "")
    inside = read_deadline("декабрь - февраль", school)
    assert inside.kind == ScheduleKind.SCHEDULED


def test_a_recurrence_beside_an_event_is_set_by_the_event() -> None:
    period = BLIND4[0].period
    assert read_deadline("ежедневно (в период эпидемии)", period).kind == (ScheduleKind.UNSCHEDULED)
    dated = read_deadline("в период месячника безопасности (сентябрь)", period)
    assert dated.kind == ScheduleKind.SCHEDULED
    assert {o.due.month for o in dated.occurrences} == {9}


def test_a_month_with_a_day_of_it_after_is_one_day() -> None:
    # «Август 31.08.2023» was read as all of August and 31.08: the month heads the day.
    period = BLIND5[0].period
    (one,) = read_deadline("Август 31.08.2023", period).occurrences
    assert (one.start, one.due) == (None, date(2023, 8, 31))
    two = read_deadline("сентябрь 15.10.2023", period).occurrences
    assert len(two) == 2


def test_a_yearless_month_before_a_day_inside_it_keeps_that_year() -> None:
    # «сентябрь; 15.09.2023» placed September in 2022 (its end fell after the day); a month
    # before a later month's day still goes a year back.
    period = BLIND5[0].period
    same = read_deadline("сентябрь; 15.09.2023", period).occurrences
    assert {o.due for o in same} == {date(2023, 9, 15), date(2023, 9, 30)}
    back = read_deadline("декабрь, 15.01.2024", period).occurrences
    assert {o.due for o in back} == {date(2023, 12, 31), date(2024, 1, 15)}


def test_a_range_to_the_same_day_without_its_year_is_not_understood() -> None:
    # «с 1 ноября 2023 по 1 ноября» was one day; a year to the same day is as likely.
    period = BLIND5[0].period
    same = read_deadline("с 1 ноября 2023 по 1 ноября", period)
    assert same.kind == ScheduleKind.NOT_UNDERSTOOD
    assert "совпадает с началом" in (same.reason or "")
    (year,) = read_deadline("с 1 ноября 2023 по 1 ноября 2024", period).occurrences
    assert (year.start, year.due) == (date(2023, 11, 1), date(2024, 11, 1))


def test_years_out_of_order_are_not_understood() -> None:
    # «до 30 ноября 2024 2023 года» was two deadlines, one in each year: a garbled cell.
    period = BLIND6[0].period
    garbled = read_deadline("до 30 ноября 2024 2023 года", period)
    assert garbled.kind == ScheduleKind.NOT_UNDERSTOOD
    assert "не по порядку (2024, 2023)" in (garbled.reason or "")
    assert read_deadline("май 2024, 2024 гг.", period).kind == ScheduleKind.NOT_UNDERSTOOD
    listed = read_deadline("май 2024 2025", period).occurrences
    assert [o.due for o in listed] == [date(2024, 5, 31), date(2025, 5, 31)]


def test_how_an_event_is_held_is_passed_over_and_said() -> None:
    period = BLIND6[0].period
    read = read_deadline("заочно в срок с 29 сентября по 6 октября 2024 года", period)
    (one,) = read.occurrences
    assert (one.start, one.due) == (date(2024, 9, 29), date(2024, 10, 6))
    assert "заочно" in read.ignored
    alone = read_deadline("дистанционно", period)
    assert alone.kind == ScheduleKind.NOT_UNDERSTOOD


def test_a_month_heading_a_window_inside_it_is_not_a_deadline_of_its_own() -> None:
    # «Июль с 01 по 04 июля 2025 г.» was the window and all of July: the month heads the row.
    period = Period(date(2025, 1, 1), date(2025, 12, 31))
    (one,) = read_deadline("Июль с 01 по 04 июля 2025 г.", period).occurrences
    assert (one.start, one.due) == (date(2025, 7, 1), date(2025, 7, 4))
    (headed,) = read_deadline("Июль 2026 с 01 по 04 июля", period).occurrences
    assert (headed.start, headed.due) == (date(2026, 7, 1), date(2026, 7, 4))
    across = read_deadline("Июль с 01 по 04 августа", period).occurrences
    assert len(across) == 2  # not inside July: two deadlines, as written


def test_a_yearless_day_inside_the_dated_month_before_it_keeps_its_year() -> None:
    # «сентябрь 2024; 15 сентября» put the 15th in 2025; «декабрь 2024, январь» goes on a year.
    school = Period.parse("2024-2025")
    same = read_deadline("сентябрь 2024; 15 сентября", school).occurrences
    assert {o.due for o in same} == {date(2024, 9, 15), date(2024, 9, 30)}
    on = read_deadline("декабрь 2024, январь", school).occurrences
    assert [o.due for o in on] == [date(2024, 12, 31), date(2025, 1, 31)]


def test_a_lone_latin_preposition_and_a_dashed_time_are_read_past() -> None:
    period = Period(date(2016, 1, 1), date(2016, 12, 31))
    (one,) = read_deadline("C 22 марта по 15 апреля", period).occurrences
    assert (one.start, one.due) == (date(2016, 3, 22), date(2016, 4, 15))
    (day,) = read_deadline("28 марта 2016 года в 14-00", period).occurrences
    assert day.due == date(2016, 3, 28)
    unclear = read_deadline("10.00 марта", period)
    assert unclear.kind == ScheduleKind.NOT_UNDERSTOOD
    assert "время или день месяца" in (unclear.reason or "")
    (this,) = read_deadline("со 2 по 6 декабря этого года", period).occurrences
    assert (this.start, this.due) == (date(2016, 12, 2), date(2016, 12, 6))


def test_a_weekday_beside_a_day_without_its_year_is_checked_where_the_day_is_placed() -> None:
    # «5 сентября (понедельник)» in 2021-2022 was put on Sunday 05.09.2021 (heldout11).
    school = Period.parse("2021-2022")
    for text in ("5 сентября (понедельник)", "в понедельник, 5 сентября", "05.09 (пн)"):
        wrong = read_deadline(text, school)
        assert wrong.kind == ScheduleKind.NOT_UNDERSTOOD, text
        assert "05.09.2021 — воскресенье" in (wrong.reason or ""), text
        assert wrong.unparsed in ("понедельник", "пн"), text
    (right,) = read_deadline("5 сентября (воскресенье)", school).occurrences
    assert right.due == date(2021, 9, 5)
    (short,) = read_deadline("05.09.21 (вс)", school).occurrences
    assert short.due == date(2021, 9, 5)
    assert read_deadline("15.05. (пт)", Period.parse("2024-2025")).kind == (
        ScheduleKind.NOT_UNDERSTOOD
    )


def test_the_classes_missed_by_heldout10_and_heldout11_are_read() -> None:
    year = Period(date(2026, 1, 1), date(2026, 12, 31))
    monthly = read_deadline("2-й вторник месяца с 08.00 до 14.00", year).occurrences
    assert [o.due for o in monthly][:2] == [date(2026, 1, 13), date(2026, 2, 10)]
    assert len(monthly) == 12
    assert len(read_deadline("каждая третья пятница месяца", year).occurrences) == 12
    (days,) = read_deadline("19 по 24 апреля", year).occurrences
    assert (days.start, days.due) == (date(2026, 4, 19), date(2026, 4, 24))
    (dotted,) = read_deadline("с 01.июля по 31 августа 2026г.", year).occurrences
    assert (dotted.start, dotted.due) == (date(2026, 7, 1), date(2026, 8, 31))
    (hour,) = read_deadline("28 марта в 12 часов", year).occurrences
    assert hour.due == date(2026, 3, 28)
    assert read_deadline("в течение 2 часов", year).kind == ScheduleKind.UNSCHEDULED
    for text in ("в установл. порядке", "по отд. плану"):
        assert read_deadline(text, year).kind == ScheduleKind.UNSCHEDULED, text
    (total,) = read_deadline("28.10.2026 – 04.11.2026 (итого 8 дней)", year).occurrences
    assert total.start == date(2026, 10, 28)


def test_weeks_of_lessons_may_be_fewer_than_the_window_but_not_more() -> None:
    school = Period.parse("2023-2024")
    (lessons,) = read_deadline("с 01.09.2023 г. по 31.05.2024 г. - 36 недель", school).occurrences
    assert (lessons.start, lessons.due) == (date(2023, 9, 1), date(2024, 5, 31))
    more = read_deadline("с 01.09.2023 по 31.05.2024 - 46 недель", school)
    assert more.kind == ScheduleKind.NOT_UNDERSTOOD
    assert read_deadline("30.10.2023 - 05.11.2023 (9 дней)", school).kind == (
        ScheduleKind.NOT_UNDERSTOOD
    )


@pytest.mark.parametrize(
    "blind", [BLIND12, BLIND13, BLIND14], ids=["heldout14", "heldout15", "heldout16"]
)
def test_the_last_blind_sets_are_at_least_95_percent_read(blind: list[Case]) -> None:
    """The sets of announcements and news (130–140 texts each), after their classes were read."""
    read = [c for c in blind if matches(read_deadline(c.text, c.period), c.expected)]
    assert len(blind) >= 130
    assert len(read) / len(blind) >= 0.95


LATEST = {
    name: cases(CORPUS.with_name(f"{name}.txt"))
    for name in (
        "heldout17",
        "heldout18",
        "heldout19",
        "heldout20",
        "heldout21",
        "heldout22",
        "heldout23",
        "heldout24",
        "heldout25",
        "heldout26",
        "heldout27",
        "heldout28",
        "heldout29",
        "heldout30",
        "heldout31",
        "heldout32",
        "heldout33",
        "heldout34",
        "heldout35",
        "heldout36",
        "heldout37",
        "heldout38",
        "heldout39",
        "heldout40",
        "heldout41",
        "heldout42",
        "heldout43",
        "heldout44",
        "heldout45",
        "heldout46",
        "heldout47",
        "heldout48",
        "heldout49",
        "heldout50",
        "heldout51",
        "heldout52",
        "heldout53",
        "heldout54",
        "heldout55",
        "heldout57",
        "heldout59",
        "heldout60",
        "heldout61",
        "heldout62",
        "heldout63",
        "heldout64",
        "heldout65",
        "heldout66",
        "heldout67",
        "heldout68",
        "heldout69",
        "heldout70",
        "heldout71",
        "heldout72",
        "heldout73",
        "heldout74",
        "heldout75",
        "heldout76",
        "heldout77",
        "heldout78",
        "heldout79",
        "heldout80",
        "heldout81",
        "heldout82",
        "heldout83",
        "heldout84",
        "heldout85",
        "heldout86",
        "heldout87",
        "heldout88",
        "heldout89",
        "heldout90",
    )
}
DISAGREED = {
    ("heldout22", "01.10..2021"),
    ("heldout40", "на период с 2014 по 2019 год"),
    ("heldout43", "В течение всего срока реализации проекта"),
    ("heldout64", "28 июня 2029 года"),
    ("heldout65", "до конца месяца"),
    ("heldout66", "с 12.03.2023-04.04.2024"),
}
"""Texts whose expectation contradicts how the reader is built (expectations are never changed
after a run): the collector read a doubled dot as an error to report («не понят»), the reader
reads past doubled punctuation, as the issue asks. Four more stood here until the reader learnt
that a deadline over more than three months before its plan's period is a slip of the year
(mentorkit.deadlines.early): «26 июня 2010 г.» in an order of 2021, «21.03.2022», «2020» and
«2020/2021» in plans of 2022-2023 are now «не понят», as their collectors read them. The window
«на период с 2014 по 2019 год» in a programme of 2020 ends the day before the period: the
collector read it as an error (doubting it: the name of the programme before), the reader reads
it as written and `check` warns that it is outside the period (MK702). «В течение всего срока
реализации проекта»: the collector read «без даты» (the page does not name the project's term),
the reader reads the whole period of the plan, as it reads «В течение всего периода реализации
ЦМН» (the README's table). The tenth round's: «28 июня 2029 года» in a news item of 2023 and
«с 12.03.2023-04.04.2024» in a timetable of 2024 are read as written, as a deadline after the
period and a window ending in it are (the check warns of the first, MK702), where their
collectors saw a slip of the year; «до конца месяца» in a news item of October 2019 is the end
of every month of the period to the reader, as «по итогам четверти» is every term, and the
news item's month to its collector (the day of a news item is not the reader's to know)."""
LATEST_CASES = [
    (name, case)
    for name, found in LATEST.items()
    for case in found
    if (name, case.text) not in DISAGREED
]


@pytest.mark.parametrize("name", LATEST)
def test_latest_blind_text_is_read_right_or_said_not_understood(name: str) -> None:
    found = [case for set_name, case in LATEST_CASES if set_name == name]
    assert found
    assert not misread(found)


def test_the_disagreed_texts_are_in_their_sets() -> None:
    for name, text in DISAGREED:
        assert any(case.text == text for case in LATEST[name])


@pytest.mark.parametrize("name", ["heldout17", "heldout18", "heldout19", "heldout20", "heldout21"])
def test_the_latest_blind_sets_are_at_least_95_percent_read(name: str) -> None:
    """heldout17–19 after their classes were read; heldout20 (96.8 %) and heldout21 (97.9 %) in
    their first run already, heldout22 (51 texts) is too small to count alone."""
    blind = LATEST[name]
    read = [c for c in blind if matches(read_deadline(c.text, c.period), c.expected)]
    assert len(blind) >= 110
    assert len(read) / len(blind) >= 0.95


def test_the_seventh_round_sets_are_at_least_95_percent_read() -> None:
    """heldout25–30 (392 texts, 93.6 % in their first run, none read wrongly) after the seventh
    round read their classes."""
    blind = [case for n in range(25, 31) for case in LATEST[f"heldout{n}"]]
    read = [c for c in blind if matches(read_deadline(c.text, c.period), c.expected)]
    assert len(blind) >= 390
    assert len(read) / len(blind) >= 0.95


def test_the_eighth_round_sets_are_at_least_95_percent_read() -> None:
    """heldout36–52 (878 texts): 842 read right in their first runs (95.9 %: heldout36–41 97.9 %,
    heldout42–46 91.8 %, heldout47–49 96.3 %, heldout50–51 96.7 %, heldout52 — after every
    change of the round — 100 %), before any change made for them; two read wrongly (heldout47
    «13 сентября в этом году», heldout50 «в срок 15 ноября 2016 года до 15 января 2017 года»,
    now read and «не понят»), and the two disagreements above."""
    blind = [case for n in range(36, 53) for case in LATEST[f"heldout{n}"]]
    read = [c for c in blind if matches(read_deadline(c.text, c.period), c.expected)]
    assert len(blind) >= 875
    assert len(read) / len(blind) >= 0.95


NINTH = tuple(f"heldout{n}" for n in (53, 54, 55, 57, 59, 60, 61, 62))


def test_the_ninth_round_sets_are_at_least_95_percent_read() -> None:
    """The ninth round's sets, collected blind against one reader (main 81a91aa, the reader of
    e5b9d07) and run once there before any change made for them: 519 of 539 read right
    (96.3 %), none read wrongly; the rest «не понят» with the part."""
    blind = [case for name in NINTH for case in LATEST[name]]
    read = [c for c in blind if matches(read_deadline(c.text, c.period), c.expected)]
    assert len(blind) >= 535
    assert len(read) / len(blind) >= 0.95


MEASURED_ROUNDS = {
    # The tenth round (heldout63–68, 441 texts), run once at main eb27380, after the changes
    # made for the ninth: 355 read right (80.5 %; 290 of 325, 89.2 %, without heldout67, whose
    # texts are news sentences, 65 of 116); one read wrongly (heldout63 «до 1 января» in a plan
    # of 2019: by the plan's first day — now «не понят»), the three disagreements above, and
    # heldout67 «В течение июня, июля, августа» (three months to the reader, one span to its
    # collector — now one span).
    "tenth": (range(63, 69), 440, 355),
    # The eleventh (heldout69–72, 104 texts: functional literacy, low-result schools, the
    # updated standards, the calendar of educational work — the search for their roadmaps
    # nearly used up), run once at main 572cac8: 97 read right (93.3 %), none read wrongly.
    "eleventh": (range(69, 73), 104, 97),
    # The twelfth (heldout73–75, 108 texts: themed years, school governance and parents,
    # seasonal safety), run once at main 8d9ee60: 97 read right (89.8 %), one read wrongly
    # (heldout73 «с 11 по 25 апреля января», a month typed twice: a day and all of January —
    # now «не понят»).
    "twelfth": (range(73, 76), 108, 97),
    # The thirteenth (heldout76–81, 215 texts: career guidance, anti-corruption, inspections,
    # admissions, prevention of offences, reporting — the search's pages for these nearly used
    # up, most texts news sentences), run once at main c2d3921: 177 read right (82.3 %), none
    # read wrongly; heldout77 (news of anti-corruption days) 8 of 22.
    "thirteenth": (range(76, 82), 215, 177),
    # The fourteenth (heldout82–87, 192 texts: school methodical work, gifted children, from
    # kindergarten to school, labour safety, financial literacy, the school's housekeeping —
    # collectors asked for plan cells first, two thirds where they could), run once at main
    # df17c0a: 164 read right (85.4 %), one read wrongly (heldout83 «в течение учебного года с
    # сентября по май»: the months and the whole year besides — now the months).
    "fourteenth": (range(82, 88), 192, 164),
    # The fifteenth (heldout88–90, 96 texts: volunteering, pupils behind and the state exams,
    # school museums and media — the search's pages for them nearly used up), run once at main
    # 36e8c71: 75 read right (78.1 %), none read wrongly; the misses are news sentences and
    # deadlines counted from an event in words the reader does not know.
    "fifteenth": (range(88, 91), 96, 75),
}


@pytest.mark.parametrize("round_", MEASURED_ROUNDS)
def test_a_measured_round_reads_no_fewer_than_its_first_run(round_: str) -> None:
    """The rounds collected blind and run once before their classes were read: after, none is
    read wrongly (every text, above) and no fewer are read right than in the first run."""
    numbers, size, first_run = MEASURED_ROUNDS[round_]
    blind = [case for n in numbers for case in LATEST[f"heldout{n}"]]
    read = [c for c in blind if matches(read_deadline(c.text, c.period), c.expected)]
    assert len(blind) >= size
    assert len(read) >= first_run
