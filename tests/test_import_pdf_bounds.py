"""The bounds of reading a PDF (mentorkit.importer.pdfbounds), in this process: each bomb of
the hostile corpus refused with the bound it crosses, the decoders that stand in for pdfminer's
unpacking what pdfminer's would, and the clock injected (no test waits)."""

from __future__ import annotations

import importlib.util
import sys
import zlib
from pathlib import Path

import pytest

from mentorkit.importer import ImportFailed, import_file
from mentorkit.importer.pdf import read_pdf
from mentorkit.importer.pdfbounds import Budget, Limits, TooBig, inflation_bounded

HOSTILE = Path(__file__).parent / "data" / "hostile"
_spec = importlib.util.spec_from_file_location(
    "hostile_import_corpus", HOSTILE / "import_corpus.py"
)
assert _spec is not None and _spec.loader is not None
corpus = importlib.util.module_from_spec(_spec)
sys.modules["hostile_import_corpus"] = corpus
_spec.loader.exec_module(corpus)


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (corpus.flate_bomb, "больше чем в 64 МБ"),
        (corpus.nested_flate_bomb, "PDF-бомб"),
        (corpus.lzw_bomb, "PDF-бомб"),
        (corpus.thousands_of_pages, "больше 200 страниц"),
        (corpus.million_letters, "на странице 1 больше 30 000 знаков"),
        (corpus.million_rectangles, "больше 20 000 линий"),
        (corpus.drawing_laughs, "больше 5 000 раз"),
        (corpus.endless_operators, "содержимого страниц больше 4 МБ"),
        (corpus.encrypted_pdf, "защищён паролем"),
        (corpus.scanned_pdf, "только изображения"),
        (corpus.truncated_pdf, "файл повреждён"),
    ],
    ids=lambda v: getattr(v, "__name__", ""),
)
def test_a_pdf_bomb_is_refused_by_the_bound_it_crosses(
    make: object, says: str, tmp_path: Path
) -> None:
    path = tmp_path / "bomb.pdf"
    make(path, tmp_path / "none")  # type: ignore[operator]
    with pytest.raises(ImportFailed) as failed:
        import_file(path)
    assert str(path) in failed.value.message and says in failed.value.message


def test_a_page_beyond_the_total_of_letters_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "text.pdf"
    pdf = corpus.Pdf()
    content = pdf.stream(corpus._text_page(["Roadmap line"] * 40))
    path.write_bytes(pdf.document([content] * 3))
    with pytest.raises(ImportFailed, match="больше 1 000 знаков текста"):
        read_pdf(path, Limits(chars=1_000))


def test_the_pdf_decoders_are_restored_after_a_read(tmp_path: Path) -> None:
    from pdfminer import pdftypes

    before = pdftypes.zlib
    path = tmp_path / "bomb.pdf"
    corpus.flate_bomb(path, path)
    with pytest.raises(ImportFailed):
        read_pdf(path)
    assert pdftypes.zlib is before is zlib


def test_a_read_that_lasts_too_long_stops() -> None:
    ticks = iter(range(0, 1000, 10))
    budget = Budget(Limits(seconds=25), clock=lambda: float(next(ticks)))
    budget.tick()
    budget.tick()
    with pytest.raises(TooBig, match="дольше 25 с"):
        budget.tick()


def test_bounded_decoders_unpack_what_pdfminer_would() -> None:
    from pdfminer import pdftypes
    from pdfminer.lzw import lzwdecode
    from pdfminer.runlength import rldecode

    text = b"BT (mentorkit) Tj ET " * 500
    budget = Budget(Limits(inflated_bytes=1 << 20))
    with inflation_bounded(budget):
        assert pdftypes.zlib.decompress(zlib.compress(text)) == text
        with pytest.raises(zlib.error):
            pdftypes.zlib.decompress(zlib.compress(text)[:-30])
        # a stream whose checksum is broken: what it holds, as far as it reads
        assert pdftypes.decompress_corrupted(zlib.compress(text)[:-2]) == text
        # LZW: codes of «ABAB…» (clear, A, B, 258, EOD) as pdfminer's own decoder reads them
        lzw = bytes([0x80, 0x10, 0x60, 0x50, 0x22, 0x0C, 0x0C, 0x85, 0x01])
        assert pdftypes.lzwdecode(lzw) == lzwdecode(lzw)
        run = bytes([2, 65, 66, 67, 253, 68, 128])
        assert pdftypes.rldecode(run) == rldecode(run) == b"ABCDDDD"
    assert budget.inflated > len(text)
    small = Budget(Limits(inflated_bytes=100))
    with inflation_bounded(small), pytest.raises(TooBig):
        pdftypes.rldecode(bytes([129, 65]) * 10)
    fax = Budget(Limits(inflated_bytes=1000))
    with inflation_bounded(fax), pytest.raises(TooBig):
        pdftypes.ccittfaxdecode(b"\0" * 10, {"Columns": 1728, "Rows": 2000})
