"""A district's `status` in the terminal and Markdown computes only each organisation's row
(`status(..., detail=False)`; compared with the whole figures over every example and data case in
test_fast_paths_scale): one organisation is still shown whole, and the name of an organisation is
read without the index of names only where no word of it may be anyone's surname, to the same
text.

Not timed: what is compared is the result.
"""

from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from mentorkit.load.repository import load_repository
from mentorkit.matcher import Matcher
from mentorkit.status import (
    repository_status,
    repository_summary,
    status,
)
from mentorkit.status.surnames import may_name, surname_keys
from tests.conftest import BASE, DATA, EXAMPLES, write_tree

BENCHMARKS = Path(__file__).parent.parent / "benchmarks"

TODAY = date(2024, 1, 20)
Tree = Callable[[dict[str, str | bytes]], Path]


def test_one_organisation_is_shown_whole_even_by_rows(tmp_path: Path) -> None:
    repo = shutil.copytree(BASE, tmp_path / "school")
    result = status([repo], TODAY, detail=False)
    assert result.single is not None and result.detailed
    assert result == status([repo], TODAY)


ODD_PEOPLE = """\
people:
  - name: Салтыкова-Щедрина Мария Ивановна
  - name: Мамедов Гусейн оглы
  - name: Алиева Лейла кызы
  - {name: Пономарёва Екатерина Михайловна, gender: f}
  - name: Орёл Никита Львович
    forms: {genitive: Орла Никиты Львовича, dative: Орлу Никите Львовичу}
  - {name: Козлова В.А.}
  - {name: Мороз}
  - {name: Coколов Илья Сергеевич}
  - {name: Ким Саша, gender: m}
  - {name: Дюма Александр}
"""


def test_the_surname_forms_are_those_of_the_index(tmp_path: Path) -> None:
    """`surname_keys` holds every word the matcher reads a person from: the people of
    every example, of the matcher's table of names, of odd names and of a benchmark's school."""
    names = write_tree(tmp_path / "names", {"mentorkit.yaml": "organization:\n  name: Школа\n"})
    shutil.copyfile(DATA / "names" / "people.yaml", names / "people.yaml")
    odd = write_tree(tmp_path / "odd", {"mentorkit.yaml": "{}\n", "people.yaml": ODD_PEOPLE})
    school = tmp_path / "school"
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import generate
    finally:
        sys.path.remove(str(BENCHMARKS))
    generate.write_repository(school, generate.Size(items=1, pairs=1, people=150))
    examples = sorted(p for p in EXAMPLES.iterdir() if (p / "mentorkit.yaml").exists())
    checked = 0
    for root in [*examples, names, odd, school]:
        repo, _ = load_repository(root)
        people = repo.people + repo.broken_people
        keys = {key for entry in people for key in surname_keys(entry.person)}
        assert keys >= set(Matcher(people)._surnames), root.name
        checked += len(people)
    assert checked > 150


PEOPLE = """\
people:
  - name: Петрова Анна Андреевна
    experience: 20
  - name: Хотенчан Ольга Ильинична
    experience: 2
    forms:
      genitive: Хотенчан Ольги Ильиничны
  - name: Соколов Пётр Ильич
    class: 7Б
"""


@pytest.mark.parametrize(
    "name",
    [
        "МБОУ «Школа № 5»",
        "МБОУ «Школа № 5 имени А.А. Петровой»",
        "МБОУ «Школа имени Петровой Анны Андреевны»",
        "МБОУ СОШ им. петровой",
        "Школа Хотенчан Ольги Ильиничны",
        "Школа, где учится Соколов",
        "МБОУ «Лицей имени Иванова Ивана Ивановича»",
        "Гимназия им. Сидорова И.И.",
        "МБОУ   «Школа»\n№ 7",
    ],
)
def test_the_name_of_an_organisation_read_lightly_is_the_same(tree: Tree, name: str) -> None:
    root = tree(
        {
            "mentorkit.yaml": f"organization:\n  name: {json.dumps(name, ensure_ascii=False)}\n",
            "people.yaml": PEOPLE,
        }
    )
    assert repository_summary(root, TODAY).name == repository_status(root, TODAY).name


def test_may_name_only_a_surname_form_of_somebody(tree: Tree) -> None:
    root = tree({"mentorkit.yaml": "organization:\n  name: Школа\n", "people.yaml": PEOPLE})
    people = load_repository(root)[0].people
    assert may_name("школа имени Петровой", people)
    assert may_name("Школа Хотенчан", people)
    assert not may_name("МБОУ «Школа № 5»", people)
    assert not may_name("Лицей имени Иванова Ивана Ивановича", people)
    assert not may_name("", people)
