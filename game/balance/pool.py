"""Games spread over worker processes, results streamed back as each game ends.

Results come back in the order games finish, so whoever consumes them must aggregate in a
way that does not depend on order (the tally does). With one job everything runs in this
process, which is what tests and debuggers want.
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing
import os
import signal
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TextIO, TypeVar

Task = TypeVar("Task")
Result = TypeVar("Result")


def default_jobs() -> int:
    """Every core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


HISTORICAL = ("league_1920", "un_1945", "balkans_1991", "r2p_1992")
"""The four historical campaigns: what the bench scripts measure unless told otherwise."""


def add_run_arguments(parser: argparse.ArgumentParser, seeds: int) -> None:
    """The arguments of every bench script that plays seeded all-AI games in parallel:
    campaigns, how many seeds from which first one, and how many worker processes."""
    parser.add_argument("campaigns", nargs="*", default=list(HISTORICAL),
                        help="built-in ids or folders (default: the four historical ones)")
    parser.add_argument("--seeds", type=int, default=seeds)
    parser.add_argument("--first-seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=default_jobs())


def stream(work: Callable[[Task], Result], tasks: Iterable[Task], jobs: int,
           setup: Callable[..., object] | None = None, setup_args: tuple = ()) -> Iterator[Result]:
    """``work(task)`` for every task, on ``jobs`` processes, yielded as each one finishes.

    ``setup(*setup_args)`` runs once in each worker first (to load the campaign once).
    """
    if jobs <= 1:
        _ready(setup, *setup_args)
        with _interruptible():
            yield from map(work, tasks)
        return
    with multiprocessing.Pool(jobs, _ready, (setup, *setup_args)) as pool, _interruptible():
        yield from pool.imap_unordered(work, tasks)


def _ready(setup: Callable[..., object] | None, *args: object) -> None:
    """A process's ``setup(*args)``, then all it holds (the loaded campaign) out of the
    garbage collector's sight: the collections that each game's garbage sets off no longer
    walk the campaign's frozen records again and again. Changes no result."""
    if setup is not None:
        setup(*args)
    gc.collect()
    gc.freeze()


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


@contextmanager
def _interruptible() -> Iterator[None]:
    """Ctrl-C, and `kill` of a run in the background (whose SIGINT the shell ignores), raise
    KeyboardInterrupt in this process, so that the caller can report the games finished.
    Set after the pool has started: its workers keep the default handlers."""
    saved = {sig: signal.signal(sig, _interrupt) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in saved.items():
            signal.signal(sig, handler)


class Progress:
    """A progress line on stderr: redrawn in place on a terminal, one line per tenth otherwise
    (so logs of a long run stay short and readable)."""

    WIDTH = 30

    def __init__(self, total: int, label: str = "games", out: TextIO | None = None):
        self.total = max(1, total)
        self.label = label
        self.out = out or sys.stderr
        self.tty = hasattr(self.out, "isatty") and self.out.isatty()
        self.began = time.perf_counter()
        self.done = 0
        self._tenth = 0
        self._drawn = 0.0

    def step(self, count: int = 1) -> None:
        self.done += count
        now = time.perf_counter()
        tenth = self.done * 10 // self.total
        if self.tty and (now - self._drawn > 0.2 or self.done == self.total):
            self._drawn = now
            self.out.write("\r" + self.line(now))
            self.out.flush()
        elif not self.tty and tenth > self._tenth:
            self._tenth = tenth
            self.out.write(self.line(now) + "\n")
            self.out.flush()

    def line(self, now: float) -> str:
        filled = self.done * self.WIDTH // self.total
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        elapsed = now - self.began
        rate = self.done / elapsed if elapsed > 0 else 0.0
        left = (self.total - self.done) / rate if rate else 0.0
        return (f"[{bar}] {self.done}/{self.total} {self.label}  {rate:.2f}/s  "
                f"{_clock(elapsed)} elapsed, {_clock(left)} left")

    def close(self) -> None:
        if self.tty:
            self.out.write("\n")
            self.out.flush()


def _clock(seconds: float) -> str:
    seconds = round(seconds)
    return f"{seconds // 60}:{seconds % 60:02d}"
