"""PDF through LibreOffice headless: all documents of one command in one call, with a profile
folder of its own (so it neither waits for nor disturbs a LibreOffice the user has open), a
time limit after which its whole process group is killed, and a bound on what is read back: the
end of what it prints, and a PDF that must be a regular file beginning with «%PDF-»."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import threading
from collections.abc import Sequence
from pathlib import Path

from mentorkit.errors import ConversionError, os_reason
from mentorkit.render.output import write_atomic

SOFFICE_ENV = "MENTORKIT_SOFFICE"
"""An environment variable that may name the LibreOffice program to use."""
BASE_SECONDS = 90
PER_DOCUMENT_SECONDS = 30


MAX_PDF_BYTES = 100 * 1024 * 1024
"""The largest PDF taken from LibreOffice."""
OUTPUT_TAIL = 4000
"""How much of what LibreOffice prints is kept for a message (the end of it)."""


def find_soffice() -> str | None:
    """The LibreOffice program: $MENTORKIT_SOFFICE, else soffice or libreoffice on the PATH."""
    configured = os.environ.get(SOFFICE_ENV)
    if configured:
        return shutil.which(configured) or (configured if Path(configured).is_file() else None)
    return shutil.which("soffice") or shutil.which("libreoffice")


def _soffice() -> str:
    soffice = find_soffice()
    if soffice is not None:
        return soffice
    configured = os.environ.get(SOFFICE_ENV)
    if configured:
        raise ConversionError(
            f"для --pdf в переменной {SOFFICE_ENV} указана программа «{configured}», а её нет "
            "(ни такого файла, ни такой команды); документы .docx записаны",
            hint=f"укажите в {SOFFICE_ENV} полный путь к soffice (например, "
            "/usr/bin/soffice) или уберите переменную, чтобы mentorkit нашёл LibreOffice сам",
        )
    raise ConversionError(
        "для --pdf нужен LibreOffice, а он не найден (нет команды soffice); документы .docx "
        "записаны",
        hint="установите LibreOffice (Debian/Ubuntu: apt install libreoffice-writer) или "
        f"укажите программу в переменной {SOFFICE_ENV}; .docx можно сохранить в PDF и "
        "из Word",
    )


def time_limit(count: int) -> float:
    return BASE_SECONDS + PER_DOCUMENT_SECONDS * count


def convert_to_pdf(
    documents: Sequence[Path], timeout: float | None = None, done: list[Path] | None = None
) -> list[Path]:
    """Convert each .docx to a .pdf beside it; return the PDFs' paths, in the same order.
    Each PDF written is added to `done` at once, so that a caller stopped half-way knows."""
    done = [] if done is None else done
    if not documents:
        return done
    soffice = _soffice()
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
        detail = output.strip().splitlines()[-1] if output.strip() else "без сообщения"
        pdfs = [
            _produced(work / "out" / f"document-{i}.pdf", d, detail)
            for i, d in enumerate(documents)
        ]
        for document, data in zip(documents, pdfs, strict=True):
            target = document.with_suffix(".pdf")
            write_atomic(target, data)
            done.append(target)
        return done


def _produced(path: Path, document: Path, detail: str) -> bytes:
    """The PDF LibreOffice made of `document`: a regular file, of bounded size, that is a PDF."""
    manual = "откройте .docx в LibreOffice и сохраните в PDF вручную, чтобы увидеть ошибку"
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        raise ConversionError(
            f"LibreOffice не сделал PDF из {document.name} ({detail})", hint=manual
        ) from None
    with os.fdopen(handle, "rb") as stream:
        if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
            raise ConversionError(
                f"LibreOffice оставил вместо PDF из {document.name} не файл", hint=manual
            )
        data = stream.read(MAX_PDF_BYTES + 1)
    if len(data) > MAX_PDF_BYTES:
        raise ConversionError(
            f"PDF из {document.name} вышел больше {MAX_PDF_BYTES // 2**20} МБ: mentorkit его не "
            "записывает",
            hint=manual,
        )
    if not data.startswith(b"%PDF-"):
        raise ConversionError(
            f"LibreOffice выдал из {document.name} не PDF (файл не начинается с «%PDF-»): "
            f"он не записан ({detail})",
            hint=manual,
        )
    return data


def _run(command: list[str], limit: float, work: Path) -> str:
    """Run LibreOffice in a process group of its own; keep the end of what it prints; stop the
    whole group at the time limit, or when the command itself is stopped."""
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
    tail = bytearray()
    reader = threading.Thread(target=_keep_tail, args=(process, tail), daemon=True)
    reader.start()
    try:
        process.wait(timeout=limit)
    except subprocess.TimeoutExpired:
        raise ConversionError(
            f"LibreOffice не успел сделать PDF за {limit:.0f} с и остановлен",
            hint="повторите команду; если не помогает — откройте .docx в LibreOffice вручную",
        ) from None
    finally:
        # Also when it has finished: helpers it started may outlive it, holding the pipe open.
        _stop(process)
        reader.join(timeout=5)
        if process.stdout is not None:
            process.stdout.close()
    return bytes(tail).decode("utf-8", "replace")


def _keep_tail(process: subprocess.Popen[bytes], tail: bytearray) -> None:
    stream = process.stdout
    assert stream is not None
    try:
        while chunk := os.read(stream.fileno(), 65536):
            tail += chunk
            del tail[:-OUTPUT_TAIL]
    except (OSError, ValueError):
        pass


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Kill LibreOffice's whole process group (it starts helpers of its own)."""
    if sys.platform == "win32":
        process.kill()
    else:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)
    process.wait()
