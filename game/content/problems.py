"""Problems found in campaign content: each names a place to jump to and, when we can, a fix.

Content is untrusted and authors fix it in batches, so nothing stops at the first problem:
everything is collected here and reported at once, sorted by file, line and column.
"""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass
from typing import Iterable

from game.engine.model import Src

ERROR = "error"
WARNING = "warning"
MAX_PROBLEMS = 500
"""A hostile file could yield millions of problems; past this many the rest add nothing."""


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int
    """1-based; 0 when the problem concerns the whole file."""
    col: int
    severity: str
    message: str
    hint: str = ""

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.col}" if self.line else self.file
        text = f"{where}: {self.severity}: {self.message}"
        return f"{text} (hint: {self.hint})" if self.hint else text


class Problems:
    """The problems of one load, in the order found."""

    def __init__(self) -> None:
        self.items: list[Problem] = []
        self._full = False

    def error(self, src: Src, message: str, hint: str = "") -> None:
        self._add(src, ERROR, message, hint)

    def warning(self, src: Src, message: str, hint: str = "") -> None:
        self._add(src, WARNING, message, hint)

    def _add(self, src: Src, severity: str, message: str, hint: str) -> None:
        if self._full:
            return
        if len(self.items) >= MAX_PROBLEMS:
            self._full = True
            self.items.append(Problem(src.file, 0, 0, ERROR,
                                      f"more than {MAX_PROBLEMS} problems; stopped listing them"))
            return
        self.items.append(Problem(src.file, src.line, src.col, severity, message, hint))

    @property
    def has_errors(self) -> bool:
        return any(p.is_error for p in self.items)

    def sorted(self) -> list[Problem]:
        return sorted(set(self.items))


def did_you_mean(word: str, candidates: Iterable[str]) -> str:
    """A hint naming the closest known id, or '' when nothing is close."""
    names = sorted(set(candidates))
    same_case = [c for c in names if c.lower() == word.lower()]
    close = same_case or difflib.get_close_matches(word, names, n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else ""


def shown_path(path: str | os.PathLike[str]) -> str:
    """A path as messages show it: relative to the working directory when inside it."""
    text = os.fspath(path)
    try:
        rel = os.path.relpath(text)
    except ValueError:  # another drive on Windows
        return text
    return text if rel == os.pardir or rel.startswith(os.pardir + os.sep) else rel
