"""Organisations' names, positions and titles in the case a sentence needs, on a table of real
ones (tests/data/declension/cases.tsv); ready forms from mentorkit.yaml; the dictionary loaded
only when something is declined."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from mentorkit.model.people import Case
from mentorkit.render import grammar, inflect

TABLE = Path(__file__).parent / "data" / "declension" / "cases.tsv"


def _cases() -> list[tuple[str, str, str, str]]:
    rows = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, case, nominative, expected = line.split("\t")
            rows.append((kind, case, nominative, expected))
    return rows


def test_the_table_is_large_and_varied() -> None:
    rows = _cases()
    kinds = {kind for kind, *_ in rows}
    assert len(rows) >= 60
    assert kinds == {"org", "position", "title"}
    assert {case for _, case, *_ in rows} >= {"genitive", "dative", "accusative", "instrumental"}


@pytest.mark.parametrize(("kind", "case", "nominative", "expected"), _cases())
def test_declined_as_in_real_orders(kind: str, case: Case, nominative: str, expected: str) -> None:
    if kind == "position":
        got = grammar.decline_position(nominative, case)
    elif kind == "title":
        got = grammar.title_in(nominative, case)
    else:
        got = grammar.decline_phrase(nominative, case, {})
    assert got == expected


def test_ready_forms_win_and_keep_the_first_letter() -> None:
    forms = {"Управление образованием Ивантеевского МР": {"genitive": "управления УО ИМР"}}
    name = "Управление образованием Ивантеевского МР"
    assert grammar.decline_phrase(name, "genitive", forms) == "Управления УО ИМР"
    # a case the forms do not give is declined by the dictionary
    assert (
        grammar.decline_phrase(name, "dative", forms) == "Управлению образованием Ивантеевского МР"
    )
    position = {"Заместитель директора по УВР": {"dative": "заместителю по УВР"}}
    assert grammar.decline_position("заместитель директора по УВР", "dative", position) == (
        "заместителю по УВР"
    )


@pytest.mark.parametrize(
    "phrase",
    ["", "  ", "2023-2024", "О наставничестве", "по плану ИРО", "«Учитель – учитель»"],
)
def test_what_is_no_noun_phrase_stays(phrase: str) -> None:
    assert inflect.decline(phrase, "genitive", animate=False) == phrase


def test_capitals_stay_capitals() -> None:
    assert inflect.decline("УПРАВЛЕНИЕ ОБРАЗОВАНИЕМ", "genitive", animate=False) == (
        "УПРАВЛЕНИЯ ОБРАЗОВАНИЕМ"
    )


def test_the_dictionary_is_not_loaded_by_commands_that_render_nothing(tmp_path: Path) -> None:
    code = (
        "import sys, mentorkit.cli, mentorkit.render, mentorkit.render.grammar;"
        "print('pymorphy3' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path
    )
    assert result.stdout.strip() == "False"


def test_the_dictionary_is_loaded_once() -> None:
    assert inflect.analyzer() is inflect.analyzer()
