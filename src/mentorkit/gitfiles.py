"""Which files of a repository git keeps: a name in a tracked file stays in its history for
good, which is what the warning about minors in git (MK410) is about."""

from __future__ import annotations

import os
from pathlib import Path


def tracked(root: Path, paths: list[str]) -> set[str]:
    """Those of `paths` (relative to `root`) that git tracks; none where `root` is not inside a
    git repository or git cannot be run (the warning is then not given, never guessed)."""
    inside = [path for path in paths if not Path(path).is_absolute()]
    if not inside:
        return set()
    import subprocess  # here: only a repository with minors asks git, and every check imports this

    try:
        done = subprocess.run(
            ["git", "-C", str(root), "ls-files", "-z", "--", *inside],
            capture_output=True,
            check=False,
            timeout=10,
            env={**os.environ, "GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"},
        )
    except (OSError, subprocess.SubprocessError):
        return set()
    if done.returncode != 0:
        return set()
    return {name for name in done.stdout.decode("utf-8", "replace").split("\0") if name}
