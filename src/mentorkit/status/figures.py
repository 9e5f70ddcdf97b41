"""The figures of one repository on a day, computed once: every roadmap item with its state,
every pair with its indicators, the indicators the authorities ask for, the document package
and what could not be read. `status` and `report` both start from here.

People appear only as «Фамилия И.О.», a minor only by initials and class (152-ФЗ, see
mentorkit.shown): references and every free text a result shows are read here once.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from mentorkit.checks.coverage import covered_people, young_specialists
from mentorkit.checks.upkeep import Holidays, document_package, holidays_of, is_stale, quiet_days
from mentorkit.deadlines import Period
from mentorkit.load.repository import Doc, PersonEntry, Repository, load_repository
from mentorkit.model import STAGES, PairsFile, Roadmap
from mentorkit.model.pairs import Meeting, Pair
from mentorkit.problems import Problem
from mentorkit.progress import ItemProgress, State, roadmap_progress
from mentorkit.refs import PeopleIndex, normalize
from mentorkit.shown import initials_only, person_shown, ref_shown, text_shown
from mentorkit.status.incomplete import unread_parts
from mentorkit.status.results import (
    ActStatus,
    Indicators,
    ItemStatus,
    NextMeeting,
    PairStatus,
    RepositoryStatus,
    RoadmapStatus,
    SectionStatus,
    Share,
    Summary,
    Tally,
    threshold_met,
)
from mentorkit.status.surnames import may_name

NO_FORM = "форма не указана"
_DASHES = re.compile(r"\s*[-‐‑‒–—―−]\s*")


class _Shown(PeopleIndex):
    """The people of one repository, and each distinct text shown once: a roadmap repeats its
    responsible people, forms and deadlines item after item, pairs their mentors (showing a
    text reads the names in it and declines them)."""

    def __init__(self, people: tuple[PersonEntry, ...]) -> None:
        super().__init__(people)
        self.texts: dict[tuple[str, bool], str] = {}
        self.read: dict[str, tuple[str, list[str], list[str]]] = {}
        self.refs: dict[str, str] = {}


def _text(text: str, people: _Shown, *, nominative: bool = False) -> str:
    """`text_shown`, once per distinct text."""
    key = (text, nominative)
    shown = people.texts.get(key)
    if shown is None:
        shown = people.texts[key] = text_shown(text, people, nominative=nominative)
    return shown


def repository_status(
    root: Path, today: date, shown_as: Path | None = None, folder: str = ""
) -> RepositoryStatus:
    """Load the repository at `root` once and compute everything `status` shows about it.

    `shown_as` is the path to report instead of `root` (a repository read from git history is
    loaded from a temporary folder); `folder`, the organisation's folder as shown beside it."""
    repo, problems = load_repository(root)
    return figures(repo, problems, today, shown_as or root, folder)


def repository_summary(
    root: Path, today: date, shown_as: Path | None = None, folder: str = ""
) -> Summary:
    """What a district's table shows of the repository at `root` (`summary_of` its
    `repository_status`), without showing its items and pairs, their people and texts."""
    repo, problems = load_repository(root)
    return summary(repo, problems, today, shown_as or root, folder)


def summary(
    repo: Repository, problems: list[Problem], today: date, shown: Path, folder: str = ""
) -> Summary:
    """The district's numbers of a loaded repository on `today`: counted as `figures` counts
    them."""
    people = _Shown(repo.people)
    rules = repo.rules
    items: list[tuple[State, date | None]] = []
    tally = Tally()
    for doc in repo.roadmaps:
        for one in roadmap_progress(doc.model, today, rules.soon_days, repo.calendar):
            items.append((one.state, _first_due(one)))
            tally += _tally_by(one.state)
    holidays = holidays_of(repo)
    pairs = [
        _meetings(pair, doc.model.period, today, rules.stale_days, holidays)
        for doc in repo.pairs
        for pair in doc.model.pairs
    ]
    unread = unread_parts(repo, problems)
    return Summary(
        root=shown,
        name=_name(repo, people, shown, light=True),
        folder=folder,
        unread=len(unread),
        roadmaps=len(repo.roadmaps),
        tally=tally,
        items_done=_done_share(items, today, by_today=False),
        items_done_by_today=_done_share(items, today, by_today=True),
        young_covered=_young_covered(repo, people),
        consent=_consent(repo, people, today),
        plans_at_threshold=Share(
            sum(threshold_met(Share(done, planned)) for planned, done, _, _ in pairs), len(pairs)
        ),
        pairs=len(pairs),
        meetings_overdue=sum(overdue for _, _, overdue, _ in pairs),
        stale_pairs=sum(stale for _, _, _, stale in pairs),
        missing_acts=sum(not entry.present for entry in document_package(repo, today, people)),
        package_kept=_package_kept(repo),
    )


def _name(repo: Repository, people: _Shown, shown: Path, *, light: bool = False) -> str:
    """The organisation's short name (else its name, else its folder's), its people shown.
    `light`: where no word of it may be anyone's surname, read without the index of the
    people's names (`surnames.may_name`), which nothing else then needs."""
    organization = repo.config.model.organization if repo.config else None
    name = (organization.short_name or organization.name) if organization else shown.name
    if light and not may_name(" ".join(name.split()), repo.people):
        return text_shown(name, _NOBODY)
    return _text(name, people)


_NOBODY = PeopleIndex(())
"""Reads in a text only what a search over nobody finds: full names outside people.yaml."""


def _package_kept(repo: Repository) -> bool:
    return repo.config is not None and repo.config.model.acts is not None


def figures(
    repo: Repository, problems: list[Problem], today: date, shown: Path, folder: str = ""
) -> RepositoryStatus:
    """The figures of a loaded repository on `today`."""
    people = _Shown(repo.people)
    rules = repo.rules
    roadmaps = tuple(
        _roadmap_status(repo, doc, people, today, rules.soon_days) for doc in repo.roadmaps
    )
    holidays = holidays_of(repo)
    pairs = tuple(
        _pair_status(doc, index, people, today, rules.stale_days, holidays)
        for doc in repo.pairs
        for index in range(len(doc.model.pairs))
    )
    items = [item for roadmap in roadmaps for item in roadmap.items]
    organization = repo.config.model.organization if repo.config else None
    return RepositoryStatus(
        root=shown,
        name=_name(repo, people, shown),
        full_name=_text(organization.name, people) if organization else None,
        today=today,
        soon_days=rules.soon_days,
        roadmaps=roadmaps,
        pairs=pairs,
        indicators=Indicators(
            items_done=_items_done(items, today, by_today=False),
            items_done_by_today=_items_done(items, today, by_today=True),
            young_covered=_young_covered(repo, people),
            consent=_consent(repo, people, today),
            plans_at_threshold=Share(sum(p.plan_threshold_met for p in pairs), len(pairs)),
            pairs_by_form=_pairs_by_form(pairs),
        ),
        problems=tuple(sorted(problems, key=lambda p: p.sort_key)),
        unread=unread_parts(repo, problems),
        acts=tuple(
            ActStatus(entry.kind, entry.label, entry.present, entry.source, entry.hint)
            for entry in document_package(repo, today, people)
        ),
        package_kept=_package_kept(repo),
        stale_days=rules.stale_days,
        folder=folder,
    )


def _roadmap_status(
    repo: Repository, doc: Doc[Roadmap], people: _Shown, today: date, soon_days: int
) -> RoadmapStatus:
    roadmap = doc.model
    sections = _sections(roadmap, people)
    progress = roadmap_progress(roadmap, today, soon_days, repo.calendar)
    items = tuple(_item_status(doc.path, p, sections, people, today) for p in progress)
    tallies: dict[tuple[str | int, ...], Tally] = defaultdict(Tally)
    for item, one_progress in zip(items, progress, strict=True):
        keys = one_progress.keys[:-2]
        one = _tally_of(item)
        while keys:
            tallies[keys] += one
            keys = keys[:-2]
    return RoadmapStatus(
        path=doc.path,
        title=_text(roadmap.title, people),
        period=roadmap.period,
        sections=tuple(
            SectionStatus(number, title, (len(keys) - 2) // 2, tallies[keys])
            for keys, (number, title) in sections.items()
        ),
        items=items,
        tally=sum((_tally_of(item) for item in items), Tally()),
        approved=roadmap.approved_by is not None
        or any(
            order.model.type == "roadmap" and order.model.roadmap == doc.path
            for order in repo.orders
        ),
    )


def _sections(roadmap: Roadmap, people: _Shown) -> dict[tuple[str | int, ...], tuple[str, str]]:
    """(number, title) of every section by its keys in the file, numbered as items are."""
    found: dict[tuple[str | int, ...], tuple[str, str]] = {}
    for s_index, section in enumerate(roadmap.sections):
        s_number = (section.number or str(s_index + 1)).rstrip(".")
        found[("sections", s_index)] = (s_number, _text(section.title, people))
        for ss_index, sub in enumerate(section.sections):
            ss_number = (sub.number or f"{s_number}.{ss_index + 1}").rstrip(".")
            found[("sections", s_index, "sections", ss_index)] = (
                ss_number,
                _text(sub.title, people),
            )
    return found


def _tally_of(item: ItemStatus) -> Tally:
    return _tally_by(item.state)


def _tally_by(state: State) -> Tally:
    if state == State.CANCELLED:
        return Tally(cancelled=1)
    return Tally(
        total=1,
        done=int(state == State.DONE),
        overdue=int(state == State.OVERDUE),
        due_soon=int(state == State.DUE_SOON),
    )


def _first_due(progress: ItemProgress) -> date | None:
    """The first due day: occurrences are sorted by it (over a long period, without listing
    them all)."""
    schedule = progress.schedule
    return schedule.occurrences[0].due if schedule and schedule.occurrences else None


def _item_status(
    roadmap: str,
    progress: ItemProgress,
    sections: dict[tuple[str | int, ...], tuple[str, str]],
    people: _Shown,
    today: date,
) -> ItemStatus:
    item = progress.item
    section = sections.get(progress.keys[:-2])
    first_due = _first_due(progress)
    read = [_read_people(text, people) for text in item.responsible]
    named = [who for _, found, _ in read for who in found]
    groups = [who for shortened, _, anyone in read for who in (anyone or [shortened])]
    return ItemStatus(
        roadmap=roadmap,
        number=progress.number,
        title=_text(item.title, people),
        section_number=section[0] if section else None,
        section=section[1] if section else None,
        deadline=_shown(item.deadline, people),
        state=progress.state,
        start=progress.start,
        due=progress.due,
        days=None if progress.due is None or _closed(progress) else (progress.due - today).days,
        first_due=first_due,
        occurrences=progress.occurrences,
        closed=progress.closed,
        late_occurrences=len(progress.open_late),
        done=tuple(sorted(day for day in item.done if day <= today)),
        responsible=tuple(shortened for shortened, _, _ in read),
        responsible_people=tuple(dict.fromkeys(named)),
        responsible_groups=tuple(dict.fromkeys(groups)),
        cancelled=_shown(item.cancelled, people),
        evidence=_shown(item.evidence, people),
    )


def _shown(text: str | None, people: _Shown) -> str | None:
    return None if text is None else _text(text, people)


def _closed(progress: ItemProgress) -> bool:
    return progress.state in (State.DONE, State.CANCELLED)


def shorten_names(text: str, people: PeopleIndex) -> str:
    """`text` with everyone it names as «Фамилия И.О.» (a minor by initials and class): the
    people of people.yaml however they are written, and anyone else written with a full name and
    patronymic."""
    return text_shown(text, people, nominative=True)


def _read_people(text: str, people: _Shown) -> tuple[str, list[str], list[str]]:
    """`text` with the names shortened; the people of people.yaml it names; and everyone it
    names, also those people.yaml does not tell apart, as «Фамилия И.О.» (a minor by initials
    and class, or by initials alone where the name fits several people)."""
    key = text
    cached = people.read.get(key)
    if cached is not None:
        return cached
    text = " ".join(text.split())
    named: list[str] = []
    everyone: list[str] = []
    for mention in people.mentions(text):
        if len(mention.matches) != 1:
            minor = any(entry.person.is_minor for entry in mention.matches)
            alone = initials_only(mention.text) if minor else mention.text
            everyone.append(_text(alone, people, nominative=True))
            continue
        who = person_shown(mention.matches[0].person)
        named.append(who)
        everyone.append(who)
    read = _text(text, people, nominative=True), named, everyone
    people.read[key] = read
    return read


def _person(ref: str, people: _Shown) -> str:
    shown = people.refs.get(ref)
    if shown is None:
        shown = people.refs[ref] = ref_shown(ref, people)
    return shown


def _pair_status(
    doc: Doc[PairsFile],
    index: int,
    people: _Shown,
    today: date,
    stale_days: int,
    holidays: Holidays | None,
) -> PairStatus:
    pair = doc.model.pairs[index]
    quiet = quiet_days(pair, doc.model.period, today, holidays)
    meetings = pair.meetings
    held = _held(pair, today)
    # A meeting after today is ahead even if it is marked done (as of a past day it was not yet).
    ahead = sorted((m for m in meetings if m.date >= today and m not in held), key=lambda m: m.date)
    stage = max((m.stage for m in held), key=STAGES.index, default=None)
    nxt = ahead[0] if ahead else None
    return PairStatus(
        file=doc.path,
        mentor=_person(pair.mentor, people),
        mentees=tuple(_person(ref, people) for ref in pair.mentees),
        form=_shown(pair.form or doc.model.form, people),
        order=pair.order,
        period=doc.model.period,
        stage=stage,
        next_meeting=NextMeeting(nxt.date, nxt.stage, (nxt.date - today).days) if nxt else None,
        meetings_planned=len(meetings),
        meetings_done=len(held),
        meetings_due=sum(1 for m in meetings if m.date <= today),
        meetings_overdue=_overdue(pair, today),
        last_held=max((m.date for m in held), default=None),
        quiet_days=quiet,
        stale=is_stale(quiet, stale_days),
    )


def _held(pair: Pair, today: date) -> list[Meeting]:
    return [m for m in pair.meetings if m.done and m.date <= today]


def _overdue(pair: Pair, today: date) -> int:
    return sum(1 for m in pair.meetings if not m.done and m.date < today)


def _meetings(
    pair: Pair, period: Period, today: date, stale_days: int, holidays: Holidays | None
) -> tuple[int, int, int, bool]:
    """What a district counts of a pair, as `_pair_status` counts it: meetings planned, held
    and overdue, and whether it is stale."""
    quiet = quiet_days(pair, period, today, holidays)
    return (
        len(pair.meetings),
        len(_held(pair, today)),
        _overdue(pair, today),
        is_stale(quiet, stale_days),
    )


def _items_done(items: Iterable[ItemStatus], today: date, by_today: bool) -> Share:
    return _done_share([(item.state, item.first_due) for item in items], today, by_today)


def _done_share(items: Iterable[tuple[State, date | None]], today: date, by_today: bool) -> Share:
    """Items done over items not cancelled (by `today`: whose first due day has come), of
    (state, first due day)."""
    counted = [
        state
        for state, first_due in items
        if state != State.CANCELLED
        and (not by_today or (first_due is not None and first_due <= today))
    ]
    return Share(sum(state == State.DONE for state in counted), len(counted))


def _young_covered(repo: Repository, people: PeopleIndex) -> Share:
    young = {entry.index for entry in young_specialists(repo)}
    return Share(len(young & covered_people(repo, people)), len(young))


def _consent(repo: Repository, people: PeopleIndex, today: date) -> Share:
    """Everyone a pair names, once; a reference that names nobody counts as without consent."""
    participants: dict[object, bool] = {}
    for doc in repo.pairs:
        for pair in doc.model.pairs:
            for ref in (pair.mentor, *pair.mentees):
                found = people.resolve(ref)
                if len(found) == 1:
                    consent = found[0].person.consent
                    participants[found[0].index] = consent is not None and consent.date <= today
                else:
                    participants.setdefault(normalize(ref).lower(), False)
    return Share(sum(participants.values()), len(participants))


def _form_key(form: str) -> str:
    return _DASHES.sub(" – ", normalize(form)).lower()


def pairs_by_form(pairs: Iterable[PairStatus]) -> list[tuple[str, list[PairStatus]]]:
    """Pairs by form, in the order the forms first appear; forms spelt with another dash or
    letter case are one form, shown as first written."""
    groups: dict[str, tuple[str, list[PairStatus]]] = {}
    for pair in pairs:
        form = normalize(pair.form) if pair.form else NO_FORM
        groups.setdefault(_form_key(form), (form, []))[1].append(pair)
    return list(groups.values())


def _pairs_by_form(pairs: Iterable[PairStatus]) -> tuple[tuple[str, int], ...]:
    counted = [(form, len(members)) for form, members in pairs_by_form(pairs)]
    return tuple(sorted(counted, key=lambda entry: -entry[1]))
