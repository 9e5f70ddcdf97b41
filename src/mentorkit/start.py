"""The entry point: `mentorkit --version` and `mentorkit --help` answered without loading the
command line, everything else handed to it (`mentorkit.cli.main`).

Importing typer alone takes several times as long as starting Python, and these two answers
need none of it: the version is a constant, and the root help is the same text every time. The
help is rendered by typer itself into `cli/help/root.txt` (plain, as a pipe or a file gets it) and
`help/root.ansi` (a colour terminal), 80 columns wide, by

    python -m mentorkit.cli.helptext

and a test checks that the stored text is what typer prints now. Anything else — a narrower
terminal, a forced colour setting, any other argument — goes the ordinary way.

Only the standard library is imported here: this module lives outside `mentorkit.cli`, whose
package imports typer.

Before the command line loads, pydantic is told there are no plugins (`_without_plugins`): on
the first model it builds, pydantic would import `importlib.metadata` (with zipfile, email and
calendar) and read the entry points of every installed package to find plugins — about a tenth
of the time of `mentorkit check` on a small repository, for plugins no curator installs, and
that would otherwise watch every validation of their files.
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import TextIO

HELP = Path(__file__).with_name("cli") / "help"
WIDTH = 80
GC_THRESHOLD = 200_000
"""New container objects between two collections of the youngest generation (Python: 700).
`check` of a small repository makes ~63,000, `render plan` of 300 items ~75,000, `render order` of
100 pairs ~111,000: none of them collects at all (one collection of 50,000 young objects took
12-30 ms, mostly cache misses)."""
_ENVIRONMENT = ("FORCE_COLOR", "PY_COLORS", "TERMINAL_WIDTH", "TTY_COMPATIBLE", "TTY_INTERACTIVE")
"""Settings that change how rich draws the help: with any of them, typer draws it."""


def main() -> None:
    """`mentorkit`: the quick answers here, the rest by the command line."""
    if answer(sys.argv[1:], sys.stdout):
        sys.exit(0)
    _without_plugins()
    # Starting a command creates some hundred thousand objects that live to its end (classes,
    # functions, validators): at Python's default threshold the collector runs a hundred times
    # over them, a twelfth of `mentorkit check` on a small repository, and finds almost nothing.
    # Collections stay; they come every GC_THRESHOLD new objects instead of every 700.
    gc.set_threshold(GC_THRESHOLD, *gc.get_threshold()[1:])
    # Regular expressions, and the texts dataclasses and typing compile, from their code kept
    # in the cache from an earlier run (`mentorkit.codecache`), not compiled at every start.
    from mentorkit import codecache

    codecache.install()
    from mentorkit.cli import main as command_line

    try:
        command_line()
    finally:
        codecache.save()  # if this run compiled anything new; never raises
        # At exit Python collects three times over every object left; the operating system
        # frees the memory anyway. Frozen, they are not walked (files are closed by the code
        # that writes them, not by the collector).
        gc.freeze()


_PLUGINS = "pydantic.plugin._loader"


def _without_plugins() -> None:
    """Stand in for pydantic's plugin loader with one that finds none, as
    PYDANTIC_DISABLE_PLUGINS=__all__ would, without its import of `importlib.metadata`. pydantic
    imports the loader only when it first builds a validator, and asks it nothing but
    `get_plugins()`; if it is already imported, it is left as it is."""
    if _PLUGINS in sys.modules:
        return
    loader = ModuleType(_PLUGINS, "mentorkit: pydantic plugins are not loaded")
    loader.get_plugins = tuple  # type: ignore[attr-defined]
    sys.modules[_PLUGINS] = loader


def answer(args: list[str], out: TextIO) -> bool:
    """Print the answer to `--version` or `--help` if it needs no command line; say whether."""
    if args == ["--version"]:
        from mentorkit import __version__

        out.write(f"mentorkit {__version__}\n")
        return True
    if args not in (["--help"], ["-h"]) or any(name in os.environ for name in _ENVIRONMENT):
        return False
    text = _stored(out)
    if text is None:
        return False
    out.write(text)
    return True


def _stored(out: TextIO) -> str | None:
    try:
        terminal = out.isatty()
    except (AttributeError, ValueError):
        return None
    if terminal:
        colour = "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"
        if os.get_terminal_size(out.fileno()).columns < WIDTH or "COLUMNS" in os.environ:
            return None
        name = "root.ansi" if colour else "root.txt"
    else:
        if os.environ.get("COLUMNS", str(WIDTH)) != str(WIDTH):
            return None
        name = "root.txt"
    try:
        text = (HELP / name).read_text(encoding="utf-8")
    except OSError:
        return None
    encoding = getattr(out, "encoding", None) or "utf-8"
    try:
        text.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return None  # the ordinary way knows how to write it in this encoding
    return text
