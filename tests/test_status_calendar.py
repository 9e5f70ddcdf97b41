"""`status` reads deadlines with the school's own calendar, as `check` does: the two never
disagree about whether an item is overdue."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import DATA, overlay, run

CALENDAR_CASE = DATA / "valid" / "calendar-of-the-school"
ROADMAP = """\
title: Дорожная карта на 2023–2024 учебный год
period: 2023-2024
sections:
  - title: Итоги
    items:
      - title: Отчёт наставников за II четверть
        deadline: по итогам II четверти
        responsible: Кураторова Е.П.
"""


@pytest.mark.parametrize(("with_calendar", "state"), [(True, "overdue"), (False, "due_soon")])
def test_status_uses_the_school_calendar(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], with_calendar: bool, state: str
) -> None:
    repo = overlay(CALENDAR_CASE, tmp_path / "repo")
    if not with_calendar:
        shutil.copyfile(DATA / "base" / "mentorkit.yaml", repo / "mentorkit.yaml")
    for old in (repo / "roadmaps").glob("*.yaml"):
        old.unlink()
    (repo / "roadmaps" / "2023-2024.yaml").write_text(ROADMAP, encoding="utf-8")
    # II четверть ends on 29.12.2023 in this school's calendar, on 31.12 in the common one.
    _, out, _ = run(capsys, "status", str(repo), "--today", "2023-12-30", "--format", "json")
    items = [
        item
        for organization in json.loads(out)["organizations"]
        for roadmap in organization["roadmaps"]
        for item in roadmap["items"]
        if "II четверть" in item["title"]
    ]
    assert [item["state"] for item in items] == [state], out
    _, check_out, _ = run(capsys, "check", str(repo), "--today", "2023-12-30", "--format", "json")
    overdue = [p for p in json.loads(check_out)["problems"] if p["code"] == "MK704"]
    assert bool(overdue) == (state == "overdue")
