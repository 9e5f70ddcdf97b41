"""`check` and `render` apply one consent rule to the same text: a roadmap that no order approves
is checked as `render plan` would print it (MK412), and every sentence of the matcher's table
that makes render refuse is reported by check at the same file:line — declined forms
(«Ставницкой Е.Е.»), initials, upper case, Latin look-alikes, NFD and all."""

from __future__ import annotations

import re
from datetime import date
from io import StringIO
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from mentorkit.check import check
from mentorkit.errors import RenderRefused
from mentorkit.load.repository import load_repository
from mentorkit.render import render
from tests.conftest import write_tree
from tests.test_matcher import NAMES, TABLE

TODAY = date(2024, 1, 20)
CONFIG = "organization:\n  name: МБОУ СШ № 1\n  short_name: МБОУ СШ № 1\n  place: г. Энск\n"


def _people_without_consent() -> str:
    """The people of the matcher's table, nobody with a consent."""
    yaml = YAML()
    data = yaml.load((NAMES / "people.yaml").read_text(encoding="utf-8"))
    for person in data["people"]:
        person.pop("consent", None)
    out = StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def _roadmap(results: list[str], approved: bool = False) -> str:
    yaml = YAML()
    yaml.width = 4096
    data: dict[str, object] = {
        "title": "План мероприятий",
        "period": "2023-2024",
        "columns": ["title", "result"],
        "items": [
            {"title": f"Мероприятие {i + 1}", "result": text} for i, text in enumerate(results)
        ],
    }
    if approved:
        data["approved_by"] = {"order": "1", "date": "2023-09-01"}
    out = StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def _repo(tmp_path: Path, roadmap: str) -> Path:
    return write_tree(
        tmp_path / "repo",
        {
            "mentorkit.yaml": CONFIG,
            "people.yaml": _people_without_consent(),
            "roadmaps/plan.yaml": roadmap,
        },
    )


def _line(root: Path, index: int) -> int:
    repo, _ = load_repository(root)
    return repo.roadmaps[0].at("items", index, "result").line


def _refused_lines(root: Path) -> set[int]:
    with pytest.raises(RenderRefused) as refused:
        render("plan", [root / "roadmaps/plan.yaml"], output=root / "out")
    assert not (root / "out").exists()
    return {
        int(line)
        for line in re.findall(r"\(roadmaps/plan\.yaml:(\d+):\d+\)", refused.value.message)
    }


def _reported_lines(root: Path) -> set[int]:
    problems = check([root], TODAY).problems
    return {p.location.line for p in problems if p.code == "MK412"}


def test_a_roadmap_no_order_approves_is_checked_as_render_plan_prints_it(tmp_path: Path) -> None:
    root = _repo(tmp_path, _roadmap(["Отчёт готовит педагог-психолог Хотенчан О.В.", "Итоги"]))
    problems = [p for p in check([root], TODAY).problems if p.code == "MK412"]
    assert [str(p.location) for p in problems] == [f"roadmaps/plan.yaml:{_line(root, 0)}:11"]
    assert "Хотенчан О.В." in problems[0].message and "нет согласия" in problems[0].message
    assert _refused_lines(root) == {_line(root, 0)}


def test_an_approval_mark_dates_the_plan_as_render_does(tmp_path: Path) -> None:
    """Consent withdrawn before the roadmap's approval mark: both refuse, on that line."""
    text = "Отчёт готовит педагог-психолог Хотенчан О.В."
    people = _people_without_consent().replace(
        "position: педагог-психолог",
        "position: педагог-психолог, consent: {date: 2023-08-01, withdrawn: 2023-08-15}",
    )
    root = _repo(tmp_path, _roadmap([text], approved=True))
    (root / "people.yaml").write_text(people, encoding="utf-8")
    assert _reported_lines(root) == {_line(root, 0)} == _refused_lines(root)


def test_check_reports_every_sentence_render_refuses(tmp_path: Path) -> None:
    sentences = [sentence for _, sentence in TABLE]
    root = _repo(tmp_path, _roadmap(sentences))
    refused = _refused_lines(root)
    reported = _reported_lines(root)
    assert refused == reported
    # Most sentences name somebody of people.yaml; none of those that name nobody is refused.
    item_line = {_line(root, i): expected for i, (expected, _) in enumerate(TABLE)}
    named = {line for line, expected in item_line.items() if expected not in ("-", "?")}
    assert len(refused) > 100
    assert not {line for line in refused if item_line.get(line) == "-"}
    assert refused <= named | {line for line in item_line if "," in item_line[line]}
