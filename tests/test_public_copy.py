"""The public copy (`--public`) of every document kind of the examples: no part of the written
files names a minor (every part of the .docx unzipped, the file name, the PDF's metadata); and a
minor planted in every free-text field the format has, in every form a person may write, is
refused with that field's file:line."""

from __future__ import annotations

import re
import shutil
import unicodedata
import zipfile
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from mentorkit.errors import RenderRefused
from mentorkit.load.repository import Repository, load_repository
from mentorkit.matcher import fold
from mentorkit.names import CASES, full_name
from mentorkit.render import render
from mentorkit.render.pdf import find_soffice
from mentorkit.texts import Place, all_places, config_places, order_places
from tests.conftest import EXAMPLES

PUPIL = "Соколов Илья Сергеевич"
PUPIL_ENTRY = (
    "  - name: Соколов Илья Сергеевич\n    group: 7Б\n"
    "    consent: {date: 2021-09-01, by: Соколова А.П. (мать)}\n"
)

FORMS = {
    "instrumental": "с Соколовым Ильёй",
    "accusative, first name first": "Илью Соколова",
    "instrumental, first name first": "с Ильёй Соколовым",
    "after a word": "ученик Соколов Илья",
    "е for ё": "Соколовым Ильей",
    "capitals": "СОКОЛОВА ИЛЬЮ СЕРГЕЕВИЧА",
    "latin o": "Сoколов Илья",
    "line break": "Соколов\nИлья",
    "double space": "Соколов  Илья",
    "decomposed й and ё": unicodedata.normalize("NFD", "с Ильёй Соколовым"),
    "surname alone": "Выступление Соколова на линейке",
    "full name": "Соколов Илья Сергеевич",
    "initials": "Соколовым И.С.",
}

DOCUMENT_KEYS = {
    "roadmaps": {"title", "goal", "tasks"},
    "sections": {"title"},
    "items": {
        "title",
        "deadline",
        "responsible",
        "co_responsible",
        "document",
        "result",
        "indicators",
        "activities",
        "evidence",
        "cancelled",
    },
    "pairs": {"form", "goal"},
    "meetings": {"topic"},
    "orders": {"title", "basis", "points"},
    "organization": {"name", "short_name", "place", "address", "parent", "head_position"},
    "people": {"position"},
}
"""The free-text keys of each part of the format, where the minor is planted."""


def _examples() -> list[Path]:
    return sorted(path for path in EXAMPLES.iterdir() if path.is_dir())


def _with_pupil(example: Path, target: Path) -> Path:
    """A copy of the example whose people.yaml holds the pupil (added where it does not)."""
    shutil.copytree(example, target)
    people = target / "people.yaml"
    text = people.read_text(encoding="utf-8")
    if PUPIL not in text:
        people.write_text(text.rstrip("\n") + "\n" + PUPIL_ENTRY, encoding="utf-8")
    return target


def _documents(repo: Repository) -> list[tuple[str, Path]]:
    """Every document of the repository: each order, each roadmap alone, each pairs file."""
    root = repo.root
    documents = [("order", root / doc.path) for doc in repo.orders]
    documents += [("plan", root / doc.path) for doc in repo.roadmaps]
    documents += [("pair", root / doc.path) for doc in repo.pairs]
    return documents


# --- every part of every public document ------------------------------------------------------


def _minor_words(repo: Repository) -> set[str]:
    """Every form of every minor's surname and first name, folded."""
    words: set[str] = set()
    for entry in repo.people:
        if entry.person.is_minor:
            for case in CASES:
                words |= {fold(word) for word in full_name(entry.person, case).split()[:2]}
    return words


def _leaks(text: str, words: set[str]) -> list[str]:
    tokens = {fold(token) for token in re.findall(r"\w+", text)}
    return sorted(tokens & words)


def _pdf_metadata(data: bytes) -> str:
    """The document information dictionary and XMP of a PDF, decoded."""
    texts = []
    for match in re.finditer(
        rb"/(?:Title|Author|Subject|Keywords|Creator|Producer)\s*(<[0-9A-Fa-f]+>|\((?:\\.|[^\\)])*\))",
        data,
    ):
        value = match.group(1)
        if value.startswith(b"<"):
            raw = bytes.fromhex(value[1:-1].decode())
            texts.append(
                raw.decode("utf-16") if raw.startswith(b"\xfe\xff") else raw.decode("latin-1")
            )
        else:
            texts.append(value[1:-1].decode("latin-1"))
    xmp = re.search(rb"<x:xmpmeta.*?</x:xmpmeta>", data, re.S)
    if xmp:
        texts.append(xmp.group(0).decode("utf-8", "replace"))
    return "\n".join(texts)


@pytest.mark.parametrize("example", _examples(), ids=lambda path: path.name)
def test_no_part_of_a_public_document_names_a_minor(example: Path, tmp_path: Path) -> None:
    root = _with_pupil(example, tmp_path / "repo")
    repo, _ = load_repository(root)
    words = _minor_words(repo)
    assert fold("Соколовым") in words
    written = []
    for kind, path in _documents(repo):
        written += render(kind, [path], public=True, output=tmp_path / "out").written  # type: ignore[arg-type]
    assert written
    for entry in written:
        assert not _leaks(entry.docx.name, words)
        with zipfile.ZipFile(entry.docx) as archive:
            for name in archive.namelist():
                part = archive.read(name).decode("utf-8", "replace")
                assert not _leaks(part, words), (entry.docx.name, name)
    # The organisation's copy of the same documents does name the pupil (where it is in them),
    # so the search above could fail.
    if example.name.startswith("school12"):
        private = render("order", [root / "orders/2023-150-pairs.yaml"], output=tmp_path / "own")
        with zipfile.ZipFile(private.written[0].docx) as archive:
            assert _leaks(archive.read("word/document.xml").decode(), words)


def test_the_pdf_of_a_public_copy_names_no_minor(tmp_path: Path) -> None:
    if find_soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed: the PDF is not made here")
    root = _with_pupil(EXAMPLES / "school12-2023-2024", tmp_path / "repo")
    repo, _ = load_repository(root)
    words = _minor_words(repo)
    result = render(
        "order",
        [root / "orders/2023-150-pairs.yaml", root / "orders/2023-162-plans.yaml"],
        public=True,
        pdf=True,
        output=tmp_path / "out",
    )
    for entry in result.written:
        assert entry.pdf is not None
        assert not _leaks(entry.pdf.name, words)
        data = entry.pdf.read_bytes()
        assert data.startswith(b"%PDF")
        assert not _leaks(_pdf_metadata(data), words)


# --- a minor planted in every free-text field -------------------------------------------------


def _plant(value: str, form: str) -> str:
    return f"{value}; {form}"


def _walk(node: Any, part: str, form: str) -> None:
    """Append `form` to every free-text value of `node`, a part (DOCUMENT_KEYS) of the format."""
    if isinstance(node, list):
        for item in node:
            _walk(item, part, form)
        return
    if not isinstance(node, dict):
        return
    keys = DOCUMENT_KEYS[part]
    for key in list(node):
        value = node[key]
        if key in keys and isinstance(value, str):
            node[key] = _plant(value, form)
        elif key in keys and isinstance(value, list) and all(isinstance(v, str) for v in value):
            node[key] = [_plant(v, form) for v in value]
        elif key in ("sections", "items", "meetings", "organization") and isinstance(
            value, list | dict
        ):
            _walk(value, key, form)
        elif key == "pairs" and isinstance(value, list):
            _walk(value, "pairs", form)


def _plant_everywhere(root: Path, form: str) -> None:
    yaml = YAML()
    yaml.width = 4096
    for path in [root / "mentorkit.yaml", root / "people.yaml", *root.glob("*/*.yaml")]:
        data = yaml.load(path.read_text(encoding="utf-8"))
        part = path.parent.name if path.parent != root else path.stem
        if path.name == "mentorkit.yaml":
            _walk(data["organization"], "organization", form)
        elif path.name == "people.yaml":
            for person in data["people"]:
                if person.get("position"):
                    person["position"] = _plant(person["position"], form)
        elif part in DOCUMENT_KEYS:
            _walk(data, part, form)
        else:
            continue  # a report form (reports/) is not a document `render` writes
        with path.open("w", encoding="utf-8") as out:
            yaml.dump(data, out)


def _printed(repo: Repository, kind: str, path: str) -> list[Place]:
    """The planted places a document prints (an item's field only where its roadmap shows the
    column; `evidence` never)."""
    places: list[Place] = []
    if repo.config is not None:
        # The head's position is printed only where the head signs: not expected everywhere.
        places += [
            p for p in config_places(repo.config, refs=False) if p.field != "должность руководителя"
        ]
    if kind == "order":
        doc = next(d for d in repo.orders if d.path == path)
        places += list(order_places(doc, refs=False))
        target = doc.model.roadmap if doc.model.type == "roadmap" else doc.model.pairs
        if doc.model.type in ("roadmap", "pairs", "plans") and target:
            places += _printed_of_file(repo, target)
    else:
        places += _printed_of_file(repo, path)
    return places


def _printed_of_file(repo: Repository, path: str) -> list[Place]:
    shown: list[Place] = []
    if path.startswith("roadmaps/"):
        roadmap = next(d for d in repo.roadmaps if d.path == path)
        columns = set(roadmap.model.columns)
        labels = {
            "мероприятие": "title",
            "срок": "deadline",
            "ответственный": "responsible",
            "соисполнители": "co_responsible",
            "вид документа": "document",
            "ожидаемый результат": "result",
            "показатели": "indicators",
            "содержание деятельности": "activities",
            "причина отмены": "cancelled",
            "подтверждение": "evidence",
        }
        for place in all_places(repo):
            if place.where.path != path:
                continue
            field = labels.get(place.field.split(",")[0])
            under_title = field in ("activities", "cancelled") and "title" in columns
            if field is None or field in columns or under_title:
                shown.append(place)
    else:
        shown += [p for p in all_places(repo) if p.where.path == path and p.kind == "text"]
    return shown


@pytest.mark.parametrize("form", list(FORMS), ids=list(FORMS))
def test_a_minor_planted_in_every_field_is_refused_with_its_place(
    form: str, tmp_path: Path
) -> None:
    for example in _examples():
        root = _with_pupil(example, tmp_path / example.name)
        _plant_everywhere(root, FORMS[form])
        repo, _ = load_repository(root)
        for kind, path in _documents(repo):
            relpath = path.relative_to(root).as_posix()
            with pytest.raises(RenderRefused) as refused:
                render(kind, [path], public=True)  # type: ignore[arg-type]
            message = refused.value.message
            expected = _printed(repo, kind, relpath)
            assert expected, (example.name, relpath)
            missing = [f"{p.where} {p.field}" for p in expected if f"({p.where})" not in message]
            assert not missing, (example.name, relpath, form, missing)
            assert "Соколов" not in message and "Ильёй" not in message
        assert not (root / "documents").exists()
