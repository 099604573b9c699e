"""A player's view: the only door through which a seat, its screens and the AI see the game.

``view(state, nation)`` builds a ``PlayerView``: what that nation may know, and nothing else.
What each nation may know of the others is decided here, in one place (docs/hotseat.md says
why):

* **Public facts**, known to all: the map, every nation's stats and relations, organisations,
  crises and the measures in force, tabled resolutions, every ballot once counted, missions
  and their strength, treaties, the chronicle's public events, scores and history.
* **Its own secrets**, known to it alone: its ballots before the count, its diplomatic
  capital, its pending decisions, its ledger, what it has done this turn and the orders it
  has given that are not yet carried out, its secret intent
  in a crisis it started (to escalate).
* **What it has been told**: the lobbying it did or received, offers it sent or received,
  and its own pledges to a mission (others' pledges show as one "others" share).
* **Never**: the game's seed (so nobody can predict a draw or the AI), others' capital,
  others' lobbying, offers, ballots before the count, pledges, decisions or secret intents.

The view holds a filtered copy of the state (``facts``), never the state itself, so nothing
that reads a view can reach the full state. The session and the engine alone hold that.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from .events import Event
from .model import Campaign
from .serial import state_from_plain, state_to_plain
from .state import GameState, Resolution


@dataclass(frozen=True, eq=False)
class PlayerView:
    """What ``nation`` may know (None: an observer who sees only public facts).

    Read it like a state (``v.nations``, ``v.relation(a, b)``, ``v.resolutions``...): every
    field of ``facts`` is reachable as an attribute, except the seed, which a view never holds.
    Engine helpers that take a state (``legal_actions``, ``gauges``) are given ``v.facts``.
    """

    nation: str | None
    facts: GameState = field(repr=False)

    def __getattr__(self, name: str):
        if name.startswith("__") or name in ("facts", "nation", "seed"):
            raise AttributeError(f"a player's view has no {name!r}")
        return getattr(self.facts, name)


def view(state: GameState, nation: str | None) -> PlayerView:
    """What ``nation``'s player may know (None: an observer who sees only public facts)."""
    return PlayerView(nation, _filtered(state, nation))


def _filtered(state: GameState, nation: str | None) -> GameState:
    v = state.copy()
    v.seed = 0
    v.resolutions = {rid: _told(res, nation) for rid, res in v.resolutions.items()}
    v.archive = tuple(_told(res, nation) for res in v.archive)
    v.offers = {oid: o for oid, o in v.offers.items() if nation in (o.sender, o.receiver)}
    for mid, mission in v.missions.items():
        mine = tuple(p for p in mission.pledges if p[0] == nation)
        others = mission.strength - sum(x for _, x in mine)
        pledges = mine + ((("others", others),) if others else ())
        v.missions[mid] = replace(mission, pledges=pledges)
    v.nations = {code: n if code == nation else replace(n, capital=0)
                 for code, n in v.nations.items()}
    v.crises = {cid: c if c.aggressor == nation or c.intent != "escalate"
                else replace(c, intent="hold") for cid, c in v.crises.items()}
    v.choices = {n: c for n, c in v.choices.items() if n == nation}
    v.ledger = tuple(c for c in v.ledger if c.nation == nation)
    v.last_ledger = tuple(c for c in v.last_ledger if c.nation == nation)
    v.acted = tuple(k for k in v.acted if nation and k.startswith(nation + " "))
    v.orders = tuple(k for k in v.orders if nation and k.startswith(nation + " "))
    # how many offers were made anywhere is not public
    v.counters = tuple(sorted((k, 0 if k == "O" else n) for k, n in v.counters))
    return v


def _told(res: Resolution, nation: str | None) -> Resolution:
    """A resolution as ``nation`` knows it: ballots once counted (its own before), and only
    the lobbying it did or received."""
    ballots = res.ballots if res.status != "tabled" else tuple(
        b for b in res.ballots if b[0] == nation)
    lobbied = tuple(p for p in res.lobbied if nation in p)
    if ballots == res.ballots and lobbied == res.lobbied:
        return res
    return replace(res, ballots=ballots, lobbied=lobbied)


def view_to_plain(v: PlayerView) -> dict:
    """A JSON-ready form of a view (without its campaign): what a saved view keeps."""
    return {"viewer": v.nation, **state_to_plain(v.facts)}


def view_from_plain(plain: dict, campaign: Campaign) -> PlayerView:
    """The view ``view_to_plain`` gave (PlainError for anything of the wrong shape)."""
    rest = {k: val for k, val in plain.items() if k != "viewer"}
    return PlayerView(plain.get("viewer"), state_from_plain(rest, campaign))


def visible_events(events: list[Event], nation: str | None) -> list[Event]:
    """The events ``nation``'s player may read (None: public events only)."""
    return [e for e in events if e.visible_to is None or (nation and nation in e.visible_to)]
