"""JSON Schemas of the file kinds, for editors: generated from the models, with the Russian
titles and descriptions of the format's documentation (docs/format.md).

The documentation is the one place a field is explained to users; its tables are marked with
`<!-- fields: Model -->` and `<!-- values: Model.field -->`, and a test keeps them in step with
the models. The schema takes the shape from the models and the words from those tables, so what
an editor shows while typing is what the documentation says.
"""

from __future__ import annotations

import json
import re
import types
import typing
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

from pydantic import BaseModel
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

from mentorkit import model as models
from mentorkit.errors import MentorkitError
from mentorkit.model import common

KINDS: dict[str, tuple[type[BaseModel], str]] = {
    "config": (models.Config, "mentorkit.yaml"),
    "people": (models.PeopleFile, "people.yaml"),
    "roadmap": (models.Roadmap, "roadmaps/*.yaml"),
    "pairs": (models.PairsFile, "pairs/*.yaml"),
    "order": (models.Order, "orders/*.yaml"),
}
"""Each file kind: its model and the files it describes."""


def format_doc() -> str:
    """docs/format.md: inside the installed package, or beside the sources in a checkout."""
    packaged = resources.files("mentorkit").joinpath("format.md")
    if packaged.is_file():
        return packaged.read_text(encoding="utf-8")
    source = Path(__file__).resolve().parents[2] / "docs" / "format.md"
    try:
        return source.read_text(encoding="utf-8")
    except OSError:
        raise MentorkitError(
            "в установленном mentorkit нет описания формата (format.md)",
            hint="переустановите mentorkit: pip install --force-reinstall mentorkit",
        ) from None


@dataclass(frozen=True)
class Docs:
    """The tables of the format's documentation."""

    fields: dict[str, dict[str, tuple[str, str]]]
    """Model name → field → (title, description)."""
    values: dict[str, dict[str, str]]
    """«Model.field» → value → what it means."""
    titles: dict[str, str]
    """Model name → the heading its table stands under."""


_MARK = re.compile(r"<!--\s*(fields|values):\s*([\w.]+)\s*-->")
_ROW = re.compile(r"^\|\s*`([^`]+)`\s*\|(.*)\|\s*$")


def _plain(text: str) -> str:
    """Table text without its Markdown: backticks go, the words stay."""
    return text.replace("`", "").strip()


@cache
def read_docs(text: str | None = None) -> Docs:
    lines = (text if text is not None else format_doc()).splitlines()
    fields: dict[str, dict[str, tuple[str, str]]] = {}
    values: dict[str, dict[str, str]] = {}
    titles: dict[str, str] = {}
    heading = ""
    for index, line in enumerate(lines):
        if line.startswith("#"):
            heading = line.lstrip("#").strip()
            continue
        mark = _MARK.search(line)
        if not mark:
            continue
        kind, name = mark.groups()
        rows: dict[str, list[str]] = {}
        for row in lines[index + 1 :]:
            if not row.startswith("|"):
                break
            match = _ROW.match(row)
            if match:
                rows[match.group(1)] = [_plain(c) for c in match.group(2).split(" | ")]
        if kind == "fields":
            titles[name] = heading
            fields[name] = {
                key: (cells[0], cells[1] if len(cells) > 1 else "") for key, cells in rows.items()
            }
        else:
            values[name] = {key: cells[0] for key, cells in rows.items()}
    return Docs(fields, values, titles)


# ---- walking the models -----------------------------------------------------------------------


def _inner_types(annotation: Any) -> list[Any]:
    """The types an annotation is made of: through Annotated, unions, tuples, dicts."""
    origin = get_origin(annotation)
    if origin is typing.Annotated:
        return _inner_types(get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType, tuple, list, dict):
        return [t for arg in get_args(annotation) if arg is not Ellipsis for t in _inner_types(arg)]
    return [annotation]


def nested_models(root: type[BaseModel]) -> list[type[BaseModel]]:
    """`root` and every model its fields hold, each once, in the order met."""
    seen: list[type[BaseModel]] = []

    def walk(model: type[BaseModel]) -> None:
        if model in seen:
            return
        seen.append(model)
        for info in model.model_fields.values():
            for kind in _inner_types(info.annotation):
                if isinstance(kind, type) and issubclass(kind, BaseModel):
                    walk(kind)

    walk(root)
    return seen


def literal_values(annotation: Any) -> list[str]:
    """The choices a field allows: every Literal inside its annotation."""
    found: list[str] = []
    for kind in _inner_types(annotation):
        if get_origin(kind) is Literal:
            found += [str(v) for v in get_args(kind)]
    return found


# ---- the schema ---------------------------------------------------------------------------------

_DATE_PATTERN = r"^(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4})$"
DATE: JsonSchemaValue = {
    "type": "string",
    "pattern": _DATE_PATTERN,
    "examples": ["2023-09-01"],
}
PERIOD: JsonSchemaValue = {
    "anyOf": [
        {"type": "string", "pattern": r"^\s*\d{4}\s*[-–—/]\s*\d{4}\s*$", "examples": ["2023-2024"]},
        {
            "type": "object",
            "properties": {
                "start": {**DATE, "title": "Начало периода", "description": "Первый день: дата"},
                "end": {**DATE, "title": "Конец периода", "description": "Последний день: дата"},
            },
            "required": ["start", "end"],
            "additionalProperties": False,
        },
    ]
}


class _Generator(GenerateJsonSchema):
    """pydantic's schema, with what the models accept before validating made explicit: one
    value for a list, a number for a text, «да»/«нет» for true/false, a date as text."""

    def function_before_schema(
        self, schema: core_schema.BeforeValidatorFunctionSchema
    ) -> JsonSchemaValue:
        function = schema["function"].get("function")
        inner = self.generate_inner(schema["schema"])
        if function is common.parse_date:
            return dict(DATE)
        if function is common._as_tuple and inner.get("type") == "array":
            return {"anyOf": [inner["items"], inner]}
        if function is common._as_text:
            return {"anyOf": [inner, {"type": "integer"}]}
        if function is common._as_flag:
            return {"anyOf": [inner, {"enum": ["да", "нет"]}]}
        if getattr(function, "__name__", "") == "_as_consent":
            return {"anyOf": [dict(DATE), inner]}
        return inner


def _describe(node: Any, docs: Docs, owner: str | None) -> Any:
    """Put titles and descriptions from the documentation on every property and choice."""
    if isinstance(node, list):
        return [_describe(item, docs, owner) for item in node]
    if not isinstance(node, dict):
        return node
    result = {key: _describe(value, docs, owner) for key, value in node.items()}
    if "properties" in result and owner is not None:
        documented = docs.fields.get(owner, {})
        for name, prop in result["properties"].items():
            title, description = documented.get(name, (name, ""))
            prop = _with_choices(prop, docs.values.get(f"{owner}.{name}", {}))
            if prop.get("examples") == ["2023-2024"] and "anyOf" not in prop:
                prop = {
                    key: value for key, value in prop.items() if key not in ("type", "examples")
                }
                prop |= PERIOD
            result["properties"][name] = {**prop, "title": title, "description": description}
    return result


def _with_choices(node: Any, meanings: dict[str, str]) -> Any:
    """An enum becomes a list of constants, each with its Russian meaning."""
    if isinstance(node, list):
        return [_with_choices(item, meanings) for item in node]
    if not isinstance(node, dict):
        return node
    result = {key: _with_choices(value, meanings) for key, value in node.items()}
    if "enum" in result and meanings:
        choices = result.pop("enum")
        result.pop("type", None)
        result["oneOf"] = [
            {
                "const": value,
                "title": meanings.get(str(value), str(value)),
                "description": meanings.get(str(value), ""),
            }
            for value in choices
        ]
    return result


def schema_of(kind: str) -> dict[str, Any]:
    """The JSON Schema of one file kind."""
    model, files = KINDS[kind]
    docs = read_docs()
    raw = model.model_json_schema(schema_generator=_Generator)
    defs = raw.pop("$defs", {})
    described_defs = {}
    for name, definition in defs.items():
        described = _describe(definition, docs, name)
        described["title"] = docs.titles.get(name, name)
        described_defs[name] = described
    top = _describe(raw, docs, model.__name__)
    top["title"] = f"mentorkit: {files}"
    top["description"] = (
        f"Файл {files} репозитория mentorkit (формат 1). Описание полей — docs/format.md; "
        "всё проверяет mentorkit check."
    )
    result: dict[str, Any] = {"$schema": "https://json-schema.org/draft/2020-12/schema", **top}
    if described_defs:
        result["$defs"] = described_defs
    return result


def schema_text(kind: str) -> str:
    return json.dumps(schema_of(kind), ensure_ascii=False, indent=2) + "\n"


def file_name(kind: str) -> str:
    return f"{kind}.schema.json"


def kind_of(relpath: str) -> str | None:
    """The file kind of a path inside a repository."""
    if relpath == "mentorkit.yaml":
        return "config"
    if relpath == "people.yaml":
        return "people"
    folder = relpath.split("/", 1)[0]
    return {"roadmaps": "roadmap", "pairs": "pairs", "orders": "order"}.get(folder)
