"""Small layout helpers in logical units (multiplied by the theme's scale by the caller)."""

from __future__ import annotations

import pygame


def column(x: int, y: int, w: int, h: int, n: int, gap: int, bottom: int,
           col_gap: int | None = None) -> list[pygame.Rect]:
    """``n`` boxes of ``w`` x ``h`` stacked from (x, y); when they would pass ``bottom`` they
    flow into a next column to the right."""
    col_gap = gap * 2 if col_gap is None else col_gap
    per_col = max(1, (bottom - y + gap) // (h + gap))
    out = []
    for i in range(n):
        c, r = divmod(i, per_col)
        out.append(pygame.Rect(x + c * (w + col_gap), y + r * (h + gap), w, h))
    return out


def split_h(rect: pygame.Rect, *widths: float, gap: int = 0) -> list[pygame.Rect]:
    """Split a rect left to right; widths <= 1 are fractions of what is left, -1 the rest."""
    rect = pygame.Rect(rect)
    fixed = sum(w for w in widths if w > 1)
    free = rect.w - fixed - gap * (len(widths) - 1)
    fracs = [w for w in widths if 0 < w <= 1]
    rest = sum(1 for w in widths if w < 0)
    left_frac = max(0.0, 1.0 - sum(fracs))
    out, x = [], rect.x
    for w in widths:
        if w > 1:
            ww = int(w)
        elif w > 0:
            ww = int(free * w)
        else:
            ww = int(free * left_frac / max(1, rest))
        out.append(pygame.Rect(x, rect.y, ww, rect.h))
        x += ww + gap
    return out


def inset(rect: pygame.Rect, dx: int, dy: int | None = None) -> pygame.Rect:
    dy = dx if dy is None else dy
    r = pygame.Rect(rect)
    return pygame.Rect(r.x + dx, r.y + dy, max(0, r.w - 2 * dx), max(0, r.h - 2 * dy))
