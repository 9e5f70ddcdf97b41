"""The progress bar of a command over many organisations, drawn on a terminal's stderr only.

Piped or redirected output (CI logs, `> status.md`, `--format json | jq`) never gets it, and it
goes away when the work is done, so what the command prints is the same either way. It draws
only when it is told something (no thread of its own): the worker processes of the pool are
started while it is on the screen.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from mentorkit.status.pool import Progress as Told


@contextmanager
def progress_bar(label: str, console: Console | None = None) -> Iterator[Told | None]:
    """A function to tell (done, total) to, or None where stderr is not a terminal."""
    screen = console or Console(stderr=True)
    if not screen.is_terminal:
        yield None
        return
    bar = Progress(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=screen,
        auto_refresh=False,
        transient=True,
    )
    task = bar.add_task(label, total=None)

    def told(done: int, total: int) -> None:
        if total < 2:
            return  # one organisation: nothing to watch
        if not bar.live.is_started:
            bar.start()
        bar.update(task, completed=done, total=total)
        bar.refresh()

    try:
        yield told
    finally:
        if bar.live.is_started:
            bar.stop()
