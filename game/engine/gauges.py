"""Morgenthau's three conditions, as gauges computed from public facts, with their factors.

Preponderance: can the collective assemble force far greater than the aggressor's?
Consensus: do the members agree on the order and on who broke it?
Commitment: do they put the common defence ahead of their own interests?
Each gauge is 0-100 and lists the factors behind it so that the UI can explain it; the
aggressor reads all three when it decides to press on or back down.

The gauges read public facts only, so that every seat, the aggressor and the full state give
the same figures: who pledged troops to a mission is secret (game/engine/view.py), so a
mission counts by its public strength, never by its contributors.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from .model import ASKING
from .state import CrisisState, GameState, Measure, Mission

ENGAGEMENT = {"intervening": 1.0, "victim": 1.0, "mobilised": 0.5, "treaty": 0.5,
              "sanctioning": 0.2}
"""How much each kind of engagement puts a nation's force behind the collective."""

PEACEKEEPER_FORCE = 3
"""Force one pledged unit of peacekeepers adds: a pledge is about a sixth of its sender's
military (measures.pledge_size), committed at about half the weight of an intervention."""


@dataclass(frozen=True)
class Gauge:
    name: str
    value: int
    factors: tuple[tuple[str, float], ...]
    """(what, how much it contributed), largest first."""


@dataclass(frozen=True)
class Gauges:
    preponderance: Gauge
    consensus: Gauge
    commitment: Gauge

    @property
    def deterrence(self) -> int:
        """How strongly the three together deter: all three are needed, so a product."""
        p, c, k = (g.value / 100 for g in (self.preponderance, self.consensus, self.commitment))
        score: int = round(100 * (p * k) ** 0.75 * (0.4 + 0.6 * c))  # float ** float: Any
        return score


def force(state: GameState, nation: str) -> float:
    """Usable armed strength: military scaled by the will to use it."""
    n = state.nations[nation]
    return n.military * (0.5 + n.will / 200)


def distance_km(a: tuple[float, float] | None, b: tuple[float, float] | None) -> float:
    """Great-circle distance between two lon/lat points (2,000 km when unknown)."""
    if a is None or b is None:
        return 2000.0
    return _great_circle(a[0], a[1], b[0], b[1])


@lru_cache(maxsize=1 << 16)
def _great_circle(*lonlats: float) -> float:
    """``distance_km`` between two known points. Memoised: a pure function of the four
    numbers (it holds no game state), asked for the same capitals and crises every turn."""
    lon1, lat1, lon2, lat2 = map(math.radians, lonlats)
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 6371 * 2 * math.asin(min(1.0, math.sqrt(h)))


def reach(state: GameState, nation: str, crisis: CrisisState) -> float:
    """How much of its force a nation can bring to the crisis (distance costs)."""
    km = distance_km(state.campaign.nation(nation).capital_lonlat, crisis.location)
    return 1.0 / (1.0 + km / 6000)


def engagements(state: GameState, crisis: CrisisState) -> dict[str, str]:
    """Every nation on the collective's side and how it is engaged (its strongest tie)."""
    out: dict[str, str] = {}

    def mark(nation: str, how: str) -> None:
        if nation == crisis.aggressor or not state.nations[nation].exists:
            return
        if nation not in out or ENGAGEMENT[how] > ENGAGEMENT[out[nation]]:
            out[nation] = how

    for v in crisis.victims:
        mark(v, "victim")
    for nation, _ in crisis.interveners:
        mark(nation, "intervening")
    for code, n in state.nations.items():
        if crisis.id in n.mobilised:
            mark(code, "mobilised")
    for t in state.treaties:
        if t.kind in ("alliance", "guarantee"):
            for v in crisis.victims:
                if t.kind == "alliance" and v in (t.a, t.b):
                    mark(t.b if v == t.a else t.a, "treaty")
                elif t.kind == "guarantee" and v == t.b:
                    mark(t.a, "treaty")
    for org in allies_of(state, crisis.victims):
        mark(org, "treaty")
    for nation in sanctioning(state, crisis):
        mark(nation, "sanctioning")
    return out


def peacekeeping(state: GameState, crisis: CrisisState) -> list[Mission]:
    """The crisis's active missions with troops: public by strength, never by contributor."""
    return [m for m in state.missions.values()
            if m.crisis == crisis.id and m.status == "active" and m.strength > 0]


def allies_of(state: GameState, victims: tuple[str, ...]) -> list[str]:
    """Members of a collective-defence organisation (an alliance) that a victim belongs to:
    an attack on one is an attack on all (NATO's Article 5)."""
    out: list[str] = []
    for org in state.orgs.values():
        if state.campaign.org(org.id).kind != "alliance":
            continue
        if any(v in org.members for v in victims):
            out.extend(m for m in org.members if m not in victims and m not in out)
    return out


def sanctioning(state: GameState, crisis: CrisisState) -> list[str]:
    """Nations applying any sanctions in force: binding ones bind members, others supporters."""
    out: list[str] = []
    listed = {crisis.aggressor}  # who is in ``out`` already, or never belongs there
    for measure in crisis.measures:
        if measure.kind != "sanctions":
            continue
        for n in payers(state, crisis, measure):
            if n not in listed:
                listed.add(n)
                out.append(n)
    return out


CLOSE_FRIEND = 50
"""Relations above which a member is the aggressor's close friend, whom a binding sanction
does not bind (``payers``, ``pays``): it will not apply it."""


def payers(state: GameState, crisis: CrisisState, measure: Measure) -> list[str]:
    """The nations that apply ``measure``, a sanction: binding ones bind the body's members
    (bar the aggressor's close friends), others only their supporters."""
    if measure.binding:
        return [m for m, ties in state.relations_with(crisis.aggressor,
                                                      state.orgs[measure.org].members)
                if ties <= CLOSE_FRIEND]
    return list(measure.supporters)


def pays(state: GameState, nation: str, crisis: CrisisState, measure: Measure) -> bool:
    """Whether ``nation`` is one of ``measure``'s ``payers``, asked of it alone (the AI asks it
    of each sanction in force on a crisis whenever it prices one more): a member the
    aggressor is no close friend of, for a binding measure; a supporter, for another."""
    if measure.binding:
        return nation in state.orgs[measure.org].members \
            and state.relation(nation, crisis.aggressor) <= CLOSE_FRIEND
    return nation in measure.supporters


def aggressor_side(state: GameState, crisis: CrisisState) -> dict[str, float]:
    """The aggressor and the allies that stand with it: an ally by half its force, a power
    whose army fights beside it (``CrisisState.backers``) by all of it, by its distance as
    it fights (``measures.backing``). The world reads an army in the field as the aggressor
    does: China's entry (November 1950) made the war one the United Nations could no longer
    win outright, and North Korea fought on for two and a half years."""
    side = {crisis.aggressor: force(state, crisis.aggressor)}
    for t in state.treaties_of(crisis.aggressor, "alliance"):
        ally = t.b if t.a == crisis.aggressor else t.a
        if ally not in crisis.victims and state.nations[ally].exists:
            side[ally] = 0.5 * force(state, ally) * reach(state, ally, crisis)
    for backer in crisis.backers:
        if state.nations[backer].exists:
            side[backer] = force(state, backer) * reach(state, backer, crisis)
    return side


def preponderance(state: GameState, crisis: CrisisState,
                  credence: Callable[[str, str], float] | None = None,
                  explain: bool = True, engaged: dict[str, str] | None = None) -> Gauge:
    """The collective's force against the aggressor's side. ``credence`` (a nation and how it
    is engaged, or a mission's id and "peacekeepers") -> 0-1: how far an observer believes that
    force would be used (an aggressor's private reading, ``Mind.pressing``); the public gauge
    takes every engagement at its word. Without ``explain`` the factors are left out (the
    same value: what a reader of the deterrence alone needs). ``engaged``: the crisis's
    ``engagements`` when the caller has them already (``gauges`` reads them for two gauges)."""
    from .enclaves import cut_off  # the enclaves' rules build on this module

    if engaged is None:
        engaged = engagements(state, crisis)
    factors: list[tuple[str, float]] = []
    collective = 0.0
    outside = cut_off(state, crisis)
    for nation, how in engaged.items():
        share = force(state, nation) * ENGAGEMENT[how] * outside * (
            1.0 if how == "victim" else reach(state, nation, crisis))
        if credence is not None:
            share *= credence(nation, how)
        if crisis.chokepoint in crisis.closed and how == "victim":
            share *= 1.2
        collective += share
        if explain:
            factors.append((f"{state.campaign.nation(nation).name} ({how})", round(share)))
    for mission in peacekeeping(state, crisis):
        share = PEACEKEEPER_FORCE * mission.strength
        if credence is not None:
            share *= credence(mission.id, "peacekeepers")
        collective += share
        if explain:
            factors.append((f"peacekeepers of mission {mission.id} ({mission.strength} "
                            "units)", share))
    against = aggressor_side(state, crisis)
    if explain:
        for nation, f in against.items():
            factors.append((f"{state.campaign.nation(nation).name} (against)", -round(f)))
    opposing = sum(against.values())
    if crisis.chokepoint and crisis.chokepoint in crisis.closed:
        opposing *= 0.8
        if explain:
            factors.append(("supply line closed", -round(sum(against.values()) * 0.2)))
    value = round(100 * collective / (collective + 2 * opposing)) if collective else 0
    factors.sort(key=lambda f: -abs(f[1]))
    return Gauge("preponderance", value, tuple(factors[:8]))


def last_votes(state: GameState, crisis: CrisisState) -> dict[str, str]:
    """Each nation's last yes or no on the crisis's decided resolutions, oldest first: one
    pass over the archive for every member ``consensus`` weighs, not one per member. A vote
    on an inquiry (``ASKING``) takes no side: it asks what happened and blames no one."""
    last: dict[str, str] = {}
    for r in (*state.archive, *state.resolutions.values()):
        if r.subject == crisis.id and r.status != "tabled" and r.kind not in ASKING:
            last.update((n, b) for n, b in dict(r.ballots).items() if b in ("yes", "no"))
    return last


def stance(state: GameState, nation: str, crisis: CrisisState, votes: dict[str, str]) -> float:
    """-1 (with the aggressor) .. +1 (against it): the nation's view of the crisis, its last
    vote on it (``votes``, from ``last_votes``) if it cast one."""
    vote = votes.get(nation)
    if vote is not None:
        return 1.0 if vote == "yes" else -1.0
    rel = state.relation(nation, crisis.aggressor)
    return max(-1.0, min(1.0, (crisis.clarity - 50) / 50 - rel / 60))


def consensus(state: GameState, crisis: CrisisState, explain: bool = True) -> Gauge:
    """How far the members agree against the aggressor, weighted by power, and how clear the
    facts are; without ``explain``, the same value without its factors."""
    pool = (list(state.orgs[crisis.org].members) if crisis.org in state.orgs
            else state.existing())
    pool = [n for n in pool if n not in crisis.parties and state.nations[n].exists]
    weight_sum = sum(state.nations[n].military + state.nations[n].economy for n in pool) or 1
    agree = 0.0
    dissent: list[tuple[str, int]] = []
    votes = last_votes(state, crisis)
    for n in pool:
        w = (state.nations[n].military + state.nations[n].economy) / weight_sum
        s = stance(state, n, crisis, votes)
        agree += w * (s + 1) / 2
        if s < 0 and explain:
            dissent.append((f"{state.campaign.nation(n).name} sides with the aggressor",
                            -round(100 * w)))
    share = round(100 * agree)
    value = round(0.6 * share + 0.4 * crisis.clarity)
    if not explain:
        return Gauge("consensus", value, ())
    factors = [(f"members agree on who is to blame ({share}%)", round(0.6 * share)),
               (f"clarity of the facts ({crisis.clarity})", round(0.4 * crisis.clarity))]
    factors += sorted(dissent, key=lambda f: f[1])[:4]
    return Gauge("consensus", value, tuple(factors))


MEASURE_COMMITMENT = {"sanctions": 8, "enforcement": 20, "peacekeeping": 10, "no_fly_zone": 12,
                      "condemn": 3, "refer_to_court": 5}
"""What each measure in force adds to the collective's commitment (and so to deterrence): a
referral to a criminal court a little more than a condemnation, its leaders' freedom at stake."""


def commitment(state: GameState, crisis: CrisisState,
               engaged: dict[str, str] | None = None) -> Gauge:
    """``engaged``: the crisis's ``engagements``, if the caller has them already."""
    if engaged is None:
        engaged = engagements(state, crisis)
    powers = sorted((n for n in engaged if n not in crisis.victims),
                    key=lambda n: (-state.nations[n].military, n))[:5]
    factors: list[tuple[str, int]] = []
    if powers:
        base = sum(state.nations[n].will - max(0, state.relation(n, crisis.aggressor)) / 2
                   for n in powers) / len(powers)
        factors.append(("will of the engaged powers, less their ties to the aggressor",
                        round(base * 0.6)))
    else:
        base = 0.0
        factors.append(("no power has engaged itself", 0))
    value = base * 0.6
    for measure in crisis.measures:
        bonus = MEASURE_COMMITMENT.get(measure.kind, 0)
        if measure.kind == "sanctions" and measure.param("type") == "oil":
            bonus += 8
        if bonus:
            value += bonus
            factors.append((f"{measure.kind.replace('_', ' ')} in force", bonus))
    if crisis.chokepoint and crisis.chokepoint in crisis.closed:
        value += 15
        factors.append(("supply line closed", 15))
    if crisis.interveners:
        value += 15
        factors.append(("forces committed in the field", 15))
    return Gauge("commitment", max(0, min(100, round(value))), tuple(factors))


def gauges(state: GameState, crisis: CrisisState,
           credence: Callable[[str, str], float] | None = None,
           explain: bool = True, agreed: Gauge | None = None,
           engaged: dict[str, str] | None = None) -> Gauges:
    """The three gauges; ``credence``: the preponderance as an observer believes the force
    would be used (``preponderance``). Without ``explain``, their values alone, for a reader
    of the deterrence (the aggressor weighing whether to press on asks it of every order it
    might face). ``agreed``: the consensus gauge, when the caller knows it already (it
    compares states that differ in nothing ``consensus`` reads). ``engaged``: who is engaged
    and how, when not as the state has it (``engagements``): a planner asks what an army on
    alert would add (``Mind.alert_added``)."""
    if engaged is None:
        engaged = engagements(state, crisis)  # read by two gauges: listed once
    return Gauges(preponderance(state, crisis, credence, explain, engaged),
                  agreed if agreed is not None else consensus(state, crisis, explain),
                  commitment(state, crisis, engaged))
