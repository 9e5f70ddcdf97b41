"""Words a PDF broke at the end of a line without a hyphen. LibreOffice (and Word) break a word
with no hyphen only when it does not fit on a line by itself: such a line holds that one word,
ends at the right edge of its cell, and the next line begins with the word's rest. Where the two
pieces make a word of the dictionary (pymorphy3, already used for declension), they are one word;
anything else keeps its space, since gluing two words would be worse than a space too many."""

from __future__ import annotations

import functools
import re
from typing import Any

_EDGE = re.compile(r"^[^\w]+|[^\w]+$")


@functools.cache
def _morph() -> Any:
    import pymorphy3  # the dictionary takes a moment to load: only when a PDF has such a line

    return pymorphy3.MorphAnalyzer()


def known_word(token: str) -> bool:
    """A word of the dictionary once quotes and punctuation around it are dropped; each part of
    a hyphenated word («научно-практической») must be one."""
    word = _EDGE.sub("", token)
    parts = word.split("-")
    return bool(word) and all(
        part.isalpha() and _morph().word_is_known(part.lower()) for part in parts
    )


def broken_word(line: dict[str, Any], following: dict[str, Any], right: float) -> bool:
    """Whether `line` (a pdfplumber text line) ends with a word the page broke that `following`
    ends: the line is one word, it reaches `right` (the cell's right edge less its padding) so
    that the next letter would not have fitted, and the two pieces make a known word."""
    head = line["text"].strip()
    rest = following["text"].split()
    chars = following.get("chars") or []
    if " " in head or not rest or not chars or not head[-1:].isalpha():
        return False
    if not rest[0][:1].isalpha() or not rest[0][:1].islower():
        return False
    first = chars[0]
    if right - line["x1"] >= first["x1"] - first["x0"]:
        return False  # there was room for one more letter: the line ended where the text did
    return known_word(head + rest[0])


def broken_across(before: str, after: str) -> bool:
    """Whether a text ends with a piece of a word whose rest begins `after` — a row a page
    broke, when the page broke a word too («… назначение ответственн» / «ых;»): the last piece
    is no word of the dictionary and the two pieces together are one."""
    head = before.split()[-1] if before.split() else ""
    rest = after.split()[0] if after.split() else ""
    if not head[-1:].isalpha() or not rest[:1].isalpha() or not rest[:1].islower():
        return False
    return not known_word(head) and known_word(head + rest)
