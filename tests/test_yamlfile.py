"""Reading YAML with positions: the plain data and where each key stands."""

from __future__ import annotations

from pathlib import Path

import pytest

from mentorkit.load.yamlfile import parse_yaml, read_yaml


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


def test_missing_colon_is_reported_at_the_key() -> None:
    text = "items:\n  - title: x\n    deadline Сентябрь 2023\n    result: y\n"
    _, problems = parse_yaml(text, "f.yaml")
    (problem,) = problems
    assert (problem.code, str(problem.location)) == ("MK001", "f.yaml:3:5")
    assert "после «deadline» нет двоеточия" in problem.message


def test_missing_colon_on_the_last_line() -> None:
    _, problems = parse_yaml("title: x\nperiod 2023-2024\n", "f.yaml")
    assert str(problems[0].location) == "f.yaml:2:1"


def test_quote_closed_before_the_end_of_the_value() -> None:
    _, problems = parse_yaml('title: "Школа" № 5\nperiod: 2023-2024\n', "f.yaml")
    (problem,) = problems
    assert str(problem.location) == "f.yaml:1:8"
    assert "после закрывающей" in problem.message
    assert "отступ" not in problem.message


def test_single_quote_inside_single_quotes() -> None:
    _, problems = parse_yaml("title: 'Школа 'Ромашка''\n", "f.yaml")
    assert "кавычка пишется дважды" in problems[0].message


def test_unclosed_quote_is_reported_where_it_opens() -> None:
    _, problems = parse_yaml('a: 1\ntitle: "Школа\nperiod: 2023-2024\nb: 2\n', "f.yaml")
    (problem,) = problems
    assert str(problem.location) == "f.yaml:2:8"
    assert "не закрыта" in problem.message


def test_control_character_in_the_file_is_located_in_russian() -> None:
    _, problems = parse_yaml("a: 1\nb: x\x7fy\n", "f.yaml")
    (problem,) = problems
    assert str(problem.location) == "f.yaml:2:5"
    assert "\\x7f" in problem.message and "управляющий" in problem.message


def test_too_many_elements_are_refused_before_parsing(tmp_path: Path) -> None:
    (tmp_path / "f.yaml").write_text("items: [" + "1," * 250_001 + "]\n", encoding="utf-8")
    parsed, problems = read_yaml(tmp_path, "f.yaml")
    assert parsed is None
    assert problems[0].code == "MK006"
    assert "250 000" in problems[0].message


@pytest.mark.parametrize("padding", ["", "# " + "x" * 70_000 + "\n"])
def test_a_control_character_after_cyrillic_letters_is_pointed_at_its_column(padding: str) -> None:
    # libyaml reports the offset in bytes of UTF-8; each Cyrillic letter is two of them. The
    # padding sends the file to the C composer (64 KB and more) as well as to ruamel.
    text = padding + "a: 1\nb: привет мир \x07 конец\n"
    _, problems = parse_yaml(text, "f.yaml")
    (problem,) = problems
    assert (problem.location.line, problem.location.col) == (padding.count("\n") + 2, 15)
