"""Reading the raw GeoJSON files into plain polygons (lists of numpy rings in lon/lat)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

Polygon = list  # [outer ring, hole, hole, ...], each an (N, 2) float64 array of lon/lat
HIST_DIR = "historical-basemaps"
NE_DIR = "natural-earth-50m"


@dataclass
class SourceFeature:
    """One feature of a historical layer, as read (before any correction)."""

    index: int
    name: str | None
    subjecto: str | None
    polygons: list[Polygon] = field(repr=False)

    def key(self) -> str:
        """The key correction tables use: NAME, or NAME|SUBJECTO where names repeat."""
        return f"{self.name}|{self.subjecto}"


def _polygons(geometry: dict) -> list[Polygon]:
    if geometry is None:
        return []
    if geometry["type"] == "Polygon":
        parts = [geometry["coordinates"]]
    elif geometry["type"] == "MultiPolygon":
        parts = geometry["coordinates"]
    else:
        return []
    out = []
    for part in parts:
        rings = [np.asarray(r, dtype=np.float64)[:, :2] for r in part if len(r) >= 4]
        if rings:
            out.append(rings)
    return out


def _lines(geometry: dict) -> list[np.ndarray]:
    if geometry is None:
        return []
    if geometry["type"] == "LineString":
        parts = [geometry["coordinates"]]
    elif geometry["type"] == "MultiLineString":
        parts = geometry["coordinates"]
    else:
        return []
    return [np.asarray(p, dtype=np.float64)[:, :2] for p in parts if len(p) >= 2]


def _read(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)["features"]


def historical(raw: Path, year: int) -> list[SourceFeature]:
    """The historical-basemaps layer of one year, in file order."""
    out = []
    for i, f in enumerate(_read(raw / HIST_DIR / f"world_{year}.geojson")):
        props = f.get("properties") or {}
        name = props.get("NAME") or None
        out.append(SourceFeature(i, name, props.get("SUBJECTO") or None, _polygons(f["geometry"])))
    return out


def ne_polygons(raw: Path, layer: str) -> list[tuple[dict, list[Polygon]]]:
    """(properties, polygons) of a Natural Earth polygon layer, e.g. "land" or "lakes"."""
    feats = _read(raw / NE_DIR / f"ne_50m_{layer}.geojson")
    return [(f.get("properties") or {}, _polygons(f["geometry"])) for f in feats]


def ne_lines(raw: Path, layer: str) -> list[tuple[dict, list[np.ndarray]]]:
    """(properties, polylines) of a Natural Earth line layer (rivers)."""
    feats = _read(raw / NE_DIR / f"ne_50m_{layer}.geojson")
    return [(f.get("properties") or {}, _lines(f["geometry"])) for f in feats]


def ne_places(raw: Path) -> list[dict]:
    """Properties of every Natural Earth populated place (they carry lon/lat)."""
    return [f["properties"] for f in _read(raw / NE_DIR / "ne_50m_populated_places_simple.geojson")]
