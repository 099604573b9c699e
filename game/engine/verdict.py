"""The end of a campaign judged for one nation: by its own objectives and by what its choices
changed, not by its rank among the playable nations alone (issue 17: a United States that
freed Kuwait was called a "Defeat" because it ranked second). Pure: the end report and
``simulate`` only show what this returns.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .credit import ADOPTED, SUCCESS, decided, deciding_vote, part
from .model import Objective
from .scoring import Breakdown, breakdowns, defeated
from .script import holds
from .state import GameState, Resolution

VICTORY_SHARE = 0.6
"""Objectives worth at least this share of a nation's points make a victory..."""
DRAW_SHARE = 0.3
"""...at least this share a mixed result; less is a defeat."""
SHOWN = 3
"""Resolutions named in one line of deeds; the rest are counted."""
LABELS = {"condemn": "a condemnation", "inquiry": "an inquiry", "ceasefire": "a ceasefire call",
          "sanctions": "sanctions", "peacekeeping": "peacekeeping", "enforcement": "enforcement",
          "no_fly_zone": "a no-fly zone", "admit": "an admission", "suspend": "a suspension",
          "expel": "an expulsion", "refer_to_assembly": "a referral",
          "refer_to_court": "a referral to a criminal court", "peacebuilding": "peacebuilding",
          "preventive_deployment": "a preventive deployment", "lift": "a lifting"}
"""Resolutions as a player says them."""


@dataclass(frozen=True)
class Verdict:
    kind: str
    """victory, draw (a mixed result) or defeat."""
    headline: str
    """One sentence saying why."""
    standing: str
    """Its rank among the playable nations, told beside the verdict."""
    met: tuple[Objective, ...]
    unmet: tuple[Objective, ...]
    deeds: tuple[str, ...]
    """What the nation's own choices changed, one line each."""
    rank: int
    of: int
    score: int
    breakdown: Breakdown | None


def verdict(state: GameState, nation: str) -> Verdict:
    """How ``nation`` did: defeated if overrun or collapsed; else by the share of its
    objectives' points it met (victory from VICTORY_SHARE, mixed from DRAW_SHARE); a nation
    without objectives is judged by its rank."""
    camp = state.campaign
    name = camp.nation(nation).name
    objectives = camp.nation(nation).objectives
    met = tuple(o for o in objectives if holds(state, o.condition))
    unmet = tuple(o for o in objectives if o not in met)
    parts = breakdowns(state)
    scores = dict(state.scores) or {code: b.total for code, b in parts.items()}
    playable = [d.code for d in camp.nations if d.playable and d.code in state.nations]
    rivals = sorted(set(playable) | {nation})
    mine = scores.get(nation, 0)
    rank = 1 + sum(1 for c in rivals if scores.get(c, 0) > mine)
    standing = (f"{name} ranks {_ordinal(rank)} of {len(rivals)} playable nations with "
                f"{mine} points.")
    common: dict[str, Any] = dict(  # Verdict's fields after kind and text
        standing=standing, met=met, unmet=unmet, deeds=deeds(state, nation), rank=rank,
        of=len(rivals), score=mine, breakdown=parts.get(nation))
    if nation in defeated(state):
        ns = state.nations[nation]
        why = "was overrun" if ns.conquered else "collapsed at home"
        return Verdict("defeat", f"{name} {why}.", **common)
    if not objectives:
        tied = sum(1 for c in rivals if c != nation and scores.get(c, 0) == mine)
        kind = "victory" if rank == 1 and not tied else "draw" if rank == 1 else "defeat"
        return Verdict(kind, standing, **common)
    got = sum(o.points for o in met)
    total = sum(o.points for o in objectives) or 1
    share = got / total
    kind = "victory" if share >= VICTORY_SHARE else "draw" if share >= DRAW_SHARE else "defeat"
    return Verdict(kind, f"{name} met {len(met)} of its {len(objectives)} objectives "
                   f"({got} of {total} points).", **common)


def deeds(state: GameState, nation: str) -> tuple[str, ...]:
    """What the nation's choices changed: its measures adopted and failed, the votes it
    decided, its pledges and interventions, the crises it helped defuse or end, its own
    wars."""
    out = []
    mine = [r for r in decided(state) if r.sponsor == nation]
    adopted = [r for r in mine if r.status in ADOPTED]
    if mine:
        out.append(f"Sponsored {len(mine)} resolution{'s' * (len(mine) != 1)}, "
                   f"{len(adopted)} adopted" + (f": {_names(state, adopted)}" if adopted else "")
                   + ".")
    carried = [r for r in decided(state) if r.ballot(nation) == "yes" and r.status in ADOPTED
               and deciding_vote(state, r, nation)]
    blocked = [r for r in decided(state) if r.ballot(nation) == "no"
               and r.status not in ADOPTED and deciding_vote(state, r, nation)]
    if carried:
        out.append(f"Its vote carried {_names(state, carried)}.")
    if blocked:
        out.append(f"Its vote blocked {_names(state, blocked)}.")
    for cid, c in state.crises.items():
        if c.phase == "defused" and nation in c.preventers:
            out.append(f"Helped defuse {_mid(c.name)} before its violence began.")
        if c.started is None:
            continue
        if c.aggressor == nation:
            ending = c.outcome.replace("_", " ") if c.outcome else "still open"
            out.append(f"Its own war: {_mid(c.name)}, {ending}.")
            continue
        p = part(state, nation, cid)
        acts = ([f"pledged {p.pledged} troops"] if p.pledged else []) + (
            ["intervened"] if p.intervened else [])
        if c.outcome in SUCCESS and p.took_part:
            out.append(f"Helped end {_mid(c.name)} ({c.outcome})"
                       + (f": {', '.join(acts)}." if acts else "."))
        elif acts:
            ending = f"ended in {c.outcome}" if c.outcome else "still open"
            out.append(f"{c.name}: {' and '.join(acts)} ({ending}).")
    return tuple(out) or ("Took no part in the world's crises: no measure sponsored or "
                          "voted for, no troops pledged, no intervention.",)


def _names(state: GameState, resolutions: list[Resolution]) -> str:
    """'sanctions over the Kosovo crisis, ceasefire over ... and 2 more'."""
    shown = [_name(state, r) for r in resolutions[:SHOWN]]
    more = len(resolutions) - len(shown)
    return ", ".join(shown) + (f" and {more} more" if more else "")


def _name(state: GameState, r: Resolution) -> str:
    """'economic sanctions over the Abyssinian crisis', 'a condemnation over Kosovo'."""
    label = LABELS.get(r.kind, r.kind.replace("_", " "))
    detail = r.param("type")
    label = f"{detail} {label}" if detail else label
    crisis = state.crises.get(r.subject)
    return f"{label} over {_mid(crisis.name)}" if crisis else label


def _mid(name: str) -> str:
    """A name inside a sentence: 'The Helvan crisis' reads 'the Helvan crisis'."""
    return "t" + name[1:] if name.startswith("The ") else name


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{({1: 'st', 2: 'nd', 3: 'rd'}).get(n % 10, 'th')}"
