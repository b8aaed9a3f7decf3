"""The memory a build and the processes it started hold together, sampled while it runs.

`wait4` gives each process's own peak, but a build that forks (build_pages' workers,
the search index written aside during `mkdocs build`) holds memory in several
processes at once, and their peaks need not coincide; adding the peaks overstates,
taking the largest understates. This samples, every `interval` seconds, the sum of the
proportional set size (Pss: a page shared by n processes counts 1/n in each, so pages
a fork shares are counted once) of the process and all its descendants, from
/proc/<pid>/smaps_rollup (Linux 4.14+), and keeps the largest sum seen.
"""
from __future__ import annotations

import os
import threading


def _children_map() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as handle:
                stat = handle.read()
        except OSError:
            continue  # gone meanwhile
        parent = int(stat[stat.rindex(b")") + 2:].split()[1])  # after "(comm)": state, ppid
        children.setdefault(parent, []).append(int(name))
    return children


def _tree(root: int) -> list[int]:
    children, found, queue = _children_map(), [], [root]
    while queue:
        pid = queue.pop()
        found.append(pid)
        queue.extend(children.get(pid, ()))
    return found


def pss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as handle:
            for line in handle:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass  # gone, or not ours to read
    return 0


def tree_pss_kib(root: int) -> int:
    return sum(pss_kib(pid) for pid in _tree(root))


class TreeMemory:
    """with TreeMemory(pid) as seen: ...; seen.peak_mb: the largest Pss sum of the tree."""

    def __init__(self, root: int, interval: float = 0.25):
        self.root, self.interval = root, interval
        self.peak_kib = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def _watch(self) -> None:
        while not self._stop.is_set():
            self.peak_kib = max(self.peak_kib, tree_pss_kib(self.root))
            self._stop.wait(self.interval)

    def __enter__(self) -> "TreeMemory":
        if os.path.exists("/proc/self/smaps_rollup"):
            self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()

    @property
    def peak_mb(self) -> float:
        return self.peak_kib / 1024
