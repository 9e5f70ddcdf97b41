"""`mentorkit completion`: the shell script that completes commands and options with Tab."""

from __future__ import annotations

import os
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from typer._completion_classes import completion_init

from mentorkit.cli.app import app

# Registers typer's completion with the command line: without it the shell's requests for
# completions («_MENTORKIT_COMPLETE=…») go unanswered.
completion_init()


class Shell(StrEnum):
    bash = "bash"
    zsh = "zsh"
    fish = "fish"
    powershell = "powershell"
    pwsh = "pwsh"


_PLACES = {
    "bash": "mentorkit completion bash >> ~/.bashrc",
    "zsh": "mentorkit completion zsh >> ~/.zshrc",
    "fish": "mentorkit completion fish > ~/.config/fish/completions/mentorkit.fish",
    "powershell": "mentorkit completion powershell >> $PROFILE",
    "pwsh": "mentorkit completion pwsh >> $PROFILE",
}


@app.command("completion")
def completion_command(
    shell: Annotated[
        Shell | None,
        typer.Argument(
            metavar="ОБОЛОЧКА",
            help="bash, zsh, fish, powershell или pwsh (по умолчанию — из переменной SHELL).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Напечатать сценарий дополнения команд клавишей Tab для оболочки.

    Пример: mentorkit completion bash >> ~/.bashrc (подействует в новом окне терминала)
    """
    from typer._completion_shared import get_completion_script

    from mentorkit.errors import UsageError

    name = shell.value if shell else Path(os.environ.get("SHELL", "")).name
    if name not in _PLACES:
        raise UsageError(
            "не понять, какая у вас оболочка: укажите её — bash, zsh, fish, powershell или pwsh",
            hint="например: mentorkit completion bash >> ~/.bashrc",
        )
    typer.echo(
        get_completion_script(prog_name="mentorkit", complete_var="_MENTORKIT_COMPLETE", shell=name)
    )
