"""Reporters of `mentorkit report`: the renderer for each output, chosen from a table by the
file's suffix (none: the terminal), and the JSON made from the result."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.console import Console

from mentorkit.model.config import DocumentProfile
from mentorkit.model.report_form import ReportForm
from mentorkit.report.page_docx import render_docx_page
from mentorkit.report.page_markdown import to_markdown_page
from mentorkit.report.page_rich import print_page
from mentorkit.report.page_xlsx import render_xlsx
from mentorkit.status.monitoring import Indicator, Listing, Monitoring, RollUp, Span
from mentorkit.status.page import Page
from mentorkit.status.report_page import monitoring_page, rollup_page

JSON_VERSION = 1

Result = Monitoring | RollUp


def report_page(result: Result, form: ReportForm | None) -> Page:
    if isinstance(result, RollUp):
        return rollup_page(result, form)
    return monitoring_page(result, form)


def _docx(result: Result, form: ReportForm | None) -> bytes:
    if isinstance(result, RollUp):
        return render_docx_page(report_page(result, form), DocumentProfile(), None)
    return render_docx_page(report_page(result, form), result.profile, result.full_name)


FILE_RENDERERS: dict[str, Callable[[Result, ReportForm | None], bytes]] = {
    ".xlsx": lambda result, form: render_xlsx(report_page(result, form)),
    ".docx": _docx,
    ".md": lambda result, form: to_markdown_page(report_page(result, form)).encode(),
    ".json": lambda result, form: (to_json(result) + "\n").encode(),
}
"""One renderer for each kind of output file: a new format is one entry."""


def print_report(result: Result, form: ReportForm | None, console: Console) -> None:
    print_page(report_page(result, form), console)


def render_file(result: Result, form: ReportForm | None, path: Path) -> bytes:
    return FILE_RENDERERS[path.suffix.lower()](result, form)


# ---------------------------------------------------------------------------------------------
# JSON


def to_json(result: Result) -> str:
    return json.dumps(report_json(result), ensure_ascii=False, indent=2)


def _span(span: Span) -> dict[str, str]:
    return {"start": span.start.isoformat(), "end": span.end.isoformat()}


def _indicator(indicator: Indicator) -> dict[str, Any]:
    share = indicator.share
    return {
        "key": indicator.key,
        "title": indicator.title,
        "count": indicator.count,
        "total": indicator.total,
        "percent": None if share is None else share.percent,
        "target": indicator.target,
        "list": indicator.listing,
    }


def _listing(listing: Listing) -> dict[str, Any]:
    return {
        "title": listing.title,
        "columns": list(listing.columns),
        "rows": [list(row) for row in listing.rows],
    }


def _organization(org: Monitoring) -> dict[str, Any]:
    return {
        "name": org.name,
        "full_name": org.full_name,
        "root": str(org.root),
        "folder": org.folder,
        "as_of": org.as_of.isoformat(),
        "complete": org.complete,
        "unread": [{"path": u.path, "line": u.line or None, "code": u.code} for u in org.unread],
        "indicators": [_indicator(indicator) for indicator in org.indicators],
        "pairs_by_form": [{"form": form, "pairs": n} for form, n in org.forms],
        "by_month": [
            {"month": month, "due": due, "done": done} for month, due, done in org.by_month
        ],
        "lists": {listing.key: _listing(listing) for listing in org.listings},
    }


def report_json(result: Result) -> dict[str, Any]:
    if isinstance(result, Monitoring):
        return {
            "version": JSON_VERSION,
            "kind": "organization",
            "span": _span(result.span),
            "complete": result.complete,
            "organization": _organization(result),
        }
    return {
        "version": JSON_VERSION,
        "kind": "district",
        "span": _span(result.span),
        "complete": not result.not_loaded,
        "organizations": [_organization(org) for org in result.organizations],
        "not_loaded": [
            {"name": n.name, "folder": n.folder, "reason": n.reason} for n in result.not_loaded
        ],
        "totals": [_indicator(indicator) for indicator in result.totals],
        "attention": [
            {"organization": org, "what": what, "detail": detail}
            for org, what, detail in result.attention
        ],
    }
