"""A folder given where a file is wanted: say so, and name the files inside it to give instead."""

from __future__ import annotations

import os
from pathlib import Path

from mentorkit.errors import UsageError

SHOWN = 3
"""How many of the folder's files the hint names: enough to copy one, few enough to read."""


def folder_instead_of_file(
    path: Path,
    what: str,
    suffixes: tuple[str, ...] = (".yaml", ".yml"),
    option: str = "",
    usual: Path | None = None,
) -> UsageError:
    """The error for `path`, a folder, given as `what` («файл приказа»): the hint names a few
    of its files with one of `suffixes`, as the user can write them, and the glob for all.
    `usual`: the folder where such files live (orders/): its files are named instead when the
    folder given is another one (the repository's root, say)."""
    prefix = f"{option} " if option else ""
    message = f"{prefix}{path.as_posix().rstrip('/') or '.'} — это папка, а нужен {what}"
    if usual is not None and usual.is_dir() and usual.resolve() != path.resolve():
        path = _as_written(usual)
    shown = path.as_posix().rstrip("/") or "."
    files = sorted(
        entry.name
        for entry in _entries(path)
        if entry.suffix.lower() in suffixes and not entry.name.startswith(".")
    )
    if not files:
        # .yml is the rarer spelling of .yaml: the hint names the usual one.
        kinds = ".yaml" if ".yaml" in suffixes else " или ".join(suffixes)
        return UsageError(message, hint=f"в {shown}/ нет файлов {kinds}: укажите путь к файлу")
    examples = ", ".join(f"{shown}/{name}" for name in files[:SHOWN])
    more = f" и ещё {len(files) - SHOWN}" if len(files) > SHOWN else ""
    if len(files) == 1:
        return UsageError(message, hint=f"укажите файл: {examples}")
    pattern = f"{shown}/*{suffixes[0]}"
    return UsageError(
        message,
        hint=f"укажите файл, например {examples}{more} — или все сразу: {pattern}",
    )


def _entries(path: Path) -> list[Path]:
    try:
        return [entry for entry in path.iterdir() if entry.is_file()]
    except OSError:
        return []


def _as_written(path: Path) -> Path:
    """`path` from the current folder, as a user would type it («../orders»)."""
    try:
        return Path(os.path.relpath(path.resolve(), Path.cwd().resolve()))
    except ValueError:  # another drive
        return path
