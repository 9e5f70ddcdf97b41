"""Personal data: consent fails closed, one consent rule for check and render, withdrawal, the
consent to mentoring of ст. 351.8 ТК РФ, minors, `mentorkit people`, people outside git."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from mentorkit.check import check
from mentorkit.errors import RenderRefused, UsageError
from mentorkit.render import render
from tests.conftest import EXAMPLES, run

SCHOOL = EXAMPLES / "school12-2023-2024"
TODAY = date(2024, 1, 20)


@pytest.fixture
def school(tmp_path: Path) -> Path:
    target = tmp_path / "school"
    shutil.copytree(SCHOOL, target)
    return target


def _codes(root: Path, today: date = TODAY) -> list[str]:
    return [f"{p.code} {p.location}" for p in check([root], today).problems]


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# --- consent fails closed ----------------------------------------------------------------------

BROKEN_PEOPLE = {
    "missing": None,
    "broken": "people:\n  - name: [Ставницкая\n",
    "not a list": "people: Ставницкая Елена Евгеньевна\n",
    "alias bomb": "a: &a [x, x, x, x, x, x, x, x, x]\n"
    + "".join(
        f"{c}: &{c} [{', '.join(['*' + p] * 9)}]\n"
        for p, c in zip("abcdefg", "bcdefgh", strict=True)
    )
    + "people: *h\n",
}


@pytest.mark.parametrize("state", list(BROKEN_PEOPLE))
def test_no_document_naming_anyone_without_a_readable_people_file(school: Path, state: str) -> None:
    people = school / "people.yaml"
    content = BROKEN_PEOPLE[state]
    if content is None:
        people.unlink()
    else:
        people.write_text(content, encoding="utf-8")
    for kind, path in (
        ("plan", "roadmaps/2023-2024.yaml"),
        ("order", "orders/2023-150-pairs.yaml"),
        ("order", "orders/2023-145-roadmap.yaml"),
        ("pair", "pairs/2023-2024.yaml"),
    ):
        with pytest.raises(RenderRefused) as refused:
            render(kind, [school / path])  # type: ignore[arg-type]
        assert ") не прочитан" in refused.value.message, (state, kind)
    assert not (school / "documents").exists()
    assert any(code.split()[0] in {"MK011", "MK001", "MK007", "MK103"} for code in _codes(school))


def test_an_unreadable_people_file_refuses_too(school: Path) -> None:
    """A people.yaml that cannot be read (here a folder of that name: permissions do not stop
    root, who runs these tests in CI containers)."""
    people = school / "people.yaml"
    people.unlink()
    people.mkdir()
    assert any(code.startswith("MK009 people.yaml") for code in _codes(school))
    with pytest.raises(RenderRefused, match="не прочитан"):
        render("plan", [school / "roadmaps/2023-2024.yaml"])


def test_a_roadmap_naming_nobody_renders_without_people(school: Path) -> None:
    (school / "people.yaml").unlink()
    roadmap = school / "roadmaps/2023-2024.yaml"
    roadmap.write_text(
        "title: План\nperiod: 2023-2024\nitems:\n"
        "  - {title: Формирование базы наставников, responsible: Руководители ОО}\n",
        encoding="utf-8",
    )
    assert render("plan", [roadmap]).written
    roadmap.write_text(
        "title: План\nperiod: 2023-2024\nitems:\n"
        "  - {title: Формирование базы наставников, responsible: Куратор Ставницкая Е.Е.}\n",
        encoding="utf-8",
    )
    with pytest.raises(RenderRefused, match="не прочитан"):
        render("plan", [roadmap])


@pytest.mark.parametrize(
    ("old", "new", "code"),
    [
        # A consent dated in the future.
        ("consent: 2023-09-04\n", "consent: 2030-09-04\n", "MK404"),
        # A minor's consent without the representative who signed it.
        ("      by: Соколова А.П. (мать)\n", "", "MK403"),
        # A consent withdrawn before it was given.
        ("consent: 2023-09-04\n", "consent: {date: 2023-09-04, withdrawn: 2023-01-01}\n", "MK407"),
    ],
)
def test_every_consent_error_of_check_blocks_render(
    school: Path, old: str, new: str, code: str
) -> None:
    _edit(school / "people.yaml", old, new)
    assert any(c.startswith(code) for c in _codes(school))
    with pytest.raises(RenderRefused) as refused:
        render("order", [school / "orders/2023-150-pairs.yaml"], today=TODAY)
    message = refused.value.message
    assert "Соколов Илья" not in message and "Соколов И.С." not in message


def test_a_pupil_is_a_minor_unless_it_says_otherwise(school: Path) -> None:
    people = school / "people.yaml"
    _edit(
        people,
        "    minor: true\n    consent:\n      date: 2023-09-11\n",
        "    consent:\n      date: 2023-09-11\n",
    )
    _edit(people, "      by: Соколова А.П. (мать)\n", "")
    problems = check([school], TODAY).problems
    (problem,) = [p for p in problems if p.code == "MK403"]
    assert problem.message.startswith("С.И. (7Б) — несовершеннолетний")
    assert "minor: false" in problem.message
    with pytest.raises(RenderRefused):
        render("order", [school / "orders/2023-150-pairs.yaml"], public=True, today=TODAY)
    _edit(
        people,
        "  - name: Соколов Илья Сергеевич\n    group: 7Б\n",
        "  - name: Соколов Илья Сергеевич\n    group: 7Б\n    minor: false\n",
    )
    assert not [p for p in check([school], TODAY).problems if p.code == "MK403"]


def test_a_minor_neither_heads_nor_signs(school: Path) -> None:
    _edit(school / "mentorkit.yaml", "head: Кондрахин А.В.", "head: Соколов И.С.")
    assert "MK408 mentorkit.yaml:8:9" in _codes(school)
    with pytest.raises(RenderRefused) as refused:
        render("order", [school / "orders/2023-158-diagnostics.yaml"])
    assert "С.И. (7Б) — несовершеннолетний: не может подписывать приказ" in (refused.value.message)


# --- withdrawal ---------------------------------------------------------------------------------


def test_withdrawn_consent_is_listed_everywhere_and_stops_new_documents(school: Path) -> None:
    _edit(
        school / "people.yaml",
        "consent: 2023-08-28\n",
        "consent: {date: 2023-08-28, withdrawn: 2023-10-01}\n",
    )
    problems = check([school], TODAY).problems
    withdrawn = sorted(str(p.location) for p in problems if p.code == "MK405")
    # Хотенчан О.В. is named in three items of the roadmap and in a point of order 158.
    assert [w.split(":")[0] for w in withdrawn] == [
        "orders/2023-158-diagnostics.yaml",
        "roadmaps/2023-2024.yaml",
        "roadmaps/2023-2024.yaml",
        "roadmaps/2023-2024.yaml",
    ]
    assert all("отозвала согласие 01.10.2023" in p.message for p in problems if p.code == "MK405")
    # Order 158 is dated 02.10.2023, after the withdrawal; order 145 (approving the roadmap)
    # is dated before it.
    in_orders = [str(p.location).split(":")[0] for p in problems if p.code == "MK406"]
    assert in_orders == ["orders/2023-158-diagnostics.yaml"]
    with pytest.raises(RenderRefused) as refused:
        render("order", [school / "orders/2023-158-diagnostics.yaml"], today=TODAY)
    assert "Хотенчан О.В. — согласие отозвано 01.10.2023" in refused.value.message
    assert render("order", [school / "orders/2023-145-roadmap.yaml"], today=TODAY).written
    with pytest.raises(RenderRefused, match="согласие отозвано"):
        render("order", [school / "orders/2023-145-roadmap.yaml"], public=True, today=TODAY)


# --- ст. 351.8 ТК РФ ----------------------------------------------------------------------------


def _move_to_2025(school: Path) -> Path:
    order = school / "orders/2023-150-pairs.yaml"
    text = order.read_text(encoding="utf-8")
    order.write_text(text.replace("date: 2023-09-25", "date: 2025-09-25"), encoding="utf-8")
    return order


def test_a_pairs_order_from_march_2025_needs_the_mentors_consent(school: Path) -> None:
    order = _move_to_2025(school)
    today = date(2025, 10, 1)
    problems = [p for p in check([school], today).problems if p.code == "MK409"]
    mentors = {p.message.split(":")[0] for p in problems}
    assert mentors == {"Петрова А.А.", "Белоусова Н.С.", "Сафронов В.Н."}
    assert all(p.location.path == "pairs/2023-2024.yaml" for p in problems)
    with pytest.raises(RenderRefused) as refused:
        render("order", [order], today=today)
    assert refused.value.message.count("ст. 351.8 ТК РФ") == len(problems)
    people = school / "people.yaml"
    for name in (
        "Петрова Анна Андреевна",
        "Белоусова Наталья Сергеевна",
        "Сафронов Виктор Николаевич",
    ):
        _edit(
            people, f"  - name: {name}\n", f"  - name: {name}\n    mentoring_consent: 2025-09-20\n"
        )
    assert not [p for p in check([school], today).problems if p.code == "MK409"]
    assert render("order", [order], today=today).written


def test_a_consent_to_mentoring_given_after_the_order_does_not_count(school: Path) -> None:
    order = _move_to_2025(school)
    _edit(
        school / "people.yaml",
        "  - name: Петрова Анна Андреевна\n",
        "  - name: Петрова Анна Андреевна\n    mentoring_consent: 2025-10-01\n",
    )
    problems = [p for p in check([school], date(2025, 10, 5)).problems if p.code == "MK409"]
    assert any("дано позже (01.10.2025)" in p.message for p in problems)
    with pytest.raises(
        RenderRefused, match=r"согласие на наставничество дано позже \(01\.10\.2025\)"
    ):
        render("order", [order], today=date(2025, 10, 5))


def test_orders_before_march_2025_need_no_consent_to_mentoring(school: Path) -> None:
    assert not [p for p in check([school], TODAY).problems if p.code == "MK409"]
    # Positive control: the same order dated after 01.03.2025 needs it.
    _move_to_2025(school)
    assert [p for p in check([school], date(2025, 10, 1)).problems if p.code == "MK409"]


# --- messages name a minor by initials and class -------------------------------------------------


def test_an_ambiguous_reference_lists_minors_by_initials_and_class(school: Path) -> None:
    _edit(
        school / "people.yaml",
        "  - name: Орлова Дарья Максимовна\n",
        "  - name: Соколов Игорь Семёнович\n    group: 7Б\n"
        "    consent: {date: 2023-09-11, by: Соколова А.П. (мать)}\n"
        "  - name: Орлова Дарья Максимовна\n",
    )
    problems = check([school], TODAY).problems
    (ambiguous,) = [p for p in problems if p.code == "MK202"]
    assert "С.И. (7Б), С.И. (7Б)" in ambiguous.message
    assert "Соколов" not in ambiguous.message.split("подходит")[1]


def test_a_typo_hint_names_a_minor_by_initials_only(school: Path) -> None:
    _edit(school / "pairs/2023-2024.yaml", "Соколов И.С.", "Соколоев И.С.")
    (problem,) = [p for p in check([school], TODAY).problems if p.code == "MK201"]
    assert "возможно, имелся в виду «С.И. (7Б)»?" in problem.message


def test_look_alike_letters_are_named(school: Path) -> None:
    _edit(school / "pairs/2023-2024.yaml", "Иванова М.П.", "Иванoва М.П.")
    (problem,) = [p for p in check([school], TODAY).problems if p.code == "MK201"]
    assert "латинские буквы «o» в «Иванoва»" in problem.message
    _edit(school / "pairs/2023-2024.yaml", "Иванoва М.П.", "Ива\u200bнова М.П.")
    (problem,) = [p for p in check([school], TODAY).problems if p.code == "MK201"]
    assert "невидимые символы" in problem.message


def test_a_minor_whose_name_cannot_be_declined_is_named_by_initials(school: Path) -> None:
    _edit(school / "people.yaml", "Соколов Илья Сергеевич", "Ким Саша")
    _edit(school / "pairs/2023-2024.yaml", "Соколов И.С.", "Ким С.")
    with pytest.raises(RenderRefused) as refused:
        render("order", [school / "orders/2023-150-pairs.yaml"])
    assert "К.С. (7Б): по имени не понять" in refused.value.message
    assert "Ким" not in refused.value.message


# --- mentorkit people ---------------------------------------------------------------------------


def test_people_command_lists_every_place_and_document(
    school: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "people", "Ольге Хотенчан", "--repo", str(school))
    assert code == 0
    lines = out.splitlines()
    assert (
        lines[0]
        == "Хотенчан О.В. (взрослая; согласие: дано 28.08.2023) — запись в people.yaml:14:11"
    )
    assert lines[1] == "В файлах репозитория: 4 упоминания."
    assert "  orders/2023-158-diagnostics.yaml:14:5: пункт 2 из points" in lines
    assert "      → приложение к приказу № 145 (render order orders/2023-145-roadmap.yaml)" in lines
    code, out, _ = run(capsys, "people", "Соколов И.С.", "--repo", str(school), "--format", "json")
    data = json.loads(out)
    assert data["person"] == {
        "name": "С.И. (7Б)",
        "minor": True,
        "consent": "дано 11.09.2023 представителем",
        "record": "people.yaml:50:11",
    }
    assert [p["path"] for p in data["places"]] == ["pairs/2023-2024.yaml"]
    assert (
        data["places"][0]["documents"][0]
        == "индивидуальные планы (render pair pairs/2023-2024.yaml)"
    )
    assert "Соколов" not in out
    code, _, err = run(capsys, "people", "Никтов Н.Н.", "--repo", str(school))
    assert code == 2 and "«Никтов Н.Н.» нет в people.yaml" in err
    code, _, err = run(capsys, "people", "Ивaнова М.П.", "--repo", str(school))
    assert code == 0 or "латинские" in err


def test_people_command_says_when_the_list_may_be_incomplete(school: Path) -> None:
    from mentorkit.whois import people_report

    (school / "orders/2023-158-diagnostics.yaml").write_text("type: [\n", encoding="utf-8")
    report = people_report(school, "Хотенчан О.В.", TODAY)
    assert not report.complete and report.unread == ("orders/2023-158-diagnostics.yaml",)
    (school / "people.yaml").write_text("people: [\n", encoding="utf-8")
    with pytest.raises(UsageError, match="не прочитан"):
        people_report(school, "Хотенчан О.В.", TODAY)


# --- people outside the repository --------------------------------------------------------------


def _split_minors(school: Path, outside: Path) -> None:
    """Move the two pupils of the example into a file outside the repository."""
    people = school / "people.yaml"
    text = people.read_text(encoding="utf-8")
    start = text.index("  # Наставляемые обучающиеся")
    people.write_text(text[:start], encoding="utf-8")
    outside.write_text("people:\n" + text[start:], encoding="utf-8")


def test_people_outside_the_repository_named_in_mentorkit_yaml(
    school: Path, tmp_path: Path
) -> None:
    before = _codes(school)
    outside = tmp_path / "private" / "minors.yaml"
    outside.parent.mkdir()
    _split_minors(school, outside)
    assert "MK201" in " ".join(_codes(school))
    config = school / "mentorkit.yaml"
    config.write_text(
        config.read_text(encoding="utf-8") + "people: ../private/minors.yaml\n", encoding="utf-8"
    )
    assert _codes(school) == before
    public = render("order", [school / "orders/2023-150-pairs.yaml"], public=True).written
    assert public
    _edit(outside, "      by: Соколова А.П. (мать)\n", "")
    (problem,) = [p for p in check([school], TODAY).problems if p.code == "MK403"]
    assert problem.location.path == str(outside.resolve())
    outside.unlink()
    problems = check([school], TODAY).problems
    assert [str(p.location) for p in problems if p.code == "MK411"] == ["mentorkit.yaml:14:9"]
    with pytest.raises(RenderRefused, match="не прочитан"):
        render("order", [school / "orders/2023-150-pairs.yaml"])


def test_people_outside_the_repository_named_by_the_variable(
    school: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = _codes(school)
    outside = tmp_path / "minors.yaml"
    _split_minors(school, outside)
    monkeypatch.setenv("MENTORKIT_PEOPLE", str(outside))
    assert _codes(school) == before
    code, out, _ = run(capsys, "people", "Орлова Д.М.", "--repo", str(school))
    assert code == 0 and f"запись в {outside.resolve()}:" in out
    monkeypatch.setenv("MENTORKIT_PEOPLE", str(tmp_path / "none.yaml"))
    assert "MK411 MENTORKIT_PEOPLE" in _codes(school)


def _git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True)


def test_check_warns_when_git_keeps_a_minors_name(school: Path, tmp_path: Path) -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    _git(school, "init", "-q")
    _git(school, "add", "people.yaml", "pairs")
    warnings = [p for p in check([school], TODAY).problems if p.code == "MK410"]
    assert sorted(str(p.location) for p in warnings) == [
        "pairs/2023-2024.yaml:36:15",
        "people.yaml:50:11",
        "people.yaml:56:11",
    ]
    assert all("MENTORKIT_PEOPLE" in p.message and "id" in p.message for p in warnings)
    assert "Соколов" not in " ".join(p.message for p in warnings)
    # The minors moved out and referred to by id: nothing to warn about.
    outside = tmp_path / "minors.yaml"
    _split_minors(school, outside)
    _edit(
        outside,
        "  - name: Соколов Илья Сергеевич\n",
        "  - id: ученик-7б-1\n    name: Соколов Илья Сергеевич\n",
    )
    _edit(
        outside,
        "  - name: Орлова Дарья Максимовна\n",
        "  - id: ученица-9а-1\n    name: Орлова Дарья Максимовна\n",
    )
    _edit(school / "pairs/2023-2024.yaml", "Соколов И.С.", "ученик-7б-1")
    _edit(school / "pairs/2023-2024.yaml", "Орлова Д.М.", "ученица-9а-1")
    config = school / "mentorkit.yaml"
    config.write_text(config.read_text(encoding="utf-8") + f"people: {outside}\n", "utf-8")
    problems = check([school], TODAY).problems
    assert not [p for p in problems if p.code == "MK410"]
    assert not [p for p in problems if p.severity == "error"]


# --- free text in the public copy and in check --------------------------------------------------


def _point(school: Path, text: str) -> Path:
    order = school / "orders/2023-158-diagnostics.yaml"
    _edit(order, "  - Контроль за", f"  - {text}\n  - Контроль за")
    return order


def test_a_full_name_of_nobody_is_shortened_in_the_public_copy(school: Path) -> None:
    from tests.test_render import everything

    order = _point(school, "Поблагодарить Сидорова Петра Ивановича за помощь.")
    (written,) = render("order", [order], public=True).written
    text = everything(written.docx)
    assert "Поблагодарить Сидорова П.И. за помощь." in text
    assert "Петра" not in text
    (own,) = render("order", [order], output=school / "own").written
    assert "Сидорова Петра Ивановича" in everything(own.docx)


def test_a_full_name_of_nobody_that_reads_as_a_pupil_is_refused(school: Path) -> None:
    order = _point(school, "Отметить ученика 8В класса Кузнецова Артёма Игоревича.")
    with pytest.raises(RenderRefused) as refused:
        render("order", [order], public=True)
    message = refused.value.message
    assert "похоже на имя обучающегося" in message
    assert "orders/2023-158-diagnostics.yaml:18:5" in message
    assert "Кузнецов" not in message


@pytest.mark.parametrize("written", ["ХОТЕНЧАН О.В.", "Ольге Хотенчан", "Хотенчан О. В"])
def test_check_finds_a_person_without_consent_however_written(school: Path, written: str) -> None:
    _edit(school / "people.yaml", "    consent: 2023-08-28\n", "")
    order = school / "orders/2023-158-diagnostics.yaml"
    _edit(order, "Педагогу-психологу Хотенчан О.В.", f"Поручить {written}")
    problems = [p for p in check([school], TODAY).problems if p.code == "MK401"]
    assert [str(p.location) for p in problems if p.location.path.startswith("orders/2023-158")] == [
        "orders/2023-158-diagnostics.yaml:14:5"
    ]
    with pytest.raises(RenderRefused, match=r"Хотенчан О\.В\. — нет согласия"):
        render("order", [order])


def test_the_matcher_does_not_take_an_ordinary_word_for_a_person(school: Path) -> None:
    _edit(
        school / "people.yaml",
        "  - name: Хотенчан Ольга Владимировна\n",
        "  - name: Мороз Роза Ивановна\n    position: учитель музыки\n"
        "  - name: Хотенчан Ольга Владимировна\n",
    )
    order = _point(school, "Провести акцию «Мороз и солнце»; Дед Мороз поздравит первоклассников.")
    assert not [p for p in check([school], TODAY).problems if p.code == "MK401"]
    assert render("order", [order], public=True).written
    _edit(order, "Дед Мороз поздравит", "Мороз Р.И. поздравит")
    with pytest.raises(RenderRefused, match=r"Мороз Р\.И\. — нет согласия"):
        render("order", [order])
