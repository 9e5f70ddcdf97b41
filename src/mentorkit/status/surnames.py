"""Whether a text may name somebody of a repository, told without the index of their names.

The matcher's search reads a person only from a word of the text that is a form of their surname
(`Matcher.find`): where no word of the text is one, it finds in it exactly what a search over
nobody finds (full names of people outside people.yaml). Building the index declines and folds
every word of every name — most of the time a district's `status` spent on an organisation whose
only text it shows is its own name. The surname forms alone are a fraction of that: declined for
both genders, they are a few more than the index keeps (which only makes the answer «may» more
often), and shared by namesakes.
"""

from __future__ import annotations

from functools import lru_cache

from mentorkit.load.repository import PersonEntry
from mentorkit.matcher import fold, tokenize
from mentorkit.model.people import Person
from mentorkit.names import CASES, decline_part, split_name


def may_name(text: str, people: tuple[PersonEntry, ...]) -> bool:
    """False only where the matcher, searching `text` for `people`, reads no surname of theirs:
    no word of it is a form of anyone's surname (`surname_keys`)."""
    words = {token.key for token in tokenize(text) if token.kind == "word"}
    if not words:
        return False
    return any(not words.isdisjoint(surname_keys(entry.person)) for entry in people)


def surname_keys(person: Person) -> frozenset[str]:
    """Every form of a person's surname the matcher's index may keep, folded: as written,
    declined by pytrovich for either gender (the index declines it for theirs, where it can be
    told), and the first word of each of their `forms:`."""
    keys = _declined(split_name(person.name).surname)
    if not person.forms:
        return keys
    written = {fold(form.split()[0]) for form in person.forms.values() if form.split()}
    return keys | written


@lru_cache(maxsize=4096)
def _declined(surname: str) -> frozenset[str]:
    """A surname's folded forms in every case for both genders (shared by namesakes)."""
    if not surname:
        return frozenset()
    keys = {fold(surname)}
    for sex in ("f", "m"):
        for case in CASES[1:]:
            keys.add(fold(decline_part("surname", surname, sex, case)))
    return frozenset(keys)
