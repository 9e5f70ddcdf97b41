"""Writing a file so that a reader never sees half of it: a temporary file beside it, flushed
and fsynced, then os.replace. Whatever stops the write (a full disk, Ctrl+C, SIGTERM) removes the
temporary file: its name is chosen before the file is created, so no moment leaves it behind."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from mentorkit.errors import OutputError, os_reason

_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def temporary_name(path: Path) -> Path:
    """The temporary file a write of `path` goes through: «.NAME.XXXXXXXX» beside it."""
    return path.with_name(f".{path.name}.{secrets.token_hex(4)}")


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file in the same folder."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(
            f"не удалось создать папку {path.parent}: {os_reason(error)}",
            hint="проверьте, что папка доступна для записи",
        ) from None
    temporary = temporary_name(path)
    replaced = False
    try:
        handle = os.open(temporary, _FLAGS, 0o644)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
        replaced = True
    except OSError as error:
        hint = "закройте файл в Word или LibreOffice и повторите" if path.exists() else None
        if path.is_dir():
            hint = f"укажите файл, а не папку: {path.as_posix().rstrip('/')}/ИМЯ{path.suffix}"
        raise OutputError(f"не удалось записать {path}: {os_reason(error)}", hint) from None
    finally:
        if not replaced:
            # Even if the folder refuses that too, the error that got us here is the one to show.
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)
