"""The command line through its entry point: exact output, formats, exit codes, help."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from mentorkit.cli import app
from mentorkit.problems import CODES
from tests.conftest import run

ROOT = Path(__file__).parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _break(repo: Path) -> None:
    path = repo / "roadmaps/2023-2024.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("        deadline: Октябрь", "        dedline: Октябрь"), "utf-8")


def test_check_text_is_grouped_by_file(base_repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _break(base_repo)
    code, out, _ = run(capsys, "check", str(base_repo), "--today", "2024-01-20")
    assert code == 1
    assert out.splitlines() == [
        "roadmaps/2023-2024.yaml",
        "  roadmaps/2023-2024.yaml:17:9: ошибка MK101 неизвестное поле «dedline» — возможно, "
        "«deadline»?",
        "",
        "Проверка не пройдена. Проверено: 6 файлов. 1 ошибка, 0 предупреждений, 0 сведений.",
    ]


def test_check_clean_exit_zero(base_repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", str(base_repo), "--today", "2024-01-20")
    assert code == 0
    assert out.strip() == (
        "Проверка пройдена. Проверено: 6 файлов. 0 ошибок, 0 предупреждений, 0 сведений."
    )


def test_check_json(base_repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _break(base_repo)
    code, out, _ = run(capsys, "check", str(base_repo), "--today", "2024-01-20", "--format=json")
    assert code == 1
    data = json.loads(out)
    assert data["summary"] == {"error": 1, "warning": 0, "info": 0}
    assert data["problems"] == [
        {
            "code": "MK101",
            "severity": "error",
            "path": "roadmaps/2023-2024.yaml",
            "line": 17,
            "col": 9,
            "message": "неизвестное поле «dedline» — возможно, «deadline»?",
        }
    ]


def test_check_github(
    base_repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _break(base_repo)
    monkeypatch.chdir(base_repo.parent)
    code, out, _ = run(capsys, "check", "repo", "--today", "2024-01-20", "--format", "github")
    assert code == 1
    assert out.splitlines()[0] == (
        "::error file=repo/roadmaps/2023-2024.yaml,line=17,col=9,title=MK101::"
        "неизвестное поле «dedline» — возможно, «deadline»?"
    )


def test_warnings_fail_only_with_strict(
    base_repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # On 2024-06-10 the May conference is overdue: a warning.
    code, out, _ = run(capsys, "check", str(base_repo), "--today", "2024-06-10")
    assert code == 0
    assert "MK704" in out
    code, _, _ = run(capsys, "check", str(base_repo), "--today", "2024-06-10", "--strict")
    assert code == 1


def test_ignore_by_option_and_config(base_repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "check", str(base_repo), "--today", "2024-06-10", "--ignore", "MK704,MK709"
    )
    assert "MK704" not in out
    assert "MK709" not in out
    config = base_repo / "mentorkit.yaml"
    config.write_text(
        config.read_text(encoding="utf-8") + "check:\n  ignore: [MK704, MK709]\n", "utf-8"
    )
    code, out, _ = run(capsys, "check", str(base_repo), "--today", "2024-06-10", "--strict")
    assert code == 0, out


def test_check_named_file_reports_only_it(
    base_repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _break(base_repo)
    code, out, _ = run(capsys, "check", str(base_repo / "orders/10.yaml"), "--today", "2024-01-20")
    assert code == 0
    assert "MK101" not in out


def test_check_finds_root_from_subfolder(
    base_repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _break(base_repo)
    monkeypatch.chdir(base_repo / "pairs")
    code, out, _ = run(capsys, "check", "--today", "2024-01-20")
    assert code == 1
    assert "roadmaps/2023-2024.yaml:17:9" in out


def _commands() -> list[str]:
    return sorted(
        command.name or (command.callback.__name__ if command.callback else "")
        for command in app.registered_commands
    )


@pytest.mark.parametrize("command", _commands())
def test_every_command_has_russian_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, command, "--help")
    assert code == 0
    assert "Использование:" in out
    assert "Показать эту справку и выйти." in out
    assert "Usage" not in out
    assert "Show this message" not in out
    assert re.search("[а-я]{4,}", out)


def test_every_command_is_in_the_readme() -> None:
    for command in _commands():
        assert f"mentorkit {command}" in README, command


def test_every_code_is_in_the_readme() -> None:
    for code, entry in CODES.items():
        assert f"| {code} |" in README, code
        assert entry.title in README, code


def test_codes_command_lists_every_code(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "codes")
    assert code == 0
    for entry in CODES:
        assert entry in out


def _imports(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def test_only_the_edge_imports_typer_and_rich() -> None:
    for path in (ROOT / "src/mentorkit").rglob("*.py"):
        rel = path.relative_to(ROOT / "src/mentorkit")
        if rel.parts[0] in ("cli", "report"):
            continue
        for name in _imports(path):
            assert name.split(".")[0] not in {"typer", "rich"}, f"{rel} imports {name}"
    # Positive control: the walk sees the imports the edge does have.
    assert "typer" in _imports(ROOT / "src/mentorkit/cli/app.py")
    assert "rich.console" in _imports(ROOT / "src/mentorkit/cli/app.py")


def test_core_does_not_read_the_clock() -> None:
    for path in (ROOT / "src/mentorkit").rglob("*.py"):
        if path.relative_to(ROOT / "src/mentorkit").as_posix() == "cli/edge.py":
            continue
        text = path.read_text(encoding="utf-8")
        assert "date.today()" not in text and "datetime.now(" not in text, path


def test_today_as_russians_write_it(base_repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", str(base_repo), "--today", "10.06.2024")
    assert code == 0
    assert "MK704" in out  # 10 June 2024: the May conference is overdue


def test_no_arguments_prints_help_and_succeeds(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys)
    assert code == 0
    assert "Использование: mentorkit [ПАРАМЕТРЫ] КОМАНДА [АРГУМЕНТЫ]..." in out
    assert err == ""


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["codes", "extra"], "лишние аргументы: extra"),
        (["check", "--strict=yes"], "параметр --strict пишется без значения"),
        (["check", "--format", "xml"], "неверное значение --format: «xml»"),
        (["deadline"], "не указан аргумент ТЕКСТ"),
        (["check", "--tday", "2024-01-01"], "возможно, --today?"),
    ],
)
def test_usage_errors_are_russian(
    args: list[str], words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, *args)
    assert code == 2
    assert words in err
    assert not re.search(r"\b(Got|Option|Value error|Missing|Invalid)\b", err)


def test_unknown_ignore_code_on_the_command_line(
    base_repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(capsys, "check", str(base_repo), "--today", "2024-01-20", "--ignore", "MK999")
    assert "MK901" in out and "MK999" in out
