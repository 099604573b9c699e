"""Smoothing and Douglas-Peucker simplification of one arc at a time (end points kept)."""

from __future__ import annotations

import numpy as np


def douglas_peucker(points: np.ndarray, tolerance: float) -> np.ndarray:
    """Indices-preserving DP: returns the kept points, first and last included.

    A closed arc (first point == last point) is split at its farthest point first, so that a
    small island keeps at least a triangle.
    """
    pts = np.asarray(points, dtype=np.float64)
    n = len(pts)
    if n <= 2:
        return points
    if np.array_equal(pts[0], pts[-1]):
        far = int(np.argmax(((pts - pts[0]) ** 2).sum(axis=1)))
        if far == 0:
            return points[:1]
        a = _dp_mask(pts[: far + 1], tolerance)
        b = _dp_mask(pts[far:], tolerance)
        keep = np.concatenate([a, b[1:]])
        if keep.sum() < 4:  # keep a triangle: add the point farthest from the chord
            keep[_farthest_off_chord(pts, far)] = True
        return points[keep]
    return points[_dp_mask(pts, tolerance)]


def _dp_mask(pts: np.ndarray, tolerance: float) -> np.ndarray:
    keep = np.zeros(len(pts), dtype=bool)
    keep[0] = keep[-1] = True
    stack = [(0, len(pts) - 1)]
    tol2 = tolerance * tolerance
    while stack:
        i, j = stack.pop()
        if j - i < 2:
            continue
        seg = pts[i + 1 : j]
        a, b = pts[i], pts[j]
        d = b - a
        len2 = float(d @ d)
        if len2 == 0.0:
            dist2 = ((seg - a) ** 2).sum(axis=1)
        else:
            cross = (seg[:, 0] - a[0]) * d[1] - (seg[:, 1] - a[1]) * d[0]
            dist2 = cross * cross / len2
        k = int(np.argmax(dist2))
        if dist2[k] > tol2:
            m = i + 1 + k
            keep[m] = True
            stack.append((i, m))
            stack.append((m, j))
    return keep


def _farthest_off_chord(pts: np.ndarray, far: int) -> int:
    a, b = pts[0], pts[far]
    d = b - a
    cross = np.abs((pts[:, 0] - a[0]) * d[1] - (pts[:, 1] - a[1]) * d[0])
    cross[[0, far, len(pts) - 1]] = -1
    return int(np.argmax(cross))


def smooth(points: np.ndarray, loop: bool, passes: int = 3) -> np.ndarray:
    """Take the raster staircase out of a traced arc: a few [1, 2, 1] / 4 passes.

    End points (junctions) stay put, so the arcs still meet; a ``loop`` (a ring with no
    junction, e.g. an island) is smoothed all round. The shift is under half a raster cell.
    """
    pts = np.asarray(points, dtype=np.float64)
    if len(pts) < 3:
        return pts
    closed = loop
    for _ in range(passes):
        if closed:
            core = pts[:-1]
            core = (np.roll(core, 1, axis=0) + 2 * core + np.roll(core, -1, axis=0)) / 4
            pts = np.vstack([core, core[:1]])
        else:
            inner = (pts[:-2] + 2 * pts[1:-1] + pts[2:]) / 4
            pts = np.vstack([pts[:1], inner, pts[-1:]])
    return pts
