"""The hostile corpus of `mentorkit import` (issue 10's corpus, the part that is .docx and PDF):
files a curator may be handed or download, broken or built to hurt — truncated, bytes flipped,
zip bombs honest and lying, zip-slip names, XXE and billion laughs in document.xml, huge and
deeply nested tables, 10 000 rows, HTML named .docx, an encrypted PDF, a scan, PDF bombs.

Every file is generated when the test runs (nothing big is kept in git): `cases()` returns
each with the name it is saved under, how to build it, and what `mentorkit import` must do.
tests/test_hostile_import.py runs each in a process of its own under the harness's limits.
Run this script to list the corpus:

    python tests/data/hostile/import_corpus.py
"""

from __future__ import annotations

import hashlib
import io
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent
SAMPLE = HERE.parent / "import" / "roadmap-school12-2023-2024.docx"
SECRET = "MENTORKIT-SECRET-3f1c2b"


@dataclass(frozen=True)
class ImportCase:
    name: str
    """The file name the input is saved under (its extension as a user would have it)."""
    about: str
    build: Callable[[Path, Path], None]
    """(file to write, a file outside holding SECRET that the input may point at)."""
    code: int = 1
    """The exit code `mentorkit import` must end with."""
    says: str = ""
    """Part of the Russian message that must be printed (beside the file's path)."""


# --- PDF ---------------------------------------------------------------------------------------

_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def _rc4(key: bytes, data: bytes) -> bytes:
    state = list(range(256))
    j = 0
    for i in range(256):
        j = (j + state[i] + key[i % len(key)]) % 256
        state[i], state[j] = state[j], state[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + state[i]) % 256
        state[i], state[j] = state[j], state[i]
        out.append(byte ^ state[(state[i] + state[j]) % 256])
    return bytes(out)


class Pdf:
    """A PDF written object by object: enough to make the shapes a reader must survive."""

    def __init__(self) -> None:
        self.objects: list[bytes] = []
        self.streams: set[int] = set()
        self.font = self.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")

    def add(self, body: bytes) -> int:
        self.objects.append(body)
        return len(self.objects)

    def reserve(self) -> int:
        return self.add(b"null")

    def set(self, number: int, body: bytes) -> None:
        self.objects[number - 1] = body

    def stream(self, data: bytes, extra: bytes = b"", filters: int = 0) -> int:
        """A stream, Flate-compressed `filters` times (0: as it is)."""
        for _ in range(filters):
            data = zlib.compress(data, 9)
        names = b" ".join([b"/FlateDecode"] * filters)
        head = b"<< /Length %d %s%s >>" % (
            len(data),
            b"/Filter [%s] " % names if filters else b"",
            extra,
        )
        number = self.add(head + b"\nstream\n" + data + b"\nendstream")
        self.streams.add(number)
        return number

    def raw_stream(self, data: bytes, filters: bytes, extra: bytes = b"") -> int:
        number = self.add(
            b"<< /Length %d /Filter %s %s >>\nstream\n" % (len(data), filters, extra)
            + data
            + b"\nendstream"
        )
        self.streams.add(number)
        return number

    def document(
        self, contents: list[int], xobjects: bytes = b"", password: bytes | None = None
    ) -> bytes:
        """Pages, one per content stream (the same stream may stand for many pages)."""
        tree = self.reserve()
        kids = [
            self.add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font "
                b"<< /F1 %d 0 R >> %s >> /Contents %d 0 R >>" % (tree, self.font, xobjects, c)
            )
            for c in contents
        ]
        refs = b" ".join(b"%d 0 R" % k for k in kids)
        self.set(tree, b"<< /Type /Pages /Kids [%s] /Count %d >>" % (refs, len(kids)))
        root = self.add(b"<< /Type /Catalog /Pages %d 0 R >>" % tree)
        return self._write(root, password)

    def _write(self, root: int, password: bytes | None) -> bytes:
        ident = hashlib.md5(b"mentorkit").digest()
        trailer = b"/Root %d 0 R /ID [<%s><%s>]" % (
            root,
            ident.hex().encode(),
            ident.hex().encode(),
        )
        objects = list(self.objects)
        if password is not None:
            # the standard security handler, revision 2 (RC4, 40 bits), as the PDF 1.4 spec has it
            user = (password + _PAD)[:32]
            owner_key = hashlib.md5((b"owner" + _PAD)[:32]).digest()[:5]
            owner = _rc4(owner_key, user)
            permissions = struct.pack("<i", -4)
            key = hashlib.md5(user + owner + permissions + ident).digest()[:5]
            for index, body in enumerate(objects):
                number = index + 1
                if number not in self.streams:
                    continue
                object_key = hashlib.md5(key + struct.pack("<i", number)[:3] + b"\0\0").digest()
                head, _, rest = body.partition(b"\nstream\n")
                data = rest[: -len(b"\nendstream")]
                objects[index] = head + b"\nstream\n" + _rc4(object_key[:10], data) + b"\nendstream"
            objects.append(
                b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P -4 >>"
                % (owner.hex().encode(), _rc4(key, _PAD).hex().encode())
            )
            trailer += b" /Encrypt %d 0 R" % len(objects)
        out = bytearray(b"%PDF-1.4\n")
        offsets = []
        for index, body in enumerate(objects):
            offsets.append(len(out))
            out += b"%d 0 obj\n" % (index + 1) + body + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
        for offset in offsets:
            out += b"%010d 00000 n \n" % offset
        out += b"trailer\n<< /Size %d %s >>\nstartxref\n%d\n%%%%EOF\n" % (
            len(objects) + 1,
            trailer,
            xref,
        )
        return bytes(out)


def _text_page(lines: list[str]) -> bytes:
    body = b"BT /F1 11 Tf 60 780 Td 14 TL "
    for line in lines:
        body += b"(" + line.encode("latin-1") + b") ' "
    return body + b"ET"


def _deflated_zeros(size: int) -> bytes:
    """`size` zero bytes as one zlib stream, built without compressing them all: a block of a
    megabyte is compressed once and repeated (each ends with a full flush, so each is alike)."""
    chunk = bytes(1 << 20)
    compressor = zlib.compressobj(9)
    first = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    tail = compressor.flush()
    count = size >> 20
    checksum = 1
    for _ in range(count):
        checksum = zlib.adler32(chunk, checksum)
    body = first + block * (count - 1) + tail[:-4]
    return body + struct.pack(">I", checksum)


def flate_bomb(path: Path, _secret: Path) -> None:
    """A page whose content inflates to a gigabyte (from about a megabyte)."""
    pdf = Pdf()
    content = pdf.raw_stream(_deflated_zeros(1 << 30), b"/FlateDecode")
    path.write_bytes(pdf.document([content]))


def nested_flate_bomb(path: Path, _secret: Path) -> None:
    """Flate inside Flate: a few kilobytes that inflate to a megabyte, then to a gigabyte."""
    pdf = Pdf()
    inner = _deflated_zeros(1 << 30)
    content = pdf.raw_stream(zlib.compress(inner, 9), b"[/FlateDecode /FlateDecode]")
    path.write_bytes(pdf.document([content]))


def thousands_of_pages(path: Path, _secret: Path) -> None:
    pdf = Pdf()
    content = pdf.stream(_text_page(["page"]))
    path.write_bytes(pdf.document([content] * 20_000))


def million_letters(path: Path, _secret: Path) -> None:
    """One page, a million letters in one string (a hundred bytes once compressed)."""
    pdf = Pdf()
    content = pdf.stream(b"BT /F1 1 Tf 0 0 Td (" + b"a" * 1_000_000 + b") Tj ET", filters=1)
    path.write_bytes(pdf.document([content]))


def million_rectangles(path: Path, _secret: Path) -> None:
    pdf = Pdf()
    content = pdf.stream(b"0 0 1 1 re f " * 300_000, filters=1)
    path.write_bytes(pdf.document([content]))


def drawing_laughs(path: Path, _secret: Path) -> None:
    """«Billion laughs» of drawings: each form draws the one below it ten times, nine deep."""
    pdf = Pdf()
    below = pdf.stream(b"BT /F1 8 Tf (ha) Tj ET", b"/Type /XObject /Subtype /Form /BBox [0 0 9 9]")
    for _ in range(9):
        below = pdf.stream(
            b"/X Do " * 10,
            b"/Type /XObject /Subtype /Form /BBox [0 0 9 9] /Resources << /XObject << /X %d 0 R"
            b" >> >>" % below,
        )
    content = pdf.stream(b"/X Do")
    path.write_bytes(pdf.document([content], b"/XObject << /X %d 0 R >>" % below))


def endless_operators(path: Path, _secret: Path) -> None:
    """Twenty megabytes of «q Q» (save and restore, nothing drawn): work for the parser only."""
    pdf = Pdf()
    content = pdf.stream(b"q Q " * 5_000_000, filters=1)
    path.write_bytes(pdf.document([content]))


def lzw_bomb(path: Path, _secret: Path) -> None:
    """LZW codes that grow the table to its longest string (3 838 bytes), then name that string
    again and again: 12 bits for 3.8 KB, a gigabyte from half a megabyte."""
    bits, buffer = 0, 0
    out = bytearray()

    def put(code: int, width: int) -> None:
        nonlocal bits, buffer
        buffer = ((buffer << width) | code) & ((1 << 32) - 1)
        bits += width
        while bits >= 8:
            bits -= 8
            out.append((buffer >> bits) & 0xFF)

    put(256, 9)  # clear
    put(0, 9)
    width = 9
    for code in range(258, 4095):
        put(code, width)  # the code just past the table: the previous string and its first byte
        # the width grows as the reader's table does (pdfminer: at 511, 1023 and 2047 entries)
        width = {510: 10, 1022: 11, 2046: 12}.get(code, width)
    for _ in range(300_000):
        put(4094, 12)
    if bits:
        out.append((buffer << (8 - bits)) & 0xFF)
    pdf = Pdf()
    content = pdf.raw_stream(bytes(out), b"/LZWDecode")
    path.write_bytes(pdf.document([content]))


def encrypted_pdf(path: Path, _secret: Path) -> None:
    pdf = Pdf()
    content = pdf.stream(_text_page(["Dorozhnaya karta"]))
    path.write_bytes(pdf.document([content], password=b"secret"))


def scanned_pdf(path: Path, _secret: Path) -> None:
    pdf = Pdf()
    image = pdf.stream(
        bytes(60 * 80 * 3),
        b"/Type /XObject /Subtype /Image /Width 60 /Height 80 /ColorSpace /DeviceRGB "
        b"/BitsPerComponent 8",
        filters=1,
    )
    content = pdf.stream(b"q 500 0 0 700 40 60 cm /Im Do Q")
    path.write_bytes(pdf.document([content], b"/XObject << /Im %d 0 R >>" % image))


def truncated_pdf(path: Path, _secret: Path) -> None:
    pdf = Pdf()
    content = pdf.stream(_text_page(["Dorozhnaya karta"] * 30), filters=1)
    data = pdf.document([content])
    path.write_bytes(data[: len(data) // 2])


# --- .docx -------------------------------------------------------------------------------------

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)


def _cell(text: str) -> str:
    return f"<w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"


def _row(*texts: str) -> str:
    return "<w:tr>" + "".join(_cell(t) for t in texts) + "</w:tr>"


_HEADER = _row("№", "Мероприятие", "Срок", "Ответственный")


def _document(body: str, prolog: str = "") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        + prolog
        + f'<w:document xmlns:w="{_W}"><w:body>'
        + "<w:p><w:r><w:t>Дорожная карта на 2023-2024 учебный год</w:t></w:r></w:p>"
        + body
        + "</w:body></w:document>"
    )


def _docx(path: Path, document: str, extra: dict[str, bytes] | None = None) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("word/document.xml", document)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)


def _roadmap_rows(count: int, text: str = "Мероприятие") -> str:
    return "".join(_row(f"1.{i}", f"{text} {i}", "в течение года", "Куратор") for i in range(count))


def truncated_docx(path: Path, _secret: Path) -> None:
    data = SAMPLE.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def flipped_docx(path: Path, _secret: Path) -> None:
    """Bytes flipped inside the compressed document.xml: the archive's directory is whole."""
    data = bytearray(SAMPLE.read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + 200
    for offset in range(start, start + 64):
        data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def _raw_zip(entries: list[tuple[str, bytes, int, int]]) -> bytes:
    """A zip archive written by hand: (name, raw deflate data, CRC, the size it declares)."""
    out = bytearray()
    directory = bytearray()
    for name, data, crc, declared in entries:
        encoded = name.encode("utf-8")
        offset = len(out)
        sizes = struct.pack("<III", crc, len(data), declared)
        out += b"PK\x03\x04" + struct.pack("<HHHHH", 20, 0, 8, 0, 0) + sizes
        out += struct.pack("<HH", len(encoded), 0) + encoded + data
        directory += b"PK\x01\x02" + struct.pack("<HHHHHH", 20, 20, 0, 8, 0, 0) + sizes
        directory += struct.pack("<HHHHHII", len(encoded), 0, 0, 0, 0, 0, offset) + encoded
    end = struct.pack("<HHHHIIH", 0, 0, len(entries), len(entries), len(directory), len(out), 0)
    return bytes(out + directory + b"PK\x05\x06" + end)


def _deflated(data: bytes) -> tuple[bytes, int]:
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush(), zlib.crc32(data)


def _docx_parts() -> list[tuple[str, bytes, int, int]]:
    return [
        (name, *_deflated(text.encode("utf-8")), len(text.encode("utf-8")))
        for name, text in (
            ("[Content_Types].xml", _CONTENT_TYPES),
            ("_rels/.rels", _RELS),
            ("word/document.xml", _document("")),
        )
    ]


def honest_zip_bomb(path: Path, _secret: Path) -> None:
    """A part that says it unpacks to a gigabyte, and does."""
    zeros = _deflated_zeros(1 << 30)[2:-4]
    crc = 0
    chunk = bytes(1 << 20)
    for _ in range(1024):
        crc = zlib.crc32(chunk, crc)
    path.write_bytes(_raw_zip([*_docx_parts(), ("word/media/image1.png", zeros, crc, 1 << 30)]))


def lying_zip_bomb(path: Path, _secret: Path) -> None:
    """document.xml whose headers say 2 KB and whose data unpacks to a gigabyte."""
    zeros = _deflated_zeros(1 << 30)[2:-4]  # the zlib stream without its header and checksum
    entries = _docx_parts()[:2]
    entries.append(("word/document.xml", zeros, 0, 2048))
    path.write_bytes(_raw_zip(entries))


def _roadmap_table(rows: int, text: str = "Мероприятие") -> str:
    return "<w:tbl>" + _HEADER + _roadmap_rows(rows, text) + "</w:tbl>"


def zip_slip(path: Path, _secret: Path) -> None:
    """A good roadmap whose archive also holds names that climb out of any folder."""
    _docx(
        path,
        _document(_roadmap_table(3)),
        {"../../../evil.txt": b"evil", "/tmp/evil-mentorkit.txt": b"evil", "..\\evil.txt": b"e"},
    )


def xxe(path: Path, secret: Path) -> None:
    """document.xml that asks for a file outside as an external entity."""
    prolog = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{secret}">]>'
    body = "<w:tbl>" + _HEADER + _row("1.1", "&xxe;", "в течение года", "Куратор") + "</w:tbl>"
    _docx(path, _document(body, prolog))


def billion_laughs(path: Path, _secret: Path) -> None:
    entities = '<!ENTITY l0 "ha">' + "".join(
        f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    )
    body = "<w:tbl>" + _HEADER + _row("1.1", "&l9;", "в течение года", "Куратор") + "</w:tbl>"
    _docx(path, _document(body, f"<!DOCTYPE w:document [{entities}]>"))


def huge_table(path: Path, _secret: Path) -> None:
    """A roadmap table of eight columns and 5 000 rows, every cell a paragraph of text."""
    header = _row(
        "№", "Мероприятие", "Срок", "Ответственный", "Соисполнители", "Вид документа",
        "Ожидаемый результат", "Показатели эффективности",
    )  # fmt: skip
    text = "Текст ячейки, который повторяется много раз. " * 6
    rows = "".join(
        _row(
            f"{i}", f"Мероприятие {i}. {text}", "в течение года", "Куратор", text, text, text, text
        )
        for i in range(1, 5001)
    )
    _docx(path, _document("<w:tbl>" + header + rows + "</w:tbl>"))


def nested_tables(path: Path, _secret: Path) -> None:
    """A table in a cell of a table, fifty deep (as deep as Word's reader follows XML)."""
    inner = "<w:p><w:r><w:t>дно</w:t></w:r></w:p>"
    for _ in range(50):
        inner = f"<w:tbl><w:tr><w:tc>{inner}<w:p/></w:tc></w:tr></w:tbl>"
    body = (
        "<w:tbl>"
        + _HEADER
        + (
            f"<w:tr>{_cell('1.1')}<w:tc>{inner}<w:p/></w:tc>{_cell('в течение года')}"
            f"{_cell('Куратор')}</w:tr>"
        )
        + "</w:tbl>"
    )
    _docx(path, _document(body))


def very_deep_xml(path: Path, _secret: Path) -> None:
    """Elements nested a hundred thousand deep: deeper than any XML parser follows."""
    body = "<w:p>" + "<w:r>" * 100_000 + "</w:r>" * 100_000 + "</w:p>"
    _docx(path, _document(body))


def ten_thousand_rows(path: Path, _secret: Path) -> None:
    _docx(path, _document(_roadmap_table(10_000)))


def html_named_docx(path: Path, _secret: Path) -> None:
    path.write_text(
        "<html><body><table><tr><td>Мероприятие</td><td>Срок</td></tr></table></body></html>",
        encoding="utf-8",
    )


def encrypted_docx(path: Path, _secret: Path) -> None:
    """What Word saves for a document with a password: an OLE container, not a zip."""
    name = "EncryptedPackage".encode("utf-16-le")
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + name + bytes(4096))


def empty_docx(path: Path, _secret: Path) -> None:
    path.write_bytes(b"")


def cases() -> list[ImportCase]:
    damaged = "файл повреждён"
    return [
        ImportCase("truncated.docx", "a .docx cut in half", truncated_docx, 1, damaged),
        ImportCase("flipped.docx", "bytes flipped in document.xml", flipped_docx, 1, damaged),
        ImportCase("bomb.docx", "a zip bomb: 1 GB declared", honest_zip_bomb, 1, "zip-бомб"),
        ImportCase("lying-bomb.docx", "a zip bomb with sizes that lie", lying_zip_bomb, 1, ""),
        ImportCase("zip-slip.docx", "names that climb out: never unpacked", zip_slip, 0, ""),
        ImportCase("xxe.docx", "an external entity to a file outside: not read", xxe, 0, ""),
        ImportCase("laughs.docx", "billion laughs in document.xml", billion_laughs, 1, ""),
        ImportCase("huge-table.docx", "8 columns × 5 000 rows of text", huge_table, 1, "знаков"),
        ImportCase("nested.docx", "tables nested 50 deep", nested_tables, 0, ""),
        ImportCase("deep.docx", "XML nested 100 000 deep", very_deep_xml, 1, damaged),
        ImportCase("rows.docx", "a roadmap of 10 000 rows", ten_thousand_rows, 0, ""),
        ImportCase("page.docx", "HTML saved as .docx", html_named_docx, 1, "не документ Word"),
        ImportCase("locked.docx", "a .docx with a password", encrypted_docx, 1, "паролем"),
        ImportCase("empty.docx", "an empty file", empty_docx, 1, "файл пуст"),
        ImportCase("encrypted.pdf", "a PDF with a password", encrypted_pdf, 1, "паролем"),
        ImportCase("scan.pdf", "a PDF of images only", scanned_pdf, 1, "только изображения"),
        ImportCase("truncated.pdf", "a PDF cut in half", truncated_pdf, 1, ""),
        ImportCase("flate-bomb.pdf", "a page inflating to 1 GB", flate_bomb, 1, "PDF-бомб"),
        ImportCase("nested-bomb.pdf", "Flate in Flate to 1 GB", nested_flate_bomb, 1, "PDF-бомб"),
        ImportCase("lzw-bomb.pdf", "LZW to a gigabyte", lzw_bomb, 1, "PDF-бомб"),
        ImportCase("pages.pdf", "20 000 pages", thousands_of_pages, 1, "страниц"),
        ImportCase("letters.pdf", "a million letters on a page", million_letters, 1, "знаков"),
        ImportCase("rects.pdf", "300 000 rectangles", million_rectangles, 1, "линий"),
        ImportCase("laughs.pdf", "drawings drawing drawings", drawing_laughs, 1, "рисунк"),
        ImportCase("operators.pdf", "20 MB of «q Q»", endless_operators, 1, "содержимого"),
    ]


if __name__ == "__main__":
    for case in cases():
        print(f"{case.name:20} exit {case.code}  {case.about}")
