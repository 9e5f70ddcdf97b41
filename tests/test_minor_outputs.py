"""A minor planted in every free-text field and reference of the example school is named by
initials and class only in what every command prints, in every format: check, status (tables,
markdown, JSON, a district), report (terminal, .xlsx, .docx, .md, .json, a region's form),
calendar (.ics), people, deadline, the edit commands, render's messages. Written files are opened
(the .xlsx and .docx unzipped, every part searched)."""

from __future__ import annotations

import re
import shutil
import unicodedata
import zipfile
from pathlib import Path

import pytest

from mentorkit.matcher import fold
from mentorkit.model.people import Person
from mentorkit.names import CASES, full_name
from tests.conftest import EXAMPLES, run
from tests.test_public_copy import _plant_everywhere

MINOR = Person(name="Ястребов Тимофей Глебович", group="8В")
ENTRY = (
    "  - name: Ястребов Тимофей Глебович\n    group: 8В\n"
    "    consent: {date: 2023-09-11, by: Гусева Г.П. (мать)}\n"
)
TODAY = "2024-02-25"
WORDS = {fold(word) for case in CASES for word in full_name(MINOR, case).split()[:2]} | {
    fold("Ястребов")
}
"""Every form of the minor's surname and first name."""

FORMS = {
    "instrumental": "с Ястребовым Тимофеем",
    "capitals": "ЯСТРЕБОВА ТИМОФЕЯ ГЛЕБОВИЧА",
    "initials": "Ястребову Т.Г.",
    "surname alone": "Выступление Ястребова на линейке",
    "latin o and a line break": "Ястребoв\nТимофей",
}


def _leaks(text: str) -> list[str]:
    words = re.findall(r"\w+", unicodedata.normalize("NFC", text))
    return sorted({word for word in words if fold(word) in WORDS})


def _file_text(path: Path) -> str:
    if path.suffix in (".xlsx", ".docx"):
        with zipfile.ZipFile(path) as archive:
            return "\n".join(
                archive.read(name).decode("utf-8", "replace") for name in archive.namelist()
            )
    return path.read_text(encoding="utf-8")


@pytest.fixture(params=list(FORMS), ids=list(FORMS))
def district(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """A district folder with the example school, the minor in people.yaml, as a mentee of the
    third pair, and planted in every free-text field."""
    school = tmp_path / "district" / "school"
    shutil.copytree(EXAMPLES / "school12-2023-2024", school)
    people = school / "people.yaml"
    people.write_text(people.read_text(encoding="utf-8") + ENTRY, encoding="utf-8")
    pairs = school / "pairs/2023-2024.yaml"
    text = pairs.read_text(encoding="utf-8")
    pairs.write_text(text.replace("[Соколов И.С.]", "[Ястребов Т.Г.]"), encoding="utf-8")
    _plant_everywhere(school, FORMS[request.param])
    return school


def _commands(school: Path, out: Path) -> list[tuple[list[str], list[Path]]]:
    """Every command and format, with the files it writes."""
    root, district = str(school), str(school.parent)
    today = ["--today", TODAY]
    commands: list[tuple[list[str], list[Path]]] = []
    for fmt in ("text", "json", "github", "junit", "sarif"):
        commands.append((["check", root, *today, "--format", fmt], []))
    for fmt in ("table", "json", "markdown"):
        for extra in ([], ["--all"], ["--by", "responsible"], ["--by", "month", "--all"]):
            commands.append((["status", root, *today, "--format", fmt, *extra], []))
        commands.append((["status", district, *today, "--format", fmt], []))
    commands.append((["report", root, *today], []))
    for ext in ("xlsx", "docx", "md", "json"):
        for name, args in (
            ("own", [root]),
            ("form", [root, "--form", "krai-monitoring"]),
            ("district", [district]),
        ):
            target = out / f"{name}.{ext}"
            commands.append((["report", *args, *today, "-o", str(target)], [target]))
    commands.append((["calendar", root], []))
    commands.append((["calendar", root, "-o", str(out / "c.ics")], [out / "c.ics"]))
    for who in ("Ястребов Т.Г.", "Ястребовым Тимофеем", "Ястребова Т.Г"):
        commands.append((["people", who, "--repo", root, *today], []))
        commands.append((["people", who, "--repo", root, *today, "--format", "json"], []))
    commands.append((["deadline", "до 15.03.2024"], []))
    repo = ["--repo", root, *today]
    commands += [
        (["done", "1.1", *repo, "--evidence", "Справка о Ястребове Тимофее"], []),
        (["done", "1.2", *repo, "--evidence", "Справка о Ястребове Тимофее"], []),
        (["done", "Ястребов", *repo], []),
        (["meeting", "Ястребов Т.Г.", "работа", "--date", "2024-02-20", *repo], []),
        (
            [
                "meeting",
                "Ястребов",
                "работа",
                "--date",
                "2024-02-21",
                "--done",
                "--topic",
                "Проект Тимофея Ястребова",
                *repo,
            ],
            [],
        ),
        (["meeting", "Ястребова Т.", "итоговая", "--date", "2024-05-21", *repo], []),
        (["add", "item", "--title", "Доклад Ястребова Тимофея", "--section", "1", *repo], []),
        (["add", "item", "--title", "Доклад", "--section", "Ястребов", *repo], []),
        (["add", "pair", "--mentor", "Петрова А.А.", "--mentee", "Ястребов Т.Г.", *repo], []),
        (["add", "pair", "--mentor", "Петрова А.А.", "--mentee", "Ястребов Т.Б.", *repo], []),
        (["add", "person", "--name", "Ястребов Тимофей Глебович", "--group", "8В", *repo], []),
        (["add", "person", "--name", "Ястребова Ульяна Глебовна", "--group", "5А", *repo], []),
    ]
    for kind, path in (
        ("order", "orders/2023-150-pairs.yaml"),
        ("order", "orders/2023-145-roadmap.yaml"),
        ("plan", "roadmaps/2023-2024.yaml"),
        ("pair", "pairs/2023-2024.yaml"),
    ):
        for public in ([], ["--public"]):
            commands.append((["render", kind, root + "/" + path, "-o", str(out), *public], []))
    return commands


def test_every_command_names_the_minor_by_initials_and_class(
    district: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    leaks: list[str] = []
    shown = 0
    for args, files in _commands(district, out):
        _, stdout, stderr = run(capsys, *args)
        text = stdout + stderr + "".join(_file_text(p) for p in files if p.exists())
        found = _leaks(text)
        if found:
            lines = [line for line in text.splitlines() if _leaks(line)]
            leaks.append(f"{args[0]} {' '.join(args[2:])}: {found} {lines[:2]}")
        shown += "Я.Т. (8В)" in text
    assert not leaks, leaks
    # The minor is shown, by initials and class: the search above could find them.
    assert shown > 10


def test_the_organisations_copy_does_name_the_minor(district: Path, tmp_path: Path) -> None:
    """The words searched for are what a document of the organisation holds (so the test above
    could fail)."""
    from mentorkit.render import render

    written = render("order", [district / "orders/2023-150-pairs.yaml"], output=tmp_path)
    assert _leaks(_file_text(written.written[0].docx))
