"""The typer app itself and what its commands share: --today, the root options (the console and
the day to check against come from `cli.edge`, which the commands without typer use too)."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console

from mentorkit import __version__
from mentorkit.cli.edge import REDIRECTED_WIDTH, console, parse_today
from mentorkit.cli.i18n import install_russian_help

__all__ = ["REDIRECTED_WIDTH", "Console", "TodayOption", "app", "console", "parse_today", "root"]

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
