"""Finding the repository a path belongs to: the folder holding mentorkit.yaml.

Apart from the loader (`repository`), which imports pydantic and the models: `render` finds the
root and starts its child process before it imports them (render/child.py).
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from mentorkit.errors import RepositoryNotFound, os_reason
from mentorkit.folders import missing_path_hint
from mentorkit.load.safepath import exists_entry, is_folder

CONFIG = "mentorkit.yaml"

__all__ = ["CONFIG", "find_root", "relative_in"]


def find_root(start: Path) -> Path:
    """The folder holding mentorkit.yaml, looking upward from `start` as git looks for .git."""
    shown = Path(os.path.abspath(start))
    _check_start(shown)
    try:
        folder = (shown if shown.is_dir() else shown.parent).resolve()
        for candidate in (folder, *folder.parents):
            if exists_entry(candidate / CONFIG) and not is_folder(candidate / CONFIG):
                return candidate
    except (OSError, RuntimeError) as error:
        reason = os_reason(error) if isinstance(error, OSError) else "ссылки ведут по кругу"
        raise RepositoryNotFound(f"путь {shown} не открывается: {reason}") from None
    raise RepositoryNotFound(
        f"{shown} — не репозиторий mentorkit: ни в этой папке, ни выше нет файла {CONFIG}",
        hint="перейдите в папку репозитория или создайте новый: mentorkit init ПАПКА",
    )


def _check_start(path: Path) -> None:
    """A path given on the command line that cannot be followed, said in its own words."""
    try:
        os.stat(path)
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise RepositoryNotFound(
                f"путь {path} — символическая ссылка, которая ведёт по кругу",
                hint="укажите сам файл или папку репозитория",
            ) from None
        if error.errno == errno.ENOENT and os.path.lexists(path):
            raise RepositoryNotFound(
                f"путь {path} — символическая ссылка на то, чего нет",
                hint="укажите сам файл или папку репозитория",
            ) from None
        if error.errno == errno.ENOENT:
            raise RepositoryNotFound(
                f"путь {path} не существует", hint=missing_path_hint(path)
            ) from None
        raise RepositoryNotFound(f"путь {path} не открывается: {os_reason(error)}") from None


def relative_in(root: Path, path: Path) -> str | None:
    """`path` relative to the repository at `root`, None where it is not inside it; the last
    part is not followed when it is a link (a link out of the repository is then refused by
    the reader, with its own problem, instead of being read as the file it points to)."""
    try:
        absolute = Path(os.path.abspath(path))
        folder = absolute.parent.resolve()
        return (folder / absolute.name).relative_to(root).as_posix()
    except (OSError, RuntimeError, ValueError):
        return None
