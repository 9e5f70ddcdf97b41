"""The command line: one short module per group of commands, each parsing arguments, calling one
core function and handing its result to a reporter. `main` turns every failure into a message."""

from __future__ import annotations

import sys
from typing import NoReturn

from mentorkit.cli import calendar as _calendar  # noqa: F401  (registers its commands)
from mentorkit.cli import check as _check  # noqa: F401  (registers its commands)
from mentorkit.cli import completion as _completion  # noqa: F401  (registers its commands)
from mentorkit.cli import edit as _edit  # noqa: F401  (registers its commands)
from mentorkit.cli import importer as _importer  # noqa: F401  (registers its commands)
from mentorkit.cli import init as _init  # noqa: F401  (registers its commands)
from mentorkit.cli import people as _people  # noqa: F401  (registers its commands)
from mentorkit.cli import render as _render  # noqa: F401  (registers its commands)
from mentorkit.cli import report as _report  # noqa: F401  (registers its commands)
from mentorkit.cli import schema as _schema  # noqa: F401  (registers its commands)
from mentorkit.cli import status as _status  # noqa: F401  (registers its commands)
from mentorkit.cli.app import app, console
from mentorkit.cli.i18n import translate_usage_error
from mentorkit.errors import MentorkitError, os_reason
from mentorkit.report.safe import markup as escape
from mentorkit.report.safe import tolerant

__all__ = ["app", "main"]


def _fail(message: str, hint: str | None, code: int) -> NoReturn:
    err = console(stderr=True)
    err.print(f"[bold red]mentorkit:[/] {escape(message)}", highlight=False, soft_wrap=True)
    if hint:
        err.print(f"Что сделать: {escape(hint)}", highlight=False, soft_wrap=True)
    sys.exit(code)


def main(argv: list[str] | None = None) -> None:
    """The entry point: runs the app and turns every failure into a Russian message and a code."""
    from typer._click import exceptions as click_exceptions

    tolerant(sys.stdout)
    tolerant(sys.stderr)
    try:
        code = app(args=argv, prog_name="mentorkit", standalone_mode=False)
    except MentorkitError as error:
        _fail(error.message, error.hint, error.exit_code)
    except click_exceptions.NoArgsIsHelpError:
        sys.exit(0)  # `mentorkit` alone: the help was the answer
    except click_exceptions.UsageError as error:
        message, hint = translate_usage_error(error)
        _fail(message, hint, 2)
    except KeyboardInterrupt:
        _fail("прервано", None, 130)
    except BrokenPipeError:
        sys.exit(0)
    except OSError as error:  # a path the system refuses, named in Russian, not a crash
        where = f" ({error.filename})" if error.filename else ""
        _fail(
            f"система отказала{where}: {os_reason(error)}",
            "проверьте путь, права доступа и место на диске",
            2,
        )
    except Exception as error:  # the last line of defence: a user never sees a traceback
        _fail(
            f"внутренняя ошибка mentorkit: {type(error).__name__}: {error}",
            "сообщите разработчикам, приложив команду и файл, на котором это случилось",
            3,
        )
    if code == 130:  # typer turns Ctrl+C into exit code 130 without a word
        _fail("прервано", None, 130)
    sys.exit(code if isinstance(code, int) else 0)
