"""The declension dictionary loaded only as far as a render needs it: pymorphy3's dictionary found
without reading every installed package's entry points, and the usual words taken from the ready
table (render/lexicon.py), which says of each what the dictionary says."""

from __future__ import annotations

import importlib.machinery
import json
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pymorphy3_dicts_ru
import pytest

from mentorkit.model.people import Case
from mentorkit.render import grammar, inflect, lexicon

ROOT = Path(__file__).resolve().parent.parent
CASES_TABLE = ROOT / "tests" / "data" / "declension" / "cases.tsv"


def _cases() -> list[tuple[str, str, str, str]]:
    rows = []
    for line in CASES_TABLE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, case, nominative, expected = line.split("\t")
            rows.append((kind, case, nominative, expected))
    return rows


def _python(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return done.stdout


def test_the_dictionary_is_found_without_importlib_metadata() -> None:
    out = _python(
        "import sys; from mentorkit import start; start._without_plugins(); "
        "from mentorkit.render import inflect; morph = inflect.Pymorphy(); "
        "print(morph.readings('учитель')[0].inflect('dative', True)); "
        "print('importlib.metadata' in sys.modules)"
    )
    assert out.splitlines() == ["учителю", "False"]


def test_a_dictionary_of_ones_own_is_left_to_pymorphy3(monkeypatch: pytest.MonkeyPatch) -> None:
    path = inflect.dictionary_path()
    assert path is not None and path.endswith("data")
    monkeypatch.setenv(inflect.DICTIONARY_VARIABLE, path)
    assert inflect.dictionary_path() is None
    assert inflect.Pymorphy().readings("школа")[0].inflect("genitive", False) == "школы"


def test_without_the_dictionary_package_pymorphy3_looks_for_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(inflect.DICTIONARY_VARIABLE, raising=False)
    monkeypatch.setitem(sys.modules, "pymorphy3_dicts_ru", None)
    assert inflect.dictionary_path() is None


# The ready table (render/lexicon.py) -------------------------------------------------------


def _table() -> dict[str, Any]:
    table: dict[str, Any] = json.loads(lexicon.TABLE.read_text(encoding="utf-8"))
    return table


def test_the_table_is_of_the_installed_pymorphy3_and_dictionary() -> None:
    table = _table()
    assert lexicon.versions() == (table["pymorphy3"], table["dictionary"]), (
        "lexicon.json was made with other versions: python tools/lexicon.py"
    )
    assert len(table["words"]) > 150


def test_every_word_of_the_table_is_what_the_dictionary_says() -> None:
    morph = inflect.Pymorphy()
    words = _table()["words"]
    for word in words:
        known = lexicon.entry(word)
        assert known is not None
        nominative_only, readings = known
        assert nominative_only == morph.nominative_only(word), word
        live = morph.readings(word)
        assert len(readings) == len(live), word
        for ready, reading in zip(readings, live, strict=True):
            assert (ready.adjective, ready.gender, ready.animate) == (
                reading.adjective,
                reading.gender,
                reading.animate,
            ), word
            for case in lexicon.CASES:
                for animate in (False, True):
                    assert ready.inflect(case, animate) == reading.inflect(case, animate), (
                        word,
                        case,
                        animate,
                    )


def test_the_table_holds_what_the_tool_writes_of_its_own_lists() -> None:
    """The tool's own lists (usual positions, names, titles, the benchmarks' positions), not the
    examples and test cases it also reads: a new case may bring a word the table lacks, which the
    dictionary declines as before."""
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import lexicon as tool
    finally:
        sys.path.remove(str(ROOT / "tools"))
    made = tool.table(scan=False)
    stored = _table()
    assert (made["pymorphy3"], made["dictionary"]) == (stored["pymorphy3"], stored["dictionary"])
    assert len(made["words"]) > 100
    for word, entry in made["words"].items():
        assert stored["words"].get(word) == entry, f"{word}: python tools/lexicon.py"


@pytest.mark.parametrize(("kind", "case", "nominative", "expected"), _cases())
def test_the_real_phrases_need_no_dictionary(
    kind: str, case: Case, nominative: str, expected: str
) -> None:
    """Declined over the table alone (a word it lacks would be a KeyError), as in real orders."""
    morph = _TableOnly()
    animate = kind == "position"
    if kind == "title" and nominative[0].isupper() and nominative[1].islower():
        nominative = nominative[0].lower() + nominative[1:]  # as grammar.title_in does
    assert inflect.decline(nominative, case, animate=animate, morph=morph) == expected


class _TableOnly:
    def readings(self, word: str) -> Sequence[inflect.Reading]:
        known = lexicon.entry(word)
        if known is None:
            raise KeyError(word)
        return known[1]

    def nominative_only(self, word: str) -> bool:
        known = lexicon.entry(word)
        if known is None:
            raise KeyError(word)
        return known[0]


def test_a_usual_order_is_declined_without_loading_the_dictionary() -> None:
    out = _python(
        "import sys; from mentorkit.render import grammar; "
        "print(grammar.decline_position('учитель русского языка и литературы', 'dative')); "
        "print(grammar.decline_position('Педагог-психолог', 'accusative')); "
        "print(grammar.decline_phrase('Управление образованием Ивантеевского МР', "
        "'instrumental', {})); "
        "print('pymorphy3' in sys.modules)"
    )
    assert out.splitlines() == [
        "учителю русского языка и литературы",
        "Педагога-психолога",
        "Управлением образованием Ивантеевского МР",
        "False",
    ]


def test_a_word_the_table_lacks_loads_the_dictionary() -> None:
    out = _python(
        "import sys; from mentorkit.render import grammar; "
        "print(grammar.decline_position('звонарь', 'dative')); "
        "print('pymorphy3' in sys.modules)"
    )
    assert out.splitlines() == ["звонарю", "True"]


@pytest.fixture
def fresh_table() -> Iterator[None]:
    lexicon._words.cache_clear()
    lexicon._made.clear()
    yield
    lexicon._words.cache_clear()
    lexicon._made.clear()


@pytest.mark.usefixtures("fresh_table")
def test_other_versions_do_not_use_the_table(monkeypatch: pytest.MonkeyPatch) -> None:
    assert lexicon.entry("учитель") is not None
    lexicon._words.cache_clear()
    lexicon._made.clear()
    monkeypatch.setattr(lexicon, "versions", lambda: ("9.9", "2.4.417150.4580142"))
    assert lexicon.entry("учитель") is None
    assert grammar.decline_position("учитель физики", "genitive") == "учителя физики"


@pytest.mark.usefixtures("fresh_table")
def test_a_dictionary_of_ones_own_does_not_use_the_table(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(inflect.DICTIONARY_VARIABLE, "/nowhere")
    assert lexicon.entry("учитель") is None


@pytest.mark.usefixtures("fresh_table")
@pytest.mark.parametrize("text", ["", "not json", "[1, 2]", '{"pymorphy3": "2.0.6"}'])
def test_a_broken_table_is_no_table(
    text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "lexicon.json"
    broken.write_text(text, encoding="utf-8")
    monkeypatch.setattr(lexicon, "TABLE", broken)
    assert lexicon.entry("учитель") is None


@pytest.mark.usefixtures("fresh_table")
@pytest.mark.usefixtures("fresh_table")
def test_a_table_without_words_is_no_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    found = lexicon.versions()
    assert found is not None
    table = tmp_path / "lexicon.json"
    table.write_text(
        json.dumps({"pymorphy3": found[0], "dictionary": found[1], "words": []}), encoding="utf-8"
    )
    monkeypatch.setattr(lexicon, "TABLE", table)
    assert lexicon.entry("учитель") is None


@pytest.mark.usefixtures("fresh_table")
def test_a_missing_table_is_no_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lexicon, "TABLE", tmp_path / "nothing.json")
    assert lexicon.entry("учитель") is None


def test_versions_unknown_without_the_packages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pymorphy3_dicts_ru", None)
    assert lexicon.versions() is None


def test_versions_unknown_without_pymorphy3_s_version_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = importlib.machinery.ModuleSpec("pymorphy3", None, is_package=True)
    spec.submodule_search_locations = [str(tmp_path)]
    monkeypatch.setattr(lexicon, "find_spec", lambda name: spec)
    assert lexicon.versions() is None
    (tmp_path / "version.py").write_text("VERSION = 1\n", encoding="utf-8")
    assert lexicon.versions() is None
    (tmp_path / "version.py").write_text('__version__ = "2.0.6"\n', encoding="utf-8")
    assert lexicon.versions() == ("2.0.6", pymorphy3_dicts_ru.__version__)
    monkeypatch.setattr(lexicon, "find_spec", lambda name: None)
    assert lexicon.versions() is None
