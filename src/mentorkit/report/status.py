"""Reporters of `mentorkit status`: the page (see `mentorkit.status.pages`) printed by the
renderer of each format, and the JSON (stable, documented in the README) made from the result."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from rich.console import Console

from mentorkit.deadlines import Period
from mentorkit.problems import Problem
from mentorkit.report.page_markdown import to_markdown_page
from mentorkit.report.page_rich import print_page
from mentorkit.report.safe import printable, safe_json
from mentorkit.status import (
    GroupBy,
    ItemStatus,
    PairStatus,
    RepositoryStatus,
    Share,
    StatusResult,
    Tally,
)
from mentorkit.status.page import Block, Page, Table
from mentorkit.status.pages import status_page

JSON_VERSION = 1


SHOWN_ROWS = 500
"""A table in a terminal shows at most this many rows: a screen does not hold more, and drawing
20,000 took a minute. Markdown and JSON keep every row."""


def print_table(
    result: StatusResult, console: Console, by: GroupBy = GroupBy.NONE, everything: bool = False
) -> None:
    print_page(bounded(status_page(result, by, everything)), console)


def bounded(page: Page, shown: int = SHOWN_ROWS) -> Page:
    """The page with each long table cut to its first `shown` rows (its totals kept), saying
    how many were left out and where to see them all."""
    blocks: list[Block] = []
    for block in page.blocks:
        if isinstance(block, Table):
            rows = [row for row in block.rows if not row.total]
            if len(rows) > shown:
                totals = tuple(row for row in block.rows if row.total)
                cut = f"{len(rows) - shown:,}".replace(",", " ")
                said = (
                    f"показаны первые {shown} строк из {len(rows):,}".replace(",", " ")
                    + f", ещё {cut} не показаны: весь список — mentorkit status --format "
                    "markdown > список.md (или --format json)"
                )
                note = f"{block.note}; {said}" if block.note else said
                block = replace(block, rows=(*rows[:shown], *totals), note=note)
        blocks.append(block)
    return replace(page, blocks=tuple(blocks))


def to_markdown(result: StatusResult, by: GroupBy = GroupBy.NONE, everything: bool = False) -> str:
    return to_markdown_page(status_page(result, by, everything))


Renderer = Callable[[StatusResult, Console, GroupBy, bool], None]


def _echo(text: str, console: Console) -> None:
    console.file.write(text)


RENDERERS: dict[str, Renderer] = {
    "table": print_table,
    "markdown": lambda result, console, by, everything: _echo(
        printable(to_markdown(result, by, everything)), console
    ),
    "json": lambda result, console, by, everything: _echo(
        safe_json(to_json(result)) + "\n", console
    ),
}
"""One renderer for each `--format`: a new format is one entry."""


# ---------------------------------------------------------------------------------------------
# JSON


def to_json(result: StatusResult) -> str:
    """The JSON of `mentorkit status --format json`; every field is documented in the README."""
    return json.dumps(status_json(result), ensure_ascii=False, indent=2)


def status_json(result: StatusResult) -> dict[str, Any]:
    if not result.detailed:
        raise ValueError("status_json needs every organisation's figures: status(detail=True)")
    totals = result.totals
    revision = result.as_of
    return {
        "version": JSON_VERSION,
        "today": result.today.isoformat(),
        "as_of": None
        if revision is None
        else {
            "revision": revision.asked,
            "commits": list(revision.commits),
            "date": revision.date.isoformat(),
            "by_date": revision.by_date,
        },
        "complete": result.complete,
        "unreadable": [
            {"path": str(folder.path), "reason": folder.reason} for folder in result.unreadable
        ],
        "organizations": [_org_json(org) for org in result.organizations],
        "totals": {
            "organizations": totals.organizations,
            "counted": totals.counted,
            **_tally_json(totals.tally),
            "items_done": _share(totals.items_done),
            "items_done_by_today": _share(totals.items_done_by_today),
            "young_specialists_covered": _share(totals.young_covered),
            "consent": _share(totals.consent),
            "plans_at_threshold": _share(totals.plans_at_threshold),
            "pairs": totals.pairs,
            "meetings_overdue": totals.meetings_overdue,
            "stale_pairs": totals.stale_pairs,
        },
        "attention": [
            {
                "name": result.summaries[entry.organization].name,
                "root": str(result.summaries[entry.organization].root),
                "folder": result.summaries[entry.organization].folder,
                "reasons": [{"kind": reason.value, "count": n} for reason, n in entry.reasons],
            }
            for entry in result.attention
        ],
    }


def _share(share: Share) -> dict[str, Any]:
    return {"count": share.count, "total": share.total, "percent": share.percent}


def _tally_json(tally: Tally) -> dict[str, int]:
    return {
        "items": tally.total,
        "done": tally.done,
        "overdue": tally.overdue,
        "due_soon": tally.due_soon,
        "cancelled": tally.cancelled,
    }


def _day(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _period(period: Period) -> dict[str, str]:
    return {"start": period.start.isoformat(), "end": period.end.isoformat()}


UNREAD_IN_JSON = 5000
"""Unread parts listed per organisation, as `check` lists problems; `unread_omitted` counts the
rest (100,000 unknown keys made a JSON of 100,000 entries, seconds to write)."""


def _org_json(org: RepositoryStatus) -> dict[str, Any]:
    indicators = org.indicators
    return {
        "name": org.name,
        "full_name": org.full_name,
        "root": str(org.root),
        "folder": org.folder,
        "complete": org.complete,
        "unread": [
            {"path": part.path, "line": part.line or None, "code": part.code}
            for part in org.unread[:UNREAD_IN_JSON]
        ],
        **(
            {"unread_omitted": len(org.unread) - UNREAD_IN_JSON}
            if len(org.unread) > UNREAD_IN_JSON
            else {}
        ),
        "soon_days": org.soon_days,
        "stale_days": org.stale_days,
        "totals": {
            **_tally_json(org.tally),
            "pairs": indicators.pairs,
            "meetings_overdue": org.meetings_overdue,
            "stale_pairs": len(org.stale_pairs),
        },
        "indicators": {
            "items_done": _share(indicators.items_done),
            "items_done_by_today": _share(indicators.items_done_by_today),
            "young_specialists_covered": _share(indicators.young_covered),
            "consent": _share(indicators.consent),
            "plans_at_threshold": _share(indicators.plans_at_threshold),
            "pairs_by_form": [{"form": form, "pairs": n} for form, n in indicators.pairs_by_form],
        },
        "roadmaps": [
            {
                "path": roadmap.path,
                "title": roadmap.title,
                "period": _period(roadmap.period),
                "totals": _tally_json(roadmap.tally),
                "sections": [
                    {
                        "number": section.number,
                        "title": section.title,
                        "depth": section.depth,
                        "totals": _tally_json(section.tally),
                    }
                    for section in roadmap.sections
                ],
                "items": [_item_json(item) for item in roadmap.items],
            }
            for roadmap in org.roadmaps
        ],
        "pairs": [_pair_json(pair) for pair in org.pairs],
        "acts": [
            {"kind": act.kind, "title": act.label, "present": act.present, "source": act.source}
            for act in org.acts
        ],
        "problems": [_problem_json(problem) for problem in org.problems],
    }


def _item_json(item: ItemStatus) -> dict[str, Any]:
    return {
        "number": item.number,
        "title": item.title,
        "section": item.section_number,
        "state": item.state.value,
        "deadline": item.deadline,
        "start": _day(item.start),
        "due": _day(item.due),
        "days": item.days,
        "first_due": _day(item.first_due),
        "occurrences": item.occurrences,
        "closed": item.closed,
        "late": item.late_occurrences,
        "done": [day.isoformat() for day in item.done],
        "responsible": list(item.responsible),
        "responsible_people": list(item.responsible_people),
        "cancelled": item.cancelled,
        "evidence": item.evidence,
    }


def _pair_json(pair: PairStatus) -> dict[str, Any]:
    meeting = pair.next_meeting
    return {
        "file": pair.file,
        "mentor": pair.mentor,
        "mentees": list(pair.mentees),
        "form": pair.form,
        "order": pair.order,
        "period": _period(pair.period),
        "stage": pair.stage,
        "next_meeting": None
        if meeting is None
        else {"date": meeting.date.isoformat(), "stage": meeting.stage, "days": meeting.days},
        "meetings_planned": pair.meetings_planned,
        "meetings_done": pair.meetings_done,
        "meetings_due": pair.meetings_due,
        "meetings_overdue": pair.meetings_overdue,
        "plan": _share(pair.plan),
        "plan_threshold_met": pair.plan_threshold_met,
        "last_held": _day(pair.last_held),
        "quiet_days": pair.quiet_days,
        "stale": pair.stale,
    }


def _problem_json(problem: Problem) -> dict[str, Any]:
    return {
        "code": problem.code,
        "severity": problem.severity.value,
        "path": problem.location.path,
        "line": problem.location.line or None,
    }
