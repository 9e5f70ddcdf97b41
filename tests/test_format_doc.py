"""docs/format.md documents every field and every choice of the models, and the editor schemas
made from it accept the examples and refuse what the models refuse."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from ruamel.yaml import YAML

from mentorkit.schema import (
    KINDS,
    kind_of,
    literal_values,
    nested_models,
    read_docs,
    schema_of,
)
from tests.conftest import BASE, EXAMPLES, run

ROOT = Path(__file__).parent.parent
DOC = (ROOT / "docs" / "format.md").read_text(encoding="utf-8")
MODELS = [m for root, _ in KINDS.values() for m in nested_models(root)]


def test_the_readme_links_the_format_doc() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "](docs/format.md)" in readme
    assert "../shared" not in readme


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_every_field_is_documented(model: Any) -> None:
    docs = read_docs(DOC)
    assert model.__name__ in docs.fields, f"нет таблицы <!-- fields: {model.__name__} -->"
    documented = docs.fields[model.__name__]
    assert set(documented) == set(model.model_fields), model.__name__
    for name, (title, description) in documented.items():
        assert title and description, f"{model.__name__}.{name}"


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_every_choice_is_documented(model: Any) -> None:
    docs = read_docs(DOC)
    for name, info in model.model_fields.items():
        choices = literal_values(info.annotation)
        if not choices:
            continue
        key = f"{model.__name__}.{name}"
        assert key in docs.values, f"нет таблицы <!-- values: {key} -->"
        assert set(docs.values[key]) == set(choices), key
        assert all(docs.values[key].values()), key


def test_no_table_documents_what_is_not_there() -> None:
    docs = read_docs(DOC)
    assert set(docs.fields) == {m.__name__ for m in MODELS}


def _yaml_files() -> list[tuple[Path, str]]:
    found = []
    for repo in [*sorted(EXAMPLES.iterdir()), BASE]:
        for path in sorted(repo.rglob("*.yaml")):
            kind = kind_of(path.relative_to(repo).as_posix())
            if kind:
                found.append((path, kind))
    return found


def _as_editor_reads(value: Any) -> Any:
    """YAML as an editor's YAML 1.2 reader gives it: a date is text."""
    if isinstance(value, dict):
        return {str(k): _as_editor_reads(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_as_editor_reads(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def _load(text: str) -> Any:
    return _as_editor_reads(YAML(typ="safe", pure=True).load(text))


@pytest.mark.parametrize("path,kind", _yaml_files(), ids=lambda v: str(v)[-40:])
def test_the_examples_match_their_schema(path: Path, kind: str) -> None:
    schema = schema_of(kind)
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(_load(path.read_text(encoding="utf-8")), schema)


@pytest.mark.parametrize(
    "kind,text,where",
    [
        ("roadmap", "title: Х\nperiod: 2023-2024\ncolumns: [titel]\n", "columns"),
        ("roadmap", "title: Х\nperiod: 2023-2024\ndedline: май\n", "dedline"),
        (
            "pairs",
            "period: 2023-2024\npairs:\n  - {mentor: А, mentees: Б, meetings: "
            "[{stage: встреча, date: 2023-10-01}]}\n",
            "встреча",
        ),
        ("order", "type: приказ\nnumber: '1'\ndate: 2023-10-01\n", "приказ"),
        ("people", "people:\n  - name: А Б\n    consent: вчера\n", "вчера"),
    ],
)
def test_the_schema_refuses_what_the_models_refuse(kind: str, text: str, where: str) -> None:
    with pytest.raises(jsonschema.ValidationError) as error:
        jsonschema.validate(_load(text), schema_of(kind))
    assert where in str(error.value)


def test_every_property_and_choice_has_russian_words() -> None:
    def walk(node: Any, path: str) -> None:
        if isinstance(node, dict):
            for name, prop in node.get("properties", {}).items():
                assert prop.get("title") and prop.get("description"), f"{path}.{name}"
                assert any("а" <= c <= "я" for c in prop["title"].lower()), f"{path}.{name}"
            for choice in node.get("oneOf", []):
                if "const" in choice:
                    assert choice.get("description"), f"{path}: {choice}"
            for key, value in node.items():
                walk(value, f"{path}/{key}")
        elif isinstance(node, list):
            for value in node:
                walk(value, path)

    for kind in KINDS:
        walk(schema_of(kind), kind)


def test_schema_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema", "roadmap")
    assert code == 0
    schema = json.loads(out)
    assert schema["title"] == "mentorkit: roadmaps/*.yaml"
    assert schema["properties"]["columns"]["title"] == "Столбцы таблицы документа"
    code, out, _ = run(capsys, "schema", "-o", str(tmp_path / "schemas"))
    assert code == 0
    assert sorted(p.name for p in (tmp_path / "schemas").iterdir()) == [
        f"{kind}.schema.json" for kind in sorted(KINDS)
    ]
    assert "Записано:" in out
    code, _, err = run(capsys, "schema")
    assert code == 2
    assert "укажите вид файла" in err
    code, _, err = run(capsys, "schema", "roadmaps")
    assert code == 2


def _doc_examples() -> list[tuple[str, str]]:
    """The YAML examples of docs/format.md, each with the kind of file its section is about."""
    kinds = {
        "mentorkit.yaml": "config",
        "people.yaml": "people",
        "roadmaps/": "roadmap",
        "pairs/": "pairs",
        "orders/": "order",
    }
    found: list[tuple[str, str]] = []
    kind = None
    block: list[str] | None = None
    for line in DOC.splitlines():
        if line.startswith("## "):
            kind = next((k for prefix, k in kinds.items() if line[3:].startswith(prefix)), None)
        elif line == "```yaml" and kind:
            block = []
        elif line == "```" and block is not None:
            found.append((kind or "", "\n".join(block) + "\n"))
            block = None
        elif block is not None:
            block.append(line)
    return found


@pytest.mark.parametrize("kind,text", _doc_examples(), ids=lambda v: str(v)[:20])
def test_the_docs_examples_are_valid(kind: str, text: str) -> None:
    from mentorkit.load.validate import validate
    from mentorkit.load.yamlfile import parse_yaml

    jsonschema.validate(_load(text), schema_of(kind))
    parsed, problems = parse_yaml(text, "example.yaml")
    assert parsed is not None and not problems
    model = KINDS[kind][0]
    result, problems = validate(model, parsed.data, parsed.positions)
    assert result is not None, problems


def test_every_kind_has_an_example_in_the_docs() -> None:
    assert {kind for kind, _ in _doc_examples()} == set(KINDS)
