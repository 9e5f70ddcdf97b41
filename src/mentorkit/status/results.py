"""The plain result objects of `status` and `report`: what a repository's figures are on a day.

No computing beyond small derived properties, no printing: `figures` fills them once, the page
builders and reporters read them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from mentorkit.deadlines import Period
from mentorkit.history import Revision
from mentorkit.model.pairs import Stage
from mentorkit.problems import Problem, Severity
from mentorkit.progress import State

PLAN_THRESHOLD = 90
"""The authorities' threshold: an individual plan realised «не менее чем на 90 %»."""


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
    evidence: str | None = None

    @property
    def attention(self) -> bool:
        """Shown by default: late, due soon, or a deadline nobody can compute a date from."""
        return self.state in (State.OVERDUE, State.DUE_SOON, State.NOT_UNDERSTOOD)


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
    approved: bool = False
    """Approved by an order: `approved_by`, or an order of type roadmap naming the file."""


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
    last_held: date | None = None
    """The last meeting held by today."""
    quiet_days: int | None = None
    """Days without a meeting held (holidays left out when the calendar is known), counted from
    the last meeting held or from the start of the pair's period; None outside its period."""
    stale: bool = False
    """No meeting held for `rules.stale_days` or longer, while the pair's period runs."""

    @property
    def plan(self) -> Share:
        """The individual plan realised: meetings held over meetings planned."""
        return Share(self.meetings_done, self.meetings_planned)

    @property
    def plan_threshold_met(self) -> bool:
        return threshold_met(self.plan)


def threshold_met(plan: Share) -> bool:
    """An individual plan realised at least at PLAN_THRESHOLD %."""
    percent = plan.percent
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
class Unread:
    """A file, or a part of one, that could not be read: the figures leave it out."""

    path: str
    line: int
    code: str
    message: str


@dataclass(frozen=True)
class ActStatus:
    """One act of the document package and whether the repository holds it."""

    kind: str
    label: str
    present: bool
    source: str | None
    """Where it was found: «orders/2023-145.yaml», «mentorkit.yaml: acts[0]»; None if missing."""
    hint: str
    """What to do when it is missing."""


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
    unread: tuple[Unread, ...] = ()
    """What could not be read: while anything is, the figures are incomplete."""
    acts: tuple[ActStatus, ...] = ()
    package_kept: bool = False
    """mentorkit.yaml has `acts:`: the package is kept, and what it lacks needs attention."""
    stale_days: int = 30
    folder: str = ""
    """The organisation's folder as shown beside its name (relative to the folder given)."""

    @property
    def complete(self) -> bool:
        return not self.unread

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
    def stale_pairs(self) -> tuple[PairStatus, ...]:
        return tuple(pair for pair in self.pairs if pair.stale)

    @property
    def missing_acts(self) -> tuple[ActStatus, ...]:
        return tuple(act for act in self.acts if not act.present)

    @property
    def load_errors(self) -> int:
        return sum(1 for p in self.problems if p.severity == Severity.ERROR)


@dataclass(frozen=True)
class Summary:
    """What a district's table and its list of organisations needing attention show of one
    organisation: the same numbers as its `RepositoryStatus` (`summary_of`), without the items,
    pairs and people they are counted from. A district's `status` in the terminal or Markdown
    computes only these (`status(..., detail=False)`)."""

    root: Path
    name: str
    folder: str
    unread: int
    """Parts that could not be read (`RepositoryStatus.unread`): while any are, the figures are
    incomplete."""
    roadmaps: int
    tally: Tally
    items_done: Share
    items_done_by_today: Share
    young_covered: Share
    consent: Share
    plans_at_threshold: Share
    pairs: int
    meetings_overdue: int
    stale_pairs: int
    missing_acts: int
    package_kept: bool

    @property
    def complete(self) -> bool:
        return not self.unread


def summary_of(org: RepositoryStatus) -> Summary:
    """The district's numbers of an organisation whose figures are all computed."""
    indicators = org.indicators
    return Summary(
        root=org.root,
        name=org.name,
        folder=org.folder,
        unread=len(org.unread),
        roadmaps=len(org.roadmaps),
        tally=org.tally,
        items_done=indicators.items_done,
        items_done_by_today=indicators.items_done_by_today,
        young_covered=indicators.young_covered,
        consent=indicators.consent,
        plans_at_threshold=indicators.plans_at_threshold,
        pairs=indicators.pairs,
        meetings_overdue=org.meetings_overdue,
        stale_pairs=len(org.stale_pairs),
        missing_acts=len(org.missing_acts),
        package_kept=org.package_kept,
    )


@dataclass(frozen=True)
class UnreadFolder:
    """A folder that may hold organisations but could not be looked into."""

    path: Path
    reason: str


class Reason(StrEnum):
    """Why an organisation needs attention, most urgent first."""

    LOAD_ERRORS = "load_errors"
    NO_ROADMAP = "no_roadmap"
    OVERDUE_ITEMS = "overdue_items"
    YOUNG_UNCOVERED = "young_uncovered"
    WITHOUT_CONSENT = "without_consent"
    MEETINGS_OVERDUE = "meetings_overdue"
    STALE_PAIRS = "stale_pairs"
    MISSING_ACTS = "missing_acts"


@dataclass(frozen=True)
class Attention:
    organization: int
    """The index of the organisation in `StatusResult.summaries` (and `organizations`)."""
    reasons: tuple[tuple[Reason, int], ...]


@dataclass(frozen=True)
class Totals:
    """Sums over the organisations whose files were all read (`counted` of `organizations`)."""

    organizations: int
    tally: Tally
    items_done: Share
    items_done_by_today: Share
    young_covered: Share
    consent: Share
    plans_at_threshold: Share
    pairs: int
    meetings_overdue: int
    counted: int = 0
    stale_pairs: int = 0


@dataclass(frozen=True)
class StatusResult:
    today: date
    organizations: tuple[RepositoryStatus, ...]
    """Every organisation's figures; empty where only the summaries were computed (`detailed`
    is then False)."""
    totals: Totals
    attention: tuple[Attention, ...]
    """The organisations with something to fix, the most urgent first."""
    as_of: Revision | None = None
    unreadable: tuple[UnreadFolder, ...] = ()
    """Folders that could not be looked into for organisations."""
    summaries: tuple[Summary, ...] = ()
    """Every organisation's row of the district, in the order of the folders."""

    @property
    def detailed(self) -> bool:
        """Every organisation's figures are here, not only its summary."""
        return len(self.organizations) == len(self.summaries)

    @property
    def single(self) -> RepositoryStatus | None:
        if len(self.summaries) == 1 and not self.unreadable and self.organizations:
            return self.organizations[0]
        return None

    @property
    def complete(self) -> bool:
        return not self.unreadable and all(org.complete for org in self.summaries)
