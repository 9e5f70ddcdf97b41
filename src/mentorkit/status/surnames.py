"""Whether a text may name somebody of a repository, told without the index of their names.

The matcher's search reads a person only from a word of the text that is a form of their surname
(`Matcher.find`): where no word of the text is one, it finds in it exactly what a search over
nobody finds (full names of people outside people.yaml). Building the index declines and folds
every word of every name — most of the time a district's `status` spent on an organisation whose
only text it shows is its own name. The surname forms alone are a fraction of that.
"""

from __future__ import annotations

from functools import lru_cache

from mentorkit.load.repository import PersonEntry
from mentorkit.matcher import fold, tokenize
from mentorkit.model.people import Case, Person
from mentorkit.names import CASES, decline_part, gender_from, split_name


def may_name(text: str, people: tuple[PersonEntry, ...]) -> bool:
    """False only where the matcher, searching `text` for `people`, reads no surname of theirs:
    no word of it is a form of anyone's surname as the index holds them (`surname_keys`)."""
    words = {token.key for token in tokenize(text) if token.kind == "word"}
    if not words:
        return False
    return any(not words.isdisjoint(surname_keys(entry.person)) for entry in people)


def surname_keys(person: Person) -> frozenset[str]:
    """Every form of a person's surname the matcher's index keeps: as written, declined by
    pytrovich for their gender (for both where it cannot be told), and the first word of each
    of their `forms:`; folded."""
    return _keys(person.name, person.gender, tuple(sorted(person.forms.items())))


@lru_cache(maxsize=4096)
def _keys(name: str, gender: str | None, written: tuple[tuple[Case, str], ...]) -> frozenset[str]:
    surname = split_name(name).surname
    sex = gender_from(name, gender)
    keys: set[str] = set()
    if surname:
        keys.add(fold(surname))
        for one in (sex,) if sex else ("f", "m"):
            for case in CASES[1:]:
                keys.add(fold(decline_part("surname", surname, one, case)))
    for _, form in written:
        words = form.split()
        if words:
            keys.add(fold(words[0]))
    return frozenset(keys)
