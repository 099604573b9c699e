"""A stand-in map for campaigns whose base map cannot be loaded (a custom campaign naming a
map this game does not have): each nation is a disc at its capital. Same interface as
map_panel.MapPanel, so the main screen never has to care which one it shows."""

from __future__ import annotations

import math

import pygame

from game.ui.widgets.draw import text


class CapitalsPanel:
    def __init__(self, rect, state, theme):
        self.rect = pygame.Rect(rect)
        self.theme = theme
        self.state = state
        self.mode = None
        self.selected: str | None = None
        self.selected_crisis: str | None = None
        self.hover: str | None = None
        self._surface = None
        self._dirty = True
        self.zoom = 1.0
        self.center = self._initial_center()
        self._drag = None
        self.picks: list[tuple[pygame.Rect, str, str]] = []

    # --- what to show -----------------------------------------------------------------------
    def set_state(self, state) -> None:
        self.state = state
        self._dirty = True

    def set_mode(self, result) -> None:
        self.mode = result
        self._dirty = True

    def set_rect(self, rect) -> None:
        self.rect = pygame.Rect(rect)
        self._dirty = True

    def select(self, code: str | None) -> None:
        self.selected = code
        self._dirty = True

    def select_crisis(self, cid: str | None) -> None:
        """The selected crisis, its marker edged in the accent colour."""
        self.selected_crisis = cid
        self._dirty = True

    def focus(self, lonlat) -> None:
        if lonlat:
            self.center = (float(lonlat[0]), float(lonlat[1]))
            self._dirty = True

    def show_home(self, player: str | None) -> None:
        """Open on the player's capital (the stand-in map has no zoom to frame crises)."""
        if player and player in self.state.nations:
            self.focus(self.state.campaign.nation(player).capital_lonlat)

    @property
    def dirty(self) -> bool:
        """The picture changed since it was last drawn."""
        return self._dirty

    # --- projection (equirectangular around the centre) --------------------------------------
    def _initial_center(self):
        pts = [d.capital_lonlat for d in self.state.campaign.nations if d.capital_lonlat]
        if not pts:
            return (15.0, 45.0)
        return (sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts))

    def _scale(self) -> float:
        return self.rect.w / 120.0 * self.zoom

    def project(self, lon: float, lat: float) -> tuple[int, int]:
        s = self._scale()
        x = self.rect.centerx + (lon - self.center[0]) * s * math.cos(math.radians(45))
        y = self.rect.centery - (lat - self.center[1]) * s
        return int(x), int(y)

    # --- drawing ---------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        if self._dirty or self._surface is None or self._surface.get_size() != self.rect.size:
            self._render()
        surface.blit(self._surface, self.rect)

    def _render(self) -> None:
        t = self.theme
        surf = pygame.Surface(self.rect.size).convert()
        surf.fill(t.c("sea"))
        off = pygame.Vector2(self.rect.topleft)
        grid = t.c("grid")
        for lon in range(-180, 181, 15):
            x, _ = self.project(lon, 0)
            pygame.draw.line(surf, grid, (x - off.x, 0), (x - off.x, self.rect.h))
        for lat in range(-75, 90, 15):
            _, y = self.project(0, lat)
            pygame.draw.line(surf, grid, (0, y - off.y), (self.rect.w, y - off.y))
        self.picks = []
        fills = self.mode.fills if self.mode else {}
        r = max(t.u(10), int(t.u(16) * self.zoom ** 0.5))
        for d in self.state.campaign.nations:
            n = self.state.nations.get(d.code)
            if n is None or not n.exists or not d.capital_lonlat:
                continue
            x, y = self.project(*d.capital_lonlat)
            x, y = int(x - off.x), int(y - off.y)
            colour = fills.get(d.code, t.c("land"))
            pygame.draw.circle(surf, colour, (x, y), r)
            edge = t.c("accent") if d.code == self.selected else t.c("coast")
            pygame.draw.circle(surf, edge, (x, y), r, max(1, t.u(3) if d.code == self.selected
                                                           else 1))
            pat = self.mode.patterns.get(d.code) if self.mode else None
            if pat:
                _pattern(surf, (x, y), r, pat, t.c("bg"))
            text(surf, t, d.code, (x, y + r + t.u(2)), size=11, bold=True, align="center")
            self.picks.append((pygame.Rect(x - r, y - r, 2 * r, 2 * r).move(off), "nation",
                               d.code))
        for m in (self.mode.markers if self.mode else []):
            x, y = self.project(*m.lonlat)
            x, y = int(x - off.x), int(y - off.y)
            s = t.u(6 + 2 * m.size)
            pts = [(x, y - s), (x + s, y + s * 0.8), (x - s, y + s * 0.8)]
            pygame.draw.polygon(surf, m.colour, pts)
            edge = t.c("accent") if m.id == self.selected_crisis else t.c("bg")
            pygame.draw.polygon(surf, edge, pts, max(1, t.u(2)))
            self.picks.append((pygame.Rect(x - s, y - s, 2 * s, 2 * s).move(off), "crisis", m.id))
        self._surface = surf
        self._dirty = False

    # --- input -----------------------------------------------------------------------------
    def pick(self, pos) -> tuple[str, str] | None:
        for rect, kind, ident in reversed(self.picks):
            if rect.collidepoint(pos):
                return kind, ident
        return None

    def handle_event(self, event) -> tuple[str, str] | None:
        """Clicks select a nation or crisis (returned as (kind, id)); drag pans, wheel zooms."""
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1 and \
                self.rect.collidepoint(event.pos):
            self._drag = (event.pos, self.center, False)
            return None
        if event.type == pygame.MOUSEMOTION:
            if self._drag and event.buttons[0]:
                (sx, sy), (cx, cy), _ = self._drag
                dx, dy = event.pos[0] - sx, event.pos[1] - sy
                if abs(dx) + abs(dy) > 4:
                    s = self._scale()
                    self.center = (cx - dx / (s * math.cos(math.radians(45))), cy + dy / s)
                    self._drag = (self._drag[0], self._drag[1], True)
                    self._dirty = True
            elif self.rect.collidepoint(event.pos):
                p = self.pick(event.pos)
                hover = p[1] if p else None
                if hover != self.hover:
                    self.hover = hover
            return None
        if event.type == pygame.MOUSEBUTTONUP and event.button == 1:
            drag, self._drag = self._drag, None
            if drag and drag[2]:
                return None
            if self.rect.collidepoint(event.pos):
                return self.pick(event.pos) or ("none", "")
            return None
        if event.type == pygame.MOUSEWHEEL:
            if self.rect.collidepoint(pygame.mouse.get_pos()):
                self.zoom_by(1.15 if event.y > 0 else 1 / 1.15)
            return None
        if event.type == pygame.KEYDOWN:
            step = 8 / self.zoom
            moves = {pygame.K_LEFT: (-step, 0), pygame.K_RIGHT: (step, 0),
                     pygame.K_UP: (0, step), pygame.K_DOWN: (0, -step)}
            if event.key in moves:
                dx, dy = moves[event.key]
                self.center = (self.center[0] + dx, self.center[1] + dy)
                self._dirty = True
            elif event.key in (pygame.K_PLUS, pygame.K_EQUALS, pygame.K_KP_PLUS):
                self.zoom_by(1.25)
            elif event.key in (pygame.K_MINUS, pygame.K_KP_MINUS):
                self.zoom_by(0.8)
        return None

    def zoom_by(self, f: float) -> None:
        self.zoom = max(0.5, min(8.0, self.zoom * f))
        self._dirty = True

    def nation_at(self, pos) -> str | None:
        p = self.pick(pos)
        return p[1] if p and p[0] == "nation" else None


def _pattern(surf, centre, r, pattern: str, colour) -> None:
    x, y = centre
    if pattern == "hatch":
        for k in range(-r, r, max(3, r // 3)):
            pygame.draw.line(surf, colour, (x + k, y + r * 0.7), (x + k + r * 0.7, y - r * 0.7))
    elif pattern == "dots":
        for dx in (-r // 2, 0, r // 2):
            for dy in (-r // 2, 0, r // 2):
                pygame.draw.circle(surf, colour, (x + dx, y + dy), max(1, r // 8))
    elif pattern == "cross":
        pygame.draw.line(surf, colour, (x - r * 0.6, y), (x + r * 0.6, y), 2)
        pygame.draw.line(surf, colour, (x, y - r * 0.6), (x, y + r * 0.6), 2)
