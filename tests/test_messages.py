"""What a curator reads: the messages of a few cases say how to fix the problem."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from mentorkit.check import check
from tests.conftest import DATA, overlay


def _messages(case: str, tmp_path: Path) -> list[str]:
    repo = overlay(DATA / "invalid" / case, tmp_path / "repo")
    return [p.message for p in check([repo], date(2024, 1, 20)).problems]


def test_a_slip_of_the_pen_gets_the_close_name(tmp_path: Path) -> None:
    first, second = _messages("person-typo-and-latin-letter", tmp_path)
    assert "возможно, имелся в виду «Опытова А.А.»?" in first
    assert "латинские буквы" in second


def test_a_person_listed_twice_names_the_first_line(tmp_path: Path) -> None:
    (message,) = _messages("person-listed-twice", tmp_path)
    assert message.startswith("Новикова М.П. уже есть в строке 13")


def test_stray_files_say_where_they_belong(tmp_path: Path) -> None:
    messages = " | ".join(_messages("stray-files-and-folders", tmp_path))
    assert "переименуйте его в 12.yaml" in messages
    assert "должны лежать в «pairs/»" in messages
    assert "перенесите файлы прямо в roadmaps/" in messages


def test_names_in_free_text_are_quoted_as_written() -> None:
    from mentorkit.refs import PeopleIndex

    (mention,) = PeopleIndex(()).mentions("Администратор сайта Пономарёв  Григорий Ильич")
    assert mention.text == "Пономарёв Григорий Ильич"
