"""Scan-line polygon filling in numpy, shared by the asset build and the map view.

Both sides need the same answer to "which pixel belongs to which polygon": the build paints
source borders into a label grid, the view paints feature ids into its id-map for picking and
colouring. Coordinates are in pixel units: pixel (row r, col c) has its centre at
(c + 0.5, r + 0.5) and is inside a polygon when its centre is (even-odd rule).

Every edge is evaluated from its lower end point, so an edge shared by two neighbours gives the
same crossing in both: a planar partition paints every pixel exactly once.
"""

from __future__ import annotations

import numpy as np


def ring_edges(rings, keys) -> tuple[np.ndarray, np.ndarray]:
    """Stack closed rings into an (E, 4) edge array [x0, y0, x1, y1] and a key per edge.

    ``rings`` is a sequence of (N, 2) arrays (first point need not repeat at the end);
    ``keys`` gives one integer per ring (which polygon or label it belongs to).
    """
    parts, kparts = [], []
    for ring, key in zip(rings, keys):
        if len(ring) < 3:
            continue
        a = np.asarray(ring, dtype=np.float64)
        b = np.roll(a, -1, axis=0)
        parts.append(np.hstack([a, b]))
        kparts.append(np.full(len(a), key, dtype=np.int64))
    if not parts:
        return np.zeros((0, 4)), np.zeros(0, dtype=np.int64)
    return np.vstack(parts), np.concatenate(kparts)


def scan_spans(edges: np.ndarray, keys: np.ndarray, n_rows: int):
    """Even-odd spans on rows [0, n_rows): returns (rows, c0, c1, key) with c0 <= c1.

    Spans are half-open pixel ranges [c0, c1); they are not clipped to any width.
    """
    x0, y0, x1, y1 = edges[:, 0], edges[:, 1], edges[:, 2], edges[:, 3]
    swap = y0 > y1
    lx = np.where(swap, x1, x0)
    ly = np.where(swap, y1, y0)
    hx = np.where(swap, x0, x1)
    hy = np.where(swap, y0, y1)
    r0 = np.clip(np.ceil(ly - 0.5), 0, n_rows).astype(np.int64)
    r1 = np.clip(np.ceil(hy - 0.5), 0, n_rows).astype(np.int64)
    counts = r1 - r0
    keep = counts > 0
    if not keep.any():
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty, empty
    lx, ly, hx, hy, r0, counts, ekeys = (
        lx[keep], ly[keep], hx[keep], hy[keep], r0[keep], counts[keep], keys[keep]
    )
    slope = (hx - lx) / (hy - ly)
    total = int(counts.sum())
    edge_of = np.repeat(np.arange(len(counts)), counts)
    starts = np.cumsum(counts) - counts
    rows = r0[edge_of] + (np.arange(total) - starts[edge_of])
    xs = lx[edge_of] + (rows + 0.5 - ly[edge_of]) * slope[edge_of]
    k = ekeys[edge_of]
    order = np.lexsort((xs, rows, k))
    rows, xs, k = rows[order], xs[order], k[order]
    # Closed rings cross every row an even number of times per key, so pairs never straddle.
    c = np.ceil(xs - 0.5).astype(np.int64)
    return rows[0::2], c[0::2], c[1::2], k[0::2]


def paint_labels(spans, height: int, width: int, dtype=np.int32) -> np.ndarray:
    """Label grid from non-overlapping spans whose key is the label (0 stays background).

    Each span adds its label where it starts and removes it where it ends; a running sum
    along each row then fills the spans. Integer throughout, so labels come out exact.
    """
    rows, c0, c1, labels = spans
    c0 = np.clip(c0, 0, width)
    c1 = np.clip(c1, 0, width)
    keep = c1 > c0
    rows, c0, c1, labels = rows[keep], c0[keep], c1[keep], labels[keep].astype(np.int32)
    stride = width + 1
    diff = np.zeros(height * stride, dtype=np.int32)
    np.add.at(diff, rows * stride + c0, labels)
    np.add.at(diff, rows * stride + c1, -labels)
    out = np.cumsum(diff.reshape(height, stride)[:, :width], axis=1, dtype=np.int32)
    return out.astype(dtype, copy=False)


def coverage(spans, height: int, width: int) -> np.ndarray:
    """Boolean mask of pixels covered by at least one span (union of polygons)."""
    rows, c0, c1, _ = spans
    ones = (rows, c0, c1, np.ones_like(rows))
    return paint_labels(ones, height, width) > 0
