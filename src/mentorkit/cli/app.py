"""The typer app itself and what its commands share: the console, --today, the root options."""

from __future__ import annotations

import os
from datetime import date
from typing import Annotated

import typer
from rich.console import Console

from mentorkit import __version__
from mentorkit.cli.i18n import install_russian_help
from mentorkit.errors import UsageError
from mentorkit.report.safe import SafeConsole
from mentorkit.words import parse_day

install_russian_help()

app = typer.Typer(
    name="mentorkit",
    help="mentorkit — дорожные карты, наставнические пары и приказы целевой модели "
    "наставничества в YAML: проверка, статус, документы.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


REDIRECTED_WIDTH = 160
"""Output to a file or a pipe has no terminal width to fit: wide enough for every column."""


def console(stderr: bool = False, markup: bool = True) -> Console:
    """The console of the edge; output that goes to a file gets room for wide tables
    (COLUMNS, when set, still decides). It shows values escaped (report/safe.py); `markup`
    False for a reporter that prints only values, so that nothing in them is read as markup."""
    probe = Console(stderr=stderr)
    if probe.is_terminal or "COLUMNS" in os.environ:
        return SafeConsole(stderr=stderr, highlight=False, markup=markup, emoji=False)
    return SafeConsole(
        stderr=stderr, highlight=False, width=REDIRECTED_WIDTH, markup=markup, emoji=False
    )


def parse_today(value: str | None) -> date:
    """The day to check against: --today, or the real date (the only place that reads the clock)."""
    if value is None:
        return date.today()
    try:
        day = parse_day(value)
    except ValueError:
        day = None
    if day is None:
        raise UsageError(
            f"--today: «{value}» — не дата; укажите её как ГГГГ-ММ-ДД или ДД.ММ.ГГГГ, "
            "например 2024-01-20"
        )
    return day


TodayOption = Annotated[
    str | None,
    typer.Option(
        "--today",
        metavar="ДАТА",
        help="Дата, на которую проверять сроки: ГГГГ-ММ-ДД или ДД.ММ.ГГГГ (по умолчанию — "
        "сегодня).",
        show_default=False,
    ),
]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"mentorkit {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Показать версию и выйти."
        ),
    ] = False,
) -> None:
    """mentorkit — дорожные карты, наставнические пары и приказы в YAML."""
