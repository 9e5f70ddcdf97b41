"""mentorkit import from the command line: files that are not roadmaps refused with a message
and nothing written, several files at once, no overwriting, the round trip through render, and
the PDF LibreOffice makes of each sample."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest

from mentorkit.importer import import_file
from mentorkit.importer.result import Imported
from mentorkit.importer.run import run_import
from tests.conftest import run

SAMPLES = Path(__file__).parent / "data" / "import"
IVANTEEVKA = SAMPLES / "order-ivanteevka-2021.docx"
SCHOOL12 = SAMPLES / "roadmap-school12-2023-2024.docx"
TIMASHEVSK = SAMPLES / "roadmap-timashevsk-2022-2024.docx"


def _no_table(path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Дорожная карта на 2023-2024 учебный год")
    document.add_paragraph("Таблица будет позже.")
    document.save(str(path))


def _corrupt(path: Path) -> None:
    path.write_bytes(IVANTEEVKA.read_bytes()[:3000])


def _zip_bomb(path: Path) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        with archive.open("word/media/padding.bin", "w") as stream:
            chunk = bytes(1024 * 1024)
            for _ in range(110):
                stream.write(chunk)


def _scanned(path: Path) -> None:
    from PIL import Image

    Image.new("RGB", (200, 280), "white").save(path, "PDF")


def _old_word(path: Path) -> None:
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))


def _not_a_document(path: Path) -> None:
    path.write_text("Это просто текст, а не документ.", encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "make", "says"),
    [
        ("plan.docx", _no_table, "нет ни одной таблицы"),
        ("broken.docx", _corrupt, "файл повреждён"),
        ("bomb.docx", _zip_bomb, "zip-бомб"),
        ("scan.pdf", _scanned, "нет текста, только изображения"),
        ("notes.docx", _not_a_document, "не документ Word (.docx) и не PDF"),
        ("old.doc", _old_word, "старого формата (.doc)"),
    ],
    ids=["no-table", "corrupt", "zip-bomb", "scanned-pdf", "not-a-document", "old-word"],
)
def test_a_file_that_is_no_roadmap_is_refused_and_nothing_is_written(
    name: str, make: object, says: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / name
    make(source)  # type: ignore[operator]
    repo = tmp_path / "repo"
    code, out, err = run(capsys, "import", str(source), "--into", str(repo))
    assert code == 1
    assert says in err
    assert "Что сделать:" in err and "ничего не записано" in err
    assert "Traceback" not in err + out
    assert not repo.exists() or not any(repo.rglob("*"))


def test_a_missing_file_or_a_folder_is_said_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "import", str(tmp_path / "нет.docx"), str(tmp_path), "--into",
                       str(tmp_path / "repo"))  # fmt: skip
    assert code == 1
    assert "нет такого файла или папки" in err and "это папка, а нужен файл" in err
    assert err.count("Что сделать:") == 2 and not (tmp_path / "repo").exists()


def test_several_files_one_failing_does_not_stop_the_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.docx"
    _corrupt(broken)
    repo = tmp_path / "repo"
    code, out, _err = run(
        capsys, "import", str(SCHOOL12), str(broken), str(TIMASHEVSK), "--into", str(repo)
    )
    assert code == 1
    assert "Импортировано: 2 из 3" in out
    assert sorted(p.name for p in (repo / "roadmaps").iterdir()) == [
        "2022-2024.yaml",
        "2023-2024.yaml",
    ]
    assert (repo / "mentorkit.yaml").exists() and (repo / "people.yaml").exists()
    people = (repo / "people.yaml").read_text(encoding="utf-8")
    assert "Ставницкая Е.Е." in people and "Жижина А.В." in people


def test_existing_files_are_not_overwritten_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = tmp_path / "repo"
    run(capsys, "import", str(SCHOOL12), "--into", str(repo))
    roadmap = repo / "roadmaps" / "2023-2024.yaml"
    roadmap.write_text("# моя правка\n", encoding="utf-8")
    config = repo / "mentorkit.yaml"
    config.write_text("organization:\n  name: Моя школа\n", encoding="utf-8")
    code, _, err = run(capsys, "import", str(SCHOOL12), "--into", str(repo))
    assert code == 1 and "уже есть" in err and "--force" in err
    assert roadmap.read_text(encoding="utf-8") == "# моя правка\n"
    code, out, _ = run(capsys, "import", str(SCHOOL12), "--into", str(repo), "--force")
    assert code == 0
    assert roadmap.read_text(encoding="utf-8").startswith("# Импортировано")
    assert config.read_text(encoding="utf-8") == "organization:\n  name: Моя школа\n"
    assert "mentorkit.yaml уже есть — не изменён" in out


def test_output_option_and_repository_around(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = tmp_path / "repo"
    run(capsys, "import", str(SCHOOL12), "--into", str(repo))
    monkeypatch.chdir(repo)
    code, _out, _ = run(capsys, "import", str(TIMASHEVSK), "-o", "roadmaps/uo.yaml")
    assert code == 0 and (repo / "roadmaps" / "uo.yaml").exists()
    order = (repo / "orders" / "2022-220-roadmap.yaml").read_text(encoding="utf-8")
    assert "roadmap: roadmaps/uo.yaml" in order
    code, _, err = run(capsys, "import", str(SCHOOL12), str(TIMASHEVSK), "-o", "x.yaml")
    assert code == 2 and "-o задаёт один файл" in err


def test_no_repository_says_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "import", str(SCHOOL12))
    assert code == 2 and "--into" in err


def _fill_people(repo: Path, names: dict[str, str]) -> None:
    """What the user is asked to do: full names and consent dates."""
    path = repo / "people.yaml"
    text = path.read_text(encoding="utf-8")
    for short, full in names.items():
        text = re.sub(
            rf"- name: {re.escape(short)}.*\n", f"- name: {full}\n    consent: 2021-08-01\n", text
        )
    path.write_text(text, encoding="utf-8")


def _same_items(first: Imported, second: Imported) -> None:
    def rows(result: Imported) -> list[tuple[str, str, dict[str, object]]]:
        out = []
        for s_index, section in enumerate(result.body.sections):
            for item in section.items:
                out.append((str(s_index), item.title, item.fields))
        return out

    assert [s.title for s in first.body.sections] == [s.title for s in second.body.sections]
    assert rows(first) == rows(second)
    assert first.body.columns == second.body.columns
    assert (first.title, first.period, first.approved_by) == (
        second.title,
        second.period,
        second.approved_by,
    )


def test_round_trip_order_and_plan(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    repo = tmp_path / "repo"
    run(capsys, "import", str(IVANTEEVKA), "--into", str(repo))
    _fill_people(repo, {"Козлова В.А.": "Козлова Вера Анатольевна"})
    order_docx, plan_docx = tmp_path / "order.docx", tmp_path / "plan.docx"
    code, _, err = run(
        capsys, "render", "order", str(repo / "orders/2021-156-roadmap.yaml"), "-o", str(order_docx)
    )
    assert code == 0, err
    code, _, err = run(
        capsys, "render", "plan", str(repo / "roadmaps/2021-2022.yaml"), "-o", str(plan_docx)
    )
    assert code == 0, err
    original = import_file(IVANTEEVKA)
    again = import_file(order_docx)
    _same_items(original, again)
    assert original.order is not None and again.order is not None
    for field in ("number", "date", "title", "basis", "points", "signed_by"):
        assert getattr(again.order, field) == getattr(original.order, field), field
    _same_items(original, import_file(plan_docx))


@pytest.mark.parametrize("source", [SCHOOL12, TIMASHEVSK], ids=lambda p: p.stem)
def test_round_trip_plan(source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    repo = tmp_path / "repo"
    run(capsys, "import", str(source), "--into", str(repo))
    text = (repo / "people.yaml").read_text(encoding="utf-8")
    text = re.sub(r"(\n  - name: .*)", r"\1\n    consent: 2023-08-01", text)
    (repo / "people.yaml").write_text(text, encoding="utf-8")
    (roadmap,) = (repo / "roadmaps").iterdir()
    plan_docx = tmp_path / "plan.docx"
    code, _, err = run(capsys, "render", "plan", str(roadmap), "-o", str(plan_docx))
    assert code == 0, err
    _same_items(import_file(source), import_file(plan_docx))


def _pdf(source: Path, folder: Path) -> Path:
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) не установлен: PDF из образца не сделать")
    subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation=file://{folder}/profile",
         "--convert-to", "pdf", "--outdir", str(folder), str(source)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    return folder / f"{source.stem}.pdf"


def _contents(result: Imported) -> list[tuple[object, ...]]:
    """Every section and item as text: numbers, titles and every field (deadline, responsible,
    document, result…), without where in the file each came from (a PDF's rows differ)."""
    rows: list[tuple[object, ...]] = [
        (item.number, item.title, item.fields, item.comments) for item in result.body.items
    ]
    for section in result.body.sections:
        rows.append((section.number, section.title))
        for item in section.items:
            rows.append((item.number, item.title, item.fields, item.comments))
    return rows


@pytest.mark.parametrize("source", [IVANTEEVKA, SCHOOL12, TIMASHEVSK], ids=lambda p: p.stem)
def test_pdf_made_by_libreoffice_imports_to_the_same_items(source: Path, tmp_path: Path) -> None:
    """The exact texts of the .docx, words LibreOffice broke without a hyphen for want of room
    («персонифицированног / о») joined back."""
    from_docx = import_file(source)
    from_pdf = import_file(_pdf(source, tmp_path))
    assert _contents(from_pdf) == _contents(from_docx)
    assert from_pdf.body.columns == from_docx.body.columns
    assert (from_pdf.title, from_pdf.period, from_pdf.approved_by) == (
        from_docx.title,
        from_docx.period,
        from_docx.approved_by,
    )
    assert (from_pdf.goal, from_pdf.tasks) == (from_docx.goal, from_docx.tasks)
    assert [(p.ref, p.position) for p in from_pdf.people] == [
        (p.ref, p.position) for p in from_docx.people
    ]
    if from_docx.order is not None:
        assert from_pdf.order is not None
        assert from_pdf.order.points == from_docx.order.points
        assert from_pdf.order.signed_by == from_docx.order.signed_by
        assert (from_pdf.order.number, from_pdf.order.date, from_pdf.order.title) == (
            from_docx.order.number,
            from_docx.order.date,
            from_docx.order.title,
        )


def test_a_word_a_pdf_broke_for_want_of_room_is_joined_only_when_it_is_one_word() -> None:
    """A line that is one word reaching the cell's right edge, and a next line that ends it."""
    from mentorkit.importer.words import broken_word

    def line(text: str, x1: float) -> dict[str, object]:
        return {"text": text, "x1": x1, "chars": [{"x0": 0.0, "x1": 5.0}]}

    edge = 100.0
    assert broken_word(line("общеобразователь", 98.0), line("ным, программам", 60), edge)
    assert broken_word(line("«профессиональног", 97.0), line("о мастерства»", 60), edge)
    # room for another letter: the text ended there, the next line is a new word
    assert not broken_word(line("общеобразователь", 90.0), line("ным", 20), edge)
    # two words on the line: a word too long for a line is alone on it
    assert not broken_word(line("на общеобразователь", 98.0), line("ным", 20), edge)
    # the pieces make no word: two words stay two
    assert not broken_word(line("общеобразовательных", 98.0), line("программ", 40), edge)
    assert not broken_word(line("наставничества", 98.0), line("Наставники", 40), edge)


def test_progress_is_silent_off_a_terminal(tmp_path: Path) -> None:
    seen: list[Path] = []
    result = run_import([SCHOOL12, TIMASHEVSK], tmp_path, step=seen.append)
    assert seen == [SCHOOL12, TIMASHEVSK] and not result.failed
    assert isinstance(io.StringIO(), io.StringIO)
