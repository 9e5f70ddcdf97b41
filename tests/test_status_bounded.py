"""A long table in a terminal is cut to its first rows, saying how many are left out and where
to see them all; Markdown keeps every row."""

from __future__ import annotations

from mentorkit.report.page_markdown import to_markdown_page
from mentorkit.report.status import SHOWN_ROWS, bounded
from mentorkit.status.page import Column, Page, Paragraph, Row, Table, cell


def _page(rows: int) -> Page:
    table = Table(
        "Просрочено",
        (Column("№"), Column("Мероприятие")),
        (
            *(Row((cell(f"2.{i}"), cell(f"Мероприятие {i}"))) for i in range(rows)),
            Row((cell("Всего"), cell(str(rows))), total=True),
        ),
        note="срок — по дорожной карте",
    )
    return Page((Paragraph("до таблицы"), table))


def test_a_long_table_keeps_its_first_rows_and_its_total() -> None:
    page = bounded(_page(1234), shown=100)
    table = page.blocks[1]
    assert isinstance(table, Table)
    assert [r.cells[0].text for r in table.rows[:2]] == ["2.0", "2.1"]
    assert len(table.rows) == 101
    assert table.rows[-2].cells[0].text == "2.99"
    assert table.rows[-1].total and table.rows[-1].cells[1].text == "1234"
    assert table.note == (
        "срок — по дорожной карте; показаны первые 100 строк из 1 234, ещё 1 134 не показаны: "
        "весь список — mentorkit status --format markdown > список.md (или --format json)"
    )
    assert page.blocks[0] == Paragraph("до таблицы")


def test_a_table_that_fits_is_left_as_it_is() -> None:
    page = _page(SHOWN_ROWS)
    assert bounded(page) == page


def test_markdown_keeps_every_row() -> None:
    text = to_markdown_page(_page(SHOWN_ROWS + 50))
    assert f"Мероприятие {SHOWN_ROWS + 49}" in text
    assert "не показаны" not in text
