"""The progress bar over many organisations: drawn on a terminal only."""

from __future__ import annotations

from io import StringIO

from rich.console import Console

from mentorkit.report.progressbar import progress_bar


def test_no_bar_where_the_output_is_not_a_terminal() -> None:
    screen = Console(file=StringIO(), force_terminal=False)
    with progress_bar("Организации", screen) as told:
        assert told is None
    assert screen.file.getvalue() == ""  # type: ignore[attr-defined]


def test_a_bar_on_a_terminal_counts_and_goes_away() -> None:
    buffer = StringIO()
    screen = Console(file=buffer, force_terminal=True, width=80)
    with progress_bar("Организации", screen) as told:
        assert told is not None
        told(1, 1)  # one organisation: nothing to watch
        assert buffer.getvalue() == ""
        told(3, 500)
        assert "Организации" in buffer.getvalue()
        assert "3/500" in buffer.getvalue()
        told(500, 500)
        assert "500/500" in buffer.getvalue()
