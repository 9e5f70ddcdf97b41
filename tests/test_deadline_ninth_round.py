"""Deadline forms read in the ninth round, from classes of text that blind sets left «не понят»;
and, at the end, those read after the ninth round's measurement (heldout53–62), before the
tenth round's sets were scored, and those read after the tenth round's first run."""

from __future__ import annotations

import pytest

from mentorkit.deadlines import Period, read_deadline
from tests.deadline_corpus import shown

CURRENT_BEFORE_A_WRITTEN_YEAR = [
    # «текущем» before the year it names says nothing more than the year, in any period.
    ("в текущем 2012 году", "2012", "01.01.2012–31.12.2012"),
    ("в текущем 2012 году", "2012-2013", "01.01.2012–31.12.2012"),
    ("до 1 июня текущего 2013 года", "2012-2013", "до 01.06.2013"),
    ("в течение текущего 2012 года", "2012", "01.01.2012–31.12.2012"),
    # a year outside the period is not the current one
    ("в текущем 2011 году", "2012", "не понят"),
    ("в текущем 2013 году", "2012", "не понят"),
    ("в текущем 2021-2022 учебном году", "2022-2023", "не понят"),
    ("в этом 2024-2025 учебном году", "2022-2023", "не понят"),
    ("в текущем 2022-2023 учебном году", "2022-2023", "01.09.2022–31.08.2023"),
    # without a year, «текущего года» is the period's only in a plan of one calendar year
    ("до 10 декабря текущего года", "2012", "до 10.12.2012"),
]


def test_a_current_year_outside_the_period_is_said() -> None:
    schedule = read_deadline("в текущем 2011 году", Period.parse("2012"))
    assert schedule.reason is not None
    assert "«текущем 2011», а период дорожной карты — 2012 год" in schedule.reason


END_WORDS_AND_HYPHENS = [
    # «завершения» is «окончания»: the end of the part of the year it names
    ("до завершения 1 квартала 2024 года", "2023-2024", "до 31.03.2024"),
    ("до завершения I полугодия", "2023-2024", "до 31.12.2023"),
    ("до завершения 2023 года", "2023-2024", "до 31.12.2023"),
    # an event without a date stays one
    ("до завершения строительства", "2023-2024", "без даты"),
    # a hyphen typed between a preposition and its day is a space
    ("с 28.01. по-31.01.", "2020", "28.01.2020–31.01.2020"),
    ("до-15.03.2020", "2020", "до 15.03.2020"),
    # and nowhere else: a range of days keeps its hyphen, an abbreviation its year
    ("15-20 марта", "2020", "15.03.2020–20.03.2020"),
    ("Программа ДО-2025", "2025", "не понят"),
    ("ПО-2025", "2025", "не понят"),
    ("до-20-го марта", "2020", "до 20.03.2020"),
]


DATED_TIMES_OF_A_COUNT = [
    # Dated months listed beside a count are its times, each once: no month repeated half a
    # year on (June 2025 was added to December 2024).
    (
        "2 раза в год: декабрь 2024, май 2025",
        "2024-2025",
        "01.12.2024–31.12.2024; 01.05.2025–31.05.2025",
    ),
    (
        "2 раза в год (сентябрь 2024, май 2025)",
        "2024-2025",
        "01.09.2024–30.09.2024; 01.05.2025–31.05.2025",
    ),
    (
        "2 раза в год: июнь 2024, декабрь 2024",
        "2024",
        "01.06.2024–30.06.2024; 01.12.2024–31.12.2024",
    ),
    # too few times for the count, or too many: not understood
    ("ежеквартально: март 2024, июнь 2024", "2024", "не понят"),
    ("2 раза в год: декабрь 2024, май 2025, июнь 2025", "2024-2025", "не понят"),
    ("1 раз в четверть: октябрь, декабрь, март, май, июнь", "2024-2025", "не понят"),
    # one dated time beside a recurrence is still not guessed without «далее»
    ("01.09.2024, ежеквартально", "2024-2025", "не понят"),
]


A_WEEKDAY_OR_WEEK_REPEATED = [
    # A weekday of a month is placed again each year, not shifted by twelve months: the
    # first Wednesday of December 2024 is the 4th, not the 6th (a Friday).
    ("ежегодно в первую среду декабря (06.12.2023)", "2024-2025", "до 04.12.2024"),
    ("в первую среду декабря 2023 г., далее ежегодно", "2024-2025", "до 04.12.2024"),
    (
        "в первую среду декабря 2023 г., далее ежегодно",
        "2023-2026",
        "до 06.12.2023; до 04.12.2024; до 03.12.2025; до 02.12.2026",
    ),
    (
        "в последнюю пятницу мая 2024 года, далее ежегодно",
        "2023-2026",
        "до 31.05.2024; до 30.05.2025; до 29.05.2026",
    ),
    # and each month: the first Wednesday of October 2024 is the 2nd
    (
        "в первую среду сентября 2024 г., далее ежеквартально",
        "2024-2025",
        "до 04.09.2024; до 04.12.2024; до 05.03.2025; до 04.06.2025",
    ),
    # the last week of each month is its own last seven days
    (
        "последняя неделя сентября 2024 г., далее ежемесячно",
        "2024",
        "24.09.2024–30.09.2024; 25.10.2024–31.10.2024; 24.11.2024–30.11.2024; "
        "25.12.2024–31.12.2024",
    ),
    # holidays come once a year: repeated by quarters they are no holidays
    ("осенние каникулы 2024, далее ежеквартально", "2024-2025", "не понят"),
    ("осенние каникулы 2024, далее ежемесячно", "2024-2025", "не понят"),
    (
        "осенние каникулы 2023 г., далее ежегодно",
        "2023-2026",
        "28.10.2023–05.11.2023; 28.10.2024–05.11.2024; 28.10.2025–05.11.2025; "
        "28.10.2026–05.11.2026",
    ),
    # a day of the month is the same day each year
    ("01.09.2023, далее ежегодно", "2024-2025", "до 01.09.2024"),
]


BY_THE_START_OF_A_SCHOOL_YEAR = [
    # By the start of a school year: 1 September, the day every school prepares for.
    ("К началу 2022-2023 учебного года", "2022", "до 01.09.2022"),
    ("к началу 2022/23 уч. года", "2022", "до 01.09.2022"),
    ("к началу 2023-2024 учебного года", "2022-2023", "до 01.09.2023"),
    # without a year: the one that begins in a plan of one calendar year …
    ("к началу нового учебного года", "2022", "до 01.09.2022"),
    ("до начала учебного года", "2022", "до 01.09.2022"),
    # … and not said in a plan of a school year
    ("к началу учебного года", "2022-2023", "не понят"),
    ("к началу нового учебного года", "2022-2023", "не понят"),
    # the start of a calendar year written
    ("до начала 2023 года", "2022-2023", "до 01.01.2023"),
    # the start of a month is still not guessed (30 September, 1 October, its first days?)
    ("до начала октября", "2022", "не понят"),
    # a span that is no school year
    ("к началу 2022-2024 учебного года", "2022", "не понят"),
]


def test_which_school_year_is_asked_for_in_a_school_year_plan() -> None:
    schedule = read_deadline("к началу учебного года", Period.parse("2022-2023"))
    assert schedule.reason is not None
    assert "начало какого учебного года" in schedule.reason
    assert "к началу 2024-2025 учебного года" in schedule.reason


WINDOWS_TOLD_WITH_VERBS = [
    # A window told with verbs: a month after the start verb, modal words, more verb forms.
    ("началось в апреле и завершится 28 ноября", "2025", "01.04.2025–28.11.2025"),
    ("начат в марте и завершен в августе 2025 года", "2025", "01.03.2025–31.08.2025"),
    ("начнется в мае и завершится в июне", "2025", "01.05.2025–30.06.2025"),
    ("начнется 3 марта и должен завершиться до 19 ноября", "2025", "03.03.2025–19.11.2025"),
    ("с 10 мая и завершат 20 мая", "2025", "10.05.2025–20.05.2025"),
    (
        "с 1 сентября 2025 года и будет действовать до 31 августа 2029 года",
        "2025",
        "01.09.2025–31.08.2029",
    ),
    ("Прием заявок начнется 1 апреля и завершится 30 июня", "2025", "01.04.2025–30.06.2025"),
    # after a day, the end «в августе» is its end or some day of it: not guessed
    ("начаться 15 апреля, а закончиться в августе", "2025", "не понят"),
    # an end alone in a month, as before
    ("завершится в мае", "2025", "не понят"),
]


@pytest.mark.parametrize(
    "text",
    [
        "2022 г. – по настоящее время",  # was read as 2022 alone, the remark read past
        "2021 – наст. время",
        "с 2022 года по настоящее время",
        "с сентября 2022 по н.в.",
    ],
)
def test_until_now_has_no_end(text: str) -> None:
    schedule = read_deadline(text, Period.parse("2022-2023"))
    assert shown(schedule) == "не понят"
    assert schedule.reason is not None and "конец не назван" in schedule.reason


THIS_SEASON = [
    # «этой весной» in a plan of one calendar year: that season of its year
    ("Нынешней весной", "2019", "01.03.2019–31.05.2019"),
    ("этим летом", "2025", "01.06.2025–31.08.2025"),
    ("этой осенью", "2025", "01.09.2025–30.11.2025"),
    # which winter, and which year of a school year, is not said
    ("этой зимой", "2025", "не понят"),
    ("этим летом", "2024-2025", "не понят"),
]


A_PREPOSITION_GLUED_TO_THE_WORD_BEFORE_THE_DAY = [
    # a word and the preposition of the day after it, typed without a space
    ("с1 января 2024 годадо15 марта", "2024", "01.01.2024–15.03.2024"),
    ("с 1 января 2024 годапо15 марта", "2024", "01.01.2024–15.03.2024"),
    # before a space and a number: a month or «года» and only «по» or «до» (heldout59, heldout61:
    # «с 11февраляпо 18 февраля 2019 года»); «маяк» is no «мая» and «к»
    ("с 1 мартапо 20 апреля", "2024", "01.03.2024–20.04.2024"),
    ("с 1 марта 2024 годадо 20 апреля", "2024", "01.03.2024–20.04.2024"),
    ("15 маяк 20 апреля", "2024", "не понят"),
    # only a word the vocabulary knows
    ("доска 15 марта", "2024", "не понят"),
]


A_YEAR_AFTER_THE_DAY_AND_MORE_VERBS = [
    # «в 2022 году» right after a yearless day or month is its year, not another window
    # (it read as 13 September and the whole of 2022)
    ("13 сентября в этом году", "2022", "до 13.09.2022"),
    ("13 сентября в 2022 году", "2022", "до 13.09.2022"),
    ("сентябрь в 2022 году", "2022", "01.09.2022–30.09.2022"),
    ("13 и 14 сентября в 2022 году", "2022", "до 13.09.2022; до 14.09.2022"),
    ("с 1 по 15 сентября в 2022 году", "2022", "01.09.2022–15.09.2022"),
    ("13 сентября в 2022 году", "2022-2023", "до 13.09.2022"),
    # which year «этом» is, a school year's plan does not say
    ("13 сентября в этом году", "2022-2023", "не понят"),
    # modal words before the end verb, a start with «с»
    (
        "начался с 15.08.2025 и должен быть завершён к 31.10.2025",
        "2025",
        "15.08.2025–31.10.2025",
    ),
]


SECOND_READING_OF_THE_ROUND = [
    # From a second reader of the round. A month start and a year-only end is no window.
    ("начнется в марте и завершится в 2026 году", "2025-2026", "не понят"),
    ("начнется в марте и завершится в следующем году", "2025", "не понят"),
    # «до мая» after the end verb: its start or its end — refused, as alone
    ("начнётся в сентябре и продлится до мая", "2024-2025", "не понят"),
    ("начнется 1 апреля и завершится до мая", "2025", "не понят"),
    # a label before the verbs is read past again
    (
        "Срок исполнения: начнется 1 апреля и завершится 30 июня",
        "2025",
        "01.04.2025–30.06.2025",
    ),
    ("Математика: начнется 1 апреля и завершится 30 июня", "2025", "01.04.2025–30.06.2025"),
    # «в настоящее время» is «now», not an end
    ("до 15 мая (в настоящее время идёт приём)", "2025", "до 15.05.2025"),
    # the current school year of a calendar year's plan
    ("в текущем 2024-2025 учебном году", "2025", "01.09.2024–31.08.2025"),
    ("до 1 июня текущего 2024-2025 учебного года", "2025", "до 01.06.2025"),
    # a year after a hyphen
    ("с-2024 года", "2024", "01.01.2024–31.12.2024"),
    ("до-2025 года", "2024-2025", "до 31.12.2025"),
    # a weekday's first time after the period is kept, and the check says it is outside
    ("в первую среду декабря 2030 г., далее ежегодно", "2024-2025", "до 04.12.2030"),
    # several years after «в» beside a yearless day: which is the day's?
    ("13 сентября в 2024 и 2025 годах", "2024-2025", "не понят"),
    ("13 сентября в 2024-2025 годах", "2024-2025", "не понят"),
    # a school year after «в» is one: the day is in it
    ("15 мая в 2024-2025 учебном году", "2024-2025", "до 15.05.2025"),
    ("сентябрь в 2024-2025 учебном году", "2024-2025", "01.09.2024–30.09.2024"),
    ("IV квартал в 2024 году", "2024-2025", "01.10.2024–31.12.2024"),
    # «… до …» between two dated days: a window without its «с», or two deadlines?
    ("в срок 15 ноября 2016 года до 15 января 2017 года", "2016", "не понят"),
    ("с 15 ноября 2016 года до 15 января 2017 года", "2016", "15.11.2016–15.01.2017"),
    ("5 февраля 2016 г. 9 апреля 2016 г.", "2016", "до 05.02.2016; до 09.04.2016"),
]


def test_which_start_of_a_school_year_quotes_the_preposition() -> None:
    schedule = read_deadline("к началу учебного года", Period.parse("2024-2025"))
    assert schedule.reason is not None and "«к началу учебного года»" in schedule.reason


BETWEEN_TWO_DAYS_IS_A_WINDOW = [
    ("в период между 15 и 23 августа", "2018", "15.08.2018–23.08.2018"),
    ("между 15 августа и 23 сентября", "2018", "15.08.2018–23.09.2018"),
    ("между 15.08 и 23.08.2018", "2018", "15.08.2018–23.08.2018"),
    # not a window of two days: left as it was
    ("между 1 и 5 мая и 10 и 15 июня", "2018", "не понят"),
    ("между 15 и 23", "2018", "не понят"),
]


# After the ninth round's measurement: the classes its sets left «не понят».
SHORT_LAST_YEAR_AND_A_COMMA = [
    ("в 2020-22 годах", "2020", "01.01.2020–31.12.2022"),
    ("2019-21 гг.", "2020", "01.01.2019–31.12.2021"),
    # without a word for years, a garbled school year is not guessed
    ("в 2020-22", "2020", "не понят"),
    ("2020-22 учебный год", "2020", "не понят"),
    ("в текущем, 2014 году", "2014", "01.01.2014–31.12.2014"),
    ("в текущем, 2013 году", "2014", "не понят"),
]
THE_WORD_SCHOOL_BEFORE_THE_YEARS = [
    ("до начала учебного 2010-2011 года", "2010", "до 01.09.2010"),
    ("к началу учебного 2023/24 года", "2023-2024", "до 01.09.2023"),
    ("в течение учебного 2023-2024 года", "2023-2024", "01.09.2023–31.08.2024"),
    ("сентябрь учебного 2023-2024 года", "2023-2024", "01.09.2023–30.09.2023"),
    ("к началу учебного 2023-2025 года", "2023-2024", "не понят"),
]
TIMES_OF_THE_DAY = [
    ("в 00.05 18 марта", "2025", "до 18.03.2025"),
    ("00.05.2025", "2025", "не понят"),
    ("19.12.2025 г. после 17.00", "2025-2026", "до 19.12.2025"),
    ("после 17.00", "2025", "не понят"),
    (
        "29 августа 2012 г. с 12 часов, 30, 31 августа 2012 г. с 10 часов",
        "2011-2012",
        "до 29.08.2012; до 30.08.2012; до 31.08.2012",
    ),
    ("15 мая после 12 часов", "2025", "до 15.05.2025"),
    ("с 18:00 пятницы 20 февраля до 08:00 24 февраля", "2026", "20.02.2026–24.02.2026"),
    ("с 18:00 субботы 20 февраля 2026 до 08:00 24 февраля 2026 года", "2026", "не понят"),
]
WEEKDAYS_IN_A_LIST_AND_A_VERB_AFTER_THE_DAY = [
    ("в четверг 30 апреля и в пятницу 8 мая", "2015", "до 30.04.2015; до 08.05.2015"),
    ("в четверг 30 апреля и пятницу 8 мая", "2015", "до 30.04.2015; до 08.05.2015"),
    ("30 апреля и в среду 8 мая 2015 года", "2015", "не понят"),
    ("10 июня завершается прием заявок", "2022", "до 10.06.2022"),
    ("15 мая состоится концерт", "2025", "до 15.05.2025"),
    # a month, or a word the vocabulary knows after the verb: as before
    ("15 мая стартует прием заявок", "2022", "до 15.05.2022"),
    ("в мае завершится прием заявок", "2022", "не понят"),
    ("10 июня завершается прием заявок на конкурс", "2022", "не понят"),
]
UNTIL_AN_EVENT = [
    ("до проведения конкурсных мероприятий", "2010", "без даты"),
    ("до отъезда ребенка в лагерь", "2021", "без даты"),
    ("до проведения учебного года", "2022", "не понят"),
    ("до проведения мая", "2022", "не понят"),
]


# After the tenth round's first run (heldout63–68): the classes its sets left.
AFTER_THE_TENTH_RUN = [
    # by the first day of a calendar-year plan, or by the same day of the next year?
    ("до 1 января", "2019", "не понят"),
    ("к 1 января", "2019", "не понят"),
    ("1 января", "2019", "до 01.01.2019"),
    ("до 1 января 2020 года", "2019", "до 01.01.2020"),
    ("до 2 января", "2019", "до 02.01.2019"),
    # months one after another after «в течение»: one span
    ("В течение июня, июля, августа", "2024", "01.06.2024–31.08.2024"),
    ("в течение ноября, декабря и января", "2024-2025", "01.11.2024–31.01.2025"),
    ("в течение июня, августа", "2024", "01.06.2024–30.06.2024; 01.08.2024–31.08.2024"),
    (
        "июнь, июль, август",
        "2024",
        "01.06.2024–30.06.2024; 01.07.2024–31.07.2024; 01.08.2024–31.08.2024",
    ),
    # a weekday after a dash
    ("23 декабря — среда", "2020", "до 23.12.2020"),
    ("23 декабря — четверг", "2020", "не понят"),
    # the year before a plan of one calendar year
    ("15 декабря прошлого года", "2023", "до 15.12.2022"),
    ("в минувшем году", "2023", "01.01.2022–31.12.2022"),
    ("15 декабря прошлого года", "2023-2024", "не понят"),
    # a lone start, the verbs of a school's day, an end verb last
    ("стартует 1 июля", "2016", "до 01.07.2016"),
    ("начнется 3 сентября 2018 года", "2018-2019", "до 03.09.2018"),
    ("4 октября завершится", "2021", "до 04.10.2021"),
    ("прозвенит 27 мая", "2016", "до 27.05.2016"),
    ("аттестаты вручат 20 июня", "2016", "до 20.06.2016"),
    ("Выставка будет работать до 30 мая", "2022", "до 30.05.2022"),
    ("в мае завершится", "2021", "не понят"),
]


READINGS = [
    *CURRENT_BEFORE_A_WRITTEN_YEAR,
    *END_WORDS_AND_HYPHENS,
    *DATED_TIMES_OF_A_COUNT,
    *A_WEEKDAY_OR_WEEK_REPEATED,
    *BY_THE_START_OF_A_SCHOOL_YEAR,
    *WINDOWS_TOLD_WITH_VERBS,
    *THIS_SEASON,
    *A_PREPOSITION_GLUED_TO_THE_WORD_BEFORE_THE_DAY,
    *A_YEAR_AFTER_THE_DAY_AND_MORE_VERBS,
    *SECOND_READING_OF_THE_ROUND,
    *BETWEEN_TWO_DAYS_IS_A_WINDOW,
    *SHORT_LAST_YEAR_AND_A_COMMA,
    *THE_WORD_SCHOOL_BEFORE_THE_YEARS,
    *TIMES_OF_THE_DAY,
    *WEEKDAYS_IN_A_LIST_AND_A_VERB_AFTER_THE_DAY,
    *UNTIL_AN_EVENT,
    *AFTER_THE_TENTH_RUN,
]


@pytest.mark.parametrize(
    ("text", "period", "expected"), READINGS, ids=[r[0][:50] for r in READINGS]
)
def test_reading(text: str, period: str, expected: str) -> None:
    assert shown(read_deadline(text, Period.parse(period))) == expected
