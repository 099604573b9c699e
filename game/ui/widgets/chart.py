"""Line charts for the history screen and the end report, drawn straight onto a surface."""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.ui.widgets.draw import text


@dataclass
class Series:
    label: str
    points: list[tuple[float, float]]
    """(x, y) with x in months (game calendar) and y 0-100."""
    colour: object = None
    dashed: bool = False


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
                    markers: list[tuple[float, str]] = (), tips=None) -> None:
    """Axes, grid, one polyline per series, a legend; ``markers`` are vertical lines (x, label).
    With ``tips`` (a draw.Tips), each point gets a tooltip with its value."""
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
    plot = pygame.Rect(rect.x + u(40), top + u(6), rect.w - u(54),
                       rect.bottom - top - u(30) - legend_h)
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
    for yv in nice_ticks(y0, y1, 4):
        _, yy = px(x0, yv)
        pygame.draw.line(surface, grid, (plot.x, yy), (plot.right, yy))
        text(surface, theme, f"{yv:g}", (plot.x - u(6), yy), size=11,
             colour=theme.c("text_dim"), align="right", valign="center")
    if x_is_month:
        y_first, y_last = int(x0 // 12), int(x1 // 12)
        years = list(range(y_first, y_last + 1))
        step = max(1, len(years) // max(1, plot.w // u(60)))
        for yr in years[::step]:
            xv = yr * 12
            if xv < x0:
                continue
            xx, _ = px(xv, y0)
            pygame.draw.line(surface, grid, (xx, plot.y), (xx, plot.bottom))
            text(surface, theme, str(yr), (xx, plot.bottom + u(4)), size=11,
                 colour=theme.c("text_dim"), align="center")
    for xv, label in markers:
        if x0 <= xv <= x1:
            xx, _ = px(xv, y0)
            pygame.draw.line(surface, theme.c("warn"), (xx, plot.y), (xx, plot.bottom), 1)
            if tips is not None:
                tips.add(pygame.Rect(xx - u(3), plot.y, u(6), plot.h), label)
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
        elif len(pts) == 1:
            pygame.draw.circle(surface, colour, pts[0], u(3))
        if tips is not None:
            for (x, y), (xx, yy) in zip(s.points, pts):
                label = f"{s.label}: {y:g}"
                if x_is_month:
                    from game.engine.calendar import format_month

                    label = f"{format_month(int(x))} — {label}"
                tips.add(pygame.Rect(xx - u(4), yy - u(4), u(8), u(8)), label)
    # legend
    lx, ly = plot.x, rect.bottom - legend_h - u(2)
    for i, s in enumerate(series):
        colour = s.colour or theme.series(i)
        f = theme.font(12)
        w = f.size(s.label)[0] + u(26)
        if lx + w > rect.right - u(6):
            break
        pygame.draw.line(surface, colour, (lx, ly + u(9)), (lx + u(14), ly + u(9)), max(1, u(3)))
        text(surface, theme, s.label, (lx + u(18), ly + u(1)), size=12, colour=theme.c("text"))
        lx += w + u(8)
