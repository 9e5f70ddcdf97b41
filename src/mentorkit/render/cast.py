"""Everyone a document names: resolved once, checked for consent (152-ФЗ), and written as the copy
allows — in full in the organisation's copy; by surname and initials, and a minor only by class,
in the public one (`--public`). Whatever stops the document is collected and refused at once."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from mentorkit import names
from mentorkit.errors import RenderRefused
from mentorkit.load.repository import PersonEntry, Repository
from mentorkit.model.people import Case, Person
from mentorkit.names import CASES, UnknownGender
from mentorkit.problems import Location
from mentorkit.refs import PeopleIndex
from mentorkit.render import grammar

_CAPITALISED = re.compile(r"(?<![А-Яа-яЁё])[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?![А-Яа-яЁё-])")


@dataclass(frozen=True)
class Mention:
    """A person named inside free text, in some case, in full or by surname and initials."""

    start: int
    end: int
    entry: PersonEntry
    case: Case
    full: bool


def _fold(text: str) -> str:
    return text.replace("ё", "е").replace("Ё", "Е")


class Cast:
    """The people of one document, and how this copy of it names them."""

    def __init__(self, repo: Repository, public: bool, like: Cast | None = None) -> None:
        """`like`: a cast of the same repository whose indexes this one may share (declining
        every surname once, not once per document)."""
        self.repo = repo
        self.public = public
        self.index: PeopleIndex = like.index if like else PeopleIndex(repo.people)
        self._named: dict[int, list[str]] = {}
        self._entries: dict[int, PersonEntry] = {}
        self._errors: list[str] = []
        self._surnames: dict[str, list[tuple[PersonEntry, Case]]] | None = (
            like._surname_index() if like else None
        )

    # --- finding people -------------------------------------------------------------------

    def person(self, ref: str, where: Location, role: str) -> PersonEntry | None:
        """The one person `ref` names, noted as named by the document; None (and a reason to
        refuse) when there is no such person or several."""
        found = self.index.resolve(ref)
        if len(found) == 1:
            self._note(found[0], f"{role} ({where})")
            return found[0]
        if not found:
            self._errors.append(
                f"«{ref}» ({role}, {where}) нет в people.yaml: добавьте человека туда или "
                "исправьте написание (Фамилия И.О.)"
            )
        else:
            self._errors.append(
                f"«{ref}» ({role}, {where}) подходит нескольким людям в people.yaml: добавьте "
                "им «id:» и ссылайтесь по id"
            )
        return None

    def text(self, text: str, where: Location, role: str) -> str:
        """Free text as this copy prints it: the people it names are noted; in the public copy a
        full name becomes surname and initials, and a named minor stops the document."""
        mentions = self.mentions(text)
        for mention in mentions:
            self._note(mention.entry, f"{role} ({where})")
        if not self.public:
            return text
        pieces: list[str] = []
        last = 0
        for mention in mentions:
            person = mention.entry.person
            if person.minor:
                self._errors.append(
                    f"{names.short_name(person)} — {_minor(self.gender(mention.entry))}, а в копии "
                    f"для сайта можно назвать только класс; {role} ({where}) называет по имени: "
                    "уберите имя из текста"
                )
            if mention.full:
                pieces.append(text[last : mention.start])
                pieces.append(self._short_form(person, mention.case))
                last = mention.end
        pieces.append(text[last:])
        return "".join(pieces)

    def mentions(self, text: str) -> list[Mention]:
        """The people named in `text`, in any case: «Ставницкой Е.Е.», «Е.Е. Ставницкая»,
        «Петрову Анну Андреевну». A surname and initials shared by two people count for neither."""
        index = self._surname_index()
        found: list[Mention] = []
        folded = _fold(text)
        for match in _CAPITALISED.finditer(folded):
            candidates = index.get(match.group(0).lower(), [])
            spans: dict[tuple[int, int, bool], list[tuple[PersonEntry, Case]]] = defaultdict(list)
            for entry, case in candidates:
                span = self._span(folded, match.start(), match.end(), entry, case)
                if span is not None:
                    spans[span].append((entry, case))
            for (start, end, full), hits in spans.items():
                people = {entry.index for entry, _ in hits}
                if len(people) == 1:
                    found.append(Mention(start, end, hits[0][0], hits[0][1], full))
        found.sort(key=lambda m: (m.start, -(m.end - m.start)))
        chosen: list[Mention] = []
        for mention in found:
            if chosen and mention.start < chosen[-1].end:
                continue
            chosen.append(mention)
        return chosen

    def _span(
        self, text: str, start: int, end: int, entry: PersonEntry, case: Case
    ) -> tuple[int, int, bool] | None:
        person = entry.person
        parts = names.split_name(person.name)
        try:
            full = _fold(names.full_name(person, case))
        except UnknownGender:
            full = _fold(person.name) if case == "nominative" else ""
        if full and text.startswith(full, start) and full.count(" ") >= 1:
            after = start + len(full)
            if after == len(text) or not text[after].isalpha():
                return (start, after, True)
        letters = [part[0] for part in (parts.first, parts.patronymic) if part]
        if not letters:
            return None
        initials = r"\.\s?".join(re.escape(_fold(letter)) for letter in letters) + r"\."
        following = re.compile(rf"\s+{initials}").match(text, end)
        if following:
            return (start, following.end(), False)
        preceding = re.search(rf"(?<![А-Яа-яЁё]){initials}\s?$", text[:start])
        if preceding:
            return (preceding.start(), end, False)
        return None

    def _surname_index(self) -> dict[str, list[tuple[PersonEntry, Case]]]:
        if self._surnames is None:
            index: dict[str, list[tuple[PersonEntry, Case]]] = defaultdict(list)
            for entry in self.repo.people:
                for case in CASES:
                    try:
                        form = _fold(names.surname(entry.person, case)).lower()
                    except UnknownGender:
                        continue
                    index[form].append((entry, case))
            self._surnames = dict(index)
        return self._surnames

    def _note(self, entry: PersonEntry, where: str) -> None:
        self._entries[entry.index] = entry
        places = self._named.setdefault(entry.index, [])
        if where not in places:
            places.append(where)

    # --- writing people -------------------------------------------------------------------

    def _safe(self, write: Callable[[], str]) -> str:
        try:
            return write()
        except UnknownGender as error:
            self._unknown_gender(str(error))
            return str(error)

    def _unknown_gender(self, name: str) -> None:
        message = (
            f"{name}: по имени не понять, мужское оно или женское, а склонять его нужно — "
            "укажите в people.yaml gender: f или m"
        )
        if message not in self._errors:
            self._errors.append(message)

    def _short_form(self, person: Person, case: Case) -> str:
        return self._safe(lambda: names.short_name(person, case))

    def name(self, entry: PersonEntry, case: Case = "nominative") -> str:
        """The person alone, as this copy names them: «Петровой Анне Андреевне» in the
        organisation's copy, «Петровой А.А.» in the public one, a minor there only by class."""
        person = entry.person
        if self.public and person.minor:
            return grammar.student(person.group, case, self.gender(entry))
        if self.public:
            return self._safe(lambda: names.short_name(person, case))
        return self._safe(lambda: names.full_name(person, case))

    def short(self, entry: PersonEntry, case: Case = "nominative") -> str:
        """«Петрова А.А.»; a minor in the public copy only by class."""
        person = entry.person
        if self.public and person.minor:
            return grammar.student(person.group, case, self.gender(entry))
        return self._safe(lambda: names.short_name(person, case))

    def signature(self, entry: PersonEntry) -> str:
        """«А.А.\u00a0Петрова» (nobody signs as a minor in the public copy: they are left blank)."""
        if self.public and entry.person.minor:
            return ""
        return names.signature_name(entry.person)

    def gender(self, entry: PersonEntry) -> str:
        return names.gender_of(entry.person) or "m"

    def describe(self, entry: PersonEntry, case: Case = "nominative") -> str:
        """The person with what they are: «Петрову Анну Андреевну, учителя математики»,
        «обучающимся 7Б класса Соколовым Ильёй Сергеевичем» (public: «обучающимся 7Б класса»)."""
        person = entry.person
        if is_student(person):
            role = grammar.student(person.group, case, self.gender(entry))
            if self.public and person.minor:
                return role
            return f"{role} {self.name(entry, case)}"
        name = self.name(entry, case)
        if person.position:
            position = grammar.decline_position(person.position, case, grammar.forms_of(self.repo))
            return f"{name}, {position}"
        return name

    # --- the verdict ----------------------------------------------------------------------

    def without_consent(self) -> list[tuple[Person, list[str]]]:
        return [
            (self._entries[index].person, places)
            for index, places in self._named.items()
            if self._entries[index].person.consent is None
        ]

    def refuse_if_needed(self, what: str) -> None:
        """Raise RenderRefused listing every reason `what` cannot be written, if there is one."""
        lines = list(self._errors)
        missing = self.without_consent()
        for person, places in missing:
            lines.append(
                f"{names.short_name(person)} — нет согласия на обработку персональных данных; "
                f"{_named(names.gender_of(person))}: {'; '.join(places)}"
            )
        if not lines:
            return
        if missing and len(missing) == len(lines):
            hint = (
                "внесите в people.yaml дату письменного согласия (consent: ГГГГ-ММ-ДД; для "
                "несовершеннолетнего — {date: …, by: кто подписал}) или уберите этих людей "
                "из документа"
            )
        else:
            hint = "исправьте перечисленное; «mentorkit check» покажет и остальные проблемы"
        body = "\n".join(f"  – {line}" for line in lines)
        raise RenderRefused(f"{what} не сформирован:\n{body}", hint=hint)


def is_student(person: Person) -> bool:
    """A mentee or mentor who is a student: one with a class or group, or a minor."""
    return bool(person.group) or person.minor


def _minor(gender: str | None) -> str:
    return {"f": "несовершеннолетняя", "m": "несовершеннолетний"}.get(
        gender or "", "несовершеннолетний(-яя)"
    )


def _named(gender: str | None) -> str:
    return {"f": "названа", "m": "назван"}.get(gender or "", "назван(а)")
