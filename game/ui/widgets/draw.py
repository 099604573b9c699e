"""Small drawing helpers: bars, text in boxes, tooltips for our own drawn areas."""

from __future__ import annotations

import time

import pygame

from game.ui import fonts


def text(surface, theme, s: str, pos, *, size: float = 14, bold: bool = False, colour=None,
         width: int | None = None, align: str = "left", valign: str = "top") -> pygame.Rect:
    """Draw one line (elided to ``width``); returns its rect."""
    f = theme.font(size, bold)
    if width is not None:
        s = fonts.elide(s, f, width)
    img = f.render(s, True, colour or theme.c("text"))
    r = img.get_rect()
    x, y = pos
    if align == "center":
        r.centerx = x
    elif align == "right":
        r.right = x
    else:
        r.x = x
    if valign == "center":
        r.centery = y
    elif valign == "bottom":
        r.bottom = y
    else:
        r.y = y
    surface.blit(img, r)
    return r


def bar(surface, theme, rect, value: float, colour=None, *, maximum: float = 100,
        marker: float | None = None) -> None:
    """A horizontal bar filled to ``value`` of ``maximum``; ``marker`` draws a threshold tick."""
    rect = pygame.Rect(rect)
    pygame.draw.rect(surface, theme.c("bg2"), rect, border_radius=max(1, rect.h // 3))
    frac = max(0.0, min(1.0, value / maximum)) if maximum else 0.0
    if frac > 0:
        fill = pygame.Rect(rect.x, rect.y, max(2, int(rect.w * frac)), rect.h)
        pygame.draw.rect(surface, colour or theme.c("accent"), fill,
                         border_radius=max(1, rect.h // 3))
    if marker is not None:
        mx = rect.x + int(rect.w * max(0.0, min(1.0, marker / maximum)))
        pygame.draw.line(surface, theme.c("text"), (mx, rect.y - 2), (mx, rect.bottom + 1), 2)
    pygame.draw.rect(surface, theme.c("edge"), rect, 1, border_radius=max(1, rect.h // 3))


def wrapped(surface, theme, s: str, rect, *, size: float = 14, bold=False, colour=None,
            line_gap: float = 1.15) -> int:
    """Word-wrapped text inside ``rect``; lines that do not fit are dropped (last one elided).
    Returns the height used."""
    rect = pygame.Rect(rect)
    f = theme.font(size, bold)
    lines = fonts.wrap(s, f, rect.w)
    lh = int(f.get_linesize() * line_gap)
    max_lines = max(1, rect.h // lh)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = fonts.elide(lines[-1] + " …", f, rect.w)
    y = rect.y
    for line in lines:
        surface.blit(f.render(line, True, colour or theme.c("text")), (rect.x, y))
        y += lh
    return y - rect.y


class Tips:
    """Tooltips for areas a scene draws itself (gauges, seats, chart points): register
    (rect, text) while drawing, then ``draw`` shows the one under the mouse after a delay."""

    DELAY = 0.45

    def __init__(self):
        self.regions: list[tuple[pygame.Rect, object]] = []
        self._hover = None
        self._since = 0.0

    def clear(self) -> None:
        self.regions.clear()

    def add(self, rect, text_or_fn) -> None:
        self.regions.append((pygame.Rect(rect), text_or_fn))

    def at(self, pos):
        for rect, tip in reversed(self.regions):
            if rect.collidepoint(pos):
                return tip() if callable(tip) else tip
        return None

    def pending(self) -> bool:
        """True while a tooltip is waiting for its delay (keeps the loop awake)."""
        return self._hover is not None and time.perf_counter() - self._since < self.DELAY + 0.1

    def draw(self, surface, theme, pos=None, avoid: pygame.Rect | None = None) -> str | None:
        """Show the tip under ``pos`` after the delay; it keeps clear of ``avoid`` (the panel
        being read) by moving to its left."""
        pos = pygame.mouse.get_pos() if pos is None else pos
        tip = self.at(pos)
        now = time.perf_counter()
        if tip != self._hover:
            self._hover, self._since = tip, now
        if not tip or now - self._since < self.DELAY:
            return None
        draw_tip(surface, theme, tip, pos, avoid)
        return tip


def draw_tip(surface, theme, tip: str, pos, avoid: pygame.Rect | None = None) -> pygame.Rect:
    f = theme.font(13)
    width = theme.u(320)
    lines = fonts.wrap(tip, f, width - theme.u(16))
    lh = f.get_linesize()
    w = min(width, max(f.size(line)[0] for line in lines) + theme.u(16))
    h = lh * len(lines) + theme.u(10)
    W, H = surface.get_size()
    x = min(pos[0] + theme.u(14), W - w - 2)
    y = pos[1] + theme.u(18)
    if y + h > H - 2:
        y = max(2, pos[1] - h - theme.u(6))
    box = pygame.Rect(x, y, w, h)
    if avoid is not None and box.colliderect(avoid):
        box.right = max(w + 2, avoid.left - theme.u(6))
        x = box.x
    pygame.draw.rect(surface, (11, 15, 22), box)
    pygame.draw.rect(surface, theme.c("accent"), box, 1)
    for i, line in enumerate(lines):
        surface.blit(f.render(line, True, theme.c("text")),
                     (x + theme.u(8), y + theme.u(5) + i * lh))
    return box
