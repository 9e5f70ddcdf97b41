"""Three more roadmaps as schools publish them, written with python-docx the way their authors
laid them out in Word (shapes taken from roadmaps on school websites: a school's «план
мероприятий» approved by the head's «УТВЕРЖДАЮ», a kindergarten's appendix to an order with
stages merged down and numbered activities, a school's plan with «СОГЛАСОВАНО», sections
numbered «1.» in the first cell, the header repeated on a new page, a row broken by the page,
and a list of the working group in another table). tests/test_import_documents.py imports them."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.table import Table


def _row(table: Table, *texts: str) -> None:
    cells = table.add_row().cells
    for cell, text in zip(cells, texts, strict=False):
        lines = text.split("\n")
        cell.paragraphs[0].text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)


def _spanning(table: Table, text: str) -> None:
    cells = table.add_row().cells
    merged = cells[0].merge(cells[-1])
    merged.paragraphs[0].text = text


def school_plan(path: Path) -> None:
    """«УТВЕРЖДАЮ» above the title; sections across the table; the «1 2 3 4 5» row; item
    numbers «1.1» and «1.2.»; activities as «- …» lines; a result and document in one column."""
    document = docx.Document()
    for line in ("УТВЕРЖДАЮ", "Директор школы", "Е.В. Тарабанова", "«28» августа 2023 г."):
        document.add_paragraph(line)
    document.add_paragraph("План мероприятий (дорожная карта)")
    document.add_paragraph(
        "внедрения целевой модели наставничества МБОУ Тамбарской ООШ на 2023-2024 учебный год"
    )
    table = document.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    for cell, text in zip(
        table.rows[0].cells,
        ("№\nп/п", "Наименование мероприятий", "Срок реализации", "Ответственный исполнитель",
         "Результат. Вид документа"),
        strict=True,
    ):  # fmt: skip
        cell.text = text
    _row(table, "1", "2", "3", "4", "5")
    _spanning(
        table, "1. Нормативное правовое регулирование внедрения целевой модели наставничества"
    )
    _row(table, "1.1", "Утверждение состава рабочей группы по внедрению целевой модели "
         "наставничества", "Сентябрь 2023 г.", "Директор Тарабанова Е.В.", "Приказ")  # fmt: skip
    _row(table, "1.2.", "Назначение куратора внедрения целевой модели наставничества",
         "до 10.09.2023", "Директор Тарабанова Е.В.", "Приказ")  # fmt: skip
    _row(
        table,
        "1.3.",
        "Разработка и утверждение распорядительных актов, включающих:\n"
        "- сроки внедрения ЦМН;\n- назначение ответственных;\n- планируемые результаты",
        "Октябрь 2023 г.",
        "Куратор Сидорова М.И.",
        "Приказы, положения",
    )
    _spanning(table, "2. Информирование педагогов, обучающихся и родителей")
    _row(table, "2.1.", "Проведение педагогического совета", "Сентябрь 2023 г.",
         "Куратор Сидорова М.И.", "Протокол педсовета")  # fmt: skip
    _row(table, "2.2.", "Информирование родителей о возможностях программы наставничества",
         "в течение года", "Классные руководители", "Протоколы родительских собраний")  # fmt: skip
    document.save(str(path))


def kindergarten_appendix(path: Path) -> None:
    """An appendix to an order («Приложение №2 к приказу … от 01.09.2022 №21/1»); the period
    as months («сентябрь 2022 г. - май 2024 г.»); columns «№ | Наименование этапа |
    Мероприятия | Содержание деятельности … | Срок | Ответственный»; each stage merged down
    over its items, its number only in the first row; activities numbered «1. … 2. …»."""
    document = docx.Document()
    document.add_paragraph("Приложение №2 к приказу МБДОУ №18 от 01.09.2022 №21/1")
    document.add_paragraph(
        "Дорожная карта (план мероприятий) по реализации Положения о системе наставничества "
        "педагогических работников МБДОУ №18 (сентябрь 2022 г. - май 2024 г.)"
    )
    table = document.add_table(rows=1, cols=6)
    table.style = "Table Grid"
    for cell, text in zip(
        table.rows[0].cells,
        ("№", "Наименование этапа", "Мероприятия",
         "Содержание деятельности и примерный план мероприятий", "Срок", "Ответственный"),
        strict=True,
    ):  # fmt: skip
        cell.text = text
    stages = [
        ("1.", "Подготовка условий для реализации системы наставничества", [
            ("Изучение и систематизация имеющихся материалов по проблеме наставничества",
             "1. Изучение Распоряжения Минпросвещения № Р-145. 2. Изучение методических "
             "рекомендаций", "Сентябрь 2022", "Пономарёва Е.А., заведующий"),
            ("Подготовка нормативной базы реализации системы наставничества",
             "1. Издание приказа о внедрении системы наставничества. 2. Разработка Положения о "
             "наставничестве", "Сентябрь 2022", "Пономарёва Е.А., заведующий"),
        ]),
        ("2.", "Формирование банка наставляемых", [
            ("Сбор информации о профессиональных запросах педагогов",
             "1. Анкетирование педагогов. 2. Формирование базы наставляемых",
             "Октябрь 2022", "Старший воспитатель Кузнецова О.В."),
        ]),
        ("3.", "Формирование банка наставников", [
            ("Проведение анкетирования среди потенциальных наставников",
             "1. Анкетирование. 2. Формирование базы наставников", "Октябрь 2022",
             "Старший воспитатель Кузнецова О.В."),
            ("Обучение наставников", "1. Курсы повышения квалификации", "в течение года",
             "Старший воспитатель Кузнецова О.В."),
        ]),
    ]  # fmt: skip
    for number, stage, items in stages:
        first = len(table.rows)
        for title, activities, deadline, who in items:
            _row(table, "", "", title, activities, deadline, who)
        top = table.rows[first].cells
        top[0].text, top[1].text = number, stage
        if len(items) > 1:
            for column in (0, 1):
                top[column].merge(table.rows[len(table.rows) - 1].cells[column])
    document.add_paragraph("Заведующий МБДОУ №18 Е.А. Пономарёва")
    document.save(str(path))


def school_plan_across_pages(path: Path) -> None:
    """«СОГЛАСОВАНО» and «Утверждаю» beside each other; sections «1.» in the first cell and
    their titles in the second; the header repeated where a new page begins; a row the page
    broke (its rest in a row with no number); «Срок» after «Ответственный»; the working group
    listed in a table of its own after the roadmap."""
    document = docx.Document()
    head = document.add_table(rows=1, cols=2)
    head.rows[0].cells[0].text = "СОГЛАСОВАНО\nПротокол № 1 заседания педагогического совета"
    head.rows[0].cells[1].text = "Утверждаю\nДиректор МБОУ Багаевской СОШ № 3\nН.В. Боряева"
    document.add_paragraph(
        "План мероприятий (дорожная карта) внедрения целевой модели наставничества обучающихся "
        "МБОУ Багаевской СОШ № 3 на 2023-2024 учебный год"
    )
    header = ("№ п/п", "Мероприятие", "Ответственный", "Срок", "Ожидаемый результат")
    table = document.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    _row(table, "1.", "Организационный этап")
    _row(table, "1.1.", "Утверждение состава рабочей группы", "Директор Боряева Н.В.",
         "Август 2023 г.", "Приказ о составе рабочей группы")  # fmt: skip
    _row(table, "1.2.", "Разработка и утверждение положения о наставничестве и программы",
         "Заместитель директора Лысенко А.А.", "Сентябрь 2023 г.", "Положение")  # fmt: skip
    _row(table, "", "наставничества школы", "", "", "и программа наставничества")
    _row(table, *header)
    _row(table, "2.", "Формирование баз наставников и наставляемых")
    _row(table, "2.1.", "Анкетирование обучающихся и педагогов", "Куратор Лысенко А.А.",
         "Сентябрь – октябрь 2023 г.", "База наставляемых")  # fmt: skip
    _row(table, "2.2.", "Формирование наставнических пар", "Куратор Лысенко А.А.",
         "до 15.10.2023", "Приказ о закреплении пар")  # fmt: skip
    _row(table, "2.3.", "Итоговая конференция наставников", "Куратор Лысенко А.А.", "Май 2024 г.",
         "Отчёт")  # fmt: skip
    document.add_paragraph("Состав рабочей группы:")
    group = document.add_table(rows=1, cols=3)
    group.style = "Table Grid"
    for cell, text in zip(group.rows[0].cells, ("№", "ФИО", "Должность"), strict=True):
        cell.text = text
    _row(group, "1", "Боряева Н.В.", "директор")
    _row(group, "2", "Лысенко А.А.", "заместитель директора")
    document.save(str(path))
