"""The example repositories in roadmaps/: each checks without errors on a day inside its period,
and the main one (school12) shows every part of the format that the documents are made from."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from mentorkit.check import check
from mentorkit.load.repository import Repository, load_repository
from mentorkit.model import STAGES, numbered_items
from mentorkit.problems import Severity
from mentorkit.refs import PeopleIndex
from tests.conftest import EXAMPLES

# The day each example is checked on: inside its period, as the CI runs it.
TODAY = {
    "school12-2023-2024": date(2024, 1, 20),
    "timashevsk-2022-2024": date(2023, 6, 1),
    "ivanteevka-2021-2022": date(2021, 11, 15),
}

MAIN = EXAMPLES / "school12-2023-2024"
ORDER_TYPES = {"roadmap", "pairs", "curator", "plans", "reward", "custom"}


def _examples() -> list[Path]:
    return sorted(path for path in EXAMPLES.iterdir() if path.is_dir())


def _today(example: Path) -> date:
    if example.name not in TODAY:
        pytest.fail(f"{example.name}: add the day to check it on to TODAY in {__name__}")
    return TODAY[example.name]


def _load(root: Path) -> Repository:
    repo, problems = load_repository(root)
    errors = [f"{p.code} {p.location} {p.message}" for p in problems]
    assert errors == []
    return repo


def test_every_example_is_listed() -> None:
    assert sorted(path.name for path in _examples()) == sorted(TODAY)


def _errors(example: Path) -> list[str]:
    result = check([example], _today(example))
    return [
        f"{p.code} {p.location} {p.message}"
        for p in result.problems
        if p.severity == Severity.ERROR
    ]


@pytest.mark.parametrize("example", _examples(), ids=lambda path: path.name)
def test_example_has_no_errors(example: Path) -> None:
    assert _errors(example) == []


def test_a_broken_example_has_errors(tmp_path: Path) -> None:
    """Positive control of the test above: the same filter keeps an error of a broken copy."""
    copy = tmp_path / MAIN.name
    shutil.copytree(MAIN, copy)
    order = sorted((copy / "orders").glob("*.yaml"))[0]
    order.write_text(order.read_text(encoding="utf-8") + "signed_by: Никтов Н.Н.\n", "utf-8")
    assert _errors(copy)


@pytest.mark.parametrize("example", _examples(), ids=lambda path: path.name)
def test_example_day_is_inside_its_periods(example: Path) -> None:
    today = _today(example)
    repo = _load(example)
    assert repo.roadmaps
    for doc in repo.roadmaps:
        assert today in doc.model.period, doc.path


def test_main_example_has_pairs_of_two_forms() -> None:
    repo = _load(MAIN)
    forms = {pair.form or doc.model.form for doc in repo.pairs for pair in doc.model.pairs}
    assert len(forms - {None}) >= 2


def test_main_example_has_every_meeting_stage() -> None:
    repo = _load(MAIN)
    stages = {
        meeting.stage for doc in repo.pairs for pair in doc.model.pairs for meeting in pair.meetings
    }
    assert stages == set(STAGES)


def test_main_example_has_a_minor_mentee_with_consent_by_a_parent() -> None:
    repo = _load(MAIN)
    people = PeopleIndex(repo.people)
    mentees = {
        entry.index
        for doc in repo.pairs
        for pair in doc.model.pairs
        for ref in pair.mentees
        for entry in people.resolve(ref)
    }
    minors = [
        entry
        for entry in repo.people
        if entry.person.minor and entry.person.consent and entry.person.consent.by
    ]
    assert minors
    assert any(entry.index in mentees for entry in minors)


def test_main_example_has_orders_of_every_type() -> None:
    repo = _load(MAIN)
    assert {doc.model.type for doc in repo.orders} >= ORDER_TYPES


def test_main_example_has_items_done_and_not_done() -> None:
    repo = _load(MAIN)
    items = [numbered.item for doc in repo.roadmaps for numbered in numbered_items(doc.model)]
    assert any(item.done for item in items)
    assert any(not item.done and not item.cancelled for item in items)
