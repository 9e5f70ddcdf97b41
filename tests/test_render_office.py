"""What a school office checks before signing, read back from the rendered .docx: declined names
(on the table of real ones), spans that never break, rows kept whole, the acquaintance sheet,
the executor's phone, the electronic signature, the wording of the pairs order."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from mentorkit.check import check
from mentorkit.render import render
from tests.conftest import BASE, EXAMPLES
from tests.test_declension import _cases
from tests.test_render import everything, read

NBSP, NBHY = "\u00a0", "\u2011"


def _copy(target: Path, source: Path = BASE) -> Path:
    shutil.copytree(source, target)
    return target


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def _render(kind: str, path: Path, **options: object) -> Path:
    (written,) = render(kind, [path], **options).written  # type: ignore[arg-type]
    return written.docx


def _raw(path: Path) -> str:
    """Every text of the document (paragraphs and cells), as it is stored."""
    paragraphs, tables = read(path, raw=True)
    return "\n".join([*paragraphs, *(c for t in tables for r in t for c in r)])


# --- declined names, on the table of real ones -----------------------------------------------

_ORGS = [(nom, want) for kind, case, nom, want in _cases() if kind == "org" and case == "genitive"]


@pytest.mark.parametrize(("name", "genitive"), _ORGS)
def test_the_approval_mark_names_the_organisation_in_the_genitive(
    tmp_path: Path, name: str, genitive: str
) -> None:
    repo = _copy(tmp_path / "repo")
    _edit(repo / "mentorkit.yaml", "short_name: МБОУ СШ № 1", f"short_name: {name}")
    _, tables = read(_render("plan", repo / "roadmaps/2023-2024.yaml"))
    assert tables[0] == [[f"УТВЕРЖДЕНА\nприказом {genitive}\nот 30.08.2023 № 10"]]


def test_ready_forms_of_mentorkit_yaml_win(tmp_path: Path) -> None:
    repo = _copy(tmp_path / "repo")
    _edit(
        repo / "mentorkit.yaml",
        "  head: Директоров И.И.\n",
        "  head: Директоров И.И.\n  forms:\n    МБОУ СШ № 1: {genitive: Школы № 1 города Энска}\n"
        "    заместитель директора по УВР: {accusative: зама по УВР}\n",
    )
    _, tables = read(_render("plan", repo / "roadmaps/2023-2024.yaml"))
    assert tables[0] == [["УТВЕРЖДЕНА\nприказом Школы № 1 города Энска\nот 30.08.2023 № 10"]]
    _edit(
        repo / "orders/11.yaml", "points:\n  - Контроль", "control: Кураторова Е.П.\npoints:\n  - К"
    )
    text = everything(_render("order", repo / "orders/11.yaml"))
    assert "возложить на зама по УВР Кураторову Е.П." in text


_POSITIONS = [(kind, case, nom, want) for kind, case, nom, want in _cases() if kind == "position"]
_SURNAMES = ["Антонова", "Борисова", "Васильева", "Григорьева", "Дмитриева", "Егорова"]


def _people(positions: list[str]) -> str:
    """A person per position (six at most), each with a surname of her own: «Антонова Анна …»."""
    return "".join(
        f"  - name: {surname} Анна Петровна\n    position: {position}\n    consent: 2023-09-01\n"
        for surname, position in zip(_SURNAMES, positions, strict=False)
    )


@pytest.mark.parametrize("case", ["accusative", "instrumental", "dative"])
def test_positions_are_declined_in_the_rendered_order(tmp_path: Path, case: str) -> None:
    """Mentors of a pairs order stand in the accusative, mentees in the instrumental, people
    rewarded in the dative: each position of the table in one order."""
    rows = [(nom, want) for _, c, nom, want in _POSITIONS if c == case]
    assert len(rows) >= 6
    for start in range(0, len(rows), 6):
        chunk = rows[start : start + 6]
        repo = _copy(tmp_path / f"repo-{start}")
        people = repo / "people.yaml"
        people.write_text(
            people.read_text(encoding="utf-8") + _people([nom for nom, _ in chunk]),
            encoding="utf-8",
        )
        refs = [f"{_SURNAMES[i]} А.П." for i in range(len(chunk))]
        if case == "dative":
            order = repo / "orders/12.yaml"
            order.write_text(
                f"type: reward\nnumber: '12'\ndate: 2023-12-20\npeople: [{', '.join(refs)}]\n",
                encoding="utf-8",
            )
        else:
            pairs = "".join(
                f"  - mentor: {ref if case == 'accusative' else 'Опытова А.А.'}\n"
                f"    mentees: [{'Новикова М.П.' if case == 'accusative' else ref}]\n"
                "    order: '11'\n"
                for ref in refs
            )
            (repo / "pairs/2023-2024.yaml").write_text(
                f"form: Учитель – учитель\nperiod: 2023-2024\npairs:\n{pairs}", encoding="utf-8"
            )
            order = repo / "orders/11.yaml"
        text = everything(_render("order", order))
        for (_, declined), ref in zip(chunk, refs, strict=True):
            surname = ref.split()[0]
            assert re.search(
                rf"{surname[:-1]}\w* Анн\w+ Петровн\w+, {re.escape(declined)}", text
            ), declined


# --- what never breaks -----------------------------------------------------------------------

_BREAKABLE = {
    "a number apart from its sign": re.compile(r"№[ \t]|№(?=\d)"),
    "a year range with a breakable hyphen": re.compile(r"(?:19|20)\d\d ?- ?(?:19|20)\d\d"),
    "a year range with a breakable space": re.compile(r"(?:19|20)\d\d [–—-]|[–—-] (?:19|20)\d\d"),
    "an appendix apart from its number": re.compile(r"[Пп]риложени\w*[ \t]+\d"),
    "a phone with a breakable hyphen": re.compile(r"\d-\d\d-\d\d|\(\d+-\d+\)"),
    "a phone with a breakable space": re.compile(r"\) \d|\d \(\d"),
    "initials apart from the surname": re.compile(
        r"[А-ЯЁ]\.[А-ЯЁ]\. [А-ЯЁ][а-яё]|[А-ЯЁ][а-яё]+ [А-ЯЁ]\.[А-ЯЁ]\."
    ),
    "an en dash that lets the line break": re.compile(r"(?<=\d)[–—](?!\u2060)(?=[\s\u00a0]*\d)"),
}


def _orders_and_plans() -> list[tuple[str, Path]]:
    found = [("order", path) for path in sorted(EXAMPLES.glob("*/orders/*.yaml"))]
    return found + [("plan", path) for path in sorted(EXAMPLES.glob("*/roadmaps/*.yaml"))]


@pytest.mark.parametrize(
    ("kind", "source"), _orders_and_plans(), ids=lambda v: v if isinstance(v, str) else v.stem
)
def test_no_breakable_space_or_hyphen_inside_a_protected_span(
    tmp_path: Path, kind: str, source: Path
) -> None:
    repo = _copy(tmp_path / "repo", source.parent.parent)
    text = _raw(_render(kind, repo / source.parent.name / source.name))
    for what, pattern in _BREAKABLE.items():
        found = pattern.search(text)
        assert found is None, f"{what}: «{text[max(0, found.start() - 30) : found.end() + 30]}»"


def test_the_protected_spans_are_there(tmp_path: Path) -> None:
    repo = _copy(tmp_path / "repo", EXAMPLES / "ivanteevka-2021-2022")
    text = _raw(_render("order", repo / "orders/2021-156-roadmap.yaml"))
    assert f"№{NBSP}156" in text
    assert f"2021{NBHY}2022" in text
    assert f"(приложение{NBSP}1)" in text
    assert f"(845{NBHY}79)5{NBHY}19{NBHY}17" in text
    assert f"Гладилова{NBSP}О.А." in text
    assert f"В.А.{NBSP}Козлова" in text


# --- tables ----------------------------------------------------------------------------------


def _data_tables(path: Path) -> list[list[object]]:
    """The bordered tables (those with a repeated header row), as lists of their rows' XML."""
    document = docx.Document(str(path))
    result = []
    for table in document.element.body.iter(qn("w:tbl")):
        rows = table.findall(qn("w:tr"))
        if rows and rows[0].find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None:
            result.append(rows)
    return result


@pytest.mark.parametrize(
    ("kind", "relpath"),
    [
        ("plan", "roadmaps/2023-2024.yaml"),
        ("order", "orders/2023-145-roadmap.yaml"),
        ("order", "orders/2023-150-pairs.yaml"),
        ("order", "orders/2023-162-plans.yaml"),
        ("pair", "pairs/2023-2024.yaml"),
    ],
)
def test_every_data_row_is_kept_whole_and_the_header_repeats(
    tmp_path: Path, kind: str, relpath: str
) -> None:
    repo = _copy(tmp_path / "repo", EXAMPLES / "school12-2023-2024")
    written = render(kind, [repo / relpath]).written  # type: ignore[arg-type]
    for entry in written:
        tables = _data_tables(entry.docx)
        assert tables, "a table with a repeated header"
        for rows in tables:
            assert len(rows) > 2
            header = rows[0].find(qn("w:trPr"))
            assert header is not None and header.find(qn("w:tblHeader")) is not None
            for row in rows[1:]:
                props = row.find(qn("w:trPr"))
                assert props is not None and props.find(qn("w:cantSplit")) is not None


def test_the_appendix_title_is_kept_with_its_table(tmp_path: Path) -> None:
    repo = _copy(tmp_path / "repo", EXAMPLES / "school12-2023-2024")
    document = docx.Document(str(_render("plan", repo / "roadmaps/2023-2024.yaml")))
    body = list(document.element.body)
    table = next(i for i, e in enumerate(body) if e.tag == qn("w:tbl") and i > 1)
    before = docx.text.paragraph.Paragraph(body[table - 1], document)
    heading = next(p for p in document.paragraphs if p.text.startswith("«Дорожная карта»"))
    for paragraph in (before, heading):
        assert paragraph.paragraph_format.keep_with_next or (
            paragraph.style is not None and paragraph.style.paragraph_format.keep_with_next
        )


# --- the acquaintance sheet, the executor, the signature -------------------------------------


def _sheet(path: Path) -> list[str]:
    paragraphs, tables = read(path)
    if "С приказом ознакомлены:" not in paragraphs:
        return []
    sheet = next(t for t in tables if t and len(t[0]) == 3 and t[0][2].startswith("«"))
    assert all(row[1].startswith("____") and row[2].endswith("г.") for row in sheet)
    return [row[0] for row in sheet]


def test_the_acquaintance_sheet_names_every_employee_the_order_names(tmp_path: Path) -> None:
    repo = _copy(tmp_path / "repo")
    order = repo / "orders/12.yaml"
    order.write_text(
        "type: custom\nnumber: '12'\ndate: 2023-10-02\ntitle: О диагностике\n"
        "points:\n  - Куратору Кураторовой Е.П. провести диагностику.\n"
        "  - Учителю Опытовой Анне Андреевне и обучающейся Учениковой Д.С. принять участие.\n"
        "  - Директорову И.И. утвердить итоги.\n"
        "control: Новикова М.П.\n",
        encoding="utf-8",
    )
    # the student is no employee and the signer issues the order
    assert _sheet(_render("order", order)) == ["Е.П. Кураторова", "А.А. Опытова", "М.П. Новикова"]
    _edit(order, " и обучающейся Учениковой Д.С.", "")
    assert _sheet(_render("order", order, public=True)) == []
    _edit(order, "control:", "acquaint: false\ncontrol:")
    assert _sheet(_render("order", order)) == []


def test_an_order_that_names_nobody_has_no_sheet(tmp_path: Path) -> None:
    repo = _copy(tmp_path / "repo")
    (repo / "orders/12.yaml").write_text(
        "type: custom\nnumber: '12'\ndate: 2023-10-02\ntitle: О сайте\n"
        "points: [Разместить положение на сайте.]\n",
        encoding="utf-8",
    )
    assert _sheet(_render("order", repo / "orders/12.yaml")) == []
    # Positive control: the same order naming an employee has the sheet.
    _edit(repo / "orders/12.yaml", "Разместить положение", "Кураторовой Е.П. разместить положение")
    assert _sheet(_render("order", repo / "orders/12.yaml")) == ["Е.П. Кураторова"]


def test_pairs_order_sheet_and_wording_without_groups(tmp_path: Path) -> None:
    repo = _copy(tmp_path / "repo")
    written = _render("order", repo / "orders/11.yaml")
    paragraphs, _ = read(written)
    assert _sheet(written) == ["А.А. Опытова", "М.П. Новикова"]
    text = "\n".join(paragraphs)
    assert "Утвердить список наставнических пар на 2023-2024 учебный год (приложение 1)." in text
    assert "Список наставнических пар на 2023-2024 учебный год" in paragraphs
    assert "пар и групп" not in text


def test_control_by_the_signer_is_kept_by_the_signer(tmp_path: Path) -> None:
    repo = _copy(tmp_path / "repo")
    _edit(repo / "orders/10.yaml", "signed_by:", "control: Директоров И.И.\nsigned_by:")
    paragraphs, _ = read(_render("order", repo / "orders/10.yaml"))
    assert paragraphs[paragraphs.index("ПРИКАЗЫВАЮ:") + 2] == (
        "2. Контроль за исполнением настоящего приказа оставляю за собой."
    )


def test_the_executor_mark_takes_the_organisations_phone_and_sits_at_the_page_bottom(
    tmp_path: Path,
) -> None:
    repo = _copy(tmp_path / "repo")
    _edit(
        repo / "mentorkit.yaml",
        "  place: г. Энск\n",
        "  place: г. Энск\n  phone: 8 (800) 5-55-35\n",
    )
    written = _render("order", repo / "orders/10.yaml")
    paragraphs, _ = read(written)
    assert "Кураторова Елена Петровна\n8 (800) 5-55-35" in paragraphs
    document = docx.Document(str(written))
    mark = next(p for p in document.paragraphs if p.text.startswith("Кураторова Елена"))
    assert mark.style is not None and mark.style.name == "Отметка об исполнителе"
    frame = mark._p.find(f"{qn('w:pPr')}/{qn('w:framePr')}")
    assert frame is not None and frame.get(qn("w:yAlign")) == "bottom"
    assert mark.style.font.size is not None and mark.style.font.size.pt == 12  # smaller than 14
    # the person's own phone wins over the organisation's
    people = repo / "people.yaml"
    _edit(people, "    role: куратор\n", "    role: куратор\n    phone: 2-22-22\n")
    paragraphs, _ = read(_render("order", repo / "orders/10.yaml"))
    assert "Кураторова Елена Петровна\n2-22-22" in paragraphs
    # the copy for the site gives the organisation's phone only
    paragraphs, _ = read(_render("order", repo / "orders/10.yaml", public=True))
    assert "Кураторова Е.П.\n8 (800) 5-55-35" in paragraphs


_ELECTRONIC = """signature:
  electronic: true
  certificate: 01D8A6F3C5B2E4A7
  owner: Директоров Иван Иванович
  valid_from: 2023-02-01
  valid_to: 2024-05-01
"""


def test_an_electronic_signature_prints_its_mark_in_place_of_the_handwritten_one(
    tmp_path: Path,
) -> None:
    repo = _copy(tmp_path / "repo")
    order = repo / "orders/10.yaml"
    handwritten = read(_render("order", order))[1][1]
    assert handwritten == [["Директор", "И.И. Директоров"]]
    order.write_text(order.read_text(encoding="utf-8") + _ELECTRONIC, encoding="utf-8")
    _, tables = read(_render("order", order))
    role, stamp, name = tables[1][0]
    assert (role, name) == ("Директор", "И.И. Директоров")
    assert stamp.splitlines() == [
        "ДОКУМЕНТ ПОДПИСАН",
        "ЭЛЕКТРОННОЙ ПОДПИСЬЮ",
        "Сертификат: 01D8A6F3C5B2E4A7",
        "Владелец: Директоров Иван Иванович",
        "Действителен с 01.02.2023 по 01.05.2024",
    ]


def test_an_electronic_signature_without_its_certificate_is_a_problem_with_a_line(
    tmp_path: Path,
) -> None:
    repo = _copy(tmp_path / "repo")
    order = repo / "orders/10.yaml"
    order.write_text(
        order.read_text(encoding="utf-8") + "signature: {electronic: true, owner: Директоров}\n",
        encoding="utf-8",
    )
    result = check([repo], date(2024, 1, 10))
    problems = [p for p in result.problems if p.location.path == "orders/10.yaml"]
    assert problems, "the incomplete signature is reported"
    message = problems[0].message
    assert "certificate" in message and "valid_from" in message
    assert problems[0].location.line == 8
