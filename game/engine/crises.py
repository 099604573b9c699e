"""Crisis dynamics: each turn a crisis moves on its ladder, is pressed by the measures in
force, is fought over, and may end in withdrawal, settlement, conquest or a frozen conflict."""

from __future__ import annotations

from dataclasses import replace

from . import (atrocities, consent, enclaves, losses, peacebuilding, plebiscite, prevention,
               proxies, restoration)
from .context import Ctx
from .gauges import Gauge, distance_km, gauges, reach
from .measures import (INTERPOSING, SANCTION_BASE, air_cover, armed, backing, coverage,
                       end_missions, field_force, flyers, holds, lapse, resistance,
                       sanction_costs, sanctions_pressure, striking_force)
from .model import ASKING, ATROCITY_KINDS, MAX_STAGE, STAGES
from .state import CrisisState, GameState

CREDIBILITY_ON_END = {"withdrawal": 10, "settlement": 6, "concession": -6, "frozen": -3,
                      "conquest": -12}
"""Credibility of the crisis's organisation and of each that took measures in it, by how it
ended (half a success's for one that took none)."""
TENSION_ON_END = {"withdrawal": -5, "settlement": -4, "concession": -3, "frozen": 0,
                  "conquest": 8}
"""World tension when a crisis ends, by how: a conquest rewarded frightens everyone."""
MISSION_RISK = {"observe": 0.05, "prevent": 0.05, "interpose": 0.08, "protect": 0.1}
"""Share of a contingent lost a turn per stage of fighting above incidents, by mandate: the
more a mission stands in the way, the more it is shot at."""


def end_crisis(ctx: Ctx, crisis_id: str, outcome: str, cause: str) -> None:
    """End a crisis and let the order feel it: credibility, tension, the victim's fate."""
    s = ctx.state
    ended = peacebuilding.ending(s, ctx.crisis(crisis_id), outcome)
    if ended == "frozen" != outcome:
        cause += "; no one takes the ground over, and the war goes on at a lower pitch"
    elif ended != outcome:
        cause += ("; it stays in power, and comes to terms with the people in arms over the "
                  "ground they hold")
    outcome = ended
    c = ctx.update_crisis(crisis_id, active=False, outcome=outcome, ended=s.month,
                          intent="hold")
    end_missions(ctx, crisis_id, "completed" if outcome != "conquest" else "failed")
    demand = s.demands.get(crisis_id)
    if demand is not None and demand.status == "pending":
        s.demands[crisis_id] = replace(demand, status="lapsed")
    ctx.emit("crisis_end", f"{c.name} ends: {outcome.replace('_', ' ')} ({cause}).",
             crisis=crisis_id, outcome=outcome)
    acted = sorted({m.org for m in c.measures})
    for org in sorted({*acted, c.org} & set(s.orgs)):
        delta = CREDIBILITY_ON_END[outcome]
        if outcome in ("withdrawal", "settlement") and org not in acted:
            delta //= 2
        ctx.credibility(org, delta, f"{c.name} ended in {outcome}")
    ctx.tension(TENSION_ON_END[outcome], f"{c.name} ends in {outcome}")
    if outcome == "conquest":
        ctx.adjust(c.aggressor, "will", 8, f"victory in {c.name}")
        ctx.adjust(c.aggressor, "economy", 3, f"gains in {c.name}")
        for v in c.victims:
            if overrun(s, c, v):
                s.nations[v] = replace(s.nations[v], exists=False, conquered=True)
                for org in list(s.orgs):
                    ctx.leave(v, org, " as it is conquered")
                ctx.emit("nation", f"{ctx.name(v)} is overrun and ceases to exist as a "
                         "state.", nation=v)
    elif outcome == "concession":  # the next demand comes sooner and asks for more
        n = s.nations[c.aggressor]
        s.nations[c.aggressor] = replace(n, appetite=n.appetite + 1)
        ctx.emit("crisis", f"{ctx.name(c.aggressor)}'s appetite grows: its next demand will "
                 "come sooner and ask for more.", crisis=crisis_id, nation=c.aggressor,
                 appetite=n.appetite + 1)
    elif outcome == "withdrawal":
        ctx.adjust(c.aggressor, "will", -10, f"retreat in {c.name}")
        for nation, _ in c.interveners:
            ctx.adjust(nation, "legitimacy", 5, f"stood firm in {c.name}")
    lapse(ctx, crisis_id)
    peacebuilding.begin(ctx, crisis_id)


def overrun(state: GameState, crisis: CrisisState, victim: str) -> bool:
    """A victim disappears only when the crisis's region is the whole of its territory."""
    territory = set(state.campaign.nation(victim).territory)
    return bool(territory) and territory <= set(crisis.region)


def step_all(ctx: Ctx) -> None:
    for crisis_id in list(ctx.state.crises):
        crisis = ctx.state.crises[crisis_id]
        if crisis.active:
            step(ctx, crisis_id)
        elif crisis.phase == "peacebuilding":
            peacebuilding.step(ctx, crisis_id)
        elif crisis.phase == "latent":
            prevention.step(ctx, crisis_id)


def step(ctx: Ctx, crisis_id: str) -> None:
    """One turn of one crisis."""
    s = ctx.state
    c = ctx.crisis(crisis_id)
    if c.inquiry:
        c = ctx.update_crisis(crisis_id, clarity=min(100, c.clarity + 12), inquiry=c.inquiry - 1)
        ctx.emit("crisis", f"The commission of inquiry reports on {c.name}: the facts are "
                 f"clearer (clarity {c.clarity}).", crisis=crisis_id)
    if any(mm.crisis == crisis_id and mm.status == "active" and mm.mandate == "observe"
           for mm in s.missions.values()) and c.clarity < 100:
        c = ctx.update_crisis(crisis_id, clarity=min(100, c.clarity + 5))
    if not s.nations[c.aggressor].exists:
        end_crisis(ctx, crisis_id, "settlement", "the aggressor no longer exists")
        return
    from .orders.demands import demand_step  # the orders build on this module

    c = demand_step(ctx, c)
    if not c.active:
        return
    c = climb(ctx, c)
    if not c.active:
        return
    c = _sanctions(ctx, c)
    c = _counter_blockade(ctx, c)
    c = _court(ctx, c)
    c = consent.step(ctx, c)
    if not c.active:  # a host that consents over an occupied land leaves it
        return
    _trade_lost(ctx, c)
    c = _ceasefire(ctx, c)
    c = atrocities.step(ctx, c)
    c = proxies.step(ctx, c)
    if not c.active:  # the victim's officers would not fight the proxies
        return
    c = _fighting(ctx, c)
    _mission_losses(ctx, c)
    enclaves.wear_down(ctx, ctx.crisis(crisis_id))
    _treaties_tested(ctx, c)
    _outcome(ctx, ctx.crisis(crisis_id))


def climb(ctx: Ctx, c: CrisisState) -> CrisisState:
    """Carry out the intent the aggressor gave for ``c`` this turn: a step back down the
    ladder (or out of the crisis), a step up it, or holding on. The escalate order's
    expectation previews it on a copy (``orders.military``)."""
    s = ctx.state
    if c.intent == "backdown":
        if c.stage <= TALKS_FROM and talking(s, c):
            if armistice(s, c):
                end_crisis(ctx, c.id, "frozen", f"{ctx.name(c.aggressor)} and the powers "
                           "fighting on both sides sign an armistice on the front; no peace "
                           "follows")
                return ctx.crisis(c.id)
            ctx.emit("crisis", f"{ctx.name(c.aggressor)} talks of an armistice in {c.name}, "
                     "but the armies on both sides fight on while the talks drag on.",
                     crisis=c.id)
            return ctx.update_crisis(c.id, intent="hold")
        if c.stage <= 1 and c.kind == "border_dispute":
            end_crisis(ctx, c.id, "settlement", f"{ctx.name(c.aggressor)} accepts the frontier "
                       "drawn")
            return ctx.crisis(c.id)
        if c.stage <= 1 and _arbitration(s, c):
            end_crisis(ctx, c.id, "settlement", f"{ctx.name(c.aggressor)} accepts the terms it "
                       "bound itself to")
            return ctx.crisis(c.id)
        if c.stage <= 1 and restoration.kept_in_power(s, c):
            ctx.emit("crisis", f"{ctx.name(c.aggressor)} offers to step down in {c.name}, "
                     "but no force is there to see the hand-over through, and it stays.",
                     crisis=c.id)
            return ctx.update_crisis(c.id, intent="hold")
        if c.stage <= 1 and armistice(s, c):
            end_crisis(ctx, c.id, "frozen", f"{ctx.name(c.aggressor)} stops under the truce "
                       "and signs an armistice on the lines it holds; no peace follows")
            return ctx.crisis(c.id)
        if c.stage <= 1:
            c = restoration.hand_over(ctx, c)
            end_crisis(ctx, c.id, "withdrawal", f"{ctx.name(c.aggressor)} backs down")
            return ctx.crisis(c.id)
        c = ctx.update_crisis(c.id, stage=c.stage - 1, resolve=max(0, c.resolve - 10),
                              intent="hold")
        ctx.emit("crisis", f"{c.name} steps back to {STAGES[c.stage].replace('_', ' ')}.",
                 crisis=c.id, stage=c.stage)
        return c
    if c.intent == "escalate" and c.stage < MAX_STAGE:
        blocker = _interposed(s, c)
        if blocker:
            ctx.emit("crisis", f"Mission {blocker} holds the line in {c.name}; the advance "
                     "stalls.", crisis=c.id)
            return ctx.update_crisis(c.id, intent="hold", resolve=max(0, c.resolve - 3))
        ctx.adjust(c.aggressor, "legitimacy", -escalation_legitimacy(c), f"escalating {c.name}")
        ctx.tension(2, f"{c.name} escalates")
        if c.spoilers:  # its own decision sends the army it withdrew back in
            ctx.emit("crisis", f"{ctx.name(c.aggressor)} sends its army back into {c.name}.",
                     crisis=c.id)
        c = ctx.update_crisis(c.id, stage=c.stage + 1, intent="hold", spoilers=False)
        ctx.emit("crisis", f"{c.name} escalates to {STAGES[c.stage].replace('_', ' ')}.",
                 crisis=c.id, stage=c.stage)
        return c
    return ctx.update_crisis(c.id, intent="hold")


def escalation_legitimacy(c: CrisisState) -> int:
    """The legitimacy an aggressor loses each time it climbs ``c``'s ladder: more the clearer
    the facts are to the world. The escalate order shows it (``orders.military``) and the AI's
    planner weighs it against the objectives that need legitimacy."""
    return round(2 + c.clarity / 25)


def _interposed(state: GameState, c: CrisisState) -> str | None:
    """A mission standing in the aggressor's way that is strong enough to stop its advance; a
    weaker one is bypassed."""
    for mid, mission in sorted(state.missions.items()):
        if (mission.crisis == c.id and mission.status == "active"
                and mission.mandate in INTERPOSING and holds(state, c, mission)):
            return mid
    return None


RATE_MONTHS = 4
"""The rules' rates of wear (sanctions, a court, an unopposed advance, calm on the ground) are
per four months, the turn of the League and UN campaigns. A campaign with shorter turns applies
its share of them each turn: a war is not worn down faster because its turns are shorter (the
Balkans' two-month turns once drained the Bosnian Serbs' resolve twice as fast)."""


def per_turn(state: GameState, amount: float) -> float:
    """``amount`` a ``RATE_MONTHS`` period, for one turn of this campaign."""
    return amount * state.campaign.turn_months / RATE_MONTHS


def _sanctions(ctx: Ctx, c: CrisisState) -> CrisisState:
    s = ctx.state
    pressure, reasons = sanctions_pressure(s, c)
    if pressure <= 0:
        if c.stage >= 2 and all(m.kind in ASKING for m in c.measures):  # no one opposes it
            return ctx.update_crisis(c.id, resolve=min(100, c.resolve + round(per_turn(s, 2))))
        return c
    return _press(ctx, c, pressure, f"sanctions over {c.name}",
                  f"Sanctions press {ctx.name(c.aggressor)} (pressure {pressure}: "
                  f"{'; '.join(reasons)}).")


def _press(ctx: Ctx, c: CrisisState, pressure: int, cause: str, news: str) -> CrisisState:
    """Pressure on ``c``'s aggressor worn for a turn, as sanctions wear it: its economy, its
    will and its resolve (``_sanctions``, ``_counter_blockade``)."""
    s = ctx.state
    ctx.adjust(c.aggressor, "economy", -per_turn(s, pressure / 4), cause)
    ctx.adjust(c.aggressor, "will", -per_turn(s, pressure / 5), cause)
    ctx.emit("sanctions", news, crisis=c.id, pressure=pressure)
    return ctx.update_crisis(c.id, resolve=max(0, c.resolve - round(per_turn(s, pressure * 0.6))))


def answering(state: GameState, c: CrisisState) -> tuple[str, ...]:
    """The blockaded side's answer to a blockade: ``c`` is held at incidents (a blockade or a
    siege short of fighting) between states (``WARS_OF_STATES``) over ground the aggressor has
    not taken, and powers outside the crisis are on alert over it (mobilised). Its victims and
    those powers cut their trade with the blockader: these are the nations that cut it (none
    where there is no blockade, or no one outside answers it). Berlin, 1948-49: while the
    Western powers supplied the city by air, their counter-blockade stopped the Soviet zone's
    trade with the western zones (its coal and steel), and the blockade was lifted in May
    1949."""
    if not (c.active and c.stage == 1 and c.progress == 0 and c.kind in WARS_OF_STATES):
        return ()
    parties = {*c.parties, *c.backers}
    friends = [n for n, x in sorted(state.nations.items())
               if x.exists and c.id in x.mobilised and n not in parties]
    if not friends:
        return ()
    return (*(v for v in c.victims if state.nations[v].exists), *friends)


def counter_blockade(state: GameState, c: CrisisState) -> tuple[int, list[str]]:
    """How hard the answer to a blockade (``answering``) presses the blockader this turn, and
    why: as an economic embargo of the trade those who answer it cover (``measures.coverage``)
    would. A blockade answered is no front that has stopped (``worn``): time is on the side of
    the blockaded, and it goes on until the blockader lifts it or its resolve breaks."""
    cutting = answering(state, c)
    if not cutting:
        return 0, []
    share, _ = coverage(state, c, cutting)
    pressure = round(SANCTION_BASE["economic"] * share / 100)
    return pressure, [f"those standing by its victims cut {share}% of its trade"]


def _counter_blockade(ctx: Ctx, c: CrisisState) -> CrisisState:
    """The counter-blockade (``counter_blockade``) wears the blockader as sanctions do
    (``_sanctions``): its economy, its will and its resolve."""
    pressure, reasons = counter_blockade(ctx.state, c)
    if pressure <= 0:
        return c
    return _press(ctx, c, pressure, f"the answer to {c.name}",
                  f"{ctx.name(c.aggressor)}'s pressure in {c.name} is answered in kind "
                  f"(pressure {pressure}: {'; '.join(reasons)}).")


COURT_DETERRENCE = 2
"""Resolve the accused loses each turn a referral to a criminal court stands: its leaders
weigh the indictments to come."""


def _court(ctx: Ctx, c: CrisisState) -> CrisisState:
    if not c.has_measure("refer_to_court") or c.resolve <= 0:
        return c
    return ctx.update_crisis(c.id, resolve=max(0, c.resolve - round(
        per_turn(ctx.state, COURT_DETERRENCE))))


def _trade_lost(ctx: Ctx, c: CrisisState) -> None:
    """Sanctioning costs the sanctioners the trade they had with the target; once their economy
    is below where it started, the loss is felt at home too (the will to go on sanctioning)."""
    s = ctx.state
    costs = sanction_costs(s, c)
    if not costs:
        return
    target = ctx.name(c.aggressor)  # the same words for each of the eighty-odd sanctioners
    lost_trade, hurt = (f"trade lost to the sanctions on {target}",
                        f"the sanctions on {target} hurt at home")
    for nation, loss in costs.items():
        lost = -ctx.adjust(nation, "economy", -loss, lost_trade)
        if lost and s.nations[nation].economy < s.campaign.nation(nation).economy:
            ctx.adjust(nation, "will", -max(1, lost / 2), hurt)


CEASEFIRE_HEED = 0
"""An aggressor heeds a call for a ceasefire once its urge to press on (``urge``) falls below
this: once what it fears outweighs its resolve and what it stands to gain. Measured over
all-AI games of the three campaigns it heeds about as often as the flat rule it replaced
(resolve under 55), but not the same calls: the Bosnian Serbs defied every call while the
peacekeepers could not fight back; Belgrade gave way in October 1998 under NATO's
activation order."""


URGE_PER_RESOLVE = 0.6
"""What a point of an aggressor's resolve adds to its urge to press on (``urge``)."""


def urge(c: CrisisState, deterrence: int, resolve: int | None = None) -> float:
    """An aggressor's urge to press on: its resolve and the stake, less what it fears. The AI's
    aggressors weigh the same (``Mind.pressing``), with their own doubts about who would fight.
    ``resolve``: the urge with this resolve instead of ``c``'s (a blow to it weighed: the crisis
    record is not copied for it)."""
    return (c.resolve if resolve is None else resolve) * URGE_PER_RESOLVE + c.stake * 0.4 \
        - deterrence * 1.1


def feared(state: GameState, c: CrisisState, agreed: Gauge | None = None) -> int:
    """The deterrence an aggressor faces on the ground: the public gauges, with peacekeepers
    counted by how far they are armed to fight (``measures.armed``). ``agreed``: the
    consensus gauge, if known (``gauges``)."""
    return gauges(state, c, lambda who, how: armed(state, c) if how == "peacekeepers"
                  else 1.0, explain=False, agreed=agreed).deterrence


def _ceasefire(ctx: Ctx, c: CrisisState) -> CrisisState:
    if (c.has_measure("ceasefire") and c.stage >= 2
            and urge(c, feared(ctx.state, c)) < CEASEFIRE_HEED):
        ctx.emit("crisis", f"{ctx.name(c.aggressor)} heeds the call for a ceasefire in "
                 f"{c.name}.", crisis=c.id)
        return ctx.update_crisis(c.id, stage=c.stage - 1)
    return c


def _fighting(ctx: Ctx, c: CrisisState) -> CrisisState:
    s = ctx.state
    if c.stage < 2:
        return ctx.update_crisis(c.id, calm_turns=c.calm_turns + 1, progress=_returned(s, c))
    attack, defence, engaged = front(s, c)
    overhead = flyers(s, c)
    roll = ctx.draw(f"battle:{c.id}", 20) - 10
    helped = bool(c.interveners or proxies.fighters(s, c) or overhead)
    gain = 0
    if c.stage >= 3 and not _interposed(s, c):  # a mission that holds stops the advance
        gain = round((attack - defence) * 0.9 + initiative(c, attack, defence, helped) + roll)
    casualties, refugees = toll(c, attack, s.campaign.turn_months)
    protected, overrun = _protection(ctx, c)
    if protected:
        casualties, refugees = round(casualties * 0.4), round(refugees * 0.4)
    if overrun:
        gain = 100 if _safe_area(s, c) else max(0, gain) + OVERRUN_GAIN
        casualties += OVERRUN_DEAD
    progress = max(0, min(INSURGENT_HOLD if insurgents(s, c) else 100, c.progress + gain))
    c = ctx.update_crisis(
        c.id, progress=progress, casualties=c.casualties + casualties,
        refugees=c.refugees + refugees,
        calm_turns=c.calm_turns + 1 if progress == c.progress else 0)
    if helped and routed(s, c, attack, defence):
        c = ctx.update_crisis(c.id, resolve=max(0, c.resolve - 12),
                              progress=max(0, c.progress - 15))
        ctx.emit("crisis", f"{ctx.name(c.aggressor)} is pushed back in {c.name}.", crisis=c.id)
    _reserves_paid(ctx, c, engaged)  # before the losses change what each fields
    _intervention_losses(ctx, c, attack, defence, engaged)
    _intervention_losses(ctx, c, defence, attack, backing(s, c))  # the other side's the same
    _flying(ctx, c, overhead)
    if c.stage >= 3:
        ctx.adjust(c.aggressor, "will", -1, f"casualties in {c.name}")
        c = _worn(ctx, c, attack, defence)
    for victim in (*c.victims, *c.spill_to):
        if refugees and s.nations[victim].exists:
            ctx.adjust(victim, "stability", -max(1, refugees // 40), f"refugees from {c.name}")
    ctx.tension(c.stage / 2, f"the fighting in {c.name}")
    return c


MOMENTUM = 8
"""Ground a turn of war moves per stage above clashes beside the armies' weight: the
initiative of the side on the offensive (``initiative``)."""


def initiative(c: CrisisState, attack: float, defence: float, helped: bool) -> float:
    """The war's momentum (``MOMENTUM`` a stage above clashes) and whose it is: the aggressor's,
    which chose the war and attacks - unless a defence with outside help behind it (``helped``:
    interveners, proxies or aircraft) outweighs its attack, which then has the initiative
    itself: the counter-offensive moves the ground back by the margin of the armies and the
    momentum together, so the pace of a rollback comes from the forces at the front. A
    victim alone holds its lines; the powers that came to its help came to throw the aggressor
    out. Korea, 1951: once the American reserves had stopped the Chinese offensive that took
    Seoul on 4 January, the Eighth Army's counter-offensives (Thunderbolt, Killer, Ripper)
    retook Seoul in mid-March and stood near the 38th parallel by the end of that month."""
    push = MOMENTUM * (c.stage - 2)
    return -push if helped and defence > attack else push


def routed(state: GameState, c: CrisisState, attack: float, defence: float) -> bool:
    """The defence, with outside help, is ``PUSH_BACK`` times the aggressor's attack: the
    aggressor is routed (``_fighting``: 15 more ground and 12 resolve). The ``reserves`` an
    intervener sends to retake the victim's ground count towards the ground (``initiative``)
    but not the rout - as they do not towards the talks (``talking``): they are there to
    retake the victim's ground, not to carry the war into the aggressor's."""
    return defence > attack * PUSH_BACK and front(state, c, sent=False)[1] > attack * PUSH_BACK


PUSH_BACK = 1.3
"""How much stronger than the aggressor's attack a defence with outside help behind it must be
to rout the aggressor (``routed``); interveners short of it with what they field at a
distance cannot throw an aggressor with another power's army beside it out of the war, which
ends at the table (``talking``, ``armistice``)."""


def fielded(state: GameState, c: CrisisState, distance: bool = True) -> dict[str, float]:
    """The force each intervener brings against ``c``'s aggressor: by its distance, a fifth
    more under a universal body's flag, and cut like the victims' where an enclave is cut off.
    Without ``distance``: all it could bring, its reserves shipped over the distance too
    (``reserves``)."""
    outside = enclaves.cut_off(state, c)
    return {nation: field_force(state, nation) * (reach(state, nation, c) if distance else 1.0)
            * (1.2 if authority == "universal" else 1.0) * outside
            for nation, authority in c.interveners}


def front(state: GameState, c: CrisisState, sent: bool = True
          ) -> tuple[float, float, dict[str, float]]:
    """The front as ``_fighting`` weighs it: the aggressor's attack, with the armies beside it
    (``striking_force``), the defence - the victims' and the interveners' - and each
    intervener's part in it (``fielded``, with the ``reserves`` it has sent; without
    ``sent``, what they field at a distance)."""
    engaged = fielded(state, c)
    if engaged and consent.alongside(state, c):
        engaged = _beside_rebels(state, c, engaged)
    defence = resistance(state, c) * enclaves.cut_off(state, c) + sum(engaged.values())
    attack = striking_force(state, c)
    extra = reserves(state, c, attack, defence, engaged) if sent else {}
    if extra:
        engaged = {n: f + extra.get(n, 0.0) for n, f in engaged.items()}
        defence += sum(extra.values())
    return attack, defence, engaged


def reserves(state: GameState, c: CrisisState, attack: float, defence: float,
             engaged: dict[str, float]) -> dict[str, float]:
    """What each intervener throws in beyond what it fields (``fielded``) once the war has
    turned against it: another power's army has entered beside the aggressor (``backers``),
    their attack outweighs the defence, and they hold ground of the victim's. A power already
    fighting does not leave the ground it came to save to a new army: it ships its reserves
    over the distance - all it has in the field - and pays for them (``RESERVES_WILL``);
    while the aggressor holds nothing of the victim's it holds the line with what it had.
    Korea: after China's offensives took Seoul in January 1951 the United States sent its
    reserves and new divisions, and by March the Eighth Army had retaken the city and by
    spring stood near the parallel again; it did not go back to the Yalu."""
    if not (c.backers and c.progress > 0 and attack > defence) or not engaged \
            or consent.alongside(state, c):
        return {}
    full = fielded(state, c, distance=False)
    return {n: max(0.0, full[n] - f) for n, f in engaged.items() if full[n] > f}


def _reserves_paid(ctx: Ctx, c: CrisisState, engaged: dict[str, float]) -> None:
    """Each intervener whose reserves are in (its part of the front more than it fields at a
    distance, ``reserves``) pays ``RESERVES_WILL``."""
    held = fielded(ctx.state, c)
    for nation in sorted(engaged):
        if engaged[nation] > held.get(nation, 0.0) + 1e-9:
            ctx.adjust(nation, "will", -RESERVES_WILL, f"reserves sent to {c.name}")


RESERVES_WILL = 3
"""Will an intervener loses each turn its reserves are in a war far from home (``reserves``),
beside what its dead cost it: the call-up, the draft and the ships (the United States called
up reserves and doubled its draft in the winter of 1950-51)."""


def _beside_rebels(state: GameState, c: CrisisState, engaged: dict[str, float]
                   ) -> dict[str, float]:
    """The interveners' forces in a war on a people in arms (``consent.alongside``), cut in
    proportion so that with the air cover they add no more than the rebels' own forces."""
    ground = sum(field_force(state, v) for v in c.victims if state.nations[v].exists)
    room = max(0.0, ground - air_cover(state, c))
    total = sum(engaged.values())
    if total <= room:
        return engaged
    return {nation: force * room / total for nation, force in engaged.items()}


INSURGENT_HOLD = 90
"""The most ground a government's war on its own people takes from insurgents who have no
state (``insurgents``): they melt into the hills and the villages, and the war goes on until
pressure or a settlement ends it. Belgrade's offensive of summer 1998 drove the Kosovo
Liberation Army from nearly all the ground it held; by the winter it was back."""


INSURGENTS_RETURN = 8
"""Ground a people in arms without a state (``insurgents``) takes back a four-month period
while the government's war on it stays at incidents or below: the guerrillas come down from
the hills and the villages fill again (Kosovo, October-December 1998: once Belgrade pulled
its forces back under the Holbrooke-Milosevic agreement, the Kosovo Liberation Army returned
to the ground its summer offensive had taken). The ground a stage of war adds before the
armies' weight (``MOMENTUM``, 8 a stage above clashes), given back as the war stops."""


def _returned(state: GameState, c: CrisisState) -> int:
    """The ground the aggressor still holds once the insurgents have come back into their
    share of it this turn (``INSURGENTS_RETURN``)."""
    if not c.progress or not insurgents(state, c):
        return c.progress
    return max(0, c.progress - round(per_turn(state, INSURGENTS_RETURN)))


def insurgents(state: GameState, c: CrisisState) -> bool:
    """The crisis is a government's atrocities against a people in arms that holds no seat in
    a universal organisation: a guerrilla, not a state that can be overrun."""
    return c.kind == "atrocities" and not any(recognised(state, v) for v in c.victims)


def recognised(state: GameState, nation: str) -> bool:
    """``nation`` holds a seat in a universal organisation: a state the world deals with, not
    a rebel army or a breakaway regime."""
    return any(nation in org.members for oid, org in sorted(state.orgs.items())
               if state.campaign.org(oid).kind == "universal")


EXHAUSTION = 10
"""Resolve a turn of war costs a poor aggressor per stage above clashes, times the square of
the defence's share of its attack (at most 1): a long war between near-equals exhausts a state
that cannot pay for it (the Chaco, 1932-35: Paraguay and Bolivia, three years, some 90,000
dead, and a truce between two exhausted armies), while a far stronger aggressor hardly feels it
(Italy in Ethiopia)."""
WAR_ECONOMY = 40
"""An economy from which a state sustains a long war without wearing: below it the wear grows
as the economy shrinks (Japan fought China from 1937 to 1945)."""


WARS_OF_STATES = ("interstate_aggression", "border_dispute")
"""The kinds of crisis in which a war wears its attacker down (``_worn``): armies of states,
which can stop at a line. A civil war or a campaign against civilians has no line to stop at
and is not worn the same way (the Bosnian Serbs fought on from 1992 to 1995)."""


def _worn(ctx: Ctx, c: CrisisState, attack: float, defence: float) -> CrisisState:
    """The war wears the aggressor's resolve down by how hard its enemy fights back and how
    little its economy can pay for a long war."""
    if c.kind not in WARS_OF_STATES:
        return c
    match = min(1.0, defence / attack) if attack > 0 else 1.0
    poverty = max(0.0, 1 - ctx.state.nations[c.aggressor].economy / WAR_ECONOMY)
    wear = round(per_turn(ctx.state, EXHAUSTION * (c.stage - 2) * match ** 2 * poverty))
    if not wear:
        return c
    return ctx.update_crisis(c.id, resolve=max(0, c.resolve - wear))


DEAD_A_MONTH = {2: 0.25, 3: 1.5, 4: 4.5}
"""Thousands killed a month by the stage of the fighting (incidents, clashes, war), before the
size of the attacking force (a thousand a month for every 60 points of it) is added."""
SCALE_OF_WAR = {"interstate_aggression": 1.0, "civil_war": 1.0, "atrocities": 1.0,
                "genocide": 1.0, "occupation": 0.5, "border_dispute": 0.3}
"""How much of that a kind of crisis kills: a border war is fought by frontier forces for a
strip of land (the Chaco's 90,000 dead over three years were an exception), an occupation
mostly against a population that does not fight back (Hungary, 1956: about 3,000)."""
CIVILIANS_A_MONTH = 0.75
"""Thousands of civilians killed a month per stage in civil wars, atrocities and occupations,
and DISPLACED_A_MONTH thousands driven from their homes."""
DISPLACED_A_MONTH = 3.75
"""Thousands driven from their homes a month per stage, in the same crises."""
GENOCIDE_CIVILIANS = 3.0
"""A genocide kills civilians three times as fast as other atrocities (Rwanda, 1994: some
800,000 in a hundred days)."""


def toll(c: CrisisState, attack: float, months: int) -> tuple[int, int]:
    """Thousands dead and displaced in a turn of ``months`` months of fighting: counted by the
    month, so a campaign's turn length does not change how deadly a war is."""
    dead = (DEAD_A_MONTH[c.stage] + attack / 60) * SCALE_OF_WAR.get(c.kind, 1.0)
    displaced = 0.0
    if c.kind in ("civil_war", "occupation", *ATROCITY_KINDS):
        momentum = 1 + c.killing / 100  # atrocities.py: zero outside atrocity crises
        civilians = GENOCIDE_CIVILIANS if c.kind == "genocide" else 1.0
        dead += CIVILIANS_A_MONTH * c.stage * civilians * momentum
        displaced = DISPLACED_A_MONTH * c.stage * (1 + c.killing / 200)
    return round(dead * months), round(displaced * months)


def _intervention_losses(ctx: Ctx, c: CrisisState, attack: float, defence: float,
                         fielded: dict[str, float]) -> None:
    """Intervening nations pay in proportion to the fight: each loses military by its share of
    the defence, more as the stage and the aggressor's force grow, and will for the dead and
    the distance (Britain's losses at Gallipoli; America's in Korea turned opinion)."""
    s = ctx.state
    heat = min(2.0, attack / 30)
    for nation, share in fielded.items():
        km = distance_km(s.campaign.nation(nation).capital_lonlat, c.location)
        dead = (c.stage - 1) * attack / 25 * share / defence if defence else 0.0
        ctx.adjust(nation, "military", -dead, f"casualties in {c.name}")
        losses.record(ctx, nation, c.id, round(dead), "combat")
        ctx.adjust(nation, "will", -(1 + c.stage * heat + km / 3000), f"fighting in {c.name}")


def _flying(ctx: Ctx, c: CrisisState, overhead: list[str]) -> None:
    """An air campaign is paid at home too, less than a war on the ground: each power flying
    over the fighting (``measures.flyers``) loses will for the distance, as an intervening
    army does, but not for the dead - it loses few or none (NATO lost no aircrew over Libya in
    2011, yet in Washington the House voted down its authorisation in June). Once its public
    has tired (``measures.FLYERS_WILL``) it stops flying."""
    for nation in overhead:
        km = distance_km(ctx.state.campaign.nation(nation).capital_lonlat, c.location)
        ctx.adjust(nation, "will", -(1 + km / 3000), f"the air campaign over {c.name}")


def _mission_losses(ctx: Ctx, c: CrisisState) -> None:
    """Peacekeepers in a crisis that is fighting take casualties: each contingent loses units
    by its mandate and the stage, its nation loses that military and will (Belgium withdrew
    from Rwanda after ten of its soldiers were killed in 1994)."""
    s = ctx.state
    if not c.active or c.stage < 2:
        return
    for mid, mission in list(s.missions.items()):
        if mission.crisis != c.id or mission.status != "active" or mission.since >= s.month:
            continue
        pledges, lost_any = [], 0
        # on a player's view (a planner's preview) the others' pledges are one share, no
        # nation's (``view``): they are left as they are, the viewer's own are counted
        for nation, units in mission.pledges:
            lost = min(units, round(units * MISSION_RISK[mission.mandate] * (c.stage - 1))) \
                if nation in s.nations else 0
            if lost:
                lost_any += lost
                ctx.adjust(nation, "military", -lost, f"peacekeepers lost in {c.name}")
                ctx.adjust(nation, "will", -(1 + lost / 2), f"peacekeepers killed in {c.name}")
                losses.record(ctx, nation, c.id, lost, "ambush")
            if units > lost:
                pledges.append((nation, units - lost))
        if lost_any:
            s.missions[mid] = replace(mission, pledges=tuple(pledges))
            ctx.emit("mission", f"Mission {mid} loses {lost_any} units in the fighting in "
                     f"{c.name}.", crisis=c.id, mission=mid, lost=lost_any)


OVERRUN_GAIN = 50
"""Ground an aggressor takes at once when it overruns a protection mission guarding a whole
country: the people it protected had given up their hope of defence to it. A safe area (a
crisis over part of a victim's land) falls with its protectors outright (Srebrenica,
demilitarised in 1993, fell in five days in July 1995)."""
OVERRUN_DEAD = 8
"""Thousands killed as a protected area is overrun (Srebrenica: about eight thousand)."""
OVERRUN_CREDIBILITY, OVERRUN_WILL, OVERRUN_LEGITIMACY = 12, 8, 4
"""What an overrun mission costs its body (credibility) and its troop contributors (will
at home, legitimacy abroad: the Dutch government resigned over Srebrenica in 2002)."""


def _safe_area(state: GameState, c: CrisisState) -> bool:
    """The crisis is over part of its victims' land (an enclave), not the whole of one."""
    return not any(overrun(state, c, v) for v in c.victims)


def _protection(ctx: Ctx, c: CrisisState) -> tuple[bool, bool]:
    """Whether a protection mission shields civilians, and whether one is overrun this turn.
    A mission that holds (``measures.holds``) shields; a weaker one is overrun once the
    aggressor fights in earnest - if it stands on the ground: a mission set up this turn, or
    with no troops yet, has no one there to overrun."""
    s = ctx.state
    shielded = overrun = False
    for mid, mission in sorted(s.missions.items()):
        if mission.crisis != c.id or mission.status != "active" or mission.mandate != "protect":
            continue
        if holds(s, c, mission):
            shielded = True
        elif (c.stage >= 3 and c.kind in ("civil_war", *ATROCITY_KINDS) and mission.strength > 0
              and mission.since < s.month):
            _humiliated(ctx, c, mid)
            overrun = True
    return shielded, overrun


def exposed(state: GameState, c: CrisisState) -> bool:
    """An enclave lies open: a protection mission stands on the ground, manned but too weak for
    its mandate (``measures.holds``), over part of the victim's land, in a war on civilians.
    At war the aggressor overruns it and takes the enclave whole (``_protection``), so it reads
    the mission as an opportunity, not a deterrent (``Mind.pressing``): the Bosnian Serbs took
    Srebrenica from some 400 lightly armed Dutch soldiers in five days (July 1995), then Zepa."""
    return c.kind in ("civil_war", *ATROCITY_KINDS) and _safe_area(state, c) and any(
        m.crisis == c.id and m.status == "active" and m.mandate == "protect"
        and m.strength > 0 and m.since < state.month and not holds(state, c, m)
        for _, m in sorted(state.missions.items()))


def _humiliated(ctx: Ctx, c: CrisisState, mid: str) -> None:
    """A mission overrun: it fails, its body loses credibility and its contributors will and
    standing."""
    mission = ctx.state.missions[mid]
    ctx.state.missions[mid] = replace(mission, status="failed")
    ctx.emit("mission", f"Mission {mid} is overrun in {c.name}: {mission.strength} units, "
             "too few and too lightly armed for their mandate, could not stop the attack.",
             crisis=c.id, mission=mid)
    ctx.credibility(mission.org, -OVERRUN_CREDIBILITY, f"mission {mid} overrun")
    for nation, units in mission.pledges:
        if nation not in ctx.state.nations:  # the others' share on a player's view (view.py)
            continue
        ctx.adjust(nation, "will", -OVERRUN_WILL, f"mission {mid} overrun")
        ctx.adjust(nation, "legitimacy", -OVERRUN_LEGITIMACY, f"mission {mid} overrun")
        losses.record(ctx, nation, c.id, max(1, units // 2), "overrun")  # killed or taken


def _treaties_tested(ctx: Ctx, c: CrisisState) -> None:
    """A guarantee or alliance tested in war and not honoured costs its maker dearly."""
    s = ctx.state
    if c.stage < 3:
        return
    engaged = {n for n, _ in c.interveners} | {n for n, x in s.nations.items()
                                               if c.id in x.mobilised}
    for t in s.treaties:
        for victim in c.victims:
            if t.kind == "alliance" and victim in (t.a, t.b):
                bound = t.b if victim == t.a else t.a
            elif t.kind == "guarantee" and victim == t.b:
                bound = t.a
            else:
                continue
            if bound in engaged or bound in c.tested or bound == c.aggressor:
                continue
            if not s.nations[bound].exists:
                continue
            ctx.update_crisis(c.id, tested=ctx.crisis(c.id).tested + (bound,))
            ctx.adjust(bound, "legitimacy", -10, f"did not honour its {t.kind} in {c.name}")
            ctx.relate(bound, victim, -20)
            ctx.emit("treaty", f"{ctx.name(bound)} does not honour its {t.kind} with "
                     f"{ctx.name(victim)}.", nation=bound, crisis=c.id)


def _outcome(ctx: Ctx, c: CrisisState) -> None:
    if not c.active:
        return
    calm = c.calm_turns * ctx.state.campaign.turn_months  # months without a change
    if c.progress >= 100:
        end_crisis(ctx, c.id, "conquest", f"{ctx.name(c.aggressor)} has its way by force")
    elif c.stage <= 1 and _arbitration(ctx.state, c):  # before a broken resolve: see below
        end_crisis(ctx, c.id, "settlement", "the parties come to terms")
    elif c.resolve <= BROKEN_RESOLVE and talking(ctx.state, c):  # no retreat: ``weary``
        if armistice(ctx.state, c):
            end_crisis(ctx, c.id, "frozen", f"its hopes gone, {ctx.name(c.aggressor)} gives "
                       "way at the talks and an armistice is signed on the front; no peace "
                       "follows")
    elif c.resolve <= BROKEN_RESOLVE and not restoration.kept_in_power(ctx.state, c):
        c = restoration.hand_over(ctx, c)
        end_crisis(ctx, c.id, "withdrawal", f"{ctx.name(c.aggressor)} gives up")
    elif c.stage >= 2 and c.resolve < TRUCE_RESOLVE and c.progress >= TRUCE_GROUND:
        end_crisis(ctx, c.id, "settlement", "exhausted, the parties agree a truce on the lines "
                   "they hold")
    elif c.stage <= 1 and talking(ctx.state, c):  # the calm is the talks' (``armistice``)
        if armistice(ctx.state, c):
            end_crisis(ctx, c.id, "frozen", "the talks end in an armistice on the front; no "
                       "peace follows")
    elif c.stage == 0 and calm >= 2 * RATE_MONTHS:
        end_crisis(ctx, c.id, "settlement", "the parties come to terms")
    elif calm >= 4 * RATE_MONTHS and c.stage <= 1 and not enclaves.under_siege(ctx.state, c) \
            and (c.resolve >= SETTLES_BELOW or not restoration.kept_in_power(ctx.state, c)) \
            and not worn(ctx.state, c):
        outcome = "settlement" if c.resolve < SETTLES_BELOW else "frozen"
        end_crisis(ctx, c.id, outcome, "the front stops moving")
    elif calm >= 48:
        end_crisis(ctx, c.id, "frozen", "four years of war without a change on the ground")
    elif c.started is not None and ctx.state.month - (c.reignited or c.started) >= 72 \
            and c.stage <= 2:
        end_crisis(ctx, c.id, "frozen", "years pass without a decision")


def worn(state: GameState, c: CrisisState) -> bool:
    """``c`` is an occupation (its aggressor holds its victim's land) and sanctions in force
    still press the occupier (``measures.sanctions_pressure``): its resolve is being worn
    down, so a front that has stopped moving is not yet a frozen conflict or a settlement on
    the lines - time is on the side of the occupied, which waits. A war over a state's own
    shape (a civil war) still settles on the lines it stopped at. The Krajina Serbs' front
    stood still under UNPROFOR from 1992, while the sanctions on Belgrade cut off their
    patron's support; in August 1995 Croatia's rebuilt army took the Krajina back in four
    days (Operation Storm). So is a blockade its victims' friends answer in kind
    (``counter_blockade``): the blockader is worn while the blockaded side holds out."""
    return (c.kind == "occupation" and sanctions_pressure(state, c)[0] > 0
            or counter_blockade(state, c)[0] > 0)


BROKEN_RESOLVE = 5
"""Resolve at or below which an aggressor has no hope left of gaining by war: it gives up and
withdraws, or, in a war that ends at the table (``talking``), gives way at the talks
(``weary``)."""
SETTLES_BELOW = 40
"""Resolve below which an aggressor whose front has stopped moving comes to terms; from it, the
conflict is frozen. A siege is no front that has stopped (``enclaves.under_siege``): its
besieger starves the enclave without moving a line, and the siege goes on until it is broken,
given up or ends in the enclave's fall (Srebrenica was strangled from 1993 to July 1995). A regime that would hand power to a government in exile comes to no terms
while no force can take over (``restoration``): the crisis stays open."""
TRUCE_RESOLVE = 25
"""An aggressor whose resolve is worn below this while it holds at least TRUCE_GROUND of what
it fought for agrees a truce on the lines held: a settlement, neither a withdrawal nor a
conquest (the Chaco truce of June 1935, Paraguay holding most of the Chaco)."""
TRUCE_GROUND = 50
"""The progress an exhausted aggressor must hold to settle for a truce (TRUCE_RESOLVE)."""


TRUCE = ("ceasefire", "peacekeeping")
"""The measures that hold both sides to a truce (``armistice``): the order to stop fighting,
and the United Nations' men between the lines (the truce supervisors of 1948, later UNTSO)."""


def armistice(state: GameState, c: CrisisState) -> bool:
    """An aggressor state (``recognised``) that backs down from incidents while it holds ground
    it won at war, under a truce a body ordered or supervises (``TRUCE``), at a stalemate -
    its victim's defence at least its attack, with no one else fighting to take the ground
    back (no interveners) - does not hand that ground back: the truce lines become an
    armistice, a frozen conflict with no peace. An aggressor still the stronger that backs
    down under the world's pressure gives the ground up, as does one with no truce or facing
    interveners; a breakaway regime held to a truce signs none, and its state takes the land
    back in the end (Katanga, 1963; the Krajina, 1995), nor does a government at war with a
    people in arms without a state (``insurgents``: Libya, 2011). Palestine, 1949: after the
    Council's truces and the mediators' work, Egypt kept Gaza and Jordan the West Bank under
    the armistices of Rhodes.

    Where outside powers fight on both sides and the interveners cannot push the aggressor
    back (``talking``), neither side ends the war without the other: the armistice is
    signed on the front where the armies stand, whatever ground the aggressor holds, once
    that front has held a turn and the side that still hopes to gain by fighting on can no
    longer bear the war (``weary``) - or the fighting has died down to incidents, where no
    battle is left to hope for - and the interveners stay in the field. A
    regime with no seat signs too, for the army beside it keeps the land from being taken
    back. Korea, 27 July 1953: the armistice at Panmunjom, signed by the United Nations
    Command and the North Korean and Chinese commanders on a line near the parallel; no
    peace has followed."""
    if talking(state, c):
        return c.calm_turns > 0 and (c.stage <= 1 or bool(weary(state, c)))
    truce = any(c.has_measure(kind) for kind in TRUCE)
    if c.progress <= 0 or c.interveners or not truce \
            or not recognised(state, c.aggressor) or insurgents(state, c):
        return False
    attack, defence, _ = front(state, c)
    return defence >= attack


WAR_WEARY = 50
"""The will below which a power fighting in a war that ends at the table (``talking``) can no
longer bear it: half its people's readiness gone to a war of position, it gives way on what
still divides the two sides, and the armistice is signed (``weary``)."""


def hopeful(state: GameState, c: CrisisState) -> tuple[str, ...]:
    """The side of a war that ends at the table (``talking``) that still hopes the next
    battle will buy a better line: the aggressor and the powers beside it while their attack
    is at least the defence against them, else the interveners. The other side, that hopes
    for nothing from fighting on, would sign on the front today."""
    attack, defence, _ = front(state, c)
    side = (c.aggressor, *c.backers) if attack >= defence else tuple(n for n, _ in c.interveners)
    return tuple(n for n in side if n in state.nations and state.nations[n].exists)


def weary(state: GameState, c: CrisisState) -> tuple[str, ...]:
    """The powers of the side that holds out in armistice talks (``hopeful``) that can no
    longer bear the war (will below ``WAR_WEARY``), or, for the aggressor, whose hopes are
    gone (resolve at most ``BROKEN_RESOLVE``): while there are none the talks drag on
    and the armies fight for hills; once one of them wants out, its side gives way and the
    armistice is signed (``armistice``). The war's cost - the dead, the strain of fighting
    far from home - is paid in will each turn (``_intervention_losses``), and each government
    rallies its people to hold on as long as it can. Korea: talks opened at Kaesong on 10
    July 1951 with the front near the parallel; the Chinese and North Korean side, stronger
    on the ground, held out over the prisoners' repatriation while its armies bled, and gave
    way in the spring of 1953; the armistice was signed at Panmunjom on 27 July 1953."""
    return tuple(n for n in hopeful(state, c) if state.nations[n].will < WAR_WEARY
                 or (n == c.aggressor and c.resolve <= BROKEN_RESOLVE))


TALKS_FROM = 2
"""The highest stage from which an aggressor in such a war (``talking``) may offer to stop:
from clashes or less. From there its backing down is talks, not a retreat (``climb``)."""


def talking(state: GameState, c: CrisisState) -> bool:
    """A war that ends at the table: outside powers fight on both sides (interveners against
    the aggressor, ``CrisisState.backers`` beside it), the force a body authorised - or its
    order to stop - stands behind the talks (``TRUCE``, or an enforcement measure, whose
    command signs for the body), and the interveners cannot push the aggressor and its
    backers back (their side short of ``PUSH_BACK`` times its attack with what they field at
    a distance: the ``reserves`` they send to retake the victim's ground do not carry the war
    into the aggressor's). Neither side ends the war without the other: an aggressor that
    backs down there does not retreat but talks, and signs an armistice on the front where it
    stands, whatever ground it holds, once the side that holds out can no longer bear the war
    (``weary``); the interveners stay in the field."""
    if not (c.interveners and c.backers) or insurgents(state, c) or not (
            c.has_measure("enforcement") or any(c.has_measure(kind) for kind in TRUCE)):
        return False
    attack, defence, _ = front(state, c, sent=False)
    return defence <= attack * PUSH_BACK


def _arbitration(state: GameState, c: CrisisState) -> bool:
    """Parties bound to arbitrate settle as soon as the shooting stops, and an aggressor bound
    to arbitrate that steps back from clashes settles on the terms it bound itself to even if
    its resolve is broken: the bargain is its way out, not a defeat (Lebanon, 1958: the UAR,
    pressed by the landings, stepped back; Murphy's bargain and Chehab's election ended the
    strife in a settlement, and the UN observers left in December). A vote of the people
    pending over the crisis is the way the parties bound themselves to settle it, on its date
    (``plebiscite.pending``: France and Germany were bound by Locarno, and the Saar voted)."""
    return not plebiscite.pending(state, c) and any(
        t.kind == "arbitration" and c.aggressor in (t.a, t.b)
        and any(v in (t.a, t.b) for v in c.victims) for t in state.treaties)
