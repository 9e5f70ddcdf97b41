"""Every place a repository writes a person: the references (`mentor:`, `signed_by:`…) and every
free-text field of every file kind, each with its file:line. The consent checks, `mentorkit
people` and the search for minors in git all walk this one list, so no field is forgotten by one
of them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import Literal, NamedTuple

from mentorkit.load.repository import Doc, Repository
from mentorkit.model import Config, Order, PairsFile, Roadmap, numbered_items
from mentorkit.model.report_form import ReportForm
from mentorkit.problems import Location

Kind = Literal["ref", "text"]


class Place(NamedTuple):
    """One value of a file that may name people. Its file:line is found only when asked for
    (a problem's place): a roadmap of 10,000 items has 40,000 places, and few of them name
    anyone without consent (a tuple, as `matcher.Token`: a dataclass took longer to make)."""

    at: Callable[..., Location]
    """Where the keys are looked up: the file's `Doc.at`."""
    keys: tuple[str | int, ...]
    value: str
    field: str
    """What the field is, in Russian: «ответственный, п. 1.2», «наставник в паре 1»."""
    kind: Kind
    """ref: the whole value names one person; text: free text that may name anyone."""

    @property
    def where(self) -> Location:
        return self.at(*self.keys)


_ITEM_FIELDS = {
    "title": "мероприятие",
    "deadline": "срок",
    "responsible": "ответственный",
    "co_responsible": "соисполнители",
    "document": "вид документа",
    "result": "ожидаемый результат",
    "indicators": "показатели",
    "activities": "содержание деятельности",
    "evidence": "подтверждение",
    "cancelled": "причина отмены",
}


def roadmap_places(doc: Doc[Roadmap]) -> Iterator[Place]:
    roadmap = doc.model
    yield Place(doc.at, ("title",), roadmap.title, "заголовок дорожной карты", "text")
    if roadmap.goal:
        yield Place(doc.at, ("goal",), roadmap.goal, "цель дорожной карты", "text")
    for i, task in enumerate(roadmap.tasks):
        yield Place(doc.at, ("tasks", i), task, "задачи", "text")
    for s_index, section in enumerate(roadmap.sections):
        keys: tuple[str | int, ...] = ("sections", s_index)
        yield Place(doc.at, (*keys, "title"), section.title, "раздел дорожной карты", "text")
        for ss_index, sub in enumerate(section.sections):
            where = (*keys, "sections", ss_index, "title")
            yield Place(doc.at, where, sub.title, "подраздел дорожной карты", "text")
    at = doc.at
    new = tuple.__new__  # a Place made without the Python frame of its __new__ (40,000 of them)
    for numbered in numbered_items(roadmap):
        item = numbered.item
        for field, label in _ITEM_FIELDS.items():
            value = getattr(item, field)
            if not value:
                continue
            label = f"{label}, п. {numbered.number}"
            if isinstance(value, tuple):
                # As the documents point at them: each value of a list by its own line.
                for i, text in enumerate(value):
                    yield new(Place, (at, (*numbered.keys, field, i), text, label, "text"))
            else:
                yield new(Place, (at, (*numbered.keys, field), value, label, "text"))


def pairs_places(doc: Doc[PairsFile], refs: bool = True) -> Iterator[Place]:
    if doc.model.form:
        yield Place(doc.at, ("form",), doc.model.form, "форма наставничества", "text")
    where: tuple[str | int, ...]
    for p, pair in enumerate(doc.model.pairs):
        label = f"в паре {p + 1}"
        if refs:
            yield Place(doc.at, ("pairs", p, "mentor"), pair.mentor, f"наставник {label}", "ref")
            for m, mentee in enumerate(pair.mentees):
                where = ("pairs", p, "mentees", m)
                yield Place(doc.at, where, mentee, f"наставляемый {label}", "ref")
        if pair.form:
            where = ("pairs", p, "form")
            yield Place(doc.at, where, pair.form, f"форма наставничества {label}", "text")
        if pair.goal:
            yield Place(doc.at, ("pairs", p, "goal"), pair.goal, f"цель {label}", "text")
        for m, meeting in enumerate(pair.meetings):
            if meeting.topic:
                where = ("pairs", p, "meetings", m, "topic")
                yield Place(doc.at, where, meeting.topic, f"тема встречи {label}", "text")


def order_places(doc: Doc[Order], refs: bool = True) -> Iterator[Place]:
    order = doc.model
    if refs:
        for field, label in (
            ("signed_by", "подписывает"),
            ("executor", "исполнитель"),
            ("curator", "назначаемый куратор"),
        ):
            value = getattr(order, field)
            if value:
                yield Place(doc.at, (field,), value, label, "ref")
        for i, ref in enumerate(order.people):
            yield Place(doc.at, ("people", i), ref, "поощряемый", "ref")
    if order.title:
        yield Place(doc.at, ("title",), order.title, "заголовок приказа", "text")
    if order.basis:
        yield Place(doc.at, ("basis",), order.basis, "преамбула приказа", "text")
    for i, point in enumerate(order.points):
        yield Place(doc.at, ("points", i), point, f"пункт {i + 1} из points", "text")


_ORGANIZATION_FIELDS = {
    "name": "наименование организации",
    "short_name": "краткое наименование",
    "place": "место составления",
    "address": "адрес организации",
    "parent": "вышестоящий орган",
    "head_position": "должность руководителя",
}


def config_places(doc: Doc[Config], refs: bool = True) -> Iterator[Place]:
    org = doc.model.organization
    if refs and org.head:
        yield Place(doc.at, ("organization", "head"), org.head, "руководитель", "ref")
    for field, label in _ORGANIZATION_FIELDS.items():
        value = getattr(org, field)
        if value:
            yield Place(doc.at, ("organization", field), value, label, "text")


def report_places(doc: Doc[ReportForm]) -> Iterator[Place]:
    """A report form's title, sheet name and column headers: printed in every report made by
    it (`report --form`)."""
    form = doc.model
    yield Place(doc.at, ("title",), form.title, "заголовок формы отчёта", "text")
    if form.sheet:
        yield Place(doc.at, ("sheet",), form.sheet, "имя листа формы отчёта", "text")
    for i, column in enumerate(form.columns):
        yield Place(
            doc.at, ("columns", i, "header"), column.header, f"столбец {i + 1} формы", "text"
        )
        if column.form:
            where = ("columns", i, "form")
            yield Place(
                doc.at, where, column.form, f"форма наставничества, столбец {i + 1}", "text"
            )


def people_places(repo: Repository) -> Iterator[Place]:
    """The positions of people.yaml: free text printed beside the person's name."""
    for entry in repo.people:
        if entry.person.position:
            at = partial(repo.person_at, entry)
            yield Place(at, ("position",), entry.person.position, "должность", "text")


def all_places(repo: Repository) -> Iterator[Place]:
    """Every place of the repository, file by file."""
    yield from people_places(repo)
    if repo.config is not None:
        yield from config_places(repo.config)
    for roadmap in repo.roadmaps:
        yield from roadmap_places(roadmap)
    for pairs in repo.pairs:
        yield from pairs_places(pairs)
    for order in repo.orders:
        yield from order_places(order)
    for form in repo.reports:
        yield from report_places(form)


def document_places(repo: Repository, doc: Doc[Order]) -> Iterator[Place]:
    """The places an order's document prints: the order, the mentorkit.yaml header, and the
    file it appends (the roadmap it approves, the pairs it fixes)."""
    if repo.config is not None:
        yield from config_places(repo.config, refs=False)
    yield from order_places(doc)
    order = doc.model
    if order.type == "roadmap" and order.roadmap:
        for roadmap in repo.roadmaps:
            if roadmap.path == order.roadmap:
                yield from roadmap_places(roadmap)
    if order.type in ("pairs", "plans") and order.pairs:
        for pairs in repo.pairs:
            if pairs.path == order.pairs:
                yield from pairs_places(pairs)
