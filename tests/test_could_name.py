"""check's cheap test before reading a message for minors (matcher.could_name): it may let a
message through unread only where the full matcher would find no minor in it either."""

from __future__ import annotations

import unicodedata

import pytest

from mentorkit.load.repository import PersonEntry
from mentorkit.matcher import could_name, matcher_for
from mentorkit.model.people import Person

PEOPLE = (
    PersonEntry(0, Person(name="Соколов Илья Сергеевич", group="7Б", gender="m")),
    PersonEntry(1, Person(name="Ставницкая Елена Евгеньевна", gender="f")),
)
WORDS = matcher_for(PEOPLE).words_of(frozenset({0}))

NAMING = [
    "ответственный «с Соколовым Ильёй» не найден",
    "«СОКОЛОВА ИЛЬЮ СЕРГЕЕВИЧА»",
    "Сoколов И.С.",  # a Latin «o»
    unicodedata.normalize("NFD", "Соколовым Ильей"),
    "Соко\u00adлов",  # an invisible soft hyphen
    "ученик Петров Иван Ильич",  # not in people.yaml, but reads like a pupil
    "Петров Иван Ильич (7Б)",
]


@pytest.mark.parametrize("text", NAMING)
def test_a_text_that_may_name_a_minor_is_read(text: str) -> None:
    assert could_name(text, WORDS)


@pytest.mark.parametrize("text", NAMING[:5])
def test_the_full_matcher_does_find_the_minor_there(text: str) -> None:
    # the positive control: these are texts find() reads as the minor
    assert any(0 in {e.index for e in f.matches} for f in matcher_for(PEOPLE).find(text))


def test_a_message_without_any_of_their_words_is_not() -> None:
    assert not could_name("неизвестное поле «поле17» — возможно, «deadline»?", WORDS)
    assert not could_name("Ставницкая Е.Е. названа в приказе", WORDS)
