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
        relative = Path(os.path.relpath(path.resolve(), Path.cwd().resolve()))
    except ValueError:  # another drive
        return path
    # «../orders» is how one writes a neighbour; «../../..» is better said from the root.
    return path.resolve() if relative.parts[:2] == ("..", "..") else relative


def missing_path_hint(path: Path, rest: str = "") -> str:
    """What to give for `path`, which is not there: the close name in its folder (a slip in
    the name: «roadmap/2023-2024.yaml» for «roadmaps/2023-2024.yaml»), or what the folder
    holds. `rest`: the part of the path below `path`, for a folder that is not there."""
    parent = path.parent
    if parent != path and not parent.exists():
        return missing_path_hint(parent, f"/{path.name}{rest}")
    try:
        names = sorted(entry.name for entry in parent.iterdir() if not entry.name.startswith("."))
    except OSError:
        return "проверьте путь"
    shown = _as_written(parent).as_posix()
    prefix = "" if shown == "." else shown.rstrip("/") + "/"
    close = [name for name in names if Path(name).stem == path.stem]  # .yml for .yaml
    if not close and len(path.stem) >= 5:  # in a short name every letter counts: «146», «11»
        stems = {Path(name).stem: name for name in names}
        import difflib  # here: only a misspelling needs it, every check loads this

        close = [stems[s] for s in difflib.get_close_matches(path.stem, stems, n=1, cutoff=0.8)]
    if close:
        return f"возможно, {prefix}{close[0]}{rest}?"
    if not names:
        return f"проверьте путь: папка {prefix or './'} пуста"
    more = f" и ещё {len(names) - SHOWN}" if len(names) > SHOWN else ""
    return f"проверьте путь; в {prefix or './'} есть: {', '.join(names[:SHOWN])}{more}"
