"""A toast: a short confirmation ("Saved as 'Before Munich'") that the player can read at a
glance and that goes by itself.

Drawn in the theme's panel colour with its main text colour (high contrast on any map mode),
edged in the colour of its kind, at the bottom centre of the area it is given — on the main
screen the map's quiet southern edge, clear of the legend at the bottom left and of the
crowded middle — for a few seconds, fading out at the end.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pygame

from game.ui import fonts

SECONDS = 3.5
FADE = 0.6
"""The last part of its life, in seconds, in which it fades out."""


class Toast:
    def __init__(self, clock: Callable[[], float] = time.perf_counter):
        self.clock = clock
        self.text = ""
        self.kind = "good"
        self._until = 0.0

    def show(self, text: str, kind: str = "good", seconds: float = SECONDS) -> None:
        """Show ``text`` for ``seconds``; ``kind`` is a theme colour: good, warn or bad."""
        self.text, self.kind = text, kind
        self._until = self.clock() + seconds

    def visible(self) -> bool:
        return bool(self.text) and self.clock() < self._until

    def draw(self, surface: pygame.Surface, theme, area: pygame.Rect) -> pygame.Rect | None:
        """Draw at the bottom centre of ``area``; the rect it covers, or None when gone."""
        left = self._until - self.clock()
        if not self.text or left <= 0:
            return None
        u = theme.u
        font = theme.font(16, True)
        pad_x, pad_y, mark = u(18), u(10), u(6)
        line = fonts.elide(self.text, font, max(u(120), area.w * 2 // 3 - 2 * pad_x - mark))
        w, h = font.size(line)
        box = pygame.Rect(0, 0, w + 2 * pad_x + mark, h + 2 * pad_y)
        box.midbottom = (area.centerx, area.bottom - u(18))
        card = pygame.Surface(box.size, pygame.SRCALPHA)
        radius = u(6)
        pygame.draw.rect(card, theme.c("panel"), card.get_rect(), border_radius=radius)
        edge = theme.c(self.kind)
        pygame.draw.rect(card, edge, card.get_rect(), 2, border_radius=radius)
        pygame.draw.rect(card, edge, (0, 0, mark + u(2), box.h), border_top_left_radius=radius,
                         border_bottom_left_radius=radius)
        card.blit(font.render(line, True, theme.c("text")), (mark + pad_x, pad_y))
        card.set_alpha(round(255 * min(1.0, left / FADE)))
        surface.blit(card, box)
        return box
