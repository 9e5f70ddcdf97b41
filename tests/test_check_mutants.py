"""The checks' exact words, boundaries and branches that mutation testing (README,
«Мутационное тестирование», tests/mutation-survivors.md) found no fast test held: each test
here fails with at least one mutant of `mentorkit.checks` that the other fast tests let pass.

They run in-process on the base repository (no command is started), so that the mutation run,
which runs only fast tests per mutant, reaches the roles and the document package too."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from mentorkit.check import check
from mentorkit.checks import run_checks
from mentorkit.checks.roles import role_of
from mentorkit.load.repository import load_repository
from mentorkit.problems import Problem

ROLES = (
    "роли: «куратор», «наставник», «наставляемый», «руководитель» (о женщине можно "
    "«наставница», «наставляемая»)"
)


def _problems(root: Path, today: date, code: str) -> list[Problem]:
    return [p for p in check([root], today).problems if p.code == code]


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new), encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# Roles (MK106)


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("куратор", "куратор"),
        ("Наставница", "наставник"),
        ("наставляемая", "наставляемый"),
        ("Руководительница", "руководитель"),
        ("куратор ЦМН", "куратор"),
        ("куратор,ЦМН", "куратор"),
        ("куратор;ЦМН", "куратор"),
        ("наставник(ЦМН)", "наставник"),
        ("наставник-методист", "наставник"),
        ("наставник–методист", "наставник"),
        ("наставник—методист", "наставник"),
        ("  куратор", "куратор"),
        ("учитель", None),
        ("", None),
        ("ЦМН куратор", None),
    ],
)
def test_a_role_is_read_from_its_first_word(written: str, role: str | None) -> None:
    assert role_of(written) == role


def _role(root: Path, role: str) -> list[Problem]:
    _append(
        root / "people.yaml",
        f'  - name: Ролева Ирина Олеговна\n    role: "{role}"\n    consent: 2023-09-01\n',
    )
    return _problems(root, date(2024, 1, 20), "MK106")


def test_a_role_with_a_typo_names_the_close_role(base_repo: Path) -> None:
    lines = len((base_repo / "people.yaml").read_text(encoding="utf-8").splitlines())
    (found,) = _role(base_repo, "наставнег")
    assert found.location.path == "people.yaml"
    assert found.location.line == lines + 2  # the line of `role:`, not of the person
    assert found.message == (
        f"Ролева И.О.: роль «наставнег» — не роль в программе; {ROLES} — возможно, «наставник»?"
    )


def test_a_typo_in_a_womans_role_names_the_role_itself(base_repo: Path) -> None:
    (found,) = _role(base_repo, "Руководительнца")
    assert found.message.endswith("— возможно, «руководитель»?")


def test_a_position_in_role_is_sent_to_position(base_repo: Path) -> None:
    # «учитель» is close to «руководитель» in letters: the position is said first
    (found,) = _role(base_repo, "Учитель математики")
    assert found.message == (
        f"Ролева И.О.: роль «Учитель математики» — не роль в программе; {ROLES}; «Учитель "
        "математики» похоже на должность — её пишут в поле «position»"
    )


def test_a_role_like_none_is_told_to_go(base_repo: Path) -> None:
    (found,) = _role(base_repo, "завхоз")
    assert found.message == (
        f"Ролева И.О.: роль «завхоз» — не роль в программе; {ROLES}; если роли нет, уберите "
        "поле «role»"
    )


def test_known_roles_are_not_reported(base_repo: Path) -> None:
    assert _role(base_repo, "наставница ЦМН") == []


# ---------------------------------------------------------------------------------------------
# Quiet pairs (MK802)


def _stale(root: Path, days: int, calendar: str = "") -> None:
    _append(root / "mentorkit.yaml", f"  stale_days: {days}\n{calendar}")


def test_a_quiet_pair_from_its_threshold_on(base_repo: Path) -> None:
    # the second pair's last meeting held is on 29.09.2023; the first pair's on 06.10.2023
    _stale(base_repo, 27)
    assert _problems(base_repo, date(2023, 10, 25), "MK802") == []  # 26 days
    (found,) = _problems(base_repo, date(2023, 10, 26), "MK802")  # 27 days; the first pair 20
    assert found.location.path == "pairs/2023-2024.yaml"
    assert found.location.line == 11  # the second pair
    assert found.message == (
        "пара наставника Опытовой А.А.: проведённых встреч нет с 29.09.2023 (27 дн., порог — "
        "27): проведите встречу и отметьте её done: true или добавьте встречу в план"
    )


def test_only_meetings_held_by_today_count(base_repo: Path) -> None:
    pairs = base_repo / "pairs/2023-2024.yaml"
    # a meeting marked held but dated after today, and one not held: neither is the last held
    _replace(
        pairs,
        "{stage: итоговая, date: 2024-05-21}",
        "{stage: итоговая, date: 2024-05-21, done: true}",
    )
    _replace(
        pairs,
        "{stage: итоговая, date: 2024-05-20}",
        "{stage: итоговая, date: 2024-05-20, done: false}",
    )
    _stale(base_repo, 27)
    (found,) = _problems(base_repo, date(2023, 10, 26), "MK802")
    assert "нет с 29.09.2023 (27 дн." in found.message


def test_a_pair_whose_final_meeting_is_held_is_not_quiet(base_repo: Path) -> None:
    pairs = base_repo / "pairs/2023-2024.yaml"
    _replace(
        pairs,
        "{stage: итоговая, date: 2024-05-21}",
        "{stage: итоговая, date: 2023-10-01, done: true}",
    )
    # 24 days after that final meeting, over the threshold of 20; the first pair is 19 days quiet
    _stale(base_repo, 20)
    assert _problems(base_repo, date(2023, 10, 25), "MK802") == []


def test_a_pair_with_no_meeting_held_is_quiet_since_its_period_began(base_repo: Path) -> None:
    pairs = base_repo / "pairs/2023-2024.yaml"
    _replace(
        pairs,
        "{stage: знакомство, date: 2023-09-29, done: true}",
        "{stage: знакомство, date: 2023-09-29}",
    )
    _stale(base_repo, 55)
    assert _problems(base_repo, date(2023, 10, 25), "MK802") == []  # 54 days since 01.09
    (found,) = _problems(base_repo, date(2023, 10, 26), "MK802")
    assert found.message.startswith(
        "пара наставника Опытовой А.А.: проведённых встреч нет с начала периода пары (55 дн., "
        "порог — 55)"
    )


def test_no_pair_is_quiet_outside_its_period(base_repo: Path) -> None:
    _stale(base_repo, 1)
    assert len(_problems(base_repo, date(2024, 8, 31), "MK802")) == 2  # the period's last day
    assert _problems(base_repo, date(2024, 9, 1), "MK802") == []


def test_holidays_are_not_quiet_days(base_repo: Path) -> None:
    calendar = (
        "calendar:\n"
        "  2023-2024:\n"
        "    holidays:\n"
        "      - {name: осенние каникулы, start: 2023-10-02, end: 2023-10-04}\n"
        "      - {name: ещё каникулы, start: 2023-10-20, end: 2023-10-20}\n"
    )
    _stale(base_repo, 23, calendar)
    # 29.09 to 26.10 is 27 days, 4 of them holidays: 23
    assert _problems(base_repo, date(2023, 10, 25), "MK802") == []
    (found,) = _problems(base_repo, date(2023, 10, 26), "MK802")
    assert "(23 дн., порог — 23)" in found.message


def test_quiet_pairs_are_a_warning_only_where_the_threshold_is_set(base_repo: Path) -> None:
    # by the default of 30 days both pairs are quiet on 01.12.2023; check says nothing of it
    assert _problems(base_repo, date(2023, 12, 1), "MK802") == []
    _stale(base_repo, 30)
    assert len(_problems(base_repo, date(2023, 12, 1), "MK802")) == 2


# ---------------------------------------------------------------------------------------------
# The document package (MK801, MK803)


def _acts(root: Path, *acts: str) -> None:
    _append(
        root / "mentorkit.yaml", "acts:" + ("".join(f"\n  - {a}" for a in acts) or " []") + "\n"
    )


def test_the_package_names_each_missing_act_and_how_to_add_it(base_repo: Path) -> None:
    _acts(base_repo)
    found = _problems(base_repo, date(2024, 1, 20), "MK801")
    assert {p.location.path for p in found} == {"mentorkit.yaml"}
    assert {p.location.line for p in found} == {11}  # `acts:`, after the 10 lines of the base
    assert [p.message for p in found] == [
        "на 2023/2024 учебный год нет: положение о наставничестве; добавьте в mentorkit.yaml "
        "запись acts: - {kind: regulation, title: Положение о наставничестве, number: …, date: "
        "ГГГГ-ММ-ДД, file: … или link: …}",
        "на 2023/2024 учебный год нет: приказ о назначении куратора; добавьте приказ "
        "orders/….yaml с type: curator или запись acts: с kind: curator",
        "на 2023/2024 учебный год нет: утверждённые индивидуальные планы; добавьте приказ "
        "orders/….yaml с type: plans или запись acts: с kind: plans",
    ]


def test_without_acts_the_package_is_not_checked(base_repo: Path) -> None:
    assert _problems(base_repo, date(2024, 1, 20), "MK801") == []


def test_acts_in_force_complete_the_package(base_repo: Path) -> None:
    _acts(
        base_repo,
        "{kind: regulation, title: Положение, date: 2020-01-10}",
        "{kind: curator, title: О назначении куратора, date: 2024-01-20}",
        "{kind: plans, title: Об утверждении планов, date: 2023-03-02}",
    )
    # each on its last day: a regulation is in force until replaced, an act dated today counts,
    # a plan approved up to 183 days before the period begins counts for it
    assert _problems(base_repo, date(2024, 1, 20), "MK801") == []


@pytest.mark.parametrize(
    "act",
    [
        "{kind: regulation, title: Положение, date: 2024-01-21}",  # after today
        "{kind: regulation, title: Положение, date: 2020-01-10, period: 2022-2023}",
        "{kind: plans, title: Об утверждении планов, date: 2023-03-01}",  # too early
        "{kind: plans, title: Об утверждении планов, date: 2024-09-01}",  # after today
    ],
)
def test_acts_not_in_force_do_not_count(base_repo: Path, act: str) -> None:
    kind = "положение о наставничестве" if "regulation" in act else "утверждённые"
    _acts(base_repo, act)
    found = _problems(base_repo, date(2024, 1, 20), "MK801")
    assert any(kind in p.message for p in found)


def test_an_act_for_the_period_counts_within_it(base_repo: Path) -> None:
    _acts(base_repo, "{kind: plans, title: Планы, date: 2019-01-01, period: 2023-2024}")
    found = _problems(base_repo, date(2024, 1, 20), "MK801")
    assert not any("планы" in p.message for p in found)


def test_orders_count_from_half_a_year_before_the_period(base_repo: Path) -> None:
    order = (base_repo / "orders/11.yaml").read_text(encoding="utf-8")
    for name, day in (("plans-early", "2023-03-01"), ("plans", "2023-03-02")):
        (base_repo / f"orders/{name}.yaml").write_text(
            order.replace("type: pairs", "type: plans")
            .replace('number: "11"', f'number: "{name}"')
            .replace("date: 2023-09-20", f"date: {day}"),
            encoding="utf-8",
        )
    _acts(base_repo)
    found = _problems(base_repo, date(2024, 1, 20), "MK801")
    assert not any("планы" in p.message for p in found)
    (base_repo / "orders/plans.yaml").unlink()
    found = _problems(base_repo, date(2024, 1, 20), "MK801")
    assert any("планы" in p.message for p in found)


def test_a_pairs_order_without_every_consent_is_not_enough(base_repo: Path) -> None:
    _replace(base_repo / "people.yaml", "    consent: 2023-09-04\n", "")
    _acts(base_repo)
    found = _problems(base_repo, date(2024, 1, 20), "MK801")
    assert (
        "на 2023/2024 учебный год нет: приказ о закреплении наставнических пар (и согласия "
        "участников); приказ есть, но у 1 участн. пар нет согласия на обработку ПД: соберите "
        "согласия и укажите их в people.yaml (consent)"
    ) in [p.message for p in found]


def test_a_consent_dated_after_today_is_not_a_consent_yet(base_repo: Path) -> None:
    _replace(base_repo / "people.yaml", "consent: 2023-09-04", "consent: 2024-01-21")
    _acts(base_repo)
    assert any(
        "у 1 участн. пар нет согласия" in p.message
        for p in _problems(base_repo, date(2024, 1, 20), "MK801")
    )


def test_without_a_current_period_the_school_year_of_today(base_repo: Path) -> None:
    _acts(base_repo)
    found = _problems(base_repo, date(2024, 10, 1), "MK801")
    assert [p.message.split(";")[0] for p in found] == [
        f"на 2024/2025 учебный год нет: {what}"
        for what in (
            "положение о наставничестве",
            "приказ о назначении куратора",
            "дорожная карта, утверждённая приказом",
            "приказ о закреплении наставнических пар (и согласия участников)",
            "утверждённые индивидуальные планы",
        )
    ]


def test_a_period_that_is_not_a_school_year_is_named_by_its_days(base_repo: Path) -> None:
    pairs = base_repo / "pairs/2023-2024.yaml"
    _replace(pairs, "period: 2023-2024", "period: {start: 2023-09-04, end: 2024-06-30}")
    _acts(base_repo)
    found = _problems(base_repo, date(2024, 1, 20), "MK801")
    assert found[0].message.startswith(
        "на 2023/2024 учебный год и период 04.09.2023–30.06.2024 нет: положение"
    )


def test_two_periods_that_read_the_same_are_named_once(base_repo: Path) -> None:
    # to the end of lessons is a school year too: the message said «2023/2024 учебный год и
    # 2023/2024 учебный год» (found writing this test)
    pairs = base_repo / "pairs/2023-2024.yaml"
    _replace(pairs, "period: 2023-2024", "period: {start: 2023-09-01, end: 2024-06-30}")
    _acts(base_repo)
    found = _problems(base_repo, date(2024, 1, 20), "MK801")
    assert found[0].message.startswith("на 2023/2024 учебный год нет: положение")


def test_an_act_file_that_is_not_there(base_repo: Path) -> None:
    (base_repo / "documents").mkdir()
    (base_repo / "documents/положение.pdf").write_bytes(b"%PDF-1.4\n")
    _acts(
        base_repo,
        "{kind: regulation, title: Положение, date: 2020-01-10, file: documents/положение.pdf}",
        "{kind: curator, title: Приказ, date: 2020-01-10, file: documents/куратор.pdf}",
        "{kind: plans, title: Планы, date: 2020-01-10, file: documents}",  # a folder
    )
    found = _problems(base_repo, date(2024, 1, 20), "MK803")
    assert [(p.location.line, p.message) for p in found] == [
        (
            13,
            "«documents/куратор.pdf» не найден в репозитории: положите файл по этому пути или "
            "укажите link: вместо file:",
        ),
        (
            14,
            "«documents» не найден в репозитории: положите файл по этому пути или укажите link: "
            "вместо file:",
        ),
    ]


# ---------------------------------------------------------------------------------------------
# Consent withdrawn (MK405, MK406), a minor who signs (MK408), minors in git (MK410)


def _withdrawn(root: Path, day: str) -> None:
    _replace(
        root / "people.yaml",
        "consent: 2023-09-04",
        f"consent: {{date: 2023-09-04, withdrawn: {day}}}",
    )


def test_a_withdrawn_consent_names_every_place_and_the_order_after_it(base_repo: Path) -> None:
    _withdrawn(base_repo, "2023-09-20")  # the day of the pairs order № 11
    problems = check([base_repo], date(2024, 1, 20)).problems
    found = {p.code: p for p in problems if p.code in ("MK405", "MK406")}
    assert str(found["MK405"].location) == "pairs/2023-2024.yaml:5:15"
    assert found["MK405"].message == (
        "Новикова М.П. отозвала согласие 20.09.2023, а здесь (наставляемый в паре 1) всё ещё "
        "названа: уберите имя из файла, в новых документах его быть не должно"
    )
    # the order names her through its pairs file; it was «называет Новикова М.П.»
    assert str(found["MK406"].location) == "pairs/2023-2024.yaml:5:15"
    assert found["MK406"].message == (
        "Новикова М.П.: согласие отозвано 20.09.2023, а приказ № 11 от 20.09.2023 её называет: "
        "уберите её из приказа — документ не будет сформирован"
    )


def test_an_order_before_the_withdrawal_stands(base_repo: Path) -> None:
    _withdrawn(base_repo, "2023-09-21")
    codes = [p.code for p in check([base_repo], date(2024, 1, 20)).problems]
    assert codes.count("MK405") == 1
    assert "MK406" not in codes


def test_a_withdrawal_after_today_is_not_yet_one(base_repo: Path) -> None:
    _withdrawn(base_repo, "2024-01-21")
    codes = {p.code for p in check([base_repo], date(2024, 1, 20)).problems}
    assert not codes & {"MK405", "MK406"}


def test_a_man_who_withdrew_is_his(base_repo: Path) -> None:
    _replace(base_repo / "people.yaml", "Новикова Мария Петровна", "Новиков Марат Петрович")
    _replace(base_repo / "pairs/2023-2024.yaml", "[Новикова М.П.]", "[Новиков М.П.]")
    _withdrawn(base_repo, "2023-09-01")
    found = {p.code: p.message for p in check([base_repo], date(2024, 1, 20)).problems}
    assert found["MK405"].startswith("Новиков М.П. отозвал согласие 01.09.2023")
    assert "всё ещё назван:" in found["MK405"]
    assert "приказ № 11 от 20.09.2023 его называет: уберите его из приказа" in found["MK406"]


def _minor_signs(root: Path) -> None:
    _append(
        root / "people.yaml",
        "  - name: Малов Пётр Ильич\n    group: 9А\n    minor: true\n"
        "    consent: {date: 2023-09-05, by: Малова А.А. (мать)}\n",
    )
    _replace(root / "orders/11.yaml", "pairs: pairs", "signed_by: Малов П.И.\npairs: pairs")


def test_a_minor_signs_no_order_and_heads_nothing(base_repo: Path) -> None:
    _minor_signs(base_repo)
    _replace(base_repo / "mentorkit.yaml", "head: Директоров И.И.", "head: Малов П.И.")
    found = _problems(base_repo, date(2024, 1, 20), "MK408")
    message = (
        "М.П. (9А) — несовершеннолетний(-яя) обучающийся(-аяся): не может руководить или "
        "подписывать приказы; укажите руководителя организации"
    )
    assert [(str(p.location), p.message) for p in found] == [
        ("mentorkit.yaml:6:9", message),
        ("orders/11.yaml:4:12", message),
    ]


def test_minors_in_files_git_keeps(base_repo: Path) -> None:
    import subprocess

    _minor_signs(base_repo)
    assert _problems(base_repo, date(2024, 1, 20), "MK410") == []  # no git: nothing kept
    subprocess.run(["git", "init", "-q"], cwd=base_repo, check=True)
    subprocess.run(["git", "add", "people.yaml", "orders"], cwd=base_repo, check=True)
    found = _problems(base_repo, date(2024, 1, 20), "MK410")
    move = (
        "вынесите несовершеннолетних в файл вне репозитория (в mentorkit.yaml: people: "
        "../личное/ученики.yaml, или переменная MENTORKIT_PEOPLE), дайте им id и ссылайтесь по "
        "id (mentees: [ученик-7б-1]); уже записанное останется в истории git — попросите "
        "администратора её очистить (git filter-repo)"
    )
    # the pairs file is not in git: its minor is not reported there
    assert sorted((str(p.location), p.message) for p in found) == [
        (
            "orders/11.yaml:4:12",
            "orders/11.yaml под контролем git называет несовершеннолетнего (М.П. (9А), "
            f"подписывает) — {move}",
        ),
        (
            "people.yaml:17:11",
            "У.Д. (7Б): запись несовершеннолетнего лежит в файле под контролем git, и его имя "
            f"попадает во все копии репозитория — {move}",
        ),
        (
            "people.yaml:23:11",
            "М.П. (9А): запись несовершеннолетнего лежит в файле под контролем git, и его имя "
            f"попадает во все копии репозитория — {move}",
        ),
    ]


def test_a_minor_referred_to_by_id_is_not_named_in_the_file(base_repo: Path) -> None:
    import subprocess

    _replace(
        base_repo / "people.yaml",
        "  - name: Ученикова Дарья Сергеевна\n",
        "  - id: u7b\n    name: Ученикова Дарья Сергеевна\n",
    )
    _replace(base_repo / "pairs/2023-2024.yaml", "[Ученикова Д.С.]", "[u7b]")
    subprocess.run(["git", "init", "-q"], cwd=base_repo, check=True)
    subprocess.run(["git", "add", "pairs"], cwd=base_repo, check=True)
    assert _problems(base_repo, date(2024, 1, 20), "MK410") == []


def test_marks_a_deadline_is_read_without(base_repo: Path) -> None:
    _replace(
        base_repo / "roadmaps/2023-2024.yaml",
        "deadline: Сентябрь 2023г.",
        "deadline: Сентябрь 2023г.!!",
    )
    (found,) = _problems(base_repo, date(2024, 1, 20), "MK712")
    assert str(found.location) == "roadmaps/2023-2024.yaml:13:19"
    assert found.message == (
        "п. 1.2 «Формирование наставнических пар»: в сроке «Сентябрь 2023г.!!» пропущены знаки "
        "«!!» — срок понят без них; уберите их, если они не нужны"
    )


def test_a_word_with_lookalike_letters_is_named_apart_from_the_marks(base_repo: Path) -> None:
    """«мaрта» with a Latin «a» and «гοда» with a Greek «ο» are read as Russian words: the check
    says so and asks for Russian letters (removing the word, as for a mark, would lose the date);
    the marks passed over keep their own message."""
    _replace(
        base_repo / "roadmaps/2023-2024.yaml",
        "deadline: Сентябрь 2023г.",
        "deadline: до 31 мaрта 2024 гοда!!",
    )
    found = _problems(base_repo, date(2024, 1, 20), "MK712")
    assert [p.message for p in found] == [
        "п. 1.2 «Формирование наставнических пар»: в сроке «до 31 мaрта 2024 гοда!!» в «мaрта», "
        "«гοда» есть латинские или греческие буквы, похожие на русские, — срок прочитан так, "
        "будто они русские; наберите эти слова русскими буквами",
        "п. 1.2 «Формирование наставнических пар»: в сроке «до 31 мaрта 2024 гοда!!» пропущены "
        "знаки «!!» — срок понят без них; уберите их, если они не нужны",
    ]


# ---------------------------------------------------------------------------------------------
# Found by the mutation run of commit ae5d8cc (tests/mutation-survivors.md names each mutant)


def test_a_roadmap_approved_in_its_own_file_is_in_the_package(base_repo: Path) -> None:
    (base_repo / "orders/10.yaml").unlink()  # no roadmap order: only `approved_by:`
    _acts(base_repo)
    found = _problems(base_repo, date(2024, 1, 20), "MK801")
    assert not any("дорожная карта" in p.message for p in found)
    # approved after today: not yet
    _replace(
        base_repo / "roadmaps/2023-2024.yaml",
        'approved_by: {order: "10", date: 2023-08-30}',
        'approved_by: {order: "10", date: 2024-01-21}',
    )
    found = _problems(base_repo, date(2024, 1, 20), "MK801")
    assert (
        "на 2023/2024 учебный год нет: дорожная карта, утверждённая приказом; утвердите "
        "дорожную карту текущего периода приказом (orders/ с type: roadmap или approved_by: в "
        "её файле)"
    ) in [p.message for p in found]


def test_no_head_is_said_at_the_organization(base_repo: Path) -> None:
    config = base_repo / "mentorkit.yaml"
    _replace(config, "  head: Директоров И.И.\n", "")
    # `organization:` after `rules:`, not the file's first key
    text = config.read_text(encoding="utf-8")
    start = text.index("rules:")
    config.write_text(text[start:] + text[:start], encoding="utf-8")
    (found,) = _problems(base_repo, date(2024, 1, 20), "MK206")
    assert str(found.location) == "mentorkit.yaml:6:1"
    assert found.message == "не указан руководитель (organization.head): приказам нужен подписант"


def test_a_pupil_mentor_is_named_by_initials_and_class(base_repo: Path) -> None:
    # peer mentoring: a pupil mentors a pupil; the message never writes a minor's name
    _append(
        base_repo / "people.yaml",
        "  - name: Старшеклассников Иван Петрович\n    group: 11А\n    minor: true\n"
        "    consent: {date: 2023-09-05, by: Старшеклассникова А.А. (мать)}\n",
    )
    _append(
        base_repo / "pairs/2023-2024.yaml",
        "  - mentor: Старшеклассников И.П.\n    mentees: [Ученикова Д.С.]\n"
        '    form: Ученик – ученик\n    order: "11"\n    meetings:\n'
        "      - {stage: знакомство, date: 2023-09-29, done: true}\n",
    )
    message = (
        "у пары наставника С.И. (11А) нет итоговой встречи: добавьте {stage: итоговая, date: "
        "…} в meetings"
    )
    (found,) = _problems(base_repo, date(2024, 1, 20), "MK306")
    assert found.message == message
    # the check itself says so, not only the filter of `check` that shortens any minor's name
    repo, _ = load_repository(base_repo)
    assert [p.message for p in run_checks(repo, date(2024, 1, 20)) if p.code == "MK306"] == [
        message
    ]


def _form(root: Path, title: str, header: str) -> None:
    (root / "reports").mkdir()
    (root / "reports/form.yaml").write_text(
        f"title: {title}\ncolumns:\n  - {{header: Наименование ОО, value: organization}}\n"
        f'  - {{header: "{header}", value: pairs}}\n',
        encoding="utf-8",
    )


def test_a_report_form_names_nobody_without_consent_and_no_minor(base_repo: Path) -> None:
    _replace(base_repo / "people.yaml", "    consent: 2023-09-04\n", "")
    _form(base_repo, "Мониторинг (сверила Новикова М.П.)", "Пары (с Учениковой Д.С.)")
    found = _problems(base_repo, date(2024, 1, 20), "MK414")
    tail = "; уберите имя из формы (в ней — заголовки столбцов региона, не люди)"
    assert [(str(p.location), p.message) for p in found] == [
        (
            "reports/form.yaml:1:8",
            "форма отчёта называет человека: Новикова М.П. — нет согласия на обработку "
            f"персональных данных{tail}",
        ),
        (
            "reports/form.yaml:4:14",
            "форма отчёта называет человека: У.Д. (7Б) — несовершеннолетнего в форме отчёта "
            f"можно указать только числом{tail}",
        ),
    ]


def test_a_report_form_may_name_an_adult_with_consent(base_repo: Path) -> None:
    _form(base_repo, "Мониторинг (сверила Опытова А.А.)", "Пары")
    assert _problems(base_repo, date(2024, 1, 20), "MK414") == []
    # a consent withdrawn after today is still withdrawn for a form sent out of the school
    _replace(
        base_repo / "people.yaml",
        "    experience: 18\n    consent: 2023-09-01\n",
        "    experience: 18\n    consent: {date: 2023-09-01, withdrawn: 2024-02-01}\n",
    )
    (found,) = _problems(base_repo, date(2024, 1, 20), "MK414")
    assert "Опытова А.А. — согласие отозвано 01.02.2024 (MK405)" in found.message


def _mentoring(root: Path, order_day: str) -> None:
    _replace(root / "orders/11.yaml", "date: 2023-09-20", f"date: {order_day}")
    pairs = root / "pairs/2023-2024.yaml"
    _replace(pairs, "period: 2023-2024", "period: 2024-2025")
    text = pairs.read_text(encoding="utf-8")
    pairs.write_text(text.replace("2023-", "2024-").replace("2024-05", "2025-05"), encoding="utf-8")


def test_a_mentor_from_march_2025_needs_consent_to_mentoring(base_repo: Path) -> None:
    _mentoring(base_repo, "2025-03-01")
    _replace(
        base_repo / "people.yaml",
        "    experience: 18\n",
        "    experience: 18\n    mentoring_consent: 2025-03-02\n",
    )
    found = _problems(base_repo, date(2025, 3, 10), "MK409")
    message = (
        "Опытова А.А.: приказ № 11 от 01.03.2025 назначает наставником, а согласие на "
        "наставничество дано позже (02.03.2025) — с 01.03.2025 наставника назначают только с "
        "письменного согласия (ст. 351.8 ТК РФ): внесите его дату в people.yaml "
        "(mentoring_consent: ГГГГ-ММ-ДД)"
    )
    # each pair of the order, at its own mentor
    assert [(str(p.location), p.message) for p in found] == [
        ("pairs/2023-2024.yaml:4:13", message),
        ("pairs/2023-2024.yaml:11:13", message),
    ]


def test_a_meeting_today_is_due_today_not_overdue(base_repo: Path) -> None:
    problems = check([base_repo], date(2024, 5, 20)).problems
    found = [(p.code, str(p.location), p.message) for p in problems if p.code.startswith("MK71")]
    assert "MK709" not in {p.code for p in problems}
    assert found == [
        (
            "MK710",
            "pairs/2023-2024.yaml:10:33",
            "встреча «итоговая» пары наставника Опытовой А.А. 20.05.2024 — сегодня",
        ),
        (
            "MK710",
            "pairs/2023-2024.yaml:17:33",
            "встреча «итоговая» пары наставника Опытовой А.А. 21.05.2024 — через 1 день",
        ),
    ]


def test_an_unread_pair_hides_whether_its_mentee_is_covered(base_repo: Path) -> None:
    pairs = base_repo / "pairs/2023-2024.yaml"
    # the pair of the young specialist Новикова cannot be read: she is not said to be uncovered
    _replace(pairs, "mentees: [Новикова М.П.]", "mentees: [Новикова М.П.]\n    colour: red")
    codes = [p.code for p in check([base_repo], date(2024, 1, 20)).problems]
    assert codes == ["MK101"]
    # positive control: with no pairs file at all, she is
    pairs.unlink()
    codes = [p.code for p in check([base_repo], date(2024, 1, 20)).problems]
    assert "MK501" in codes


def test_a_long_title_is_cut_in_a_message(base_repo: Path) -> None:
    roadmap = base_repo / "roadmaps/2023-2024.yaml"
    title = "Формирование наставнических пар и их индивидуальных планов по   каждой форме"
    _replace(roadmap, "title: Формирование наставнических пар", f"title: {title}")
    _replace(roadmap, "deadline: Сентябрь 2023г.", "deadline: когда-нибудь")
    (found,) = _problems(base_repo, date(2024, 1, 20), "MK701")
    # spaces folded, then 59 characters, the space at the cut dropped, and «…»
    assert found.message.startswith(
        "п. 1.2 «Формирование наставнических пар и их индивидуальных планов…»: срок "
        "«когда-нибудь» не понят"
    )


def test_a_title_of_sixty_characters_is_whole(base_repo: Path) -> None:
    roadmap = base_repo / "roadmaps/2023-2024.yaml"
    title = "Формирование наставнических пар, приказ, согласия и списки О"
    assert len(title) == 60
    _replace(roadmap, "title: Формирование наставнических пар", f"title: {title}")
    _replace(roadmap, "deadline: Сентябрь 2023г.", "deadline: когда-нибудь")
    (found,) = _problems(base_repo, date(2024, 1, 20), "MK701")
    assert found.message.startswith(f"п. 1.2 «{title}»: срок")


def test_the_package_is_said_at_the_acts_key(base_repo: Path) -> None:
    _acts(base_repo, "{kind: regulation, title: Положение, date: 2020-01-10}")
    found = _problems(base_repo, date(2024, 1, 20), "MK801")
    assert {str(p.location) for p in found} == {"mentorkit.yaml:11:1"}


def test_a_consent_given_today_is_given(base_repo: Path) -> None:
    _replace(base_repo / "people.yaml", "consent: 2023-09-04", "consent: 2024-01-20")
    _acts(base_repo)
    found = _problems(base_repo, date(2024, 1, 20), "MK801")
    assert not any("закреплении" in p.message for p in found)


def test_a_plan_adopted_on_the_last_day_of_the_period_counts(base_repo: Path) -> None:
    _acts(
        base_repo,
        "{kind: regulation, title: Положение, date: 2020-01-10}",
        "{kind: curator, title: О куратор, date: 2020-01-10}",
        "{kind: plans, title: Планы, date: 2024-08-31}",
    )
    assert _problems(base_repo, date(2024, 8, 31), "MK801") == []


def _calendar(root: Path, spans: str) -> list[Problem]:
    _append(root / "mentorkit.yaml", f"calendar:\n  2023-2024:\n{spans}")
    problems = check([root], date(2024, 1, 20)).problems
    return [p for p in problems if p.code in ("MK713", "MK714", "MK715")]


def test_a_school_year_of_the_calendar_runs_from_1_august(base_repo: Path) -> None:
    spans = "    holidays:\n      - {name: летние, start: 2023-08-01, end: 2024-08-31}\n"
    assert _calendar(base_repo, spans) == []


def test_a_span_before_1_august_is_not_in_its_school_year(base_repo: Path) -> None:
    spans = "    holidays:\n      - {name: летние, start: 2023-07-31, end: 2023-08-31}\n"
    (found,) = _calendar(base_repo, spans)
    assert (found.code, str(found.location)) == ("MK715", "mentorkit.yaml:14:31")
    assert found.message == (
        "«летние» (31.07.2023–31.08.2023) не в 2023-2024 учебном году — исправьте год в датах "
        "или ключ календаря"
    )


def test_one_weekday_between_two_terms_is_a_gap(base_repo: Path) -> None:
    # I четверть ends on Thursday 26.10.2023, II begins on Saturday 28.10: Friday is in neither
    spans = (
        "    terms:\n"
        "      - {name: I четверть, start: 2023-09-01, end: 2023-10-26}\n"
        "      - {name: II четверть, start: 2023-10-28, end: 2023-12-29}\n"
    )
    (found,) = _calendar(base_repo, spans)
    assert (found.code, str(found.location)) == ("MK714", "mentorkit.yaml:15:36")
    assert found.message == (
        "между «I четверть» и «II четверть» (2023-2024) день 27.10.2023 не входит ни в одну "
        "часть года (terms), ни в каникулы (holidays) — добавьте каникулы или исправьте даты"
    )


def test_a_consent_after_today_is_refused_in_a_report_form(base_repo: Path) -> None:
    _replace(
        base_repo / "people.yaml",
        "    experience: 18\n    consent: 2023-09-01\n",
        "    experience: 18\n    consent: 2024-02-01\n",
    )
    _form(base_repo, "Мониторинг (сверила Опытова А.А.)", "Пары")
    (found,) = _problems(base_repo, date(2024, 1, 20), "MK414")
    assert found.message.startswith(
        "форма отчёта называет человека: Опытова А.А. — согласие датировано 01.02.2024, это "
        "позже сегодняшнего дня (20.01.2024)"
    )


def _no_people(root: Path) -> None:
    (root / "people.yaml").unlink()


def _people_problem(root: Path) -> list[Problem]:
    return _problems(root, date(2024, 1, 20), "MK011")


def test_no_people_file_while_only_the_head_is_named(base_repo: Path) -> None:
    _no_people(base_repo)
    for folder in ("pairs", "orders"):
        for path in (base_repo / folder).iterdir():
            path.unlink()
    _replace(base_repo / "roadmaps/2023-2024.yaml", "Кураторова Е.П.", "Куратор")
    _replace(base_repo / "roadmaps/2023-2024.yaml", "Директоров И.И.", "Директор")
    (found,) = _people_problem(base_repo)
    assert str(found.location) == "people.yaml"
    assert found.message == (
        "нет файла people.yaml, а файлы ссылаются на людей: создайте его рядом с "
        "mentorkit.yaml и перечислите в нём всех (people: - name: Фамилия Имя Отчество …)"
    )
    # nobody named anywhere: no people.yaml is needed
    _replace(base_repo / "mentorkit.yaml", "  head: Директоров И.И.\n", "")
    assert _people_problem(base_repo) == []


@pytest.mark.parametrize("kept", ["pairs", "orders", "roadmaps"])
def test_no_people_file_while_one_kind_of_file_names_people(base_repo: Path, kept: str) -> None:
    _no_people(base_repo)
    _replace(base_repo / "mentorkit.yaml", "  head: Директоров И.И.\n", "")
    for folder in ("pairs", "orders"):
        if folder != kept:
            for path in (base_repo / folder).iterdir():
                path.unlink()
    if kept != "roadmaps":
        _replace(base_repo / "roadmaps/2023-2024.yaml", "Кураторова Е.П.", "Куратор")
        _replace(base_repo / "roadmaps/2023-2024.yaml", "Директоров И.И.", "Директор")
    assert len(_people_problem(base_repo)) == 1
