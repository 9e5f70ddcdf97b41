"""`mentorkit check`, `mentorkit deadline` and `mentorkit codes`."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from mentorkit.cli.app import TodayOption, app, console, parse_today
from mentorkit.errors import UsageError


class CheckFormat(StrEnum):
    text = "text"
    json = "json"
    github = "github"
    junit = "junit"
    sarif = "sarif"


class DeadlineFormat(StrEnum):
    text = "text"
    json = "json"


@app.command("check")
def check_command(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Папка репозитория или файлы в нём (по умолчанию — репозиторий вокруг "
            "текущей папки).",
            show_default=False,
        ),
    ] = None,
    today: TodayOption = None,
    output: Annotated[
        CheckFormat,
        typer.Option(
            "--format",
            metavar="ВИД",
            help="Вид отчёта: text, json, github (аннотации GitHub), junit (отчёт для GitLab) "
            "или sarif (для GitHub code scanning).",
        ),
    ] = CheckFormat.text,
    strict: Annotated[
        bool, typer.Option("--strict", help="Предупреждения тоже считать провалом проверки.")
    ] = False,
    ignore: Annotated[
        list[str] | None,
        typer.Option(
            "--ignore", metavar="КОД", help="Не показывать проблемы с этим кодом (можно повторять)."
        ),
    ] = None,
) -> None:
    """Проверить репозиторий: все файлы, ссылки, пары, согласия, приказы и сроки.

    Примеры: mentorkit check; mentorkit check --strict --ignore MK705
    """
    from mentorkit.cli.lean import run_check

    ignored = list(ignore) if ignore is not None else None
    raise typer.Exit(run_check(list(paths or []), today, output.value, strict, ignored, typer.echo))


@app.command("deadline")
def deadline_command(
    text: Annotated[str, typer.Argument(help="Текст срока, как в дорожной карте.")],
    period: Annotated[
        str | None,
        typer.Option(
            "--period",
            metavar="ПЕРИОД",
            help="Период дорожной карты: 2023-2024 (учебный год), 2022-2024 (календарные "
            "годы), 2022-01-01..2024-12-31 или 01.09.2024..31.05.2025 (по умолчанию — учебный "
            "год, в котором лежит --today).",
            show_default=False,
        ),
    ] = None,
    today: TodayOption = None,
    output: Annotated[
        DeadlineFormat,
        typer.Option("--format", metavar="text|json", help="Вид вывода: text или json."),
    ] = DeadlineFormat.text,
) -> None:
    """Показать, как mentorkit понимает текст срока (с календарём школы из mentorkit.yaml,
    если команда запущена в репозитории).

    Пример: mentorkit deadline "II четверть" --period 2024-2025
    """
    from mentorkit.deadlines import Period
    from mentorkit.deadlines.explain import explain
    from mentorkit.report.deadline import print_schedule, schedule_json

    try:
        chosen = Period.parse(period) if period else Period.academic_year_of(parse_today(today))
    except ValueError as error:
        option = "--period" if period else "--today (учебный год этой даты)"
        raise UsageError(f"{option}: {error}") from None
    found = explain(text, chosen, Path.cwd(), plan=period is not None)
    if output == DeadlineFormat.json:
        typer.echo(schedule_json(found))
    else:
        print_schedule(found, console())
    raise typer.Exit(1 if found.schedule.kind == "not_understood" else 0)


@app.command("codes")
def codes_command() -> None:
    """Перечислить коды проблем, которые сообщает проверка.

    Пример: mentorkit codes (код из списка можно дать mentorkit check --ignore)
    """
    from mentorkit.report.codes import print_codes

    print_codes(console())
