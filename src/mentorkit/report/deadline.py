"""How `mentorkit deadline` shows the reading of one deadline text."""

from __future__ import annotations

import json

from rich.console import Console
from rich.table import Table

from mentorkit.deadlines import Period, Schedule, ScheduleKind
from mentorkit.report.safe import markup as escape
from mentorkit.report.safe import safe_json


def schedule_json(schedule: Schedule) -> str:
    return safe_json(json.dumps(schedule.to_json(), ensure_ascii=False, indent=2))


def print_schedule(schedule: Schedule, period: Period, console: Console) -> None:
    console.print(
        f"Срок: «{escape(schedule.text)}»; период {period.start:%d.%m.%Y}–{period.end:%d.%m.%Y}"
    )
    if schedule.kind == ScheduleKind.NOT_UNDERSTOOD:
        part = schedule.unparsed or schedule.text
        console.print(f"[bold red]Не понят:[/] непонятна часть «{escape(part)}».")
        return
    if schedule.kind == ScheduleKind.UNSCHEDULED:
        console.print(f"Без даты: {escape(schedule.reason or 'срок задаёт другой документ')}.")
        return
    table = Table("№", "С", "До (включительно)", "Примечание", box=None, header_style="bold")
    for index, occ in enumerate(schedule.occurrences, 1):
        start = f"{occ.start:%d.%m.%Y}" if occ.start else "—"
        table.add_row(str(index), start, f"{occ.due:%d.%m.%Y}", escape(occ.note or ""))
    console.print(table)
