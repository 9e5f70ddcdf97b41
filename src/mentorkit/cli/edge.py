"""What every command shares and none needs typer for: the console, the day to check against.

`mentorkit.cli.app` (the typer app) and `mentorkit.cli.lean` (the common commands without typer)
both take these from here, so that the two ways print the same and read the clock in one place.
"""

from __future__ import annotations

import builtins
import os
import sys
from datetime import date
from typing import TYPE_CHECKING

from mentorkit.errors import UsageError
from mentorkit.words import parse_day

if TYPE_CHECKING:
    from rich.console import Console

REDIRECTED_WIDTH = 160
"""Output to a file or a pipe has no terminal width to fit: wide enough for every column."""


def console(stderr: bool = False, markup: bool = True) -> Console:
    """The console of the edge; output that goes to a file gets room for wide tables
    (COLUMNS, when set, still decides). It shows values escaped (report/safe.py); `markup`
    False for a reporter that prints only values, so that nothing in them is read as markup."""
    from rich.console import Console

    from mentorkit.report.safe import SafeConsole

    probe = Console(stderr=stderr)
    if probe.is_terminal or "COLUMNS" in os.environ:
        return SafeConsole(stderr=stderr, highlight=False, markup=markup, emoji=False)
    return SafeConsole(
        stderr=stderr, highlight=False, width=REDIRECTED_WIDTH, markup=markup, emoji=False
    )


_RICH_ENVIRONMENT = (
    "COLUMNS",
    "FORCE_COLOR",
    "JUPYTER_COLUMNS",
    "TTY_COMPATIBLE",
    "TTY_INTERACTIVE",
)
"""Settings with which rich would draw standard output otherwise than as plain text 160 wide."""


def plain_stdout() -> bool:
    """Whether `console()` would print to standard output as plain text (no colours, no
    terminal, REDIRECTED_WIDTH columns): a file, a pipe, a CI log, a pre-commit hook."""
    if sys.platform == "win32" or hasattr(builtins, "get_ipython"):
        return False
    if any(name in os.environ for name in _RICH_ENVIRONMENT):
        return False
    try:
        return not sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def parse_today(value: str | None) -> date:
    """The day to check against: --today, or the real date (the only place that reads the clock)."""
    if value is None:
        return date.today()
    return parse_date("--today", value)


def parse_date(option: str, value: str) -> date:
    """A date given to `option`, or a usage error that says how to write one."""
    try:
        day = parse_day(value)
    except ValueError:
        day = None
    if day is None:
        raise UsageError(
            f"{option}: «{value}» — не дата; укажите её как ГГГГ-ММ-ДД или ДД.ММ.ГГГГ, "
            "например 2024-01-20"
        )
    return day
