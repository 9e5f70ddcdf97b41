"""`--pdf`: LibreOffice converts every document of one command in one call (skipped, saying so,
where LibreOffice is not installed)."""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import pytest

from mentorkit.render import render
from mentorkit.render.pdf import find_soffice
from tests.conftest import EXAMPLES

needs_libreoffice = pytest.mark.skipif(
    find_soffice() is None,
    reason="LibreOffice (soffice) is not installed: the PDF conversion is not tested here",
)


@needs_libreoffice
def test_order_and_plan_convert_to_pdf(tmp_path: Path) -> None:
    root = tmp_path / "school"
    shutil.copytree(EXAMPLES / "school12-2023-2024", root)
    result = render(
        "order",
        [root / "orders/2023-150-pairs.yaml", root / "orders/2023-145-roadmap.yaml"],
        pdf=True,
    )
    plan = render("plan", [root / "roadmaps/2023-2024.yaml"], pdf=True)
    for written in (*result.written, *plan.written):
        assert written.pdf == written.docx.with_suffix(".pdf")
        assert written.pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext") is None:
        return
    text = subprocess.run(
        ["pdftotext", "-layout", str(result.written[0].pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "ПРИКАЗ" in text
    assert "Закрепить наставником Петрову Анну Андреевну" in text
    assert "Приложение 1" in text


def _fake_soffice(tmp_path: Path, body: str) -> Path:
    program = tmp_path / "fake-soffice"
    program.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    program.chmod(0o755)
    return program


def test_a_hanging_libreoffice_is_stopped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from mentorkit.errors import ConversionError
    from mentorkit.render.pdf import convert_to_pdf

    monkeypatch.setenv("MENTORKIT_SOFFICE", str(_fake_soffice(tmp_path, "sleep 30")))
    document = tmp_path / "a.docx"
    document.write_bytes(b"PK")
    with pytest.raises(ConversionError, match="не успел сделать PDF за 1 с"):
        convert_to_pdf([document], timeout=1)


def test_a_failed_conversion_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from mentorkit.errors import ConversionError
    from mentorkit.render.pdf import convert_to_pdf

    program = _fake_soffice(tmp_path, "echo 'Error: source file could not be loaded'")
    monkeypatch.setenv("MENTORKIT_SOFFICE", str(program))
    document = tmp_path / "a.docx"
    document.write_bytes(b"PK")
    with pytest.raises(ConversionError) as failed:
        convert_to_pdf([document])
    assert failed.value.message == (
        "LibreOffice не сделал PDF из a.docx (Error: source file could not be loaded)"
    )
    assert convert_to_pdf([]) == []


def _converted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str, **options: float
) -> Path:
    """Convert a dummy .docx with a fake LibreOffice whose script is `body` ($OUT: its folder)."""
    from mentorkit.render.pdf import convert_to_pdf

    script = 'for a; do OUT="$a"; case "$prev" in --outdir) break;; esac; prev="$a"; done\n'
    monkeypatch.setenv("MENTORKIT_SOFFICE", str(_fake_soffice(tmp_path, script + body)))
    document = tmp_path / "a.docx"
    document.write_bytes(b"PK")
    (pdf,) = convert_to_pdf([document], **options)
    return pdf


def test_output_that_is_not_a_pdf_is_not_called_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentorkit.errors import ConversionError

    with pytest.raises(ConversionError) as failed:
        _converted(tmp_path, monkeypatch, 'mkdir -p "$OUT"; echo "<html>" > "$OUT/document-0.pdf"')
    assert failed.value.message == (
        "LibreOffice выдал из a.docx не PDF (файл не начинается с «%PDF-»): он не записан "
        "(без сообщения)"
    )
    assert not (tmp_path / "a.pdf").exists()
    with pytest.raises(ConversionError, match=r"не сделал PDF из a\.docx"):
        _converted(
            tmp_path, monkeypatch, 'mkdir -p "$OUT"; ln -s /etc/passwd "$OUT/document-0.pdf"'
        )
    assert not (tmp_path / "a.pdf").exists()


def test_a_real_pdf_is_taken_and_a_chatty_converter_is_read_with_a_bound(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentorkit.render import pdf as conversion

    # 20 MB of chatter, then the line that matters: only the end is kept.
    body = (
        'head -c 20000000 /dev/zero | tr "\\0" x; echo; echo "convert ok"\n'
        'mkdir -p "$OUT"; printf "%%PDF-1.7 fake" > "$OUT/document-0.pdf"'
    )
    seen: list[str] = []
    original = conversion._run

    def run(*args: object) -> str:
        said = original(*args)  # type: ignore[arg-type]
        seen.append(said)
        return said

    monkeypatch.setattr(conversion, "_run", run)
    pdf = _converted(tmp_path, monkeypatch, body)
    assert pdf.read_bytes() == b"%PDF-1.7 fake"
    assert len(seen[0]) <= conversion.OUTPUT_TAIL
    assert seen[0].strip().endswith("convert ok")


def test_a_hanging_converter_is_killed_with_its_helpers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentorkit.errors import ConversionError

    helper = tmp_path / "helper.pid"
    with pytest.raises(ConversionError, match="не успел сделать PDF за 2 с"):
        _converted(tmp_path, monkeypatch, f"sleep 300 & echo $! > {helper}; wait", timeout=2)
    pid = int(helper.read_text())
    # SIGKILL to the group is sent; on a loaded machine the helper may take a moment to die.
    deadline = time.monotonic() + 10
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(pid)


def _alive(pid: int) -> bool:
    try:
        return "State:\tZ" not in Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False


def test_a_missing_program_in_the_variable_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentorkit.errors import ConversionError
    from mentorkit.render.pdf import convert_to_pdf

    missing = tmp_path / "libreoffice/program/soffice"
    monkeypatch.setenv("MENTORKIT_SOFFICE", str(missing))
    with pytest.raises(ConversionError) as failed:
        convert_to_pdf([tmp_path / "a.docx"])
    assert failed.value.message == (
        f"для --pdf в переменной MENTORKIT_SOFFICE указана программа «{missing}», а её нет "
        "(ни такого файла, ни такой команды); документы .docx записаны"
    )
    monkeypatch.delenv("MENTORKIT_SOFFICE")
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(ConversionError, match="нет команды soffice"):
        convert_to_pdf([tmp_path / "a.docx"])


def test_a_failed_conversion_in_a_render_says_what_is_written(
    base_repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentorkit.errors import ConversionError

    monkeypatch.setenv("MENTORKIT_SOFFICE", str(_fake_soffice(base_repo, "exit 0")))
    with pytest.raises(ConversionError) as failed:
        render("order", [base_repo / "orders/10.yaml", base_repo / "orders/11.yaml"], pdf=True)
    assert failed.value.message.splitlines()[1:] == [
        "Записаны .docx: documents/Приказ-10-от-30.08.2023.docx, "
        "documents/Приказ-11-от-20.09.2023.docx.",
        "Записаны PDF: ни один.",
    ]
