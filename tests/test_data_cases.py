"""Data-driven cases: each folder in data/valid and data/invalid is laid over data/base and
checked; its EXPECTED file names the day and exactly the problems (code and place) it produces."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from mentorkit.check import check
from mentorkit.problems import CODES, Severity
from tests.conftest import DATA, overlay

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


def _run(case: Path, tmp_path: Path) -> list[str]:
    today, _ = _expected(case)
    repo = overlay(case, tmp_path / "repo")
    result = check([repo], today)
    return sorted(f"{p.code} {p.location}" for p in result.problems)


def test_base_is_clean(base_repo: Path) -> None:
    result = check([base_repo], date(2024, 1, 20))
    assert [(p.code, str(p.location), p.message) for p in result.problems] == []


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


def test_there_are_enough_cases() -> None:
    assert len(_cases("invalid")) >= 25
    assert len(_cases("valid")) >= 5
