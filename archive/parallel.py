"""Work spread over forked processes, one per core.

Forked workers inherit what the parent built (registries, the site model, the items
themselves), so nothing large is pickled on the way in: a worker gets index ranges,
and only its small results come back. Where fork is missing (Windows, macOS's
default), work runs in-process.

A worker that dies (a crash in C code, a kill, os._exit) is noticed at once: the item
it was on becomes WorkerDied (or what `on_death` makes of it) and the other items go
to a new worker, so the map never waits on the dead. Workers die with the parent, so
a killed build leaves nothing running that could still write.
"""
from __future__ import annotations

import ctypes
import mmap
import multiprocessing
import multiprocessing.connection
import os
import pickle
import signal
import struct
import threading
import traceback
from collections import deque
from contextlib import contextmanager
from typing import Any, Callable, Iterator, Sequence

_SHARED: dict[str, Any] = {}
_NOTE: mmap.mmap | None = None  # in a worker: where it says what it is working on
_NOTE_BYTES = 4096
_PR_SET_PDEATHSIG = 1  # linux/prctl.h


class WorkerDied(Exception):
    """A worker process ended while working on `label` (an item, or what working_on() said)."""

    def __init__(self, label: str, reason: str):
        self.label, self.reason = label, reason
        super().__init__(f"{label}: a worker process died ({reason})")


class TookTooLong(Exception):
    """Raised inside the work when it ran past its time limit (see time_limit)."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        super().__init__(f"still running after {seconds:g} s")


@contextmanager
def time_limit(seconds: float):
    """Raise TookTooLong in the work if it runs past `seconds`: one file whose text
    sends a pattern into a near-endless search must not hang the build. A timer
    signal works in a worker and in-process alike (the regex engine checks for
    signals); off the main thread, where signals cannot be set, there is no limit."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(_signum, _frame):
        raise TookTooLong(seconds)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def workers_available() -> int:
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return os.cpu_count() or 1


def shared() -> dict[str, Any]:
    """What the parent handed to fork_map, as seen from a worker."""
    return _SHARED


def working_on(label: str) -> None:
    """Say, from a worker, what it is busy with now (a file within a larger item), so
    that its death can name it. Cheap (shared memory); a no-op in-process."""
    if _NOTE is not None:
        data = label.encode("utf-8", "replace")[:_NOTE_BYTES - 8]
        _NOTE[:8 + len(data)] = struct.pack("<ii", _CURRENT, len(data)) + data


_CURRENT = -1  # in a worker: the index of the item being worked on


def fork_map(function: Callable, items: Sequence, workers: int, inherit: dict[str, Any],
             chunksize: int | None = None, label: Callable[[Any], str] = str,
             on_death: Callable[[Any, WorkerDied], Any] | None = None) -> list:
    """[function(item) for item in items], in order, over `workers` forked processes;
    `function` reads `inherit` through shared(). It must be a module-level function.
    An item whose worker dies raises WorkerDied (named by `label`), or gives
    on_death(item, error) in its place when that is given."""
    return list(fork_imap(function, items, workers, inherit, chunksize, label, on_death))


def fork_imap(function: Callable, items: Sequence, workers: int, inherit: dict[str, Any],
              chunksize: int | None = None, label: Callable[[Any], str] = str,
              on_death: Callable[[Any, WorkerDied], Any] | None = None) -> Iterator:
    """fork_map's results one by one, in order, as they come (for a progress bar)."""
    _SHARED.clear()
    _SHARED.update(inherit)
    try:
        if workers < 2 or len(items) < 2:
            for item in items:
                yield function(item)
            return
        chunksize = chunksize or max(1, len(items) // (workers * 8))
        yield from _Crew(function, items, min(workers, len(items)), chunksize, label, on_death).results()
    finally:
        _SHARED.clear()


class _Worker:
    """One forked process, its two pipes, its note, and the items sent to it, in order."""

    def __init__(self, crew: "_Crew"):
        context = multiprocessing.get_context("fork")
        tasks_in, self.tasks = context.Pipe(duplex=False)
        self.results, results_out = context.Pipe(duplex=False)
        self.note = mmap.mmap(-1, _NOTE_BYTES)
        self.assigned: deque[int] = deque()
        parent_ends = [end for other in crew.workers for end in (other.tasks, other.results)]
        self.process = context.Process(
            target=_serve, daemon=True,
            args=(crew.function, crew.items, tasks_in, results_out, self.note, os.getpid(),
                  [self.tasks, self.results, *parent_ends]))
        self.process.start()
        tasks_in.close()
        results_out.close()

    def send(self, start: int, stop: int) -> None:
        self.tasks.send((start, stop))
        self.assigned.extend(range(start, stop))

    def noted(self, index: int) -> str:
        """What the worker said it was on, if it said so while on item `index`."""
        at, size = struct.unpack("<ii", self.note[:8])
        if at != index or not 0 < size <= _NOTE_BYTES - 8:
            return ""
        return self.note[8:8 + size].decode("utf-8", "replace")

    def stop(self, kill: bool) -> None:
        if not kill:
            try:
                self.tasks.send(None)
            except OSError:
                pass
            self.process.join(5)
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        for end in (self.tasks, self.results):
            end.close()
        self.note.close()


class _Crew:
    """The parent's side: hands out index ranges, collects results, replaces the dead."""

    def __init__(self, function, items, workers, chunksize, label, on_death):
        self.function, self.items, self.label, self.on_death = function, items, label, on_death
        self.size = workers
        self.pending: deque[tuple[int, int]] = deque(
            (start, min(len(items), start + chunksize)) for start in range(0, len(items), chunksize))
        self.chunksize = chunksize
        self.workers: list[_Worker] = []
        self.done: dict[int, tuple[bool, Any]] = {}

    def results(self) -> Iterator:
        finished = False
        try:
            self._hire()
            for index in range(len(self.items)):
                while index not in self.done:
                    self._step()
                ok, value = self.done.pop(index)
                if not ok:
                    raise _raised(value)
                yield value
            finished = True
        finally:
            for worker in self.workers:
                worker.stop(kill=not finished)

    def _hire(self) -> None:
        while len(self.workers) < self.size and self.pending:
            worker = _Worker(self)
            self.workers.append(worker)
            self._feed(worker)
            self._feed(worker)  # a second range queued: no wait between ranges

    def _feed(self, worker: _Worker) -> None:
        if self.pending and len(worker.assigned) <= self.chunksize:
            task = self.pending.popleft()
            try:
                worker.send(*task)
            except OSError:  # it has just died: _step will bury it; the range waits for another
                self.pending.appendleft(task)

    def _step(self) -> None:
        ends = {worker.results: worker for worker in self.workers}
        sentinels = {worker.process.sentinel: worker for worker in self.workers}
        if not ends:
            raise RuntimeError("no worker left, yet items are missing")  # never: _bury hires
        for ready in multiprocessing.connection.wait([*ends, *sentinels]):
            worker = ends.get(ready) or sentinels.get(ready)
            if worker not in self.workers:
                continue  # buried already in this round
            if ready in sentinels or not self._receive(worker):
                self._bury(worker)
            else:
                self._feed(worker)

    def _receive(self, worker: _Worker) -> bool:
        """One result from `worker`; False when its pipe broke (it died mid-way)."""
        try:
            index, ok, value = worker.results.recv()
        except (EOFError, OSError, pickle.UnpicklingError):
            return False
        worker.assigned.remove(index)
        self.done[index] = (ok, value)
        return True

    def _bury(self, worker: _Worker) -> None:
        """Take what a dead worker sent before it died; its current item fails, the
        rest of its share goes back to the queue, and a new worker takes over."""
        while worker.results.poll() and self._receive(worker):
            pass
        worker.process.join()
        self.workers.remove(worker)
        if worker.assigned:
            index = worker.assigned.popleft()
            item = self.items[index]
            death = WorkerDied(worker.noted(index) or self.label(item), _reason(worker.process.exitcode))
            self.done[index] = (True, self.on_death(item, death)) if self.on_death else (False, (death, ""))
        if worker.assigned:
            self.pending.appendleft((worker.assigned[0], worker.assigned[-1] + 1))
        worker.stop(kill=True)
        self._hire()


class Aside:
    """`function(*args)` run in a forked process while the caller goes on, so work that
    needs nothing more from the caller (the search index, once MkDocs has listed the
    pages) uses the core the caller leaves idle. result() waits for it and raises what
    it raised. On one core, or without fork, it runs inside result() instead. The
    process dies with its parent, like the map's workers."""

    def __init__(self, function: Callable, *args: Any, label: str = "work set aside"):
        self.function, self.args, self.label = function, args, label
        self.process = None
        self.peak_mb = 0.0  # the process's own peak resident memory, once result() returned (Linux)
        if workers_available() < 2:
            return
        context = multiprocessing.get_context("fork")
        self._results, results_out = context.Pipe(duplex=False)
        self.process = context.Process(target=_aside, daemon=True,
                                       args=(function, args, results_out, os.getpid(), self._results))
        self.process.start()
        results_out.close()

    def result(self) -> Any:
        if self.process is None:
            return self.function(*self.args)
        try:
            ok, value, self.peak_mb = self._results.recv()
        except EOFError:  # it died before it could answer
            self.process.join()
            raise WorkerDied(self.label, _reason(self.process.exitcode)) from None
        finally:
            self._results.close()
        self.process.join()
        if not ok:
            raise _raised(value)
        return value


def _aside(function, args, results, parent: int, parent_end) -> None:
    _die_with(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    parent_end.close()
    try:
        message = (True, function(*args), _peak_mb())
    except BaseException as exc:  # noqa: BLE001 - raised again in the parent
        message = (False, _portable(exc), _peak_mb())
    try:
        results.send(message)
    except Exception as exc:  # noqa: BLE001 - a result that cannot be pickled
        results.send((False, _portable(exc), _peak_mb()))


def _peak_mb() -> float:
    try:
        import resource
    except ImportError:  # not Unix
        return 0.0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _reason(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            return f"killed by {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"killed by signal {-exitcode}"
    return f"exited with status {exitcode}"


def _serve(function, items, tasks, results, note, parent: int, parent_ends) -> None:
    """A worker's life: index ranges in, (index, ok, result or exception) out."""
    global _NOTE, _CURRENT
    _die_with(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    for end in parent_ends:
        end.close()  # so that the parent's pipes close when the parent goes
    _NOTE = note
    while True:
        try:
            task = tasks.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        for index in range(*task):
            _CURRENT = index
            working_on("")
            try:
                message = (index, True, function(items[index]))
            except BaseException as exc:  # noqa: BLE001 - raised again in the parent
                message = (index, False, _portable(exc))
            try:
                results.send(message)
            except Exception as exc:  # noqa: BLE001 - a result that cannot be pickled
                results.send((index, False, _portable(exc)))


def _die_with(parent: int) -> None:
    """Linux: have the kernel kill this worker when the parent dies, so that a killed
    build leaves no worker running (writing pages, holding the build lock)."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return  # not Linux: an orphan worker finishes its range and exits
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


def _portable(exc: BaseException) -> tuple[BaseException, str]:
    """The exception as the parent can receive it, and the worker's traceback."""
    text = "".join(traceback.format_exception(exc))
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:  # noqa: BLE001 - it cannot cross: its text does
        return RuntimeError(f"in a worker process:\n{text}"), ""
    return exc, text


def _raised(failure: tuple[BaseException, str]) -> BaseException:
    exc, text = failure
    if text:
        exc.__cause__ = _RemoteTraceback(text)
    return exc


class _RemoteTraceback(Exception):
    def __str__(self) -> str:
        return f"\n\nin a worker process:\n{self.args[0]}"
