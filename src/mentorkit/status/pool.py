"""Many organisations on every core: each repository is read and counted in a worker process of a
`concurrent.futures.ProcessPoolExecutor`, the results come back in the order of the folders.

One organisation is independent of the next, so the work splits without any coordination; the
workers send back the plain result objects (`RepositoryStatus`, `Monitoring`), never the loaded
files. One repository, or a machine with one core, is read in this process: starting workers
would cost more than it saves. `MENTORKIT_WORKERS=1` forces that serial path (the tests compare
both), a larger number caps the workers.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

from mentorkit.gcpause import collector_paused

WORKERS_VARIABLE = "MENTORKIT_WORKERS"
MIN_PARALLEL = 4
"""Fewer repositories than this are read in this process: a worker takes longer to start than a
small organisation takes to read."""

T = TypeVar("T")
R = TypeVar("R")

Progress = Callable[[int, int], None]
"""Told (done, total) after each organisation; the command line draws a progress bar with it."""


def workers(count: int) -> int:
    """How many worker processes `count` repositories get: one per core, at most one each."""
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        cores = os.cpu_count() or 1
    wanted = os.environ.get(WORKERS_VARIABLE, "").strip()
    if wanted.isdigit() and int(wanted) > 0:
        cores = min(cores, int(wanted))
    if count < MIN_PARALLEL:
        return 1
    return max(1, min(cores, count))


def each(work: Callable[[T], R], args: Sequence[T], progress: Progress | None = None) -> list[R]:
    """`work(arg)` for every arg, in order; on every core where there are enough of them.
    `work` must be a module-level function (it is sent to the workers by name)."""
    total = len(args)
    count = workers(total)
    results: list[R] = []
    for result in _serial(work, args) if count == 1 else _parallel(work, args, count):
        results.append(result)
        if progress is not None:
            progress(len(results), total)
    return results


def _serial(work: Callable[[T], R], args: Sequence[T]) -> Iterator[R]:
    for arg in args:
        yield _paused(work, arg)


def _parallel(work: Callable[[T], R], args: Sequence[T], count: int) -> Iterator[R]:
    # A few repositories per message: less traffic between the processes, still an even load.
    chunk = max(1, min(8, len(args) // (count * 8)))
    executor = ProcessPoolExecutor(max_workers=count, initializer=_quiet_worker)
    try:
        yield from executor.map(_paused, [work] * len(args), args, chunksize=chunk)
    except BaseException:
        # Ctrl+C or an error: drop what has not started, do not wait for it.
        executor.shutdown(wait=False, cancel_futures=True)
        raise
    executor.shutdown()


def _paused(work: Callable[[T], R], arg: T) -> R:
    with collector_paused():
        return work(arg)


def _quiet_worker() -> None:
    """Ctrl+C is the parent's to handle: a worker that took it would print a traceback."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
