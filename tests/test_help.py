"""Every command and sub-command answers --help in Russian; the new ones with an example."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer
from typer.core import TyperGroup

from mentorkit import __version__
from mentorkit.cli import app
from tests.conftest import run

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
WITH_EXAMPLE = {
    "init",
    "done",
    "meeting",
    "add",
    "add person",
    "add item",
    "add pair",
    "schema",
    "calendar",
    "completion",
}


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
    if path in WITH_EXAMPLE:
        assert "Пример: mentorkit " in out, out
    assert f"mentorkit {path}" in README, path


def test_the_new_commands_are_there() -> None:
    assert set(_paths()) >= WITH_EXAMPLE


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
