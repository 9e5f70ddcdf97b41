"""Printing what a repository holds without letting it act on the screen or the log.

YAML values, deadline texts and file names come from whoever wrote the pull request. Printed as
they are, an ANSI or OSC escape recolours or retitles the terminal (or, in a CI log, hides the
lines after it), a bidirectional override (U+202E) shows a text backwards, and rich markup in a
value (`[/]`) is interpreted or crashes the output. `printable` is the one function that shows
such characters escaped (`\\x1b`, `\\u202e`); every reporter and every output format uses it:
text through `SafeConsole`, JSON through `safe_json`, GitHub annotations and Markdown directly.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rich.console import Console
from rich.errors import MarkupError
from rich.markup import escape
from rich.segment import Segment
from rich.text import Text

from mentorkit.report.printable import FALLBACK_ERRORS, printable, safe_json, tolerant

__all__ = ["FALLBACK_ERRORS", "SafeConsole", "markup", "printable", "safe_json", "tolerant"]


def markup(text: str) -> str:
    """A value to put into a rich markup string: escaped, and its `[…]` never read as markup."""
    return escape(printable(text))


class SafeConsole(Console):
    """A rich console that shows values escaped (see `printable`), whether they come as text
    or inside a `Text` or a table, and never fails on markup it cannot read: `[/]` in a value is
    then printed as it is. Reporters still pass values through `markup` so that valid markup in
    a value is not read either."""

    def render(self, renderable: Any, options: Any = None) -> Iterable[Segment]:
        if isinstance(renderable, Text) and not renderable.plain.isprintable():
            renderable = self._escaped_text(renderable)
        for segment in super().render(renderable, options):
            if segment.control is None and not segment.text.isprintable():
                yield Segment(printable(segment.text), segment.style)
            else:
                yield segment

    def render_str(self, text: str, **kwargs: Any) -> Text:
        try:
            return super().render_str(printable(text), **kwargs)
        except MarkupError:
            return super().render_str(printable(text), **{**kwargs, "markup": False})

    def _escaped_text(self, text: Text) -> Text:
        """A `Text` escaped before it is laid out, so that its escapes are not cut off."""
        parts = [(printable(seg.text), seg.style or "") for seg in text.render(self) if seg.text]
        return Text.assemble(
            *parts,
            justify=text.justify,
            overflow=text.overflow,
            no_wrap=text.no_wrap,
            end=text.end,
            tab_size=text.tab_size or 8,
        )
