"""The README's examples of output are what the commands print: each block that starts with
«$ mentorkit …» is run on a copy of the bundled example (roadmaps/school12-2023-2024) and its
output compared line by line (a line «…» stands for lines left out); the JSON examples are
compared as data, «…» standing for keys or list elements left out."""

from __future__ import annotations

import json
import re
import shlex
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import EXAMPLES, run

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
EXAMPLE = EXAMPLES / "school12-2023-2024"


def _blocks() -> list[str]:
    """Every fenced block of the README, without its fences."""
    return re.findall(r"^```[a-z]*\n(.*?)^```$", README, flags=re.MULTILINE | re.DOTALL)


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _typo(root: Path) -> None:
    lines = (root / "roadmaps/2023-2024.yaml").read_text(encoding="utf-8").split("\n")
    assert lines[34].strip().startswith("deadline:")
    lines[34] = lines[34].replace("deadline:", "dedline:")
    (root / "roadmaps/2023-2024.yaml").write_text("\n".join(lines), encoding="utf-8")


def _no_consent(root: Path) -> None:
    _edit(
        root / "people.yaml", "    experience: 1\n    consent: 2023-09-04\n", "    experience: 1\n"
    )


# What the README says it did to the example before running the command.
SETUP: dict[str, Callable[[Path], None]] = {
    "mentorkit check --today 2024-01-20": _typo,
    "mentorkit render order orders/2023-150-pairs.yaml": _no_consent,
}


def _runs() -> list[tuple[str, str]]:
    found = []
    for block in _blocks():
        first, _, rest = block.partition("\n")
        if first.startswith("$ mentorkit "):
            found.append((first.removeprefix("$ "), rest))
    return found


def _pattern(shown: str) -> re.Pattern[str]:
    parts = [
        r"(?:.*\n)*?" if line.strip() == "…" else re.escape(line.rstrip()) + r"\n"
        for line in shown.splitlines()
    ]
    return re.compile("".join(parts))


def _printed(out: str) -> str:
    return "".join(line.rstrip() + "\n" for line in out.splitlines())


def test_the_readme_shows_output_of_several_commands() -> None:
    commands = [command.split()[1] for command, _ in _runs()]
    assert {"check", "render", "people", "done"} <= set(commands), commands
    assert set(SETUP) <= {command for command, _ in _runs()}


@pytest.mark.parametrize(("command", "shown"), _runs(), ids=lambda v: v.split("\n")[0][:50])
def test_a_readme_example_is_what_the_command_prints(
    command: str,
    shown: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    root = tmp_path / EXAMPLE.name
    shutil.copytree(EXAMPLE, root)
    SETUP.get(command, lambda _: None)(root)
    monkeypatch.chdir(root)
    _, out, err = run(capsys, *shlex.split(command)[1:])
    printed = _printed(out + err)
    assert _pattern(shown).fullmatch(printed), f"README:\n{shown}\nprinted:\n{printed}"


def test_the_line_comparison_catches_a_drift() -> None:
    """Positive control: one changed word, or a line missing, fails the comparison; «…» lets
    lines out and nothing else."""
    shown = "Проверено: 10 файлов.\n  …\nконец\n"
    assert _pattern(shown).fullmatch("Проверено: 10 файлов.\nа\nб\nконец\n")
    assert not _pattern(shown).fullmatch("Проверено: 6 файлов.\nа\nконец\n")
    assert not _pattern(shown).fullmatch("Проверено: 10 файлов.\nа\n")


def _subset(shown: Any, actual: Any, where: str = "") -> list[str]:
    """Where `shown` (a README example) is not `actual`: «…» as a key or as the last element
    of a list lets the rest out."""
    if isinstance(shown, dict):
        if not isinstance(actual, dict):
            return [f"{where}: not an object"]
        keys = set(shown) - {"…"}
        wrong = [f"{where}.{key}: missing" for key in keys - set(actual)]
        if "…" not in shown and set(actual) != keys:
            wrong.append(f"{where}: keys {sorted(set(actual) - keys)} not shown")
        for key in sorted(keys & set(actual)):
            wrong += _subset(shown[key], actual[key], f"{where}.{key}")
        return wrong
    if isinstance(shown, list):
        if not isinstance(actual, list):
            return [f"{where}: not a list"]
        open_end = bool(shown) and shown[-1] == "…"
        items = shown[:-1] if open_end else shown
        if len(actual) < len(items) or (not open_end and len(actual) != len(items)):
            return [f"{where}: {len(actual)} elements, the README shows {len(items)}"]
        return [w for i, s in enumerate(items) for w in _subset(s, actual[i], f"{where}[{i}]")]
    return [] if shown == actual else [f"{where}: README {shown!r}, printed {actual!r}"]


def _json_after(marker: str) -> Any:
    opening = README.index("```json\n", README.index(marker)) + len("```json\n")
    return json.loads(README[opening : README.index("\n```", opening)])


def test_the_deadline_json_example(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shown = _json_after("JSON — стабильный\nинтерфейс")
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(
        capsys, "deadline", shown["text"], "--period", "2022-2024", "--format", "json"
    )
    assert code == 0
    assert _subset(shown, json.loads(out)) == []


def test_the_status_json_example(capsys: pytest.CaptureFixture[str]) -> None:
    shown = _json_after("mentorkit status roadmaps/school12-2023-2024 --today 2024-01-20 --format")
    _, out, _ = run(capsys, "status", str(EXAMPLE), "--today", "2024-01-20", "--format", "json")
    assert _subset(shown, json.loads(out)) == []


def test_the_json_comparison_catches_a_drift() -> None:
    """Positive control: a changed value, a key that is not there, an element too many fail."""
    actual = {"a": 1, "b": [1, 2, 3], "c": {"d": 2, "e": 3}}
    assert _subset({"a": 1, "b": [1, "…"], "…": "…"}, actual) == []
    assert _subset({"a": 2, "…": "…"}, actual)
    assert _subset({"x": 1, "…": "…"}, actual)
    assert _subset({"a": 1, "b": [1, 2], "c": {"d": 2, "e": 3}}, actual)
    assert _subset({"a": 1, "b": [1, 2, 3], "c": {"d": 2}}, actual)
