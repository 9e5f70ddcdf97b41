"""`mentorkit status`: where the programme stands, for one organisation or many."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from mentorkit.cli.app import TodayOption, app, console, parse_today
from mentorkit.errors import UsageError


class StatusFormat(StrEnum):
    table = "table"
    json = "json"
    markdown = "markdown"


class StatusBy(StrEnum):
    section = "section"
    responsible = "responsible"
    month = "month"


@app.command("status")
def status_command(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Папка репозитория, или несколько, или папка, в которой лежат репозитории "
            "организаций (по умолчанию — репозиторий вокруг текущей папки).",
            show_default=False,
        ),
    ] = None,
    today: TodayOption = None,
    output: Annotated[
        StatusFormat,
        typer.Option(
            "--format", help="Вид отчёта: table, json или markdown (для комментария или GitHub)."
        ),
    ] = StatusFormat.table,
    by: Annotated[
        StatusBy | None,
        typer.Option(
            "--by",
            help="Сгруппировать мероприятия: section (по разделам), responsible (по "
            "ответственным) или month (по месяцам срока).",
            show_default=False,
        ),
    ] = None,
    everything: Annotated[
        bool,
        typer.Option("--all", help="Показать все мероприятия, а не только просроченные и близкие."),
    ] = False,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            help="Как было в прошлом, по истории git: коммит, ветка, метка или дата ГГГГ-ММ-ДД "
            "(последний коммит до конца этого дня). --today по умолчанию — эта дата или дата "
            "коммита.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Показать состояние программы: сроки, пары и показатели одной организации или многих.

    Код выхода 1 — прочитано не всё (числа неполные: сначала сказано, что не прочитано).

    Примеры: mentorkit status; mentorkit status --by month --all; mentorkit status район/
    """
    from mentorkit.report.progressbar import progress_bar
    from mentorkit.report.status import RENDERERS
    from mentorkit.status import GroupBy, status, status_as_of

    targets = list(paths or [])
    # A district's table and Markdown show a row per organisation: its items and pairs are
    # counted, not shown (JSON holds them all).
    detail = output == StatusFormat.json
    with progress_bar("Организации") as progress:
        if as_of is None:
            result = status(targets, parse_today(today), progress=progress, detail=detail)
        else:
            day = parse_today(today) if today else None
            result = status_as_of(targets, as_of, day, progress=progress, detail=detail)
    group = GroupBy(by.value) if by else GroupBy.NONE
    if result.single is None and (by or everything):
        raise UsageError(
            "--by и --all относятся к мероприятиям одной организации, а здесь их "
            f"{result.totals.organizations}",
            hint="укажите папку одного репозитория",
        )
    RENDERERS[output.value](result, console(), group, everything)
    raise typer.Exit(0 if result.complete else 1)
