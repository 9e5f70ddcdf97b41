"""The splicing engine on the shapes YAML takes: each change lands where it should, and the
rest of the text stays byte for byte."""

from __future__ import annotations

from datetime import date

import pytest

from mentorkit.edit.yamltext import EditError, YamlText, scalar


@pytest.mark.parametrize(
    ("value", "flow", "written"),
    [
        ("Петрова А.А.", False, "Петрова А.А."),
        ("учитель, «новый»", False, "учитель, «новый»"),
        ("учитель, «новый»", True, '"учитель, «новый»"'),
        ("150", False, '"150"'),
        ("да: нет", False, '"да: нет"'),
        ("# не комментарий", False, '"# не комментарий"'),
        ("true", False, '"true"'),
        ('кавычка " и \\', False, 'кавычка " и \\'),
        ("'апостроф", False, '"\'апостроф"'),
        ("строка\nвторая", False, '"строка\\nвторая"'),
        (" пробел", False, '" пробел"'),
        (date(2024, 1, 2), False, "2024-01-02"),
        (True, False, "true"),
        (None, False, "null"),
        (18, False, "18"),
        (1.5, False, "1.5"),
    ],
)
def test_scalars_are_plain_where_yaml_allows(value: object, flow: bool, written: str) -> None:
    assert scalar(value, flow=flow) == written  # type: ignore[arg-type]


def _apply(text: str, change: object) -> str:
    editor = YamlText(text)
    change(editor)  # type: ignore[operator]
    return editor.result()


def test_a_key_into_a_flow_mapping_and_an_empty_one() -> None:
    text = "a: {x: 1}  # c\nb: {}\n"
    result = _apply(text, lambda e: (e.set(("a",), "y", "два"), e.set(("b",), "z", 3)))
    assert result == "a: {x: 1, y: два}  # c\nb: {z: 3}\n"


def test_a_value_replaced_keeps_its_comment() -> None:
    text = "a:\n  x: 'старое'   # комментарий\n  y: 2\n"
    assert _apply(text, lambda e: e.set(("a",), "x", "новое")) == (
        "a:\n  x: новое   # комментарий\n  y: 2\n"
    )


def test_a_key_after_a_block_scalar() -> None:
    text = "a:\n  b: |\n    строка\n    вторая\n\n# c\nz: 1\n"
    assert _apply(text, lambda e: e.set(("a",), "c", "d")) == (
        "a:\n  b: |\n    строка\n    вторая\n  c: d\n\n# c\nz: 1\n"
    )


def test_a_list_under_an_empty_key_and_under_a_missing_one() -> None:
    text = "a:\n  meetings:   # план\n  c: 1\n"
    assert _apply(text, lambda e: e.insert(("a", "meetings"), None, {"stage": "работа"})) == (
        "a:\n  meetings:   # план\n    - stage: работа\n  c: 1\n"
    )
    text = "a:\n  c: 1\n"
    assert _apply(text, lambda e: e.insert(("a", "items"), None, {"title": "Т"})) == (
        "a:\n  c: 1\n  items:\n    - title: Т\n"
    )
    text = "a:\n  meetings: ~\n"
    assert _apply(text, lambda e: e.insert(("a", "meetings"), None, "x")) == (
        "a:\n  meetings:\n    - x\n"
    )


def test_an_empty_flow_list_becomes_a_block_list() -> None:
    text = "people: []  # никого\nnext: 1\n"
    result = _apply(text, lambda e: e.insert(("people",), None, {"name": "Ф И О"}))
    assert result == "people:  # никого\n  - name: Ф И О\nnext: 1\n"


def test_flow_lists_take_items_anywhere() -> None:
    text = "a: [1, 3]\nb: []\n"
    result = _apply(text, lambda e: (e.insert(("a",), 1, 2), e.insert(("b",), None, "x")))
    assert result == "a: [1, 2, 3]\nb: [x]\n"


def test_block_lists_take_items_in_the_middle_with_their_spacing() -> None:
    text = "l:\n  -   a: 1\n\n  -   a: 3\n"
    result = _apply(text, lambda e: e.insert(("l",), 1, {"a": 2}))
    assert result == "l:\n  -   a: 1\n\n  -   a: 2\n\n  -   a: 3\n"


def test_a_nested_value_is_written_as_a_block() -> None:
    text = "people:\n  - name: А\n"
    person = {"name": "Б", "consent": {"date": date(2024, 1, 1), "by": "мать"}, "tags": ["x"]}
    result = _apply(text, lambda e: e.insert(("people",), None, person))
    assert result == (
        "people:\n  - name: А\n  - name: Б\n    consent:\n      date: 2024-01-01\n"
        "      by: мать\n    tags: [x]\n"
    )


def test_what_cannot_be_done_is_refused() -> None:
    editor = YamlText("a:\n  b: [1]\n")
    with pytest.raises(EditError):
        editor.node("a", "c")
    with pytest.raises(EditError):
        editor.set(("a", "b"), "x", 1)
    with pytest.raises(EditError):
        editor.set(("a",), "b", {"x": 1})
    with pytest.raises(EditError):
        YamlText("a: [\n")
    with pytest.raises(EditError):
        YamlText("# только комментарий\n")
