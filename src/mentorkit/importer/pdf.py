"""A PDF with a text layer into paragraphs and tables, via pdfplumber (pure Python on PyPI; the
poppler tools are not on every user's machine). Each line of text outside the tables is a
paragraph of its own: the reader of the document joins lines that continue one another. Cells
keep their lines; a word the page broke for want of room is joined back."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from mentorkit.importer.blocks import Block, Cell, Document, Paragraph, Table, clean
from mentorkit.importer.failure import ImportFailed
from mentorkit.importer.pdfbounds import DEFAULT, Budget, Limits, TooBig, inflation_bounded, pages
from mentorkit.importer.words import broken_word

_SCANNED_HINT = (
    "это, похоже, скан: распознайте текст (OCR, например в ABBYY FineReader или в приложении "
    "сканера) и сохраните как .docx или PDF с текстом — или найдите исходный документ Word"
)


def read_pdf(path: Path, limits: Limits = DEFAULT) -> Document:
    """The blocks of a PDF, read within `limits` (pdfbounds): a PDF that would cost more than
    any real document is refused as soon as it crosses one."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    budget = Budget(limits)
    try:
        with inflation_bounded(budget):
            return _read(path, pdfplumber, budget)
    except PDFPasswordIncorrect:
        raise ImportFailed(
            f"{path}: PDF защищён паролем", "снимите защиту (сохраните копию без пароля)"
        ) from None
    except TooBig as error:
        raise ImportFailed(
            f"{path}: файл не прочитан — в PDF {error.what}",
            "укажите PDF с дорожной картой или приказом; если это он, сохраните из Word или "
            "LibreOffice .docx и импортируйте его",
        ) from None
    except (MemoryError, RecursionError):
        raise ImportFailed(
            f"{path}: файл не прочитан — PDF устроен так, что на его чтение не хватает памяти",
            "укажите PDF с дорожной картой или приказом, сохранённый из Word или LibreOffice",
        ) from None


def _read(path: Path, pdfplumber: Any, budget: Budget) -> Document:
    # the file is opened and closed here, not by pdfplumber: its close() lays out every page
    # of the document first (20 000 pages of a hostile one)
    with path.open("rb") as stream:
        return _blocks(path, _open(path, pdfplumber, stream), budget)


def _open(path: Path, pdfplumber: Any, stream: Any) -> Any:
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    try:
        return pdfplumber.open(stream)
    except Exception as error:  # pdfminer raises many kinds (PDFSyntaxError…) for a broken file
        # pdfplumber wraps what pdfminer raised: a password asked, a bound crossed
        cause = error.args[0] if error.args and isinstance(error.args[0], Exception) else error
        if isinstance(cause, PDFPasswordIncorrect | TooBig | MemoryError | RecursionError):
            raise cause from None
        raise ImportFailed(
            f"{path}: файл повреждён — PDF не читается",
            "откройте его в программе просмотра PDF; если он открывается, сохраните копию "
            "(«Печать → в PDF») и импортируйте её",
        ) from None


def _blocks(path: Path, pdf: Any, budget: Budget) -> Document:
    reader = _Blocks()
    try:
        for page in pages(pdf, budget):
            for _top, kind, content in _page(page):
                if kind == "table":
                    reader.table(content)
                else:
                    reader.paragraph(content)
            page.close()  # what a page holds is kept only while it is read
    except (TooBig, ImportFailed, MemoryError, RecursionError):
        raise
    except Exception:
        raise ImportFailed(
            f"{path}: файл повреждён — PDF не читается до конца",
            "откройте его в программе просмотра PDF и сохраните копию, затем импортируйте её",
        ) from None
    reader.close()
    if not reader.any_text:
        raise ImportFailed(f"{path}: в PDF нет текста, только изображения страниц", _SCANNED_HINT)
    return Document(tuple(reader.blocks), "pdf")


class _Blocks:
    """Blocks in order; a table that runs on from one page to the next is one table."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.rows: list[tuple[Cell, ...]] | None = None
        self.width = 0
        self.tables = 0
        self.paragraphs = 0
        self.any_text = False

    def table(self, rows: list[tuple[Cell, ...]]) -> None:
        width = max((len(r) for r in rows), default=0)
        self.any_text = self.any_text or any(c.text for r in rows for c in r)
        if self.rows is not None and width == self.width:
            self.rows.extend(rows)
            return
        self.close()
        self.rows, self.width = list(rows), width

    def paragraph(self, text: str) -> None:
        self.any_text = True
        self.close()
        self.paragraphs += 1
        self.blocks.append(Paragraph(self.paragraphs, text))

    def close(self) -> None:
        if self.rows is not None:
            self.tables += 1
            self.blocks.append(Table(self.tables, tuple(self.rows)))
            self.rows = None


def _page_furniture(text: str) -> bool:
    """A page number on its own line."""
    return text.strip().isdigit()


def _page(page: Any) -> list[tuple[float, str, Any]]:
    tables = page.find_tables()
    placed: list[tuple[float, str, Any]] = []
    for table in tables:
        placed.append((table.bbox[1], "table", _rows(page, table)))
    boxes = [t.bbox for t in tables]

    def outside(obj: dict[str, Any]) -> bool:
        if obj.get("object_type") != "char":
            return True
        x = (obj["x0"] + obj["x1"]) / 2
        y = (obj["top"] + obj["bottom"]) / 2
        return not any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in boxes)

    for line in page.filter(outside).extract_text_lines(keep_blank_chars=False):
        text = clean(line["text"])
        if text and not _page_furniture(text):
            placed.append((line["top"], "text", text))
    placed.sort(key=lambda p: p[0])
    return placed


def _rows(page: Any, table: Any) -> list[tuple[Cell, ...]]:
    rows: list[tuple[Cell, ...]] = []
    for row in table.rows:
        cells: list[Cell] = []
        boxes = list(row.cells)
        for index, box in enumerate(boxes):
            if box is None:
                continue
            span = 1
            while index + span < len(boxes) and boxes[index + span] is None:
                span += 1
            cells.append(Cell(_cell_text(page, box), index, span))
        rows.append(tuple(cells))
    return rows


def _cell_text(page: Any, box: tuple[float, float, float, float]) -> str:
    """The cell's lines: lines that wrap a sentence joined by a space, a word broken after its
    hyphen joined back, a list item on a line of its own, and a word LibreOffice broke without
    a hyphen for want of room («общеобразователь / ным») joined back where `broken_word` says
    the page broke it."""
    x0, top, x1, bottom = box

    def inside(obj: dict[str, Any]) -> bool:
        if obj.get("object_type") != "char":
            return False
        x = (obj["x0"] + obj["x1"]) / 2
        y = (obj["top"] + obj["bottom"]) / 2
        return bool(x0 <= x <= x1 and top <= y <= bottom)

    lines = [line for line in page.filter(inside).extract_text_lines() if line["text"].strip()]
    # the cell's padding, the same on both sides: the left one is where its lines begin
    padding = max(min((line["x0"] for line in lines), default=x0) - x0, 0.0)
    right = x1 - padding
    out: list[str] = []
    for index, line in enumerate(lines):
        text = " ".join(line["text"].split())
        if not out:
            out.append(text)
            continue
        previous = out[-1]
        if text[:1] in "•·▪●" or (text[:1] in "-–—" and previous.endswith((":", ";"))):
            out.append("\n" + text)
        elif (
            previous.endswith("-") and previous[-2:-1].isalpha() and text[:1].isalpha()
        ) or broken_word(lines[index - 1], line, right):
            out[-1] = previous + text
        else:
            out.append(" " + text)
    return clean("".join(out))
