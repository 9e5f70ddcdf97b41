"""The page in a terminal: rich tables that fit the width without cutting a date or a title.

Columns that must stay whole (dates, counts, states) never wrap; the others wrap between words.
When even so the table is wider than the terminal, the titles that have an abbreviation take it
(«Ответств.») — a title is abbreviated on purpose, never cut off in the middle.
"""

from __future__ import annotations

from rich.console import Console
from rich.table import Table as RichTable
from rich.text import Text

from mentorkit.status.page import (
    Block,
    Cell,
    Chart,
    Checklist,
    Column,
    Heading,
    Mark,
    Page,
    Paragraph,
    Row,
    Table,
    chart_table,
)

STYLES = {Mark.BAD: "bold red", Mark.WARN: "yellow", Mark.OK: "green"}
INDENT = "  "
WIDE_MIN = 12
"""The narrowest a wide column (a title, a name) gets when the table must shrink."""
WIDE_ROOM = 20
"""The room a wide column keeps while the table fits as it is."""


def print_page(page: Page, console: Console) -> None:
    previous: Block | None = None
    for block in page.blocks:
        if previous is not None and not _tight(block, previous):
            console.print()
        _print_block(block, console)
        previous = block


def _tight(block: Block, previous: Block) -> bool:
    if isinstance(block, Paragraph):
        return block.tight
    return isinstance(block, Table) and block.subtitle and isinstance(previous, Heading)


def _print_block(block: Block, console: Console) -> None:
    if isinstance(block, Heading):
        console.print(Text(block.text, style="bold"))
    elif isinstance(block, Paragraph):
        style = STYLES.get(block.mark) if block.mark else None
        console.print(Text(block.text, style=style or ""))
    elif isinstance(block, Checklist):
        console.print(Text(block.title, style="bold"))
        for present, label in block.entries:
            mark = Text("✓ ", style="green") if present else Text("– ", style="red")
            console.print(mark + Text(label))
    elif isinstance(block, Chart):
        console.print(_table(chart_table(block), console.width))
    elif not block.rows:
        console.print(Text(block.title or "", style="bold") + Text(": нет."))
    else:
        if _too_wide(block, console.width):
            block = _transposed(block)
        console.print(_table(block, console.width))
        if block.note:
            console.print(block.note)


def _words(text: str) -> int:
    return max((len(word) for word in text.split()), default=0)


def _shown(value: Cell) -> list[str]:
    return [INDENT * value.indent + line for line in (value.lines or (value.text,))]


def _natural(column: Column, index: int, rows: tuple[Row, ...], title: str) -> int:
    """The width the column takes when nothing wraps (a title wraps between its words)."""
    cells = [len(line) for row in rows if row.group is None for line in _shown(row.cells[index])]
    width = max([len(title), *cells])
    return min(width, column.limit) if column.limit else width


def _least(column: Column, index: int, rows: tuple[Row, ...], title: str, keep: bool) -> int:
    """The narrowest the column may get: its longest word, or all of it where it is kept."""
    texts = [line for row in rows if row.group is None for line in _shown(row.cells[index])]
    if keep and column.keep:
        return max([_words(title), *(len(text) for text in texts)])
    least = max([_words(title), *(_words(text) for text in texts)])
    return max(least, WIDE_MIN) if column.wide else least


def _naturals(table: Table, titles: list[str]) -> list[int]:
    return [
        _natural(column, index, table.rows, title)
        for index, (column, title) in enumerate(zip(table.columns, titles, strict=True))
    ]


def _widths(table: Table, titles: list[str], room: int) -> list[int] | None:
    """Widths that fit `room`, never below a column's longest word; None if even that is wider.
    Kept columns stay whole while they can; then they too wrap, between words only."""
    natural = _naturals(table, titles)
    for keep in (True, False):
        least = [
            min(_least(column, index, table.rows, title, keep), high)
            for index, (column, title, high) in enumerate(
                zip(table.columns, titles, natural, strict=True)
            )
        ]
        if sum(least) > room:
            continue
        # As rich itself does: the widest column that may shrink gives up a character first.
        widths = list(natural)
        while sum(widths) > room:
            index = max(
                (i for i, width in enumerate(widths) if width > least[i]), key=widths.__getitem__
            )
            widths[index] -= 1
        return widths
    return None


def _layout(table: Table, width: int) -> tuple[list[str], list[int] | None]:
    """The titles and, where the table would not fit as it is, the widths of its columns."""
    room = width - 3 * len(table.columns) - 1
    titles = [column.title for column in table.columns]
    if sum(_naturals(table, titles)) <= room:
        return titles, None
    widths = _widths(table, titles, room)
    if widths is not None:
        return titles, widths
    short = [column.short or column.title for column in table.columns]
    return short, _widths(table, short, room)


def _too_wide(table: Table, width: int) -> bool:
    """Wider than the terminal even with every column at its longest word."""
    room = width - 3 * len(table.columns) - 1
    titles = [column.title for column in table.columns]
    return sum(_naturals(table, titles)) > room and _layout(table, width)[1] is None


def _transposed(table: Table) -> Table:
    """A table too wide for the terminal even with every column at its longest word (a region's
    form of twelve columns): its columns become rows, so that nothing is cut."""
    rows = [row for row in table.rows if row.group is None]
    columns = (
        Column("Столбец", wide=True),
        *(Column(row.cells[0].text if len(rows) > 1 else "Значение", right=True) for row in rows),
    )
    return Table(
        table.title,
        columns,
        tuple(
            Row((Cell(column.title), *(row.cells[index] for row in rows)))
            for index, column in enumerate(table.columns)
        ),
        table.sheet,
        table.subtitle,
        table.note,
    )


def _table(table: Table, width: int) -> RichTable:
    shown = RichTable(
        title=table.title,
        title_justify="left",
        title_style="italic" if table.subtitle else "bold",
        header_style="bold",
        expand=False,
    )
    titles, widths = _layout(table, width)
    for index, (column, title) in enumerate(zip(table.columns, titles, strict=True)):
        fixed = widths[index] if widths else None
        natural = _natural(column, index, table.rows, title)
        shown.add_column(
            title,
            justify="right" if column.right else "left",
            no_wrap=column.keep and (fixed is None or fixed >= natural),
            width=fixed,
            min_width=None if fixed else (WIDE_ROOM if column.wide else None),
            max_width=None if fixed else column.limit,
        )
    group_at = next((i for i, c in enumerate(table.columns) if c.wide), 0)
    for position, row in enumerate(table.rows):
        if (row.total or row.group is not None) and position:
            shown.add_section()
        if row.group is not None:
            cells = [Text("") for _ in table.columns]
            cells[group_at] = Text(row.group, style="bold")
            shown.add_row(*cells)
            continue
        shown.add_row(*(_text(value) for value in row.cells), style="bold" if row.total else None)
    return shown


def _text(value: Cell) -> Text:
    body = "\n".join(value.lines) if value.lines else value.text
    style = STYLES.get(value.mark) if value.mark else None
    return Text(INDENT * value.indent + body, style=style or "")
