"""`names.decline_cases` (pytrovich's rule found once for the five cases, as the index of names
declines every word of every name) gives what `decline_part` gives case by case."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

from mentorkit import names
from mentorkit.names import CASES, decline_cases, decline_part

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import generate  # noqa: E402

ODD = (
    "Салтыков-Щедрин",
    "Бонч-Бруевич",
    "Анна-Мария",
    "Римский-Корсаков",
    "Ли",
    "О",
    "Ю",
    "Ким",
    "Цой",
    "Лев",
    "Ельцин",
    "Королев",
    "Пётр",
    "ИВАНОВ",
    "иванова",
    "Иванов-",
    "-",
    "--",
    "Сидоренко",
    "Дюма",
    "Гусейн",
    "Мамедов",
    "Заяц",
    "Орёл",
    "Наталия",
    "Алия",
    "Шмидт",
    "Smith",
    "Ивановъ",
    "Петров2",
    "",
)


def _words() -> set[tuple[str, str]]:
    words: set[tuple[str, str]] = set()
    for path in ROOT.glob("roadmaps/*/people.yaml"):
        for person in yaml.safe_load(path.read_text(encoding="utf-8")).get("people", []):
            parts = names.split_name(person.get("name", ""))
            words |= {("surname", parts.surname), ("first", parts.first)}
            if parts.patronymic:
                words.add(("patronymic", parts.patronymic.split()[0]))
    for surname in generate.SURNAMES:
        words |= {("surname", surname), ("surname", surname + "а")}
    for first in (*generate.MALE_NAMES, *generate.FEMALE_NAMES):
        words.add(("first", first))
    for stem in generate.PATRONYMIC_STEMS:
        words |= {("patronymic", stem + "ович"), ("patronymic", stem + "овна")}
    for word in ODD:
        words |= {(part, word) for part in ("surname", "first", "patronymic")}
    return words


WORDS = sorted(_words())


def test_every_case_as_decline_part_gives_it() -> None:
    assert len(WORDS) > 300
    for part, word in WORDS:
        for sex in ("f", "m"):
            expected = tuple(decline_part(part, word, sex, case) for case in CASES[1:])
            assert decline_cases(part, word, sex) == expected, (part, word, sex)


def test_another_pytrovich_declines_case_by_case(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(names, "_SHARED_RULES", "not this one")
    assert names._piece_rules(names.NamePart.LASTNAME, "Иванов", "m") is None
    decline_cases.cache_clear()
    try:
        assert decline_cases("surname", "Иванов", "m") == (
            "Иванова",
            "Иванову",
            "Иванова",
            "Ивановым",
            "Иванове",
        )
        assert decline_cases("first", "Анна-Мария", "f")[0] == "Анны-Марии"
    finally:
        decline_cases.cache_clear()
