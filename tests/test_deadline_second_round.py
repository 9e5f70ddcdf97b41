"""The deadline reader's second round: no silent misreads, the forms added, the school calendar,
`mentorkit deadline` and `check` around them, and the invariants that keep the reader honest."""

from __future__ import annotations

import json
import re
import shutil
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mentorkit.check import check
from mentorkit.deadlines import (
    Calendar,
    Period,
    Schedule,
    ScheduleKind,
    SchoolYear,
    Span,
    read_deadline,
)
from mentorkit.deadlines.parser import parse
from mentorkit.deadlines.tokens import tokenize
from mentorkit.deadlines.vocabulary import Unit, lookup
from tests.conftest import BASE, run
from tests.deadline_corpus import cases, shown

Y2425 = Period.parse("2024-2025")
Y2324 = Period.parse("2023-2024")


def reading(text: str, period: Period = Y2425, calendar: Calendar | None = None) -> str:
    return shown(read_deadline(text, period, calendar or Calendar()))


# -- silent misreads of the first round -------------------------------------------------------

MISREADS = [
    ("Сентябрь – ноябрь, 2024г.", "01.09.2024–30.11.2024"),
    ("Март, 2025 г.", "01.03.2025–31.03.2025"),
    ("Май – 2025 г.", "01.05.2025–31.05.2025"),
    (
        "Сентябрь – ноябрь, 2024г. Сентябрь – ноябрь, 2025г.",
        "01.09.2024–30.11.2024; 01.09.2025–30.11.2025",
    ),
    ("март, август 2025 г.", "01.03.2025–31.03.2025; 01.08.2025–31.08.2025"),
    ("СЕНТЯБРЬ 2024 ПОСЛЕДНЯЯ НЕДЕЛЯ МАЯ", "01.09.2024–30.09.2024; 25.05.2025–31.05.2025"),
]


@pytest.mark.parametrize(("text", "expected"), MISREADS)
def test_a_year_belongs_to_the_yearless_phrase_before_it(text: str, expected: str) -> None:
    assert reading(text) == expected


def test_several_years_after_a_yearless_month_are_not_given_to_it() -> None:
    # «март, 2024, 2025 гг.»: March of which year is not said; never one of them silently.
    def given_to_march(schedule: Schedule) -> bool:
        return "01.03.2024–31.03.2024" in shown(schedule).split("; ")[:1] and (
            schedule.kind == ScheduleKind.SCHEDULED
        )

    assert not given_to_march(read_deadline("март, 2024, 2025 гг.", Period.parse("2024-2025")))
    # Positive control: the same test holds for March with its year said.
    assert given_to_march(read_deadline("март 2024 г.", Period.parse("2023-2024")))


def test_a_recurrence_is_bounded_by_the_years_after_it() -> None:
    period = Period.parse("2025-01-01..2026-12-31")
    assert reading("1 раз в полугодие до 20 числа в течение 2025, 2026 гг.", period) == (
        "01.01.2025–20.01.2025; 01.07.2025–20.07.2025; 01.01.2026–20.01.2026; 01.07.2026–20.07.2026"
    )
    # Only the years it names, even when the period is longer.
    longer = Period.parse("2024-01-01..2027-12-31")
    assert reading("ежеквартально до 5 числа в течение 2025 г.", longer) == (
        "01.01.2025–05.01.2025; 01.04.2025–05.04.2025; 01.07.2025–05.07.2025; 01.10.2025–05.10.2025"
    )


NOISE = [
    ("1 сентября 2024 года*", "до 01.09.2024", ["*"]),
    ("1 сентября 2024 года¹", "до 01.09.2024", ["¹"]),
    # The date's own weekday (15.05.2025 is a Thursday, 01.09.2024 a Sunday); another one is a
    # mistake in the text (tests/test_deadline_blind.py).
    ("15.05. (чт)", "до 15.05.2025", ["(чт)"]),
    ("1 сентября (вс.)", "до 01.09.2024", ["(вс.)"]),
    ("мaрта 2025", "01.03.2025–31.03.2025", ["мaрта"]),
    ("Mай 2025", "01.05.2025–31.05.2025", ["Mай"]),
    ("до 1 декабря 2024,, далее ежегодно", "до 01.12.2024", [",,"]),
]


@pytest.mark.parametrize(("text", "expected", "ignored"), NOISE)
def test_noise_marks_are_read_past_and_named(text: str, expected: str, ignored: list[str]) -> None:
    schedule = read_deadline(text, Y2425)
    assert shown(schedule) == expected
    assert list(schedule.ignored) == ignored


def test_a_day_no_month_has_says_so() -> None:
    schedule = read_deadline("до 31.02.2025", Y2425)
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD
    assert schedule.reason == "такой даты нет: 31.02.2025 — в феврале нет 31-го числа"
    assert read_deadline("29.02.2025", Y2425).reason == (
        "такой даты нет: 29.02.2025 — 2025 год не високосный: в феврале 28 дней"
    )
    assert read_deadline("31 сентября", Y2425).kind == ScheduleKind.NOT_UNDERSTOOD


def test_a_number_the_reader_did_not_use_makes_the_text_not_understood() -> None:
    for text in ("сентябрь 2024 15", "до 15.03.2025 7", "3 раза в год", "ежемесячно 12"):
        assert read_deadline(text, Y2425).kind == ScheduleKind.NOT_UNDERSTOOD, text


def test_days_said_in_brackets_must_match_the_window() -> None:
    schedule = read_deadline("30.10.2023 - 05.11.2023 (9 дней)", Y2324)
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD
    assert schedule.reason == "в сроке сказано 9 дней, а с 30.10.2023 по 05.11.2023 — 7 дней"


def test_a_date_restated_in_brackets_must_be_the_same_day() -> None:
    assert reading("первую среду декабря (04.12.2024)") == "до 04.12.2024"
    schedule = read_deadline("первую среду декабря (05.12)", Y2425)
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD
    assert schedule.reason == "в скобках 05.12, а срок выпадает на 04.12.2024"
    assert reading("последний понедельник сентября") == "до 30.09.2024"
    # February 2025 has four Wednesdays, and none of them is «четвёртая»'s neighbour.
    assert reading("четвертая среда февраля") == "до 26.02.2025"


def test_check_says_why_a_deadline_is_not_understood(tmp_path: Path) -> None:
    found = [
        m for code, m in _codes(_repo(tmp_path, "", deadline="до 31.02.2024")) if code == "MK701"
    ]
    assert len(found) == 1
    assert "не понят: такой даты нет: 31.02.2024 — в феврале нет 31-го числа" in found[0]


# -- forms added ------------------------------------------------------------------------------

FORMS = [
    ("по итогам I полугодия", "до 31.12.2024"),
    ("по итогам первого полугодия 2025 года", "до 30.06.2025"),
    ("по итогам II полугодия", "до 31.05.2025"),
    (
        "до 15 числа месяца, следующего за отчётным кварталом",
        "01.10.2024–15.10.2024; 01.01.2025–15.01.2025; "
        "01.04.2025–15.04.2025; 01.07.2025–15.07.2025",
    ),
    ("в период осенних каникул", "28.10.2024–05.11.2024"),
    ("в зимние каникулы", "30.12.2024–08.01.2025"),
    (
        "в каникулы",
        "28.10.2024–05.11.2024; 30.12.2024–08.01.2025; "
        "24.03.2025–31.03.2025; 01.06.2025–31.08.2025",
    ),
    (
        "в каникулярное время",
        "28.10.2024–05.11.2024; 30.12.2024–08.01.2025; "
        "24.03.2025–31.03.2025; 01.06.2025–31.08.2025",
    ),
    ("по итогам триместра", "до 30.11.2024; до 28.02.2025; до 31.05.2025"),
    ("II триместр", "01.12.2024–28.02.2025"),
]


@pytest.mark.parametrize(("text", "expected"), FORMS)
def test_new_forms_with_the_default_calendar(text: str, expected: str) -> None:
    schedule = read_deadline(text, Y2425)
    assert shown(schedule) == expected


def test_the_reading_names_the_calendar_it_used() -> None:
    assert read_deadline("II четверть", Y2425).calendar == (("2024-2025", True),)
    assert read_deadline("сентябрь 2024", Y2425).calendar == ()


# -- the school's own calendar ----------------------------------------------------------------

QUARTERS = SchoolYear(
    2024,
    (
        Span("I четверть", date(2024, 9, 2), date(2024, 10, 25)),
        Span("II четверть", date(2024, 11, 5), date(2024, 12, 28)),
        Span("III четверть", date(2025, 1, 9), date(2025, 3, 21)),
        Span("IV четверть", date(2025, 3, 31), date(2025, 5, 26)),
    ),
    (
        Span("осенние каникулы", date(2024, 10, 26), date(2024, 11, 4)),
        Span("Зимние каникулы", date(2024, 12, 29), date(2025, 1, 8)),
        Span("весенние каникулы", date(2025, 3, 22), date(2025, 3, 30)),
        Span("летние каникулы", date(2025, 5, 27), date(2025, 8, 31)),
    ),
    Unit.TERM,
)
TRIMESTERS = SchoolYear(
    2024,
    (
        Span("1 триместр", date(2024, 9, 2), date(2024, 11, 29)),
        Span("2 триместр", date(2024, 12, 2), date(2025, 2, 28)),
        Span("3 триместр", date(2025, 3, 3), date(2025, 5, 30)),
    ),
    (),
    Unit.TRIMESTER,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("II четверть", "05.11.2024–28.12.2024"),
        ("по итогам четверти", "до 25.10.2024; до 28.12.2024; до 21.03.2025; до 26.05.2025"),
        ("в конце учебного года", "до 26.05.2025"),
        ("в период осенних каникул", "26.10.2024–04.11.2024"),
        ("в зимние каникулы", "29.12.2024–08.01.2025"),
        ("I и III четверть", "02.09.2024–25.10.2024; 09.01.2025–21.03.2025"),
    ],
)
def test_the_school_calendar_places_terms_and_holidays(text: str, expected: str) -> None:
    schedule = read_deadline(text, Y2425, Calendar((QUARTERS,)))
    assert shown(schedule) == expected
    assert schedule.calendar == (("2024-2025", False),)


def test_trimesters_in_a_school_of_quarters_are_not_understood_and_say_why() -> None:
    schedule = read_deadline("II четверть", Y2425, Calendar((TRIMESTERS,)))
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD
    assert schedule.reason is not None and "триместры" in schedule.reason
    assert "четверти" in schedule.reason
    assert shown(read_deadline("по итогам триместра", Y2425, Calendar((TRIMESTERS,)))) == (
        "до 29.11.2024; до 28.02.2025; до 30.05.2025"
    )


def test_terms_of_another_kind_are_not_read_as_the_default_quarters() -> None:
    semesters = SchoolYear(
        2024,
        (
            Span("1 полугодие", date(2024, 9, 2), date(2024, 12, 27)),
            Span("2 полугодие", date(2025, 1, 9), date(2025, 5, 26)),
        ),
        (),
        None,
    )
    schedule = read_deadline("II четверть", Y2425, Calendar((semesters,)))
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD
    assert schedule.reason is not None and "другие части" in schedule.reason


def test_holidays_a_calendar_does_not_have_are_not_understood() -> None:
    schedule = read_deadline("в зимние каникулы", Y2425, Calendar((TRIMESTERS,)))
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD


CALENDAR_YAML = """
calendar:
  2024-2025:
    terms:
      - {name: I четверть, start: 2024-09-02, end: 2024-10-25}
      - {name: II четверть, start: 2024-11-05, end: 2024-12-28}
      - {name: III четверть, start: 2025-01-09, end: 2025-03-21}
      - {name: IV четверть, start: 2025-03-31, end: 2025-05-26}
    holidays:
      - {name: осенние каникулы, start: 2024-10-26, end: 2024-11-04}
      - {name: зимние каникулы, start: 2024-12-29, end: 2025-01-08}
      - {name: весенние каникулы, start: 2025-03-22, end: 2025-03-30}
"""


def _repo(tmp_path: Path, calendar: str, deadline: str = "май 2024 г.") -> Path:
    root = tmp_path / "repo"
    shutil.copytree(BASE, root)
    config = root / "mentorkit.yaml"
    config.write_text(config.read_text(encoding="utf-8") + calendar, encoding="utf-8")
    roadmap = root / "roadmaps" / "2023-2024.yaml"
    roadmap.write_text(
        roadmap.read_text(encoding="utf-8").replace("май 2024 г.", deadline), encoding="utf-8"
    )
    return root


def _codes(root: Path) -> list[tuple[str, str]]:
    result = check([root], date(2023, 9, 1))
    return [(p.code, p.message) for p in result.problems if p.code.startswith("MK7")]


def test_a_calendar_that_holds_together_is_not_reported(tmp_path: Path) -> None:
    codes = [code for code, _ in _codes(_repo(tmp_path, CALENDAR_YAML))]
    assert not {"MK713", "MK714", "MK715"} & set(codes)


def test_overlapping_terms_are_reported(tmp_path: Path) -> None:
    bad = CALENDAR_YAML.replace("start: 2024-11-05", "start: 2024-10-20")
    found = [m for code, m in _codes(_repo(tmp_path, bad)) if code == "MK713"]
    assert len(found) == 1
    assert "«II четверть» начинается 20.10.2024, а «I четверть» кончается 25.10.2024" in found[0]


def test_a_gap_no_holiday_covers_is_reported(tmp_path: Path) -> None:
    bad = CALENDAR_YAML.replace("end: 2024-11-04", "end: 2024-11-01")
    found = [m for code, m in _codes(_repo(tmp_path, bad)) if code == "MK714"]
    assert len(found) == 1
    assert "день 04.11.2024 не входит" in found[0]  # Saturday 2 and Sunday 3 November are free


def test_a_term_outside_its_school_year_is_reported(tmp_path: Path) -> None:
    bad = CALENDAR_YAML.replace("end: 2025-05-26", "end: 2026-05-26")
    assert "MK715" in [code for code, _ in _codes(_repo(tmp_path, bad))]
    reversed_term = CALENDAR_YAML.replace("end: 2024-10-25", "end: 2024-08-25")
    assert "MK715" in [code for code, _ in _codes(_repo(tmp_path / "2", reversed_term))]


def test_a_bad_calendar_key_is_a_problem_of_the_config(tmp_path: Path) -> None:
    bad = CALENDAR_YAML.replace("2024-2025:", "2024-2026:")
    result = check([_repo(tmp_path, bad)], date(2023, 9, 1))
    messages = [p.message for p in result.problems if p.location.path == "mentorkit.yaml"]
    assert any("не учебный год" in m for m in messages), messages


def test_check_reads_deadlines_with_the_school_calendar_and_names_ignored_marks(
    tmp_path: Path,
) -> None:
    calendar = CALENDAR_YAML.replace("2024-2025", "2023-2024").replace("2024-", "2023-")
    calendar = calendar.replace("2025-", "2024-")
    root = _repo(tmp_path, calendar, deadline="II четверть*")
    result = check([root], date(2023, 12, 30))
    overdue = [p.message for p in result.problems if p.code == "MK704"]
    assert any("28.12.2023" in m for m in overdue), overdue
    noise = [p.message for p in result.problems if p.code == "MK712"]
    assert noise and "«*»" in noise[0]


# -- mentorkit deadline -----------------------------------------------------------------------


def test_deadline_names_the_default_calendar(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "deadline", "II четверть", "--period", "2024-2025")
    assert code == 0
    assert "Календарь по умолчанию (2024-2025)" in out
    code, out, _ = run(
        capsys, "deadline", "II четверть", "--period", "2024-2025", "--format", "json"
    )
    data = json.loads(out)
    assert data["calendar"] == [{"year": "2024-2025", "source": "default"}]
    assert data["calendar_file"] is None


def test_deadline_inside_a_repository_uses_its_calendar(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(_repo(tmp_path, CALENDAR_YAML))
    code, out, _ = run(capsys, "deadline", "II четверть", "--period", "2024-2025", "--format=json")
    assert code == 0
    data = json.loads(out)
    assert data["occurrences"] == [{"start": "2024-11-05", "due": "2024-12-28"}]
    assert data["calendar"] == [{"year": "2024-2025", "source": "mentorkit.yaml"}]
    assert data["calendar_file"].endswith("mentorkit.yaml")
    _, out, _ = run(capsys, "deadline", "II четверть", "--period", "2024-2025")
    assert "Календарь школы" in out


def test_deadline_says_which_dates_fall_outside_the_period(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "deadline", "сентябрь 2025", "--period", "2024-2025")
    assert code == 0
    assert "Вне периода 01.09.2024–31.08.2025: 1 срок (первый — до 30.09.2025)" in out
    code, out, _ = run(capsys, "deadline", "сентябрь 2024", "--period", "2024-2025")
    assert "Вне периода" not in out


def test_deadline_takes_the_period_as_people_write_dates(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(
        capsys, "deadline", "май", "--period", "01.09.2024..31.05.2025", "--format", "json"
    )
    assert code == 0
    assert json.loads(out)["period"] == {"start": "2024-09-01", "end": "2025-05-31"}
    code, _, err = run(capsys, "deadline", "май", "--period", "31.02.2024..31.05.2025")
    assert code == 2 and "такой даты нет" in err


def test_deadline_bounds_what_it_prints(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "deadline", "еженедельно", "--period", "2000-01-01..2999-12-31")
    assert code == 0
    assert re.search(r"Показаны первые 60 из 52179 сроков; с --format json — первые 5000", out)
    assert len(out.splitlines()) < 80
    code, out, _ = run(capsys, "deadline", "еженедельно", "--period", "2000-01-01..2009-12-31")
    assert re.search(r"Показаны первые 60 из 523 сроков; все — с --format json", out)


def test_deadline_json_bounds_what_it_lists_and_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "deadline", "еженедельно", "--period", "0001-01-01..9999-12-31", "--format", "json"
    )
    assert code == 0
    data = json.loads(out)
    assert len(data["occurrences"]) == 5000
    assert (data["total"], data["omitted"]) == (521723, 521723 - 5000)
    assert data["occurrences"][0] == {"start": "0001-01-01", "due": "0001-01-07"}
    assert "первые 5000 из 521723" in data["note"]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("ежегодно", "9999"),
        ("ежемесячно", "9998-9999"),
        ("еженедельно", "9999-12-01..9999-12-31"),
        ("ежегодно до 5 числа", "9000-01-01..9999-12-31"),
        ("до 15.03.9999, далее ежегодно", "9998-9999"),
        ("в течение года", "9998-9999"),
    ],
)
def test_recurrences_near_the_end_of_the_calendar_are_read(text: str, period: str) -> None:
    schedule = read_deadline(text, Period.parse(period))
    assert schedule.kind == ScheduleKind.SCHEDULED, schedule


# -- invariants -------------------------------------------------------------------------------

_MONTHS = ["январь", "февраля", "марте", "апрель", "мая", "июнь", "июля", "августе"]
_MONTHS += ["сентябрь", "октября", "ноябре", "декабрь"]
_GENITIVE = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа"]
_GENITIVE += ["сентября", "октября", "ноября", "декабря"]
_YEAR_FORMS = ["{}", "{} г.", "{}г.", "{} года", "{} год"]


@st.composite
def _dated_text(draw: st.DrawFn) -> tuple[str, set[int]]:
    """Groups of months in order, each group ending with its year: no recurrence, no range over
    a year boundary."""
    groups, years = [], set()
    for _ in range(draw(st.integers(1, 3))):
        year = draw(st.integers(2015, 2035))
        years.add(year)
        chosen = sorted(draw(st.sets(st.integers(0, 11), min_size=1, max_size=3)))
        kind = draw(st.sampled_from(["months", "days", "quarters", "date"]))
        if kind == "date":
            # A full date, then the rest of the group: «15.03.2024, июнь 2024 г.».
            month = chosen[0] + 1
            groups.append(f"{draw(st.integers(1, 28)):02d}.{month:02d}.{year}")
            continue
        if kind == "quarters":
            numerals = ["I", "II", "III", "IV"]
            quarters = sorted({m // 3 for m in chosen})
            words = [numerals[q] for q in quarters]
            groups.append(", ".join(words) + " квартал " + str(year))
            continue
        if kind == "days":
            months = [f"{draw(st.integers(1, 28))} {_GENITIVE[m]}" for m in chosen]
        else:
            months = [_MONTHS[m] for m in chosen]
        joiner = draw(st.sampled_from([", ", " – ", " и "])) if len(months) == 2 else ", "
        after = (
            draw(st.sampled_from([" ", ", ", " – "]))
            if joiner == " – " or len(months) == 1
            else " "
        )
        form = draw(st.sampled_from(_YEAR_FORMS)).format(year)
        groups.append(joiner.join(months) + after + form)
    return draw(st.sampled_from(["; ", ", ", " "])).join(groups), years


_PERIODS = st.sampled_from([Y2324, Y2425, Period.parse("2015-2035"), Period.parse("2020")])


@settings(max_examples=300, deadline=None)
@given(_dated_text(), _PERIODS)
def test_a_text_naming_years_stays_in_the_years_it_names(
    text_years: tuple[str, set[int]], period: Period
) -> None:
    text, years = text_years
    schedule = read_deadline(text, period)
    for occ in schedule.occurrences:
        assert occ.due.year in years, (text, shown(schedule))
        assert occ.start is None or occ.start.year in years, (text, shown(schedule))


_SCHEDULED = sorted(
    {c.text for c in cases() if c.expected not in ("без даты", "не понят")}
    | {t for t, _ in MISREADS}
)


def _day_of(written: str) -> date | None:
    """The day of «15.05.2024» or «15 мая 2024», if there is one."""
    if "." in written:
        day, month, year = (int(part) for part in written.split("."))
    else:
        day_text, word, year_text = written.split()
        entry = lookup(word)
        if entry is None or not isinstance(entry.value, int):
            return None
        day, month, year = int(day_text), entry.value, int(year_text)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _noisy(draw: st.DrawFn, text: str) -> str:
    """`text` with marks a person reads past: a footnote, a weekday in brackets after a date,
    a Latin look-alike letter in a Russian word, a doubled comma."""
    kind = draw(st.sampled_from(["footnote", "weekday", "latin", "comma"]))
    if kind == "footnote":
        return text + draw(st.sampled_from(["*", "¹", "**", "²"]))
    if kind == "weekday":
        match = re.search(r"\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2} [а-я]+ \d{4}", text)
        day = _day_of(match.group(0)) if match else None
        if match and day is not None:
            # The date's own weekday: another one is a mistake in the text, not noise.
            short = ("пн", "вт", "ср", "чт", "пт", "сб", "вс")[day.weekday()]
            full = ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота")
            name = full[day.weekday()] if day.weekday() < 6 else "воскресенье"
            mark = draw(st.sampled_from([f" ({short})", f" ({short}.)", f" ({name})"]))
            return text[: match.end()] + mark + text[match.end() :]
        return text + "*"
    if kind == "latin":
        swapped = re.sub(r"(?<=[а-яё])а|а(?=[а-яё])", "a", text, count=1)
        return swapped.replace("о", "o", 1) if swapped == text else swapped
    return text.replace(",", ",,", 1) if "," in text else text + "¹"


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_SCHEDULED), st.data())
def test_noise_marks_added_read_as_the_text_without_them(text: str, data: st.DataObject) -> None:
    noisy = _noisy(data.draw, text)
    for period in (Y2324, Y2425, Period.parse("2012-2026")):
        plain, other = read_deadline(text, period), read_deadline(noisy, period)
        assert (other.kind, other.occurrences) == (plain.kind, plain.occurrences), noisy


_WORDS = ["до", "с", "по", "в течение", "года", "далее", "ежегодно", "ежеквартально", "ежемесячно"]
_WORDS += ["числа", "раз в", "год", "сентябрь", "Октября", "мае", "квартал", "полугодие", "2023"]
_WORDS += ["2024 г.", "15.03.2024", "31 декабря", "5", "12", "3", "–", ",", "/", "и", "(7 дней)"]
_WORDS += ["IV", "II четверть", "каникулы", "15.05", "2022, 2023 гг.", "1-2", "неделя"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=7).map(" ".join), _PERIODS)
def test_a_text_read_as_scheduled_accounts_for_every_number(text: str, period: Period) -> None:
    schedule = read_deadline(text, period)
    if schedule.kind != ScheduleKind.SCHEDULED:
        return
    parsed = parse(tokenize(text), text)
    for number in re.finditer(r"\d+", text):
        assert any(s <= number.start() and number.end() <= e for s, e in parsed.used), (
            text,
            number.group(0),
        )


def test_the_number_property_can_fail() -> None:
    # A positive control for the property above: an unused number is outside every used span.
    parsed = parse(tokenize("сентябрь 2024"), "сентябрь 2024")
    assert parsed.used == ((9, 13),)
    assert not any(s <= 0 and e >= 4 for s, e in parsed.used)
