"""`mentorkit people NAME`: every file, line and document that names one person."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from mentorkit.cli.app import TodayOption, app, console, parse_today


class PeopleFormat(StrEnum):
    text = "text"
    json = "json"


@app.command("people")
def people_command(
    name: Annotated[
        str,
        typer.Argument(help="Человек: «Фамилия И.О.», ФИО полностью (в любом падеже) или id."),
    ],
    repo: Annotated[
        Path | None,
        typer.Option(
            "--repo",
            help="Папка репозитория (по умолчанию — репозиторий вокруг текущей папки).",
            show_default=False,
        ),
    ] = None,
    today: TodayOption = None,
    output: Annotated[
        PeopleFormat, typer.Option("--format", help="Вид отчёта: text или json.")
    ] = PeopleFormat.text,
) -> None:
    """Где назван человек: каждый файл и строка и в какие документы это попадает (чтобы
    ответить на запрос родителя или убрать имя после отзыва согласия).

    Пример: mentorkit people "Соколов И.С."
    """
    from mentorkit.report.people import print_text, to_json
    from mentorkit.whois import people_report

    report = people_report(repo or Path.cwd(), name, parse_today(today))
    if output == PeopleFormat.json:
        typer.echo(to_json(report))
    else:
        print_text(report, console())
