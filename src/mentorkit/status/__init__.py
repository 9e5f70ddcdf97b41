"""`mentorkit status` and the figures `mentorkit report` is made of.

The flow: `load.discover` finds the repositories, `figures` computes each one's figures once,
`district` adds them up, `view` picks and groups the items to show, `pages` lays the result out
as a neutral page that the renderers in `mentorkit.report` print in each format.
"""

from mentorkit.load.discover import find_repositories
from mentorkit.status.district import reasons, status, status_as_of, summarize, summarize_rows
from mentorkit.status.figures import (
    NO_FORM,
    pairs_by_form,
    repository_status,
    repository_summary,
    shorten_names,
)
from mentorkit.status.results import (
    PLAN_THRESHOLD,
    ActStatus,
    Attention,
    Indicators,
    ItemStatus,
    NextMeeting,
    PairStatus,
    Reason,
    RepositoryStatus,
    RoadmapStatus,
    SectionStatus,
    Share,
    StatusResult,
    Summary,
    Tally,
    Totals,
    Unread,
    UnreadFolder,
    summary_of,
)
from mentorkit.status.view import MONTHS, GroupBy, ItemGroup, item_view

__all__ = [
    "MONTHS",
    "NO_FORM",
    "PLAN_THRESHOLD",
    "ActStatus",
    "Attention",
    "GroupBy",
    "Indicators",
    "ItemGroup",
    "ItemStatus",
    "NextMeeting",
    "PairStatus",
    "Reason",
    "RepositoryStatus",
    "RoadmapStatus",
    "SectionStatus",
    "Share",
    "StatusResult",
    "Summary",
    "Tally",
    "Totals",
    "Unread",
    "UnreadFolder",
    "find_repositories",
    "item_view",
    "pairs_by_form",
    "reasons",
    "repository_status",
    "repository_summary",
    "shorten_names",
    "status",
    "status_as_of",
    "summarize",
    "summarize_rows",
    "summary_of",
]
