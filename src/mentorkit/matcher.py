"""Finding the people of people.yaml in free text, however Russian writes a name.

One index of name forms is built once per list of people: every word of every name (surname,
first name, patronymic) in each of the six cases (pytrovich's, or the person's `forms:`), folded
(letter case, ё/е, Latin look-alike letters, NFC/NFD, invisible characters). A text is cut into
tokens once, and each token is looked up in that dictionary: the time a text takes does not
depend on how many people there are.

A surname found this way names its person when something next to it says it is a name: the first
name (and patronymic) in the same case, before or after it, or the initials, before or after,
with or without dots and spaces. A surname alone counts only where it cannot be an ordinary word:
written with a capital letter and with a surname's ending (-ов, -ина, -ский, -енко…); for a minor
also any capitalised surname that does not open a sentence. «Лев», «Орёл», «Мороз», «Роза» in a
sentence are words, not people.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Literal, NamedTuple

from mentorkit import names
from mentorkit.load.repository import PersonEntry
from mentorkit.model.people import Case
from mentorkit.names import CASES
from mentorkit.records import dataclass

Part = Literal["surname", "first", "patronymic"]

LATIN_LOOKALIKES = {
    "a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "k": "к",
    "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О",
    "P": "Р", "T": "Т", "X": "Х", "Y": "У",
}  # fmt: skip
"""Latin letters that look like Cyrillic ones: «Coколов» with a Latin «C» is «Соколов»."""
_LOOKALIKE_TABLE = str.maketrans(LATIN_LOOKALIKES)
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
"""Soft hyphen, zero-width spaces and joiners: invisible, yet they split a word for a search."""
_INVISIBLE_TABLE = str.maketrans("", "", INVISIBLE)
_MARKS = "\u0300-\u036f"

_TOKEN = re.compile(
    rf"[\w{_MARKS}{INVISIBLE}]+(?:[-‐‑][\w{_MARKS}{INVISIBLE}]+)*|\S",
)
_CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)

_SURNAME_ENDINGS = (
    "ов", "ев", "ёв", "ин", "ын", "ова", "ева", "ёва", "ина", "ына", "ский", "цкий", "ской",
    "ская", "цкая", "енко", "ук", "юк", "чук", "ян", "янц", "дзе", "швили", "ых", "их",
)  # fmt: skip
"""Endings that make a capitalised word read as a surname even alone («Соколову», «Орловой»)."""
_PATRONYMIC = re.compile(
    r"(?:ович|евич|ич)(?:а|у|ем|е)?$|(?:овн|евн|ичн|иничн)(?:а|ы|е|у|ой|ою)$|(?:оглы|кызы)$"
)
_NOT_SURNAMES = (
    "наставни", "наставляем", "учител", "учени", "директор", "куратор", "ответствен", "педагог",
    "заместител", "руководител", "обучающ", "учащ", "председател", "методист", "воспитател",
    "классн", "уважаем", "дорог", "студент", "специалист", "исполнител",
)  # fmt: skip
"""Words that open «Наставник Илья Сергеевич», «Уважаемая Анна Андреевна»: not a surname."""
_PUPIL_WORDS = ("учени", "обучающ", "учащ", "воспитанни", "школьни", "класс")
"""Words that make a name read as a pupil's: «ученик 7Б класса Петров Иван Ильич»."""
_QUOTES = set("«»\"„“”'")
_SENTENCE_BREAKS = set('.!?…:;-–—•«"(')


_HAS_INVISIBLE = re.compile(f"[{INVISIBLE}]")
_HAS_LOOKALIKE = re.compile(f"[{''.join(LATIN_LOOKALIKES)}]")


@lru_cache(maxsize=1 << 16)
def fold(word: str) -> str:
    """A word as the index keeps it: NFC, no invisible characters, Cyrillic for Latin
    look-alikes (where the word has Cyrillic letters), «е» for «ё», lower case."""
    text = unicodedata.normalize("NFC", word)
    # `translate` by a table costs microseconds on any Cyrillic text: only where it changes it
    if _HAS_INVISIBLE.search(text):
        text = text.translate(_INVISIBLE_TABLE)
    if _HAS_LOOKALIKE.search(text) and _CYRILLIC.search(text):
        text = text.translate(_LOOKALIKE_TABLE)
    text = text.replace("‐", "-").replace("‑", "-")
    return text.replace("ё", "е").replace("Ё", "Е").lower()


def oddities(text: str) -> str:
    """What makes `text` differ from what it looks like: «латинская «о» в «Coколов»», invisible
    characters; empty when nothing does."""
    notes: list[str] = []
    composed = unicodedata.normalize("NFC", text)
    if any(char in INVISIBLE for char in composed):
        notes.append("невидимые символы (мягкий перенос или пробел нулевой ширины)")
    for word in _TOKEN.findall(composed.translate(_INVISIBLE_TABLE)):
        if not _CYRILLIC.search(word):
            continue
        latin = sorted({char for char in word if char in LATIN_LOOKALIKES})
        if latin:
            letters = ", ".join(f"«{char}»" for char in latin)
            notes.append(f"латинские буквы {letters} в «{word}»")
    if composed != text and not notes:
        notes.append("буквы записаны из двух символов (й как и + кратка)")
    return "; ".join(notes)


class Token(NamedTuple):
    """A word, an initial or a mark of a text, with its place (a tuple: a text of a roadmap
    has dozens, and a frozen dataclass took longer to make than to find them)."""

    start: int
    end: int
    raw: str
    key: str
    kind: Literal["word", "initial", "other"]
    gap_newline: bool = False

    @property
    def capitalised(self) -> bool:
        return _shape(self.raw)[0]

    @property
    def title_case(self) -> bool:
        """«Соколов», not «СОКОЛОВ» nor «соколов»."""
        return _shape(self.raw)[1]


@lru_cache(maxsize=1 << 16)
def _shape(raw: str) -> tuple[bool, bool]:
    letters = [c for c in unicodedata.normalize("NFC", raw) if c.isalpha()]
    capitalised = bool(letters) and letters[0].isupper()
    return capitalised, capitalised and not all(c.isupper() for c in letters)


_DIGIT = re.compile(r"[\d_]")


@lru_cache(maxsize=1 << 16)
def _classify(raw: str) -> tuple[str, Literal["word", "other"], bool]:
    """A word's key, whether it is a word at all (not «7Б»), and whether it is one capital
    letter (an initial, if a dot or a space follows)."""
    key = fold(raw)
    if _DIGIT.search(key):
        return key, "other", False
    letter = unicodedata.normalize("NFC", raw).translate(_INVISIBLE_TABLE)
    return key, "word", len(key) == 1 and letter.isupper()


def tokenize(text: str) -> list[Token]:
    """Words, initials («И.», «И» alone in capitals) and single marks, with their places."""
    tokens: list[Token] = []
    append = tokens.append
    new = tuple.__new__  # a Token made without the Python frame of its __new__
    last = 0  # where the previous token ended (a newline in between is worth knowing)
    lines = "\n" in text
    size = len(text)
    find = text.find
    dot = False  # the previous token, an initial, took the dot after it as its own
    # The tokens' texts in one call, without a match object each: a token starts where its
    # text is first found after the previous one, for only spaces stand between two.
    for raw in _TOKEN.findall(text):
        if dot:
            dot = False
            continue  # that dot
        start = find(raw, last)
        end = start + len(raw)
        newline = lines and find("\n", last, start) >= 0
        last = end
        if len(raw) == 1 and not raw.isalnum():
            append(new(Token, (start, end, raw, raw, "other", newline)))
            continue
        key, kind, capital_letter = _classify(raw)
        if kind == "other":
            append(new(Token, (start, end, raw, key, "other", newline)))
            continue
        if capital_letter:
            if text.startswith(".", end):
                append(new(Token, (start, end + 1, raw + ".", key, "initial", newline)))
                last = end + 1
                dot = True
                continue
            if end == size or not text[end].isalpha():
                append(new(Token, (start, end, raw, key, "initial", newline)))
                continue
        append(new(Token, (start, end, raw, key, "word", newline)))
    return tokens


@dataclass(frozen=True)
class Found:
    """A person (or several who cannot be told apart; or nobody, for a full name that is nobody
    in people.yaml) named in a text between `start` and `end`."""

    start: int
    end: int
    text: str
    matches: tuple[PersonEntry, ...]
    case: Case
    full: bool
    """The first name is written out («Ольге Хотенчан»), not only initials or the surname."""
    bare: bool = False
    """The surname alone, with nothing next to it to confirm it is a name."""
    pupil: bool = False
    """Something next to it reads like a pupil: «ученик», «обучающийся», «класса»."""
    clash: bool = False
    """Read as a man's surname in the genitive or accusative with initials («Директорова
    И.И.»), which is also how a woman's surname is written in the nominative: a reference that
    must be in the nominative is then somebody else."""
    weak: tuple[int, ...] = ()
    """Of several matches, those read only that way (`clash`): a reference in the nominative
    means the others («Потапова В.Р.» is Потапова, not Потапов in the genitive)."""


Reading = tuple[int, int, int, Case, bool, bool, bool]
"""How a surname and its neighbours read: strength (3 a full name or both initials, 2 one of
them, 1 the surname alone, 0 a name of nobody), first and last token, case, full, bare, clash
(the fields of `Found`; `pupil` depends on the tokens only, and is found for a kept span)."""
Hit = tuple[Reading, int | None]
"""A reading and the person it names (None: nobody in people.yaml)."""


class Matcher:
    """The index of every name form of a list of people, and the search through a text."""

    def __init__(self, people: tuple[PersonEntry, ...]) -> None:
        self.people = people
        self._entries = {entry.index: entry for entry in people}
        self._forms: dict[int, _NameForms] = {}
        """Each person's name forms: the words of their name in every case (shared by the
        people whose name has the same word), initials, what a reading depends on."""
        # People by their surname's forms (shared by namesakes): the index is filled once per
        # such group, not person by person.
        by_surname: dict[int, tuple[dict[str, frozenset[Case]], list[int]]] = {}
        by_letter: dict[tuple[int, str], tuple[dict[str, frozenset[Case]], list[int]]] = {}
        order: dict[int, int] = {}
        forms_of = self._forms
        for entry in people:
            person = entry.person
            written = tuple(sorted(person.forms.items())) if person.forms else ()
            forms = _person_forms(person.name, person.gender, written)
            at = entry.index
            forms_of[at] = forms
            order.setdefault(at, len(order))
            surname = forms.own["surname"]
            group = by_surname.get(id(surname))
            if group is None:
                by_surname[id(surname)] = (surname, [at])
            else:
                group[1].append(at)
            letter = forms.initials[0]
            if letter:
                group = by_letter.get((id(surname), letter))
                if group is None:
                    by_letter[(id(surname), letter)] = (surname, [at])
                else:
                    group[1].append(at)
        # Each dict and set below holds its people in the order of people.yaml, as if filled
        # person by person (the order of `Found.matches`).
        in_order = order.__getitem__
        self._surnames: dict[str, dict[int, frozenset[Case]]] = {}
        """Every form of every surname, with the people who have it and its cases."""
        surnames = self._surnames
        mixed: set[str] = set()
        for keys, members in by_surname.values():
            for key, cases in keys.items():
                named = surnames.get(key)
                if named is None:
                    surnames[key] = dict.fromkeys(members, cases)
                else:
                    named.update(dict.fromkeys(members, cases))
                    mixed.add(key)
        for key in mixed:
            named = surnames[key]
            ranked = sorted(named, key=in_order)
            surnames[key] = dict(zip(ranked, map(named.__getitem__, ranked), strict=True))
        # Keys of two words that stand side by side in a name: (surname form, first initial),
        # and (see `_pairs_of`) a surname form and a first name or patronymic form in a case
        # it shares. A surname is then checked only against the people its neighbour points
        # to, not against all the people who share it.
        self._by_initial: dict[tuple[str, str], set[int]] = {}
        by_initial = self._by_initial
        mixed_initials: set[tuple[str, str]] = set()
        for (_, letter), (keys, members) in by_letter.items():
            for key in keys:
                pair = (key, letter)
                held = by_initial.get(pair)
                if held is None:
                    by_initial[pair] = set(members)
                else:
                    held.update(members)
                    mixed_initials.add(pair)
        for pair in mixed_initials:
            by_initial[pair] = set(sorted(by_initial[pair], key=in_order))
        self._pairs: dict[str, dict[str, set[int]]] = {}
        """By surname form: the forms of first names and patronymics beside it (made for a
        surname when a text first has it)."""
        distinct = {id(keys): keys for forms in forms_of.values() for keys in forms.own.values()}
        self._name_keys: frozenset[str] = frozenset().union(*distinct.values())
        """Every form of every word of every name."""
        self._windows: dict[tuple[object, ...], list[Hit]] = {}
        """The readings of a surname by the tokens around it (see `find`)."""

    def words_of(self, indices: frozenset[int]) -> frozenset[str]:
        """Every word (folded, hyphenated parts apart) that any form of these people's names
        holds: what `could_name` looks for."""
        forms = self._forms
        return frozenset(
            part
            for person in indices
            if person in forms
            for keys in forms[person].own.values()
            for word in keys
            for part in word.split("-")
        )

    def _pairs_of(self, key: str, named: dict[int, frozenset[Case]]) -> dict[str, set[int]]:
        """The people whose surname has the form `key` (`named`: they, with its cases), by the
        forms of their first name and patronymic that share a case with it."""
        pairs = self._pairs.get(key)
        if pairs is not None:
            return pairs
        pairs = self._pairs[key] = {}
        forms = self._forms
        for person, cases in named.items():
            own = forms[person].own
            for part in ("first", "patronymic"):
                for other, other_cases in own[part].items():
                    if cases & other_cases:
                        held = pairs.get(other)
                        if held is None:
                            pairs[other] = {person}
                        else:
                            held.add(person)
        return pairs

    def names_anyone(self, text: str) -> bool:
        """False only where `find` finds nobody of these people in `text` (a full name of
        nobody it may still find): no word of it is a form of anyone's surname, which every
        reading starts from. A test without tokens, for the many texts that name nobody."""
        return not self._surnames.keys().isdisjoint(map(fold, _TOKEN.findall(text)))

    def find(self, text: str) -> list[Found]:
        """Everyone `text` names, in the order they appear; overlapping readings resolved in
        favour of the one that says more (full name over surname and initials over surname)."""
        tokens, hits = self._hits(text)
        return self._merge(text, tokens, hits)

    def names_each_once(self, text: str) -> bool:
        """Whether every reading `find` keeps in `text` names exactly one person of these
        people, and plainly (neither `clash` nor `weak`): what a responsible text that needs no
        problem is, worked out without making its `Found`s."""
        tokens, hits = self._hits(text)
        if not hits:
            return True
        groups, chosen = _chosen(tokens, hits)
        for span in chosen:
            named = None
            for reading, person in groups[span]:
                if person is None or reading[6]:  # a name of nobody, or a clash
                    return False
                if named is None:
                    named = person
                elif person != named:
                    return False  # several people
        return True

    def _hits(self, text: str) -> tuple[list[Token], list[Hit]]:
        """The tokens of `text` and every reading of them, before overlapping ones are
        resolved."""
        tokens = tokenize(text)
        count = len(tokens)
        hits: list[Hit] = []
        windows = self._windows
        surnames = self._surnames
        for i, token in enumerate(tokens):
            if token[4] != "word":  # kind, by index as in `_unknown`
                continue
            forms = surnames.get(token[3])  # key
            if not forms:
                continue
            # A surname reads by the tokens from two before it to three after it, and by
            # nothing else: the same person written the same way in another text (a roadmap
            # names its curator in hundreds of items) is read once, its places kept relative.
            # Those tokens are the text from the first to the last of them (tokenized alone,
            # it gives them again) and whether a newline stands before the first.
            lo = i - 2 if i >= 2 else 0
            first = tokens[lo]
            window = (i - lo, first[5], text[first[0] : tokens[i + 3 if i + 3 < count else -1][1]])
            relative = windows.get(window)
            if relative is None:
                if len(windows) >= _WINDOWS:
                    windows.clear()
                relative = windows[window] = [
                    ((r[0], r[1] - i, r[2] - i, r[3], r[4], r[5], r[6]), person)
                    for r, person in self._surname_hits(tokens, i, forms)
                ]
            hits += [
                ((r[0], r[1] + i, r[2] + i, r[3], r[4], r[5], r[6]), person)
                for r, person in relative
            ]
        known = {tokens[r[1]][0] for r, _ in hits}  # where each starts
        for lo, hi, full in self._unknown(tokens, known):
            hits.append(((0, lo, hi, "nominative", full, False, False), None))
        return tokens, hits

    def _surname_hits(
        self, tokens: list[Token], i: int, forms: dict[int, frozenset[Case]]
    ) -> list[Hit]:
        """The readings of the surname at `i` (whose forms these are), with the people each
        names."""
        hits: list[Hit] = []
        token = tokens[i]
        parts = self._name_keys
        profiles = self._forms
        people: Iterable[int] = self._neighbours(tokens, i, forms)
        if not people:
            if not token.capitalised:
                return hits
            people = forms  # the surname alone: whoever has it
        # Namesakes differ in a reading only by their initials, the cases of this form,
        # their gender and their surname's ending, unless a word next to the surname is a
        # word of somebody's name: then each is read on their own. Otherwise each such
        # profile is read once, however many people share the surname.
        named_near = False
        letters: set[str] = set()
        for near in tokens[i - 2 if i >= 2 else 0 : i] + tokens[i + 1 : i + 3]:
            kind = near[4]
            if kind == "initial":
                letters.add(near[3])
            elif kind == "word" and near[3] in parts:
                named_near = True
        read: dict[tuple[object, ...], Reading | None] = {}
        for person in people:
            cases = forms.get(person)
            if cases is None:
                continue
            if named_near:
                reading = self._reading(tokens, i, person, cases)
            else:
                # An initial that stands nowhere near reads as no initial at all.
                first, patronymic, surname_like, male = profiles[person].profile
                profile = (
                    cases,
                    first if first in letters else None,
                    patronymic if patronymic in letters else None,
                    surname_like,
                    male,
                )
                if profile in read:
                    reading = read[profile]
                else:
                    reading = read[profile] = self._reading(tokens, i, person, cases)
            if reading is not None:
                hits.append((reading, person))
        return hits

    def _neighbours(
        self, tokens: list[Token], i: int, named: dict[int, frozenset[Case]]
    ) -> set[int]:
        """The people a surname's neighbours point to: a name part or an initial of theirs."""
        key = tokens[i][3]
        people: set[int] = set()
        pairs: dict[str, set[int]] | None = None
        size = len(tokens)
        for j in (i - 2, i - 1, i + 1, i + 2):
            if not 0 <= j < size:
                continue
            near = tokens[j]
            kind = near[4]
            if kind == "word" and (j == i - 1 or j == i + 1):
                if pairs is None:
                    pairs = self._pairs_of(key, named)
                people |= pairs.get(near[3], _NOBODY)
            elif kind == "initial":
                people |= self._by_initial.get((key, near[3]), _NOBODY)
        return people

    # --- one surname and what stands around it ----------------------------------------------

    def _reading(
        self, tokens: list[Token], i: int, person: int, cases: frozenset[Case]
    ) -> Reading | None:
        """How the surname at `i` reads as `form`'s person: the strongest reading of it and
        its neighbours (a full name, initials, or the surname alone), or None."""
        forms = self._forms[person]
        own = forms.own
        first_forms, patronymic_forms = own["first"], own["patronymic"]
        first_letter, patronymic_letter = forms.initials
        size = len(tokens)
        # The two tokens on each side (None past an end), and the letter of each that is an
        # initial: by index, as a reading is made for every namesake near a surname.
        after = tokens[i + 1] if i + 1 < size else None
        after2 = tokens[i + 2] if i + 2 < size else None
        before = tokens[i - 1] if i >= 1 else None
        before2 = tokens[i - 2] if i >= 2 else None
        letter_after = after[3] if after is not None and after[4] == "initial" else None
        letter_after2 = after2[3] if after2 is not None and after2[4] == "initial" else None
        letter_before = before[3] if before is not None and before[4] == "initial" else None
        letter_before2 = before2[3] if before2 is not None and before2[4] == "initial" else None
        readings: list[tuple[int, int, int, frozenset[Case], bool]] = []
        # Фамилия Имя [Отчество]
        first = _common(after, first_forms, cases)
        if first:
            patronymic = _common(after2, patronymic_forms, first)
            if patronymic:
                turkic = _turkic_at(tokens, i + 3)
                readings.append((3, i, i + 3 if turkic else i + 2, patronymic, True))
            readings.append((2, i, i + 1, first, True))
        # Имя [Отчество] Фамилия
        patronymic_before = _common(before, patronymic_forms, cases)
        if patronymic_before:
            first_before = _common(before2, first_forms, patronymic_before)
            if first_before:
                readings.append((3, i - 2, i, first_before, True))
        first_before = _common(before, first_forms, cases)
        if first_before:
            readings.append((2, i - 1, i, first_before, True))
        # Фамилия И. О. / И. О. Фамилия (an initial's letter is never empty, a person's may be)
        if first_letter and letter_after == first_letter:
            if patronymic_letter and letter_after2 == patronymic_letter:
                readings.append((3, i, i + 2, cases, False))
            else:
                readings.append((2, i, i + 1, cases, False))
        if (
            patronymic_letter
            and letter_before == patronymic_letter
            and first_letter
            and letter_before2 == first_letter
        ):
            readings.append((3, i - 2, i, cases, False))
        elif first_letter and letter_before == first_letter:
            readings.append((2, i - 1, i, cases, False))
        if not readings:
            if not self._alone_counts(tokens, i, person):
                return None
            readings.append((1, i, i, cases, False))
        if len(readings) == 1:
            strength, lo, hi, common, full = readings[0]
        else:
            strength, lo, hi, common, full = max(readings, key=_reading_rank)
        for case in CASES:
            if case in common:
                break
        clash = (
            not full and "nominative" not in common and forms.male and tokens[i][3].endswith("а")
        )
        return (strength, lo, hi, case, full, strength == 1, clash)

    def _alone_counts(self, tokens: list[Token], i: int, person: int) -> bool:
        """A surname alone is a name when it is capitalised and either ends as surnames do, or
        stands mid-sentence on its own: not opening a sentence, not in quotes, not next to
        another capitalised word («Дед Мороз», «клуб «Лев»», «Лев Толстой»)."""
        token = tokens[i]
        if not token.capitalised:
            return False
        if self._forms[person].surname_like:
            return True
        if _opens_sentence(tokens, i):
            return False
        neighbours = [tokens[j] for j in (i - 1, i + 1) if 0 <= j < len(tokens)]
        return not any(
            (t.kind == "other" and t.raw in _QUOTES) or (t.kind == "word" and t.capitalised)
            for t in neighbours
        )

    # --- full names of nobody in people.yaml -------------------------------------------------

    def _unknown(self, tokens: list[Token], known: set[int]) -> list[tuple[int, int, bool]]:
        """«Фамилия Имя Отчество» (or «Имя Отчество Фамилия») and «Фамилия И.О.» of someone
        people.yaml does not hold, told by the patronymic's ending and by the initials: their
        first and last token, and whether the first name is written out."""
        found: list[tuple[int, int, bool]] = []
        size = len(tokens)
        shape = _shape
        # Tokens by index (start 0, raw 2, key 3, kind 4): most texts are a few words, and
        # each is looked at here; a field by name costs a call.
        for i, word in enumerate(tokens):
            if word[4] != "word" or word[0] in known or not shape(word[2])[1]:
                continue
            if i + 2 < size:
                second, third = tokens[i + 1], tokens[i + 2]
                if (
                    second[4] == "word"
                    and third[4] == "word"
                    and shape(second[2])[1]
                    and shape(third[2])[1]
                    and _full_name_of_nobody(word[3], second[3], third[3])
                ):
                    found.append((i, i + 2, True))
                    continue
            if i + 1 < size and _is_dotted(tokens[i + 1]):
                found.append(
                    (i, i + 2 if i + 2 < size and _is_dotted(tokens[i + 2]) else i + 1, False)
                )
            elif i >= 2 and _is_dotted(tokens[i - 1]) and _is_dotted(tokens[i - 2]):
                found.append((i - 2, i, False))
        return found

    def _merge(self, text: str, tokens: list[Token], hits: list[Hit]) -> list[Found]:
        """Non-overlapping readings, the strongest first; people found on the same span at the
        same strength are one ambiguous reading."""
        if not hits:
            return []  # most texts of a roadmap name nobody
        groups, chosen = _chosen(tokens, hits)
        entries = self._entries
        found: list[Found] = []
        for span in chosen:
            group = groups[span]
            people: dict[int, PersonEntry] = {}
            full, bare, every_clash = False, True, True
            weak: list[int] = []
            for reading, person in group:
                if person is not None:
                    people[person] = entries[person]
                full = full or reading[4]
                bare = bare and reading[5]
                if not reading[6]:
                    every_clash = False
                elif person is not None:
                    weak.append(person)
            first = group[0][0]  # every reading of the group has the same tokens
            start, end = span[0], span[1]
            found.append(
                Found(
                    start,
                    end,
                    text[start:end],
                    tuple(people.values()),
                    first[3],
                    full,
                    bare,
                    _pupil_near(tokens, first[1], first[2]),
                    every_clash,
                    () if every_clash else tuple(weak),
                )
            )
        return found


Span = tuple[int, int, int]
"""Where a reading starts and ends in the text, and its strength."""


def _chosen(tokens: list[Token], hits: list[Hit]) -> tuple[dict[Span, list[Hit]], list[Span]]:
    """The readings by span, and the spans kept: non-overlapping, the strongest (then the
    longest) first, in the order of the text."""
    groups: dict[Span, list[Hit]] = {}
    for hit in hits:
        reading = hit[0]
        span = (tokens[reading[1]][0], tokens[reading[2]][1], reading[0])  # start, end
        group = groups.get(span)
        if group is None:
            groups[span] = [hit]
        else:
            group.append(hit)
    # The spans are chosen first (they say all the order needs), a Found made only for
    # those kept: the readings of namesakes that lose to a longer one are most of them.
    if len(groups) == 1:
        return groups, list(groups)
    chosen: list[Span] = []
    for span in sorted(groups, key=lambda g: (-g[2], g[0] - g[1], g[0])):
        start, end, _ = span
        if any(start < other[1] and other[0] < end for other in chosen):
            continue
        chosen.append(span)
    chosen.sort()  # by start: kept spans do not overlap
    return groups, chosen


@dataclass(frozen=True)
class _NameForms:
    """What the index holds of one name: each folded word form with the cases it stands
    for, by part; the initials; whether the surname ends as surnames do, and a man's."""

    own: dict[Part, dict[str, frozenset[Case]]]
    initials: tuple[str, str]
    surname_like: bool
    male: bool
    profile: tuple[str, str, bool, bool]
    """What a reading of the surname depends on besides the words of the name (see
    `Matcher._surname_hits`): the initials, `surname_like`, `male`."""


_ENDINGS = tuple(fold(e) for e in _SURNAME_ENDINGS)


@lru_cache(maxsize=4096)
def _person_forms(
    name: str, gender: str | None, written: tuple[tuple[Case, str], ...]
) -> _NameForms:
    """A name's forms (declining them is most of the time an index takes), made once for an
    index built again over the same people (another list, another command of one process).
    Bounded: a worker reading a region meets tens of thousands of names, seldom twice."""
    parts = names.split_name(name)
    first_letter = fold(parts.first[:1])
    surname = fold(parts.surname)
    sex = names.gender_from(name, gender)
    sexes: tuple[names.Gender, ...] = (sex,) if sex else ("f", "m")
    fixed = " " in parts.patronymic  # «Гусейн оглы» does not decline
    words = (parts.surname, parts.first, parts.patronymic.split()[0] if parts.patronymic else "")
    own = {
        part: _word_forms(part, word, sexes, fixed and part == "patronymic")
        for part, word in zip(_ORDER, words, strict=True)
    }
    if written:
        # `forms:` as the person's entry writes them, besides pytrovich's
        mine = {part: {k: set(c) for k, c in keys.items()} for part, keys in own.items()}
        given = dict(written)
        for case in CASES:
            for part, word in zip(_ORDER, given.get(case, "").split(), strict=False):
                mine[part].setdefault(fold(word), set()).add(case)
        own = {part: {k: frozenset(c) for k, c in keys.items()} for part, keys in mine.items()}
    initials = (first_letter, fold(parts.patronymic[:1]))
    surname_like = len(surname) > 3 and surname.endswith(_ENDINGS)
    male = sex == "m"
    return _NameForms(own, initials, surname_like, male, (*initials, surname_like, male))


_ORDER: tuple[Part, ...] = ("surname", "first", "patronymic")


@lru_cache(maxsize=4096)
def _word_forms(
    part: Part, word: str, sexes: tuple[names.Gender, ...], fixed: bool
) -> dict[str, frozenset[Case]]:
    """One word of a name, folded, with the cases each form stands for: as written in the
    nominative, and as pytrovich declines it for each of `sexes` (both where the gender cannot
    be told: a search may cast a wider net); `fixed`, a word that does not decline. Made once
    for the many people who share a first name, a patronymic or a surname (shared, not to be
    changed)."""
    if not word:
        return {}
    forms: dict[str, set[Case]] = {fold(word): {"nominative"}}
    for sex in sexes:
        declined = (word,) * (len(CASES) - 1) if fixed else names.decline_cases(part, word, sex)
        for case, form in zip(CASES[1:], declined, strict=True):
            forms.setdefault(fold(form), set()).add(case)
    return {key: frozenset(cases) for key, cases in forms.items()}


def _full_name_of_nobody(first: str, second: str, third: str) -> bool:
    """«Фамилия Имя Отчество» or «Имя Отчество Фамилия», told by the patronymic's ending; a
    verb or a title in front («Поручить Илье Сергеевичу», «Наставник Илья Сергеевич») is not
    a surname."""
    if is_patronymic(second) and not is_patronymic(third):
        return not third.startswith(_NOT_SURNAMES)
    return is_patronymic(third) and not (
        first.endswith(("ть", "ти")) or first.startswith(_NOT_SURNAMES)
    )


def is_patronymic(word: str) -> bool:
    """Whether a folded word ends as a patronymic does: «ильич», «сергеевной»."""
    return bool(_PATRONYMIC.search(word))


_TURKIC = {"оглы", "кызы", "улы", "уулу", "гызы"}


def _common(
    token: Token | None, forms: dict[str, frozenset[Case]], cases: frozenset[Case]
) -> frozenset[Case] | None:
    """The cases `token` shares with `cases` as one of these forms of a word of a name."""
    if token is None or token[4] != "word":
        return None
    found = forms.get(token[3])
    return (found & cases) or None if found else None


def _reading_rank(reading: tuple[int, int, int, frozenset[Case], bool]) -> tuple[int, int]:
    """The stronger reading, then the longer: what `Matcher._reading` keeps."""
    return reading[0], reading[2] - reading[1]


def _turkic_at(tokens: list[Token], j: int) -> bool:
    """«оглы», «кызы» after a Turkic patronymic: a word of the name too."""
    return 0 <= j < len(tokens) and tokens[j].kind == "word" and tokens[j].key in _TURKIC


def _is_dotted(token: Token) -> bool:
    return token[4] == "initial" and token[2].endswith(".")


def _opens_sentence(tokens: list[Token], i: int) -> bool:
    if i == 0 or tokens[i].gap_newline:
        return True
    before = tokens[i - 1]
    return before.kind == "other" and before.raw in _SENTENCE_BREAKS


def _pupil_near(tokens: list[Token], lo: int, hi: int) -> bool:
    # A class is «7Б» (a bare number is «п. 1.3», a count or a date; «7 класса» has its word).
    for token in tokens[max(0, lo - 4) : lo] + tokens[hi + 1 : hi + 4]:
        key = token[3]
        if key.startswith(_PUPIL_WORDS) or (token[4] == "other" and _CLASS.fullmatch(key)):
            return True
    return False


_CLASS = re.compile(r"\d{1,2}[а-я]")


_CACHE: dict[int, tuple[tuple[PersonEntry, ...], Matcher]] = {}
_NOBODY: frozenset[int] = frozenset()
_WINDOWS = 1 << 14
"""Surnames in their surroundings whose readings one matcher keeps (~1.5 KB each: 25 MB)."""


_WORDS = re.compile(r"[^\W\d_]+")
_CLASS_MARK = r"\d{1,2}[^\W\d_]"
_PUPIL_OR_CLASS = re.compile("|".join((*_PUPIL_WORDS, _CLASS_MARK)))
"""A pupil word (`_PUPIL_WORDS`) anywhere, or a class mark («7б»): one search for both."""


def could_name(text: str, words: frozenset[str]) -> bool:
    """False only where `find` could find none of the people whose `words_of` these are, nor a
    name that reads like a pupil's: no word of theirs in any form, no pupil word, no class. A
    cheap test before `find`, for many short texts (check's messages); folded as `find` folds
    (NFC, invisible characters out, look-alikes, ё), so it never says False where find finds."""
    flat = fold(text)
    if _PUPIL_OR_CLASS.search(flat):
        return True
    return bool(words) and not words.isdisjoint(_WORDS.findall(flat))


def matcher_for(people: tuple[PersonEntry, ...]) -> Matcher:
    """The one index of a list of people (built on first use, then shared by every check and
    every document of the run)."""
    cached = _CACHE.get(id(people))
    if cached is not None and cached[0] is people:
        return cached[1]
    if len(_CACHE) > 16:
        _CACHE.clear()
    matcher = Matcher(people)
    _CACHE[id(people)] = (people, matcher)
    return matcher
