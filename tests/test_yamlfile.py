"""Reading YAML with positions: the plain data and where each key stands."""

from __future__ import annotations

from mentorkit.load.yamlfile import parse_yaml


def test_merge_key_fills_only_missing_keys() -> None:
    text = "a: &base {x: 1, y: 2}\nb:\n  <<: *base\n  y: 3\n"
    parsed, problems = parse_yaml(text, "f.yaml")
    assert problems == []
    assert parsed is not None
    assert parsed.data["b"] == {"x": 1, "y": 3}


def test_dates_stay_text_and_positions_are_kept() -> None:
    text = "items:\n  - title: x\n    done: 2023-13-05\n"
    parsed, _ = parse_yaml(text, "f.yaml")
    assert parsed is not None
    assert parsed.data["items"][0]["done"] == "2023-13-05"
    assert str(parsed.positions.at("items", 0, "done")) == "f.yaml:3:11"
    assert str(parsed.positions.at("items", 0, "done", key=True)) == "f.yaml:3:5"


def test_duplicate_key_is_a_located_problem() -> None:
    parsed, problems = parse_yaml("a: 1\nb: 2\na: 3\n", "f.yaml")
    assert parsed is not None
    assert [(p.code, str(p.location)) for p in problems] == [("MK002", "f.yaml:3:1")]
    assert "строке 1" in problems[0].message
