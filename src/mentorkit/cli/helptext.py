"""The root --help that `mentorkit.start` prints without loading typer, rendered by typer
itself: `python -m mentorkit.cli.helptext` writes it, a test checks it is current."""

from __future__ import annotations

import io
import sys

from typer import rich_utils

from mentorkit.cli import i18n, load
from mentorkit.start import HELP, WIDTH


def render(colour: bool) -> str:
    """The root help exactly as typer prints it, 80 columns wide."""
    i18n.install_russian_help()
    saved = rich_utils.MAX_WIDTH, rich_utils.FORCE_TERMINAL, rich_utils.COLOR_SYSTEM
    rich_utils.MAX_WIDTH = WIDTH
    rich_utils.FORCE_TERMINAL = colour
    rich_utils.COLOR_SYSTEM = "standard" if colour else None
    stdout, buffer = sys.stdout, io.StringIO()
    sys.stdout = buffer
    try:
        load()(args=["--help"], prog_name="mentorkit", standalone_mode=False)
    finally:
        sys.stdout = stdout
        rich_utils.MAX_WIDTH, rich_utils.FORCE_TERMINAL, rich_utils.COLOR_SYSTEM = saved
    return buffer.getvalue()


def write() -> None:
    HELP.mkdir(exist_ok=True)
    (HELP / "root.txt").write_text(render(colour=False), encoding="utf-8")
    (HELP / "root.ansi").write_text(render(colour=True), encoding="utf-8")


if __name__ == "__main__":
    write()
