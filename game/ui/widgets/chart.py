"""Line charts for the history screen and the end report, drawn straight onto a surface."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pygame

from game.ui import fonts
from game.ui.widgets.draw import text


@dataclass
class Series:
    label: str
    points: list[tuple[float, float]]
    """(x, y) with x in months (game calendar) and y 0-100."""
    colour: pygame.Color | tuple[int, int, int] | None = None
    dashed: bool = False


@dataclass(frozen=True)
class Marker:
    """A vertical line at ``x`` with a short ``label`` drawn at its top and a ``tip``."""

    x: float
    label: str
    tip: str = ""


MARKER_ROWS = 3
"""Rows of marker labels at the top of a plot; a label that finds no room is left to its
tooltip."""


def time_ticks(x0: float, x1: float, room: int) -> list[tuple[float, str]]:
    """Ticks for a month axis with at most ``room`` labels: quarters or half-years
    ("Jan 1920", "Apr") for a span of up to three years, else whole years."""
    from game.engine.calendar import format_month

    span = x1 - x0
    if span <= 36:
        step = next((m for m in (3, 6, 12) if span / m <= room), 12)
        first = int(-(-x0 // step) * step)
        return [(m, format_month(m) if m % 12 == 0 or m == first else format_month(m)[:3])
                for m in range(first, int(x1) + 1, step)]
    years = list(range(int(-(-x0 // 12)), int(x1 // 12) + 1))
    step = max(1, -(-len(years) // max(1, room)))
    return [(yr * 12, str(yr)) for yr in years[::step]]


def nice_ticks(lo: float, hi: float, want: int = 6) -> list[float]:
    span = max(1e-9, hi - lo)
    raw = span / max(1, want)
    mag = 10 ** len(str(int(raw))) / 10 if raw >= 1 else 1
    step = min((m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw), default=raw)
    first = (lo // step + (1 if lo % step else 0)) * step
    out, v = [], first
    while v <= hi + 1e-9:
        out.append(v)
        v += step
    return out


def draw_line_chart(surface: pygame.Surface, rect, theme, series: list[Series], *,
                    title: str = "", x_range: tuple[float, float] | None = None,
                    y_range: tuple[float, float] = (0, 100), x_is_month: bool = True,
                    markers: Sequence[Marker] = (), tips=None, x_label: str = "",
                    y_label: str = "") -> None:
    """Axes with their labels, grid, one polyline per series, a legend; ``markers`` are
    labelled vertical lines. With ``tips`` (a draw.Tips), each point and marker gets a
    tooltip."""
    rect = pygame.Rect(rect)
    u = theme.u
    pygame.draw.rect(surface, theme.c("panel"), rect, border_radius=u(4))
    pygame.draw.rect(surface, theme.c("edge"), rect, 1, border_radius=u(4))
    top = rect.y + u(8)
    if title:
        text(surface, theme, title, (rect.x + u(10), top), size=14, bold=True,
             colour=theme.c("accent"), width=rect.w - u(20))
        top += u(22)
    legend_h = u(20) if series else 0
    left = u(40) + (u(16) if y_label else 0)
    bottom = u(30) + (u(14) if x_label else 0)
    plot = pygame.Rect(rect.x + left, top + u(6), rect.w - left - u(14),
                       rect.bottom - top - bottom - legend_h)
    if plot.w < 20 or plot.h < 20:
        return
    xs = [p[0] for s in series for p in s.points]
    if x_range is None:
        x_range = (min(xs), max(xs)) if xs else (0, 1)
    x0, x1 = x_range
    if x1 <= x0:
        x1 = x0 + 1
    y0, y1 = y_range

    def px(x, y):
        return (plot.x + (x - x0) / (x1 - x0) * plot.w,
                plot.bottom - (y - y0) / (y1 - y0) * plot.h)

    grid = theme.c("bg2").lerp(theme.c("edge"), 0.5)
    dim = theme.c("text_dim")
    for yv in nice_ticks(y0, y1, 4):
        _, yy = px(x0, yv)
        pygame.draw.line(surface, grid, (plot.x, yy), (plot.right, yy))
        text(surface, theme, f"{yv:g}", (plot.x - u(6), yy), size=11,
             colour=dim, align="right", valign="center")
    if x_is_month:
        for xv, label in time_ticks(x0, x1, max(1, plot.w // u(64))):
            xx, _ = px(xv, y0)
            pygame.draw.line(surface, grid, (xx, plot.y), (xx, plot.bottom))
            text(surface, theme, label, (xx, plot.bottom + u(4)), size=11, colour=dim,
                 align="center")
    if x_label:
        text(surface, theme, x_label, (plot.centerx, plot.bottom + u(20)), size=11,
             colour=dim, align="center")
    if y_label:
        f11 = theme.font(11)
        img = f11.render(fonts.elide(y_label, f11, plot.h), True, dim)
        img = pygame.transform.rotate(img, 90)
        surface.blit(img, img.get_rect(midleft=(rect.x + u(6), plot.centery)))
    shown = _draw_markers(surface, theme, plot, [m for m in markers if x0 <= m.x <= x1],
                          lambda x: px(x, y0)[0], tips)
    pygame.draw.rect(surface, theme.c("edge"), plot, 1)
    for i, s in enumerate(series):
        colour = s.colour or theme.series(i)
        pts = [px(x, y) for x, y in s.points]
        if len(pts) >= 2:
            if s.dashed:
                for a, b in zip(pts[::2], pts[1::2]):
                    pygame.draw.line(surface, colour, a, b, max(1, u(2)))
            else:
                pygame.draw.lines(surface, colour, False, pts, max(1, u(2)))
        if len(pts) == 1 or len(pts) * u(8) <= plot.w:  # one dot per turn while they fit
            for p in pts:
                pygame.draw.circle(surface, colour, p, u(3) if len(pts) == 1 else max(2, u(2)))
        if tips is not None:
            for (x, y), (xx, yy) in zip(s.points, pts):
                label = f"{s.label}: {y:g}"
                if x_is_month:
                    from game.engine.calendar import format_month

                    label = f"{format_month(int(x))} — {label}"
                tips.add(pygame.Rect(xx - u(4), yy - u(4), u(8), u(8)), label)
    # legend
    lx, ly = plot.x, rect.bottom - legend_h - u(2)
    f = theme.font(12)
    for i, s in enumerate(series):
        colour = s.colour or theme.series(i)
        w = f.size(s.label)[0] + u(26)
        if lx + w > rect.right - u(6):
            break
        pygame.draw.line(surface, colour, (lx, ly + u(9)), (lx + u(14), ly + u(9)), max(1, u(3)))
        text(surface, theme, s.label, (lx + u(18), ly + u(1)), size=12, colour=theme.c("text"))
        lx += w + u(8)
    if shown and lx + f.size(MARKER_LEGEND)[0] + u(16) <= rect.right - u(6):
        pygame.draw.line(surface, theme.c("warn"), (lx + u(4), ly + u(2)), (lx + u(4), ly + u(16)))
        text(surface, theme, MARKER_LEGEND, (lx + u(10), ly + u(1)), size=12, colour=dim)


MARKER_LEGEND = "Crisis begins"


def _draw_markers(surface, theme, plot: pygame.Rect, markers: list[Marker], to_x, tips) -> int:
    """Vertical lines with their labels at the top of the plot, in up to ``MARKER_ROWS`` rows
    so that labels never overlap. Returns how many lines were drawn."""
    u = theme.u
    f = theme.font(10)
    ends = [plot.x] * MARKER_ROWS
    row_h = f.get_linesize()
    for m in sorted(markers, key=lambda m: m.x):
        xx = to_x(m.x)
        pygame.draw.line(surface, theme.c("warn"), (xx, plot.y), (xx, plot.bottom), 1)
        if tips is not None:
            tips.add(pygame.Rect(xx - u(3), plot.y, u(6), plot.h), m.tip or m.label)
        label = fonts.elide(m.label, f, u(120))
        w = f.size(label)[0] + u(6)
        row = next((r for r in range(MARKER_ROWS) if ends[r] <= xx and xx + w <= plot.right),
                   None)
        if row is None or not label:
            continue
        box = pygame.Rect(xx + 1, plot.y + 1 + row * row_h, w, row_h)
        pygame.draw.rect(surface, theme.c("panel"), box)
        surface.blit(f.render(label, True, theme.c("warn")), (box.x + u(3), box.y))
        if tips is not None:
            tips.add(box, m.tip or m.label)
        ends[row] = box.right + u(4)
    return len(markers)
