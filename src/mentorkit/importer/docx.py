"""A .docx into paragraphs and tables, in the order of the body, with what Word shows but the
text does not hold: line breaks, automatic numbering («1.», «1.1.»), merged and spanned cells."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from mentorkit.importer.blocks import Block, Cell, Document, Paragraph, Table, clean
from mentorkit.importer.failure import ImportFailed

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(path: Path) -> Document:
    import docx

    try:
        document = docx.Document(str(path))
    except Exception:  # python-docx raises whatever the broken part makes lxml raise
        raise ImportFailed(
            f"{path}: файл повреждён — документ Word не читается",
            "откройте файл в Word или LibreOffice: если он откроется, сохраните его заново как "
            ".docx; если нет — возьмите другую копию документа",
        ) from None
    numbering = _Numbering(document)
    reader = _Reader(numbering)
    letterhead = _first_header(document)
    if letterhead is not None:
        # a letterhead kept in the page header of the first page comes before the body
        reader.body(letterhead)
    reader.body(document.element.body)
    return Document(tuple(reader.blocks), "docx")


class _Reader:
    def __init__(self, numbering: _Numbering) -> None:
        self.numbering = numbering
        self.blocks: list[Block] = []
        self.paragraphs = 0
        self.tables = 0

    def body(self, element: Any) -> None:
        for child in element.iterchildren():
            if child.tag == f"{W}p":
                text = clean(self.numbering.label(child) + _text(child))
                self.paragraphs += 1
                if text:
                    self.blocks.append(Paragraph(self.paragraphs, text))
            elif child.tag == f"{W}tbl":
                self.tables += 1
                self.blocks.append(Table(self.tables, tuple(self._rows(child))))
            elif child.tag in (f"{W}sdt", f"{W}customXml"):
                content = child.find(f"{W}sdtContent")
                self.body(content if content is not None else child)

    def _rows(self, table: Any) -> Iterator[tuple[Cell, ...]]:
        for row in table.iterchildren(f"{W}tr"):
            column = _int(row.find(f"{W}trPr/{W}gridBefore"), 0)
            cells: list[Cell] = []
            for cell in row.iterchildren(f"{W}tc"):
                props = cell.find(f"{W}tcPr")
                span = _int(props.find(f"{W}gridSpan") if props is not None else None, 1)
                merge = props.find(f"{W}vMerge") if props is not None else None
                continued = merge is not None and merge.get(f"{W}val") in (None, "continue")
                cells.append(Cell(self._cell_text(cell), column, span, continued))
                column += span
            yield tuple(cells)

    def _cell_text(self, cell: Any) -> str:
        lines: list[str] = []
        for child in cell.iterchildren():
            if child.tag == f"{W}p":
                lines.append(self.numbering.label(child) + _text(child))
            elif child.tag == f"{W}tbl":  # a table inside a cell: its rows as lines
                for row in self._rows(child):
                    lines.append(" ".join(c.text for c in row if c.text))
            elif child.tag == f"{W}sdt":
                lines.extend(_text(p) for p in child.iter(f"{W}p"))
        return clean("\n".join(lines))


MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _text(paragraph: Any) -> str:
    parts: list[str] = []

    def walk(node: Any) -> None:
        for child in node.iterchildren():
            tag = child.tag
            if tag == MC_FALLBACK:
                continue  # the same text box again, for old readers
            if tag == f"{W}t":
                parts.append(child.text or "")
            elif tag == f"{W}tab":
                parts.append(" ")
            elif tag == f"{W}noBreakHyphen":
                parts.append("-")
            elif tag in (f"{W}br", f"{W}cr"):
                if child.get(f"{W}type") not in ("page", "column"):
                    parts.append("\n")
            elif isinstance(tag, str):
                walk(child)

    walk(paragraph)
    return "".join(parts)


def _first_header(document: Any) -> Any:
    """The page header the first page shows, if it holds text."""
    try:
        section = document.sections[0]
        header = (
            section.first_page_header
            if section.different_first_page_header_footer
            else section.header
        )
        if header.is_linked_to_previous:
            return None
        element = header._element
    except (IndexError, AttributeError, KeyError, ValueError):
        return None
    return element if "".join(element.itertext()).strip() else None


def _int(element: Any, default: int) -> int:
    if element is None:
        return default
    try:
        return max(int(element.get(f"{W}val")), 0)
    except (TypeError, ValueError):
        return default


_ROMAN = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def _format(n: int, fmt: str) -> str:
    if fmt in ("upperRoman", "lowerRoman"):
        roman = _roman(min(n, 39))
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt in ("lowerLetter", "upperLetter", "russianLower", "russianUpper"):
        letters = (
            "абвгдежзиклмнопрстуфхцчшщэюя"
            if fmt.startswith("russian")
            else ("abcdefghijklmnopqrstuvwxyz")
        )
        letter = letters[(n - 1) % len(letters)]
        return letter.upper() if fmt.endswith("Upper") else letter
    return str(n)


class _Numbering:
    """Word's automatic numbering: the «1.», «2.1.» or «–» a paragraph shows but does not hold
    in its text. Counters run per list, as Word counts them."""

    def __init__(self, document: Any) -> None:
        self.levels: dict[tuple[str, int], tuple[str, str, int]] = {}
        self.abstract_of: dict[str, str] = {}
        self.counters: dict[str, list[int]] = {}
        self.styles = _style_numbering(document)
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for node in root.iterchildren(f"{W}abstractNum"):
            levels: dict[int, tuple[str, str, int]] = {}
            for level in node.iterchildren(f"{W}lvl"):
                fmt = level.find(f"{W}numFmt")
                text = level.find(f"{W}lvlText")
                levels[_int_attr(level, "ilvl", 0)] = (
                    fmt.get(f"{W}val", "decimal") if fmt is not None else "decimal",
                    text.get(f"{W}val", "") if text is not None else "",
                    _int(level.find(f"{W}start"), 1),
                )
            abstract[node.get(f"{W}abstractNumId", "")] = levels
        for num in root.iterchildren(f"{W}num"):
            ref = num.find(f"{W}abstractNumId")
            key = ref.get(f"{W}val", "") if ref is not None else ""
            num_id = num.get(f"{W}numId", "")
            self.abstract_of[num_id] = key
            for ilvl, spec in abstract.get(key, {}).items():
                self.levels[(num_id, ilvl)] = spec

    def label(self, paragraph: Any) -> str:
        props = paragraph.find(f"{W}pPr/{W}numPr")
        style = paragraph.find(f"{W}pPr/{W}pStyle")
        inherited = self.styles.get(style.get(f"{W}val", "")) if style is not None else None
        num_id = props.find(f"{W}numId") if props is not None else None
        if num_id is not None:
            num = num_id.get(f"{W}val", "")
            ilvl = _int(props.find(f"{W}ilvl") if props is not None else None, 0)
        elif inherited is not None:  # a list style («List Number»): the numbering is the style's
            num, ilvl = inherited
            if props is not None and props.find(f"{W}ilvl") is not None:
                ilvl = _int(props.find(f"{W}ilvl"), ilvl)
        else:
            return ""
        spec = self.levels.get((num, ilvl))
        if spec is None or num == "0":
            return ""
        fmt, text, _ = spec
        if fmt == "bullet":
            return "– "
        if fmt == "none":
            return ""
        counters = self.counters.setdefault(self.abstract_of.get(num, num), [])
        while len(counters) <= ilvl:
            level_spec = self.levels.get((num, len(counters)))
            counters.append((level_spec[2] if level_spec else 1) - 1)
        counters[ilvl] += 1
        del counters[ilvl + 1 :]

        def value(match: re.Match[str]) -> str:
            level = int(match.group(1)) - 1
            if level >= len(counters):
                return ""
            level_spec = self.levels.get((num, level))
            return _format(counters[level], level_spec[0] if level_spec else "decimal")

        label = re.sub(r"%(\d)", value, text).strip()
        return f"{label} " if label else ""


def _style_numbering(document: Any) -> dict[str, tuple[str, int]]:
    """styleId → (numId, level) for the styles that number their paragraphs, through basedOn."""
    try:
        root = document.styles.element
    except AttributeError:
        return {}
    own: dict[str, tuple[str | None, int | None]] = {}
    based: dict[str, str] = {}
    for style in root.iterchildren(f"{W}style"):
        style_id = style.get(f"{W}styleId", "")
        props = style.find(f"{W}pPr/{W}numPr")
        if props is not None:
            num_node = props.find(f"{W}numId")
            level_node = props.find(f"{W}ilvl")
            own[style_id] = (
                num_node.get(f"{W}val") if num_node is not None else None,
                _int(level_node, 0) if level_node is not None else None,
            )
        parent = style.find(f"{W}basedOn")
        if parent is not None:
            based[style_id] = parent.get(f"{W}val", "")
    result: dict[str, tuple[str, int]] = {}
    for style_id in set(own) | set(based):
        num: str | None = None
        level: int | None = None
        current: str | None = style_id
        seen: set[str] = set()
        while current and current not in seen and (num is None or level is None):
            seen.add(current)
            found_num, found_level = own.get(current, (None, None))
            num = num if num is not None else found_num
            level = level if level is not None else found_level
            current = based.get(current)
        if num is not None and num != "0":
            result[style_id] = (num, level or 0)
    return result


def _int_attr(element: Any, name: str, default: int) -> int:
    try:
        return int(element.get(f"{W}{name}"))
    except (TypeError, ValueError):
        return default
