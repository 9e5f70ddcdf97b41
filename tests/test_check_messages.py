"""The exact words and boundaries of the order and coverage checks: written after mutation
testing (README, «Мутационное тестирование») found that changing them broke no test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from mentorkit.check import check
from mentorkit.problems import Problem


def _problems(root: Path, today: date, code: str) -> list[Problem]:
    return [p for p in check([root], today).problems if p.code == code]


def _code(name: str) -> str:
    from mentorkit import problems

    return str(getattr(problems, name).code)


def test_an_order_number_twice_in_one_year(base_repo: Path) -> None:
    order = (base_repo / "orders/11.yaml").read_text(encoding="utf-8")
    # The same number in other letter case and with spaces is the same number.
    (base_repo / "orders/11-again.yaml").write_text(
        order.replace('number: "11"', 'number: " 11 "'), encoding="utf-8"
    )
    (base_repo / "orders/11-next-year.yaml").write_text(
        order.replace("date: 2023-09-20", "date: 2024-01-10"), encoding="utf-8"
    )
    (found,) = _problems(base_repo, date(2024, 1, 20), _code("ORDER_NUMBER_TWICE"))
    assert found.location.path == "orders/11.yaml"  # files are read in order of their names
    assert found.message == (
        "приказ № 11 за 2023 год уже есть (orders/11-again.yaml): у приказов одного года "
        "номера не повторяются"
    )


def test_letters_in_order_numbers_ignore_case(base_repo: Path) -> None:
    order = (base_repo / "orders/11.yaml").read_text(encoding="utf-8")
    for name, number in (("a", "11-ОД"), ("b", "11-од")):
        (base_repo / f"orders/{name}.yaml").write_text(
            order.replace('number: "11"', f'number: "{number}"'), encoding="utf-8"
        )
    (found,) = _problems(base_repo, date(2024, 1, 20), _code("ORDER_NUMBER_TWICE"))
    assert found.message.startswith("приказ № 11-од за 2023 год уже есть (orders/a.yaml)")


def test_an_order_dated_after_today(base_repo: Path) -> None:
    code = _code("ORDER_IN_FUTURE")
    assert _problems(base_repo, date(2023, 9, 20), code) == []  # dated today: fine
    (found,) = _problems(base_repo, date(2023, 9, 19), code)
    assert found.message == (
        "приказ № 11 датирован 20.09.2023, это позже сегодняшнего дня (19.09.2023) — проверьте "
        "дату или проверяйте с --today"
    )


def _people(root: Path, experience: str) -> None:
    people = root / "people.yaml"
    people.write_text(
        people.read_text(encoding="utf-8")
        + "  - name: Молодова Ольга Игоревна\n"
        + "    position: учитель истории\n"
        + f"    experience: {experience}\n"
        + "    consent: 2023-09-01\n",
        encoding="utf-8",
    )


def test_a_young_specialist_without_a_mentor(base_repo: Path) -> None:
    _people(base_repo, "1.5")
    (found,) = _problems(base_repo, date(2024, 1, 20), _code("YOUNG_NOT_COVERED"))
    assert found.message == (
        "Молодова О.И.: стаж 1,5 (меньше 5 лет), но наставляемой ни в одной паре не значится: "
        "закрепите наставника"
    )


def test_five_years_is_no_longer_young(base_repo: Path) -> None:
    _people(base_repo, "5")
    assert _problems(base_repo, date(2024, 1, 20), _code("YOUNG_NOT_COVERED")) == []
    # Positive control: the same person a little short of five years is reported.
    people = base_repo / "people.yaml"
    people.write_text(
        people.read_text(encoding="utf-8").replace("experience: 5\n", "experience: 4.9\n"),
        encoding="utf-8",
    )
    assert len(_problems(base_repo, date(2024, 1, 20), _code("YOUNG_NOT_COVERED"))) == 1


def _add_people(root: Path, text: str) -> None:
    people = root / "people.yaml"
    people.write_text(people.read_text(encoding="utf-8") + text, encoding="utf-8")


def test_a_reference_that_fits_two_people(base_repo: Path) -> None:
    _add_people(
        base_repo,
        "  - name: Опытова Алла Алексеевна\n    position: учитель физики\n"
        "    consent: 2023-09-01\n",
    )
    found = _problems(base_repo, date(2024, 1, 20), _code("AMBIGUOUS_PERSON"))
    assert found[0].message == (
        "наставник «Опытова А.А.» подходит нескольким людям (Опытова Анна Андреевна, "
        "Опытова Алла Алексеевна): добавьте им «id:» в people.yaml и ссылайтесь по id"
    )


def test_a_minor_without_a_representative_in_either_gender(base_repo: Path) -> None:
    people = base_repo / "people.yaml"
    people.write_text(
        people.read_text(encoding="utf-8")
        .replace(
            "    consent:\n      date: 2023-09-05\n      by: Ученикова А.П. (мать)",
            "    consent: 2023-09-05",
        )
        # Someone without consent first: the check goes on past them.
        .replace("people:\n", "people:\n  - name: Бессогласная Вера Ивановна\n", 1)
        + "  - name: Учеников Пётр Сергеевич\n    group: 7Б\n    minor: true\n"
        "    consent: 2023-09-05\n",
        encoding="utf-8",
    )
    found = _problems(base_repo, date(2024, 1, 20), _code("MINOR_NO_REPRESENTATIVE"))
    assert [problem.message for problem in found] == [
        "У.Д. (7Б) — несовершеннолетняя: укажите, кто подписал согласие "
        "(consent: {date: …, by: Фамилия И.О. (мать)})",
        "У.П. (7Б) — несовершеннолетний: укажите, кто подписал согласие "
        "(consent: {date: …, by: Фамилия И.О. (мать)})",
    ]


def test_a_consent_dated_after_today(base_repo: Path) -> None:
    code = _code("CONSENT_IN_FUTURE")
    assert _problems(base_repo, date(2023, 9, 5), code) == []  # signed today: fine
    (found,) = _problems(base_repo, date(2023, 9, 4), code)
    assert found.message == (
        "У.Д. (7Б) — согласие датировано 05.09.2023, это позже сегодняшнего дня "
        "(04.09.2023) — проверьте дату"
    )


def test_unknown_signer_executor_curator_and_rewarded_are_each_named(base_repo: Path) -> None:
    (base_repo / "orders/12.yaml").write_text(
        "type: reward\n"
        'number: "12"\n'
        "date: 2023-12-01\n"
        "signed_by: Подписнов П.П.\n"
        "executor: Исполнова И.И.\n"
        "curator: Кураторов К.К.\n"
        "people: [Награднов Н.Н.]\n",
        encoding="utf-8",
    )
    found = [
        (problem.location.line, problem.message.split(":")[0])
        for problem in _problems(base_repo, date(2024, 1, 20), _code("UNKNOWN_PERSON"))
        if problem.location.path == "orders/12.yaml"
    ]
    assert found == [
        (4, "подписант «Подписнов П.П.» не найден в people.yaml"),
        (5, "исполнитель «Исполнова И.И.» не найден в people.yaml"),
        (6, "куратор «Кураторов К.К.» не найден в people.yaml"),
        (7, "поощряемый «Награднов Н.Н.» не найден в people.yaml"),
    ]


def test_the_final_meeting_message_declines_the_mentor_and_tells_no_meetings_apart(
    tmp_path: Path,
) -> None:
    from tests.conftest import DATA, overlay

    repo = overlay(DATA / "invalid" / "no-final-meeting", tmp_path / "repo")
    pairs = repo / "pairs" / "2023-2024.yaml"
    pairs.write_text(
        pairs.read_text(encoding="utf-8")
        + '  - mentor: Директоров И.И.\n    mentees: [Новикова М.П.]\n    order: "11"\n',
        encoding="utf-8",
    )
    messages = sorted(
        p.message for p in check([repo], date(2024, 1, 20)).problems if p.code == "MK306"
    )
    assert messages == [
        "у пары наставника Директорова И.И. нет ни одной встречи: внесите в meetings план "
        "встреч, от знакомства до итоговой",
        "у пары наставника Опытовой А.А. нет итоговой встречи: добавьте "
        "{stage: итоговая, date: …} в meetings",
    ]
