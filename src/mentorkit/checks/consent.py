"""Consent to personal-data processing (152-ФЗ) and to mentoring (ст. 351.8 ТК РФ) of everyone a
pair or an order names, found by the one matcher in every field (mentorkit.texts); the rule
itself is mentorkit.consent, the one `render` obeys."""

from __future__ import annotations

from collections.abc import Iterable

from mentorkit import consent, gitfiles
from mentorkit.checks.base import Context, describe, gendered
from mentorkit.load.repository import Doc, PersonEntry
from mentorkit.model.report_form import ReportForm
from mentorkit.names import gender_of
from mentorkit.problems import (
    CONSENT_WITHDRAWN,
    MINOR_IN_GIT,
    MINOR_SIGNS,
    NAMED_IN_REPORT_FORM,
    NO_CONSENT_IMPORTED,
    NO_CONSENT_ORDER,
    NO_CONSENT_PAIR,
    NO_CONSENT_PLAN,
    NO_MENTORING_CONSENT,
    WITHDRAWN_IN_ORDER,
    Location,
    Problem,
)
from mentorkit.texts import (
    Place,
    all_places,
    config_places,
    document_places,
    pairs_places,
    report_places,
    roadmap_places,
)


def named_in(ctx: Context, place: Place) -> list[PersonEntry]:
    """The people of people.yaml a place names: a reference that names one person, or everyone
    the matcher tells apart in free text."""
    if place.kind == "ref":
        resolved = ctx.people.resolve(place.value)
        return resolved if len(resolved) == 1 else []
    named = []
    for found in ctx.people.find_known(place.value):
        strong = [e for e in found.matches if e.index not in found.weak]
        if len(strong) == 1:
            named.append(strong[0])
    return named


def named_places(ctx: Context, places: Iterable[Place]) -> list[tuple[Place, PersonEntry]]:
    """Each place with each person it names (its file:line is found later, for a problem).
    A value is read once however many places repeat it (a roadmap's deadlines, results and
    responsible people repeat across thousands of items)."""
    named: list[tuple[Place, PersonEntry]] = []
    refs: dict[str, list[PersonEntry]] = {}
    texts: dict[str, list[PersonEntry]] = {}
    for place in places:
        # By index (value 2, kind 4): a roadmap has tens of thousands of places.
        seen = refs if place[4] == "ref" else texts
        people = seen.get(place[2])
        if people is None:
            people = seen[place[2]] = named_in(ctx, place)
        if people:
            named += [(place, entry) for entry in people]
    return named


def named_people(ctx: Context, places: Iterable[Place]) -> list[tuple[Location, PersonEntry]]:
    return [(place.where, entry) for place, entry in named_places(ctx, places)]


def check_consent_records(ctx: Context) -> list[Problem]:
    problems: list[Problem] = []
    for entry in ctx.repo.people:
        female = gender_of(entry.person)
        for issue in consent.record_issues(entry.person, ctx.today, female == "f"):
            problems.append(
                issue.code.at(
                    ctx.repo.person_at(entry, issue.field), f"{describe(entry)} — {issue.message}"
                )
            )
    return problems


def _everyone_consented(ctx: Context) -> bool:
    """Whether everyone in people.yaml has a consent date: then no place names anyone without
    one, and the places need no search (a repository kept in order: most of them)."""
    return all(entry.person.consent is not None for entry in ctx.people.people)


def check_consent_in_pairs(ctx: Context) -> list[Problem]:
    if _everyone_consented(ctx):
        return []
    problems: list[Problem] = []
    for doc in ctx.repo.pairs:
        for place, entry in named_places(ctx, pairs_places(doc)):
            if entry.person.consent is None:
                problems.append(
                    NO_CONSENT_PAIR.at(
                        place.where,
                        f"{describe(entry)}: нет согласия на обработку персональных "
                        "данных — внесите его дату в consent в people.yaml",
                    )
                )
    return problems


def _in_order(order_path: str, where: Location, number: str) -> str:
    if where.path == order_path:
        return f"в приказе № {number}"
    if where.path.startswith("roadmaps/"):
        return f"в дорожной карте, которую утверждает приказ № {number}"
    if where.path.startswith("pairs/"):
        return f"в файле пар ({where}), который закрепляет приказ № {number}"
    return f"в шапке приказа № {number} (mentorkit.yaml)"


def _order_named(ctx: Context, index: int) -> list[tuple[Place, PersonEntry]]:
    doc = ctx.repo.orders[index]
    named = named_places(ctx, document_places(ctx.repo, doc))
    if not doc.model.signed_by and ctx.repo.config and ctx.repo.config.model.organization.head:
        ref = ctx.repo.config.model.organization.head
        head = ctx.people.resolve(ref)
        if len(head) == 1:
            named.insert(0, (Place(doc.at, ("type",), ref, "руководитель", "ref"), head[0]))
    return named


def check_consent_in_orders(ctx: Context) -> list[Problem]:
    if _everyone_consented(ctx):
        return []
    problems: list[Problem] = []
    for index, doc in enumerate(ctx.repo.orders):
        reported: set[int] = set()
        for place, entry in _order_named(ctx, index):
            if entry.person.consent is not None or entry.index in reported:
                continue
            reported.add(entry.index)
            where = place.where
            at = doc.at("pairs") if where.path.startswith("pairs/") else where
            named = (
                f"{describe(entry)} {gendered(entry, 'назван', 'названа')} "
                f"{_in_order(doc.path, where, doc.model.number)}, но согласия на "
                "обработку персональных данных нет"
            )
            if doc.model.imported:
                # a document already signed and issued, carried over from its file: the
                # repository did not publish the name, yet nothing new may name them
                problems.append(
                    NO_CONSENT_IMPORTED.at(
                        at,
                        f"{named}; приказ перенесён из «{doc.model.imported}» и уже издан, но "
                        "ни один новый документ с этим человеком (и этот приказ заново) "
                        "mentorkit не сформирует — внесите дату согласия в consent в people.yaml",
                    )
                )
                continue
            problems.append(
                NO_CONSENT_ORDER.at(at, f"{named} — внесите его дату в consent в people.yaml")
            )
    return problems


def check_consent_in_plans(ctx: Context) -> list[Problem]:
    """A roadmap no order approves is still a document of its own (`render plan`): everyone it
    names, and the header it is printed under, by the same rule render obeys
    (mentorkit.consent.refusals), on the day of its approval mark, or today."""
    repo = ctx.repo
    approved = {
        doc.model.roadmap
        for doc in repo.orders
        if doc.model.type == "roadmap" and doc.model.roadmap
    }
    problems: list[Problem] = []
    for doc in repo.roadmaps:
        if doc.path in approved:
            continue  # the order's check reports it (MK401, MK406), on the order's day
        approval = doc.model.approved_by
        day = approval.date if approval else ctx.today
        places = list(roadmap_places(doc))
        if repo.config is not None:
            places = list(config_places(repo.config, refs=False)) + places
        reported: set[tuple[int, Location]] = set()
        for place, entry in named_places(ctx, places):
            female = gender_of(entry.person) == "f"
            reasons = consent.refusals(entry.person, day, ctx.today, female, public=False)
            if not reasons:
                continue
            where = place.where
            if (entry.index, where) in reported:
                continue
            # Every place, as render lists them: each is a line to fix.
            reported.add((entry.index, where))
            problems.append(
                NO_CONSENT_PLAN.at(
                    where,
                    f"{describe(entry)} {gendered(entry, 'назван', 'названа')} в дорожной "
                    f"карте {doc.path}, которую не утверждает ни один приказ из orders/, — "
                    f"«render plan» её не сформирует: {'; '.join(reasons)}. Внесите согласие в "
                    "people.yaml (consent: ГГГГ-ММ-ДД) или уберите имя",
                )
            )
    return problems


def report_form_refusals(ctx: Context, doc: Doc[ReportForm]) -> list[tuple[Location, str]]:
    """Whom a report form may not name, and why: a form is the region's sheet, sent out of the
    school with every report made by it — a minor is never named there, and nobody whose
    consent does not allow it (mentorkit.consent.refusals)."""
    found: list[tuple[Location, str]] = []
    for where, entry in named_people(ctx, report_places(doc)):
        person = entry.person
        female = gender_of(person) == "f"
        reasons = consent.refusals(person, ctx.today, ctx.today, female, public=True)
        if person.is_minor:
            reasons.insert(0, "несовершеннолетнего в форме отчёта можно указать только числом")
        if reasons:
            found.append((where, f"{describe(entry)} — {'; '.join(reasons)}"))
    return found


def check_consent_in_reports(ctx: Context) -> list[Problem]:
    return [
        NAMED_IN_REPORT_FORM.at(
            where,
            f"форма отчёта называет человека: {why}; уберите имя из формы (в ней — "
            "заголовки столбцов региона, не люди)",
        )
        for doc in ctx.repo.reports
        for where, why in report_form_refusals(ctx, doc)
    ]


def check_withdrawn(ctx: Context) -> list[Problem]:
    """Whoever withdrew consent: every place that still names them (a warning), and an error
    for an order dated on or after the withdrawal."""
    withdrawn = {
        entry.index: day
        for entry in ctx.repo.people
        if (day := consent.withdrawn_by(entry.person, ctx.today)) is not None
    }
    if not withdrawn:
        return []
    problems: list[Problem] = []
    for place in all_places(ctx.repo):
        for entry in named_in(ctx, place):
            if entry.index in withdrawn:
                problems.append(
                    CONSENT_WITHDRAWN.at(
                        place.where,
                        f"{describe(entry)} {gendered(entry, 'отозвал', 'отозвала')} согласие "
                        f"{withdrawn[entry.index]:%d.%m.%Y}, а здесь ({place.field}) всё ещё "
                        f"{gendered(entry, 'назван', 'названа')}: уберите имя из файла, в "
                        "новых документах его быть не должно",
                    )
                )
    for index, doc in enumerate(ctx.repo.orders):
        reported: set[int] = set()
        for place, entry in _order_named(ctx, index):
            day = consent.withdrawn_by(entry.person, doc.model.date)
            if day is None or entry.index in reported:
                continue
            reported.add(entry.index)
            problems.append(
                WITHDRAWN_IN_ORDER.at(
                    place.where,
                    # the person first, in the nominative: «называет Новикова М.П.» read wrong
                    f"{describe(entry)}: согласие отозвано {day:%d.%m.%Y}, а приказ "
                    f"№ {doc.model.number} от {doc.model.date:%d.%m.%Y} "
                    f"{gendered(entry, 'его', 'её')} называет: уберите "
                    f"{gendered(entry, 'его', 'её')} из приказа — документ не будет сформирован",
                )
            )
    return problems


def check_minor_signs(ctx: Context) -> list[Problem]:
    """A minor neither heads the organisation nor signs an order."""
    problems: list[Problem] = []
    config = ctx.repo.config
    signers: list[tuple[Location, str]] = []
    if config is not None and config.model.organization.head:
        signers.append((config.at("organization", "head"), config.model.organization.head))
    signers += [
        (doc.at("signed_by"), doc.model.signed_by) for doc in ctx.repo.orders if doc.model.signed_by
    ]
    for where, ref in signers:
        found = ctx.people.resolve(ref)
        if len(found) == 1 and found[0].person.is_minor:
            problems.append(
                MINOR_SIGNS.at(
                    where,
                    f"{describe(found[0])} — несовершеннолетний(-яя) обучающийся(-аяся): не может "
                    "руководить или подписывать приказы; укажите руководителя организации",
                )
            )
    return problems


def check_mentoring_consent(ctx: Context) -> list[Problem]:
    """ст. 351.8 ТК РФ: from 01.03.2025 a pairs order fixes a mentor only with written
    consent to mentoring, given by the order's date."""
    problems: list[Problem] = []
    for order_doc in ctx.repo.orders:
        order = order_doc.model
        if order.type != "pairs":
            continue
        for doc in ctx.repo.pairs:
            if doc.path != order.pairs:
                continue
            for index, pair in enumerate(doc.model.pairs):
                if pair.order not in (None, order.number):
                    continue
                found = ctx.people.resolve(pair.mentor)
                if len(found) != 1:
                    continue
                refusal = consent.mentoring_refusal(found[0].person, order.date)
                if refusal is not None:
                    problems.append(
                        NO_MENTORING_CONSENT.at(
                            doc.at("pairs", index, "mentor"),
                            f"{describe(found[0])}: приказ № {order.number} от "
                            f"{order.date:%d.%m.%Y} назначает наставником, а {refusal}",
                        )
                    )
    return problems


_MOVE_OUT = (
    "вынесите несовершеннолетних в файл вне репозитория (в mentorkit.yaml: people: "
    "../личное/ученики.yaml, или переменная MENTORKIT_PEOPLE), дайте им id и ссылайтесь по id "
    "(mentees: [ученик-7б-1]); уже записанное останется в истории git — попросите "
    "администратора её очистить (git filter-repo)"
)


def check_minors_in_git(ctx: Context) -> list[Problem]:
    """A file git keeps that names a minor: the name stays in the history of every clone."""
    repo = ctx.repo
    minors = [entry for entry in repo.people if entry.person.is_minor]
    if not minors:
        return []
    files = sorted({entry.source for entry in minors} | set(repo.files))
    kept = gitfiles.tracked(repo.root, files)
    if not kept:
        return []
    problems: list[Problem] = []
    for entry in minors:
        if entry.source in kept:
            problems.append(
                MINOR_IN_GIT.at(
                    repo.person_at(entry, "name"),
                    f"{describe(entry)}: запись несовершеннолетнего лежит в файле под контролем "
                    f"git, и его имя попадает во все копии репозитория — {_MOVE_OUT}",
                )
            )
    minor_indexes = {entry.index for entry in minors}
    ids = {entry.person.id for entry in repo.people if entry.person.id}
    reported: set[str] = set()
    for place in all_places(repo):
        if place.where.path not in kept or place.where.path in reported:
            continue
        if place.kind == "ref" and " ".join(place.value.split()) in ids:
            continue  # referred to by id: the file holds no name
        named = [e for e in named_in(ctx, place) if e.index in minor_indexes]
        if named:
            reported.add(place.where.path)
            problems.append(
                MINOR_IN_GIT.at(
                    place.where,
                    f"{place.where.path} под контролем git называет несовершеннолетнего "
                    f"({describe(named[0])}, {place.field}) — {_MOVE_OUT}",
                )
            )
    return problems
