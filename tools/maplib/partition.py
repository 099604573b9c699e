"""Painting sources into a label grid: one label per cell, so the result is a planar partition.

Why a grid: the historical layer has overlaps, gaps, coarse coasts and borders shifted by
10-20 km; corrections borrow shapes from other eras and from Natural Earth, whose vertices never
coincide with the historical ones. Painting everything into one grid (in projected kilometres)
settles all of that the same way every time: later paint wins, land comes from Natural Earth,
and every cell ends up with exactly one owner. The borders are traced back into shared arcs
afterwards (topology.py).

Label values: SEA = 0, UNCLAIMED = 1 (land no source claims), features from FIRST_FEATURE up.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from game.mapdata.projection import Projection
from game.mapdata.raster import ring_edges, scan_spans

SEA = 0
UNCLAIMED = 1
FIRST_FEATURE = 2
_BAND_CELLS = 4_000_000  # cells painted per numpy pass; bounds the temporary arrays


@dataclass(frozen=True)
class Grid:
    """A raster over the projected bounds; row 0 is the southern edge."""

    projection: Projection
    x0: float
    y0: float
    cell: float
    width: int
    height: int

    @classmethod
    def over(cls, projection: Projection, bounds, cell: float) -> "Grid":
        x0, y0, x1, y1 = bounds
        return cls(projection, x0, y0, cell, int(round((x1 - x0) / cell)), int(round((y1 - y0) / cell)))

    def to_pixels(self, lonlat: np.ndarray) -> np.ndarray:
        x, y = self.projection.forward(lonlat[:, 0], lonlat[:, 1])
        return np.column_stack([(x - self.x0) / self.cell, (y - self.y0) / self.cell])

    def spans(self, polygons) -> tuple:
        """Scan-line spans of lon/lat polygons; one key per polygon so overlaps union."""
        rings, keys = [], []
        for k, poly in enumerate(polygons):
            for ring in poly:
                rings.append(self.to_pixels(ring))
                keys.append(k)
        edges, ekeys = ring_edges(rings, keys)
        return scan_spans(edges, ekeys, self.height)


def paint(labels: np.ndarray, spans, value: int, over: np.ndarray | None = None) -> int:
    """Paint ``value`` into the cells the spans cover; returns the number of cells painted.

    ``over`` (a boolean lookup indexed by label) restricts painting to cells whose current
    label is allowed, e.g. only cells of the feature a sub-unit belongs to.
    """
    rows, c0, c1, _ = spans
    height, width = labels.shape
    c0 = np.clip(c0, 0, width)
    c1 = np.clip(c1, 0, width)
    keep = c1 > c0
    rows, c0, c1 = rows[keep], c0[keep], c1[keep]
    if rows.size == 0:
        return 0
    col_lo, col_hi = int(c0.min()), int(c1.max())
    span_w = col_hi - col_lo
    band = max(1, _BAND_CELLS // max(span_w, 1))
    order = np.argsort(rows, kind="stable")
    rows, c0, c1 = rows[order], c0[order] - col_lo, c1[order] - col_lo
    painted = 0
    for r_lo in range(int(rows[0]), int(rows[-1]) + 1, band):
        i, j = np.searchsorted(rows, [r_lo, r_lo + band])
        if i == j:
            continue
        n_rows = min(band, labels.shape[0] - r_lo)
        stride = span_w + 1
        flat = (rows[i:j] - r_lo) * stride
        diff = np.bincount(flat + c0[i:j], minlength=n_rows * stride).astype(np.int32)
        diff -= np.bincount(flat + c1[i:j], minlength=n_rows * stride).astype(np.int32)
        covered = np.cumsum(diff.reshape(n_rows, stride)[:, :span_w], axis=1) > 0
        window = labels[r_lo : r_lo + n_rows, col_lo:col_hi]
        if over is not None:
            covered &= over[window]
        window[covered] = value
        painted += int(covered.sum())
    return painted


def grow_into(labels: np.ndarray, todo_mask: np.ndarray, steps: int) -> np.ndarray:
    """Give cells in ``todo_mask`` the label of a labelled 4-neighbour, ``steps`` times over.

    All cells of one step update together, with a fixed neighbour order, so the result does
    not depend on iteration order. Returns the mask of cells still unassigned.
    """
    height, width = labels.shape
    flat = labels.ravel()
    todo = np.flatnonzero(todo_mask)
    for _ in range(steps):
        if todo.size == 0:
            break
        r, c = np.divmod(todo, width)
        best = np.zeros(todo.size, dtype=labels.dtype)
        for dr, dc in ((0, -1), (0, 1), (-1, 0), (1, 0)):
            ok = (r + dr >= 0) & (r + dr < height) & (c + dc >= 0) & (c + dc < width)
            cand = np.zeros(todo.size, dtype=labels.dtype)
            cand[ok] = flat[(r[ok] + dr) * width + c[ok] + dc]
            take = (best == 0) & (cand >= FIRST_FEATURE)
            best[take] = cand[take]
        done = best > 0
        flat[todo[done]] = best[done]
        todo = todo[~done]
    left = np.zeros(labels.size, dtype=bool)
    left[todo] = True
    return left.reshape(labels.shape)


def nearest_across_sea(labels: np.ndarray, todo_mask: np.ndarray, block: int, steps: int) -> None:
    """Give stray islands (``todo_mask``) the feature found nearest on a coarse grid.

    Islands the historical layer forgot (small Greek or Danish isles) sit a few km off a coast;
    growing the labels across the sea on a grid ``block`` times coarser finds their owner
    without a full-resolution distance transform.
    """
    height, width = labels.shape
    ch, cw = -(-height // block), -(-width // block)
    padded = np.zeros((ch * block, cw * block), dtype=labels.dtype)
    padded[:height, :width] = np.where(labels >= FIRST_FEATURE, labels, 0)
    coarse = padded.reshape(ch, block, cw, block).max(axis=(1, 3))
    grow_into(coarse, coarse == 0, steps)
    rr, cc = np.nonzero(todo_mask)
    found = coarse[rr // block, cc // block]
    ok = found >= FIRST_FEATURE
    labels[rr[ok], cc[ok]] = found[ok]
