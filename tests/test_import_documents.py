"""mentorkit import on three roadmaps it has never seen (tests/import_documents.py): counts,
numbers and exact texts; the period written as months; the approving order named by the
appendix mark; the organisation from the title; another table left as unplaced text; and the
repository written passes check."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from mentorkit.check import check
from mentorkit.importer import import_file
from mentorkit.importer.result import Imported, ItemDraft
from mentorkit.importer.run import run_import
from tests import import_documents


def _read(make: Callable[[Path], None], tmp_path: Path) -> Imported:
    path = tmp_path / "document.docx"
    make(path)
    return import_file(path)


def _items(result: Imported) -> list[ItemDraft]:
    return [item for section in result.body.sections for item in section.items]


def test_a_school_plan_with_sections_across_the_table(tmp_path: Path) -> None:
    result = _read(import_documents.school_plan, tmp_path)
    assert [(s.number, len(s.items)) for s in result.body.sections] == [("1", 3), ("2", 2)]
    assert result.body.sections[1].title == "Информирование педагогов, обучающихся и родителей"
    items = _items(result)
    assert [i.number for i in items] == ["1.1", "1.2", "1.3", "2.1", "2.2"]
    assert result.body.columns == ["number", "title", "deadline", "responsible", "document"]
    assert result.period == "2023-2024"
    assert (items[1].title, items[1].fields) == (
        "Назначение куратора внедрения целевой модели наставничества",
        {
            "document": "Приказ",
            "deadline": "до 10.09.2023",
            "responsible": ["Директор Тарабанова Е.В."],
        },
    )
    assert items[2].title == "Разработка и утверждение распорядительных актов, включающих"
    assert items[2].fields["activities"] == [
        "сроки внедрения ЦМН;",
        "назначение ответственных;",
        "планируемые результаты",
    ]
    assert items[4].fields["responsible"] == ["Классные руководители"]
    assert result.organization is not None and result.organization.name == "МБОУ Тамбарской ООШ"
    assert "Тарабанова Е.В." in [p.ref for p in result.people]


def test_a_kindergarten_appendix_with_merged_stages_and_a_period_in_months(tmp_path: Path) -> None:
    result = _read(import_documents.kindergarten_appendix, tmp_path)
    assert [(s.number, s.title, len(s.items)) for s in result.body.sections] == [
        ("1", "Подготовка условий для реализации системы наставничества", 2),
        ("2", "Формирование банка наставляемых", 1),
        ("3", "Формирование банка наставников", 2),
    ]
    assert result.period == {"start": date(2022, 9, 1), "end": date(2024, 5, 31)}
    assert result.approved_by == ("21/1", date(2022, 9, 1))
    assert result.body.columns == ["number", "title", "activities", "deadline", "responsible"]
    items = _items(result)
    assert items[1].title == "Подготовка нормативной базы реализации системы наставничества"
    assert items[1].fields == {
        "activities": [
            "Издание приказа о внедрении системы наставничества.",
            "Разработка Положения о наставничестве",
        ],
        "deadline": "Сентябрь 2022",
        "responsible": ["Пономарёва Е.А., заведующий"],
    }
    # one numbered activity is a list of one, without its «1.»
    assert items[4].fields["activities"] == ["Курсы повышения квалификации"]
    unplaced = [f.text for f in result.findings if f.kind == "unplaced"]
    assert unplaced == ["Заведующий МБДОУ № 18 Е.А. Пономарёва"]


def test_a_plan_across_pages_with_another_table_after_it(tmp_path: Path) -> None:
    result = _read(import_documents.school_plan_across_pages, tmp_path)
    assert [(s.number, s.title, len(s.items)) for s in result.body.sections] == [
        ("1", "Организационный этап", 2),
        ("2", "Формирование баз наставников и наставляемых", 3),
    ]
    items = _items(result)
    assert [i.number for i in items] == ["1.1", "1.2", "2.1", "2.2", "2.3"]
    # columns in the document's order: the responsible before the deadline
    assert result.body.columns == ["number", "title", "responsible", "deadline", "result"]
    # the row the page broke, joined back whole, column by column
    assert items[1].title == (
        "Разработка и утверждение положения о наставничестве и программы наставничества школы"
    )
    assert items[1].fields["result"] == "Положение и программа наставничества"
    assert items[2].fields["deadline"] == "Сентябрь – октябрь 2023 г."
    # the working group's table is not a roadmap: its rows are kept as unplaced text
    unplaced = [f.text for f in result.findings if f.kind == "unplaced"]
    assert "1 Боряева Н.В. директор" in unplaced and "Состав рабочей группы:" in unplaced
    assert result.organization is not None
    assert result.organization.name == "МБОУ Багаевской СОШ № 3"


@pytest.mark.parametrize(
    "make",
    [
        import_documents.school_plan,
        import_documents.kindergarten_appendix,
        import_documents.school_plan_across_pages,
    ],
    ids=lambda f: f.__name__,
)
def test_each_imported_repository_passes_check(
    make: Callable[[Path], None], tmp_path: Path
) -> None:
    path = tmp_path / "document.docx"
    make(path)
    run = run_import([path], tmp_path / "repo", into=True)
    assert not run.failed
    result = check([tmp_path / "repo"], date(2026, 1, 15))
    assert [p for p in result.problems if p.severity.value == "error"] == []


def test_the_pdf_of_the_school_plan_imports_to_the_same_texts(tmp_path: Path) -> None:
    """Its narrow columns make LibreOffice break words without a hyphen, within a line and
    across a page (the rest of «ответственн / ых;» in the row the next page continues)."""
    from tests.test_import_cli import _contents, _pdf

    source = tmp_path / "plan.docx"
    import_documents.school_plan(source)
    from_pdf = import_file(_pdf(source, tmp_path))
    from_docx = import_file(source)
    assert _contents(from_pdf) == _contents(from_docx)
    assert (from_pdf.title, from_pdf.period) == (from_docx.title, from_docx.period)


def test_a_word_a_page_broke_is_joined_only_into_a_known_word() -> None:
    from mentorkit.importer.words import broken_across

    assert broken_across("- назначение ответственн", "ых;")
    assert not broken_across("назначение ответственных", "лиц")  # two words stay two
    assert not broken_across("Положение", "и программа")
    assert not broken_across("", "ых")
