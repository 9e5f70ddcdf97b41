"""Regular expressions from their compiled code in the cache (`mentorkit.codecache`) instead of
compiled anew by every process.

Python compiles a pattern in Python (`re._parser` parses it, `re._compiler` writes the code of
the matching engine, `_sre.compile` makes the `Pattern` of that code). The code depends on
nothing but the pattern, its flags and the Python, so `install()` has `re` (on a miss of its own
cache, where it calls `re._compiler.compile`) take a pattern's code from the cache: the
`Pattern` is then the very one the compiler makes (`==` compares the pattern, the flags and the
code). A pattern not there is compiled as ever, and its code remembered only if the `Pattern`
made of it is equal to the compiler's; bytes patterns and debug compiles are left alone.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import sys
from typing import Any

from mentorkit import codecache
from mentorkit.codecache import Entry


def entry(pattern: str, flags: int) -> Entry:
    """The compiled code of a pattern, as `re._compiler.compile` hands it to `_sre.compile`."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        int(flags | parsed.state.flags),
        code,
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


_DECLARING = ("mentorkit/lazyre.py", "mentorkit/load/yamlfile.py", "ruamel/yaml/util.py")
"""Code that compiles, when first needed, patterns declared at import: mentorkit's lazy patterns,
and the YAML resolver's (ruamel's own `LazyEval`, and their copies the loader makes)."""


def declared() -> bool:
    """Whether the pattern being compiled is one the code declares: compiled while a module is
    imported (its body on the stack), or by code that compiles declared patterns when first
    needed (`_DECLARING`, asking for it itself). A pattern built at run time may hold a user's
    data (a name, a number from their file), and a file in their home is no place for it
    (152-FZ): it is compiled, never remembered."""
    frame = sys._getframe(2)
    while frame is not None and frame.f_globals.get("__name__") in ("re", "functools"):
        frame = frame.f_back  # type: ignore[assignment]
    if frame is not None and frame.f_code.co_filename.replace("\\", "/").endswith(_DECLARING):
        return True  # the code that asked for the pattern compiles declared ones
    while frame is not None:
        importer = frame.f_back
        # a module's body run by the import system (not a script's, nor code a test runner execs)
        if (
            frame.f_code.co_name == "<module>"
            and importer is not None
            and importer.f_code.co_filename.startswith("<frozen importlib._bootstrap")
        ):
            return True
        frame = importer  # type: ignore[assignment]
    return False


def made(pattern: str, stored: Entry) -> Any:
    final, code, groups, groupindex, indexgroup = stored
    return _sre.compile(pattern, final, code, groups, dict(groupindex), indexgroup)


def install() -> None:
    """Have `re` take the code of every pattern in the cache from it, and remember others'."""
    import re

    compiler: Any = re._compiler  # type: ignore[attr-defined]
    if hasattr(compiler.compile, "original"):
        return
    compile_pattern = compiler.compile
    make = _sre.compile
    lookup = codecache.patterns.get
    used = codecache.used_patterns
    debug = int(re.DEBUG)

    def compile_from_cache(p: Any, flags: Any = 0) -> Any:
        if type(p) is not str:
            return compile_pattern(p, flags)
        name = (p, flags)
        found = lookup(name)
        if found is not None:
            try:
                final, code, groups, groupindex, indexgroup = found
                pattern = make(p, final, code, groups, dict(groupindex), indexgroup)
            except Exception:  # (an entry that does not make a pattern)
                pass
            else:
                used[name] = None
                return pattern
        pattern = compile_pattern(p, flags)  # errors as ever
        if not int(flags) & debug and declared():
            try:
                stored = entry(p, int(flags))
                mine = made(p, stored)
            except Exception:  # (not ours to remember)
                return pattern
            if mine == pattern and mine.groupindex == pattern.groupindex:
                codecache.remember_pattern((p, int(flags)), stored)
        return pattern

    compile_from_cache.original = compile_pattern  # type: ignore[attr-defined]
    compiler.compile = compile_from_cache


def uninstall() -> None:
    """`re` as it was (for the tests)."""
    import re

    compiler: Any = re._compiler  # type: ignore[attr-defined]
    original = getattr(compiler.compile, "original", None)
    if original is not None:
        compiler.compile = original
