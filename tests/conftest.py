"""Shared fixtures: small repositories written inline, the data cases, a console to read."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from io import StringIO
from pathlib import Path

import pytest
from rich.console import Console

DATA = Path(__file__).parent / "data"
BASE = DATA / "base"
EXAMPLES = Path(__file__).parent.parent / "roadmaps"


def write_tree(root: Path, files: dict[str, str | bytes]) -> Path:
    """Write `files` ({relative path: text or bytes}) under `root` and return `root`."""
    for relpath, content in files.items():
        path = root / relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


def overlay(case: Path, target: Path) -> Path:
    """The base repository with the files of `case` laid over it (a file named `*.delete`
    removes its namesake)."""
    shutil.copytree(BASE, target)
    for path in sorted(case.rglob("*")):
        if path.is_dir() or path.name in ("EXPECTED", "MESSAGES"):
            continue
        rel = path.relative_to(case)
        if rel.suffix == ".delete":
            (target / rel.with_suffix("")).unlink()
            continue
        (target / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target / rel)
    return target


@pytest.fixture(autouse=True)
def _no_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same output whoever runs the tests: pytest-xdist sets COLUMNS in its workers, and a
    width that is set makes the commands wrap their text where a pipe would not."""
    monkeypatch.delenv("COLUMNS", raising=False)


@pytest.fixture(scope="session")
def _code_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("code-cache")


@pytest.fixture(autouse=True)
def _cache_in_tmp(monkeypatch: pytest.MonkeyPatch, _code_cache: Path) -> None:
    """The commands the tests run keep their cache of compiled code (mentorkit.codecache) in a
    temporary folder of this session, never in the home of whoever runs them."""
    monkeypatch.setenv("MENTORKIT_CACHE", str(_code_cache))


@pytest.fixture
def tree(tmp_path: Path) -> Callable[[dict[str, str | bytes]], Path]:
    def make(files: dict[str, str | bytes]) -> Path:
        return write_tree(tmp_path / "repo", files)

    return make


@pytest.fixture
def base_repo(tmp_path: Path) -> Path:
    target = tmp_path / "repo"
    shutil.copytree(BASE, target)
    return target


def text_console() -> tuple[Console, StringIO]:
    buffer = StringIO()
    return Console(file=buffer, width=100, color_system=None, highlight=False), buffer


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """`mentorkit ARGS` through its entry point: the exit code, standard output and error."""
    from mentorkit.cli import main

    with pytest.raises(SystemExit) as exit_info:
        main(list(args))
    out, err = capsys.readouterr()
    code = exit_info.value.code
    return (code if isinstance(code, int) else 0), out, err


def modules_of(argv: list[str], cwd: Path | None = None) -> tuple[str, list[str]]:
    """What `mentorkit ARGV` prints to a pipe, run in a fresh Python, and the top-level modules
    it had imported by its end (to show what a command does not load)."""
    code = (
        "import sys\n"
        "from mentorkit.cli import main\n"
        "try:\n"
        f"    main({argv!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        "sys.stderr.write(' '.join(sorted({m.split('.')[0] for m in sys.modules})))\n"
    )
    environment = {key: value for key, value in os.environ.items() if key != "COLUMNS"}
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=environment,
        cwd=cwd,
    )
    return done.stdout, done.stderr.split()
