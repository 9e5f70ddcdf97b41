"""Bad input: each gets one clear Russian message with its path, a non-zero exit, no traceback,
and it comes quickly."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

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


# --- one wrong value hides nothing else (issue 10) ---------------------------------------------


def _loaded(root: Path) -> Any:
    from mentorkit.load.repository import load_repository

    return load_repository(root)


def test_bad_done_date_keeps_the_rest_of_the_roadmap(base_repo: Path, run: Run) -> None:
    path = base_repo / "roadmaps/2023-2024.yaml"
    text = path.read_text(encoding="utf-8").replace("done: 2023-09-25", "done: 31.02.2024")
    path.write_text(text.replace("deadline: Октябрь 2023г.", "deadline: когда-нибудь"), "utf-8")
    exit_code, out, _ = run("check", str(base_repo), "--today", "2024-06-10")
    assert exit_code == 1
    assert "roadmaps/2023-2024.yaml:15:15: ошибка MK104 поле «done»: «31.02.2024»" in out
    assert "MK701 п. 1.3" in out  # the other items are still checked
    assert "MK704 п. 2.1" in out
    repo, _ = _loaded(base_repo)
    (doc,) = repo.roadmaps
    assert [u.label for u in doc.unread] == ["пункт 1.2"]
    assert [(u.part, u.path, u.location.line) for u in repo.unread] == [
        ("item", "roadmaps/2023-2024.yaml", 12)
    ]
    assert not repo.complete and not doc.complete
    assert doc.incomplete("sections", 0) and not doc.incomplete("sections", 1)
    assert repo.unread_in("roadmaps/2023-2024.yaml") == repo.unread


def test_bad_meeting_date_keeps_the_pairs(base_repo: Path, run: Run) -> None:
    path = base_repo / "pairs/2023-2024.yaml"
    text = path.read_text(encoding="utf-8").replace("date: 2024-05-20", "date: 2024-05-32")
    path.write_text(text, encoding="utf-8")
    exit_code, out, _ = run("check", str(base_repo), "--today", "2024-01-20")
    assert exit_code == 1
    assert "MK104" in out
    assert "MK306" not in out  # the unread meeting may be the final one
    # Positive control: the same run over pairs read whole, without a final meeting, says MK306.
    without_final = "\n".join(line for line in text.splitlines() if "2024-05-32" not in line)
    path.write_text(without_final + "\n", encoding="utf-8")
    _, said, _ = run("check", str(base_repo), "--today", "2024-01-20")
    assert "MK306" in said
    path.write_text(text, encoding="utf-8")
    repo, _ = _loaded(base_repo)
    (doc,) = repo.pairs
    assert len(doc.model.pairs) == 2
    (unread,) = repo.unread
    assert (unread.part, unread.keys, unread.within) == (
        "meeting",
        ("pairs", 0, "meetings", 2),
        ("pairs", 0),
    )
    assert doc.incomplete("pairs", 0) and not doc.incomplete("pairs", 1)


def test_bad_consent_date_names_the_field_as_written(base_repo: Path, run: Run) -> None:
    path = base_repo / "people.yaml"
    text = path.read_text(encoding="utf-8").replace("consent: 2023-09-04", "consent: 2024-02-31")
    path.write_text(text, encoding="utf-8")
    exit_code, out, _ = run("check", str(base_repo), "--today", "2024-01-20")
    assert exit_code == 1
    assert "MK104 поле «consent»: «2024-02-31» — такой даты нет в календаре" in out
    repo, _ = _loaded(base_repo)
    assert [(u.part, u.label) for u in repo.unread] == [("person", "запись 4 списка people")]
    assert len(repo.people) == 4


def test_broken_file_is_unread_as_a_whole(base_repo: Path) -> None:
    (base_repo / "orders/10.yaml").write_text("type: [\n", encoding="utf-8")
    repo, _ = _loaded(base_repo)
    assert [(u.part, u.path) for u in repo.unread] == [("file", "orders/10.yaml")]


def test_render_refuses_a_roadmap_with_an_unread_item(base_repo: Path, run: Run) -> None:
    path = base_repo / "roadmaps/2023-2024.yaml"
    text = path.read_text(encoding="utf-8").replace("done: 2023-09-25", "done: 31.02.2024")
    path.write_text(text, encoding="utf-8")
    out_dir = base_repo.parent / "out"
    exit_code, _, err = run("render", "plan", str(path), "-o", f"{out_dir}/")
    assert exit_code == 1
    assert "31.02.2024" in err
    assert not out_dir.exists()


# --- nothing escapes the repository ------------------------------------------------------------


@pytest.mark.parametrize(
    ("relpath", "target", "code"),
    [
        ("pairs/x.yaml", "/etc/passwd", "MK012"),
        ("people.yaml", "/dev/zero", "MK012"),
        ("roadmaps/gone.yaml", "nowhere.yaml", "MK013"),
        ("orders/loop.yaml", "loop.yaml", "MK013"),
    ],
)
def test_links_are_refused_before_they_are_opened(
    base_repo: Path, run: Run, relpath: str, target: str, code: str
) -> None:
    path = base_repo / relpath
    path.unlink(missing_ok=True)
    path.symlink_to(target)
    exit_code, out, _ = run("check", str(base_repo), "--today", "2024-01-20")
    assert exit_code == 1
    assert f"{relpath}: ошибка {code}" in out
    assert "root:" not in out  # /etc/passwd's contents never printed
    repo, _ = _loaded(base_repo)
    assert relpath in {u.path for u in repo.unread}


def test_fifo_does_not_hang(base_repo: Path, run: Run) -> None:
    os.mkfifo(base_repo / "pairs/fifo.yaml")
    exit_code, out, _ = run("check", str(base_repo), "--today", "2024-01-20")
    assert exit_code == 1
    assert "pairs/fifo.yaml: ошибка MK014 это именованный канал (FIFO)" in out


def test_render_does_not_write_through_a_link_out(base_repo: Path, run: Run) -> None:
    elsewhere = base_repo.parent / "elsewhere"
    elsewhere.mkdir()
    (base_repo / "documents").symlink_to(elsewhere)
    exit_code, _, err = run("render", "order", str(base_repo / "orders/10.yaml"))
    assert exit_code == 1
    assert "символическая ссылка за пределы репозитория" in err
    assert list(elsewhere.iterdir()) == []


def test_template_link_out_is_refused(base_repo: Path, run: Run) -> None:
    (base_repo / "templates").mkdir()
    (base_repo / "templates/order.docx").symlink_to("/etc/passwd")
    out_dir = base_repo.parent / "out"
    exit_code, _, err = run(
        "render", "order", str(base_repo / "orders/10.yaml"), "-o", f"{out_dir}/"
    )
    assert exit_code == 1
    assert "templates/order.docx" in err and "вне репозитория" in err


def test_link_loop_and_long_path_given_on_the_command_line(base_repo: Path, run: Run) -> None:
    (base_repo / "loop.yaml").symlink_to("loop.yaml")
    for command in ("check", "status"):
        exit_code, _, err = run(command, str(base_repo / "loop.yaml"))
        assert exit_code == 2
        assert "ведёт по кругу" in err
    exit_code, _, err = run("check", str(base_repo / ("д" * 200)))
    assert exit_code == 2
    assert "слишком длинное имя" in err


# --- values printed safely, in every encoding --------------------------------------------------


def test_escapes_and_markup_in_values_are_shown_escaped(base_repo: Path, run: Run) -> None:
    path = base_repo / "roadmaps/2023-2024.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("deadline: май 2024 г.", 'deadline: "[/]\\e[2J\\u202eмай"'), "utf-8"
    )
    for output in ("text", "json", "github"):
        exit_code, out, _ = run(
            "check", str(base_repo), "--today", "2024-01-20", "--format", output
        )
        assert exit_code == 1
        assert "\x1b" not in out and "\u202e" not in out
        assert "\\x1b" in out or "\\u001b" in out
    exit_code, out, _ = run("deadline", "[/]\x1b[2J\u202eдо 15.03.2024", "--period", "2023-2024")
    assert "\x1b" not in out and "\u202e" not in out and "[/]" in out


def test_printable_and_safe_json() -> None:
    from mentorkit.report.safe import printable, safe_json

    assert printable("a\x1b[31mb\u202ec\u200b\nd\te") == "a\\x1b[31mb\\u202ec\\u200b\nd\\x09e"
    assert printable("Обычный текст «№ 5» — да") == "Обычный текст «№ 5» — да"
    dumped = json.dumps({"x": "a\u202e\x9b\U000e0001"}, ensure_ascii=False)
    assert json.loads(safe_json(dumped)) == {"x": "a\u202e\x9b\U000e0001"}
    assert "\u202e" not in safe_json(dumped)


@pytest.mark.parametrize("encoding", ["cp1251", "cp866", "ascii"])
def test_narrow_console_encodings_never_crash(base_repo: Path, encoding: str) -> None:
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    for args in (["check"], ["status"]):
        done = subprocess.run(
            [sys.executable, "-m", "mentorkit", *args, str(base_repo), "--today", "2024-06-10"],
            capture_output=True,
            env=env,
            timeout=60,
        )
        assert done.returncode in (0, 1), done.stderr.decode(encoding, "replace")
        text = done.stdout.decode(encoding)
        assert "Traceback" not in text
    if encoding == "ascii":
        assert "Proverka" in done.stdout.decode() or "Vsego" in done.stdout.decode()


def test_font_size_and_margin_are_bounded(base_repo: Path, run: Run) -> None:
    path = base_repo / "mentorkit.yaml"
    path.write_text(
        path.read_text(encoding="utf-8") + "document:\n  font_size: 1e300\n  margin_left: 1e12\n",
        encoding="utf-8",
    )
    exit_code, out, _ = run("check", str(base_repo), "--today", "2024-01-20")
    assert exit_code == 1
    assert "поле «font_size»: значение должно быть не больше 72, а здесь «1e300»" in out
    assert "поле «margin_left»: значение должно быть не больше 100" in out
    exit_code, _, err = run("render", "order", str(base_repo / "orders/10.yaml"))
    assert exit_code == 1
    assert "внутренняя ошибка" not in err


def test_many_problems_are_bounded_and_counted(base_repo: Path, run: Run) -> None:
    path = base_repo / "roadmaps/2023-2024.yaml"
    extra = "".join(f"        поле{i}: x\n" for i in range(300))
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("        done: 2023-09-20\n", "        done: 2023-09-20\n" + extra, 1), "utf-8"
    )
    exit_code, out, _ = run("check", str(base_repo), "--today", "2024-01-20")
    assert exit_code == 1
    assert out.count("MK101") == 21
    assert "… и ещё 280 проблем MK101 в этом файле не показаны" in out
    assert "300 ошибок" in out
    _, out, _ = run("check", str(base_repo), "--today", "2024-01-20", "--format", "json")
    data = json.loads(out)
    assert data["summary"]["error"] == 300 and data["omitted"] == 0
    _, out, _ = run("check", str(base_repo), "--today", "2024-01-20", "--format", "github")
    assert out.count("::error") == 20 and "::notice" in out


def test_sigint_outside_render_says_interrupted(base_repo: Path) -> None:
    script = (
        "import signal, sys\n"
        # As at a terminal: a shell that starts the tests in the background (`cmd &`) makes its
        # children ignore SIGINT, and Python then leaves it ignored.
        "signal.signal(signal.SIGINT, signal.default_int_handler)\n"
        "from mentorkit.load import repository\n"
        "def stop(root):\n"
        "    signal.raise_signal(signal.SIGINT)\n"
        "repository.load_repository = stop\n"
        "import mentorkit.check\n"
        "mentorkit.check.load_repository = stop\n"
        "from mentorkit.cli import main\n"
        f"main(['check', {str(base_repo)!r}])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 130
    assert "прервано" in done.stderr
    assert "Traceback" not in done.stderr
