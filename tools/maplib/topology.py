"""Tracing a label grid back into shared arcs, and arcs into rings.

A boundary between two labels is traced once, as an *arc* from one junction (a grid corner
where three or more labels meet) to the next; both neighbours refer to the same arc, so after
simplification their borders still coincide exactly. Arc points sit on the midpoints of the
cell edges, which turns the raster staircase into diagonals before Douglas-Peucker runs.

Coordinates are integers in half-cell units from the grid's south-west corner.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

OUTSIDE = -1  # beyond the map frame


@dataclass
class Topology:
    arcs: list[np.ndarray]  # (N, 2) int64 half-cell coordinates, smoothed, endpoints kept
    left: np.ndarray  # label on the left of each arc as traced
    right: np.ndarray  # label on the right
    ends: list[tuple]  # per arc: start corner, end corner, first step, last step (raw grid)
    loops: list[bool]  # arcs that close on themselves without meeting any junction

    def rings(self, group=lambda label: label) -> dict[int, list[list[int]]]:
        """Rings of every group of labels, as lists of refs 2*arc + reversed.

        ``group`` maps a label to the region it belongs to (by default each label is its own
        region; map all land labels to one value to get the coastline rings). Arcs inside a
        region are skipped; the region is always on the left of its rings.
        """
        return _assemble_rings(
            [group(int(v)) for v in self.left], [group(int(v)) for v in self.right], self.ends
        )


def trace(labels: np.ndarray) -> Topology:
    """Arcs between all labels of ``labels`` (row 0 = south) and the rings of every label."""
    h, w = labels.shape
    p = np.full((h + 2, w + 2), OUTSIDE, dtype=np.int32)
    p[1:-1, 1:-1] = labels
    stride = w + 3  # corners per padded row

    # Canonical half-edges: the smaller label is on the left. Corner (i, j) is x=j, y=i.
    starts, ends, lefts, rights = [], [], [], []
    r, c = np.nonzero(p[:, 1:] != p[:, :-1])  # vertical edge at x=c+1 between rows r..r+1
    a, b = p[r, c], p[r, c + 1]  # a west, b east
    up = a < b  # going up keeps the west cell on the left
    x = c + 1
    starts.append(np.where(up, r * stride + x, (r + 1) * stride + x))
    ends.append(np.where(up, (r + 1) * stride + x, r * stride + x))
    lefts.append(np.minimum(a, b))
    rights.append(np.maximum(a, b))
    r, c = np.nonzero(p[1:, :] != p[:-1, :])  # horizontal edge at y=r+1 between cols c..c+1
    a, b = p[r, c], p[r + 1, c]  # a south, b north
    east = b < a  # going east keeps the north cell on the left
    y = r + 1
    starts.append(np.where(east, y * stride + c, y * stride + c + 1))
    ends.append(np.where(east, y * stride + c + 1, y * stride + c))
    lefts.append(np.minimum(a, b))
    rights.append(np.maximum(a, b))
    start = np.concatenate(starts)
    end = np.concatenate(ends)
    left = np.concatenate(lefts)
    right = np.concatenate(rights)
    order = np.lexsort((end, start))
    start, end, left, right = start[order], end[order], left[order], right[order]

    is_node = _junctions(p, stride)
    node_start = is_node[start]
    # At a non-junction corner exactly one canonical half-edge leaves: that is the successor.
    plain_starts = start[~node_start]
    plain_idx = np.flatnonzero(~node_start)
    pos = np.searchsorted(plain_starts, end)
    pos = np.clip(pos, 0, max(len(plain_starts) - 1, 0))
    succ = np.where(is_node[end], -1, plain_idx[pos] if len(plain_idx) else -1)

    succ_l = succ.tolist()
    visited = np.zeros(len(start), dtype=bool)
    chains: list[list[int]] = []
    for e0 in np.flatnonzero(node_start).tolist():
        chain = [e0]
        e = succ_l[e0]
        while e >= 0:
            chain.append(e)
            e = succ_l[e]
        chains.append(chain)
    for ch in chains:
        visited[ch] = True
    for e0 in np.flatnonzero(~visited).tolist():  # closed loops with no junction
        if visited[e0]:
            continue
        chain = [e0]
        visited[e0] = True
        e = succ_l[e0]
        while e != e0:
            chain.append(e)
            visited[e] = True
            e = succ_l[e]
        chains.append(chain)

    arcs, arc_left, arc_right, raw_ends, loops = [], [], [], [], []
    sy, sx = np.divmod(start, stride)
    ey, ex = np.divmod(end, stride)
    for ch in chains:
        idx = np.asarray(ch)
        mid = np.column_stack([sx[idx] + ex[idx], sy[idx] + ey[idx]]) - 2  # half-cells, unpadded
        loop = not is_node[start[ch[0]]]
        if loop:
            pts = np.vstack([mid, mid[:1]])
        else:
            first = np.array([[2 * sx[ch[0]] - 2, 2 * sy[ch[0]] - 2]])
            last = np.array([[2 * ex[ch[-1]] - 2, 2 * ey[ch[-1]] - 2]])
            pts = np.vstack([first, mid, last])
        loops.append(bool(loop))
        arcs.append(pts.astype(np.int64))
        arc_left.append(int(left[ch[0]]))
        arc_right.append(int(right[ch[0]]))
        raw_ends.append(
            (
                int(start[ch[0]]),
                int(end[ch[-1]]),
                (int(ex[ch[0]] - sx[ch[0]]), int(ey[ch[0]] - sy[ch[0]])),
                (int(ex[ch[-1]] - sx[ch[-1]]), int(ey[ch[-1]] - sy[ch[-1]])),
            )
        )
    return Topology(
        arcs, np.asarray(arc_left, dtype=np.int32), np.asarray(arc_right, dtype=np.int32),
        raw_ends, loops,
    )


def _junctions(p: np.ndarray, stride: int) -> np.ndarray:
    """Boolean per padded corner id: three or more boundary edges meet there."""
    sw, se, nw, ne = p[:-1, :-1], p[:-1, 1:], p[1:, :-1], p[1:, 1:]
    degree = (
        (nw != ne).astype(np.int8) + (sw != se) + (se != ne) + (sw != nw)
    )  # corners (i, j) for i in 1..h+1, j in 1..w+1
    node = np.zeros((p.shape[0] + 1, stride), dtype=bool)
    node[1:-1, 1:-1] = degree >= 3
    return node.ravel()


def _assemble_rings(left, right, raw_ends) -> dict[int, list[list[int]]]:
    """Link arcs into closed rings per label, the label always on the left of the ring.

    Where a label touches itself diagonally at a junction, the ring turns left, so each
    4-connected piece gets its own ring and rings never cross.
    """
    outgoing: dict[tuple[int, int], list[tuple[int, tuple[int, int]]]] = {}
    oriented = []  # (label, ref, start, end, first_dir, last_dir)
    for a, (s, e, d0, d1) in enumerate(raw_ends):
        if left[a] == right[a]:
            continue
        oriented.append((left[a], 2 * a, s, e, d0, d1))
        oriented.append((right[a], 2 * a + 1, e, s, (-d1[0], -d1[1]), (-d0[0], -d0[1])))
    for label, ref, s, _e, d0, _d1 in oriented:
        outgoing.setdefault((label, s), []).append((ref, d0))
    by_ref = {o[1]: o for o in oriented}
    used: set[int] = set()
    rings: dict[int, list[list[int]]] = {}
    for label, ref, *_ in sorted(oriented, key=lambda o: (o[0], o[1])):
        if label == OUTSIDE or ref in used:
            continue
        ring = []
        cur = ref
        while True:
            used.add(cur)
            ring.append(cur)
            _, _, _, end, _, d_in = by_ref[cur]
            cur = max(outgoing[(label, end)], key=lambda c: _left_turn(d_in, c[1]))[0]
            if cur == ref:
                break
        rings.setdefault(label, []).append(ring)
    return rings


def _left_turn(d_in, d_out) -> int:
    """2 for a left turn, 1 straight on, 0 right: grid directions are axis-aligned."""
    cross = d_in[0] * d_out[1] - d_in[1] * d_out[0]
    if cross > 0:
        return 2
    if cross == 0 and d_in[0] * d_out[0] + d_in[1] * d_out[1] > 0:
        return 1
    return 0
