"""Characters of a repository's text that act on a screen or a log, shown escaped: `printable`
for text, `safe_json` for JSON. Kept apart from `report.safe` (the rich console that uses them)
so that a reporter writing plain text or JSON needs no rich; `tolerant` lets a standard stream in
an older encoding write every text."""

from __future__ import annotations

import codecs
import contextlib
import functools
import io
import re
import unicodedata
from typing import Any

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


CANDIDATE = re.compile(
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
    shown = CANDIDATE.sub(_shown, text)
    return shown if keep_newlines else shown.replace("\n", "\\x0a")


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
    return CANDIDATE.sub(_json_shown, text)


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
