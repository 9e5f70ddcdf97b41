"""Consent to personal-data processing (152-ФЗ) of everyone a pair or an order names."""

from __future__ import annotations

from mentorkit.checks.base import Context, describe, gendered
from mentorkit.load.repository import PersonEntry
from mentorkit.model import numbered_items
from mentorkit.problems import (
    CONSENT_IN_FUTURE,
    MINOR_NO_REPRESENTATIVE,
    NO_CONSENT_ORDER,
    NO_CONSENT_PAIR,
    Location,
    Problem,
)


def check_consent_records(ctx: Context) -> list[Problem]:
    problems: list[Problem] = []
    for entry in ctx.repo.people:
        consent = entry.person.consent
        if consent is None:
            continue
        if entry.person.is_minor and not consent.by:
            problems.append(
                MINOR_NO_REPRESENTATIVE.at(
                    ctx.repo.person_at(entry, "consent"),
                    f"{describe(entry)} — "
                    f"{gendered(entry, 'несовершеннолетний', 'несовершеннолетняя')}: "
                    "укажите, кто подписал согласие "
                    "(consent: {date: …, by: Фамилия И.О. (мать)})",
                )
            )
        if consent.date > ctx.today:
            problems.append(
                CONSENT_IN_FUTURE.at(
                    ctx.repo.person_at(entry, "consent"),
                    f"{describe(entry)}: согласие датировано {consent.date:%d.%m.%Y}, это позже "
                    f"сегодняшнего дня ({ctx.today:%d.%m.%Y}) — проверьте дату",
                )
            )
    return problems


def _without_consent(ctx: Context, ref: str) -> PersonEntry | None:
    found = ctx.people.resolve(ref)
    if len(found) == 1 and found[0].person.consent is None:
        return found[0]
    return None


def check_consent_in_pairs(ctx: Context) -> list[Problem]:
    problems: list[Problem] = []
    for doc in ctx.repo.pairs:
        for p_index, pair in enumerate(doc.model.pairs):
            refs = [(doc.at("pairs", p_index, "mentor"), pair.mentor)]
            refs += [
                (doc.at("pairs", p_index, "mentees", i), ref) for i, ref in enumerate(pair.mentees)
            ]
            for where, ref in refs:
                entry = _without_consent(ctx, ref)
                if entry is not None:
                    problems.append(
                        NO_CONSENT_PAIR.at(
                            where,
                            f"{describe(entry)}: нет согласия на обработку персональных "
                            "данных — внесите его дату в consent в people.yaml",
                        )
                    )
    return problems


def order_people(ctx: Context, order_index: int) -> list[tuple[Location, str]]:
    """Every person an order names, with where the order names them."""
    doc = ctx.repo.orders[order_index]
    order = doc.model
    named: list[tuple[Location, str]] = []
    if order.signed_by:
        named.append((doc.at("signed_by"), order.signed_by))
    elif ctx.repo.config and ctx.repo.config.model.organization.head:
        named.append((doc.at("type"), ctx.repo.config.model.organization.head))
    if order.executor:
        named.append((doc.at("executor"), order.executor))
    if order.curator:
        named.append((doc.at("curator"), order.curator))
    named += [(doc.at("people", i), ref) for i, ref in enumerate(order.people)]
    if order.type in ("pairs", "plans") and order.pairs:
        for pairs_doc in ctx.repo.pairs:
            if pairs_doc.path == order.pairs:
                for pair in pairs_doc.model.pairs:
                    named += [(doc.at("pairs"), ref) for ref in (pair.mentor, *pair.mentees)]
    # Free text printed in the document: the preamble, the points, and for an order approving
    # a roadmap the people its appendix names as responsible.
    texts = [(doc.at("title"), order.title or ""), (doc.at("basis"), order.basis or "")]
    texts += [(doc.at("points", i), point) for i, point in enumerate(order.points)]
    if order.type == "roadmap" and order.roadmap:
        for roadmap_doc in ctx.repo.roadmaps:
            if roadmap_doc.path == order.roadmap:
                for numbered in numbered_items(roadmap_doc.model):
                    for field in ("responsible", "co_responsible"):
                        where = roadmap_doc.at(*numbered.keys, field)
                        texts += [(where, text) for text in getattr(numbered.item, field)]
    for where, text in texts:
        named += [(where, m.text) for m in ctx.people.mentions(text) if len(m.matches) == 1]
    return named


def _in_order(order_path: str, where: Location, number: str) -> str:
    if where.path == order_path:
        return f"в приказе № {number}"
    return f"в дорожной карте, которую утверждает приказ № {number}"


def check_consent_in_orders(ctx: Context) -> list[Problem]:
    problems: list[Problem] = []
    for index, doc in enumerate(ctx.repo.orders):
        reported: set[int] = set()
        for where, ref in order_people(ctx, index):
            entry = _without_consent(ctx, ref)
            if entry is None or entry.index in reported:
                continue
            reported.add(entry.index)
            problems.append(
                NO_CONSENT_ORDER.at(
                    where,
                    f"{describe(entry)} {gendered(entry, 'назван', 'названа')} "
                    f"{_in_order(doc.path, where, doc.model.number)}, но согласия на "
                    "обработку персональных данных нет — внесите его дату в consent в "
                    "people.yaml",
                )
            )
    return problems
