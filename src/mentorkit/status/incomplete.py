"""What the figures leave out: the files, or parts of files, that could not be read.

One small function, so that it can follow the loader: today a file that fails to load is dropped
whole, and every error the loader reports means that its file, or a part of it, was not read.
When the loader lists what it could not read itself, only `unread_parts` changes.
"""

from __future__ import annotations

from collections.abc import Sequence

from mentorkit.load.repository import Repository
from mentorkit.problems import Problem, Severity
from mentorkit.status.results import Unread


def unread_parts(repo: Repository, problems: Sequence[Problem]) -> tuple[Unread, ...]:
    """Every error of loading `repo`, in file and line order: each is something not read."""
    del repo  # the loader's own list of what it could not read will come from here
    errors = sorted((p for p in problems if p.severity == Severity.ERROR), key=lambda p: p.sort_key)
    return tuple(Unread(p.location.path, p.location.line, p.code, p.message) for p in errors)
