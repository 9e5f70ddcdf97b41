"""A cache of code compiled at start-up, kept between runs as Python keeps .pyc files.

Every command compiles the same things anew: regular expressions (`re` parses and compiles them
in Python: about a tenth of `mentorkit check` on a small repository, mostly the long alternations
of the deadline reader and the patterns of the libraries it loads) and texts (a data class's
methods: `dataclasses` one `exec` per method, `mentorkit.records` one per class; a string
annotation: `typing.ForwardRef`, ~900 of them in pydantic_core's TypedDicts). What they compile
to depends on nothing but the pattern or the text and the Python, so the first run remembers it
and later runs take it from the cache (`mentorkit.regexcode`, `mentorkit.textcode`).

Where: `$MENTORKIT_CACHE`, else `$XDG_CACHE_HOME/mentorkit`, else `~/.cache/mentorkit`;
`MENTORKIT_CACHE=off` (or `0`, `no`, `false`) turns the cache off. One file per Python
(implementation, version, magic number of its .pyc, build of the regular expression engine),
`code-<implementation>-<version>-<magic>.marshal`; a file written by another Python, or one that
does not read (truncated, garbled: a checksum guards it), is ignored and everything is compiled
as ever. At the end of a command that compiled something new the file is written again, through
a temporary file in the same folder renamed over it (a reader never sees half a file; of two
writers at once, one wins), with the entries this run used first, then those other runs put
there, up to CAP_PATTERNS and CAP_TEXTS: the file does not grow without end. Nothing here ever
fails a command: a folder that cannot be made or written is left alone.

`mentorkit.start` installs it before the command line loads and saves it at the end (the forked
child of `render` saves its own before it exits); importing mentorkit as a library leaves `re`,
`dataclasses` and `typing` alone.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
from typing import Any

VARIABLE = "MENTORKIT_CACHE"
OFF = frozenset({"off", "0", "no", "false", "none"})
FORMAT = 1
MARK = "mentorkit code cache"
CAP_PATTERNS = 2_000
"""Patterns kept at most (the usual commands compile ~200)."""
CAP_TEXTS = 6_000
"""Texts kept at most (the usual commands compile ~800)."""

Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
"""What `_sre.compile` takes besides the pattern: the flags, the code, the number of groups
less one, group names to numbers and numbers to names."""

active = False
"""Whether the cache is in use in this process (installed by `mentorkit.start`)."""
patterns: dict[tuple[str, int], Entry] = {}
texts: dict[str, dict[str, bytes]] = {}
"""By mode ("exec", "eval"): text to its marshalled code."""
used_patterns: dict[tuple[str, int], None] = {}
used_texts: dict[tuple[str, str], None] = {}
"""What this run took from the cache or added to it, in the order it did."""
changed = False
"""Whether this run compiled something the cache did not have."""


def folder() -> str | None:
    """The cache folder, or None where the cache is turned off."""
    value = os.environ.get(VARIABLE, "").strip()
    if value:
        if value.lower() in OFF:
            return None
        return os.path.abspath(os.path.expanduser(value))
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):  # unset, or relative: ignored, as the XDG rules say
        home = os.path.expanduser("~")
        if not os.path.isabs(home):
            return None  # no home to keep it in: not the current folder either
        base = os.path.join(home, ".cache")
    return os.path.join(base, "mentorkit")


def key() -> tuple[Any, ...]:
    """What a file must have been written by: this Python, to the byte of its code objects
    (the magic number of its .pyc) and the build of its regular expression engine."""
    import _frozen_importlib_external
    import _sre  # type: ignore[import-not-found]

    return (
        FORMAT,
        sys.implementation.name,
        tuple(sys.version_info),
        _frozen_importlib_external.MAGIC_NUMBER,
        _sre.MAGIC,
        _sre.CODESIZE,
        sys.maxunicode,
        sys.flags.optimize,
    )


def file_name() -> str:
    import _frozen_importlib_external

    version = ".".join(map(str, sys.version_info[:3]))
    magic = _frozen_importlib_external.MAGIC_NUMBER.hex()
    return f"code-{sys.implementation.name}-{version}-{magic}.marshal"


def path() -> str | None:
    where = folder()
    return None if where is None else os.path.join(where, file_name())


def read(
    target: str | None = None,
) -> tuple[dict[tuple[str, int], Entry], dict[str, dict[str, bytes]]]:
    """The patterns and the texts of the file; empty where there is none, or it is for another
    Python, or it does not read."""
    target = target or path()
    if target is None:
        return {}, {}
    try:
        with open(target, "rb") as stored:
            raw = stored.read()
        mark, written_by, checksum, payload = marshal.loads(raw)
        if mark != MARK or written_by != key():
            return {}, {}
        import binascii

        if binascii.crc32(payload) != checksum:
            return {}, {}
        found, codes = marshal.loads(payload)
        if not isinstance(found, dict) or not isinstance(codes, dict):
            return {}, {}
        for by_mode in codes.values():
            if not isinstance(by_mode, dict):
                return {}, {}
        return found, codes
    except Exception:  # (a cache that does not read is no cache)
        return {}, {}


def supported() -> bool:
    """Whether this Python's `re` is one the pattern hook knows (CPython 3.11 and later)."""
    import re

    compiler = getattr(re, "_compiler", None)
    parser = getattr(re, "_parser", None)
    return (
        sys.implementation.name == "cpython"
        and compiler is not None
        and parser is not None
        and hasattr(compiler, "_code")
        and hasattr(parser, "parse")
    )


def install() -> bool:
    """Read the cache and have `re`, `dataclasses` and `typing` use it; say whether they do."""
    global active, patterns, texts
    if active:
        return True
    if folder() is None or not supported():
        return False
    patterns, texts = read()
    active = True
    from mentorkit import regexcode, textcode

    regexcode.install()
    textcode.install()
    return True


def uninstall() -> None:
    """`re`, `dataclasses` and `typing` as they were, the cache forgotten (for the tests)."""
    global active, patterns, texts, changed
    from mentorkit import regexcode, textcode

    regexcode.uninstall()
    textcode.uninstall()
    active = changed = False
    patterns, texts = {}, {}
    used_patterns.clear()
    used_texts.clear()


def remember_pattern(found: tuple[str, int], entry: Entry) -> None:
    global changed
    patterns[found] = entry
    used_patterns[found] = None
    changed = True


def remember_text(mode: str, source: str, code: bytes) -> None:
    global changed
    texts.setdefault(mode, {})[source] = code
    used_texts[mode, source] = None
    changed = True


def _kept(mine: dict[Any, Any], used: Any, current: dict[Any, Any], cap: int) -> dict[Any, Any]:
    """This run's entries first, then those of the file as it is now (other runs'), then the
    rest of what this run read; at most `cap`."""
    kept: dict[Any, Any] = {}
    for name in used:
        if len(kept) >= cap:
            return kept
        if name in mine:
            kept[name] = mine[name]
    for source in (current, mine):
        for name, value in source.items():
            if len(kept) >= cap:
                return kept
            kept.setdefault(name, value)
    return kept


def _flat(by_mode: dict[str, dict[str, bytes]]) -> dict[tuple[str, str], bytes]:
    """Texts by (mode, text), as `used_texts` names them."""
    return {
        (mode, source): code for mode, codes in by_mode.items() for source, code in codes.items()
    }


def save() -> bool:
    """Write the cache if this run compiled something new; say whether it was written. Never
    raises."""
    global changed
    if not active or not changed:
        return False
    try:
        target = path()
        if target is None:
            return False
        current_patterns, current_texts = read(target)
        kept_patterns = {
            (pattern, int(flags)): entry
            for (pattern, flags), entry in _kept(
                patterns, used_patterns, current_patterns, CAP_PATTERNS
            ).items()
        }
        kept_flat = _kept(_flat(texts), used_texts, _flat(current_texts), CAP_TEXTS)
        kept_texts: dict[str, dict[str, bytes]] = {}
        for (mode, source), code in kept_flat.items():
            kept_texts.setdefault(mode, {})[source] = code
        import binascii

        payload = marshal.dumps((kept_patterns, kept_texts))
        data = marshal.dumps((MARK, key(), binascii.crc32(payload), payload))
        os.makedirs(os.path.dirname(target), exist_ok=True)
        temporary = f"{target}.{os.getpid()}.tmp"
        try:
            with open(temporary, "wb") as out:
                out.write(data)
            os.replace(temporary, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
    except Exception:  # (read-only home, full disk: the command is done anyway)
        return False
    changed = False
    return True
