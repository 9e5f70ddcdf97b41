"""Writing a file so that a reader never sees half of it: a temporary file beside it, flushed
and fsynced, then os.replace. Whatever stops the write (a full disk, Ctrl+C, SIGTERM) removes the
temporary file: its name is chosen before the file is created, so no moment leaves it behind."""

from __future__ import annotations

import secrets
from pathlib import Path

from mentorkit.edit.files import replace_file
from mentorkit.errors import OutputError, os_reason


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
    try:
        replace_file(path, data, temporary_name(path))
    except OSError as error:
        hint = "закройте файл в Word или LibreOffice и повторите" if path.exists() else None
        if path.is_dir():
            hint = f"укажите файл, а не папку: {path.as_posix().rstrip('/')}/ИМЯ{path.suffix}"
        raise OutputError(f"не удалось записать {path}: {os_reason(error)}", hint) from None
