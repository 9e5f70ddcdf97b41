"""`mentorkit render`: every document from the examples, opened and read back — text, table rows,
declined names, requisites — and the rules: consent, the public copy, reproducible files."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.shared import Pt

from mentorkit.cli import main
from mentorkit.errors import RenderRefused, UsageError
from mentorkit.load.repository import load_repository
from mentorkit.model import numbered_items
from mentorkit.render import render
from tests.conftest import EXAMPLES

SCHOOL = EXAMPLES / "school12-2023-2024"


def cells(row: object) -> list[str]:
    """The texts of a row's real cells (python-docx repeats a merged cell for each column)."""
    from docx.table import _Cell

    tr = row._tr  # type: ignore[attr-defined]
    return [_Cell(tc, row).text for tc in tr.tc_lst]  # type: ignore[arg-type]


def plain(text: str) -> str:
    """Text as a reader sees it: non-breaking spaces and hyphens as ordinary ones."""
    return text.replace("\u00a0", " ").replace("\u2011", "-").replace("\u2060", "")


def read(path: Path, raw: bool = False) -> tuple[list[str], list[list[list[str]]]]:
    """A document's non-empty paragraphs, and its tables as rows of cell texts (`raw`: with the
    non-breaking spaces and hyphens as they are)."""
    document = docx.Document(str(path))
    as_read = (lambda text: text) if raw else plain
    paragraphs = [as_read(p.text) for p in document.paragraphs if p.text.strip()]
    tables = [
        [[as_read(cell) for cell in cells(row)] for row in table.rows] for table in document.tables
    ]
    return paragraphs, tables


def everything(path: Path) -> str:
    paragraphs, tables = read(path)
    return "\n".join([*paragraphs, *(c for t in tables for r in t for c in r)])


@pytest.fixture
def school(tmp_path: Path) -> Path:
    target = tmp_path / "school"
    shutil.copytree(SCHOOL, target)
    return target


def render_one(kind: str, path: Path, **options: object) -> Path:
    result = render(kind, [path], **options)  # type: ignore[arg-type]
    assert len(result.written) == 1
    return result.written[0].docx


def _orders() -> list[Path]:
    return sorted(EXAMPLES.glob("*/orders/*.yaml"))


@pytest.mark.parametrize("order", _orders(), ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_every_order_of_the_examples_renders(order: Path, tmp_path: Path) -> None:
    root = tmp_path / "repo"
    shutil.copytree(order.parent.parent, root)
    written = render_one("order", root / "orders" / order.name)
    assert written.parent == root / "documents"
    paragraphs, tables = read(written)
    repo, _ = load_repository(root)
    model = next(doc.model for doc in repo.orders if doc.path == f"orders/{order.name}")
    assert tables[0] == [[f"{model.date:%d.%m.%Y}", f"№ {model.number}"]]
    assert "ПРИКАЗ" in paragraphs
    assert "ПРИКАЗЫВАЮ:" in paragraphs
    title = " ".join((model.title or "").split())
    if title:
        assert title in paragraphs
    # The requisites in their order: organisation, «ПРИКАЗ», title, basis, «ПРИКАЗЫВАЮ:».
    assert paragraphs.index("ПРИКАЗ") < paragraphs.index("ПРИКАЗЫВАЮ:")
    assert repo.config is not None
    assert paragraphs.index(repo.config.model.organization.name) < paragraphs.index("ПРИКАЗ")
    points = [p for p in paragraphs if p[:1].isdigit() and ". " in p[:4]]
    assert points[0].startswith("1. ")
    for text in model.points:
        assert any(" ".join(text.split("\n")[0].split()[:4]) in point for point in points)
    signature = read(written, raw=True)[1][1][0]
    assert signature[1].count("\u00a0") == 1  # «И.О.\u00a0Фамилия»


def test_pairs_order(school: Path) -> None:
    written = render_one("order", school / "orders/2023-150-pairs.yaml")
    paragraphs, tables = read(written)
    assert written.name == "Приказ-150-от-25.09.2023.docx"
    assert paragraphs[:5] == [
        "Муниципальное образование Тимашевский район",
        "Муниципальное автономное общеобразовательное учреждение средняя общеобразовательная "
        "школа № 12",
        "ПРИКАЗ",
        "г. Тимашевск",
        "О закреплении наставнических пар и групп на 2023-2024 учебный год",
    ]
    assert (
        "1. Закрепить наставником Петрову Анну Андреевну, учителя математики, за молодым "
        "специалистом Ивановой Марией Петровной, учителем математики (форма наставничества "
        "«Учитель – учитель»)." in paragraphs
    )
    assert (
        "2. Закрепить наставником Белоусову Наталью Сергеевну, учителя русского языка и "
        "литературы, за молодыми специалистами Гончаровым Денисом Олеговичем, учителем истории "
        "и обществознания, и Лебедевой Ксенией Игоревной, учителем начальных классов (форма "
        "наставничества «Учитель – учитель»)." in paragraphs
    )
    assert (
        "3. Закрепить наставником Сафронова Виктора Николаевича, учителя физики, за обучающимся "
        "7Б класса Соколовым Ильёй Сергеевичем (форма наставничества «Учитель – ученик»)."
        in paragraphs
    )
    points = paragraphs[paragraphs.index("ПРИКАЗЫВАЮ:") + 1 :]
    assert "за обучающейся 9А класса Орловой Дарьей Максимовной" in points[3]
    assert points[4] == (
        "5. Утвердить список наставнических пар и групп на 2023-2024 учебный год (приложение 1)."
    )
    assert tables[1] == [["Директор", "А.В. Кондрахин"]]
    # the executor mark: name and the phone from people.yaml, one paragraph
    assert "Ставницкая Елена Евгеньевна\n8 (86130) 4-12-34" in paragraphs
    mark = tables.index([["Приложение 1\nк приказу от 25.09.2023 № 150"]])
    assert [row[0] for row in tables[2]] == [
        "А.А. Петрова",
        "М.П. Иванова",
        "Н.С. Белоусова",
        "Д.О. Гончаров",
        "К.И. Лебедева",
        "В.Н. Сафронов",
    ]
    pair_list = tables[mark + 1]
    assert pair_list[0] == ["№ п/п", "Наставник", "Наставляемые", "Форма наставничества"]
    assert len(pair_list) == 1 + 4  # a row per pair
    assert pair_list[2] == [
        "2",
        "Белоусова Наталья Сергеевна, учитель русского языка и литературы",
        "Гончаров Денис Олегович, учитель истории и обществознания\n"
        "Лебедева Ксения Игоревна, учитель начальных классов",
        "Учитель – учитель",
    ]
    assert pair_list[3][2] == "обучающийся 7Б класса Соколов Илья Сергеевич"


def test_roadmap_order_has_the_roadmap_as_landscape_appendix(school: Path) -> None:
    written = render_one("order", school / "orders/2023-145-roadmap.yaml")
    document = docx.Document(str(written))
    assert [s.orientation for s in document.sections] == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE]
    paragraphs, tables = read(written)
    assert paragraphs[paragraphs.index("ПРИКАЗЫВАЮ:") + 1] == (
        "1. Утвердить «Дорожную карту» целевой модели наставничества «Учитель – учитель» в МАОУ "
        "СОШ № 12 на 2023-2024 учебный год (приложение 1)."
    )
    mark = tables.index([["Приложение 1\nк приказу от 30.08.2023 № 145"]])
    repo, _ = load_repository(school)
    roadmap = repo.roadmaps[0].model
    table = tables[mark + 1]
    assert table[0] == [
        "Наименование мероприятия",
        "Срок",
        "Ожидаемый результат",
        "Показатели эффективности",
        "Ответственный",
    ]
    items = numbered_items(roadmap)
    sections = len(roadmap.sections) + sum(len(s.sections) for s in roadmap.sections)
    assert len(table) == 1 + sections + len(items)  # a row per section and per item
    assert table[1] == ["Организационно-методическое сопровождение деятельности"]
    first = items[0].item
    with_activities = next(row for row in table if row[0].startswith("Организация работы"))
    assert with_activities[0] == (
        "Организация работы наставнических пар или групп:\n– встреча-планирование;\n"
        "– совместная работа наставника и наставляемого в соответствии с разработанным "
        "индивидуальным планом;\n– итоговая встреча"
    )
    assert table[2] == [
        first.title,
        first.deadline,
        first.result,
        first.indicators,
        "\n".join(first.responsible),
    ]


def test_curator_reward_plans_and_custom_orders(school: Path) -> None:
    paragraphs, _ = read(render_one("order", school / "orders/2023-142-curator.yaml"))
    assert (
        "1. Назначить куратором целевой модели наставничества Ставницкую Елену Евгеньевну, "
        "заместителя директора по УВР." in paragraphs
    )
    paragraphs, _ = read(render_one("order", school / "orders/2024-007-reward.yaml"))
    assert paragraphs[paragraphs.index("ПРИКАЗЫВАЮ:") + 1 :][:2] == [
        "1. Объявить благодарность Петровой Анне Андреевне, учителю математики, за эффективную "
        "наставническую деятельность.",
        "2. Объявить благодарность Сафронову Виктору Николаевичу, учителю физики, за "
        "эффективную наставническую деятельность.",
    ]
    written = render_one("order", school / "orders/2023-162-plans.yaml")
    paragraphs, tables = read(written)
    assert (
        "1. Утвердить индивидуальные планы наставничества на 2023-2024 учебный год "
        "(приложения 1–4)." in paragraphs
    )
    marks = [t[0][0] for t in tables if t[0][0].startswith("Приложение")]
    assert marks == [f"Приложение {n}\nк приказу от 16.10.2023 № 162" for n in range(1, 5)]
    meetings = [t for t in tables if t[0][0] == "№ п/п"]
    assert [len(t) - 1 for t in meetings] == [7, 6, 6, 6]  # a row per meeting
    paragraphs, _ = read(render_one("order", school / "orders/2023-158-diagnostics.yaml"))
    points = paragraphs[paragraphs.index("ПРИКАЗЫВАЮ:") + 1 :]
    assert points[1] == (
        "2. Педагогу-психологу Хотенчан О.В. подготовить диагностические анкеты в срок до "
        "06.10.2023."
    )


def test_plan_alone_is_landscape_and_approved(school: Path) -> None:
    written = render_one("plan", school / "roadmaps/2023-2024.yaml")
    assert written.name == "Дорожная-карта-2023-2024.docx"
    document = docx.Document(str(written))
    assert [s.orientation for s in document.sections] == [WD_ORIENT.LANDSCAPE]
    paragraphs, tables = read(written)
    assert tables[0] == [["УТВЕРЖДЕНА\nприказом МАОУ СОШ № 12\nот 30.08.2023 № 145"]]
    assert paragraphs[0].startswith("«Дорожная карта» целевой модели наставничества")
    assert paragraphs[1].startswith("Цель: Создание эффективной системы")
    assert tables[1][0][1] == "Срок"


def test_plan_without_approval_has_no_stamp(base_repo: Path) -> None:
    path = base_repo / "roadmaps/2023-2024.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            'approved_by: {order: "10", date: 2023-08-30}\n', ""
        ),
        encoding="utf-8",
    )
    _, tables = read(render_one("plan", path))
    assert tables[0][0] == [
        "№ п/п",
        "Наименование мероприятия",
        "Срок",
        "Ответственный",
        "Ожидаемый результат",
    ]
    assert tables[0][1] == ["1. Организационное сопровождение"]
    assert tables[0][2][:3] == ["1.1", "Формирование базы наставляемых", "Август – сентябрь 2023г."]


def test_pair_individual_plan(school: Path) -> None:
    result = render("pair", [school / "pairs/2023-2024.yaml"], who="Белоусова Н.С.")
    (written,) = result.written
    assert written.docx.name == "Индивидуальный-план-2023-2024-2.docx"
    paragraphs, tables = read(written.docx)
    assert tables[0] == [["УТВЕРЖДЕН\nприказом МАОУ СОШ № 12\nот 16.10.2023 № 162"]]
    assert paragraphs[:2] == ["Индивидуальный план наставничества", "на 2023-2024 учебный год"]
    assert "Наставник: Белоусова Наталья Сергеевна, учитель русского языка и литературы" in (
        paragraphs
    )
    assert "Пара закреплена приказом от 25.09.2023 № 150" in paragraphs
    meetings = tables[1]
    assert meetings[0] == ["№ п/п", "Этап", "Содержание", "Дата", "Отметка о выполнении"]
    assert meetings[1] == ["1", "Встреча-знакомство", "", "28.09.2023", "проведена"]
    assert meetings[4][1:4] == [
        "Совместная работа",
        "Электронный журнал и рабочие программы",
        "23.11.2023",
    ]
    assert len(meetings) == 1 + 6
    assert "Проведено встреч: 4 из 6 (67 %)" in paragraphs
    assert tables[2] == [
        ["Наставник", "____________________", "Н.С. Белоусова"],
        ["Наставляемый", "____________________", "Д.О. Гончаров"],
        ["Наставляемая", "____________________", "К.И. Лебедева"],
    ]
    every = render("pair", [school / "pairs/2023-2024.yaml"])
    assert len(every.written) == 4


def test_public_copy_names_minors_only_by_class(school: Path) -> None:
    written = render_one("order", school / "orders/2023-150-pairs.yaml", public=True)
    assert written.name == "Приказ-150-от-25.09.2023-для-сайта.docx"
    text = everything(written)
    for minor in ("Соколов", "Орлов", "Илья", "Дарья"):
        assert minor not in text
    assert (
        "3. Закрепить наставником Сафронова В.Н., учителя физики, за обучающимся 7Б класса "
        "(форма наставничества «Учитель – ученик»)." in text
    )
    assert "Петрову А.А., учителя математики, за молодым специалистом Ивановой М.П." in text
    assert "Анна" not in text and "Андреевн" not in text
    assert "\nобучающийся 7Б класса\n" in text
    plan = render("pair", [school / "pairs/2023-2024.yaml"], who="3", public=True).written[0]
    text = everything(plan.docx)
    assert "Соколов" not in text
    assert "Наставляемый: обучающийся 7Б класса" in text


def test_public_copy_shortens_full_names_in_free_text(school: Path) -> None:
    order = school / "orders/2023-158-diagnostics.yaml"
    order.write_text(
        order.read_text(encoding="utf-8").replace(
            "Педагогу-психологу Хотенчан О.В.", "Педагогу-психологу Хотенчан Ольге Владимировне"
        ),
        encoding="utf-8",
    )
    assert "Хотенчан Ольге Владимировне" in everything(render_one("order", order))
    public = everything(render_one("order", order, public=True))
    assert "Педагогу-психологу Хотенчан О.В. подготовить" in public


def test_public_copy_refuses_a_minor_named_in_free_text(school: Path) -> None:
    order = school / "orders/2023-158-diagnostics.yaml"
    order.write_text(
        order.read_text(encoding="utf-8").replace(
            "- Контроль за", "- Поощрить Соколова Илью Сергеевича.\n  - Контроль за"
        ),
        encoding="utf-8",
    )
    render_one("order", order)
    with pytest.raises(RenderRefused) as refused:
        render_one("order", order, public=True)
    assert "С.И. (7Б) — несовершеннолетний" in refused.value.message
    assert "Соколов" not in refused.value.message
    assert "пункт 4 приказа (orders/2023-158-diagnostics.yaml:" in refused.value.message


def _without_consent(root: Path, name: str) -> None:
    people = root / "people.yaml"
    lines = people.read_text(encoding="utf-8").splitlines()
    start = lines.index(f"  - name: {name}")
    end = next(i for i in range(start + 1, len(lines)) if lines[i].startswith("  - "))
    kept = [
        line
        for line in lines[start:end]
        if not line.strip().startswith(("consent:", "date:", "by:"))
    ]
    people.write_text("\n".join([*lines[:start], *kept, *lines[end:]]) + "\n", encoding="utf-8")


def test_consent_is_required_for_everyone_named(school: Path) -> None:
    _without_consent(school, "Иванова Мария Петровна")
    _without_consent(school, "Ставницкая Елена Евгеньевна")
    with pytest.raises(RenderRefused) as refused:
        render("order", [school / "orders/2023-150-pairs.yaml"])
    message = refused.value.message
    assert message.splitlines() == [
        "Приказ orders/2023-150-pairs.yaml не сформирован:",
        "  – Иванова М.П. — нет согласия на обработку персональных данных; названа: "
        "наставляемая в паре 1 файла pairs/2023-2024.yaml (pairs/2023-2024.yaml:9:15)",
        "  – Ставницкая Е.Е. — нет согласия на обработку персональных данных; названа: "
        "исполнитель (orders/2023-150-pairs.yaml:14:11)",
    ]
    assert "consent" in (refused.value.hint or "")
    assert not (school / "documents").exists()
    # Named only inside the text of a point, in the dative: still found.
    with pytest.raises(RenderRefused) as refused:
        render("order", [school / "orders/2023-158-diagnostics.yaml"])
    assert "Ставницкая Е.Е." in refused.value.message
    assert "пункт 3 приказа (orders/2023-158-diagnostics.yaml:" in refused.value.message


def test_unknown_people_and_genders_are_refused(base_repo: Path) -> None:
    order = base_repo / "orders/10.yaml"
    order.write_text(
        order.read_text(encoding="utf-8").replace("Кураторова Е.П.", "Никтова Н.Н."),
        encoding="utf-8",
    )
    with pytest.raises(RenderRefused) as refused:
        render("order", [order])
    assert "«Никтова Н.Н.» (исполнитель, orders/10.yaml:7:11) нет в people.yaml" in (
        refused.value.message
    )
    people = base_repo / "people.yaml"
    people.write_text(
        people.read_text(encoding="utf-8")
        .replace("Опытова Анна Андреевна", "Ким Саша")
        .replace("Опытова А.А.", "Ким С."),
        encoding="utf-8",
    )
    pairs = base_repo / "pairs/2023-2024.yaml"
    pairs.write_text(
        pairs.read_text(encoding="utf-8").replace("Опытова А.А.", "Ким С."), encoding="utf-8"
    )
    with pytest.raises(RenderRefused) as refused:
        render("order", [base_repo / "orders/11.yaml"])
    assert "Ким С.: по имени не понять" in refused.value.message
    assert "gender: f или m" in refused.value.message


def test_broken_and_wrong_files(base_repo: Path) -> None:
    with pytest.raises(UsageError, match="не приказ"):
        render("order", [base_repo / "roadmaps/2023-2024.yaml"])
    with pytest.raises(UsageError, match="не файл пар"):
        render("pair", [base_repo / "orders/10.yaml"])
    with pytest.raises(UsageError, match="не дорожная карта"):
        render("plan", [base_repo / "orders/10.yaml"])
    with pytest.raises(UsageError, match="пары № 9 нет"):
        render("pair", [base_repo / "pairs/2023-2024.yaml"], who="9")
    with pytest.raises(UsageError, match="нет пары"):
        render("pair", [base_repo / "pairs/2023-2024.yaml"], who="Кураторова Е.П.")
    order = base_repo / "orders/10.yaml"
    order.write_text(order.read_text(encoding="utf-8") + "colour: red\n", encoding="utf-8")
    with pytest.raises(RenderRefused) as refused:
        render("order", [order])
    assert "orders/10.yaml:8:1: неизвестное поле «colour»" in refused.value.message
    order.write_text(
        "type: roadmap\nnumber: '12'\ndate: 2023-09-01\nroadmap: roadmaps/none.yaml\n",
        encoding="utf-8",
    )
    with pytest.raises(RenderRefused, match=r"roadmaps/none\.yaml — такого файла нет"):
        render("order", [order])
    order.write_text("type: custom\nnumber: '12'\ndate: 2023-09-01\npoints: [Текст.]\n", "utf-8")
    with pytest.raises(RenderRefused, match="нет заголовка"):
        render("order", [order])


def test_output_paths(base_repo: Path, tmp_path: Path) -> None:
    order = base_repo / "orders/10.yaml"
    target = tmp_path / "out" / "Приказ.docx"
    assert render_one("order", order, output=target) == target
    folder = tmp_path / "folder"
    folder.mkdir()
    assert render_one("order", order, output=folder) == folder / "Приказ-10-от-30.08.2023.docx"
    both = render("order", [order, base_repo / "orders/11.yaml"], output=tmp_path / "new")
    assert [w.docx.name for w in both.written] == [
        "Приказ-10-от-30.08.2023.docx",
        "Приказ-11-от-20.09.2023.docx",
    ]
    with pytest.raises(UsageError, match=r"имя должно кончаться на \.docx"):
        render("order", [order], output=tmp_path / "x.pdf")
    with pytest.raises(UsageError, match="-o называет один файл"):
        render("order", [order, base_repo / "orders/11.yaml"], output=tmp_path / "one.docx")
    assert not list(tmp_path.glob("**/.*.docx.*"))  # no temporary file left behind


def test_same_input_gives_the_same_bytes(school: Path, tmp_path: Path) -> None:
    for name in ("2023-145-roadmap", "2023-150-pairs", "2023-162-plans"):
        first = render_one("order", school / f"orders/{name}.yaml", output=tmp_path / "a.docx")
        data = first.read_bytes()
        second = render_one("order", school / f"orders/{name}.yaml", output=tmp_path / "b.docx")
        assert second.read_bytes() == data
    with zipfile.ZipFile(tmp_path / "b.docx") as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    props = docx.Document(str(tmp_path / "b.docx")).core_properties
    assert props.created is not None and props.created.date().isoformat() == "2023-10-16"
    assert plain(props.author) == "МАОУ СОШ № 12"


def test_layout_follows_the_profile(base_repo: Path) -> None:
    written = render_one("order", base_repo / "orders/11.yaml")
    document = docx.Document(str(written))
    section = document.sections[0]
    assert [round(m.mm) for m in (section.left_margin, section.right_margin)] == [30, 10]
    assert [round(m.mm) for m in (section.top_margin, section.bottom_margin)] == [20, 20]
    assert section.different_first_page_header_footer  # page numbers from page 2
    normal = document.styles["Normal"]
    assert normal.font.name == "Times New Roman"
    assert normal.font.size == Pt(14)
    config = base_repo / "mentorkit.yaml"
    config.write_text(
        config.read_text(encoding="utf-8")
        + "document:\n  font: Liberation Serif\n  margin_left: 25\n  page_numbers_from: 1\n",
        encoding="utf-8",
    )
    document = docx.Document(str(render_one("order", base_repo / "orders/11.yaml")))
    assert round(document.sections[0].left_margin.mm) == 25
    assert not document.sections[0].different_first_page_header_footer
    assert document.styles["Normal"].font.name == "Liberation Serif"
    assert document.styles["Текст таблицы"].font.size == Pt(12)


def test_cli_render_and_templates(
    base_repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(base_repo)
    with pytest.raises(SystemExit) as exit_info:
        main(["render", "order", "orders/11.yaml"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert out.splitlines() == [
        "Записан documents/Приказ-11-от-20.09.2023.docx — шаблон order.docx по умолчанию"
    ]
    with pytest.raises(SystemExit):
        main(["templates", "copy", "order", "--as", "order-pairs"])
    assert capsys.readouterr().out.startswith("Записан templates/order-pairs.docx: откройте")
    with pytest.raises(SystemExit):
        main(["render", "order", "orders/11.yaml", "orders/10.yaml"])
    assert capsys.readouterr().out.splitlines() == [
        "Записан documents/Приказ-11-от-20.09.2023.docx — шаблон templates/order-pairs.docx",
        "Записан documents/Приказ-10-от-30.08.2023.docx — шаблон order.docx по умолчанию",
    ]
    with pytest.raises(SystemExit):
        main(["templates", "list"])
    listing = capsys.readouterr().out.splitlines()
    assert listing[0].startswith("order.docx")
    assert listing[-1].endswith("— свой: templates/order-pairs.docx")
    with pytest.raises(SystemExit) as exit_info:
        main(["templates", "copy", "order", "--as", "order-pairs"])
    assert exit_info.value.code == 2
    assert "уже есть" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["render", "pair", "pairs/2023-2024.yaml", "5"])
    assert exit_info.value.code == 2
    assert "пары № 5 нет" in capsys.readouterr().err


@pytest.mark.parametrize(
    "command",
    [
        ["render"],
        ["render", "order"],
        ["render", "plan"],
        ["render", "pair"],
        ["templates"],
        ["templates", "list"],
        ["templates", "copy"],
    ],
)
def test_render_commands_have_russian_help(
    command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([*command, "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert "Использование:" in out
    assert "Usage" not in out


def test_pdf_without_libreoffice_says_so(
    base_repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MENTORKIT_SOFFICE", str(base_repo / "no-such-program"))
    with pytest.raises(SystemExit) as exit_info:
        main(["render", "order", str(base_repo / "orders/11.yaml"), "--pdf"])
    assert exit_info.value.code == 1
    err = capsys.readouterr().err
    missing = base_repo / "no-such-program"
    assert f"в переменной MENTORKIT_SOFFICE указана программа «{missing}», а её нет" in err
    assert (base_repo / "documents/Приказ-11-от-20.09.2023.docx").is_file()


def test_readme_documents_every_template_field() -> None:
    import dataclasses

    from mentorkit.render import context

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("<!-- section:render -->")[1].split("<!-- /section:render -->")[0]
    prefixes = {
        context.OrganizationView: "organization",
        context.DocumentView: "document",
        context.OrderView: "order",
        context.PointView: "point",
        context.SignatureView: "signature",
        context.RoadmapView: "roadmap",
        context.ColumnView: "column",
        context.RowView: "row",
        context.PairListView: "pair_list",
        context.PairView: "pair",
        context.PersonView: "person",
        context.MeetingView: "meeting",
    }
    for view, prefix in prefixes.items():
        for field in dataclasses.fields(view):
            assert f"`{prefix}.{field.name}`" in section, f"{prefix}.{field.name}"
    for name in dataclasses.fields(context.TemplateContext):
        assert f"`{name.name}`" in section
    for command in ("render order", "render plan", "render pair", "templates list"):
        assert f"mentorkit {command}" in section


@pytest.mark.parametrize(
    ("yaml", "message"),
    [
        ("type: curator\ntitle: О назначении куратора", "нужно поле «curator»"),
        ("type: reward", "нужно поле «people»"),
        ("type: roadmap", "нужно поле «roadmap»"),
        ("type: pairs\npairs: pairs/2023-2024.yaml\nnumber: '99'", "нет пар, закреплённых этим"),
        ("type: plans\npairs: pairs/none.yaml", "pairs/none.yaml — такого файла нет"),
        ("type: custom\ntitle: О разном", "нет ни одного пункта"),
    ],
)
def test_an_order_without_what_its_type_needs_is_refused(
    base_repo: Path, yaml: str, message: str
) -> None:
    fields = dict(line.split(": ", 1) for line in yaml.splitlines())
    fields.setdefault("number", "'20'")
    text = "\n".join(f"{key}: {value}" for key, value in fields.items())
    order = base_repo / "orders/20.yaml"
    order.write_text(f"{text}\ndate: 2023-10-01\n", encoding="utf-8")
    with pytest.raises(RenderRefused) as refused:
        render("order", [order])
    assert message in refused.value.message


def test_the_signature_needs_a_signer_with_a_position(base_repo: Path) -> None:
    config = base_repo / "mentorkit.yaml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("  head: Директоров И.И.\n", ""), "utf-8"
    )
    with pytest.raises(RenderRefused, match="некому подписать"):
        render("order", [base_repo / "orders/11.yaml"])
    people = base_repo / "people.yaml"
    people.write_text(
        people.read_text(encoding="utf-8").replace("    position: директор\n", ""), "utf-8"
    )
    with pytest.raises(RenderRefused, match="не указана должность"):
        render("order", [base_repo / "orders/10.yaml"])


def test_a_group_of_minors_in_the_public_copy(base_repo: Path) -> None:
    people = base_repo / "people.yaml"
    people.write_text(
        people.read_text(encoding="utf-8")
        + "  - name: Учеников Пётр Сергеевич\n    group: 7Б\n    minor: true\n"
        + "    consent: {date: 2023-09-05, by: Ученикова А.П. (мать)}\n",
        encoding="utf-8",
    )
    pairs = base_repo / "pairs/2023-2024.yaml"
    pairs.write_text(
        pairs.read_text(encoding="utf-8").replace(
            "mentees: [Ученикова Д.С.]", "mentees: [Ученикова Д.С., Учеников П.С.]"
        ),
        encoding="utf-8",
    )
    text = everything(render_one("order", base_repo / "orders/11.yaml"))
    assert (
        "за обучающимися 7Б класса Учениковой Дарьей Сергеевной и Учениковым Петром Сергеевичем"
        in text
    )
    text = everything(render_one("order", base_repo / "orders/11.yaml", public=True))
    assert "за обучающимися 7Б класса (2 чел.) (форма наставничества «Учитель – ученик»)." in text
    assert "Ученик" not in text.replace("Учитель – ученик", "")


def test_the_mentee_label_agrees_with_the_mentee(school: Path) -> None:
    (one,) = render("pair", [school / "pairs/2023-2024.yaml"], who="1").written
    paragraphs, _ = read(one.docx)
    assert any(p.startswith("Наставляемая: Иванова Мария Петровна") for p in paragraphs)
    (group,) = render("pair", [school / "pairs/2023-2024.yaml"], who="Белоусова Н.С.").written
    paragraphs, _ = read(group.docx)
    assert any(p.startswith("Наставляемые: ") for p in paragraphs)


def test_a_batch_lists_every_refusal_and_writes_nothing(school: Path) -> None:
    people = school / "people.yaml"
    text = people.read_text(encoding="utf-8")
    start = text.index("Иванова Мария Петровна")
    consent = text.index("consent", start)
    people.write_text(text[:consent] + "# " + text[consent:], encoding="utf-8")
    orders = sorted((school / "orders").glob("*.yaml"))
    with pytest.raises(RenderRefused) as refused:
        render("order", orders)
    message = refused.value.message
    assert "orders/2023-150-pairs.yaml не сформирован" in message
    assert "orders/2023-162-plans.yaml не сформирован" in message
    assert "Иванова М.П. — нет согласия на обработку персональных данных; названа" in message
    assert message.endswith(f"Ничего не записано: не сформировано документов — 2 из {len(orders)}.")
    assert not (school / "documents").exists()


def test_plans_appended_to_their_approval_show_no_progress(school: Path) -> None:
    """An approval is not a progress report: the plans appended to the order that approves them
    have no «проведена» and no «Проведено встреч …», though meetings of the pairs are held."""
    pairs = (school / "pairs/2023-2024.yaml").read_text(encoding="utf-8")
    assert "done: true" in pairs
    written = render_one("order", school / "orders/2023-162-plans.yaml")
    _, tables = read(written)
    meetings = [row for table in tables for row in table if len(row) == 5 and row[0].isdigit()]
    assert len(meetings) >= 20
    assert all(row[4] == "" for row in meetings)
    text = everything(written)
    assert "проведена" not in text
    assert "Проведено встреч" not in text
    assert "Встречи не запланированы" not in text
    assert text.count("Индивидуальный план наставничества") >= 4
    # the same pair as `render pair` shows keeps its progress
    (plan, *_) = render("pair", [school / "pairs/2023-2024.yaml"]).written
    assert "Проведено встреч: 5 из 7" in everything(plan.docx)
    assert "проведена" in everything(plan.docx)
