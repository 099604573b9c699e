"""The map widget: a base map drawn in tiles, panned and zoomed, picked through an id-map.

How it stays fast (see docs/maps.md): at each zoom level the map is cut into 512-pixel tiles.
A tile keeps an *id-map* (which feature owns each pixel, from the shared numpy scan-line
filler) and a rendered surface (fills as a colour lookup on the id-map, patterns, water,
borders, labels, markers). Changing colours re-colours tiles from their id-maps without
touching geometry; only a zoom step rasterises again, and then tiles are rendered a few per
frame over a scaled copy of the previous view. The view is painted (tiles, hover and selection
outlines, the names repeated in view) into a *frame* a little larger than the widget, which the
screen gets with the legend on top: drawn again unchanged, the frame is only blitted; while the
mouse drags the map, the part of the frame in view is blitted until the view nears its edge,
and then the frame is scrolled and only the strips it uncovers are painted, with the names the
view showed when the drag began. The drop paints the view afresh, so the picture then is the
one a full paint gives. ``draw`` does nothing at all while nothing changed.

Coordinates: map km (y north) -> "world pixels" at the current scale (origin at the map's
north-west corner, y down) -> screen pixels (world pixels minus the view origin, plus rect).
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from dataclasses import dataclass, field

import numpy as np
import pygame

from game.mapdata import BaseMap
from game.mapdata.basemap import SIDE_FRAME, SIDE_LAND, SIDE_NONE, SIDE_SEA
from game.mapdata.raster import coverage, paint_labels, ring_edges, scan_spans

from . import fonts, map_palette

TILE = 512
ZOOM_STEP = 2 ** (1 / 3)  # three wheel notches per doubling
MAX_ZOOM = 12  # 2**4 = 16 times the scale at which the map covers the widget
MAX_TILES = 32  # cached tiles (about 1.5 MB each), all zoom levels together
MAX_LEVELS = 4  # zoom levels whose geometry stays cached
FRAME_MIN_KM = {"europe": 3000, "world": 5000}  # narrowest view ``frame`` opens on, per window
PAN_STEP = 0.15  # of the view, per arrow key press
DRAG_THRESHOLD = 4  # pixels a press may move and still count as a click
FRAME_BUDGET_S = 0.012  # tile rendering allowed per frame while tiles are missing
FRAME_MARGIN = 64
"""Pixels of map painted beyond each edge of the view: a drag only blits until it has moved
this far, then the frame is scrolled and the strips it uncovers painted."""
MARKER_KINDS = ("crisis", "mission", "capital", "city")
REPEAT_AREA_KM2 = 300_000  # countries this big are named again when their name is out of view
ANCHOR_ROOM_KM = 250  # how deep inside a repeated name must stand (or 60% of its label's room)
SAME_PLACE_KM = 40  # a base-map city this close to a campaign's capital is that capital


@dataclass(frozen=True)
class Marker:
    """A symbol the game puts on the map. Give either lon/lat or map x/y (km)."""

    kind: str  # "crisis" | "mission" | "capital" | "city"
    id: str = ""
    label: str = ""
    stage: int = 0  # crisis escalation 0..5 (shape, colour and number all change)
    lon: float | None = None
    lat: float | None = None
    x: float | None = None
    y: float | None = None
    priority: int = 0  # capitals: higher ones keep their place when dots crowd
    latent: bool = False  # a crisis not yet begun: a hollow ring with "!", not a stage shape


@dataclass(frozen=True)
class MapEvent:
    """What an input event did: "select" / "hover" (a feature id or None), "marker" (a
    marker id), or "view" (panned or zoomed)."""

    kind: str
    id: str | None = None


@dataclass
class _Level:
    """What one zoom level needs to render tiles: geometry in world pixels and the labels."""

    zoom: int
    scale: float  # pixels per km
    lod: str
    edges: np.ndarray = field(repr=False)  # (E, 4) partition edges in world pixels
    keys: np.ndarray = field(repr=False)  # id-map value of each edge
    key_ranges: dict = field(repr=False)  # key -> (start, stop, bbox)
    overlay_edges: dict = field(repr=False)  # overlay key -> (edges, bbox)
    arcs: "_Polylines" = field(repr=False)  # borders and coasts, with a style per arc
    lakes: "_Polylines | None" = field(repr=False)
    rivers: "_Polylines | None" = field(repr=False)
    labels: list = field(default_factory=list, repr=False)  # _Placed, in drawing order
    label_boxes: np.ndarray | None = field(default=None, repr=False)  # (L, 4) x0 y0 x1 y1
    leaders: list = field(default_factory=list, repr=False)  # (from, to, dot at from)
    hits: list = field(default_factory=list, repr=False)  # (marker id, rect) for clicks
    outlines: dict = field(default_factory=dict, repr=False)  # feature id -> _Outline


@dataclass(frozen=True)
class _Outline:
    """A feature's outline at one zoom level: its polylines in world pixels, with the bounds
    of each (``lo``, ``hi``: (N, 2) arrays) to find those in view at once."""

    polylines: list = field(repr=False)
    lo: np.ndarray = field(repr=False)
    hi: np.ndarray = field(repr=False)


@dataclass(frozen=True)
class _Placed:
    """One symbol or name laid out on a zoom level, in world pixels."""

    kind: str  # crisis, mission, capital, city (symbols); name, label, callout (text)
    text: str
    img: pygame.Surface = field(repr=False)
    rect: pygame.Rect
    ref: str = ""  # the marker or feature it belongs to


class _Placer:
    """The rectangles taken so far, bucketed in a coarse grid so a test looks at few."""

    CELL = 128

    def __init__(self):
        self._cells: dict[tuple[int, int], list[pygame.Rect]] = {}

    def _keys(self, r: pygame.Rect):
        c = self.CELL
        for i in range(r.left // c, (r.right - 1) // c + 1):
            for j in range(r.top // c, (r.bottom - 1) // c + 1):
                yield i, j

    def free(self, rect: pygame.Rect) -> bool:
        return all(rect.collidelist(self._cells.get(k, ())) < 0 for k in self._keys(rect))

    def take(self, rect: pygame.Rect) -> None:
        for k in self._keys(rect):
            self._cells.setdefault(k, []).append(pygame.Rect(rect))


@dataclass
class _Polylines:
    """Many polylines in one array (world pixels), culled per tile with numpy."""

    xy: np.ndarray
    start: np.ndarray
    boxes: np.ndarray  # (P, 4) x0 y0 x1 y1
    style: np.ndarray  # int per polyline (see _arc_style)

    def within(self, x0: float, y0: float, x1: float, y1: float):
        b = self.boxes
        hit = (b[:, 2] >= x0) & (b[:, 0] <= x1) & (b[:, 3] >= y0) & (b[:, 1] <= y1)
        for k in np.flatnonzero(hit).tolist():
            yield int(self.style[k]), self.xy[self.start[k] : self.start[k + 1]]


class MapView:
    """A pannable, zoomable map of one base map inside a screen rectangle."""

    def __init__(self, base_map: BaseMap, rect, palette: str = "default", show_cities: bool = True):
        pygame.font.init()
        self.map = base_map
        self.rect = pygame.Rect(rect)
        self.palette = map_palette.get(palette)
        self.show_cities = show_cities
        self.hover: str | None = None
        self.selected: str | None = None
        self._fills: dict[str, tuple] = {}
        self._patterns: dict[str, str] = {}
        self._labels: dict[str, str] = {}
        self._markers: list[Marker] = []
        self._legend: tuple[str, list, float] | None = None
        self._legend_surface: pygame.Surface | None = None
        self._text_cache: OrderedDict = OrderedDict()
        self._anchor_cache: dict[str, list] = {}
        self._view_names_key: tuple[object, ...] | None = None
        self._view_names_cache: list = []
        self._levels: OrderedDict[int, _Level] = OrderedDict()
        # (zoom, i, j) -> [id-map, rendered surface or None, id-map values present]
        self._tiles: OrderedDict = OrderedDict()
        self._n = len(base_map.by_index)
        self._unclaimed_key = self._n + 1
        # Id-maps in the smallest type that holds every key: a tile's id-map is kept as long
        # as the tile, and every map so far has fewer than 255 features.
        self._id_dtype = np.uint8 if self._unclaimed_key < 256 else np.uint16
        self._zoom = 0
        self._min_zoom = 0
        x0, y0, x1, y1 = base_map.bounds
        self.center = ((x0 + x1) / 2, (y0 + y1) / 2)
        self._fit = 1.0
        self._drag_start = None
        self._dragged = False
        self._mouse = self.rect.center
        self._fallback: tuple[pygame.Surface, float, tuple[int, int], pygame.Rect] | None = None
        """(surface, scale, origin, area) shown under tiles still missing."""
        self._last_target: pygame.Surface | None = None
        self._frame: pygame.Surface | None = None
        """The view as last painted with FRAME_MARGIN around it (the legend is not in it)."""
        self._frame_at: tuple[int, int] | None = None
        """The world pixel at the frame's top-left corner."""
        self._view_at: tuple[int, int] | None = None
        """The view origin last drawn."""
        self._frame_key: tuple[object, ...] | None = None
        """What the frame shows apart from its origin (``_content_key``); None: paint anew."""
        self._frame_names: list[tuple[str, pygame.Surface, pygame.Rect]] = []
        """The names repeated in the frame's view (``_view_names``), kept while dragging."""
        self._painted_version = 0
        """Counts the changes of what tiles show (colours, patterns, labels, markers)."""
        self._dirty = True
        self._luts()
        self.resize(self.rect)

    # -- public state setters ----------------------------------------------------------
    def set_fills(self, fills: dict[str, tuple[int, int, int]]) -> None:
        """Fill colour per feature id; features left out are drawn in the neutral land colour."""
        self._check_ids(fills)
        colours = {k: tuple(v[:3]) for k, v in fills.items()}
        if colours == self._fills:
            return  # the main screen sets them on every refresh; re-colouring is not free
        overlays_before = self._active_overlays()
        self._fills = colours
        self._data_changed(geometry=self._active_overlays() != overlays_before)

    def set_patterns(self, patterns: dict[str, str]) -> None:
        """A pattern per feature id (see map_palette.PATTERNS); a second cue beside colour."""
        self._check_ids(patterns)
        for name in patterns.values():
            if name not in map_palette.PATTERNS:
                raise ValueError(f"unknown pattern {name!r} (known: {', '.join(map_palette.PATTERNS)})")
        if patterns == self._patterns:
            return
        overlays_before = self._active_overlays()
        self._patterns = dict(patterns)
        self._data_changed(geometry=self._active_overlays() != overlays_before)

    def set_labels(self, labels: dict[str, str]) -> None:
        """Label text per feature id (nation names); others show the feature's own name."""
        self._check_ids(labels)
        if labels == self._labels:
            return  # the main screen sets them on every refresh; a layout is not free
        self._labels = dict(labels)
        self._data_changed(relabel=True)

    def set_markers(self, markers: list[Marker]) -> None:
        for m in markers:
            if m.kind not in MARKER_KINDS:
                raise ValueError(f"unknown marker kind {m.kind!r} (known: {', '.join(MARKER_KINDS)})")
        if list(markers) == self._markers:
            return
        self._markers = list(markers)
        self._data_changed(relabel=True)

    def set_palette(self, name: str) -> None:
        self.palette = map_palette.get(name)
        self._legend_surface = None
        self._data_changed(relabel=True)

    def set_mode_legend(self, title: str, entries: list[tuple[tuple, str, str]],
                        scale: float = 1.0) -> None:
        """Legend of the current mode: (colour, pattern, text) per row; empty title hides it.
        It is the screen's one legend, part of the interface rather than of the map: its text
        and swatches follow the UI ``scale`` (the map's own labels follow the zoom)."""
        legend = (title, list(entries), scale) if title else None
        if legend == self._legend:
            return  # drawn once: the same legend keeps its picture
        self._legend = legend
        self._legend_surface = None
        self._dirty = True

    def resize(self, rect) -> None:
        """Follow a new widget rectangle (any size); keeps centre and relative zoom."""
        self.rect = pygame.Rect(rect)
        x0, y0, x1, y1 = self.map.bounds
        w, h = max(self.rect.w, 1), max(self.rect.h, 1)
        # Zoom 0 covers the widget with map; zooming out to the whole map is allowed too.
        self._fit = max(w / (x1 - x0), h / (y1 - y0))
        contain = min(w / (x1 - x0), h / (y1 - y0))
        self._min_zoom = -math.ceil(math.log(self._fit / contain) / math.log(ZOOM_STEP) - 1e-9)
        self._zoom = max(self._min_zoom, min(MAX_ZOOM, self._zoom))
        self._levels.clear()
        self._tiles.clear()
        self._fallback = None
        self._clamp_center()
        self._dirty = True

    def look_from(self, other: "MapView") -> None:
        """Take another view's centre and zoom (a map of the same window replacing it)."""
        self.center = other.center
        self._zoom = max(self._min_zoom, min(MAX_ZOOM, other.zoom))
        self._clamp_center()
        self._dirty = True

    def invalidate(self) -> None:
        """Redraw on the next ``draw`` even though nothing changed (e.g. the screen was cleared)."""
        self._dirty = True

    def repaint(self) -> None:
        """Paint the view afresh on the next ``draw`` rather than reuse or scroll the frame."""
        self._frame_key = None
        self._dirty = True

    @property
    def dirty(self) -> bool:
        """Something changed since the last ``draw`` (or tiles are still to be rendered)."""
        return self._dirty

    # -- view geometry -----------------------------------------------------------------
    @property
    def scale(self) -> float:
        """Pixels per kilometre at the current zoom."""
        return self._fit * ZOOM_STEP**self._zoom

    @property
    def zoom(self) -> int:
        return self._zoom

    def _origin(self, scale: float | None = None) -> tuple[int, int]:
        """World-pixel coordinate of the widget's top-left corner."""
        s = self.scale if scale is None else scale
        x0, _, _, y1 = self.map.bounds
        return (
            int(round((self.center[0] - x0) * s - self.rect.w / 2)),
            int(round((y1 - self.center[1]) * s - self.rect.h / 2)),
        )

    def screen_to_map(self, pos) -> tuple[float, float]:
        ox, oy = self._origin()
        s = self.scale
        x0, _, _, y1 = self.map.bounds
        return x0 + (ox + pos[0] - self.rect.x) / s, y1 - (oy + pos[1] - self.rect.y) / s

    def map_to_screen(self, x: float, y: float) -> tuple[int, int]:
        ox, oy = self._origin()
        s = self.scale
        x0, _, _, y1 = self.map.bounds
        return (int(round((x - x0) * s - ox + self.rect.x)), int(round((y1 - y) * s - oy + self.rect.y)))

    def pan(self, dx: float, dy: float) -> None:
        """Move the map content by (dx, dy) screen pixels."""
        s = self.scale
        self.center = (self.center[0] - dx / s, self.center[1] + dy / s)
        self._clamp_center()
        self._dirty = True

    def zoom_at(self, steps: int, pos=None) -> bool:
        """Zoom in (steps > 0) or out around a screen point; False at the limits."""
        new = max(self._min_zoom, min(MAX_ZOOM, self._zoom + steps))
        if new == self._zoom:
            return False
        pos = self.rect.center if pos is None else pos
        before = self.screen_to_map(pos)
        self._snapshot()
        self._zoom = new
        after = self.screen_to_map(pos)
        self.center = (self.center[0] + before[0] - after[0], self.center[1] + before[1] - after[1])
        self._clamp_center()
        self._dirty = True
        return True

    def frame(self, box, min_km: float | None = None, margin: float = 0.2) -> None:
        """Centre on a map box (x0, y0, x1, y1 in km) at the closest zoom that shows all of
        it with a margin, and at least ``min_km`` across (a single point is not a view)."""
        min_km = FRAME_MIN_KM.get(self.map.window, 5000) if min_km is None else min_km
        bx0, by0, bx1, by1 = box
        cx, cy = (bx0 + bx1) / 2, (by0 + by1) / 2
        w = max(bx1 - bx0, min_km) * (1 + 2 * margin)
        h = max(by1 - by0, min_km * 0.6) * (1 + 2 * margin)
        scale = min(self.rect.w / w, self.rect.h / h)
        zoom = math.floor(math.log(scale / self._fit) / math.log(ZOOM_STEP) + 1e-9)
        self._zoom = max(self._min_zoom, min(MAX_ZOOM, zoom))
        self.center = (cx, cy)
        self._fallback = None
        self._clamp_center()
        self._dirty = True

    def _clamp_center(self) -> None:
        """Keep the view inside the map; centre the map on an axis where it is smaller."""
        x0, y0, x1, y1 = self.map.bounds
        hw, hh = self.rect.w / (2 * self.scale), self.rect.h / (2 * self.scale)
        cx = (x0 + x1) / 2 if 2 * hw >= x1 - x0 else min(max(self.center[0], x0 + hw), x1 - hw)
        cy = (y0 + y1) / 2 if 2 * hh >= y1 - y0 else min(max(self.center[1], y0 + hh), y1 - hh)
        self.center = (cx, cy)

    # -- events ------------------------------------------------------------------------
    def handle_event(self, event: pygame.event.Event) -> MapEvent | None:
        """Pan (drag, arrows/WASD), zoom (wheel, +/-), hover and click-select."""
        if event.type == pygame.MOUSEMOTION:
            self._mouse = event.pos
            if self._drag_start is not None and event.buttons[0]:
                if not self._dragged:
                    dx = event.pos[0] - self._drag_start[0]
                    dy = event.pos[1] - self._drag_start[1]
                    self._dragged = abs(dx) + abs(dy) > DRAG_THRESHOLD
                if self._dragged:
                    self.pan(*event.rel)
                    return MapEvent("view")
                return None
            if not self.rect.collidepoint(event.pos):
                return self._set_hover(None)
            return self._set_hover(self.pick(event.pos))
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            if self.rect.collidepoint(event.pos):
                self._drag_start, self._dragged = event.pos, False
            return None
        if event.type == pygame.MOUSEBUTTONUP and event.button == 1:
            start, dragged = self._drag_start, self._dragged
            self._drag_start, self._dragged = None, False
            if dragged:
                self.repaint()  # the names in view are placed for where the drag ended
            if start is None or dragged or not self.rect.collidepoint(event.pos):
                return None
            marker = self.marker_at(event.pos)
            if marker is not None:
                return MapEvent("marker", marker)
            picked = self.pick(event.pos)
            self.selected = picked
            self._dirty = True
            return MapEvent("select", picked)
        if event.type == pygame.MOUSEWHEEL:
            pos = self._cursor()
            if not self.rect.collidepoint(pos):
                return None  # the wheel turned over another panel
            if event.y and self.zoom_at(1 if event.y > 0 else -1, pos):
                return MapEvent("view")
            return None
        if event.type == pygame.KEYDOWN:
            return self._key(event.key)
        return None

    def _cursor(self) -> tuple[int, int]:
        """Where the mouse is now. A wheel event carries no position, and the last motion
        this view saw may be stale (a dialog above took the moves, or the pointer left the
        map): ask pygame while the window has the mouse."""
        if pygame.display.get_init() and pygame.mouse.get_focused():
            return pygame.mouse.get_pos()
        return self._mouse

    def _key(self, key: int) -> MapEvent | None:
        step_x, step_y = self.rect.w * PAN_STEP, self.rect.h * PAN_STEP
        moves = {
            pygame.K_LEFT: (step_x, 0), pygame.K_a: (step_x, 0),
            pygame.K_RIGHT: (-step_x, 0), pygame.K_d: (-step_x, 0),
            pygame.K_UP: (0, step_y), pygame.K_w: (0, step_y),
            pygame.K_DOWN: (0, -step_y), pygame.K_s: (0, -step_y),
        }
        if key in moves:
            self.pan(*moves[key])
            return MapEvent("view")
        pos = self._cursor()
        pos = pos if self.rect.collidepoint(pos) else self.rect.center
        if key in (pygame.K_PLUS, pygame.K_EQUALS, pygame.K_KP_PLUS):
            return MapEvent("view") if self.zoom_at(1, pos) else None
        if key in (pygame.K_MINUS, pygame.K_KP_MINUS):
            return MapEvent("view") if self.zoom_at(-1, pos) else None
        return None

    def _set_hover(self, fid: str | None) -> MapEvent | None:
        if fid == self.hover:
            return None
        self.hover = fid
        self._dirty = True
        return MapEvent("hover", fid)

    # -- picking -----------------------------------------------------------------------
    def pick(self, pos) -> str | None:
        """The feature id under a screen position (via the tile's id-map), or None."""
        if not self.rect.collidepoint(pos):
            return None
        level = self._level()
        ox, oy = self._origin()
        wx, wy = ox + pos[0] - self.rect.x, oy + pos[1] - self.rect.y
        i, j = wx // TILE, wy // TILE
        ids = self._tile(level, i, j)[0]
        v = int(ids[wy - j * TILE, wx - i * TILE])
        if 1 <= v <= self._n:
            return self.map.by_index[v - 1].id
        return None

    def marker_at(self, pos) -> str | None:
        """The marker drawn under a screen position (where the layout put it), or None."""
        if not self.rect.collidepoint(pos):
            return None
        ox, oy = self._origin()
        wx, wy = ox + pos[0] - self.rect.x, oy + pos[1] - self.rect.y
        for ref, rect in self._level().hits:
            if ref and rect.inflate(6, 6).collidepoint(wx, wy):
                return ref
        return None

    def placed(self) -> list[_Placed]:
        """Everything the current zoom level shows, with world-pixel rectangles (tests,
        screenshots and tools read this)."""
        return list(self._level().labels)

    def names_in_view(self) -> list[tuple[str, pygame.Rect]]:
        """The feature names the current view shows, on screen: the layout's and the
        big countries' named again in view."""
        level = self._level()
        ox, oy = self._origin()
        out = [(p.text, self.world_rect(p.rect)) for p in level.labels if p.kind == "name"]
        out += [(text, self.world_rect(rect)) for text, _, rect in self._view_names(level, ox, oy)]
        return [(t, r) for t, r in out if self.rect.colliderect(r)]

    def world_rect(self, rect: pygame.Rect) -> pygame.Rect:
        """A world-pixel rectangle of the current level on screen."""
        ox, oy = self._origin()
        return rect.move(self.rect.x - ox, self.rect.y - oy)

    # -- drawing -----------------------------------------------------------------------
    @property
    def pending(self) -> bool:
        """True while visible tiles are still to be rendered."""
        level = self._level()
        return any(self._tiles.get((level.zoom, i, j), [None, None])[1] is None
                   for i, j in self._visible_tiles())

    def draw(self, surface: pygame.Surface, force: bool = False, budget_s: float | None = FRAME_BUDGET_S) -> bool:
        """Draw the map into ``surface`` at ``self.rect``; returns False (and does nothing)
        when nothing changed since the last call. ``budget_s=None`` renders every tile now;
        ``force`` paints the view afresh."""
        if not (self._dirty or force):
            return False
        self._last_target = surface
        level = self._level()
        ox, oy = self._origin()
        key = self._content_key(level)
        m = FRAME_MARGIN
        size = (self.rect.w + 2 * m, self.rect.h + 2 * m)
        frame = self._frame
        if frame is None or frame.get_size() != size:
            frame = self._frame = pygame.Surface(size, 0, surface)
            self._frame_key = None
        missing: list[tuple[int, int]] = []
        view = pygame.Rect(ox, oy, self.rect.w, self.rect.h)
        same = not force and key == self._frame_key and self._frame_at is not None
        if same and (self._dragged or (ox, oy) == self._view_at) and self._frame_holds(view):
            pass  # the view is in the frame as painted: blitted alone
        elif not (same and self._dragged and self._scroll(frame, level, ox - m, oy - m)):
            self._frame_names = self._view_names(level, ox, oy)
            self._frame_at = (ox - m, oy - m)
            missing = self._paint(frame, level, budget_s)
        self._view_at = (ox, oy)
        self._frame_key = None if missing else key
        assert self._frame_at is not None  # painted or scrolled just now, if not before
        fx, fy = self._frame_at
        clip = surface.get_clip()
        surface.set_clip(self.rect.clip(clip) if clip else self.rect)
        surface.blit(frame, self.rect, view.move(-fx, -fy))
        self._draw_legend(surface)
        surface.set_clip(clip)
        self._dirty = bool(missing)
        if not missing:
            self._fallback = None
        return True

    def _frame_holds(self, view: pygame.Rect) -> bool:
        """Whether the frame as painted covers the view (world pixels)."""
        return (self._frame is not None and self._frame_at is not None
                and pygame.Rect(self._frame_at, self._frame.get_size()).contains(view))

    def _content_key(self, level: _Level) -> tuple[object, ...]:
        """Everything a painted frame shows apart from where it looks: a frame painted under
        the same key can be scrolled to another origin."""
        return (level.zoom, id(level), id(level.labels), self.hover, self.selected,
                self.palette, self._painted_version)

    def _scroll(self, frame: pygame.Surface, level: _Level, fx: int, fy: int) -> bool:
        """Move the frame's picture so that its corner is at world pixel (fx, fy), and paint
        the strips that uncovers; False when nothing of the old picture would stay."""
        assert self._frame_at is not None
        dx, dy = fx - self._frame_at[0], fy - self._frame_at[1]
        w, h = frame.get_size()
        if abs(dx) >= w or abs(dy) >= h:
            return False
        frame.set_clip(None)
        frame.scroll(-dx, -dy)
        self._frame_at = (fx, fy)
        strips = []
        if dx:
            strips.append(pygame.Rect(w - dx if dx > 0 else 0, 0, abs(dx), h))
        if dy:
            strips.append(pygame.Rect(0, h - dy if dy > 0 else 0, w, abs(dy)))
        for strip in strips:
            frame.set_clip(strip)
            self._paint(frame, level, None)  # every tile rendered
        frame.set_clip(None)
        return True

    def _paint(self, frame: pygame.Surface, level: _Level,
               budget_s: float | None) -> list[tuple[int, int]]:
        """Paint the world from the frame's corner (``_frame_at``) into ``frame`` (within its
        clip): tiles, the outlines, the names they cross, the names repeated in view. Returns
        the tiles left unrendered when the budget ran out (shown by the fallback)."""
        assert self._frame_at is not None
        ox, oy = self._frame_at
        box = frame.get_rect()
        deadline = None if budget_s is None else time.perf_counter() + budget_s
        in_view = set(self._visible_tiles())
        visible = sorted(self._visible_tiles(pygame.Rect(ox, oy, box.w, box.h)),
                         key=lambda ij: ij not in in_view)  # the tiles in view rendered first
        rendered = 0
        for i, j in visible:  # render missing tiles while the frame's budget lasts
            key = (level.zoom, i, j)
            tile = self._tiles.get(key)
            if tile is not None and tile[1] is not None:
                continue
            if deadline is not None and rendered and time.perf_counter() > deadline:
                break
            tile = self._tile(level, i, j)
            tile[1] = self._render_tile(level, i, j, tile)
            rendered += 1
        ready = [(i, j, self._tiles.get((level.zoom, i, j))) for i, j in visible]
        missing = [(i, j) for i, j, t in ready if t is None or t[1] is None]
        if missing:
            self._draw_fallback(frame, box, level, missing, ox, oy)
        for i, j, tile in ready:
            if tile is not None and tile[1] is not None:
                frame.blit(tile[1], (i * TILE - ox, j * TILE - oy))
        spans = []  # world-pixel boxes of the outlines' polylines
        for fid, colour, width in ((self.selected, self.palette.selected, 3),
                                   (self.hover, self.palette.hover, 2)):
            if fid is not None and fid in self.map.features:
                spans.append(self._draw_outline(frame, box, level, fid, colour, width, ox, oy))
        self._redraw_over(frame, box, level, spans, ox, oy)
        for _, img, rect in self._frame_names:
            frame.blit(img, (rect.x - ox, rect.y - oy))
        return missing

    def finish(self, surface: pygame.Surface) -> None:
        """Render everything still missing now (for screenshots and tests)."""
        self.draw(surface, force=True, budget_s=None)

    def _visible_tiles(self, area: pygame.Rect | None = None):
        """The tiles under ``area`` (world pixels; the view by default), as (i, j)."""
        ox, oy, w, h = area if area is not None else (*self._origin(), *self.rect.size)
        i0, j0 = ox // TILE, oy // TILE
        i1, j1 = (ox + w - 1) // TILE, (oy + h - 1) // TILE
        return [(i, j) for j in range(j0, j1 + 1) for i in range(i0, i1 + 1)]

    def _snapshot(self) -> None:
        """Keep the current picture to show, scaled, under tiles of the next zoom level."""
        if self._last_target is None or self._fallback is not None:
            return
        area = self.rect.clip(self._last_target.get_rect())
        if area.w and area.h:
            self._fallback = (self._last_target.subsurface(area).copy(), self.scale, self._origin(), area)

    def _draw_fallback(self, surface, box, level, missing, ox, oy) -> None:
        """Under tiles not rendered yet: the previous zoom's picture, scaled, or plain sea."""
        if self._fallback is None:
            for i, j in missing:
                surface.fill(self.palette.sea, (box.x + i * TILE - ox, box.y + j * TILE - oy,
                                                TILE, TILE))
            return
        img, old_scale, (oox, ooy), area = self._fallback
        f = level.scale / old_scale
        # World pixels (old scale) of the snapshot's corner, and the part now in view.
        sx0, sy0 = oox + area.x - self.rect.x, ooy + area.y - self.rect.y
        src = pygame.Rect(int(ox / f - sx0), int(oy / f - sy0),
                          int(box.w / f) + 2, int(box.h / f) + 2).clip(img.get_rect())
        surface.fill(self.palette.frame, box)
        if src.w and src.h:
            part = pygame.transform.scale(img.subsurface(src), (max(1, round(src.w * f)),
                                                                max(1, round(src.h * f))))
            surface.blit(part, (box.x + round((sx0 + src.x) * f) - ox,
                                box.y + round((sy0 + src.y) * f) - oy))

    def _draw_outline(self, surface, box, level, fid, colour, width, ox, oy) -> np.ndarray:
        """Draw a feature's outline where it meets the surface's clip; returns the world boxes
        of all its polylines, (N, 4) x0 y0 x1 y1, for the names it crosses (the same whichever
        part of the view is painted)."""
        outline = level.outlines.get(fid)
        if outline is None:  # the polylines with their bounds, once per zoom level
            lines = [pts for pts in (self._to_world(a, level.scale)
                                     for a in self.map.outline([fid], level.lod)) if len(pts) >= 2]
            outline = level.outlines[fid] = _Outline(
                lines, np.array([p.min(axis=0) for p in lines]).reshape(-1, 2),
                np.array([p.max(axis=0) for p in lines]).reshape(-1, 2))
        dx, dy = box.x - ox, box.y - oy
        clip = surface.get_clip().clip(box).move(-dx, -dy).inflate(2 * width + 2,
                                                                   2 * width + 2)
        lo, hi = outline.lo, outline.hi
        inside = ((hi[:, 0] >= clip.left) & (lo[:, 0] <= clip.right) & (hi[:, 1] >= clip.top)
                  & (lo[:, 1] <= clip.bottom))
        for k in np.flatnonzero(inside).tolist():
            pygame.draw.lines(surface, colour, False,
                              (outline.polylines[k] + (dx, dy)).tolist(), width)
        return np.concatenate([lo - width, hi + width], axis=1)

    def _redraw_over(self, surface, box, level, spans, ox, oy) -> None:
        """Names and symbols an outline crossed, drawn again on top: text stays readable
        when its country is selected or hovered."""
        b = level.label_boxes
        if not spans or b is None or not len(b):
            return
        s = np.concatenate(spans).astype(np.float64)[None, :, :]
        # the part of the view painted now (a strip while dragging), in world pixels
        part = surface.get_clip().move(ox - box.x, oy - box.y).clip(
            pygame.Rect(ox, oy, box.w, box.h))
        vx0, vy0, vx1, vy1 = part.left, part.top, part.right, part.bottom
        near = np.flatnonzero((b[:, 2] >= vx0) & (b[:, 0] <= vx1) & (b[:, 3] >= vy0)
                              & (b[:, 1] <= vy1))
        v = b[near][:, None, :]
        crossed = ((s[..., 0] <= v[..., 2]) & (s[..., 2] >= v[..., 0]) & (s[..., 1] <= v[..., 3])
                   & (s[..., 3] >= v[..., 1])).any(axis=1)
        for k in near[crossed].tolist():
            item = level.labels[k]
            surface.blit(item.img, (box.x + item.rect.x - ox, box.y + item.rect.y - oy))

    def _draw_legend(self, surface) -> None:
        if self._legend is None:
            return
        if self._legend_surface is None:
            self._legend_surface = self._render_legend(*self._legend)
        panel = self._legend_surface
        margin = round(12 * self._legend[2])
        surface.blit(panel, (self.rect.x + margin, self.rect.bottom - panel.get_height() - margin))

    # -- zoom levels -------------------------------------------------------------------
    def _level(self) -> _Level:
        level = self._levels.get(self._zoom)
        if level is None:
            level = self._levels[self._zoom] = self._build_level(self._zoom)
            while len(self._levels) > MAX_LEVELS:
                self._levels.popitem(last=False)
        self._levels.move_to_end(self._zoom)
        return level

    def _to_world(self, pts: np.ndarray, scale: float) -> np.ndarray:
        x0, _, _, y1 = self.map.bounds
        out = np.empty_like(pts, dtype=np.float64)
        out[:, 0] = (pts[:, 0] - x0) * scale
        out[:, 1] = (y1 - pts[:, 1]) * scale
        return out

    def _build_level(self, zoom: int) -> _Level:
        scale = self._fit * ZOOM_STEP**zoom
        # The overview level is good while its tolerance stays under a pixel.
        lod = "coarse" if self.map.lod_tolerance_km["coarse"] * scale < 0.8 else "fine"
        edge_parts, key_parts, key_ranges, start = [], [], {}, 0
        for key, rings in self._partition_rings(lod):
            world = [self._to_world(r, scale) for r in rings]
            e, _ = ring_edges(world, [key] * len(world))
            if not len(e):
                continue
            edge_parts.append(e)
            key_parts.append(np.full(len(e), key, dtype=np.int64))
            lo = np.minimum(e[:, :2].min(axis=0), e[:, 2:].min(axis=0))
            hi = np.maximum(e[:, :2].max(axis=0), e[:, 2:].max(axis=0))
            key_ranges[key] = (start, start + len(e), (lo[0], lo[1], hi[0], hi[1]))
            start += len(e)
        edges = np.vstack(edge_parts) if edge_parts else np.zeros((0, 4))
        keys = np.concatenate(key_parts) if key_parts else np.zeros(0, dtype=np.int64)
        overlay_edges = {}
        for f in self.map.overlays:
            world = [self._to_world(r, scale) for r in f.rings(lod)]
            e, _ = ring_edges(world, [0] * len(world))
            if len(e):
                lo = np.minimum(e[:, :2].min(axis=0), e[:, 2:].min(axis=0))
                hi = np.maximum(e[:, :2].max(axis=0), e[:, 2:].max(axis=0))
                overlay_edges[f.index + 1] = (e, (lo[0], lo[1], hi[0], hi[1]))
        styles = np.array([_arc_style(int(a), int(b)) for a, b in self.map.arc_sides.tolist()],
                          dtype=np.int32)
        arcs = self._polylines("arcs", lod, scale, styles)
        # Lakes and rivers only where they help: the Europe maps, or a zoomed-in world.
        wet = self.map.window == "europe" or zoom >= 3
        lakes = self._polylines("lakes", lod, scale) if wet else None
        rivers = self._polylines("rivers", lod, scale) if wet and zoom >= 2 else None
        level = _Level(zoom, scale, lod, edges, keys, key_ranges, overlay_edges, arcs, lakes, rivers)
        self._layout_labels(level)
        return level

    def _polylines(self, layer: str, lod: str, scale: float, styles=None) -> "_Polylines":
        xy, start = self.map.packed(layer, lod)
        world = self._to_world(xy, scale)
        n = len(start) - 1
        if n == 0:
            return _Polylines(world, start, np.zeros((0, 4)), np.zeros(0, dtype=np.int32))
        first = start[:-1]
        boxes = np.column_stack([
            np.minimum.reduceat(world[:, 0], first), np.minimum.reduceat(world[:, 1], first),
            np.maximum.reduceat(world[:, 0], first), np.maximum.reduceat(world[:, 1], first),
        ])
        if styles is None:
            styles = np.zeros(n, dtype=np.int32)
        return _Polylines(world, start, boxes, styles)

    def _partition_rings(self, lod: str):
        for f in self.map.by_index:
            if not f.overlay:
                yield f.index + 1, f.rings(lod)
        yield self._unclaimed_key, self.map.unclaimed[lod]

    # -- tiles -------------------------------------------------------------------------
    def _tile(self, level: _Level, i: int, j: int) -> list:
        """[id-map, rendered surface or None, id-map values that may occur in it]."""
        key = (level.zoom, i, j)
        tile = self._tiles.get(key)
        if tile is None:
            ids, present = self._tile_ids(level, i, j)
            tile = [ids, None, present]
            self._tiles[key] = tile
            while len(self._tiles) > MAX_TILES:
                self._tiles.popitem(last=False)
        else:
            self._tiles.move_to_end(key)
        return tile

    def _tile_ids(self, level: _Level, i: int, j: int) -> tuple[np.ndarray, set[int]]:
        """The id-map of one tile (0 sea, index + 1 for features, one more for unclaimed
        land) and the values that can occur in it."""
        tx, ty = i * TILE, j * TILE
        parts, kparts, present = [], [], {0}
        for key, (a, b, (x0, y0, x1, y1)) in level.key_ranges.items():
            if x1 >= tx and x0 < tx + TILE and y1 >= ty and y0 < ty + TILE:
                parts.append(level.edges[a:b])
                kparts.append(level.keys[a:b])
                present.add(key)
        if not parts:
            return np.zeros((TILE, TILE), dtype=self._id_dtype), present
        edges = np.vstack(parts) - (tx, ty, tx, ty)
        ids = paint_labels(scan_spans(edges, np.concatenate(kparts), TILE), TILE, TILE, self._id_dtype)
        active = self._active_keys()
        for key, (e, (x0, y0, x1, y1)) in level.overlay_edges.items():
            if key in active and x1 >= tx and x0 < tx + TILE and y1 >= ty and y0 < ty + TILE:
                spans = scan_spans(e - (tx, ty, tx, ty), np.zeros(len(e), np.int64), TILE)
                ids[coverage(spans, TILE, TILE)] = key
                present.add(key)
        return ids, present

    def _render_tile(self, level: _Level, i: int, j: int, tile: list) -> pygame.Surface:
        ids, present = tile[0], tile[2]
        tx, ty = i * TILE, j * TILE
        rgb = np.take(self._lut, ids, axis=0)
        x0, y0, x1, y1 = self.map.bounds
        cols = np.arange(tx, tx + TILE)
        rows = np.arange(ty, ty + TILE)
        rgb[:, (cols < 0) | (cols >= (x1 - x0) * level.scale)] = self.palette.frame
        rgb[(rows < 0) | (rows >= (y1 - y0) * level.scale), :] = self.palette.frame
        names = {self._pattern_of[k] for k in present} - {"solid", ""}
        map_palette.apply_patterns(rgb, ids, names, self._pattern_code, self._ink, cols, rows)
        surf = pygame.image.frombuffer(rgb.tobytes(), (TILE, TILE), "RGB")
        surf = surf.convert() if pygame.display.get_surface() is not None else surf.copy()
        box = (tx - 2, ty - 2, tx + TILE + 2, ty + TILE + 2)
        off = np.array([tx, ty], dtype=np.float64)
        pal = self.palette
        if level.lakes is not None:
            for _, pts in level.lakes.within(*box):
                p = (pts - off).tolist()
                if len(p) >= 3:
                    pygame.draw.polygon(surf, pal.lake, p)
                    pygame.draw.aalines(surf, pal.coast, True, p)
        if level.rivers is not None:
            for _, pts in level.rivers.within(*box):
                pygame.draw.aalines(surf, pal.river, False, (pts - off).tolist())
        thick = level.zoom >= 5
        active = self._active_keys()
        for style, pts in level.arcs.within(*box):
            p = (pts - off).tolist()
            if style == _COAST:
                pygame.draw.aalines(surf, pal.coast, False, p)
            elif style == _BORDER:
                if thick:
                    pygame.draw.lines(surf, pal.border, False, p, 2)
                else:
                    pygame.draw.aalines(surf, pal.border, False, p)
            elif style > _BORDER and style - _BORDER in active:
                _dashed(surf, pal.border, p, 2)
        for a, b, dot in level.leaders:
            lo, hi = (min(a[0], b[0]), min(a[1], b[1])), (max(a[0], b[0]), max(a[1], b[1]))
            if hi[0] >= box[0] and lo[0] <= box[2] and hi[1] >= box[1] and lo[1] <= box[3]:
                p, q = (a[0] - tx, a[1] - ty), (b[0] - tx, b[1] - ty)
                pygame.draw.line(surf, pal.halo, p, q, 3)
                pygame.draw.line(surf, pal.text, p, q, 1)
                if dot:
                    pygame.draw.circle(surf, pal.halo, p, 3)
                    pygame.draw.circle(surf, pal.text, p, 2)
        if level.labels:
            b = level.label_boxes
            assert b is not None  # laid out with the labels
            hit = (b[:, 2] >= box[0]) & (b[:, 0] <= box[2]) & (b[:, 3] >= box[1]) & (b[:, 1] <= box[3])
            for k in np.flatnonzero(hit).tolist():
                item = level.labels[k]
                surf.blit(item.img, (item.rect.x - tx, item.rect.y - ty))
        return surf

    # -- labels, cities and markers ----------------------------------------------------
    def _layout_labels(self, level: _Level) -> None:
        """Place every symbol and name of one zoom level so that none overlaps another.

        One greedy pass over all layers, most important first, each item taking the first
        free spot among its candidates and left out when it finds none; zooming in spreads
        places apart, so more of them find room. The order: crisis and mission markers
        (moved aside, with a leader line, when they would cover a capital), capital dots (the
        player's and crisis parties' first), nation names (biggest nation first), capital
        names, crisis names (beside their marker, else further off with a leader line), other
        feature names, then other cities by population.
        """
        s = level.scale
        x0, _, _, y1 = self.map.bounds

        def world(x, y):
            return int(round((x - x0) * s)), int(round((y1 - y) * s))

        free = _Placer()
        out: list[_Placed] = []
        leaders: list[tuple] = []
        hits: list[tuple[str, pygame.Rect]] = []
        markers = [m for m in self._markers if m.kind in ("crisis", "mission")]
        capitals = sorted((m for m in self._markers if m.kind in ("capital", "city")),
                          key=lambda m: (-m.priority, m.id))
        capital_dots = [self._city_image(m.kind == "capital").get_rect(
            center=world(*self._marker_xy(m))) for m in capitals]
        avoid = _Placer()  # where a marker may not stand: capitals and their names' first spot
        for m, rect in zip(capitals, capital_dots):
            avoid.take(rect.inflate(4, 4))
            if m.label:
                name = self._text([m.label], 12, bold=False).get_rect(
                    midleft=(rect.right + 3, rect.centery))
                avoid.take(name.inflate(4, 2))
        for m in markers:  # crises first: never hidden, but never on top of a capital
            img = self._marker_image(m)
            at = world(*self._marker_xy(m))
            rect = _first_free(img.get_rect(center=at), _marker_offsets(),
                               lambda r: avoid.free(r) and free.free(r))
            if rect.center != at:
                leaders.append((at, rect.center, True))
            free.take(rect)
            avoid.take(rect.inflate(4, 4))
            out.append(_Placed(m.kind, m.label, img, rect, m.id))
            hits.append((m.id, rect))
        marker_rects = [p.rect for p in out]  # one per marker, in order
        dots = []  # (marker, dot item)
        for m, rect in zip(capitals, capital_dots):
            if free.free(rect.inflate(4, 4)):
                free.take(rect)
                item = _Placed(m.kind, m.label, self._city_image(m.kind == "capital"), rect, m.id)
                out.append(item)
                dots.append((m, item))
                if m.id:
                    hits.append((m.id, rect))
        active = self._active_keys()
        feats = [f for f in self.map.by_index if not f.overlay or f.index + 1 in active]
        feats.sort(key=lambda f: (f.id not in self._labels, -f.area_km2, f.id))
        nations = [f for f in feats if f.id in self._labels]
        others = [f for f in feats if f.id not in self._labels]
        for f in nations:
            self._place_feature(f, world, s, free, out)
        named_dots = set()
        for m, item in dots:
            if m.label and self._place_side(m.label, item.rect, free, out, 12, m.id):
                named_dots.add(id(item))
        for m, rect in zip(markers, marker_rects):
            if m.label:
                self._place_callout(m.label, rect, free, out, leaders, m.id)
        for f in others:
            self._place_feature(f, world, s, free, out)
        # A nameless dot is clutter: it goes, and its place stays empty.
        out = [p for p in out if p.kind not in ("capital", "city") or id(p) in named_dots]
        kept = {p.ref for p in out}
        hits = [(ref, r) for ref, r in hits if ref in kept]
        self._place_cities(level, world, free, out)
        level.labels = out
        level.label_boxes = np.array([(p.rect.left, p.rect.top, p.rect.right, p.rect.bottom)
                                      for p in out], dtype=np.float64).reshape(-1, 4)
        level.leaders = leaders
        level.hits = hits

    def _place_feature(self, f, world, scale: float, free: _Placer, out: list,
                       at=None, room_km: float | None = None) -> pygame.Rect | None:
        """A feature's name at the biggest size that fits its room, on its label point (or
        ``at``) or nudged aside; left out (None) when every spot is taken."""
        cx, cy = world(*(f.label_at if at is None else at))
        for img in self._feature_labels(f, scale, room_km):
            w, h = img.get_size()
            for dx, dy in ((0, 0), (0, -0.8 * h), (0, 0.8 * h), (-0.4 * w, 0), (0.4 * w, 0),
                           (0, -1.5 * h), (0, 1.5 * h), (-0.4 * w, -0.8 * h),
                           (0.4 * w, -0.8 * h), (-0.4 * w, 0.8 * h), (0.4 * w, 0.8 * h),
                           (-0.8 * w, 0), (0.8 * w, 0)):
                rect = img.get_rect(center=(int(cx + dx), int(cy + dy)))
                if free.free(rect.inflate(6, 2)):
                    free.take(rect.inflate(6, 2))
                    out.append(_Placed("name", self._labels.get(f.id, f.name), img, rect, f.id))
                    return rect
        return None

    def _view_names(self, level: _Level, ox: int, oy: int) -> list[tuple[str, pygame.Surface, pygame.Rect]]:
        """Big countries whose name stands out of view (the Soviet Union's lies in Siberia when
        the view shows Europe) are named again inside the view, deep in their own land and
        clear of everything the layout placed. Worked out once per view, drawn each frame."""
        key = (level.zoom, ox, oy, self.rect.size, id(level.labels))
        if self._view_names_key == key:
            return self._view_names_cache
        view = pygame.Rect(ox, oy, self.rect.w, self.rect.h)
        # A name cut by the view's edge does not count as shown.
        shown = {p.ref for p in level.labels if p.kind == "name" and view.contains(p.rect)}
        x0, _, _, y1 = self.map.bounds
        b = level.label_boxes
        assert b is not None  # the view's names are looked for after the layout
        out: list[tuple[str, pygame.Surface, pygame.Rect]] = []
        s = level.scale
        big = [f for f in self.map.by_index if f.area_km2 >= REPEAT_AREA_KM2 and not f.overlay
               and f.id not in shown and view.colliderect(pygame.Rect(
                   (f.bbox[0] - x0) * s, (y1 - f.bbox[3]) * s, (f.bbox[2] - f.bbox[0]) * s + 1,
                   (f.bbox[3] - f.bbox[1]) * s + 1))]
        for f in sorted(big, key=lambda f: (-f.area_km2, f.id)):
            for x, y, room in self._anchors(f):
                at = (round((x - x0) * level.scale), round((y1 - y) * level.scale))
                if not view.collidepoint(at):
                    continue
                img = next(iter(self._feature_labels(f, level.scale, room)), None)
                if img is None:
                    continue
                rect = img.get_rect(center=at)
                if not view.contains(rect):
                    continue
                r = rect.inflate(8, 4)
                if ((b[:, 0] < r.right) & (b[:, 2] > r.left) & (b[:, 1] < r.bottom)
                        & (b[:, 3] > r.top)).any() or r.collidelist([q for _, _, q in out]) >= 0:
                    continue
                out.append((self._labels.get(f.id, f.name), img, rect))
                break
        self._view_names_key, self._view_names_cache = key, out
        return out

    def _anchors(self, f) -> list[tuple[float, float, float]]:
        """Points deep inside a feature, (x, y, room km) roomiest first: a grid over its box
        kept where it is inside (even-odd), far from every edge, and on the same land as its
        label point (Denmark's name is not repeated on Greenland)."""
        if f.id in self._anchor_cache:
            return self._anchor_cache[f.id]
        rings = [r for r in f.rings("coarse") if len(r) >= 3]
        step = math.sqrt(f.area_km2) / 5
        x0, y0, x1, y1 = f.bbox
        gx, gy = np.meshgrid(np.arange(x0 + step / 2, x1, step), np.arange(y0 + step / 2, y1, step))
        out = _deep_points(rings, np.column_stack([gx.ravel(), gy.ravel()]), f.label_at,
                           min(ANCHOR_ROOM_KM, 0.6 * f.label_room_km)) if rings else []
        self._anchor_cache[f.id] = out
        return out

    def _place_side(self, text: str, anchor: pygame.Rect, free: _Placer, out: list,
                    size: int, ref: str = "") -> bool:
        """A name right, left, above or below its dot, else at one of its corners."""
        img = self._text([text], size, bold=False)
        for rect in (img.get_rect(midleft=(anchor.right + 3, anchor.centery)),
                     img.get_rect(midright=(anchor.left - 3, anchor.centery)),
                     img.get_rect(midbottom=(anchor.centerx, anchor.top - 2)),
                     img.get_rect(midtop=(anchor.centerx, anchor.bottom + 2)),
                     img.get_rect(bottomleft=(anchor.right + 3, anchor.top + 3)),
                     img.get_rect(bottomright=(anchor.left - 3, anchor.top + 3)),
                     img.get_rect(topleft=(anchor.right + 3, anchor.bottom - 3)),
                     img.get_rect(topright=(anchor.left - 3, anchor.bottom - 3))):
            if free.free(rect.inflate(4, 2)):
                free.take(rect)
                out.append(_Placed("label", text, img, rect, ref))
                return True
        return False

    def _place_callout(self, text: str, anchor: pygame.Rect, free: _Placer, out: list,
                       leaders: list, ref: str) -> bool:
        """A crisis's name beside its marker, else in the nearest free space around it with a
        leader line back to the marker."""
        img = self._text([text], 12, bold=True)
        w, h = img.get_size()
        for dist in (2, 14, 30, 50, 75, 105):
            for ux, uy in _CALLOUT_DIRECTIONS:
                cx = anchor.centerx + ux * (anchor.w / 2 + dist + w / 2)
                cy = anchor.centery + uy * (anchor.h / 2 + dist + h / 2)
                rect = img.get_rect(center=(int(cx), int(cy)))
                if free.free(rect.inflate(4, 2)):
                    free.take(rect.inflate(2, 0))
                    out.append(_Placed("callout", text, img, rect, ref))
                    if dist > 2:
                        leaders.append((anchor.center, _nearest_on(rect, anchor.center), False))
                    return True
        return False

    def _place_cities(self, level: _Level, world, free: _Placer, out: list) -> None:
        """The base map's own cities, biggest first, where the campaign marks no capital."""
        if not self.show_cities:
            return
        marked = [self._marker_xy(m) for m in self._markers if m.kind in ("capital", "city")]
        # Fewer, bigger cities zoomed out; places campaigns need appear from mid zoom.
        min_pop = (1_500_000 if self.map.window == "europe" else 5_000_000) / 1.6 ** max(level.zoom, 0)
        shown = [c for c in self.map.cities
                 if c.capital or c.population >= min_pop
                 or (c.campaign and level.zoom >= 4)]
        for c in sorted(shown, key=lambda c: (not c.capital, c.rank)):
            if any((c.x - x) ** 2 + (c.y - y) ** 2 < SAME_PLACE_KM**2 for x, y in marked):
                continue  # the campaign's capital stands here, under its own name
            dot = self._city_image(c.capital)
            rect = dot.get_rect(center=world(c.x, c.y))
            if not free.free(rect.inflate(4, 4)):
                continue
            k = len(out)
            if self._place_side(c.name, rect, free, out, 12 if c.capital else 11):
                free.take(rect)
                out.insert(k, _Placed("capital" if c.capital else "city", c.name, dot, rect, ""))

    def _feature_labels(self, f, scale: float, room_km: float | None = None):
        """The feature's name at the sizes that fit its room, biggest first (at most three)."""
        text = self._labels.get(f.id, f.name)
        room = max((f.label_room_km if room_km is None else room_km) * scale, 1.0)
        size = int(6 + 0.1 * math.sqrt(f.area_km2) * scale)
        found = 0
        for sz in range(min(size, 26), 9, -2):
            for lines in _line_options(text):
                img = self._text(lines, sz, bold=sz >= 14)
                # Names may spill over a border a little; they may not float far off.
                if img.get_width() <= 3.2 * room + 12 and img.get_height() <= 2.6 * room + 8:
                    yield img
                    found += 1
                    break
            if found == 3:
                return

    def _marker_xy(self, m: Marker) -> tuple[float, float]:
        if m.x is not None and m.y is not None:
            return m.x, m.y
        x, y = self.map.project(m.lon, m.lat)
        return float(x), float(y)

    def _city_image(self, capital: bool) -> pygame.Surface:
        key = ("city", capital, self.palette.name)
        if key not in self._text_cache:
            size = 9 if capital else 5
            img = pygame.Surface((size, size), pygame.SRCALPHA)
            c = size // 2
            if capital:
                pygame.draw.circle(img, self.palette.halo, (c, c), c)
                pygame.draw.circle(img, self.palette.city, (c, c), c, 2)
                pygame.draw.circle(img, self.palette.city, (c, c), 1)
            else:
                pygame.draw.circle(img, self.palette.halo, (c, c), c)
                pygame.draw.circle(img, self.palette.city, (c, c), c - 1)
            self._text_cache[key] = img
        return self._text_cache[key]

    def _marker_image(self, m: Marker) -> pygame.Surface:
        """Crisis: shape, colour and number all follow the stage. Mission: a blue square "M"."""
        stage = max(0, min(5, int(m.stage)))
        key = ("marker", m.kind, stage, m.latent, self.palette.name)
        if key in self._text_cache:
            return self._text_cache[key]
        pal = self.palette
        size = 24
        img = pygame.Surface((size, size), pygame.SRCALPHA)
        c = size / 2
        if m.kind == "crisis" and m.latent:
            colour = pal.crisis[1]
            pygame.draw.circle(img, pal.halo, (c, c), 10)
            pygame.draw.circle(img, colour, (c, c), 9, 3)
            mark = self._font(13, True).render("!", True, colour)
            img.blit(mark, mark.get_rect(center=(c, c)))
        elif m.kind == "crisis":
            colour = pal.crisis[stage]
            pts = _stage_shape(stage, c, c, 10.5)
            if pts is None:
                pygame.draw.circle(img, colour, (c, c), 10)
                pygame.draw.circle(img, pal.halo, (c, c), 10, 2)
            else:
                pygame.draw.polygon(img, colour, pts)
                pygame.draw.polygon(img, pal.halo, pts, 2)
            ink = (255, 255, 255) if sum(colour) < 420 else (20, 20, 24)
            num = self._font(13, True).render(str(stage), True, ink)
            img.blit(num, num.get_rect(center=(c, c + (2 if stage == 1 else 0))))
        elif m.kind == "mission":
            pygame.draw.rect(img, pal.mission, (3, 3, 18, 18), border_radius=4)
            pygame.draw.rect(img, pal.halo, (3, 3, 18, 18), 2, border_radius=4)
            letter = self._font(12, True).render("M", True, (255, 255, 255))
            img.blit(letter, letter.get_rect(center=(c, c)))
        else:
            img = self._city_image(m.kind == "capital")
        self._text_cache[key] = img
        return img

    def _font(self, size: int, bold: bool) -> pygame.font.Font:
        return fonts.font(size, bold)

    def _text(self, lines: list[str], size: int, bold: bool) -> pygame.Surface:
        """Text with a light halo, so it reads on any fill."""
        key = ("text", tuple(lines), size, bold, self.palette.name)
        if key in self._text_cache:
            self._text_cache.move_to_end(key)
            return self._text_cache[key]
        font = self._font(size, bold)
        rows = [font.render(line, True, self.palette.text) for line in lines]
        halos = [font.render(line, True, self.palette.halo) for line in lines]
        w = max(r.get_width() for r in rows) + 2
        lh = font.get_linesize()
        img = pygame.Surface((w, lh * len(rows) + 2), pygame.SRCALPHA)
        for k, (row, halo) in enumerate(zip(rows, halos)):
            x = (w - row.get_width()) // 2
            for dx, dy in ((0, 0), (2, 0), (0, 2), (2, 2), (1, 0), (0, 1), (2, 1), (1, 2)):
                img.blit(halo, (x + dx - 1 + 1, k * lh + dy))
            img.blit(row, (x + 1, k * lh + 1))
        self._text_cache[key] = img
        while len(self._text_cache) > 2000:
            self._text_cache.popitem(last=False)
        return img

    def _render_legend(self, title: str, entries: list, scale: float) -> pygame.Surface:
        pal = self.palette

        def u(n: float) -> int:
            return round(n * scale)

        head = self._font(u(15), True).render(title, True, pal.text)
        rows = []
        for colour, pattern, text in entries:
            sw = map_palette.swatch(tuple(colour[:3]), pattern or "solid", (u(24), u(14)),
                                    pal.border)
            rows.append((sw, self._font(u(13), False).render(text, True, pal.text)))
        row_h = [max(u(18), t.get_height()) for _, t in rows]
        w = max([head.get_width()] + [u(30) + t.get_width() for _, t in rows]) + u(20)
        h = u(14) + head.get_height() + u(6) + sum(row_h) + u(8)
        panel = pygame.Surface((w, h), pygame.SRCALPHA)
        panel.fill(pal.panel)
        pygame.draw.rect(panel, pal.border, panel.get_rect(), max(1, u(1)), border_radius=u(4))
        panel.blit(head, (u(10), u(8)))
        y = u(14) + head.get_height()
        for (sw, txt), step in zip(rows, row_h):
            panel.blit(sw, (u(10), y + u(2)))
            panel.blit(txt, (u(40), y))
            y += step
        return panel

    # -- colour lookup tables ----------------------------------------------------------
    def _active_overlays(self) -> frozenset[str]:
        ids = set(self._fills) | set(self._patterns)
        return frozenset(f.id for f in self.map.overlays if f.id in ids)

    def _active_keys(self) -> set[int]:
        return {self.map.features[i].index + 1 for i in self._active_overlays()}

    def _luts(self) -> None:
        """Colour, pattern and ink per id-map value (0 sea, features, unclaimed land)."""
        pal = self.palette
        n = self._n + 2
        lut = np.empty((n, 3), dtype=np.uint8)
        lut[0] = pal.sea
        lut[self._unclaimed_key] = pal.unclaimed
        codes = np.zeros(n, dtype=np.int16)
        names = [""] * n
        for f in self.map.by_index:
            lut[f.index + 1] = self._fills.get(f.id, pal.land)
            pattern = self._patterns.get(f.id, "solid")
            codes[f.index + 1] = map_palette.PATTERNS.index(pattern)
            names[f.index + 1] = pattern
        self._lut = lut
        self._ink = np.array([map_palette.pattern_ink(tuple(c)) for c in lut], dtype=np.uint8)
        self._pattern_code = codes
        self._pattern_of = names

    def _data_changed(self, geometry: bool = False, relabel: bool = False) -> None:
        self._luts()
        for tile in self._tiles.values():
            tile[1] = None
        if geometry:
            self._tiles.clear()
        if geometry or relabel:
            for level in self._levels.values():
                level.labels = []
                self._layout_labels(level)
        self._painted_version += 1
        self._dirty = True

    def _check_ids(self, mapping: dict) -> None:
        unknown = sorted(set(mapping) - set(self.map.features))
        if unknown:
            raise KeyError(f"no feature {', '.join(map(repr, unknown[:5]))} on {self.map.id}")


# -- helpers -------------------------------------------------------------------------------
_FRAME, _COAST, _BORDER = 0, 1, 2  # arc styles; _BORDER + key strokes an overlay's edge


def _arc_style(left: int, right: int) -> int:
    """How to stroke an arc: not at all (map frame), as a coast, a border, or an overlay edge."""
    if SIDE_FRAME in (left, right):
        return _FRAME
    if SIDE_NONE in (left, right):
        return _BORDER + (left if left >= 0 else right) + 1
    if SIDE_SEA in (left, right) or SIDE_LAND in (left, right):
        return _COAST
    return _BORDER


def _dashed(surf, colour, pts, width) -> None:
    """A dashed polyline (overlay regions are not states: their edge says so)."""
    for k in range(0, len(pts) - 1):
        if k % 2 == 0:
            pygame.draw.line(surf, colour, pts[k], pts[k + 1], width)


def _stage_shape(stage: int, cx: float, cy: float, r: float):
    """Escalation stage as a shape: circle, triangle, diamond, square, pentagon, octagon."""
    sides = {1: 3, 2: 4, 3: 4, 4: 5, 5: 8}.get(stage)
    if sides is None:
        return None
    turn = {1: -90, 2: -90, 3: -45, 4: -90, 5: -22.5}[stage]
    return [
        (cx + r * math.cos(math.radians(turn + 360 * k / sides)),
         cy + r * math.sin(math.radians(turn + 360 * k / sides)))
        for k in range(sides)
    ]


_CALLOUT_DIRECTIONS = ((1, 0), (-1, 0), (0, -1), (0, 1), (1, -1), (-1, -1), (1, 1), (-1, 1))


def _marker_offsets():
    """Where a marker may move when its own spot covers a capital: nearest first, up and to
    the right before the other directions."""
    yield 0, 0
    for r in (22, 30, 40, 54):
        for deg in (-45, -135, 45, 135, -90, 90, 0, 180):
            yield round(r * math.cos(math.radians(deg))), round(r * math.sin(math.radians(deg)))


def _deep_points(rings, points: np.ndarray, home, min_room: float) -> list[tuple[float, float, float]]:
    """Of ``points`` (N, 2), those inside ``rings`` (even-odd), inside a ring that also holds
    ``home``, and at least ``min_room`` from every edge: (x, y, room), roomiest first.
    Points go a few at a time, so that memory stays small for big countries."""
    a = np.vstack(rings)
    b = np.vstack([np.roll(r, -1, axis=0) for r in rings])
    ax, ay, bx, by = a[:, 0], a[:, 1], b[:, 0], b[:, 1]
    dx, dy = bx - ax, by - ay
    length2 = np.maximum(dx * dx + dy * dy, 1e-9)
    starts = np.cumsum([0] + [len(r) for r in rings[:-1]])

    def parity(px, py):  # (P, rings): 1 where a point is inside that ring
        with np.errstate(divide="ignore", invalid="ignore"):
            cross = ((ay > py) != (by > py)) & (px < ax + (py - ay) * dx / dy)
        return np.add.reduceat(cross.astype(np.int32), starts, axis=1) % 2

    home_rings = parity(np.array([[home[0]]]), np.array([[home[1]]]))[0] == 1
    found = []
    for k in range(0, len(points), 16):
        px, py = points[k:k + 16, :1], points[k:k + 16, 1:]
        par = parity(px, py)
        inside = (par.sum(axis=1) % 2 == 1) & (par[:, home_rings] == 1).any(axis=1)
        t = np.clip(((px - ax) * dx + (py - ay) * dy) / length2, 0, 1)
        room = np.sqrt(((ax + t * dx - px) ** 2 + (ay + t * dy - py) ** 2).min(axis=1))
        for j in np.flatnonzero(inside & (room >= min_room)).tolist():
            found.append((float(px[j, 0]), float(py[j, 0]), float(room[j])))
    return sorted(found, key=lambda p: -p[2])


def _first_free(rect: pygame.Rect, offsets, is_free) -> pygame.Rect:
    """``rect`` moved by the first offset where ``is_free``; unmoved when none is."""
    for dx, dy in offsets:
        moved = rect.move(dx, dy)
        if is_free(moved):
            return moved
    return rect


def _nearest_on(rect: pygame.Rect, point) -> tuple[int, int]:
    """The point of ``rect`` nearest to ``point`` (where a leader line meets a label)."""
    return (min(max(point[0], rect.left), rect.right - 1),
            min(max(point[1], rect.top), rect.bottom - 1))


def _line_options(text: str) -> list[list[str]]:
    """The text on one line, then split in two near the middle (long names fit better)."""
    words = text.split()
    options = [[text]]
    if len(words) > 1:
        best = min(range(1, len(words)),
                   key=lambda k: abs(len(" ".join(words[:k])) - len(" ".join(words[k:]))))
        options.append([" ".join(words[:best]), " ".join(words[best:])])
    return options


def render_overview(base_map: BaseMap, size: tuple[int, int], theme=None) -> pygame.Surface:
    """The whole map, small (campaign thumbnails, title art): land, sea and borders.

    Colours come from the UI theme's "sea", "land" and "coast" when a theme is given.
    """
    w, h = max(1, int(size[0])), max(1, int(size[1]))
    pal = map_palette.DEFAULT
    sea, land, coast = pal.sea, pal.land, pal.coast
    if theme is not None:
        sea, land, coast = (tuple(theme.c(k))[:3] for k in ("sea", "land", "coast"))
    x0, y0, x1, y1 = base_map.bounds
    s = max(w / (x1 - x0), h / (y1 - y0))
    ox, oy = ((x1 - x0) * s - w) / 2, ((y1 - y0) * s - h) / 2
    rings, keys = [], []
    for f in base_map.by_index:
        if not f.overlay:
            for r in f.rings("coarse"):
                rings.append(np.column_stack([(r[:, 0] - x0) * s - ox, (y1 - r[:, 1]) * s - oy]))
                keys.append(f.index + 1)
    for r in base_map.unclaimed["coarse"]:
        rings.append(np.column_stack([(r[:, 0] - x0) * s - ox, (y1 - r[:, 1]) * s - oy]))
        keys.append(len(base_map.by_index) + 1)
    edges, ekeys = ring_edges(rings, keys)
    ids = paint_labels(scan_spans(edges, ekeys, h), h, w, np.int32)
    rgb = np.empty((h, w, 3), dtype=np.uint8)
    rgb[:] = sea
    rgb[ids > 0] = land
    edge = np.zeros((h, w), dtype=bool)
    edge[:, 1:] |= ids[:, 1:] != ids[:, :-1]
    edge[1:, :] |= ids[1:, :] != ids[:-1, :]
    # Coasts in the coast colour, borders between countries halfway to the land colour.
    rgb[edge] = [(a + b) // 2 for a, b in zip(coast, land)]
    rgb[edge & ((ids == 0) | np.roll(ids == 0, 1, axis=0) | np.roll(ids == 0, 1, axis=1))] = coast
    return pygame.image.frombuffer(rgb.tobytes(), (w, h), "RGB").copy()
