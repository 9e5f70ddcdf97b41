"""`mentorkit report`: every indicator on a hand-made school where each figure is known, on the
examples, the .xlsx and .docx read back, the forms, and the district roll-up."""

from __future__ import annotations

import json
import shutil
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from mentorkit.errors import UsageError
from mentorkit.report.report import render_file, report_json
from mentorkit.status.forms import form_value, load_form
from mentorkit.status.monitoring import Monitoring, RollUp, Span, monitoring_of, parse_span, report
from tests.conftest import EXAMPLES, run, write_tree

TODAY = date(2024, 4, 15)
Q1 = Span(date(2024, 1, 1), date(2024, 3, 31))

# A school where every figure of the report for the first quarter of 2024 is known (as of
# 31.03.2024, the end of the quarter, since today is later):
#
# items  1.1 due 31.01, done 20.01 with evidence · 1.2 due 15.02, done 20.02 (late) ·
#        1.3 due 01.03, not done (overdue) · 1.4 September (outside) · 1.5 cancelled ·
#        1.6 May (outside)  → due 3, done 2, late 1, overdue 1, with evidence 1 of 2
# pairs  Опытова → Новикова, Молодцов: 5 meetings, 4 held by 31.03 (80 %), 3 of 3 in Q1,
#          last 15.03 (16 days)
#        Опытова → Ученикова (7Б): 3 meetings, 2 held (67 %), 1 of 2 in Q1, last 10.01
#          (81 days: quiet)
#        Опытова → Учеников (8А): 2 meetings, both held, the final one in December (100 %)
#        → 3 pairs, 1 mentor, 4 mentees, 1 plan realised of 3, 4 meetings held of 5 in Q1
# young  Новикова (1), Молодцов (2), Свежева (3): 2 of 3 covered, Свежева not
# pupils Ученикова and Учеников of organization.students 10 → 2 of 10
# consent Молодцов has none → 1 of 5 participants without
# package положение (acts:), roadmap approved (approved_by) → 2 of 5
SCHOOL: dict[str, str | bytes] = {
    "mentorkit.yaml": """\
organization:
  name: Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 5»
  short_name: МБОУ СШ № 5
  students: 10
acts:
  - {kind: regulation, title: Положение о наставничестве, number: "5", date: 2023-08-30}
""",
    "people.yaml": """\
people:
  - {name: Кураторова Елена Петровна, role: куратор, consent: 2023-08-01}
  - {name: Опытова Анна Андреевна, experience: 18, consent: 2023-09-01}
  - {name: Новикова Мария Петровна, experience: 1, consent: 2023-09-04, position: учитель}
  - {name: Молодцов Пётр Ильич, experience: 2}
  - {name: Свежева Ольга Олеговна, experience: 3, consent: 2023-09-04, position: учитель химии}
  - name: Ученикова Дарья Сергеевна
    group: 7Б
    minor: true
    consent: {date: 2023-09-05, by: Ученикова А.П. (мать)}
  - name: Учеников Иван Сергеевич
    group: 8А
    minor: true
    consent: {date: 2023-09-05, by: Учеников С.П. (отец)}
""",
    "roadmaps/2023-2024.yaml": """\
title: Дорожная карта МБОУ СШ № 5
period: 2023-2024
approved_by: {order: "7", date: 2023-08-31}
items:
  - {title: Анкетирование, deadline: до 31.01.2024, done: 2024-01-20, evidence: Справка № 3}
  - {title: Семинар наставников, deadline: до 15.02.2024, done: 2024-02-20}
  - {title: Открытые уроки, deadline: до 01.03.2024}
  - {title: База наставников, deadline: Сентябрь 2023г., done: 2023-09-15}
  - {title: Выезд, deadline: Февраль 2024г., cancelled: перенесён}
  - {title: Конференция, deadline: Май 2024г.}
""",
    "pairs/2023-2024.yaml": """\
form: Учитель – учитель
period: 2023-2024
pairs:
  - mentor: Опытова А.А.
    mentees: [Новикова М.П., Молодцов П.И.]
    meetings:
      - {stage: знакомство, date: 2023-09-20, done: true}
      - {stage: работа, date: 2024-01-15, done: true}
      - {stage: работа, date: 2024-02-15, done: true}
      - {stage: работа, date: 2024-03-15, done: true}
      - {stage: итоговая, date: 2024-05-20}
  - mentor: Опытова А.А.
    mentees: [Ученикова Д.С.]
    form: Учитель – ученик
    meetings:
      - {stage: знакомство, date: 2023-09-25, done: true}
      - {stage: работа, date: 2024-01-10, done: true}
      - {stage: работа, date: 2024-02-10}
  - mentor: Опытова А.А.
    mentees: [Учеников И.С.]
    form: Учитель – ученик
    meetings:
      - {stage: знакомство, date: 2023-10-01, done: true}
      - {stage: итоговая, date: 2023-12-01, done: true}
""",
}

EXPECTED = {
    "items_due": (3, None),
    "items_done": (2, 3),
    "items_done_late": (1, 3),
    "items_overdue": (1, 3),
    "items_with_evidence": (1, 2),
    "pairs": (3, None),
    "mentors": (1, None),
    "mentees": (4, None),
    "young_covered": (2, 3),
    "pupils_covered": (2, 10),
    "plans_realised": (1, 3),
    "meetings_held": (4, 5),
    "without_consent": (1, 5),
    "stale_pairs": (1, 3),
    "acts_present": (2, 5),
}


@pytest.fixture
def school(tmp_path: Path) -> Path:
    return write_tree(tmp_path / "school5", SCHOOL)


def test_every_indicator_on_a_school_where_each_figure_is_known(school: Path) -> None:
    org = monitoring_of(school, Q1, TODAY)
    assert org.as_of == date(2024, 3, 31)
    assert {i.key: (i.count, i.total) for i in org.indicators} == EXPECTED
    assert org.indicator("pupils_covered").share is not None
    assert org.indicator("pupils_covered").target == 70
    assert org.forms == (("Учитель – учитель", 1), ("Учитель – ученик", 2))
    assert org.by_month == (("янв 2024", 1, 1), ("фев 2024", 1, 1), ("мар 2024", 1, 0))
    assert org.complete


def test_the_lists_behind_the_figures(school: Path) -> None:
    org = monitoring_of(school, Q1, TODAY)
    items = org.listing("items").rows
    assert [(row[0], row[4]) for row in items] == [
        ("1", "выполнено"),
        ("2", "выполнено с опозданием"),
        ("3", "просрочено"),
    ]
    assert items[0][5:] == ("20.01.2024", "Справка № 3")
    assert org.listing("young_uncovered").rows == (("Свежева О.О.", "учитель химии", "3"),)
    assert org.listing("without_consent").rows == (("Молодцов П.И.", "наставляемый"),)
    # Minors by initials and class only, in every list.
    pairs = org.listing("pairs").rows
    assert [row[1] for row in pairs] == ["Новикова М.П., Молодцов П.И.", "У.Д. (7Б)", "У.И. (8А)"]
    assert [row[5] for row in pairs] == ["80 %", "67 %", "100 %"]
    assert org.listing("stale_pairs").rows == (("Опытова А.А.", "У.Д. (7Б)", "10.01.2024", "81"),)
    package = {row[0]: row[1] for row in org.listing("package").rows}
    assert list(package.values()) == ["✓", "–", "✓", "–", "–"]


def test_no_minor_is_named_in_any_output(school: Path, tmp_path: Path) -> None:
    org = monitoring_of(school, Q1, TODAY)
    texts = [json.dumps(report_json(org), ensure_ascii=False)]
    for suffix in (".md", ".docx", ".xlsx"):
        texts.append(_text_of(render_file(org, None, tmp_path / f"r{suffix}"), suffix))
    for text in texts:
        assert "Ученикова" not in text and "Учеников И" not in text
        assert "Дарья" not in text and "Пётр Ильич" not in text
        assert "У.Д. (7Б)" in text


def _text_of(data: bytes, suffix: str) -> str:
    if suffix == ".md":
        return data.decode()
    if suffix == ".docx":
        document = Document(BytesIO(data))
        cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
        return "\n".join([p.text for p in document.paragraphs] + cells)
    workbook = load_workbook(BytesIO(data))
    return "\n".join(
        str(cell.value) for sheet in workbook for row in sheet.iter_rows() for cell in row
    )


def test_a_span_still_running_counts_to_today(school: Path) -> None:
    org = monitoring_of(school, Span(date(2024, 1, 1), date(2024, 6, 30)), date(2024, 2, 1))
    assert org.as_of == date(2024, 2, 1)
    # 1.2 (due 15.02) and 1.3 (due 01.03) are due in the span but not yet by 01.02.
    assert (org.indicator("items_done").count, org.indicator("items_overdue").count) == (1, 0)
    states = [row[4] for row in org.listing("items").rows]
    assert states == ["выполнено", "срок не наступил", "срок не наступил", "срок не наступил"]


def test_the_workbook_read_back(school: Path, tmp_path: Path) -> None:
    form = write_tree(school, {"reports/krai.yaml": KRAI})
    org = monitoring_of(form, Q1, TODAY)
    data = render_file(org, load_form(school, "krai"), tmp_path / "r.xlsx")
    workbook = load_workbook(BytesIO(data))
    assert workbook.sheetnames[:3] == ["Мониторинг", "Показатели", "Формы"]
    assert "По месяцам" in workbook.sheetnames and "Пары без встреч" in workbook.sheetnames
    sheet = workbook["Мониторинг"]
    assert [c.value for c in sheet[1]] == ["Наименование ОО", "Пар", "Учитель – ученик", "Охват, %"]
    assert [c.value for c in sheet[2]] == ["МБОУ СШ № 5", 3, 2, 66.7]
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["A"].width >= len("Наименование ОО")
    indicators = workbook["Показатели"]
    rows = {row[0].value: [c.value for c in row[1:4]] for row in indicators.iter_rows(min_row=2)}
    assert rows["Выполнено из них"] == [2, 3, 66.7]
    assert rows["Участники без согласия на обработку персональных данных"] == [1, 5, 20]
    chart_sheet = workbook["По месяцам"]
    assert [[c.value for c in row] for row in chart_sheet.iter_rows()] == [
        ["Месяц", "Срок в месяце", "Выполнено"],
        ["янв 2024", 1, 1],
        ["фев 2024", 1, 1],
        ["мар 2024", 1, 0],
    ]
    assert len(chart_sheet._charts) == 1  # a native chart, not a picture
    young = workbook["Молодые без наставника"]
    assert [c.value for c in young[2]] == ["Свежева О.О.", "учитель химии", 3]


def test_the_docx_read_back(school: Path, tmp_path: Path) -> None:
    org = monitoring_of(school, Q1, TODAY)
    document = Document(BytesIO(render_file(org, None, tmp_path / "r.docx")))
    paragraphs = [(p.style.style_id, p.text) for p in document.paragraphs if p.text]
    assert paragraphs[0] == ("mkOrganization", SCHOOL_FULL_NAME)
    assert paragraphs[1] == ("mkDocType", "АНАЛИТИЧЕСКАЯ СПРАВКА")
    assert paragraphs[2][0] == "mkTitle" and "с 01.01.2024 по 31.03.2024" in paragraphs[2][1]
    indicators = document.tables[0]
    header = [c.text for c in indicators.rows[0].cells]
    assert header == ["Показатель", "Числитель", "Знаменатель", "%", "Норматив", "Список"]
    values = {row.cells[0].text: row.cells[1].text for row in indicators.rows[1:]}
    assert values["Выполнено с опозданием"] == "1"
    # The orders' document profile: Times New Roman 14 pt, margins of ГОСТ.
    normal = document.styles["Normal"]
    assert normal.font.name == "Times New Roman"
    assert round(document.sections[0].left_margin.mm) == 30


SCHOOL_FULL_NAME = "Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 5»"

KRAI = """\
title: Мониторинг
sheet: Мониторинг
columns:
  - {header: Наименование ОО, value: organization}
  - {header: Пар, value: pairs}
  - {header: Учитель – ученик, value: pairs_form, form: учитель - ученик}
  - {header: "Охват, %", value: young_covered.percent}
"""


def test_a_form_fills_its_columns(school: Path) -> None:
    write_tree(school, {"reports/krai.yaml": KRAI})
    form = load_form(school, "krai")
    org = monitoring_of(school, Q1, TODAY)
    assert [form_value(column, org) for column in form.columns] == ["МБОУ СШ № 5", 3, 2, 66.7]


def test_a_form_with_a_mistake_names_the_line(school: Path) -> None:
    write_tree(school, {"reports/bad.yaml": KRAI.replace("value: pairs}", "value: pears}")})
    with pytest.raises(UsageError) as caught:
        load_form(school, "bad")
    assert "reports/bad.yaml:5" in caught.value.message
    assert "«pears» — нет такого показателя" in caught.value.message
    with pytest.raises(UsageError) as caught:
        load_form(school, "нет")
    assert "есть: bad" in caught.value.message


def test_the_example_forms_are_valid() -> None:
    root = EXAMPLES / "school12-2023-2024"
    forms = sorted(path.stem for path in (root / "reports").glob("*.yaml"))
    assert len(forms) >= 2
    org = monitoring_of(root, Span(date(2023, 7, 1), date(2023, 12, 31)), date(2024, 1, 20))
    for name in forms:
        form = load_form(root, name)
        values = [form_value(column, org) for column in form.columns]
        assert len(values) == len(form.columns)


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({"quarter": "2024-Q3"}, (date(2024, 7, 1), date(2024, 9, 30))),
        ({"half": "2024-H1"}, (date(2024, 1, 1), date(2024, 6, 30))),
        ({"year": "2023-2024"}, (date(2023, 9, 1), date(2024, 8, 31))),
        ({"start": "01.02.2024", "end": "2024-02-29"}, (date(2024, 2, 1), date(2024, 2, 29))),
        ({}, (date(2023, 9, 1), TODAY)),
    ],
)
def test_spans(options: dict[str, str], expected: tuple[date, date]) -> None:
    span = parse_span(TODAY, **options)
    assert (span.start, span.end) == expected


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"quarter": "2024-Q5"}, "не квартал"),
        ({"half": "H3"}, "не полугодие"),
        ({"year": "2024-2022"}, "второй год раньше первого"),
        ({"start": "2024-02-01"}, "задаются вместе"),
        ({"start": "2024-02-01", "end": "2024-01-01"}, "раньше --from"),
        ({"start": "вчера", "end": "2024-01-01"}, "не дата"),
        ({"quarter": "2024-Q1", "half": "2024-H1"}, "период задан дважды"),
    ],
)
def test_spans_refused(options: dict[str, str], message: str) -> None:
    with pytest.raises(UsageError) as caught:
        parse_span(TODAY, **options)
    assert message in caught.value.message


# ---------------------------------------------------------------------------------------------
# The examples


EXAMPLE_SPANS = {
    "school12-2023-2024": (Span(date(2023, 9, 1), date(2024, 8, 31)), date(2024, 1, 20)),
    "timashevsk-2022-2024": (Span(date(2022, 1, 1), date(2022, 12, 31)), date(2023, 6, 1)),
    "ivanteevka-2021-2022": (Span(date(2021, 9, 1), date(2022, 8, 31)), date(2021, 11, 15)),
}


@pytest.mark.parametrize("name", sorted(EXAMPLE_SPANS))
def test_every_indicator_on_the_examples_matches_its_list(name: str) -> None:
    span, today = EXAMPLE_SPANS[name]
    org = monitoring_of(EXAMPLES / name, span, today)
    assert org.complete
    figures = {i.key: i for i in org.indicators}
    assert set(figures) == set(EXPECTED)
    items = org.listing("items").rows
    states = [row[4] for row in items]
    assert figures["items_due"].count == len(items)
    assert figures["items_done"].count == sum(s.startswith("выполнено") for s in states)
    assert figures["items_done_late"].count == states.count("выполнено с опозданием")
    assert figures["items_overdue"].count == states.count("просрочено")
    assert figures["pairs"].count == len(org.listing("pairs").rows) == sum(n for _, n in org.forms)
    young = figures["young_covered"]
    assert young.total is not None
    assert young.total - young.count == len(org.listing("young_uncovered").rows)
    assert figures["without_consent"].count == len(org.listing("without_consent").rows)
    assert figures["stale_pairs"].count == len(org.listing("stale_pairs").rows)
    assert figures["acts_present"].total == len(org.listing("package").rows) == 5
    for indicator in org.indicators:
        assert indicator.total is None or 0 <= indicator.count <= indicator.total
    assert sum(done for _, _, done in org.by_month) >= figures["items_done"].count - 1


def test_the_main_example_in_figures() -> None:
    span, today = EXAMPLE_SPANS["school12-2023-2024"]
    org = monitoring_of(EXAMPLES / "school12-2023-2024", span, today)
    figures = {i.key: (i.count, i.total) for i in org.indicators}
    assert figures["pairs"] == (4, None)
    assert figures["mentors"] == (3, None)
    assert figures["mentees"] == (5, None)
    assert figures["young_covered"] == (3, 3)
    assert figures["without_consent"] == (0, 8)
    assert figures["pupils_covered"] == (2, None)  # organization.students is not given


# ---------------------------------------------------------------------------------------------
# The district roll-up


@pytest.fixture
def district(tmp_path: Path) -> Path:
    folder = tmp_path / "район"
    for name in EXAMPLE_SPANS:
        shutil.copytree(EXAMPLES / name, folder / name)
    write_tree(
        folder / "сломанная",
        {
            "mentorkit.yaml": "organization: {name: Школа № 99}\n",
            "roadmaps/plan.yaml": "title: [не закрыта\n",
        },
    )
    return folder


def test_the_roll_up_lists_the_broken_one_and_sums_the_others_exactly(district: Path) -> None:
    span = Span(date(2021, 9, 1), date(2024, 8, 31))
    today = date(2024, 1, 20)
    rollup = report(district, span, today)
    assert isinstance(rollup, RollUp)
    assert [(n.name, n.folder) for n in rollup.not_loaded] == [("Школа № 99", "сломанная")]
    assert "roadmaps/plan.yaml" in rollup.not_loaded[0].reason
    alone = [monitoring_of(district / name, span, today) for name in sorted(EXAMPLE_SPANS)]
    assert sorted(org.name for org in rollup.organizations) == sorted(org.name for org in alone)
    for total in rollup.totals:
        parts = [org.indicator(total.key) for org in alone]
        assert total.count == sum(p.count for p in parts), total.key
        if all(p.total is not None for p in parts):
            assert total.total == sum(p.total or 0 for p in parts), total.key
        else:
            assert total.total is None, total.key
    kinds = {what for _, what, _ in rollup.attention}
    assert "нет документа" in kinds


def test_the_roll_up_command_writes_a_workbook(
    district: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "свод.xlsx"
    code, out, err = run(
        capsys,
        "report",
        str(district),
        "--today",
        "2024-01-20",
        "--year",
        "2023-2024",
        "-o",
        str(target),
    )
    assert (code, err) == (1, "")  # one organisation could not be read
    assert f"Записано: {target}" in out
    workbook = load_workbook(target)
    assert workbook.sheetnames[:3] == ["Организации", "Итого", "Требует внимания"]
    rows = [[c.value for c in row] for row in workbook["Организации"].iter_rows(min_row=2)]
    broken = next(row for row in rows if row[0] == "Школа № 99")
    assert broken[2] == "не загружена"
    assert rows[-1][0] == "Итого по 3 из 4"
    assert workbook["Организации"].freeze_panes == "A2"


def test_the_command_in_the_terminal_and_as_json(
    school: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    code, out, _ = run(
        capsys, "report", str(school), "--today", "2024-04-15", "--quarter", "2024-Q1"
    )
    assert code == 0
    assert out.startswith("МБОУ СШ № 5 — реализация целевой модели наставничества с 01.01.2024")
    assert "Выполнено с опозданием" in out and "У.Д. (7Б)" in out
    target = school / "out.json"
    code, out, _ = run(
        capsys,
        "report",
        str(school),
        "--today",
        "2024-04-15",
        "--quarter",
        "2024-Q1",
        "-o",
        str(target),
    )
    data = json.loads(target.read_text(encoding="utf-8"))
    assert (code, data["kind"], data["complete"]) == (0, "organization", True)
    figures = {i["key"]: (i["count"], i["total"]) for i in data["organization"]["indicators"]}
    assert figures == EXPECTED
    assert data["organization"]["lists"]["young_uncovered"]["rows"] == [
        ["Свежева О.О.", "учитель химии", "3"]
    ]


def test_the_command_refuses_what_it_cannot_write(
    school: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "report", str(school), "-o", "отчёт.pdf")
    assert code == 2
    assert "-o отчёт.pdf: такой вид файла не поддерживается" in err
    code, _, err = run(capsys, "report", str(school), "--form", "нет-такой")
    assert code == 2
    assert "--form нет-такой: файла" in err and "Traceback" not in err


def test_markdown_of_a_report(school: Path, tmp_path: Path) -> None:
    org = monitoring_of(school, Q1, TODAY)
    text = render_file(org, None, tmp_path / "r.md").decode()
    assert text.startswith("## МБОУ СШ № 5 — реализация")
    assert "| Выполнено из них | 2 | 3 | 66,7 | 100 % |" in text
    assert "Без согласия на обработку ПД" in text


def test_an_incomplete_school_says_so_first(school: Path) -> None:
    write_tree(school, {"pairs/2024.yaml": "period: 2024\npairs:\n  - mentor: [\n"})
    org = monitoring_of(school, Q1, TODAY)
    assert isinstance(org, Monitoring) and not org.complete
    from mentorkit.status.report_page import monitoring_page

    page = monitoring_page(org)
    texts = [getattr(block, "text", "") for block in page.blocks[:3]]
    assert any(text.startswith("Прочитано не всё") for text in texts)


def test_the_readme_example_is_what_the_command_prints(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("<!-- section:report -->") :]
    shown = section[
        section.index("```text\n") + 8 : section.index("\n```", section.index("```text"))
    ]
    monkeypatch.setenv("COLUMNS", "100")
    code, out, _ = run(
        capsys,
        "report",
        str(EXAMPLES / "school12-2023-2024"),
        "--today",
        "2024-01-20",
        "--half",
        "2023-H2",
        "--form",
        "krai-monitoring",
    )
    assert code == 0
    printed = "\n".join(line.rstrip() for line in out.splitlines())
    assert printed.startswith(shown)
    assert (Path(__file__).parent.parent / "docs" / "images" / "report-xlsx.png").is_file()
