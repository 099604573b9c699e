"""Themes: colours for our own drawing and a pygame_gui theme, both from game/assets/themes/*.json.

A theme file has a ``palette`` (colours the scenes and widgets draw with) and a ``gui`` block in
pygame_gui's theme format; ``extends`` names a theme it overrides. ``load_theme(name, scale)``
merges, multiplies every font size and pixel measure by the UI scale, fills in the font files
(paths are resolved here, never written into the JSON) and returns a ``Theme``.

UI scale: the requested percentage is capped so that the logical screen (pixels / scale) never
falls below ``MIN_LOGICAL`` — at 1280x720 a request of 200% gives 160%. Every layout in the scenes
is written in logical units through ``Theme.u``.
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache

import pygame

from game.ui import fonts

THEME_DIR = fonts.ASSETS / "themes"
MIN_LOGICAL = (800, 450)

_FONT_KEYS = ("size",)
_MISC_PIXELS = (
    "border_width", "shadow_width", "shape_corner_radius", "text_horiz_alignment_padding",
    "text_vert_alignment_padding", "rect_width", "list_item_height", "sliding_button_width",
    "title_bar_height", "padding", "label_height", "field_height", "gap",
)


def effective_scale(requested_percent: int, size: tuple[int, int]) -> float:
    """The scale actually used for a requested percentage on a window of ``size``."""
    s = max(1.0, min(2.0, requested_percent / 100.0))
    cap = min(size[0] / MIN_LOGICAL[0], size[1] / MIN_LOGICAL[1])
    return max(0.5, min(s, cap))


def _merge(base: dict, over: dict) -> dict:
    out = copy.deepcopy(base)
    for k, v in over.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = _merge(out[k], v)
        else:
            out[k] = copy.deepcopy(v)
    return out


@lru_cache(maxsize=8)
def _raw(name: str) -> dict:
    path = THEME_DIR / f"{name}.json"
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    parent = data.get("extends")
    if parent:
        data = _merge(_raw(parent), {k: v for k, v in data.items() if k != "extends"})
    return data


def available() -> list[str]:
    return sorted(p.stem for p in THEME_DIR.glob("*.json"))


def _scale_value(value: str, s: float) -> str:
    def one(m: re.Match) -> str:
        n = float(m.group(0))
        return str(max(1 if n > 0 else 0, round(n * s))) if n >= 0 else m.group(0)

    return re.sub(r"-?\d+(?:\.\d+)?", one, value)


def scale_gui(gui: dict, s: float) -> dict:
    """A copy of a pygame_gui theme dict with fonts and pixel measures scaled, fonts filled in."""
    out = copy.deepcopy(gui)
    default_font = out.get("defaults", {}).get("font")
    for name, block in out.items():
        # pygame_gui reads only colours from 'defaults': give every element type the default
        # font explicitly, so that the UI scale reaches plain buttons, labels and text boxes
        if (isinstance(block, dict) and default_font and "font" not in block
                and name != "defaults" and not name.startswith(("@", "#"))):
            block["font"] = dict(default_font)
    for block in out.values():
        if not isinstance(block, dict):
            continue
        font = block.get("font")
        if isinstance(font, dict):
            if "size" in font:
                font["size"] = str(max(8, round(float(font["size"]) * s)))
            if font.get("name", fonts.FONT_NAME) == fonts.FONT_NAME:
                font["name"] = fonts.FONT_NAME
                font["regular_path"] = fonts.regular_path()
                font["bold_path"] = fonts.bold_path()
                font["italic_path"] = fonts.italic_path()
                font["bold_italic_path"] = fonts.bold_italic_path()
        misc = block.get("misc")
        if isinstance(misc, dict):
            for k in _MISC_PIXELS:
                if k in misc and k != "rect_width":
                    misc[k] = _scale_value(str(misc[k]), s)
                elif k in misc:
                    misc[k] = _scale_value(str(misc[k]), s)
    return out


def _colour(v) -> pygame.Color:
    return pygame.Color(v)


@dataclass
class Theme:
    name: str
    scale: float
    size: tuple[int, int]
    palette: dict = field(default_factory=dict)
    gui: dict = field(default_factory=dict)

    # --- measures ------------------------------------------------------------------------
    def u(self, n: float) -> int:
        """Logical units to pixels."""
        return int(round(n * self.scale))

    @property
    def logical(self) -> tuple[int, int]:
        return (int(self.size[0] / self.scale), int(self.size[1] / self.scale))

    def font(self, points: float, bold: bool = False) -> pygame.font.Font:
        return fonts.font(round(points * self.scale), bold)

    def gui_font_size(self, cls: str = "defaults") -> int:
        block = self.gui.get(cls, {})
        f = block.get("font") or self.gui["defaults"]["font"]
        return int(f["size"])

    # --- colours -------------------------------------------------------------------------
    def c(self, key: str) -> pygame.Color:
        return self.palette[key]

    def series(self, i: int) -> pygame.Color:
        s = self.palette["series"]
        return s[i % len(s)]

    def stage(self, i: int) -> pygame.Color:
        s = self.palette["stages"]
        return s[max(0, min(len(s) - 1, i))]

    def ramp(self, value: float) -> pygame.Color:
        """0..100 along low -> mid -> high (tension, stage fills)."""
        v = max(0.0, min(100.0, float(value))) / 100.0
        lo, mid, hi = self.palette["scale_low"], self.palette["scale_mid"], self.palette["scale_high"]
        if v < 0.5:
            return lo.lerp(mid, v * 2)
        return mid.lerp(hi, (v - 0.5) * 2)

    def good_bad(self, value: float) -> pygame.Color:
        """0 bad ... 100 good."""
        v = max(0.0, min(100.0, float(value))) / 100.0
        bad, warn, good = self.palette["bad"], self.palette["warn"], self.palette["good"]
        if v < 0.5:
            return bad.lerp(warn, v * 2)
        return warn.lerp(good, (v - 0.5) * 2)


def load_theme(palette: str = "standard", ui_scale: int = 100,
               size: tuple[int, int] = (1280, 720)) -> Theme:
    name = palette if (THEME_DIR / f"{palette}.json").exists() else "standard"
    raw = _raw(name)
    s = effective_scale(ui_scale, size)
    pal = {}
    for k, v in raw.get("palette", {}).items():
        pal[k] = [_colour(x) for x in v] if isinstance(v, list) else _colour(v)
    return Theme(name=name, scale=s, size=(size[0], size[1]), palette=pal,
                 gui=scale_gui(raw["gui"], s))
