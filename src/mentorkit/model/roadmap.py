"""roadmaps/*.yaml: a roadmap (дорожная карта) with its sections and items."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from mentorkit.model.common import Date, Dates, Model, PeriodField, Text, Texts
from mentorkit.records import dataclass

Column = Literal[
    "number",
    "title",
    "activities",
    "deadline",
    "responsible",
    "co_responsible",
    "document",
    "result",
    "indicators",
]


class Item(Model):
    title: str = Field(description="Наименование мероприятия")
    number: Text | None = Field(None, description="Номер пункта, если не по порядку: «1.9»")
    deadline: Text | None = Field(None, description="Срок, как в документе: «до 15.03.2022»")
    responsible: Texts = Field((), description="Ответственный: текст или список")
    co_responsible: Texts = Field((), description="Соисполнители")
    document: str | None = Field(None, description="Вид документа: «Приказ УО»")
    result: str | None = Field(None, description="Ожидаемый результат")
    indicators: str | None = Field(None, description="Показатели эффективности")
    activities: Texts = Field((), description="Содержание деятельности: список")
    done: Dates = Field((), description="Дата выполнения или список дат для повторяющегося")
    evidence: str | None = Field(None, description="Подтверждение: «Приказ от 25.09.2023 № 150»")
    cancelled: str | None = Field(None, description="Причина отмены мероприятия")


class Subsection(Model):
    """A section inside a section: sections nest one level, so it has no sections of its own."""

    title: str = Field(description="Название подраздела")
    number: Text | None = Field(None, description="Номер подраздела, если не по порядку")
    items: tuple[Item, ...] = ()


class Section(Model):
    title: str = Field(description="Название раздела или этапа")
    number: Text | None = Field(None, description="Номер раздела, если не по порядку")
    items: tuple[Item, ...] = ()
    sections: tuple[Subsection, ...] = Field((), description="Подразделы (один уровень)")


class Approval(Model):
    order: Text = Field(description="Номер утвердившего приказа")
    date: Date = Field(description="Дата утвердившего приказа")


class Roadmap(Model):
    title: str = Field(description="Заголовок дорожной карты")
    period: PeriodField = Field(description="2023-2024 (учебный год) или {start, end}")
    approved_by: Approval | None = Field(None, description="Приказ, утвердивший дорожную карту")
    columns: tuple[Column, ...] = Field(
        ("number", "title", "deadline", "responsible", "result"),
        description="Столбцы таблицы в документе, по порядку",
    )
    goal: str | None = Field(None, description="Цель")
    tasks: Texts = Field((), description="Задачи")
    sections: tuple[Section, ...] = ()
    items: tuple[Item, ...] = Field((), description="Пункты без разделов")


@dataclass(frozen=True)
class NumberedItem:
    """An item with its number («1.3»), its section and where it stands in the file."""

    number: str
    item: Item
    section: str | None
    keys: tuple[str | int, ...]


_NUMBERED: dict[int, tuple[Roadmap, tuple[NumberedItem, ...]]] = {}
"""The last roadmaps numbered (a check numbers the same one for each of its checks)."""


def numbered_items(roadmap: Roadmap) -> list[NumberedItem]:
    """Every item in document order, numbered 1.1, 1.2… by position unless it has `number`."""
    kept = _NUMBERED.get(id(roadmap))
    if kept is not None and kept[0] is roadmap:
        return list(kept[1])
    result = _numbered(roadmap)
    if len(_NUMBERED) >= 8:
        _NUMBERED.clear()
    _NUMBERED[id(roadmap)] = (roadmap, tuple(result))
    return result


def _numbered(roadmap: Roadmap) -> list[NumberedItem]:
    result: list[NumberedItem] = []

    def walk(
        items: tuple[Item, ...], prefix: str, section: str | None, keys: tuple[str | int, ...]
    ) -> None:
        for index, item in enumerate(items):
            number = item.number or f"{prefix}{index + 1}"
            result.append(NumberedItem(number.rstrip("."), item, section, (*keys, "items", index)))

    walk(roadmap.items, "", None, ())
    for s_index, section in enumerate(roadmap.sections):
        s_number = (section.number or str(s_index + 1)).rstrip(".")
        s_keys: tuple[str | int, ...] = ("sections", s_index)
        walk(section.items, f"{s_number}.", section.title, s_keys)
        for ss_index, sub in enumerate(section.sections):
            ss_number = (sub.number or f"{s_number}.{ss_index + 1}").rstrip(".")
            walk(sub.items, f"{ss_number}.", sub.title, (*s_keys, "sections", ss_index))
    return result
