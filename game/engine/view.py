"""A player's view: the state with everything private to other nations taken out.

Hot-seat players and AI nations alike see tabled resolutions, votes once counted and all
public figures; they do not see others' ballots before the count, others' lobbying, offers
between other nations, others' pledges to missions or others' pending decisions.
"""

from __future__ import annotations

from dataclasses import replace

from .events import Event
from .state import GameState


def view(state: GameState, nation: str | None) -> GameState:
    """What ``nation``'s player may know (None: an observer who sees only public facts)."""
    v = state.copy()
    for rid, res in v.resolutions.items():
        v.resolutions[rid] = replace(
            res, ballots=tuple(b for b in res.ballots if b[0] == nation),
            lobbied=tuple(p for p in res.lobbied if nation in p))
    v.offers = {oid: o for oid, o in v.offers.items() if nation in (o.sender, o.receiver)}
    for mid, mission in v.missions.items():
        mine = tuple(p for p in mission.pledges if p[0] == nation)
        others = mission.strength - sum(x for _, x in mine)
        pledges = mine + ((("others", others),) if others else ())
        v.missions[mid] = replace(mission, pledges=pledges)
    v.choices = {n: c for n, c in v.choices.items() if n == nation}
    v.ledger = tuple(c for c in v.ledger if c.nation == nation)
    v.last_ledger = tuple(c for c in v.last_ledger if c.nation == nation)
    v.acted = tuple(k for k in v.acted if nation and k.startswith(nation + " "))
    return v


def visible_events(events: list[Event], nation: str | None) -> list[Event]:
    """The events ``nation``'s player may read (None: public events only)."""
    return [e for e in events if e.visible_to is None or (nation and nation in e.visible_to)]
