"""Seat layouts for the council chamber: a horseshoe for the Security Council and the League
Council, a hemicycle of rows for assemblies; and drawing a body's seats with their ballots."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from functools import lru_cache

import numpy as np
import pygame

from game.ui.council_model import SeatShown
from game.ui.widgets.draw import text


FLATNESS = 1.7
"""How much wider than tall the horseshoe may be: wide enough that a wide chamber spaces its
seats out, not so flat that the seats at the ends crowd."""


def horseshoe(n: int, rect: pygame.Rect, *, opening_deg: float = 70.0) -> list[tuple[int, int]]:
    """Centres of ``n`` seats around a horseshoe opening downwards inside ``rect``: an arc of
    (360 - opening) degrees, seats evenly spaced, the first at the left tip. Deterministic and
    symmetric about the vertical axis."""
    rect = pygame.Rect(rect)
    if n <= 0:
        return []
    cx, cy = rect.centerx, rect.y + rect.h * 0.52
    ry = rect.h * 0.40
    rx = min(rect.w * 0.42, ry * FLATNESS)
    span = 360.0 - opening_deg
    start = 90.0 + opening_deg / 2  # measured from +x, y down: 90 is straight down
    out = []
    for i in range(n):
        t = 0.5 if n == 1 else i / (n - 1)
        a = math.radians(start + t * span)
        out.append((int(round(cx + rx * math.cos(a))), int(round(cy + ry * math.sin(a)))))
    return out


def hemicycle(n: int, rect: pygame.Rect) -> list[tuple[int, int]]:
    """Centres of ``n`` seats in concentric half-rings (an assembly), filled from the inside."""
    rect = pygame.Rect(rect)
    if n <= 0:
        return []
    rows = max(1, min(6, int(math.ceil(math.sqrt(n / 3)))))
    radii = [0.35 + 0.6 * (r + 1) / rows for r in range(rows)]
    total = sum(radii)
    counts = [max(1, round(n * r / total)) for r in radii]
    counts[-1] += n - sum(counts)
    cx, cy = rect.centerx, rect.bottom - rect.h * 0.08
    R = min(rect.w / 2, rect.h * 0.9)
    out = []
    for r, k in zip(radii, counts):
        for j in range(k):
            a = math.pi * (1 - (j + 0.5) / k)
            out.append((int(cx + R * r * math.cos(a)), int(cy - R * r * math.sin(a))))
    return out[:n]


@lru_cache(maxsize=16)
def row_gap(n: int, x: int, y: int, w: int, h: int) -> float:
    """The distance between the two closest of ``n`` seats in the half-rings of the rect
    ``x, y, w, h`` (``hemicycle``; infinite for fewer than two): the same for every frame
    the chamber draws of one body."""
    pos = hemicycle(n, pygame.Rect(x, y, w, h))
    if len(pos) < 2:
        return math.inf
    pts = np.asarray(pos, dtype=float)
    d = np.hypot(*(pts[:, None, :] - pts[None, :, :]).transpose(2, 0, 1))
    np.fill_diagonal(d, np.inf)
    return float(d.min())


def draw_seats(surface, theme, rect, seats: Sequence[SeatShown],
               colour: Callable[[str], pygame.Color], layout: str = "horseshoe",
               tips=None, reveal: int | None = None) -> list[pygame.Rect]:
    """Draw seats with their ballots, each in its nation's ``colour``; ``reveal`` shows only
    the first k ballots (animation).
    Returns each seat's rect (for clicks)."""
    rect = pygame.Rect(rect)
    n = len(seats)
    pos = horseshoe(n, rect) if layout == "horseshoe" else hemicycle(n, rect)
    label_h = theme.font(11).get_height()
    if layout == "horseshoe":
        r = max(theme.u(14), min(theme.u(34), int(min(rect.w, rect.h) * 1.9 / max(8, n))))
        if n > 1:  # never wider than the room between neighbours; where there is room,
            # a ballot's word fits between a seat and the one below it
            gap = min(((ax - bx) ** 2 + (ay - by) ** 2) ** 0.5
                      for (ax, ay), (bx, by) in zip(pos, pos[1:]))
            room = max(gap * 0.40, (gap - label_h - theme.u(4)) / 2)
            r = max(8, min(r, int(gap * 0.47), int(room)))
        ry = rect.h * 0.40
        rx = min(rect.w * 0.42, ry * FLATNESS)
        table = pygame.Rect(0, 0, int(rx * 1.52), int(ry * 1.4))
        table.center = (rect.centerx, int(rect.y + rect.h * 0.52))
        pygame.draw.ellipse(surface, theme.c("panel_hi"), table, max(2, theme.u(10)))
    else:  # as big as the nearest two seats allow: a body of twenty fills its half-rings
        r = max(theme.u(5), min(theme.u(22), int(row_gap(n, *rect) * 0.45)))
    out = []
    words = []
    for i, (seat, (x, y)) in enumerate(zip(seats, pos)):
        shown = seat.ballot if (reveal is None or i < reveal) else None
        counted = shown if not seat.excluded else None  # a party's ballot does not count
        fill = theme.c(counted) if counted in ("yes", "no", "abstain", "absent") else theme.c("panel_hi")
        pygame.draw.circle(surface, fill, (x, y), r)
        ring = theme.c("veto") if seat.veto and shown else (
            theme.c("accent") if seat.you else colour(seat.code))
        pygame.draw.circle(surface, ring, (x, y), r, max(2, r // 6))
        if seat.permanent:
            pygame.draw.circle(surface, theme.c("accent"), (x, y - r - theme.u(3)),
                               max(2, theme.u(3)))
        if layout == "horseshoe" or r >= theme.u(12):
            text(surface, theme, seat.code, (x, y), size=max(9, min(13, r / theme.scale * 0.55)),
                 bold=True, colour=theme.c("bg") if counted in ("yes", "abstain") else theme.c("text"),
                 align="center", valign="center")
        if layout == "horseshoe":
            label = "Not counted" if seat.excluded and shown else {
                "yes": "Yes", "no": "VETO" if seat.veto else "No", "abstain": "Abstains",
                "absent": "Absent"}.get(shown or "", "")
            if label:
                words.append((label, (x, y + r + theme.u(2)), seat.veto))
        box = pygame.Rect(x - r, y - r, 2 * r, 2 * r)
        out.append(box)
        if tips is not None:
            tip = f"{seat.name}" + (" — permanent member" if seat.permanent else "")
            if seat.excluded:
                tip += " — a party: its vote is not counted (Article 15)"
            if shown:
                tip += f". Vote: {shown.capitalize()}" + (" (a veto)" if seat.veto else "")
            if seat.reason and shown:
                tip += f". {seat.reason[0].upper()}{seat.reason[1:]}."
            tips.add(box, tip)
    for label, pos_, veto in words:  # over every seat, on the panel's colour: always legible
        f = theme.font(11, veto)
        back = pygame.Rect(0, 0, f.size(label)[0] + theme.u(6), label_h)
        back.midtop = pos_
        pygame.draw.rect(surface, theme.c("panel"), back, border_radius=theme.u(3))
        text(surface, theme, label, pos_, size=11, bold=veto,
             colour=theme.c("veto") if veto else theme.c("text_dim"), align="center")
    return out


def draw_tally(surface, theme, rect, tally: dict, needed: str = "") -> None:
    rect = pygame.Rect(rect)
    x = rect.x
    for key, label in (("yes", "Yes"), ("no", "No"), ("abstain", "Abstain"), ("absent", "Absent")):
        pygame.draw.circle(surface, theme.c(key), (x + theme.u(7), rect.centery), theme.u(6))
        r = text(surface, theme, f"{label} {tally.get(key, 0)}", (x + theme.u(18), rect.centery),
                 size=14, bold=True, valign="center")
        x = r.right + theme.u(16)
    if needed:
        text(surface, theme, needed, (x, rect.centery), size=13, colour=theme.c("text_dim"),
             valign="center", width=max(10, rect.right - x))
