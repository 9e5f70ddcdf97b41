"""Which field of an item a table column holds, from its header text, never from its position:
«Срок(и)», «Срок реализации» and «Дата проведения» are all the deadline."""

from __future__ import annotations

import re
from typing import Literal

Kind = Literal[
    "number",
    "title",
    "stage",
    "activities",
    "deadline",
    "responsible",
    "co_responsible",
    "responsible_co",
    "deadline_responsible",
    "document",
    "result",
    "indicators",
]
"""A column's meaning. Besides the item fields: «stage» (the stage or section a row opens),
«responsible_co» (responsible / co-responsible in one column), «deadline_responsible» (a
deadline and who meets it, in one column)."""

FIELDS: dict[Kind, str] = {
    "number": "number",
    "title": "title",
    "activities": "activities",
    "deadline": "deadline",
    "responsible": "responsible",
    "co_responsible": "co_responsible",
    "responsible_co": "responsible",
    "deadline_responsible": "deadline",
    "document": "document",
    "result": "result",
    "indicators": "indicators",
}
"""The roadmap column each kind becomes in `columns:` (a stage has none: it is a section)."""


def normalize_header(header: str) -> str:
    text = header.lower().replace("ё", "е").replace("\n", " ")
    return " ".join(re.sub(r"[^\w№/ ]+", " ", text).split())


# In order: the first rule that matches decides, so the more specific come first.
_PATTERNS: tuple[tuple[Kind, str], ...] = (
    ("deadline_responsible", r"срок.*(ответствен|исполнител)|(ответствен|исполнител).*срок"),
    ("responsible_co", r"(ответствен|исполнител).*соисполнител"),
    ("co_responsible", r"^соисполнител|^участник.*исполнени"),
    ("stage", r"этап|^направлени|^раздел|^блок"),
    ("activities", r"содержание (деятельности|работы)|вид\w* деятельности|^действи"),
    ("document", r"вид\w* документ|документ|форма отчет|отчетн\w* форм"),
    ("indicators", r"показател|индикатор|критери|kpi"),
    ("result", r"результат|итог|продукт|эффект"),
    ("deadline", r"срок|дата|период|время|когда|^месяц"),
    ("responsible", r"ответствен|исполнител|кто проводит|организатор|куратор"),
    ("number", r"^(№|n|номер|п/п|№ п/п|n п/п|№№|пункт|№ пункта)( п/п)?$|^№"),
    ("title", r"мероприяти|наименовани|содержани|название|тема|^задач|^деятельност"),
)
_RULES = tuple((kind, re.compile(pattern)) for kind, pattern in _PATTERNS)


def column_kind(header: str) -> Kind | None:
    """The kind of a column by its header, or None for a header mentorkit does not know."""
    text = normalize_header(header)
    if not text:
        return None
    for kind, pattern in _RULES:
        if pattern.search(text):
            return kind
    return None


def with_title(kinds: list[Kind | None]) -> list[Kind | None]:
    """A table names its items somewhere: with no «Мероприятие» column, «Содержание работы» (or
    «Содержание деятельности») is the item's title."""
    if "title" in kinds or "activities" not in kinds:
        return kinds
    index = kinds.index("activities")
    return [*kinds[:index], "title", *kinds[index + 1 :]]


def looks_like_header_row(texts: list[str]) -> bool:
    """A row of column headers: at least two known, a title among them, and nothing but
    headers (no deadline or number of an item)."""
    kinds = [column_kind(t) for t in texts if t.strip()]
    known = [k for k in kinds if k is not None]
    return (
        len(known) >= 2
        and bool({"title", "stage", "activities"} & set(known))
        and len(known) * 2 >= len(kinds)
        and not any(re.search(r"\d{1,2}\.\d{1,2}\.\d{2,4}", t) for t in texts)
    )


def is_column_numbers(texts: list[str]) -> bool:
    """The row «1 | 2 | 3 | 4» that numbers the columns under the header."""
    values = [t.strip().rstrip(".") for t in texts if t.strip()]
    return len(values) >= 2 and values == [str(i) for i in range(1, len(values) + 1)]
