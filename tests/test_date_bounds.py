"""Dates at the ends of the calendar (years 1 and 9999) in periods, meetings, marks, `--today`
and deadline texts: every command answers with exit 0, 1 or 2 and a Russian message, never an
internal error (exit 3, OverflowError from date arithmetic one day or one year past the end)."""

from __future__ import annotations

import contextlib
import io
import re
import shutil
import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from mentorkit.cli import main
from tests.conftest import BASE

FIRST, LAST = date.min, date.max

# a day within two years of either end of the calendar, or an ordinary one
edge_days = st.one_of(
    st.integers(0, 800).map(lambda n: FIRST + timedelta(days=n)),
    st.integers(0, 800).map(lambda n: LAST - timedelta(days=n)),
    st.sampled_from([FIRST, LAST, date(2024, 1, 20)]),
)

DEADLINES = [
    "еженедельно",
    "ежемесячно",
    "ежегодно до 1 сентября",
    "в конце мая",
    "II четверть",
    "в течение года",
    "по итогам каждой четверти",
    "до 20 числа ежемесячно",
    "1 раз в полугодие",
    "в период осенних каникул",
    "май",
    "до 15.03.9999, далее ежегодно",
    "31.12.9999",
    "01.01.0001",
    "с 1 января по 31 декабря",
    "декабрь – январь",
]


def run(*argv: str) -> tuple[int, str]:
    """Run mentorkit in this process; the exit code and everything it printed."""
    out, err = io.StringIO(), io.StringIO()
    code: int | str | None = 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            main(list(argv))
        except SystemExit as stop:
            code = stop.code
    return int(code or 0), out.getvalue() + err.getvalue()


def assert_answered(code: int, text: str, argv: tuple[str, ...]) -> None:
    assert code in (0, 1, 2), (argv, code, text[-2000:])
    assert "внутренняя ошибка" not in text, (argv, text[-2000:])
    assert "Traceback" not in text, (argv, text[-2000:])
    if code == 2:
        # a refusal is said in Russian
        assert re.search("[а-яё]", text, re.IGNORECASE), (argv, text[-2000:])


def edge_repository(root: Path, start: date, end: date, meeting: date, deadline: str) -> None:
    """The base repository with its roadmap and pairs on the period start..end, a meeting and a
    mark on `meeting`, and one item with `deadline`."""
    shutil.copytree(BASE, root)
    period = f"{{start: {start.isoformat()}, end: {end.isoformat()}}}"
    for relpath in ("roadmaps/2023-2024.yaml", "pairs/2023-2024.yaml"):
        path = root / relpath
        text = path.read_text(encoding="utf-8").replace("period: 2023-2024", f"period: {period}")
        path.write_text(text, encoding="utf-8")
    pairs = root / "pairs/2023-2024.yaml"
    pairs.write_text(
        pairs.read_text(encoding="utf-8").replace("2024-05-20", meeting.isoformat()),
        encoding="utf-8",
    )
    roadmap = root / "roadmaps/2023-2024.yaml"
    text = roadmap.read_text(encoding="utf-8")
    text = text.replace("done: 2023-09-20", f"done: {meeting.isoformat()}")
    text = text.replace("deadline: май 2024 г.", f'deadline: "{deadline}"')
    roadmap.write_text(text, encoding="utf-8")


@settings(
    max_examples=5,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    start=edge_days,
    end=edge_days,
    meeting=edge_days,
    today=edge_days,
    deadline=st.sampled_from(DEADLINES),
)
def test_repository_commands_at_the_ends_of_the_calendar(
    start: date, end: date, meeting: date, today: date, deadline: str
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "repo"
        edge_repository(root, start, end, meeting, deadline)
        day = today.isoformat()
        for argv in (
            ("check", str(root), "--today", day),
            ("check", str(root), "--today", day, "--format", "json"),
            ("status", str(root), "--today", day),
            ("status", str(root), "--today", day, "--all", "--format", "json"),
            ("status", str(root), "--today", day, "--by", "month"),
            ("status", str(root), "--today", day, "--format", "markdown"),
            ("report", str(root), "--today", day),
            ("report", str(root), "--today", day, "--from", start.isoformat(), "--to", day),
            ("calendar", str(root), "-o", str(Path(folder) / "out.ics")),
        ):
            assert_answered(*run(*argv), argv)


@settings(max_examples=2, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(start=edge_days, end=edge_days, meeting=edge_days)
def test_documents_at_the_ends_of_the_calendar(start: date, end: date, meeting: date) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "repo"
        edge_repository(root, start, end, meeting, "еженедельно")
        out = Path(folder) / "out"
        out.mkdir()
        for argv in (
            ("render", "plan", str(root / "roadmaps/2023-2024.yaml"), "-o", str(out)),
            ("render", "pair", str(root / "pairs/2023-2024.yaml"), "1", "-o", str(out)),
            ("render", "order", str(root / "orders/11.yaml"), "-o", str(out)),
        ):
            assert_answered(*run(*argv), argv)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    start=edge_days,
    end=edge_days,
    today=edge_days,
    text=st.sampled_from(DEADLINES),
    as_json=st.booleans(),
)
# The autumn holidays of the last day of the calendar: its school year 9999-10000 has no calendar.
@example(start=LAST, end=LAST, today=FIRST, text="в период осенних каникул", as_json=False)
def test_deadline_at_the_ends_of_the_calendar(
    start: date, end: date, today: date, text: str, as_json: bool
) -> None:
    argv = (
        "deadline",
        text,
        "--period",
        f"{start.isoformat()}..{end.isoformat()}",
        "--today",
        today.isoformat(),
        *(("--format", "json") if as_json else ()),
    )
    assert_answered(*run(*argv), argv)


@pytest.mark.parametrize(
    "deadline", ["еженедельно", "по понедельникам и средам", "ежемесячно", "ежегодно до 1 сентября"]
)
def test_the_whole_calendar_as_a_period(deadline: str) -> None:
    """The cases found: `status` over 0001–9999 ended in OverflowError (exit 3); «еженедельно»
    over it took minutes and gigabytes in `calendar` (half a million events)."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "repo"
        edge_repository(root, FIRST, LAST, date(2024, 5, 20), deadline)
        out = Path(folder) / "out.ics"
        said: dict[str, str] = {}
        for argv in (
            ("status", str(root), "--today", "2024-01-20"),
            ("status", str(root), "--today", "9999-12-31", "--all", "--format", "json"),
            ("report", str(root), "--today", "2024-01-20"),
            (
                "report",
                str(root),
                "--today",
                "2024-01-20",
                "--from",
                "0001-01-01",
                "--to",
                "2024-01-20",
            ),
            ("calendar", str(root), "-o", str(out)),
            ("deadline", deadline, "--period", "0001-01-01..9999-12-31", "--format", "json"),
        ):
            code, text = run(*argv)
            assert_answered(code, text, argv)
            assert code in (0, 1), (argv, text[-2000:])
            said[argv[0] + (" --from" if "--from" in argv else "")] = text
        events = out.read_bytes().count(b"BEGIN:VEVENT")
        if deadline != "ежегодно до 1 сентября":
            # a thousand of the item's occurrences, and the file says which were left out
            assert "Не все сроки в календаре" in said["calendar"]
            assert events < 1100
        # two thousand years by month: the last 120 months, and it says so
        assert "показаны последние 120 месяцев из 24" in said["report --from"]
