"""The automatic phases: the orders carried out together, the debate, sessions, crisis
dynamics, consequences and the news of the next turn. They run when the last nation has given
its orders, lobbied or cast its ballots."""

from __future__ import annotations

from dataclasses import replace

from . import fortune
from .atrocities import refused
from .bodies import body_def, count, crisis_of, is_absent, left_out, seated
from .commitments import watch
from .context import Ctx
from .crises import step_all
from .gauges import distance_km
from .hostages import release
from .mandates import lapse, renewal_due
from .measures import adopt
from .model import ATROCITY_KINDS, EventDef, SetFlag
from .orders import describe, resolve_orders
from .orders.organisations import settle_bargains
from .scoring import compute_scores, defeated
from .script import holds, perform
from .state import CrisisState, GameState, NationState, Snapshot, renewed

CAPITAL_CAP = 15
"""The most diplomatic capital a nation can hold: income past it is lost."""
ALERT_UNITS = 30
"""Military kept on alert over a crisis for each point of economy it costs a turn: an army is
paid for by its size (Israel's call-up of its reserves in May 1967 stilled its economy within
weeks; a small standing army on alert costs little more than its barracks)."""
STRAINED_WILL = 0.5
"""Will a turn for each point of a mobilisation's upkeep (at least one) once the economy is
below where it started: the price is felt at home (the reservists called up over Berlin in
1961 idled in their camps and complained loudly until they were sent home in 1962)."""


def mobilisation_upkeep(n: NationState) -> int:
    """Economy a turn that keeping ``n``'s army mobilised over one crisis still going costs:
    a point per ALERT_UNITS of its military, at least one."""
    return max(1, round(n.military / ALERT_UNITS))


def capital_income(n: NationState) -> int:
    """Capital a nation earns a turn: a little by right, more from a strong economy and a good
    name (2 to 10)."""
    return 2 + n.economy // 20 + n.legitimacy // 30


def commitments(s: GameState, code: str) -> int:
    """Commitments that need diplomatic upkeep a turn: each intervention in a crisis going on,
    and each mission in the field holding the nation's troops (allies to reassure, hosts and
    sceptics at home to answer)."""
    fighting = sum(1 for c in s.crises.values() if c.active
                   and (any(who == code for who, _ in c.interveners) or code in c.backers))
    serving = sum(1 for m in s.missions.values() if m.status == "active"
                  and any(who == code and units for who, units in m.pledges))
    return fighting + serving


def bank_capital(ctx: Ctx, code: str) -> None:
    """A turn's capital: half of what was left unspent fades (favours not called in are
    forgotten), income comes in, commitments are paid for; commitments beyond what the
    nation can pay cost it will instead."""
    s = ctx.state
    n = s.nations[code]
    owed = commitments(s, code)
    available = n.capital - n.capital // 2 + capital_income(n)
    if owed > available:
        ctx.adjust(code, "will", available - owed, "commitments beyond its diplomatic means")
        n = s.nations[code]
    s.nations[code] = renewed(n, capital=max(0, min(CAPITAL_CAP, available - owed)))


def on_war_footing(s: GameState, code: str) -> int:
    """The crises still going over which ``code`` keeps its army mobilised or fights: an army
    at war is at least an army on alert, and pays its upkeep once per crisis (Nigeria, which
    bore most of ECOMOG's cost in Sierra Leone, began taking its troops home in 1999,
    pleading the expense)."""
    n = s.nations[code]
    return sum(1 for cid, c in s.crises.items() if c.active and (
        cid in n.mobilised or any(who == code for who, _ in c.interveners)
        or code in c.backers))


def keep_mobilised(ctx: Ctx, code: str) -> None:
    """A turn of every army kept mobilised or fighting over a crisis still going
    (``on_war_footing``): its upkeep from the economy, and when the economy was already below
    where it started, from the will at home as well (as sanctions' lost trade is: economy,
    then will)."""
    s = ctx.state
    n = s.nations[code]
    engaged = on_war_footing(s, code)
    if not engaged:
        return
    owed = mobilisation_upkeep(n) * engaged
    ctx.adjust(code, "economy", -owed, "an army kept mobilised")
    if n.economy < s.campaign.nation(code).economy:
        ctx.adjust(code, "will", -max(1, STRAINED_WILL * owed),
                   "an army kept mobilised on a strained economy")


def advance(ctx: Ctx) -> None:
    """Move the game on as far as it goes without another nation's input."""
    s = ctx.state
    if s.phase not in ("orders", "debate", "voting") or _waits(ctx):
        return
    s.done = ()
    resolve_orders(ctx)
    if s.phase == "orders" and any(r.status == "tabled" for r in s.resolutions.values()):
        s.phase = "debate"
        ctx.emit("phase", "The drafts are circulated: members may lobby before the vote.")
        if _waits(ctx):
            return
    if s.phase == "voting":
        sessions(ctx)
    while any(r.status == "tabled" for r in s.resolutions.values()):
        # the agenda, or an emergency session called by a referral just adopted
        s.phase = "voting"
        ctx.emit("phase", "The bodies meet: ballots are cast in secret.")
        if _waits(ctx):
            return
        sessions(ctx)
    _close_turn(ctx)


def _waits(ctx: Ctx) -> bool:
    """Whether a nation must still act in this phase; if so it is kept (``Ctx.next``), for
    the session asks who acts next after every action and the answer is already known."""
    ctx.next = ctx.state.next_to_act()
    return ctx.next is not None


def _close_turn(ctx: Ctx) -> None:
    s = ctx.state
    step_all(ctx)
    release(ctx)
    watch(ctx)
    consequences(ctx)
    if s.turn + 1 >= s.campaign.turns:
        s.phase = "over"
        ctx.emit("over", "The campaign ends.", scores=s.scores)
        return
    s.turn += 1
    s.month += s.campaign.turn_months
    s.phase = "orders"
    news(ctx)


def sessions(ctx: Ctx) -> None:
    """Each body with items votes; all ballots are revealed at once."""
    s = ctx.state
    for rid in [r for r, res in s.resolutions.items() if res.status == "tabled"]:
        res = s.resolutions[rid]
        bdef = body_def(s, res.org, res.body)
        ballots = dict(res.ballots)
        for nation in seated(s, res.org, res.body):
            if is_absent(s, nation, res.org, res.body) or nation not in ballots:
                ballots[nation] = "absent"
        # in seat order, not the order the sealed ballots came in
        ballots = {n: ballots[n] for n in seated(s, res.org, res.body) if n in ballots}
        crisis = crisis_of(s, res)
        excluded = left_out(s, res)
        decision = count(s, res, ballots)
        status = "adopted" if decision.adopted else ("vetoed" if decision.vetoed_by else "failed")
        if decision.adopted and (res.emergency or not bdef.binding) and res.kind not in (
                "admit", "expel", "suspend", "refer_to_assembly"):
            status = "recommended" if res.emergency else "adopted"
        res = replace(res, ballots=tuple(ballots.items()), status=status,
                      vetoed_by=decision.vetoed_by, reason=decision.reason)
        s.resolutions[rid] = res
        t = decision.tally
        ctx.emit("vote", f"{bdef.name}: {describe(s, res)} — yes {t['yes']}, no {t['no']}, "
                 f"abstain {t['abstain']}, absent {t['absent']}: {status.upper()} "
                 f"({decision.reason}).", resolution=rid, org=res.org, body=res.body,
                 status=status, ballots=tuple(ballots.items()), vetoed_by=decision.vetoed_by,
                 excluded=tuple(sorted(excluded)))
        settle_bargains(ctx, res)
        refused(ctx, res)
        if status in ("adopted", "recommended"):
            adopt(ctx, res)
        elif res.param("renew"):
            lapse(ctx, res)
        elif crisis is not None and crisis.active and res.kind != "lift":
            ctx.update_crisis(crisis.id, resolve=min(100, crisis.resolve + 3))
        if decision.vetoed_by:
            ctx.credibility(res.org, -4, f"veto by {', '.join(decision.vetoed_by)}")
    s.archive = s.archive + tuple(r for r in s.resolutions.values() if r.status != "tabled")
    s.resolutions = {r: res for r, res in s.resolutions.items() if res.status == "tabled"}


OPINION_SETTLES = 0.15
"""The share of its distance to where it started that a nation's will recovers each turn."""
MEMORIES_FADE = 0.1
"""The share of its distance to where it started that a nation's legitimacy recovers each
turn: the world forgets a wrong, or a deed, more slowly than a public its mood."""


def consequences(ctx: Ctx) -> None:
    """Will, legitimacy and stability drift; capital is earned; tension moves; scores."""
    s = ctx.state
    active = [c for c in s.crises.values() if c.active]
    for code in s.existing():
        d = s.campaign.nation(code)
        n = s.nations[code]
        ctx.adjust(code, "will", (d.will - n.will) * OPINION_SETTLES, "opinion settles")
        ctx.adjust(code, "legitimacy", (d.legitimacy - n.legitimacy) * MEMORIES_FADE,
                   "memories fade")
        threat = sum(1 for c in active if c.stage >= 3 and c.aggressor != code
                     and distance_km(d.capital_lonlat, c.location) < 1500)
        if threat:
            ctx.adjust(code, "will", 2 * threat, "war close to home")
        horror = sum(1 for c in active if c.kind in ATROCITY_KINDS and c.stage >= 2)
        if horror and s.ideology(code) == "liberal_democracy":
            ctx.adjust(code, "will", min(3, horror), "reports of atrocities")
        if n.will < 20:
            ctx.adjust(code, "stability", -1, "a government without support")
        keep_mobilised(ctx, code)
        bank_capital(ctx, code)
    for org_id in s.orgs:
        if s.campaign.org(org_id).kind != "universal":
            continue
        unpunished = [c for c in active if c.stage >= 3 and c.org == org_id and not c.measures]
        if unpunished:
            ctx.credibility(org_id, -len(unpunished), "aggression goes unpunished")
    universal = [o.credibility for o in s.orgs.values()
                 if s.campaign.org(o.id).kind == "universal" and o.members]
    avg_cred = sum(universal) / len(universal) if universal else 50
    target = min(100, 15 + 6 * sum(c.stage for c in active) + max(0, 50 - avg_cred) / 2)
    # tension drifts toward what the world is
    ctx.tension((target - s.tension) * 0.3, drift_cause(target, active, avg_cred))
    for oid, offer in s.offers.items():
        if offer.status == "pending" and s.turn - offer.turn >= 2:
            s.offers[oid] = replace(offer, status="expired")
    s.scores = compute_scores(s)
    for code in defeated(s):
        flag = f"defeated_{code}"
        if flag not in s.flags:
            perform(ctx, SetFlag(flag), "defeat")
            ctx.emit("defeat", f"{ctx.name(code)} is defeated.", nation=code)
    s.history = s.history + (snapshot(s),)


def drift_cause(target: float, active: list[CrisisState], avg_cred: float) -> str:
    """Why tension drifts: the level the world's crises and its organisations' credibility
    point to."""
    crises = (f"{len(active)} active {'crisis' if len(active) == 1 else 'crises'} at stages "
              f"totalling {sum(c.stage for c in active)}" if active else "no active crisis")
    return (f"drift towards {round(target)} ({crises}; the universal organisations' "
            f"credibility {round(avg_cred)})")


def snapshot(s: GameState) -> Snapshot:
    return Snapshot(
        s.month, s.tension, tuple((o.id, o.credibility) for o in s.orgs.values()),
        tuple((c, n.will) for c, n in s.nations.items() if n.exists),
        tuple((c, n.legitimacy) for c, n in s.nations.items() if n.exists))


def news(ctx: Ctx) -> None:
    """The start of a turn: new states, memberships by date, scripted events."""
    s = ctx.state
    s.last_ledger, s.ledger, s.acted = s.ledger, (), ()
    prev = s.month - s.campaign.turn_months
    for d in s.campaign.nations:
        n = s.nations[d.code]
        if d.exists_from is not None and prev < d.exists_from <= s.month and not n.exists \
                and not n.conquered:
            s.nations[d.code] = replace(n, exists=True)
            ctx.emit("nation", f"{d.name} appears as a state.", nation=d.code)
        if d.exists_until is not None and prev < d.exists_until <= s.month and n.exists:
            s.nations[d.code] = replace(n, exists=False)
            for org in list(s.orgs):
                ctx.leave(d.code, org, " as it ceases to exist")
            ctx.emit("nation", f"{d.name} ceases to exist as a state.", nation=d.code)
    for odef in s.campaign.organisations:
        for nation, until in s.orgs[odef.id].notices:
            if until <= s.month:
                ctx.leave(nation, odef.id, " as its notice runs out")
        for span in odef.members:
            if span.start is not None and prev < span.start <= s.month:
                ctx.join(span.nation, odef.id)
            if span.end is not None and prev < span.end <= s.month:
                ctx.leave(span.nation, odef.id)
    for event in s.campaign.events:
        due = dict(s.pending).get(event.id)
        if due is not None:
            if due <= s.turn:
                s.pending = tuple(p for p in s.pending if p[0] != event.id)
                fire(ctx, event)
            continue
        if not ready(s, event) or not holds(s, fortune.trigger(s.seed, s.campaign, event)):
            continue
        if event.chance < 100 and ctx.draw(f"event:{event.id}") > event.chance:
            continue
        if event.delay:
            s.pending = s.pending + ((event.id, s.turn + event.delay),)
        else:
            fire(ctx, event)
    renewal_due(ctx)


def ready(s: GameState, event: EventDef) -> bool:
    """Whether an event may fire again: a ``once`` event that has not; a repeating one when
    ``every`` turns have passed since it last did."""
    if event.every:
        last = dict(s.last_fired).get(event.id)
        return last is None or s.turn - last >= event.every
    return not (event.once and event.id in s.fired)


def fire(ctx: Ctx, event: EventDef) -> None:
    s = ctx.state
    if event.id not in s.fired:
        s.fired = s.fired + (event.id,)
    if event.every:
        s.last_fired = tuple(x for x in s.last_fired if x[0] != event.id) + ((event.id, s.turn),)
    ctx.emit("news", f"{event.title}. {event.text}".strip(), event=event.id)
    for effect in event.effects:
        perform(ctx, effect, event.title)
    if event.choice and s.nations[event.choice.nation].exists:
        nation = event.choice.nation
        s.choices[nation] = s.choices.get(nation, ()) + (event.id,)
        ctx.emit("decision", f"{ctx.name(nation)} must decide: {event.choice.prompt}",
                 (nation,), event=event.id, nation=nation)
