"""The game's fonts: one Unicode face (Noto Sans, SIL OFL 1.1) in regular and bold, and its
italics for pygame_gui's ``<i>`` (hints, shortcuts, notes).

``font(size, bold)`` returns a cached ``pygame.font.Font``; pygame_gui gets the same files
through the theme (see theme.py), registered under the name ``FONT_NAME``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Protocol

import pygame

ASSETS = Path(__file__).resolve().parents[1] / "assets"
FONT_DIR = ASSETS / "fonts"
FONT_NAME = "cs_sans"
REGULAR = FONT_DIR / "NotoSans-Regular.ttf"
BOLD = FONT_DIR / "NotoSans-Bold.ttf"
ITALIC = FONT_DIR / "NotoSans-Italic.ttf"
BOLD_ITALIC = FONT_DIR / "NotoSans-BoldItalic.ttf"


def regular_path() -> str:
    return str(REGULAR)


def bold_path() -> str:
    return str(BOLD)


def italic_path() -> str:
    return str(ITALIC)


def bold_italic_path() -> str:
    return str(BOLD_ITALIC)


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


_MISSING = "\U0010fffd"
"""A private-use character no font of ours has: it renders as the face's missing-glyph box."""
FALLBACKS = {"\u2192": "->", "\u2190": "<-", "\u26a0": "!", "\u2713": "yes", "\u2717": "no"}
"""Plain stand-ins for characters the shipped face lacks (in campaign text, say): arrows, the
warning sign, check marks."""


def _bitmap(f: pygame.font.Font, ch: str) -> tuple:
    img = f.render(ch, True, (255, 255, 255))
    return img.get_size(), pygame.image.tobytes(img, "RGBA")


@lru_cache(maxsize=4096)
def has_glyph(ch: str, bold: bool = False) -> bool:
    """Whether the shipped face draws ``ch`` (pygame's metrics report the missing-glyph box as
    a glyph, so the rendering is compared with that box)."""
    if ch.isspace() or ord(ch) < 128:
        return True
    f = font(20, bold)
    return _bitmap(f, ch) != _bitmap(f, _MISSING)


class Measures(Protocol):
    """What tells how wide a text renders: a pygame font, or an adapter to pygame_gui's."""

    def size(self, text: str, /) -> tuple[int, int]: ...


def printable(text: str) -> str:
    """``text`` with every character the face lacks replaced by a plain stand-in."""
    if text.isascii():
        return text
    return "".join(ch if has_glyph(ch) else FALLBACKS.get(ch, "?") for ch in text)


def elide(text: str, fnt: Measures, width: int) -> str:
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
