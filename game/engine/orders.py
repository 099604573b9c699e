"""What each order does to the state when it is given (before the sessions and the turn)."""

from __future__ import annotations

from dataclasses import replace

from . import model as m
from .actions import Action, parse_action
from .context import Ctx
from .gauges import force, reach
from .legal import COST, ONCE_A_TURN, key_of, lapsed
from .measures import pledge_size
from .rng import rng_for
from .script import perform
from .state import Offer, Resolution
from .wording import TREATY_NAMES, the


IMMEDIATE = frozenset({"end", "vote"})
"""Taken at once: ending one's phase, and a sealed ballot (revealed only at the count)."""

RESOLUTION_ORDER = (
    "choose", "accept", "decline", "rally", "rearm", "invest", "recognise", "improve",
    "denounce", "aid", "propose", "threaten", "mobilise", "close", "escalate", "backdown",
    "press", "intervene", "stay", "leave", "boycott", "return", "pledge", "table", "emergency",
    "lobby")
"""The order in which a phase's orders are carried out: answers to events, then home,
diplomacy, force, and last the organisations' agendas — a walk-out before a draft, and a
council's own referral to the assembly before members' calls for an emergency session."""


def give(ctx: Ctx, a: Action) -> None:
    """A legal order: pay for it, remember it, then its effect — at once for a ballot or the
    end of one's phase, otherwise when the phase's orders are resolved together."""
    s = ctx.state
    n = s.nations[a.nation]
    if COST[a.verb]:
        s.nations[a.nation] = replace(n, capital=n.capital - COST[a.verb])
    if a.verb in ONCE_A_TURN:  # kept sorted: the record of a turn never shows who was first
        s.acted = tuple(sorted((*s.acted, key_of(a))))
    if a.verb in IMMEDIATE:
        HANDLERS[a.verb](ctx, a)
        return
    if a.verb == "choose":  # answered: the turn may end, the answer's effects come in turn
        left = tuple(e for e in s.choices[a.nation] if e != a.args[0])
        s.choices = {k: v for k, v in s.choices.items() if k != a.nation}
        if left:
            s.choices[a.nation] = left
    s.orders = s.orders + (a.text(),)


def resolve_orders(ctx: Ctx) -> None:
    """Carry out the phase's orders together: by kind of order, then nations in an order
    drawn afresh each turn from the seed — never in the order they were given. An order the
    world no longer allows (the same draft tabled by another first) lapses, and its
    diplomatic capital is returned."""
    s = ctx.state
    queued, s.orders = [parse_action(t) for t in s.orders], ()
    if not queued:
        return
    nations = sorted(s.nations)
    rng_for(s.seed, s.turn, f"order of resolution {s.phase}").shuffle(nations)
    rank = {code: i for i, code in enumerate(nations)}
    queued.sort(key=lambda a: (RESOLUTION_ORDER.index(a.verb), rank[a.nation], a.args))
    for a in queued:
        reason = lapsed(s, a)
        if reason is None:
            HANDLERS[a.verb](ctx, a)
            continue
        n = s.nations[a.nation]
        s.nations[a.nation] = replace(n, capital=n.capital + COST[a.verb])
        ctx.emit("lapsed", f"{ctx.name(a.nation)}'s order could not be carried out "
                 f"({reason}); its {COST[a.verb]} diplomatic capital is returned.",
                 (a.nation,), nation=a.nation, order=a.text())


def _improve(ctx: Ctx, a: Action) -> None:
    other = a.args[0]
    same = ctx.state.campaign.nation(a.nation).ideology == ctx.state.campaign.nation(other).ideology
    ctx.relate(a.nation, other, 10 if same else 7)
    # courting is done in the open: the relation it moves is public
    ctx.emit("courting", f"{ctx.name(a.nation)} courts {ctx.name(other)}.",
             nation=a.nation, other=other)


def _denounce(ctx: Ctx, a: Action) -> None:
    other = a.args[0]
    ctx.relate(a.nation, other, -12)
    ctx.adjust(other, "legitimacy", -2, f"denounced by {ctx.name(a.nation)}")
    ctx.tension(1, f"{ctx.name(a.nation)} denounces {ctx.name(other)}")
    ctx.emit("diplomacy", f"{ctx.name(a.nation)} denounces {ctx.name(other)}.",
             nation=a.nation, other=other)


def _threaten(ctx: Ctx, a: Action) -> None:
    s, other = ctx.state, a.args[0]
    ctx.relate(a.nation, other, -15)
    ctx.tension(2, f"{ctx.name(a.nation)} threatens {ctx.name(other)}")
    ctx.adjust(other, "will", 2, f"threatened by {ctx.name(a.nation)}")
    for cid, c in s.crises.items():
        if c.active and c.aggressor == other:
            weight = force(s, a.nation) * reach(s, a.nation, c) - force(s, other) * 0.3
            hit = max(0, round(weight / 8 / _crowd(s, f" threaten {other}")))
            ctx.update_crisis(cid, resolve=max(0, c.resolve - hit))
    ctx.emit("diplomacy", f"{ctx.name(a.nation)} threatens {ctx.name(other)}.",
             nation=a.nation, other=other)


def _aid(ctx: Ctx, a: Action) -> None:
    s, other = ctx.state, a.args[0]
    ctx.adjust(a.nation, "economy", -2, f"aid to {ctx.name(other)}")
    ctx.adjust(other, "economy", 3, f"aid from {ctx.name(a.nation)}")
    if any(c.active and other in c.victims for c in s.crises.values()):
        ctx.adjust(other, "military", 2, f"arms from {ctx.name(a.nation)}")
    ctx.relate(a.nation, other, 6)
    ctx.emit("diplomacy", f"{ctx.name(a.nation)} sends aid to {ctx.name(other)}.",
             nation=a.nation, other=other)


def _propose(ctx: Ctx, a: Action) -> None:
    s = ctx.state
    kind, other = a.args
    oid = s.next_id("O")
    s.offers[oid] = Offer(oid, a.nation, other, kind, s.turn)
    ctx.emit("offer", f"{ctx.name(a.nation)} offers {ctx.name(other)} {TREATY_NAMES[kind]} "
             f"({oid}).", (a.nation, other), offer=oid, nation=a.nation, other=other)


def _answer(ctx: Ctx, a: Action) -> None:
    s = ctx.state
    offer = s.offers[a.args[0]]
    accepted = a.verb == "accept"
    s.offers[offer.id] = replace(offer, status="accepted" if accepted else "declined")
    if accepted:
        ctx.relate(offer.sender, offer.receiver, 10)
        perform(ctx, m.SignTreaty(offer.kind, offer.sender, offer.receiver), "treaty")
    else:  # a refusal in private moves no public number
        ctx.emit("offer", f"{ctx.name(a.nation)} declines the offer of {TREATY_NAMES[offer.kind]}"
                 f" from {ctx.name(offer.sender)}.", (offer.sender, offer.receiver),
                 offer=offer.id)


def _recognise(ctx: Ctx, a: Action) -> None:
    s, other = ctx.state, a.args[0]
    n = s.nations[a.nation]
    s.nations[a.nation] = replace(n, recognised=n.recognised + (other,))
    ctx.relate(a.nation, other, 10)
    ctx.adjust(other, "legitimacy", 4, f"recognised by {ctx.name(a.nation)}")
    ctx.emit("diplomacy", f"{ctx.name(a.nation)} recognises {ctx.name(other)}.",
             nation=a.nation, other=other)


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
    from .bodies import assembly_of

    s = ctx.state
    assembly = assembly_of(s.campaign.org(vetoed.org))
    rid = s.next_id("R")
    params = tuple(sorted((*vetoed.params, ("from", vetoed.id))))
    res = Resolution(rid, vetoed.org, assembly.id, sponsor, vetoed.kind, vetoed.subject,
                     params, s.turn, emergency=True)
    s.resolutions[rid] = res
    ctx.emit("tabled", f"Emergency special session of {the(assembly.name)} on "
             f"{describe(s, res)} (vetoed as {vetoed.id}).", resolution=rid, org=vetoed.org,
             body=assembly.id)


def _emergency(ctx: Ctx, a: Action) -> None:
    table_emergency(ctx, ctx.state.resolution(a.args[0]), a.nation)


def _lobby(ctx: Ctx, a: Action) -> None:
    s = ctx.state
    other, rid = a.args
    res = s.resolutions[rid]
    # lobbying is private to the two: it moves no public number (the relation stays put)
    s.resolutions[rid] = replace(res, lobbied=res.lobbied + ((a.nation, other),))
    ctx.emit("lobby", f"{ctx.name(a.nation)} presses {ctx.name(other)} to vote for {rid}.",
             (a.nation, other), resolution=rid, nation=a.nation, other=other)


def _pledge(ctx: Ctx, a: Action) -> None:
    s = ctx.state
    what, target = a.args
    if what == "troops":
        mission = s.missions[target]
        size = pledge_size(s, a.nation)
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
        ctx.adjust(a.nation, "economy", -2, f"contribution to {the(s.campaign.org(target).name)}")
        # budgets are published: a contribution is public, like the figures it moves
        ctx.emit("pledge", f"{ctx.name(a.nation)} pays into "
                 f"{the(s.campaign.org(target).name)}'s budget.", org=target)


def _boycott(ctx: Ctx, a: Action) -> None:
    org, body = a.args[0].split(".", 1)
    perform(ctx, m.SetBoycott(a.nation, org, body, a.verb == "boycott"), "boycott")


def _leave(ctx: Ctx, a: Action) -> None:
    org = a.args[0]
    ctx.withdraw(a.nation, org, " in protest")
    ctx.credibility(org, -5, f"{ctx.name(a.nation)} walks out")


def _stay(ctx: Ctx, a: Action) -> None:
    ctx.keep_membership(a.nation, a.args[0])


def _domestic(ctx: Ctx, a: Action) -> None:
    nation = a.nation
    if a.verb == "rally":
        ctx.adjust(nation, "will", 8, "a campaign to rally opinion")
    elif a.verb == "rearm":
        ctx.adjust(nation, "military", 4, "rearmament")
        ctx.adjust(nation, "economy", -2, "rearmament")
        ctx.tension(1, "rearmament")  # who rearms is the rearming nation's secret
    else:
        ctx.adjust(nation, "economy", 3, "investment at home")
    ctx.emit("domestic", f"{ctx.name(nation)}: {a.verb}.", (nation,), nation=nation)


def _mobilise(ctx: Ctx, a: Action) -> None:
    s, cid = ctx.state, a.args[0]
    n = s.nations[a.nation]
    s.nations[a.nation] = replace(n, mobilised=n.mobilised + (cid,))
    ctx.adjust(a.nation, "will", -2, "mobilisation")
    c = s.crises[cid]
    hit = force(s, a.nation) * reach(s, a.nation, c) / 10 / _crowd(s, f" mobilise {cid}")
    ctx.update_crisis(cid, resolve=max(0, c.resolve - round(hit)))
    ctx.tension(1, f"{ctx.name(a.nation)} mobilises over {c.name}")
    ctx.emit("military", f"{ctx.name(a.nation)} mobilises over {c.name}.", crisis=cid,
             nation=a.nation)


def authority(ctx: Ctx, crisis_id: str) -> str:
    """The best authorisation of force in force: a universal body's, a regional one, none."""
    kinds = {ctx.state.campaign.org(mm.org).kind for mm in ctx.state.crises[crisis_id].measures
             if mm.kind == "enforcement"}
    if "universal" in kinds:
        return "universal"
    return "regional" if kinds else "none"


LEGITIMACY_COST = {"none": -15, "regional": -6, "universal": -1}


def _intervene(ctx: Ctx, a: Action) -> None:
    s, cid = ctx.state, a.args[0]
    c = s.crises[cid]
    auth = authority(ctx, cid)
    ctx.update_crisis(cid, interveners=c.interveners + ((a.nation, auth),))
    ctx.adjust(a.nation, "legitimacy", LEGITIMACY_COST[auth], f"force in {c.name} "
               f"({'without authority' if auth == 'none' else auth + ' authority'})")
    ctx.adjust(a.nation, "will", -5, f"intervention in {c.name}")
    ctx.relate(a.nation, c.aggressor, -25)
    if auth == "none":
        for org in s.orgs.values():
            if a.nation in org.members and s.campaign.org(org.id).kind == "universal":
                for member in org.members:
                    ctx.relate(a.nation, member, -3)
    ctx.tension(3, f"{ctx.name(a.nation)} intervenes in {c.name}")
    ctx.emit("military", f"{ctx.name(a.nation)} intervenes in {c.name} "
             f"({'without authority' if auth == 'none' else 'with ' + auth + ' authority'}).",
             crisis=cid, nation=a.nation, authority=auth)


def _crowd(state, suffix: str) -> int:
    """Diminishing returns: the nth threat (or mobilisation) of a turn counts 1/n as much."""
    return max(1, sum(1 for key in state.acted if key.endswith(suffix)))


def _close(ctx: Ctx, a: Action) -> None:
    s, point = ctx.state, a.args[0]
    for cid, c in s.crises.items():
        if c.active and c.chokepoint == point and point not in c.closed:
            ctx.update_crisis(cid, closed=c.closed + (point,))
            ctx.relate(a.nation, c.aggressor, -15)
    ctx.adjust(a.nation, "economy", -3, "closing " + the(_chokepoint_name(s, point)))
    ctx.emit("military", f"{ctx.name(a.nation)} closes {the(_chokepoint_name(s, point))}.",
             nation=a.nation, chokepoint=point)


def _chokepoint_name(s, point: str) -> str:
    return next((c.name for c in s.campaign.chokepoints if c.id == point), point)


def _intent(ctx: Ctx, a: Action) -> None:
    c = ctx.state.crises[a.args[0]]
    ctx.update_crisis(c.id, intent="escalate" if a.verb == "escalate" else "backdown")
    if a.verb == "backdown":
        ctx.emit("military", f"{ctx.name(a.nation)} signals it will back down in {c.name}.",
                 crisis=c.id)


def _press(ctx: Ctx, a: Action) -> None:
    s = ctx.state
    claim = next(c for c in s.campaign.nation(a.nation).claims if c.id == a.args[0])
    n = s.nations[a.nation]
    s.nations[a.nation] = replace(n, pressed=n.pressed + (claim.id,))
    cid = claim_crisis_id(a.nation, claim.id)
    c = s.crises[cid]
    orgs = [o for o in s.orgs if claim.target in s.orgs[o].members
            and s.campaign.org(o).kind == "universal"]
    if cid not in {d.id for d in s.campaign.crises}:
        ctx.update_crisis(cid, org=orgs[0] if orgs else "", stage=2,
                          resolve=min(100, 45 + claim.stake // 2 + n.orientation // 5))
    ctx.start_crisis(c.id)
    ctx.adjust(a.nation, "legitimacy", -10, f"pressing its claim: {claim.name}")
    for t in s.treaties_of(a.nation, "non_aggression"):
        if claim.target in (t.a, t.b):
            s.treaties = tuple(x for x in s.treaties if x != t)
            ctx.adjust(a.nation, "legitimacy", -10, "breaking a non-aggression pact")
            ctx.emit("treaty", f"{ctx.name(a.nation)} tears up its non-aggression pact with "
                     f"{ctx.name(claim.target)}.", nation=a.nation)


def claim_crisis_id(nation: str, claim_id: str) -> str:
    return f"{nation.lower()}_{claim_id}"


def _choose(ctx: Ctx, a: Action) -> None:
    s = ctx.state
    event_id, option_id = a.args
    event = s.campaign.event(event_id)
    option = next(o for o in event.choice.options if o.id == option_id)
    ctx.emit("choice", f"{ctx.name(a.nation)} decides: {option.label}.", event=event_id,
             option=option_id, nation=a.nation)
    for effect in option.effects:
        perform(ctx, effect, event.title)


def _vote(ctx: Ctx, a: Action) -> None:
    s = ctx.state
    rid, ballot = a.args
    res = s.resolutions[rid]
    s.resolutions[rid] = replace(res, ballots=res.ballots + ((a.nation, ballot),))
    ctx.emit("ballot", f"{ctx.name(a.nation)} votes {ballot} on {rid}.", (a.nation,),
             resolution=rid)


def _end(ctx: Ctx, a: Action) -> None:
    ctx.state.done = ctx.state.done + (a.nation,)


def describe(state, res: Resolution) -> str:
    """A resolution in words: 'oil sanctions on Italy over the Abyssinian crisis (R4)'."""
    kind = res.kind.replace("_", " ")
    if res.kind in ("admit", "suspend", "expel"):
        return f"a motion to {kind} {state.campaign.nation(res.subject).name} ({res.id})"
    if res.kind == "refer_to_assembly":
        return f"a motion to refer {res.subject} to the assembly ({res.id})"
    if res.kind == "lift":
        inner = state.resolution(res.subject)
        what = describe(state, inner) if inner else res.subject
        return f"a motion to lift {what} ({res.id})"
    crisis = state.crises.get(res.subject)
    name = crisis.name if crisis else res.subject
    detail = res.param("type") or res.param("mandate")
    if res.kind == "sanctions":
        target = state.campaign.nation(crisis.aggressor).name if crisis else "?"
        return f"{detail} sanctions on {target} over {name} ({res.id})"
    article = f" under Article {res.param('article')}" if res.param("article") else ""
    return f"{(detail + ' ') if detail else ''}{kind} over {name}{article} ({res.id})"


HANDLERS = {
    "improve": _improve, "denounce": _denounce, "threaten": _threaten, "aid": _aid,
    "propose": _propose, "accept": _answer, "decline": _answer, "recognise": _recognise,
    "table": _table, "lobby": _lobby, "emergency": _emergency, "pledge": _pledge,
    "boycott": _boycott, "return": _boycott, "leave": _leave, "stay": _stay,
    "rally": _domestic,
    "rearm": _domestic, "invest": _domestic, "mobilise": _mobilise, "intervene": _intervene,
    "close": _close, "escalate": _intent, "backdown": _intent, "press": _press,
    "choose": _choose, "vote": _vote, "end": _end,
}
