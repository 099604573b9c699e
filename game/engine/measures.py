"""What an adopted resolution does, and how measures in force press on a crisis each turn."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import reduce
from itertools import compress
from operator import add, ne

from . import atrocities, norms, proxies
from .context import Ctx
from .gauges import PEACEKEEPER_FORCE, distance_km, force, reach, sanctioning
from .mandates import MANDATE_MONTHS, renew
from .model import LIFTABLE_KINDS, PEACEBUILD, PREVENT, PREVENT_NEED, Campaign
from .state import CrisisState, GameState, Measure, Mission, Resolution
from .wording import possessive, the_org

SANCTION_BASE = {"economic": 10, "arms": 5, "oil": 6}
"""Pressure each type of sanctions puts on its target a turn, scaled by the share of its trade
they cover (oil adds a quarter of the target's dependence on imported oil)."""
REST_OF_WORLD = 25
"""Trade weight of the world outside the campaign's nations: it always leaks."""


def trade_weight(state: GameState, target: str, partner: str) -> float:
    """How much of ``target``'s trade goes through ``partner`` (gravity, bent by relations)."""
    return state.nations[partner].economy * (1 + state.relation(target, partner) / 200)


TRADE_LOST = {"economic": 1.0, "oil": 0.5, "arms": 0.2}
"""How much of the trade with the target each kind of sanction gives up: a full embargo all
of it, oil a large trade, arms a small one."""
MAX_TRADE_LOSS = 4
"""The most economy a nation loses to sanctions on one target in a turn."""
TRADE_REACH_KM = 2000
"""Distance at which trade between two capitals halves (gravity)."""

def _gravity(campaign: Campaign) -> dict[str, dict[str, tuple[tuple[str, str], float]]]:
    """The fixed part of the trade between two nations (nation -> partner -> the key of their
    relation and it), larger within a bloc and smaller with distance: capitals do not move,
    so it is worked out once per campaign and kept with it (as the campaign keeps its
    indexes), with the pair's key into ``GameState.relations`` (each trade sum reads a
    relation per partner: the key is not built anew each time)."""
    table: dict[str, dict[str, tuple[tuple[str, str], float]]] | None = \
        campaign.__dict__.get("_gravity")
    if table is None:
        table = {}
        for a in campaign.nations:
            row = table[a.code] = {}
            for b in campaign.nations:
                if a.code != b.code:
                    bloc = 1.5 if a.bloc == b.bloc and a.bloc != "none" else 1.0
                    km = distance_km(a.capital_lonlat, b.capital_lonlat)
                    key = (a.code, b.code) if a.code < b.code else (b.code, a.code)
                    row[b.code] = key, bloc / (1 + km / TRADE_REACH_KM)
        campaign.__dict__["_gravity"] = table
    return table


Economies = list[tuple[str, int]]
"""Each nation that exists and its economy, in campaign order (``economies``)."""


def economies(state: GameState) -> Economies:
    """The nations that trade (those that exist) with their economies: read once for all the
    trade sums of a state (``sanction_costs`` makes one a sanctioning nation)."""
    return [(p, n.economy) for p, n in state.nations.items() if n.exists]


def _weight(economy: int, relation: int, pull: float) -> float:
    """A partner's weight in a nation's trade: its economy, bent by their relation (-100..100
    to x0.5..x1.5) and by the gravity of the pair (``_gravity``)."""
    return economy * (1 + relation / 200) * pull


def _trade_weights(state: GameState, nation: str,
                   trading: Economies | None) -> list[tuple[str, float]]:
    """Each partner's weight in ``nation``'s trade (``trade_share``): every other nation that
    exists, in campaign order. ``trading``: ``economies(state)``, if already read."""
    gravity = _gravity(state.campaign)[nation]
    get = state.relations.get
    return [(p, _weight(economy, get(gravity[p][0], 0), gravity[p][1]))
            for p, economy in (economies(state) if trading is None else trading) if p != nation]


def trade_share(state: GameState, nation: str, partner: str,
                trading: Economies | None = None) -> float:
    """The share (0-1) of ``nation``'s trade that goes to ``partner``, by a gravity model: each
    partner's economy, over distance, bent by relations and larger within a bloc; the world
    outside the campaign's nations takes its part. The partners are the nations that exist
    (``trading``: their ``economies``, if already read).
    The same sums as ``trade_shares``, in the same order, without the other shares: the
    turn asks it of every sanctioning nation, and the AI of every turn of a war it prices."""
    total = float(REST_OF_WORLD)
    mine = None
    for p, w in _trade_weights(state, nation, trading):
        total += w
        if p == partner:
            mine = w
    return 0.0 if mine is None else mine / total


def trade_shares(state: GameState, nation: str) -> dict[str, float]:
    """Every partner's share of ``nation``'s trade (``trade_share``), worked out at once: the
    AI weighs sanctions on several aggressors for the same nation."""
    weights = dict(_trade_weights(state, nation, None))
    total = float(REST_OF_WORLD)
    for w in weights.values():
        total += w
    return {p: w / total for p, w in weights.items()}


def regimes(crisis: CrisisState) -> tuple[str, ...]:
    """The kinds of sanctions in force on ``crisis``'s aggressor, each once however many bodies
    impose it: two bodies' embargoes of the same kind overlap, and the second adds only the
    trade its own members cover that the first did not (``coverage`` counts every sanctioning
    nation once). The European Community's embargo on Yugoslavia (November 1991) was folded
    into the Security Council's (Resolution 757, May 1992), which its members enforced; Britain's
    embargo on Rhodesia (1965) into the Council's mandatory sanctions (1966-68)."""
    return tuple(sorted({m.param("type", "economic") for m in crisis.measures
                         if m.kind == "sanctions"}))


def sanction_costs(state: GameState, crisis: CrisisState) -> dict[str, float]:
    """Economy each sanctioning nation loses this turn: the trade it gave up with the target
    (Britain and France feared for their Italian trade in 1935; Austria and Hungary, whose
    trade ran through Italy, would not sanction at all).
    Each nation's share is ``trade_share``'s, with its whole trade summed once per world
    and relations (``_Trade``): every seat's preview of a turn of the crisis prices the
    same eighty-odd sanctioners."""
    kinds = regimes(crisis)
    if not kinds:
        return {}
    given_up = sum(TRADE_LOST[k] for k in kinds)
    trade = _Trade.of(state)
    target = crisis.aggressor
    economy = next((e for p, e in trade.trading if p == target), None)  # None: not existing
    gravity = _gravity(state.campaign)
    get = state.relations.get
    costs = {}
    for nation in sanctioning(state, crisis):
        if nation in crisis.victims or not state.nations[nation].exists:
            continue
        share = 0.0
        if economy is not None:  # as ``trade_share`` weighs the target among the partners
            key, pull = gravity[nation][target]
            share = _weight(economy, get(key, 0), pull) / trade.total(nation)
        costs[nation] = min(MAX_TRADE_LOSS, 100 * share * given_up / 4)
    return costs


class _Rows:
    """Each nation's trade weights (``_trade_weights``, the partners in ``trading``'s order)
    and their sum, the whole trade ``trade_share`` divides by, under one copy of the
    relations (a copy: the state's own may change in place later)."""

    __slots__ = ("relations", "rows")

    def __init__(self, relations: dict[tuple[str, str], int]):
        self.relations = dict(relations)
        self.rows: dict[str, tuple[list[float], float]] = {}


class _Trade:
    """The whole trade of the nations of one state (``total``), read where an earlier state
    of the same world summed it: the same campaign, the same nations existing with the same
    economies (``trading``), and relations equal in every pair of the nation's row (its
    weights are the same numbers), or unequal in a few (those weights are worked out again
    and the row summed anew, in the same order: the same total). A new world of the same
    nations reads the last world's rows the same way, the partners whose economy changed
    (a turn's few, a sanctioned target's in a preview) weighed again with those whose
    relation differs. The worlds are kept with the campaign (as its gravity is), a few at a
    time; only public facts (economies, relations, compared in full each time) enter them,
    so no seat's secret reaches another's reckoning through them."""

    __slots__ = ("state", "trading", "where", "own", "near", "moved")
    WORLDS_KEPT = 4
    """Worlds of economies kept (with the campaign), the most recent: a turn changes the
    economies, and each crisis with sanctions makes its own world in a preview (the
    sanctions have cut its target's economy by then). An R2P game sums as many rows with 4
    as with 16, and keeps about a megabyte a world. Not a rule: a class's, not the module's
    (``tools/gen_rules_numbers.py`` lists the module's numbers)."""
    RELATIONS_KEPT = 3
    """Relations kept per world, the most recently matched first: the public relations of a
    phase, which every seat's preview without its order reads, and a few a previewed order
    changed."""

    def __init__(self, state: GameState, trading: Economies, where: dict[str, int],
                 own: _Rows, near: _Rows, moved: dict[str, set[str]]):
        self.state, self.trading, self.where = state, trading, where
        self.own, self.near, self.moved = own, near, moved
        """``own``: the rows kept for ``state``'s relations; ``near``: those kept for the
        relations last matched before (``own`` itself if they are equal), and ``moved``:
        each nation with a pair where these two differ -> its partners in those pairs."""

    @classmethod
    def of(cls, state: GameState) -> _Trade:
        trading = economies(state)
        worlds: dict[tuple[tuple[str, int], ...], tuple[dict[str, int], list[_Rows]]] = \
            state.campaign.__dict__.setdefault("_trade_rows", {})
        key, relations = tuple(trading), state.relations
        found = worlds.get(key)
        if found is None:
            last_key = next(reversed(worlds), None)  # the world made last
            last = None if last_key is None else worlds[last_key]
            if len(worlds) >= cls.WORLDS_KEPT:
                del worlds[next(iter(worlds))]
            rows = _Rows(relations)
            where = {p: i for i, (p, _) in enumerate(trading)}
            worlds[key] = (where, [rows])
            if last_key is None or last is None or last[0] != where:
                return cls(state, trading, where, rows, rows, {})
            # the last world, the same nations in the same order: only the partners whose
            # economy or relation differs are weighed again in its rows
            near = last[1][0]
            had = dict(last_key)  # the last world's economies
            richer = {p for p, economy in trading if had[p] != economy}
            shifted = {p: set(richer) for p in where}
            for a, b in _differing(relations, near.relations):
                shifted.setdefault(a, set()).add(b)
                shifted.setdefault(b, set()).add(a)
            return cls(state, trading, where, rows, near, shifted)
        where, kept = found
        for i, rows in enumerate(kept):
            if rows.relations == relations:
                if i:
                    kept.insert(0, kept.pop(i))
                return cls(state, trading, where, rows, rows, {})
        moved: dict[str, set[str]] = {}
        for a, b in _differing(relations, kept[0].relations):
            moved.setdefault(a, set()).add(b)
            moved.setdefault(b, set()).add(a)
        rows = _Rows(relations)
        kept.insert(1, rows)
        del kept[cls.RELATIONS_KEPT:]
        return cls(state, trading, where, rows, kept[0], moved)

    def total(self, nation: str) -> float:
        """``nation``'s whole trade: ``REST_OF_WORLD`` and its weights, added in order."""
        row = self.own.rows.get(nation)
        if row is None:
            row = self.near.rows.get(nation)
            partners = self.moved.get(nation)
            if row is None:
                row = self._summed([w for _, w in _trade_weights(self.state, nation,
                                                                  self.trading)])
                if partners is None:
                    self.near.rows[nation] = row
            elif partners is not None:
                weights = list(row[0])
                gravity = _gravity(self.state.campaign)[nation]
                get, mine = self.state.relations.get, self.where[nation]
                for p in partners:
                    i = self.where.get(p)
                    if i is not None and p != nation:  # a partner that exists
                        key, pull = gravity[p]
                        weights[i - (i > mine)] = _weight(self.trading[i][1], get(key, 0), pull)
                row = self._summed(weights)
            self.own.rows[nation] = row
        return row[1]

    @staticmethod
    def _summed(weights: list[float]) -> tuple[list[float], float]:
        # one addition after another, as ``trade_share`` adds them (``sum`` may compensate)
        return weights, reduce(add, weights, float(REST_OF_WORLD))


def _differing(relations: dict[tuple[str, str], int],
               other: dict[tuple[str, str], int]) -> list[tuple[str, str]]:
    """The pairs whose relation differs between the two (or that only one holds), in the
    order of ``relations``. Two states of one world usually hold the same pairs in the same
    order (a copy keeps it, a changed relation keeps its place): their values are then
    compared side by side, without looking each pair up."""
    pairs = list(relations)
    if len(pairs) == len(other) and pairs == list(other):
        return list(compress(pairs, map(ne, relations.values(), other.values())))
    had = other.get
    out = [pair for pair, value in relations.items() if had(pair) != value]
    if len(other) > len(relations) - len(out):  # a pair only ``other`` holds
        out += [pair for pair in other if pair not in relations]
    return out


def coverage(state: GameState, crisis: CrisisState,
             cutting: Iterable[str] | None = None) -> tuple[int, list[str]]:
    """Percent of the aggressor's trade that the sanctioning nations cover (``cutting``: these
    nations instead), and the leakers."""
    target = crisis.aggressor
    partners = [n for n in state.existing() if n != target]
    weight = {p: trade_weight(state, target, p) for p in partners}  # each asked once
    total = sum(weight[p] for p in partners) + REST_OF_WORLD
    joined = set(sanctioning(state, crisis) if cutting is None else cutting)
    covered = sum(weight[p] for p in partners if p in joined)
    leakers = sorted((p for p in partners if p not in joined and p not in crisis.victims),
                     key=lambda p: -weight[p])
    return round(100 * covered / total), leakers[:4]


def sanctions_pressure(state: GameState, crisis: CrisisState) -> tuple[int, list[str]]:
    """How hard the sanctions in force bite this turn, and why."""
    oil_dep = state.campaign.nation(crisis.aggressor).oil_dependence
    base = 0.0
    reasons = []
    for kind in regimes(crisis):
        base += SANCTION_BASE[kind] + (oil_dep * 0.25 if kind == "oil" else 0)
        reasons.append(f"{kind} sanctions")
    if not base:
        return 0, []
    share, leakers = coverage(state, crisis)  # none in force: no trade to weigh
    pressure = base * share / 100
    reasons.append(f"cover {share}% of its trade")
    if leakers:
        names = ", ".join(state.campaign.nation(n).name for n in leakers[:3])
        reasons.append(f"leaking through {names}")
    if crisis.chokepoint and crisis.chokepoint in crisis.closed:
        pressure += 12
        reasons.append("its supply line is closed")
    starved = oil_starved(state, crisis)
    if starved >= 0.01:
        reasons.append(f"its army lacks oil ({round(100 * starved)}% of its force idle)")
    return round(pressure), reasons


OIL_STOCKS_MONTHS = 8
"""Months an embargoed army fights on the oil it holds in stock: from the embargo's first
month its want of fuel grows, and after these months it has only what still leaks through
(the logic of the American embargo of July 1941, which Tokyo reckoned would leave its forces
without fuel within about two years of war: a state surprised by an embargo holds far less)."""


def oil_starved(state: GameState, crisis: CrisisState) -> float:
    """The share (0-1) of the aggressor's force in the field that an oil embargo in force has
    stopped: its dependence on imported oil times the share of its trade the embargo covers,
    growing as its stocks run down (``OIL_STOCKS_MONTHS``). Resolve wears under any sanctions;
    only oil starves the army itself, and only an army that imports its oil."""
    since = [m.since for m in crisis.measures
             if m.kind == "sanctions" and m.param("type") == "oil"]
    if not since:
        return 0.0
    dependence = state.campaign.nation(crisis.aggressor).oil_dependence / 100
    share, _ = coverage(state, crisis)
    run_down = min(1.0, (state.month - min(since)) / OIL_STOCKS_MONTHS)
    return dependence * share / 100 * run_down


def adopt(ctx: Ctx, res: Resolution) -> None:
    """Carry out an adopted (or recommended) resolution."""
    s = ctx.state
    binding = s.campaign.org(res.org).body(res.body).binding and not res.emergency
    supporters = tuple(n for n, b in res.ballots if b == "yes")
    kind = res.kind
    if kind in ("admit", "suspend", "expel"):
        _membership(ctx, res)
        return
    if kind == "refer_to_assembly":
        _refer(ctx, res)
        return
    if kind == "lift":
        _lift(ctx, res, supporters)
        return
    if kind == "endorse":
        norms.endorse(ctx, res)
        return
    if res.param("renew"):
        renew(ctx, res)
        return
    crisis = s.crises.get(res.subject)
    if crisis is None or not _in_season(crisis, kind):
        return
    if kind == "peacekeeping" and _duplicate(ctx, res, crisis):
        return
    params = res.params + ((("stage", str(crisis.stage)),) if kind == "condemn" else ())
    if kind == "refer_to_court":
        params += (("court", court_of(s, res)),)
    measure = Measure(kind, res.org, res.id, s.month, binding, params, supporters)
    crisis = ctx.update_crisis(crisis.id, measures=crisis.measures + (measure,))
    org_name = the_org(s.campaign, res.org)
    aggressor = crisis.aggressor
    if kind == "condemn":
        ctx.adjust(aggressor, "legitimacy", -8, f"condemned by {org_name}")
        ctx.update_crisis(crisis.id, clarity=min(100, crisis.clarity + 5))
        for n in supporters:
            ctx.relate(n, aggressor, -4)
    elif kind == "inquiry":
        ctx.update_crisis(crisis.id, inquiry=3)
    elif kind == "ceasefire":
        ctx.adjust(aggressor, "legitimacy", -3, f"defies {possessive(org_name)} ceasefire call"
                   if crisis.stage >= 3 else "a ceasefire call")
    elif kind == "peacekeeping":
        mandate = res.param("mandate", "observe")
        if not _widened(ctx, res, crisis, mandate):
            _set_up(ctx, res, crisis, mandate, lambda mid: f"mission {mid} ({mandate}) in "
                    f"{crisis.name}; it needs troops.")
    elif kind == "sanctions":
        for n in supporters:
            ctx.relate(n, aggressor, -3)
    elif kind == "refer_to_court":
        _refer_to_court(ctx, res, crisis, measure, supporters)
    elif kind == "preventive_deployment":
        _set_up(ctx, res, crisis, PREVENT, lambda mid: f"preventive mission {mid} in "
                f"{crisis.name} before the violence begins; it needs troops.")
    elif kind == "peacebuilding":
        _set_up(ctx, res, crisis, PEACEBUILD, lambda mid: f"peacebuilding mission {mid} in "
                f"{crisis.name} (disarmament, elections, institutions); it needs money.")
    atrocities.authorised(ctx, ctx.crisis(crisis.id), kind, supporters)


def standing_mission(state: GameState, crisis_id: str, mandate: str) -> Mission | None:
    """The active mission that already holds ``mandate`` in the crisis, if any: one mission
    a crisis and mandate, which others reinforce rather than double."""
    return next((m for mid, m in sorted(state.missions.items())
                 if m.crisis == crisis_id and m.mandate == mandate and m.status == "active"),
                None)


def _duplicate(ctx: Ctx, res: Resolution, crisis: CrisisState) -> bool:
    """A second mission with the mandate of one already standing is not set up: the body's
    vote backs the mission in place (two bodies adopting the same turn, UN and NATO over
    Bosnia, 1993). The news says so; the troops go to the standing mission."""
    s = ctx.state
    standing = standing_mission(s, crisis.id, res.param("mandate", "observe"))
    if standing is None:
        return False
    ctx.emit("mission", f"{the_org(s.campaign, res.org, capital=True)} backs mission "
             f"{standing.id} ({standing.mandate}) in {crisis.name} rather than set up a "
             "second one: its members may pledge troops to it.", mission=standing.id,
             crisis=crisis.id, resolution=res.id)
    return True


LATENT_KINDS = ("inquiry", "preventive_deployment", "sanctions")
"""What a body may do about a latent crisis: look (an inquiry), deploy to prevent, and cut
the flow of arms (only arms sanctions are offered before the violence)."""


def _in_season(crisis: CrisisState, kind: str) -> bool:
    """The crisis is in the stage this kind of resolution is for: a peacebuilding mission
    after the fighting, a preventive deployment before it, the rest while it lasts."""
    if kind == "peacebuilding":
        return crisis.phase == "peacebuilding"
    if crisis.phase == "latent":
        return kind in LATENT_KINDS
    return crisis.active and kind != "preventive_deployment"


COURT_CLARITY, COURT_RESOLVE, COURT_LEGITIMACY, COURT_RELATION = 15, 10, 6, 5
"""A referral to a criminal court: the investigation makes the facts clearer, the accused's
leaders lose resolve and standing, and the referrers lose its friendship."""
TRIBUNAL_BUDGET = 3
"""An ad hoc tribunal is the body's own court, paid from its budget; a referral to the ICC
is not (Council resolutions 1593 and 1970 left its costs to the Court's parties)."""


def court_of(state: GameState, res: Resolution) -> str:
    """Where the body's referral goes in the current month: icc or tribunal."""
    icc_from = state.campaign.org(res.org).body(res.body).icc_from
    return "icc" if icc_from is not None and state.month >= icc_from else "tribunal"


def court_words(measure: Measure) -> str:
    return ("the International Criminal Court" if measure.param("court") == "icc"
            else "an ad hoc tribunal")


def _refer_to_court(ctx: Ctx, res: Resolution, crisis: CrisisState, measure: Measure,
                    supporters: tuple[str, ...]) -> None:
    s = ctx.state
    aggressor = crisis.aggressor
    ctx.update_crisis(crisis.id, clarity=min(100, crisis.clarity + COURT_CLARITY),
                      resolve=max(0, crisis.resolve - COURT_RESOLVE))
    ctx.adjust(aggressor, "legitimacy", -COURT_LEGITIMACY, f"referred to {court_words(measure)}")
    for n in supporters:
        ctx.relate(n, aggressor, -COURT_RELATION)
    org = s.orgs[res.org]
    if measure.param("court") == "tribunal":
        s.orgs[res.org] = replace(org, budget=max(0, org.budget - TRIBUNAL_BUDGET))
    ctx.emit("crisis", f"{the_org(s.campaign, res.org, capital=True)} refers {crisis.name} to "
             f"{court_words(measure)}: "
             f"{ctx.name(aggressor)}'s leaders face indictment.", crisis=crisis.id,
             court=measure.param("court"), resolution=res.id)


def _set_up(ctx: Ctx, res: Resolution, crisis: CrisisState, mandate: str,
            what: Callable[[str], str]) -> None:
    """A mission adopted by ``res``, its mandate due for renewal; the news says ``what(id)``."""
    s = ctx.state
    mid = s.next_id("M")
    s.missions[mid] = Mission(mid, res.org, crisis.id, mandate, res.id, s.month,
                              until=s.month + MANDATE_MONTHS)
    ctx.emit("mission", f"{the_org(s.campaign, res.org, capital=True)} sets up {what(mid)}",
             mission=mid, crisis=crisis.id)


def _widened(ctx: Ctx, res: Resolution, crisis: CrisisState, mandate: str) -> bool:
    """A mandate to stand in the way voted where observers already watch: the mission on the
    ground is widened and reinforced rather than doubled, its contingents kept (Res 918, May
    1994, gave UNAMIR a mandate to protect civilians). Another body's mandate widens them too,
    rather than set up an empty force beside the manned one; the mission stays with the body
    that set it up, which renews it (the troops on the ground were re-hatted: ECOWAS's
    ECOMIL into UNMIL, October 2003; the AU's AMIS into UNAMID, December 2007). The news says
    so."""
    s = ctx.state
    watchers = standing_mission(s, crisis.id, "observe")
    if mandate not in INTERPOSING or watchers is None:
        return False
    own = watchers.org == res.org
    s.missions[watchers.id] = replace(watchers, mandate=mandate, resolution=res.id, until=(
        s.month + MANDATE_MONTHS)) if own else replace(watchers, mandate=mandate)
    ctx.emit("mission", f"{the_org(s.campaign, res.org, capital=True)} widens mission "
             f"{watchers.id} in {crisis.name} to {mandate}: its contingents stay, and it needs "
             "more troops.", mission=watchers.id, crisis=crisis.id)
    return True


def _membership(ctx: Ctx, res: Resolution) -> None:
    s, nation = ctx.state, res.subject
    if res.kind == "admit":
        ctx.join(nation, res.org)
    elif res.kind == "expel":
        ctx.leave(nation, res.org, " by expulsion")
        ctx.adjust(nation, "legitimacy", -10, f"expelled from {the_org(s.campaign, res.org)}")
    elif res.kind == "suspend":
        o = s.orgs[res.org]
        if nation not in o.suspended:
            s.orgs[res.org] = replace(o, suspended=o.suspended + (nation,))
            ctx.emit("membership", f"{ctx.name(nation)} is suspended from "
                     f"{the_org(s.campaign, res.org)}.", nation=nation, org=res.org)


def _lift(ctx: Ctx, res: Resolution, supporters: tuple[str, ...]) -> None:
    """The measure leaves the crisis, and with it its effects (the League lifting its
    sanctions on Italy, July 1936); those who voted to lift mend their ties with the target."""
    s = ctx.state
    found = s.measure(res.subject)
    if found is None:
        return
    crisis, measure = found
    ctx.update_crisis(crisis.id, measures=tuple(m for m in crisis.measures if m != measure))
    for n in supporters:
        ctx.relate(n, crisis.aggressor, 3)
    ctx.emit("lifted", f"{the_org(s.campaign, res.org, capital=True)} lifts "
             f"{measure_words(s, crisis, measure)} ({measure.resolution}).",
             resolution=res.id, lifted=measure.resolution, crisis=crisis.id, org=res.org)


LAPSING_ON = ("withdrawal", "settlement")
"""Outcomes that meet what the coercive measures demanded: the aggressor gave way or came to
terms, so the sanctions are lifted and the authorisations of force spent. After a conquest or
a frozen war they stand until a vote lifts them (the League lifting its sanctions on Italy,
July 1936, two months after the fall of Addis Ababa)."""


def lapse(ctx: Ctx, crisis_id: str) -> None:
    """The crisis ended as its coercive measures demanded: every measure a vote could lift
    leaves it (condemnations and court referrals stand), so a relapse must be met by new votes
    (Haiti: Resolution 944 lifted the sanctions on the junta's departure, September 1994; the
    2004 crisis needed a new authorisation, Resolution 1529)."""
    c = ctx.state.crises[crisis_id]
    spent = [m for m in c.measures if m.kind in LIFTABLE_KINDS]
    if c.outcome not in LAPSING_ON or not spent:
        return
    ctx.update_crisis(crisis_id, measures=tuple(m for m in c.measures if m not in spent))
    words = "; ".join(measure_words(ctx.state, c, m) for m in spent)
    ctx.emit("lifted", f"With {c.name} over, its measures lapse: {words}.", crisis=crisis_id,
             lifted=",".join(m.resolution for m in spent))


def measure_words(state: GameState, crisis: CrisisState, measure: Measure) -> str:
    """'the economic sanctions on Italy over the Abyssinian crisis', for the chronicle."""
    target = state.campaign.nation(crisis.aggressor).name
    if measure.kind == "sanctions":
        return f"the {measure.param('type', 'economic')} sanctions on {target} over {crisis.name}"
    if measure.kind == "enforcement":
        return f"the authorisation of force against {target} in {crisis.name}"
    return f"the no-fly zone against {target} over {crisis.name}"


def _refer(ctx: Ctx, res: Resolution) -> None:
    """Uniting for Peace: the vetoed question goes to an emergency special session."""
    from .orders import table_emergency  # orders uses this module

    vetoed = ctx.state.resolution(res.subject)
    if vetoed is not None:
        table_emergency(ctx, vetoed, res.sponsor)


STANDING_NEED = {"observe": 4, "interpose": 8, "protect": 12}
"""Units an observer mission needs a stage of the fighting (and the floor of the other
mandates): watchers are counted, not weighed against an army."""
LIGHTLY_ARMED = 0.5
"""The share of their force lightly armed peacekeepers put in an aggressor's way when no force
is authorised behind them: they fight in self-defence only (Dutchbat in Srebrenica, July
1995: some 400 soldiers whose requests for air support were refused)."""
INTERPOSING = ("interpose", "protect")
"""Mandates that stand between the aggressor and its object, and so must be able to hold."""


def armed(state: GameState, crisis: CrisisState) -> float:
    """How much of their force peacekeepers bring to bear: all of it once force is authorised
    over the crisis (``enclaves.covered``; air support: NATO's strikes held the line at
    Gorazde in April 1994), ``LIGHTLY_ARMED`` otherwise."""
    from .enclaves import covered  # the enclaves' rules build on this module

    return 1.0 if covered(state, crisis) else LIGHTLY_ARMED


def fronts(state: GameState, nation: str) -> int:
    """Crises in which ``nation`` is fighting as the aggressor: its army is shared among them."""
    return max(1, sum(1 for c in state.crises.values()
                      if c.active and c.aggressor == nation and c.stage >= 2))


def force_there(state: GameState, crisis: CrisisState) -> float:
    """The aggressor's force in this crisis: its field force, shared among its fronts."""
    return field_force(state, crisis.aggressor) / fronts(state, crisis.aggressor)


def mission_need(state: GameState, crisis: CrisisState, mandate: str,
                 arms: float | None = None) -> int:
    """Troops a mandate needs to hold: observers by the stage of the fighting; a mission that
    stands in the way (interpose, protect) as many as match the aggressor's force there, by
    how armed they are (``arms``; None: ``armed``) - a mandate beyond its means fails."""
    from .enclaves import watched  # the enclaves' rules build on this module

    if mandate == PREVENT:  # sized to deter before the fighting, not for a stage
        return PREVENT_NEED
    staged = STANDING_NEED[mandate] * max(1, crisis.stage)
    if mandate not in INTERPOSING:
        return staged
    if mandate == "protect" and watched(state, crisis):  # an agreed safe area: watched
        return STANDING_NEED["observe"]
    return max(STANDING_NEED[mandate], math.ceil(
        force_there(state, crisis) / (PEACEKEEPER_FORCE * (armed(state, crisis) if arms is None
                                                           else arms))))


def holds(state: GameState, crisis: CrisisState, mission: Mission) -> bool:
    """The mission is strong enough for its mandate in the crisis as it stands now."""
    return mission.strength >= mission_need(state, crisis, mission.mandate)


AUTHORISED_MARGIN = 2
"""A mandate's troop ceiling over its need: the Council authorises a force with room for
losses and a stronger enemy (Res 872 authorised UNAMIR 2,548; for the safe areas the
Secretary-General's 'heavy option' of 1993 asked for 34,000), and the Secretariat declines
the contingents offered beyond it."""


def ceiling(state: GameState, mission: Mission) -> int:
    """The most troops ``mission`` takes: its need as the crisis stands, with the margin."""
    need = mission_need(state, state.crises[mission.crisis], mission.mandate)
    return math.ceil(need * AUTHORISED_MARGIN)


def pledge_size(state: GameState, nation: str) -> int:
    return max(2, state.nations[nation].military // 6)


def committed(state: GameState, nation: str) -> int:
    """Units ``nation`` has pledged to missions still in the field: one unit is one point of
    its military, which is not available anywhere else while it serves."""
    return sum(units for m in state.missions.values() if m.status == "active"
               for who, units in m.pledges if who == nation)


def field_force(state: GameState, nation: str) -> float:
    """The force a nation can fight with: its force less what serves with missions. Pledges
    are secret, so only the engine reads this (the public gauges use ``force``)."""
    military = state.nations[nation].military
    if not military:
        return 0.0
    return force(state, nation) * max(0, military - committed(state, nation)) / military


SEA_CROSSING = 0.4
"""The share of an aggressor's force that reaches the far shore of an assault across the sea:
landing craft, air cover and supply limit it (the People's Republic, beaten at Kinmen in
October 1949, never crossed to Taiwan; Argentina's garrison in the Falklands, 1982)."""


def striking_force(state: GameState, c: CrisisState) -> float:
    """What the aggressor brings to the fight after the measures against it: the sea it must
    cross, a strait closed to it, a no-fly zone over its columns, an arms embargo and the oil
    it lacks. In a proxy war the proxies fight in its place (``proxies``), and in a relapse after
    its withdrawal its spoilers (``proxies.SPOILERS``). The fighting
    (``crises._fighting``) and the question whether it has lost its war (``consent.overthrown``)
    set it against the same ``resistance``. The armies of the powers that entered the war
    beside it (``backing``) fight with it."""
    attack = proxies.strength(state, c) if proxies.fighters(state, c) \
        else field_force(state, c.aggressor)
    if c.spoilers:
        attack *= proxies.SPOILERS
    if c.across_sea:
        attack *= SEA_CROSSING
    if c.chokepoint and c.chokepoint in c.closed:
        attack *= 0.75
    if c.has_measure("no_fly_zone"):
        attack *= 1 - AIR_SHARE
    if c.has_measure("sanctions") and any(m.param("type") == "arms" for m in c.measures):
        attack *= 0.95
    return attack * (1 - oil_starved(state, c)) + sum(backing(state, c).values())


def backing(state: GameState, c: CrisisState) -> dict[str, float]:
    """The force each power fighting beside ``c``'s aggressor (``CrisisState.backers``) brings
    to the front, by its distance, as an intervener's on the other side (``crises.fielded``):
    it marches in over its own border, and the measures aimed at the aggressor do not bind it."""
    return {n: field_force(state, n) * reach(state, n, c) for n in c.backers
            if state.nations[n].exists}


AIR_SHARE = 0.2
"""The share of an army's force that is its aircraft: what a no-fly zone grounds of the
aggressor's (``striking_force``), and what each power enforcing it brings over the
battlefield (``air_cover``)."""
FLYERS_WILL = 25
"""The domestic will below which a power enforcing a no-fly zone stops flying: its public
has tired of a war it fights from the air (Norway withdrew its F-16s from Libya on 1 August
2011; Italy called for a pause in June)."""


def flyers(state: GameState, c: CrisisState) -> list[str]:
    """The powers flying over the crisis: they voted a no-fly zone in force, are mobilised over
    the crisis and their public still bears it (``FLYERS_WILL``). An authorisation no one is
    ready to fly under covers no one."""
    return sorted({n for m in c.measures if m.kind == "no_fly_zone" for n in m.supporters
                   if n not in c.parties and state.nations[n].exists
                   and c.id in state.nations[n].mobilised
                   and state.nations[n].will >= FLYERS_WILL})


def air_cover(state: GameState, c: CrisisState) -> float:
    """The air power over the aggressor's victims: each flyer's aircraft (``AIR_SHARE`` of its
    force) by its reach. Enforcing the zone, they strike the columns too (Resolution 1973,
    March 2011: French aircraft stopped the column before Benghazi, and NATO's Unified
    Protector flew over the rebels' advance until October)."""
    return sum(field_force(state, n) * reach(state, n, c) for n in flyers(state, c)) * AIR_SHARE


def resistance(state: GameState, c: CrisisState) -> float:
    """What the victims set against the aggressor's ``striking_force``: their own forces in
    the field, and the air cover over them - which strikes what a ground force flushes out and
    cannot take or hold ground, so it counts for at most as much as the forces it covers. Air
    power alone did not decide a war in this period: after 78 days of bombing the Yugoslav army
    left Kosovo in June 1999 largely intact, by an agreement; over Libya, NATO's aircraft held
    Gaddafi's columns at Brega from April to August 2011, until the rebels were armed and
    trained to take Tripoli themselves."""
    ground = sum(field_force(state, v) for v in c.victims if state.nations[v].exists)
    return ground + min(air_cover(state, c), ground)


def end_missions(ctx: Ctx, crisis_id: str, status: str) -> None:
    for mid, mission in ctx.state.missions.items():
        if mission.crisis == crisis_id and mission.status == "active":
            ctx.state.missions[mid] = replace(mission, status=status)
