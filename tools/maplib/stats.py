"""Per-label area, centroid and a label anchor, measured on the label grid itself."""

from __future__ import annotations

import numpy as np

_BAND = 256


def area_and_centroid(labels: np.ndarray, n_labels: int):
    """Cell counts and mean (col, row) centre per label, in cell units."""
    counts = np.zeros(n_labels, dtype=np.float64)
    sx = np.zeros(n_labels, dtype=np.float64)
    sy = np.zeros(n_labels, dtype=np.float64)
    w = labels.shape[1]
    cols = np.arange(w, dtype=np.float64) + 0.5
    for r0 in range(0, labels.shape[0], _BAND):
        band = labels[r0 : r0 + _BAND]
        flat = band.ravel()
        counts += np.bincount(flat, minlength=n_labels)
        sx += np.bincount(flat, weights=np.tile(cols, band.shape[0]), minlength=n_labels)
        rows = np.repeat(np.arange(r0, r0 + band.shape[0], dtype=np.float64) + 0.5, w)
        sy += np.bincount(flat, weights=rows, minlength=n_labels)
    with np.errstate(invalid="ignore", divide="ignore"):
        return counts, sx / counts, sy / counts


def components(grid: np.ndarray) -> np.ndarray:
    """4-connected components of equal values: the smallest flat index of each component.

    Hooking plus pointer jumping, all in numpy; converges in a few dozen rounds.
    """
    h, w = grid.shape
    flat = grid.ravel()
    idx = np.arange(h * w, dtype=np.int64).reshape(h, w)
    ua, ub = [], []
    for a, b in ((idx[:, :-1], idx[:, 1:]), (idx[:-1, :], idx[1:, :])):
        a, b = a.ravel(), b.ravel()
        same = flat[a] == flat[b]
        ua.append(a[same])
        ub.append(b[same])
    ua, ub = np.concatenate(ua), np.concatenate(ub)
    parent = np.arange(h * w, dtype=np.int64)
    while True:
        pa, pb = parent[ua], parent[ub]
        changed = pa != pb
        if not changed.any():
            break
        lo, hi = np.minimum(pa, pb)[changed], np.maximum(pa, pb)[changed]
        np.minimum.at(parent, hi, lo)
        while True:
            nxt = parent[parent]
            if np.array_equal(nxt, parent):
                break
            parent = nxt
    return parent.reshape(h, w)


def anchors(labels: np.ndarray, block: int, prefer: dict[int, tuple[float, float]]):
    """Per label: the point farthest from its border (a place for its name) and that distance.

    Measured on a grid ``block`` times coarser; returns {label: (col, row, radius)} in
    full-grid cell units. The map frame counts as a border, so a name stays on screen.
    ``prefer`` gives a point (col, row) per label, e.g. its capital: the name then goes in
    the piece of the label that holds that point (Denmark on Jutland, not on Greenland).
    """
    small = labels[block // 2 :: block, block // 2 :: block]
    h, w = small.shape
    dist = _inner_distance(small)
    comp = components(small).ravel()
    flat_l = small.ravel()
    flat_d = dist.ravel()
    order = np.lexsort((np.arange(flat_l.size), -flat_d, comp))
    first = np.ones(order.size, dtype=bool)
    first[1:] = comp[order][1:] != comp[order][:-1]
    best_of_comp = {int(comp[i]): int(i) for i in order[first]}
    out = {}
    for _comp_id, idx in sorted(best_of_comp.items(), key=lambda t: (-flat_d[t[1]], t[0])):
        lab = int(flat_l[idx])
        if lab not in out:
            out[lab] = idx
    for lab, (col, row) in prefer.items():
        r, c = int(row) // block, int(col) // block
        if 0 <= r < h and 0 <= c < w and small[r, c] == lab:
            out[lab] = best_of_comp[int(comp[r * w + c])]
    result = {}
    for lab, idx in out.items():
        r, c = divmod(idx, w)
        result[lab] = (c * block + block // 2 + 0.5, r * block + block // 2 + 0.5,
                       float(flat_d[idx]) * block)
    return result


def _inner_distance(small: np.ndarray) -> np.ndarray:
    """Steps to the nearest cell of another label (or the frame), by peeling layers."""
    h, w = small.shape
    dist = np.zeros((h, w), dtype=np.int32)
    level = np.ones((h, w), dtype=bool)
    level[0, :] = level[-1, :] = level[:, 0] = level[:, -1] = False
    level[1:, :] &= small[1:, :] == small[:-1, :]
    level[:-1, :] &= small[:-1, :] == small[1:, :]
    level[:, 1:] &= small[:, 1:] == small[:, :-1]
    level[:, :-1] &= small[:, :-1] == small[:, 1:]
    step = 0
    while level.any():
        step += 1
        dist[level] = step
        nxt = level.copy()
        nxt[1:, :] &= level[:-1, :]
        nxt[:-1, :] &= level[1:, :]
        nxt[:, 1:] &= level[:, :-1]
        nxt[:, :-1] &= level[:, 1:]
        level = nxt
    return dist
