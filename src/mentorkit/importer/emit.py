"""The drafts as YAML in the repository format, with comments where a reader needs them: what
the file was imported from, and — at the end — everything that could not be placed, so that
nothing of the document is lost."""

from __future__ import annotations

import io
import textwrap
from datetime import date
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import LiteralScalarString

from mentorkit.importer.result import (
    Finding,
    Imported,
    ItemDraft,
    OrderDraft,
    Organization,
    PersonFound,
    SectionDraft,
)

WIDTH = 100
_ITEM_KEYS = (
    "number",
    "activities",
    "deadline",
    "responsible",
    "co_responsible",
    "document",
    "result",
    "indicators",
)


def _dump(data: Any) -> str:
    yaml = YAML()
    yaml.width = WIDTH
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.allow_unicode = True
    stream = io.StringIO()
    yaml.dump(data, stream)
    return stream.getvalue()


def _comment_lines(text: str, indent: str = "") -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        wrapped = textwrap.wrap(paragraph, WIDTH - len(indent) - 2) or [""]
        lines.extend(f"{indent}# {line}".rstrip() for line in wrapped)
    return lines


def _header(lines: list[str]) -> str:
    return "\n".join(line for text in lines for line in _comment_lines(text)) + "\n"


def _footer(findings: list[Finding]) -> str:
    kept = [f for f in findings if f.kind == "unplaced"]
    if not kept:
        return ""
    out = [
        "",
        "# Не размещено при импорте — перенесите в нужные поля или удалите:",
    ]
    for finding in kept:
        text = f"{finding.where}: {finding.message}"
        if finding.text:
            text += f": «{finding.text}»"
        out.extend(_comment_lines("– " + text))
    return "\n".join(out) + "\n"


def _text_or_list(values: list[str]) -> Any:
    if len(values) == 1:
        return values[0]
    seq = CommentedSeq(values)
    if sum(len(v) for v in values) < 60:
        seq.fa.set_flow_style()
    return seq


def _positional(number: str | None, expected: str) -> str | None:
    """A number worth writing: the format numbers by position, so only a different one."""
    if number is None or number.rstrip(".") == expected:
        return None
    return number.rstrip(".")


def _item(item: ItemDraft, expected: str) -> CommentedMap:
    data = CommentedMap()
    data["title"] = item.title
    number = _positional(item.number, expected)
    for key in _ITEM_KEYS:
        if key == "number":
            if number:
                data["number"] = number
            continue
        value = item.fields.get(key)
        if not value:
            continue
        if key == "activities" and isinstance(value, list):
            data[key] = CommentedSeq(value)
        elif isinstance(value, list):
            data[key] = _text_or_list(value)
        else:
            data[key] = value
    if item.comments:
        data.yaml_set_start_comment("\n".join(item.comments))
    return data


def _section(section: SectionDraft, index: int) -> tuple[CommentedMap, str]:
    data = CommentedMap()
    data["title"] = section.title
    number = _positional(section.number, str(index + 1))
    if number:
        data["number"] = number
    shown = number or str(index + 1)
    data["items"] = CommentedSeq(
        _item(item, f"{shown}.{i + 1}") for i, item in enumerate(section.items)
    )
    return data, shown


def roadmap_yaml(result: Imported) -> str:
    data = CommentedMap()
    data["title"] = result.title or result.source
    if isinstance(result.period, dict):
        period = CommentedMap(result.period)
        period.fa.set_flow_style()
        data["period"] = period
    elif result.period:
        data["period"] = result.period
    if result.approved_by:
        approval = CommentedMap([("order", result.approved_by[0]), ("date", result.approved_by[1])])
        approval.fa.set_flow_style()
        data["approved_by"] = approval
    columns = CommentedSeq(result.body.columns)
    columns.fa.set_flow_style()
    data["columns"] = columns
    if result.goal:
        data["goal"] = result.goal
    if result.tasks:
        data["tasks"] = CommentedSeq(result.tasks)
    if result.body.items:
        data["items"] = CommentedSeq(
            _item(item, str(i + 1)) for i, item in enumerate(result.body.items)
        )
    if result.body.sections:
        data["sections"] = CommentedSeq(
            _section(section, i)[0] for i, section in enumerate(result.body.sections)
        )
    head = [
        f"Импортировано из «{result.source}» командой mentorkit import. Тексты — как в "
        "документе; проверьте по нему и допишите отметки о выполнении (done).",
    ]
    if result.period is None:
        head.append("Период в документе не найден: впишите period (2023-2024 или {start, end}).")
    return _header(head) + _dump(data) + _footer(result.findings)


_IMPORTED_NOTE = (
    "imported: этот приказ уже издан; пока у названных в нём людей нет согласия, проверка "
    "предупреждает (MK605), а сформировать по нему документ mentorkit не даст."
)


def order_yaml(result: Imported, order: OrderDraft, roadmap_path: str) -> str:
    data = CommentedMap()
    data["type"] = "roadmap"
    data["number"] = order.number
    data["date"] = order.date
    if order.title:
        data["title"] = order.title
    if order.basis:
        data["basis"] = order.basis
    data["roadmap"] = roadmap_path
    if order.points:
        data["points"] = CommentedSeq(
            LiteralScalarString(p) if "\n" in p else p for p in order.points
        )
    if order.signed_by:
        data["signed_by"] = order.signed_by
    if order.executor:
        data["executor"] = order.executor
    data["imported"] = result.source
    head = [
        f"Приказ из «{result.source}», импортирован командой mentorkit import; дорожная карта "
        f"— его приложение ({roadmap_path}).",
    ]
    head.append(_IMPORTED_NOTE)
    for point in order.dropped:
        head.append(
            "Пункт документа «" + " ".join(point.split()) + "» mentorkit составляет сам (вид "
            "приказа roadmap), поэтому его нет в points."
        )
    return _header(head) + _dump(data)


def approval_yaml(result: Imported, number: str, day: date, roadmap_path: str) -> str:
    """The order a roadmap's mark names («УТВЕРЖДЕН приказом … от 25.03.2022 № 220»), known only
    by its number and date."""
    data = CommentedMap()
    data["type"] = "roadmap"
    data["number"] = number
    data["date"] = day
    data["roadmap"] = roadmap_path
    data["imported"] = result.source
    head = [
        f"Приказ, которым утверждена дорожная карта «{result.source}», известен только по её "
        f"грифу (от {day:%d.%m.%Y} № {number}); mentorkit import записал его номер и дату, чтобы "
        "approved_by дорожной карты ссылался на него. Заголовок, преамбулу (basis), пункты и "
        "подпись впишите по самому приказу, прежде чем формировать его.",
        _IMPORTED_NOTE,
    ]
    return _header(head) + _dump(data)


def config_yaml(organization: Organization | None, source: str) -> str:
    data = CommentedMap()
    org = CommentedMap()
    head = [f"Организация — по документу «{source}» (mentorkit import)."]
    if organization is None:
        org["name"] = "Наименование организации"
        head.append("Наименование в документе не найдено: впишите его в organization.name.")
    else:
        org["name"] = organization.name
        if organization.guessed:
            head.append(
                "Бланка с наименованием в документе нет: наименование взято из грифа или "
                "заголовка — проверьте его."
            )
        if organization.place:
            org["place"] = organization.place
        if organization.head:
            org["head"] = organization.head
        if organization.head_position:
            org["head_position"] = organization.head_position
        if organization.address:
            org["address"] = organization.address
    data["organization"] = org
    return _header(head) + _dump(data)


def people_yaml(people: list[PersonFound]) -> str:
    data = CommentedMap()
    seq = CommentedSeq()
    for person in people:
        entry = CommentedMap()
        entry["name"] = person.ref
        if person.position:
            entry["position"] = person.position
        entry.yaml_add_eol_comment("нет согласия: впишите consent: ГГГГ-ММ-ДД", "name")
        seq.append(entry)
    data["people"] = seq
    head = [
        "Люди, которых называет документ (mentorkit import): фамилия и инициалы — как в нём.",
        "Ни у кого нет согласия на обработку персональных данных, поэтому документы с их "
        "именами не формируются. Когда согласие получено, впишите человеку consent: ГГГГ-ММ-ДД; "
        "имя и отчество допишите полностью (нужны для склонения).",
    ]
    return _header(head) + _dump(data)
