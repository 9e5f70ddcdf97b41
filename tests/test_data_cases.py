"""Data-driven cases: each folder in data/valid and data/invalid is laid over data/base and
checked; its EXPECTED file names the day and exactly the problems (code and place) it produces,
and its MESSAGES file (a golden, read by a person) the exact text of each, so that a wrong field
name, case or quote fails a test. `python -m tests.test_data_cases` writes the MESSAGES files
from what the checks say now: read the difference before committing it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from mentorkit.check import check
from mentorkit.problems import CODES, Problem, Severity
from tests.conftest import DATA, overlay

MESSAGES = "MESSAGES"
_ERROR_CODES = {code for code, entry in CODES.items() if entry.severity == Severity.ERROR}


def _cases(kind: str) -> list[Path]:
    return sorted(p for p in (DATA / kind).iterdir() if p.is_dir())


def _expected(case: Path) -> tuple[date, list[str]]:
    today = date(2024, 1, 20)
    expected = []
    for raw in (case / "EXPECTED").read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("today:"):
            today = date.fromisoformat(line.removeprefix("today:").strip())
        else:
            expected.append(" ".join(line.split()))
    return today, sorted(expected)


def _problems(case: Path, tmp_path: Path) -> list[Problem]:
    today, _ = _expected(case)
    repo = overlay(case, tmp_path / "repo")
    return sorted(check([repo], today).problems, key=lambda p: (p.sort_key, p.message))


def _run(case: Path, tmp_path: Path) -> list[str]:
    return sorted(f"{p.code} {p.location}" for p in _problems(case, tmp_path))


def _messages(problems: list[Problem]) -> str:
    return "".join(f"{p.code} {p.location} {p.message}\n" for p in problems)


def _golden(case: Path) -> str:
    path = case / MESSAGES
    return path.read_text(encoding="utf-8") if path.exists() else ""


def test_base_is_clean(base_repo: Path) -> None:
    result = check([base_repo], date(2024, 1, 20))
    assert [(p.code, str(p.location), p.message) for p in result.problems] == []
    # Positive control: the same check of the base with one slip finds it.
    (base_repo / "orders/11.yaml").write_text("type: pair\n", encoding="utf-8")
    assert check([base_repo], date(2024, 1, 20)).problems


@pytest.mark.parametrize("case", _cases("invalid"), ids=lambda p: p.name)
def test_invalid_case(case: Path, tmp_path: Path) -> None:
    _, expected = _expected(case)
    assert expected, f"{case.name}: EXPECTED names no problem"
    assert _run(case, tmp_path) == expected


@pytest.mark.parametrize("case", _cases("valid"), ids=lambda p: p.name)
def test_valid_case(case: Path, tmp_path: Path) -> None:
    _, expected = _expected(case)
    problems = _run(case, tmp_path)
    assert problems == expected
    assert not any(line.split()[0] in _ERROR_CODES for line in problems)


@pytest.mark.parametrize("case", _cases("invalid") + _cases("valid"), ids=lambda p: p.name)
def test_case_messages(case: Path, tmp_path: Path) -> None:
    """The words of every problem, as the golden MESSAGES file holds them."""
    assert _messages(_problems(case, tmp_path)) == _golden(case)


def test_every_invalid_case_has_its_messages() -> None:
    assert [c.name for c in _cases("invalid") if not _golden(c)] == []


def test_the_messages_golden_catches_a_changed_word(tmp_path: Path) -> None:
    """Positive control: a message differing in one quote from the golden fails the comparison."""
    (case,) = [c for c in _cases("invalid") if c.name == "bad-date-month-13"]
    said = _messages(_problems(case, tmp_path / "a"))
    assert said == _golden(case)
    assert said.replace("«", '"', 1) != _golden(case)


def test_there_are_enough_cases() -> None:
    assert len(_cases("invalid")) >= 25
    assert len(_cases("valid")) >= 5


def _write_goldens() -> None:
    import tempfile

    for case in _cases("invalid") + _cases("valid"):
        with tempfile.TemporaryDirectory() as folder:
            said = _messages(_problems(case, Path(folder)))
        path = case / MESSAGES
        if said:
            path.write_text(said, encoding="utf-8")
        elif path.exists():
            path.unlink()


if __name__ == "__main__":
    _write_goldens()
