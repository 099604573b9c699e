"""The title picture behind the main menu, drawn from the game's own base map when there is
one (game.mapdata), else a graticule; cached per size and palette."""

from __future__ import annotations

import math

import pygame

_CACHE: dict = {}


def title_art(size: tuple[int, int], theme, map_surface: pygame.Surface | None = None
              ) -> pygame.Surface:
    key = (size, theme.name, id(map_surface))
    if key in _CACHE:
        return _CACHE[key]
    w, h = size
    surf = _like_display(size)
    top, bottom = theme.c("bg"), theme.c("sea")
    for y in range(0, h, 4):
        pygame.draw.rect(surf, top.lerp(bottom, y / max(1, h)), (0, y, w, 4))
    if map_surface is not None:
        ms = map_surface
        scale = max(w / ms.get_width(), h / ms.get_height())
        ms = pygame.transform.smoothscale(ms, (int(ms.get_width() * scale),
                                                int(ms.get_height() * scale)))
        ms.set_alpha(150)
        surf.blit(ms, ((w - ms.get_width()) // 2, (h - ms.get_height()) // 2))
    else:
        _globe(surf, theme)
    _darken_left(surf)
    _CACHE.clear()
    _CACHE[key] = surf
    return surf


def _like_display(size: tuple[int, int]) -> pygame.Surface:
    """A new surface in the window's pixel format, made once: ``Surface(size).convert()``
    made a second full-screen surface and copied it, and each new one costs a page fault
    every 4 KiB on first touch (about 2,000 at 1920x1080; 10 ms of the face's start-up)."""
    display = pygame.display.get_surface()
    if display is None:
        return pygame.Surface(size).convert()  # convert says what is wrong (no window)
    return pygame.Surface(size, 0, display)


def _darken_left(surf: pygame.Surface) -> None:
    """Darken the left side where the menu stands, in place: one band of the shades across,
    multiplied down the screen (no second full-screen surface at start-up, and a few blits
    instead of one fill per pair of columns)."""
    w, h = surf.get_size()
    dw = int(w * 0.6) + 2
    band = pygame.Surface((dw, 1)).convert()
    for x in range(0, dw, 2):
        keep = int(255 - max(0, 200 * (1 - x / (w * 0.6))))
        band.fill((keep, keep, keep), (x, 0, 2, 1))
    band = pygame.transform.scale(band, (dw, 64))
    for y in range(0, h, 64):
        surf.blit(band, (0, y), special_flags=pygame.BLEND_RGB_MULT)


def _globe(surf: pygame.Surface, theme) -> None:
    w, h = surf.get_size()
    cx, cy, r = int(w * 0.68), int(h * 0.55), int(min(w, h) * 0.42)
    pygame.draw.circle(surf, theme.c("sea").lerp(theme.c("info"), 0.12), (cx, cy), r)
    line = theme.c("grid").lerp(theme.c("info"), 0.35)
    tilt = math.radians(23)
    for lat in range(-60, 90, 30):
        pts = []
        for lon in range(-90, 91, 5):
            p = _ortho(lat, lon, tilt)
            if p:
                pts.append((cx + p[0] * r, cy - p[1] * r))
        if len(pts) > 1:
            pygame.draw.aalines(surf, line, False, pts)
    for lon in range(-90, 91, 20):
        pts = []
        for lat in range(-90, 91, 5):
            p = _ortho(lat, lon, tilt)
            if p:
                pts.append((cx + p[0] * r, cy - p[1] * r))
        if len(pts) > 1:
            pygame.draw.aalines(surf, line, False, pts)
    pygame.draw.circle(surf, theme.c("accent").lerp(theme.c("bg"), 0.4), (cx, cy), r, 2)
    # an olive ring: the emblem of an organisation of all against any
    for i in range(24):
        a = math.radians(90 + (i - 11.5) * 11)
        if 80 < math.degrees(a) % 360 < 100:
            continue
        px, py = cx + math.cos(a) * (r + 26), cy + math.sin(a) * (r + 26)
        pygame.draw.ellipse(surf, theme.c("accent").lerp(theme.c("bg"), 0.55),
                            (px - 9, py - 4, 18, 8))


def _ortho(lat: float, lon: float, tilt: float):
    la, lo = math.radians(lat), math.radians(lon)
    x = math.cos(la) * math.sin(lo)
    y = math.sin(la)
    z = math.cos(la) * math.cos(lo)
    y2 = y * math.cos(tilt) - z * math.sin(tilt)
    z2 = y * math.sin(tilt) + z * math.cos(tilt)
    if z2 < 0:
        return None
    return x, y2
