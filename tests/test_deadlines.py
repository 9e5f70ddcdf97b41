"""The deadline grammar: every deadline text of the seeds read as a person reads it, the forms of
domain.md, and the invariants that hold for any text."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mentorkit.cli import main
from mentorkit.deadlines import Period, ScheduleKind, read_deadline
from tests.conftest import run

ACADEMIC = Period.parse("2023-2024")
TIMASHEVSK = Period.parse("2022-2024")
IVANTEEVKA = Period.parse("2021-2022")


def d(text: str) -> date:
    day, month, year = (int(part) for part in text.split("."))
    return date(year, month, day)


def windows(text: str, period: Period) -> list[tuple[str | None, str]]:
    """The occurrences as («start» or None, «due») in dd.mm.yyyy, for readable expectations."""
    schedule = read_deadline(text, period)
    assert schedule.kind == ScheduleKind.SCHEDULED, (text, schedule)
    return [
        (f"{occ.start:%d.%m.%Y}" if occ.start else None, f"{occ.due:%d.%m.%Y}")
        for occ in schedule.occurrences
    ]


# Every deadline text of ../shared/seeds, with the period of its document.
SEEDS: list[tuple[str, Period, list[tuple[str | None, str]]]] = [
    # roadmap-school12-2023-2024 (an academic year)
    ("Август – сентябрь 2023г.", ACADEMIC, [("01.08.2023", "30.09.2023")]),
    ("В течение всего периода реализации ЦМН", ACADEMIC, [("01.09.2023", "31.08.2024")]),
    ("Сентябрь 2023г.", ACADEMIC, [("01.09.2023", "30.09.2023")]),
    ("Октябрь 2023г.", ACADEMIC, [("01.10.2023", "31.10.2023")]),
    ("В течение всего периода", ACADEMIC, [("01.09.2023", "31.08.2024")]),
    ("1 раз в год", ACADEMIC, [("01.09.2023", "31.08.2024")]),
    ("июнь 2024г.", ACADEMIC, [("01.06.2024", "30.06.2024")]),
    # roadmap-timashevsk-2022-2024 (calendar years 2022–2024)
    (
        "до 15.03.2022, далее ежегодно",
        TIMASHEVSK,
        [(None, "15.03.2022"), (None, "15.03.2023"), (None, "15.03.2024")],
    ),
    (
        "в течение года",
        TIMASHEVSK,
        [
            ("01.01.2022", "31.12.2022"),
            ("01.01.2023", "31.12.2023"),
            ("01.01.2024", "31.12.2024"),
        ],
    ),
    ("31 декабря 2022", TIMASHEVSK, [(None, "31.12.2022")]),
    (
        "31 декабря 2022 далее до 2025 г. ежегодно",
        TIMASHEVSK,
        [(None, "31.12.2022"), (None, "31.12.2023"), (None, "31.12.2024")],
    ),
    (
        "ежегодно",
        TIMASHEVSK,
        [
            ("01.01.2022", "31.12.2022"),
            ("01.01.2023", "31.12.2023"),
            ("01.01.2024", "31.12.2024"),
        ],
    ),
    # order-ivanteevka-2021: the column mixes deadlines with who meets them
    (
        "До 15.09.2021г./ МУ «РЦ УО» До 1.10.2021г./ ОО",
        IVANTEEVKA,
        [(None, "15.09.2021"), (None, "01.10.2021")],
    ),
    ("До 15.10.2021г./ОО", IVANTEEVKA, [(None, "15.10.2021")]),
    (
        "До 20.10.2021г./ОО До 1.11.2021г./МУ «РЦ УО»",
        IVANTEEVKA,
        [(None, "20.10.2021"), (None, "01.11.2021")],
    ),
    ("До 30.12.2021г. ОО", IVANTEEVKA, [(None, "30.12.2021")]),
    ("До 1.05.2022г./ МУ «РЦ УО»", IVANTEEVKA, [(None, "01.05.2022")]),
    ("в срок до 1.10.2021г.", IVANTEEVKA, [(None, "01.10.2021")]),
]

UNSCHEDULED = [
    ("По отдельному графику", "По отдельному графику"),
    ("По плану ИРО ежегодно", "По плану ИРО ежегодно"),
    ("В течение года в соответствии с планом ГБОУ ИРО", "в соответствии с планом ГБОУ ИРО"),
    ("в соответствии с планом ГБОУ ИРО", "в соответствии с планом ГБОУ ИРО"),
]


@pytest.mark.parametrize(("text", "period", "expected"), SEEDS, ids=[s[0] for s in SEEDS])
def test_seed_deadlines(text: str, period: Period, expected: list[tuple[str | None, str]]) -> None:
    assert windows(text, period) == expected


@pytest.mark.parametrize(("text", "reason"), UNSCHEDULED)
def test_seed_deadlines_set_by_someone_else(text: str, reason: str) -> None:
    schedule = read_deadline(text, TIMASHEVSK)
    assert schedule.kind == ScheduleKind.UNSCHEDULED
    assert schedule.reason == reason
    assert schedule.occurrences == ()


def test_mixed_column_keeps_who_meets_each_step() -> None:
    schedule = read_deadline("До 15.09.2021г./ МУ «РЦ УО» До 1.10.2021г./ ОО", IVANTEEVKA)
    assert [occ.note for occ in schedule.occurrences] == ["МУ «РЦ УО»", "ОО"]


# The other forms of domain.md, and combinations no seed shows.
FORMS: list[tuple[str, Period, list[tuple[str | None, str]]]] = [
    ("До 1.10.2021г.", IVANTEEVKA, [(None, "01.10.2021")]),
    ("Сентябрь 2023 года", ACADEMIC, [("01.09.2023", "30.09.2023")]),
    ("Ноябрь 2022 года – март 2023 года", TIMASHEVSK, [("01.11.2022", "31.03.2023")]),
    ("ноябрь—март", ACADEMIC, [("01.11.2023", "31.03.2024")]),
    ("IV квартал 2023", TIMASHEVSK, [("01.10.2023", "31.12.2023")]),
    ("в IV квартале 2023 г.", TIMASHEVSK, [("01.10.2023", "31.12.2023")]),
    ("4 кв. 2023 г.", TIMASHEVSK, [("01.10.2023", "31.12.2023")]),
    ("1-2 кварталы 2024 г.", TIMASHEVSK, [("01.01.2024", "30.06.2024")]),
    ("III–IV квартал 2022 года", TIMASHEVSK, [("01.07.2022", "31.12.2022")]),
    ("I полугодие 2024 года", TIMASHEVSK, [("01.01.2024", "30.06.2024")]),
    ("второе полугодие 2023 г.", TIMASHEVSK, [("01.07.2023", "31.12.2023")]),
    ("I полугодие", ACADEMIC, [("01.09.2023", "31.12.2023")]),
    ("II четверть", ACADEMIC, [("01.11.2023", "31.12.2023")]),
    (
        "в течение 2022, 2023 гг.",
        TIMASHEVSK,
        [("01.01.2022", "31.12.2022"), ("01.01.2023", "31.12.2023")],
    ),
    ("в течение 2023-2024 учебного года", ACADEMIC, [("01.09.2023", "31.08.2024")]),
    ("постоянно", ACADEMIC, [("01.09.2023", "31.08.2024")]),
    ("в течение года", ACADEMIC, [("01.09.2023", "31.08.2024")]),
    (
        "Март 2023 г., Декабрь 2023 г.",
        TIMASHEVSK,
        [("01.03.2023", "31.03.2023"), ("01.12.2023", "31.12.2023")],
    ),
    # A month without a year takes it from the phrase before, a year on where it comes after it.
    (
        "Сентябрь 2023, январь",
        ACADEMIC,
        [("01.09.2023", "30.09.2023"), ("01.01.2024", "31.01.2024")],
    ),
    (
        "октябрь, ноябрь 2023",
        ACADEMIC,
        [("01.10.2023", "31.10.2023"), ("01.11.2023", "30.11.2023")],
    ),
    # No year at all: inside the period.
    ("май", ACADEMIC, [("01.05.2024", "31.05.2024")]),
    ("до 1 октября", ACADEMIC, [(None, "01.10.2023")]),
    ("до 15.03", ACADEMIC, [(None, "15.03.2024")]),
    ("с сентября по май", ACADEMIC, [("01.09.2023", "31.05.2024")]),
    ("с 01.09.2023 по 31.05.2024", ACADEMIC, [("01.09.2023", "31.05.2024")]),
    ("10–15 сентября 2023", ACADEMIC, [("10.09.2023", "15.09.2023")]),
    ("до конца 2023 года", TIMASHEVSK, [(None, "31.12.2023")]),
    ("до 15.03.22", TIMASHEVSK, [(None, "15.03.2022")]),
    (
        "ежеквартально до 5 числа",
        ACADEMIC,
        [
            ("01.10.2023", "05.10.2023"),
            ("01.01.2024", "05.01.2024"),
            ("01.04.2024", "05.04.2024"),
            ("01.07.2024", "05.07.2024"),
        ],
    ),
    (
        "не позднее 10 числа месяца, следующего за отчётным кварталом",
        ACADEMIC,
        [
            ("01.10.2023", "10.10.2023"),
            ("01.01.2024", "10.01.2024"),
            ("01.04.2024", "10.04.2024"),
            ("01.07.2024", "10.07.2024"),
        ],
    ),
    (
        "2 раза в год",
        ACADEMIC,
        [("01.09.2023", "31.12.2023"), ("01.01.2024", "31.05.2024")],
    ),
    (
        "ежегодно до 1 сентября",
        TIMASHEVSK,
        [(None, "01.09.2022"), (None, "01.09.2023"), (None, "01.09.2024")],
    ),
]


# Phrasings a curator wrote when trying the tool, each read as she expected.
FORMS += [
    ("15 сент. 2023", ACADEMIC, [(None, "15.09.2023")]),
    ("до 15 окт. 2023 г.", ACADEMIC, [(None, "15.10.2023")]),
    ("I и III четверть", ACADEMIC, [("01.09.2023", "31.10.2023"), ("01.01.2024", "31.03.2024")]),
    ("1, 2 полугодие", ACADEMIC, [("01.09.2023", "31.12.2023"), ("01.01.2024", "31.05.2024")]),
    ("2023-2024", ACADEMIC, [("01.09.2023", "31.08.2024")]),
    ("2022-2023 гг.", TIMASHEVSK, [("01.01.2022", "31.12.2023")]),
    (
        "ежеквартально",
        ACADEMIC,
        [
            ("01.09.2023", "30.11.2023"),
            ("01.12.2023", "29.02.2024"),
            ("01.03.2024", "31.05.2024"),
            ("01.06.2024", "31.08.2024"),
        ],
    ),
    ("2024-05-25", ACADEMIC, [(None, "25.05.2024")]),
    ("до 25/05/2024", ACADEMIC, [(None, "25.05.2024")]),
    ("09.2023", ACADEMIC, [("01.09.2023", "30.09.2023")]),
    ("2-я неделя сентября", ACADEMIC, [("08.09.2023", "14.09.2023")]),
    ("последняя неделя мая", ACADEMIC, [("25.05.2024", "31.05.2024")]),
    ("в конце мая", ACADEMIC, [(None, "31.05.2024")]),
    ("в конце учебного года", ACADEMIC, [(None, "31.08.2024")]),
    (
        "по итогам каждой четверти",
        ACADEMIC,
        [(None, "31.10.2023"), (None, "31.12.2023"), (None, "31.03.2024"), (None, "31.05.2024")],
    ),
    ("в течении года", ACADEMIC, [("01.09.2023", "31.08.2024")]),
    ("в теч. уч. года", ACADEMIC, [("01.09.2023", "31.08.2024")]),
    ("с 1 по 15 сентября", ACADEMIC, [("01.09.2023", "15.09.2023")]),
    ("раз в полгода", ACADEMIC, [("01.09.2023", "31.12.2023"), ("01.01.2024", "31.05.2024")]),
    (
        "ежемесячно (до 25 числа)",
        Period.parse("2024-01-01..2024-02-29"),
        [("01.01.2024", "25.01.2024"), ("01.02.2024", "25.02.2024")],
    ),
    (
        "до 20 числа ежемесячно",
        Period.parse("2024-01-01..2024-02-29"),
        [("01.01.2024", "20.01.2024"), ("01.02.2024", "20.02.2024")],
    ),
    ("сентябрь – май", TIMASHEVSK, [("01.09.2022", "31.05.2023"), ("01.09.2023", "31.05.2024")]),
]


# Found in review: ranges with the year on their first end, bounds, recurrences in a window.
FORMS += [
    ("ноябрь 2023 - январь", ACADEMIC, [("01.11.2023", "31.01.2024")]),
    (
        "ежегодно до 2024 года",
        Period.parse("2022-2025"),
        [("01.01.2022", "31.12.2022"), ("01.01.2023", "31.12.2023"), ("01.01.2024", "31.12.2024")],
    ),
    (
        "в 2023 году ежеквартально",
        Period.parse("2022-2025"),
        [
            ("01.01.2023", "31.03.2023"),
            ("01.04.2023", "30.06.2023"),
            ("01.07.2023", "30.09.2023"),
            ("01.10.2023", "31.12.2023"),
        ],
    ),
    (
        "сентябрь 2023, далее раз в четверть",
        ACADEMIC,
        [
            ("01.09.2023", "30.09.2023"),
            ("01.11.2023", "31.12.2023"),
            ("01.01.2024", "31.03.2024"),
            ("01.04.2024", "31.05.2024"),
        ],
    ),
    (
        "в конце учебного года",
        TIMASHEVSK,
        [(None, "31.08.2022"), (None, "31.08.2023"), (None, "31.08.2024")],
    ),
    # A school year that ends with the lessons is still a school year.
    ("в течение года", Period.parse("2023-09-01..2024-05-31"), [("01.09.2023", "31.05.2024")]),
    ("I полугодие", Period.parse("2023-09-01..2024-05-31"), [("01.09.2023", "31.12.2023")]),
    # Nothing of it in a short period: the nearest, which the check reports as outside.
    ("октябрь", Period.parse("2023-01-01..2023-01-10"), [("01.10.2022", "31.10.2022")]),
]


@pytest.mark.parametrize("text", ["ежегодно ежемесячно", "до 5 числа еженедельно", "x" * 400])
def test_contradictions_and_very_long_text_are_not_understood(text: str) -> None:
    assert read_deadline(text, ACADEMIC).kind == ScheduleKind.NOT_UNDERSTOOD


def test_a_recurrence_within_a_span_counts_each_unit_once() -> None:
    assert len(read_deadline("ежемесячно в течение года", ACADEMIC).occurrences) == 12


def test_a_day_no_calendar_has_is_named() -> None:
    schedule = read_deadline("до 31.09.2023", ACADEMIC)
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD
    assert schedule.reason == "такой даты нет: 31.09.2023 — в сентябре нет 31-го числа"


@pytest.mark.parametrize(("text", "period", "expected"), FORMS, ids=[f[0] for f in FORMS])
def test_forms(text: str, period: Period, expected: list[tuple[str | None, str]]) -> None:
    assert windows(text, period) == expected


def test_monthly_recurrence_covers_every_month_of_the_period() -> None:
    schedule = read_deadline("ежемесячно", ACADEMIC)
    assert len(schedule.occurrences) == 12
    assert schedule.occurrences[0].start == d("01.09.2023")
    assert schedule.occurrences[-1].due == d("31.08.2024")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("в течение месяца", "в течение месяца"),
        ("3 раза в год", "3 раза в год"),
        ("до 31.02.2023", "до 31.02.2023"),
        ("Сентябрь 2023г., после педсовета", "после педсовета"),
        ("ЦМН", "ЦМН"),
        ("с 31.05.2024 по 01.09.2023", "с 31.05.2024 по 01.09.2023"),
        ("", ""),
    ],
)
def test_not_understood_quotes_the_part(text: str, part: str) -> None:
    schedule = read_deadline(text, ACADEMIC)
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD
    assert schedule.unparsed == part
    assert schedule.occurrences == ()


def test_a_date_before_a_marker_keeps_the_date() -> None:
    schedule = read_deadline("до 01.10.2023 в соответствии с приказом", ACADEMIC)
    assert schedule.kind == ScheduleKind.SCHEDULED
    assert [occ.due for occ in schedule.occurrences] == [d("01.10.2023")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-2024", (date(2023, 9, 1), date(2024, 8, 31))),
        ("2022-2024", (date(2022, 1, 1), date(2024, 12, 31))),
        ("2023", (date(2023, 1, 1), date(2023, 12, 31))),
        ("2022-01-01..2024-06-30", (date(2022, 1, 1), date(2024, 6, 30))),
    ],
)
def test_period_parse(text: str, expected: tuple[date, date]) -> None:
    period = Period.parse(text)
    assert (period.start, period.end) == expected


@pytest.mark.parametrize("text", ["2024-2023", "учебный год", "2022-13-01..2023-01-01"])
def test_period_parse_refuses(text: str) -> None:
    with pytest.raises(ValueError, match="«"):
        Period.parse(text)


# -- invariants ------------------------------------------------------------------------------

_VOCABULARY = [
    "до",
    "с",
    "по",
    "в течение",
    "года",
    "всего периода",
    "далее",
    "ежегодно",
    "ежеквартально",
    "ежемесячно",
    "до 5 числа",
    "1 раз в год",
    "сентябрь",
    "Октября",
    "мае",
    "IV квартал",
    "1-2 кварталы",
    "I полугодие",
    "2023",
    "2024 г.",
    "2022, 2023 гг.",
    "15.03.2024",
    "31 декабря",
    "–",
    "—",
    "-",
    ",",
    "/",
    "по отдельному графику",
    "ОО",
    "постоянно",
]
_PERIODS = st.sampled_from(
    [ACADEMIC, TIMASHEVSK, IVANTEEVKA, Period.parse("2024-01-01..2024-03-31")]
)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60), _PERIODS)
def test_reading_never_raises_on_any_string(text: str, period: Period) -> None:
    schedule = read_deadline(text, period)
    assert schedule.kind in set(ScheduleKind)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_VOCABULARY), max_size=6).map(" ".join), _PERIODS)
def test_occurrences_are_ordered_and_well_formed(text: str, period: Period) -> None:
    schedule = read_deadline(text, period)
    dues = [(occ.due, occ.start or date.min) for occ in schedule.occurrences]
    assert dues == sorted(dues)
    for occ in schedule.occurrences:
        assert occ.start is None or occ.start <= occ.due
    if schedule.kind != ScheduleKind.SCHEDULED:
        assert schedule.occurrences == ()
    else:
        assert schedule.occurrences


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["ежегодно", "ежеквартально", "ежемесячно", "1 раз в год", "в течение года"]),
    st.sampled_from(["", " до 5 числа", " до 28 числа"]),
    _PERIODS,
)
def test_recurrences_stay_inside_the_period(word: str, day: str, period: Period) -> None:
    schedule = read_deadline(word + day, period)
    for occ in schedule.occurrences:
        assert occ.due in period
        assert occ.start is None or occ.start in period


def _variant(text: str, upper: bool, dash: str, space: str) -> str:
    text = re.sub(r"\s*[-–—]\s*", dash, text)
    text = text.replace(" ", space)
    return text.upper() if upper else text


@settings(max_examples=300, deadline=None)
@given(
    # A hyphen inside a word («2-я») or a date (2024-05-25) is spelling, not a dash between
    # phrases: left out.
    st.sampled_from(
        [t for t, _, _ in SEEDS + FORMS if not re.search(r"\d-[а-я]|\d{4}-\d\d-\d\d", t)]
        + [u[0] for u in UNSCHEDULED]
    ),
    st.booleans(),
    st.sampled_from(["-", "–", "—", " – ", " - ", "\u2011"]),
    st.sampled_from([" ", "  ", "\u00a0"]),
)
def test_case_dashes_and_spaces_do_not_change_the_reading(
    text: str, upper: bool, dash: str, space: str
) -> None:
    for period in (ACADEMIC, TIMASHEVSK):
        plain = read_deadline(text, period)
        other = read_deadline(_variant(text, upper, dash, space), period)
        assert other.kind == plain.kind
        assert other.occurrences == plain.occurrences


# -- mentorkit deadline ----------------------------------------------------------------------


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code, out, _ = run(capsys, *args)
    return code, out


def test_deadline_command_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(
        capsys,
        "deadline",
        "до 15.03.2022, далее ежегодно",
        "--period",
        "2022-2024",
        "--format",
        "json",
    )
    assert code == 0
    assert json.loads(out) == {
        "text": "до 15.03.2022, далее ежегодно",
        "kind": "scheduled",
        "occurrences": [
            {"start": None, "due": "2022-03-15"},
            {"start": None, "due": "2023-03-15"},
            {"start": None, "due": "2024-03-15"},
        ],
        "reason": None,
        "ignored": [],
        "calendar": [],
        "period": {"start": "2022-01-01", "end": "2024-12-31"},
        "outside_period": [],
        "calendar_file": None,
    }


def test_deadline_command_json_unscheduled(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(
        capsys, "deadline", "По отдельному графику", "--period", "2023-2024", "--format=json"
    )
    assert code == 0
    data = json.loads(out)
    assert (data["kind"], data["occurrences"], data["reason"]) == (
        "unscheduled",
        [],
        "По отдельному графику",
    )


def test_deadline_command_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(
        capsys, "deadline", "Август – сентябрь 2023г.", "--period", "2022-01-01..2024-12-31"
    )
    assert code == 0
    assert "01.08.2023" in out and "30.09.2023" in out


def test_deadline_command_not_understood(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(capsys, "deadline", "в течение месяца", "--period", "2023-2024")
    assert code == 1
    assert "Не понят" in out and "в течение месяца" in out


def test_deadline_command_period_defaults_to_the_academic_year_of_today(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out = _run(capsys, "deadline", "май", "--today", "2024-01-20", "--format", "json")
    assert code == 0
    assert json.loads(out)["occurrences"] == [{"start": "2024-05-01", "due": "2024-05-31"}]


def test_deadline_command_bad_period(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["deadline", "май", "--period", "весна"])
    assert exit_info.value.code == 2
    assert "--period" in capsys.readouterr().err


def test_the_last_week_of_the_calendar_is_a_week_of_the_period() -> None:
    # Monday 27.12.9999 begins a week cut by the end of the calendar; it was dropped.
    weeks = Period(date(9999, 12, 20), date.max).weeks()
    assert weeks[-1] == (date(9999, 12, 27), date(9999, 12, 31))
