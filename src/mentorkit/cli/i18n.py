"""Russian for the parts of --help and of argument errors that typer writes in English."""

from __future__ import annotations

import difflib
import re
from typing import Any

from typer import core as typer_core
from typer._click import core as click_core
from typer._click import exceptions as click_exceptions
from typer._click import formatting as click_formatting

_installed = False


def _russian_panels() -> None:
    """Typer's panel titles in Russian. typer imports its rich help module (and with it
    rich.markdown and markdown_it, a third of start-up) only to show help: so do we."""
    from typer import rich_utils

    rich_utils.ARGUMENTS_PANEL_TITLE = "Аргументы"
    rich_utils.OPTIONS_PANEL_TITLE = "Параметры"
    rich_utils.COMMANDS_PANEL_TITLE = "Команды"
    rich_utils.ERRORS_PANEL_TITLE = "Ошибка"
    rich_utils.ABORTED_TEXT = "Прервано."
    rich_utils.DEFAULT_STRING = "[по умолчанию: {}]"
    rich_utils.REQUIRED_LONG_STRING = "[обязательно]"
    rich_utils.ENVVAR_STRING = "[переменная окружения: {}]"
    rich_utils.RICH_HELP = "Справка: [blue]'{command_path} {help_option}'[/]."


def install_russian_help() -> None:
    """Translate typer's panel titles, the usage prefix and the help option's own help."""
    global _installed
    if _installed:
        return
    _installed = True
    for command_class in (typer_core.TyperCommand, typer_core.TyperGroup):
        _russian_help_of(command_class)

    write_usage = click_formatting.HelpFormatter.write_usage

    def russian_usage(self: Any, prog: str, args: str = "", prefix: str | None = None) -> None:
        write_usage(
            self, prog, russian_metavars(args), "Использование: " if prefix is None else prefix
        )

    click_formatting.HelpFormatter.write_usage = russian_usage  # type: ignore[method-assign]

    get_help_option = click_core.Command.get_help_option

    def russian_help_option(self: Any, ctx: Any) -> Any:
        option = get_help_option(self, ctx)
        if option is not None:
            option.help = "Показать эту справку и выйти."
        return option

    click_core.Command.get_help_option = russian_help_option  # type: ignore[method-assign]

    for cls in (typer_core.TyperOption, typer_core.TyperArgument):
        _russian_types(cls)
    typer_core.TyperArgument.display_name_raw = property(  # type: ignore[method-assign,assignment]
        lambda self: self.metavar or _METAVARS.get(self.name, str(self.name).upper())
    )


def _russian_help_of(cls: Any) -> None:
    original = cls.format_help

    def format_help(self: Any, ctx: Any, formatter: Any) -> None:
        _russian_panels()
        original(self, ctx, formatter)

    cls.format_help = format_help


def _russian_types(cls: Any) -> None:
    """The column of value kinds in --help: «ДАТА», «ПУТЬ…», not «<str>», «<list[Path]>»."""
    original = cls.display_type_rich

    def display_type_rich(self: Any, ctx: Any) -> str | None:
        shown = original(self, ctx)
        if shown is None or getattr(self, "is_flag", False):
            return None
        return russian_metavars(str(shown))

    cls.display_type_rich = display_type_rich


_METAVARS = {
    "OPTIONS": "ПАРАМЕТРЫ",
    "COMMAND": "КОМАНДА",
    "ARGS": "АРГУМЕНТЫ",
    "paths": "ПУТЬ",
    "files": "ФАЙЛ",
    "file": "ФАЙЛ",
    "text": "ТЕКСТ",
    "name": "ИМЯ",
    "list[Path]": "ПУТЬ",
    "list[str]": "ТЕКСТ",
    "Path": "ПУТЬ",
    "path": "ПУТЬ",
    "str": "ТЕКСТ",
    "int": "ЧИСЛО",
    "bool": "",
}
_METAVAR = re.compile(
    r"<?\{?(?<!\w)(" + "|".join(re.escape(k) for k in _METAVARS) + r")(?![\w|])\}?>?"
)


def russian_metavars(text: str) -> str:
    """Argument and value names of the usage line and the help in Russian."""
    return _METAVAR.sub(lambda m: _METAVARS[m.group(1)], text).replace("<", "").replace(">", "")


_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"No such option: (\S+)(?: Did you mean (\S+)\?)?"), "нет параметра {0}"),
    (re.compile(r"No such command '(.+?)'\.?"), "нет команды «{0}»"),
    (re.compile(r"Missing argument '(.+?)'\.?"), "не указан аргумент {0}"),
    (re.compile(r"Missing option '(.+?)'\.?"), "не указан параметр {0}"),
    (re.compile(r"Option '(.+?)' requires an argument\.?"), "параметру {0} нужно значение"),
    (re.compile(r"Got unexpected extra argument(?:s|\(s\))? \((.+)\)"), "лишние аргументы: {0}"),
    (
        re.compile(r"Option '(.+?)' does not take a value"),
        "параметр {0} пишется без значения: просто {0}",
    ),
    (
        re.compile(r"Invalid value for '(.+?)': (?:Value error, )?'(.+?)' is not one of (.+?)\.?$"),
        "неверное значение {0}: «{1}»; допустимы: {2}",
    ),
    (
        re.compile(r"Invalid value for '(.+?)': '(.+?)' is not one of (.+)\."),
        "неверное значение {0}: «{1}»; допустимы: {2}",
    ),
    (re.compile(r"Invalid value for '(.+?)': (.+)"), "неверное значение {0}: {1}"),
)


def _guillemets(text: str) -> str:
    """click quotes values 'so'; Russian text quotes them «так»."""
    return re.sub(r"'([^']*)'", r"«\1»", text)


def _close_choice(value: str, choices: str) -> str:
    """« — возможно, «month»?» for `--by mnth`: the allowed value meant."""
    known = re.findall(r"'([^']*)'", choices)
    close = difflib.get_close_matches(value.lower(), known, n=1, cutoff=0.6)
    return f" — возможно, «{close[0]}»?" if close else ""


def _close_command(error: click_exceptions.UsageError, text: str) -> str:
    """« — возможно, check?» for a mistyped command name."""
    match = re.search(r"No such command '(.+?)'", text)
    ctx = error.ctx
    if match is None or ctx is None or not hasattr(ctx.command, "list_commands"):
        return ""
    known = ctx.command.list_commands(ctx)
    close = difflib.get_close_matches(match.group(1), known, n=1, cutoff=0.6)
    return f" — возможно, {close[0]}?" if close else ""


def translate_usage_error(error: click_exceptions.UsageError) -> tuple[str, str | None]:
    """A Russian message for a usage error, and a hint on where to read the help."""
    text = error.format_message() if hasattr(error, "format_message") else str(error)
    message = text
    for pattern, template in _PATTERNS:
        match = pattern.search(text)
        if match:
            parts = [part or "" for part in match.groups()]
            message = template.format(*parts[:-1], _guillemets(parts[-1]))
            if match.lastindex and match.lastindex >= 2 and "Did you mean" in text:
                message += f" — возможно, {parts[1]}?"
            if "is not one of" in pattern.pattern:
                message += _close_choice(parts[1], parts[2])
            break
    if isinstance(error, click_exceptions.NoSuchOption) and error.ctx is not None:
        known = [name for param in error.ctx.command.params for name in param.opts]
        close = difflib.get_close_matches(error.option_name, known, n=1, cutoff=0.6)
        if close and "возможно" not in message:
            message += f" — возможно, {close[0]}?"
    if message.startswith("нет команды") and "возможно" not in message:
        message += _close_command(error, text)
    command = error.ctx.command_path if error.ctx is not None else "mentorkit"
    return message, f"посмотрите справку: {command} --help"
