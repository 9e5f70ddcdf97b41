"""The README's table of deadline forms and tests/data/deadlines/forms.txt hold the same
examples, and each example is read as the file says a curator reads it."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest

from mentorkit.deadlines import read_deadline
from tests.conftest import run
from tests.deadline_corpus import Case, cases, matches, shown

ROOT = Path(__file__).parent.parent
FORMS = cases(ROOT / "tests" / "data" / "deadlines" / "forms.txt")


def _readme_examples() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Сроки", 1)[1].split("\n#", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| `")]
    return [example for row in rows for example in re.findall(r"`([^`]+)`", row.split(" | ")[0])]


def test_the_readme_table_shows_exactly_the_tested_examples() -> None:
    readme = _readme_examples()
    assert readme, "no examples found in the README table"
    assert readme == [case.text for case in FORMS]


@pytest.mark.parametrize("case", FORMS, ids=[c.text[:50] for c in FORMS])
def test_form(case: Case) -> None:
    schedule = read_deadline(case.text, case.period)
    assert matches(schedule, case.expected), (case.text, shown(schedule), case.expected)


def test_the_readme_json_example_is_what_the_command_prints(
    capsys: pytest.CaptureFixture[str],
) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### mentorkit deadline", 1)[1]
    example = json.loads(section.split("```json", 1)[1].split("```", 1)[0])
    command = section.split("```sh", 1)[1].split("\n")[1]
    assert command.startswith("mentorkit deadline ")
    args = [*shlex.split(command)[1:], "--format", "json"]
    code, out, _ = run(capsys, *args)
    assert code == 0
    assert json.loads(out) == example
