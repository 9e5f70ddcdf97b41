"""A deadline over long before the roadmap's period begins is a slip of the year: «не понят»,
with the reason, not a date read as written and left «overdue» for years
(mentorkit.deadlines.early)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from mentorkit.deadlines import Period, ScheduleKind, read_deadline
from mentorkit.deadlines.early import earliest_due
from tests.conftest import run
from tests.deadline_corpus import shown

Y2223 = Period.parse("2022-2023")
Y2025 = Period.parse("2025")


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("21.03.2022", Y2223),  # among the dates of a 2022-2023 plan
        ("2020", Y2223),
        ("2020/2021", Y2223),
        ("31.05.2022", Y2223),  # the last day of the school year before
        ("до 15 мая 2022 года", Y2223),
        ("26 июня 2010 г.", Period.parse("2021")),
        ("сентябрь 2024", Y2025),
        ("до 30.09.2024", Y2025),
        ("2018-2020 годы", Period.parse("2022-2024")),
    ],
)
def test_a_deadline_over_months_before_the_period_is_not_understood(
    text: str, period: Period
) -> None:
    schedule = read_deadline(text, period)
    assert schedule.kind == ScheduleKind.NOT_UNDERSTOOD
    assert schedule.reason is not None
    assert "до начала периода" in schedule.reason
    assert f"{period.start:%d.%m.%Y}" in schedule.reason
    assert "проверьте год" in schedule.reason


@pytest.mark.parametrize(
    ("text", "period", "expected"),
    [
        # The summer before a school year is its preparation.
        ("с 01 по 04 июля 2025 г.", Period.parse("2025-2026"), "01.07.2025–04.07.2025"),
        ("01.06.2022", Y2223, "до 01.06.2022"),
        ("август 2022", Y2223, "01.08.2022–31.08.2022"),
        # The last quarter before a calendar year.
        ("Декабрь 2024", Y2025, "01.12.2024–31.12.2024"),
        ("до 01.10.2024", Y2025, "до 01.10.2024"),
        # A window that ends inside the period, however early it begins.
        ("2019-2022 годы", Period.parse("2022-2024"), "01.01.2019–31.12.2022"),
        ("с 01.03.2022 по 30.09.2022", Y2223, "01.03.2022–30.09.2022"),
        # After the period: read, and the check warns (MK702).
        ("2030", Y2025, "01.01.2030–31.12.2030"),
    ],
)
def test_a_deadline_near_or_after_the_period_is_read_as_written(
    text: str, period: Period, expected: str
) -> None:
    assert shown(read_deadline(text, period)) == expected


def test_yearless_text_is_placed_in_the_period_and_never_refused() -> None:
    assert shown(read_deadline("21.03", Y2223)) == "до 21.03.2023"


def test_the_first_day_a_plan_may_be_due_is_three_months_before_it() -> None:
    assert earliest_due(Y2223) == date(2022, 6, 1)
    assert earliest_due(Y2025) == date(2024, 10, 1)
    assert earliest_due(Period(date(1, 2, 1), date(1, 12, 31))) == date.min
    assert earliest_due(Period(date(2, 2, 1), date(2, 12, 31))) == date(1, 11, 1)


def test_a_period_only_chosen_to_read_in_refuses_nothing_early() -> None:
    """`plan=False`: the period is not a plan's (`mentorkit deadline` without --period)."""
    schedule = read_deadline("IV квартал 2022", Period.parse("2026-2027"), plan=False)
    assert shown(schedule) == "01.10.2022–31.12.2022"
    assert read_deadline("IV квартал 2022", Period.parse("2026-2027")).too_early


def test_the_deadline_command_without_a_period_reads_an_old_date(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "deadline", "IV квартал 2022", "--today", "2026-12-02")
    assert code == 0
    assert "01.10.2022" in out and "31.12.2022" in out
    assert "Вне периода 01.09.2026–31.08.2027" in out


def test_the_deadline_command_with_a_period_says_why(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "deadline", "IV квартал 2022", "--period", "2023-2024")
    assert code == 1
    assert "срок кончается 31.12.2022, больше чем за 3 месяца до начала периода" in out
    assert "непонятна часть" not in out  # the text was understood; its year is the slip


def test_the_summer_before_the_period_is_said_outside_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "deadline", "август 2024", "--period", "2024-2025")
    assert code == 0
    assert "Вне периода 01.09.2024–31.08.2025: 1 срок (первый — до 31.08.2024)" in out


def _early_repository(base_repo: Path, done: bool) -> Path:
    roadmap = base_repo / "roadmaps/2023-2024.yaml"
    text = roadmap.read_text(encoding="utf-8")
    text = text.replace("deadline: Сентябрь 2023г.", "deadline: Сентябрь 2021г.")
    if not done:
        text = text.replace("        done: 2023-09-25\n", "")
    roadmap.write_text(text, encoding="utf-8")
    return base_repo


def test_check_refuses_an_early_deadline_of_an_item_not_done(
    base_repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = _early_repository(base_repo, done=False)
    code, out, err = run(capsys, "check", str(repo), "--today", "2024-01-20")
    said = out + err
    assert code == 1
    line = next(line for line in said.splitlines() if "MK701" in line)
    assert "roadmaps/2023-2024.yaml:13:" in line
    assert "срок «Сентябрь 2021г.» не понят: срок кончается 30.09.2021" in line
    assert "проверьте год" in line
    assert "понятные формы" not in line  # the form is understood


def test_check_only_warns_of_an_early_deadline_of_an_item_done(
    base_repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = _early_repository(base_repo, done=True)
    code, out, err = run(capsys, "check", str(repo), "--today", "2024-01-20")
    said = out + err
    assert code == 0
    line = next(line for line in said.splitlines() if "MK702" in line)
    assert "roadmaps/2023-2024.yaml:13:" in line
    assert "«Сентябрь 2021г.» — срок кончается 30.09.2021" in line
    assert "MK701" not in said


@pytest.mark.parametrize("done", [True, False])
def test_status_counts_an_item_done_and_names_one_not_done(
    base_repo: Path, capsys: pytest.CaptureFixture[str], done: bool
) -> None:
    repo = _early_repository(base_repo, done=done)
    code, out, _ = run(capsys, "status", str(repo), "--today", "2024-01-20", "--format", "json")
    data = json.loads(out)
    roadmap = data["organizations"][0]["roadmaps"][0]
    item = next(i for i in roadmap["items"] if i["title"] == "Формирование наставнических пар")
    assert item["state"] == ("done" if done else "not_understood")
    assert roadmap["totals"]["done"] == (3 if done else 2)
    assert code == 0


def test_the_json_of_an_early_deadline_says_how_it_reads_as_written(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(
        capsys, "deadline", "IV квартал 2022", "--period", "2023-2024", "--format", "json"
    )
    data = json.loads(out)
    assert code == 1
    assert data["kind"] == "not_understood"
    assert data["as_written"] == [{"start": "2022-10-01", "due": "2022-12-31"}]
