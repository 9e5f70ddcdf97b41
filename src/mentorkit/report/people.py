"""Reporters of `mentorkit people`: text for the curator, JSON for scripts."""

from __future__ import annotations

import json

from rich.console import Console

from mentorkit.report.safe import markup as escape
from mentorkit.whois import PersonReport
from mentorkit.words import plural

_KINDS = {
    True: {"f": "несовершеннолетняя", "m": "несовершеннолетний", "": "несовершеннолетний(-яя)"},
    False: {"f": "взрослая", "m": "взрослый", "": "взрослый(-ая)"},
}
"""The word that says whether the person is a minor, agreeing with their gender."""


def print_text(report: PersonReport, out: Console) -> None:
    kind = _KINDS[report.minor].get(report.gender or "", _KINDS[report.minor][""])
    out.print(
        f"{escape(report.name)} ({kind}; согласие: {escape(report.consent)}) — запись в "
        f"{report.record}",
        soft_wrap=True,
    )
    if not report.places:
        out.print("Ни один файл репозитория не называет этого человека.", soft_wrap=True)
    else:
        count = plural(len(report.places), "упоминание", "упоминания", "упоминаний")
        out.print(f"В файлах репозитория: {count}.", soft_wrap=True)
    for place in report.places:
        out.print(f"  {place.where}: {escape(place.field)}", soft_wrap=True)
        for document in place.documents:
            out.print(f"      → {escape(document)}", soft_wrap=True)
    if not report.complete:
        out.print(
            "Список может быть неполным: не прочитаны "
            f"{escape(', '.join(report.unread))} — исправьте их («mentorkit check»)",
            soft_wrap=True,
        )


def to_json(report: PersonReport) -> str:
    data = {
        "person": {
            "name": report.name,
            "minor": report.minor,
            "consent": report.consent,
            "record": str(report.record),
        },
        "places": [
            {
                "path": place.where.path,
                "line": place.where.line,
                "col": place.where.col,
                "field": place.field,
                "documents": list(place.documents),
            }
            for place in report.places
        ],
        "complete": report.complete,
        "unread": list(report.unread),
    }
    return json.dumps(data, ensure_ascii=False, indent=2)
