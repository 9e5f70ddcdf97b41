"""The fatal errors: the command cannot run at all. Everything else is a Problem."""

from __future__ import annotations

import errno


class MentorkitError(Exception):
    """A failure the user must fix before the command can run; its message is in Russian."""

    exit_code = 2

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class RepositoryNotFound(MentorkitError):
    pass


class UsageError(MentorkitError):
    pass


class TemplateError(MentorkitError):
    exit_code = 1


class RenderRefused(MentorkitError):
    exit_code = 1


class OutputError(MentorkitError):
    """A rendered document could not be written."""

    exit_code = 1


class ConversionError(MentorkitError):
    """A .docx could not be converted to PDF (no LibreOffice, a time-out, a failed conversion)."""

    exit_code = 1


class Interrupted(MentorkitError):
    """Ctrl+C (SIGINT) or SIGTERM stopped the command; exit 128 + the signal's number."""

    exit_code = 130


_OS_REASONS = {
    errno.EACCES: "нет прав доступа",
    errno.EPERM: "нет прав доступа",
    errno.EROFS: "диск или папка только для чтения",
    errno.ENOSPC: "на диске нет места",
    errno.ENOENT: "нет такого файла или папки",
    errno.EEXIST: "на этом месте уже есть файл, а нужна папка",
    errno.ENOTDIR: "в пути вместо папки стоит файл",
    errno.EISDIR: "это папка, а нужен файл",
    errno.ENAMETOOLONG: "слишком длинное имя",
    errno.EBUSY: "файл занят другой программой",
}


def os_reason(error: OSError) -> str:
    """Why the system refused, in Russian (the system's own words are English)."""
    return _OS_REASONS.get(error.errno or 0, f"ошибка системы {error.errno or ''}".strip())
