"""The neutral page: what `status` and `report` show, laid out once, for every renderer.

A page is a list of blocks — headings, paragraphs, tables, charts — whose cells carry text and a
mark (ok, warn, bad), never a colour or a format. The renderers in `mentorkit.report` (rich,
Markdown, xlsx, docx) each turn a page into their format; a new format is one renderer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Mark(StrEnum):
    OK = "ok"
    WARN = "warn"
    BAD = "bad"


@dataclass(frozen=True)
class Cell:
    text: str
    mark: Mark | None = None
    indent: int = 0
    """Nesting level: a subsection under its section, a form under the pairs."""
    lines: tuple[str, ...] = ()
    """Where a cell reads better on several lines (a date, then the stage): the lines; `text`
    holds them joined for formats that keep a cell on one line."""


def cell(text: str, mark: Mark | None = None, indent: int = 0) -> Cell:
    return Cell(text, mark, indent)


def lines(*parts: str, mark: Mark | None = None) -> Cell:
    """A cell of several lines («16.12.2023», «работа»): one line each in a terminal or Word, one
    line joined by «, » in Markdown."""
    return Cell(", ".join(parts), mark, 0, tuple(parts))


@dataclass(frozen=True)
class Column:
    title: str
    short: str | None = None
    """A deliberate abbreviation for a narrow terminal («Ответств.»): never a title cut off."""
    right: bool = False
    keep: bool = False
    """Never wrapped nor cut: dates, counts, states."""
    limit: int | None = None
    """The widest the column grows in a terminal (longer text wraps)."""
    wide: bool = False
    """Takes the room that is left (the organisation's name, an item's title)."""


@dataclass(frozen=True)
class Row:
    cells: tuple[Cell, ...]
    total: bool = False
    """A total: set apart from the rows above it and in bold."""
    group: str | None = None
    """A group heading row (a month, a section): its title, the cells empty."""
    strong: bool = False


@dataclass(frozen=True)
class Table:
    title: str | None
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    sheet: str | None = None
    """The sheet's name in a workbook (a table without one shares the first sheet)."""
    subtitle: bool = False
    """A table that belongs to the heading above it (one form of pairs among several)."""
    note: str | None = None
    """A line under the table that explains it."""


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 2
    """1 for the page's title, 2 for a part, 3 for a sub-part."""


@dataclass(frozen=True)
class Paragraph:
    text: str
    mark: Mark | None = None
    tight: bool = False
    """Follows the block above without a blank line (a line under a title)."""


@dataclass(frozen=True)
class Checklist:
    """A short list with ✓ / – (the document package)."""

    title: str
    entries: tuple[tuple[bool, str], ...]


@dataclass(frozen=True)
class Chart:
    """A bar chart: a native chart in a workbook, a small table elsewhere."""

    title: str
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[int, ...]], ...]
    sheet: str = "По месяцам"


Block = Heading | Paragraph | Table | Checklist | Chart


@dataclass(frozen=True)
class Page:
    blocks: tuple[Block, ...] = field(default_factory=tuple)

    @property
    def title(self) -> str:
        for block in self.blocks:
            if isinstance(block, Heading) and block.level == 1:
                return block.text
        return ""


def chart_table(chart: Chart) -> Table:
    """A chart as a table, for a format that draws no charts: a row for each category."""
    return Table(
        chart.title,
        (
            Column("Месяц", keep=True),
            *(Column(name, right=True, keep=True) for name, _ in chart.series),
        ),
        tuple(
            Row((cell(category), *(cell(str(values[index])) for _, values in chart.series)))
            for index, category in enumerate(chart.categories)
        ),
    )
