"""`--as-of` streams git's output: a past revision holding a large file costs the mentorkit
process no more memory than one without it. Measured as the peak resident size of the
mentorkit process itself (git's own memory is git's), not by time."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import BASE

BIG = 64 * 1024 * 1024
"""The large file of the past revision: a scan kept beside the orders (incompressible bytes)."""

# VmHWM of /proc/self/status, not getrusage: Linux keeps ru_maxrss across fork and exec, so a
# child of a large pytest process would report the parent's peak; VmHWM belongs to the new image.
_CHILD = (
    "import sys\n"
    "from mentorkit.cli import main\n"
    "try:\n"
    "    main(sys.argv[2:])\n"
    "except SystemExit as stop:\n"
    "    code = stop.code\n"
    "with open(sys.argv[1], 'w') as out:\n"
    "    hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM:')][0].split()[1]\n"
    "    out.write(f'{code} {hwm}')\n"
)


def _git(root: Path, *args: str) -> None:
    env = {
        **os.environ,
        "GIT_AUTHOR_DATE": "2024-01-10T12:00:00",
        "GIT_COMMITTER_DATE": "2024-01-10T12:00:00",
    }
    subprocess.run(
        ["git", "-C", str(root), "-c", "user.name=t", "-c", "user.email=t@t", *args],
        check=True,
        capture_output=True,
        env=env,
    )


def _peak_kib(root: Path, tmp_path: Path) -> int:
    """Peak resident size (KiB) of `mentorkit status --as-of HEAD` run in a child process."""
    report = tmp_path / "peak.txt"
    subprocess.run(
        [
            sys.executable,
            "-c",
            _CHILD,
            str(report),
            "status",
            str(root),
            "--as-of",
            "HEAD",
            "--today",
            "2024-01-20",
        ],
        check=True,
        capture_output=True,
        timeout=600,
        # not traced by coverage (pytest --cov): tracing adds its own memory and time
        env={k: v for k, v in os.environ.items() if not k.startswith(("COV_CORE", "COVERAGE"))},
    )
    code, peak = report.read_text().split()
    assert code in ("0", "1", "None"), code
    return int(peak)


@pytest.mark.heavy
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="no /proc here (not Linux)")
@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed here")
def test_as_of_memory_does_not_grow_with_the_revision(tmp_path: Path) -> None:
    small = tmp_path / "small"
    shutil.copytree(BASE, small)
    _git(small, "init", "-q")
    _git(small, "add", "-A")
    _git(small, "commit", "-qm", "base")
    big = tmp_path / "big"
    shutil.copytree(small, big, symlinks=True)
    (big / "orders" / "scan.pdf").write_bytes(os.urandom(BIG))
    _git(big, "add", "-A")
    _git(big, "commit", "-qm", "a large scan")

    without = _peak_kib(small, tmp_path)
    with_big = _peak_kib(big, tmp_path)
    # holding git's output in memory would add the whole 64 MiB; streaming adds a few buffers
    assert with_big - without < BIG // 1024 // 4, (without, with_big)
    assert with_big < 500 * 1024
