"""Orders in organisations: table a resolution, lobby, call an emergency session, pledge,
boycott and return, leave and stay."""

from __future__ import annotations

import math
from collections.abc import Collection
from dataclasses import dataclass, replace
from functools import partial
from typing import Any, TYPE_CHECKING

from .. import model as m
from ..actions import Action, act
from ..bodies import assembly_of, body_def, is_absent, left_out, permanent_members, seated
from ..calendar import format_month
from ..colonial import against_empire
from ..context import Ctx
from .. import atrocities, norms, peacebuilding, prevention, restoration
from ..consent import accord, watching
from ..crises import MISSION_RISK
from ..enclaves import covered, under_siege, watched
from ..gauges import distance_km
from ..measures import INTERPOSING, adopt, ceiling, mission_need, pledge_size, standing_mission
from ..model import ATROCITY_KINDS, LIFTABLE_KINDS, MANDATES, PEACEBUILD, SANCTION_TYPES
from ..norms import NORMS
from ..script import perform
from .diplomacy import AID_COST
from ..state import CrisisState, GameState, Mission, Resolution, clamp
from ..wording import possessive, the, the_org
from .base import FUTILE, Expected, Option, Order, a_turn_of, applied, changes, unwanted, upkeep
from .turn import END_SCORE
from .words import KIND_TIPS, body_name, crisis_name, describe, nation_name, org_name, \
    resolution_text

if TYPE_CHECKING:
    from ..state import Readable

CRISIS_KINDS_OF_RESOLUTION = ("condemn", "inquiry", "ceasefire", "sanctions", "peacekeeping",
                              "enforcement", "no_fly_zone", "refer_to_court")
NO_SEAT = "you hold no seat in this body"
"""Why a member may not table in a body, unless the draft is on a crisis it is a party to."""


def candidates(state: GameState, nation: str, focus: Action | None,
               among: Collection[str] | None, lean: bool = False) -> list[Option]:
    """The family's orders in every organisation of ``nation``; ``lean`` (``Order.lean``):
    only those not barred, and no tabling is built in a body where the nation could table
    none."""
    out: list[Option] = []
    active = [c for c in state.crises.values() if c.active]
    for org_id, org in state.orgs.items():
        if nation not in org.members:
            continue
        odef = state.campaign.org(org_id)
        leaving = org.notice(nation)
        for bdef in odef.bodies:
            sits = nation in seated(state, org_id, bdef.id) and leaving is None
            if bdef.seats is not None and leaving is None:  # under notice: away from all
                if is_absent(state, nation, org_id, bdef.id):
                    out.append((act(nation, "return", f"{org_id}.{bdef.id}"), None))
                elif sits:
                    out.append((act(nation, "boycott", f"{org_id}.{bdef.id}"), None))
            if focus is None or (focus.verb == "table"
                                 and focus.args[0] == f"{org_id}.{bdef.id}"):
                out += _tablings(state, nation, org_id, bdef.id, active, focus, among,
                                 None if sits else "you have given notice of withdrawal"
                                 if leaving is not None else NO_SEAT, lean)
        out.append((act(nation, "pledge", "money", org_id), None))
        if leaving is None:
            out.append((act(nation, "leave", org_id), None))
        else:
            out.append((act(nation, "leave", org_id),
                        f"notice already given: you leave in {format_month(leaving)}"))
            out.append((act(nation, "stay", org_id), None))
        assembly = assembly_of(odef)
        for res in state.archive[-30:]:
            if res.org == org_id and res.status == "vetoed" and res.turn >= state.turn - 1:
                reason = None
                if assembly is None or assembly.emergency_from is None:
                    reason = "this organisation has no emergency session procedure"
                elif state.month < assembly.emergency_from:
                    reason = "Uniting for Peace is not yet in force"
                elif _referred(state, res.id):
                    reason = "already sent to the assembly"
                elif res.kind == "lift":
                    reason = "a recommendation cannot lift what the council decided"
                out.append((act(nation, "emergency", res.id), reason))
    for mission in state.missions.values():
        if mission.status == "active":
            reason = None if nation in state.orgs[mission.org].members else "not a member"
            crisis = state.crises[mission.crisis]
            if nation in crisis.parties:
                reason = "a party cannot keep this peace"
            if mission.mandate == PEACEBUILD:  # it is paid for, not manned
                out.append((act(nation, "pledge", "money", mission.id), reason))
            else:
                if reason is None and mission.strength >= ceiling(state, mission):
                    reason = f"mission {mission.id} has all the troops its mandate authorises"
                if reason is None and mission.strength and under_siege(state, crisis) \
                        and mission.mandate == "protect":
                    reason = "the besiegers turn relief back at their checkpoints"
                out.append((act(nation, "pledge", "troops", mission.id), reason))
            if any(who == nation for who, _ in mission.pledges):
                out.append((act(nation, "recall", mission.id), None))
    return [option for option in out if option[1] is None] if lean else out


@dataclass(frozen=True)
class Sweetener:
    """What a lobbyist may offer for a yes: its words, its price, and how much it helps."""

    word: str
    price: str
    """What it costs the lobbyist, for the tooltip."""
    chance: int
    """Added to the chance in 100 that the lobbied government takes the lobbying."""
    pull: float
    """Added to the pull of an accepted lobbying on the lobbied nation's vote."""


AID_ECONOMY = 3
"""Economy the lobbyist pays the lobbied nation for its yes (only if it votes yes)."""
CONCESSION_WILL, CONCESSION_RELATION = 3, 8
"""A concession accepted: the lobbyist's will falls (it gives ground), relations improve."""
BROKEN_LEGITIMACY, BROKEN_RELATION, KEPT_RELATION = 5, 10, 3
"""A vote promised and not cast: legitimacy and relations with the one promised fall; kept,
relations improve a little."""
PROMISE_PULL = 25.0
"""How much a government weighs its word on the promised vote (more than the legitimacy it
would lose by breaking it)."""

OFFERS = {
    "none": Sweetener("nothing", "no price beyond the diplomatic capital", 0, 0.0),
    "aid": Sweetener("aid", f"{AID_ECONOMY} of your economy, paid only if they vote yes", 25,
                     8.0),
    "support": Sweetener("support", "your yes on their next draft: breaking the promise costs "
                         f"{BROKEN_LEGITIMACY} legitimacy and {BROKEN_RELATION} relations", 15,
                         6.0),
    "concession": Sweetener("a concession", f"{CONCESSION_WILL} of your domestic will if they "
                            f"take it (relations with them improve by {CONCESSION_RELATION})",
                            20, 6.0),
}
"""The offers a lobbying may carry ('none': plain pressure, the text form without an offer)."""


def offer_of(a: Action) -> str:
    """The offer a lobby order carries: its third argument, or 'none'."""
    return a.args[2] if len(a.args) > 2 else "none"


def lobbying(state: GameState, nation: str, focus: Action | None,
             among: Collection[str] | None, lean: bool = False) -> list[Option]:
    """In the debate before a vote, a member may press any other seat whose vote counts on a
    draft of its organisation's agenda (not a party under Article 15), offering nothing or one
    of ``OFFERS``. ``lean`` (``Order.lean``):
    no offer that is barred or on a draft not the nation's own (``_offers_futile``)."""
    out: list[Option] = []
    # a check of one lobbying (other, draft) builds only the candidates it could be
    wanted = focus.args[:2] if focus is not None and focus.verb == "lobby" else ()
    for res in state.resolutions.values():
        if res.status != "tabled" or nation not in state.orgs[res.org].members or (
                wanted[1:] and res.id != wanted[1]):
            continue
        offers = _OFFER_ARGS[:1] if lean and _offers_futile(nation, res) else _OFFER_ARGS
        uncounted = left_out(state, res)
        for other in seated(state, res.org, res.body):
            if other != nation and other not in uncounted and (
                    among is None or other in among) and (not wanted or other == wanted[0]):
                for offer, extra in offers:  # plain pressure is never barred
                    why = None if offer == "none" else _offer_barred(state, nation, other, offer)
                    if why is None or not lean:
                        out.append((act(nation, "lobby", other, res.id, *extra), why))
    return out


_OFFER_ARGS = tuple((offer, () if offer == "none" else (offer,)) for offer in OFFERS)
"""Each offer and the arguments it adds to a lobby order, built once (``lobbying`` makes
thousands of orders a game); plain pressure ('none') first."""


def _offer_barred(state: GameState, nation: str, other: str, offer: str) -> str | None:
    """Why ``nation`` cannot make this offer now: it must be able to pay."""
    n = state.nations[nation]
    if offer == "aid" and n.economy < AID_ECONOMY + 10:
        return f"your economy ({n.economy}) cannot spare {AID_ECONOMY} in aid"
    if offer == "concession" and n.will < CONCESSION_WILL + 10:
        return f"domestic will {n.will} is too low to give ground"
    if offer == "support" and any(p[:2] == (nation, other) for p in state.promises):
        return (f"you already owe {state.campaign.nation(other).name} your vote on its next "
                "draft")
    return None


def acceptance(state: GameState, lobbyist: str, other: str, res: Resolution,
               offer: str) -> int:
    """The chance in 100 that ``other``'s government takes the lobbying: the offer, and its
    friendship with the lobbyist against its ties with the draft's target; a call to vote
    against its own bloc, or against the colonised for an anti-colonial nation, is heard
    only from inside. A party never turns: the target
    and its allies refuse, a victim needs no asking."""
    crisis = state.crises.get(res.subject)
    target = crisis.aggressor if crisis is not None else (
        res.subject if res.kind in ("expel", "suspend") else None)
    if other == target or target is not None and any(
            t.kind in ("alliance", "guarantee") and t.binds(target)
            for t in state.treaties_of(other)):
        return 0
    if crisis is not None and other in crisis.victims:
        return 100
    chance = 50 + OFFERS[offer].chance + state.relation(lobbyist, other) / 2
    if target is not None:
        chance -= max(0, state.relation(other, target)) / 2
        bloc = state.bloc(other)
        if bloc != "none" and state.bloc(target) == bloc != state.bloc(lobbyist):
            chance -= 25
        if crisis is not None and against_empire(state, other, crisis) \
                and not against_empire(state, lobbyist, crisis):
            chance -= 25  # the cause of the colonised is heard like a bloc's (Goa, 1961)
    return clamp(chance, 5, 95)


def owes_vote(state: GameState, nation: str, res: Resolution) -> bool:
    """``nation`` promised its vote to ``res``'s sponsor in an earlier turn, and this draft
    (the sponsor's next one) is where it keeps or breaks the promise."""
    return any(p[:2] == (nation, res.sponsor) and p[2] < res.turn for p in state.promises)


def _referred(state: GameState, res_id: str) -> bool:
    """Already sent to the assembly, or a motion to send it is on the agenda."""
    every = (*state.archive, *state.resolutions.values())
    return any(r.emergency and r.param("from") == res_id for r in every) or any(
        r.kind == "refer_to_assembly" and r.subject == res_id and r.status == "tabled"
        for r in state.resolutions.values())


def _tablings(state: GameState, nation: str, org: str, body: str, active: list[CrisisState],
              focus: Action | None, among: Collection[str] | None,
              seat_reason: str | None, lean: bool = False) -> list[Option]:
    """The drafts ``nation`` could table in ``org.body``, barred by ``seat_reason`` (None: it
    sits there) unless a party brings its own case; ``lean``: only those not barred."""
    if lean and seat_reason is not None and (seat_reason != NO_SEAT or not any(
            nation in c.parties for c in state.crises.values())):
        return []  # every draft would be barred: none is built
    bdef = body_def(state, org, body)
    out: list[Option] = []
    target = f"{org}.{body}"
    tabled = [r for r in state.resolutions.values()
              if r.status == "tabled" and r.org == org and r.body == body]
    subject_only = focus.args[2] if focus is not None else None
    reach: dict[str, bool] = {}
    """crisis id -> within this organisation's reach: asked once, not once per kind."""

    def add(kind: str, subject: str, *params: str, power: str | None = None) -> None:
        if (power or kind) not in bdef.powers:
            return
        reason = seat_reason
        crisis = state.crises.get(subject)
        if reason == NO_SEAT and crisis is not None and nation in crisis.parties:
            reason = None  # a party brings its own case (Charter Art. 35; Covenant Art. 4(5))
        if crisis is not None and crisis.id not in reach:
            reach[crisis.id] = within_reach(state, org, crisis)
        if crisis is not None and not reach[crisis.id]:
            reason = (f"outside the region of {org_name(state, org)}: a regional arrangement "
                      f"deals with disputes near its members")
        elif any(r.kind == kind and r.subject == subject and not _widening(
                r, dict(p.split("=", 1) for p in params)) for r in tabled):
            reason = "already on the agenda"
        elif subject in state.crises and _in_force(state.crises[subject], org, kind, params):
            reason = ("a condemnation stands until the crisis changes" if kind == "condemn"
                      else "already in force: the measure cannot be stacked")
        elif kind == "peacekeeping":
            reason = _mission_taken(state, subject, params) or reason
        if reason is None or not lean:
            out.append((act(nation, "table", target, kind, subject, *params), reason))

    if subject_only is not None:
        active = [c for c in active if c.id == subject_only]
    kinds = [kind for kind in CRISIS_KINDS_OF_RESOLUTION if kind in bdef.powers]
    for c in active:  # ``add`` would drop the kinds the body has no power for
        for kind in kinds:
            if kind == "sanctions":
                for t in SANCTION_TYPES:
                    add(kind, c.id, f"type={t}")
            elif kind == "peacekeeping":
                for mandate in MANDATES:
                    add(kind, c.id, f"mandate={mandate}")
            elif kind in ("inquiry",) and c.inquiry:
                continue
            else:
                add(kind, c.id)
        if bdef.rule == "unanimity" and c.article == 11:
            add("condemn", c.id, "article=15")
    for c in state.crises.values():
        if c.phase == "peacebuilding" and (subject_only is None or c.id == subject_only):
            add("peacebuilding", c.id)
        if prevention.is_latent(state, c) and (subject_only is None or c.id == subject_only):
            if not c.inquiry:
                add("inquiry", c.id)
            add("preventive_deployment", c.id)
            add("sanctions", c.id, "type=arms")
    if norms.open_for(state, bdef):
        for norm in sorted(NORMS):
            if not norms.endorsed(state, norm) and subject_only in (None, norm):
                add("endorse", norm)
    for crisis in state.crises.values():
        for mm in crisis.measures:
            if mm.org == org and mm.kind in LIFTABLE_KINDS and (
                    subject_only is None or subject_only == mm.resolution):
                add("lift", mm.resolution, power=mm.kind)
    members = state.orgs[org].members
    nations = state.nations
    others = state.existing() if among is None else [  # the AI's short list: often empty
        code for code in nations if code in among and nations[code].exists]
    for other in others:
        if other == nation or subject_only is not None and other != subject_only:
            continue
        if other not in members:
            add("admit", other)
        else:
            add("expel", other)
            if other not in state.orgs[org].suspended:
                add("suspend", other)
    if bdef.rule == "security_council":
        for res in state.archive[-30:]:
            if (res.org == org and res.status == "vetoed" and res.turn >= state.turn - 1
                    and res.kind != "lift" and not _referred(state, res.id)):
                assembly = assembly_of(state.campaign.org(org))
                if assembly and assembly.emergency_from and state.month >= assembly.emergency_from:
                    add("refer_to_assembly", res.id)
    return out


def within_reach(state: GameState, org: str, crisis: CrisisState) -> bool:
    """A regional arrangement takes up local disputes (Charter Art. 52): a crisis one of its
    members is party to, or one within its reach of a member's capital. Organisations without
    a reach take up any crisis."""
    km = state.campaign.org(org).reach_km
    if km is None or crisis.location is None:
        return True
    members = state.orgs[org].members
    return any(n in members for n in crisis.parties) or any(
        distance_km(state.campaign.nation(n).capital_lonlat, crisis.location) <= km
        for n in members)


def _mission_taken(state: GameState, crisis_id: str, params: tuple[str, ...]) -> str | None:
    """Why a mission with these terms cannot be tabled: one with its mandate already stands
    in the crisis, or another body has one on its agenda (one mission a crisis and mandate:
    NATO flew for UNPROFOR in 1993-95, it did not send a force of its own beside it)."""
    mandate = dict(p.split("=", 1) for p in params).get("mandate", "observe")
    standing = standing_mission(state, crisis_id, mandate)
    if standing is not None:
        return (f"mission {standing.id} of {the_org(state.campaign, standing.org)} already holds "
                f"this mandate here: pledge troops to it, or authorise force in its support")
    tabled = next((r for r in state.resolutions.values() if r.status == "tabled"
                   and r.kind == "peacekeeping" and r.subject == crisis_id
                   and r.param("mandate", "observe") == mandate and not r.param("renew")), None)
    if tabled is not None:
        return (f"{the_org(state.campaign, tabled.org, capital=True)} already has this mission "
                f"on its agenda ({tabled.id})")
    return None


def _in_force(crisis: CrisisState, org: str, kind: str, params: tuple[str, ...]) -> bool:
    """The same measure (kind and terms) of this organisation still stands in the crisis; a
    condemnation stands only until the crisis climbs past the stage it condemned."""
    same = [mm for mm in crisis.measures if mm.org == org and mm.kind == kind]
    wanted = tuple(sorted(tuple(p.split("=", 1)) for p in params)) if same else ()
    for mm in same:  # asked of every tabling a member could make: the cheap tests first
        if tuple(sorted(p for p in mm.params if p[0] != "stage")) != wanted:
            continue
        if kind != "condemn" or crisis.stage <= int(mm.param("stage", "0") or 0):
            return True
    return False


# --- effects ---------------------------------------------------------------------------

def _table(ctx: Ctx, a: Action) -> None:
    s = ctx.state
    org, body = a.args[0].split(".", 1)
    kind, subject = a.args[1], a.args[2]
    params = tuple(sorted(a.params().items()))
    rid = s.next_id("R")
    res = Resolution(rid, org, body, a.nation, kind, subject, params, s.turn)
    s.resolutions[rid] = res
    ctx.emit("tabled", f"{ctx.name(a.nation)} tables {describe(s, res)} in "
             f"{the(s.campaign.org(org).body(body).name)}.", resolution=rid, org=org, body=body)


def table_emergency(ctx: Ctx, vetoed: Resolution, sponsor: str) -> None:
    """Uniting for Peace: the vetoed question is put to the whole assembly."""
    s = ctx.state
    assembly = assembly_of(s.campaign.org(vetoed.org))
    assert assembly is not None, "an emergency session meets only where an assembly sits"
    rid = s.next_id("R")
    params = tuple(sorted((*vetoed.params, ("from", vetoed.id))))
    res = Resolution(rid, vetoed.org, assembly.id, sponsor, vetoed.kind, vetoed.subject,
                     params, s.turn, emergency=True)
    s.resolutions[rid] = res
    ctx.emit("tabled", f"Emergency special session of {the(assembly.name)} on "
             f"{describe(s, res)} (vetoed as {vetoed.id}).", resolution=rid, org=vetoed.org,
             body=assembly.id)


def _emergency(ctx: Ctx, a: Action) -> None:
    vetoed = ctx.state.resolution(a.args[0])
    assert vetoed is not None, f"no resolution {a.args[0]!r} to take to an emergency session"
    table_emergency(ctx, vetoed, a.nation)


def _lobby(ctx: Ctx, a: Action) -> None:
    """The lobbied government answers at once, privately (a seeded draw against
    ``acceptance``); the capital is spent either way. An accepted concession is paid now,
    accepted support is a promise kept in the state, aid waits for the count."""
    s = ctx.state
    other, rid = a.args[:2]
    offer = offer_of(a)
    res = s.resolutions[rid]
    chance = acceptance(s, a.nation, other, res, offer)
    accepted = ctx.draw(f"lobby {a.nation} {other} {rid}") <= chance
    answer = "accepted" if accepted else "refused"
    # lobbying is private to the two: it moves no public number unless a concession is made
    s.resolutions[rid] = replace(res, lobbied=res.lobbied + ((a.nation, other),),
                                 bargains=res.bargains + ((a.nation, other, offer, answer),))
    offering = "" if offer == "none" else f", offering {OFFERS[offer].word}"
    verdict = "agrees" if accepted else "refuses"
    ctx.emit("lobby", f"{ctx.name(a.nation)} presses {ctx.name(other)} to vote for {rid}"
             f"{offering}: {ctx.name(other)} {verdict}.", (a.nation, other), resolution=rid,
             nation=a.nation, other=other, offer=offer, answer=answer)
    if not accepted:
        return
    if offer == "concession":
        ctx.adjust(a.nation, "will", -CONCESSION_WILL, f"a concession to {ctx.name(other)}")
        ctx.relate(a.nation, other, CONCESSION_RELATION)
    elif offer == "support":
        s.promises = s.promises + ((a.nation, other, s.turn),)


def settle_bargains(ctx: Ctx, res: Resolution) -> None:
    """At a draft's count: aid is paid to each nation that took it and voted yes; a vote
    promised to the sponsor on its next draft is kept (a yes) or broken (anything else by a
    seated member, staying away included)."""
    s = ctx.state
    ballots = dict(res.ballots)
    for lobbyist, other, offer, answer in res.bargains:
        if offer != "aid" or answer != "accepted":
            continue
        pair = (lobbyist, other)
        if ballots.get(other) != "yes":
            ctx.emit("lobby", f"{ctx.name(other)} did not vote yes on {res.id}: "
                     f"{possessive(ctx.name(lobbyist))} aid is not paid.", pair, resolution=res.id)
            continue
        paid = -ctx.adjust(lobbyist, "economy", -AID_ECONOMY,
                           f"aid to {ctx.name(other)} for its vote on {res.id}")
        ctx.adjust(other, "economy", paid, f"aid from {ctx.name(lobbyist)} for its vote")
        ctx.emit("lobby", f"{ctx.name(lobbyist)} pays {ctx.name(other)} {paid} economy in aid "
                 f"for its yes on {res.id}.", pair, resolution=res.id)
    due = [p for p in s.promises if p[1] == res.sponsor and p[0] in ballots
           and owes_vote(s, p[0], res)]
    for promise in due:
        promiser, promisee, _ = promise
        s.promises = tuple(p for p in s.promises if p != promise)
        if ballots[promiser] == "yes":
            ctx.relate(promiser, promisee, KEPT_RELATION)
            ctx.emit("promise", f"{ctx.name(promiser)} keeps its word and votes for "
                     f"{possessive(ctx.name(promisee))} {res.id}.", (promiser, promisee),
                     resolution=res.id)
            continue
        ctx.adjust(promiser, "legitimacy", -BROKEN_LEGITIMACY,
                   f"a vote promised to {ctx.name(promisee)} not cast")
        ctx.relate(promiser, promisee, -BROKEN_RELATION)
        ctx.emit("promise", f"{ctx.name(promiser)} breaks its promise to vote for "
                 f"{possessive(ctx.name(promisee))} {res.id}.", (promiser, promisee), resolution=res.id)


def _pledge(ctx: Ctx, a: Action) -> None:
    s = ctx.state
    what, target = a.args
    if what == "money" and target in s.missions:
        peacebuilding.fund(ctx, a.nation, target)
    elif what == "troops":
        mission = s.missions[target]
        size = min(pledge_size(s, a.nation), ceiling(s, mission) - mission.strength)
        if size <= 0:  # others' contingents, resolved first, filled the force
            ctx.emit("pledge", f"Mission {target} has all the troops its mandate authorises: "
                     f"{possessive(ctx.name(a.nation))} offer is declined with thanks.",
                     (a.nation,), mission=target, nation=a.nation)
            return
        pledges = dict(mission.pledges)
        pledges[a.nation] = pledges.get(a.nation, 0) + size
        # who sends troops is secret (only the mission's strength is public), so a pledge
        # costs diplomatic capital, which is private, and no public figure such as will
        s.missions[target] = replace(mission, pledges=tuple(pledges.items()))
        ctx.emit("pledge", f"{ctx.name(a.nation)} pledges {size} units to mission {target}.",
                 (a.nation,), mission=target, nation=a.nation)
    else:
        org = s.orgs[target]
        contributions = dict(org.contributions)
        contributions[a.nation] = contributions.get(a.nation, 0) + 3
        s.orgs[target] = replace(org, budget=org.budget + 3,
                                 contributions=tuple(sorted(contributions.items())))
        ctx.adjust(a.nation, "economy", -AID_COST, f"contribution to {the_org(s.campaign, target)}")
        # budgets are published: a contribution is public, like the figures it moves
        ctx.emit("pledge", f"{ctx.name(a.nation)} pays into "
                 f"{possessive(the_org(s.campaign, target))} budget.", org=target)


RECALL_LEGITIMACY = 3
"""Legitimacy a nation loses for pulling its troops out of a mission in a crisis that is
fighting: the world sees who left."""


def _recall(ctx: Ctx, a: Action) -> None:
    """The nation brings its contingent home: the mission loses those units, and in a crisis
    that is fighting the nation loses legitimacy. In an atrocity crisis the killers read the
    cut as a free hand (atrocities.py)."""
    s = ctx.state
    mission = s.missions[a.args[0]]
    units = sum(n for who, n in mission.pledges if who == a.nation)
    s.missions[mission.id] = replace(mission, pledges=tuple(
        p for p in mission.pledges if p[0] != a.nation))
    c = s.crises[mission.crisis]
    ctx.emit("mission", f"{ctx.name(a.nation)} withdraws its {units} units from mission "
             f"{mission.id} in {c.name}.", crisis=c.id, mission=mission.id, nation=a.nation)
    if c.active and c.stage >= 2:
        ctx.adjust(a.nation, "legitimacy", -RECALL_LEGITIMACY,
                   f"pulled its peacekeepers out of {c.name}")


def _boycott(ctx: Ctx, a: Action) -> None:
    org, body = a.args[0].split(".", 1)
    perform(ctx, m.SetBoycott(a.nation, org, body, a.verb == "boycott"), "boycott")


def _leave(ctx: Ctx, a: Action) -> None:
    org = a.args[0]
    ctx.withdraw(a.nation, org, " in protest")
    ctx.credibility(org, -5, f"{ctx.name(a.nation)} walks out")


def _stay(ctx: Ctx, a: Action) -> None:
    ctx.keep_membership(a.nation, a.args[0])


# --- the AI's valuations -----------------------------------------------------------------

def _value_table(mind: Any, a: Action) -> tuple[float, list[str]]:
    s = mind.s
    kind, subject = a.args[1], a.args[2]
    if _agenda_full(mind):
        return -50.0, ["we already have an item on the agenda"]
    if kind == "lift":
        return _value_lift(mind, a)
    if kind == "endorse":
        return _value_endorse(mind, a)
    c = s.crises.get(subject)
    if c is None:
        return -50.0, []
    if _requested(s, c, a):
        return _value_request(mind, a, c)
    if mind.me == c.aggressor:
        return -50.0, []
    org, body = a.args[0].split(".")
    steer = s.campaign.steer(mind.me, c.id)
    if steer.forum:  # the checks of one body and crisis, asked once for every kind of draft
        elsewhere = mind.known(("forum", org, body, c.id),
                               lambda: _elsewhere(s, mind.me, c, steer, org, body))
        if elsewhere:
            return -50.0, [elsewhere]
    elif _council_first(s, org, body) and not (
            mind.persists and _council_failed(s, org, kind, subject, a.params())
            or mind.voiceless(org, c.id)):
        return -50.0, ["the council decides first"]
    if any(r.kind == kind and r.subject == subject and not _widening(r, a.params())
           for r in s.resolutions.values()):
        return -50.0, ["it is already on an agenda"]
    value, reasons = mind.concern(c)
    params = a.params()
    if _off_ladder(mind, a, c):
        return -50.0, []
    if _too_soon(s, c, steer.pace.turns):
        return -50.0, ["the last measure needs time to work"]
    if (kind, params) in _lifted(s, c):
        return -50.0, ["it was lifted: the collective will not impose it again"]
    if _just_failed(s, org, body, kind, subject, params):
        return -50.0, ["it failed at the last sessions: the votes have not changed"]
    if not mind.backs(a):
        return -50.0, ["we would not vote for it"]
    weight = (mind.n.military + mind.n.economy) / 20
    value += weight
    if _predicted_veto(s, org, body, c):
        value -= 20
        reasons.append("a permanent member will veto it")
    if kind == "sanctions":
        lost = mind.trade_cost(c, params.get("type", "economic"))
        if lost:
            value -= mind.running(economy=lost)
            reasons.append(f"they would cost us {lost:.1f} economy a turn in trade")
    if kind == "peacebuilding":
        risk = peacebuilding.relapse_risk(s, c)
        value += risk
        reasons.append(f"without help the peace may fail ({risk}% a turn)")
    if c.phase == "latent":
        risk = prevention.outbreak_risk(s, c)
        value += 2 * risk - PREVENTION_DOUBT
        reasons.append(f"the warning signs put the outbreak risk at {risk}% a turn")
    if c.failure and kind in atrocities.AUTHORISED:
        value += atrocities.MANIFEST_PULL
        reasons.append("the state has manifestly failed to protect its people")
    if kind in TROOP_MEASURES and (wary := mind.wary()):
        value += wary[0]
        reasons.append(wary[1])
    value += mind.multi - 15
    part = mind.goal_part(c.id, "measures")
    if part is not None:
        value += part[0]
        reasons.append(part[1])
    if value > END_SCORE:
        value, reasons = _foreseen(mind, a, value, reasons)
    return value, reasons + [f"the next step is {kind.replace('_', ' ')}"]


REQUEST = 40.0
"""What a party to an accord (``consent.watching``) gives to tabling the observers it asked
for: the accord's own text invites the force, and the parties press for it before anything
else (Arusha, 4 August 1993, asked the United Nations for a neutral force; the government and
the RPF sent a joint delegation to New York in September to hurry it, and Res 872 followed on
5 October)."""
REGIONAL_ASK = 10.0
"""How much less a party gives to asking a regional body for its observers than the universal
one: Arusha asked the United Nations, and the OAU's own observers (NMOG) were folded into
UNAMIR."""


def _requested(s: GameState, c: CrisisState, a: Action) -> bool:
    """``a`` tables, for a party to ``c``'s accord, the observers its parties asked for."""
    return (a.nation in c.parties and a.args[1] == "peacekeeping" and watching(s, c)
            and a.params().get("mandate", "observe") == "observe")


def _value_request(mind: Any, a: Action, c: CrisisState) -> tuple[float, list[str]]:
    """A party to an accord tables the observers it asked for (``REQUEST``), in the first body
    that can set them up and has none standing: it needs no ladder, concern or forecast, only
    a draft not yet waiting, failed or in force."""
    s = mind.s
    org, body = a.args[0].split(".")
    if any(mm.kind == "peacekeeping" for mm in c.measures) or any(
            r.kind == "peacekeeping" and r.subject == c.id for r in s.resolutions.values()):
        return -50.0, ["the force we asked for is on its way"]
    if _just_failed(s, org, body, "peacekeeping", c.id, a.params()):
        return -50.0, ["it failed at the last sessions: the votes have not changed"]
    if _council_first(s, org, body):
        return -50.0, ["the council decides first"]
    if s.campaign.org(org).kind != "universal":  # asked of the body with the means for it
        return REQUEST - REGIONAL_ASK, [f"we asked for a force to watch the accord in {c.name}"]
    return REQUEST, [f"we asked the world for a force to watch the accord in {c.name}"]


def _council_first(s: GameState, org: str, body: str) -> bool:
    """``body`` is an assembly of an organisation that has a council, which decides first."""
    bodies = s.campaign.org(org).bodies
    return s.campaign.org(org).body(body).seats is None and any(
        b.seats is not None for b in bodies)


def _agenda_full(mind: Any) -> bool:
    """This nation already sponsors as many drafts as it keeps on the agendas at once."""
    sponsored = sum(1 for r in mind.s.resolutions.values() if r.sponsor == mind.me)
    return bool(sponsored >= mind.agenda)


def _off_ladder(mind: Any, a: Action, c: CrisisState) -> bool:
    """The draft ``a`` would table on ``c`` is not the next rung of its ladder
    (``_next_rung``), the one measure a collective reaches for next."""
    s, params = mind.s, a.params()
    org, body = a.args[0].split(".")
    article = params.get("article") == "15"  # all the ladder reads of the draft (``_rung``)
    want = mind.known(("ladder", org, body, c.id, article),
                      lambda: _next_rung(s, c, org, body, s.campaign.steer(mind.me, c.id),
                                         params))
    return bool(a.args[1] != want[0] or params != want[1])


def _table_ceiling(mind: Any, a: Action) -> float:
    """``Order.ceiling`` of a tabling: ``FUTILE`` with the agenda full, and for a draft on a
    crisis that is not the next rung of its ladder, or aimed at this nation (``_value_table``
    gives those no more); most of a plan's tablings (every body, crisis and kind) are such."""
    if _agenda_full(mind):
        return FUTILE
    if a.args[1] in ("lift", "endorse"):
        return math.inf
    c = mind.s.crises.get(a.args[2])
    if c is not None and _requested(mind.s, c, a):
        return math.inf
    return FUTILE if c is None or mind.me == c.aggressor or _off_ladder(mind, a, c) \
        else math.inf


def _widening(pending: Resolution, terms: dict[str, str]) -> bool:
    """A draft to give a mission another mandate is another question than the renewal of
    the mission as it stands, waiting on the same agenda (April 1994: UNAMIR's renewal and
    what to do once the killing began came before the Council together)."""
    return (pending.kind == "peacekeeping" and bool(pending.param("renew"))
            and pending.param("mandate", "observe") != terms.get("mandate", "observe"))


def _value_endorse(mind: Any, a: Action) -> tuple[float, list[str]]:
    """Table a norm once it is on the agenda, if this nation is its champion (norms.py),
    not while a draft of it waits or just failed."""
    s = mind.s
    org, body = a.args[0].split(".")
    norm = a.args[2]
    if any(r.kind == "endorse" and r.subject == norm for r in s.resolutions.values()):
        return -50.0, ["it is already on an agenda"]
    if _just_failed(s, org, body, "endorse", norm, {}):
        return -50.0, ["it failed at the last sessions: the votes have not changed"]
    return norms.value_tabling(mind, org, norm)


def _cost_table(state: Readable, a: Action) -> int:
    """A norm tabled before it is on the agenda costs more (norms.EARLY_COST)."""
    return norms.tabling_cost(state, a.args[2]) if a.args[1] == "endorse" else 2


TROOP_MEASURES = ("peacekeeping", "preventive_deployment", "enforcement")
"""Measures that send soldiers: a government that lost some lately is slow to table them."""
PREVENTION_DOUBT = 15
"""A council is slow to send troops where no shot has been fired: a preventive deployment
is worth tabling only when the danger shows (an outbreak risk of about 8% or more)."""

RETRY_TURNS = 3
"""Turns a draft that failed or was vetoed waits before the AI tables it again in that body."""


def _just_failed(s: GameState, org: str, body: str, kind: str, subject: str,
                 params: dict[str, str]) -> bool:
    """The same draft failed or was vetoed in this body in the last ``RETRY_TURNS`` turns:
    tabling it again at once only spends capital and the body's credibility."""
    terms = tuple(sorted(params.items()))
    return any(r.org == org and r.body == body and r.kind == kind and r.subject == subject
               and r.params == terms and r.status in ("failed", "vetoed")
               and r.turn >= s.turn - RETRY_TURNS for r in reversed(s.archive[-60:]))


def _council_failed(s: GameState, org: str, kind: str, subject: str,
                    params: dict[str, str]) -> bool:
    """The same draft just failed or was vetoed in one of ``org``'s seated bodies: a
    persistent sponsor takes it to the assembly (Uniting for Peace, 1950)."""
    return any(b.seats is not None and _just_failed(s, org, b.id, kind, subject, params)
               for b in s.campaign.org(org).bodies)


def _foreseen(mind: Any, a: Action, value: float, reasons: list[str]) -> tuple[float, list[str]]:
    """The hard AI reads the vote forecast before it tables: a draft that would fail or be
    vetoed only spends capital and the organisation's credibility."""
    foreseen = mind.foresee(a)
    if foreseen is None:
        return value, reasons
    verdict, vetoes = foreseen
    if vetoes:
        names = ", ".join(mind.s.campaign.nation(n).name for n in vetoes)
        return value - 40, reasons + [f"the forecast says {names} would veto it"]
    if verdict == "likely fails":
        return value - 40, reasons + ["the forecast says it would fail"]
    if verdict == "likely adopted":
        return value + 5, reasons + ["the forecast says it would pass"]
    return value, reasons


def _value_lift(mind: Any, a: Action) -> tuple[float, list[str]]:
    """Move to lift a measure when this nation wants it gone and is not a party: the
    target asking for relief would only show the measure bites."""
    s = mind.s
    org, body = a.args[0].split(".")
    found = s.measure(a.args[2])
    if found is None or mind.me in found[0].parties:
        return -50.0, []
    if _council_first(s, org, body):
        return -50.0, ["the council decides first"]
    if any(r.kind == "lift" and r.subject == a.args[2] for r in s.resolutions.values()):
        return -50.0, ["it is already on an agenda"]
    probe = Resolution("?", org, body, mind.me, "lift", a.args[2], (), s.turn)
    value, reasons = mind.lifting(probe)
    if value < 25:
        return -50.0, reasons
    blocker = _blocker(mind, probe, found[0])
    if blocker:
        return -50.0, reasons + [f"{s.campaign.nation(blocker).name} would block it"]
    return value - 25 + (mind.n.military + mind.n.economy) / 20, reasons


def _blocker(mind: Any, res: Resolution, c: CrisisState) -> str | None:
    """A seated member expected to block ``res``: any member under unanimity (the parties
    left out under Article 15), a permanent member in a council with a veto."""
    s = mind.s
    rule = s.campaign.org(res.org).body(res.body).rule
    if rule in ("unanimity", "consensus"):
        voters = [n for n in seated(s, res.org, res.body)
                  if not is_absent(s, n, res.org, res.body)
                  and not (c.article == 15 and rule == "unanimity" and n in c.parties)]
        limit = -25.0
    elif rule == "security_council":
        voters, limit = sorted(permanent_members(s, res.org, res.body)), -12.0
    else:
        return None
    for other in voters:
        if other != mind.me and mind.of(other).blocks(res, limit):
            return other
    return None


UNSTEERED = m.Steer()


def _next_rung(s: GameState, c: CrisisState, org: str, body: str, steer: m.Steer,
               params: dict[str, str]) -> tuple[str, dict[str, str]]:
    """``_ladder`` for a draft to ``org.body``: its sponsors climb to force while a veto
    that would shield an aggressor at war is away (``_window``)."""
    if _window(s, org, body, c):
        steer = replace(steer, pace=replace(steer.pace, skip_at_war=True))
    return _ladder(c, {mm.kind for mm in c.measures}, params,
                   s.campaign.org(org).body(body).powers, steer, restoration.exiles(s, c),
                   accord(s, c))


def _ladder(c: CrisisState, has: set[str], params: dict[str, str], powers: tuple[str, ...],
            steer: m.Steer = UNSTEERED, exiles: bool = False,
            accorded: bool = False) -> tuple[str, dict[str, str]]:
    """The next measure a collective would reach for, given what is in force, what the body
    may do (a referral or peacebuilding is skipped by a body without the power), how the
    tabling nation is steered (its ladder and pace, docs/ai.md "Steering the AI"), whether
    the crisis keeps a government in exile from its country (``restoration``) and whether its
    parties signed an accord and asked for a force (``consent.accord``): such an accord asks
    for a force, not for blame, so the troop rung comes first - observers while it keeps
    (Res 872, October 1993), a mandate to protect once the killing starts with only observers
    there (Res 918, May 1994)."""
    if c.phase == "latent":
        if c.clarity < 45 and not c.inquiry and "inquiry" not in has:
            return "inquiry", {}
        return (("preventive_deployment", {}) if "preventive_deployment" not in has
                and "preventive_deployment" in powers else ("", {}))
    if not c.active:
        return (("peacebuilding", {}) if c.phase == "peacebuilding"
                and "peacebuilding" not in has and "peacebuilding" in powers else ("", {}))
    if c.inquiry:
        return "", {}  # wait for the commission to report
    custom = bool(steer.ladder)
    rungs = steer.ladder or m.LADDER_RUNGS
    watch = accorded and c.stage < 2
    if accorded and "peacekeeping" in rungs and not any(
            mm.kind == "peacekeeping" and mm.param("mandate", "observe") in INTERPOSING
            for mm in c.measures):
        if not watch:  # once the killing starts the watchers are no shield: widen them
            has = has - {"peacekeeping"}
        rungs = ("peacekeeping", *(r for r in rungs if r != "peacekeeping"))
    at_war = c.stage >= 3 or (not steer.pace.ceasefire_stops and "ceasefire" in has)
    if steer.pace.skip_at_war and at_war and "enforcement" in rungs:
        rungs = ("enforcement", *(r for r in rungs if r != "enforcement"))
    sanctions = {mm.param("type") for mm in c.measures if mm.kind == "sanctions"}
    for rung in rungs:
        kind, terms = _rung(rung, c, params, watch)
        if custom and kind not in powers:
            continue  # a steered ladder passes over what the body cannot do
        if _rung_open(rung, c, has, sanctions, powers, at_war, custom, exiles, watch):
            return kind, terms
    return "", {}


def _rung(rung: str, c: CrisisState, params: dict[str, str],
          watch: bool = False) -> tuple[str, dict[str, str]]:
    """A rung of the ladder as a draft: its kind of resolution and terms (``watch``: the
    accord still keeps, and the force asked for watches it)."""
    if rung in ("sanctions", "arms_embargo", "oil_embargo"):
        return "sanctions", {"type": {"sanctions": "economic", "arms_embargo": "arms",
                                      "oil_embargo": "oil"}[rung]}
    if rung == "peacekeeping":
        if watch:
            return "peacekeeping", {"mandate": "observe"}
        return "peacekeeping", {"mandate": "protect" if c.kind in ATROCITY_KINDS
                                else "interpose"}
    if rung == "condemn":
        return "condemn", ({"article": "15"} if params.get("article") == "15" else {})
    return rung, {}


def _rung_open(rung: str, c: CrisisState, has: set[str], sanctions: set[str],
               powers: tuple[str, ...], at_war: bool, custom: bool, exiles: bool = False,
               watch: bool = False) -> bool:
    """Whether the ladder reaches for ``rung`` now: not in force, and the crisis grave enough
    (an inquiry while the facts are unclear, sanctions from clashes, a ceasefire, embargoes
    and force at war; force also once sanctions have not restored a government in exile: Res
    940, July 1994, authorised a force to restore Aristide against a junta that was at war
    with no one). The default ladder keeps peacekeeping to civil wars and atrocities, and the
    referral and the no-fly zone to atrocities; a steered ladder takes them anywhere."""
    atrocity = custom or c.kind in ATROCITY_KINDS
    if rung == "inquiry":
        return c.clarity < 45 and "inquiry" not in has
    if rung == "condemn":
        return "condemn" not in has
    if rung == "peacekeeping":
        return ((custom or watch or c.kind in ("civil_war", *ATROCITY_KINDS))
                and "peacekeeping" not in has and (c.stage >= 2 or watch))
    if rung == "refer_to_court":
        return (atrocity and (c.failure or at_war) and "refer_to_court" not in has
                and "refer_to_court" in powers)
    if rung == "sanctions":
        return c.stage >= 2 and "economic" not in sanctions
    if rung in ("arms_embargo", "oil_embargo"):
        return at_war and rung.split("_")[0] not in sanctions
    if rung == "no_fly_zone":
        return atrocity and "no_fly_zone" not in has
    if rung == "enforcement" and exiles and sanctions:
        return rung not in has
    return at_war and rung not in has  # ceasefire, enforcement


def _lifted(s: GameState, c: CrisisState) -> list[tuple[str, dict[str, str]]]:
    """Measures (kind and terms) once in force in this crisis and lifted by a vote."""
    out = []
    for r in s.archive:
        if r.kind == "lift" and r.status == "adopted":
            inner = s.resolution(r.subject)
            if inner is not None and inner.subject == c.id:
                out.append((inner.kind, dict(inner.params)))
    return out


def _predicted_veto(s: GameState, org: str, body: str, c: CrisisState) -> bool:
    """A sponsor's guess: a permanent member that shields the aggressor (``_shields``) vetoes,
    unless it is away from the body: an empty seat casts no vote."""
    return any(_shields(s, org, body, c, p) and not is_absent(s, p, org, body)
               for p in permanent_members(s, org, body))


def _shields(s: GameState, org: str, body: str, c: CrisisState, p: str) -> bool:
    """Whether permanent member ``p`` would veto measures against ``c``'s aggressor: it is
    the aggressor or its friend, unless, on a security council, its campaign says it does not
    veto such a draft (its ``veto`` steering)."""
    council = body_def(s, org, body).rule == "security_council"
    return (p == c.aggressor or s.relation(p, c.aggressor) > 40) and (
        not council or vetoes(s, p, c.aggressor, c.id))


def _window(s: GameState, org: str, body: str, c: CrisisState) -> bool:
    """The veto that would shield an aggressor at war is away from a security council now (a
    boycott, a notice of withdrawal): its sponsors go straight to force while the seat is
    empty, as ``Pace.skip_at_war`` climbs. The Council found a breach of the peace in Korea
    on 25 June 1950 and asked members to help repel the attack two days later, both while
    the Soviet Union boycotted it. (A council that counts no party's vote, as the League's
    under Article 15, has no veto to wait out.)"""
    if c.stage < 3 or body_def(s, org, body).rule != "security_council":
        return False
    return any(_shields(s, org, body, c, p) and is_absent(s, p, org, body)
               for p in permanent_members(s, org, body))


def vetoes(s: GameState, nation: str, target: str | None, crisis: str | None) -> bool:
    """Whether ``nation``'s campaign lets the AI veto a draft aimed at ``target``
    (docs/ai.md, "Steering the AI"): always as it weighs (``weighed``), ``never``, or only
    when the target is itself or in its bloc (``bloc``), or also a treaty partner or a friend
    (relations above ``FRIEND``, ``friends``)."""
    policy = s.campaign.steer(nation, crisis).veto
    if policy == "weighed":
        return True
    if policy == "never" or target is None:
        return False
    bloc = s.bloc(nation)
    if target == nation or bloc != "none" and s.bloc(target) == bloc:
        return True
    return policy == "friends" and (s.relation(nation, target) > FRIEND or any(
        t.kind in ("alliance", "guarantee") and t.binds(target) for t in s.treaties_of(nation)))


FRIEND = 40
"""Relations above which a permanent member counts a nation among the friends it shields."""


def _elsewhere(s: GameState, nation: str, c: CrisisState, steer: m.Steer, org: str,
               body: str) -> str:
    """Why ``nation`` does not take ``c`` to ``org.body`` ("" when it does): it takes a
    question to the first body of its ``forum`` where it can table the crisis's next rung."""
    for entry in steer.forum:
        if entry.org not in s.orgs or nation not in s.orgs[entry.org].members:
            continue
        odef = s.campaign.org(entry.org)
        bodies = [b for b in odef.bodies if entry.body in (None, b.id)]
        bodies.sort(key=lambda b: b.seats is None)  # an organisation's council first
        for bdef in bodies:
            if _open_forum(s, nation, c, steer, entry.org, bdef):
                if (entry.org, bdef.id) == (org, body):
                    return ""
                return f"we take {c.name} to {the(bdef.name)}"
    return f"we take {c.name} to none of these bodies"


def _open_forum(s: GameState, nation: str, c: CrisisState, steer: m.Steer, org: str,
                bdef: m.BodyDef) -> bool:
    """The body can take up the crisis's next rung from this nation now: it sits there (or
    is a party), the crisis is within the body's reach, and the rung was not just turned
    down there."""
    if nation not in seated(s, org, bdef.id) and nation not in c.parties:
        return False
    if not within_reach(s, org, c):
        return False
    kind, terms = _ladder(c, {mm.kind for mm in c.measures}, {}, bdef.powers, steer,
                          restoration.exiles(s, c), accord(s, c))
    return (bool(kind) and kind in bdef.powers
            and not _just_failed(s, org, bdef.id, kind, c.id, terms))


def _too_soon(s: GameState, c: CrisisState, turns: int) -> bool:
    """Fewer than ``turns`` turns since the last measure was adopted on ``c`` (a pace of one
    turn never waits: a measure adopted this turn was voted after the orders)."""
    if turns <= 1 or not c.measures:
        return False
    last = max(mm.since for mm in c.measures)
    return s.month - last < turns * s.campaign.turn_months


def _value_lobby(mind: Any, a: Action) -> tuple[float, list[str]]:
    """Press a wavering seat on a draft this nation wants; offer something only for its own
    draft, when the forecast says that seat's yes would carry a vote that may fail."""
    s = mind.s
    other, rid = a.args[:2]
    offer = offer_of(a)
    res = s.resolutions[rid]
    if _lobby_futile(mind, a):
        return FUTILE, []
    mine = mind.weigh(res)[0]  # ``support`` without its reasons, which go untold here
    theirs = mind.of(other).weigh(res)[0]
    if theirs > 8 or theirs < -40:
        return -50.0, []
    veto = 15 if other in permanent_members(s, res.org, res.body) else 0
    value = 20.0 + veto + mine / 4
    reasons = [f"{s.campaign.nation(other).name} is wavering"]
    if offer == "none":
        return value, reasons
    if not mind.pivotal(res, other):
        return -50.0, reasons + ["the vote is not close enough to pay for it"]
    price = {"aid": 2 * AID_ECONOMY, "support": 8.0, "concession": 2 * CONCESSION_WILL}[offer]
    return (value + OFFERS[offer].chance / 2 - price - mind.frugal / 2,
            reasons + [f"its yes would carry our draft: we offer {OFFERS[offer].word}"])


def _offers_futile(nation: str, res: Resolution) -> bool:
    """An offer for a yes on ``res`` is out of the question for ``nation``: the draft is not
    its own (``_lobby_futile``; the lean listing does not build such offers)."""
    return nation not in (res.sponsor, *res.cosponsors)


def _lobby_futile(mind: Any, a: Action) -> bool:
    """A lobbying out of the question: an offer on a draft that is not this nation's own, or
    pressure for a draft it does not want enough (``LOBBY_FROM``). Most of a debate's
    lobbying candidates (every seat, every offer, every draft) are such."""
    res = mind.s.resolutions[a.args[1]]
    if offer_of(a) != "none" and _offers_futile(mind.me, res):
        return True
    return bool(mind.weigh(res)[0] < LOBBY_FROM)  # ``support`` without its reasons


def _lobby_ceiling(mind: Any, a: Action) -> float:
    """``Order.ceiling`` of a lobbying: ``FUTILE`` when it is out of the question."""
    return FUTILE if _lobby_futile(mind, a) else math.inf


LOBBY_FROM = 30.0
"""The support for a draft from which a member lobbies for it."""


def _value_emergency(mind: Any, a: Action) -> tuple[float, list[str]]:
    res = mind.s.resolution(a.args[0])
    if res is None:
        return -100.0, []
    caller = _caller(mind.s, res)
    if caller is not None and caller != mind.me:
        return -50.0, [f"{mind.s.campaign.nation(caller).name} will call the session"]
    value, reasons = mind.support(res)
    return value - 10 + mind.multi, reasons + ["the veto should not have the last word"]


def _caller(s: GameState, vetoed: Resolution) -> str | None:
    """Who is expected to call the emergency session on a vetoed draft, from what all can
    see: its sponsor, else the strongest member that voted for it. Everyone else leaves it
    to them, so one call is made, not dozens that lapse."""
    members = s.orgs[vetoed.org].members
    for sponsor in (vetoed.sponsor, *vetoed.cosponsors):
        if sponsor in members:
            return sponsor
    yes = [n for n, b in vetoed.ballots if b == "yes" and n in members]
    return min(yes, key=lambda n: (-(s.nations[n].military + s.nations[n].economy), n),
               default=None)


def _value_pledge(mind: Any, a: Action) -> tuple[float, list[str]]:
    s = mind.s
    what, target = a.args
    if what == "money" and target in s.missions:
        return _value_funding(mind, s.missions[target])
    if what == "money":  # paid from what it can spare: above the rich line and its start
        spare = mind.n.economy - max(RICH, mind.d.economy)
        return spare / 2 + mind.multi - mind.frugal - 5, ["influence follows money"]
    return _value_troops(mind, s.missions[target])


RICH = 50
"""The economy from which a nation pays into an organisation's budget for the weight it buys
there (``_value_pledge``). It pays from what it can spare above that and above where its
economy started: a payment that takes its economy below its start is a loss the score counts,
for a lobbying weight of about a point a payment (``policy.lobby_weight``). Valued from 50 alone,
Britain paid into the League's budget nearly every turn, 84 points of economy in one game,
and ended the campaign bankrupt."""
NATIONAL_STAKE = 0.5
"""The share of a nation's concern for a crisis that its government will pay for in soldiers:
a vote costs words, a contingent costs lives, and only the nation's own stake sends them."""
TROOP_PRICE = 20
"""What sending a contingent abroad weighs before any danger: the soldiers are not at home."""
HOSTAGES = 12
"""What a contingent weighs more a stage of fighting when it would stand between an armed
aggressor and its object with no force authorised behind it (UNPROFOR's soldiers chained
to Serb targets as hostages, May 1995; the Dutch would not return to such a mandate)."""


def _value_troops(mind: Any, mission: Mission) -> tuple[float, list[str]]:
    """A troop pledge is a national price weighed against national interest: a government
    sends soldiers as far as its own stake in the crisis (its concern, of which distance and
    ties are part) outweighs the price of the contingent, the danger to it - an armed
    aggressor and no enforcement mandate - and the memory of recent losses (Washington after
    Mogadishu, Rwanda 1994); no one sends more once the mission has the troops it needs.
    Observers sent to watch an accord its parties asked for (``consent.watching``) face no
    one and cost only their upkeep (Res 872's UNAMIR, October 1993: some 2,500 soldiers from
    two dozen countries within months), and are manned up to the force authorised
    (``ceiling``), not only the few a quiet accord needs to be watched: the parties asked for
    the force their accord describes (Res 872 authorised 2,548). The guard of a safe area its
    besieger agreed to (``enclaves.watched``) faces no one either, and is manned up to the
    light force that watches it (Canada's company of some 150 in Srebrenica, April 1993, sent
    under the demilitarisation Mladic had signed). A nation whose contingent already serves
    with the mission pays neither the contingent's price again (its soldiers are already away from
    home) nor the hostages' danger (they already stand in the way, and only a force that
    holds makes them safe): it weighs reinforcing them by its stake and the losses alone
    (Ghana's battalion stayed with Dallaire in April 1994; Britain and France, whose soldiers
    had been taken hostage in May 1995, sent the Rapid Reaction Force in June)."""
    s = mind.s
    c = s.crises[mission.crisis]
    light = mission.mandate == "protect" and watched(s, c)
    asked = mission.mandate == "observe" and watching(s, c)
    wanted = ceiling(s, mission) if asked else mission_need(s, c, mission.mandate)
    unopposed = asked or light  # its soldiers would face no one: no contingent's price
    gap = max(0, wanted - mission.strength)
    if gap == 0:
        return -50.0, [f"mission {mission.id} has the troops it needs: others carry the load"]
    value, reasons = mind.concern(c)
    units = pledge_size(s, mind.me)
    there = any(who == mind.me for who, _ in mission.pledges)
    value = value * NATIONAL_STAKE + min(units, gap) - (0 if unopposed or there else TROOP_PRICE) \
        - mind.frugal
    reasons.append(f"mission {mission.id} is {gap} short")
    if light:
        reasons.append("the besieger agreed to the safe area: our soldiers would watch it")
    elif asked:
        reasons.append("the parties asked for the force: our soldiers would face no one")
    elif there:
        reasons.append("our contingent is already there: we would reinforce it")
    if mission.mandate in INTERPOSING and c.stage >= 2 and not covered(s, c) and not there \
            and not light:  # a guard the besieger agreed to is no one's hostage
        value -= HOSTAGES * (c.stage - 1)
        reasons.append("our soldiers would stand lightly armed in the way of an army, with no "
                       "force authorised behind them")
    part = mind.goal_part(c.id, "troops")
    if part is not None:
        value += part[0]
        reasons.append(part[1])
    lost = units * MISSION_RISK[mission.mandate] * max(0, c.stage - 1)
    value -= mind.running(economy=lost * 1.5, upkeep=1)
    if lost >= 0.5:
        reasons.append(f"we would lose about {lost:.1f} units a turn")
    if wary := mind.wary():
        value += wary[0]
        reasons.append(wary[1])
    return value, reasons


def _value_funding(mind: Any, mission: Mission) -> tuple[float, list[str]]:
    """Pay into a peacebuilding mission while the peace is at risk and the money still
    lowers it: the richer and the closer to the parties, the more (influence follows
    money); and, for the hard AI, when an objective of its own asks for its money there
    (Canada paid for the African Union's mission in Darfur, 2004-07)."""
    s = mind.s
    c = s.crises[mission.crisis]
    if mission.money * peacebuilding.MONEY_CUT >= peacebuilding.MAX_MONEY_CUT:
        return -50.0, [f"mission {mission.id} has the money it can use"]
    risk = peacebuilding.relapse_risk(s, c)
    value, reasons = mind.concern(c)
    value = value / 2 + risk + (mind.n.economy - 50) / 2 - mind.frugal - 10
    value -= 2 * peacebuilding.MONEY_COST
    reasons += [f"the peace in {c.name} may fail ({risk}% a turn)", "influence follows money"]
    part = mind.goal_part(c.id, "money")
    if part is not None:
        value += part[0]
        reasons.append(part[1])
    return value, reasons


RECALL_WILL = 25
"""Below this will, an AI nation whose peacekeepers are under fire brings them home."""


def _value_recall(mind: Any, a: Action) -> tuple[float, list[str]]:
    """Bring the contingent home when the public will not bear the losses: will below
    ``RECALL_WILL``, or soldiers lost lately (``Mind.wary``), with the crisis at war
    (Belgium, April 1994, after ten of its paratroopers were killed in Kigali)."""
    mission = mind.s.missions[a.args[0]]
    c = mind.s.crises[mission.crisis]
    wary = mind.wary()
    if mind.n.will >= RECALL_WILL and wary is None or c.stage < 3 or not c.active:
        return -50.0, []
    value = 2 * (RECALL_WILL - mind.n.will) + 10 * (c.stage - 2) - mind.multi - 10
    if wary is None:
        return value, [f"our public will not bear more losses in {c.name}"]
    return value - wary[0], [wary[1]]


def _value_leave(mind: Any, a: Action) -> tuple[float, list[str]]:
    s, org = mind.s, a.args[0]
    against = [c for c in s.crises.values() if c.active and c.aggressor == mind.me and any(
        mm.org == org and mm.kind in ("condemn", "sanctions") for mm in c.measures)]
    if not against:
        return -100.0, []
    measures = sum(1 for c in against for mm in c.measures if mm.org == org)
    return (mind.n.orientation - 70 + mind.greed / 2 + 8 * measures - 10,
            ["the organisation has condemned us"])


# --- expected consequences (the tooltips) -------------------------------------------------

def _expect_table(state: GameState, a: Action) -> tuple[Expected, ...]:
    """What the draft does if adopted with the sponsor's vote (``measures.adopt``), and for
    sanctions and their lifting a turn of the crisis after: the trade the sponsor gives up
    or wins back, how hard the sanctions bite the target."""
    org, body = a.args[0].split(".", 1)
    kind, subject = a.args[1], a.args[2]
    draft = Resolution("?", org, body, a.nation, kind, subject,
                       tuple(sorted(a.params().items())), state.turn, ballots=((a.nation, "yes"),))
    after = applied(state, lambda ctx: adopt(ctx, draft))
    out = changes(state, after, "if adopted")
    found = state.measure(subject) if kind == "lift" else None
    crisis = found[0] if found else state.crises.get(subject)
    if kind in ("sanctions", "lift") and crisis is not None:
        out += a_turn_of(state, after, crisis.id, (a.nation, crisis.aggressor),
                         "a turn if adopted")
    return out


def _expect_pledge(state: GameState, a: Action) -> tuple[Expected, ...]:
    """Its effect now; for troops, the units no longer available elsewhere, the mission's
    strength against its need, the commitment's upkeep and a turn of losses in the fighting."""
    after = applied(state, lambda ctx: _pledge(ctx, a))
    out = (*changes(state, after), *upkeep(state, after, a.nation))
    if a.args[0] != "troops":
        return out
    mission = state.missions[a.args[1]]
    size = pledge_size(state, a.nation)
    need = mission_need(state, state.crises[mission.crisis], mission.mandate)
    return (*out, Expected("units", -size, a.nation, when="while they serve"),
            Expected("strength", size, mission.id, cause=f"{mission.strength + size} of the "
                     f"{need} its mandate needs"),
            *a_turn_of(state, after, mission.crisis, (a.nation,), "a turn of fighting"))


# --- labels ------------------------------------------------------------------------------

def _label_table(state: Readable, a: Action) -> str:
    p = a.positional()
    return f"{body_name(state, p[0])}: {resolution_text(state, p[1], p[2], a.params())}"


def _label_pledge(state: Readable, a: Action) -> str:
    if a.args[0] == "money" and a.args[1] in state.missions:
        return f"Pledge money to peacebuilding mission {a.args[1]}"
    if a.args[0] == "money":
        return f"Pledge money to {the_org(state.campaign, a.args[1])}"
    mission = state.missions.get(a.args[1])
    where = crisis_name(state, mission.crisis) if mission else a.args[1]
    return f"Pledge troops to mission {a.args[1]} ({where})"


def _label_lobby(state: Readable, a: Action) -> str:
    offer = offer_of(a)
    text = f"Lobby {nation_name(state, a.args[0])} on {a.args[1]}"
    return text if offer == "none" else f"{text}, offering {OFFERS[offer].word}"


def _tip_lobby(a: Action) -> str:
    offer = offer_of(a)
    if offer == "none":
        return ("Press a member to vote your way on this resolution (private). It may refuse: "
                "the capital is spent either way, and you learn its answer before the vote.")
    return (f"Press a member to vote your way, offering {OFFERS[offer].word} (private): a yes "
            f"is likelier, and an accepted offer weighs more on its vote. Price: "
            f"{OFFERS[offer].price}. It may still refuse; you learn its answer before the vote.")


def _tip_table(a: Action) -> str:
    return KIND_TIPS.get(a.positional()[1], "Table a resolution.")


ORDERS = (
    Order("table", "table ORG.BODY KIND SUBJECT [key=value ...]", group="organisations",
          arity=(3, 6), cost=2, candidates=candidates, effect=_table, value=_value_table,
          label=_label_table, tip="Table a resolution.", tip_of=_tip_table,
          expect=_expect_table, cost_of=_cost_table, ceiling=_table_ceiling,
          lean=partial(candidates, lean=True)),
    Order("lobby", "lobby NATION RESOLUTION [OFFER]", group="organisations", arity=(2, 3),
          cost=1, candidates=lobbying, phase="debate", effect=_lobby, value=_value_lobby,
          ceiling=_lobby_ceiling, lean=partial(lobbying, lean=True),
          label=_label_lobby, tip="Press a member to vote your way on this resolution "
          "(private); it may refuse. An OFFER (aid, support or concession) makes a yes likelier, "
          "at a price.", tip_of=_tip_lobby),
    Order("emergency", "emergency RESOLUTION", group="organisations", arity=(1, 1), cost=2,
          candidates=candidates, effect=_emergency, value=_value_emergency,
          label=lambda state, a: f"Emergency Assembly session on vetoed {a.args[0]}",
          tip="Uniting for Peace: ask for an emergency special session on a vetoed question."),
    Order("pledge", "pledge troops MISSION, pledge money ORG/MISSION", group="organisations",
          arity=(2, 2), cost=1, candidates=candidates, effect=_pledge, value=_value_pledge,
          label=_label_pledge,
          tip="Support with troops or money: money buys weight in the organisation, or pays "
              "for a peacebuilding mission and wins the parties' favour.", will=30,
          will_for="troops", expect=_expect_pledge),
    Order("recall", "recall MISSION", group="organisations", arity=(1, 1), cost=1,
          candidates=candidates, effect=_recall, value=_value_recall,
          label=lambda state, a: f"Withdraw your troops from mission {a.args[0]}",
          tip="Bring your contingent home. The mission loses those units; in a crisis that is "
              f"fighting you lose {RECALL_LEGITIMACY} legitimacy, and in an atrocity crisis the "
              "killers read the cut as a free hand."),
    Order("boycott", "boycott ORG.BODY", group="organisations", arity=(1, 1), cost=1,
          candidates=candidates, effect=_boycott, value=unwanted,
          label=lambda state, a: f"Boycott the {body_name(state, a.args[0])}",
          tip="Stay away from this body: your absence is not a veto."),
    Order("return", "return ORG.BODY", group="organisations", arity=(1, 1), cost=0,
          candidates=candidates, effect=_boycott, value=unwanted,
          label=lambda state, a: f"Return to the {body_name(state, a.args[0])}",
          tip="Take your seat again."),
    Order("leave", "leave ORG", group="organisations", arity=(1, 1), cost=1, candidates=candidates,
          effect=_leave, value=_value_leave,
          label=lambda state, a: f"Leave {the_org(state.campaign, a.args[0])}",
          tip="Walk out of the organisation (where its charter asks for notice, you stay away "
              "until the notice runs out). Its credibility falls."),
    Order("stay", "stay ORG", group="organisations", arity=(1, 1), cost=1, candidates=candidates,
          effect=_stay, value=unwanted,
          label=lambda state, a: f"Withdraw the notice: stay in {the_org(state.campaign, a.args[0])}",
          tip="Withdraw your notice of withdrawal and take your seats again."),
)
