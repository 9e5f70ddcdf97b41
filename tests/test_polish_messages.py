"""Messages a curator reads after a slip: the close value suggested for every choice, a role
that is none of the programme's, a folder given where a file is wanted. Each test here failed
before its message was fixed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from mentorkit.check import check
from mentorkit.problems import Problem
from tests.conftest import run

TODAY = date(2024, 1, 20)


def _problems(root: Path, code: str) -> list[Problem]:
    return [p for p in check([root], TODAY).problems if p.code == code]


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        (
            "orders/11.yaml",
            "type: pairs",
            "type: pair",
            "поле «type»: недопустимое значение «pair»; допустимы: «roadmap», «pairs», "
            "«curator», «plans», «reward», «custom» — возможно, «pairs»?",
        ),
        (
            "orders/11.yaml",
            "type: pairs",
            "type: пары",
            "поле «type»: недопустимое значение «пары»; допустимы: «roadmap», «pairs», "
            "«curator», «plans», «reward», «custom» — возможно, «pairs»?",
        ),
        (
            "pairs/2023-2024.yaml",
            "stage: знакомство, date: 2023-09-22",
            "stage: Знакомства, date: 2023-09-22",
            "поле «stage»: недопустимое значение «знакомства»; допустимы: «знакомство», "
            "«пробная», «планирование», «работа», «итоговая» — возможно, «знакомство»?",
        ),
        (
            "pairs/2023-2024.yaml",
            "stage: итоговая, date: 2024-05-20",
            "stage: итог, date: 2024-05-20",
            "поле «stage»: недопустимое значение «итог»; допустимы: «знакомство», "
            "«пробная», «планирование», «работа», «итоговая» — возможно, «итоговая»?",
        ),
        (
            "people.yaml",
            "    position: директор\n",
            "    position: директор\n    gender: g\n",
            "поле «gender»: недопустимое значение «g»; допустимы: «f», «m»",
        ),
    ],
)
def test_a_choice_suggests_the_close_value(
    base_repo: Path, file: str, old: str, new: str, message: str
) -> None:
    _replace(base_repo / file, old, new)
    assert [p.message for p in _problems(base_repo, "MK103")] == [message]


def test_a_roadmap_column_suggests_the_close_value(base_repo: Path) -> None:
    roadmap = base_repo / "roadmaps/2023-2024.yaml"
    text = roadmap.read_text(encoding="utf-8")
    roadmap.write_text("columns: [title, deadlin]\n" + text, encoding="utf-8")
    (found,) = _problems(base_repo, "MK103")
    assert found.message.endswith("— возможно, «deadline»?"), found.message
    assert found.location.line == 1


@pytest.mark.parametrize("role", ["наставница", "Наставляемая", "куратор ЦМН", "наставник"])
def test_a_role_in_either_gender_is_accepted(base_repo: Path, role: str) -> None:
    _replace(base_repo / "people.yaml", "role: куратор", f"role: {role}")
    assert _problems(base_repo, "MK106") == []
    # Positive control: the same check of a role with a slip reports it.
    _replace(base_repo / "people.yaml", f"role: {role}", "role: наставнк")
    assert len(_problems(base_repo, "MK106")) == 1


@pytest.mark.parametrize(
    ("role", "ending"),
    [
        ("наставнк", " — возможно, «наставник»?"),
        ("наставнитса", " — возможно, «наставник»?"),
        ("наставляемя", " — возможно, «наставляемый»?"),
        ("учитель", "; «учитель» похоже на должность — её пишут в поле «position»"),
        ("волонтёр", "; если роли нет, уберите поле «role»"),
    ],
)
def test_an_unknown_role_names_the_roles_and_the_close_one(
    base_repo: Path, role: str, ending: str
) -> None:
    _replace(base_repo / "people.yaml", "role: куратор", f"role: {role}")
    (found,) = _problems(base_repo, "MK106")
    assert str(found.location) == "people.yaml:7:11"
    assert found.severity == "warning"
    assert found.message == (
        f"Кураторова Е.П.: роль «{role}» — не роль в программе; роли: «куратор», «наставник», "
        "«наставляемый», «руководитель» (о женщине можно «наставница», «наставляемая»)" + ending
    )


def test_an_unknown_role_of_a_minor_names_initials_and_class(base_repo: Path) -> None:
    _replace(base_repo / "people.yaml", "    group: 7Б\n", "    group: 7Б\n    role: ученица\n")
    (found,) = _problems(base_repo, "MK106")
    assert found.message.startswith("У.Д. (7Б): роль «ученица»"), found.message
    assert "Ученикова" not in found.message


@pytest.mark.parametrize(
    ("args", "message", "hint"),
    [
        (
            ["render", "order", "orders/"],
            "orders — это папка, а нужен файл приказа",
            "укажите файл, например orders/10.yaml, orders/11.yaml — или все сразу: orders/*.yaml",
        ),
        (
            ["render", "order", "."],
            ". — это папка, а нужен файл приказа",
            "укажите файл, например orders/10.yaml, orders/11.yaml — или все сразу: orders/*.yaml",
        ),
        (
            ["render", "plan", "roadmaps"],
            "roadmaps — это папка, а нужен файл дорожной карты",
            "укажите файл: roadmaps/2023-2024.yaml",
        ),
        (
            ["render", "pair", "pairs/"],
            "pairs — это папка, а нужен файл пар",
            "укажите файл: pairs/2023-2024.yaml",
        ),
        (
            ["done", "1.1", "--roadmap", "roadmaps/"],
            "--roadmap: roadmaps — это папка, а нужен файл дорожной карты",
            "укажите файл: roadmaps/2023-2024.yaml",
        ),
        (
            ["meeting", "1", "итоговая", "--date", "2024-05-20", "--pairs", "pairs"],
            "--pairs: pairs — это папка, а нужен файл пар",
            "укажите файл: pairs/2023-2024.yaml",
        ),
        (
            ["calendar", "-o", "orders"],
            "-o orders — это папка, а нужен файл календаря .ics",
            "например: -o orders/наставничество.ics",
        ),
        (
            ["report", "-o", "orders/"],
            "-o orders — это папка, а нужен файл отчёта",
            "например: -o orders/отчёт.xlsx (или .docx, .md, .json)",
        ),
        (
            ["import", "orders"],
            "orders: это папка, а нужен файл .docx или .pdf",
            "в orders/ нет файлов .docx или .pdf: укажите путь к файлу",
        ),
    ],
    ids=lambda value: " ".join(value) if isinstance(value, list) else "",
)
def test_a_folder_given_for_a_file_says_so_and_what_to_give(
    base_repo: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
    hint: str,
) -> None:
    monkeypatch.chdir(base_repo)
    before = sorted(str(p) for p in base_repo.rglob("*"))
    code, _, err = run(capsys, *args)
    assert code in (1, 2)
    assert f"mentorkit: {message}\n" in err, err
    assert f"Что сделать: {hint}\n" in err, err
    assert "файла" not in err.split("\n")[0]
    assert sorted(str(p) for p in base_repo.rglob("*")) == before  # nothing written


def test_a_folder_of_documents_names_a_few_of_them(
    base_repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = base_repo / "документы"
    folder.mkdir()
    for name in ("а.docx", "б.pdf", "в.docx", "г.docx", "д.txt"):
        (folder / name).write_bytes(b"")
    monkeypatch.chdir(base_repo)
    _, _, err = run(capsys, "import", "документы")
    assert (
        "Что сделать: укажите файл, например документы/а.docx, документы/б.pdf, документы/в.docx "
        "и ещё 1 — или все сразу: документы/*.docx\n"
    ) in err, err


def test_a_young_man_not_covered_is_named_in_his_gender(base_repo: Path) -> None:
    people = base_repo / "people.yaml"
    people.write_text(
        people.read_text(encoding="utf-8")
        + "  - name: Молодов Олег Игоревич\n    experience: 2\n    consent: 2023-09-01\n",
        encoding="utf-8",
    )
    (found,) = _problems(base_repo, "MK501")
    assert found.message == (
        "Молодов О.И.: стаж 2 (меньше 5 лет), но наставляемым ни в одной паре не значится: "
        "закрепите наставника"
    )


def test_a_mentee_in_two_pairs_agrees_with_her_gender(base_repo: Path) -> None:
    pairs = base_repo / "pairs/2023-2024.yaml"
    pairs.write_text(
        pairs.read_text(encoding="utf-8")
        + '  - mentor: Кураторова Е.П.\n    mentees: [Новикова М.П.]\n    order: "11"\n',
        encoding="utf-8",
    )
    (found,) = _problems(base_repo, "MK302")
    assert found.message.startswith(
        "Новикова М.П. уже наставляемая в паре формы «Учитель – учитель» этого периода"
    ), found.message


def test_an_unknown_field_quotes_the_known_ones(base_repo: Path) -> None:
    _replace(
        base_repo / "pairs/2023-2024.yaml",
        "{stage: знакомство, date: 2023-09-22, done: true}",
        "{stage: знакомство, date: 2023-09-22, done: true, place: кабинет 12}",
    )
    (found,) = _problems(base_repo, "MK101")
    assert found.message == (
        "неизвестное поле «place»; известные поля: «date», «done», «stage», «topic»"
    )


def test_a_mistyped_stage_of_a_meeting_suggests_the_stage(
    base_repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        capsys, "meeting", "1", "знакомства", "--date", "2023-09-22", "--repo", str(base_repo)
    )
    assert code == 1
    assert err == (
        "mentorkit: этапа «знакомства» нет; этапы по порядку: «знакомство», «пробная», "
        "«планирование», «работа», «итоговая» — возможно, «знакомство»?\n"
        "Что сделать: например: mentorkit meeting Петрова знакомство --date ГГГГ-ММ-ДД\n"
    )


@pytest.mark.parametrize(
    ("kept", "hint"),
    [
        (2, "укажите номер от 1 до 2 или фамилию наставника/наставляемого"),
        (1, "укажите 1 или фамилию наставника/наставляемого"),
    ],
)
def test_a_pair_number_out_of_range_names_the_numbers_there_are(
    base_repo: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    kept: int,
    hint: str,
) -> None:
    pairs = base_repo / "pairs/2023-2024.yaml"
    if kept == 1:
        text = pairs.read_text(encoding="utf-8")
        pairs.write_text(text[: text.index("  - mentor: Опытова А.А.\n    mentees: [Ученикова")])
    monkeypatch.chdir(base_repo)
    code, _, err = run(capsys, "render", "pair", "pairs/2023-2024.yaml", "5")
    assert code == 2
    assert f"Что сделать: {hint}\n" in err, err


def test_people_says_adult_or_minor_in_the_persons_gender(
    base_repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    said = {}
    for ref in ("Директоров И.И.", "Опытова А.А.", "Ученикова Д.С."):
        code, out, _ = run(capsys, "people", ref, "--repo", str(base_repo))
        assert code == 0
        said[ref] = out.splitlines()[0].split(";")[0]
    assert said == {
        "Директоров И.И.": "Директоров И.И. (взрослый",
        "Опытова А.А.": "Опытова А.А. (взрослая",
        "Ученикова Д.С.": "У.Д. (7Б) (несовершеннолетняя",
    }


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            ["status", "--by", "mnth"],
            "неверное значение --by: «mnth»; допустимы: «section», «responsible», «month» — "
            "возможно, «month»?",
        ),
        (
            ["check", "--format", "txt"],
            "неверное значение --format: «txt»; допустимы: «text», «json», «github», «junit», "
            "«sarif» — возможно, «text»?",
        ),
        (
            ["schema", "rodmap"],
            "неверное значение ВИД: «rodmap»; допустимы: «config», «people», «roadmap», "
            "«pairs», «order» — возможно, «roadmap»?",
        ),
        (
            ["completion", "tcsh"],
            "неверное значение ОБОЛОЧКА: «tcsh»; допустимы: «bash», «zsh», «fish», "
            "«powershell», «pwsh»",
        ),
        (
            ["templates", "copy", "ordr"],
            "шаблона «ordr» нет; есть: «order», «plan», «pair» — возможно, «order»?",
        ),
    ],
    ids=lambda v: " ".join(v) if isinstance(v, list) else "",
)
def test_an_option_value_suggests_the_close_choice(
    base_repo: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    said: str,
) -> None:
    monkeypatch.chdir(base_repo)
    code, _, err = run(capsys, *args)
    assert code == 2
    assert err.splitlines()[0] == f"mentorkit: {said}", err


@pytest.mark.parametrize(
    ("args", "hint"),
    [
        (["render", "order", "orders/11.yml"], "возможно, orders/11.yaml?"),
        (["render", "plan", "roadmap/2023-2024.yaml"], "возможно, roadmaps/2023-2024.yaml?"),
        (
            ["render", "order", "orders/146.yaml"],
            "проверьте путь; в orders/ есть: 10.yaml, 11.yaml",
        ),
        (["check", "nowhere/x.yaml"], "проверьте путь; в ./ есть: mentorkit.yaml, orders, pairs"),
    ],
    ids=lambda v: " ".join(v) if isinstance(v, list) else "",
)
def test_a_path_that_is_not_there_gets_the_close_name(
    base_repo: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    hint: str,
) -> None:
    monkeypatch.chdir(base_repo)
    code, _, err = run(capsys, *args)
    assert code == 2
    assert err.startswith(f"mentorkit: путь {base_repo / args[-1]} не существует\n"), err
    assert f"Что сделать: {hint}" in err, err
