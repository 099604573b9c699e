"""Tooltips that keep out of the way: placed beside the hovered widget so that they never hide
the panel the player is reading.

pygame_gui puts a tooltip under the hovered widget, at the mouse's x, pushed back inside the
window — over the side panel when the widget sits in or above it. ``keep_clear`` moves such a
tooltip: beside the widget, outside the panels to keep clear, inside the window.
"""

from __future__ import annotations

from collections.abc import Callable

import pygame

GAP = 6


def place(tip: pygame.Rect, widget: pygame.Rect, window: pygame.Rect,
          avoid: list[pygame.Rect]) -> pygame.Rect | None:
    """Where a tooltip of ``tip``'s size goes for ``widget``: for a widget inside an avoided
    panel, to its left (outside the panel), else under it and left of the panels, else above
    it; None when no place inside ``window`` keeps clear of ``avoid``."""
    size = tip.size
    inside = any(a.colliderect(widget) for a in avoid)
    left_edge = min([a.left for a in avoid if a.right > widget.left] or [window.right])

    def left_of() -> pygame.Rect:
        r = pygame.Rect((0, 0), size)
        r.topright = (min(widget.left, left_edge) - GAP, widget.top)
        return _fit_vertically(r, window)

    def below() -> pygame.Rect:
        r = pygame.Rect((0, 0), size)
        r.topleft = (min(tip.left, left_edge - GAP - size[0]), widget.bottom + GAP)
        return r

    def above() -> pygame.Rect:
        r = pygame.Rect((0, 0), size)
        r.bottomleft = (min(tip.left, left_edge - GAP - size[0]), widget.top - GAP)
        return r

    order = (left_of, below, above) if inside else (below, left_of, above)
    for candidate in order:
        r = candidate()
        if window.contains(r) and not any(r.colliderect(a) for a in avoid):
            return r
    return None


def _fit_vertically(r: pygame.Rect, window: pygame.Rect) -> pygame.Rect:
    r.bottom = min(r.bottom, window.bottom)
    r.top = max(r.top, window.top)
    return r


def keep_clear(manager, avoid: Callable[[], list[pygame.Rect]]) -> None:
    """Make ``manager``'s tooltips keep clear of the rectangles ``avoid()`` returns."""
    create = manager.create_tool_tip

    def create_tool_tip(*args, **kwargs):
        tip = create(*args, **kwargs)
        parent = kwargs.get("parent_element")
        rects = [pygame.Rect(r) for r in avoid()]
        if parent is None or not any(tip.rect.colliderect(r) for r in rects):
            return tip
        window = manager.get_root_container().get_rect()
        spot = place(tip.rect, parent.get_abs_rect(), window, rects)
        if spot is not None:
            tip.set_position(spot.topleft)
        return tip

    manager.create_tool_tip = create_tool_tip
