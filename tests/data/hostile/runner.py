"""Runs mentorkit commands for the hostile harness, each in a process of its own with limits.

Started once as `python runner.py`, it imports mentorkit and then, for each job read from its
standard input (one JSON line: argv, cwd, files for the output), forks a child that runs the
command as `mentorkit` would be run, under resource limits (address space, CPU time, file
size), and answers one JSON line: the exit code, the signal that ended it (if any), wall and CPU
time, peak memory, and the paths it opened outside Python's own. Forking from a process that has
only mentorkit imported measures what a real run costs, without the interpreter's start-up
repeated a thousand times.
"""

from __future__ import annotations

import io
import json
import os
import resource
import signal
import sys
import time
import traceback
from typing import Any

ADDRESS_SPACE = 3 * 2**30
"""A runaway ends with MemoryError here; the peak memory measured is what the test bounds."""
CPU_SECONDS = 30
FILE_BYTES = 200 * 2**20
WALL_SECONDS = 90.0

_OWN = tuple(
    os.path.realpath(p) + os.sep
    for p in {sys.prefix, sys.base_prefix, sys.exec_prefix, *sys.path}
    if p and os.path.isdir(p) and p not in (".", os.getcwd())
)
"""Where Python and the installed packages are: what they open is not the command's reading."""
_SYSTEM = ("/dev/null", "/dev/urandom", "/proc/self/", "/etc/localtime", "/usr/share/zoneinfo/")


def _child(job: dict[str, Any]) -> None:
    from mentorkit.cli import main

    os.chdir(job["cwd"])
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS + 5))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # an over-long write fails instead
    resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_BYTES, FILE_BYTES))
    stdin = os.open(os.devnull, os.O_RDONLY)
    os.dup2(stdin, 0)
    for fd, path in ((1, job["out"]), (2, job["err"])):
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.dup2(handle, fd)
        os.close(handle)
    encoding = job.get("encoding", "utf-8")
    sys.stdout = io.TextIOWrapper(io.FileIO(1, "w", closefd=False), encoding=encoding)
    sys.stderr = io.TextIOWrapper(io.FileIO(2, "w", closefd=False), encoding=encoding)
    opened: list[str] = []

    def audit(event: str, args: tuple[Any, ...]) -> None:
        if event in ("open", "os.listdir", "os.scandir") and args:
            path = args[0]
            if isinstance(path, str | bytes | os.PathLike):
                opened.append(os.path.abspath(os.fsdecode(path)))

    sys.addaudithook(audit)
    code: int = 0
    try:
        main(job["argv"])
    except SystemExit as error:
        code = error.code if isinstance(error.code, int) else (0 if error.code is None else 1)
    except BaseException:
        traceback.print_exc()
        code = 99
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        pass
    outside = sorted({p for p in opened if not _ours(p)})
    with open(job["audit"], "w", encoding="utf-8") as stream:
        json.dump(outside, stream)
    os._exit(code)


def _ours(path: str) -> bool:
    real = os.path.realpath(path)
    return any(real.startswith(prefix) or path.startswith(prefix) for prefix in _OWN) or any(
        path.startswith(prefix) for prefix in _SYSTEM
    )


def run(job: dict[str, Any]) -> dict[str, Any]:
    started = time.monotonic()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            _child(job)
        finally:
            os._exit(98)
    killed = False
    while True:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            break
        if time.monotonic() - started > WALL_SECONDS and not killed:
            os.kill(pid, signal.SIGKILL)
            killed = True
        time.sleep(0.005)
    return {
        "code": os.waitstatus_to_exitcode(status),
        "killed": killed,
        "wall": time.monotonic() - started,
        "cpu": usage.ru_utime + usage.ru_stime,
        "rss_mb": usage.ru_maxrss / 1024,
    }


def serve() -> None:
    import mentorkit.check
    import mentorkit.cli
    import mentorkit.render
    import mentorkit.report.check
    import mentorkit.report.status
    import mentorkit.status  # noqa: F401

    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        job = json.loads(line)
        print(json.dumps(run(job)), flush=True)


if __name__ == "__main__":
    serve()
