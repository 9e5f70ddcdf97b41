"""What a document is made of once read: paragraphs and tables in reading order, the same for
a .docx and a PDF, so that everything after reading knows nothing of the file format."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Cell:
    """One cell of a table row: its text (lines joined by a line break), where it starts in the
    table's grid, how many grid columns it covers, and whether it continues a merged cell above
    (a stage named only in its first row)."""

    text: str
    start: int
    span: int = 1
    merged_above: bool = False


@dataclass(frozen=True)
class Table:
    number: int
    """The table's number in the document, from 1 (for messages)."""
    rows: tuple[tuple[Cell, ...], ...]

    @property
    def width(self) -> int:
        return max((c.start + c.span for row in self.rows for c in row), default=0)


@dataclass(frozen=True)
class Paragraph:
    number: int
    """The paragraph's number in the document, from 1 (for messages)."""
    text: str


Block = Paragraph | Table


@dataclass(frozen=True)
class Document:
    """A document as read: its blocks in order and the kind of file it came from."""

    blocks: tuple[Block, ...]
    kind: str
    """«docx» or «pdf»."""

    @property
    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]


_TYPOGRAPHY = str.maketrans({"\xa0": " ", "\u202f": " ", "\u2011": "-", "\xad": None})
"""What typesetting adds and a reader does not see: non-breaking spaces and hyphens (mentorkit's
own documents are full of them), soft hyphens."""


_NUMBER_SIGN = re.compile(r"№(?=\d)")


def clean(text: str) -> str:
    """Text as a reader sees it: runs of blanks (tabs, non-breaking spaces) are one space, a
    non-breaking hyphen is a hyphen, line breaks stay."""
    lines = (" ".join(line.translate(_TYPOGRAPHY).split()) for line in text.split("\n"))
    # «№12» and «№ 12» are one number: written the way mentorkit's documents print it, so that
    # a document mentorkit rendered imports back to the same text
    lines = (_NUMBER_SIGN.sub("№ ", line) for line in lines)
    return "\n".join(line for line in lines if line)
