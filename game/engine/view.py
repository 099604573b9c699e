"""A player's view: the only door through which a seat, its screens and the AI see the game.

``view(state, nation)`` builds a ``PlayerView``: what that nation may know, and nothing else.
What each nation may know of the others is decided here, in one place (docs/hotseat.md says
why):

* **Public facts**, known to all: the map, every nation's stats and relations, organisations,
  crises and the measures in force, tabled resolutions, every ballot once counted, missions
  and their strength, treaties, commitments (threats with their red lines, dates and each
  nation's record of keeping them), the soldiers each nation lost in missions and
  interventions (``losses``: the dead come home), the chronicle's public events, scores and
  history.
* **Its own secrets**, known to it alone: its ballots before the count, its diplomatic
  capital, its pending decisions, its ledger, what it has done this turn and the orders it
  has given that are not yet carried out, its secret intent
  in a crisis it started (to escalate).
* **What it has been told**: the lobbying it did or received (what was offered and the
  answer), votes promised to it or by it, offers it sent or received,
  and its own pledges to a mission (others' pledges show as one "others" share).
* **Never**: the game's seed (so nobody can predict a draw or the AI), others' capital,
  others' lobbying, offers, ballots before the count, pledges, decisions or secret intents.

The view holds a filtered copy of the state (``facts``), never the state itself, so nothing
that reads a view can reach the full state. The session and the engine alone hold that.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field, fields
from itertools import compress
from operator import is_not
from typing import Any, TypeVar, cast

from . import prevention
from .measures import trade_shares
from .events import Event
from .model import Campaign
from .serial import state_from_plain, state_to_plain
from .state import (Change, CrisisState, GameState, Mission, NationState, Resolution,
                    renewed)

R = TypeVar("R")
T = TypeVar("T")


class Derived:
    """Answers worked out from one view's facts that many readers of the view ask again (the
    AI's minds, one per seat it models, each weighing the same drafts): a view's facts never
    change, so an answer holds for as long as the view does, and it dies with the view."""

    def __init__(self) -> None:
        self._known: dict[Hashable, object] = {}

    def get(self, key: Hashable, make: Callable[[], T]) -> T:
        """``make()``, made once per key for this view; ``key`` names everything the answer
        depends on besides the view's facts."""
        if key not in self._known:
            self._known[key] = make()
        return cast(T, self._known[key])

    def forget(self) -> None:
        """Drop every answer, once the view's reader is done with it. The AI's minds kept
        here hold the view itself: without this the view and all it holds (a filtered copy
        of the state) wait for a pass of the garbage collector, and each plan leaves one
        (issue 18: about a quarter of an all-AI turn went to those passes)."""
        self._known.clear()


class Trade:
    """Each nation's trade shares (``measures.trade_shares``) in one world, worked out when
    first asked: every nation the AI models weighs what sanctions would cost it. The shares
    read only public facts (relations, economies, who exists), so views of states alike in
    these share one ``Trade`` (``ViewMemo.trade``), made from the public facts alone."""

    def __init__(self, facts: GameState):
        self.facts = facts
        self._shares: dict[str, dict[str, float]] = {}

    def shares(self, nation: str) -> dict[str, float]:
        """Partner -> the share of ``nation``'s trade that goes to it."""
        known = self._shares.get(nation)
        if known is None:
            known = self._shares[nation] = trade_shares(self.facts, nation)
        return known


@dataclass(frozen=True, eq=False)
class PlayerView:
    """What ``nation`` may know (None: an observer who sees only public facts).

    Read it like a state (``v.nations``, ``v.relation(a, b)``, ``v.resolutions``...): every
    field of ``facts`` is reachable as an attribute, except the seed, which a view never holds.
    Engine helpers that take a state (``legal_actions``, ``gauges``) are given ``v.facts``.
    """

    nation: str | None
    facts: GameState = field(repr=False)
    trade: Trade = field(repr=False)
    """Every nation's trade shares in ``facts``, perhaps shared with other views of a world
    that trades alike (``ViewMemo.trade``)."""
    made_public: Callable[[], PlayerView] | None = field(default=None, repr=False)
    """Makes the observer's view that ``public`` gives (None: one of ``facts`` alone)."""
    derived: Derived = field(init=False, repr=False, default_factory=Derived)
    """What readers worked out from ``facts``, kept for the others (a new view starts empty)."""

    def public(self) -> PlayerView:
        """The observer's view of the same game: the public facts alone, perhaps shared, with
        what its readers worked out, by the views of every state of the phase alike in them
        (``ViewMemo.public``). An answer worked out there reads no secret by construction, and
        every seat that plans in the phase asks it once: it must not read who has ended the
        phase, which the shared facts may not show as it is now."""
        if self.nation is None:
            return self
        return self.derived.get(_PUBLIC, self.made_public or (
            lambda: PlayerView(None, *_observed(self.facts, ViewMemo()))))

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in ("facts", "nation", "seed", "derived",
                                                  "trade", "made_public"):
            raise AttributeError(f"a player's view has no {name!r}")
        return getattr(self.facts, name)


_PUBLIC = ("public view",)
"""The key of ``PlayerView.public`` in its view's ``derived``."""


def _observed(state: GameState, memo: ViewMemo) -> tuple[GameState, Trade]:
    """The public facts of ``state`` and their trade, for an observer's view."""
    facts = _filtered(state, None, memo)
    return facts, Trade(facts)


def view(state: GameState, nation: str | None, memo: ViewMemo | None = None) -> PlayerView:
    """What ``nation``'s player may know (None: an observer who sees only public facts).

    ``memo`` keeps the records already filtered, for a caller that asks for many views of
    one game (the AI planner): a record unchanged since the last view is not filtered again.
    """
    if memo is None:  # a view alone works out its trade on its own facts
        facts = _filtered(state, nation, ViewMemo())
        return PlayerView(nation, facts, Trade(facts),
                          lambda: PlayerView(None, *_observed(state, ViewMemo())))
    return PlayerView(nation, _filtered(state, nation, memo), memo.trade(state),
                      lambda: memo.public(state))


class ViewMemo:
    """Filtered records keyed by the identity of the frozen record they were made from.

    Records are frozen and shared between the states of one game (``apply`` replaces the
    ones it changes), so the same record filtered for the same nation always gives the same
    copy. The memo holds each source record, so its identity cannot be reused while the
    entry lives; it forgets everything past ``limit`` entries. It belongs to whoever asks
    for views (it holds secrets) and is never reachable from a view.
    """

    def __init__(self, limit: int = 50_000):
        self.limit = limit
        self._made: dict[tuple[int, str | None], tuple[object, object]] = {}
        self._nations: tuple[tuple[str, ...], tuple[NationState, ...],
                             dict[str, NationState]] = ((), (), {})
        """The nations last made public: (their codes, their records then, the public
        records)."""
        self._archives: dict[str | None, tuple[tuple[Resolution, ...],
                                               tuple[Resolution, ...]]] = {}
        """viewer -> (the archive it last saw, that archive as it knows it)."""
        self._relations: tuple[dict[tuple[str, str], int], dict[tuple[str, str], int]] = ({}, {})
        """The state's relations last shown, and the views' copy of them."""
        self._ledgers: dict[int, tuple[tuple[Change, ...], dict[str, tuple[Change, ...]]]] = {}
        """id of a ledger -> (the ledger, its changes by nation)."""
        self._fogged: dict[tuple[int, str | None],
                           tuple[CrisisState, tuple[int, int, int], CrisisState]] = {}
        """(id of a latent crisis, viewer) -> (the crisis, (seed, turn, fog), as seen)."""
        self._trade: tuple[object, object, tuple[str, ...], tuple[NationState, ...],
                           Trade] | None = None
        """(campaign, relations, nations' codes, their records, the trade shares) of the
        last state viewed."""
        self._public: tuple[GameState, PlayerView] | None = None
        """(the last state whose public view was asked, that view)."""

    def trade(self, state: GameState) -> Trade:
        """The trade shares of ``state``'s world: those of the last view asked while the
        campaign and the relations are the same objects in ``state`` and every nation's
        economy and existence the same (an orders phase changes none of them). They are
        worked out on the public facts alone (the observer's view), so a view that shares
        them can reach no other viewer's secrets through them."""
        codes, records = tuple(state.nations), tuple(state.nations.values())
        last = self._trade
        if last is not None and last[0] is state.campaign and last[1] is state.relations \
                and last[2] == codes:
            # only the records replaced since (found by identity) are read: most orders
            # change one nation's capital, never an economy
            moved = compress(zip(last[3], records), map(is_not, last[3], records))
            if all(a.economy == b.economy and a.exists == b.exists for a, b in moved):
                self._trade = (*last[:3], records, last[4])
                return last[4]
        public = Trade(_filtered(state, None, self))
        self._trade = (state.campaign, state.relations, codes, records, public)
        return public

    def public(self, state: GameState) -> PlayerView:
        """The observer's view of ``state``: the one last made while ``state`` is alike in
        every public fact (``_alike``) to the last state asked, but for who has ended the
        phase, which changes between any two seats' plans (the orders phase changes nothing
        else public: an order is paid for in capital, a secret, and carried out when the phase
        ends). Every seat's plan in a phase then reads one set of public answers."""
        last = self._public
        if last is not None and _alike(last[0], state):
            self._public = (state, last[1])
            return last[1]
        made = PlayerView(None, _filtered(state, None, self), self.trade(state))
        self._public = (state, made)
        return made

    def public_nations(self, nations: dict[str, NationState]) -> dict[str, NationState]:
        """Every nation as all may see it (its capital hidden), in the state's order; only
        the records that changed since the last call are copied again (found by identity,
        record by record, without a Python loop over the hundred-odd that did not)."""
        codes, records = tuple(nations), tuple(nations.values())
        seen_codes, seen, public = self._nations
        if codes != seen_codes:
            public, changed = {}, iter(codes)
        else:
            changed = compress(codes, map(is_not, records, seen))
        for code in changed:
            n = nations[code]
            public[code] = n if n.capital == 0 else renewed(n, capital=0)
        self._nations = (codes, records, public)
        return dict(public)

    def relations(self, relations: dict[tuple[str, str], int]) -> dict[tuple[str, str], int]:
        """The relations as views show them: thousands of public pairs, copied once per
        dict of the states' and shared by the views made from it. States share that dict
        until an action changes a relation, and never write it in place once shared
        (``GameState.copy``), so a view's copy is never the state's own."""
        seen, shown = self._relations
        if seen is not relations:
            shown = dict(relations)
            self._relations = (relations, shown)
        return shown

    def archive(self, archive: tuple[Resolution, ...],
                nation: str | None) -> tuple[Resolution, ...]:
        """The archive of decided resolutions as ``nation`` knows it. The archive only grows
        (each turn adds its decisions at the end), so only the records added since this
        nation's last view are filtered: a late turn costs no more than an early one."""
        seen, told = self._archives.get(nation, ((), ()))
        if seen is not archive:
            if archive[:len(seen)] != seen:
                seen, told = (), ()
            told = told + tuple(self.get(r, nation, _told) for r in archive[len(seen):])
            self._archives[nation] = (archive, told)
        return told

    def ledger(self, changes: tuple[Change, ...], nation: str | None) -> tuple[Change, ...]:
        """The changes of ``changes`` that are ``nation``'s, in order: a ledger holds hundreds
        (every nation's turn), so it is sorted by nation once, not read through per view."""
        hit = self._ledgers.get(id(changes))
        if hit is None or hit[0] is not changes:
            mine: dict[str, list[Change]] = {}
            for c in changes:
                mine.setdefault(c.nation, []).append(c)
            if len(self._ledgers) >= 8:  # a turn's ledger and the last one, a few to spare
                self._ledgers.clear()
            hit = self._ledgers[id(changes)] = (changes, {n: tuple(cs) for n, cs in mine.items()})
        return hit[1].get(nation, ()) if nation is not None else ()

    def seen(self, state: GameState, c: CrisisState, nation: str | None) -> CrisisState:
        """``prevention.seen``: a latent crisis's signs through ``nation``'s fog, drawn once
        per crisis record, viewer, turn and width of fog (all that the draw depends on)."""
        key, stamp = (id(c), nation), (state.seed, state.turn, prevention.fog_of(state, c, nation))
        hit = self._fogged.get(key)
        if hit is not None and hit[0] is c and hit[1] == stamp:
            return hit[2]
        if len(self._fogged) >= self.limit:
            self._fogged.clear()
        made = prevention.seen(state, c, nation)
        self._fogged[key] = (c, stamp, made)
        return made

    def get(self, record: R, nation: str | None, make: Callable[[R, str | None], T]) -> T:
        """``make(record, nation)``, made once per record and nation."""
        key = (id(record), nation)
        hit = self._made.get(key)
        if hit is not None and hit[0] is record:
            return cast(T, hit[1])
        made = make(record, nation)
        if len(self._made) >= self.limit:
            self._made.clear()
        self._made[key] = (record, made)
        return made


UNSEEN = frozenset({"seed", "done", "acted", "orders", "offers", "promises", "choices", "ledger",
                    "last_ledger", "counters"})
"""What ``ViewMemo.public`` leaves out when it compares two states: what an observer never
sees (``_filtered``), and who has ended the phase."""


def _alike(a: GameState, b: GameState) -> bool:
    """``a`` and ``b`` show an observer the same facts, but perhaps for who has ended the
    phase: every other field holds the very same records (a nation's may differ in its
    capital alone, a secret)."""
    for f in fields(GameState):
        if f.name in UNSEEN:
            continue
        x, y = getattr(a, f.name), getattr(b, f.name)
        if f.name == "nations":  # the records an order replaced, compared but for capital
            if x.keys() != y.keys() or not all(
                    renewed(n, capital=0) == renewed(m, capital=0)
                    for n, m in compress(zip(x.values(), y.values()),
                                         map(is_not, x.values(), y.values()))):
                return False
        elif x is not y and x != y:  # records compare by identity first
            return False
    return True


def _filtered(state: GameState, nation: str | None, memo: ViewMemo) -> GameState:
    v = state.copy(replaced=("resolutions", "offers", "missions", "nations", "crises",
                             "choices"))
    v.seed = 0
    v.relations = memo.relations(state.relations)
    v.resolutions = {rid: memo.get(res, nation, _told)
                     for rid, res in state.resolutions.items()}
    v.archive = memo.archive(state.archive, nation)
    v.offers = {oid: o for oid, o in state.offers.items() if nation in (o.sender, o.receiver)}
    v.missions = {mid: memo.get(m, nation, _pledges_told)
                  for mid, m in state.missions.items()}
    # others' capital is secret: a nation's public record is the same for every viewer
    v.nations = memo.public_nations(state.nations)
    if nation in v.nations:
        v.nations[nation] = state.nations[nation]
    v.crises = {cid: c if c.aggressor == nation or c.intent != "escalate"
                else memo.get(c, None, _public_crisis) for cid, c in state.crises.items()}
    for cid, c in state.crises.items():  # a latent crisis's signs, through this nation's fog
        if c.phase == "latent":
            v.crises[cid] = memo.seen(state, c, nation)
    v.promises = tuple(p for p in state.promises if nation in p[:2])
    v.choices = {n: c for n, c in state.choices.items() if n == nation}
    v.ledger = memo.ledger(state.ledger, nation)
    v.last_ledger = memo.ledger(state.last_ledger, nation)
    own = f"{nation} "
    v.acted = tuple([k for k in state.acted if k.startswith(own)]) if nation else ()
    v.orders = tuple([k for k in state.orders if k.startswith(own)]) if nation else ()
    # how many offers were made anywhere is not public
    v.counters = tuple(sorted((k, 0 if k == "O" else n) for k, n in state.counters))
    return v


def _public_crisis(c: CrisisState, _: str | None) -> CrisisState:
    """An aggressor's intent to escalate is its secret until the turn resolves."""
    return renewed(c, intent="hold")


def _pledges_told(mission: Mission, nation: str | None) -> Mission:
    """A mission as ``nation`` knows it: its own pledges, the others' as one share."""
    mine = tuple(p for p in mission.pledges if p[0] == nation)
    others = mission.strength - sum(x for _, x in mine)
    pledges = mine + ((("others", others),) if others else ())
    return mission if pledges == mission.pledges else renewed(mission, pledges=pledges)


def _told(res: Resolution, nation: str | None) -> Resolution:
    """A resolution as ``nation`` knows it: ballots once counted (its own before), and only
    the lobbying it did or received."""
    if not (res.lobbied or res.bargains or res.ballots and res.status == "tabled"):
        return res  # nothing secret in it (a draft before its debate, most of the archive)
    ballots = res.ballots if res.status != "tabled" else tuple(
        b for b in res.ballots if b[0] == nation)
    lobbied = tuple(p for p in res.lobbied if nation in p)
    bargains = tuple(b for b in res.bargains if nation in b[:2])
    if ballots == res.ballots and lobbied == res.lobbied and bargains == res.bargains:
        return res
    return renewed(res, ballots=ballots, lobbied=lobbied, bargains=bargains)


def view_to_plain(v: PlayerView) -> dict[str, Any]:
    """A JSON-ready form of a view (without its campaign): what a saved view keeps."""
    return {"viewer": v.nation, **state_to_plain(v.facts)}


def view_from_plain(plain: dict[str, Any], campaign: Campaign) -> PlayerView:
    """The view ``view_to_plain`` gave (PlainError for anything of the wrong shape)."""
    rest = {k: val for k, val in plain.items() if k != "viewer"}
    facts = state_from_plain(rest, campaign)
    return PlayerView(plain.get("viewer"), facts, Trade(facts))


def visible_events(events: list[Event], nation: str | None) -> list[Event]:
    """The events ``nation``'s player may read (None: public events only)."""
    return [e for e in events if e.visible_to is None or (nation and nation in e.visible_to)]
