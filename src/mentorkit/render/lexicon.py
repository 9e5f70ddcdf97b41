"""What pymorphy3 says of the words orders decline most, ready, so that a usual order declines its
positions, organisation and titles without loading the dictionary.

Importing pymorphy3 and loading its dictionary cost ~0.06 s of CPU time — as much as filling the
table of a hundred pairs — for the dozen or two words an order declines: «учитель»,
«педагог-психолог», «заместитель», «управление»… `lexicon.json` holds, for each of some hundreds
such words, exactly what `inflect.Pymorphy` answers for it (its readings with every case form,
and whether it is nominative only), written by

    python tools/lexicon.py

with the versions of pymorphy3 and of its dictionary that gave it. It is used only where those
very versions are installed and no other dictionary is set (PYMORPHY2_DICT_PATH); a word it does
not hold goes to the dictionary, as every word did before. tests/test_lexicon.py compares every
entry with the dictionary, so the documents are the same either way.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Sequence
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from mentorkit.model.people import Case
from mentorkit.render.inflect import DICTIONARY_VARIABLE, Reading

TABLE = Path(__file__).with_name("lexicon.json")
CASES: tuple[Case, ...] = (
    "nominative",
    "genitive",
    "dative",
    "accusative",
    "instrumental",
    "prepositional",
)
"""The order of the forms of a reading: each case as an inanimate thing, then as a person."""

Entry = tuple[bool, tuple[Reading, ...]]
"""A word's `nominative_only` and its readings."""


def versions() -> tuple[str, str] | None:
    """The installed versions of pymorphy3 and of pymorphy3-dicts-ru, read without importing
    pymorphy3 (its import is a half of what the table saves); None where either is unknown."""
    try:
        import pymorphy3_dicts_ru

        spec = find_spec("pymorphy3")
        dictionary = pymorphy3_dicts_ru.__version__
    except (ImportError, AttributeError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    try:
        text = (Path(spec.submodule_search_locations[0]) / "version.py").read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    found = re.search(r"""__version__\s*=\s*["']([^"']+)["']""", text)
    if found is None or not isinstance(dictionary, str):
        return None
    return found.group(1), dictionary


def _inflector(forms: Sequence[str | None]) -> Callable[[Case, bool], str | None]:
    def inflect(case: Case, animate: bool) -> str | None:
        return forms[2 * CASES.index(case) + animate]

    return inflect


def _entry(raw: list[Any]) -> Entry:
    nominative_only, readings = raw
    return bool(nominative_only), tuple(
        Reading(adjective=bool(a), gender=str(g), animate=bool(n), inflect=_inflector(forms))
        for a, g, n, forms in readings
    )


@cache
def _words() -> dict[str, list[Any]]:
    """The table's words, or none where it was made with other versions than installed."""
    if DICTIONARY_VARIABLE in os.environ:
        return {}
    try:
        table = json.loads(TABLE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(table, dict) or versions() != (
        table.get("pymorphy3"),
        table.get("dictionary"),
    ):
        return {}
    words = table.get("words")
    return words if isinstance(words, dict) else {}


_made: dict[str, Entry] = {}


def entry(word: str) -> Entry | None:
    """What the dictionary says of `word` (as written: «Учитель» and «учитель» are two entries),
    or None where the table does not hold it."""
    made = _made.get(word)
    if made is not None:
        return made
    raw = _words().get(word)
    if raw is None:
        return None
    made = _made[word] = _entry(raw)
    return made


def raw_entry(nominative_only: bool, readings: Sequence[Reading]) -> list[Any]:
    """A word's entry as the table stores it (tools/lexicon.py writes these)."""
    return [
        nominative_only,
        [
            [
                reading.adjective,
                reading.gender,
                reading.animate,
                [reading.inflect(case, animate) for case in CASES for animate in (False, True)],
            ]
            for reading in readings
        ],
    ]
