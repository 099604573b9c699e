"""Orders of force: mobilise, intervene, close a chokepoint, and an aggressor's escalate,
back down and press a claim."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import replace
from typing import Any, TYPE_CHECKING

from ..actions import Action, act
from ..colonial import against_empire, overseas
from ..commitments import carried_out, deterrent, lines_open, standing_over
from ..context import Ctx
from ..enclaves import invites
from ..gauges import allies_of, consensus, distance_km, force, reach
from ..hostages import HOSTAGE_LEGITIMACY, seize, within_reach
from ..hostages import why_not as hostages_why_not
from ..measures import field_force
from ..model import ATROCITY_KINDS
from ..plebiscite import at_stake
from ..state import CrisisState, GameState
from ..view import PlayerView
from ..wording import possessive, the
from .base import (Expected, Option, Order, a_turn_of, applied, applied_noting, changes,
                   crowd, preview, upkeep)
from .demands import CALLED_URGE, refused
from .words import crisis_name

if TYPE_CHECKING:
    from ..state import Readable


def candidates(state: GameState, nation: str, focus: Action | None,
               among: Collection[str] | None) -> list[Option]:
    out: list[Option] = []
    n = state.nations[nation]
    for c in state.crises.values():
        if not c.active:
            continue
        if c.aggressor == nation:
            out.append((act(nation, "escalate", c.id),
                        "already at total war" if c.stage >= 4 else None))
            out.append((act(nation, "backdown", c.id), None))
            if within_reach(state, nation):
                out.append((act(nation, "seize", c.id), hostages_why_not(state, nation, c)))
            continue
        if nation in c.victims:
            continue  # a victim defends itself already: it fights with all it has
        out.append((act(nation, "mobilise", c.id),
                    "already mobilised" if c.id in n.mobilised else None))
        fighting = any(x == nation for x, _ in c.interveners)
        if c.id in n.mobilised:  # an army at war stands down only when its war ends
            out.append((act(nation, "demobilise", c.id),
                        "its army is fighting there" if fighting else None))
        reason = None
        if fighting:
            reason = "already intervening"
        elif c.stage < 2:
            reason = "there is no fighting to intervene in yet"
        elif n.military < 10:
            reason = "too weak to intervene"
        out.append((act(nation, "intervene", c.id), reason))
    dnation = state.campaign.nation(nation)
    for point in state.controls(nation):
        crises = [c for c in state.crises.values()
                  if c.active and c.chokepoint == point and point not in c.closed]
        out.append((act(nation, "close", point),
                    None if crises else "no aggressor depends on it now"))
    at_war = any(c.active and c.aggressor == nation for c in state.crises.values())
    for claim in dnation.claims:
        if claim.id in n.pressed:
            continue
        reason = None
        if not state.nations[claim.target].exists:
            reason = f"{state.campaign.nation(claim.target).name} no longer exists"
        elif at_war:
            reason = "already pressing another crisis"
        elif n.orientation < 40:
            reason = "your government does not seek changes by force"
        out.append((act(nation, "press", claim.id), reason))
    return out


# --- effects ---------------------------------------------------------------------------

def _mobilise(ctx: Ctx, a: Action) -> None:
    s, cid = ctx.state, a.args[0]
    n = s.nations[a.nation]
    s.nations[a.nation] = replace(n, mobilised=n.mobilised + (cid,))
    ctx.adjust(a.nation, "will", -2, "mobilisation")
    c = s.crises[cid]
    hit = mobilise_hit(s, a.nation, c, crowd(s, f" mobilise {cid}"))
    ctx.update_crisis(cid, resolve=max(0, c.resolve - hit))
    ctx.tension(1, f"{ctx.name(a.nation)} mobilises over {c.name}")
    ctx.emit("military", f"{ctx.name(a.nation)} mobilises over {c.name}.", crisis=cid,
             nation=a.nation)


def mobilise_hit(s: GameState, nation: str, c: CrisisState, nth: int = 1) -> int:
    """The resolve ``c``'s aggressor loses when ``nation`` mobilises over it, as the ``nth``
    mobilisation of the turn: the force it can bring to the crisis. The AI weighs the same
    (``planning.Outlook.pressure``)."""
    return round(field_force(s, nation) * reach(s, nation, c) / 10 / nth)


def _demobilise(ctx: Ctx, a: Action) -> None:
    """The army stands down: no more upkeep, and no longer counted in the crisis's balance;
    the aggressor reads it as the pressure coming off. Not while the army fights in the
    crisis (``candidates``): an intervener's army stays on a war footing until the war ends
    (the United States kept its forces in Korea called up until the armistice of 1953)."""
    s, cid = ctx.state, a.args[0]
    n = s.nations[a.nation]
    s.nations[a.nation] = replace(n, mobilised=tuple(x for x in n.mobilised if x != cid))
    c = s.crises[cid]
    ctx.update_crisis(cid, resolve=min(100, c.resolve + DEMOBILISE_RESOLVE))
    ctx.emit("military", f"{ctx.name(a.nation)} stands its forces down over {c.name}.",
             crisis=cid, nation=a.nation)


DEMOBILISE_RESOLVE = 3
"""The resolve an aggressor regains when a mobilised nation stands down."""


def authority(ctx: Ctx, crisis_id: str) -> str:
    """The best authorisation of force in force: a universal body's, a regional one, none."""
    kinds = {ctx.state.campaign.org(mm.org).kind for mm in ctx.state.crises[crisis_id].measures
             if mm.kind == "enforcement"}
    if "universal" in kinds:
        return "universal"
    return "regional" if kinds else "none"


LEGITIMACY_COST = {"none": -15, "regional": -6, "universal": -1}
"""What intervening costs in legitimacy, by the best authority in force."""
AUTHORITY_WORDS = {"none": "without authority", "regional": "with regional authority",
                   "universal": "with universal authority"}
"""An intervention's authority in words (the chronicle, the crisis panel)."""


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
             f"({AUTHORITY_WORDS[auth]}).",
             crisis=cid, nation=a.nation, authority=auth)


def _close(ctx: Ctx, a: Action) -> None:
    s, point = ctx.state, a.args[0]
    for cid, c in s.crises.items():
        if c.active and c.chokepoint == point and point not in c.closed:
            ctx.update_crisis(cid, closed=c.closed + (point,))
            ctx.relate(a.nation, c.aggressor, -15)
    ctx.adjust(a.nation, "economy", -3, "closing " + the(_chokepoint_name(s, point)))
    ctx.emit("military", f"{ctx.name(a.nation)} closes {the(_chokepoint_name(s, point))}.",
             nation=a.nation, chokepoint=point)


def _chokepoint_name(s: GameState, point: str) -> str:
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


# --- the AI's valuations -----------------------------------------------------------------

INTEREST_NEEDED = 15.0
"""The national interest a nation needs before it mobilises or draws a red line over a crisis
that is not its own: the army on alert and the word given have a price at home, which the
world's concern alone does not justify (eight nations drew lines over Goa, 1961, before)."""
NEIGHBOURHOOD_KM = 1000.0
"""A crisis this near the capital is on the nation's doorstep."""
DOORSTEP = 20.0
"""What a crisis on the doorstep is worth to a nation's interest."""
BLOC_RIVAL = 15.0
"""What the other bloc's gain is worth to a nation of the rival bloc (the Cold War)."""
BLOCLESS = ("none", "nonaligned")
"""Blocs with no rival: their gains and losses are no one's Cold War."""


def rival_blocs(state: GameState, mine: str, theirs: str) -> bool:
    """Whether a nation of bloc ``mine`` counts a gain of bloc ``theirs`` as its own loss: two
    different blocs, each with a rival, that the campaign names as rivals (``rivalries``;
    left out, any two blocs are, as in the Cold War's two camps). A world of many groupings is
    not one of two camps: Weimar Germany, disarmed and outside the League, had nothing to
    fear from a Greek raid on Bulgaria (Petrich, October 1925), nor Uruguay either."""
    if mine == theirs or mine in BLOCLESS or theirs in BLOCLESS:
        return False
    pairs = state.campaign.rivalries
    return pairs is None or (mine, theirs) in pairs or (theirs, mine) in pairs


OUTRAGE = 25.0
"""What atrocities are to a democracy's public: a reason of its own to act (Kosovo, 1998-99)."""


def interest(mind: Any, c: CrisisState) -> tuple[float, list[str]]:
    """This nation's own reason to stand against ``c``'s aggressor, and why: its ties to the
    victim, its pledges to it, atrocities before a democracy's public, the crisis on its
    doorstep, the rival bloc's gain, less its
    ties to the aggressor. A colonial power's overseas war gives an anti-colonial nation none
    (the Afro-Asian states and the Soviet Union backed India over Goa, 1961), and a war inside
    the aggressor's own bloc gives the other blocs only their pledges (Hungary, 1956: no
    Western army moved)."""
    s, me = mind.s, mind.me
    name = s.campaign.nation
    if (empire := against_empire(s, me, c)) is not None:
        return 0.0, [empire]
    value, reasons = 0.0, []
    for t in s.treaties_of(me):
        if t.kind in ("alliance", "guarantee") and any(v in (t.a, t.b) for v in c.victims):
            value += 25
            reasons.append(f"our {t.kind} is engaged")
    if overseas(s, c) is None and me in allies_of(s, c.victims):
        value += 20
        reasons.append("an ally in our alliance is attacked")
    sphere = s.bloc(c.aggressor)
    if sphere not in BLOCLESS and s.bloc(me) != sphere and c.victims \
            and all(s.bloc(v) == sphere for v in c.victims):
        return value, [*reasons, f"{name(c.victims[0]).name} lies in "
                                  f"{possessive(name(c.aggressor).name)} sphere"]
    ties = max((s.relation(me, v) for v in c.victims), default=0)
    if ties > 20:
        value += ties / 3
        reasons.append("we are close to the victim")
    if c.kind in ATROCITY_KINDS and s.ideology(me) == "liberal_democracy":
        value += OUTRAGE
        reasons.append("atrocities move our public")
    if distance_km(mind.d.capital_lonlat, c.location) <= NEIGHBOURHOOD_KM:
        value += DOORSTEP
        reasons.append("it is on our doorstep")
    if rival_blocs(s, s.bloc(me), sphere):
        value += BLOC_RIVAL
        reasons.append(f"{name(c.aggressor).name} gains for the other bloc")
    rival = s.relation(me, c.aggressor)
    value -= rival / 2
    if rival > 20:
        reasons.append(f"we value our ties with {name(c.aggressor).name}")
    elif rival < -20:
        reasons.append(f"{name(c.aggressor).name} is our adversary")
    return value, reasons


def national(mind: Any, c: CrisisState) -> list[str] | None:
    """Why this nation has no business mobilising or drawing a red line over ``c`` (None when
    its interest is enough): the reasons for the -50 both valuations then give. Judged once
    per view, nation and crisis (``c`` is the view's record): a plan asks it of every red line
    it could draw, each line and promise towards each nation."""
    idle = mind.known(("national", c.id), lambda: _national(mind, c))
    return None if idle is None else list(idle)


def _national(mind: Any, c: CrisisState) -> tuple[str, ...] | None:
    value, reasons = interest(mind, c)
    if value >= INTEREST_NEEDED:
        return None
    return (f"no national interest in {c.name}", *reasons)


def _mobilise_ceiling(mind: Any, a: Action) -> float:
    """``Order.ceiling`` of a mobilisation: its worth were the alert to move the aggressor
    all the way (``_standing_share``, the costly part of the valuation, at its most)."""
    return _value_mobilise(mind, a, alert=False)[0]


def _value_mobilise(mind: Any, a: Action, alert: bool = True) -> tuple[float, list[str]]:
    """A mobilisation's worth, and why; without ``alert``, as if the alert moved the
    aggressor all the way."""
    from ..turn import STRAINED_WILL, mobilisation_upkeep  # the turn reads these orders

    c = mind.s.crises[a.args[0]]
    if (idle := national(mind, c)) is not None:
        return -50.0, idle
    value, reasons = mind.concern(c)
    if alert and value > 0 and (share := _standing_share(mind, c)) < 1:
        value *= share
        reasons.append(f"an alert would hardly move {mind.s.campaign.nation(c.aggressor).name}")
    small = max(0, 30 - mind.n.military) if mind.me not in c.victims else 0
    cost = mobilisation_upkeep(mind.n)
    strained = mind.n.economy < mind.d.economy
    upkeep = mind.running(economy=cost + (max(1, STRAINED_WILL * cost) if strained else 0))
    reasons.append(f"an army kept mobilised costs {cost} economy a turn"
                   + (" and will besides, our economy being strained" if strained else ""))
    if mind.me not in c.victims and (wary := mind.wary()):  # others' war: losses.py
        value += wary[0]
        reasons.append(wary[1])
    return value + mind.hawk - mind.frugal - 30 - small - upkeep, reasons


DEMOBILISE_MARGIN = 15.0
"""How far below worthwhile a mobilisation must fall before the AI stands down: an army is
not sent home and called up again every other turn."""


def _value_demobilise(mind: Any, a: Action) -> tuple[float, list[str]]:
    """Stand down once staying mobilised is no longer worth its upkeep, and sooner when the
    economy is already below where it started."""
    kept, reasons = _value_mobilise(mind, act(a.nation, "mobilise", a.args[0]))
    strain = max(0, mind.d.economy - mind.n.economy)
    if strain:
        reasons.append(f"our economy is {strain} below where it started")
    return -kept - DEMOBILISE_MARGIN + strain, reasons


def _standing_share(mind: Any, c: CrisisState) -> float:
    """``alert_share`` of this nation's army on alert over ``c``, as it stands or as it would
    stand once mobilised: the crisis's weight calls up and keeps an army only as far as the
    alert moves its aggressor (an army that adds nothing to the deterrence it faces is a bill
    without a purpose: Britain stood its army down after 1918 and rearmed only from 1935-36)."""
    if c.id in mind.n.mobilised:
        return alert_share(mind, mind.s, c)
    after = applied(mind.s, lambda ctx: _mobilise(ctx, act(mind.me, "mobilise", c.id)))
    return alert_share(mind, after, after.crises[c.id])


def alert_share(mind: Any, s: GameState, c: CrisisState) -> float:
    """How much of the aggressor's way to backing down ``mind``'s alert in ``s`` covers (0-1).
    Whole while the alert adds to the deterrence the aggressor fears, keeps a promise to
    mobilise - still standing, or already carried out before its line was crossed
    (``commitments.carried_out``: the alert is the warning's deed, and standing down would
    take back the word with it) - or honours a treaty in a war (a guarantor that stands down
    then is seen to break its word), or stands guard at the victim's door (``Mind.guard``: a pledged peer
    next door, whose army even a gambler fears as the start of a general war). An alert that
    adds nothing to what it fears (the nation already counted by its treaty, or out of reach)
    holds only the resolve it would regain if the army stood down, against how far its urge,
    as this nation guesses it, stands above yielding."""
    from ..crises import feared, urge  # the crises read these orders

    me = mind.me
    promise = standing_over(s, me, c.id)
    if (promise is not None and promise.promise == "mobilise") or (c.stage >= 3
                                                                   and mind.pledged(me, c)):
        return 1.0
    if carried_out(s, me, c.id, "mobilise"):
        return 1.0
    if mind.guard(me, c):
        return 1.0
    after = applied(s, lambda ctx: _demobilise(ctx, act(me, "demobilise", c.id)))
    agreed = consensus(s, c, explain=False)  # standing down changes no member's view
    fears = feared(after, after.crises[c.id], agreed)
    if fears < feared(s, c, agreed):  # the alert adds to what the aggressor fears: it deters
        return 1.0
    lift = urge(after.crises[c.id], fears) - urge(c, fears)
    # the aggressor's urge as this nation guesses it: on its own view, the guess every seat
    # of the phase shares (``urge_of``); on a state with this army called up, guessed there
    press = mind.urge_of(c.id) if s is mind.s else mind.of(c.aggressor).pressing(c)[0]
    gap = press - YIELDING
    return 1.0 if gap <= lift else max(0.0, lift) / gap


def _value_intervene(mind: Any, a: Action) -> tuple[float, list[str]]:
    from ..turn import mobilisation_upkeep  # the turn reads these orders

    s = mind.s
    c = s.crises[a.args[0]]
    value, reasons = mind.concern(c)
    authorised = any(mm.kind == "enforcement" for mm in c.measures)
    if authorised:
        value += 15
        reasons.append("force has been authorised")
    else:
        value -= 25 - mind.hawk
    if force(s, mind.me) < force(s, c.aggressor) * 0.4:
        value -= 20
    dead, will = war_price(mind, c, force(s, c.aggressor))
    value -= mind.running(economy=dead + will + (0 if c.id in mind.n.mobilised
                                                  else mobilisation_upkeep(mind.n)), upkeep=1,
                           turns=mind.war_turns(a))
    reasons.append(f"it would cost about {dead:.0f} units and {will:.0f} will a turn")
    return war_temper(mind, value, reasons), reasons


def war_price(mind: Any, c: CrisisState, enemy: float) -> tuple[float, float]:
    """What a turn of fighting in ``c`` against a side of ``enemy`` force costs this nation,
    as ``crises._intervention_losses`` reckons it: the units lost (a share of the defence,
    about half) and the will, more the farther its soldiers fight from home."""
    stage = max(c.stage, 3)
    dead = (stage - 1) * enemy / 25 / 2
    km = distance_km(mind.d.capital_lonlat, c.location)
    return dead, 1 + stage * min(2.0, enemy / 30) + km / 3000


def war_temper(mind: Any, value: float, reasons: list[str]) -> float:
    """A war's worth to this nation beside its reasons: less for soldiers lost lately
    (``losses``, its reason added), more for a hawk, less for a frugal government, and as
    far as its people's will goes; going to war at all weighs 40 against it."""
    if wary := mind.wary():
        value += wary[0]
        reasons.append(wary[1])
    return float(value + mind.hawk - mind.frugal - 40 + (mind.n.will - 50) / 3)


def _value_close(mind: Any, a: Action) -> tuple[float, list[str]]:
    s = mind.s
    crises = [c for c in s.crises.values() if c.active and c.chokepoint == a.args[0]]
    best = max((mind.concern(c)[0] for c in crises if c.stage >= 3), default=-50)
    return best - 25 - mind.frugal + mind.hawk, ["cut the aggressor's supply line"]


def _value_escalate(mind: Any, a: Action) -> tuple[float, list[str]]:
    """The urge to press on, less what the red lines drawn against it would bring down, each
    as far as its maker would fight, and less the vote it awaits (``plebiscite.at_stake``)."""
    c = mind.s.crises[a.args[0]]
    press, reasons = mind.pressing(c)
    held, why = deterrent(mind.s, c, doubt=lambda nation: mind.credence(nation, "threat", c))
    return press - held - 40 - _ballot(mind, c, why) + _called(mind, a, reasons), reasons + why


def _seize(ctx: Ctx, a: Action) -> None:
    seize(ctx, a.nation, a.args[0])


def _value_seize(mind: Any, a: Action) -> tuple[float, list[str]]:
    """Hostages are worth the escalation they open: in each of its wars, what pressing on
    would be worth once the force authorised against it stops (``hostages.held``), beyond what
    it is worth now, and the stake of each enclave that the fear of strikes alone kept from it
    (``enclaves.invites``), less the legitimacy they cost. The Bosnian Serbs seized UN soldiers
    after the strikes of April 1994 (Gorazde), November 1994 (Udbina) and May 1995 (Pale),
    each time to stop the strikes on the forces with which they were advancing."""
    s = mind.s
    after = applied(s, lambda ctx: seize(ctx, mind.me, a.args[0]))
    then = type(mind)(PlayerView(mind.v.nation, after, mind.v.trade), mind.difficulty,
                      mind.key, judge=mind.me)
    gain, reasons = 0.0, []
    for cid in sorted(c.id for c in s.crises.values()
                      if c.active and c.aggressor == mind.me and c.stage < 4):
        escalate = act(mind.me, "escalate", cid)
        more = max(0.0, _value_escalate(then, escalate)[0]) \
            - max(0.0, _value_escalate(mind, escalate)[0])
        if more > 0:
            gain += more
            reasons.append(f"with the strikes stopped, pressing on in {s.crises[cid].name} "
                           f"would be worth {more:.0f} more")
    for e in sorted((e for e in s.crises.values() if e.aggressor == mind.me
                     and e.outcome is None), key=lambda e: e.id):
        if invites(after, after.crises[e.id]) and not invites(s, e):
            gain += e.stake  # the prize, as a guard too weak to hold it is (``pressing``)
            reasons.append(f"with the strikes stopped, the enclave of {e.name} would lie open "
                           f"to us")
    if not reasons:
        reasons.append("the force authorised against us does not hold us back")
    return gain - HOSTAGE_LEGITIMACY, reasons


def _ballot(mind: Any, c: CrisisState, why: list[str]) -> float:
    """What a pending vote the aggressor expects to win weighs against violence, and why."""
    vote = at_stake(mind.s, c)
    if vote:
        why.append(f"a vote of the people would give us what we claim, if its organisers "
                   f"hold it (credibility {mind.s.orgs[c.org].credibility})")
    return vote


def _value_backdown(mind: Any, a: Action) -> tuple[float, list[str]]:
    """Backing down is worth what pressing on is not, and what the red lines that merely
    holding on would cross (gaining ground, defying a ceasefire) threaten; less, once the
    fighting is down to clashes, the ground the next steps back would give up; more, from
    clashes, the vote that calm streets would let it win (``plebiscite.at_stake``)."""
    c = mind.s.crises[a.args[0]]
    press, reasons = mind.pressing(c)
    held, why = deterrent(mind.s, c, holding_lines(c),
                          lambda nation: mind.credence(nation, "threat", c))
    value = YIELDING - press + held + _called(mind, a, reasons)
    if c.stage == 2:  # calm streets again, and the vote can be held
        value += _ballot(mind, c, why)
    if c.stage <= 2 and c.progress:
        value -= c.progress * HELD_GROUND * (3 - c.stage)
        why.append(f"we hold {c.progress}% of what we fought for")
    return value, why + reasons


HOLDING_LINES = ("advance", "ceasefire")
"""The red lines an aggressor would cross merely by holding on (gaining more ground, defying
a ceasefire): what it weighs in backing down (``_value_backdown``); a line against the next
escalation deters that step, not the holding on."""


def holding_lines(c: CrisisState) -> tuple[str, ...]:
    """The ``HOLDING_LINES`` that merely holding on could cross where ``c`` stands
    (``commitments.lines_open``): ground is gained only in a war (stage 3 or more) and a
    ceasefire defied only while the fighting goes on (clashes or more), so below them a red
    line drawn on gaining ground or on the ceasefire weighs on the next escalation, not on
    holding on. Palestine, 1948-49: once the fighting was down to incidents on the truce lines
    the Western warnings against further Arab advances no longer pressed the Arab states to
    give up the ground they held."""
    return tuple(line for line in HOLDING_LINES if line in lines_open(c))


YIELDING = 25.0
"""What backing down is worth to an aggressor beside its urge to press on: an urge below it
(less the red lines it would cross) and it steps back."""
HELD_GROUND = 0.5
"""What each point of ground an aggressor holds weighs against backing down from clashes, and
as much again for each step nearer the end: stepping back from there leads to a withdrawal
that gives the ground up. The Bosnian Serbs, holding two thirds of Bosnia, refused every plan
that returned land from 1993 to 1995."""


def _called(mind: Any, a: Action, reasons: list[str]) -> float:
    """After a refused demand, holding still is a bluff called: both ways out weigh more."""
    if not refused(mind.s, a.args[0]):
        return 0.0
    reasons.append("our demand was refused: we must fight or back down")
    return CALLED_URGE


def _value_press(mind: Any, a: Action) -> tuple[float, list[str]]:
    s = mind.s
    claim = next(c for c in mind.d.claims if c.id == a.args[0])
    orgs = [o for o in s.orgs.values() if claim.target in o.members
            and s.campaign.org(o.id).kind == "universal"]
    cred = max((o.credibility for o in orgs), default=20)
    protectors = sum(force(s, t.a if t.b == claim.target else t.b)
                     for t in s.treaties_of(claim.target)
                     if t.kind in ("alliance", "guarantee") and t.a != mind.me)
    value = (claim.stake / 2 + mind.n.orientation / 2 - cred - protectors / 2
             + mind.greed + (s.tension - 50) / 5 - 20)
    reasons = [f"the order's credibility is {cred}",
               f"{s.campaign.nation(claim.target).name}'s protectors: {round(protectors)}"]
    if claim.across_sea:
        value -= SEA_DOUBT
        reasons.append("the assault must cross the sea")
    return value, reasons


SEA_DOUBT = 15.0
"""What an assault across the sea takes off a claimant's wish to press its claim: it knows
how little of its army would land (crises.SEA_CROSSING)."""


# --- expected consequences (the tooltips) -------------------------------------------------

def _expect_mobilise(state: GameState, a: Action) -> tuple[Expected, ...]:
    """Its effect now, and the economy an army kept mobilised costs a turn (``turn``), and
    the will too once the economy is below where it started."""
    from ..turn import STRAINED_WILL, mobilisation_upkeep  # the turn reads the orders

    n = state.nations[a.nation]
    cost = mobilisation_upkeep(n)
    strained = n.economy < state.campaign.nation(a.nation).economy
    return (*preview(state, lambda ctx: _mobilise(ctx, a)),
            Expected("economy", -cost, a.nation, when="a turn", cause="an army kept mobilised"),
            *((Expected("will", -max(1, STRAINED_WILL * cost), a.nation, when="a turn",
                        cause="an army kept mobilised on a strained economy"),) if strained
              else ()))


def _expect_intervene(state: GameState, a: Action, own: bool = False) -> tuple[Expected, ...]:
    """Its effect now, the commitment's upkeep, and a turn of the fighting with its forces in
    (casualties and will, on both sides). ``own``: the intervener's own stats alone
    (``Order.expect_own``): the relations, organisations and crises it moves are not
    compared, nor the aggressor's side of the fighting listed."""
    after, related = applied_noting(state, lambda ctx: _intervene(ctx, a))
    c = state.crises[a.args[0]]
    return (*changes(state, after, related=related, of=a.nation if own else None),
            *upkeep(state, after, a.nation),
            *a_turn_of(state, after, c.id, (a.nation,) if own else (a.nation, c.aggressor),
                       "a turn of fighting"))


def _expect_intervene_own(state: GameState, a: Action) -> tuple[Expected, ...]:
    return _expect_intervene(state, a, own=True)


def _expect_escalate(state: GameState, a: Action) -> tuple[Expected, ...]:
    """What the step up the ladder does at the turn's end (``crises.climb``), read on a copy:
    the legitimacy it costs the aggressor (``crises.escalation_legitimacy``), the tension it
    raises; a mission standing in the way stalls it."""
    from ..crises import climb  # the crises read these orders

    cid = a.args[0]
    return preview(state, lambda ctx: climb(ctx, ctx.update_crisis(cid, intent="escalate")))


# --- labels ------------------------------------------------------------------------------

def _over(word: str) -> Callable[[Readable, Action], str]:
    """A label 'word <crisis>' for the orders aimed at one crisis."""
    return lambda state, a: f"{word} {crisis_name(state, a.args[0])}"


def _label_close(state: Readable, a: Action) -> str:
    cp = next((c for c in state.campaign.chokepoints if c.id == a.args[0]), None)
    return f"Close {the(cp.name if cp else a.args[0])}"


def _label_press(state: Readable, a: Action) -> str:
    claim = next((c for c in state.campaign.nation(a.nation).claims if c.id == a.args[0]), None)
    return f"Press the claim: {claim.name if claim else a.args[0]}"


ORDERS = (
    Order("mobilise", "mobilise CRISIS", group="military", arity=(1, 1), cost=1,
          candidates=candidates, effect=_mobilise, value=_value_mobilise,
          label=_over("Mobilise for"),
          tip="Put forces on alert for this crisis: counts towards preponderance.", will=20,
          expect=_expect_mobilise, ceiling=_mobilise_ceiling),
    Order("demobilise", "demobilise CRISIS", group="military", arity=(1, 1), cost=0,
          candidates=candidates, effect=_demobilise, value=_value_demobilise,
          label=_over("Stand down over"),
          tip="Stand your forces down over this crisis: no more upkeep, but the aggressor "
              "takes heart."),
    Order("intervene", "intervene CRISIS", group="military", arity=(1, 1), cost=3,
          candidates=candidates, effect=_intervene, value=_value_intervene,
          label=_over("Intervene in"),
          tip="Use force in this crisis, with the best authority in force or without.", will=40,
          expect=_expect_intervene, expect_own=_expect_intervene_own),
    Order("close", "close CHOKEPOINT", group="military", arity=(1, 1), cost=2,
          candidates=candidates, effect=_close, value=_value_close, label=_label_close,
          tip="Close this chokepoint to the aggressor: its supply line is cut."),
    Order("escalate", "escalate CRISIS", group="military", arity=(1, 1), cost=1,
          candidates=candidates, effect=_intent, value=_value_escalate, label=_over("Escalate"),
          tip="Press on: the crisis climbs its ladder.", expect=_expect_escalate),
    Order("seize", "seize CRISIS", group="military", arity=(1, 1), cost=0,
          candidates=candidates, effect=_seize, value=_value_seize,
          label=_over("Seize the peacekeepers against the force authorised in"),
          tip="Take the lightly armed peacekeepers of other nations within your reach hostage: "
              "their governments lose will, you lose legitimacy, and the force authorised "
              "against you stops until they are out of your reach or others fight beside "
              "them."),
    Order("backdown", "backdown CRISIS", group="military", arity=(1, 1), cost=0,
          candidates=candidates, effect=_intent, value=_value_backdown,
          label=_over("Back down in"), tip="Back down: withdraw before the collective acts."),
    Order("press", "press CLAIM", group="military", arity=(1, 1), cost=3, candidates=candidates,
          effect=_press, value=_value_press, label=_label_press,
          tip="Press this claim by force: a new crisis begins.", will=35),
)
