"""A small picture of an era's base map (campaign choice, save slots), cached per map and size.

Drawn from game.mapdata when the map assets exist; otherwise a neutral graticule with the
map's name, so a missing asset is visible but harmless."""

from __future__ import annotations

import pygame

_CACHE: dict = {}


def map_thumbnail(map_id: str, size: tuple[int, int], theme) -> pygame.Surface:
    key = (map_id, tuple(size), theme.name)
    if key in _CACHE:
        return _CACHE[key]
    w, h = max(1, size[0]), max(1, size[1])
    surf = pygame.Surface((w, h)).convert()
    surf.fill(theme.c("sea"))
    drawn = False
    base = _base_map(map_id) if map_id else None
    if base is not None:
        drawn = _draw_base(surf, base, theme)
    if not drawn:
        grid = theme.c("grid")
        for i in range(1, 12):
            x = int(w * i / 12)
            pygame.draw.line(surf, grid, (x, 0), (x, h))
        for i in range(1, 6):
            y = int(h * i / 6)
            pygame.draw.line(surf, grid, (0, y), (w, y))
        f = theme.font(13)
        txt = f.render(map_id or "no map", True, theme.c("text_dim"))
        surf.blit(txt, ((w - txt.get_width()) // 2, (h - txt.get_height()) // 2))
    if len(_CACHE) > 16:
        _CACHE.clear()
    _CACHE[key] = surf
    return surf


def _base_map(map_id: str):
    """The era's base map (game.mapdata), or None when its asset is missing or unreadable."""
    try:
        from game.mapdata import load_base_map

        return load_base_map(map_id)
    except Exception:
        return None


def _draw_base(surf: pygame.Surface, base, theme) -> bool:
    """Render a base map (game.mapdata) into ``surf``; False if its shape is not understood."""
    try:
        from game.ui.map_view import render_overview

        img = render_overview(base, surf.get_size(), theme)
        if img is not None:
            surf.blit(img, (0, 0))
            return True
    except Exception:
        pass
    return False
