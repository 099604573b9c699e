"""The map modes: what colour, pattern and markers each nation and crisis gets, and the legend,
computed from a player's view of the state. No drawing here: the MapView draws what this says.

Modes (keys 1-6): political, blocs, crises, membership (of a chosen organisation), domestic
will, legitimacy. With the colour-blind palette every categorical fill also gets a pattern
(hatch, dots, cross) so that no distinction rests on hue alone.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import pygame

from game.engine import prevention

MODES = ("political", "blocs", "crises", "membership", "will", "legitimacy")
MODE_LABELS = {
    "political": "Political", "blocs": "Blocs", "crises": "Crises",
    "membership": "Membership", "will": "Domestic will", "legitimacy": "Legitimacy",
}
MODE_TIPS = {
    "political": "Each nation in its own colour",
    "blocs": "Nations by bloc",
    "crises": "Who is aggressor, victim, intervening or sanctioning in the crises",
    "membership": "Members of an organisation and the seats of its council (press again to "
                  "switch organisation)",
    "will": "Domestic political will: the power to commit forces",
    "legitimacy": "Legitimacy: the nation's standing in the eyes of others",
}


@dataclass
class Marker:
    kind: str
    """crisis, capital, mission"""
    id: str
    lonlat: tuple[float, float]
    colour: pygame.Color
    label: str = ""
    size: int = 1
    """1-5 (a crisis's stage + 1)."""
    tooltip: str = ""
    latent: bool = False
    """A crisis whose violence has not begun (drawn as a hollow warning ring)."""


@dataclass
class ModeResult:
    mode: str
    fills: dict[str, pygame.Color] = field(default_factory=dict)
    patterns: dict[str, str] = field(default_factory=dict)
    markers: list[Marker] = field(default_factory=list)
    legend: list[tuple[str, pygame.Color, str]] = field(default_factory=list)
    """(label, colour, pattern or '')"""
    title: str = ""


def nation_colour(defn) -> pygame.Color:
    """A nation's own colour: the campaign's, else a stable one from its code."""
    if defn.colour:
        return pygame.Color(*defn.colour)
    h = hashlib.sha256(defn.code.encode()).digest()
    c = pygame.Color(0)
    c.hsla = (h[0] / 255 * 360, 35 + h[1] % 25, 40 + h[2] % 15, 100)
    return c


def compute(mode: str, state, viewer: str | None, theme, *, org: str | None = None,
            colourblind: bool = False) -> ModeResult:
    camp = state.campaign
    res = ModeResult(mode, title=MODE_LABELS.get(mode, mode))
    existing = [c for c, n in state.nations.items() if n.exists]
    neutral = theme.c("land")
    if mode == "political":
        for c in existing:
            res.fills[c] = nation_colour(camp.nation(c))
    elif mode == "blocs":
        blocs: list[str] = []
        for c in existing:
            b = state.bloc(c)
            if b not in blocs:
                blocs.append(b)
        pats = ("", "hatch", "dots", "cross")
        for i, b in enumerate(blocs):
            colour = neutral if b == "none" else theme.palette["blocs"][i % len(theme.palette["blocs"])]
            pat = pats[i % len(pats)] if colourblind and b != "none" else ""
            res.legend.append((b.replace("_", " ").capitalize() if b != "none" else "No bloc",
                               colour, pat))
            for c in existing:
                if state.bloc(c) == b:
                    res.fills[c] = colour
                    if pat:
                        res.patterns[c] = pat
    elif mode == "crises":
        roles: dict[str, str] = {}
        for cr in state.crises.values():
            if not cr.active:
                continue
            for n, _how in cr.interveners:
                roles.setdefault(n, "intervening")
            for m in cr.measures:
                if m.kind == "sanctions":
                    for n in m.supporters:
                        roles.setdefault(n, "sanctioning")
            for v in cr.victims:
                roles[v] = "victim"
            roles[cr.aggressor] = "aggressor"
        styles = {
            "aggressor": (theme.c("bad"), "hatch", "Aggressor"),
            "victim": (theme.c("info"), "dots", "Victim"),
            "intervening": (theme.c("good"), "cross", "Intervening"),
            "sanctioning": (theme.c("warn"), "", "Sanctioning"),
        }
        for c in existing:
            role = roles.get(c)
            if role:
                colour, pat, _ = styles[role]
                res.fills[c] = colour
                if colourblind and pat:
                    res.patterns[c] = pat
            else:
                res.fills[c] = neutral
        for colour, pat, label in styles.values():
            res.legend.append((label, colour, pat if colourblind else ""))
        res.legend.append(("Not involved", neutral, ""))
    elif mode == "membership":
        orgs = list(state.orgs)
        org = org if org in state.orgs else (orgs[0] if orgs else None)
        if org:
            o = state.orgs[org]
            odef = camp.org(org)
            res.title = f"Membership: {odef.name}"
            seats: set[str] = set()
            permanent: set[str] = set()
            try:
                from game.engine.bodies import permanent_members, seated

                for b in odef.bodies:
                    if b.seats is not None:
                        seats.update(seated(state, org, b.id))
                        permanent.update(permanent_members(state, org, b.id))
            except Exception:
                pass
            for c in existing:
                if c in o.suspended:
                    res.fills[c] = theme.c("warn")
                    res.patterns[c] = "hatch" if colourblind else ""
                elif c in permanent:
                    res.fills[c] = theme.c("accent")
                    if colourblind:
                        res.patterns[c] = "cross"
                elif c in seats:
                    res.fills[c] = theme.c("accent").lerp(theme.c("info"), 0.5)
                    if colourblind:
                        res.patterns[c] = "dots"
                elif c in o.members:
                    res.fills[c] = theme.c("info")
                else:
                    res.fills[c] = neutral
            res.patterns = {k: v for k, v in res.patterns.items() if v}
            res.legend = [("Permanent seat", theme.c("accent"), "cross" if colourblind else ""),
                          ("Council seat", theme.c("accent").lerp(theme.c("info"), 0.5),
                           "dots" if colourblind else ""),
                          ("Member", theme.c("info"), ""),
                          ("Suspended", theme.c("warn"), "hatch" if colourblind else ""),
                          ("Not a member", neutral, "")]
    elif mode in ("will", "legitimacy"):
        for c in existing:
            v = getattr(state.nations[c], mode)
            res.fills[c] = theme.good_bad(v)
        res.legend = [(f"{lo}-{hi}", theme.good_bad((lo + hi) / 2), "")
                      for lo, hi in ((0, 19), (20, 39), (40, 59), (60, 79), (80, 100))]
    if mode == "political":
        res.legend = []
    # crisis markers in every mode
    for cr in state.crises.values():
        if cr.active and cr.location:
            res.markers.append(Marker(
                "crisis", cr.id, tuple(cr.location), theme.stage(cr.stage), cr.name,
                cr.stage + 1,
                f"{cr.name}: {stage_name(cr.stage)}; {camp.nation(cr.aggressor).name} against "
                + ", ".join(camp.nation(v).name for v in cr.victims)))
        elif prevention.is_latent(state, cr) and cr.location:
            res.markers.append(Marker(
                "crisis", cr.id, tuple(cr.location), theme.c("warn"), cr.name, 1,
                f"{cr.name}: warning signs, the violence has not begun (outbreak risk "
                f"{prevention.outbreak_risk(state, cr)}% a turn as you see it)", latent=True))
    return res


STAGE_NAMES = ("tension", "incidents", "clashes", "war", "total war")


def stage_name(i: int) -> str:
    return STAGE_NAMES[max(0, min(len(STAGE_NAMES) - 1, i))]
