"""Code that start-up would compile from text, read instead from the cache (`mentorkit.codecache`).

Making a data class compiles its methods from source text (`dataclasses` one `exec` per
method, `mentorkit.records` one per class), and a `TypedDict` or any string annotation
compiles each annotation (`typing.ForwardRef`): pydantic_core alone has ~90 TypedDicts with ~900
annotations, pydantic and annotated_types ~50 data classes, mentorkit ~40 on `check`, ~100 on
`render`. The code a text compiles to depends on nothing but the text, how it is compiled and
the Python, so a text found in the cache is not compiled but read (`marshal`, as Python reads a
module's code from its .pyc), its code object equal to what `compile` makes; any other text is
compiled and remembered. Any other use of `compile` and `exec` goes the ordinary way.

`mentorkit.records` reads its texts through `compiled`; `install()` (by `mentorkit.codecache`)
has `dataclasses` and `typing` do the same, by their module's own names `exec` and `compile`:
their calls, and nothing else's.
"""

from __future__ import annotations

import builtins
import marshal
import sys
from types import CodeType
from typing import Any

from mentorkit import codecache

FILENAME = "<string>"
"""The file name every such text is compiled with (dataclasses, typing, records)."""


def compiled(source: str, mode: str) -> Any:
    """`compile(source, "<string>", mode, dont_inherit=True)`, from the cache where it is
    there."""
    if not codecache.active:
        return builtins.compile(source, FILENAME, mode, dont_inherit=True)
    by_mode = codecache.texts.get(mode)
    raw = None if by_mode is None else by_mode.get(source)
    if raw is not None:
        try:
            code = marshal.loads(raw)
        except Exception:  # (an entry that does not read: compiled instead)
            code = None
        if type(code) is CodeType:
            codecache.used_texts[mode, source] = None
            return code
    code = builtins.compile(source, FILENAME, mode, dont_inherit=True)
    codecache.remember_text(mode, source, marshal.dumps(code))
    return code


def _exec(source: Any, globals: Any = None, locals: Any = None, /) -> None:
    """`exec` for `dataclasses`: a text is compiled as `exec` compiles it (with the future
    flags of its caller, which has none), through the cache."""
    if type(source) is str:
        source = compiled(source, "exec")
    builtins.exec(source, globals, locals)


def _compile(
    source: Any,
    filename: Any,
    mode: str,
    flags: int = 0,
    dont_inherit: bool = False,
    optimize: int = -1,
    **rest: Any,
) -> Any:
    """`compile` for `typing` (a forward reference: `compile(text, '<string>', 'eval')`, whose
    caller has no future flags either), through the cache."""
    if type(source) is str and filename == FILENAME and not flags and optimize == -1 and not rest:
        return compiled(source, mode)
    # dont_inherit: the future flags of typing (none), not of this module
    return builtins.compile(source, filename, mode, flags, True, optimize, **rest)


_HOOKS = (("dataclasses", "exec", _exec), ("typing", "compile", _compile))


def install() -> None:
    """Have `dataclasses` and `typing` take their compiled texts through the cache."""
    for module, name, hook in _HOOKS:
        target = sys.modules.get(module) or __import__(module)
        if name in vars(target) and vars(target)[name] is not hook:
            continue  # the module has a name of its own: not ours to shadow
        setattr(target, name, hook)


def uninstall() -> None:
    """`dataclasses` and `typing` as they were (for the tests)."""
    for module, name, hook in _HOOKS:
        target = sys.modules.get(module)
        if target is not None and vars(target).get(name) is hook:
            delattr(target, name)
