"""The declension dictionary loaded only as far as a render needs it: pymorphy3's dictionary found
without reading every installed package's entry points."""

from __future__ import annotations

import subprocess
import sys

import pytest

from mentorkit.render import inflect


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
