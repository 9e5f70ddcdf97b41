"""A roadmap table into sections and items: the header read by its text, repeated headers and
column numbers skipped, rows broken by a page joined back, stages opened by their first row,
and every cell put in the field its column holds."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mentorkit.importer.blocks import Table
from mentorkit.importer.columns import (
    FIELDS,
    Kind,
    column_kind,
    is_column_numbers,
    looks_like_header_row,
    normalize_header,
    with_title,
)
from mentorkit.importer.result import Body, Finding, ItemDraft, SectionDraft
from mentorkit.importer.split import (
    deadline_steps,
    enumerated,
    looks_like_responsible,
    people_list,
    section_head,
    title_and_activities,
)
from mentorkit.importer.words import broken_across

HEADER_SEARCH_ROWS = 6
"""The header is among the first rows of the table (a title row may stand above it)."""

_SECTION_NUMBER = re.compile(r"^(?:раздел\s+|этап\s+)?([IVX]+|\d{1,2})\s?[.)]?$", re.IGNORECASE)
_LEADING_NUMBER = re.compile(r"^(?:раздел\s+|этап\s+)?(\d{1,2}|[IVX]+)\s?[.)]\s+(?=\S)", re.I)


@dataclass
class _Row:
    """A table row on the grid: the text of each grid column (a spanned cell's text stands in
    its first column) and which columns continue a merged cell."""

    number: int
    texts: list[str]
    merged: set[int]
    spanned: bool
    """One cell with text covers several columns: a heading across the table."""


@dataclass
class _Columns:
    kinds: list[Kind | None]
    headers: list[str]

    def index(self, kind: Kind) -> int | None:
        return self.kinds.index(kind) if kind in self.kinds else None


@dataclass
class _Logical:
    """A row of the roadmap once the rows a page broke are joined: a section or an item."""

    where: str
    values: dict[Kind, str] = field(default_factory=dict)
    unknown: dict[str, str] = field(default_factory=dict)
    section: bool = False
    opens_stage: bool = False
    moved: dict[Kind, Kind] = field(default_factory=dict)
    """Columns whose continuation went to another column (a fragment of the responsible)."""


def _grid(table: Table) -> list[_Row]:
    width = table.width
    rows: list[_Row] = []
    for index, cells in enumerate(table.rows):
        texts = [""] * width
        merged: set[int] = set()
        spanned = False
        for cell in cells:
            if cell.merged_above:
                merged.add(cell.start)
                continue
            if cell.start < width:
                texts[cell.start] = cell.text
                if cell.text and cell.span > 1:
                    spanned = True
        rows.append(_Row(index + 1, texts, merged, spanned))
    return rows


def is_roadmap(table: Table) -> bool:
    """A table whose header names an item's title and its deadline or responsible."""
    return _header(_grid(table)) is not None


def _header(rows: list[_Row]) -> tuple[int, int, _Columns] | None:
    """The header's first and last row (a wide header cell has a row of names below it) and
    the columns it names."""
    for position, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if not looks_like_header_row(row.texts):
            continue
        kinds = [column_kind(t) for t in row.texts]
        if not {"deadline", "responsible", "deadline_responsible", "responsible_co"} & set(
            k for k in kinds if k
        ):
            continue
        headers = list(row.texts)
        # A wide header cell («Ответственный» over «исполнитель | соисполнитель»): its text
        # stands in its first column; the row below names each column under it.
        last = position
        below = rows[position + 1] if position + 1 < len(rows) else None
        if below is not None and _sub_header(below):
            for g, text in enumerate(below.texts):
                if text:
                    top = next((headers[i] for i in range(g, -1, -1) if headers[i]), "")
                    # «исполнитель» under «Ответственный» is the responsible; a word that says
                    # nothing alone takes the wide header's text before it
                    headers[g] = text if column_kind(text) else f"{top} {text}".strip()
            kinds = [column_kind(t) for t in headers]
            last = position + 1
        return position, last, _Columns(with_title(kinds), headers)
    return None


def _sub_header(row: _Row) -> bool:
    filled = [t for t in row.texts if t]
    return (
        bool(filled)
        and len(filled) < len(row.texts)
        and all(column_kind(t) is not None or len(t) < 25 for t in filled)
        and not any(re.search(r"\d", t) for t in filled)
        and any(column_kind(t) in ("co_responsible", "responsible", "deadline") for t in filled)
    )


def read_table(table: Table, findings: list[Finding]) -> Body:
    """The sections and items of a roadmap table (is_roadmap must hold)."""
    rows = _grid(table)
    found = _header(rows)
    assert found is not None
    first_header, last_header, columns = found
    for row in rows[:first_header]:
        text = " | ".join(" ".join(t.split()) for t in dict.fromkeys(row.texts) if t)
        if text:
            findings.append(
                Finding(
                    "unplaced",
                    f"таблица {table.number}, строка {row.number}",
                    "строка над заголовком таблицы не отнесена ни к чему",
                    text,
                )
            )
    used = {g for row in rows[last_header + 1 :] for g, t in enumerate(row.texts) if t}
    for g, header in enumerate(columns.headers):
        if columns.kinds[g] is None and (header or g in used):
            shown = f"«{' '.join(header.split())}»" if header else f"№ {g + 1} (без заголовка)"
            findings.append(
                Finding(
                    "unplaced",
                    f"таблица {table.number}",
                    f"столбец {shown} — такого поля у мероприятия нет; его текст оставлен "
                    "комментарием у каждого пункта",
                )
            )
    header_key = [normalize_header(t) for t in rows[last_header].texts]
    first_key = [normalize_header(t) for t in rows[max(last_header - 1, 0)].texts]
    number_column = columns.index("number")
    if number_column is not None and not any(
        row.texts[number_column].strip() for row in rows[last_header + 1 :]
    ):
        # a «№» column left empty (numbers Word drew and the file does not hold): rows are
        # told apart without it
        columns.kinds[number_column] = None
        columns.headers[number_column] = ""
    logical: list[_Logical] = []
    for row in rows[last_header + 1 :]:
        key = [normalize_header(t) for t in row.texts]
        if key in (header_key, first_key) or is_column_numbers(row.texts):
            continue  # the header repeated at the top of a page, or the «1 2 3 4» row
        if not any(ch.isalnum() for t in row.texts for ch in t):
            continue  # an empty row or a rule of dashes
        _add_row(row, columns, logical, table.number, findings)
    return _build(logical, columns, findings)


def _values(row: _Row, columns: _Columns) -> tuple[dict[Kind, str], dict[str, str]]:
    values: dict[Kind, str] = {}
    unknown: dict[str, str] = {}
    for g, text in enumerate(row.texts):
        if not text:
            continue
        kind = columns.kinds[g]
        if kind is None:
            name = " ".join(columns.headers[g].split()) or f"столбец {g + 1}"
            unknown[name] = f"{unknown[name]}\n{text}" if name in unknown else text
        else:
            values[kind] = f"{values[kind]}\n{text}" if kind in values else text
    return values, unknown


def _add_row(
    row: _Row, columns: _Columns, logical: list[_Logical], table: int, findings: list[Finding]
) -> None:
    where = f"таблица {table}, строка {row.number}"
    values, unknown = _values(row, columns)
    filled = [t for t in row.texts if t]
    number = values.get("number", "").strip()
    stage_column = columns.index("stage")
    has_numbers = columns.index("number") is not None

    heading = None
    if len(filled) == 1 and not unknown and (row.spanned or set(values) <= {"title", "number"}):
        heading = filled[0]
    elif number and _SECTION_NUMBER.match(number) and set(values) == {"number", "title"}:
        heading = f"{number.rstrip('.')}. {values['title']}"
    if heading is not None and (stage_column is None or row.spanned) and not heading[:1].islower():
        if has_numbers and not number and not row.spanned and not _LEADING_NUMBER.match(heading):
            pass  # text in the title alone, no number: a row a page broke, joined below
        else:
            logical.append(_Logical(where, {"title": heading}, section=True))
            return

    if stage_column is not None and values.get("stage") and stage_column not in row.merged:
        entry = _Logical(where, values, unknown, opens_stage=True)
        logical.append(entry)
        return
    continued = (
        (has_numbers and not number)
        or (
            not has_numbers
            and (
                not values.get("title")
                or values["title"][:1].islower()
                or values["title"][:1] in "•·▪●"
            )
        )
    ) and not (stage_column is not None and stage_column in row.merged)
    if continued and logical and logical[-1].section and set(values) == {"title"} and not unknown:
        # a heading across the table that a page broke
        logical[-1].values["title"] += " " + values["title"]
        return
    if continued and logical and not logical[-1].section:
        _join(logical[-1], values, unknown, columns, where, findings)
        return
    if continued and not values.get("title"):
        findings.append(
            Finding(
                "unplaced",
                where,
                "строка без номера и названия не продолжает ни одно мероприятие",
                " | ".join(filled),
            )
        )
        return
    entry = _Logical(where, values, unknown)
    _shift_responsible(entry, row, columns, findings)
    logical.append(entry)


def _join(
    previous: _Logical,
    values: dict[Kind, str],
    unknown: dict[str, str],
    columns: _Columns,
    where: str,
    findings: list[Finding],
) -> None:
    """A row a page broke: its text continues the item above, column by column."""
    responsible: Kind | None = "responsible" if "responsible" in columns.kinds else None
    for kind, text in values.items():
        target: Kind = previous.moved.get(kind, kind)
        if (
            target == kind
            and responsible
            and kind not in ("title", "responsible", "responsible_co", "deadline_responsible")
            and text[:1].islower()
            and looks_like_responsible(text)
            and previous.values.get(kind)
        ):
            target = responsible
            previous.moved[kind] = responsible
            findings.append(
                Finding(
                    "note",
                    where,
                    f"продолжение строки «{text}» стоит в столбце "
                    f"«{_header_of(columns, kind)}», но похоже на ответственного — отнесено к "
                    "ответственным; проверьте",
                )
            )
        old = previous.values.get(target, "")
        glue = "\n" if text[:1] in "-–—•·" else ("" if broken_across(old, text) else " ")
        previous.values[target] = f"{old}{glue}{text}" if old else text
    for name, text in unknown.items():
        old = previous.unknown.get(name, "")
        previous.unknown[name] = f"{old} {text}" if old else text
    previous.where = previous.where.split(",")[0] + ", строки " + _rows_of(previous.where, where)


def _rows_of(first: str, last: str) -> str:
    start = re.findall(r"\d+", first.split(",", 1)[1])[0]
    end = re.findall(r"\d+", last.split(",", 1)[1])[-1]
    return f"{start}–{end}"


def _header_of(columns: _Columns, kind: Kind) -> str:
    index = columns.index(kind)
    return " ".join(columns.headers[index].split()) if index is not None else kind


def _shift_responsible(
    entry: _Logical, row: _Row, columns: _Columns, findings: list[Finding]
) -> None:
    """A row with a cell fewer than the header (a part of the table without «Показатели»):
    its last text, a person or a body of people, belongs to «Ответственный»."""
    target = columns.index("responsible")
    if target is None or entry.values.get("responsible"):
        return
    filled = [g for g, t in enumerate(row.texts) if t]
    if not filled or filled[-1] >= target:
        return
    kind = columns.kinds[filled[-1]]
    if kind not in ("result", "indicators", "document", "co_responsible"):
        return
    text = entry.values.get(kind, "")
    if not looks_like_responsible(text) or len(text) > 200:
        return
    del entry.values[kind]
    entry.values["responsible"] = text
    entry.moved[kind] = "responsible"
    message = (
        f"в столбце «{_header_of(columns, kind)}» — ответственные, а столбец «Ответственный» "
        "пуст: похоже, в этих строках на ячейку меньше; текст отнесён к ответственным; проверьте"
    )
    table, row_number = entry.where.split(", строка ")
    for index, finding in enumerate(findings):
        if finding.message == message:
            findings[index] = Finding("note", f"{finding.where}, {row_number}", message)
            return
    findings.append(Finding("note", f"{table}, строки {row_number}", message))


def _short(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


# --- logical rows → sections and items --------------------------------------------------------


def _build(logical: list[_Logical], columns: _Columns, findings: list[Finding]) -> Body:
    body = Body(_roadmap_columns(columns))
    current: SectionDraft | None = None
    for entry in logical:
        if entry.section:
            number, title = _split_number(entry.values["title"])
            current = SectionDraft(_flat(title), entry.where, number)
            body.sections.append(current)
            continue
        values = entry.values
        number = values.get("number", "").strip().rstrip(".") or None
        if entry.opens_stage:
            # «1.» is the stage's number; «1.1» is its first item's, and the stage is «1»
            stage_number = number.split(".")[0] if number else None
            current = SectionDraft(_flat(values["stage"]), entry.where, stage_number)
            body.sections.append(current)
            number = number if number and "." in number else None
            if not any(k not in ("stage", "number") for k in values) and not entry.unknown:
                continue
        title_text = values.get("title", "")
        if number and "." in number and title_text and not entry.opens_stage:
            current, title_text = _embedded_section(
                number, title_text, current, body, entry, findings
            )
        entries = enumerated(title_text, single=True) if entry.opens_stage and not number else None
        titles = entries or [title_text]
        items = [_item(t, number if not entries else None, entry, findings) for t in titles]
        _fill(items, entry, findings)
        target = current.items if current is not None else body.items
        target.extend(i for i in items if i.title)
    return body


def _embedded_section(
    number: str,
    title: str,
    current: SectionDraft | None,
    body: Body,
    entry: _Logical,
    findings: list[Finding],
) -> tuple[SectionDraft | None, str]:
    """Item «1.1» whose cell begins with «1. Нормативное регулирование …»: section 1's title,
    printed in one cell with its first item."""
    prefix = number.split(".")[0]
    if current is not None and (current.number or str(len(body.sections))) == prefix:
        return current, title
    head = section_head(title, prefix)
    if head is None:
        return current, title
    section_title, item_title = head
    findings.append(
        Finding(
            "note",
            entry.where,
            f"в ячейке пункта {number} — и заголовок раздела {prefix} («{_short(section_title)}»), "
            f"и название пункта («{_short(item_title)}»); разделены; проверьте границу",
        )
    )
    section = SectionDraft(_flat(section_title), entry.where, prefix)
    body.sections.append(section)
    return section, item_title


def _split_number(text: str) -> tuple[str | None, str]:
    match = _LEADING_NUMBER.match(text)
    if match:
        return match.group(1), text[match.end() :]
    return None, text


def _flat(text: str) -> str:
    return " ".join(text.split())


def _item(text: str, number: str | None, entry: _Logical, findings: list[Finding]) -> ItemDraft:
    title, activities = title_and_activities(text)
    item = ItemDraft(_flat(title), entry.where, number)
    if activities:
        item.fields["activities"] = activities
    if not item.title:
        texts = " | ".join(_flat(v) for v in entry.values.values() if v)
        if texts:
            findings.append(
                Finding("unplaced", entry.where, "у строки нет названия мероприятия", texts)
            )
    return item


def _fill(items: list[ItemDraft], entry: _Logical, findings: list[Finding]) -> None:
    values = entry.values
    for item in items:
        for kind in ("document", "result", "indicators"):
            if values.get(kind):
                item.fields[kind] = _flat(values[kind])
        if values.get("deadline"):
            item.fields["deadline"] = _flat(values["deadline"])
        if values.get("responsible"):
            item.fields["responsible"] = people_list(values["responsible"])
        if values.get("co_responsible"):
            item.fields["co_responsible"] = people_list(values["co_responsible"])
        if values.get("responsible_co"):
            main, _, co = values["responsible_co"].partition("/")
            item.fields["responsible"] = people_list(main)
            if co.strip():
                item.fields["co_responsible"] = people_list(co)
        if values.get("activities"):
            listed = enumerated(values["activities"], single=True) or [
                re.sub(r"^[-–—•·]\s*", "", line)
                for line in values["activities"].split("\n")
                if line.strip()
            ]
            item.fields["activities"] = [*item.fields.get("activities", []), *listed]
        for name, text in entry.unknown.items():
            item.comments.append(f"{name}: {_flat(text)}")
    if values.get("deadline_responsible"):
        steps = deadline_steps(values["deadline_responsible"])
        if len(steps) == len(items) or len(steps) == 1:
            for index, item in enumerate(items):
                deadline, who = steps[index if len(steps) > 1 else 0]
                if deadline:
                    item.fields["deadline"] = deadline
                if who:
                    item.fields["responsible"] = people_list(who)
        else:
            text = _flat(values["deadline_responsible"])
            for item in items:
                item.fields["deadline"] = text
            findings.append(
                Finding(
                    "note",
                    entry.where,
                    f"в «Сроки/ответственный» — {len(steps)} срока на {len(items)} мероприятия; "
                    "не разделено: весь текст записан сроком каждого; разделите вручную",
                    text,
                )
            )


def _roadmap_columns(columns: _Columns) -> list[str]:
    result: list[str] = []
    for kind in columns.kinds:
        if kind is None or kind == "stage":
            continue
        names = [FIELDS[kind]]
        if kind == "deadline_responsible":
            names.append("responsible")
        if kind == "responsible_co":
            names.append("co_responsible")
        for name in names:
            if name not in result:
                result.append(name)
    if "title" not in result:
        result.insert(1 if "number" in result else 0, "title")
    return result
