"""The benchmark runner works: on tiny workloads it builds every target, runs each, and reports a
ratio with PASS or FAIL (or SKIP with its reason). Nothing here times anything."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import run

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT / "benchmarks"
TARGETS = {
    "startup-version",
    "startup-help",
    "check-small",
    "check-large",
    "check-linear",
    "status-region",
    "render-plan",
    "render-order",
    "edit-done",
    "edit-meeting",
}


def test_runner_reports_every_target_on_tiny_workloads(tmp_path: Path) -> None:
    figures = tmp_path / "figures.json"
    done = subprocess.run(
        [
            sys.executable,
            str(BENCHMARKS / "run.py"),
            "--tiny",
            "--runs",
            "1",
            "--work",
            str(tmp_path / "work"),
            "--json",
            str(figures),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        env={
            **{
                k: v
                for k, v in os.environ.items()
                if k not in ("MENTORKIT_CACHE", "XDG_CACHE_HOME")
            },
            "HOME": str(tmp_path / "home"),
        },
    )
    assert done.returncode in (0, 1), done.stderr
    results = {entry["name"]: entry for entry in json.loads(figures.read_text("utf-8"))}
    assert set(results) == TARGETS
    for name, entry in results.items():
        assert entry["result"] in ("PASS", "FAIL", "SKIP"), (name, entry["error"])
        if entry["result"] == "SKIP":
            assert entry["skip"], name
        else:
            assert len(entry["seconds"]) == len(entry["baseline_seconds"]) == 1, name
            assert all(s > 0 for s in entry["seconds"] + entry["baseline_seconds"]), name
        assert f"{name} " in done.stdout and entry["result"] in done.stdout
    # The workloads are reused, not rebuilt, when --work names a folder that holds them.
    assert (tmp_path / "work" / "large" / "roadmaps" / "2023-2024.yaml").exists()
    # The cache of compiled code was warmed in the work folder, not in the home.
    assert list((tmp_path / "work" / "code-cache").glob("code-*.marshal"))
    assert not (tmp_path / "home").exists()


def test_generated_workloads_are_deterministic_and_pass_the_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import generate
    finally:
        sys.path.remove(str(BENCHMARKS))
    for folder in ("a", "b"):
        generate.write_repository(tmp_path / folder, generate.SIZES["tiny"], seed=7)
    files = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*.yaml"))
    assert len(files) == 6
    for file in files:
        assert (tmp_path / "a" / file).read_bytes() == (tmp_path / "b" / file).read_bytes()
    code, out, _ = run(
        capsys, "check", str(tmp_path / "a"), "--today", "2024-01-20", "--format", "json"
    )
    assert code == 0, out
    assert json.loads(out)["summary"]["error"] == 0
