"""`mentorkit done`, `meeting` and `add`: the change is made, and nothing else in the file moves."""

from __future__ import annotations

import difflib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mentorkit.edit import files as edit_files
from tests.conftest import run

TODAY = "2024-01-20"


def _delta(before: str, after: str) -> tuple[list[str], list[str]]:
    """(removed lines, added lines) between two texts."""
    removed: list[str] = []
    added: list[str] = []
    old, new = before.splitlines(keepends=True), after.splitlines(keepends=True)
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new).get_opcodes():
        if tag != "equal":
            removed += old[i1:i2]
            added += new[j1:j2]
    return removed, added


def _edit(
    capsys: pytest.CaptureFixture[str], repo: Path, relpath: str, *args: str
) -> tuple[int, str, str, list[str], list[str]]:
    before = (repo / relpath).read_text(encoding="utf-8")
    code, out, err = run(capsys, *args, "--repo", str(repo))
    after = (repo / relpath).read_text(encoding="utf-8")
    removed, added = _delta(before, after)
    return code, out, err, removed, added


def _check_passes(capsys: pytest.CaptureFixture[str], repo: Path) -> None:
    code, out, _ = run(capsys, "check", str(repo), "--today", TODAY)
    assert code == 0, out
    assert "ошибк" not in out.split("Проверка")[0], out


def test_done_adds_two_lines_and_nothing_else(
    base_repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _, removed, added = _edit(
        capsys,
        base_repo,
        "roadmaps/2023-2024.yaml",
        "done",
        "2.1",
        "--date",
        "2024-01-15",
        "--evidence",
        "Приказ от 15.01.2024 № 3",
        "--today",
        TODAY,
    )
    assert code == 0, out
    assert removed == []
    assert added == [
        "        done: 2024-01-15\n",
        "        evidence: Приказ от 15.01.2024 № 3\n",
    ]
    assert "Пункт 2.1 «Итоговая конференция наставников» отмечен выполненным 15.01.2024" in out
    assert "+ roadmaps/2023-2024.yaml:25:         done: 2024-01-15" in out
    _check_passes(capsys, base_repo)


def test_done_by_title_part_and_refusals(
    base_repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = base_repo / "roadmaps/2023-2024.yaml"
    original = path.read_bytes()
    code, _, err = run(capsys, "done", "формирование", "--repo", str(base_repo), "--today", TODAY)
    assert code == 1
    assert "«формирование» есть в названиях нескольких пунктов: 1.1 «Формирование базы " in err
    assert "1.2 «Формирование наставнических пар»" in err
    code, _, err = run(capsys, "done", "конференцыя", "--repo", str(base_repo), "--today", TODAY)
    assert code == 1
    assert "пункта с «конференцыя» в названии нет; возможно: 2.1 «Итоговая конференция" in err
    code, _, err = run(capsys, "done", "7.1", "--repo", str(base_repo), "--today", TODAY)
    assert "пункта 7.1 нет (пункты — с 1.1 по 2.1" in err
    code, _, err = run(
        capsys,
        "done",
        "конференция",
        "--date",
        "2024-02-01",
        "--repo",
        str(base_repo),
        "--today",
        TODAY,
    )
    assert code == 1
    assert "позже сегодняшней" in err
    # Already done once, and the deadline has one occurrence: a second date would be MK708.
    code, _, err = run(
        capsys, "done", "1.1", "--date", "2024-01-10", "--repo", str(base_repo), "--today", TODAY
    )
    assert code == 1
    assert "уже отмечен выполненным (20.09.2023), а сроков у него 1" in err
    assert path.read_bytes() == original
    code, out, _ = run(
        capsys,
        "done",
        "конференция",
        "--date",
        "2024-01-10",
        "--repo",
        str(base_repo),
        "--today",
        TODAY,
    )
    assert code == 0
    code, out, _ = run(
        capsys,
        "done",
        "конференция",
        "--date",
        "2024-01-10",
        "--repo",
        str(base_repo),
        "--today",
        TODAY,
    )
    assert code == 0
    assert "уже отмечен выполненным 10.01.2024: roadmaps/2023-2024.yaml не изменён" in out


def test_done_of_a_recurring_item_makes_a_list(
    tree: object, capsys: pytest.CaptureFixture[str], base_repo: Path
) -> None:
    path = base_repo / "roadmaps/2023-2024.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace(
        "      - title: Итоговая конференция наставников\n        deadline: май 2024 г.\n",
        "      - title: Итоговая конференция наставников\n        deadline: ежеквартально\n"
        "        done: 2023-11-20   # первый квартал\n",
    )
    path.write_text(text, encoding="utf-8")
    code, out, _, removed, added = _edit(
        capsys,
        base_repo,
        "roadmaps/2023-2024.yaml",
        "done",
        "2.1",
        "--date",
        "2024-01-15",
        "--today",
        TODAY,
    )
    assert code == 0, out
    assert removed == ["        done: 2023-11-20   # первый квартал\n"]
    assert added == ["        done: [2023-11-20, 2024-01-15]   # первый квартал\n"]
    code, out, _, removed, added = _edit(
        capsys,
        base_repo,
        "roadmaps/2023-2024.yaml",
        "done",
        "2.1",
        "--date",
        "2024-01-16",
        "--today",
        TODAY,
    )
    assert added == ["        done: [2023-11-20, 2024-01-15, 2024-01-16]   # первый квартал\n"]


def test_meeting_planned_held_and_moved(
    base_repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rel = "pairs/2023-2024.yaml"
    code, out, err, removed, added = _edit(
        capsys,
        base_repo,
        rel,
        "meeting",
        "Новикова",
        "работа",
        "--date",
        "2024-01-10",
        "--done",
        "--topic",
        "Анализ урока, выводы",
        "--today",
        TODAY,
    )
    assert code == 0, err
    assert removed == []
    assert added == [
        '      - {stage: работа, date: 2024-01-10, done: true, topic: "Анализ урока, выводы"}\n'
    ]
    lines = (base_repo / rel).read_text(encoding="utf-8").splitlines()
    assert lines[9] == added[0].rstrip("\n")  # after планирование, before итоговая
    code, out, err, removed, added = _edit(
        capsys,
        base_repo,
        rel,
        "meeting",
        "1",
        "итоговая",
        "--date",
        "2024-05-24",
        "--today",
        TODAY,
    )
    assert removed == ["      - {stage: итоговая, date: 2024-05-20}\n"]
    assert added == ["      - {stage: итоговая, date: 2024-05-24}\n"]
    assert "перенесена с 20.05.2024" in out
    code, out, err, removed, added = _edit(
        capsys,
        base_repo,
        rel,
        "meeting",
        "Ученикова",
        "пробная",
        "--date",
        "2023-10-06",
        "--done",
        "--today",
        TODAY,
    )
    assert added == ["      - {stage: пробная, date: 2023-10-06, done: true}\n"]
    assert "Пара 2: Опытова А.А. → У.Д. (7Б)" in out  # a minor: initials and class only
    _check_passes(capsys, base_repo)


def test_meeting_refusals(base_repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(
        capsys, "meeting", "Опытова", "работа", "--date", "2024-01-10", "--repo", str(base_repo)
    )
    assert code == 1
    assert "«Опытова» есть в нескольких парах: пара 1: Опытова А.А. → Новикова М.П.; " in err
    assert "пара 2: Опытова А.А. → У.Д. (7Б)" in err
    assert "Ученикова" not in err
    code, _, err = run(
        capsys, "meeting", "1", "встреча", "--date", "2024-01-10", "--repo", str(base_repo)
    )
    assert "этапа «встреча» нет; этапы по порядку: «знакомство», «пробная»" in err
    code, _, err = run(
        capsys,
        "meeting",
        "1",
        "работа",
        "--date",
        "2024-03-10",
        "--done",
        "--repo",
        str(base_repo),
        "--today",
        TODAY,
    )
    assert "ещё не наступила" in err
    code, _, err = run(
        capsys, "meeting", "Опытко", "работа", "--date", "2024-01-10", "--repo", str(base_repo)
    )
    assert "пары с «Опытко» нет; возможно: Опытова А.А." in err


def test_add_person_item_pair(base_repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err, removed, added = _edit(
        capsys,
        base_repo,
        "people.yaml",
        "add",
        "person",
        "--name",
        "Сидорова  Ольга Игоревна",
        "--position",
        "учитель: истории",
        "--experience",
        "2",
        "--consent",
        "2023-12-01",
        "--today",
        TODAY,
    )
    assert code == 0, err
    assert removed == []
    assert added == [
        "  - name: Сидорова Ольга Игоревна\n",
        '    position: "учитель: истории"\n',
        "    experience: 2\n",
        "    consent: 2023-12-01\n",
    ]
    code, _, err = run(
        capsys, "add", "person", "--name", "Сидорова Ольга Игоревна", "--repo", str(base_repo)
    )
    assert code == 1
    assert "Сидорова О.И. уже есть в people.yaml (строка 23)" in err
    code, _, err = run(
        capsys,
        "add",
        "person",
        "--name",
        "Малов Пётр Ильич",
        "--minor",
        "--consent",
        "2023-12-01",
        "--repo",
        str(base_repo),
        "--today",
        TODAY,
    )
    assert code == 2
    assert "--consent-by" in err
    code, out, err, removed, added = _edit(
        capsys,
        base_repo,
        "pairs/2023-2024.yaml",
        "add",
        "pair",
        "--mentor",
        "Опытова А.А.",
        "--mentee",
        "Сидорова О.И.",
        "--order",
        "11",
        "--goal",
        "Адаптация",
    )
    assert code == 0, err
    assert added == [
        "  - mentor: Опытова А.А.\n",
        "    mentees: [Сидорова О.И.]\n",
        '    order: "11"\n',
        "    goal: Адаптация\n",
    ]
    code, _, err = run(
        capsys,
        "add",
        "pair",
        "--mentor",
        "Опытова А.А.",
        "--mentee",
        "Сидорово О.И.",
        "--repo",
        str(base_repo),
    )
    assert "наставляемый «Сидорово О.И.» не найден в people.yaml; возможно, Сидорова О.И." in err
    code, out, err, removed, added = _edit(
        capsys,
        base_repo,
        "roadmaps/2023-2024.yaml",
        "add",
        "item",
        "--section",
        "итоги",
        "--title",
        "Отчёт о реализации",
        "--deadline",
        "до 31.05.2024",
        "--responsible",
        "Кураторова Е.П.",
        "--responsible",
        "Наставники",
    )
    assert code == 0, err
    assert added == [
        "      - title: Отчёт о реализации\n",
        "        deadline: до 31.05.2024\n",
        "        responsible: [Кураторова Е.П., Наставники]\n",
    ]
    assert "Пункт 2.2 «Отчёт о реализации» добавлен (раздел 2)" in out
    code, _, err = run(
        capsys,
        "add",
        "item",
        "--title",
        "Х",
        "--deadline",
        "когда-нибудь",
        "--section",
        "2",
        "--repo",
        str(base_repo),
    )
    assert "срок «когда-нибудь» не понят" in err
    code, _, err = run(capsys, "add", "item", "--title", "Х", "--repo", str(base_repo))
    assert "укажите раздел в --section (1 «Организационное сопровождение»; 2 «Итоги»)" in err
    _check_passes(capsys, base_repo)


def test_a_broken_file_is_not_touched(base_repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = base_repo / "people.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "  - name: [не закрыто\n", "utf-8")
    original = path.read_bytes()
    code, _, err = run(
        capsys, "add", "person", "--name", "Малов Пётр Ильич", "--repo", str(base_repo)
    )
    assert code == 1
    assert "people.yaml содержит ошибки, поэтому mentorkit его не правит" in err
    assert path.read_bytes() == original


def test_comments_crlf_and_bom_survive(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.conftest import BASE

    repo = tmp_path / "repo"
    import shutil

    shutil.copytree(BASE, repo)
    people = (
        "\ufeff# Люди\r\npeople:\r\n  # администрация\r\n  - name: 'Директоров Иван Иванович'\r\n"
        '    position: "директор"   # подписывает\r\n    consent: 2023-08-01\r\n\r\n'
        "  - name: Кураторова Елена Петровна\r\n    consent: 2023-08-01\r\n"
        "# конец\r\n"
    )
    (repo / "people.yaml").write_bytes(people.encode("utf-8"))
    code, _, err = run(capsys, "add", "person", "--name", "Малов Пётр Ильич", "--repo", str(repo))
    assert code == 0, err
    assert (repo / "people.yaml").read_bytes().decode("utf-8") == people.replace(
        "    consent: 2023-08-01\r\n# конец",
        "    consent: 2023-08-01\r\n\r\n  - name: Малов Пётр Ильич\r\n# конец",
    )


def test_a_failed_replace_leaves_the_original(
    base_repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = base_repo / "people.yaml"
    original = path.read_bytes()

    def refuse(src: object, dst: object) -> None:
        raise PermissionError(13, "denied")

    monkeypatch.setattr(edit_files.os, "replace", refuse)
    code, _, err = run(
        capsys, "add", "person", "--name", "Малов Пётр Ильич", "--repo", str(base_repo)
    )
    assert code == 1
    assert "people.yaml: не удалось записать файл: нет прав доступа; файл остался прежним" in err
    assert path.read_bytes() == original
    assert sorted(p.name for p in base_repo.iterdir()) == [
        "mentorkit.yaml",
        "orders",
        "pairs",
        "people.yaml",
        "roadmaps",
    ]


def test_a_file_changed_meanwhile_is_not_overwritten(
    base_repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = base_repo / "people.yaml"
    real = edit_files.replace_atomic
    replaced: list[Path] = []

    def edited_by_someone(p: Path, data: bytes, shown: str) -> None:
        replaced.append(p)
        real(p, data, shown)

    original_read = Path.read_bytes
    calls = {"n": 0}

    def read_bytes(self: Path) -> bytes:
        data = original_read(self)
        if self == path:
            calls["n"] += 1
            if calls["n"] == 2:  # the re-read before writing: an editor saved the file
                return data + b"# saved by an editor\n"
        return data

    monkeypatch.setattr(edit_files, "replace_atomic", edited_by_someone)
    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    code, _, err = run(
        capsys, "add", "person", "--name", "Малов Пётр Ильич", "--repo", str(base_repo)
    )
    assert code == 1
    assert "файл изменился, пока mentorkit его правил" in err
    assert replaced == []


def test_two_processes_lose_no_edit(base_repo: Path) -> None:
    script = (
        "import sys\n"
        "from mentorkit.cli import main\n"
        "for i in range(8):\n"
        "    try:\n"
        "        main(['add', 'person', '--name', f'Параллельный{sys.argv[1]} Тест{i} Тестович',"
        " '--repo', sys.argv[2]])\n"
        "    except SystemExit as e:\n"
        "        assert e.code == 0, e.code\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", script, name, str(base_repo)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        for name in ("Аа", "Бб")
    ]
    for worker in workers:
        _, err = worker.communicate(timeout=300)
        assert worker.returncode == 0, err.decode()
    text = (base_repo / "people.yaml").read_text(encoding="utf-8")
    for name in ("Аа", "Бб"):
        for i in range(8):
            assert f"Параллельный{name} Тест{i} Тестович" in text
    assert text.count("- name:") == 5 + 16


@pytest.mark.parametrize(
    ("written", "after"),
    [
        ("        done:\n          - 2023-11-20\n", "          - 2024-01-15\n"),
        ("        done: []\n", None),
        ("        done:\n", None),
    ],
)
def test_done_into_a_list_or_an_empty_value(
    base_repo: Path, capsys: pytest.CaptureFixture[str], written: str, after: str | None
) -> None:
    path = base_repo / "roadmaps/2023-2024.yaml"
    text = path.read_text(encoding="utf-8").replace(
        "        deadline: май 2024 г.\n", "        deadline: ежеквартально\n" + written
    )
    path.write_text(text, encoding="utf-8")
    code, _, err, removed, added = _edit(
        capsys,
        base_repo,
        "roadmaps/2023-2024.yaml",
        "done",
        "2.1",
        "--date",
        "2024-01-15",
        "--today",
        TODAY,
    )
    assert code == 0, err
    if after is not None:
        assert (removed, added) == ([], [after])
    else:
        assert len(removed) == len(added) == 1
        assert "2024-01-15" in added[0] and added[0].startswith("        done:")


def test_no_file_to_edit(base_repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (base_repo / "roadmaps/2023-2024.yaml").unlink()
    code, _, err = run(capsys, "done", "1.1", "--repo", str(base_repo), "--today", TODAY)
    assert code == 1
    assert "в репозитории нет файлов roadmaps/*.yaml" in err
    (base_repo / "pairs/other.yaml").write_text("period: 2023-2024\n", encoding="utf-8")
    code, _, err = run(
        capsys,
        "add",
        "pair",
        "--mentor",
        "Опытова А.А.",
        "--mentee",
        "Новикова М.П.",
        "--repo",
        str(base_repo),
    )
    assert "в pairs/ несколько файлов (pairs/2023-2024.yaml, pairs/other.yaml): укажите" in err
