"""Writing a file so that a reader never sees half of it: a temporary file beside it, then
os.replace."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from mentorkit.errors import OutputError, os_reason


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file in the same folder."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as error:
        raise OutputError(
            f"не удалось создать папку или файл рядом с {path}: {os_reason(error)}",
            hint="проверьте, что папка доступна для записи",
        ) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        hint = "закройте файл в Word или LibreOffice и повторите" if path.exists() else None
        raise OutputError(f"не удалось записать {path}: {os_reason(error)}", hint) from None
