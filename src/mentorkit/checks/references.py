"""References: people, orders and files that a repository names must exist, once."""

from __future__ import annotations

from mentorkit.checks.base import Context, describe, resolve_one, unknown_hint
from mentorkit.load.repository import PEOPLE, PersonEntry
from mentorkit.model import numbered_items
from mentorkit.problems import (
    AMBIGUOUS_PERSON,
    APPROVAL_MISMATCH,
    DUPLICATE_PERSON,
    MISSING_PEOPLE,
    NO_HEAD,
    ORDER_TARGET_MISSING,
    UNKNOWN_FILE,
    UNKNOWN_ORDER,
    UNKNOWN_PERSON,
    Location,
    Problem,
)
from mentorkit.refs import normalize

_REQUIRED_HINTS = {
    "roadmap": "файл утверждаемой дорожной карты, например roadmap: roadmaps/2023-2024.yaml",
    "pairs": "файл закрепляемых пар, например pairs: pairs/2023-2024.yaml",
    "curator": "назначаемый куратор, например curator: Ставницкая Е.Е.",
    "people": "кого поощрить, например people: [Петрова А.А.]",
}
ORDER_TARGETS = {"roadmap": "roadmap", "pairs": "pairs", "plans": "pairs"}


def check_people(ctx: Context) -> list[Problem]:
    """An id given twice, or the same person written twice (the same full name, no ids)."""
    problems: list[Problem] = []
    first_id: dict[str, PersonEntry] = {}
    first_name: dict[str, PersonEntry] = {}
    for entry in ctx.repo.people:
        person = entry.person
        if person.id and person.id in first_id:
            line = ctx.repo.person_at(first_id[person.id], "id").line
            problems.append(
                DUPLICATE_PERSON.at(
                    ctx.repo.person_at(entry, "id"),
                    f"id «{person.id}» уже есть в строке {line}: id должен быть уникальным",
                )
            )
        first_id.setdefault(person.id or "", entry)
        name = normalize(person.name).lower()
        other = first_name.get(name)
        if other is not None and not (person.id and other.person.id):
            line = ctx.repo.person_at(other, "name").line
            problems.append(
                DUPLICATE_PERSON.at(
                    ctx.repo.person_at(entry, "name"),
                    f"{describe(entry)} уже есть в строке {line}: удалите повтор или, если это "
                    "разные люди с одинаковыми ФИО, дайте обоим «id:»",
                )
            )
        first_name.setdefault(name, entry)
    return problems


def check_people_file(ctx: Context) -> list[Problem]:
    """people.yaml is missing while the files name people: one problem instead of one per name."""
    repo = ctx.repo
    if repo.people_sources or PEOPLE in repo.files:
        return []
    named = bool(repo.config and repo.config.model.organization.head)
    named = named or any(doc.model.pairs for doc in repo.pairs)
    named = named or any(
        o.model.signed_by or o.model.executor or o.model.curator or o.model.people
        for o in repo.orders
    )
    named = named or any(
        ctx.people.mentions(text)
        for doc in repo.roadmaps
        for numbered in numbered_items(doc.model)
        for text in (*numbered.item.responsible, *numbered.item.co_responsible)
    )
    if not named:
        return []
    return [
        MISSING_PEOPLE.at(
            Location(PEOPLE),
            "нет файла people.yaml, а файлы ссылаются на людей: создайте его рядом с "
            "mentorkit.yaml и перечислите в нём всех (people: - name: Фамилия Имя Отчество …)",
        )
    ]


def check_config(ctx: Context) -> list[Problem]:
    problems: list[Problem] = []
    config = ctx.repo.config
    if config is None:
        return problems
    head = config.model.organization.head
    if head is None:
        problems.append(
            NO_HEAD.at(
                config.at("organization", key=True),
                "не указан руководитель (organization.head): приказам нужен подписант",
            )
        )
    else:
        resolve_one(ctx, head, config.at("organization", "head"), problems, "руководитель")
    return problems


def check_roadmaps(ctx: Context) -> list[Problem]:
    from mentorkit.model import numbered_items

    problems: list[Problem] = []
    unclear: dict[str, list[tuple[str, bool]]] = {}
    for doc in ctx.repo.roadmaps:
        for numbered in numbered_items(doc.model):
            for field in ("responsible", "co_responsible"):
                texts = getattr(numbered.item, field)
                for index, text in enumerate(texts):
                    found = unclear.get(text)
                    if found is None:
                        found = unclear[text] = _unclear(ctx, text)
                    if not found:
                        continue  # most texts: each person named is one of people.yaml
                    keys = (
                        (*numbered.keys, field, index)
                        if len(texts) > 1
                        else (*numbered.keys, field)
                    )
                    problems += _mentions(ctx, found, doc.at(*keys), numbered.number)
        approval = doc.model.approved_by
        if approval is not None:
            orders = ctx.repo.order_by_number(approval.order)
            if not orders and not ctx.repo.order_may_exist(approval.order):
                problems.append(
                    UNKNOWN_ORDER.at(
                        doc.at("approved_by", "order"),
                        f"приказа № {approval.order} нет в orders/: добавьте его или "
                        "исправьте номер",
                    )
                )
            elif orders and all(order.model.date != approval.date for order in orders):
                problems.append(
                    APPROVAL_MISMATCH.at(
                        doc.at("approved_by", "date"),
                        f"приказ № {approval.order} датирован "
                        f"{orders[0].model.date:%d.%m.%Y}, а здесь {approval.date:%d.%m.%Y}: "
                        "исправьте дату здесь или в приказе",
                    )
                )
    return problems


def _unclear(ctx: Context, text: str) -> list[tuple[str, bool]]:
    """The references of a responsible text that name nobody (False) or several people (True)
    of people.yaml (worked out once per distinct text: a roadmap repeats its curator's)."""
    if ctx.people.names_each_once(text):
        return []  # each reading names one person, as `mentions` reads it: most texts
    return [
        (mention.text, bool(mention.matches))
        for mention in ctx.people.mentions(text)
        if len(mention.matches) != 1 and not ctx.is_broken(mention.text)
    ]


def _mentions(
    ctx: Context, unclear: list[tuple[str, bool]], where: Location, number: str
) -> list[Problem]:
    problems: list[Problem] = []
    for text, several in unclear:
        if not several:
            problems.append(
                UNKNOWN_PERSON.at(
                    where,
                    f"п. {number}: ответственный «{text}» не найден в people.yaml: "
                    f"{unknown_hint(ctx, text)}",
                )
            )
        else:
            problems.append(
                AMBIGUOUS_PERSON.at(
                    where,
                    f"п. {number}: «{text}» подходит нескольким людям: "
                    "напишите фамилию, имя и отчество полностью",
                )
            )
    return problems


def check_pair_references(ctx: Context) -> list[Problem]:
    problems: list[Problem] = []
    for doc in ctx.repo.pairs:
        for p_index, pair in enumerate(doc.model.pairs):
            # the place is looked up only for a reference that does not name one person
            if len(ctx.people.resolve(pair.mentor)) != 1:
                where = doc.at("pairs", p_index, "mentor")
                resolve_one(ctx, pair.mentor, where, problems, "наставник")
            for m_index, mentee in enumerate(pair.mentees):
                if len(ctx.people.resolve(mentee)) != 1:
                    where = doc.at("pairs", p_index, "mentees", m_index)
                    resolve_one(ctx, mentee, where, problems, "наставляемый")
            if (
                pair.order is not None
                and not ctx.repo.order_by_number(pair.order)
                and not ctx.repo.order_may_exist(pair.order)
            ):
                problems.append(
                    UNKNOWN_ORDER.at(
                        doc.at("pairs", p_index, "order"),
                        f"приказа № {pair.order} нет в orders/: добавьте его или исправьте номер",
                    )
                )
    return problems


def check_order_references(ctx: Context) -> list[Problem]:
    problems: list[Problem] = []
    for doc in ctx.repo.orders:
        order = doc.model
        for field, role in (("signed_by", "подписант"), ("executor", "исполнитель")):
            ref = getattr(order, field)
            if ref is not None:
                resolve_one(ctx, ref, doc.at(field), problems, role)
        if order.curator is not None:
            resolve_one(ctx, order.curator, doc.at("curator"), problems, "куратор")
        for index, ref in enumerate(order.people):
            resolve_one(ctx, ref, doc.at("people", index), problems, "поощряемый")
        required = ORDER_TARGETS.get(order.type)
        if order.type == "curator" and order.curator is None:
            required = "curator"
        if order.type == "reward" and not order.people:
            required = "people"
        for field in ("roadmap", "pairs"):
            target = getattr(order, field)
            if target is None:
                continue
            folder = "roadmaps" if field == "roadmap" else "pairs"
            present = [f for f in ctx.repo.files if f.startswith(f"{folder}/")]
            example = present[0] if present else f"{folder}/2023-2024.yaml"
            if not target.startswith(f"{folder}/"):
                problems.append(
                    UNKNOWN_FILE.at(
                        doc.at(field),
                        f"«{field}:» называет файл из папки {folder}/, а «{target}» — не оттуда: "
                        f"укажите, например, {example}",
                    )
                )
            elif not ctx.repo.has_file(target):
                problems.append(
                    UNKNOWN_FILE.at(
                        doc.at(field),
                        f"файла «{target}» нет в репозитории: укажите путь от корня, "
                        f"например {example}",
                    )
                )
        if required is not None and getattr(order, required) in (None, ()):
            problems.append(
                ORDER_TARGET_MISSING.at(
                    doc.at("type"),
                    f"приказу вида «{order.type}» нужно поле «{required}»: "
                    f"{_REQUIRED_HINTS[required]}",
                )
            )
    return problems
