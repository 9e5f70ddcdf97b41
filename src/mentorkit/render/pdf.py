"""PDF through LibreOffice headless: all documents of one command in one call, with a profile
folder of its own (so it neither waits for nor disturbs a LibreOffice the user has open) and a
time limit."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

from mentorkit.errors import ConversionError, os_reason
from mentorkit.render.output import write_atomic

SOFFICE_ENV = "MENTORKIT_SOFFICE"
"""An environment variable that may name the LibreOffice program to use."""
BASE_SECONDS = 90
PER_DOCUMENT_SECONDS = 30


def find_soffice() -> str | None:
    """The LibreOffice program: $MENTORKIT_SOFFICE, else soffice or libreoffice on the PATH."""
    configured = os.environ.get(SOFFICE_ENV)
    if configured:
        return shutil.which(configured) or (configured if Path(configured).is_file() else None)
    return shutil.which("soffice") or shutil.which("libreoffice")


def time_limit(count: int) -> float:
    return BASE_SECONDS + PER_DOCUMENT_SECONDS * count


def convert_to_pdf(documents: Sequence[Path], timeout: float | None = None) -> list[Path]:
    """Convert each .docx to a .pdf beside it; return the PDFs' paths, in the same order."""
    if not documents:
        return []
    soffice = find_soffice()
    if soffice is None:
        raise ConversionError(
            "для --pdf нужен LibreOffice, а он не найден (нет команды soffice); документы .docx "
            "записаны",
            hint="установите LibreOffice (Debian/Ubuntu: apt install libreoffice-writer) или "
            f"укажите программу в переменной {SOFFICE_ENV}; .docx можно сохранить в PDF и "
            "из Word",
        )
    limit = timeout if timeout is not None else time_limit(len(documents))
    with tempfile.TemporaryDirectory(prefix="mentorkit-pdf-") as folder:
        work = Path(folder)
        inputs = []
        for index, document in enumerate(documents):
            # Plain ASCII names: LibreOffice and the file system never disagree on them.
            copy = work / f"document-{index}.docx"
            shutil.copyfile(document, copy)
            inputs.append(copy)
        command = [
            soffice,
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--nologo",
            "--nolockcheck",
            "--convert-to",
            "pdf:writer_pdf_Export",
            "--outdir",
            str(work / "out"),
            *(str(path) for path in inputs),
        ]
        output = _run(command, limit, work)
        results = []
        for index, document in enumerate(documents):
            produced = work / "out" / f"document-{index}.pdf"
            if not produced.is_file():
                detail = output.strip().splitlines()[-1] if output.strip() else "без сообщения"
                raise ConversionError(
                    f"LibreOffice не сделал PDF из {document.name} ({detail})",
                    hint="откройте .docx в LibreOffice и сохраните в PDF вручную, чтобы увидеть "
                    "ошибку",
                )
            target = document.with_suffix(".pdf")
            write_atomic(target, produced.read_bytes())
            results.append(target)
        return results


def _run(command: list[str], limit: float, work: Path) -> str:
    environment = {**os.environ, "HOME": str(work)}
    try:
        process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=environment,
            start_new_session=True,
        )
    except OSError as error:
        raise ConversionError(
            f"LibreOffice не запускается ({command[0]}): {os_reason(error)}",
            hint=f"проверьте установку LibreOffice или переменную {SOFFICE_ENV}",
        ) from None
    try:
        stdout, _ = process.communicate(timeout=limit)
    except subprocess.TimeoutExpired:
        # LibreOffice starts helpers of its own: stop its whole process group.
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise ConversionError(
            f"LibreOffice не успел сделать PDF за {limit:.0f} с и остановлен",
            hint="повторите команду; если не помогает — откройте .docx в LibreOffice вручную",
        ) from None
    return stdout.decode("utf-8", "replace")
