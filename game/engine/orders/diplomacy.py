"""Orders between two nations: court, denounce, threaten, aid, offer treaties, recognise."""

from __future__ import annotations

import math
from collections.abc import Callable, Collection
from dataclasses import replace
from functools import partial
from typing import Any, TYPE_CHECKING

from .. import commitments, insurgency
from ..actions import Action, act
from ..commitments import DUE, LINES, PROMISES, lines_open, standing, standing_over
from ..consent import in_exile
from ..context import Ctx
from ..gauges import force, reach
from ..measures import field_force
from ..model import TREATY_KINDS, Campaign
from ..state import Commitment, CrisisState, GameState, Offer
from ..wording import TREATY_NAMES
from .base import FUTILE, Option, Order, crowd, unwanted
from .military import national
from .turn import END_SCORE
from .words import nation_name

if TYPE_CHECKING:
    from ..state import Readable


def candidates(state: GameState, nation: str, focus: Action | None,
               among: Collection[str] | None, lean: bool = False) -> list[Option]:
    """Courting, protests, red lines and aid, towards each other nation; ``lean``
    (``Order.lean``): no aid to a nation that is no victim (``_aid_ceiling``), which the
    AI's listing would build for each of its partners and drop unvalued."""
    out: list[Option] = []
    started: dict[str, list[CrisisState]] = {}  # the active crises by aggressor, in order
    for c in state.crises.values():
        if c.active and nation not in c.parties:
            started.setdefault(c.aggressor, []).append(c)
    victims = _victimised(state) if lean else frozenset()
    for other in _others(state, nation, focus, among):
        out += [(act(nation, "improve", other), None), (act(nation, "denounce", other), None)]
        if other in started:
            out += _threats(state, nation, other, started[other])
        if not lean or other in victims:
            out.append((act(nation, "aid", other), None))
    return out


def _victimised(state: GameState) -> frozenset[str]:
    """The nations an active crisis makes victims: the only ones aid is worth sending to
    (``_value_aid``)."""
    return frozenset(v for c in state.crises.values() if c.active for v in c.victims)


def proposals(state: GameState, nation: str, focus: Action | None,
              among: Collection[str] | None) -> list[Option]:
    """Each treaty to offer each other nation (a family of its own: the AI, which never
    offers one unasked, does not build the hundreds a large campaign has)."""
    out: list[Option] = []
    treaties = {(t.kind, *sorted((t.a, t.b))) for t in state.treaties}
    offers = {(o.kind, *sorted((o.sender, o.receiver))) for o in state.offers.values()
              if o.status == "pending"}
    for other in _others(state, nation, focus, among):
        couple = (nation, other) if nation < other else (other, nation)
        for kind in TREATY_KINDS:
            reason = None
            key = (kind, *couple)
            if key in treaties:
                reason = "this treaty is already in force"
            elif key in offers:
                reason = "an offer is already on the table"
            out.append((act(nation, "propose", kind, other), reason))
    return out


def recognitions(state: GameState, nation: str, focus: Action | None,
                 among: Collection[str] | None) -> list[Option]:
    """The new states this nation has not recognised yet."""
    recognised, later = state.nations[nation].recognised, _born_later(state.campaign)
    return [(act(nation, "recognise", other), None)
            for other in _others(state, nation, focus, among)
            if other in later and other not in recognised]


def _born_later(campaign: Campaign) -> frozenset[str]:
    """The nations born during the campaign (an ``exists_from``): those that may be
    recognised. Read once and kept with the campaign (as its indexes are): every listing of
    orders asks it of each other nation."""
    later: frozenset[str] | None = campaign.__dict__.get("_born_later")
    if later is None:
        later = campaign.__dict__["_born_later"] = frozenset(
            n.code for n in campaign.nations if n.exists_from is not None)
    return later


def _others(state: GameState, nation: str, focus: Action | None,
            among: Collection[str] | None) -> list[str]:
    """The other nations an order may be aimed at: the one a checked order (``focus``)
    names, else those of ``among``, else all that exist."""
    aimed = None if focus is None else focus.args[0] if focus.verb == "threaten" else \
        focus.args[-1]
    nations = state.nations
    if aimed is not None:  # a check of one order: only the nation it names, if it may be
        n = nations.get(aimed)
        return [aimed] if n is not None and n.exists and aimed != nation and (
            among is None or aimed in among) else []
    if among is not None:  # the AI's short list: a few of the nations, asked in their order
        return [c for c in nations if c in among and c != nation and nations[c].exists]
    return [c for c in state.existing() if c != nation]


def _threats(state: GameState, nation: str, other: str,
             started: list[CrisisState]) -> list[Option]:
    """The red lines ``nation`` may draw for ``other`` in each crisis it ``started`` (active,
    ``nation`` no party to it), with each promise it could still keep; one line at a time
    per crisis."""
    out: list[Option] = []
    for c in started:
        combos = [(line, promise) for line in lines_open(c)
                  for promise in _promises_open(state, nation, c)]
        held = standing_over(state, nation, c.id)
        if held is not None and combos:
            out.append((act(nation, "threaten", other, c.id, *combos[0]),
                        f"your warning over {commitments.crisis_words(c.name)} stands: "
                        f"{commitments.wording(held)}"))
            continue
        out += [(act(nation, "threaten", other, c.id, line, promise), None)
                for line, promise in combos]
    return out


def _promises_open(state: GameState, nation: str, c: CrisisState) -> list[str]:
    """What ``nation`` could promise in ``c``: only what it has not done already, and
    enforcement only from a seat on the organisation's council."""
    out = []
    if c.id not in state.nations[nation].mobilised:
        out.append("mobilise")
    if commitments.councils(state, nation, c.org) and not c.has_measure("enforcement"):
        out.append("enforce")
    if c.stage >= 1 and state.nations[nation].military >= 10 \
            and all(who != nation for who, _ in c.interveners):
        out.append("intervene")
    return out


# --- effects ---------------------------------------------------------------------------

def _improve(ctx: Ctx, a: Action) -> None:
    other = a.args[0]
    same = ctx.state.ideology(a.nation) == ctx.state.ideology(other)
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
    """A public threat: the target's resolve falls by what the threatener could bring to bear,
    as far as its word is believed; the commitment goes on record."""
    s, (other, cid, line, promise) = ctx.state, a.args
    ctx.relate(a.nation, other, -15)
    ctx.tension(2, f"{ctx.name(a.nation)} threatens {ctx.name(other)}")
    ctx.adjust(other, "will", 2, f"threatened by {ctx.name(a.nation)}")
    c = s.crises[cid]
    hit = threat_hit(s, a.nation, other, c, crowd(s, f" threaten {other}"))
    ctx.update_crisis(cid, resolve=max(0, c.resolve - hit))
    commitments.make(ctx, a.nation, other, cid, line, promise)  # the chronicle's line


def threat_hit(s: GameState, nation: str, other: str, c: CrisisState, nth: int = 1) -> int:
    """The resolve ``other`` loses in ``c`` when ``nation`` threatens it, as the ``nth`` threat
    at it this turn: what ``nation`` could bring to bear beyond a share of ``other``'s own
    force, as far as its word is believed. The AI weighs the same
    (``planning.Outlook.pressure``)."""
    weight = field_force(s, nation) * reach(s, nation, c) - force(s, other) * 0.3
    believed = 2 * standing(s, nation)
    return max(0, round(weight * believed / 8 / nth))


ARMS = 2
"""Military one donor's arms add to a victim at war..."""
ARMS_A_TURN = 2
"""...and the most a victim takes in from all its donors in a turn, however many send them:
arms need men trained to use them and a way in. Bosnia's army (1992-95) had men and few heavy
weapons; the Kosovo Liberation Army, armed from Albania's looted depots, was still a guerrilla
when NATO bombed in 1999 (a dozen donors once made it the strongest army in the Balkans)."""
ARMS_CAUSE = "arms from"


def arms_received(state: GameState, nation: str) -> int:
    """Military ``nation`` has taken in from foreign arms this turn (the turn's ledger)."""
    return sum(c.delta for c in state.ledger
               if c.nation == nation and c.stat == "military" and c.cause.startswith(ARMS_CAUSE))


AID_COST = 2
"""Economy that aid, or a payment into an organisation's budget, costs the giver."""
AID_TIES = 6
"""How far aid warms relations with the nation that receives it."""


def _aid(ctx: Ctx, a: Action) -> None:
    s, other = ctx.state, a.args[0]
    ctx.adjust(a.nation, "economy", -AID_COST, f"aid to {ctx.name(other)}")
    absorbed = insurgency.aid_room(s, other)
    ctx.adjust(other, "economy", 3 if absorbed is None else min(3, absorbed),
               f"{insurgency.AID_CAUSE} {ctx.name(a.nation)}")
    room = ARMS_A_TURN - arms_received(s, other)
    if (trained := insurgency.intake(s, other)) is not None:
        room = min(room, trained)
    if room > 0 and any(c.active and other in c.victims for c in s.crises.values()) \
            and not in_exile(s, other):
        ctx.adjust(other, "military", min(ARMS, room), f"{ARMS_CAUSE} {ctx.name(a.nation)}")
    ctx.relate(a.nation, other, AID_TIES)
    ctx.emit("diplomacy", f"{ctx.name(a.nation)} sends aid to {ctx.name(other)}.",
             nation=a.nation, other=other)


def _propose(ctx: Ctx, a: Action) -> None:
    s = ctx.state
    kind, other = a.args
    oid = s.next_id("O")
    s.offers[oid] = Offer(oid, a.nation, other, kind, s.turn)
    ctx.emit("offer", f"{ctx.name(a.nation)} offers {ctx.name(other)} {TREATY_NAMES[kind]} "
             f"({oid}).", (a.nation, other), offer=oid, nation=a.nation, other=other)


def _recognise(ctx: Ctx, a: Action) -> None:
    s, other = ctx.state, a.args[0]
    n = s.nations[a.nation]
    s.nations[a.nation] = replace(n, recognised=n.recognised + (other,))
    ctx.relate(a.nation, other, 10)
    ctx.adjust(other, "legitimacy", 4, f"recognised by {ctx.name(a.nation)}")
    ctx.emit("diplomacy", f"{ctx.name(a.nation)} recognises {ctx.name(other)}.",
             nation=a.nation, other=other)


# --- the AI's valuations -----------------------------------------------------------------

def _value_improve(mind: Any, a: Action) -> tuple[float, list[str]]:
    other = a.args[0]
    s, me = mind.s, mind.me
    rel = s.relation(me, other)
    kin = (s.bloc(other) == s.bloc(me) != "none") or s.ideology(other) == s.ideology(me)
    value = (10 if kin else 0) + (40 - rel) / 4 + s.nations[other].military / 10 - 15
    return (value if rel < 60 else -50), [f"relations with {s.campaign.nation(other).name}: {rel}"]


BELIEVED = 0.2
"""The least credibility (commitments.credibility) for which the AI thinks a threat worth its
price: below it the aggressor would not be moved, and the threatener's word is at stake."""
LINE_PREFERENCE = {"escalate": 0.0, "advance": -3.0, "ceasefire": -5.0}
"""The AI draws its line early: before the next step up rather than after the fighting."""


def _value_threaten(mind: Any, a: Action) -> tuple[float, list[str]]:
    """Threaten only what we would carry out: the promised order must be worth giving now
    (the line crossed, it will be worth more) and within our means at home. The public's
    wariness after losses is weighed once in whether we would follow through: a mobilisation
    or an intervention promised weighs it in its own valuation."""
    from . import ORDERS  # the registry is built from this module

    s, (other, cid, line, promise) = mind.s, a.args
    c = s.crises[cid]
    if force(s, mind.me) < force(s, other) * 0.5 or mind.n.military < 30 and not mind.hawk:
        return -50.0, ["our threats would not be believed"]
    if (idle := national(mind, c)) is not None:
        return -50.0, idle
    believed = commitments.credibility(s, Commitment(mind.me, other, cid, line, promise,
                                                     s.month, s.turn, 0))
    if believed < BELIEVED:
        return -50.0, [f"our threat would not be believed (credibility {round(100 * believed)}%)"]
    wary = mind.wary() or (0.0, "")  # a public that will not risk soldiers (losses.py)
    if promise == "enforce":
        follow, _ = mind.concern(c)
        follow += mind.multi - 20 + wary[0]
    else:
        order = ORDERS[promise]
        if mind.n.will < order.will + 10:
            return -50.0, ["we could not carry it out at home"]
        carried = act(mind.me, promise, cid)
        follow, _ = order.value(mind, carried)  # weighs the public's wariness itself
        follow += (mind.planned(carried) or (0.0, ""))[0]  # what carrying it out would win us
    if follow < END_SCORE - 15:
        return -50.0, ["we would not follow through"] + [wary[1]] * bool(wary[1])
    value, reasons = mind.concern(c)
    value += mind.hawk - 35 + 20 * believed + LINE_PREFERENCE[line] + wary[0]
    return value, reasons + [wary[1]] * bool(wary[1])


def _value_aid(mind: Any, a: Action) -> tuple[float, list[str]]:
    s, other = mind.s, a.args[0]
    victim_of = [c for c in s.crises.values() if c.active and other in c.victims]
    if not victim_of:  # no victim (``_victimised``): out of the question
        return FUTILE, []
    value, reasons = mind.concern(victim_of[0])
    strain = max(0, mind.d.economy - mind.n.economy)  # aid costs economy: less once it hurts
    if strain:
        reasons.append(f"our economy is {strain} below where it started")
    return value - 40 - mind.frugal + (mind.n.economy - 40) / 4 - strain, reasons


def _aid_ceiling(mind: Any, a: Action) -> float:
    """``Order.ceiling`` of aid: ``FUTILE`` for a nation that is no victim (``_victimised``),
    which ``_value_aid`` gives no more."""
    return math.inf if a.args[0] in _victimised(mind.s) else FUTILE


def _value_recognise(mind: Any, a: Action) -> tuple[float, list[str]]:
    rel = mind.s.relation(mind.me, a.args[0])
    return rel / 2 + mind.multi / 3 - 5, [f"relations: {rel}"]


def _towards(word: str) -> Callable[[Readable, Action], str]:
    """A label 'word <nation>' for the orders aimed at one other nation."""
    return lambda state, a: f"{word} {nation_name(state, a.args[0])}"


def _label_threaten(state: Readable, a: Action) -> str:
    """The promise first (what the player must then do), the crisis last: 'Threaten:
    intervene if Germany escalates (the Sudeten crisis)'."""
    other, cid, line, promise = a.args
    crisis = state.crises.get(cid)
    where = commitments.crisis_words(crisis.name) if crisis is not None else cid
    return (f"Threaten: {commitments.ACTS[promise]} if {nation_name(state, other)} "
            f"{LINES[line]} ({where})")


def _tip_threaten(a: Action) -> str:
    line, promise = a.args[2:]
    return (f"A public commitment: if the aggressor {LINES[line]} in this crisis, "
            f"{PROMISES[promise]}. Once the line is crossed you have {DUE} turns to act; "
            "kept, your word counts for more against the next aggressor; broken, you lose "
            "legitimacy and will, and the record is public. It lapses if the crisis ends first.")


def _label_propose(state: Readable, a: Action) -> str:
    return f"Offer {nation_name(state, a.args[1])} {TREATY_NAMES.get(a.args[0], a.args[0])}"


ORDERS = (
    Order("improve", "improve NATION", group="diplomacy", arity=(1, 1), cost=1,
          candidates=candidates, effect=_improve, value=_value_improve,
          label=_towards("Improve relations with"), tip="Diplomatic work: relations improve."),
    Order("denounce", "denounce NATION", group="diplomacy", arity=(1, 1), cost=1,
          candidates=candidates, effect=_denounce, value=unwanted, label=_towards("Denounce"),
          tip="A public protest: relations worsen; your stand is on record."),
    Order("threaten", "threaten NATION CRISIS LINE PROMISE", group="diplomacy", arity=(4, 4),
          cost=1, candidates=candidates, effect=_threaten, value=_value_threaten,
          label=_label_threaten,
          tip="A public commitment: if the aggressor crosses your red line, you must act as "
              "you promised or lose legitimacy and credibility.", tip_of=_tip_threaten),
    Order("aid", "aid NATION", group="diplomacy", arity=(1, 1), cost=2, candidates=candidates,
          effect=_aid, value=_value_aid, label=_towards("Send aid to"),
          ceiling=_aid_ceiling, lean=partial(candidates, lean=True),
          tip="Economic and military aid: their economy and stability up, relations up."),
    Order("propose", "propose TREATY NATION", group="diplomacy", arity=(2, 2), cost=2,
          candidates=proposals, effect=_propose, value=unwanted, label=_label_propose,
          tip="Offer a treaty: it binds both sides if they accept."),
    Order("recognise", "recognise NATION", group="diplomacy", arity=(1, 1), cost=1,
          candidates=recognitions, effect=_recognise, value=_value_recognise,
          label=_towards("Recognise"), tip="Recognise a new state."),
)
