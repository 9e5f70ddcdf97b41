"""The hostile harness for `mentorkit import`: every .docx and PDF of
tests/data/hostile/import_corpus.py, generated here, imported in a process of its own under the
harness's limits (tests/data/hostile/runner.py). Each run must: end with the exit code the case
names (0, 1 or 2), say what is wrong in Russian naming the file, print no traceback, stay under
5 s of CPU and 500 MB, write nothing on failure, and never show a file the input points at."""

from __future__ import annotations

import importlib.util
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.test_hostile import CPU_HARD, MEMORY_MB, Pool, run_all

HOSTILE = Path(__file__).parent / "data" / "hostile"
_spec = importlib.util.spec_from_file_location(
    "hostile_import_corpus", HOSTILE / "import_corpus.py"
)
assert _spec is not None and _spec.loader is not None
corpus = importlib.util.module_from_spec(_spec)
sys.modules["hostile_import_corpus"] = corpus  # dataclasses look their module up there
_spec.loader.exec_module(corpus)

CYRILLIC = re.compile("[А-Яа-яЁё]")


@pytest.fixture(scope="module")
def import_pool() -> Iterator[Pool]:
    started = Pool()
    yield started
    started.close()


def _tree(root: Path) -> set[str]:
    """Every path below `root`, but the runner's logs."""
    return {
        str(p.relative_to(root)) for p in root.rglob("*") if not p.is_relative_to(root / "logs")
    }


@pytest.mark.parametrize("case", corpus.cases(), ids=lambda c: c.name)
def test_hostile_import(case: Any, tmp_path: Path, import_pool: Pool) -> None:
    work = tmp_path / "work"
    work.mkdir()
    secret = tmp_path / "outside" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text(corpus.SECRET + "\n", encoding="utf-8")
    source = work / case.name
    case.build(source, secret)
    repo = work / "repo"
    before = _tree(tmp_path)
    logs = tmp_path / "logs"  # the runner's own files (output, error, audit)
    logs.mkdir()
    (result,) = run_all(import_pool, [(["import", case.name, "--into", "repo"], work)], logs)
    said = result.out + result.err
    wrong = []
    if result.killed or result.code != case.code:
        wrong.append(f"exit {result.code}, not {case.code}{' (killed)' if result.killed else ''}")
    if "Traceback" in said or "внутренняя ошибка" in said:
        wrong.append("a traceback or an internal error")
    if corpus.SECRET in said or any(
        corpus.SECRET in p.read_text(encoding="utf-8", errors="replace")
        for p in repo.rglob("*")
        if p.is_file()
    ):
        wrong.append("showed the file the input points at")
    if case.name not in said or not CYRILLIC.search(said):
        wrong.append("no Russian message naming the file")
    if case.says and case.says not in said:
        wrong.append(f"does not say «{case.says}»")
    if result.rss_mb > MEMORY_MB:
        wrong.append(f"{result.rss_mb:.0f} MB")
    if result.cpu > CPU_HARD:
        wrong.append(f"{result.cpu:.1f} s of CPU")
    written = _tree(tmp_path) - before
    if result.code != 0 and written:
        wrong.append(f"wrote {sorted(written)[:3]} and failed")
    if any(not w.startswith("work/repo") for w in written):
        wrong.append(f"wrote outside the repository: {sorted(written)[:3]}")
    if case.code == 0:
        assert (repo / "roadmaps").is_dir(), said
    assert not os.path.exists("/tmp/evil-mentorkit.txt")
    assert not wrong, f"{case.name}: {'; '.join(wrong)}\n{said[-2000:]}"
