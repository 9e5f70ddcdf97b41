"""Every command and sub-command answers --help in Russian; the new ones with an example."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import typer
from typer._click import core as click
from typer.core import TyperGroup, TyperOption

from mentorkit import __version__
from mentorkit.cli import app
from tests.conftest import run

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


def _paths() -> list[str]:
    found: list[str] = []

    def walk(command: object, prefix: list[str]) -> None:
        if isinstance(command, TyperGroup):
            for name, sub in sorted(command.commands.items()):
                found.append(" ".join([*prefix, name]))
                walk(sub, [*prefix, name])

    walk(typer.main.get_command(app), [])
    return found


@pytest.mark.parametrize("path", _paths())
def test_help_of_every_command(path: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, *path.split(), "--help")
    assert code == 0
    assert "Использование:" in out
    assert "Usage" not in out and "Show this message" not in out
    words = re.findall("[A-Za-z]{4,}", re.sub(r"mentorkit|--?[\w-]+|\b[a-z_]+\b", "", out))
    assert not [
        w
        for w in words
        if w
        not in {
            "YAML",
            "JSON",
            "GitHub",
            "GitLab",
            "SARIF",
            "JUnit",
            "Outlook",
            "Google",
            "Yandex",
            "Word",
            "LibreOffice",
            "Markdown",
            "Tab",
            "SHELL",
            "VS",
            "Code",
            "PDF",
            "CI",
            "iCalendar",
            "school",
        }
    ], out
    assert re.search(r"Примеры?: mentorkit ", out), out
    assert f"mentorkit {path}" in README, path
    usage = out[out.index("Использование:") :].splitlines()[0]
    assert not re.findall(r"\b[A-Z]{2,}\b", usage), usage


def _command(path: str) -> tuple[Any, Any]:
    command: Any = typer.main.get_command(app)
    for name in path.split():
        command = command.commands[name]
    return command, click.Context(command)


@pytest.mark.parametrize("path", _paths())
def test_every_option_names_its_values(path: str) -> None:
    """An option that takes a value says which: a Russian placeholder (ДАТА, ФАЙЛ) or the list
    of its choices («table|json|markdown»), never an English type name."""
    command, ctx = _command(path)
    for param in command.params:
        if not isinstance(param, TyperOption) or param.is_flag:
            continue
        shown = param.display_type_rich(ctx) or ""
        assert re.search("[А-Я]", shown) or re.fullmatch(r"[a-z-]+(\|[a-z-]+)+", shown), (
            path,
            param.opts,
            shown,
        )


def test_walks_sub_commands() -> None:
    paths = set(_paths())
    assert {"render order", "render plan", "render pair", "templates list", "templates copy"} <= (
        paths
    )
    assert {"add person", "add item", "add pair"} <= paths


def test_an_english_placeholder_is_caught(capsys: pytest.CaptureFixture[str]) -> None:
    """Positive control of the usage-line assertion above: the old `[WHO]` fails it."""
    usage = "Использование: mentorkit render pair [ПАРАМЕТРЫ] {ФАЙЛ} [WHO]"
    assert re.findall(r"\b[A-Z]{2,}\b", usage) == ["WHO"]


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0
    assert out.strip() == f"mentorkit {__version__}"


def test_completion_script(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = run(capsys, "completion", "bash")
    assert code == 0
    assert "_MENTORKIT_COMPLETE" in out and "complete -o default -F" in out
    monkeypatch.setenv("SHELL", "/usr/bin/zsh")
    code, out, _ = run(capsys, "completion")
    assert "#compdef mentorkit" in out
    monkeypatch.setenv("SHELL", "/bin/tcsh")
    code, _, err = run(capsys, "completion")
    assert code == 2
    assert "укажите её — bash, zsh, fish, powershell или pwsh" in err


def test_completion_answers_the_shell(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("_MENTORKIT_COMPLETE", "complete_zsh")
    monkeypatch.setenv("_TYPER_COMPLETE_ARGS", "mentorkit check --format ")
    _, out, _ = run(capsys)
    assert '"junit"' in out and '"sarif"' in out


@pytest.mark.parametrize("path", ["check", "status", "deadline", "done", "meeting"])
def test_date_options_name_both_forms(path: str, capsys: pytest.CaptureFixture[str]) -> None:
    """--today (and --date) take 2024-01-20 and 20.01.2024 alike: the help says so."""
    _, out, _ = run(capsys, *path.split(), "--help")
    assert "ГГГГ-ММ-ДД или ДД.ММ.ГГГГ" in " ".join(re.sub(r"[│\s]+", " ", out).split()), out
