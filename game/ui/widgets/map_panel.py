"""The map on the main screen: game/ui/map_view.py's MapView over the campaign's base map,
coloured by the current map mode (game/ui/map_modes.py).

Map modes speak in nations; the map speaks in features. This panel translates: a nation's
colour goes to every feature of its territory, crises become markers, and a click on a
feature or a capital comes back as the nation it belongs to. ``make_map_panel`` falls back to
the capitals stand-in when the base map cannot be loaded, so a broken custom campaign still
plays.
"""

from __future__ import annotations

import pygame

from game.ui import map_view
from game.ui.widgets.capitals_panel import CapitalsPanel

NEIGHBOUR_KM = 1500  # capitals this close to the player's frame the opening view


def make_map_panel(rect, state, theme):
    from game.mapdata import MapDataError, load_base_map

    try:
        base = load_base_map(state.campaign.base_map_at(state.month))
    except (MapDataError, KeyError, OSError, ValueError):  # a missing map is a MapDataError
        return CapitalsPanel(rect, state, theme)
    return MapPanel(rect, state, theme, base)


class MapPanel:
    def __init__(self, rect, state, theme, base_map):
        self.rect = pygame.Rect(rect)
        self.theme = theme
        self.state = state
        self.base = base_map
        self.palette = "colourblind" if getattr(theme, "name", "") == "colourblind" else "default"
        self.view = map_view.MapView(base_map, self.rect, palette=self.palette)
        self.mode = None
        self.selected: str | None = None
        self.selected_crisis: str | None = None
        self.hover: str | None = None
        self.player: str | None = None
        self._dirty = True
        self.owner: dict[str, str] = {}
        """feature id -> nation code (from the campaign's territories)."""
        self._own_features()

    def _own_features(self) -> None:
        self.owner = {}
        for d in self.state.campaign.nations:
            for fid in d.territory:
                if fid in self.base.features:
                    self.owner.setdefault(fid, d.code)
        self._label_nations()

    def _change_map(self, map_id: str) -> None:
        """Borders redrawn during the campaign (``later_maps``): the next base map, seen from
        where the player was looking (the maps of one window share their projection)."""
        from game.mapdata import MapDataError, load_base_map

        try:
            base = load_base_map(map_id)
        except (MapDataError, OSError, ValueError):
            return  # validate reports a missing map; the game goes on with the old one
        old = self.view
        self.base = base
        self.view = map_view.MapView(base, self.rect, palette=self.palette)
        self.view.look_from(old)
        self._own_features()

    def _label_nations(self) -> None:
        labels = {}
        for d in self.state.campaign.nations:
            own = [f for f in d.territory if f in self.base.features]
            if own and self.state.nations[d.code].exists:
                labels[own[0]] = d.name  # the home country comes first in a territory
        self.view.set_labels(labels)

    # --- what to show -----------------------------------------------------------------------
    def set_state(self, state) -> None:
        self.state = state
        wanted = state.campaign.base_map_at(state.month)
        if wanted != self.base.id:
            self._change_map(wanted)
        self._dirty = True

    def set_mode(self, result) -> None:
        self.mode = result
        fills, patterns = {}, {}
        for fid, code in self.owner.items():
            if not self.state.nations[code].exists:
                continue
            if code in result.fills:
                c = result.fills[code]
                fills[fid] = (c[0], c[1], c[2])
            pattern = result.patterns.get(code)
            if pattern:
                patterns[fid] = pattern
        self.view.set_fills(fills)
        self.view.set_patterns(patterns)
        markers = [map_view.Marker("crisis", m.id, m.label, max(0, m.size - 1),
                                   lon=m.lonlat[0], lat=m.lonlat[1], latent=m.latent)
                   for m in result.markers if m.kind == "crisis"]
        parties = {c for cr in self.state.crises.values() if cr.active
                   for c in (cr.aggressor, *cr.victims)}
        for d in self.state.campaign.nations:
            if d.capital_lonlat and self.state.nations[d.code].exists and d.capital:
                markers.append(map_view.Marker("capital", f"capital:{d.code}", d.capital,
                                               lon=d.capital_lonlat[0], lat=d.capital_lonlat[1],
                                               priority=self._weight(d.code, parties)))
        self.view.set_markers(markers)
        self.view.set_mode_legend(result.title, [((c[0], c[1], c[2]), p or "solid", label)
                                                 for label, c, p in result.legend],
                                  self.theme.scale)
        self._label_nations()
        self._dirty = True

    def _weight(self, code: str, parties: set[str]) -> int:
        """How much a nation's capital matters when dots crowd: the player's first, then the
        ``parties`` to active crises, then the stronger powers."""
        n = self.state.nations[code]
        tier = 2 if code == self.player else 1 if code in parties else 0
        return 1000 * tier + int(getattr(n, "military", 0)) + int(getattr(n, "economy", 0))

    def show_home(self, player: str | None) -> None:
        """Open on what matters to ``player``: their capital with its neighbours' and the
        active crises, framed together (the whole map when there is nothing to frame)."""
        self.player = player
        points = [cr.location for cr in self.state.crises.values() if cr.active and cr.location]
        home = self.state.campaign.nation(player).capital_lonlat \
            if player and player in self.state.nations else None
        if home:
            hx, hy = self.base.project(*home)
            for d in self.state.campaign.nations:
                if d.capital_lonlat and self.state.nations[d.code].exists:
                    x, y = self.base.project(*d.capital_lonlat)
                    if (x - hx) ** 2 + (y - hy) ** 2 <= NEIGHBOUR_KM**2:
                        points.append(d.capital_lonlat)
        if points:
            xs, ys = self.base.project([p[0] for p in points], [p[1] for p in points])
            self.view.frame((float(xs.min()), float(ys.min()), float(xs.max()), float(ys.max())))
        if self.mode is not None:
            self.set_mode(self.mode)  # the player's capital now comes first among the dots

    def set_rect(self, rect) -> None:
        self.rect = pygame.Rect(rect)
        self.view.resize(self.rect)

    def select(self, code: str | None) -> None:
        self.selected = code
        own = [f for f, c in self.owner.items() if c == code]
        fid = own[0] if own else None
        if fid != self.view.selected:  # the main screen selects again on every refresh
            self.view.selected = fid
            self.view.invalidate()

    def select_crisis(self, cid: str | None) -> None:
        """The selected crisis (its marker looks the same: the side panel shows it)."""
        self.selected_crisis = cid

    def focus(self, lonlat) -> None:
        if lonlat:
            x, y = self.base.project(lonlat[0], lonlat[1])
            self.view.center = (float(x), float(y))
            self.view._clamp_center()
            self.view.invalidate()

    # --- drawing -------------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        """The picture changed since it was last drawn (panned, zoomed, hovered, recoloured)."""
        return self.view.dirty

    def draw(self, surface: pygame.Surface) -> None:
        self.view.invalidate()  # the scene redraws the whole screen when it draws at all
        self.view.draw(surface, budget_s=None)
        self._dirty = False

    # --- input ---------------------------------------------------------------------------------
    def handle_event(self, event) -> tuple[str, str] | None:
        """A click returns ('nation', code), ('crisis', id) or ('none', ''); drag pans, the
        wheel and +/- zoom, arrows and WASD pan."""
        result = self.view.handle_event(event)
        if result is None:
            return None
        if result.kind == "hover":
            self.hover = self.owner.get(result.id or "")
            return None
        if result.kind == "marker":
            if result.id.startswith("capital:"):
                return "nation", result.id.split(":", 1)[1]
            return "crisis", result.id
        if result.kind == "select":
            code = self.owner.get(result.id or "")
            return ("nation", code) if code else ("none", "")
        self._dirty = True
        return None

    def pick(self, pos) -> tuple[str, str] | None:
        marker = self.view.marker_at(pos)
        if marker:
            return ("nation", marker.split(":", 1)[1]) if marker.startswith("capital:") \
                else ("crisis", marker)
        code = self.owner.get(self.view.pick(pos) or "")
        return ("nation", code) if code else None

    def nation_at(self, pos) -> str | None:
        p = self.pick(pos)
        return p[1] if p and p[0] == "nation" else None

    def zoom_by(self, f: float) -> None:
        self.view.zoom_at(1 if f > 1 else -1)
