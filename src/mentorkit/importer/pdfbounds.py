"""The bounds of reading a PDF, so that a hostile one («PDF-бомба») costs no more than a real
document would: streams that inflate to gigabytes, thousands of pages, a page of a million
letters or lines, drawings that draw themselves again and again, a read that never ends.

A real roadmap or order is 2–30 pages of about 1 500 letters and 10 KB of page content each;
every bound below leaves many times that. Where a bound is crossed the reading stops at once
(before the rest is unpacked or laid out) and the file is refused with a Russian message.

pdfminer (under pdfplumber) unpacks a stream whole, whatever it inflates to; `inflation_bounded`
puts bounded decoders in place of its own for the time of one read. Pages are laid out by
`bounded_layout`, which counts what the page draws as it draws it."""

from __future__ import annotations

import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from io import BytesIO
from types import SimpleNamespace
from typing import Any


@dataclass(frozen=True)
class Limits:
    pages: int = 200
    inflated_bytes: int = 64 * 1024 * 1024
    """All the streams unpacked while reading, together (fonts, pages, drawings)."""
    content_bytes: int = 4 * 1024 * 1024
    """The page content read, together: pages and every drawing each time it is drawn."""
    page_chars: int = 30_000
    chars: int = 150_000
    page_paths: int = 20_000
    """Lines and rectangles of one page (a table's rules are a few hundred)."""
    figures: int = 5_000
    """Drawings (form XObjects) drawn, together."""
    seconds: float = 60.0


DEFAULT = Limits()


def _n(number: int) -> str:
    """«150 000»: a number as Russian text groups its digits."""
    return f"{number:,}".replace(",", " ")


class TooBig(Exception):
    """A bound crossed: `what` says which, in Russian, to finish «в PDF …»."""

    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what


@dataclass
class Budget:
    """What a read has spent so far, against its limits; the clock is injected."""

    limits: Limits = DEFAULT
    clock: Callable[[], float] = time.monotonic
    started: float = field(default=0.0)
    inflated: int = 0
    content: int = 0
    chars: int = 0
    figures: int = 0
    page: int = 0
    page_chars: int = 0
    page_paths: int = 0

    def __post_init__(self) -> None:
        self.started = self.clock()

    def inflate(self, size: int) -> int:
        """Spend `size` unpacked bytes; returns what is left to unpack."""
        self.inflated += size
        left = self.limits.inflated_bytes - self.inflated
        if left < 0:
            raise TooBig(
                f"сжатые данные распаковываются больше чем в "
                f"{self.limits.inflated_bytes // (1024 * 1024)} МБ — так не бывает ни в одном "
                "документе (похоже на «PDF-бомбу»)"
            )
        return left

    def left_to_inflate(self) -> int:
        return max(self.limits.inflated_bytes - self.inflated, 0)

    def new_page(self, number: int) -> None:
        self.page, self.page_chars, self.page_paths = number, 0, 0
        self.tick()

    def read_content(self, size: int) -> None:
        self.content += size
        if self.content > self.limits.content_bytes:
            raise TooBig(
                f"содержимого страниц больше {self.limits.content_bytes // (1024 * 1024)} МБ "
                f"(на странице {self.page} оно превысило предел) — это не дорожная карта"
            )
        self.tick()

    def char(self) -> None:
        self.chars += 1
        self.page_chars += 1
        if self.page_chars > self.limits.page_chars:
            raise TooBig(
                f"на странице {self.page} больше {self.limits.page_chars:,} знаков".replace(
                    ",", " "
                )
                + " — столько не помещается на страницу документа"
            )
        if self.chars > self.limits.chars:
            raise TooBig(
                f"больше {_n(self.limits.chars)} знаков текста — это не дорожная карта и не приказ"
            )
        if self.chars % 1000 == 0:
            self.tick()

    def path(self) -> None:
        self.page_paths += 1
        if self.page_paths > self.limits.page_paths:
            raise TooBig(
                f"на странице {self.page} больше {_n(self.limits.page_paths)} линий"
                " и фигур — это не таблица документа"
            )
        if self.page_paths % 1000 == 0:
            self.tick()

    def figure(self) -> None:
        self.figures += 1
        if self.figures > self.limits.figures:
            raise TooBig(
                f"рисунки страниц рисуются больше {_n(self.limits.figures)} раз"
                " (рисунок вложен в рисунок) — так не устроен ни один документ"
            )
        self.tick()

    def tick(self) -> None:
        if self.clock() - self.started > self.limits.seconds:
            raise TooBig(
                f"чтение длится дольше {self.limits.seconds:.0f} с (остановлено на странице "
                f"{self.page}) — документ слишком велик или устроен так, чтобы его не дочитать"
            )


# --- unpacking ---------------------------------------------------------------------------------


def _flate(budget: Budget) -> Callable[[bytes], bytes]:
    def decompress(data: bytes) -> bytes:
        """zlib.decompress that stops one byte past what is left (and raises as it does on a
        broken stream, so that pdfminer tries its repair, bounded too)."""
        inflater = zlib.decompressobj()
        out = inflater.decompress(data, budget.left_to_inflate() + 1)
        budget.inflate(len(out))
        if not inflater.eof:
            raise zlib.error("incomplete or truncated stream")
        return out

    return decompress


def _flate_repaired(budget: Budget) -> Callable[[bytes], bytes]:
    def decompress_corrupted(data: bytes) -> bytes:
        """What a stream with a broken checksum holds, as far as it reads (pdfminer's own
        repair feeds a byte at a time and joins the result quadratically)."""
        inflater = zlib.decompressobj()
        out = bytearray()
        left = budget.left_to_inflate()
        for start in range(0, len(data), 4096):
            try:
                out += inflater.decompress(data[start : start + 4096], left + 1 - len(out))
            except zlib.error:
                if start + 4096 < len(data):
                    raise  # broken before its last bytes (the checksum): not a stream to repair
                break
            if len(out) > left or inflater.eof:
                break
        budget.inflate(len(out))
        return bytes(out)

    return decompress_corrupted


def _lzw(budget: Budget) -> Callable[[bytes], bytes]:
    def lzwdecode(data: bytes) -> bytes:
        from pdfminer.lzw import CorruptDataError, LZWDecoder

        decoder = LZWDecoder(BytesIO(data))
        out = bytearray()
        left = budget.left_to_inflate()
        while True:
            try:
                code = decoder.readbits(decoder.nbits)
            except EOFError:
                break
            try:
                out += decoder.feed(code)
            except CorruptDataError:
                break
            if len(out) > left:
                break
        budget.inflate(len(out))
        return bytes(out)

    return lzwdecode


def _run_length(budget: Budget) -> Callable[[bytes], bytes]:
    def rldecode(data: bytes) -> bytes:
        out = bytearray()
        left = budget.left_to_inflate()
        index = 0
        while index < len(data) and len(out) <= left:
            length = data[index]
            if length == 128:
                break
            if length < 128:
                out += data[index + 1 : index + 2 + length]
                index += length + 2
            else:
                out += data[index + 1 : index + 2] * (257 - length)
                index += 2
        budget.inflate(len(out))
        return bytes(out)

    return rldecode


def _fax(budget: Budget, original: Callable[..., bytes]) -> Callable[..., bytes]:
    def ccittfaxdecode(data: bytes, params: dict[str, Any]) -> bytes:
        # a fax picture's size is known before it is unpacked: its width and height in dots
        columns = int(params.get("Columns", 1728))
        rows = int(params.get("Rows", 0) or 0)
        budget.inflate(columns * rows // 8 if rows > 0 else len(data) * 100)
        return original(data, params)

    return ccittfaxdecode


@contextmanager
def inflation_bounded(budget: Budget) -> Iterator[None]:
    """pdfminer's decoders replaced, for the time of one read, by ones that spend `budget`."""
    from pdfminer import pdftypes

    bounded: dict[str, Any] = {
        # the module pdftypes uses for Flate: only its decompress differs
        "zlib": SimpleNamespace(
            decompress=_flate(budget), error=zlib.error, decompressobj=zlib.decompressobj
        ),
        "decompress_corrupted": _flate_repaired(budget),
        "lzwdecode": _lzw(budget),
        "rldecode": _run_length(budget),
        "ccittfaxdecode": _fax(budget, pdftypes.ccittfaxdecode),  # type: ignore[attr-defined]
    }
    saved = {name: getattr(pdftypes, name) for name in bounded}
    for name, value in bounded.items():
        setattr(pdftypes, name, value)
    try:
        yield
    finally:
        for name, value in saved.items():
            setattr(pdftypes, name, value)


# --- laying a page out -------------------------------------------------------------------------


def pages(pdf: Any, budget: Budget) -> Iterator[Any]:
    """The pages of an open pdfplumber PDF one by one, laid out within `budget`; the page
    tree is walked only as far as the bound on pages."""
    from pdfminer.pdfpage import PDFPage
    from pdfplumber.page import Page

    class BoundedPage(Page):
        @property
        def layout(self) -> Any:
            if not hasattr(self, "_layout"):
                self._layout = bounded_layout(self, budget)
            return self._layout

    doctop = 0.0
    for index, page in enumerate(PDFPage.create_pages(pdf.doc)):
        if index >= budget.limits.pages:
            raise TooBig(
                f"больше {budget.limits.pages} страниц — это не дорожная карта и не приказ"
            )
        budget.new_page(index + 1)
        laid = BoundedPage(pdf, page, page_number=index + 1, initial_doctop=doctop)
        doctop += laid.height
        yield laid


def bounded_layout(page: Any, budget: Budget) -> Any:
    """pdfplumber's layout of a page, with every letter, line and drawing counted."""
    from pdfminer.pdfinterp import PDFPageInterpreter
    from pdfminer.pdftypes import PDFStream, resolve1
    from pdfplumber.page import PDFPageAggregatorWithMarkedContent

    class Device(PDFPageAggregatorWithMarkedContent):
        def render_char(self, *args: Any, **kwargs: Any) -> float:
            budget.char()
            return float(super().render_char(*args, **kwargs))

        def paint_path(self, *args: Any, **kwargs: Any) -> None:
            budget.path()
            super().paint_path(*args, **kwargs)

        def begin_figure(self, *args: Any, **kwargs: Any) -> None:
            budget.figure()
            super().begin_figure(*args, **kwargs)

    class Interpreter(PDFPageInterpreter):
        def execute(self, streams: Any) -> None:
            # the page's content, and a drawing's each time it is drawn: the parser's work
            for stream in streams:
                resolved = resolve1(stream)
                if isinstance(resolved, PDFStream):
                    budget.read_content(len(resolved.get_data() or b""))
            super().execute(streams)

    device = Device(page.pdf.rsrcmgr, pageno=page.page_number, laparams=page.pdf.laparams)
    Interpreter(page.pdf.rsrcmgr, device).process_page(page.page_obj)
    return device.get_result()
