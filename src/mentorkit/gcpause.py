"""The cyclic garbage collector held off while a command reads and checks a repository.

Loading builds hundreds of thousands of small objects (YAML nodes, dicts, models, positions) that
all live until the command ends. Each collection walks every one of them and frees nothing: on a
roadmap of 10,000 items that was a third of the check's time, and more the larger the file
(the benchmark's bare load, like most fast loaders, runs with the collector off too). Reference
counting still frees everything that is not a cycle; the cycles left (a few per file) are
collected later, with the oldest generation.

When the pause ends, the objects it made are moved to the oldest generation without a walk
(`gc.freeze` then `gc.unfreeze`): re-enabled with the count of every object made meanwhile, the
collector would otherwise at once walk them all, only to keep almost every one.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with the cyclic collector off; it is turned back on (if it was on) after."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.freeze()
            gc.unfreeze()
            gc.enable()


def paused(function: Callable[P, R]) -> Callable[P, R]:
    """`function` run with the collector paused (see `collector_paused`)."""

    @wraps(function)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        with collector_paused():
            return function(*args, **kwargs)

    return run
