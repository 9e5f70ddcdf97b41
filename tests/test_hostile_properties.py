"""Property tests of the loader: any YAML value where a field is expected gives problems (or a
valid file), never an exception; a bad value never hides the rest of its file."""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mentorkit.check import check
from mentorkit.load.parts import validate_parts
from mentorkit.load.yamlfile import parse_yaml
from mentorkit.model import PairsFile, Roadmap
from mentorkit.report.safe import printable, safe_json
from tests.conftest import BASE

_spec = importlib.util.spec_from_file_location(
    "hostile_corpus", Path(__file__).parent / "data" / "hostile" / "generate.py"
)
assert _spec is not None and _spec.loader is not None
corpus = importlib.util.module_from_spec(_spec)
sys.modules["hostile_corpus"] = corpus
_spec.loader.exec_module(corpus)

PLACES = corpus._field_places()

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.text(max_size=30),
    st.sampled_from(["2023-02-30", "31.02.2024", "2023-2024", "[/]", "\x1b[2J", "\u202e", ""]),
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(place=st.sampled_from(PLACES), value=values)
def test_any_value_in_any_field_gives_problems_not_a_crash(
    place: tuple[str, tuple[str | int, ...]], value: Any
) -> None:
    relpath, keys = place
    data = corpus._data(relpath)
    if relpath == corpus.CONFIG:
        data.setdefault("check", {})
        data.setdefault("document", {})
    corpus._set(data, keys, value)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "repo"
        shutil.copytree(BASE, root)
        (root / relpath).write_bytes(corpus._dump(data))
        result = check([root], date(2024, 1, 20))
    assert result.files
    for problem in result.problems:
        assert problem.location.path
        assert problem.message
        # Every message can be printed and written as JSON.
        printable(problem.message)
        json.loads(safe_json(json.dumps(problem.message, ensure_ascii=False)))


@settings(max_examples=60, deadline=None)
@given(index=st.integers(0, 3), value=values)
def test_a_bad_item_leaves_the_others_loaded(index: int, value: Any) -> None:
    data = corpus._data(corpus.ROADMAP)
    items = [item for section in data["sections"] for item in section["items"]]
    titles = [item["title"] for item in items]
    field = ["done", "deadline", "title", "responsible"][index]
    data["sections"][0]["items"][1][field] = value
    parsed, _ = parse_yaml(corpus._dump(data).decode(), corpus.ROADMAP)
    assert parsed is not None
    result = validate_parts(Roadmap, parsed.data, parsed.positions)
    assert result.model is not None, "an item's value made the whole roadmap unread"
    loaded = [item.title for s in result.model.sections for item in s.items]
    if result.unread:
        assert [u.label for u in result.unread] == ["пункт 1.2"]
        assert loaded == [t for t in titles if t != titles[1]]
        assert result.problems
        # The kept items keep their numbers, and point at their own lines.
        assert result.model.sections[0].items[1].number == "1.3"
        assert (
            result.positions.at("sections", 0, "items", 1).line
            == parsed.positions.at("sections", 0, "items", 2).line
        )
    else:
        assert len(loaded) == len(titles)


@settings(max_examples=40, deadline=None)
@given(value=values)
def test_a_bad_meeting_leaves_its_pair(value: Any) -> None:
    data = corpus._data(corpus.PAIRS)
    data["pairs"][0]["meetings"][1]["date"] = value
    parsed, _ = parse_yaml(corpus._dump(data).decode(), corpus.PAIRS)
    assert parsed is not None
    result = validate_parts(PairsFile, parsed.data, parsed.positions)
    assert result.model is not None
    assert len(result.model.pairs) == 2
    if result.unread:
        (unread,) = result.unread
        assert (unread.part, unread.keys, unread.within) == (
            "meeting",
            ("pairs", 0, "meetings", 1),
            ("pairs", 0),
        )
        assert len(result.model.pairs[0].meetings) == 2
