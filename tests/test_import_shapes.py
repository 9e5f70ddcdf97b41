"""Shapes of real documents that the samples do not show, built here with python-docx: a stage
merged down its rows, a section row spanning the table, the header repeated, a two-level header,
Word's automatic numbering, an unknown column, «УТВЕРЖДАЮ» signed by the head, a school order
with numbered points, its signature and executor."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement

from mentorkit.importer import import_file
from mentorkit.importer.result import Imported, ItemDraft
from mentorkit.importer.run import run_import


def _items(result: Imported) -> dict[str, ItemDraft]:
    out: dict[str, ItemDraft] = {}
    for index, item in enumerate(result.body.items):
        out[item.number or str(index + 1)] = item
    for s_index, section in enumerate(result.body.sections):
        prefix = section.number or str(s_index + 1)
        for index, item in enumerate(section.items):
            out[item.number or f"{prefix}.{index + 1}"] = item
    return out


def _rows(table: object, *rows: tuple[str, ...]) -> list[object]:
    made = []
    for cells in rows:
        row = table.add_row()  # type: ignore[attr-defined]
        for index, text in enumerate(cells):
            row.cells[index].text = text
        made.append(row)
    return made


@pytest.fixture
def school_plan(tmp_path: Path) -> Path:
    document = docx.Document()
    for text in ("УТВЕРЖДАЮ", "Директор МБОУ СОШ № 5", "__________ И.П. Сидорова",
                 "«30» августа 2023 г.", "План мероприятий по реализации целевой модели",
                 "наставничества в МБОУ СОШ № 5 на 2023/2024 учебный год"):  # fmt: skip
        document.add_paragraph(text)
    table = document.add_table(rows=0, cols=6)
    header, _, first, _, third, section, *_ = _rows(
        table,
        ("№", "Этап", "Мероприятие", "Сроки проведения", "Ответственный", "Примечание"),
        ("1", "2", "3", "4", "5", "6"),
        ("1.1", "Подготовительный", "Издание приказа", "до 1 сентября 2023 г.",
         "Сидорова И.П., директор", ""),
        ("1.2", "", "Назначение куратора", "сентябрь 2023", "Сидорова И.П.", "выполнено"),
        ("1.3", "", "Разработка положения", "IV квартал 2023", "Куратор Петров А.А.", ""),
        ("II. Основной этап", "", "", "", "", ""),
        ("2.1", "", "Формирование пар", "в течение года", "Петров А.А.", ""),
        ("", "", "", "", "", ""),
        ("№", "Этап", "Мероприятие", "Сроки проведения", "Ответственный", "Примечание"),
        ("2.2", "", "Мониторинг", "ежемесячно до 5 числа", "Петров А.А. Иванова Б.В.", ""),
        ("", "", "программы наставничества", "", "", ""),
    )  # fmt: skip
    flag = OxmlElement("w:tblHeader")
    header._tr.get_or_add_trPr().append(flag)  # type: ignore[attr-defined]
    first.cells[1].merge(third.cells[1])  # type: ignore[attr-defined]
    section.cells[0].merge(section.cells[5])  # type: ignore[attr-defined]
    document.add_paragraph("Состав рабочей группы:")
    group = document.add_table(rows=1, cols=2)
    group.cell(0, 0).text, group.cell(0, 1).text = "Петров А.А.", "учитель"
    path = tmp_path / "plan.docx"
    document.save(str(path))
    return path


def test_stage_merged_down_section_spanning_and_repeated_header(school_plan: Path) -> None:
    result = import_file(school_plan)
    items = _items(result)
    assert list(items) == ["1.1", "1.2", "1.3", "2.1", "2.2"]
    assert [s.title for s in result.body.sections] == ["Подготовительный", "Основной этап"]
    assert result.body.sections[1].number == "II"
    assert items["1.2"].fields["deadline"] == "сентябрь 2023"
    assert items["1.2"].comments == ["Примечание: выполнено"]  # the unknown column, kept
    assert items["2.2"].title == "Мониторинг программы наставничества"  # a row a page broke
    assert items["2.2"].fields["responsible"] == ["Петров А.А.", "Иванова Б.В."]
    assert result.body.columns == ["number", "title", "deadline", "responsible"]
    assert result.title.startswith("План мероприятий") and result.period == "2023-2024"
    assert result.organization is not None and result.organization.head == "Сидорова И.П."
    unplaced = [f for f in result.findings if f.kind == "unplaced"]
    assert "Примечание" in unplaced[0].message
    assert [f.text for f in unplaced[1:]] == ["Состав рабочей группы:", "Петров А.А. учитель"]


def test_the_plan_writes_and_keeps_the_unknown_column(school_plan: Path, tmp_path: Path) -> None:
    run = run_import([school_plan], tmp_path / "repo", into=True)
    assert not run.failed
    text = (tmp_path / "repo" / "roadmaps" / "2023-2024.yaml").read_text(encoding="utf-8")
    assert "# Примечание: выполнено" in text
    assert "«Петров А.А. учитель»" in text.split("Не размещено")[1]


@pytest.fixture
def school_order(tmp_path: Path) -> Path:
    document = docx.Document()
    for text in ("Муниципальное бюджетное общеобразовательное учреждение",
                 "«Средняя общеобразовательная школа № 5»", "ПРИКАЗ",
                 "«01» сентября 2023 г.\t\t\t№ 112-о", "г. Энск", "Об утверждении дорожной карты",
                 "реализации целевой модели наставничества",
                 "В соответствии с распоряжением Минпросвещения России от 25.12.2019 № Р-145, "
                 "приказываю:"):  # fmt: skip
        document.add_paragraph(text)
    for text in (
        "Утвердить дорожную карту реализации целевой модели наставничества на 2023-2024 "
        "учебный год (приложение).",
        "Назначить куратором Петрова А.А.",
        "Контроль за исполнением приказа оставляю за собой.",
    ):
        document.add_paragraph(text, style="List Number")  # Word numbers them, not the text
    document.add_paragraph("Директор школы\t\t\tИ.П. Сидорова")
    document.add_paragraph("Исп.: Петров А.А., тел. 2-22-33")
    document.add_page_break()
    for text in ("Приложение к приказу", "от 01.09.2023 № 112-о",
                 "Дорожная карта на 2023-2024 учебный год"):  # fmt: skip
        document.add_paragraph(text)
    table = document.add_table(rows=0, cols=5)
    top, below, *rows = _rows(
        table,
        ("№", "Мероприятие", "Срок", "Ответственный", ""),
        ("", "", "", "исполнитель", "соисполнитель"),
        ("", "Диагностика", "октябрь 2023", "Петров А.А.", "педагог-психолог"),
        ("", "Итоговая конференция", "май 2024", "Сидорова И.П.", ""),
    )
    top.cells[3].merge(top.cells[4])  # type: ignore[attr-defined]
    for index in range(3):
        top.cells[index].merge(below.cells[index])  # type: ignore[attr-defined]
    for row in rows:
        row.cells[0].paragraphs[0].style = document.styles["List Number 2"]  # type: ignore[attr-defined]
    path = tmp_path / "order.docx"
    document.save(str(path))
    return path


def test_school_order_with_word_numbering_and_a_two_level_header(school_order: Path) -> None:
    result = import_file(school_order)
    order = result.order
    assert order is not None
    assert (order.number, order.date) == ("112-о", date(2023, 9, 1))
    assert order.title == "Об утверждении дорожной карты реализации целевой модели наставничества"
    assert (
        order.basis == "В соответствии с распоряжением Минпросвещения России от 25.12.2019 № Р-145"
    )
    assert order.points == [
        "Назначить куратором Петрова А.А.",
        "Контроль за исполнением приказа оставляю за собой.",
    ]
    assert (order.signed_by, order.signer_position, order.executor) == (
        "Сидорова И.П.",
        "Директор школы",
        "Петров А.А.",
    )
    assert result.organization is not None
    assert result.organization.name == (
        "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная "
        "школа № 5»"
    )
    assert result.organization.place == "г. Энск"
    items = _items(result)
    assert list(items) == ["1", "2"]
    assert items["1"].fields["responsible"] == ["Петров А.А."]
    assert items["1"].fields["co_responsible"] == ["педагог-психолог"]
    assert result.body.columns == ["number", "title", "deadline", "responsible", "co_responsible"]
    assert not [f for f in result.findings if f.kind == "unplaced"]


def test_a_title_row_above_the_header_is_kept_and_a_missing_title_said(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=0, cols=3)
    (title_row, *_) = _rows(
        table,
        ("План работы наставников", "", ""),
        ("Содержание работы", "Сроки", "Ответственные"),
        ("Встреча-знакомство", "сентябрь", "Наставники"),
    )
    title_row.cells[0].merge(title_row.cells[2])  # type: ignore[attr-defined]
    path = tmp_path / "plan.docx"
    document.save(str(path))
    result = import_file(path)
    assert [i.title for i in result.body.items] == ["Встреча-знакомство"]
    assert result.body.columns == ["title", "deadline", "responsible"]
    unplaced = [f for f in result.findings if f.kind == "unplaced"]
    assert [(f.where, f.text) for f in unplaced] == [
        ("таблица 1, строка 1", "План работы наставников")
    ]
    notes = " ".join(f.message for f in result.findings if f.kind == "note")
    assert "заголовок дорожной карты над таблицей не найден" in notes
    assert "не найден период" in notes
    run = run_import([path], tmp_path / "repo", into=True)
    assert "наименование организации в документе не найдено" in " ".join(run.notes)
    text = (tmp_path / "repo" / "roadmaps" / "plan.yaml").read_text(encoding="utf-8")
    assert "впишите period" in text and "title: plan.docx" in text


def test_a_table_split_in_two_is_one_roadmap(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Дорожная карта на 2024 год")
    first = document.add_table(rows=0, cols=4)
    _rows(
        first,
        ("Мероприятие", "Срок", "Ответственный", "Результат"),
        ("Семинар", "март 2024", "Методист", "Протокол"),
    )
    document.add_paragraph("")
    second = document.add_table(rows=0, cols=4)
    _rows(second, ("Конференция", "май 2024", "Куратор", "Сборник"))
    signature = document.add_table(rows=0, cols=2)
    _rows(signature, ("Директор", "И.П. Сидорова"))
    path = tmp_path / "plan.docx"
    document.save(str(path))
    result = import_file(path)
    assert [i.title for i in result.body.items] == ["Семинар", "Конференция"]
    assert result.period == {"start": date(2024, 1, 1), "end": date(2024, 12, 31)}
    assert [f.text for f in result.findings if f.kind == "unplaced"] == ["Директор И.П. Сидорова"]


def test_a_letterhead_in_the_page_header_names_the_organisation(tmp_path: Path) -> None:
    document = docx.Document()
    header = document.sections[0].header
    header.is_linked_to_previous = False
    header.paragraphs[0].text = "МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ «ШКОЛА № 7»"
    for text in ("ПРИКАЗ", "01.09.2024 № 77", "Об утверждении дорожной карты", "ПРИКАЗЫВАЮ:",
                 "1. Утвердить дорожную карту (приложение).", "2. Контроль оставляю за собой.",
                 "Директор И.И. Иванов", "Дорожная карта на 2024-2025 учебный год"):  # fmt: skip
        document.add_paragraph(text)
    table = document.add_table(rows=0, cols=3)
    _rows(
        table,
        ("Мероприятие", "Срок", "Ответственный"),
        ("Семинар", "октябрь 2024", "Иванов И.И."),
    )
    path = tmp_path / "order.docx"
    document.save(str(path))
    result = import_file(path)
    assert result.organization is not None
    assert result.organization.name == (
        "МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ «ШКОЛА № 7»"
    )
    assert result.order is not None and result.order.points == ["Контроль оставляю за собой."]
    assert (result.order.signed_by, result.period) == ("Иванов И.И.", "2024-2025")
