"""Generate mentorkit's default document templates: src/mentorkit/templates/*.docx.

The .docx files are committed so that mentorkit installed from a wheel finds them; this script is
their source, so that a change to them can be reviewed as code. The tests check that the committed
files are exactly what it makes.

    python templates/generate.py           write the templates
    python templates/generate.py --check   exit 1 when the committed templates differ

A template is a Word document with Jinja tags (docxtpl): {{ … }} prints a field, a paragraph
holding {%p … %} (a row holding {%tr … %}, a cell holding {%tc … %}) repeats or hides what lies
between it and its end tag. The fields are listed in README.md («Документы»).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from mentorkit.model.config import DocumentProfile
from mentorkit.render.docx import normalize_zip, set_properties
from mentorkit.render.layout import FULL_WIDTH, TABLE_STYLES, TEXT_STYLES, apply_profile

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "src" / "mentorkit" / "templates"

CENTER = WD_ALIGN_PARAGRAPH.CENTER
LEFT = WD_ALIGN_PARAGRAPH.LEFT
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY

# style id: (alignment, bold, space before pt, space after pt, keep with next)
STYLE_LOOK: dict[str, tuple[Any, bool, float, float, bool]] = {
    "mkOrganization": (CENTER, True, 0, 0, True),
    "mkRequisite": (CENTER, False, 0, 0, True),
    "mkDocType": (CENTER, True, 12, 12, True),
    "mkTitle": (CENTER, True, 12, 12, True),
    "mkText": (JUSTIFY, False, 0, 0, False),
    "mkDirective": (LEFT, False, 12, 12, True),
    "mkSignature": (LEFT, False, 0, 0, False),
    "mkMark": (LEFT, False, 0, 0, True),
    "mkHeading": (CENTER, True, 0, 12, True),
    "mkPageNumber": (CENTER, False, 0, 0, False),
    "mkTableHead": (CENTER, True, 0, 0, False),
    "mkTableText": (LEFT, False, 0, 0, False),
    "mkExecutor": (LEFT, False, 36, 0, False),
}

STYLE_NAMES = {**TEXT_STYLES, **TABLE_STYLES, "Normal": "Normal"}
"""Style ids (what the layout code looks for) to names (what python-docx and Word show)."""

A4 = (Mm(210), Mm(297))
MARK_WIDTH = Mm(80)
"""ГОСТ Р 7.0.97-2025 allows a corner requisite up to 8 cm wide."""


def _define_styles(document: Any) -> None:
    names = {**TEXT_STYLES, **TABLE_STYLES}
    normal = document.styles["Normal"]
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.space_after = Pt(0)
    rpr = normal.element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "ru-RU")
    lang.set(qn("w:eastAsia"), "ru-RU")
    lang.set(qn("w:bidi"), "ar-SA")
    rpr.append(lang)
    for style_id, (alignment, bold, before, after, keep) in STYLE_LOOK.items():
        style = document.styles.add_style(names[style_id], WD_STYLE_TYPE.PARAGRAPH)
        style.style_id = style_id
        style.base_style = normal
        style.quick_style = True
        style.font.bold = bold
        fmt = style.paragraph_format
        fmt.alignment = alignment
        fmt.space_before = Pt(before)
        fmt.space_after = Pt(after)
        fmt.keep_with_next = keep
        fmt.first_line_indent = Mm(0)
        fmt.widow_control = True


def _page_numbers(section: Any) -> None:
    """Page numbers centred at the top, from the second page (ГОСТ Р 7.0.97)."""
    section.different_first_page_header_footer = True
    section.header_distance = Mm(10)
    paragraph = section.header.paragraphs[0]
    paragraph.style = STYLE_NAMES["mkPageNumber"]
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "2"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)
    section.first_page_header.is_linked_to_previous = False


def _orient(section: Any, landscape: bool) -> None:
    width, height = A4
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (height, width) if landscape else (width, height)


def new_document(landscape: bool, title: str) -> Any:
    document = Document()
    _define_styles(document)
    section = document.sections[0]
    _orient(section, landscape)
    _page_numbers(section)
    apply_profile(document, DocumentProfile(), set(DocumentProfile.model_fields))
    document.core_properties.title = title
    return document


def para(container: Any, text: str, style: str, bold: bool = False, align: Any = None) -> Any:
    paragraph = container.add_paragraph(style=STYLE_NAMES[style])
    run = paragraph.add_run(text)
    if bold:
        run.bold = True
    if align is not None:
        paragraph.alignment = align
    return paragraph


def kept(paragraph: Any) -> Any:
    """A paragraph held on the page of the one after it: a title stays with its table."""
    paragraph.paragraph_format.keep_with_next = True
    return paragraph


def tag(container: Any, text: str) -> None:
    """A paragraph holding only a {%p … %} tag: docxtpl replaces it whole."""
    container.add_paragraph(text, style="Normal")


def page_break(container: Any) -> None:
    paragraph = container.add_paragraph(style="Normal")
    paragraph.paragraph_format.space_after = Pt(0)
    run = paragraph.add_run()
    run.font.size = Pt(1)
    run.add_break(WD_BREAK.PAGE)


def _edges(tag_: str, sides: tuple[str, ...], size: str | None) -> Any:
    """A borders element (tblBorders, tcBorders): single lines of `size` eighths of a point,
    or none at all when `size` is None."""
    borders = OxmlElement(tag_)
    for side in sides:
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "single" if size else "nil")
        if size:
            edge.set(qn("w:sz"), size)
            edge.set(qn("w:space"), "0")
            edge.set(qn("w:color"), "000000")
        borders.append(edge)
    return borders


def _borders(table: Any, visible: bool) -> None:
    sides = ("top", "left", "bottom", "right", "insideH", "insideV")
    table._tbl.tblPr.append(_edges("w:tblBorders", sides, "4" if visible else None))


def _no_side_padding(table: Any) -> None:
    """A layout table's text stands exactly at the margins, as if it were no table at all."""
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:w"), "0")
        edge.set(qn("w:type"), "dxa")
        margins.append(edge)
    table._tbl.tblPr.append(margins)


def _width(table: Any, full: bool, widths: list[Any]) -> None:
    tblpr = table._tbl.tblPr
    tblw = tblpr.find(qn("w:tblW"))
    if tblw is None:
        tblw = OxmlElement("w:tblW")
        tblpr.append(tblw)
    if full:
        tblw.set(qn("w:type"), "pct")
        tblw.set(qn("w:w"), FULL_WIDTH)
    else:
        tblw.set(qn("w:type"), "dxa")
        tblw.set(qn("w:w"), str(sum(int(w.twips) for w in widths)))
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tblpr.append(layout)
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
        for cell in column.cells:
            cell.width = width


def table(
    container: Any, widths_mm: list[float], full: bool, borders: bool, align: Any = None
) -> Any:
    widths = [Mm(w) for w in widths_mm]
    result = container.add_table(rows=0, cols=len(widths))
    result.autofit = False
    _borders(result, borders)
    if not borders:
        _no_side_padding(result)
    if align is not None:
        result.alignment = align
    _width(result, full, widths)
    return result


def row(
    table_: Any,
    texts: list[str],
    style: str,
    header: bool = False,
    bold: bool = False,
    whole: bool = False,
) -> Any:
    """A row of `texts`; `header` repeats it on every page, `whole` keeps it off page breaks."""
    new = table_.add_row()
    for index, (cell, text) in enumerate(zip(new.cells, texts, strict=True)):
        cell.width = table_.columns[index].width
        paragraph = cell.paragraphs[0]
        paragraph.style = STYLE_NAMES[style]
        run = paragraph.add_run(text)
        if bold:
            run.bold = True
    for flag, name in ((whole, "w:cantSplit"), (header, "w:tblHeader")):
        if flag:
            new._tr.get_or_add_trPr().append(OxmlElement(name))
    return new


def merged_row(table_: Any, text: str, style: str, bold: bool = False, keep: bool = False) -> Any:
    """A row of one cell across the table; `keep` holds it on the page of the row after it."""
    new = row(table_, [text] + [""] * (len(table_.columns) - 1), style, bold=bold, whole=keep)
    merged = new.cells[0].merge(new.cells[-1])
    for paragraph in merged.paragraphs[1:]:
        paragraph._p.getparent().remove(paragraph._p)
    if keep:
        merged.paragraphs[0].paragraph_format.keep_with_next = True
    return new


def mark(container: Any, expression: str) -> None:
    """The corner requisite (appendix mark, approval stamp): a borderless table at the right."""
    box = table(container, [80], full=False, borders=False, align=WD_TABLE_ALIGNMENT.RIGHT)
    row(box, [expression], "mkMark", whole=True)
    spacer = kept(container.add_paragraph(style="Normal"))
    spacer.paragraph_format.space_after = Pt(12)


# --- the blocks ------------------------------------------------------------------------------


def letterhead(document: Any) -> None:
    tag(document, "{%p if organization.parent %}")
    para(document, "{{ organization.parent }}", "mkRequisite")
    tag(document, "{%p endif %}")
    para(document, "{{ organization.name }}", "mkOrganization")
    tag(document, "{%p if organization.address %}")
    para(
        document, "{{ organization.address }}", "mkExecutor", align=CENTER
    ).paragraph_format.space_before = Pt(6)
    tag(document, "{%p endif %}")
    para(document, "ПРИКАЗ", "mkDocType")
    line = table(document, [85, 85], full=True, borders=False)
    row(line, ["{{ order.date }}", "№\u00a0{{ order.number }}"], "mkSignature")
    line.rows[0].cells[1].paragraphs[0].alignment = RIGHT
    tag(document, "{%p if organization.place %}")
    para(document, "{{ organization.place }}", "mkRequisite")
    tag(document, "{%p endif %}")


def order_text(document: Any) -> None:
    para(document, "{{ order.title }}", "mkTitle")
    tag(document, "{%p if order.basis %}")
    para(document, "{{ order.basis }}", "mkText")
    tag(document, "{%p endif %}")
    para(document, "ПРИКАЗЫВАЮ:", "mkDirective")
    tag(document, "{%p for point in order.points %}")
    para(document, "{{ point.number }}. {{ point.first }}", "mkText")
    tag(document, "{%p for line in point.rest %}")
    para(document, "{{ line }}", "mkText")
    tag(document, "{%p endfor %}")
    tag(document, "{%p endfor %}")
    for _ in range(2):
        document.add_paragraph(style="Normal")
    signature_block(document)
    acquaintance(document)
    executor_mark(document)


def signature_block(document: Any) -> None:
    """The signature: position and name; signed electronically, the mark of the electronic
    signature between them (ГОСТ Р 7.0.97-2025), in a frame, in place of the handwritten one."""
    tag(document, "{%p if order.stamp %}")
    signed = table(document, [55, 80, 35], full=True, borders=False)
    row(
        signed,
        ["{{ order.signature.role }}", "", "{{ order.signature.name }}"],
        "mkSignature",
        whole=True,
    )
    cells = signed.rows[0].cells
    cells[2].paragraphs[0].alignment = RIGHT
    for cell in (cells[0], cells[2]):
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    stamp = cells[1]
    _frame(stamp)
    first = stamp.paragraphs[0]
    first.style = STYLE_NAMES["mkExecutor"]
    first.alignment = CENTER
    first.paragraph_format.space_before = Pt(2)
    first.add_run("ДОКУМЕНТ ПОДПИСАН\nЭЛЕКТРОННОЙ ПОДПИСЬЮ").bold = True
    for text in ("{%p for line in order.stamp %}", "{{ line }}", "{%p endfor %}"):
        line = stamp.add_paragraph(text, style=STYLE_NAMES["mkExecutor"])
        line.paragraph_format.space_before = Pt(0)
        line.alignment = CENTER
    stamp.paragraphs[-1].paragraph_format.space_after = Pt(2)
    tag(document, "{%p else %}")
    signature = table(document, [100, 70], full=True, borders=False)
    row(
        signature,
        ["{{ order.signature.role }}", "{{ order.signature.name }}"],
        "mkSignature",
        whole=True,
    )
    signature.rows[0].cells[1].paragraphs[0].alignment = RIGHT
    tag(document, "{%p endif %}")


def _frame(cell: Any) -> None:
    """A thin frame around one cell: the electronic signature's mark."""
    sides = ("top", "left", "bottom", "right")
    cell._tc.get_or_add_tcPr().append(_edges("w:tcBorders", sides, "8"))


def acquaintance(document: Any) -> None:
    """«С приказом ознакомлены:» — a line for each employee the order names."""
    tag(document, "{%p if order.acquainted %}")
    heading = kept(para(document, "С приказом ознакомлены:", "mkSignature"))
    heading.paragraph_format.space_before = Pt(24)
    heading.paragraph_format.space_after = Pt(6)
    sheet = table(document, [60, 40, 70], full=True, borders=False)
    merged_row(sheet, "{%tr for name in order.acquainted %}", "mkSignature")
    row(
        sheet,
        ["{{ name }}", "____________", "«___» __________ 20___ г."],
        "mkSignature",
        whole=True,
    )
    merged_row(sheet, "{%tr endfor %}", "mkSignature")
    for cell in sheet.rows[1].cells[1:]:
        cell.paragraphs[0].alignment = RIGHT
    tag(document, "{%p endif %}")


def _at_page_bottom(paragraph: Any) -> None:
    """The paragraph in a frame at the bottom left of its page's text (the executor mark)."""
    ppr = paragraph._p.get_or_add_pPr()
    frame = OxmlElement("w:framePr")
    for name, value in (
        ("w:w", "6000"),
        ("w:wrap", "notBeside"),
        ("w:vAnchor", "margin"),
        ("w:hAnchor", "margin"),
        ("w:xAlign", "left"),
        ("w:yAlign", "bottom"),
    ):
        frame.set(qn(name), value)
    ppr.insert(0, frame)


def executor_mark(document: Any) -> None:
    """The executor's name and phone, smaller, at the bottom of the order's last page: one
    paragraph (two frames would stand apart), the phone after a line break when there is one."""
    tag(document, "{%p if order.executor %}")
    mark_ = para(document, "{{ order.executor }}", "mkExecutor")
    mark_.paragraph_format.space_before = Pt(0)
    mark_.add_run("{%r if order.executor_phone %}")
    phone = mark_.add_run()
    phone.add_break()
    phone.add_text("{{ order.executor_phone }}")
    mark_.add_run("{%r endif %}")
    _at_page_bottom(mark_)
    tag(document, "{%p endif %}")


def pair_list(document: Any) -> None:
    tag(document, "{%p if pair_list %}")
    page_break(document)
    mark(document, "{{ pair_list.mark }}")
    para(document, "{{ pair_list.title }}", "mkHeading")
    pairs = table(document, [15, 60, 60, 35], full=True, borders=True)
    row(
        pairs,
        ["№\u00a0п/п", "Наставник", "Наставляемые", "Форма наставничества"],
        "mkTableHead",
        True,
    )
    merged_row(pairs, "{%tr for pair in pair_list.pairs %}", "mkTableText")
    row(
        pairs,
        [
            "{{ loop.index }}",
            "{{ pair.mentor.description }}",
            "{{ pair.mentees_text }}",
            "{{ pair.form }}",
        ],
        "mkTableText",
        whole=True,
    )
    merged_row(pairs, "{%tr endfor %}", "mkTableText")
    document.add_paragraph(style="Normal")
    tag(document, "{%p endif %}")


def individual_plan(document: Any, name: str) -> None:
    """A pair's plan: `name` is the template's variable for it (plan in a loop, or pair)."""
    tag(document, f"{{%p if {name}.mark %}}")
    mark(document, f"{{{{ {name}.mark }}}}")
    tag(document, "{%p endif %}")
    para(
        document, "Индивидуальный план наставничества", "mkHeading"
    ).paragraph_format.space_after = Pt(0)
    para(document, f"{{{{ {name}.period }}}}", "mkHeading")
    lines = [
        f"Форма наставничества: {{{{ {name}.form }}}}",
        f"Наставник: {{{{ {name}.mentor.description }}}}",
        f"{{{{ {name}.mentees_title }}}}: {{{{ {name}.mentees_text }}}}",
    ]
    for text in lines:
        kept(para(document, text, "mkSignature"))
    for field, text in (("order", "Пара закреплена приказом"), ("goal", "Цель:")):
        tag(document, f"{{%p if {name}.{field} %}}")
        kept(para(document, f"{text} {{{{ {name}.{field} }}}}", "mkSignature"))
        tag(document, "{%p endif %}")
    kept(document.add_paragraph(style="Normal"))
    meetings = table(document, [15, 48, 52, 25, 30], full=True, borders=True)
    row(
        meetings,
        ["№\u00a0п/п", "Этап", "Содержание", "Дата", "Отметка о выполнении"],
        "mkTableHead",
        True,
    )
    merged_row(meetings, f"{{%tr for meeting in {name}.meetings %}}", "mkTableText")
    row(
        meetings,
        [
            "{{ meeting.number }}",
            "{{ meeting.stage }}",
            "{{ meeting.topic }}",
            "{{ meeting.date }}",
            "{{ meeting.done }}",
        ],
        "mkTableText",
        whole=True,
    )
    merged_row(meetings, "{%tr endfor %}", "mkTableText")
    # An approved plan has no progress: the line is left out, not left empty.
    tag(document, f"{{%p if {name}.progress %}}")
    para(document, f"{{{{ {name}.progress }}}}", "mkSignature").paragraph_format.space_before = Pt(
        6
    )
    tag(document, "{%p endif %}")
    document.add_paragraph(style="Normal")
    signatures = table(document, [45, 60, 65], full=True, borders=False)
    merged_row(signatures, f"{{%tr for signature in {name}.signatures %}}", "mkSignature")
    row(
        signatures,
        ["{{ signature.role }}", "____________________", "{{ signature.name }}"],
        "mkSignature",
        whole=True,
    )
    merged_row(signatures, "{%tr endfor %}", "mkSignature")
    document.add_paragraph(style="Normal")


def roadmap(document: Any) -> None:
    tag(document, "{%p if roadmap.mark %}")
    mark(document, "{{ roadmap.mark }}")
    tag(document, "{%p endif %}")
    para(document, "{{ roadmap.title }}", "mkHeading")
    tag(document, "{%p if roadmap.goal %}")
    kept(para(document, "Цель: {{ roadmap.goal }}", "mkText"))
    tag(document, "{%p endif %}")
    tag(document, "{%p if roadmap.tasks %}")
    kept(para(document, "Задачи:", "mkText"))
    tag(document, "{%p for task in roadmap.tasks %}")
    # Tasks are not chained: a long list may break between them, so that the chain held on
    # one page stays short (LibreOffice moves a chain that does not fit to the next page).
    para(document, "– {{ task }}", "mkText")
    tag(document, "{%p endfor %}")
    tag(document, "{%p endif %}")
    kept(document.add_paragraph(style="Normal"))
    grid = table(document, [20, 200, 20], full=True, borders=True)
    row(
        grid,
        ["{%tc for column in roadmap.columns %}", "{{ column.title }}", "{%tc endfor %}"],
        "mkTableHead",
        True,
    )
    merged_row(grid, "{%tr for row in roadmap.rows %}", "mkTableText")
    merged_row(grid, "{%tr if row.section %}", "mkTableText")
    merged_row(
        grid, "{% colspan roadmap.columns|length %}{{ row.title }}", "mkTableText", True, True
    )
    merged_row(grid, "{%tr else %}", "mkTableText")
    row(
        grid,
        ["{%tc for cell in row.cells %}", "{{ cell }}", "{%tc endfor %}"],
        "mkTableText",
        whole=True,
    )
    merged_row(grid, "{%tr endif %}", "mkTableText")
    merged_row(grid, "{%tr endfor %}", "mkTableText")
    document.add_paragraph(style="Normal")


# --- the templates ---------------------------------------------------------------------------


def order_template() -> Any:
    document = new_document(landscape=False, title="Приказ (шаблон mentorkit)")
    letterhead(document)
    order_text(document)
    pair_list(document)
    tag(document, "{%p for plan in plans %}")
    page_break(document)
    individual_plan(document, "plan")
    tag(document, "{%p endfor %}")
    # The roadmap is landscape: a section of its own, dropped when the order has no roadmap.
    appendix = document.add_section(WD_SECTION.NEW_PAGE)
    _orient(appendix, landscape=True)
    appendix.different_first_page_header_footer = False
    tag(document, "{%p if roadmap %}")
    roadmap(document)
    tag(document, "{%p endif %}")
    return document


def plan_template() -> Any:
    document = new_document(landscape=True, title="Дорожная карта (шаблон mentorkit)")
    roadmap(document)
    return document


def pair_template() -> Any:
    document = new_document(landscape=False, title="Индивидуальный план (шаблон mentorkit)")
    individual_plan(document, "pair")
    return document


TEMPLATES: dict[str, Callable[[], Any]] = {
    "order.docx": order_template,
    "plan.docx": plan_template,
    "pair.docx": pair_template,
}


def build_all() -> dict[str, bytes]:
    """Every default template's bytes, by file name: the same on every run."""
    result = {}
    for name, build in TEMPLATES.items():
        document = build()
        set_properties(document, document.core_properties.title, "mentorkit", None)
        buffer = BytesIO()
        document.save(buffer)
        result[name] = normalize_zip(buffer.getvalue())
    return result


def main(argv: list[str]) -> int:
    built = build_all()
    if "--check" in argv:
        stale = [
            name
            for name, data in built.items()
            if not (TARGET / name).is_file() or (TARGET / name).read_bytes() != data
        ]
        for name in stale:
            print(f"{TARGET / name}: не совпадает с templates/generate.py — запустите его")
        return 1 if stale else 0
    TARGET.mkdir(parents=True, exist_ok=True)
    for name, data in built.items():
        (TARGET / name).write_bytes(data)
        print(f"записан {TARGET.relative_to(ROOT) / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
