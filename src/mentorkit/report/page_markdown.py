"""The page in Markdown, for a pull-request comment or a GitHub job summary: every text escaped,
a table split at its group rows into a heading and a table for each group."""

from __future__ import annotations

from collections.abc import Sequence

from mentorkit.status.page import (
    Block,
    Cell,
    Chart,
    Checklist,
    Heading,
    Mark,
    Page,
    Paragraph,
    Table,
)

NBSP = "&nbsp;&nbsp;"


def md(text: str) -> str:
    """Text safe inside a Markdown table cell (and in GitHub's HTML)."""
    text = " ".join(text.split())
    for char in "\\`*_[]<>|":
        text = text.replace(char, "\\" + char)
    return text


def to_markdown_page(page: Page) -> str:
    lines: list[str] = []
    previous: Block | None = None
    for block in page.blocks:
        # Lines of one list follow each other; everything else is set apart by a blank line.
        listed = isinstance(block, Paragraph) and block.tight and isinstance(previous, Paragraph)
        if lines and not listed:
            lines.append("")
        lines += _block(block)
        previous = block
    return "\n".join(lines).rstrip() + "\n"


def _block(block: Block) -> list[str]:
    if isinstance(block, Heading):
        return [f"{'#' * (block.level + 1)} {md(block.text)}"]
    if isinstance(block, Paragraph):
        if block.mark == Mark.BAD:
            return [f"> **{md(block.text)}**"]
        if block.mark == Mark.WARN:
            return [f"> {md(block.text)}"]
        return [md(block.text)]
    if isinstance(block, Checklist):
        entries = [f"- {'✓' if present else '–'} {md(label)}" for present, label in block.entries]
        return [f"### {md(block.title)}", "", *entries]
    if isinstance(block, Chart):
        rows = [[md(name), *(str(v) for v in values)] for name, values in block.series]
        headers = ["", *(md(c) for c in block.categories)]
        return [f"### {md(block.title)}", "", *_table(headers, rows, set(range(1, len(headers))))]
    return _tables(block)


def _tables(table: Table) -> list[str]:
    level = "####" if table.subtitle else "###"
    lines = [f"{level} {md(table.title)}", ""] if table.title else []
    headers = [md(column.title) for column in table.columns]
    right = {index for index, column in enumerate(table.columns) if column.right}
    rows: list[list[str]] = []
    for row in table.rows:
        if row.group is not None:
            if rows:
                lines += [*_table(headers, rows, right), ""]
                rows = []
            lines += [f"#### {md(row.group)}", ""]
            continue
        cells = [_cell(value) for value in row.cells]
        if row.total:
            cells = [f"**{value}**" if value else value for value in cells]
        rows.append(cells)
    if rows:
        lines += _table(headers, rows, right)
    if table.note:
        lines += ["", md(table.note)]
    return lines


def _cell(value: Cell) -> str:
    return NBSP * value.indent + md(value.text)


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]], right: set[int]) -> list[str]:
    align = ["---:" if index in right else "---" for index in range(len(headers))]
    lines = ["| " + " | ".join(headers) + " |", "| " + " | ".join(align) + " |"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines
