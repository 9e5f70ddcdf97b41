"""`mentorkit import`: the Word (.docx) and PDF roadmaps and orders users already have, read
into the repository format — file → paragraphs and tables (read, docx, pdf) → the roadmap table
(columns, table, split) and the text around it (document, text) → YAML (emit) → files (write)."""

from __future__ import annotations

from pathlib import Path

from mentorkit.importer.document import interpret
from mentorkit.importer.failure import ImportFailed
from mentorkit.importer.read import read_document
from mentorkit.importer.result import Finding, Imported


def import_file(path: Path) -> Imported:
    """Read one document; ImportFailed (with a Russian message) when it cannot be imported."""
    result = interpret(read_document(path), path.name)
    result.findings.extend(deadline_findings(result))
    return result


__all__ = ["Finding", "ImportFailed", "Imported", "import_file"]


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
    for item in items:
        text = item.fields.get("deadline")
        if isinstance(text, str) and text:
            schedule = read_deadline(text, period)
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
