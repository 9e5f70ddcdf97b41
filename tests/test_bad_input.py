"""Bad input: each gets one clear Russian message with its path, a non-zero exit, no traceback,
and it comes quickly."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from mentorkit.cli import main
from tests.conftest import BASE

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    def invoke(*args: str) -> tuple[int, str, str]:
        with pytest.raises(SystemExit) as exit_info:
            main(list(args))
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        code = exit_info.value.code
        return (code if isinstance(code, int) else 0), out, err

    return invoke


def _repo_with(tree: Callable[[dict[str, str | bytes]], Path], name: str, content: bytes) -> Path:
    files: dict[str, str | bytes] = {
        str(p.relative_to(BASE)): p.read_bytes() for p in BASE.rglob("*") if p.is_file()
    }
    files[name] = content
    return tree(files)


BOMB = b"""a: &a ["x","x","x","x","x","x","x","x","x"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""

CASES: dict[str, tuple[bytes, str, str]] = {
    "cp1251": (
        "title: Дорожная карта\n".encode("cp1251"),
        "MK003",
        "Windows-1251 (cp1251)",
    ),
    "empty": (b"", "MK004", "файл пуст"),
    "binary": (b"\x00\x01\x02\xff" * 64, "MK005", "двоичный"),
    "docx": (b"PK\x03\x04" + b"\x00" * 100, "MK005", "документ Word"),
    "utf16": ("title: Дорожная карта\n".encode("utf-16"), "MK003", "UTF-16"),
    "alias-bomb": (BOMB, "MK007", "ссылки YAML"),
    "deep-brackets": (
        b"title: x\ngoal: " + b"[" * 30000 + b"]" * 30000 + b"\n",
        "MK007",
        "вложены",
    ),
    "tab": (b"title: x\nperiod: 2023-2024\nsections:\n\t- title: y\n", "MK008", "табуляция"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_file_gets_one_located_message(
    case: str, tree: Callable[[dict[str, str | bytes]], Path], run: Run
) -> None:
    content, code, words = CASES[case]
    repo = _repo_with(tree, "roadmaps/broken.yaml", content)
    started = time.monotonic()
    exit_code, out, _ = run("check", str(repo), "--today", "2024-01-20")
    assert time.monotonic() - started < 5
    assert exit_code == 1
    lines = [line for line in out.splitlines() if code in line]
    assert len(lines) == 1, out
    assert "roadmaps/broken.yaml:" in lines[0]
    assert words in lines[0]


def test_huge_file_is_refused_quickly(
    tree: Callable[[dict[str, str | bytes]], Path], run: Run
) -> None:
    big = b"title: x\n" + b"# " + b"x" * (50 * 1024 * 1024) + b"\n"
    repo = _repo_with(tree, "roadmaps/big.yaml", big)
    started = time.monotonic()
    exit_code, out, _ = run("check", str(repo), "--today", "2024-01-20")
    assert time.monotonic() - started < 5
    assert exit_code == 1
    assert "roadmaps/big.yaml:1:1: ошибка MK006" in out
    assert "50 МБ" in out


def test_folder_without_repository(tmp_path: Path, run: Run) -> None:
    exit_code, out, err = run("check", str(tmp_path))
    assert exit_code == 2
    assert out == ""
    assert "не репозиторий mentorkit" in err
    assert str(tmp_path) in err
    assert "mentorkit.yaml" in err


def test_missing_path(tmp_path: Path, run: Run) -> None:
    exit_code, _, err = run("check", str(tmp_path / "nowhere"))
    assert exit_code == 2
    assert "не существует" in err


def test_bad_today(base_repo: Path, run: Run) -> None:
    exit_code, _, err = run("check", str(base_repo), "--today", "31.02.2024")
    assert exit_code == 2
    assert "--today" in err
    assert "ГГГГ-ММ-ДД" in err


def test_unknown_option_is_russian(run: Run) -> None:
    exit_code, _, err = run("check", "--frmat", "json")
    assert exit_code == 2
    assert "нет параметра --frmat" in err
    assert "mentorkit check --help" in err


def test_unreadable_mentorkit_yaml(base_repo: Path, run: Run) -> None:
    (base_repo / "mentorkit.yaml").write_bytes(b"organization: [\n")
    exit_code, out, _ = run("check", str(base_repo), "--today", "2024-01-20")
    assert exit_code == 1
    assert "mentorkit.yaml:2:1: ошибка MK001" in out
