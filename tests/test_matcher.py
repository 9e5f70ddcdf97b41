"""The one matcher of names in free text: a table of real-looking sentences with the people each
names (tests/data/names/), and the properties the rest of mentorkit relies on."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from mentorkit.load.repository import PersonEntry
from mentorkit.load.validate import validate
from mentorkit.load.yamlfile import read_yaml
from mentorkit.matcher import Matcher, fold, matcher_for, oddities, tokenize
from mentorkit.model.people import PeopleFile, Person

NAMES = Path(__file__).parent / "data" / "names"


def _people() -> tuple[PersonEntry, ...]:
    yaml_file, problems = read_yaml(NAMES, "people.yaml")
    assert yaml_file is not None and not problems
    parsed, problems = validate(PeopleFile, yaml_file.data, yaml_file.positions)
    assert parsed is not None and not problems
    return tuple(PersonEntry(i, person) for i, person in enumerate(parsed.people))


PEOPLE = _people()


def _unescape(text: str) -> str:
    text = text.replace("\\n", "\n").replace("\\t", "\t")
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)


def _table() -> list[tuple[str, str]]:
    rows = []
    for line in (NAMES / "sentences.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        expected, sentence = line.split(" | ", 1)
        rows.append((expected.strip(), _unescape(sentence)))
    return rows


TABLE = _table()


def test_the_table_is_big_enough_and_names_known_people() -> None:
    assert len(TABLE) >= 150
    ids = {entry.person.id for entry in PEOPLE}
    for expected, _ in TABLE:
        for name in expected.split(","):
            assert name in ids | {"?", "-"}, name
    # Every person of the table is found somewhere, and sentences naming nobody are many.
    found = {name for expected, _ in TABLE for name in expected.split(",")}
    assert ids <= found
    assert sum(1 for expected, _ in TABLE if expected == "-") >= 30


@pytest.mark.parametrize(("expected", "sentence"), TABLE, ids=[str(i) for i in range(len(TABLE))])
def test_the_table(expected: str, sentence: str) -> None:
    found = Matcher(PEOPLE).find(sentence)
    names = [
        ",".join(sorted(e.person.id or "" for e in f.matches)) if f.matches else "?" for f in found
    ]
    assert (",".join(names) or "-") == expected, found


def test_a_find_is_the_text_as_written() -> None:
    text = "Поручить  ХОТЕНЧАН\nО. В провести"
    (found,) = Matcher(PEOPLE).find(text)
    assert text[found.start : found.end] == found.text == "ХОТЕНЧАН\nО. В"
    assert found.case == "nominative" and not found.full


def test_the_case_and_whether_the_first_name_is_written_out() -> None:
    (found,) = Matcher(PEOPLE).find("Поручить Ольге Хотенчан провести тренинг")
    assert found.case == "dative" and found.full
    (found,) = Matcher(PEOPLE).find("за Соколовым Ильёй Сергеевичем")
    assert found.case == "instrumental" and found.full
    (found,) = Matcher(PEOPLE).find("Отчёт подготовил Соколов.")
    assert found.bare


def test_a_pupil_is_told_by_what_stands_next_to_the_name() -> None:
    (found,) = Matcher(PEOPLE).find("ученик 8В класса Кузнецов Артём Игоревич")
    assert not found.matches and found.pupil and found.full
    (found,) = Matcher(PEOPLE).find("Поощрить Сидорова Петра Ивановича за помощь")
    assert not found.matches and not found.pupil


def test_people_who_share_a_surname_and_initials_are_one_ambiguous_find() -> None:
    twins = (
        PersonEntry(0, Person(name="Петрова Анна Андреевна")),
        PersonEntry(1, Person(name="Петрова Алла Алексеевна")),
    )
    (found,) = Matcher(twins).find("Петрова А.А. провела урок")
    assert {e.index for e in found.matches} == {0, 1}
    (found,) = Matcher(twins).find("Петрова Алла провела урок")
    assert [e.index for e in found.matches] == [1]


def test_forms_in_people_yaml_are_found() -> None:
    odd = (
        PersonEntry(
            0,
            Person(name="Ким Саша", gender="f", forms={"dative": "Кимовой Саше"}),
        ),
    )
    (found,) = Matcher(odd).find("Поручить Кимовой Саше провести урок")
    assert found.case == "dative" and found.matches


def test_folding_and_oddities() -> None:
    assert fold("Сoколов") == fold("Соколов") == "соколов"
    assert fold(unicodedata.normalize("NFD", "Ёлкиной")) == "елкиной"
    assert fold("Со\u00adколов") == "соколов"
    assert "латинские буквы «o»" in oddities("Сoколов И.С.")
    assert "невидимые" in oddities("Со\u200bколов")
    assert "двух символов" in oddities(unicodedata.normalize("NFD", "Йошкина"))
    assert oddities("Соколов И.С.") == ""
    # A word written in Latin letters only is not made Cyrillic: «OK» stays «ok».
    assert fold("OK") == "ok"


def test_tokens_keep_their_places() -> None:
    text = "И.С.Соколов, 7Б"
    tokens = tokenize(text)
    assert [(t.raw, t.kind) for t in tokens] == [
        ("И.", "initial"),
        ("С.", "initial"),
        ("Соколов", "word"),
        (",", "other"),
        ("7Б", "other"),
    ]
    assert all(text[t.start : t.end] == t.raw for t in tokens)


def test_one_index_per_list_of_people() -> None:
    assert matcher_for(PEOPLE) is matcher_for(PEOPLE)
    assert matcher_for(PEOPLE[:3]) is not matcher_for(PEOPLE)


def test_the_work_per_text_does_not_grow_with_the_people() -> None:
    """Looked up, not searched: a text is read once whatever the number of people, so the
    index is asked about each word once (counted, not timed)."""
    many = tuple(
        PersonEntry(i, Person(name=f"Фамилия{chr(1072 + i % 32)}{i} Имя Отчествович"))
        for i in range(300)
    )

    class Counting(dict[str, object]):
        calls = 0

        def get(self, key: str, default: object = None) -> object:
            Counting.calls += 1
            return super().get(key, default)

    text = "Куратор Ставницкая Е.Е., наставники, Соколов И.С. и другие участники"
    counts = []
    for people in (PEOPLE, PEOPLE + many):
        matcher = Matcher(people)
        matcher._surnames = Counting(matcher._surnames)  # type: ignore[assignment]
        Counting.calls = 0
        matcher.find(text)
        counts.append(Counting.calls)
    assert counts[0] == counts[1] == len([t for t in tokenize(text) if t.kind == "word"])


def test_a_turkic_patronymic_is_one_name_with_its_ogly() -> None:
    (found,) = Matcher(PEOPLE).find("Поручить Алиеву Рашиду Гусейн оглы провести урок")
    assert found.text == "Алиеву Рашиду Гусейн оглы" and found.case == "dative"


def test_a_womans_surname_in_the_nominative_is_not_a_mans_in_the_genitive() -> None:
    from mentorkit.refs import PeopleIndex

    people = (
        PersonEntry(0, Person(name="Потапова Валерия Романовна")),
        PersonEntry(1, Person(name="Потапов Вадим Романович")),
    )
    (found,) = Matcher(people).find("Ответственный: Потапова В.Р.")
    assert {e.index for e in found.matches} == {0, 1} and found.weak == (1,)
    (mention,) = PeopleIndex(people).mentions("Ответственный: Потапова В.Р.")
    assert [e.index for e in mention.matches] == [0]
