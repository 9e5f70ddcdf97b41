"""Which files of a repository git keeps: a name in a tracked file stays in its history for
good, which is what the warning about minors in git (MK410) is about.

The answer is what `git ls-files` says. In the ordinary case — a work tree of the user's own,
an index of version 2 to 4 with SHA-1 names, nothing git would read otherwise — the index file
is read here, as `git ls-files` reads it: starting git (and importing subprocess to start it)
was a twentieth of `mentorkit check` on a small repository. Anything else asks git itself.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


def tracked(root: Path, paths: list[str]) -> set[str]:
    """Those of `paths` (relative to `root`) that git tracks; none where `root` is not inside a
    git repository or git cannot be run (the warning is then not given, never guessed)."""
    inside = [path for path in paths if not Path(path).is_absolute()]
    if not inside:
        return set()
    read = _from_index(root, inside)
    if read is not None:
        return read
    return _ask_git(root, inside)


def _ask_git(root: Path, inside: list[str]) -> set[str]:
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


_GIT_SETTINGS = frozenset(
    {
        "GIT_DIR",
        "GIT_WORK_TREE",
        "GIT_INDEX_FILE",
        "GIT_COMMON_DIR",
        "GIT_CEILING_DIRECTORIES",
        "GIT_DISCOVERY_ACROSS_FILESYSTEM",
        "GIT_NAMESPACE",
        "GIT_OBJECT_DIRECTORY",
        "GIT_LITERAL_PATHSPECS",
        "GIT_GLOB_PATHSPECS",
        "GIT_NOGLOB_PATHSPECS",
        "GIT_ICASE_PATHSPECS",
        "GIT_DEFAULT_HASH",
    }
)
_GIT_PREFIXES = ("GIT_CONFIG", "GIT_TEST_")
"""Variables that change which repository git reads or how it matches a path (others, such as
GIT_SSL_CAINFO, do not)."""

_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./")
"""Characters of a path that git reads as itself in a pathspec (no glob, no magic)."""


def _from_index(root: Path, paths: list[str]) -> set[str] | None:
    """What `git -C root ls-files -- paths` prints, read from the index; None wherever the
    index or the repository is not the ordinary kind, or git might answer otherwise (git is
    then asked)."""
    if any(name in _GIT_SETTINGS or name.startswith(_GIT_PREFIXES) for name in os.environ):
        return None  # where git looks, or how it matches: git's to read
    wanted = []
    for path in paths:
        parts = path.split("/")
        plain = all(ch in _PLAIN or ord(ch) > 127 for ch in path)
        if not plain or any(part in ("", ".", "..") for part in parts):
            return None
        wanted.append(path)
    try:
        found = _git_dir(Path(os.path.realpath(root)))
        if found is None:
            return None
        top, git_dir = found
        if not _ordinary(top, git_dir):
            return None
        prefix = Path(os.path.realpath(root)).relative_to(top).as_posix()
        prefix = "" if prefix == "." else prefix + "/"
        entries = _index_entries(git_dir / "index")
    except (OSError, ValueError, IndexError, UnicodeDecodeError):
        return None
    if entries is None:
        return None
    kept = set()
    for path in wanted:
        full = prefix + path
        if full in entries:
            kept.add(path)
        elif any(entry.startswith(full + "/") for entry in entries):
            return None  # a folder: git lists what is inside it
    return kept


def _git_dir(start: Path) -> tuple[Path, Path] | None:
    """The top of the work tree `start` is in and its git folder, as git finds them."""
    for folder in (start, *start.parents):
        dot_git = folder / ".git"
        try:
            mode = os.lstat(dot_git).st_mode
        except FileNotFoundError:
            continue
        if stat.S_ISDIR(mode):
            # Not a repository (no HEAD): git would go on looking above; so does git itself.
            return (folder, dot_git) if (dot_git / "HEAD").exists() else None
        if stat.S_ISREG(mode):
            text = dot_git.read_text(encoding="utf-8").strip()
            if not text.startswith("gitdir: "):
                return None
            return folder, (folder / text[len("gitdir: ") :]).resolve()
        return None  # a link or something else: git's to read
    return None


def _ordinary(top: Path, git_dir: Path) -> bool:
    """A work tree of this user's (git refuses another's: «dubious ownership»), whose config
    asks for nothing that changes how the index is read or matched."""
    uid = os.getuid() if hasattr(os, "getuid") else None
    home = Path(os.path.expanduser("~"))
    configs = [git_dir / "config", home / ".gitconfig", home / ".config" / "git" / "config"]
    configs.append(Path("/etc/gitconfig"))
    common = git_dir / "commondir"
    if common.exists():
        configs.append((git_dir / common.read_text(encoding="utf-8").strip()).resolve() / "config")
    for path in (top, git_dir):
        if uid is None or os.stat(path).st_uid != uid:
            return False
    for config in configs:
        if not config.exists():
            continue
        text = config.read_text(encoding="utf-8", errors="replace").lower().replace(" ", "")
        if any(
            word in text
            for word in (
                "objectformat",
                "ignorecase=true",
                "worktree=",
                "bare=true",
                "sparse",
                "splitindex",
                "[include",
                "[includeif",
            )
        ):
            return False
    return True


def _index_entries(index: Path) -> set[str] | None:
    """The paths of the index (`git ls-files`, every stage), or None for a kind not read here."""
    try:
        data = index.read_bytes()
    except FileNotFoundError:
        return set()  # nothing added yet: git lists nothing
    if data[:4] != b"DIRC":
        return None
    version = int.from_bytes(data[4:8], "big")
    count = int.from_bytes(data[8:12], "big")
    if version not in (2, 3, 4):
        return None
    at = 12
    paths: set[str] = set()
    previous = b""
    for _ in range(count):
        mode = int.from_bytes(data[at + 24 : at + 28], "big")
        flags = int.from_bytes(data[at + 60 : at + 62], "big")
        if stat.S_ISDIR(mode):
            return None  # a sparse index's folder entry
        start = at + 62
        if flags & 0x4000:  # extended flags (version 3 and on)
            if version < 3:
                return None
            start += 2
        if version == 4:
            strip, start = _varint(data, start)
            end = data.index(b"\0", start)
            name = previous[: len(previous) - strip] + data[start:end]
            at = end + 1
        else:
            end = data.index(b"\0", start)
            name = data[start:end]
            at += (end - at + 8) // 8 * 8  # the entry and 1-8 NULs: a multiple of 8
        previous = name
        paths.add(name.decode("utf-8"))
    while at + 8 <= len(data) - 20:  # the extensions, before the checksum
        if data[at : at + 4] in (b"link", b"sdir"):
            return None  # a split or sparse index: more entries than these
        at += 8 + int.from_bytes(data[at + 4 : at + 8], "big")
    return paths


def _varint(data: bytes, at: int) -> tuple[int, int]:
    """git's offset encoding of version 4 («varint.c»)."""
    byte = data[at]
    value = byte & 0x7F
    at += 1
    while byte & 0x80:
        byte = data[at]
        value = ((value + 1) << 7) | (byte & 0x7F)
        at += 1
    return value, at
