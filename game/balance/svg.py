"""Small SVG charts drawn by hand: stacked bars, ranges on a time axis, histograms.

Inline SVG keeps the report one self-contained file that any browser opens, with no plotting
library to install; these three shapes are all the report needs.
"""

from __future__ import annotations

from collections import Counter
from html import escape

FONT = 'font-family="system-ui, sans-serif" font-size="11"'


def stacked_bar(parts: list[tuple[str, float, str]], width: int = 420, height: int = 16) -> str:
    """One horizontal bar split into (label, share, colour) parts; each part has a tooltip."""
    x = 0.0
    rects = []
    for label, share, colour in parts:
        w = share * width
        if w <= 0:
            continue
        rects.append(f'<rect x="{x:.1f}" y="0" width="{w:.1f}" height="{height}" '
                     f'fill="{colour}"><title>{escape(label)}: {share:.0%}</title></rect>')
        if w > 30:
            rects.append(f'<text x="{x + w / 2:.1f}" y="{height - 4}" text-anchor="middle" '
                         f'fill="#fff" {FONT}>{share:.0%}</text>')
        x += w
    return (f'<svg width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
            f'role="img"><rect width="{width}" height="{height}" fill="#eee"/>'
            + "".join(rects) + "</svg>")


def timeline(rows: list[dict], start: int, end: int, label_width: int = 190,
             width: int = 760, row_height: int = 26) -> str:
    """One row per crisis on a month axis: the range of start dates and of end dates over the
    games (bars, the median a tick), and the historical dates (diamonds).

    Each row: {"label", "starts": (lo, median, hi) | None, "ends": ..., "history": (m, m)}.
    """
    span = max(1, end - start)
    plot = width - label_width - 10
    height = row_height * len(rows) + 30

    def x(month: int) -> float:
        return label_width + (min(max(month, start), end) - start) / span * plot

    out = [f'<svg width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" '
           f'{FONT}>']
    for year in range(start // 12 + (start % 12 > 0), end // 12 + 1):
        px = x(year * 12)
        out.append(f'<line x1="{px:.1f}" y1="0" x2="{px:.1f}" y2="{height - 18}" '
                   f'stroke="#ddd"/>')
        if (year - start // 12) % max(1, (end - start) // 12 // 12 + 1) == 0:
            out.append(f'<text x="{px:.1f}" y="{height - 4}" text-anchor="middle">{year}</text>')
    for i, row in enumerate(rows):
        y = i * row_height + 6
        out.append(f'<text x="0" y="{y + 12}">{escape(row["label"])}</text>')
        for key, colour, dy in (("starts", "#3a6ea5", 2), ("ends", "#d9822b", 10)):
            r = row.get(key)
            if not r:
                continue
            lo, mid, hi = r
            out.append(f'<rect x="{x(lo):.1f}" y="{y + dy}" width="{max(2, x(hi) - x(lo)):.1f}" '
                       f'height="6" fill="{colour}" opacity="0.55"><title>{key[:-1]}: '
                       f'{escape(row[key + "_text"])}</title></rect>')
            out.append(f'<rect x="{x(mid) - 1.5:.1f}" y="{y + dy - 2}" width="3" height="10" '
                       f'fill="{colour}"/>')
        for month, dy, what in zip(row.get("history", ()), (5, 13), ("began", "ended")):
            if month is not None:
                px = x(month)
                out.append(f'<path d="M{px:.1f} {y + dy - 5} l4 5 l-4 5 l-4 -5 z" fill="#fff" '
                           f'stroke="#222" stroke-width="1.5"><title>history: {what} '
                           f'{escape(row["history_text"][0 if what == "began" else 1])}'
                           f'</title></path>')
    out.append("</svg>")
    return "".join(out)


def histogram(values: Counter, width: int = 260, height: int = 60, colour: str = "#3a6ea5",
              marks: dict[str, float] | None = None) -> str:
    """A histogram of integer values in at most 20 bins, with labelled marks (the median)."""
    if not values:
        return ""
    lo, hi = min(values), max(values)
    bins = min(20, hi - lo + 1)
    size = (hi - lo + 1) / bins
    counts = [0] * bins
    for value, n in values.items():
        counts[min(bins - 1, int((value - lo) / size))] += n
    top = max(counts)
    bw = width / bins
    out = [f'<svg width="{width}" height="{height + 14}" viewBox="0 0 {width} {height + 14}" '
           f'role="img" {FONT}>']
    for i, n in enumerate(counts):
        h = n / top * height
        first = lo + round(i * size)
        last = lo + round((i + 1) * size) - 1
        out.append(f'<rect x="{i * bw + 0.5:.1f}" y="{height - h:.1f}" width="{bw - 1:.1f}" '
                   f'height="{h:.1f}" fill="{colour}"><title>{first}'
                   f'{"" if last <= first else f"-{last}"}: {n} games</title></rect>')
    for label, value in (marks or {}).items():
        px = (value - lo + 0.5) / (hi - lo + 1) * width
        out.append(f'<line x1="{px:.1f}" y1="0" x2="{px:.1f}" y2="{height}" stroke="#222" '
                   f'stroke-dasharray="3 2"><title>{escape(label)} {value:g}</title></line>')
    out.append(f'<text x="0" y="{height + 12}">{lo}</text>'
               f'<text x="{width}" y="{height + 12}" text-anchor="end">{hi}</text></svg>')
    return "".join(out)
