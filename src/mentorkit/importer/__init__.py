"""`mentorkit import`: the Word (.docx) and PDF roadmaps and orders users already have, read
into the repository format — file → paragraphs and tables (read, docx, pdf) → the roadmap table
(columns, table, split) and the text around it (document, text) → YAML (emit) → files (write)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mentorkit.importer.document import interpret
from mentorkit.importer.failure import ImportFailed
from mentorkit.importer.read import read_document
from mentorkit.importer.result import Finding, Imported

MAX_TEXT = 1_000_000
"""Characters of a roadmap's table: a real one holds some 20 000; the bound keeps a hostile
table from costing minutes to write out."""


def import_file(path: Path) -> Imported:
    """Read one document; ImportFailed (with a Russian message) when it cannot be imported."""
    result = interpret(read_document(path), path.name)
    size = _text_size(result)
    if size > MAX_TEXT:
        raise ImportFailed(
            f"{path}: в таблице дорожной карты {size:,} знаков".replace(",", " ")
            + f" (больше {MAX_TEXT:,})".replace(",", " ")
            + " — столько не бывает в дорожной карте одной организации",
            "проверьте, тот ли это документ; если тот — разделите его на части и импортируйте "
            "каждую",
        )
    result.findings.extend(deadline_findings(result))
    return result


__all__ = ["Finding", "ImportFailed", "Imported", "import_file"]


def _text_size(result: Imported) -> int:
    items = list(result.body.items) + [i for s in result.body.sections for i in s.items]
    size = sum(len(s.title) for s in result.body.sections)
    for item in items:
        size += len(item.title) + sum(len(c) for c in item.comments)
        for value in item.fields.values():
            size += len(value) if isinstance(value, str) else sum(len(v) for v in value)
    return size


def deadline_findings(result: Imported) -> list[Finding]:
    """Deadlines the grammar does not understand: kept verbatim, and said so."""
    from mentorkit.deadlines import Period, ScheduleKind, read_deadline

    if result.period is None:
        return []
    try:
        period = (
            Period(result.period["start"], result.period["end"])
            if isinstance(result.period, dict)
            else Period.parse(result.period)
        )
    except ValueError:
        return []
    found: list[Finding] = []
    items = list(result.body.items) + [i for s in result.body.sections for i in s.items]
    read: dict[str, Any] = {}  # a roadmap says «в течение года» many times: read it once
    for item in items:
        text = item.fields.get("deadline")
        if isinstance(text, str) and text:
            schedule = read.get(text) or read.setdefault(text, read_deadline(text, period))
            if schedule.kind == ScheduleKind.NOT_UNDERSTOOD:
                found.append(
                    Finding(
                        "deadline",
                        item.where,
                        f"срок «{text}» записан как есть, но mentorkit его не понимает "
                        f"({schedule.reason or 'непонятный текст'}): проверка сообщит об этом "
                        "(MK701), пока срок не переписан",
                    )
                )
    return found
