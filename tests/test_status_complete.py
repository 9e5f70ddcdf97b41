"""`mentorkit status` never reassures on what it could not read, finds organisations to a bounded
depth, fits 80 columns, and shows quiet pairs and the document package; the checks behind them."""

from __future__ import annotations

import json
import os
import re
from datetime import date
from pathlib import Path

import pytest

from mentorkit.check import check
from mentorkit.load.discover import MAX_DEPTH, discover
from mentorkit.status import GroupBy, item_view, repository_status, status
from tests.conftest import run, write_tree
from tests.test_status import SCHOOL, TODAY, table_text

BROKEN_ROADMAP = "title: План\nperiod: 2023-2024\nitems:\n  - {title: Отчёт, done: 31.02.2024}\n"


def test_a_broken_roadmap_is_said_first_and_nothing_reassuring_follows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = dict(SCHOOL)
    files["roadmaps/2023-2024.yaml"] = BROKEN_ROADMAP
    root = write_tree(tmp_path / "school", files)
    text = table_text(status([root], TODAY), 100)
    lines = text.splitlines()
    assert lines[2].startswith("Прочитано не всё, числа ниже неполные. Не удалось прочитать:")
    assert "roadmaps/2023-2024.yaml:4" in text
    # The bad date makes its item unread, not the roadmap (issue 10): the roadmap is loaded,
    # and the item is named in what could not be read.
    assert "Дорожных карт нет" not in text
    assert "среди прочитанных — но прочитано не всё" in " ".join(text.split())
    assert "Показатели (неполные: прочитано не всё)" in text
    code, out, _ = run(capsys, "status", str(root), "--today", "2024-01-20", "--format", "json")
    data = json.loads(out)
    assert code == 1
    assert data["complete"] is False
    (org,) = data["organizations"]
    assert org["complete"] is False
    assert org["unread"] == [{"path": "roadmaps/2023-2024.yaml", "line": 4, "code": "MK104"}]
    code, _, _ = run(capsys, "status", str(root), "--today", "2024-01-20")
    assert code == 1


def test_a_broken_pairs_file_is_not_called_empty(tmp_path: Path) -> None:
    files = dict(SCHOOL)
    files["pairs/2023-2024.yaml"] = "period: 2023-2024\npairs:\n  - mentor: [\n"
    root = write_tree(tmp_path / "school", files)
    text = table_text(status([root], TODAY), 100)
    assert "Пары не прочитаны: pairs/2023-2024.yaml." in text
    assert "Наставнических пар нет" not in text


def test_a_complete_school_exits_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = write_tree(tmp_path / "school", SCHOOL)
    code, out, _ = run(capsys, "status", str(root), "--today", "2024-01-20", "--format=json")
    assert code == 0 and json.loads(out)["complete"] is True


def test_an_item_whose_deadline_was_not_understood_is_in_the_default_view(tmp_path: Path) -> None:
    files = dict(SCHOOL)
    files["roadmaps/2023-2024.yaml"] = (
        "title: План\nperiod: 2023-2024\nitems:\n"
        "  - {title: Непонятное, deadline: когда-нибудь потом}\n"
        "  - {title: Далёкое, deadline: Май 2024г.}\n"
    )
    org = repository_status(write_tree(tmp_path / "school", files), TODAY)
    (group,) = item_view(org)
    assert [(item.title, item.state.label) for item in group.items] == [
        ("Непонятное", "срок не понят")
    ]


def test_by_month_lists_items_in_date_order_inside_a_month(tmp_path: Path) -> None:
    files = dict(SCHOOL)
    files["roadmaps/2023-2024.yaml"] = (
        "title: План\nperiod: 2023-2024\nitems:\n"
        "  - {title: Позднее, deadline: до 28.03.2024}\n"
        "  - {title: Раннее, deadline: до 05.03.2024}\n"
        "  - {title: Середина, deadline: до 15.03.2024}\n"
    )
    org = repository_status(write_tree(tmp_path / "school", files), TODAY)
    groups = item_view(org, GroupBy.MONTH, everything=True)
    assert [(g.title, [i.title for i in g.items]) for g in groups] == [
        ("Март 2024", ["Раннее", "Середина", "Позднее"])
    ]
    # A positive control: in the roadmap's order they are not in date order.
    assert [i.title for i in org.items] != ["Раннее", "Середина", "Позднее"]


@pytest.mark.parametrize("by", [GroupBy.NONE, GroupBy.MONTH, GroupBy.RESPONSIBLE])
def test_at_80_columns_no_date_and_no_column_title_is_cut(tmp_path: Path, by: GroupBy) -> None:
    root = write_tree(tmp_path / "school", SCHOOL)
    result = status([root], TODAY)
    text = table_text(result, 80, by, everything=True)
    assert "…" not in text.replace("Все мероприятия", "")  # rich marks a cut with «…»
    assert max(len(line) for line in text.splitlines()) <= 80
    days = set(re.findall(r"\d{2}\.\d{2}\.\d{4}", table_text(result, 160, by, everything=True)))
    assert days and days <= set(re.findall(r"\d{2}\.\d{2}\.\d{4}", text))
    for title in ("Срок", "Когда", "Ответственный", "Состояние", "Наставник", "Наставляемые"):
        assert title in text or title[:8] in text, title
    # A positive control: a date cut the way rich cuts it is caught by the same search.
    assert "16.12.2023" not in re.findall(r"\d{2}\.\d{2}\.\d{4}", "16.12.20…")


def test_without_a_path_status_behaves_as_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Repositories below the current folder are not searched for without a path.
    write_tree(tmp_path / "somewhere" / "school", SCHOOL)
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "status", "--today", "2024-01-20")
    assert (code, out) == (2, "")
    assert "не репозиторий mentorkit: ни в этой папке, ни выше нет файла mentorkit.yaml" in err
    code_check, _, err_check = run(capsys, "check", "--today", "2024-01-20")
    assert code_check == 2 and err_check == err


def test_organisations_are_found_to_a_bounded_depth_leaving_out_venvs_and_builds(
    tmp_path: Path,
) -> None:
    region = tmp_path / "region"
    write_tree(region / "north" / "s1", SCHOOL)
    write_tree(region / "a" / "b" / "s-deep-enough", SCHOOL)
    write_tree(region / "a" / "b" / "c" / "too-deep", SCHOOL)
    write_tree(region / "venv" / "lib" / "s2", SCHOOL)
    write_tree(region / "tools" / "lib" / "s3", SCHOOL)
    (region / "tools" / "pyvenv.cfg").write_text("home = /usr\n", encoding="utf-8")
    write_tree(region / "build" / "s4", SCHOOL)
    write_tree(region / ".cache" / "s5", SCHOOL)
    found = discover([region])
    assert list(found.roots) == [region / "a/b/s-deep-enough", region / "north/s1"]
    assert MAX_DEPTH == 3  # «край/район/школа»; pytest's temporary folders lie deeper
    assert found.shown_folder(region / "north/s1") == "north/s1"


def test_two_schools_of_one_name_are_told_apart_by_their_folder(tmp_path: Path) -> None:
    region = tmp_path / "region"
    write_tree(region / "north" / "school", SCHOOL)
    write_tree(region / "south" / "school", SCHOOL)
    result = status([region], TODAY)
    assert [org.folder for org in result.organizations] == ["north/school", "south/school"]
    text = table_text(result, 100)
    assert "north/school" in text and "south/school" in text


def test_an_unreadable_organisation_folder_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    region = tmp_path / "region"
    write_tree(region / "north" / "school", SCHOOL)
    (region / "locked").mkdir()
    real = os.scandir

    def scandir(path: object = ".") -> object:
        if Path(str(path)) == region / "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)  # type: ignore[call-overload]

    # Run as root in CI, chmod would not lock anything: the refusal is simulated.
    monkeypatch.setattr(os, "scandir", scandir)
    result = status([region], TODAY)
    assert [(u.path, u.reason) for u in result.unreadable] == [
        (region / "locked", "нет прав доступа")
    ]
    assert not result.complete and result.single is None
    text = table_text(result, 100)
    assert f"папка {region / 'locked'} (нет прав доступа)" in " ".join(text.split())
    code, out, _ = run(capsys, "status", str(region), "--today", "2024-01-20", "--format=json")
    assert code == 1
    assert json.loads(out)["unreadable"] == [
        {"path": str(region / "locked"), "reason": "нет прав доступа"}
    ]


# ---------------------------------------------------------------------------------------------
# Quiet pairs and the document package


PACKAGE = """\
organization: {name: Школа № 3}
rules: {stale_days: 45}
acts:
  - {kind: regulation, title: Положение о наставничестве, date: 2023-08-30, file: docs/pol.pdf}
"""


def test_quiet_pairs_in_status(tmp_path: Path) -> None:
    org = repository_status(write_tree(tmp_path / "school", SCHOOL), TODAY)
    assert [(p.mentor, p.last_held, p.quiet_days, p.stale) for p in org.pairs] == [
        ("Опытова А.А.", date(2023, 10, 6), 106, True),
        ("Старова В.В.", date(2023, 12, 20), None, False),  # the final meeting is held
        ("Опытова А.А.", None, 141, True),  # no meeting at all since 01.09.2023
    ]


def test_quiet_pairs_in_check_only_where_the_rule_is_set(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "school", SCHOOL)
    assert not [p for p in check([root], TODAY).problems if p.code == "MK802"]
    write_tree(root, {"mentorkit.yaml": PACKAGE})
    problems = [p for p in check([root], TODAY).problems if p.code == "MK802"]
    assert [str(p.location) for p in problems] == [
        "pairs/2023-2024.yaml:4:5",
        "pairs/2023-2024.yaml:18:5",
    ]
    assert "проведённых встреч нет с 06.10.2023 (106 дн., порог — 45)" in problems[0].message
    assert "с начала периода пары" in problems[1].message


def test_the_package_check_names_what_is_missing(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "school", SCHOOL)
    assert not [p for p in check([root], TODAY).problems if p.code in ("MK801", "MK803")]
    write_tree(root, {"mentorkit.yaml": PACKAGE})
    problems = [p for p in check([root], TODAY).problems if p.code in ("MK801", "MK803")]
    assert [(p.code, str(p.location)) for p in problems] == [
        *[("MK801", "mentorkit.yaml:3:1")] * 4,
        ("MK803", "mentorkit.yaml:4:83"),
    ]
    missing = [p.message for p in problems if p.code == "MK801"]
    assert missing[0].startswith("на 2023/2024 учебный год нет: приказ о назначении куратора;")
    assert "type: curator" in missing[0]
    write_tree(root, {"docs/pol.pdf": b"%PDF-1.4"})
    assert not [p for p in check([root], TODAY).problems if p.code == "MK803"]


def test_the_package_in_status(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "school", SCHOOL)
    write_tree(root, {"mentorkit.yaml": PACKAGE})
    org = repository_status(root, TODAY)
    assert [(a.kind, a.present) for a in org.acts] == [
        ("regulation", True),
        ("curator", False),
        ("roadmap", False),
        ("pairs", False),
        ("plans", False),
    ]
    text = table_text(status([root], TODAY), 100)
    assert "✓ Положение о наставничестве — mentorkit.yaml: acts[0]" in text
    assert "– Приказ о назначении куратора" in text
    assert org.package_kept


def test_the_examples_package() -> None:
    example = Path(__file__).parent.parent / "roadmaps" / "school12-2023-2024"
    org = repository_status(example, date(2024, 1, 20))
    present = {a.kind: a.source for a in org.acts if a.present}
    assert present == {
        "curator": "orders/2023-142-curator.yaml (№ 142)",
        "roadmap": "orders/2023-145-roadmap.yaml (№ 145)",
        "pairs": "orders/2023-150-pairs.yaml (№ 150)",
        "plans": "orders/2023-162-plans.yaml (№ 162)",
    }


def test_holidays_are_not_quiet_days(tmp_path: Path) -> None:
    from mentorkit.checks.upkeep import holidays_from
    from mentorkit.model.calendar import YearCalendar

    winter = {"name": "зимние каникулы", "start": "2023-12-30", "end": "2024-01-08"}
    holidays = holidays_from({"2023-2024": YearCalendar.model_validate({"holidays": [winter]})})
    assert holidays is not None and holidays(date(2024, 1, 1)) and not holidays(date(2024, 1, 9))
    assert holidays_from({}) is None
    files = dict(SCHOOL)
    files["pairs/2023-2024.yaml"] = (
        "form: Учитель – учитель\nperiod: 2023-2024\npairs:\n"
        "  - mentor: Опытова А.А.\n    mentees: [Новикова М.П.]\n    meetings:\n"
        "      - {stage: знакомство, date: 2023-12-20, done: true}\n"
    )
    root = write_tree(tmp_path / "school", files)
    (pair,) = repository_status(root, TODAY).pairs
    assert (pair.quiet_days, pair.stale) == (31, True)
    # The same with the school calendar: the ten days of the winter holidays do not count.
    config = str(files["mentorkit.yaml"]) + (
        "calendar:\n  2023-2024:\n    holidays:\n"
        "      - {name: зимние каникулы, start: 2023-12-30, end: 2024-01-08}\n"
    )
    write_tree(root, {"mentorkit.yaml": config})
    (pair,) = repository_status(root, TODAY).pairs
    assert (pair.quiet_days, pair.stale) == (21, False)
