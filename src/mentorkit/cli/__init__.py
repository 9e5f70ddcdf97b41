"""The command line: one short module per group of commands, each parsing arguments, calling one
core function and handing its result to a reporter. `main` turns every failure into a message.

A command's module is imported when that command runs, not before: `mentorkit check` does not
load the importer, the calendar or the renderer (typer, and what each module imports, cost more
than the check of a small repository). `app` — every command — is there for whoever asks for it
(the tests, the stored help, shell completion).
"""

from __future__ import annotations

import os
import sys
from importlib import import_module
from typing import TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:
    import typer

__all__ = ["COMMANDS", "app", "load", "main"]

MODULES = (
    "calendar",
    "check",
    "completion",
    "edit",
    "importer",
    "init",
    "people",
    "render",
    "report",
    "schema",
    "status",
)
"""The modules of mentorkit.cli that register commands, in the order the help lists them."""

COMMANDS: dict[str, str] = {
    "calendar": "calendar",
    "check": "check",
    "deadline": "check",
    "codes": "check",
    "completion": "completion",
    "done": "edit",
    "meeting": "edit",
    "add": "edit",
    "import": "importer",
    "init": "init",
    "people": "people",
    "render": "render",
    "templates": "render",
    "report": "report",
    "schema": "schema",
    "status": "status",
}
"""Each command and group of commands, by the module that registers it (a test keeps it true)."""

_loaded: list[str] = []
_origin: dict[int, int] = {}


def load(args: list[str] | None = None) -> typer.Typer:
    """The app with the command that `args` start with registered; with every command when they
    name none of them (the root help, a mistyped name, an option first) or when the shell asks
    for completions."""
    wanted: tuple[str, ...] = MODULES
    if args and args[0] in COMMANDS and "_MENTORKIT_COMPLETE" not in os.environ:
        wanted = (COMMANDS[args[0]],)
    application: typer.Typer = import_module("mentorkit.cli.app").app
    for name in wanted:
        if name in _loaded:
            continue
        import_module(f"mentorkit.cli.{name}")
        _loaded.append(name)
        # The help lists commands in the order they were registered: modules loaded one by one
        # (in tests, one process runs many commands) are put back in the order of MODULES.
        rank = MODULES.index(name)
        for info in (*application.registered_commands, *application.registered_groups):
            _origin.setdefault(id(info), rank)
        application.registered_commands.sort(key=lambda info: _origin[id(info)])
        application.registered_groups.sort(key=lambda info: _origin[id(info)])
    # Importing mentorkit.cli.app made `app` here name that module: `mentorkit.cli.app` is the
    # typer app with every command (see __getattr__), as it has always been.
    if len(_loaded) == len(MODULES):
        globals()["app"] = application
    else:
        globals().pop("app", None)
    return application


def __getattr__(name: str) -> Any:
    if name == "app":
        return load()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _fail(message: str, hint: str | None, code: int) -> NoReturn:
    from mentorkit.cli.edge import console
    from mentorkit.report.safe import markup as escape

    err = console(stderr=True)
    err.print(f"[bold red]mentorkit:[/] {escape(message)}", highlight=False, soft_wrap=True)
    if hint:
        err.print(f"Что сделать: {escape(hint)}", highlight=False, soft_wrap=True)
    sys.exit(code)


def main(argv: list[str] | None = None) -> None:
    """The entry point: runs the app and turns every failure into a Russian message and a code.
    The common commands written the plain way run without typer (`cli.lean`)."""
    from mentorkit.cli.lean import run as run_lean
    from mentorkit.errors import MentorkitError, os_reason
    from mentorkit.report.printable import tolerant

    tolerant(sys.stdout)
    tolerant(sys.stderr)
    args = sys.argv[1:] if argv is None else argv
    try:
        code = None if "_MENTORKIT_COMPLETE" in os.environ else run_lean(list(args))
        if code is None:
            code = _typer(args, argv)
    except MentorkitError as error:
        _fail(error.message, error.hint, error.exit_code)
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


def _typer(args: list[str], argv: list[str] | None) -> Any:
    """Run `args` by typer; its own usage errors become Russian messages here."""
    from typer._click import exceptions as click_exceptions

    from mentorkit.cli.i18n import translate_usage_error

    try:
        application = load(args)
        return application(args=argv, prog_name="mentorkit", standalone_mode=False)
    except click_exceptions.NoArgsIsHelpError:
        sys.exit(0)  # `mentorkit` alone: the help was the answer
    except click_exceptions.UsageError as error:
        message, hint = translate_usage_error(error)
        _fail(message, hint, 2)
