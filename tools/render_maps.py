"""Render every base map in each map mode to screenshots/maps/<map_id>_<mode>.png.

The six modes (political, blocs, crises, membership, will, legitimacy) are computed by the
game from its state; here they are filled with stand-in data derived from the map alone, so
that the drawing itself can be checked by eye: borders, labels, accents, patterns, markers.

    SDL_VIDEODRIVER=dummy python tools/render_maps.py [--only europe_1994 ...] [--colourblind]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import pygame  # noqa: E402

from game.mapdata import available_maps, load_base_map  # noqa: E402
from game.ui.map_view import Marker, MapView  # noqa: E402

MODES = ("political", "blocs", "crises", "membership", "will", "legitimacy")


def neighbours(base_map) -> dict[int, set[int]]:
    """Feature index -> indices it shares a border with (for a proper map colouring)."""
    out: dict[int, set[int]] = {f.index: set() for f in base_map.by_index}
    for a, b in base_map.arc_sides.tolist():
        if a >= 0 and b >= 0 and a != b:
            out[a].add(b)
            out[b].add(a)
    return out


def colouring(items, adjacency, n_colours: int) -> dict:
    """Greedy colouring, biggest first: neighbours never share a colour if avoidable, and
    the least used free colour is taken so the whole palette shows."""
    colour: dict = {}
    uses = [0] * n_colours
    for key in items:
        taken = {colour[n] for n in adjacency.get(key, ()) if n in colour}
        free = [c for c in range(n_colours) if c not in taken] or list(range(n_colours))
        pick = min(free, key=lambda c: (uses[c], c))
        colour[key] = pick
        uses[pick] += 1
    return colour


def demo_mode(view: MapView, mode: str) -> None:
    """Fill the view with stand-in data for one mode."""
    m = view.map
    pal = view.palette
    feats = [f for f in m.by_index if not f.overlay]
    by_area = sorted(feats, key=lambda f: (-f.area_km2, f.id))
    adj = neighbours(m)
    fills, patterns, markers, legend = {}, {}, [], []

    if mode == "political":
        col = colouring([f.index for f in by_area], adj, len(pal.categorical))
        fills = {f.id: pal.category(col[f.index]) for f in feats}
        legend = [(pal.category(col[f.index]), "solid", f.name) for f in by_area[:5]]
        view.selected = by_area[min(3, len(by_area) - 1)].id
    elif mode == "blocs":
        owners = sorted({f.owner for f in feats}, key=lambda o: -sum(f.area_km2 for f in feats if f.owner == o))
        owner_adj: dict[str, set[str]] = {}
        for f in feats:
            for n in adj[f.index]:
                other = m.by_index[n].owner
                if other != f.owner:
                    owner_adj.setdefault(f.owner, set()).add(other)
        col = colouring(owners, owner_adj, len(pal.categorical))
        for f in feats:
            fills[f.id] = pal.category(col[f.owner])
            if f.owner != f.id:
                patterns[f.id] = "hatch"
        names = {f.owner: f.owner_name for f in feats}
        legend = [(pal.category(col[o]), "solid", names[o]) for o in owners[:4]]
        legend.append((pal.category(col[owners[0]]), "hatch", "Colony, zone or dependency"))
    elif mode == "crises":
        caps = [c for c in m.cities if c.capital and c.feature]
        step = max(1, len(caps) // 6)
        chosen = caps[::step][:6]
        for stage, c in enumerate(chosen):
            markers.append(Marker("crisis", id=f"crisis_{stage}", label=c.name, stage=stage,
                                  x=c.x, y=c.y))
            fills[c.feature] = pal.crisis[min(stage, 5)]
            patterns[c.feature] = "cross" if stage >= 3 else "dots"
        if len(chosen) > 1:
            c = chosen[1]
            markers.append(Marker("mission", id="mission_0", label="Mission", x=c.x + 60, y=c.y - 60))
        if m.overlays:
            ov = m.overlays[0]
            fills[ov.id] = pal.crisis[4]
            patterns[ov.id] = "backhatch"
        legend = [(pal.crisis[s], "cross" if s >= 3 else "dots", f"Stage {s}") for s in range(6)]
        legend.append((pal.mission, "solid", "Peacekeeping mission"))
        view.hover = chosen[0].feature if chosen else None
    elif mode == "membership":
        member, left = pal.category(4), pal.category(0)
        for k, f in enumerate(by_area):
            if f.owner != f.id:
                continue
            if k % 5 == 3:
                fills[f.id], patterns[f.id] = left, "backhatch"
            elif k % 3 != 2:
                fills[f.id] = member
            else:
                patterns[f.id] = "dots"
        legend = [(member, "solid", "Member"), (left, "backhatch", "Withdrew"),
                  (pal.land, "dots", "Not a member")]
    else:
        x0, y0, x1, y1 = m.bounds
        for f in feats:
            if mode == "will":
                t = 1 - ((f.centroid[0] - (x0 + x1) / 2) ** 2 + (f.centroid[1] - (y0 + y1) / 2) ** 2) ** 0.5 / (
                    0.5 * ((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5)
            else:
                t = (f.centroid[1] - y0) / (y1 - y0)
            fills[f.id] = pal.ramp(t)
            if t < 0.3:
                patterns[f.id] = "hatch"
        title = "Domestic will" if mode == "will" else "Legitimacy"
        legend = [(pal.ramp(t), "hatch" if t < 0.3 else "solid", f"{int(t * 100)}") for t in (0.0, 0.25, 0.5, 0.75, 1.0)]
        view.set_mode_legend(title, legend)
    view.set_fills(fills)
    view.set_patterns(patterns)
    view.set_markers(markers)
    if mode not in ("will", "legitimacy"):
        view.set_mode_legend(mode.capitalize(), legend)


def render(map_id: str, mode: str, size, palette: str, out: Path, screen) -> Path:
    view = MapView(load_base_map(map_id), screen.get_rect(), palette=palette)
    demo_mode(view, mode)
    screen.fill((0, 0, 0))
    view.finish(screen)
    suffix = "" if palette == "default" else f"_{palette}"
    path = out / f"{map_id}_{mode}{suffix}.png"
    pygame.image.save(screen, str(path))
    return path


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", nargs="*", help="map ids (default: all)")
    ap.add_argument("--modes", nargs="*", choices=MODES, default=list(MODES))
    ap.add_argument("--colourblind", action="store_true", help="also render the colour-blind palette")
    ap.add_argument("--size", default="1920x1080")
    ap.add_argument("--out", type=Path, default=REPO / "screenshots" / "maps")
    args = ap.parse_args(argv)
    w, h = (int(v) for v in args.size.lower().split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    pygame.init()
    screen = pygame.display.set_mode((w, h))
    palettes = ["default"] + (["colourblind"] if args.colourblind else [])
    for map_id in args.only or available_maps():
        t0 = time.perf_counter()
        for palette in palettes:
            for mode in args.modes:
                render(map_id, mode, (w, h), palette, args.out, screen)
        print(f"{map_id}: {len(args.modes) * len(palettes)} images in {time.perf_counter() - t0:.1f} s")
    pygame.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
