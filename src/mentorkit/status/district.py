"""Many organisations at once: each repository loaded once, their totals, and the ones that need
attention first. Totals add up only the organisations whose files were all read: one that could
not be read is listed as such, never counted as zero."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from mentorkit.history import Revision, snapshot
from mentorkit.load.discover import discover
from mentorkit.status.figures import repository_status, repository_summary
from mentorkit.status.pool import Progress, each
from mentorkit.status.results import (
    Attention,
    Reason,
    RepositoryStatus,
    Share,
    StatusResult,
    Summary,
    Tally,
    Totals,
    UnreadFolder,
    summary_of,
)


def status(
    paths: Sequence[Path],
    today: date,
    shown_as: Callable[[Path], Path] | None = None,
    as_of: Revision | None = None,
    progress: Progress | None = None,
    detail: bool = True,
) -> StatusResult:
    """The status of every repository `paths` name (see `discover`), each loaded once, many of
    them on every core; `progress` is told how many are done. `detail=False`: of a district
    (more than one organisation, or a folder that could not be looked into) only the
    `summaries` its table shows, not every item and pair (`organizations` is then empty)."""
    found = discover(paths)
    args = [
        (root, today, shown_as(root) if shown_as else None, found.shown_folder(root))
        for root in found.roots
    ]
    unreadable = tuple(
        UnreadFolder(shown_as(u.path) if shown_as else u.path, u.reason) for u in found.unlooked
    )
    if detail or (len(args) == 1 and not unreadable):
        organizations = tuple(each(_one, args, progress))
        return summarize(organizations, today, as_of, unreadable)
    return summarize_rows(tuple(each(_one_summary, args, progress)), today, as_of, unreadable)


def _one(args: tuple[Path, date, Path | None, str]) -> RepositoryStatus:
    root, today, shown, folder = args
    return repository_status(root, today, shown, folder=folder)


def _one_summary(args: tuple[Path, date, Path | None, str]) -> Summary:
    root, today, shown, folder = args
    return repository_summary(root, today, shown, folder=folder)


def status_as_of(
    paths: Sequence[Path],
    revision: str,
    today: date | None,
    progress: Progress | None = None,
    detail: bool = True,
) -> StatusResult:
    """The status as the repositories stood at `revision` (a commit, branch, tag or date), read
    from git history; `today` is that date (or the commit's) unless given."""
    with snapshot(paths, revision) as taken:
        day = today or taken.revision.date
        return status(
            taken.paths,
            day,
            shown_as=taken.shown,
            as_of=taken.revision,
            progress=progress,
            detail=detail,
        )


def summarize(
    organizations: Sequence[RepositoryStatus],
    today: date,
    as_of: Revision | None = None,
    unreadable: Sequence[UnreadFolder] = (),
) -> StatusResult:
    """Totals over the organisations read whole, and the ones that need attention first."""
    orgs = tuple(organizations)
    result = summarize_rows(tuple(summary_of(org) for org in orgs), today, as_of, unreadable)
    return replace(result, organizations=orgs)


def summarize_rows(
    summaries: Sequence[Summary],
    today: date,
    as_of: Revision | None = None,
    unreadable: Sequence[UnreadFolder] = (),
) -> StatusResult:
    """`summarize` from the organisations' summaries alone: `organizations` stays empty."""
    rows = tuple(summaries)
    counted = [org for org in rows if org.complete]

    def total(share: Callable[[Summary], Share]) -> Share:
        return sum((share(org) for org in counted), Share(0, 0))

    totals = Totals(
        organizations=len(rows),
        tally=sum((org.tally for org in counted), Tally()),
        items_done=total(lambda s: s.items_done),
        items_done_by_today=total(lambda s: s.items_done_by_today),
        young_covered=total(lambda s: s.young_covered),
        consent=total(lambda s: s.consent),
        plans_at_threshold=total(lambda s: s.plans_at_threshold),
        pairs=sum(org.pairs for org in counted),
        meetings_overdue=sum(org.meetings_overdue for org in counted),
        counted=len(counted),
        stale_pairs=sum(org.stale_pairs for org in counted),
    )
    return StatusResult(
        today, (), totals, _attention(rows), as_of, tuple(unreadable), summaries=rows
    )


def reasons(org: RepositoryStatus | Summary) -> tuple[tuple[Reason, int], ...]:
    """What needs fixing in an organisation, in the order of `Reason`, with how many."""
    row = summary_of(org) if isinstance(org, RepositoryStatus) else org
    counts = {
        Reason.LOAD_ERRORS: row.unread,
        Reason.NO_ROADMAP: int(not row.roadmaps),
        Reason.OVERDUE_ITEMS: row.tally.overdue,
        Reason.YOUNG_UNCOVERED: row.young_covered.total - row.young_covered.count,
        Reason.WITHOUT_CONSENT: row.consent.total - row.consent.count,
        Reason.MEETINGS_OVERDUE: row.meetings_overdue,
        Reason.STALE_PAIRS: row.stale_pairs,
        Reason.MISSING_ACTS: row.missing_acts if row.package_kept else 0,
    }
    return tuple((reason, n) for reason, n in counts.items() if n)


def _attention(rows: tuple[Summary, ...]) -> tuple[Attention, ...]:
    """Organisations with a reason, ranked by the reasons in the order of `Reason` (broken files
    first, then no roadmap, then overdue items…), each compared by its count."""
    found = [Attention(index, reasons(org)) for index, org in enumerate(rows)]
    found = [entry for entry in found if entry.reasons]

    def rank(entry: Attention) -> tuple[object, ...]:
        counts = dict(entry.reasons)
        return (*(-counts.get(reason, 0) for reason in Reason), rows[entry.organization].name)

    return tuple(sorted(found, key=rank))
