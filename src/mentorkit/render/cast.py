"""Everyone a document names: resolved once, checked for consent (152-ФЗ), and written as the copy
allows — in full in the organisation's copy; by surname and initials, and a minor only by class,
in the public one (`--public`). Whatever stops the document is collected and refused at once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from mentorkit import consent, names
from mentorkit.errors import RenderRefused
from mentorkit.load.repository import PEOPLE, PersonEntry, Repository, people_files
from mentorkit.matcher import Found, oddities
from mentorkit.model.people import Case, Person
from mentorkit.names import UnknownGender, message_name
from mentorkit.problems import MINOR_SIGNS, NO_MENTORING_CONSENT, Location
from mentorkit.records import dataclass
from mentorkit.refs import PeopleIndex
from mentorkit.render import grammar
from mentorkit.render.context import OrganizationView
from mentorkit.shown import initials_only, minors_shown, shortened


@dataclass(frozen=True)
class Mention:
    """A person named inside free text, in some case, in full or by surname and initials."""

    start: int
    end: int
    entry: PersonEntry
    case: Case
    full: bool


_FEMININE_ROLES = {
    "наставляемый": "наставляемая",
    "поощряемый": "поощряемая",
    "назначаемый куратор": "назначаемая куратором",
}
"""Roles that agree with the person: «названа: наставляемая в паре 1»."""


class Cast:
    """The people of one document, and how this copy of it names them."""

    def __init__(
        self,
        repo: Repository,
        public: bool,
        like: Cast | None = None,
        *,
        day: date | None = None,
        today: date | None = None,
    ) -> None:
        """`like`: a cast of the same repository (kept for the callers: the index of names is
        one per repository anyway). `day`: the document's date (withdrawn consent counts from
        it); `today`: the day consent records are checked against (None: not checked)."""
        self.repo = repo
        self.public = public
        self.index: PeopleIndex = like.index if like else PeopleIndex(repo.people)
        self.day = day or today or date.min
        self.today = today
        self._named: dict[int, list[str]] = {}
        self._entries: dict[int, PersonEntry] = {}
        self._errors: list[str] = []
        self._unverified: list[str] = []
        """Where the document names somebody while people.yaml could not be read."""

    # --- finding people -------------------------------------------------------------------

    def person(self, ref: str, where: Location, role: str) -> PersonEntry | None:
        """The one person `ref` names, noted as named by the document; None (and a reason to
        refuse) when there is no such person or several."""
        if not self.repo.people_complete:
            self._unverified.append(f"{role} ({where})")
            return None
        found = self.index.resolve(ref)
        if len(found) == 1:
            self._note(found[0], f"{self._role(found[0], role)} ({where})")
            return found[0]
        if not found:
            odd = oddities(ref)
            fix = (
                f"в написании {odd} — перепечатайте его по-русски"
                if odd
                else "добавьте человека туда или исправьте написание (Фамилия И.О.)"
            )
            self._errors.append(f"«{ref}» ({role}, {where}) нет в people.yaml: {fix}")
        else:
            self._errors.append(
                f"«{ref}» ({role}, {where}) подходит нескольким людям в people.yaml: добавьте "
                "им «id:» и ссылайтесь по id"
            )
        return None

    def _role(self, entry: PersonEntry, role: str) -> str:
        if self.gender(entry) != "f":
            return role
        for male, female in _FEMININE_ROLES.items():
            if role.startswith(male):
                return female + role[len(male) :]
        return role

    def may_sign(self, entry: PersonEntry, where: Location) -> None:
        """A minor signs no order and heads nothing."""
        if entry.person.is_minor:
            self._errors.append(
                f"{message_name(entry.person)} — {_minor(names.gender_of(entry.person))}: "
                f"не может подписывать приказ ({where}); укажите подписывающего в signed_by "
                f"или organization.head ({MINOR_SIGNS.code})"
            )

    def mentor(self, entry: PersonEntry, where: Location, day: date) -> None:
        """From 01.03.2025 (ст. 351.8 ТК РФ) a mentor is fixed only with written consent."""
        refusal = consent.mentoring_refusal(entry.person, day)
        if refusal is not None:
            self._errors.append(
                f"{message_name(entry.person)} — наставник ({where}): {refusal} "
                f"({NO_MENTORING_CONSENT.code})"
            )

    def text(self, text: str, where: Location, role: str) -> str:
        """Free text as this copy prints it: the people it names are noted; in the public copy a
        full name becomes surname and initials, a named minor stops the document, and so does a
        full name of somebody people.yaml does not hold that reads like a pupil's."""
        found = self.index.find(text) if text.strip() else []
        if found and not self.repo.people_complete:
            self._unverified.append(f"{role} ({where})")
            return text
        pieces: list[str] = []
        last = 0
        for mention in found:
            replacement = self._mention(mention, where, role)
            if replacement is not None and self.public:
                pieces += [text[last : mention.start], replacement]
                last = mention.end
        pieces.append(text[last:])
        return "".join(pieces)

    def _mention(self, mention: Found, where: Location, role: str) -> str | None:
        """Note one mention; what the public copy writes instead of it (None: as written)."""
        if not mention.matches:
            if not self.public:
                return None
            if mention.pupil:
                self._errors.append(
                    f"«{initials_only(mention.text)}» ({role}, {where}) похоже на имя "
                    "обучающегося, а в people.yaml такого нет — в копии для сайта можно назвать "
                    "только класс: уберите имя из текста"
                )
                return None
            return shortened(mention.text) if mention.full else None
        if len(mention.matches) > 1:
            minors = [e for e in mention.matches if e.person.is_minor]
            if self.public and minors:
                self._errors.append(
                    f"«{initials_only(mention.text)}» ({role}, {where}) может означать "
                    f"несовершеннолетнего ({', '.join(message_name(e.person) for e in minors)}), "
                    "а в копии для сайта можно назвать только класс: уберите имя из текста"
                )
                return None
            strong = [e for e in mention.matches if e.index not in mention.weak]
            if len(strong) != 1:
                return None
        entry = strong[0] if len(mention.matches) > 1 else mention.matches[0]
        self._note(entry, f"{role} ({where})")
        person = entry.person
        if self.public and person.is_minor:
            self._errors.append(
                f"{message_name(person)} — {_minor(self.gender(entry))}, а в копии для сайта "
                f"можно назвать только класс; {role} ({where}) называет по имени: уберите имя "
                "из текста"
            )
            return None
        if mention.full:
            return self._short_form(person, mention.case)
        return None

    def organization(self, view: OrganizationView) -> OrganizationView:
        """The header of the document (mentorkit.yaml's organization) as this copy prints it."""
        config = self.repo.config

        def scan(field: str, key: str | None = None) -> str:
            value: str = getattr(view, field)
            if config is None or not value:
                return value
            return self.text(value, config.at("organization", key or field), "шапка документа")

        return replace(
            view,
            name=scan("name"),
            short_name=scan("short_name"),
            place=scan("place"),
            address=scan("address"),
            parent=scan("parent"),
            genitive=scan("genitive", "short_name"),
            phone=scan("phone"),
        )

    def mentions(self, text: str) -> list[Mention]:
        """The people of people.yaml named in `text`, in any case and any order (the matcher's
        reading); a name that fits several people counts for none of them."""
        named: list[Mention] = []
        for found in self.index.find(text):
            strong = [e for e in found.matches if e.index not in found.weak]
            if len(strong) == 1:
                named.append(Mention(found.start, found.end, strong[0], found.case, found.full))
        return named

    def _note(self, entry: PersonEntry, where: str) -> None:
        self._entries[entry.index] = entry
        places = self._named.setdefault(entry.index, [])
        if where not in places:
            places.append(where)

    # --- writing people -------------------------------------------------------------------

    def _safe(self, write: Callable[[], str], person: Person | None = None) -> str:
        try:
            return write()
        except UnknownGender as error:
            name = message_name(person) if person is not None else str(error)
            self._unknown_gender(name)
            return name

    def _unknown_gender(self, name: str) -> None:
        message = (
            f"{name}: по имени не понять, мужское оно или женское, а склонять его нужно — "
            "укажите в people.yaml gender: f или m"
        )
        if message not in self._errors:
            self._errors.append(message)

    def _short_form(self, person: Person, case: Case) -> str:
        return self._safe(lambda: names.declined_short_name(person, case), person)

    def name(self, entry: PersonEntry, case: Case = "nominative") -> str:
        """The person alone, as this copy names them: «Петровой Анне Андреевне» in the
        organisation's copy, «Петровой А.А.» in the public one, a minor there only by class."""
        person = entry.person
        if self.public and person.is_minor:
            return grammar.student(person.group, case, self.gender(entry))
        if self.public:
            return self._safe(lambda: names.declined_short_name(person, case), person)
        return self._safe(lambda: names.full_name(person, case), person)

    def short(self, entry: PersonEntry, case: Case = "nominative") -> str:
        """«Петрова А.А.»; a minor in the public copy only by class."""
        person = entry.person
        if self.public and person.is_minor:
            return grammar.student(person.group, case, self.gender(entry))
        return self._safe(lambda: names.declined_short_name(person, case), person)

    def signature(self, entry: PersonEntry) -> str:
        """«А.А.\u00a0Петрова» (nobody signs as a minor in the public copy: they are left blank)."""
        if self.public and entry.person.is_minor:
            return ""
        return names.signature_name(entry.person)

    def position(self, entry: PersonEntry) -> str:
        """The person's `position:` as this copy prints it (free text too: it is read like any
        other)."""
        text = entry.person.position or ""
        if not text:
            return text
        where = self.repo.person_at(entry, "position")
        return self.text(text, where, "должность в people.yaml")

    def gender(self, entry: PersonEntry) -> str:
        return names.gender_of(entry.person) or "m"

    def describe(self, entry: PersonEntry, case: Case = "nominative") -> str:
        """The person with what they are: «Петрову Анну Андреевну, учителя математики»,
        «обучающимся 7Б класса Соколовым Ильёй Сергеевичем» (public: «обучающимся 7Б класса»)."""
        person = entry.person
        if is_student(person):
            role = grammar.student(person.group, case, self.gender(entry))
            if self.public and person.is_minor:
                return role
            return f"{role} {self.name(entry, case)}"
        name = self.name(entry, case)
        if person.position:
            position = grammar.decline_position(
                self.position(entry), case, grammar.forms_of(self.repo)
            )
            return f"{name}, {position}"
        return name

    # --- the verdict ----------------------------------------------------------------------

    def refuse_if_needed(self, what: str) -> None:
        """Raise RenderRefused listing every reason `what` cannot be written, if there is one:
        the same consent rule `check` reports (mentorkit.consent), and people.yaml unread."""
        if self._unverified:
            unverified = "; ".join(dict.fromkeys(self._unverified))
            raise RenderRefused(
                f"{what} не сформирован: файл людей ({self._people_file()}) не прочитан, и "
                "mentorkit не может проверить согласие на обработку персональных данных тех, "
                f"кого документ называет: {unverified}",
                hint="исправьте people.yaml («mentorkit check» покажет, что с ним не так) — "
                "без него документ, называющий людей, не формируется",
            )
        lines = list(self._errors)
        only_consent = True
        for index, places in self._named.items():
            person = self._entries[index].person
            gender = names.gender_of(person)
            reasons = consent.refusals(person, self.day, self.today, gender == "f", self.public)
            if not reasons:
                continue
            only_consent = only_consent and person.consent is None
            lines.append(
                f"{message_name(person)} — {'; '.join(reasons)}; "
                f"{_named(gender)}: {'; '.join(places)}"
            )
        if not lines:
            return
        if only_consent and not self._errors:
            hint = (
                "внесите в people.yaml дату письменного согласия (consent: ГГГГ-ММ-ДД; для "
                "несовершеннолетнего — {date: …, by: кто подписал}) или уберите этих людей "
                "из документа"
            )
        else:
            hint = "исправьте перечисленное; «mentorkit check» покажет и остальные проблемы"
        # A reference quoted as written (one that fits several people) names no minor either.
        body = "\n".join(f"  – {minors_shown(line, self.index)}" for line in lines)
        raise RenderRefused(f"{what} не сформирован:\n{body}", hint=hint)

    def _people_file(self) -> str:
        files = [source for source, _ in people_files(self.repo.root, self.repo.config)]
        return ", ".join(files) or PEOPLE


def is_student(person: Person) -> bool:
    """A mentee or mentor who is a student: one with a class or group, or a minor."""
    return bool(person.group) or person.is_minor


def _minor(gender: str | None) -> str:
    return {"f": "несовершеннолетняя", "m": "несовершеннолетний"}.get(
        gender or "", "несовершеннолетний(-яя)"
    )


def _named(gender: str | None) -> str:
    return {"f": "названа", "m": "назван"}.get(gender or "", "назван(а)")
