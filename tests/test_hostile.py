"""The hostile harness: every input of tests/data/hostile/ against every command that takes it.

Each command runs in a process of its own under resource limits (tests/data/hostile/runner.py),
and must: exit 0, 1 or 2; say what is wrong in Russian, naming the file; print no traceback;
stay under the bounds of memory and CPU time below; write nothing on failure (and never into
the repository); read nothing outside the repository; never print the file a link points at.
The figures of each run are collected and written to the terminal summary (README «Надёжность»).
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from mentorkit.report.safe import printable, safe_json
from tests.conftest import BASE

HOSTILE = Path(__file__).parent / "data" / "hostile"
_spec = importlib.util.spec_from_file_location("hostile_corpus", HOSTILE / "generate.py")
assert _spec is not None and _spec.loader is not None
corpus = importlib.util.module_from_spec(_spec)
sys.modules["hostile_corpus"] = corpus  # dataclasses look their module up there
_spec.loader.exec_module(corpus)

MEMORY_MB = 500
"""Peak memory of one command, as the issue bounds it."""
CPU_SECONDS = 5.0
"""CPU time of one command, as the issue bounds it (CPU, not wall time: the machine is shared)."""
CPU_HARD = 15.0
"""What makes the test fail: the bound above with room for a loaded machine; the figures
show how far below it each command stays."""
TODAY = ("--today", "2024-01-20")
CYRILLIC = re.compile("[А-Яа-яЁё]")


@dataclass
class Result:
    argv: list[str]
    code: int
    killed: bool
    wall: float
    cpu: float
    rss_mb: float
    out: str
    err: str
    opened: list[str]


FIGURES: list[tuple[str, Result]] = []


class Pool:
    """Two runners (the machine's cores), each answering one job at a time."""

    def __init__(self, size: int = 2) -> None:
        env = {**os.environ, "COLUMNS": "160", "NO_COLOR": "1"}
        env.pop("COV_CORE_SOURCE", None)
        self.runners = [
            subprocess.Popen(
                [sys.executable, str(HOSTILE / "runner.py")],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
                env=env,
            )
            for _ in range(size)
        ]
        for runner in self.runners:
            assert runner.stdout is not None
            assert json.loads(runner.stdout.readline()) == {"ready": True}
        self.free = list(self.runners)
        self.lock = threading.Condition()

    def run(self, job: dict[str, Any]) -> dict[str, Any]:
        with self.lock:
            while not self.free:
                self.lock.wait()
            runner = self.free.pop()
        try:
            assert runner.stdin is not None and runner.stdout is not None
            runner.stdin.write(json.dumps(job) + "\n")
            runner.stdin.flush()
            answer: dict[str, Any] = json.loads(runner.stdout.readline())
            return answer
        finally:
            with self.lock:
                self.free.append(runner)
                self.lock.notify()

    def close(self) -> None:
        for runner in self.runners:
            assert runner.stdin is not None and runner.stdout is not None
            runner.stdin.close()
            runner.wait(timeout=30)
            runner.stdout.close()


@pytest.fixture(scope="module")
def pool() -> Iterator[Pool]:
    started = Pool()
    yield started
    started.close()
    # MENTORKIT_FIGURES=file.json keeps the figures of every run (README «Надёжность»).
    target = os.environ.get("MENTORKIT_FIGURES")
    if target:
        rows = [
            {
                "case": name,
                "argv": r.argv[:2],
                "code": r.code,
                "cpu": r.cpu,
                "wall": r.wall,
                "rss_mb": r.rss_mb,
            }
            for name, r in FIGURES
        ]
        Path(target).write_text(json.dumps(rows), encoding="utf-8")


def run_all(pool: Pool, jobs: list[tuple[list[str], Path]], work: Path) -> list[Result]:
    """Run every (argv, cwd) at once, two at a time."""
    results: list[Result | None] = [None] * len(jobs)

    def one(index: int) -> None:
        argv, cwd = jobs[index]
        files = {kind: str(work / f"run{index}.{kind}") for kind in ("out", "err", "audit")}
        answer = pool.run({"argv": argv, "cwd": str(cwd), **files})
        read = {k: Path(v).read_text(encoding="utf-8", errors="replace") for k, v in files.items()}
        opened = json.loads(read["audit"]) if read["audit"] else []
        results[index] = Result(argv, **_fields(answer, read, opened))

    threads = [threading.Thread(target=one, args=(i,)) for i in range(len(jobs))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return [r for r in results if r is not None]


def _fields(answer: dict[str, Any], read: dict[str, str], opened: list[str]) -> dict[str, Any]:
    return {
        "code": answer["code"],
        "killed": answer["killed"],
        "wall": answer["wall"],
        "cpu": answer["cpu"],
        "rss_mb": answer["rss_mb"],
        "out": read["out"],
        "err": read["err"],
        "opened": opened,
    }


# --- building an input -------------------------------------------------------------------------


@dataclass
class Place:
    """The folders of one input: the repository, the output folder, and what lies outside."""

    work: Path
    repo: Path
    out: Path
    outside: Path
    other: Path


def build(case: Any, work: Path) -> Place:
    repo, out, outside, other = (work / n for n in ("repo", "out", "outside", "other"))
    shutil.copytree(BASE, repo)
    shutil.copytree(BASE, other)
    (other / "documents").mkdir()
    out.mkdir()
    outside.mkdir()
    (outside / "secret.txt").write_text(corpus.SECRET + "\n", encoding="utf-8")
    (outside / "x.yaml").write_text(f"title: {corpus.SECRET}\n", encoding="utf-8")
    os.mkfifo(outside / "fifo")
    (work / "file.txt").write_text("x", encoding="utf-8")
    names = {
        "{secret}": str(outside / "secret.txt"),
        "{outside}": str(outside),
        "{other}": str(other),
        "{fifo}": str(outside / "fifo"),
    }
    for relpath, content in case.files.items():
        path = repo / relpath
        if content is None:
            path.unlink()
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    for relpath, target in case.links.items():
        path = repo / relpath.rstrip("/")
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        for name, value in names.items():
            target = target.replace(name, value)
        path.symlink_to(target)
    for relpath in case.fifos:
        (repo / relpath).parent.mkdir(parents=True, exist_ok=True)
        os.mkfifo(repo / relpath)
    for relpath in case.sockets:
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(repo / relpath))
        server.close()
    return Place(work, repo, out, outside, other)


def commands(case: Any, place: Place) -> list[list[str]]:
    """Every command that takes the input: check in each format, status, render."""
    paths = list(case.args) if case.args else ["."]
    if case.args and case.args[0].startswith("roadmaps/д"):
        paths = [case.args[0]]
    runs = [
        ["check", *paths, *TODAY],
        ["check", *paths, *TODAY, "--format", "json"],
        ["check", *paths, *TODAY, "--format", "github"],
        ["status", *paths, *TODAY],
        ["status", *paths, *TODAY, "--format", "json"],
    ]
    target = case.args[0] if case.args else case.target
    folder = target.split("/", 1)[0]
    kind, source = {
        "roadmaps": ("plan", target),
        "pairs": ("pair", target),
        "orders": ("order", target),
    }.get(folder, ("order", corpus.ORDER))
    if target.endswith("/") or target == "documents":
        kind, source = "order", corpus.ORDER
    output = str(place.out) + "/"
    if case.output == "{long}":
        output = str(place.out / ("я" * 200 + ".docx"))
    elif case.output:
        output = str(place.work / case.output)
    if target == "documents":
        runs.append(["render", kind, source])
    else:
        runs.append(["render", kind, source, "-o", output])
    return runs


# --- what every run must hold ------------------------------------------------------------------


def _tree(root: Path) -> dict[str, tuple[int, int]]:
    """Every entry below `root` (links not followed) with its size and change time."""
    found = {}
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = os.path.join(folder, name)
            info = os.lstat(path)
            found[os.path.relpath(path, root)] = (info.st_size, info.st_mtime_ns)
    return found


def _allowed(path: str, place: Place) -> bool:
    real = os.path.realpath(path)
    inside = (place.repo, place.out, place.work / "file.txt")
    return any(
        os.path.abspath(path).startswith(str(folder)) and real.startswith(str(folder.resolve()))
        for folder in inside
    ) or path == str(place.work)


def check_run(case: Any, place: Place, result: Result, before: dict[str, Any]) -> list[str]:
    """What is wrong with one run (an empty list: nothing)."""
    wrong = []
    said = result.out + result.err
    command = " ".join(result.argv[:2])
    if result.killed or result.code not in (0, 1, 2):
        wrong.append(f"exit {result.code}{' (killed)' if result.killed else ''}")
    if "Traceback" in said or "внутренняя ошибка" in said:
        wrong.append("a traceback or an internal error")
    if corpus.SECRET in said:
        wrong.append("printed what a link points at")
    if result.code in (1, 2) and not CYRILLIC.search(said):
        wrong.append("no Russian message")
    if result.code == 2 and not result.err.strip():
        wrong.append("exit 2 without a message")
    if result.rss_mb > MEMORY_MB:
        wrong.append(f"{result.rss_mb:.0f} MB")
    if result.cpu > CPU_HARD:
        wrong.append(f"{result.cpu:.1f} s of CPU")
    outside = [p for p in result.opened if not _allowed(p, place)]
    if outside:
        wrong.append(f"read outside the repository: {outside[:3]}")
    if _tree(place.repo) != before["repo"] and not (
        result.argv[0] == "render" and result.code == 0 and "-o" not in result.argv
    ):
        wrong.append("changed the repository")
    written = _tree(place.out)
    if result.argv[0] == "render":
        if result.code != 0 and written:
            wrong.append(f"wrote {sorted(written)} and failed")
        leftovers = [name for name in written if name.startswith(".")]
        if leftovers:
            wrong.append(f"left {leftovers}")
        for name in written:
            if corpus.SECRET.encode() in (place.out / name).read_bytes():
                wrong.append("put what a link points at into a document")
    if (
        case.problem
        and result.argv[0] == "check"
        and not case.args
        and (result.code != 1 or not _names(said, case.target))
    ):
        wrong.append(f"{command}: exit {result.code} without naming {printable(case.target)!r}")
    return [f"{' '.join(result.argv)}: {text}" for text in wrong]


def _names(said: str, target: str) -> bool:
    shown = printable(target)
    as_json = safe_json(json.dumps(target, ensure_ascii=False))[1:-1]
    variants = {shown, shown.rstrip("/"), json.dumps(shown)[1:-1], as_json}
    return any(v in said for v in variants)


def _clean_out(place: Place) -> None:
    for entry in place.out.iterdir():
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
        else:
            entry.unlink()


def exercise(case: Any, tmp_path: Path, pool: Pool) -> None:
    place = build(case, tmp_path)
    problems: list[str] = []
    jobs = commands(case, place)
    # Read-only commands at once, two at a time; render alone, with its output checked.
    reading = [argv for argv in jobs if argv[0] != "render"]
    before = {"repo": _tree(place.repo)}
    for result in run_all(pool, [(argv, place.repo) for argv in reading], tmp_path):
        problems += check_run(case, place, result, before)
        FIGURES.append((case.name, result))
    for argv in jobs:
        if argv[0] != "render":
            continue
        before = {"repo": _tree(place.repo)}
        (result,) = run_all(pool, [(argv, place.repo)], tmp_path)
        problems += check_run(case, place, result, before)
        FIGURES.append((case.name, result))
        _clean_out(place)
    if case.known_gap and problems:
        pytest.xfail(f"{case.known_gap}: {problems[0]}")
    assert not problems, "\n".join(problems)


CASES = corpus.cases()


@pytest.mark.parametrize(
    "case",
    [pytest.param(c, id=c.name, marks=[pytest.mark.heavy] if c.heavy else []) for c in CASES],
)
def test_hostile_input(case: Any, tmp_path: Path, pool: Pool) -> None:
    exercise(case, tmp_path, pool)


@pytest.mark.parametrize("period", corpus.PERIODS, ids=lambda p: p or "default")
@pytest.mark.parametrize("text", corpus.DEADLINES, ids=lambda t: printable(t[:20]))
def test_hostile_deadline(text: str, period: str | None, tmp_path: Path, pool: Pool) -> None:
    extra = ["--period", period] if period else []
    jobs = [
        (["deadline", text, *extra, *TODAY], tmp_path),
        (["deadline", text, *extra, *TODAY, "--format", "json"], tmp_path),
    ]
    problems = []
    for result in run_all(pool, jobs, tmp_path):
        place = Place(tmp_path, tmp_path, tmp_path / "none", tmp_path, tmp_path)
        FIGURES.append(("deadline", result))
        wrong = []
        if result.code not in (0, 1, 2) or result.killed:
            wrong.append(f"exit {result.code}")
        if "Traceback" in result.out + result.err:
            wrong.append("a traceback")
        if result.rss_mb > MEMORY_MB or result.cpu > CPU_HARD:
            wrong.append(f"{result.rss_mb:.0f} MB, {result.cpu:.1f} s")
        if "\x1b" in text and "\x1b" in result.out:
            wrong.append("printed an escape as it is")
        if [p for p in result.opened if not _allowed(p, place)]:
            wrong.append("read a file")
        problems += [f"deadline {printable(text[:30])!r} {extra}: {w}" for w in wrong]
    assert not problems, "\n".join(problems)


def test_corpus_is_large_enough() -> None:
    """The issue asks for at least 150 inputs; the deadline texts come on top."""
    assert len(CASES) >= 150
    assert len({case.name for case in CASES}) == len(CASES)
