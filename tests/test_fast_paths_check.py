"""The shortcuts of `check` on a large repository give what the long way gives: the test that a
text names nobody of people.yaml before it is searched (`Matcher.names_anyone`) never skips a
text the search finds somebody in, on every example, every test case and every sentence of the
matcher's table; and `check` with every shortcut turned off finds the same problems.

Not timed: what is compared is the result, to the last problem.
"""

from __future__ import annotations

import dataclasses
import json
import random
import re
import shutil
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from pydantic import ValidationError

from mentorkit.check import check
from mentorkit.checks import consent as consent_checks
from mentorkit.load.repository import Repository, load_repository
from mentorkit.load.yamlfile import read_yaml
from mentorkit.matcher import (
    _INVISIBLE_TABLE,
    _LOOKALIKE_TABLE,
    INVISIBLE,
    LATIN_LOOKALIKES,
    Found,
    Matcher,
    fold,
    matcher_for,
)
from mentorkit.model import numbered_items
from mentorkit.model.common import _CONTROL
from mentorkit.model.people import PeopleFile, Person
from mentorkit.problems import Location, Problem, Severity
from mentorkit.refs import PeopleIndex
from mentorkit.report.check import SHOWN_IN_JSON, to_json
from mentorkit.report.printable import safe_json
from mentorkit.texts import all_places
from tests.conftest import DATA, EXAMPLES, overlay
from tests.test_matcher import PEOPLE, TABLE

TODAY = date(2024, 1, 20)


def _repositories(into: Path) -> list[Path]:
    """Every example repository, the base one, and every data case laid over it, as copies."""
    repos = [
        Path(shutil.copytree(example, into / f"example-{example.name}"))
        for example in sorted(p for p in EXAMPLES.iterdir() if (p / "mentorkit.yaml").exists())
    ]
    repos.append(Path(shutil.copytree(DATA / "base", into / "base")))
    cases = sorted(p for kind in ("valid", "invalid") for p in (DATA / kind).iterdir())
    repos += [overlay(case, into / f"{case.parent.name}-{case.name}") for case in cases]
    return repos


@pytest.fixture(scope="module")
def repositories(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return _repositories(tmp_path_factory.mktemp("repos"))


def _texts(repo: Repository) -> list[str]:
    """Every text `check` searches for people: each place, and every field of every item."""
    texts = [place.value for place in all_places(repo)]
    for doc in repo.roadmaps:
        for numbered in numbered_items(doc.model):
            item = numbered.item
            texts += [*item.responsible, *item.co_responsible, item.title, item.deadline or ""]
    return texts


def _never_skips_a_name(matcher: Matcher, texts: list[str]) -> tuple[int, int]:
    """(texts skipped, texts that name somebody); fails on a skipped text that names somebody."""
    skipped = named = 0
    for text in texts:
        somebody = any(found.matches for found in matcher.find(text))
        named += somebody
        if not matcher.names_anyone(text):
            skipped += 1
            assert not somebody, text
    return skipped, named


def test_a_text_is_skipped_only_where_nobody_is_found(repositories: list[Path]) -> None:
    skipped = named = 0
    for root in repositories:
        repo, _ = load_repository(root)
        counts = _never_skips_a_name(matcher_for(repo.people), _texts(repo))
        skipped, named = skipped + counts[0], named + counts[1]
    # Both kinds are many: the test would mean nothing if every text were searched, or none.
    assert skipped > 500 and named > 500


def test_the_sentences_of_the_matcher_table_are_never_skipped_wrongly() -> None:
    """The table holds the hard spellings: Latin look-alike letters, soft hyphens, letters
    made of two characters, «ё», hyphenated surnames, every case."""
    skipped, named = _never_skips_a_name(Matcher(PEOPLE), [text for _, text in TABLE])
    assert skipped >= 10 and named >= 100


def test_find_known_is_find_where_it_searches() -> None:
    """Nothing where `find` finds nobody of people.yaml; else what `find` finds, the first time
    (from the matcher) and the second (from what the first kept)."""
    index = PeopleIndex(PEOPLE)
    for _, text in TABLE:
        found = Matcher(PEOPLE).find(text)
        for _ in range(2):
            known = index.find_known(text)
            assert known == found or (not known and not any(f.matches for f in found)), text


def _problems(repo: Path) -> list[tuple[str, str, str]]:
    return [(p.code, str(p.location), p.message) for p in check([repo], TODAY).problems]


def test_check_finds_the_same_without_the_shortcuts(
    repositories: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = [_problems(repo) for repo in repositories]
    monkeypatch.setattr(Matcher, "names_anyone", lambda self, text: True)
    monkeypatch.setattr(consent_checks, "_everyone_consented", lambda ctx: False)
    slow = [_problems(repo) for repo in repositories]
    assert sum(map(len, fast)) > 100
    for repo, mine, theirs in zip(repositories, fast, slow, strict=True):
        assert mine == theirs, repo.name


def _read_alone(matcher: Matcher, text: str) -> list[Found]:
    """`find` with nothing kept from the texts read before."""
    matcher._windows.clear()
    return matcher.find(text)


def test_a_surname_read_in_another_text_reads_the_same(repositories: list[Path]) -> None:
    """A surname in the same surroundings is read once (`Matcher.find` keeps the readings by
    the tokens around it): every text finds what it finds read on its own, in any order."""
    cases = [(PEOPLE, [text for _, text in TABLE])]
    for root in repositories:
        repo, _ = load_repository(root)
        cases.append((repo.people, _texts(repo)))
    reused = 0
    for people, texts in cases:
        shared, alone = Matcher(people), Matcher(people)
        for text in [*texts, *reversed(texts)]:
            before = len(shared._windows)
            assert shared.find(text) == _read_alone(alone, text), text
            reused += len(shared._windows) == before and bool(shared._windows)
    assert reused > 1000


def test_json_of_check_is_what_json_dumps_writes(repositories: list[Path]) -> None:
    """`to_json` writes the problems itself: byte for byte what `json.dumps(..., indent=2)`
    writes of the same data, for every repository and for messages of every odd character."""
    odd = [
        Problem(
            "MK201",
            Severity.WARNING,
            Location('a "b"\\c.yaml', line, 0),
            message,
        )
        for line, message in enumerate(
            ['«кавычки» "и" \\ обратная', "строка\nвторая\tтаб", "\x1b[31m\u202e", "😀 \ud7ff", ""]
        )
    ]
    results = [check([repo], TODAY) for repo in repositories]
    results.append(dataclasses.replace(results[0], problems=tuple(odd)))
    results.append(dataclasses.replace(results[0], problems=()))
    assert sum(len(result.problems) for result in results) > 100
    for result in results:
        data = json.loads(to_json(result))
        assert to_json(result) == safe_json(json.dumps(data, ensure_ascii=False, indent=2))
        assert len(data["problems"]) == min(len(result.problems), SHOWN_IN_JSON)


def _fold_every_time(word: str) -> str:
    """`fold` as it was written first: both tables applied to every word."""
    text = unicodedata.normalize("NFC", word).translate(_INVISIBLE_TABLE)
    if re.search("[а-яё]", text, re.IGNORECASE):
        text = text.translate(_LOOKALIKE_TABLE)
    text = text.replace("‐", "-").replace("‑", "-")
    return text.replace("ё", "е").replace("Ё", "Е").lower()


def test_fold_is_what_applying_both_tables_gives(repositories: list[Path]) -> None:
    """`fold` translates only a text that has an invisible character or a Latin look-alike:
    the same folding, on every text of the tests and on mixes of the odd characters."""
    texts = [text for _, text in TABLE]
    for root in repositories:
        texts += _texts(load_repository(root)[0])
    pieces = ["Сoколов", "Соко", "лов", "Ёлкина", "ЁЛКИНА", "Peter", "й", "и\u0306", "-", "‐", "‑"]
    pieces += [*INVISIBLE, *LATIN_LOOKALIKES]
    rng = random.Random(16)
    texts += ["".join(rng.choices(pieces, k=rng.randint(1, 8))) for _ in range(3000)]
    for text in texts:
        assert fold.__wrapped__(text) == _fold_every_time(text), text


def test_names_each_once_is_what_find_says(repositories: list[Path]) -> None:
    """`names_each_once` (no `Found` made) is True exactly where every reading `find` keeps
    names one person, without a clash or a weak match: the test `check_roadmaps` asks."""
    cases = [(PEOPLE, [text for _, text in TABLE])]
    for root in repositories:
        repo, _ = load_repository(root)
        cases.append((repo.people, _texts(repo)))
    counts = {True: 0, False: 0}
    for people, texts in cases:
        matcher = Matcher(people)
        for text in texts:
            found = matcher.find(text)
            plain = all(len(f.matches) == 1 and not f.clash and not f.weak for f in found)
            assert matcher.names_each_once(text) == plain, text
            assert PeopleIndex(people).names_each_once(text) == plain, text
            counts[plain] += 1
    assert counts[True] > 500 and counts[False] > 40


def test_people_read_in_one_call_are_those_read_one_by_one(repositories: list[Path]) -> None:
    """A people.yaml without a broken entry is validated as one list: the same people as one
    by one (which a file with a broken entry still is)."""
    compared = 0
    for root in repositories:
        yaml_file, _ = read_yaml(root, "people.yaml")
        if yaml_file is None or not isinstance(yaml_file.data, dict):
            continue
        items = yaml_file.data.get("people")
        if not isinstance(items, list):
            continue
        try:
            alone = [PeopleFile.model_validate({"people": [item]}).people[0] for item in items]
        except ValidationError:
            continue  # a broken entry: read one by one, as before
        repo, _ = load_repository(root)
        assert [e.person for e in repo.people if e.source == "people.yaml"] == alone, root.name
        compared += bool(alone)
    assert compared > 20


def test_every_control_character_is_unprintable() -> None:
    """The models skip the search for control characters in a printable text: every
    character the search looks for must then be unprintable, and each is still refused."""
    hidden = [chr(c) for c in (*range(0x00, 0xA0), 0xFFFE, 0xFFFF) if _CONTROL.match(chr(c))]
    assert len(hidden) == 9 + 2 + 18 + 33 + 2  # 00-08, 0b-0c, 0e-1f, 7f-9f, fffe-ffff
    for char in hidden:
        assert not char.isprintable()
        assert not f"Иванов{char}а".isprintable()
        with pytest.raises(ValidationError):
            Person(name=f"Иванов{char} Иван Иванович")
