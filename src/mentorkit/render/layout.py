"""The page: the document profile of mentorkit.yaml (ГОСТ Р 7.0.97-2025 by default) applied to a
document, and the fixes a rendered document needs — tables as wide as their page, the roadmap's
columns in proportion, no empty section left behind by a part the document does not have.

The styles named here are the ones the default templates use (templates/generate.py); a user's
template keeps its own look, except for what mentorkit.yaml sets explicitly.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from docx.enum.text import WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

if TYPE_CHECKING:
    from mentorkit.model.config import DocumentProfile


TEXT_STYLES: dict[str, str] = {
    "mkOrganization": "Наименование организации",
    "mkRequisite": "Реквизит",
    "mkDocType": "Вид документа",
    "mkTitle": "Заголовок к тексту",
    "mkText": "Текст документа",
    "mkDirective": "Распорядительная часть",
    "mkSignature": "Подпись",
    "mkMark": "Гриф",
    "mkHeading": "Заголовок приложения",
    "mkPageNumber": "Номер страницы",
}
"""Styles set in the profile's main size, by style id, with their names as Word shows them."""

TABLE_STYLES: dict[str, str] = {
    "mkTableHead": "Шапка таблицы",
    "mkTableText": "Текст таблицы",
    "mkExecutor": "Отметка об исполнителе",
}
"""Styles set in the profile's table size (ГОСТ allows the executor mark smaller, too)."""

INDENTED = ("mkText",)
"""Styles that carry the profile's first-line indent."""

FULL_WIDTH = "5000"
"""tblW of type pct 5000 (100 %) marks a table that spans its page from margin to margin."""


def set_font(style: Any, name: str) -> None:
    """The font of a style for every script (Latin, Cyrillic, East Asian, complex)."""
    style.font.name = name
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), name)


def apply_profile(
    document: Any, profile: DocumentProfile | SimpleNamespace, fields: Collection[str]
) -> None:
    """Set the profile's `fields` (all of them for a default template; for a user's own template,
    only those mentorkit.yaml sets) on the document's sections and styles. The profile is the
    model or its values as attributes (`child.profile_values`: the child has no pydantic)."""
    for section in document.sections:
        for side in ("left", "right", "top", "bottom"):
            if f"margin_{side}" in fields:
                setattr(section, f"{side}_margin", Mm(getattr(profile, f"margin_{side}")))
    if "page_numbers_from" in fields and document.sections:
        # Word numbers either every page or every page but the first: from 3 on acts as 2.
        document.sections[0].different_first_page_header_footer = profile.page_numbers_from > 1
    normal = document.styles["Normal"]
    by_id = {style.style_id: style for style in document.styles}
    ours_text = [by_id[i] for i in TEXT_STYLES if i in by_id]
    ours_table = [by_id[i] for i in TABLE_STYLES if i in by_id]
    if "font" in fields:
        for style in (normal, *ours_text, *ours_table):
            set_font(style, profile.font)
    if "font_size" in fields:
        for style in (normal, *ours_text):
            style.font.size = Pt(profile.font_size)
    if "table_font_size" in fields:
        for style in ours_table:
            style.font.size = Pt(profile.table_font_size)
    if "line_spacing" in fields:
        normal.paragraph_format.line_spacing_rule = WD_LINE_SPACING.MULTIPLE
        normal.paragraph_format.line_spacing = profile.line_spacing
    if "first_line_indent" in fields:
        for style_id in INDENTED:
            if style_id in by_id:
                by_id[style_id].paragraph_format.first_line_indent = Mm(profile.first_line_indent)


# The qualified names the fixes below look for, made once (qn formats a new string per call: a
# table of 100 rows asked for them thousands of times).
_P, _T, _P_PR, _SECT_PR, _DRAWING = (qn(f"w:{n}") for n in ("p", "t", "pPr", "sectPr", "drawing"))
_TBL, _TBL_PR, _TBL_W, _TBL_GRID = (qn(f"w:{n}") for n in ("tbl", "tblPr", "tblW", "tblGrid"))
_GRID_COL, _TR, _TC, _TC_PR = (qn(f"w:{n}") for n in ("gridCol", "tr", "tc", "tcPr"))
_TC_W, _GRID_SPAN, _W, _TYPE, _VAL = (qn(f"w:{n}") for n in ("tcW", "gridSpan", "w", "type", "val"))


def _is_empty(element: Any) -> bool:
    if element.tag != _P:
        return False
    text = "".join(node.text or "" for node in element.iter(_T))
    return not text.strip() and element.find(".//" + _DRAWING) is None


def _section_break(paragraph: Any) -> Any:
    ppr = paragraph.find(_P_PR)
    return None if ppr is None else ppr.find(_SECT_PR)


def drop_empty_last_section(document: Any) -> None:
    """A part that a template puts in a section of its own (the roadmap, landscape) leaves that
    section empty when the document has no such part: the section is dropped, and the one
    before it becomes the last."""
    body = document.element.body
    children = [child for child in body if child.tag != _SECT_PR]
    for position in range(len(children) - 1, -1, -1):
        child = children[position]
        if child.tag != _P or _section_break(child) is None:
            continue
        after = children[position + 1 :]
        if not all(_is_empty(element) for element in after):
            return
        for element in after:
            body.remove(element)
        inner = _section_break(child)
        last = body.find(_SECT_PR)
        inner.getparent().remove(inner)
        if last is not None:
            body.replace(last, inner)
        else:
            body.append(inner)
        if _is_empty(child):
            body.remove(child)
        return


def _twips(value: Any) -> int:
    return int(value) // 635 if value is not None else 0  # EMU to twentieths of a point


def _tables_with_width(document: Any) -> Iterator[tuple[Any, int]]:
    """Each top-level table with the text width of the section it stands in (twips)."""
    body = document.element.body
    pending: list[Any] = []
    sections = iter(document.sections)
    for child in body:
        tag = child.tag
        if tag == _TBL:
            pending.append(child)
            continue
        ends_section = tag == _SECT_PR or (tag == _P and _section_break(child) is not None)
        if ends_section:
            section = next(sections, None)
            if section is not None:
                width = (
                    _twips(section.page_width)
                    - _twips(section.left_margin)
                    - _twips(section.right_margin)
                )
                for table in pending:
                    yield table, width
            pending = []


def _cell_texts(row: Any) -> tuple[str, ...]:
    """The texts of a row's cells, with the non-breaking spaces of typography.py as spaces (the
    keys of the column weights are the plain column titles)."""
    return tuple(
        "".join(node.text or "" for node in cell.iter(_T)).replace("\u00a0", " ").strip()
        for cell in row.findall(_TC)
    )


def fit_tables(document: Any, weights: dict[tuple[str, ...], tuple[float, ...]]) -> None:
    """Make every full-width table exactly as wide as its page's text, keeping its columns in
    proportion — or in `weights` when its header row reads as one of their keys."""
    for table, width in _tables_with_width(document):
        tblpr = table.find(_TBL_PR)
        tblw = tblpr.find(_TBL_W) if tblpr is not None else None
        if tblw is None or tblw.get(_TYPE) != "pct" or tblw.get(_W) != FULL_WIDTH:
            continue
        grid = table.find(_TBL_GRID)
        if grid is None:
            continue
        columns = grid.findall(_GRID_COL)
        rows = table.findall(_TR)
        header = _cell_texts(rows[0]) if rows else ()
        chosen = weights.get(header)
        if chosen is not None and len(chosen) == len(columns):
            shares = list(chosen)
        else:
            shares = [float(column.get(_W) or 1) for column in columns]
        total = sum(shares) or 1.0
        widths = [int(width * share / total) for share in shares]
        if widths:
            widths[-1] += width - sum(widths)
        for column, value in zip(columns, widths, strict=True):
            column.set(_W, str(value))
        for row in rows:
            index = 0
            for cell in row.findall(_TC):
                tcpr = cell.find(_TC_PR)
                span_element = tcpr.find(_GRID_SPAN) if tcpr is not None else None
                span = int(span_element.get(_VAL)) if span_element is not None else 1
                cell_width = sum(widths[index : index + span])
                index += span
                if tcpr is None:
                    continue
                tcw = tcpr.find(_TC_W)
                if tcw is None:
                    tcw = OxmlElement("w:tcW")
                    tcpr.insert(0, tcw)
                tcw.set(_W, str(cell_width))
                tcw.set(_TYPE, "dxa")
