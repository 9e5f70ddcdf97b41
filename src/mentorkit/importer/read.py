"""Reading a file into a Document: what kind of file it is (by its first bytes, not its name),
and the bounds that keep a hostile or broken file from costing more than a real one would."""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from mentorkit.errors import os_reason
from mentorkit.folders import folder_instead_of_file
from mentorkit.importer.blocks import Document
from mentorkit.importer.failure import ImportFailed

MAX_FILE_BYTES = 20 * 1024 * 1024
"""No real roadmap or order comes near it."""
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
"""What a .docx may unpack to: the bound on a zip bomb, checked before anything is unpacked."""
MAX_ENTRIES = 5_000

_HINT_SAVE_AS = "откройте его в Word или LibreOffice и сохраните как «Документ Word (.docx)»"


def read_document(path: Path) -> Document:
    """The paragraphs and tables of a .docx or a PDF with a text layer."""
    try:
        size = path.stat().st_size
        with path.open("rb") as stream:
            head = stream.read(8)
    except IsADirectoryError:
        found = folder_instead_of_file(path, "файл .docx или .pdf", (".docx", ".pdf"))
        raise ImportFailed(f"{path}: это папка, а нужен файл .docx или .pdf", found.hint) from None
    except OSError as error:
        raise ImportFailed(
            f"{path}: файл не читается — {os_reason(error)}",
            "проверьте путь к файлу и права на чтение",
        ) from None
    if size == 0:
        raise ImportFailed(f"{path}: файл пуст", "укажите документ Word (.docx) или PDF")
    if size > MAX_FILE_BYTES:
        raise ImportFailed(
            f"{path}: файл больше {MAX_FILE_BYTES // (1024 * 1024)} МБ — это не дорожная карта",
            "укажите документ Word (.docx) или PDF с дорожной картой",
        )
    if head.startswith(b"%PDF"):
        from mentorkit.importer.pdf import read_pdf

        return read_pdf(path)
    if head.startswith(b"PK\x03\x04"):
        _check_archive(path)
        from mentorkit.importer.docx import read_docx

        return read_docx(path)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        if _encrypted_office(path):
            raise ImportFailed(
                f"{path}: документ Word защищён паролем — mentorkit его не читает",
                "откройте его в Word с паролем и сохраните копию без пароля "
                "(«Файл → Сведения → Защита документа»)",
            )
        raise ImportFailed(
            f"{path}: это документ Word старого формата (.doc), его mentorkit не читает",
            _HINT_SAVE_AS,
        )
    if head.startswith(b"{\\rtf"):
        raise ImportFailed(f"{path}: это документ RTF, его mentorkit не читает", _HINT_SAVE_AS)
    raise ImportFailed(
        f"{path}: это не документ Word (.docx) и не PDF",
        "укажите файл дорожной карты или приказа в формате .docx или .pdf",
    )


def _check_archive(path: Path) -> None:
    """A .docx is a zip archive: refuse a broken one, and one that would unpack to far more
    than any document (a zip bomb), before a byte of it is unpacked."""
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise ImportFailed(
            f"{path}: файл повреждён — архив документа Word не читается",
            "откройте файл в Word или LibreOffice: если он откроется, сохраните его заново как "
            ".docx; если нет — возьмите другую копию документа",
        ) from None
    unpacked = sum(entry.file_size for entry in entries)
    if len(entries) > MAX_ENTRIES or unpacked > MAX_UNPACKED_BYTES:
        raise ImportFailed(
            f"{path}: архив документа распаковывается в {unpacked // (1024 * 1024)} МБ "
            f"({len(entries)} файлов) — так много не бывает ни в одном документе; "
            "файл не открыт (похоже на «zip-бомбу»)",
            "укажите настоящий документ Word с дорожной картой",
        )
    try:
        # every part read through once, a megabyte at a time: sizes that lie about what a part
        # unpacks to stop at the size declared and fail its checksum, before Word's reader (which
        # unpacks a part whole) sees them
        with zipfile.ZipFile(path) as archive:
            for entry in entries:
                with archive.open(entry) as part:
                    while part.read(1024 * 1024):
                        pass
    except (
        zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, RuntimeError,
        NotImplementedError,
    ):  # fmt: skip
        raise ImportFailed(
            f"{path}: файл повреждён — архив документа Word не распаковывается "
            "(содержимое не сходится с тем, что записано в архиве)",
            "откройте файл в Word или LibreOffice: если он откроется, сохраните его заново как "
            ".docx; если нет — возьмите другую копию документа",
        ) from None
    if "word/document.xml" not in {entry.filename for entry in entries}:
        raise ImportFailed(
            f"{path}: это архив, но не документ Word (в нём нет word/document.xml)",
            "укажите файл дорожной карты или приказа в формате .docx или .pdf",
        )


def _encrypted_office(path: Path) -> bool:
    """A .docx with a password is an OLE container holding «EncryptedPackage»."""
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_FILE_BYTES)
    except OSError:
        return False
    return "EncryptedPackage".encode("utf-16-le") in data
