"""Loading the built-in base maps (game/assets/maps/*.npz, made by tools/build_maps.py).

Pure numpy: the engine's validator uses this to check campaign feature ids, the UI to draw.
Coordinates are kilometres in the map's projection, y pointing north. Geometry is decoded
lazily per level of detail ("fine" for zoomed-in views, "coarse" for overviews), because a
view usually needs only one of them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from .projection import Projection

ASSET_DIR = Path(__file__).resolve().parents[1] / "assets" / "maps"
LODS = ("fine", "coarse")
FORMAT = 1
# Codes for what lies beside an arc when it is not a feature.
SIDE_SEA, SIDE_LAND, SIDE_FRAME, SIDE_NONE = -1, -2, -3, -4


class MapDataError(Exception):
    """A base map that does not exist or cannot be read."""


@dataclass(frozen=True)
class City:
    name: str  # as it was called in the map's year (Danzig in 1930, Gdańsk in 1960)
    x: float
    y: float
    lon: float
    lat: float
    capital: bool
    rank: int  # 1 = most populous on this map (modern figures; used to thin markers)
    population: int
    feature: str | None
    campaign: bool = False  # added for a campaign (Srebrenica, Walwal): shown from mid zoom


@dataclass(frozen=True)
class Feature:
    """One drawn region: a state, a colony, a zone, a sub-unit, or an overlay region."""

    id: str
    name: str
    owner: str  # feature id of the owning power (SUBJECTO); equals ``id`` when independent
    owner_name: str
    index: int  # position in the asset; the map view's id-map stores index + 1
    area_km2: float
    centroid: tuple[float, float]
    lonlat: tuple[float, float]
    bbox: tuple[float, float, float, float]
    label_at: tuple[float, float]  # roomiest point inside, for its name
    label_room_km: float  # radius of free space around label_at
    flags: tuple[str, ...]
    note: str
    _map: "BaseMap" = field(repr=False, compare=False)

    @property
    def overlay(self) -> bool:
        """Overlay regions (e.g. the Krajina) lie on top of the partition, not in it."""
        return "overlay" in self.flags

    def rings(self, lod: str = "fine") -> list[np.ndarray]:
        """Closed rings (outer and holes, even-odd), (N, 2) float arrays in km."""
        return self._map._rings(self.index, lod)


@dataclass(frozen=True)
class Composite:
    """Several features taken together (FR Yugoslavia = Serbia + Montenegro + ...)."""

    id: str
    members: tuple[str, ...]
    area_km2: float
    centroid: tuple[float, float]
    bbox: tuple[float, float, float, float]
    _map: "BaseMap" = field(repr=False, compare=False)

    def rings(self, lod: str = "fine") -> list[np.ndarray]:
        """The members' rings; filled together with the even-odd rule they form the union."""
        return [r for m in self.members for r in self._map.features[m].rings(lod)]

    def outline(self, lod: str = "fine") -> list[np.ndarray]:
        """Polylines of the outer border only (shared borders between members left out)."""
        return self._map.outline(self.members, lod)


class _PerLod(Mapping):
    """{lod: list of arrays}, decoded on first use."""

    def __init__(self, decode):
        self._decode = decode
        self._cache: dict[str, list[np.ndarray]] = {}

    def __getitem__(self, lod: str) -> list[np.ndarray]:
        if lod not in LODS:
            raise KeyError(lod)
        if lod not in self._cache:
            self._cache[lod] = self._decode(lod)
        return self._cache[lod]

    def __iter__(self):
        return iter(LODS)

    def __len__(self) -> int:
        return len(LODS)


class BaseMap:
    """A built-in base map: features, cities, water, and the projection they share."""

    def __init__(self, meta: dict, arrays: Mapping[str, np.ndarray]):
        if meta.get("format") != FORMAT:
            raise MapDataError(f"{meta.get('id')}: asset format {meta.get('format')} != {FORMAT}")
        self.id: str = meta["id"]
        self.year: int = meta["year"]
        self.window: str = meta["window"]
        self.title: str = meta["title"]
        self.projection = Projection.from_dict(meta["projection"])
        self.bounds: tuple[float, float, float, float] = tuple(meta["bounds"])
        self.quantum_km: float = meta["quantum_km"]
        self.lod_tolerance_km = {d["name"]: d["tolerance_km"] for d in meta["lods"]}
        self.sources: str = meta["sources"]
        self._a = arrays
        self.arc_sides: np.ndarray = arrays["arc_sides"]
        self._ring_start = arrays["ring_start"]
        self._ring_refs = arrays["ring_refs"]
        self._ring_coarse = arrays["ring_coarse"].astype(bool)
        self._feature_rings: list[tuple[int, int]] = [tuple(f["rings"]) for f in meta["features"]]
        self._special_rings: dict[str, tuple[int, int]] = {  # (first ring, past the last)
            "unclaimed": tuple(meta["unclaimed_rings"]),
            "land": tuple(meta["land_rings"]),
        }
        self.features: dict[str, Feature] = {}
        for i, f in enumerate(meta["features"]):
            self.features[f["id"]] = Feature(
                id=f["id"], name=f["name"], owner=f["owner"], owner_name=f["owner_name"],
                index=i, area_km2=f["area_km2"], centroid=tuple(f["centroid"]),
                lonlat=tuple(f["lonlat"]), bbox=tuple(f["bbox"]), label_at=tuple(f["label"]),
                label_room_km=f["label_room_km"], flags=tuple(f["flags"]), note=f["note"],
                _map=self,
            )
        self.by_index: list[Feature] = list(self.features.values())
        self.groups: dict[str, tuple[str, ...]] = {g: tuple(m) for g, m in meta["groups"].items()}
        self.cities: list[City] = [
            City(c["name"], c["x"], c["y"], c["lonlat"][0], c["lonlat"][1], c["capital"],
                 c["rank"], c["population"], c["feature"], c["campaign"])
            for c in meta["cities"]
        ]
        self.arcs = _PerLod(lambda lod: self._parts("arcs", lod))
        self.lakes = _PerLod(lambda lod: self._parts("lakes", lod))
        self.rivers = _PerLod(lambda lod: self._parts("rivers", lod))
        self.land = _PerLod(lambda lod: self._special(lod, "land"))
        self.unclaimed = _PerLod(lambda lod: self._special(lod, "unclaimed"))
        self._ring_cache: dict[tuple[int, str], list[np.ndarray]] = {}
        self._packed: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._reversed: dict[str, list[np.ndarray]] = {}

    def __repr__(self) -> str:
        return f"<BaseMap {self.id}: {len(self.features)} features>"

    # -- projection ----------------------------------------------------------------------
    def project(self, lon, lat) -> tuple[np.ndarray, np.ndarray]:
        """Lon/lat degrees to this map's kilometres (for campaign-drawn regions)."""
        return self.projection.forward(lon, lat)

    def unproject(self, x, y) -> tuple[np.ndarray, np.ndarray]:
        return self.projection.inverse(x, y)

    @property
    def overlays(self) -> list[Feature]:
        return [f for f in self.by_index if f.overlay]

    # -- geometry ------------------------------------------------------------------------
    def packed(self, layer: str, lod: str) -> tuple[np.ndarray, np.ndarray]:
        """All points of a layer ("arcs", "lakes", "rivers") as one (N, 2) array in km, and
        the start offset of each part: for transforming a whole layer in one numpy step."""
        key = f"{layer}_{lod}"
        if key not in self._packed:
            start = self._a[f"{key}_start"]
            pts = np.cumsum(self._a[f"{key}_delta"].astype(np.int64), axis=0)
            self._packed[key] = (pts * self.quantum_km + np.array(self.bounds[:2]), start)
        return self._packed[key]

    def _parts(self, layer: str, lod: str) -> list[np.ndarray]:
        xy, start = self.packed(layer, lod)
        return [xy[start[i] : start[i + 1]] for i in range(len(start) - 1)]

    def _ring_range(self, r0: int, r1: int, lod: str) -> list[np.ndarray]:
        arcs = self.arcs[lod]
        if lod not in self._reversed:
            self._reversed[lod] = [a[::-1] for a in arcs]
        rev = self._reversed[lod]
        out = []
        for r in range(r0, r1):
            if lod == "coarse" and not self._ring_coarse[r]:
                continue
            refs = self._ring_refs[self._ring_start[r] : self._ring_start[r + 1]]
            parts = [rev[ref >> 1] if ref & 1 else arcs[ref >> 1] for ref in refs.tolist()]
            ring = np.concatenate([parts[0]] + [p[1:] for p in parts[1:]])[:-1]
            if len(ring) >= 3:
                out.append(ring)
        return out

    def _rings(self, index: int, lod: str) -> list[np.ndarray]:
        key = (index, lod)
        if key not in self._ring_cache:
            self._ring_cache[key] = self._ring_range(*self._feature_rings[index], lod)
        return self._ring_cache[key]

    def _special(self, lod: str, which: str) -> list[np.ndarray]:
        return self._ring_range(*self._special_rings[which], lod)

    def outline(self, ids: Iterable[str], lod: str = "fine") -> list[np.ndarray]:
        """Arcs with exactly one side among ``ids``: the outer border of that group."""
        idx = np.array([self.features[i].index for i in ids])
        inside = np.isin(self.arc_sides, idx)
        one = inside[:, 0] != inside[:, 1]
        arcs = self.arcs[lod]
        return [arcs[i] for i in np.flatnonzero(one)]

    def feature_at(self, x: float, y: float, overlays: bool = False) -> str | None:
        """The feature under a map point (km), by point-in-polygon on the fine rings."""
        for f in self.by_index:
            if f.overlay != overlays:
                continue
            x0, y0, x1, y1 = f.bbox
            if not (x0 <= x <= x1 and y0 <= y <= y1):
                continue
            crossings = 0
            for ring in f.rings("fine"):
                xs, ys = ring[:, 0], ring[:, 1]
                x2, y2 = np.roll(xs, -1), np.roll(ys, -1)
                straddle = (ys > y) != (y2 > y)
                with np.errstate(divide="ignore", invalid="ignore"):
                    xcross = xs + (y - ys) * (x2 - xs) / (y2 - ys)
                crossings += int(np.count_nonzero(straddle & (x < xcross)))
            if crossings % 2:
                return f.id
        return None


# -- loading ----------------------------------------------------------------------------
def available_maps() -> list[str]:
    """Ids of the built-in base maps, e.g. "europe_1920", "world_1960"."""
    return sorted(p.stem for p in ASSET_DIR.glob("*.npz"))


def _path(map_id: str) -> Path:
    path = ASSET_DIR / f"{map_id}.npz"
    if not path.is_file():
        known = ", ".join(available_maps()) or "none"
        raise MapDataError(f"no base map {map_id!r} (available: {known})")
    return path


@lru_cache(maxsize=None)
def _meta(map_id: str) -> dict:
    with np.load(_path(map_id)) as z:
        return json.loads(z["meta"].tobytes().decode("utf-8"))


@lru_cache(maxsize=None)
def load_base_map(map_id: str) -> BaseMap:
    """The base map ``map_id`` (cached: one instance per map per process)."""
    with np.load(_path(map_id)) as z:
        arrays = {k: z[k] for k in z.files}
    meta = json.loads(arrays.pop("meta").tobytes().decode("utf-8"))
    return BaseMap(meta, arrays)


def feature_ids(map_id: str) -> frozenset[str]:
    """Every feature id of a map (overlays included), without decoding any geometry."""
    return frozenset(f["id"] for f in _meta(map_id)["features"])


def map_title(map_id: str) -> str:
    """The map's title, e.g. "Europe, October 1990", without decoding any geometry."""
    return _meta(map_id)["title"]


def group_ids(map_id: str) -> dict[str, tuple[str, ...]]:
    """The map's built-in composites, e.g. federal_republic_of_yugoslavia on europe_1994."""
    return {g: tuple(m) for g, m in _meta(map_id)["groups"].items()}


def compose(base_map: BaseMap, groups: Mapping[str, Iterable[str]]) -> dict[str, Composite]:
    """Composite shapes from lists of feature ids; unknown ids raise MapDataError."""
    out = {}
    for gid, members in groups.items():
        members = tuple(members)
        missing = [m for m in members if m not in base_map.features]
        if missing:
            raise MapDataError(f"group {gid!r}: no feature {', '.join(map(repr, missing))} "
                               f"on {base_map.id}")
        feats = [base_map.features[m] for m in members]
        area = sum(f.area_km2 for f in feats)
        cx = sum(f.centroid[0] * f.area_km2 for f in feats) / area if area else 0.0
        cy = sum(f.centroid[1] * f.area_km2 for f in feats) / area if area else 0.0
        bbox = (
            min(f.bbox[0] for f in feats), min(f.bbox[1] for f in feats),
            max(f.bbox[2] for f in feats), max(f.bbox[3] for f in feats),
        )
        out[gid] = Composite(gid, members, area, (cx, cy), bbox, base_map)
    return out
