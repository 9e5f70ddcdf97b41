"""The page as a Word document, «Аналитическая справка», in the document profile of the orders:
the packaged template's styles (mkOrganization, mkDocType, mkTitle, mkText, mkTableHead…) and
the profile of mentorkit.yaml applied as to an order (render/layout.py)."""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO
from typing import Any

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from mentorkit.errors import TemplateError
from mentorkit.model.config import DocumentProfile
from mentorkit.render.layout import FULL_WIDTH, apply_profile, fit_tables
from mentorkit.render.templates import packaged
from mentorkit.status.page import Chart, Checklist, Heading, Page, Paragraph, Table, chart_table

BASE = "pair.docx"
"""The packaged template whose styles and page the справка takes (portrait, one section)."""
KIND = "АНАЛИТИЧЕСКАЯ СПРАВКА"


def _blank() -> Any:
    data = packaged(BASE)
    if data is None:
        raise TemplateError(f"нет шаблона {BASE} в составе mentorkit", "переустановите mentorkit")
    document = Document(BytesIO(data))
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return document


def _para(document: Any, text: str, style: str, bold: bool = False) -> None:
    paragraph = document.add_paragraph(style=document.styles.get_by_id(style, 1))
    run = paragraph.add_run(text)
    run.bold = bold or None


def _borders(table: Any) -> None:
    properties = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "single")
        edge.set(qn("w:sz"), "4")
        edge.set(qn("w:color"), "000000")
        borders.append(edge)
    properties.append(borders)
    width = properties.find(qn("w:tblW"))
    if width is None:
        width = OxmlElement("w:tblW")
        properties.append(width)
    width.set(qn("w:type"), "pct")
    width.set(qn("w:w"), FULL_WIDTH)


WIDEST = 28
"""Beyond this many characters a column gets no more room: its text wraps."""


def _weights(
    headers: Sequence[str], rows: Sequence[tuple[Sequence[str], bool]]
) -> tuple[float, ...]:
    """Column shares that follow their text: a number column narrow, a title column wide."""
    longest = [max((len(word) for word in header.split()), default=1) for header in headers]
    for cells, _ in rows:
        longest = [
            max(width, min(len(text), WIDEST), *(len(word) for word in text.split()))
            for width, text in zip(longest, cells, strict=True)
        ]
    # Bold headers and cell padding take room a character count does not show.
    return tuple(float(width + 5) for width in longest)


def _table(
    document: Any,
    headers: Sequence[str],
    rows: Sequence[tuple[Sequence[str], bool]],
    weights: dict[tuple[str, ...], tuple[float, ...]],
) -> None:
    weights[tuple(headers)] = _weights(headers, rows)
    table = document.add_table(rows=1, cols=len(headers))
    _borders(table)
    head_style = document.styles.get_by_id("mkTableHead", 1)
    text_style = document.styles.get_by_id("mkTableText", 1)
    for target, text in zip(table.rows[0].cells, headers, strict=True):
        target.paragraphs[0].style = head_style
        target.paragraphs[0].add_run(text)
    for cells, bold in rows:
        row = table.add_row()
        for target, text in zip(row.cells, cells, strict=True):
            target.paragraphs[0].style = text_style
            target.paragraphs[0].add_run(text).bold = bold or None
    document.add_paragraph(style=document.styles.get_by_id("mkText", 1))


def render_docx_page(page: Page, profile: DocumentProfile, organization: str | None) -> bytes:
    document = _blank()
    weights: dict[tuple[str, ...], tuple[float, ...]] = {}
    if organization:
        _para(document, organization, "mkOrganization")
    _para(document, KIND, "mkDocType")
    _para(document, page.title, "mkTitle")
    for block in page.blocks:
        if isinstance(block, Heading):
            if block.level > 1:
                _para(document, block.text, "mkHeading")
        elif isinstance(block, Paragraph):
            _para(document, block.text, "mkText", bold=block.mark is not None)
        elif isinstance(block, Checklist):
            _para(document, block.title, "mkHeading")
            for present, label in block.entries:
                _para(document, f"{'✓' if present else '–'} {label}", "mkText")
        elif isinstance(block, Chart):
            _docx_table(document, chart_table(block), weights)
        elif not block.rows:
            _para(document, f"{block.title}: нет.", "mkText")
        else:
            _docx_table(document, block, weights)
    apply_profile(document, profile, set(DocumentProfile.model_fields))
    fit_tables(document, weights)
    stream = BytesIO()
    document.save(stream)
    return stream.getvalue()


def _docx_table(
    document: Any, block: Table, weights: dict[tuple[str, ...], tuple[float, ...]]
) -> None:
    if block.title:
        _para(document, block.title, "mkHeading")
    rows = [
        (
            tuple(
                row.group if i == 0 and row.group else "  " * value.indent + value.text
                for i, value in enumerate(row.cells)
            ),
            row.total or row.group is not None,
        )
        for row in block.rows
    ]
    _table(document, [column.title for column in block.columns], rows, weights)
    if block.note:
        _para(document, block.note, "mkText")
