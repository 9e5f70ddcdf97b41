"""`--pdf`: LibreOffice converts every document of one command in one call (skipped, saying so,
where LibreOffice is not installed)."""

from __future__ import annotations

import shutil
import subprocess
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
