"""The page as an Excel workbook (openpyxl): one sheet for each table — the form first, then the
indicators and every list behind them — with a frozen header and columns as wide as their text,
and a native bar chart of items done by month."""

from __future__ import annotations

import re
from datetime import datetime
from io import BytesIO

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from mentorkit.status.page import Chart, Heading, Mark, Page, Paragraph, Table

MAX_WIDTH = 60
"""Wider text wraps inside its cell."""
HEADER_FILL = PatternFill("solid", fgColor="DDDDDD")
FILLS = {
    Mark.BAD: PatternFill("solid", fgColor="F4CCCC"),
    Mark.WARN: PatternFill("solid", fgColor="FFF2CC"),
    Mark.OK: PatternFill("solid", fgColor="D9EAD3"),
}
FIXED_TIME = datetime(2000, 1, 1)
"""The workbook's creation time: the same report twice is the same file."""
_NUMBER = re.compile(r"^-?\d+(?:,\d+)?$")
_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def _value(text: str) -> str | int | float:
    """Numbers as numbers, so that Excel sums them; everything else as text."""
    if _NUMBER.match(text):
        return float(text.replace(",", ".")) if "," in text else int(text)
    return text


def _sheet_name(wanted: str, taken: set[str]) -> str:
    base = _FORBIDDEN.sub(" ", wanted).strip()[:31] or "Лист"
    name, number = base, 2
    while name.lower() in taken:
        suffix = f" {number}"
        name, number = base[: 31 - len(suffix)] + suffix, number + 1
    taken.add(name.lower())
    return name


def render_xlsx(page: Page) -> bytes:
    workbook = Workbook()
    workbook.remove(workbook.active)
    workbook.properties.title = page.title
    workbook.properties.creator = "mentorkit"
    workbook.properties.created = workbook.properties.modified = FIXED_TIME
    taken: set[str] = set()
    notes: list[str] = []
    for block in page.blocks:
        if isinstance(block, Table):
            sheet = workbook.create_sheet(_sheet_name(block.sheet or block.title or "Отчёт", taken))
            _fill(sheet, block)
        elif isinstance(block, Chart):
            sheet = workbook.create_sheet(_sheet_name(block.sheet, taken))
            _chart(sheet, block)
        elif isinstance(block, Heading | Paragraph):
            notes.append(block.text)
    sheet = workbook.create_sheet(_sheet_name("Сведения", taken))
    for row, text in enumerate(notes, 1):
        sheet.cell(row, 1, text).font = Font(bold=row == 1)
    sheet.column_dimensions["A"].width = MAX_WIDTH * 2
    stream = BytesIO()
    workbook.save(stream)
    return stream.getvalue()


HEADER_WIDTH = 18
"""A long header wraps at this width unless the column's values are wider."""


def _fill(sheet: Worksheet, table: Table) -> None:
    widths = [
        max(min(len(column.title), HEADER_WIDTH), *(len(w) for w in column.title.split()))
        for column in table.columns
    ]
    for index, column in enumerate(table.columns, 1):
        header = sheet.cell(1, index, column.title)
        header.font = Font(bold=True)
        header.fill = HEADER_FILL
        header.alignment = Alignment(wrap_text=True, vertical="top")
    row_number = 1
    for row in table.rows:
        row_number += 1
        if row.group is not None:
            sheet.cell(row_number, 1, row.group).font = Font(bold=True)
            continue
        for index, value in enumerate(row.cells, 1):
            text = "  " * value.indent + value.text
            target = sheet.cell(row_number, index, _value(text))
            right = table.columns[index - 1].right
            target.alignment = Alignment(
                wrap_text=True, vertical="top", horizontal="right" if right else None
            )
            if row.total:
                target.font = Font(bold=True)
            if value.mark is not None:
                target.fill = FILLS[value.mark]
            widths[index - 1] = max(widths[index - 1], len(text))
    widths = [min(width, MAX_WIDTH) + 2 for width in widths]
    for index, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    # Neither Excel nor LibreOffice grows a row for wrapped text written by a program: say how
    # many lines the longest cell of each row takes.
    for number, cells in enumerate(sheet.iter_rows(min_row=1, max_row=row_number), 1):
        lines = max(
            (-(-len(str(c.value or "")) // (widths[c.column - 1] - 2)) for c in cells), default=1
        )
        if lines > 1:
            sheet.row_dimensions[number].height = 15 * lines
    sheet.freeze_panes = "A2"
    _print_setup(sheet)
    if table.note:
        sheet.cell(row_number + 2, 1, table.note)


def _print_setup(sheet: Worksheet) -> None:
    """Printed, a sheet is as wide as a landscape page."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"


def _chart(sheet: Worksheet, chart: Chart) -> None:
    sheet.cell(1, 1, "Месяц").font = Font(bold=True)
    for column, (name, values) in enumerate(chart.series, 2):
        sheet.cell(1, column, name).font = Font(bold=True)
        for row, value in enumerate(values, 2):
            sheet.cell(row, column, value)
    for row, category in enumerate(chart.categories, 2):
        sheet.cell(row, 1, category)
    sheet.freeze_panes = "A2"
    _print_setup(sheet)
    sheet.column_dimensions["A"].width = 12
    for column in range(2, len(chart.series) + 2):
        sheet.column_dimensions[get_column_letter(column)].width = 16
    if not chart.categories:
        return
    bars = BarChart()
    bars.type = "col"
    bars.title = chart.title
    bars.y_axis.title = "Мероприятий"
    last = len(chart.categories) + 1
    data = Reference(sheet, min_col=2, max_col=len(chart.series) + 1, min_row=1, max_row=last)
    bars.add_data(data, titles_from_data=True)
    bars.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=last))
    bars.width, bars.height = 18, 9
    sheet.add_chart(bars, f"{get_column_letter(len(chart.series) + 3)}2")
