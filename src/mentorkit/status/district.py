"""Many organisations at once: each repository loaded once, their totals, and the ones that need
attention first. Totals add up only the organisations whose files were all read: one that could
not be read is listed as such, never counted as zero."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from mentorkit.history import Revision, snapshot
from mentorkit.load.discover import discover
from mentorkit.status.figures import repository_status
from mentorkit.status.pool import Progress, each
from mentorkit.status.results import (
    Attention,
    Indicators,
    Reason,
    RepositoryStatus,
    Share,
    StatusResult,
    Tally,
    Totals,
    UnreadFolder,
)


def status(
    paths: Sequence[Path],
    today: date,
    shown_as: Callable[[Path], Path] | None = None,
    as_of: Revision | None = None,
    progress: Progress | None = None,
) -> StatusResult:
    """The status of every repository `paths` name (see `discover`), each loaded once, many of
    them on every core; `progress` is told how many are done."""
    found = discover(paths)
    organizations = tuple(
        each(
            _one,
            [
                (root, today, shown_as(root) if shown_as else None, found.shown_folder(root))
                for root in found.roots
            ],
            progress,
        )
    )
    unreadable = tuple(
        UnreadFolder(shown_as(u.path) if shown_as else u.path, u.reason) for u in found.unlooked
    )
    return summarize(organizations, today, as_of, unreadable)


def _one(args: tuple[Path, date, Path | None, str]) -> RepositoryStatus:
    root, today, shown, folder = args
    return repository_status(root, today, shown, folder=folder)


def status_as_of(
    paths: Sequence[Path], revision: str, today: date | None, progress: Progress | None = None
) -> StatusResult:
    """The status as the repositories stood at `revision` (a commit, branch, tag or date), read
    from git history; `today` is that date (or the commit's) unless given."""
    with snapshot(paths, revision) as taken:
        day = today or taken.revision.date
        return status(
            taken.paths, day, shown_as=taken.shown, as_of=taken.revision, progress=progress
        )


def summarize(
    organizations: Sequence[RepositoryStatus],
    today: date,
    as_of: Revision | None = None,
    unreadable: Sequence[UnreadFolder] = (),
) -> StatusResult:
    """Totals over the organisations read whole, and the ones that need attention first."""
    orgs = tuple(organizations)
    counted = [org for org in orgs if org.complete]

    def total(share: Callable[[Indicators], Share]) -> Share:
        return sum((share(org.indicators) for org in counted), Share(0, 0))

    totals = Totals(
        organizations=len(orgs),
        tally=sum((org.tally for org in counted), Tally()),
        items_done=total(lambda i: i.items_done),
        items_done_by_today=total(lambda i: i.items_done_by_today),
        young_covered=total(lambda i: i.young_covered),
        consent=total(lambda i: i.consent),
        plans_at_threshold=total(lambda i: i.plans_at_threshold),
        pairs=sum(org.indicators.pairs for org in counted),
        meetings_overdue=sum(org.meetings_overdue for org in counted),
        counted=len(counted),
        stale_pairs=sum(len(org.stale_pairs) for org in counted),
    )
    return StatusResult(today, orgs, totals, _attention(orgs), as_of, tuple(unreadable))


def reasons(org: RepositoryStatus) -> tuple[tuple[Reason, int], ...]:
    """What needs fixing in an organisation, in the order of `Reason`, with how many."""
    indicators = org.indicators
    counts = {
        Reason.LOAD_ERRORS: len(org.unread),
        Reason.NO_ROADMAP: int(not org.roadmaps),
        Reason.OVERDUE_ITEMS: org.tally.overdue,
        Reason.YOUNG_UNCOVERED: indicators.young_covered.total - indicators.young_covered.count,
        Reason.WITHOUT_CONSENT: indicators.consent.total - indicators.consent.count,
        Reason.MEETINGS_OVERDUE: org.meetings_overdue,
        Reason.STALE_PAIRS: len(org.stale_pairs),
        Reason.MISSING_ACTS: len(org.missing_acts) if org.package_kept else 0,
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
