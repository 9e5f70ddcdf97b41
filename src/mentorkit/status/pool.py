"""Many organisations on every core: each repository is read and counted in a worker process of a
`concurrent.futures.ProcessPoolExecutor`, the results come back in the order of the folders.

One organisation is independent of the next, so the work splits without any coordination; the
workers send back the plain result objects (`RepositoryStatus`, a district's row `Summary`,
`Monitoring`), never the loaded files. One repository, or a machine with one core, is read in
this process: starting workers would cost more than it saves. `MENTORKIT_WORKERS=1` forces that
serial path (the tests compare both), a larger number caps the workers.
"""

from __future__ import annotations

import gc
import os
import signal
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

from mentorkit.gcpause import collector_paused
from mentorkit.load import fastyaml

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


SWEEP_EVERY = 64
"""Organisations between two collections of the cyclic garbage collector (see `_swept`)."""


def each(work: Callable[[T], R], args: Sequence[T], progress: Progress | None = None) -> list[R]:
    """`work(arg)` for every arg, in order; on every core where there are enough of them.
    `work` must be a module-level function (it is sent to the workers by name)."""
    total = len(args)
    count = workers(total)
    if total >= MIN_PARALLEL:
        # Many repositories: PyYAML's composer is worth its import (mentorkit.load.fastyaml),
        # made here once, before the workers fork.
        fastyaml.warm()
    results: list[R] = []
    # The collector is held off while the results pile up: each collection walked all of
    # them and the caches of names, and freed nothing (they live until the command ends).
    with collector_paused():
        for result in _serial(work, args) if count == 1 else _parallel(work, args, count):
            results.append(result)
            if progress is not None:
                progress(len(results), total)
    return results


def _serial(work: Callable[[T], R], args: Sequence[T]) -> Iterator[R]:
    for arg in args:
        yield _swept(work, arg)


def _parallel(work: Callable[[T], R], args: Sequence[T], count: int) -> Iterator[R]:
    # A few repositories per message: less traffic between the processes, still an even load.
    chunk = max(1, min(8, len(args) // (count * 8)))
    executor = ProcessPoolExecutor(max_workers=count, initializer=_quiet_worker)
    try:
        yield from executor.map(_swept, [work] * len(args), args, chunksize=chunk)
    except BaseException:
        # Ctrl+C or an error: drop what has not started, do not wait for it.
        executor.shutdown(wait=False, cancel_futures=True)
        raise
    executor.shutdown()


_done = 0


def _swept(work: Callable[[T], R], arg: T) -> R:
    """`work(arg)` with the cyclic collector off, and a collection every SWEEP_EVERY
    organisations. Turning the collector back on after each one cost a fifth of an
    organisation's time (it walked the caches every time); the few cycles an organisation
    leaves (tens of objects) wait for the next sweep instead."""
    global _done
    with collector_paused():
        result = work(arg)
    _done += 1
    if _done % SWEEP_EVERY == 0:
        # The two young generations: what the last organisations made. A full collection
        # would walk every result and cache again, each time longer.
        gc.collect(1)
    return result


def _quiet_worker() -> None:
    """Ctrl+C is the parent's to handle: a worker that took it would print a traceback. The
    collector is off for the worker's life (`_swept` sweeps), and what the start-up made is
    frozen out of every sweep: it lives as long as the worker."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    gc.disable()
    gc.freeze()
