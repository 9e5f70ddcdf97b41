"""Report forms (reports/NAME.yaml) are free text too: `check`, `mentorkit people`, the search for
minors kept in git and `report --form` read their titles and headers with the one matcher; and a
name written with initials only («Козлова В.А.») keeps both initials everywhere."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from mentorkit.check import check
from mentorkit.model.people import Person
from mentorkit.names import declined_short_name, full_name, message_name, signature_name
from tests.conftest import EXAMPLES, run
from tests.test_personal import TODAY, _edit

FORM = "reports/krai-monitoring.yaml"


@pytest.fixture
def school(tmp_path: Path) -> Path:
    target = tmp_path / "school"
    shutil.copytree(EXAMPLES / "school12-2023-2024", target)
    return target


def _name_in_form(school: Path, text: str) -> None:
    _edit(
        school / FORM,
        "{header: Отчётный период, value: period}",
        f"{{header: «Отчётный период ({text})», value: period}}",
    )


def _line(school: Path, needle: str) -> int:
    lines = (school / FORM).read_text(encoding="utf-8").splitlines()
    return next(i + 1 for i, line in enumerate(lines) if needle in line)


@pytest.mark.parametrize("written", ["сверила Орлова Д.М.", "ОРЛОВОЙ ДАРЬЕЙ", "с Дарьей Орловой"])
def test_a_minor_in_a_report_form_is_reported_and_stops_the_report(
    school: Path, written: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _name_in_form(school, written)
    line = _line(school, "Отчётный период")
    found = [p for p in check([school], TODAY).problems if p.code == "MK414"]
    assert [(p.location.path, p.location.line) for p in found] == [(FORM, line)]
    assert "О.Д. (9А)" in found[0].message and "Орлов" not in found[0].message
    code, out, err = run(
        capsys, "report", str(school), "--form", "krai-monitoring", "--today", "2024-01-20"
    )
    assert code == 2
    assert f"{FORM}:{line}:" in err and "О.Д. (9А)" in err
    assert "Орлов" not in out + err and "Дарь" not in out + err


def test_a_person_without_consent_in_a_report_form_is_reported(school: Path) -> None:
    _edit(school / "people.yaml", "    consent: 2023-08-28\n", "")  # Хотенчан
    _name_in_form(school, "ответственный — педагог-психолог Хотенчан О.В.")
    found = [p for p in check([school], TODAY).problems if p.code == "MK414"]
    assert [p.location.line for p in found] == [_line(school, "Отчётный период")]
    assert "нет согласия" in found[0].message


def test_an_adult_with_consent_may_be_named_in_a_form(school: Path) -> None:
    _name_in_form(school, "ответственный — Ставницкая Е.Е.")
    assert not [p for p in check([school], TODAY).problems if p.code == "MK414"]


def test_people_and_withdrawal_see_the_report_forms(
    school: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _name_in_form(school, "ответственный — Гончаров Д.О.")
    _edit(
        school / "people.yaml",
        "    experience: 3\n    consent: 2023-09-05\n",
        "    experience: 3\n    consent: {date: 2023-09-05, withdrawn: 2024-01-10}\n",
    )
    line = _line(school, "Отчётный период")
    withdrawn = [p for p in check([school], TODAY).problems if p.code == "MK405"]
    assert (FORM, line) in {(p.location.path, p.location.line) for p in withdrawn}
    code, out, _ = run(capsys, "people", "Гончаров Д.О.", "--repo", str(school), "--format", "json")
    assert code == 0
    places = json.loads(out)["places"]
    form = [p for p in places if p["path"] == FORM]
    assert form and form[0]["line"] == line
    assert form[0]["documents"] == ["отчёт по форме (report --form krai-monitoring)"]


def test_git_keeping_a_minor_in_a_report_form_is_warned(school: Path) -> None:
    import subprocess

    _name_in_form(school, "Орлова Д.М.")
    for args in (["init", "-q"], ["add", "."]):
        subprocess.run(["git", *args], cwd=school, check=True, capture_output=True)
    warned = [p for p in check([school], TODAY).problems if p.code == "MK410"]
    assert FORM in {p.location.path for p in warned}


def test_initials_written_together_keep_both() -> None:
    person = Person(name="Козлова В.А.", gender="f")
    assert declined_short_name(person) == "Козлова В.А." == message_name(person)
    assert signature_name(person) == "В.А.\u00a0Козлова"
    assert declined_short_name(person, "dative") == "Козловой В.А."
    assert full_name(person, "dative") == "Козловой В.А."
    assert declined_short_name(Person(name="Козлова Вера Андреевна")) == "Козлова В.А."


def test_a_refusal_names_initials_only_people_with_both_initials(tmp_path: Path) -> None:
    from mentorkit.errors import RenderRefused
    from mentorkit.render import render

    root = tmp_path / "iv"
    shutil.copytree(EXAMPLES / "ivanteevka-2021-2022", root)
    people = root / "people.yaml"
    text = people.read_text(encoding="utf-8")
    start = text.index("  - name: Козлова Вера Анатольевна")
    end = text.index("  - name:", start + 5)
    people.write_text(
        text[:start]
        + "  - name: Козлова В.А.\n    position: начальник управления образованием\n"
        + text[end:],
        encoding="utf-8",
    )
    with pytest.raises(RenderRefused) as refused:
        render("order", sorted((root / "orders").glob("*.yaml")), output=tmp_path / "out")
    assert "Козлова В.А. — нет согласия" in refused.value.message
    assert "В. Козлова" not in refused.value.message and "Козлова В. " not in refused.value.message


def test_a_reference_that_fits_two_minors_prints_neither_name(
    school: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    people = school / "people.yaml"
    people.write_text(
        people.read_text(encoding="utf-8")
        + "  - name: Ястребов Тимофей Глебович\n    group: 8В\n"
        + "    consent: {date: 2023-09-11, by: Гусева Г.П. (мать)}\n"
        + "  - name: Ястребов Тихон Георгиевич\n    group: 6А\n"
        + "    consent: {date: 2023-09-11, by: Гусева Г.П. (мать)}\n",
        encoding="utf-8",
    )
    _edit(school / "pairs/2023-2024.yaml", "[Соколов И.С.]", "[Ястребов Т.Г.]")
    texts = []
    for args in (
        ["check", str(school), "--today", "2024-01-20"],
        ["check", str(school), "--today", "2024-01-20", "--format", "json"],
        ["status", str(school), "--today", "2024-01-20"],
        ["status", str(school), "--today", "2024-01-20", "--format", "json"],
        ["calendar", str(school)],
        ["render", "order", str(school / "orders/2023-150-pairs.yaml"), "-o", str(school / "o")],
        ["render", "pair", str(school / "pairs/2023-2024.yaml"), "-o", str(school / "o")],
    ):
        _, out, err = run(capsys, *args)
        texts.append(out + err)
    joined = "\n".join(texts)
    assert "MK202" in joined  # the ambiguous reference is reported…
    assert "Ястребов" not in joined and "Тимоф" not in joined and "Тихон" not in joined
    assert "Я.Т. (8В)" in joined and "Я.Т. (6А)" in joined  # …naming both by initials and class


def test_a_district_form_is_read_against_the_people_of_every_organisation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A district's form (район/reports/NAME.yaml) goes into the row of every organisation: a
    minor of any of them named there stops the roll-up, as it stops a school's own report."""
    district = tmp_path / "район"
    for name in ("school12-2023-2024", "ivanteevka-2021-2022"):
        shutil.copytree(EXAMPLES / name, district / name)
    # the school of the minor does not read whole: its row is «не загружена», the form's is not
    broken = district / "school12-2023-2024" / "roadmaps" / "broken.yaml"
    broken.write_text("title: [не закрыта\n", encoding="utf-8")
    (district / "reports").mkdir()
    shutil.copy(district / "school12-2023-2024" / FORM, district / FORM)
    args = ["report", str(district), "--form", "krai-monitoring", "--today", "2024-01-20"]
    code, out, err = run(capsys, *args, "--year", "2023-2024")
    assert code in (0, 1) and "называет человека" not in err
    _name_in_form(district, "сверила Орлова Д.М.")
    line = _line(district, "Отчётный период")
    code, out, err = run(capsys, *args, "--year", "2023-2024")
    assert code == 2
    assert f"{FORM}:{line}:" in err and "О.Д. (9А)" in err
    assert "Орлов" not in out + err and "Дарь" not in out + err
    _edit(district / FORM, "сверила Орлова Д.М.", "сверила Ставницкая Е.Е.")
    code, out, err = run(capsys, *args, "--year", "2023-2024")
    assert code in (0, 1) and "называет человека" not in err
