"""The common commands without typer (`cli.lean`) and `check`'s text without rich
(`report.check.plain_text`) give what typer and rich give: the same output, the same exit code,
the same message; anything they do not read the plain way is left to typer."""

from __future__ import annotations

from datetime import date
from io import StringIO
from pathlib import Path

import pytest

from mentorkit.check import CheckResult, check
from mentorkit.cli import lean
from mentorkit.cli.edge import REDIRECTED_WIDTH, console
from mentorkit.problems import Location, Problem, Severity
from mentorkit.report.check import plain_text, print_text
from mentorkit.report.safe import SafeConsole
from tests.conftest import DATA, EXAMPLES, modules_of, overlay, run

TODAY = date(2024, 1, 20)


def _rich(result: CheckResult, strict: bool, width: int = REDIRECTED_WIDTH) -> str:
    buffer = StringIO()
    safe = SafeConsole(
        file=buffer, width=width, color_system=None, highlight=False, markup=True, emoji=False
    )
    print_text(result, safe, strict)
    return buffer.getvalue()


def _cases() -> list[Path]:
    return sorted(p for kind in ("valid", "invalid") for p in (DATA / kind).iterdir() if p.is_dir())


def test_plain_text_is_what_rich_prints_for_every_example_and_case(tmp_path: Path) -> None:
    results = [
        check([example], TODAY) for example in sorted(EXAMPLES.iterdir()) if example.is_dir()
    ]
    for index, case in enumerate(_cases()):
        results.append(check([overlay(case, tmp_path / str(index))], TODAY))
    assert sum(len(r.problems) for r in results) > 100  # the cases do report problems
    for result in results:
        for strict in (False, True):
            assert plain_text(result, strict, REDIRECTED_WIDTH) == _rich(result, strict)


def _result(*problems: Problem) -> CheckResult:
    return CheckResult(Path("/repo"), TODAY, problems, ("a.yaml",))


@pytest.mark.parametrize(
    "message",
    [
        "[bold]не разметка[/bold] и [/] и [red]",
        "escape \x1b[31mкрасный\x1b[0m и \u202e наоборот",
        "две строки\nвторая",
        "хвост из пробелов   ",
        "  в начале пробелы",
        "таб\tвнутри",
        ":smile: не смайлик",
        "очень длинное " * 40,
        "",
    ],
)
def test_plain_text_of_odd_messages(message: str) -> None:
    result = _result(
        Problem("MK101", Severity.ERROR, Location("roadmaps/a [x].yaml", 3, 5), message),
        Problem("MK703", Severity.WARNING, Location("people.yaml"), message),
    )
    for strict in (False, True):
        assert plain_text(result, strict, REDIRECTED_WIDTH) == _rich(result, strict)


@pytest.mark.parametrize(
    "path", ["д" * (REDIRECTED_WIDTH + 1), "две\nстроки.yaml", " пробел.yaml", "漢字.yaml"]
)
def test_a_file_name_rich_would_fold_is_left_to_rich(path: str) -> None:
    result = _result(Problem("MK101", Severity.ERROR, Location(path, 1, 1), "текст"))
    assert plain_text(result, False, REDIRECTED_WIDTH) is None


@pytest.mark.parametrize("message", ["в конце \\", "\\[bold] экранированная", "a\\b"])
def test_a_backslash_is_left_to_rich(message: str) -> None:
    result = _result(Problem("MK101", Severity.ERROR, Location("a.yaml", 1, 1), message))
    assert plain_text(result, False, REDIRECTED_WIDTH) is None
    assert message.replace("\\", "") in _rich(result, False).replace("\\", "")


def test_many_problems_of_one_code_are_counted_the_same() -> None:
    problems = tuple(
        Problem("MK703", Severity.WARNING, Location("a.yaml", line, 1), f"срок {line}")
        for line in range(1, 40)
    )
    result = _result(*problems)
    assert "не показаны" in _rich(result, False)
    assert plain_text(result, False, REDIRECTED_WIDTH) == _rich(result, False)


def test_the_check_formats_are_the_typer_ones() -> None:
    from mentorkit import cli

    cli.load(["check"])  # imported as the command line does (it keeps `cli.app` the app)
    from mentorkit.cli.check import CheckFormat

    assert tuple(item.value for item in CheckFormat) == lean.CHECK_FORMATS


@pytest.mark.parametrize(
    "args",
    [
        ["--today", "2024-01-20"],
        ["--today=2024-01-20", "--strict"],
        ["--today", "2024-01-20", "--format", "json"],
        ["--format=github", "--today", "2024-01-20", "--ignore", "MK703,MK706"],
        ["--today", "2024-01-20", "--format", "junit", "--ignore", "MK703", "--ignore", "MK706"],
        ["--today", "2024-01-20", "--format", "sarif", "--strict"],
        ["--today", "2024-01-20", "--ignore", "MK7O6"],
        ["--today", "31.02.2024"],
        ["--today", "2024-01-20", "people.yaml"],
        ["--today", "2024-01-20", "нет-такого.yaml"],
    ],
)
def test_check_without_typer_is_check_with_typer(
    args: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    repo = overlay(
        DATA / "invalid" / sorted(p.name for p in (DATA / "invalid").iterdir())[0], tmp_path / "r"
    )
    monkeypatch.chdir(repo)
    monkeypatch.delenv("COLUMNS", raising=False)  # as in a pipe: the text made without rich
    assert lean._read(args, lean._CHECK_VALUES, lean._CHECK_FLAGS) is not None
    plain = run(capsys, "check", *args)
    monkeypatch.setattr(lean, "run", lambda args: None)
    typed = run(capsys, "check", *args)
    assert plain == typed


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["-h"],
        ["--today"],
        ["--today", "--strict"],
        ["--today="],
        ["--format", "xml"],
        ["--strict=1"],
        ["--strict", "--strict"],
        ["--today", "2024-01-20", "--today", "2024-01-21"],
        ["--", "a.yaml"],
        ["-x"],
        [""],
        ["--ignor", "MK703"],
    ],
)
def test_what_lean_does_not_read_plainly_is_left_to_typer(args: list[str]) -> None:
    assert lean.run(["check", *args]) is None


@pytest.mark.parametrize(
    "args",
    [
        ["render"],
        ["render", "plan"],
        ["render", "order", "-o"],
        ["render", "order", "a.yaml", "-oout.docx"],
        ["render", "order", "a.yaml", "-o=out.docx"],
        ["render", "plan", "a.yaml", "--pdf", "--pdf"],
        ["render", "pair", "a.yaml"],
        ["status"],
        ["--version"],
        [],
    ],
)
def test_other_commands_are_left_to_typer(args: list[str]) -> None:
    assert lean.run(args) is None


def test_render_without_typer_is_render_with_typer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import docx

    repo = EXAMPLES / "school12-2023-2024"
    roadmap = sorted((repo / "roadmaps").glob("*.yaml"))[0]
    order = sorted((repo / "orders").glob("*.yaml"))[0]
    outputs = []
    for way in ("lean", "typer"):
        if way == "typer":
            monkeypatch.setattr(lean, "run", lambda args: None)
        plan = tmp_path / f"{way}-plan.docx"
        first = run(capsys, "render", "plan", str(roadmap), "-o", str(plan), "--public")
        written = tmp_path / f"{way}-order.docx"
        second = run(capsys, "render", "order", str(order), "--output", str(written))
        texts = [
            "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
            for path in (plan, written)
        ]
        outputs.append(
            (
                first[0],
                second[0],
                first[1].replace(f"{way}-", "WAY-"),
                second[1].replace(f"{way}-", "WAY-"),
                texts,
            )
        )
    assert outputs[0] == outputs[1]
    assert outputs[0][0] == 0 and "Записан" in outputs[0][2]
    assert any("ПРИКАЗ" in text.upper() for text in outputs[0][4])


def test_check_to_a_pipe_imports_neither_typer_nor_rich() -> None:
    school = str(EXAMPLES / "school12-2023-2024")
    out, loaded = modules_of(["check", school, "--today", "2024-01-20"])
    assert "Проверка" in out
    assert "mentorkit" in loaded and "pydantic" in loaded  # positive control
    assert "typer" not in loaded and "rich" not in loaded


def test_the_console_of_the_edge_is_plain_in_a_pipe(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    assert console().width == REDIRECTED_WIDTH


def test_a_document_saved_in_one_pass_is_the_one_normalized_after_saving(tmp_path: Path) -> None:
    import docx

    from mentorkit.render.docx import normalize_zip, save_normalized

    repo = EXAMPLES / "school12-2023-2024"
    roadmap = sorted((repo / "roadmaps").glob("*.yaml"))[0]
    target = tmp_path / "plan.docx"
    assert lean.run(["render", "plan", str(roadmap), "-o", str(target)]) == 0
    document = docx.Document(str(target))
    saved = tmp_path / "saved.docx"
    document.save(str(saved))
    assert save_normalized(document) == normalize_zip(saved.read_bytes())
    assert target.read_bytes() == normalize_zip(target.read_bytes())  # as written: normalized
