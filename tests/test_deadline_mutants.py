"""Deadline texts that kill mutants which survived the sampled mutation run of `deadlines/`
(tests/mutation-survivors.md): a day past the month's end in a list of days, a month 13, and
«годов» as calendar years; and those of the sample of December 2026 (below)."""

from __future__ import annotations

from datetime import date

from mentorkit.deadlines import Calendar, Period, ScheduleKind, SchoolYear, Span, read_deadline
from mentorkit.deadlines.vocabulary import Unit


def test_a_day_past_the_end_of_the_month_in_a_list_is_not_understood() -> None:
    schedule = read_deadline("1, 32 мая", Period.parse("2023-2024"))
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD
    assert schedule.occurrences == ()
    assert schedule.unparsed == "1 … 32"


def test_month_thirteen_is_named_as_the_reason() -> None:
    schedule = read_deadline("31.13.2023", Period.parse("2023-2024"))
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD
    assert schedule.reason is not None
    assert "месяца 13 нет" in schedule.reason


def test_godov_means_calendar_years() -> None:
    schedule = read_deadline("в 2022–2023 годов", Period.parse("2022-2024"))
    assert schedule.kind == ScheduleKind.SCHEDULED
    # calendar years, one span of them; without «годов» it would be the school year 2022-2023
    assert [(occ.start, occ.due) for occ in schedule.occurrences] == [
        (date(2022, 1, 1), date(2023, 12, 31)),
    ]


# Found by the sample of 800 (tools/mutation.py, December 2026); each test fails on the mutant
# named beside it and passes on the code.

TWO_THOUSAND_23 = Period.parse("2023-2024")


def _windows(text: str, period: Period = TWO_THOUSAND_23) -> list[tuple[date | None, date]]:
    schedule = read_deadline(text, period)
    assert schedule.kind == ScheduleKind.SCHEDULED, (text, schedule.reason)
    return [(occ.start, occ.due) for occ in schedule.occurrences]


def test_a_decade_or_a_half_numbered_in_digits() -> None:
    # PointReader.tenth: a one-digit number is the decade's or the half's number
    assert _windows("2 декада сентября") == [(date(2023, 9, 11), date(2023, 9, 20))]
    assert _windows("1 половина октября") == [(date(2023, 10, 1), date(2023, 10, 15))]


def test_a_range_of_days_the_wrong_way_round_is_not_understood() -> None:
    # PointReader.point: «28-17.10.2023» has no days; it must not raise
    schedule = read_deadline("28-17.10.2023", TWO_THOUSAND_23)
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD
    assert schedule.occurrences == ()


def test_every_month_and_every_week_in_two_words() -> None:
    # RecurrenceReader.every: «каждый» and the unit are two tokens, both taken
    months = _windows("каждый месяц")
    assert len(months) == 12
    assert months[0] == (date(2023, 9, 1), date(2023, 9, 30))
    assert months[-1] == (date(2024, 8, 1), date(2024, 8, 31))
    weeks = _windows("каждую неделю")
    assert weeks[1] == (date(2023, 9, 4), date(2023, 9, 10))
    assert all(due.weekday() == 6 for _, due in weeks[:-1])


def test_a_monthly_day_after_v() -> None:
    # RecurrenceReader.day_of_month: «в» before the day is read past, one word
    dues = [due for _, due in _windows("ежемесячно в 5 число")]
    assert len(dues) == 12
    assert all(due.day == 5 for due in dues)


def test_the_academic_year_of_a_day() -> None:
    assert Period.academic_year_of(date(2023, 9, 15)) == Period(date(2023, 9, 1), date(2024, 8, 31))
    assert Period.academic_year_of(date(2024, 8, 31)) == Period(date(2023, 9, 1), date(2024, 8, 31))
    # the school year 9999-10000 is cut at the end of the calendar, not an error
    assert Period.academic_year_of(date(9999, 10, 1)) == Period(date(9999, 9, 1), date.max)


def test_repetitions_that_contradict_each_other_say_so() -> None:
    schedule = read_deadline("еженедельно, ежемесячно", TWO_THOUSAND_23)
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD
    assert schedule.reason == "повторения противоречат друг другу: оставьте одно"
    assert schedule.unparsed == "еженедельно, ежемесячно"


def test_a_season_only_partly_in_the_period_says_which_months_are_meant() -> None:
    schedule = read_deadline("зимой", Period.parse("2024"))
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD
    assert schedule.reason == (
        "время года лишь частью в периоде (какие месяцы?): напишите месяцы или год"
    )
    assert schedule.unparsed == "зимой"


def test_a_year_outside_the_calendar_is_named() -> None:
    schedule = read_deadline("01.01.0000", TWO_THOUSAND_23)
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD
    assert schedule.reason == "такой даты нет: 01.01.0000 — такого года нет в календаре"


def _school(system: Unit | None) -> Calendar:
    if system == Unit.TRIMESTER:
        terms = (
            Span("I триместр", date(2023, 9, 1), date(2023, 11, 30)),
            Span("II триместр", date(2023, 12, 1), date(2024, 2, 29)),
            Span("III триместр", date(2024, 3, 1), date(2024, 5, 31)),
        )
    else:  # two semesters: neither четверти nor триместры
        terms = (
            Span("I полугодие", date(2023, 9, 1), date(2023, 12, 31)),
            Span("II полугодие", date(2024, 1, 9), date(2024, 5, 31)),
        )
    return Calendar((SchoolYear(2023, terms, (), system),))


def test_a_term_the_school_calendar_does_not_have_names_both() -> None:
    schedule = read_deadline("II четверть 2023-2024", TWO_THOUSAND_23, _school(Unit.TRIMESTER))
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD
    assert schedule.reason == (
        "в календаре на 2023-2024 учебный год (calendar в mentorkit.yaml) триместры, "
        "а в сроке — четверти: исправьте срок или календарь"
    )
    schedule = read_deadline("II триместр", TWO_THOUSAND_23, _school(None))
    assert schedule.reason == (
        "в календаре на 2023-2024 учебный год (calendar в mentorkit.yaml) другие части года, "
        "а в сроке — триместры: исправьте срок или календарь"
    )
    schedule = read_deadline("в осенние каникулы", TWO_THOUSAND_23, _school(Unit.TRIMESTER))
    assert schedule.reason == "в календаре на 2023-2024 учебный год нет таких каникул"


def test_the_last_term_of_the_default_calendar() -> None:
    # school_days: the last of the parts is one of them (3 of 3 trimesters, 4 of 4 terms)
    assert _windows("III триместр") == [(date(2024, 3, 1), date(2024, 5, 31))]
    assert _windows("IV четверть") == [(date(2024, 4, 1), date(2024, 5, 31))]
    assert _windows("II-III триместр") == [(date(2023, 12, 1), date(2024, 5, 31))]


def test_a_date_in_brackets_that_contradicts_the_deadline_is_shown_whole() -> None:
    schedule = read_deadline("до 15.05.2024 (14.05)", TWO_THOUSAND_23)
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD
    assert schedule.reason == "в скобках 14.05, а срок выпадает на 15.05.2024"
    assert schedule.unparsed == "до 15.05.2024 (14.05)"


def test_a_quarter_of_a_school_year_lies_in_that_school_year() -> None:
    # Found by mutation testing; a quarter of a school year is now not understood (September or
    # January?), never January–March before the school year begins.
    schedule = read_deadline("I квартал 2023-2024 учебного года", TWO_THOUSAND_23)
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD or all(
        date(2023, 9, 1) <= (occ.start or occ.due) and occ.due <= date(2024, 8, 31)
        for occ in schedule.occurrences
    )


def test_february_of_a_leap_century() -> None:
    # calendar._leap: 2000 and 2400 are leap years (divisible by 400), 1900 and 2100 are not
    assert _windows("II триместр", Period.parse("1999-2000")) == [
        (date(1999, 12, 1), date(2000, 2, 29))
    ]
    assert _windows("II триместр", Period.parse("2099-2100")) == [
        (date(2099, 12, 1), date(2100, 2, 28))
    ]


def test_days_that_a_month_has_not_and_has() -> None:
    assert read_deadline("31 апреля 2024", TWO_THOUSAND_23).kind == ScheduleKind.NOT_UNDERSTOOD
    assert _windows("30 апреля 2024") == [(None, date(2024, 4, 30))]
    # the first of the month belongs to a list of days
    assert _windows("1 и 2 мая") == [(None, date(2024, 5, 1)), (None, date(2024, 5, 2))]


def test_weeks_and_weekdays_that_are_not_read() -> None:
    # a month has four numbered weeks («последняя» is the fifth); «пн» is not a weekday here
    assert read_deadline("5 неделя сентября", TWO_THOUSAND_23).kind == ScheduleKind.NOT_UNDERSTOOD
    assert read_deadline("первый пн декабря", TWO_THOUSAND_23).kind == ScheduleKind.NOT_UNDERSTOOD
    assert _windows("первый понедельник декабря") == [(None, date(2023, 12, 4))]


def test_holidays_listed_with_a_comma() -> None:
    assert _windows("осенние, зимние каникулы") == [
        (date(2023, 10, 28), date(2023, 11, 5)),
        (date(2023, 12, 30), date(2024, 1, 8)),
    ]


def test_a_two_digit_year_far_from_the_period_names_both_centuries() -> None:
    schedule = read_deadline("до 01.09.50", TWO_THOUSAND_23)
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD
    assert schedule.reason is not None
    assert "(1950 или 2050?)" in schedule.reason


def test_calendar_years_said_as_gody_and_g_g() -> None:
    period = Period.parse("2022-2024")
    for text in ("в 2022-2023 годы", "2022-2023 г.г.", "2022-2023 гг."):
        assert _windows(text, period) == [(date(2022, 1, 1), date(2023, 12, 31))], text


def test_the_whole_period_and_a_text_without_a_date() -> None:
    schedule = read_deadline("в течение всего периода", TWO_THOUSAND_23)
    assert [occ.note for occ in schedule.occurrences] == ["весь период"]
    schedule = read_deadline("и", TWO_THOUSAND_23)
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD
    assert schedule.reason == "в тексте нет ни одной даты"
    assert schedule.text == "и"


def test_the_text_is_kept_in_every_not_understood_schedule() -> None:
    calendar = _school(Unit.TRIMESTER)
    for text, period in (
        ("еженедельно, ежемесячно", TWO_THOUSAND_23),
        ("зимой", Period.parse("2024")),
        ("II четверть", TWO_THOUSAND_23),
    ):
        schedule = read_deadline(text, period, calendar)
        assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD
        assert schedule.text == text


def test_a_first_date_then_every_year_said_in_words() -> None:
    # _Parser.phrase: «в дальнейшем», «после этого» after the first date (two words read past)
    expected = [(None, date(year, 9, 1)) for year in (2023, 2024, 2025, 2026)]
    period = Period.parse("2023-2026")
    assert _windows("до 01.09.2023, в дальнейшем ежегодно", period) == expected
    assert _windows("до 01.09.2023, после этого ежегодно", period) == expected


def test_at_least_once_a_month_after_another_phrase() -> None:
    # RecurrenceReader.times: «не реже» read past where it stands, not at the text's start
    months = _windows("ежемесячно, не реже одного раза в месяц")
    assert len(months) == 12
    assert months[0] == (date(2023, 9, 1), date(2023, 9, 30))


# Found by the sample of commit ae5d8cc (tests/mutation-survivors.md, «The deadline reader …
# ae5d8cc»); each fails with the mutant named beside it active and passes on the code.


def test_a_weekday_recurrence_is_noted_weekly() -> None:
    # recur.units: the note of a weekday recurrence (`note=note` dropped)
    for text in ("каждый вторник", "еженедельно по понедельникам"):
        schedule = read_deadline(text, TWO_THOUSAND_23)
        assert schedule.kind == ScheduleKind.SCHEDULED
        assert {occ.note for occ in schedule.occurrences} == {"еженедельно"}


def test_a_day_of_the_last_quarter_without_a_month_says_why() -> None:
    # RecurrenceReader.day_of_month: «последнего» counts as «последнего месяца» only before
    # «месяца» (`and` → `or` read «последнего квартала» so and lost the reason)
    schedule = read_deadline("до 5 числа последнего квартала", TWO_THOUSAND_23)
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD
    assert schedule.reason == "число без месяца: допишите месяц или «ежемесячно»"


def test_a_reversed_range_of_months_in_a_school_year_is_not_understood() -> None:
    # years.in_years: the start's year of a month range in a school year (`if window.end`
    # dropped made «октябрь – сентябрь» a year from October 2022)
    for text, reason in (
        ("октябрь – сентябрь 2023/2024 учебного года", "начало 01.10.2023 позже конца 30.09.2023"),
        ("май – апрель 2023-2024 учебного года", "начало 01.05.2024 позже конца 30.04.2024"),
    ):
        schedule = read_deadline(text, Period.parse("2022-2024"))
        assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD
        assert schedule.reason == reason


def test_a_recurrence_from_after_the_period_keeps_its_text() -> None:
    # reader._since: the text of «начало … позже конца периода» (`_not_understood(None, …)`)
    for text, start in (
        ("с 01.09.2025 ежемесячно", "01.09.2025"),
        ("ежемесячно с 01.10.2024", "01.10.2024"),
    ):
        schedule = read_deadline(text, TWO_THOUSAND_23)
        assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD
        assert schedule.text == text
        assert schedule.reason == f"начало {start} позже конца периода 31.08.2024"


def test_a_season_word_alone_is_not_the_season() -> None:
    # PointReader.season: «летнего» without «период» is not summer (the «его» ending)
    schedule = read_deadline("до летнего сезона", TWO_THOUSAND_23)
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD
    assert schedule.unparsed == "до летнего сезона"


def test_since_a_year_with_another_after_it_is_not_a_start() -> None:
    # YearReader.since_year: a year followed by «,» or «/» is not «с 2024 года»
    schedule = read_deadline("с 2024, 2025", Period.parse("2022-2026"))
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD
    assert schedule.reason == "часть текста не понята"
    assert schedule.unparsed == "с"


def test_a_first_date_before_the_period_is_kept_when_no_repeat_is_inside() -> None:
    # recur._next_repeat: the next repeat after the period's end is no repeat (`or True`)
    schedule = read_deadline(
        "до 01.06.2023, далее ежегодно", Period.parse("2023-09-01..2024-05-31")
    )
    assert schedule.kind == ScheduleKind.SCHEDULED
    assert [(occ.start, occ.due) for occ in schedule.occurrences] == [(None, date(2023, 6, 1))]


def test_a_yearless_day_after_a_school_term_is_placed_by_the_terms_calendar() -> None:
    # with_years compares the day with the term before it, whose days the calendar gives
    # (resolve.with_years__mutmut_91 passed no calendar there).
    school = Period.parse("2023-2024")
    read = read_deadline("I четверть 2023-2024 учебного года; 20 октября", school)
    assert sorted(((o.start, o.due) for o in read.occurrences), key=lambda days: days[1]) == [
        (None, date(2023, 10, 20)),
        (date(2023, 9, 1), date(2023, 10, 31)),
    ]


def test_a_fortnightly_recurrence_after_another_phrase_is_not_understood_there() -> None:
    # After another phrase the part not understood is the fortnight alone (every_n's position;
    # its mutant _20 still survives: there the position it sets is the same one).
    read = read_deadline("ежемесячно, 1 раз в 2 недели", Period.parse("2023-2024"))
    assert read.kind == ScheduleKind.NOT_UNDERSTOOD
    assert read.unparsed == "раз в 2 недели"
    assert "с какой недели считать" in (read.reason or "")
