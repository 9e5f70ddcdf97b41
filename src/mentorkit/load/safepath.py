"""Reading only inside the repository: a file a pull request adds may be a symbolic link to
/etc/passwd, to /dev/zero, to a FIFO that never answers, or into another repository.

Every path mentorkit reads from a repository goes through `refusal` (which opens nothing) or
`read_inside` (which refuses first, then opens without waiting on a FIFO and reads at most a
bounded number of bytes). Links inside the repository are fine; a link out of it, a link that
leads nowhere or in a loop, and anything but a regular file are refused with their own codes.
Messages name the link and what it points to as written in the repository, never what the
target holds.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from mentorkit.problems import LINK_BROKEN, LINK_OUTSIDE, NOT_REGULAR, Code
from mentorkit.records import dataclass


@dataclass(frozen=True)
class Refusal:
    """Why a path of the repository is not read: a problem code and a Russian message."""

    code: Code
    message: str


class Refused(Exception):
    """A path that must not be read (see `Refusal`)."""

    def __init__(self, refusal: Refusal) -> None:
        super().__init__(refusal.message)
        self.refusal = refusal


class TooLarge(Exception):
    """A file over the reading limit: its size in bytes."""

    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


def is_within(path: str | Path, folder: str | Path) -> bool:
    """Whether `path` is `folder` or below it (both as given: resolve them first)."""
    path, folder = os.path.normpath(path), os.path.normpath(folder)
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def real_inside(root: Path, path: Path) -> bool:
    """Whether `path`, with every link followed, stays inside the repository at `root`."""
    return is_within(os.path.realpath(path), os.path.realpath(root))


def _link_in_path(root: Path, path: Path) -> tuple[str, str] | None:
    """The first link on the way from `root` to `path` and what it points to, as written."""
    try:
        relative = path.relative_to(root)
    except ValueError:
        return None
    current = root
    for part in relative.parts:
        current = current / part
        if current.is_symlink():
            try:
                target = os.readlink(current)
            except OSError:
                target = "?"
            return current.relative_to(root).as_posix(), target
    return None


_KINDS = (
    (stat.S_ISFIFO, "именованный канал (FIFO)"),
    (stat.S_ISCHR, "устройство"),
    (stat.S_ISBLK, "устройство"),
    (stat.S_ISSOCK, "сокет"),
)


def _kind(mode: int) -> str:
    for test, name in _KINDS:
        if test(mode):
            return name
    return "не обычный файл"


def refusal(
    root: Path, path: Path, folder_ok: bool = False, outside_ok: bool = False
) -> Refusal | None:
    """Why `path` (in the repository at `root`) must not be read, or None; opens nothing.
    A path that does not exist is not refused here: whoever reads it says it is missing.
    `outside_ok`: a file the user named outside the repository on purpose (people kept out of
    git) is read wherever it is, but still only if it is a regular file."""
    if not os.path.lexists(path):
        return None
    link = _link_in_path(root, path)
    if not outside_ok and not real_inside(root, path):
        if link is None:
            return Refusal(LINK_OUTSIDE, "путь ведёт за пределы репозитория: файл не прочитан")
        name, target = link
        return Refusal(
            LINK_OUTSIDE,
            f"{name} — символическая ссылка на «{target}», за пределы репозитория: mentorkit "
            "читает только файлы внутри репозитория; положите на её место сам файл",
        )
    try:
        info = os.stat(path)
    except OSError as error:
        name, target = link or (path.name, "?")
        if error.errno == errno.ELOOP:
            return Refusal(
                LINK_BROKEN,
                f"{name} — символическая ссылка, которая ведёт по кругу (на «{target}»): "
                "замените её самим файлом",
            )
        if error.errno in (errno.ENOENT, errno.ENOTDIR):
            return Refusal(
                LINK_BROKEN,
                f"{name} — символическая ссылка на «{target}», которого нет: замените её "
                "самим файлом или удалите",
            )
        return None  # any other refusal of the system is reported by the reader
    if stat.S_ISREG(info.st_mode) or (folder_ok and stat.S_ISDIR(info.st_mode)):
        return None
    if stat.S_ISDIR(info.st_mode):
        return None  # a folder where a file is wanted: the reader says so in its own words
    return Refusal(
        NOT_REGULAR,
        f"это {_kind(info.st_mode)}, а не обычный файл: mentorkit читает только файлы; "
        "удалите его или замените файлом",
    )


def read_inside(root: Path, relpath: str, limit: int, outside_ok: bool = False) -> bytes:
    """The bytes of `root/relpath`, refused (`Refused`) where it leaves the repository (unless
    `outside_ok`) or is not a regular file, `TooLarge` over `limit` bytes; `OSError` where the
    system refuses."""
    path = root / relpath
    found = refusal(root, path, outside_ok=outside_ok)
    if found is not None:
        raise Refused(found)
    # O_NONBLOCK: a FIFO put in place after the check still cannot make the open wait.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    handle = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode):
            if stat.S_ISDIR(info.st_mode):
                raise IsADirectoryError(errno.EISDIR, "is a directory", str(path))
            raise Refused(Refusal(NOT_REGULAR, f"это {_kind(info.st_mode)}, а не обычный файл"))
        if info.st_size > limit:
            raise TooLarge(info.st_size)
        chunks = []
        left = limit + 1
        while left > 0:
            chunk = os.read(handle, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        data = b"".join(chunks)
        if len(data) > limit:
            raise TooLarge(len(data))  # a file that grows while it is read
        return data
    finally:
        os.close(handle)


def exists_entry(path: Path) -> bool:
    """Whether something stands at `path`, a broken link or a FIFO included (`exists` and
    `is_file` say no to those, and the file would then be silently skipped)."""
    return os.path.lexists(path)


def is_folder(path: Path) -> bool:
    """A real folder, not a link to one: mentorkit does not walk through links."""
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except OSError:
        return False


def output_refusal(root: Path, target: Path) -> str | None:
    """Why a document must not be written to `target`, or None: a path inside the repository
    whose folder is a link out of it (into another repository, say) is refused; a path the
    user names outside the repository is theirs to choose."""
    absolute = Path(os.path.abspath(target))
    if not is_within(absolute, os.path.abspath(root)) and not is_within(
        absolute, os.path.realpath(root)
    ):
        return None
    folder = absolute.parent
    while not os.path.lexists(folder) and folder != folder.parent:
        folder = folder.parent
    if real_inside(root, folder) and not (
        os.path.islink(absolute) and not real_inside(root, absolute)
    ):
        return None
    return (
        f"{target}: папка или файл на этом пути — символическая ссылка за пределы репозитория; "
        "документ туда не записан"
    )
