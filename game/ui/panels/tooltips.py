"""The main screen's own tooltips: those of the drawn areas (the top bar's figures, the side
panel's lines) and the nation under the mouse on the map, shown after a short delay, kept
clear of the side panel.

Unlike the other panels it has no fixed rectangle: it remembers where it drew its tip, so that
when the tip moves, changes or goes, the scene redraws the area it covered and the one it
covers now, and nothing else. A tip following the mouse (over one nation while the map is
dragged) keeps its text: it is wrapped and rendered once, then only blitted where it goes.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pygame

from game.ui import fonts
from game.ui.widgets.draw import Tips

Regions = list[tuple[pygame.Rect, str | Callable[[], str]]]


class HoverTips:
    DELAY = Tips.DELAY

    def __init__(self, theme, window: tuple[int, int], avoid: pygame.Rect,
                 clock: Callable[[], float] = time.perf_counter):
        self.theme = theme
        self.window = window
        self.avoid = avoid
        """The panel being read: a tip keeps clear of it by moving to its left."""
        self.clock = clock
        self._hover: object = None
        self._since = 0.0
        self._wanted: tuple[str, pygame.Rect] | None = None
        self.shown: tuple[str, pygame.Rect] | None = None
        """The tip on the screen now and where (None when there is none)."""
        self._card: tuple[str, list[str], tuple[int, int], pygame.Surface | None] | None = None
        """The last tip's text, its wrapped lines, its size and its picture (made when it is
        first drawn)."""

    def aim(self, pos, regions: Regions) -> None:
        """Follow the mouse at ``pos`` over ``regions`` (later ones on top): the tip under it
        shows once the mouse stayed over it for the delay."""
        tip: str | None = None
        for rect, t in reversed(regions):
            if rect.collidepoint(pos):
                tip = t() if callable(t) else t
                break
        now = self.clock()
        if tip != self._hover:
            self._hover, self._since = tip, now
        if not tip or now - self._since < self.DELAY:
            self._wanted = None
        else:
            self._wanted = (tip, self.box(tip, pos))

    def pending(self) -> bool:
        """True while a tip waits for its delay (keeps the loop awake)."""
        return self._hover is not None and self.clock() - self._since < self.DELAY + 0.1

    def dirty(self) -> list[pygame.Rect]:
        """The areas to redraw because the tip changed: where it was and where it goes."""
        if self._wanted == self.shown:
            return []
        return [shown[1] for shown in (self.shown, self._wanted) if shown is not None]

    def _measure(self, tip: str) -> tuple[list[str], tuple[int, int]]:
        """``tip`` wrapped to the tip's width, and the size of its box; kept while the same
        tip is wanted."""
        if self._card is None or self._card[0] != tip:
            theme = self.theme
            f = theme.font(13)
            width = theme.u(320)
            lines = fonts.wrap(tip, f, width - theme.u(16))
            w = min(width, max(f.size(line)[0] for line in lines) + theme.u(16))
            h = f.get_linesize() * len(lines) + theme.u(10)
            self._card = (tip, lines, (w, h), None)
        return self._card[1], self._card[2]

    def box(self, tip: str, pos) -> pygame.Rect:
        """Where ``tip`` goes for the mouse at ``pos``: below right of it, inside the window,
        left of the panel being read."""
        theme = self.theme
        w, h = self._measure(tip)[1]
        W, H = self.window
        x = min(pos[0] + theme.u(14), W - w - 2)
        y = pos[1] + theme.u(18)
        if y + h > H - 2:
            y = max(2, pos[1] - h - theme.u(6))
        box = pygame.Rect(x, y, w, h)
        if box.colliderect(self.avoid):
            box.right = max(w + 2, self.avoid.left - theme.u(6))
        return box

    def draw(self, surface: pygame.Surface) -> None:
        """Draw the wanted tip (the scene calls this last, over the widgets)."""
        self.shown = self._wanted
        if self._wanted is None:
            return
        tip, box = self._wanted
        lines, size = self._measure(tip)
        assert self._card is not None  # made by _measure
        card = self._card[3]
        if card is None:
            card = self._render(lines, size, surface)
            self._card = (tip, lines, size, card)
        surface.blit(card, box)

    def _render(self, lines: list[str], size: tuple[int, int],
                like: pygame.Surface) -> pygame.Surface:
        """The tip's picture: its box, edge and lines."""
        theme = self.theme
        f = theme.font(13)
        lh = f.get_linesize()
        card = pygame.Surface(size, 0, like)
        box = card.get_rect()
        pygame.draw.rect(card, (11, 15, 22), box)
        pygame.draw.rect(card, theme.c("accent"), box, 1)
        for i, line in enumerate(lines):
            card.blit(f.render(line, True, theme.c("text")),
                      (theme.u(8), theme.u(5) + i * lh))
        return card
