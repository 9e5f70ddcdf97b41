"""The entry point answers --version and --help without loading the command line, with exactly
the text the command line itself would print."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest

from mentorkit import __version__, start
from mentorkit.cli import helptext


@pytest.mark.parametrize(("colour", "name"), [(False, "root.txt"), (True, "root.ansi")])
def test_stored_help_is_what_typer_prints(colour: bool, name: str) -> None:
    stored = (start.HELP / name).read_text(encoding="utf-8")
    assert stored == helptext.render(colour), (
        "the root --help changed: run `python -m mentorkit.cli.helptext` and commit cli/help/"
    )
    assert "Использование: mentorkit" in stored and "check" in stored


def test_version_and_help_are_answered_here(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (*start._ENVIRONMENT, "COLUMNS"):
        monkeypatch.delenv(name, raising=False)
    out = io.StringIO()
    assert start.answer(["--version"], out)
    assert out.getvalue() == f"mentorkit {__version__}\n"
    for flag in ("--help", "-h"):
        out = io.StringIO()
        assert start.answer([flag], out)
        assert out.getvalue() == (start.HELP / "root.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "environment"),
    [
        (["check", "--help"], {}),
        (["--help", "--version"], {}),
        ([], {}),
        (["--help"], {"FORCE_COLOR": "1"}),
        (["--help"], {"COLUMNS": "120"}),
    ],
)
def test_anything_else_goes_the_ordinary_way(
    monkeypatch: pytest.MonkeyPatch, args: list[str], environment: dict[str, str]
) -> None:
    for name in (*start._ENVIRONMENT, "COLUMNS"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    out = io.StringIO()
    assert not start.answer(args, out)
    assert out.getvalue() == ""


def test_an_encoding_without_cyrillic_goes_the_ordinary_way(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("COLUMNS", raising=False)
    out = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    assert not start.answer(["--help"], out)


def test_the_quick_answers_load_no_command_line() -> None:
    probe = (
        "import sys, io; from mentorkit import start; "
        "start.answer(['--help'], io.StringIO()); start.answer(['--version'], io.StringIO()); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('typer', 'rich', 'pydantic', 'click') or m.startswith('mentorkit.cli')))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_the_entry_point_hands_the_rest_to_the_command_line() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mentorkit", "chek"], capture_output=True, text=True
    )
    assert done.returncode == 2
    assert "нет команды «chek»" in done.stderr
