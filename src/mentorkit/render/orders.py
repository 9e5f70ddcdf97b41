"""Orders (приказы): the points each type makes itself — «Утвердить …», «Закрепить наставником …»,
«Назначить куратором …» — the signature, and the context of the whole order."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import NoReturn

from mentorkit.errors import RenderRefused
from mentorkit.load.repository import Doc, PersonEntry, Repository
from mentorkit.model import Order, PairsFile
from mentorkit.problems import Problem
from mentorkit.records import dataclass
from mentorkit.render import grammar
from mentorkit.render.cast import Cast, is_student
from mentorkit.render.context import (
    DocumentView,
    OrderView,
    PairListView,
    PairView,
    RoadmapView,
    SignatureView,
    TemplateContext,
)
from mentorkit.render.documents import (
    Prepared,
    document_at,
    filename,
    organization_view,
    refuse_broken,
)
from mentorkit.render.grammar import format_date
from mentorkit.render.typography import typeset
from mentorkit.render.views import (
    appendix_mark,
    capital,
    pair_view,
    point_views,
    roadmap_view,
    with_apposition,
)


def _fix_pair_point(cast: Cast, doc: Doc[PairsFile], index: int) -> str | None:
    """«Закрепить наставником Петрову Анну Андреевну, учителя математики, за молодым
    специалистом Ивановой Марией Петровной, учителем математики (форма …).»"""
    pair = doc.model.pairs[index]
    mentor = cast.index.resolve(pair.mentor)
    mentees = [cast.index.resolve(ref) for ref in pair.mentees]
    if len(mentor) != 1 or any(len(found) != 1 for found in mentees):
        return None
    entries = [found[0] for found in mentees]
    young_years = cast.repo.rules.young_specialist_years

    def kind(entry: PersonEntry) -> tuple[str, str]:
        person = entry.person
        if is_student(person):
            return ("student", person.group or "")
        if person.experience is not None and person.experience < young_years:
            return ("young", "")
        return ("other", "")

    kinds = {kind(entry) for entry in entries}
    if len(entries) > 1 and len(kinds) == 1 and next(iter(kinds))[0] != "other":
        role, group = next(iter(kinds))
        if role == "young":
            lead = grammar.young_specialist("instrumental", plural=True)
            described = [cast.describe(e, "instrumental") for e in entries]
        else:
            lead = grammar.student(group, "instrumental", "plural")
            described = [cast.name(e, "instrumental") for e in entries]
            if cast.public and all(e.person.is_minor for e in entries):
                described = [f"({len(entries)} чел.)"]
        mentees_text = f"{lead} {grammar.join_and(described)}"
    else:
        parts = []
        for entry in entries:
            text = cast.describe(entry, "instrumental")
            if kind(entry)[0] == "young":
                text = f"{grammar.young_specialist('instrumental')} {text}"
            parts.append(text)
        mentees_text = grammar.join_and(parts)
    form = pair.form or doc.model.form
    if form:
        keys: tuple[str | int, ...] = ("pairs", index, "form") if pair.form else ("form",)
        form = cast.text(form, doc.at(*keys), "форма наставничества")
    form_text = f" (форма наставничества «{form.strip('«»')}»)" if form else ""
    mentor_text = with_apposition(cast, mentor[0], "accusative")
    return f"Закрепить наставником {mentor_text} за {mentees_text}{form_text}."


# --- the points of each type ----------------------------------------------------------------


@dataclass(frozen=True)
class _Order:
    """What the points of one order are made from."""

    doc: Doc[Order]
    repo: Repository
    problems: list[Problem]
    cast: Cast
    what: str

    @property
    def reference(self) -> str:
        order = self.doc.model
        return f"от {format_date(order.date)} № {order.number}"

    def refuse(self, message: str, hint: str) -> NoReturn:
        raise RenderRefused(f"{self.what} не сформирован: {message}", hint=hint)

    def target(self, path: str | None, field: str, folder: str) -> str:
        """The file an order of this type is about, which must exist."""
        if not path:
            self.refuse(
                f"приказу вида {self.doc.model.type} нужно поле «{field}» ({self.doc.at('type')})",
                f"укажите в нём файл: {field}: {folder}/….yaml",
            )
        if path not in self.repo.files:
            self.refuse(
                f"{field}: {path} — такого файла нет ({self.doc.at(field)})",
                f"проверьте путь: он пишется от корня репозитория, например {folder}/….yaml",
            )
        return path


@dataclass(frozen=True)
class _Generated:
    """The points an order makes itself, and its appendices."""

    points: tuple[str, ...] = ()
    roadmap: RoadmapView | None = None
    pair_list: PairListView | None = None
    plans: tuple[PairView, ...] = ()


def _roadmap(o: _Order) -> _Generated:
    path = o.target(o.doc.model.roadmap, "roadmap", "roadmaps")
    doc = next((d for d in o.repo.roadmaps if d.path == path), None)
    if doc is None:
        refuse_broken(o.what, o.problems, path)
    assert doc is not None
    title = grammar.accusative_title(" ".join(doc.model.title.split()), grammar.forms_of(o.repo))
    title = o.cast.text(title, doc.at("title"), "заголовок дорожной карты в пункте приказа")
    view = roadmap_view(o.cast, doc, appendix_mark(1, o.reference))
    return _Generated((f"Утвердить {title} (приложение 1).",), roadmap=view)


def _pairs_file(o: _Order) -> tuple[Doc[PairsFile], list[int]]:
    order = o.doc.model
    path = o.target(order.pairs, "pairs", "pairs")
    doc = next((d for d in o.repo.pairs if d.path == path), None)
    if doc is None:
        refuse_broken(o.what, o.problems, path)
    assert doc is not None
    indexes = [
        i
        for i, pair in enumerate(doc.model.pairs)
        if order.type == "plans" or pair.order in (None, order.number)
    ]
    if not indexes:
        o.refuse(
            f'в {path} нет пар, закреплённых этим приказом (order: "{order.number}")',
            f'укажите order: "{order.number}" у пар в {path} или уберите у них order',
        )
    return doc, indexes


def _pairs(o: _Order) -> _Generated:
    doc, indexes = _pairs_file(o)
    period = grammar.period_text(doc.model.period)
    views = [pair_view(o.cast, o.repo, doc, i, "") for i in indexes]
    for i in indexes:
        mentor = o.cast.index.resolve(doc.model.pairs[i].mentor)
        if len(mentor) == 1:
            o.cast.mentor(mentor[0], doc.at("pairs", i, "mentor"), o.doc.model.date)
    texts = [_fix_pair_point(o.cast, doc, i) for i in indexes]
    # A group is a mentor with several mentees: «пар и групп» only where the list has one.
    groups = any(len(doc.model.pairs[i].mentees) > 1 for i in indexes)
    what = "наставнических пар и групп" if groups else "наставнических пар"
    pair_list = PairListView(
        mark=appendix_mark(1, o.reference),
        title=f"Список {what} {period}",
        pairs=tuple(v for v in views if v is not None),
    )
    points = [t for t in texts if t is not None]
    points.append(f"Утвердить список {what} {period} (приложение 1).")
    return _Generated(tuple(points), pair_list=pair_list)


def _plans(o: _Order) -> _Generated:
    doc, indexes = _pairs_file(o)
    period = grammar.period_text(doc.model.period)
    plans = [
        pair_view(o.cast, o.repo, doc, i, appendix_mark(n, o.reference), approved=True)
        for n, i in enumerate(indexes, 1)
    ]
    span = "приложение 1" if len(indexes) == 1 else f"приложения 1–{len(indexes)}"
    point = f"Утвердить индивидуальные планы наставничества {period} ({span})."
    return _Generated((point,), plans=tuple(p for p in plans if p is not None))


def _curator(o: _Order) -> _Generated:
    ref = o.doc.model.curator
    if not ref:
        o.refuse(
            f"приказу о назначении куратора нужно поле «curator» ({o.doc.at('type')})",
            "укажите, кого назначить: curator: Фамилия И.О.",
        )
    entry = o.cast.person(ref, o.doc.at("curator"), "назначаемый куратор")
    if entry is None:
        return _Generated()
    described = o.cast.describe(entry, "accusative")
    return _Generated((f"Назначить куратором целевой модели наставничества {described}.",))


def _reward(o: _Order) -> _Generated:
    if not o.doc.model.people:
        o.refuse(
            f"приказу о поощрении нужно поле «people» ({o.doc.at('type')})",
            "перечислите, кого поощрить: people: [Фамилия И.О., …]",
        )
    points = []
    for i, ref in enumerate(o.doc.model.people):
        entry = o.cast.person(ref, o.doc.at("people", i), "поощряемый")
        if entry is not None:
            described = with_apposition(o.cast, entry, "dative")
            points.append(
                f"Объявить благодарность {described} за эффективную наставническую деятельность."
            )
    return _Generated(tuple(points))


GENERATORS: dict[str, Callable[[_Order], _Generated]] = {
    "roadmap": _roadmap,
    "pairs": _pairs,
    "plans": _plans,
    "curator": _curator,
    "reward": _reward,
    "custom": lambda o: _Generated(),
}
"""The points and appendices each type of order makes itself, before the points of its YAML."""


def _signature(
    order_doc: Doc[Order], repo: Repository, cast: Cast, what: str
) -> tuple[SignatureView, PersonEntry | None]:
    assert repo.config is not None
    org = repo.config.model.organization
    if order_doc.model.signed_by:
        ref, where = order_doc.model.signed_by, order_doc.at("signed_by")
    elif org.head:
        ref, where = org.head, repo.config.at("organization", "head")
    else:
        raise RenderRefused(
            f"{what} не сформирован: некому подписать — не указан ни signed_by приказа, "
            "ни organization.head в mentorkit.yaml",
            hint="укажите руководителя: organization: {head: Фамилия И.О.} в mentorkit.yaml",
        )
    entry = cast.person(ref, where, "подписывает приказ")
    if entry is None:
        return SignatureView("", ref), None
    cast.may_sign(entry, where)
    if entry.person.is_minor:
        return SignatureView("", ""), None
    head = cast.index.resolve(org.head) if org.head else []
    position = cast.position(entry)
    if org.head_position and head and head[0].index == entry.index:
        where = repo.config.at("organization", "head_position")
        position = cast.text(org.head_position, where, "должность руководителя")
    if not position:
        raise RenderRefused(
            f"{what} не сформирован: у подписывающего ({cast.short(entry)}) не указана "
            f"должность ({repo.person_at(entry)})",
            hint="укажите её в people.yaml: position: директор",
        )
    return SignatureView(capital(position), cast.signature(entry)), entry


def _control(o: _Order, signer: PersonEntry | None) -> tuple[str, PersonEntry] | None:
    """«Контроль за исполнением настоящего приказа возложить на заместителя директора по
    учебно-воспитательной работе Ставницкую Е.Е.» — or «оставляю за собой» for the signer —
    with the person it names."""
    ref = o.doc.model.control
    if not ref:
        return None
    entry = o.cast.person(ref, o.doc.at("control"), "контроль за исполнением")
    if entry is None:
        return None
    if signer is not None and entry.index == signer.index:
        return "Контроль за исполнением настоящего приказа оставляю за собой.", entry
    position = entry.person.position or ""
    forms = grammar.forms_of(o.repo)
    whom = o.cast.short(entry, "accusative")
    if position:
        whom = f"{grammar.decline_position(position, 'accusative', forms)} {whom}"
    end = "" if whom.endswith(".") else "."  # «Ставницкую Е.Е.» already ends the sentence
    return f"Контроль за исполнением настоящего приказа возложить на {whom}{end}", entry


def _acquainted(
    cast: Cast, points: list[str], also: list[PersonEntry], signer: PersonEntry | None
) -> tuple[str, ...]:
    """The employees the order names (students are not employees; the signer issues it), in the
    order they are first named: each signs «С приказом ознакомлены:»."""
    entries: dict[int, PersonEntry] = {}
    for text in points:
        for mention in cast.mentions(text):
            entries.setdefault(mention.entry.index, mention.entry)
    for entry in also:  # named in a point too, unless its text could not be read as a name
        entries.setdefault(entry.index, entry)
    return tuple(
        cast.signature(entry)
        for entry in entries.values()
        if not is_student(entry.person) and (signer is None or entry.index != signer.index)
    )


def _stamp(order: Order) -> tuple[str, ...]:
    """The mark of an electronic signature (ГОСТ Р 7.0.97-2025, 5.23) in place of the signature."""
    signature = order.signature
    if not signature.electronic:
        return ()
    assert signature.valid_from is not None and signature.valid_to is not None
    # «ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ ПОДПИСЬЮ» heads the mark in the template itself.
    return (
        f"Сертификат: {signature.certificate}",
        f"Владелец: {signature.owner}",
        f"Действителен с {format_date(signature.valid_from)} по {format_date(signature.valid_to)}",
    )


def prepare_order(
    repo: Repository,
    problems: list[Problem],
    path: str,
    public: bool = False,
    *,
    today: date | None = None,
) -> Prepared:
    """The context of the order in `path` (relative to the root), for its template."""
    what = f"Приказ {path}"
    organization = organization_view(repo, problems, what)
    order_doc = document_at(repo.orders, path, "orders", what, problems)
    order = order_doc.model
    cast = Cast(repo, public, day=order.date, today=today)
    organization = cast.organization(organization)
    made = _Order(order_doc, repo, problems, cast, what)
    generated = GENERATORS[order.type](made)
    points = list(generated.points)
    points += [
        cast.text(text, order_doc.at("points", i), f"пункт {len(points) + i + 1} приказа")
        for i, text in enumerate(order.points)
    ]
    if not order.display_title.strip():
        raise RenderRefused(
            f"{what} не сформирован: у приказа нет заголовка ({order_doc.at('type')})",
            hint="добавьте его: title: О проведении … (у приказа вида custom своего нет)",
        )
    title = order.display_title
    title = cast.text(" ".join(title.split()), order_doc.at("title"), "заголовок приказа")
    basis = cast.text(order.basis or "", order_doc.at("basis"), "преамбула приказа")
    signature, signer = _signature(order_doc, repo, cast, what)
    control = _control(made, signer)
    controller = []
    if control is not None:
        points.append(control[0])
        controller.append(control[1])
    executor = phone = ""
    if order.executor:
        entry = cast.person(order.executor, order_doc.at("executor"), "исполнитель")
        if entry is not None:
            executor = cast.name(entry)
            # The copy for the site gives the organisation's phone, not a person's own.
            own = None if public else entry.person.phone
            phone = own or organization.phone
    cast.refuse_if_needed(what)
    if not points:
        raise RenderRefused(
            f"{what} не сформирован: в нём нет ни одного пункта ({order_doc.at('type')})",
            hint="добавьте пункты: points: [Текст пункта.]",
        )
    acquainted = (
        _acquainted(cast, points, controller, signer) if order.acquaint and not public else ()
    )
    view = OrderView(
        type=order.type,
        number=order.number,
        date=format_date(order.date),
        title=title,
        basis=" ".join(basis.split()),
        reference=f"от {format_date(order.date)} № {order.number}",
        points=point_views(points),
        signature=signature,
        executor=executor,
        executor_phone=phone,
        acquainted=acquainted,
        stamp=_stamp(order),
    )
    suffix = "для-сайта" if public else ""
    return Prepared(
        kind="order",
        source=path,
        templates=(f"order-{order.type}.docx", "order.docx"),
        context=typeset(
            TemplateContext(
                organization=organization,
                document=DocumentView("order", title, public, ""),
                order=view,
                roadmap=generated.roadmap,
                pair_list=generated.pair_list,
                plans=generated.plans,
            )
        ),
        filename=filename("Приказ", order.number, "от", format_date(order.date), suffix),
        day=order.date,
    )
