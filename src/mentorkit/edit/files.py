"""Changing a user's file safely: under a lock, from a file that reads, by an atomic replace.

Two edits of one file at once take turns on a lock (a file in the system's temporary folder, so
the repository gets no stray files), and an edit also refuses to write if the file changed since
it was read (an editor that saved it meanwhile takes no lock). The new text goes to a temporary
file in the same folder, is flushed to the disk, and replaces the old one with `os.replace`: a
reader sees the old file or the new one, never half of either.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from mentorkit.edit.yamltext import EditError
from mentorkit.errors import os_reason
from mentorkit.load.yamlfile import decode

LOCK_WAIT_SECONDS = 30.0


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold the lock of `path` (other mentorkit processes editing it wait for it)."""
    digest = hashlib.sha1(str(path.resolve()).encode("utf-8")).hexdigest()[:16]
    lock_path = Path(tempfile.gettempdir()) / f"mentorkit-{digest}.lock"
    with open(lock_path, "a+b") as handle:
        _acquire(handle, path)
        try:
            yield
        finally:
            _release(handle)


def _acquire(handle: IO[bytes], path: Path) -> None:
    if sys.platform == "win32":  # pragma: no cover - tested on POSIX only
        import msvcrt

        deadline = time.monotonic() + LOCK_WAIT_SECONDS
        handle.seek(0)
        while True:
            try:
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
                return
            except OSError:
                if time.monotonic() > deadline:
                    raise _busy(path) from None
                time.sleep(0.1)
    import fcntl

    deadline = time.monotonic() + LOCK_WAIT_SECONDS
    while True:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() > deadline:
                raise _busy(path) from None
            time.sleep(0.02)


def _release(handle: IO[bytes]) -> None:
    if sys.platform == "win32":  # pragma: no cover
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _busy(path: Path) -> EditError:
    return EditError(
        f"{path}: файл правит другая команда mentorkit, и она не закончила за "
        f"{LOCK_WAIT_SECONDS:.0f} с; файл не изменён",
        hint="дождитесь её окончания и повторите команду",
    )


def read_text(path: Path, shown: str) -> tuple[bytes, str]:
    """The bytes of a file and its text; a file that cannot be read is an EditError."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise EditError(f"{shown}: файл не читается: {os_reason(error)}") from None
    text, problem = decode(raw, shown)
    if problem is not None:
        raise EditError(f"{problem.location}: {problem.message}; файл не изменён")
    assert text is not None
    return raw, text


def edit_file(path: Path, shown: str, change: Callable[[str], str]) -> tuple[str, str]:
    """Apply `change` to the text of `path` and write the result; (old text, new text)."""
    with locked(path):
        raw, text = read_text(path, shown)
        new = change(text)
        if new == text:
            return text, new
        bom = b"\xef\xbb\xbf" if raw.startswith(b"\xef\xbb\xbf") else b""
        data = bom + new.encode("utf-8")
        try:
            unchanged = path.read_bytes() == raw
        except OSError:
            unchanged = False
        if not unchanged:
            raise EditError(
                f"{shown}: файл изменился, пока mentorkit его правил (его сохранила другая "
                "программа); файл не тронут",
                hint="сохраните файл в редакторе и повторите команду",
            )
        replace_atomic(path, data, shown)
        return text, new


def replace_atomic(path: Path, data: bytes, shown: str) -> None:
    """Write `data` as the new content of `path`: temporary file, fsync, os.replace."""
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}")
    try:
        replace_file(path, data, temporary)
    except OSError as error:
        raise EditError(
            f"{shown}: не удалось записать файл: {os_reason(error)}; файл остался прежним",
            hint="закройте файл в других программах и проверьте, что папка доступна для записи",
        ) from None


def replace_file(path: Path, data: bytes, temporary: Path) -> None:
    """The one writer of a user's file (edits, documents, imports, calendars, schemas): `data`
    into `temporary` (created here, never an existing file), flushed and fsynced, given the
    permissions of the file it replaces, then os.replace and an fsync of the folder. On any
    OSError the temporary file is removed and `path` is as it was."""
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        mode = 0o644
    replaced = False
    try:
        handle = os.open(temporary, _FLAGS, 0o600)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
        replaced = True
    finally:
        if not replaced:
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)
    _sync_folder(path.parent)


_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no directory handles to sync)."""
    if sys.platform == "win32":  # pragma: no cover
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
