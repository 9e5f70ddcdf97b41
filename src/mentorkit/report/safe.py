"""Printing what a repository holds without letting it act on the screen or the log.

YAML values, deadline texts and file names come from whoever wrote the pull request. Printed as
they are, an ANSI or OSC escape recolours or retitles the terminal (or, in a CI log, hides the
lines after it), a bidirectional override (U+202E) shows a text backwards, and rich markup in a
value (`[/]`) is interpreted or crashes the output. `printable` is the one function that shows
such characters escaped (`\\x1b`, `\\u202e`); every reporter and every output format uses it:
text through `SafeConsole`, JSON through `safe_json`, GitHub annotations and Markdown directly.
"""

from __future__ import annotations

import codecs
import contextlib
import functools
import io
import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from rich.console import Console
from rich.errors import MarkupError
from rich.markup import escape
from rich.segment import Segment
from rich.text import Text

_SHOWN_AS_ESCAPE = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co"})
"""Control and format characters (bidi overrides, zero-width ones), line and paragraph
separators, lone surrogates and private-use characters: none is meant to be seen as it is."""


def _escaped(char: str) -> str:
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


_CANDIDATE = re.compile(
    "[^\n\x20-\x7e\xa0-\xac\xae-\u052f\u2010-\u2027\u2030-\u205e\u20a0-\u20cf"
    "\u2100-\u214f\u2190-\u23ff\u2500-\u27bf]"
)
"""Characters that may need an escape: everything but the plainly visible ranges (ASCII,
Latin, Cyrillic, punctuation, arrows, box drawing), so that long Russian text is passed over at
the speed of a regular expression."""


@functools.lru_cache(maxsize=4096)
def _hidden(char: str) -> bool:
    return char != " " and unicodedata.category(char) in _SHOWN_AS_ESCAPE


def _shown(match: re.Match[str]) -> str:
    char = match.group()
    return _escaped(char) if _hidden(char) else char


def printable(text: str, keep_newlines: bool = True) -> str:
    """`text` with every control, format and invisible character shown as an escape; line
    breaks are kept unless `keep_newlines` is false."""
    if text.isprintable():
        return text
    shown = _CANDIDATE.sub(_shown, text)
    return shown if keep_newlines else shown.replace("\n", "\\x0a")


def markup(text: str) -> str:
    """A value to put into a rich markup string: escaped, and its `[…]` never read as markup."""
    return escape(printable(text))


def _json_escape(char: str) -> str:
    code = ord(char)
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def _json_shown(match: re.Match[str]) -> str:
    char = match.group()
    return _json_escape(char) if _hidden(char) else char


def safe_json(text: str) -> str:
    """JSON (as `json.dumps(..., ensure_ascii=False)` writes it) with the characters
    `printable` escapes written as \\uXXXX: the same data, and nothing that acts on a screen."""
    if text.isprintable():
        return text
    return _CANDIDATE.sub(_json_shown, text)


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


_FALLBACK = {
    "«": '"',
    "»": '"',
    "„": '"',
    "“": '"',
    "”": '"',
    "‘": "'",
    "’": "'",
    "—": "-",
    "–": "-",
    "‑": "-",
    "−": "-",
    "…": "...",
    "№": "N",
    "ё": "е",
    "Ё": "Е",
    "█": "#",
    "░": ".",
    "·": "-",
    "✓": "+",
    "✗": "x",
    "→": "->",
    "×": "x",
    "\u00a0": " ",
    "\u202f": " ",
}
"""Characters an older console encoding may lack, and what stands in for them."""

_LATIN = "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya"
_CYRILLIC = {
    letter: latin.strip("-")
    for letter, latin in zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", _LATIN.split(), strict=True)
}
"""Russian letters in Latin (ГОСТ 7.79-like), for a console that has no Cyrillic at all."""


def _stand_in(char: str, encoding: str) -> str:
    for candidate in (_FALLBACK.get(char), _latin(char)):
        if candidate is None:
            continue
        try:
            candidate.encode(encoding)
        except (UnicodeEncodeError, LookupError):
            continue
        return candidate
    return "?"


def _latin(char: str) -> str | None:
    lower = char.lower()
    if lower not in _CYRILLIC:
        return None
    latin = _CYRILLIC[lower]
    return latin.capitalize() if char != lower else latin


def _fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    text = error.object[error.start : error.end]
    return "".join(_stand_in(char, error.encoding) for char in text), error.end


FALLBACK_ERRORS = "mentorkit-fallback"
"""The codec error handler that writes a stand-in for a character the encoding lacks."""
codecs.register_error(FALLBACK_ERRORS, _fallback)


def tolerant(stream: Any) -> None:
    """Let `stream` (standard output or error) write every text: in cp1251, cp866 or ASCII a
    character the encoding lacks gets a stand-in («» → "", — → -, Cyrillic → Latin in ASCII)
    instead of a crash."""
    reconfigure = getattr(stream, "reconfigure", None)
    encoding = (getattr(stream, "encoding", None) or "utf-8").lower().replace("_", "-")
    if reconfigure is None or encoding in ("utf-8", "utf8"):
        return
    with contextlib.suppress(ValueError, OSError, io.UnsupportedOperation):
        reconfigure(errors=FALLBACK_ERRORS)
