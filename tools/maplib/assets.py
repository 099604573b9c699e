"""Turning a painted partition into the compact, reproducible asset the game loads.

Asset layout (one ``<map_id>.npz`` per base map, format 1): see docs/maps.md. In short, arcs
are stored once per level of detail as delta-encoded integer points; rings are lists of arc
references (2*arc + reversed); features, cities, groups and the projection are in a JSON
``meta`` entry. The zip is written with fixed timestamps so the same input gives the same bytes.
"""

from __future__ import annotations

import io
import json
import re
import unicodedata
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from game.mapdata.projection import EUROPE_LCC, WORLD_EQUAL_EARTH, Projection

from . import eras, places, sources, stats, topology
from .partition import FIRST_FEATURE, SEA, UNCLAIMED, Grid
from .simplify import douglas_peucker, smooth

FORMAT = 1
SUBSTEPS = 4  # stored points are in quarters of the half cell the tracer works in
SIDE_SEA, SIDE_LAND, SIDE_FRAME, SIDE_NONE = -1, -2, -3, -4
SOURCES = (
    "Borders: aourednik/historical-basemaps 137f2c6a (GPL-3.0). Land, lakes, rivers, places, "
    "sub-units: Natural Earth 1:50m (public domain). Corrections: tools/maplib/corrections.py."
)


@dataclass(frozen=True)
class MapSpec:
    map_id: str
    year: int
    window: str
    title: str
    projection: Projection
    bounds: tuple[float, float, float, float]  # km: x0, y0, x1, y1
    cell_km: float  # raster cell; points are stored in eighths of a cell
    fine_km: float  # Douglas-Peucker tolerance of the detailed level
    coarse_km: float  # ... and of the overview level
    min_island_km2: float  # smaller sea-bound rings are left out of the overview level
    min_city_pop: int
    max_river_rank: int
    min_lake_km2: float
    grow_km: float  # how far a neighbour may grow into land no source claims
    anchor_block: int  # coarsening used to find label anchors


YEARS = (1920, 1930, 1938, 1945, 1960, 1994)


def europe(year: int) -> MapSpec:
    # Lon -25..60, lat 25..72 in Lambert conformal conic, trimmed to a rectangle that keeps
    # Iceland, the Canaries, Mecca and Tehran.
    return MapSpec(
        f"europe_{year}", year, "europe", f"Europe, {year}", EUROPE_LCC,
        (-3750.0, -2350.0, 3950.0, 3450.0), cell_km=1.0, fine_km=0.55, coarse_km=2.2,
        min_island_km2=40.0, min_city_pop=150_000, max_river_rank=5, min_lake_km2=150.0,
        grow_km=15.0, anchor_block=8,
    )


def world(year: int) -> MapSpec:
    # Equal Earth from 57°S (Cape Horn) to 84°N: Antarctica only costs space.
    return MapSpec(
        f"world_{year}", year, "world", f"The world, {year}", WORLD_EQUAL_EARTH,
        (-17244.0, -6672.0, 17244.0, 8328.0), cell_km=4.0, fine_km=2.2, coarse_km=8.8,
        min_island_km2=600.0, min_city_pop=2_000_000, max_river_rank=3, min_lake_km2=2000.0,
        grow_km=40.0, anchor_block=4,
    )


def world_2011() -> MapSpec:
    """The world of 1992-2011: the 1994 borders with East Timor and South Sudan apart
    (corrections.py, 2011)."""
    return replace(world(2011), title="The world, 1992-2011")


def end_of_cold_war() -> tuple[MapSpec, MapSpec]:
    """Europe and the world on 3 October 1990: Germany united, the USSR, Yugoslavia and
    Czechoslovakia whole (the 1994 borders merged back, corrections.py, 1990)."""
    return (replace(europe(1990), title="Europe, October 1990"),
            replace(world(1990), title="The world, October 1990"))


def yugoslav_wars() -> tuple[MapSpec, MapSpec]:
    """Europe in the Yugoslav wars' first years: Yugoslavia's republics apart, the USSR whole
    in 1991, Czechoslovakia whole in 1991-92 (corrections.py, 1991 and 1992)."""
    return (replace(europe(1991), title="Europe, 1991 (the USSR whole)"),
            replace(europe(1992), title="Europe, 1992 (Czechoslovakia whole)"))


SPECS = {s.map_id: s for y in YEARS for s in (europe(y), world(y))}
SPECS.update({s.map_id: s for s in (*end_of_cold_war(), *yugoslav_wars())})
SPECS["world_2011"] = world_2011()


def slug(name: str) -> str:
    """Stable feature id: lowercase ascii, words joined by underscores."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    ascii_name = ascii_name.replace("'", "").replace("’", "")
    return re.sub(r"[^a-z0-9]+", "_", ascii_name.lower()).strip("_")


def build(raw: Path, spec: MapSpec) -> tuple[dict[str, np.ndarray], dict, list[str]]:
    """All arrays of one asset, its meta dict, and the build log."""
    grid = Grid.over(spec.projection, spec.bounds, spec.cell_km)
    part = eras.build_partition(raw, spec.year, grid, spec.grow_km)
    log = list(part.log)
    ids = {lab: slug(f.name) for lab, f in part.features.items()}
    ov_ids = [slug(f.name) for f, _ in part.overlays]
    all_ids = list(ids.values()) + ov_ids
    dupes = sorted({i for i in all_ids if all_ids.count(i) > 1})
    if dupes:
        raise eras.CorrectionError(f"{spec.map_id}: duplicate feature ids {dupes}")
    order = sorted(ids, key=lambda lab: ids[lab])  # features in id order, overlays after

    shapes = _Shapes()
    shapes.add_partition(part.labels, order, ids)
    for k, (_, mask) in enumerate(part.overlays):
        shapes.add_overlay(mask, len(order) + k, ov_ids[k])
    arrays = shapes.arrays(spec)

    cities = _cities(raw, spec, grid, part, ids)
    features = _features(spec, grid, part, order, ids, ov_ids, cities, shapes)
    lakes, rivers = _water(raw, spec)
    for lod in ("fine", "coarse"):
        arrays[f"lakes_{lod}_start"], arrays[f"lakes_{lod}_delta"] = _pack(lakes[lod])
        arrays[f"rivers_{lod}_start"], arrays[f"rivers_{lod}_delta"] = _pack(rivers[lod])

    groups = {}
    for gname, members in sorted(part.groups.items()):
        mids = sorted(slug(m) for m in members)
        missing = [m for m in mids if m not in all_ids]
        if missing:
            log.append(f"group {gname}: members not on this map: {missing}")
        if len(mids) > len(missing):
            groups[gname] = [m for m in mids if m in all_ids]

    meta = {
        "format": FORMAT,
        "id": spec.map_id,
        "year": spec.year,
        "window": spec.window,
        "title": spec.title,
        "projection": spec.projection.to_dict(),
        "bounds": [round(v, 3) for v in spec.bounds],
        "quantum_km": spec.cell_km / 2.0 / SUBSTEPS,
        "lods": [
            {"name": "fine", "tolerance_km": spec.fine_km},
            {"name": "coarse", "tolerance_km": spec.coarse_km,
             "min_island_km2": spec.min_island_km2},
        ],
        "features": features,
        "unclaimed_rings": list(shapes.ranges["_unclaimed"]),
        "land_rings": list(shapes.ranges["_land"]),
        "groups": groups,
        "cities": cities,
        "sources": SOURCES,
    }
    arrays["meta"] = np.frombuffer(
        json.dumps(meta, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8"),
        dtype=np.uint8,
    )
    return arrays, meta, log


class _Shapes:
    """Arcs (traced, then smoothed), what lies on their sides, and rings made of them."""

    def __init__(self):
        self.arcs: list[np.ndarray] = []  # half-cell units
        self.loops: list[bool] = []
        self.sides: list[tuple[int, int]] = []
        self.rings: list[list[int]] = []
        self.ranges: dict[str, tuple[int, int]] = {}

    def add_rings(self, key: str, rings: list[list[int]]) -> None:
        start = len(self.rings)
        self.rings.extend(rings)
        self.ranges[key] = (start, len(self.rings))

    def add_partition(self, labels: np.ndarray, order: list[int], ids: dict[int, str]) -> None:
        index_of = {lab: i for i, lab in enumerate(order)}
        codes = {SEA: SIDE_SEA, UNCLAIMED: SIDE_LAND, topology.OUTSIDE: SIDE_FRAME}
        topo = topology.trace(labels)
        self.arcs += topo.arcs
        self.loops += topo.loops
        self.sides += [(codes.get(int(a), index_of.get(int(a))), codes.get(int(b), index_of.get(int(b))))
                       for a, b in zip(topo.left, topo.right)]
        by_label = topo.rings()
        for lab in order:
            self.add_rings(ids[lab], by_label.get(lab, []))
        self.add_rings("_unclaimed", by_label.get(UNCLAIMED, []))
        land = topo.rings(group=lambda lab: UNCLAIMED if lab >= UNCLAIMED else lab)
        self.add_rings("_land", land.get(UNCLAIMED, []))

    def add_overlay(self, mask: np.ndarray, index: int, fid: str) -> None:
        """An overlay region is traced on its own; its arcs border it and "nothing"."""
        topo = topology.trace(mask.astype(np.int32))
        keep = [i for i in range(len(topo.arcs)) if 1 in (topo.left[i], topo.right[i])]
        new_index = {old: len(self.arcs) + k for k, old in enumerate(keep)}
        for i in keep:
            self.arcs.append(topo.arcs[i])
            self.loops.append(topo.loops[i])
            self.sides.append((index if topo.left[i] == 1 else SIDE_NONE,
                               index if topo.right[i] == 1 else SIDE_NONE))
        rings = topo.rings().get(1, [])
        self.add_rings(fid, [[2 * new_index[r // 2] + (r & 1) for r in ring] for ring in rings])

    def arrays(self, spec: MapSpec) -> dict[str, np.ndarray]:
        """Smooth every arc once, simplify it per level, and pack the topology."""
        half = spec.cell_km / 2.0
        self.arcs = [smooth(a, loop) for a, loop in zip(self.arcs, self.loops)]
        out = {
            "arc_sides": np.asarray(self.sides, dtype=np.int32).reshape(-1, 2),
            "ring_refs": np.asarray([r for ring in self.rings for r in ring], dtype=np.int32),
            "ring_start": _offsets([len(r) for r in self.rings]),
            "ring_coarse": np.asarray(
                _coarse_ring_flags(self.rings, self.arcs, self.sides, spec.min_island_km2 / half**2),
                dtype=np.uint8),
        }
        for lod, tol in (("fine", spec.fine_km), ("coarse", spec.coarse_km)):
            pts = [np.rint(douglas_peucker(a, tol / half) * SUBSTEPS).astype(np.int64)
                   for a in self.arcs]
            out[f"arcs_{lod}_start"], out[f"arcs_{lod}_delta"] = _pack(pts)
        return out


def _features(spec, grid, part, order, ids, ov_ids, cities, shapes: _Shapes) -> list[dict]:
    """Meta of every feature: area and centroid from the grid, bbox from its arcs, and a
    label anchor in the piece that holds its capital."""
    counts, cx, cy = stats.area_and_centroid(part.labels, int(part.labels.max()) + 1)
    label_of = {fid: lab for lab, fid in ids.items()}
    capitals = {
        label_of[c["feature"]]: ((c["x"] - grid.x0) / grid.cell, (c["y"] - grid.y0) / grid.cell)
        for c in cities if c["capital"]
    }
    anchor = stats.anchors(part.labels, spec.anchor_block, capitals)
    out = []
    for lab in order:
        # Features too small for the coarse anchor grid get their centroid.
        radius = 0.5 * float(np.sqrt(counts[lab] / np.pi))
        out.append(_feature_meta(
            ids[lab], part.features[lab], grid, shapes, area=counts[lab] * grid.cell**2,
            centroid=(cx[lab], cy[lab]), anchor=anchor.get(lab, (cx[lab], cy[lab], radius)),
        ))
    for (f, mask), fid in zip(part.overlays, ov_ids):
        rr, cc = np.nonzero(mask)
        centre = (float(cc.mean()) + 0.5, float(rr.mean()) + 0.5)
        ov_anchor = stats.anchors(mask.astype(np.int32), spec.anchor_block, {}).get(1, (*centre, 0.0))
        out.append(_feature_meta(fid, f, grid, shapes, area=mask.sum() * grid.cell**2,
                                 centroid=centre, anchor=ov_anchor))
    return out


# -- pieces ------------------------------------------------------------------------------
def _offsets(lengths) -> np.ndarray:
    out = np.zeros(len(lengths) + 1, dtype=np.int32)
    np.cumsum(lengths, out=out[1:])
    return out


def _pack(parts: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Concatenate integer point lists; store first differences (they compress well)."""
    start = _offsets([len(p) for p in parts])
    if not parts:
        return start, np.zeros((0, 2), dtype=np.int32)
    pts = np.vstack([np.asarray(p, dtype=np.int64).reshape(-1, 2) for p in parts])
    delta = np.diff(pts, axis=0, prepend=np.zeros((1, 2), dtype=np.int64))
    return start, delta.astype(np.int32)


def _ring_points(ring: list[int], arcs: list[np.ndarray]) -> np.ndarray:
    parts = []
    for ref in ring:
        a = arcs[ref // 2]
        parts.append(a[::-1] if ref & 1 else a)
    pts = np.vstack([parts[0]] + [p[1:] for p in parts[1:]])
    return pts[:-1]


def _signed_area(pts: np.ndarray) -> float:
    x, y = pts[:, 0].astype(np.float64), pts[:, 1].astype(np.float64)
    return 0.5 * float(np.dot(x, np.roll(y, -1)) - np.dot(np.roll(x, -1), y))


def _coarse_ring_flags(rings, arcs, sides, min_area_units) -> list[int]:
    """1 = keep at the overview level. Small rings with only sea (or nothing) beyond are
    islands too small to see; rings that touch a neighbour stay, or a gap would open."""
    out = []
    open_sides = {SIDE_SEA, SIDE_FRAME, SIDE_NONE}
    for ring in rings:
        others = [sides[r // 2][0 if r & 1 else 1] for r in ring]
        small = abs(_signed_area(_ring_points(ring, arcs))) < min_area_units
        out.append(0 if small and all(o in open_sides for o in others) else 1)
    return out


def _feature_meta(fid, f, grid, shapes: _Shapes, area, centroid, anchor) -> dict:
    r0, r1 = shapes.ranges[fid]
    half = grid.cell / 2.0
    refs = sorted({r // 2 for ring in shapes.rings[r0:r1] for r in ring})
    pts = np.vstack([shapes.arcs[a] for a in refs])
    lo, hi = pts.min(axis=0) * half, pts.max(axis=0) * half
    cx, cy = grid.x0 + centroid[0] * grid.cell, grid.y0 + centroid[1] * grid.cell
    lon, lat = grid.projection.inverse(cx, cy)
    return {
        "id": fid,
        "name": f.name,
        "owner": slug(f.owner),
        "owner_name": f.owner,
        "area_km2": round(float(area), 1),
        "centroid": [round(float(cx), 2), round(float(cy), 2)],
        "lonlat": [round(float(lon), 4), round(float(lat), 4)],
        "bbox": [
            round(grid.x0 + float(lo[0]), 2), round(grid.y0 + float(lo[1]), 2),
            round(grid.x0 + float(hi[0]), 2), round(grid.y0 + float(hi[1]), 2),
        ],
        "label": [
            round(grid.x0 + anchor[0] * grid.cell, 2),
            round(grid.y0 + anchor[1] * grid.cell, 2),
        ],
        "label_room_km": round(anchor[2] * grid.cell, 1),
        "flags": sorted(f.flags),
        "note": f.note,
        "rings": [r0, r1],
    }


def _water(raw: Path, spec: MapSpec):
    """Lakes (outer rings) and rivers, projected, quantised and simplified per level."""
    half = spec.cell_km / 2.0
    x0, y0, x1, y1 = spec.bounds

    def quant(lonlat):
        x, y = spec.projection.forward(lonlat[:, 0], lonlat[:, 1])
        return np.column_stack([(x - x0) / half, (y - y0) / half])

    def inside(q):
        return (q[:, 0].max() >= 0 and q[:, 0].min() <= (x1 - x0) / half
                and q[:, 1].max() >= 0 and q[:, 1].min() <= (y1 - y0) / half)

    def store(pts, tol_km):
        return np.rint(douglas_peucker(pts, tol_km / half) * SUBSTEPS).astype(np.int64)

    lakes = {"fine": [], "coarse": []}
    lake_list = []
    for props, polys in sources.ne_polygons(raw, "lakes"):
        for poly in polys:
            q = quant(poly[0])
            area_km2 = abs(_signed_area(q)) * half * half
            if area_km2 >= spec.min_lake_km2 and inside(q):
                lake_list.append((str(props.get("name") or ""), q, area_km2))
    for _, q, area_km2 in sorted(lake_list, key=lambda t: (-t[2], t[0])):
        lakes["fine"].append(store(q, spec.fine_km))
        if area_km2 >= 4 * spec.min_lake_km2:
            lakes["coarse"].append(store(q, spec.coarse_km))

    rivers = {"fine": [], "coarse": []}
    river_list = []
    for props, lines in sources.ne_lines(raw, "rivers_lake_centerlines"):
        rank = int(props.get("scalerank") or 99)
        if props.get("featurecla") != "River" or rank > spec.max_river_rank:
            continue
        for line in lines:
            q = quant(line)
            if inside(q):
                river_list.append((rank, str(props.get("name") or ""), q))
    for rank, _, q in sorted(river_list, key=lambda t: (t[0], t[1], t[2][0].tolist())):
        rivers["fine"].append(store(q, spec.fine_km))
        if rank <= spec.max_river_rank - 1:
            rivers["coarse"].append(store(q, spec.coarse_km))
    return lakes, rivers


def _cities(raw: Path, spec: MapSpec, grid: Grid, part, ids) -> list[dict]:
    """City markers of the era: name of the time, capital flag, population rank."""
    owner_of = {ids[lab]: slug(f.owner) for lab, f in part.features.items()}
    feature_ids = set(ids.values())
    chosen = []
    for pl in places.gazetteer(sources.ne_places(raw)):
        if not places.exists_in(pl, spec.year):
            continue
        x, y = spec.projection.forward(pl.lon, pl.lat)
        col = int((float(x) - grid.x0) // grid.cell)
        row = int((float(y) - grid.y0) // grid.cell)
        if not (0 <= col < grid.width and 0 <= row < grid.height):
            continue
        fid = _feature_at(part.labels, row, col, ids)
        extra = any(pl.name == e[0] for e in places.EXTRA_PLACES)
        cand = places.capital_candidate(pl, spec.year) and fid is not None
        if cand or extra or pl.population >= spec.min_city_pop:
            chosen.append((pl, float(x), float(y), fid, cand, extra))
    # One capital per independent feature: the biggest candidate inside it.
    # A feature is independent when it owns itself or its owner is no feature of the map
    # (Sarajevo's Federation belongs to "Bosnia and Herzegovina", a group).
    best: dict[str, places.Place] = {}
    for pl, _x, _y, fid, cand, _extra in chosen:
        independent = owner_of[fid] == fid or owner_of[fid] not in feature_ids if cand else False
        if independent and (fid not in best or pl.population > best[fid].population):
            best[fid] = pl
    capitals = {pl.name for pl in best.values()}
    chosen.sort(key=lambda t: (-t[0].population, t[0].name))
    out = []
    for rank, (pl, x, y, fid, _cand, extra) in enumerate(chosen, start=1):
        out.append({
            "name": places.name_in(pl, spec.year),
            "x": round(x, 2),
            "y": round(y, 2),
            "lonlat": [round(pl.lon, 4), round(pl.lat, 4)],
            "capital": pl.name in capitals,
            "rank": rank,
            "population": pl.population,
            "feature": fid,
            "campaign": extra,
        })
    return out


def _feature_at(labels: np.ndarray, row: int, col: int, ids) -> str | None:
    """The feature under a point, else the commonest within a few cells (coastal cities)."""
    for r in range(6):
        win = labels[max(0, row - r) : row + r + 1, max(0, col - r) : col + r + 1]
        vals = win[win >= FIRST_FEATURE]
        if vals.size:
            return ids[int(np.bincount(vals).argmax())]
    return None


def write_npz(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """A .npz numpy can load, byte-for-byte reproducible (fixed names, times and order)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name in sorted(arrays):
            data = io.BytesIO()
            np.lib.format.write_array(data, np.ascontiguousarray(arrays[name]), allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o644 << 16
            zf.writestr(info, data.getvalue(), compresslevel=9)
    path.write_bytes(buf.getvalue())
