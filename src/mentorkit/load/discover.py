"""Finding the repositories a command names: one repository (or a folder inside it), or a folder
holding the repositories of many organisations (a district, a region).

Without a path the repository is found upward from the current folder, as `check` finds it; a
folder outside any repository is looked into to a bounded depth, leaving out hidden folders,
virtual environments and build output, so that `status` run in a home folder or /tmp neither
walks the whole disk nor counts test fixtures as schools. A folder that cannot be looked into is
reported, never silently dropped.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from mentorkit.errors import RepositoryNotFound, os_reason
from mentorkit.load.repository import CONFIG, find_root

MAX_DEPTH = 3
"""How many folders deep organisations are looked for: «край/район/школа» is three."""

SKIPPED_FOLDERS = frozenset(
    {
        "node_modules",
        "__pycache__",
        "venv",
        "env",
        "site-packages",
        "build",
        "dist",
        "htmlcov",
        "target",
    }
)
"""Folders that never hold an organisation (besides hidden ones and virtual environments)."""


@dataclass(frozen=True)
class Unlooked:
    """A folder that could not be looked into: organisations may be inside it."""

    path: Path
    reason: str


@dataclass(frozen=True)
class Discovery:
    roots: tuple[Path, ...]
    """Every repository found, once, in the order the paths were given."""
    unlooked: tuple[Unlooked, ...] = ()
    bases: tuple[tuple[Path, Path], ...] = ()
    """(root, the folder given it was found in), to show each root relative to what was asked."""

    def shown_folder(self, root: Path) -> str:
        """The organisation's folder as a user tells two schools of one name apart by it."""
        for found, base in self.bases:
            if found == root:
                relative = root.relative_to(base).as_posix()
                return relative if relative != "." else root.name
        return root.name


def find_repositories(paths: Sequence[Path]) -> list[Path]:
    """The roots of the repositories `paths` name (see `discover`)."""
    return list(discover(paths).roots)


def discover(paths: Sequence[Path]) -> Discovery:
    """The repositories `paths` name: each path is a repository (or a folder inside one), or a
    folder holding repositories up to MAX_DEPTH below it. No path: the repository around the
    current folder, or RepositoryNotFound, as `check` says it."""
    if not paths:
        root = find_root(Path.cwd())
        return Discovery((root,), (), ((root, root.parent),))
    roots: dict[Path, Path] = {}
    unlooked: list[Unlooked] = []
    for path in paths:
        found, missed, base = _repositories_at(path)
        for root in found:
            roots.setdefault(root, base)
        unlooked += missed
    return Discovery(tuple(roots), tuple(unlooked), tuple(roots.items()))


def _repositories_at(path: Path) -> tuple[list[Path], list[Unlooked], Path]:
    """The repositories at `path`, what could not be looked into, and the folder they are
    shown relative to."""
    try:
        root = find_root(path)
        return [root], [], root.parent
    except RepositoryNotFound:
        if not os.path.isdir(path):  # a link loop given as the path: said, not a crash
            raise
    real = Path(os.path.realpath(path))
    found, unlooked = below(real)
    if not found and not unlooked:
        raise RepositoryNotFound(
            f"{path} — не репозиторий mentorkit: файла {CONFIG} нет ни в этой папке, ни выше, "
            f"ни в папках внутри неё (до глубины {MAX_DEPTH}, кроме скрытых, виртуальных "
            "окружений и папок сборки)",
            hint="укажите папку репозитория (в ней лежит mentorkit.yaml) или папку, в которой "
            "лежат репозитории организаций",
        )
    return found, unlooked, real


def _skipped(folder: Path, name: str) -> bool:
    if name.startswith(".") or name in SKIPPED_FOLDERS:
        return True
    # A virtual environment under any name (python -m venv writes pyvenv.cfg at its top).
    return (folder / name / "pyvenv.cfg").is_file()


def below(folder: Path) -> tuple[list[Path], list[Unlooked]]:
    """Repositories under `folder`: a folder with mentorkit.yaml is not looked into further."""
    found: list[Path] = []
    unlooked: list[Unlooked] = []

    def failed(error: OSError) -> None:
        where = Path(error.filename) if error.filename else folder
        unlooked.append(Unlooked(where, os_reason(error)))

    top = len(folder.parts)
    for current, dirs, files in os.walk(folder, onerror=failed):
        here = Path(current)
        if CONFIG in files:
            found.append(here)
            dirs[:] = []
            continue
        if len(here.parts) - top >= MAX_DEPTH:
            dirs[:] = []
            continue
        dirs[:] = sorted(d for d in dirs if not _skipped(here, d))
    return sorted(found), sorted(unlooked, key=lambda u: u.path)
