"""`mentorkit status --as-of`: the status as a repository stood at a past revision or date."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from mentorkit.history import snapshot
from tests.conftest import run, write_tree
from tests.test_status import SCHOOL

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git не установлен")

ROADMAP = "roadmaps/2023-2024.yaml"


def git(cwd: Path, *args: str, when: str = "2024-01-01T12:00:00") -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_DATE": when,
        "GIT_COMMITTER_DATE": when,
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    done = subprocess.run(
        ["git", "-c", "user.name=Тест", "-c", "user.email=test@example.org", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


def commit(cwd: Path, message: str, when: str) -> str:
    git(cwd, "add", "-A")
    git(cwd, "commit", "-q", "-m", message, when=when)
    return git(cwd, "rev-parse", "HEAD")


def mark_done(root: Path, title: str, day: str) -> None:
    path = root / ROADMAP
    text = path.read_text(encoding="utf-8")
    old = f"      - title: {title}\n"
    assert old in text
    path.write_text(text.replace(old, f"{old}        done: {day}\n"), encoding="utf-8")


@pytest.fixture
def history(tmp_path: Path) -> tuple[Path, str, str]:
    """A school with two commits: 28.12.2023 as in SCHOOL, 05.02.2024 with 1.2 and 1.3 done;
    then an edit left uncommitted, which --as-of must not see nor touch."""
    root = write_tree(tmp_path / "school", SCHOOL)
    git(root, "init", "-q")
    first = commit(root, "Дорожная карта", "2023-12-28T12:00:00")
    git(root, "tag", "q4-2023")
    mark_done(root, "Формирование наставнических пар", "2024-02-01")
    mark_done(root, "Утверждение индивидуальных планов", "2024-01-29")
    second = commit(root, "Отмечено выполнение", "2024-02-05T12:00:00")
    mark_done(root, "Итоговая конференция наставников", "2024-02-06")
    return root, first, second


def states(data: dict[str, Any]) -> dict[str, str]:
    (org,) = data["organizations"]
    (roadmap,) = org["roadmaps"]
    return {item["number"]: item["state"] for item in roadmap["items"]}


def test_as_of_a_date(history: tuple[Path, str, str], capsys: pytest.CaptureFixture[str]) -> None:
    root, first, _ = history
    before = (root / ROADMAP).read_text(encoding="utf-8")
    status_before = git(root, "status", "--porcelain")
    code, out, err = run(capsys, "status", str(root), "--as-of", "2023-12-31", "--format=json")
    assert code == 0, err
    data = json.loads(out)
    assert data["today"] == "2023-12-31"  # --today follows the date asked for
    assert data["as_of"] == {
        "revision": "2023-12-31",
        "commits": [first],
        "date": "2023-12-31",
        "by_date": True,
    }
    assert data["organizations"][0]["root"] == str(root)
    items = {i["number"]: i for i in data["organizations"][0]["roadmaps"][0]["items"]}
    assert (items["1.2"]["state"], items["1.2"]["days"]) == ("overdue", -61)
    assert (items["1.3"]["state"], items["1.3"]["days"]) == ("open", 30)
    assert items["2.1"]["state"] == "upcoming"
    # The working tree is as it was: the uncommitted edit is still there, nothing else moved.
    assert (root / ROADMAP).read_text(encoding="utf-8") == before
    assert git(root, "status", "--porcelain") == status_before


def test_as_of_a_date_written_the_russian_way(
    history: tuple[Path, str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    root, _, second = history
    code, out, _ = run(capsys, "status", str(root), "--as-of", "10.02.2024", "--format=json")
    assert code == 0
    data = json.loads(out)
    assert data["as_of"]["commits"] == [second]
    assert states(data)["1.2"] == "done"
    assert states(data)["2.1"] == "upcoming"  # done only in the working tree


def test_as_of_a_tag_takes_the_commit_date(
    history: tuple[Path, str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    root, first, _ = history
    code, out, _ = run(capsys, "status", str(root), "--as-of", "q4-2023", "--format=json")
    assert code == 0
    data = json.loads(out)
    assert data["today"] == "2023-12-28"
    assert data["as_of"] == {
        "revision": "q4-2023",
        "commits": [first],
        "date": "2023-12-28",
        "by_date": False,
    }


def test_as_of_a_commit_with_today(
    history: tuple[Path, str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    root, first, _ = history
    code, out, _ = run(
        capsys, "status", str(root), "--as-of", first[:8], "--today", "2024-02-10", "--format=json"
    )
    assert code == 0
    data = json.loads(out)
    assert data["today"] == "2024-02-10"
    assert states(data)["1.3"] == "overdue"  # not done in that commit, late on the day asked


def test_as_of_in_the_table_and_markdown(
    history: tuple[Path, str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    root, first, _ = history
    code, out, _ = run(capsys, "status", str(root), "--as-of", "2023-12-31", "--format=markdown")
    assert code == 0
    assert out.splitlines()[:3] == [
        "## МБОУ СШ № 7 — состояние на 31.12.2023",
        "",
        f"По истории git: как было на конец 31.12.2023 (коммит {first[:10]}).",
    ]
    code, out, _ = run(capsys, "status", str(root), "--as-of", "q4-2023")
    assert code == 0
    assert out.splitlines()[1] == (
        f"По истории git: ревизия «q4-2023» (коммит {first[:10]} от 28.12.2023)."
    )


def test_as_of_many_repositories_in_one_git(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    region = tmp_path / "region"
    write_tree(region / "north" / "s1", SCHOOL)
    git(region, "init", "-q")
    commit(region, "Первая школа", "2023-10-01T12:00:00")
    write_tree(region / "south" / "s2", SCHOOL)
    commit(region, "Вторая школа", "2024-01-10T12:00:00")
    code, out, _ = run(capsys, "status", str(region), "--as-of", "2023-12-31", "--format=json")
    assert code == 0
    roots = [org["root"] for org in json.loads(out)["organizations"]]
    assert roots == [str(region / "north" / "s1")]
    code, out, _ = run(capsys, "status", str(region), "--as-of", "2024-01-31", "--format=json")
    roots = [org["root"] for org in json.loads(out)["organizations"]]
    assert roots == [str(region / "north" / "s1"), str(region / "south" / "s2")]
    # A repository named inside the git repository, from a folder within it.
    code, out, _ = run(
        capsys, "status", str(region / "north/s1/pairs"), "--as-of", "2023-12-31", "--format=json"
    )
    assert code == 0
    assert [org["root"] for org in json.loads(out)["organizations"]] == [
        str(region / "north" / "s1")
    ]
    # The second school did not exist at the end of 2023.
    code, _, err = run(capsys, "status", str(region / "south/s2"), "--as-of", "2023-12-31")
    assert code == 2
    assert "ещё нет папки south/s2" in err


def test_the_temporary_folder_is_removed(history: tuple[Path, str, str]) -> None:
    root, _, _ = history
    with snapshot([root], "HEAD") as taken:
        (extracted,) = taken.paths
        assert (extracted / "mentorkit.yaml").is_file()
        assert taken.shown(extracted / "pairs") == root / "pairs"
    assert not extracted.exists()


def test_errors_in_russian(
    history: tuple[Path, str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root, _, _ = history
    cases = [
        ([str(root), "--as-of", "нет-такой"], "ревизии «нет-такой» нет в истории git"),
        ([str(root), "--as-of", "2020-01-01"], "нет коммитов, сделанных до конца 01.01.2020"),
        ([str(root), "--as-of", "2024-02-30"], "«2024-02-30» — такой даты нет в календаре"),
        ([str(root), "--as-of", "--today"], "«--today» — не ревизия и не дата"),
    ]
    plain = write_tree(tmp_path / "plain", SCHOOL)
    cases.append(([str(plain), "--as-of", "2024-01-01"], "не в git-репозитории"))
    for args, message in cases:
        code, out, err = run(capsys, "status", *args)
        assert code == 2, args
        assert out == ""
        assert message in err, (args, err)
        assert "Traceback" not in err


def test_as_of_a_folder_of_schools_each_in_its_own_git(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    district = tmp_path / "district"
    for name, when in (("s1", "2023-10-01T12:00:00"), ("s2", "2024-01-10T12:00:00")):
        school = write_tree(district / name, SCHOOL)
        git(school, "init", "-q")
        commit(school, "Школа", when)
    code, out, _ = run(capsys, "status", str(district), "--as-of", "2024-01-31", "--format=json")
    assert code == 0
    roots = [org["root"] for org in json.loads(out)["organizations"]]
    assert roots == [str(district / "s1"), str(district / "s2")]
