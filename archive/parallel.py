"""Work spread over forked processes, one per core.

Forked workers inherit what the parent built (registries, the site model), so
nothing large is pickled on the way in; only their small results come back.
Where fork is missing (Windows, macOS's default), work runs in-process.
"""
from __future__ import annotations

import multiprocessing
import os
from typing import Any, Callable, Iterator, Sequence

_SHARED: dict[str, Any] = {}


def workers_available() -> int:
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return os.cpu_count() or 1


def shared() -> dict[str, Any]:
    """What the parent handed to fork_map, as seen from a worker."""
    return _SHARED


def fork_map(function: Callable, items: Sequence, workers: int, inherit: dict[str, Any],
             chunksize: int | None = None) -> list:
    """[function(item) for item in items], in order, over `workers` forked processes;
    `function` reads `inherit` through shared(). It must be a module-level function."""
    return list(fork_imap(function, items, workers, inherit, chunksize))


def fork_imap(function: Callable, items: Sequence, workers: int, inherit: dict[str, Any],
              chunksize: int | None = None) -> Iterator:
    """fork_map's results one by one, in order, as they come (for a progress bar)."""
    _SHARED.clear()
    _SHARED.update(inherit)
    try:
        if workers < 2 or len(items) < 2:
            for item in items:
                yield function(item)
            return
        chunksize = chunksize or max(1, len(items) // (workers * 8))
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            yield from pool.imap(function, items, chunksize=chunksize)
    finally:
        _SHARED.clear()
