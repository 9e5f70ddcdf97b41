"""`mentorkit status`: small repositories where every number is known, in every format."""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from mentorkit.progress import State
from mentorkit.report.status import print_table, status_json, to_json, to_markdown
from mentorkit.status import (
    GroupBy,
    Reason,
    Share,
    StatusResult,
    find_repositories,
    item_view,
    repository_status,
    status,
)
from tests.conftest import BASE, run, write_tree

TODAY = date(2024, 1, 20)
EXPECTED = Path(__file__).parent / "data" / "status"

Tree = Callable[[dict[str, str | bytes]], Path]

# A school where every number of the status is known on 2024-01-20 (soon_days 14):
#
# items  1.1 done · 1.2 overdue (due 31.10.2023, 81 days late) · 1.3 due soon (30.01.2024, in
#        10 days) · 1.4 cancelled · 2.1 upcoming (May) · 2.2 no deadline · 2.3 unscheduled ·
#        2.4 quarterly, two quarters closed, open until 31.03.2024
#        → done 1 of 7 (14.3 %); first due by today: 1.1, 1.2, 2.4 → done 1 of 3 (33.3 %)
# young  Новикова (1 year), Молодцов (2), Свежева (3); the first two are mentees → 2 of 3
# pairs  Опытова → Новикова, Молодцов: 5 meetings, 2 held, 1 overdue, next 25.01.2024 → 40 %
#        Старова → Ученикова: 2 meetings, both held → 100 %
#        Опытова → Ученикова: no meetings planned → no share
# consent participants Опытова, Новикова, Молодцов (none), Старова (signed 01.02.2024, after
#        today), Ученикова → 3 of 5
SCHOOL: dict[str, str | bytes] = {
    "mentorkit.yaml": """\
organization:
  name: Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 7»
  short_name: МБОУ СШ № 7
  head: Директорова И.И.
rules:
  soon_days: 14
""",
    "people.yaml": """\
people:
  - name: Директорова Ирина Ивановна
    position: директор
    consent: 2023-08-01
  - name: Кураторова Елена Петровна
    role: куратор
    consent: 2023-08-01
  - name: Опытова Анна Андреевна
    experience: 18
    consent: 2023-09-01
  - name: Старова Вера Викторовна
    experience: 20
    consent: 2024-02-01
  - name: Новикова Мария Петровна
    experience: 1
    consent: 2023-09-04
  - name: Молодцов Пётр Ильич
    experience: 2
  - name: Свежева Ольга Олеговна
    experience: 3
    consent: 2023-09-04
  - name: Ученикова Дарья Сергеевна
    group: 7Б
    minor: true
    consent: {date: 2023-09-05, by: Ученикова А.П. (мать)}
""",
    "roadmaps/2023-2024.yaml": """\
title: Дорожная карта наставничества МБОУ СШ № 7
period: 2023-2024
sections:
  - title: Организация
    items:
      - title: Формирование базы наставляемых
        deadline: Сентябрь 2023г.
        responsible: Куратор Кураторова Е.П.
        done: 2023-09-20
      - title: Формирование наставнических пар
        deadline: Октябрь 2023г.
        responsible: [Кураторова Елена Петровна, Наставники]
      - title: Утверждение индивидуальных планов
        deadline: до 30.01.2024
        responsible: Директор И.И. Директорова
      - title: Выездной семинар
        deadline: Ноябрь 2023г.
        cancelled: перенесён на следующий год
  - title: Итоги
    items:
      - title: Итоговая конференция наставников
        deadline: май 2024 г.
        responsible: Иванов Иван Иванович, методист ЦРО
      - title: Публикации о наставничестве
        responsible: Наставники
      - title: Обучение наставников
        deadline: По отдельному графику
      - title: Мониторинг реализации программы
        deadline: ежеквартально
        responsible: Кураторова Е.П.
        done: [2023-09-28, 2023-12-20]
""",
    "pairs/2023-2024.yaml": """\
form: Учитель – учитель
period: 2023-2024
pairs:
  - mentor: Опытова А.А.
    mentees: [Новикова М.П., Молодцов П.И.]
    meetings:
      - {stage: знакомство, date: 2023-09-22, done: true}
      - {stage: планирование, date: 2023-10-06, done: true}
      - {stage: работа, date: 2023-12-15}
      - {stage: работа, date: 2024-01-25}
      - {stage: итоговая, date: 2024-05-20}
  - mentor: Старова В.В.
    mentees: [Ученикова Д.С.]
    form: Учитель - ученик
    meetings:
      - {stage: знакомство, date: 2023-09-29, done: true}
      - {stage: итоговая, date: 2023-12-20, done: true}
  - mentor: Опытова Анна Андреевна
    mentees: [Ученикова Д.С.]
    form: учитель – ученик
""",
}

BROKEN: dict[str, str | bytes] = {
    "mentorkit.yaml": "organization:\n  name: Школа № 9\n",
    "roadmaps/2023-2024.yaml": "title: [не закрыта\n",
}


@pytest.fixture
def school(tree: Tree) -> Path:
    return tree(SCHOOL)


@pytest.fixture
def district(tmp_path: Path) -> Path:
    """A folder with three repositories: the school, the base repository and a broken one."""
    folder = tmp_path / "district"
    write_tree(folder / "a-school7", SCHOOL)
    shutil.copytree(BASE, folder / "b-base")
    write_tree(folder / "c-broken", BROKEN)
    return folder


def table_text(
    result: StatusResult, width: int, by: GroupBy = GroupBy.NONE, everything: bool = False
) -> str:
    from io import StringIO

    from rich.console import Console

    buffer = StringIO()
    console = Console(file=buffer, width=width, color_system=None, highlight=False)
    print_table(result, console, by, everything)
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines()) + "\n"


def expect(name: str, text: str) -> None:
    """Compare with tests/data/status/NAME; MENTORKIT_UPDATE_EXPECTED=1 rewrites the file."""
    path = EXPECTED / name
    if os.environ.get("MENTORKIT_UPDATE_EXPECTED"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# The core


def test_items_and_their_states(school: Path) -> None:
    org = repository_status(school, TODAY)
    items = {item.number: item for item in org.items}
    assert {n: item.state for n, item in items.items()} == {
        "1.1": State.DONE,
        "1.2": State.OVERDUE,
        "1.3": State.DUE_SOON,
        "1.4": State.CANCELLED,
        "2.1": State.UPCOMING,
        "2.2": State.NO_DEADLINE,
        "2.3": State.UNSCHEDULED,
        "2.4": State.UPCOMING,
    }
    assert (items["1.2"].due, items["1.2"].days) == (date(2023, 10, 31), -81)
    assert (items["1.3"].due, items["1.3"].days) == (date(2024, 1, 30), 10)
    # Four quarters of the academic year; two closed by the done dates.
    assert (items["2.4"].due, items["2.4"].closed, items["2.4"].occurrences) == (
        date(2024, 5, 31),
        2,
        4,
    )
    assert items["1.1"].days is None  # done: no days left or late
    assert items["2.2"].due is None and items["2.2"].first_due is None


def test_tallies_by_roadmap_and_section(school: Path) -> None:
    (roadmap,) = repository_status(school, TODAY).roadmaps
    first, second = roadmap.sections
    assert (first.number, first.title) == ("1", "Организация")
    assert (first.tally.total, first.tally.done, first.tally.overdue) == (3, 1, 1)
    assert (first.tally.due_soon, first.tally.cancelled) == (1, 1)
    assert (second.tally.total, second.tally.done, second.tally.overdue) == (4, 0, 0)
    assert (roadmap.tally.total, roadmap.tally.done, roadmap.tally.cancelled) == (7, 1, 1)


def test_indicators(school: Path) -> None:
    indicators = repository_status(school, TODAY).indicators
    assert indicators.items_done == Share(1, 7)
    assert indicators.items_done.percent == 14.3
    assert indicators.items_done_by_today == Share(1, 3)
    assert indicators.young_covered == Share(2, 3)
    assert indicators.young_covered.percent == 66.7
    assert indicators.young_covered.whole_percent == 67
    assert indicators.consent == Share(3, 5)
    assert indicators.plans_at_threshold == Share(1, 3)
    # «Учитель - ученик» and «учитель – ученик» are one form, shown as first written.
    assert indicators.pairs_by_form == (("Учитель - ученик", 2), ("Учитель – учитель", 1))
    assert indicators.pairs == 3


def test_pairs(school: Path) -> None:
    first, second, third = repository_status(school, TODAY).pairs
    assert (first.mentor, first.mentees) == ("Опытова А.А.", ("Новикова М.П.", "Молодцов П.И."))
    assert (first.stage, first.meetings_planned, first.meetings_done) == ("планирование", 5, 2)
    assert (first.meetings_due, first.meetings_overdue) == (3, 1)
    assert first.next_meeting is not None
    assert (first.next_meeting.date, first.next_meeting.stage) == (date(2024, 1, 25), "работа")
    assert (first.plan.percent, first.plan_threshold_met) == (40.0, False)
    assert (second.stage, second.next_meeting, second.plan.percent) == ("итоговая", None, 100.0)
    assert second.plan_threshold_met
    assert (third.mentor, third.plan.percent, third.plan_threshold_met) == (
        "Опытова А.А.",
        None,
        False,
    )


def test_people_are_shown_as_surname_and_initials(school: Path) -> None:
    items = {item.number: item for item in repository_status(school, TODAY).items}
    assert items["1.2"].responsible == ("Кураторова Е.П.", "Наставники")
    assert items["1.3"].responsible == ("Директор Директорова И.И.",)
    assert items["1.3"].responsible_people == ("Директорова И.И.",)
    # Not in people.yaml, but a full name all the same: shortened, never shown whole.
    assert items["2.1"].responsible == ("Иванов И.И., методист ЦРО",)
    # Grouped by the person, even one people.yaml does not hold.
    assert items["2.1"].responsible_groups == ("Иванов И.И.",)
    text = to_json(status([school], TODAY)) + to_markdown(status([school], TODAY), everything=True)
    for full in ("Кураторова Елена", "Иванов Иван", "Опытова Анна", "Пётр Ильич"):
        assert full not in text
    # Positive control: the people are in the text, shortened.
    assert "Кураторова Е.П." in text and "Иванов И.И." in text


def test_a_day_later_the_numbers_move(school: Path) -> None:
    # On 31.05.2024 the school year's third quarter (March–May) closes: the quarterly item is
    # due today, not yet late.
    items = {item.number: item for item in repository_status(school, date(2024, 5, 31)).items}
    assert (items["2.4"].state, items["2.4"].days) == (State.DUE_SOON, 0)
    items = {item.number: item for item in repository_status(school, date(2024, 6, 1)).items}
    assert (items["2.4"].state, items["2.4"].days, items["2.4"].late_occurrences) == (
        State.OVERDUE,
        -1,
        1,
    )


def test_item_view_default_and_groupings(school: Path) -> None:
    org = repository_status(school, TODAY)

    def shape(by: GroupBy, everything: bool = False) -> list[tuple[str | None, list[str]]]:
        groups = item_view(org, by, everything)
        return [(g.title, [item.number for item in g.items]) for g in groups]

    assert shape(GroupBy.NONE) == [(None, ["1.2", "1.3"])]
    assert shape(GroupBy.SECTION) == [("1. Организация", ["1.2", "1.3"])]
    assert shape(GroupBy.MONTH) == [("Октябрь 2023", ["1.2"]), ("Январь 2024", ["1.3"])]
    assert shape(GroupBy.RESPONSIBLE) == [
        ("Директорова И.И.", ["1.3"]),
        ("Кураторова Е.П.", ["1.2"]),
        ("Наставники", ["1.2"]),
    ]
    assert shape(GroupBy.MONTH, everything=True) == [
        ("Сентябрь 2023", ["1.1"]),
        ("Октябрь 2023", ["1.2"]),
        ("Ноябрь 2023", ["1.4"]),
        ("Январь 2024", ["1.3"]),
        # «ежеквартально» in an academic year: September–November, December–February, …
        ("Май 2024", ["2.1", "2.4"]),
        ("Без срока", ["2.2", "2.3"]),
    ]
    assert shape(GroupBy.RESPONSIBLE, everything=True)[-1] == (
        "Ответственный не указан",
        ["1.4", "2.3"],
    )
    assert shape(GroupBy.SECTION, everything=True) == [
        ("1. Организация", ["1.1", "1.2", "1.3", "1.4"]),
        ("2. Итоги", ["2.1", "2.2", "2.3", "2.4"]),
    ]


def test_nested_sections_count_in_their_section(tree: Tree) -> None:
    root = tree(
        {
            "mentorkit.yaml": "organization: {name: Школа}\n",
            "roadmaps/plan.yaml": """\
title: План
period: 2023-2024
items:
  - {title: Без раздела, deadline: Сентябрь 2023г., done: 2023-09-10}
sections:
  - title: Этап 1
    sections:
      - title: Подготовка
        items:
          - {title: Анкеты, deadline: Сентябрь 2023г., done: 2023-09-10}
          - {title: Приказ, deadline: Октябрь 2023г.}
""",
        }
    )
    (roadmap,) = repository_status(root, TODAY).roadmaps
    stage, sub = roadmap.sections
    assert (stage.number, stage.depth, stage.tally.total, stage.tally.done) == ("1", 0, 2, 1)
    assert (sub.number, sub.depth, sub.tally.total, sub.tally.overdue) == ("1.1", 1, 2, 1)
    assert (roadmap.tally.total, roadmap.tally.done) == (3, 2)
    assert [item.number for item in roadmap.items] == ["1", "1.1.1", "1.1.2"]
    org = repository_status(root, TODAY)
    groups = item_view(org, GroupBy.SECTION, everything=True)
    assert [(g.title, len(g.items)) for g in groups] == [("Без раздела", 1), ("1.1. Подготовка", 2)]


def test_an_empty_repository_has_no_shares(tree: Tree) -> None:
    root = tree({"mentorkit.yaml": "organization: {name: Пустая школа}\n"})
    org = repository_status(root, TODAY)
    assert org.roadmaps == () and org.pairs == ()
    assert org.indicators.items_done.percent is None
    result = status([root], TODAY)
    assert [(entry.reasons) for entry in result.attention] == [((Reason.NO_ROADMAP, 1),)]
    text = table_text(result, 100)
    assert "Дорожных карт нет" in text and "Наставнических пар нет" in text


# ---------------------------------------------------------------------------------------------
# Many repositories


def test_district_rows_totals_and_attention(district: Path) -> None:
    result = status([district], TODAY)
    names = [org.name for org in result.organizations]
    assert names == ["МБОУ СШ № 7", "МБОУ СШ № 1", "Школа № 9"]
    base = result.organizations[1]
    assert base.indicators.items_done == Share(3, 4)
    assert base.indicators.items_done_by_today == Share(3, 3)
    assert base.indicators.young_covered == Share(1, 1)
    assert base.indicators.consent == Share(3, 3)
    broken = result.organizations[2]
    assert broken.load_errors == 1 and broken.roadmaps == ()
    totals = result.totals
    assert totals.organizations == 3
    assert totals.items_done == Share(4, 11)
    assert totals.items_done_by_today == Share(4, 6)
    assert totals.young_covered == Share(3, 4)
    assert totals.consent == Share(6, 8)
    assert (totals.pairs, totals.tally.overdue, totals.meetings_overdue) == (5, 1, 1)
    assert [(names[a.organization], a.reasons) for a in result.attention] == [
        ("Школа № 9", ((Reason.LOAD_ERRORS, 1), (Reason.NO_ROADMAP, 1))),
        (
            "МБОУ СШ № 7",
            (
                (Reason.OVERDUE_ITEMS, 1),
                (Reason.YOUNG_UNCOVERED, 1),
                (Reason.WITHOUT_CONSENT, 2),
                (Reason.MEETINGS_OVERDUE, 1),
                (Reason.STALE_PAIRS, 2),
            ),
        ),
        # The base school's pairs met last in September and October: quiet since.
        ("МБОУ СШ № 1", ((Reason.STALE_PAIRS, 2),)),
    ]
    # The broken school is not added to the totals as if it had nothing.
    assert (totals.counted, broken.complete) == (2, False)


def test_repositories_named_one_by_one_or_by_folder(district: Path, tmp_path: Path) -> None:
    a, b, c = district / "a-school7", district / "b-base", district / "c-broken"
    assert find_repositories([district]) == [a, b, c]
    # Each once, in the order given; a folder inside a repository names the repository.
    assert find_repositories([b, a / "pairs", district]) == [b, a, c]
    nested = tmp_path / "region"
    write_tree(nested / "north" / "s1", SCHOOL)
    write_tree(nested / "south" / "deep" / "s2", SCHOOL)
    write_tree(nested / ".hidden" / "s3", SCHOOL)
    assert find_repositories([nested]) == [nested / "north/s1", nested / "south/deep/s2"]


def test_many_repositories_load_fast(tmp_path: Path) -> None:
    """A region: 300 repositories, each loaded once."""
    region = tmp_path / "region"
    for index in range(300):
        write_tree(region / f"school{index:03d}", SCHOOL)
    started = time.perf_counter()
    result = status([region], TODAY)
    elapsed = time.perf_counter() - started
    assert result.totals.organizations == 300
    assert result.totals.items_done == Share(300, 2100)
    assert elapsed < 30, elapsed


# ---------------------------------------------------------------------------------------------
# Reporters: the table against stored text, Markdown, JSON


@pytest.mark.parametrize("width", [100, 160])
def test_table_of_one_school(school: Path, width: int) -> None:
    expect(f"school-{width}.txt", table_text(status([school], TODAY), width))


def test_table_of_every_item_by_month(school: Path) -> None:
    text = table_text(status([school], TODAY), 100, GroupBy.MONTH, everything=True)
    expect("school-all-by-month-100.txt", text)


def test_table_of_a_district(district: Path) -> None:
    expect("district-100.txt", table_text(status([district], TODAY), 100))


def test_markdown_of_one_school(school: Path) -> None:
    expect("school.md", to_markdown(status([school], TODAY)))


def test_markdown_by_responsible(school: Path) -> None:
    expect("school-by-responsible.md", to_markdown(status([school], TODAY), GroupBy.RESPONSIBLE))


def test_markdown_of_a_district(district: Path) -> None:
    expect("district.md", to_markdown(status([district], TODAY)))


def test_markdown_escapes_table_cells(tree: Tree) -> None:
    files = dict(SCHOOL)
    files["roadmaps/2023-2024.yaml"] = str(files["roadmaps/2023-2024.yaml"]).replace(
        "Формирование наставнических пар", "Пары | группы <b>*срочно*</b>"
    )
    text = to_markdown(status([tree(files)], TODAY))
    assert r"Пары \| группы \<b\>\*срочно\*\</b\>" in text


def test_json_of_one_school(school: Path) -> None:
    data = json.loads(to_json(status([school], TODAY)))
    assert data["version"] == 1
    assert data["today"] == "2024-01-20"
    assert data["as_of"] is None
    (org,) = data["organizations"]
    assert org["name"] == "МБОУ СШ № 7"
    assert org["root"] == str(school)
    assert org["totals"] == {
        "items": 7,
        "done": 1,
        "overdue": 1,
        "due_soon": 1,
        "cancelled": 1,
        "pairs": 3,
        "meetings_overdue": 1,
        "stale_pairs": 2,
    }
    assert org["indicators"] == {
        "items_done": {"count": 1, "total": 7, "percent": 14.3},
        "items_done_by_today": {"count": 1, "total": 3, "percent": 33.3},
        "young_specialists_covered": {"count": 2, "total": 3, "percent": 66.7},
        "consent": {"count": 3, "total": 5, "percent": 60.0},
        "plans_at_threshold": {"count": 1, "total": 3, "percent": 33.3},
        "pairs_by_form": [
            {"form": "Учитель - ученик", "pairs": 2},
            {"form": "Учитель – учитель", "pairs": 1},
        ],
    }
    (roadmap,) = org["roadmaps"]
    assert roadmap["path"] == "roadmaps/2023-2024.yaml"
    assert roadmap["period"] == {"start": "2023-09-01", "end": "2024-08-31"}
    assert [s["totals"]["items"] for s in roadmap["sections"]] == [3, 4]
    items = {item["number"]: item for item in roadmap["items"]}
    assert [(n, i["state"], i["due"], i["days"]) for n, i in items.items()] == [
        ("1.1", "done", "2023-09-30", None),
        ("1.2", "overdue", "2023-10-31", -81),
        ("1.3", "due_soon", "2024-01-30", 10),
        ("1.4", "cancelled", "2023-11-30", None),
        ("2.1", "upcoming", "2024-05-31", 132),
        ("2.2", "no_deadline", None, None),
        ("2.3", "unscheduled", None, None),
        ("2.4", "upcoming", "2024-05-31", 132),
    ]
    assert items["1.2"] == {
        "number": "1.2",
        "title": "Формирование наставнических пар",
        "section": "1",
        "state": "overdue",
        "deadline": "Октябрь 2023г.",
        "start": "2023-10-01",
        "due": "2023-10-31",
        "days": -81,
        "first_due": "2023-10-31",
        "occurrences": 1,
        "closed": 0,
        "late": 1,
        "done": [],
        "responsible": ["Кураторова Е.П.", "Наставники"],
        "responsible_people": ["Кураторова Е.П."],
        "cancelled": None,
        "evidence": None,
    }
    assert items["2.4"]["done"] == ["2023-09-28", "2023-12-20"]
    assert items["1.4"]["cancelled"] == "перенесён на следующий год"
    first = org["pairs"][0]
    assert first == {
        "file": "pairs/2023-2024.yaml",
        "mentor": "Опытова А.А.",
        "mentees": ["Новикова М.П.", "Молодцов П.И."],
        "form": "Учитель – учитель",
        "order": None,
        "period": {"start": "2023-09-01", "end": "2024-08-31"},
        "stage": "планирование",
        "next_meeting": {"date": "2024-01-25", "stage": "работа", "days": 5},
        "meetings_planned": 5,
        "meetings_done": 2,
        "meetings_due": 3,
        "meetings_overdue": 1,
        "plan": {"count": 2, "total": 5, "percent": 40.0},
        "plan_threshold_met": False,
        "last_held": "2023-10-06",
        "quiet_days": 106,
        "stale": True,
    }
    assert [p["plan"]["percent"] for p in org["pairs"]] == [40.0, 100.0, None]
    assert org["problems"] == []
    assert data["totals"]["items_done"] == {"count": 1, "total": 7, "percent": 14.3}
    assert data["attention"][0]["reasons"] == [
        {"kind": "overdue_items", "count": 1},
        {"kind": "young_uncovered", "count": 1},
        {"kind": "without_consent", "count": 2},
        {"kind": "meetings_overdue", "count": 1},
        {"kind": "stale_pairs", "count": 2},
    ]
    assert (data["complete"], org["complete"], org["unread"]) == (True, True, [])


def test_json_of_a_district(district: Path) -> None:
    data = status_json(status([district], TODAY))
    assert [org["name"] for org in data["organizations"]] == [
        "МБОУ СШ № 7",
        "МБОУ СШ № 1",
        "Школа № 9",
    ]
    assert data["totals"] == {
        "organizations": 3,
        "counted": 2,
        "items": 11,
        "done": 4,
        "overdue": 1,
        "due_soon": 1,
        "cancelled": 1,
        "items_done": {"count": 4, "total": 11, "percent": 36.4},
        "items_done_by_today": {"count": 4, "total": 6, "percent": 66.7},
        "young_specialists_covered": {"count": 3, "total": 4, "percent": 75.0},
        "consent": {"count": 6, "total": 8, "percent": 75.0},
        "plans_at_threshold": {"count": 1, "total": 5, "percent": 20.0},
        "pairs": 5,
        "meetings_overdue": 1,
        "stale_pairs": 4,
    }
    assert [(a["name"], [r["kind"] for r in a["reasons"]]) for a in data["attention"]] == [
        ("Школа № 9", ["load_errors", "no_roadmap"]),
        (
            "МБОУ СШ № 7",
            [
                "overdue_items",
                "young_uncovered",
                "without_consent",
                "meetings_overdue",
                "stale_pairs",
            ],
        ),
        ("МБОУ СШ № 1", ["stale_pairs"]),
    ]
    assert data["complete"] is False
    assert [(o["folder"], o["complete"]) for o in data["organizations"]] == [
        ("a-school7", True),
        ("b-base", True),
        ("c-broken", False),
    ]
    broken = data["organizations"][2]
    assert broken["problems"] == [
        {"code": "MK001", "severity": "error", "path": "roadmaps/2023-2024.yaml", "line": 2}
    ]


# ---------------------------------------------------------------------------------------------
# The command


def test_command_json_and_markdown(school: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "status", str(school), "--today", "2024-01-20", "--format", "json")
    assert code == 0
    assert json.loads(out) == status_json(status([school], TODAY))
    code, out, _ = run(capsys, "status", str(school), "--today=2024-01-20", "--format=markdown")
    assert code == 0
    assert out == (EXPECTED / "school.md").read_text(encoding="utf-8")


def test_command_table(
    school: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.chdir(school / "pairs")
    code, out, _ = run(capsys, "status", "--today", "2024-01-20", "--by", "month", "--all")
    assert code == 0
    expected = (EXPECTED / "school-all-by-month-100.txt").read_text(encoding="utf-8")
    assert "\n".join(line.rstrip() for line in out.splitlines()) + "\n" == expected


def test_command_district(district: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = district / "a-school7", district / "b-base"
    code, out, _ = run(capsys, "status", str(a), str(b), "--today", "2024-01-20", "--format=json")
    assert code == 0
    assert [org["name"] for org in json.loads(out)["organizations"]] == [
        "МБОУ СШ № 7",
        "МБОУ СШ № 1",
    ]


def test_command_refuses_by_for_many(district: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "status", str(district), "--today", "2024-01-20", "--all")
    assert code == 2
    assert out == ""
    assert "--by и --all относятся к мероприятиям одной организации, а здесь их 3" in err


def test_command_without_repository(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "status", str(tmp_path), "--today", "2024-01-20")
    assert code == 2
    assert out == ""
    assert "не репозиторий mentorkit: файла mentorkit.yaml нет ни в этой папке" in err
    assert "Traceback" not in err
    code, _, err = run(capsys, "status", str(tmp_path / "нет"), "--today", "2024-01-20")
    assert code == 2
    assert "не существует" in err


def test_command_bad_options(school: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "status", str(school), "--today", "вчера")
    assert code == 2
    assert "--today: «вчера» — не дата" in err
    code, _, err = run(capsys, "status", str(school), "--by", "week")
    assert code == 2
    assert "неверное значение" in err


def test_the_examples(capsys: pytest.CaptureFixture[str]) -> None:
    examples = Path(__file__).parent.parent / "roadmaps"
    if not (examples / "school12-2023-2024" / "mentorkit.yaml").exists():
        pytest.skip("примеров в roadmaps/ нет")
    code, out, _ = run(capsys, "status", str(examples), "--today", "2024-01-20", "--format=json")
    assert code == 0
    names = [org["name"] for org in json.loads(out)["organizations"]]
    assert "МАОУ СОШ № 12" in names


def test_two_roadmaps_unknown_people_and_a_broken_entry(tree: Tree) -> None:
    files = dict(SCHOOL)
    files["roadmaps/2024.yaml"] = """\
title: План на 2024 год
period: {start: 2024-01-01, end: 2024-12-31}
items:
  - title: Отчёт в управление образования
    deadline: до 25.01.2024
    responsible: Опытова А.А., Петров П.П.
"""
    files["pairs/2024.yaml"] = """\
period: 2024
pairs:
  - mentor: Неизвестнов Сергей Сергеевич
    mentees: [Новикова М.П., Гостев Г.Г.]
"""
    # Two people «Петров П.П.»: the reference names nobody for sure and stays as written.
    files["people.yaml"] = str(files["people.yaml"]) + (
        "  - name: Петров Павел Павлович\n"
        "  - name: Петров Пётр Петрович\n"
        "  - {name: Сломанов Иван Иванович, experience: много}\n"
    )
    root = tree(files)
    org = repository_status(root, TODAY)
    assert [roadmap.path for roadmap in org.roadmaps] == [
        "roadmaps/2023-2024.yaml",
        "roadmaps/2024.yaml",
    ]
    report = org.roadmaps[1].items[0]
    assert report.responsible == ("Опытова А.А., Петров П.П.",)
    assert report.responsible_people == ("Опытова А.А.",)
    assert report.responsible_groups == ("Опытова А.А.", "Петров П.П.")
    unknown = org.pairs[-1]
    assert (unknown.mentor, unknown.mentees, unknown.form) == (
        "Неизвестнов С.С.",
        ("Новикова М.П.", "Гостев Г.Г."),
        None,
    )
    # Unknown mentor and mentee count as participants without consent: 3 of 7.
    assert org.indicators.consent == Share(3, 7)
    assert [p.code for p in org.problems] == ["MK103"]
    result = status([root], TODAY)
    text = table_text(result, 120, GroupBy.SECTION)
    assert "│ №   │ Карта" in text.replace("┃", "│")
    assert "2024: Без раздела" in text
    assert "Опытова А.А., Петров П.П." in text
    assert "Форма не указана" in text
    # The broken person is not read: said first, and the figures are called incomplete.
    assert text.index("Прочитано не всё, числа ниже неполные.") < text.index("План на 2024 год")
    assert "Не удалось прочитать: people.yaml:28" in text
    assert "Показатели (неполные: прочитано не всё)" in text
    markdown = to_markdown(result)
    assert "| № | Карта | Мероприятие |" in markdown
    assert "> **Прочитано не всё, числа ниже неполные." in markdown
    assert "Неизвестнов Сергей" not in to_json(result) + markdown + text


def test_only_the_first_ten_need_attention_in_the_table(tmp_path: Path) -> None:
    region = tmp_path / "region"
    for index in range(12):
        write_tree(region / f"school{index:02d}", SCHOOL)
    result = status([region], TODAY)
    assert len(result.attention) == 12
    assert "… и ещё 2 организации" in table_text(result, 100)
    assert "… и ещё 2 организации" in to_markdown(result)
    assert len(status_json(result)["attention"]) == 12


def test_nothing_to_show(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "calm", {"mentorkit.yaml": "organization: {name: Тихая школа}\n"})
    shutil.copytree(BASE / "roadmaps", root / "roadmaps")
    result = status([root, tmp_path / "calm"], TODAY)
    text = table_text(result, 100)
    nothing = (
        "Просроченных мероприятий, мероприятий с непонятым сроком и со сроком в ближайшие "
        "14 дней нет."
    )
    assert nothing in " ".join(text.split())
    markdown = to_markdown(result)
    assert nothing in markdown
    assert "Наставнических пар нет" in markdown
    # Two calm schools (no pairs, so none went quiet either).
    two = status([root, shutil.copytree(root, tmp_path / "calm2")], TODAY)
    assert "Организаций, требующих внимания, нет." in table_text(two, 100)
    assert "Организаций, требующих внимания, нет." in to_markdown(two)


def test_next_meeting_as_of_a_past_day_counts_meetings_later_marked_done() -> None:
    example = Path(__file__).parent.parent / "roadmaps" / "school12-2023-2024"
    pairs = repository_status(example, date(2023, 10, 20)).pairs
    first = pairs[0].next_meeting
    assert first is not None and first.date == date(2023, 11, 15)
