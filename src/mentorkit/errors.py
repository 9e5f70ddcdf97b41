"""The fatal errors: the command cannot run at all. Everything else is a Problem."""

from __future__ import annotations


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
