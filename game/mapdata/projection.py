"""Map projections, written out so that the build step and the game agree to the last bit.

Two projections, both on a sphere of radius 6371 km, output in kilometres with y pointing north:

* Lambert conformal conic (two standard parallels) for the Europe window: shapes stay right
  from Iceland to the Caspian, which matters for a map that players read border by border.
* Equal Earth (Šavrič, Patterson & Jenny 2018) for world maps: equal-area, so the size of a
  colonial empire on screen is honest.

A campaign that draws its own regions in lon/lat projects them with the parameters recorded in
the base map's asset (``Projection.from_dict``), so they line up with the built-in borders.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

EARTH_RADIUS_KM = 6371.0

# Equal Earth polynomial coefficients (from the paper).
_EE_A1, _EE_A2, _EE_A3, _EE_A4 = 1.340264, -0.081106, 0.000893, 0.003796
_EE_M = math.sqrt(3.0) / 2.0


@dataclass(frozen=True)
class Projection:
    """A forward/inverse projection; ``kind`` is "lcc" or "equal_earth"."""

    kind: str
    lon0: float
    lat0: float = 0.0
    lat1: float = 0.0
    lat2: float = 0.0
    radius: float = EARTH_RADIUS_KM

    def __post_init__(self) -> None:
        if self.kind not in ("lcc", "equal_earth"):
            raise ValueError(f"unknown projection kind {self.kind!r}")

    # -- serialisation -------------------------------------------------------------------
    def to_dict(self) -> dict:
        d = {"kind": self.kind, "lon0": self.lon0, "radius": self.radius}
        if self.kind == "lcc":
            d.update(lat0=self.lat0, lat1=self.lat1, lat2=self.lat2)
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "Projection":
        return cls(
            kind=d["kind"],
            lon0=float(d["lon0"]),
            lat0=float(d.get("lat0", 0.0)),
            lat1=float(d.get("lat1", 0.0)),
            lat2=float(d.get("lat2", 0.0)),
            radius=float(d.get("radius", EARTH_RADIUS_KM)),
        )

    # -- LCC constants -------------------------------------------------------------------
    def _lcc_constants(self) -> tuple[float, float, float]:
        p1, p2, p0 = (math.radians(v) for v in (self.lat1, self.lat2, self.lat0))
        if abs(p1 - p2) < 1e-12:
            n = math.sin(p1)
        else:
            n = math.log(math.cos(p1) / math.cos(p2)) / math.log(
                math.tan(math.pi / 4 + p2 / 2) / math.tan(math.pi / 4 + p1 / 2)
            )
        f = math.cos(p1) * math.tan(math.pi / 4 + p1 / 2) ** n / n
        rho0 = self.radius * f / math.tan(math.pi / 4 + p0 / 2) ** n
        return n, f, rho0

    # -- forward / inverse ---------------------------------------------------------------
    def forward(self, lon, lat) -> tuple[np.ndarray, np.ndarray]:
        """Project degrees to kilometres (arrays or scalars in, float64 arrays out)."""
        lon = np.asarray(lon, dtype=np.float64)
        lat = np.asarray(lat, dtype=np.float64)
        dlon = np.radians(_wrap180(lon - self.lon0))
        phi = np.radians(np.clip(lat, -89.999999, 89.999999))
        if self.kind == "lcc":
            n, f, rho0 = self._lcc_constants()
            rho = self.radius * f / np.tan(np.pi / 4 + phi / 2) ** n
            theta = n * dlon
            return rho * np.sin(theta), rho0 - rho * np.cos(theta)
        theta = np.arcsin(_EE_M * np.sin(phi))
        t2 = theta * theta
        t6 = t2 * t2 * t2
        x = (2 * math.sqrt(3) * dlon * np.cos(theta)) / (
            3 * (_EE_A1 + 3 * _EE_A2 * t2 + t6 * (7 * _EE_A3 + 9 * _EE_A4 * t2))
        )
        y = theta * (_EE_A1 + _EE_A2 * t2 + t6 * (_EE_A3 + _EE_A4 * t2))
        return self.radius * x, self.radius * y

    def inverse(self, x, y) -> tuple[np.ndarray, np.ndarray]:
        """Kilometres back to degrees (lon, lat)."""
        x = np.asarray(x, dtype=np.float64)
        y = np.asarray(y, dtype=np.float64)
        if self.kind == "lcc":
            n, f, rho0 = self._lcc_constants()
            dy = rho0 - y
            rho = np.sign(n) * np.hypot(x, dy)
            theta = np.arctan2(np.sign(n) * x, np.sign(n) * dy)
            with np.errstate(divide="ignore"):
                phi = 2 * np.arctan((self.radius * f / rho) ** (1 / n)) - np.pi / 2
            lon = self.lon0 + np.degrees(theta / n)
            return _wrap180(lon), np.degrees(phi)
        xs, ys = x / self.radius, y / self.radius
        theta = ys.copy()
        for _ in range(12):  # Newton on y(theta); converges in a handful of steps
            t2 = theta * theta
            t6 = t2 * t2 * t2
            fy = theta * (_EE_A1 + _EE_A2 * t2 + t6 * (_EE_A3 + _EE_A4 * t2)) - ys
            fpy = _EE_A1 + 3 * _EE_A2 * t2 + t6 * (7 * _EE_A3 + 9 * _EE_A4 * t2)
            theta = theta - fy / fpy
        t2 = theta * theta
        t6 = t2 * t2 * t2
        poly = _EE_A1 + 3 * _EE_A2 * t2 + t6 * (7 * _EE_A3 + 9 * _EE_A4 * t2)
        dlon = 3 * xs * poly / (2 * math.sqrt(3) * np.cos(theta))
        lat = np.degrees(np.arcsin(np.clip(np.sin(theta) / _EE_M, -1.0, 1.0)))
        return _wrap180(self.lon0 + np.degrees(dlon)), lat


def _wrap180(lon: np.ndarray) -> np.ndarray:
    """Longitudes into [-180, 180); keeps exactly 180 as 180 so the antimeridian stays put."""
    lon = np.asarray(lon, dtype=np.float64)
    wrapped = (lon + 180.0) % 360.0 - 180.0
    return np.where((lon == 180.0) | ((wrapped == -180.0) & (lon > 0)), 180.0, wrapped)


#: The Europe window: Europe, the Mediterranean and the Middle East.
EUROPE_LCC = Projection("lcc", lon0=20.0, lat0=45.0, lat1=30.0, lat2=60.0)
#: World maps.
WORLD_EQUAL_EARTH = Projection("equal_earth", lon0=0.0)
