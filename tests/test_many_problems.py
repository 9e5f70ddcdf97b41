"""A file with a hundred thousand slips: every one is still a problem with its place, but the work
that only makes a message nicer (a close field name) is done for as many as a report can show."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mentorkit.load.validate import SUGGESTED, validate
from mentorkit.load.yamlfile import parse_yaml
from mentorkit.model import Item
from mentorkit.report.status import UNREAD_IN_JSON
from tests.conftest import run


def test_the_close_name_is_looked_for_only_as_far_as_reports_show() -> None:
    keys = "".join(f"titl{i}: x\n" for i in range(SUGGESTED + 3))
    parsed, problems = parse_yaml("title: Мероприятие\n" + keys, "roadmaps/r.yaml")
    assert parsed is not None and not problems
    model, problems = validate(Item, parsed.data, parsed.positions)
    assert model is None
    assert len(problems) == SUGGESTED + 3
    assert all(p.code == problems[0].code for p in problems)
    first, last = problems[0], problems[-1]
    assert first.message == "неизвестное поле «titl0» — возможно, «title»?"
    assert first.location.line == 2
    assert last.message == f"неизвестное поле «titl{SUGGESTED + 2}»"
    assert last.location.line == SUGGESTED + 4
    # the suggestions stop at the SUGGESTED-th slip, not before
    assert "возможно" in problems[SUGGESTED - 1].message
    assert "возможно" not in problems[SUGGESTED].message


def test_status_json_lists_the_unread_as_check_does(
    base_repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    roadmap = base_repo / "roadmaps/2023-2024.yaml"
    keys = "".join(f"        поле{i}: значение\n" for i in range(UNREAD_IN_JSON + 3))
    text = roadmap.read_text(encoding="utf-8")
    roadmap.write_text(
        text.replace("        done: 2023-09-20\n", "        done: 2023-09-20\n" + keys, 1),
        encoding="utf-8",
    )
    code, out, _ = run(
        capsys, "status", str(base_repo), "--today", "2024-01-20", "--format", "json"
    )
    assert code == 1
    (org,) = json.loads(out)["organizations"]
    assert org["complete"] is False
    assert len(org["unread"]) == UNREAD_IN_JSON
    assert org["unread_omitted"] == 3
    assert org["unread"][0] == {"path": "roadmaps/2023-2024.yaml", "line": 12, "code": "MK101"}
