"""One era on one grid: corrected features painted into a planar partition.

The steps follow corrections.py's order; every decision that is not in a correction table
(where a stray island went, which feature a name merged into) is written to the build log.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from . import corrections, sources
from .corrections import Carve, EraFix
from .partition import FIRST_FEATURE, SEA, UNCLAIMED, Grid, grow_into, nearest_across_sea, paint

_SUFFIX = re.compile(r"^(.*?)\s*\(([^()]*)\)$")


class CorrectionError(Exception):
    """A correction names something the data does not have."""


@dataclass
class BuildFeature:
    name: str
    owner: str
    polygons: list = field(default_factory=list, repr=False)
    note: str = ""
    flags: tuple[str, ...] = ()


@dataclass
class Partition:
    grid: Grid
    labels: np.ndarray  # int32, SEA / UNCLAIMED / feature labels
    features: dict[int, BuildFeature]  # label -> feature (only those with cells)
    overlays: list[tuple[BuildFeature, np.ndarray]]  # (feature, boolean mask)
    groups: dict[str, tuple[str, ...]]
    log: list[str]


# -- reading, cached across the maps of one build --------------------------------------------
@lru_cache(maxsize=None)
def _historical(raw: Path, year: int):
    return sources.historical(raw, year)


@lru_cache(maxsize=None)
def _ne(raw: Path, layer: str):
    return sources.ne_polygons(raw, layer)


def build_partition(raw: Path, year: int, grid: Grid, grow_km: float) -> Partition:
    """The corrected, painted partition of ``year`` on ``grid``."""
    fix = corrections.ERAS[year]
    log: list[str] = []
    feats = _corrected_features(raw, year, fix, log)
    names = sorted(set(feats) | {c.name for c in fix.carves})
    label_of = {n: FIRST_FEATURE + i for i, n in enumerate(names)}
    labels = np.zeros((grid.height, grid.width), dtype=np.int32)

    # Historical features, biggest first, so a sloppy big neighbour never swallows a small one.
    for name in sorted(feats, key=lambda n: (-_area(feats[n].polygons), n)):
        paint(labels, grid.spans(feats[name].polygons), label_of[name])

    for carve in fix.carves:
        if carve.name not in feats:  # a new feature takes the carve's note and flags
            feats[carve.name] = BuildFeature(carve.name, carve.owner or carve.name,
                                             note=carve.note, flags=tuple(sorted(carve.flags)))
        mask = _carve_mask(raw, grid, labels, carve, label_of)
        labels[mask] = label_of[carve.name]
        log.append(f"carve {carve.name!r}: {int(mask.sum())} cells")

    land = _land_mask(raw, grid)
    labels[~land] = SEA
    left = grow_into(labels, land & (labels == SEA), max(1, int(round(grow_km / grid.cell))))
    _resolve_by_sovereignty(raw, grid, labels, left, year, feats, label_of, log)

    present = np.unique(labels)
    names = sorted(label_of)
    by_label = {label_of[n]: feats[n] for n in names if label_of[n] in present}
    for n in names:
        if label_of[n] not in present and _in_window(grid, feats[n]):
            log.append(f"gone: {n!r} has no cell on this map")
    overlays = []
    for ov in fix.overlays:
        mask = _carve_mask(raw, grid, labels, ov, label_of)
        if mask.any():
            overlays.append((BuildFeature(ov.name, ov.owner or ov.name, note=ov.note,
                                          flags=ov.flags), mask))
    return Partition(grid, labels, by_label, overlays, dict(fix.groups), log)


# -- corrections ---------------------------------------------------------------------------
def _corrected_features(raw: Path, year: int, fix: EraFix, log: list[str]) -> dict[str, BuildFeature]:
    colony_names, colony_owners = corrections.colony_renames(year)
    renames = {**colony_names, **fix.renames}
    owners = {**colony_owners, **fix.owners}
    src = _historical(raw, corrections.source_year(year))
    keys = {f.key() for f in src} | {f.name for f in src if f.name}
    for key in (*fix.renames, *fix.drops):
        if key not in keys:
            raise CorrectionError(f"{year}: no source feature {key!r}")

    feats: dict[str, BuildFeature] = {}
    unnamed = []
    for f in src:
        if f.key() in fix.drops or f.name in fix.drops:
            log.append(f"drop {f.key()!r}")
            continue
        if not f.name:
            unnamed.extend(f.polygons)
            continue
        name, owner = _name_and_owner(f, renames, owners)
        if name in feats:
            if feats[name].owner != owner:
                log.append(f"merge {f.key()!r} into {name!r} (owner {feats[name].owner!r} kept)")
            feats[name].polygons.extend(f.polygons)
        else:
            feats[name] = BuildFeature(name, owner, list(f.polygons))

    for fold in fix.folds:
        hits = [p for p in unnamed if _contains(p[0], fold.at)]
        if not hits:
            raise CorrectionError(f"{year}: no unnamed piece at {fold.at}")
        unnamed = [p for p in unnamed if not any(p is h for h in hits)]
        if fold.into is None:
            log.append(f"fold: unnamed piece at {fold.at} dropped")
            continue
        target = feats.setdefault(fold.into, BuildFeature(fold.into, fold.owner or fold.into))
        target.polygons.extend(hits)
        log.append(f"fold: unnamed piece at {fold.at} -> {fold.into!r}")
    if unnamed:
        log.append(f"{len(unnamed)} other unnamed pieces left to neighbours and Natural Earth")

    carved = {c.name for c in fix.carves}
    for name in fix.owners:
        if name not in feats and name not in carved:
            raise CorrectionError(f"{year}: owner given for missing feature {name!r}")
    for name, note in fix.notes.items():
        if name in feats:
            feats[name].note = note
    for name, flags in fix.flags.items():
        if name not in feats:
            raise CorrectionError(f"{year}: cannot flag missing feature {name!r}")
        feats[name].flags = tuple(sorted(set(feats[name].flags) | set(flags)))
    return feats


def _name_and_owner(f: sources.SourceFeature, renames: dict, owners: dict) -> tuple[str, str]:
    """Display name and owner of a source feature (owner = itself when independent)."""
    name = renames.get(f.key(), renames.get(f.name))
    suffix_owner = None
    if name is None:
        name = f.name
        m = _SUFFIX.match(name)
        if m and m.group(2) in corrections.OWNER_SUFFIXES:
            name = m.group(1)
            suffix_owner = corrections.OWNER_ALIASES.get(m.group(2), m.group(2))
    if name in owners:
        return name, owners[name]
    if suffix_owner:
        return name, suffix_owner
    subj = f.subjecto
    if not subj or subj == f.name:
        return name, name
    subj = corrections.OWNER_ALIASES.get(subj, subj)
    return name, renames.get(subj, subj)


# -- geometry helpers ----------------------------------------------------------------------
def _area(polygons) -> float:
    """Rough size in square degrees, only to order the painting."""
    total = 0.0
    for poly in polygons:
        r = poly[0]
        total += abs(np.dot(r[:-1, 0], r[1:, 1]) - np.dot(r[1:, 0], r[:-1, 1])) / 2
    return total


def _contains(ring: np.ndarray, pt) -> bool:
    x, y = pt
    xs, ys = ring[:, 0], ring[:, 1]
    x2, y2 = np.roll(xs, -1), np.roll(ys, -1)
    with np.errstate(divide="ignore", invalid="ignore"):
        cross = ((ys > y) != (y2 > y)) & (x < (x2 - xs) * (y - ys) / (y2 - ys) + xs)
    return bool(cross.sum() % 2)


def _in_window(grid: Grid, f: BuildFeature) -> bool:
    if not f.polygons:
        return False
    pts = np.vstack([p[0] for p in f.polygons])
    px = grid.to_pixels(pts)
    return bool(((px[:, 0] >= 0) & (px[:, 0] < grid.width) & (px[:, 1] >= 0)
                 & (px[:, 1] < grid.height)).any())


def _mask(grid: Grid, polygons) -> np.ndarray:
    m = np.zeros((grid.height, grid.width), dtype=np.uint8)
    paint(m, grid.spans(polygons), 1)
    return m.astype(bool)


def _box(box) -> list:
    lon0, lat0, lon1, lat1 = box
    t = np.linspace(0.0, 1.0, 33)
    ring = np.concatenate([
        np.column_stack([lon0 + (lon1 - lon0) * t, np.full_like(t, lat0)]),
        np.column_stack([np.full_like(t, lon1), lat0 + (lat1 - lat0) * t]),
        np.column_stack([lon1 - (lon1 - lon0) * t, np.full_like(t, lat1)]),
        np.column_stack([np.full_like(t, lon0), lat1 - (lat1 - lat0) * t]),
    ])
    return [[ring]]


def _source_polygons(raw: Path, source: tuple) -> list:
    kind = source[0]
    if kind == "era":
        _, year, name = source
        year = corrections.source_year(year)
        polys = [p for f in _historical(raw, year) if f.name == name for p in f.polygons]
    elif kind == "ne":
        polys = [p for props, ps in _ne(raw, "admin_0_countries") if props.get("ADMIN") == source[1]
                 for p in ps]
    elif kind == "ne_subunit":
        polys = [p for props, ps in _ne(raw, "admin_0_map_subunits")
                 if props.get("SU_A3") == source[1] for p in ps]
    elif kind == "drawn":
        polys = [[np.asarray(ring + [ring[0]], dtype=np.float64)] for ring in source[1]]
    else:
        raise CorrectionError(f"unknown source kind {kind!r}")
    if not polys:
        raise CorrectionError(f"source {source[:3]!r} has no shape")
    return polys


def _carve_mask(raw, grid, labels, carve: Carve, label_of) -> np.ndarray:
    mask = _mask(grid, _source_polygons(raw, carve.source))
    if carve.box is not None:
        mask &= _mask(grid, _box(carve.box))
    if carve.within:
        known = [label_of[n] for n in carve.within if n in label_of]
        if not known:
            raise CorrectionError(f"carve {carve.name!r}: none of {carve.within} exists")
        mask &= np.isin(labels, known)
    return mask


@lru_cache(maxsize=8)
def _land_mask(raw: Path, grid: Grid) -> np.ndarray:
    """Natural Earth land on the grid (shared by the six years of a window: never modify)."""
    polys = [p for _, ps in _ne(raw, "land") for p in ps]
    return _mask(grid, polys)


@lru_cache(maxsize=8)
def _ne_country_grid(raw: Path, grid: Grid) -> tuple[np.ndarray, tuple, tuple]:
    """Natural Earth admin-0 index per cell (0 = none), with ADMIN and SOVEREIGNT names."""
    countries = sorted(_ne(raw, "admin_0_countries"), key=lambda t: t[0]["ADMIN"])
    out = np.zeros((grid.height, grid.width), dtype=np.int32)
    for i, (_, polys) in enumerate(countries, start=1):
        paint(out, grid.spans(polys), i)
    admins = ("",) + tuple(p["ADMIN"] for p, _ in countries)
    sovs = ("",) + tuple(p["SOVEREIGNT"] for p, _ in countries)
    return out, admins, sovs


def _resolve_by_sovereignty(raw, grid, labels, left, year, feats, label_of, log) -> None:
    """Land no neighbour reached: give it to the feature that holds most of the same
    Natural Earth country (or, failing that, of the same sovereign), else to a fallback."""
    if not left.any():
        return
    ne, admins, sovs = _ne_country_grid(raw, grid)
    both = (ne > 0) & (labels >= FIRST_FEATURE)
    n_ne, n_lab = len(admins), int(labels.max()) + 1
    counts = np.bincount(ne[both] * n_lab + labels[both], minlength=n_ne * n_lab).reshape(n_ne, n_lab)
    sov_index = {s: i for i, s in enumerate(sorted(set(sovs)))}
    sov_of = np.array([sov_index[s] for s in sovs])
    sov_counts = np.zeros((len(sov_index), n_lab), dtype=counts.dtype)
    np.add.at(sov_counts, sov_of, counts)
    best = np.where(counts.max(axis=1) > 0, counts.argmax(axis=1), 0)
    sov_best = np.where(sov_counts.max(axis=1) > 0, sov_counts.argmax(axis=1), 0)
    choice = np.where(best > 0, best, sov_best[sov_of])
    choice[0] = 0
    assign = {**corrections.island_owners(year), **corrections.ERAS[year].ne_assign}
    for admin, (name, owner) in sorted(assign.items()):
        if name not in label_of:
            label_of[name] = max(label_of.values()) + 1
            feats[name] = BuildFeature(name, owner)
        choice[admins.index(admin)] = label_of[name]
    rr, cc = np.nonzero(left)
    got = choice[ne[rr, cc]]
    labels[rr, cc] = got
    name_of = {v: k for k, v in label_of.items()}
    for i in np.unique(ne[rr, cc]):
        if i and choice[i]:
            n = int(((ne[rr, cc] == i) & (got > 0)).sum())
            log.append(f"land of NE {admins[i]!r} ({n} cells) -> {name_of[int(choice[i])]!r}")
    stray = left & (labels == SEA)
    if stray.any():
        nearest_across_sea(labels, stray, block=8, steps=6)
        stray &= labels == SEA
        labels[stray] = UNCLAIMED
        if stray.any():
            where = np.bincount(ne[stray], minlength=len(admins))
            detail = ", ".join(f"{admins[i] or '?'} {where[i]}" for i in np.argsort(-where)[:8] if where[i])
            log.append(f"unclaimed land: {int(stray.sum())} cells ({detail})")
