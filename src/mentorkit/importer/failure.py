"""Why a file could not be imported at all: one Russian message per kind of file that is not a
roadmap to read. Nothing is written for such a file."""

from __future__ import annotations

from mentorkit.errors import MentorkitError


class ImportFailed(MentorkitError):
    """The file is not a document mentorkit can read, or holds no roadmap."""

    exit_code = 1
