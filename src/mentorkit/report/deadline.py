"""How `mentorkit deadline` shows the reading of one deadline text."""

from __future__ import annotations

import json
from typing import Any

from rich.console import Console
from rich.table import Table

from mentorkit.deadlines import ScheduleKind
from mentorkit.deadlines.explain import Explanation
from mentorkit.report.safe import markup as escape
from mentorkit.report.safe import safe_json
from mentorkit.words import plural

MAX_SHOWN = 60
"""Occurrences shown as text; the rest is counted."""

MAX_JSON = 5000
"""Occurrences listed in JSON (as `check`'s problems); `omitted` counts the rest."""


def schedule_json(found: Explanation) -> str:
    data: dict[str, Any] = found.schedule.to_json(limit=MAX_JSON)
    if "omitted" in data:
        data["note"] = (
            f"перечислены первые {MAX_JSON} из {data['total']} сроков; "
            "сократите период (--period), чтобы увидеть остальные"
        )
    data["period"] = {
        "start": found.period.start.isoformat(),
        "end": found.period.end.isoformat(),
    }
    data["outside_period"] = [occ.to_json() for occ in found.outside]
    data["calendar_file"] = found.calendar_file
    return safe_json(json.dumps(data, ensure_ascii=False, indent=2))


def print_schedule(found: Explanation, console: Console) -> None:
    schedule, period = found.schedule, found.period
    console.print(
        f"Срок: «{escape(schedule.text)}»; период {period.start:%d.%m.%Y}–{period.end:%d.%m.%Y}"
    )
    if schedule.kind == ScheduleKind.NOT_UNDERSTOOD:
        if not schedule.text.strip():
            console.print(
                "[bold red]Не понят:[/] срок пуст — напишите текст срока в кавычках, например: "
                'mentorkit deadline "до 15.03.2024".'
            )
            return
        if schedule.too_early:
            console.print(f"[bold red]Не понят:[/] {escape(schedule.reason or '')}.")
            return
        part = schedule.unparsed or schedule.text
        console.print(f"[bold red]Не понят:[/] непонятна часть «{escape(part)}».")
        if schedule.reason and schedule.reason != "часть текста не понята":
            console.print(f"Причина: {escape(schedule.reason)}.")
        return
    if schedule.kind == ScheduleKind.UNSCHEDULED:
        console.print(f"Без даты: {escape(schedule.reason or 'срок задаёт другой документ')}.")
        return
    _print_calendar(found, console)
    if schedule.ignored:
        marks = ", ".join(f"«{escape(mark)}»" for mark in schedule.ignored)
        console.print(f"Пропущено как не влияющее на дату: {marks}.")
    table = Table("№", "С", "До (включительно)", "Примечание", box=None, header_style="bold")
    for index, occ in enumerate(schedule.occurrences[:MAX_SHOWN], 1):
        start = f"{occ.start:%d.%m.%Y}" if occ.start else "—"
        table.add_row(str(index), start, f"{occ.due:%d.%m.%Y}", escape(occ.note or ""))
    console.print(table)
    total = len(schedule.occurrences)
    if total > MAX_SHOWN:
        console.print(
            f"Показаны первые {MAX_SHOWN} из {plural(total, 'срока', 'сроков', 'сроков')}; "
            + (
                "все — с --format json."
                if total <= MAX_JSON
                else f"с --format json — первые {MAX_JSON}."
            )
        )
    outside = found.outside
    if outside:
        first = outside[0]
        count = len(outside)
        console.print(
            f"[bold yellow]Вне периода[/] {period.start:%d.%m.%Y}–{period.end:%d.%m.%Y}: "
            f"{plural(count, 'срок', 'срока', 'сроков')} (первый — до {first.due:%d.%m.%Y}) — "
            "проверьте год в сроке или укажите --period."
        )


def _print_calendar(found: Explanation, console: Console) -> None:
    if found.calendar_problem:
        console.print(
            f"mentorkit.yaml не прочитан ({escape(found.calendar_problem)}): "
            "календарь — по умолчанию."
        )
    years = found.schedule.calendar
    if not years:
        return
    default = [year for year, is_default in years if is_default]
    own = [year for year, is_default in years if not is_default]
    if own:
        where = escape(found.calendar_file or "mentorkit.yaml")
        console.print(f"Календарь школы ({where}, calendar): {', '.join(own)}.")
    if default:
        console.print(
            f"Календарь по умолчанию ({', '.join(default)}): четверти 01.09–31.10, 01.11–31.12, "
            "01.01–31.03, 01.04–31.05; триместры 01.09–30.11, 01.12–28(29).02, 01.03–31.05; "
            "каникулы 28.10–05.11, 30.12–08.01, 24.03–31.03, 01.06–31.08. Свои сроки "
            "четвертей и каникул задайте в mentorkit.yaml (calendar)."
        )
