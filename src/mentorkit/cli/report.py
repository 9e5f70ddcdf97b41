"""`mentorkit report`: the monitoring report of an organisation or the district roll-up."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from mentorkit.cli.app import TodayOption, app, console, parse_today
from mentorkit.errors import UsageError

SUFFIXES = (".xlsx", ".docx", ".md", ".json")


@app.command("report")
def report_command(
    path: Annotated[
        Path | None,
        typer.Argument(
            help="Папка репозитория (по умолчанию — вокруг текущей папки) или папка, в которой "
            "лежат репозитории организаций: тогда — сводный отчёт по району.",
            show_default=False,
        ),
    ] = None,
    start: Annotated[
        str | None,
        typer.Option("--from", metavar="ДАТА", help="Начало периода: 2024-01-01 или 01.01.2024."),
    ] = None,
    end: Annotated[
        str | None,
        typer.Option("--to", metavar="ДАТА", help="Конец периода (вместе с --from)."),
    ] = None,
    quarter: Annotated[
        str | None, typer.Option("--quarter", metavar="ГГГГ-QN", help="Квартал: 2024-Q3.")
    ] = None,
    half: Annotated[
        str | None, typer.Option("--half", metavar="ГГГГ-HN", help="Полугодие: 2024-H2.")
    ] = None,
    year: Annotated[
        str | None,
        typer.Option("--year", metavar="ГГГГ-ГГГГ", help="Учебный год: 2023-2024."),
    ] = None,
    form: Annotated[
        str | None,
        typer.Option(
            "--form",
            metavar="ИМЯ",
            help="Заполнить форму региона reports/ИМЯ.yaml (столбцы формы → показатели).",
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--output",
            metavar="ФАЙЛ",
            help="Записать отчёт в файл: .xlsx (книга: форма, показатели, списки, диаграмма), "
            ".docx (аналитическая справка), .md или .json. Без -o — в терминал.",
            show_default=False,
        ),
    ] = None,
    today: TodayOption = None,
) -> None:
    """Отчёт о реализации наставничества за период: показатели с числителем, знаменателем и
    списком, по которому они посчитаны.

    Без периода — текущий учебный год по сегодняшний день. Код выхода 1 — прочитано не всё.

    Примеры: mentorkit report --quarter 2024-Q1 -o отчёт.xlsx;
    mentorkit report район/ --half 2024-H1 --form krai -o свод.xlsx
    """
    from mentorkit.load.discover import discover
    from mentorkit.render.output import write_atomic
    from mentorkit.report.progressbar import progress_bar
    from mentorkit.report.report import print_report, render_file
    from mentorkit.status.forms import load_form
    from mentorkit.status.monitoring import Monitoring, parse_span, report

    if output is not None and output.is_dir():
        raise UsageError(
            f"-o {output.as_posix().rstrip('/')} — это папка, а нужен файл отчёта",
            hint=f"например: -o {output.as_posix().rstrip('/')}/отчёт.xlsx "
            f"(или {', '.join(SUFFIXES[1:])})",
        )
    if output is not None and output.suffix.lower() not in SUFFIXES:
        raise UsageError(
            f"-o {output}: такой вид файла не поддерживается",
            hint=f"укажите файл с расширением {', '.join(SUFFIXES)}",
        )
    day = parse_today(today)
    span = parse_span(day, start, end, quarter, half, year)
    with progress_bar("Организации") as progress:
        result = report(path, span, day, progress)
    chosen = None
    if form is not None:
        base = result.root if isinstance(result, Monitoring) else (path or Path.cwd()).resolve()
        # every organisation found, read whole or not: the form goes into each one's row
        organizations = [] if isinstance(result, Monitoring) else list(discover([base]).roots)
        chosen = load_form(base, form, day, organizations)
    if output is None:
        print_report(result, chosen, console())
    else:
        write_atomic(output, render_file(result, chosen, output))
        typer.echo(f"Записано: {output}")
    complete = result.complete if isinstance(result, Monitoring) else not result.not_loaded
    raise typer.Exit(0 if complete else 1)
