"""The command line: one short function per command, parsing arguments and handing on results."""

from __future__ import annotations

import sys
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console

from mentorkit import __version__
from mentorkit.cli_i18n import install_russian_help, translate_usage_error
from mentorkit.errors import MentorkitError, UsageError

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


class CheckFormat(StrEnum):
    text = "text"
    json = "json"
    github = "github"


class DeadlineFormat(StrEnum):
    text = "text"
    json = "json"


def _console(stderr: bool = False) -> Console:
    return Console(stderr=stderr, highlight=False)


def parse_today(value: str | None) -> date:
    """The day to check against: --today, or the real date (the only place that reads the clock)."""
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise UsageError(
            f"--today: «{value}» — не дата; укажите её как ГГГГ-ММ-ДД, например 2024-01-20"
        ) from None


TodayOption = Annotated[
    str | None,
    typer.Option(
        "--today",
        help="Дата, на которую проверять сроки, ГГГГ-ММ-ДД (по умолчанию — сегодня).",
        show_default=False,
    ),
]


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
        typer.Option("--format", help="Вид отчёта: text, json или github (аннотации GitHub)."),
    ] = CheckFormat.text,
    strict: Annotated[
        bool, typer.Option("--strict", help="Предупреждения тоже считать провалом проверки.")
    ] = False,
    ignore: Annotated[
        list[str] | None,
        typer.Option("--ignore", help="Не показывать проблемы с этим кодом (можно повторять)."),
    ] = None,
) -> None:
    """Проверить репозиторий: все файлы, ссылки, пары, согласия, приказы и сроки."""
    from mentorkit.check import check
    from mentorkit.report.check import print_text, to_github, to_json

    codes = tuple(code for value in ignore or [] for code in value.split(","))
    result = check(list(paths or []), parse_today(today), codes)
    if output == CheckFormat.json:
        typer.echo(to_json(result))
    elif output == CheckFormat.github:
        typer.echo(to_github(result))
    else:
        print_text(result, _console(), strict)
    raise typer.Exit(1 if result.failed(strict) else 0)


@app.command("deadline")
def deadline_command(
    text: Annotated[str, typer.Argument(help="Текст срока, как в дорожной карте.")],
    period: Annotated[
        str | None,
        typer.Option(
            "--period",
            help="Период дорожной карты: 2023-2024 (учебный год) или 2022-01-01..2024-12-31 "
            "(по умолчанию — текущий учебный год).",
            show_default=False,
        ),
    ] = None,
    today: TodayOption = None,
    output: Annotated[
        DeadlineFormat, typer.Option("--format", help="Вид вывода: text или json.")
    ] = DeadlineFormat.text,
) -> None:
    """Показать, как mentorkit понимает текст срока."""
    from mentorkit.deadlines import Period, read_deadline
    from mentorkit.report.deadline import print_schedule, schedule_json

    if period is None:
        day = parse_today(today)
        start_year = day.year if day.month >= 9 else day.year - 1
        chosen = Period.parse(f"{start_year}-{start_year + 1}")
    else:
        try:
            chosen = Period.parse(period)
        except ValueError as error:
            raise UsageError(f"--period: {error}") from None
    schedule = read_deadline(text, chosen)
    if output == DeadlineFormat.json:
        typer.echo(schedule_json(schedule))
    else:
        print_schedule(schedule, chosen, _console())
    raise typer.Exit(1 if schedule.kind == "not_understood" else 0)


@app.command("codes")
def codes_command() -> None:
    """Перечислить коды проблем, которые сообщает проверка."""
    from mentorkit.report.codes import print_codes

    print_codes(_console())


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


def _fail(message: str, hint: str | None, code: int) -> NoReturn:
    console = _console(stderr=True)
    console.print(f"[bold red]mentorkit:[/] {message}", highlight=False, soft_wrap=True)
    if hint:
        console.print(f"Что сделать: {hint}", highlight=False, soft_wrap=True)
    sys.exit(code)


def main(argv: list[str] | None = None) -> None:
    """The entry point: runs the app and turns every failure into a Russian message and a code."""
    from typer._click import exceptions as click_exceptions

    try:
        code = app(args=argv, prog_name="mentorkit", standalone_mode=False)
    except MentorkitError as error:
        _fail(error.message, error.hint, error.exit_code)
    except click_exceptions.UsageError as error:
        message, hint = translate_usage_error(error)
        _fail(message, hint, 2)
    except click_exceptions.Abort:
        _fail("прервано", None, 130)
    except KeyboardInterrupt:
        _fail("прервано", None, 130)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as error:  # the last line of defence: a user never sees a traceback
        _fail(
            f"внутренняя ошибка mentorkit: {type(error).__name__}: {error}",
            "сообщите разработчикам, приложив команду и файл, на котором это случилось",
            3,
        )
    sys.exit(code if isinstance(code, int) else 0)
