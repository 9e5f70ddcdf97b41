"""The command line's own messages: close names for a mistyped command, «ёлочки» around values,
and the Russian help panels loaded only when help is shown."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import run


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["chek"], "нет команды «chek» — возможно, check?"),
        (["stat"], "нет команды «stat» — возможно, status?"),
        (["render", "ordr"], "нет команды «ordr» — возможно, order?"),
        (["check", "--formt", "json"], "нет параметра --formt — возможно, --format?"),
    ],
)
def test_a_mistyped_name_gets_the_close_one(
    capsys: pytest.CaptureFixture[str], args: list[str], expected: str
) -> None:
    code, _, err = run(capsys, *args)
    assert code == 2
    assert expected in err
    assert "Traceback" not in err


def test_a_name_close_to_nothing_gets_no_guess(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "абракадабра")
    assert code == 2
    assert "нет команды «абракадабра»" in err
    assert "возможно" not in err


def test_allowed_values_are_quoted_with_guillemets(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "check", "--format", "xml")
    assert code == 2
    assert "допустимы: «text», «json»" in err
    assert "'" not in err


def test_help_panels_are_russian_but_not_loaded_for_commands() -> None:
    probe = "import sys, mentorkit.cli; print('typer.rich_utils' in sys.modules)"
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert loaded.stdout.strip() == "False", loaded.stderr


def test_help_still_shows_russian_panels(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "render", "--help")
    assert code == 0
    assert "Параметры" in out and "Команды" in out
    assert "Options" not in out and "Commands" not in out
