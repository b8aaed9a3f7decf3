"""One build at a time in a checkout: two at once delete each other's temporary files.

The lock is an flock on .cache/build.lock, held for the whole build (the corpus read,
the caches, docs/ written). The kernel releases it when its holder ends, however it
ends (a kill included); forked workers share it, so it is held until the last of them
is gone too. A second build waits, saying for which process, and gives up after
`timeout` seconds with a clear error.
"""
from __future__ import annotations

import os
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from archive.errors import ArchiveError, Problem

try:
    import fcntl
except ImportError:  # Windows: no flock; builds there are not run side by side
    fcntl = None  # type: ignore[assignment]

LOCK_FILE = Path(".cache") / "build.lock"  # under the project root
TIMEOUT = 900.0  # seconds; a clean build of 10,000 articles takes about 30
POLL = 0.1


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


@contextmanager
def build_lock(root: Path, timeout: float = TIMEOUT, say: Callable[[str], None] = _say,
               lock_file: Path = LOCK_FILE) -> Iterator[None]:
    """Hold the checkout's build lock (or another lock file under the root, such as
    publish.py's) for the `with` block."""
    if fcntl is None:
        yield
        return
    path = root / lock_file
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
    try:
        _acquire(fd, timeout, say, lock_file)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)  # for the next build's message
        yield
    finally:
        os.close(fd)  # releases the lock (with the last worker's copy, if any is left)


def _acquire(fd: int, timeout: float, say: Callable[[str], None], lock_file: Path = LOCK_FILE) -> None:
    deadline = time.monotonic() + timeout
    waiting = False
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            if waiting:
                say("the other build has finished; building now")
            return
        except BlockingIOError:
            pass
        holder = _holder(fd)
        if not waiting:
            say(f"waiting for another build of this checkout to finish (pid {holder}); "
                f"giving up after {timeout:.0f} s")
            waiting = True
        if time.monotonic() >= deadline:
            raise ArchiveError(Problem(
                lock_file.as_posix(), f"another build (pid {holder}) has been running for over {timeout:.0f} s",
                f"wait for it to finish, or stop it (kill {holder}) and build again"))
        time.sleep(POLL)


def _holder(fd: int) -> str:
    """The pid the running build wrote in the lock file ("?" while it is being written)."""
    try:
        text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    except OSError:
        text = ""
    return text if text.isdigit() else "?"
