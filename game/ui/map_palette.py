"""Map colours and fill patterns, in a default and a colour-blind-safe palette.

The colour-blind palette is Okabe & Ito's (2008), readable with every common colour-vision
deficiency. Patterns (hatching, dots, an inner outline) are the second cue that keeps colour
from ever being the only one. Patterns are numpy masks in world pixels, so a whole tile is
patterned at once and neighbouring tiles join without a seam.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

import numpy as np
import pygame

RGB = tuple[int, int, int]

PATTERNS = ("solid", "hatch", "backhatch", "cross", "dots", "vertical", "horizontal", "outline")


@dataclass(frozen=True)
class Palette:
    name: str
    sea: RGB
    frame: RGB  # beyond the edge of the map
    land: RGB  # features without a fill
    unclaimed: RGB  # land no feature claims
    lake: RGB
    river: RGB
    coast: RGB
    border: RGB
    text: RGB
    halo: RGB
    city: RGB
    hover: RGB
    selected: RGB
    mission: RGB
    crisis: tuple[RGB, ...]  # one per escalation stage 0..5
    categorical: tuple[RGB, ...]  # for "one colour per nation" modes
    low: RGB  # ends of sequential ramps (will, legitimacy)
    high: RGB
    panel: tuple[int, int, int, int]  # legend background, with alpha

    def ramp(self, t: float) -> RGB:
        """A colour between ``low`` (t=0) and ``high`` (t=1)."""
        t = min(1.0, max(0.0, float(t)))
        return cast(RGB, tuple(int(round(a + (b - a) * t)) for a, b in zip(self.low, self.high)))

    def category(self, i: int) -> RGB:
        return self.categorical[i % len(self.categorical)]


def _hex(code: str) -> RGB:
    return int(code[1:3], 16), int(code[3:5], 16), int(code[5:7], 16)


# Matches the game's dark "standard" theme (game/assets/themes/standard.json): night sea, slate
# land, light names on a dark halo, so mid-tone nation fills carry the colour.
DEFAULT = Palette(
    name="default",
    sea=_hex("#12263d"),
    frame=_hex("#0b1624"),
    land=_hex("#2c3a50"),
    unclaimed=_hex("#263247"),
    lake=_hex("#16304c"),
    river=_hex("#2f5478"),
    coast=_hex("#5a6f90"),
    border=_hex("#0c1018"),
    text=_hex("#eef1f6"),
    halo=_hex("#0c1119"),
    city=_hex("#eef1f6"),
    hover=(255, 255, 255),
    selected=_hex("#d8ac4e"),
    mission=_hex("#5b9bd5"),
    crisis=tuple(_hex(c) for c in ("#7fa7c9", "#d8c25a", "#e2913a", "#e05757", "#b8334f",
                                   "#6e1230")),
    categorical=tuple(_hex(c) for c in (
        "#c9a25a", "#5f93c4", "#5aa66e", "#c76a6a", "#a184c4", "#4fb0b0", "#d48aa9",
        "#9c8a6e", "#8fb35a", "#c98a4f", "#6f7fc9", "#b5b55a",
    )),
    low=_hex("#e05757"),
    high=_hex("#4caf6a"),
    panel=(21, 28, 40, 235),
)

# Okabe-Ito hues (orange, sky blue, bluish green, yellow, blue, vermillion, reddish purple),
# as in the game's colour-blind theme; stages run light to dark as well as through hues.
_OI = ("#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7", "#999999")

COLOURBLIND = Palette(
    name="colourblind",
    sea=_hex("#10233a"),
    frame=_hex("#09131f"),
    land=_hex("#33404f"),
    unclaimed=_hex("#2a3542"),
    lake=_hex("#143049"),
    river=_hex("#2d5a85"),
    coast=_hex("#6a7c94"),
    border=_hex("#05070a"),
    text=(255, 255, 255),
    halo=_hex("#05070a"),
    city=(255, 255, 255),
    hover=(255, 255, 255),
    selected=_hex("#f0e442"),
    mission=_hex("#56b4e9"),
    crisis=tuple(_hex(c) for c in ("#56b4e9", "#f0e442", "#e69f00", "#d55e00", "#8c2d04",
                                   "#3d1400")),
    categorical=tuple(_hex(c) for c in _OI),
    low=_hex("#d55e00"),
    high=_hex("#56b4e9"),
    panel=(16, 20, 28, 240),
)

PALETTES = {"default": DEFAULT, "colourblind": COLOURBLIND}


def get(name: str) -> Palette:
    try:
        return PALETTES[name]
    except KeyError:
        raise ValueError(f"unknown palette {name!r} (known: {', '.join(PALETTES)})") from None


def pattern_ink(colour: RGB) -> RGB:
    """The colour pattern strokes take on a fill: a strong shade of it, never pure black,
    lighter on dark fills so the pattern still shows."""
    rgb = [int(v) for v in colour[:3]]
    if sum(rgb) < 200:
        return cast(RGB, tuple(int(v + (255 - v) * 0.35) for v in rgb))  # three channels
    return cast(RGB, tuple(int(v * 0.42) for v in rgb))


def pattern_mask(name: str, xs: np.ndarray, ys: np.ndarray) -> np.ndarray | None:
    """Where a pattern draws ink, for world-pixel coordinates (so tiles join seamlessly).

    ``xs`` has shape (1, W) and ``ys`` (H, 1); returns an (H, W) mask, or None for "solid"
    and "outline" (the outline is drawn from the id-map, not from coordinates).
    """
    if name == "hatch":
        return (xs + ys) % 8 < 2
    if name == "backhatch":
        return (xs - ys) % 8 < 2
    if name == "cross":
        return ((xs + ys) % 10 < 2) | ((xs - ys) % 10 < 2)
    if name == "dots":
        return ((xs % 7) < 2) & ((ys % 7) < 2)
    if name == "vertical":
        return np.broadcast_to(xs % 7 < 2, np.broadcast_shapes(xs.shape, ys.shape))
    if name == "horizontal":
        return np.broadcast_to(ys % 7 < 2, np.broadcast_shapes(xs.shape, ys.shape))
    if name in ("solid", "outline"):
        return None
    raise ValueError(f"unknown pattern {name!r} (known: {', '.join(PATTERNS)})")


def apply_patterns(rgb, ids, names, code_of, ink_of, cols, rows) -> None:
    """Ink the patterns ``names`` into a tile's colours ``rgb`` (H, W, 3), in place.

    ``ids`` is the tile's id-map; ``code_of`` and ``ink_of`` give each id-map value its
    pattern (an index into PATTERNS) and ink colour; ``cols`` and ``rows`` are the tile's
    world-pixel coordinates.
    """
    for name in sorted(names):
        code = PATTERNS.index(name)
        wants = code_of == code
        if name == "outline":
            mask = _inner_edge(ids, wants)
        else:
            mask = pattern_mask(name, cols[None, :], rows[:, None]) & wants[ids]
        rgb[mask] = ink_of[ids[mask]]


def swatch(colour: RGB, pattern: str, size: tuple[int, int], edge: RGB) -> pygame.Surface:
    """A legend swatch: the fill, its pattern, a thin edge."""
    w, h = size
    rgb = np.empty((h, w, 3), dtype=np.uint8)
    rgb[:] = colour
    ids = np.zeros((h, w), dtype=np.int64)
    ids[1:-1, 1:-1] = 1  # the edge ring counts as "another feature" for the outline pattern
    codes = np.array([-1, PATTERNS.index(pattern)])
    inks = np.array([colour, pattern_ink(colour)], dtype=np.uint8)
    if pattern != "solid":
        apply_patterns(rgb, ids, {pattern}, codes, inks, np.arange(w), np.arange(h))
    rgb[ids == 0] = edge
    return pygame.image.frombuffer(rgb.tobytes(), (w, h), "RGB").copy()


def _inner_edge(ids: np.ndarray, wants: np.ndarray, width: int = 3) -> np.ndarray:
    """Pixels within ``width`` of the border of features whose pattern is "outline"."""
    edge = np.zeros(ids.shape, dtype=bool)
    edge[:, 1:] |= ids[:, 1:] != ids[:, :-1]
    edge[:, :-1] |= ids[:, :-1] != ids[:, 1:]
    edge[1:, :] |= ids[1:, :] != ids[:-1, :]
    edge[:-1, :] |= ids[:-1, :] != ids[1:, :]
    band = edge.copy()
    for _ in range(width - 1):
        grown = band.copy()
        grown[:, 1:] |= band[:, :-1]
        grown[:, :-1] |= band[:, 1:]
        grown[1:, :] |= band[:-1, :]
        grown[:-1, :] |= band[1:, :]
        band = grown
    return band & wants[ids]
