"""`mentorkit people NAME`: everywhere a repository names one person, and which documents carry
it — what a curator needs to answer a parent's request under 152-ФЗ (ст. 14: what is processed
and where)."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from mentorkit import consent
from mentorkit.errors import UsageError
from mentorkit.load.repository import PEOPLE, PersonEntry, Repository, find_root, load_repository
from mentorkit.matcher import oddities
from mentorkit.names import declined_short_name, gender_of, message_name
from mentorkit.problems import Location
from mentorkit.refs import PeopleIndex
from mentorkit.texts import Place, all_places


@dataclass(frozen=True)
class Naming:
    """One place that names the person."""

    where: Location
    field: str
    documents: tuple[str, ...]
    """The documents that print this place: «приказ № 146 (render order orders/146.yaml)»."""


@dataclass(frozen=True)
class PersonReport:
    name: str
    """As a message may show the person: «Петрова А.А.», a minor «С.И. (7Б)»."""
    minor: bool
    consent: str
    """«дано 01.09.2023», «отозвано 01.02.2024», «нет»."""
    record: Location
    """The person's entry in people.yaml."""
    places: tuple[Naming, ...]
    complete: bool
    """False where some file could not be read: it may name the person too."""
    unread: tuple[str, ...] = ()
    gender: str | None = None
    """«f» or «m» where it is known: the words about the person agree with it."""


def _consent_text(entry: PersonEntry) -> str:
    given = entry.person.consent
    if given is None:
        return "нет"
    text = f"дано {given.date:%d.%m.%Y}"
    if given.by:
        text += " представителем"
    if given.withdrawn:
        text += f", отозвано {given.withdrawn:%d.%m.%Y}"
    return text


def _documents(repo: Repository, where: Location) -> tuple[str, ...]:
    path = where.path
    if path.startswith("orders/"):
        docs = [d for d in repo.orders if d.path == path]
        return tuple(f"приказ № {d.model.number} (render order {path})" for d in docs)
    documents: list[str] = []
    if path.startswith("roadmaps/"):
        documents.append(f"дорожная карта (render plan {path})")
        documents += [
            f"приложение к приказу № {d.model.number} (render order {d.path})"
            for d in repo.orders
            if d.model.type == "roadmap" and d.model.roadmap == path
        ]
    elif path.startswith("pairs/"):
        documents.append(f"индивидуальные планы (render pair {path})")
        documents += [
            f"приказ № {d.model.number} (render order {d.path})"
            for d in repo.orders
            if d.model.type in ("pairs", "plans") and d.model.pairs == path
        ]
    elif path.startswith("reports/"):
        name = path.removeprefix("reports/").rsplit(".", 1)[0]
        documents.append(f"отчёт по форме (report --form {name})")
    else:
        documents.append("шапка или подпись документов (все приказы, планы)")
    return tuple(documents)


def _pick(index: PeopleIndex, ref: str) -> PersonEntry:
    found = index.resolve(ref)
    if not found:
        found = [m for f in index.find(ref) for m in f.matches]
    unique = list({entry.index: entry for entry in found}.values())
    if len(unique) == 1:
        return unique[0]
    if unique:
        names = ", ".join(message_name(entry.person) for entry in unique)
        raise UsageError(
            f"«{ref}» подходит нескольким людям: {names}",
            hint="напишите фамилию, имя и отчество полностью или id из people.yaml",
        )
    odd = oddities(ref)
    if odd:
        raise UsageError(
            f"«{ref}» нет в people.yaml: в написании {odd}",
            hint="перепечатайте имя русскими буквами",
        )
    close = difflib.get_close_matches(
        ref, [declined_short_name(e.person) for e in index.people if not e.person.is_minor], n=1
    )
    hint = f"возможно, «{close[0]}»?" if close else "напишите «Фамилия И.О.», как в people.yaml"
    raise UsageError(f"«{ref}» нет в people.yaml", hint=hint)


def _names(index: PeopleIndex, place: Place, person: int) -> bool:
    if place.kind == "ref":
        return [e.index for e in index.resolve(place.value)] == [person]
    return any(person in {e.index for e in f.matches} for f in index.find(place.value))


def where_named(repo: Repository, ref: str, today: date | None = None) -> PersonReport:
    """Every place of `repo` that names the person `ref` refers to (also in another case, by
    initials, or where the reference fits them and someone else)."""
    if not repo.people_complete:
        raise UsageError(
            f"{PEOPLE} не прочитан: без него не понять, о ком речь",
            hint="«mentorkit check» покажет, что с ним не так",
        )
    index = PeopleIndex(repo.people)
    entry = _pick(index, ref)
    places = tuple(
        Naming(place.where, place.field, _documents(repo, place.where))
        for place in all_places(repo)
        if _names(index, place, entry.index)
    )
    withdrawn = consent.withdrawn_by(entry.person, today) if today else None
    return PersonReport(
        name=message_name(entry.person),
        minor=entry.person.is_minor,
        consent=_consent_text(entry) + (" — имя нужно убрать" if withdrawn else ""),
        record=repo.person_at(entry, "name"),
        places=places,
        complete=not repo.broken_files,
        unread=tuple(sorted(repo.broken_files)),
        gender=gender_of(entry.person),
    )


def people_report(path: Path, ref: str, today: date | None = None) -> PersonReport:
    root = find_root(path)
    repo, _ = load_repository(root)
    return where_named(repo, ref, today)
