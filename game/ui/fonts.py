"""The game's fonts: one Unicode face (Noto Sans, SIL OFL 1.1) in regular and bold.

``font(size, bold)`` returns a cached ``pygame.font.Font``; pygame_gui gets the same files
through the theme (see theme.py), registered under the name ``FONT_NAME``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pygame

ASSETS = Path(__file__).resolve().parents[1] / "assets"
FONT_DIR = ASSETS / "fonts"
FONT_NAME = "cs_sans"
REGULAR = FONT_DIR / "NotoSans-Regular.ttf"
BOLD = FONT_DIR / "NotoSans-Bold.ttf"


def regular_path() -> str:
    return str(REGULAR)


def bold_path() -> str:
    return str(BOLD)


@lru_cache(maxsize=64)
def font(size: int, bold: bool = False) -> pygame.font.Font:
    """A font of ``size`` pixels (at least 6); files fall back to pygame's default face."""
    if not pygame.font.get_init():
        pygame.font.init()
    size = max(6, int(size))
    path = BOLD if bold else REGULAR
    try:
        return pygame.font.Font(str(path), size)
    except (OSError, FileNotFoundError, pygame.error):  # pragma: no cover - broken install
        f = pygame.font.Font(None, size)
        f.set_bold(bold)
        return f


def elide(text: str, fnt: pygame.font.Font, width: int) -> str:
    """``text`` cut with an ellipsis so that it renders within ``width`` pixels."""
    if fnt.size(text)[0] <= width:
        return text
    ell = "…"
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fnt.size(text[:mid].rstrip() + ell)[0] <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + ell if lo else ""


def wrap(text: str, fnt: pygame.font.Font, width: int) -> list[str]:
    """Greedy word wrap into lines no wider than ``width`` (long words are elided)."""
    lines: list[str] = []
    for para in text.split("\n"):
        words = para.split()
        if not words:
            lines.append("")
            continue
        line = ""
        for w in words:
            cand = f"{line} {w}" if line else w
            if fnt.size(cand)[0] <= width:
                line = cand
            else:
                if line:
                    lines.append(line)
                line = w if fnt.size(w)[0] <= width else elide(w, fnt, width)
        lines.append(line)
    return lines
