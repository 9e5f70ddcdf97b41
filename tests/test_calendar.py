"""`mentorkit calendar`: the .ics read back with icalendar."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar

from tests.conftest import EXAMPLES, run


def _events(data: bytes) -> list[dict[str, object]]:
    calendar = Calendar.from_ical(data)
    return [
        {
            "uid": str(e["uid"]),
            "start": e.decoded("dtstart"),
            "end": e.decoded("dtend"),
            "summary": str(e["summary"]),
            "description": str(e["description"]),
        }
        for e in calendar.walk("VEVENT")
    ]


def test_calendar_of_the_base_repository(
    base_repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "cal.ics"
    code, out, err = run(capsys, "calendar", str(base_repo), "-o", str(target))
    assert code == 0, err
    assert "Записано:" in out and "9 событий" in out
    assert "копия для организации" in err
    calendar = Calendar.from_ical(target.read_bytes())
    assert str(calendar["x-wr-timezone"]) == "Europe/Moscow"
    events = _events(target.read_bytes())
    by_summary = {e["summary"]: e for e in events}
    # Four items with one deadline each, and the five meetings of two pairs.
    assert len(events) == 9
    assert len({e["uid"] for e in events}) == 9
    first = by_summary["✓ 1.1 Формирование базы наставляемых"]
    assert first["start"] == date(2023, 9, 30)  # «Август – сентябрь 2023г.»: due on its last day
    assert first["end"] == date(2023, 10, 1)  # all day: DTEND is the next day
    assert "Окно: с 01.08.2023 по 30.09.2023" in str(first["description"])
    assert "Ответственные: Куратор Кураторова Е.П." in str(first["description"])
    conference = by_summary["2.1 Итоговая конференция наставников"]
    assert conference["start"] == date(2024, 5, 31)
    meeting = by_summary["✓ Встреча-знакомство — пара 2"]
    assert meeting["start"] == date(2023, 9, 29)
    # A minor is named by initials and class only.
    assert "Наставляемые: У.Д. (7Б)" in str(meeting["description"])
    text = target.read_bytes().decode("utf-8")
    assert "Ученикова" not in text.replace("\r\n ", "")


def test_uids_survive_a_moved_date_and_a_second_export(
    base_repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "calendar", str(base_repo), "-o", str(tmp_path / "a.ics"))
    code, _, err = run(
        capsys, "meeting", "1", "итоговая", "--date", "2024-05-27", "--repo", str(base_repo)
    )
    assert code == 0, err
    run(capsys, "calendar", str(base_repo), "-o", str(tmp_path / "b.ics"))
    before = {e["uid"]: e for e in _events((tmp_path / "a.ics").read_bytes())}
    after = {e["uid"]: e for e in _events((tmp_path / "b.ics").read_bytes())}
    assert set(before) == set(after)
    moved = [uid for uid in before if before[uid]["start"] != after[uid]["start"]]
    assert len(moved) == 1
    assert after[moved[0]]["start"] == date(2024, 5, 27)


def test_people_without_consent_are_not_named(
    base_repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    people = base_repo / "people.yaml"
    people.write_text(
        people.read_text(encoding="utf-8").replace(
            "    experience: 18\n    consent: 2023-09-01\n", "    experience: 18\n"
        ),
        encoding="utf-8",
    )
    config = base_repo / "mentorkit.yaml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "  head: Директоров И.И.\n", "  head: Директоров И.И.\n  timezone: Asia/Yekaterinburg\n"
        ),
        encoding="utf-8",
    )
    code, out, err = run(capsys, "calendar", str(base_repo))
    assert code == 0, err
    calendar = Calendar.from_ical(out.encode("utf-8"))
    assert str(calendar["x-wr-timezone"]) == "Asia/Yekaterinburg"
    described = " ".join(str(e["description"]) for e in calendar.walk("VEVENT"))
    assert "Опытова" not in described
    assert "Наставник: (имя не указано: нет согласия на обработку ПД)" in described


def test_items_without_a_date_are_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "c.ics"
    code, _, err = run(capsys, "calendar", str(EXAMPLES / "school12-2023-2024"), "-o", str(target))
    assert code == 0
    assert "Без даты в календаре (нет события): 1.3 (срок задаёт другой документ)" in err
    events = _events(target.read_bytes())
    quarterly = [e for e in events if str(e["summary"]).lstrip("✓ ").startswith("3.1 ")]
    assert len(quarterly) >= 1
    assert all(isinstance(e["start"], date) for e in events)


def test_a_broken_file_stops_the_calendar(
    base_repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = base_repo / "pairs/2023-2024.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "  - [\n", encoding="utf-8")
    code, out, err = run(capsys, "calendar", str(base_repo))
    assert code == 2
    assert "не читаются pairs/2023-2024.yaml: календарь без них был бы неполным" in err
    assert out == ""


def test_an_unknown_time_zone_is_a_located_problem(
    base_repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = base_repo / "mentorkit.yaml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "  place: г. Энск\n", "  place: г. Энск\n  timezone: Moscow\n"
        ),
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "check", str(base_repo), "--today", "2024-01-20")
    assert code == 1
    assert "mentorkit.yaml:6:13: ошибка MK103 поле «timezone»: часового пояса «Moscow» нет" in out
    code, _, err = run(capsys, "calendar", str(base_repo))
    assert code == 2
    assert "не читаются mentorkit.yaml" in err
