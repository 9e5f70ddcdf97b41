"""`mentorkit status`: where a programme stands on a day, for one organisation or many.

Plain result objects only: every roadmap item with its state, every pair with its indicators,
the indicators the authorities ask for, and, for many organisations, their totals and the ones
that need attention first. The reporters in `mentorkit.report.status` print them.

People appear only as «Фамилия И.О.» (152-ФЗ): references are resolved and shortened here, and a
full name written in free text that nobody in people.yaml carries is shortened too.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path, PurePosixPath

from mentorkit.checks.coverage import covered_people, young_specialists
from mentorkit.deadlines import Period
from mentorkit.errors import RepositoryNotFound
from mentorkit.history import Revision, snapshot
from mentorkit.load.repository import CONFIG, Doc, Repository, find_root, load_repository
from mentorkit.model import STAGES, PairsFile, Roadmap
from mentorkit.model.pairs import Stage
from mentorkit.problems import Problem, Severity
from mentorkit.progress import ItemProgress, State, roadmap_progress
from mentorkit.refs import PeopleIndex, normalize, short_name, shorten_full_names

PLAN_THRESHOLD = 90
"""The authorities' threshold: an individual plan realised «не менее чем на 90 %»."""

_SKIPPED_FOLDERS = {"node_modules", "__pycache__", "venv"}
_NAME = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
NO_FORM = "форма не указана"
_DASHES = re.compile(r"\s*[-‐‑‒–—―−]\s*")

MONTHS = (
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
)


# ---------------------------------------------------------------------------------------------
# Result objects


@dataclass(frozen=True)
class Share:
    """`count` of `total`, the way every indicator is a share of something."""

    count: int
    total: int

    @property
    def percent(self) -> float | None:
        """Rounded half up to one decimal; None when there is nothing to count."""
        if not self.total:
            return None
        return ((2000 * self.count + self.total) // (2 * self.total)) / 10

    @property
    def whole_percent(self) -> int | None:
        """Rounded half up to a whole number; None when there is nothing to count."""
        if not self.total:
            return None
        return (200 * self.count + self.total) // (2 * self.total)

    def __add__(self, other: Share) -> Share:
        return Share(self.count + other.count, self.total + other.total)


@dataclass(frozen=True)
class ItemStatus:
    roadmap: str
    """The roadmap file, relative to the repository's root."""
    number: str
    title: str
    section_number: str | None
    section: str | None
    deadline: str | None
    state: State
    start: date | None
    due: date | None
    """The due date of the next open occurrence, of the first late one, or of the last one."""
    days: int | None
    """Days from today to `due`, negative when late; None for an item done or cancelled."""
    first_due: date | None
    occurrences: int
    closed: int
    late_occurrences: int
    done: tuple[date, ...]
    responsible: tuple[str, ...]
    """The responsible as written, with every person shortened to «Фамилия И.О.»."""
    responsible_people: tuple[str, ...]
    """The people named among the responsible, «Фамилия И.О.»."""
    responsible_groups: tuple[str, ...]
    """Who the item is on, for tables and `--by responsible`: everyone an entry names, else the
    text of the entry («Наставники»)."""
    cancelled: str | None

    @property
    def attention(self) -> bool:
        return self.state in (State.OVERDUE, State.DUE_SOON)


@dataclass(frozen=True)
class Tally:
    """Items of a roadmap or section: `total` leaves the cancelled out."""

    total: int = 0
    done: int = 0
    overdue: int = 0
    due_soon: int = 0
    cancelled: int = 0

    @property
    def done_share(self) -> Share:
        return Share(self.done, self.total)

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            self.total + other.total,
            self.done + other.done,
            self.overdue + other.overdue,
            self.due_soon + other.due_soon,
            self.cancelled + other.cancelled,
        )


@dataclass(frozen=True)
class SectionStatus:
    number: str
    title: str
    depth: int
    """0 for a section, 1 for a subsection (its items also count in its section)."""
    tally: Tally


@dataclass(frozen=True)
class RoadmapStatus:
    path: str
    title: str
    period: Period
    sections: tuple[SectionStatus, ...]
    items: tuple[ItemStatus, ...]
    tally: Tally


@dataclass(frozen=True)
class NextMeeting:
    date: date
    stage: Stage
    days: int


@dataclass(frozen=True)
class PairStatus:
    file: str
    mentor: str
    mentees: tuple[str, ...]
    form: str | None
    order: str | None
    period: Period
    stage: Stage | None
    """The furthest stage of a meeting held by today."""
    next_meeting: NextMeeting | None
    meetings_planned: int
    meetings_done: int
    meetings_due: int
    """Meetings dated on or before today: held or not."""
    meetings_overdue: int

    @property
    def plan(self) -> Share:
        """The individual plan realised: meetings held over meetings planned."""
        return Share(self.meetings_done, self.meetings_planned)

    @property
    def plan_threshold_met(self) -> bool:
        percent = self.plan.percent
        return percent is not None and percent >= PLAN_THRESHOLD


@dataclass(frozen=True)
class Indicators:
    items_done: Share
    """Items done over items not cancelled."""
    items_done_by_today: Share
    """Items done over items not cancelled whose first due date is on or before today."""
    young_covered: Share
    """Young specialists who are a mentee in some pair, over all young specialists."""
    consent: Share
    """Participants (mentors and mentees of pairs) with consent given by today, over all."""
    plans_at_threshold: Share
    """Pairs whose individual plan is realised at least at PLAN_THRESHOLD %, over all pairs."""
    pairs_by_form: tuple[tuple[str, int], ...]

    @property
    def pairs(self) -> int:
        return sum(n for _, n in self.pairs_by_form)


@dataclass(frozen=True)
class RepositoryStatus:
    root: Path
    name: str
    full_name: str | None
    today: date
    soon_days: int
    roadmaps: tuple[RoadmapStatus, ...]
    pairs: tuple[PairStatus, ...]
    indicators: Indicators
    problems: tuple[Problem, ...]
    """What loading found broken: the numbers leave those files or entries out."""

    @property
    def items(self) -> tuple[ItemStatus, ...]:
        return tuple(item for roadmap in self.roadmaps for item in roadmap.items)

    @property
    def tally(self) -> Tally:
        return sum((roadmap.tally for roadmap in self.roadmaps), Tally())

    @property
    def meetings_overdue(self) -> int:
        return sum(pair.meetings_overdue for pair in self.pairs)

    @property
    def load_errors(self) -> int:
        return sum(1 for p in self.problems if p.severity == Severity.ERROR)


class Reason(StrEnum):
    """Why an organisation needs attention, most urgent first."""

    LOAD_ERRORS = "load_errors"
    NO_ROADMAP = "no_roadmap"
    OVERDUE_ITEMS = "overdue_items"
    YOUNG_UNCOVERED = "young_uncovered"
    WITHOUT_CONSENT = "without_consent"
    MEETINGS_OVERDUE = "meetings_overdue"


@dataclass(frozen=True)
class Attention:
    organization: int
    """The index of the organisation in `StatusResult.organizations`."""
    reasons: tuple[tuple[Reason, int], ...]


@dataclass(frozen=True)
class Totals:
    organizations: int
    tally: Tally
    items_done: Share
    items_done_by_today: Share
    young_covered: Share
    consent: Share
    plans_at_threshold: Share
    pairs: int
    meetings_overdue: int


@dataclass(frozen=True)
class StatusResult:
    today: date
    organizations: tuple[RepositoryStatus, ...]
    totals: Totals
    attention: tuple[Attention, ...]
    """The organisations with something to fix, the most urgent first."""
    as_of: Revision | None = None

    @property
    def single(self) -> RepositoryStatus | None:
        return self.organizations[0] if len(self.organizations) == 1 else None


# ---------------------------------------------------------------------------------------------
# Finding repositories


def find_repositories(paths: Sequence[Path]) -> list[Path]:
    """The roots of the repositories `paths` name: each path is a repository (or a folder inside
    one), or a folder holding repositories at any depth. Every root once, in the order given."""
    found = (root for path in paths or [Path.cwd()] for root in _repositories_at(path))
    return list(dict.fromkeys(found))


def _repositories_at(path: Path) -> list[Path]:
    try:
        return [find_root(path)]
    except RepositoryNotFound:
        if not os.path.isdir(path):  # a link loop given as the path: said, not a crash
            raise
    found = _below(Path(os.path.realpath(path)))
    if not found:
        raise RepositoryNotFound(
            f"{path} — не репозиторий mentorkit: файла {CONFIG} нет ни в этой папке, ни выше, "
            "ни в папках внутри неё",
            hint="укажите папку репозитория (в ней лежит mentorkit.yaml) или папку, в которой "
            "лежат репозитории организаций",
        )
    return found


def _below(folder: Path) -> list[Path]:
    """Repositories under `folder`: a folder with mentorkit.yaml is not looked into further."""
    found: list[Path] = []
    for current, dirs, files in os.walk(folder):
        if CONFIG in files:
            found.append(Path(current))
            dirs[:] = []
            continue
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in _SKIPPED_FOLDERS)
    return sorted(found)


# ---------------------------------------------------------------------------------------------
# One repository


def repository_status(root: Path, today: date, shown_as: Path | None = None) -> RepositoryStatus:
    """Load the repository at `root` once and compute everything `status` shows about it.

    `shown_as` is the path to report instead of `root` (a repository read from git history is
    loaded from a temporary folder)."""
    repo, problems = load_repository(root)
    people = PeopleIndex(repo.people)
    soon = repo.rules.soon_days
    roadmaps = tuple(_roadmap_status(doc, people, today, soon) for doc in repo.roadmaps)
    pairs = tuple(
        _pair_status(doc, index, people, today)
        for doc in repo.pairs
        for index in range(len(doc.model.pairs))
    )
    items = [item for roadmap in roadmaps for item in roadmap.items]
    shown = shown_as or root
    organization = repo.config.model.organization if repo.config else None
    name = (organization.short_name or organization.name) if organization else shown.name
    return RepositoryStatus(
        root=shown,
        name=name,
        full_name=organization.name if organization else None,
        today=today,
        soon_days=soon,
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
    )


def _roadmap_status(
    doc: Doc[Roadmap], people: PeopleIndex, today: date, soon_days: int
) -> RoadmapStatus:
    roadmap = doc.model
    sections = _sections(roadmap)
    progress = roadmap_progress(roadmap, today, soon_days)
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
        title=roadmap.title,
        period=roadmap.period,
        sections=tuple(
            SectionStatus(number, title, (len(keys) - 2) // 2, tallies[keys])
            for keys, (number, title) in sections.items()
        ),
        items=items,
        tally=sum((_tally_of(item) for item in items), Tally()),
    )


def _sections(roadmap: Roadmap) -> dict[tuple[str | int, ...], tuple[str, str]]:
    """(number, title) of every section by its keys in the file, numbered as items are."""
    found: dict[tuple[str | int, ...], tuple[str, str]] = {}
    for s_index, section in enumerate(roadmap.sections):
        s_number = (section.number or str(s_index + 1)).rstrip(".")
        found[("sections", s_index)] = (s_number, section.title)
        for ss_index, sub in enumerate(section.sections):
            ss_number = (sub.number or f"{s_number}.{ss_index + 1}").rstrip(".")
            found[("sections", s_index, "sections", ss_index)] = (ss_number, sub.title)
    return found


def _tally_of(item: ItemStatus) -> Tally:
    if item.state == State.CANCELLED:
        return Tally(cancelled=1)
    return Tally(
        total=1,
        done=int(item.state == State.DONE),
        overdue=int(item.state == State.OVERDUE),
        due_soon=int(item.state == State.DUE_SOON),
    )


def _item_status(
    roadmap: str,
    progress: ItemProgress,
    sections: dict[tuple[str | int, ...], tuple[str, str]],
    people: PeopleIndex,
    today: date,
) -> ItemStatus:
    item = progress.item
    section = sections.get(progress.keys[:-2])
    schedule = progress.schedule
    first_due = (
        min(occ.due for occ in schedule.occurrences) if schedule and schedule.occurrences else None
    )
    read = [_read_people(text, people) for text in item.responsible]
    named = [who for _, found, _ in read for who in found]
    groups = [who for shortened, _, anyone in read for who in (anyone or [shortened])]
    return ItemStatus(
        roadmap=roadmap,
        number=progress.number,
        title=" ".join(item.title.split()),
        section_number=section[0] if section else None,
        section=section[1] if section else None,
        deadline=item.deadline,
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
        cancelled=item.cancelled,
    )


def _closed(progress: ItemProgress) -> bool:
    return progress.state in (State.DONE, State.CANCELLED)


def shorten_names(text: str, people: PeopleIndex) -> str:
    """`text` with everyone it names as «Фамилия И.О.»: the people of people.yaml however they
    are written, and anyone else written with a full name and patronymic."""
    return _read_people(text, people)[0]


def _read_people(text: str, people: PeopleIndex) -> tuple[str, list[str], list[str]]:
    """`text` with the names shortened; the people of people.yaml it names; and everyone it
    names, also those people.yaml does not tell apart, as «Фамилия И.О.»."""
    text = " ".join(text.split())
    parts: list[str] = []
    named: list[str] = []
    everyone: list[str] = []
    position = 0
    for mention in people.mentions(text):
        if len(mention.matches) != 1:
            everyone.append(shorten_full_names(mention.text))
            continue
        who = short_name(mention.matches[0].person.name)
        parts += [text[position : mention.start], who]
        named.append(who)
        everyone.append(who)
        position = mention.start + len(mention.text)
    parts.append(text[position:])
    return shorten_full_names("".join(parts)), named, everyone


def _person(ref: str, people: PeopleIndex) -> str:
    found = people.resolve(ref)
    if len(found) == 1:
        return short_name(found[0].person.name)
    return shorten_names(ref, people)


def _pair_status(doc: Doc[PairsFile], index: int, people: PeopleIndex, today: date) -> PairStatus:
    pair = doc.model.pairs[index]
    meetings = pair.meetings
    held = [m for m in meetings if m.done and m.date <= today]
    # A meeting after today is ahead even if it is marked done (as of a past day it was not yet).
    ahead = sorted((m for m in meetings if m.date >= today and m not in held), key=lambda m: m.date)
    stage = max((m.stage for m in held), key=STAGES.index, default=None)
    nxt = ahead[0] if ahead else None
    return PairStatus(
        file=doc.path,
        mentor=_person(pair.mentor, people),
        mentees=tuple(_person(ref, people) for ref in pair.mentees),
        form=pair.form or doc.model.form,
        order=pair.order,
        period=doc.model.period,
        stage=stage,
        next_meeting=NextMeeting(nxt.date, nxt.stage, (nxt.date - today).days) if nxt else None,
        meetings_planned=len(meetings),
        meetings_done=len(held),
        meetings_due=sum(1 for m in meetings if m.date <= today),
        meetings_overdue=sum(1 for m in meetings if not m.done and m.date < today),
    )


def _items_done(items: Iterable[ItemStatus], today: date, by_today: bool) -> Share:
    counted = [
        item
        for item in items
        if item.state != State.CANCELLED
        and (not by_today or (item.first_due is not None and item.first_due <= today))
    ]
    return Share(sum(item.state == State.DONE for item in counted), len(counted))


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


# ---------------------------------------------------------------------------------------------
# Many repositories


def status(
    paths: Sequence[Path],
    today: date,
    shown_as: Callable[[Path], Path] | None = None,
    as_of: Revision | None = None,
) -> StatusResult:
    """The status of every repository `paths` name (see `find_repositories`), each loaded once."""
    roots = find_repositories(paths)
    organizations = tuple(
        repository_status(root, today, shown_as(root) if shown_as else None) for root in roots
    )
    return summarize(organizations, today, as_of)


def status_as_of(paths: Sequence[Path], revision: str, today: date | None) -> StatusResult:
    """The status as the repositories stood at `revision` (a commit, branch, tag or date), read
    from git history; `today` is that date (or the commit's) unless given."""
    with snapshot(paths, revision) as taken:
        day = today or taken.revision.date
        return status(taken.paths, day, shown_as=taken.shown, as_of=taken.revision)


def summarize(
    organizations: Sequence[RepositoryStatus], today: date, as_of: Revision | None = None
) -> StatusResult:
    """Totals over `organizations`, and the ones that need attention first."""
    orgs = tuple(organizations)

    def total(share: Callable[[Indicators], Share]) -> Share:
        return sum((share(org.indicators) for org in orgs), Share(0, 0))

    totals = Totals(
        organizations=len(orgs),
        tally=sum((org.tally for org in orgs), Tally()),
        items_done=total(lambda i: i.items_done),
        items_done_by_today=total(lambda i: i.items_done_by_today),
        young_covered=total(lambda i: i.young_covered),
        consent=total(lambda i: i.consent),
        plans_at_threshold=total(lambda i: i.plans_at_threshold),
        pairs=sum(org.indicators.pairs for org in orgs),
        meetings_overdue=sum(org.meetings_overdue for org in orgs),
    )
    return StatusResult(today, orgs, totals, _attention(orgs), as_of)


def reasons(org: RepositoryStatus) -> tuple[tuple[Reason, int], ...]:
    """What needs fixing in an organisation, in the order of `Reason`, with how many."""
    indicators = org.indicators
    counts = {
        Reason.LOAD_ERRORS: org.load_errors,
        Reason.NO_ROADMAP: int(not org.roadmaps),
        Reason.OVERDUE_ITEMS: org.tally.overdue,
        Reason.YOUNG_UNCOVERED: indicators.young_covered.total - indicators.young_covered.count,
        Reason.WITHOUT_CONSENT: indicators.consent.total - indicators.consent.count,
        Reason.MEETINGS_OVERDUE: org.meetings_overdue,
    }
    return tuple((reason, n) for reason, n in counts.items() if n)


def _attention(orgs: tuple[RepositoryStatus, ...]) -> tuple[Attention, ...]:
    """Organisations with a reason, ranked by the reasons in the order of `Reason` (broken files
    first, then no roadmap, then overdue items…), each compared by its count."""
    found = [Attention(index, reasons(org)) for index, org in enumerate(orgs)]
    found = [entry for entry in found if entry.reasons]

    def rank(entry: Attention) -> tuple[object, ...]:
        counts = dict(entry.reasons)
        return (*(-counts.get(reason, 0) for reason in Reason), orgs[entry.organization].name)

    return tuple(sorted(found, key=rank))


# ---------------------------------------------------------------------------------------------
# The item view: which items, grouped how


class GroupBy(StrEnum):
    NONE = "none"
    SECTION = "section"
    RESPONSIBLE = "responsible"
    MONTH = "month"


@dataclass(frozen=True)
class ItemGroup:
    title: str | None
    """None when the items are not grouped."""
    items: tuple[ItemStatus, ...]


_URGENCY = {State.OVERDUE: 0, State.DUE_SOON: 1}


def item_view(
    org: RepositoryStatus, by: GroupBy = GroupBy.NONE, everything: bool = False
) -> list[ItemGroup]:
    """The items a status shows: overdue and due soon (most late first), or every item in the
    order of the roadmaps; grouped by section, by responsible or by month of the due date."""
    if everything:
        items = list(org.items)
    else:
        items = sorted(
            (item for item in org.items if item.attention),
            key=lambda item: (_URGENCY[item.state], item.due or date.max),
        )
    if by == GroupBy.NONE:
        return [ItemGroup(None, tuple(items))] if items else []
    roadmaps = {roadmap.path: index for index, roadmap in enumerate(org.roadmaps)}
    sections = {
        (roadmap.path, section.number): index
        for roadmap in org.roadmaps
        for index, section in enumerate(roadmap.sections)
    }
    groups: dict[tuple[int, int, str], tuple[str, list[ItemStatus]]] = {}
    for item in items:
        for key, title in _groups_of(item, by, roadmaps, sections):
            groups.setdefault(key, (title, []))[1].append(item)
    return [ItemGroup(title, tuple(members)) for _, (title, members) in sorted(groups.items())]


def _groups_of(
    item: ItemStatus,
    by: GroupBy,
    roadmaps: dict[str, int],
    sections: dict[tuple[str, str], int],
) -> list[tuple[tuple[int, int, str], str]]:
    """The groups an item falls in, each with a key that sorts the groups as they are shown."""
    if by == GroupBy.SECTION:
        prefix = f"{PurePosixPath(item.roadmap).stem}: " if len(roadmaps) > 1 else ""
        if item.section is None or item.section_number is None:
            return [((roadmaps[item.roadmap], -1, ""), prefix + "Без раздела")]
        position = sections[(item.roadmap, item.section_number)]
        title = f"{item.section_number}. {item.section}"
        return [((roadmaps[item.roadmap], position, ""), prefix + title)]
    if by == GroupBy.MONTH:
        if item.due is None:
            return [((1, 0, ""), "Без срока")]
        month = f"{MONTHS[item.due.month - 1].capitalize()} {item.due.year}"
        return [((0, item.due.year * 12 + item.due.month, ""), month)]
    if not item.responsible_groups:
        return [((1, 0, ""), "Ответственный не указан")]
    return [((0, 0, who.lower()), who) for who in item.responsible_groups]
