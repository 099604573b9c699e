"""Protectors who stay: a frozen conflict settles nothing, so the protection mission that
watched over its ground is still there when the next crisis over that ground begins, with the
troops its contributors can still spare. Its weakness carries over with it: an enclave guarded
by a token force is a prize (``crises.exposed``). UNPROFOR's safe areas of 1993 were still
held by the same thin companies in July 1995 (a Dutch battalion of some 400 in Srebrenica).

A besieged enclave is cut off: its protectors are not relieved or reinforced, and the armies
outside its lines cannot reach it, so what holds it is what is inside."""

from __future__ import annotations

from dataclasses import replace

from .consent import consented
from .context import Ctx
from .hostages import held
from .mandates import MANDATE_MONTHS
from .measures import FLYERS_WILL, committed, holds
from .state import CrisisState, GameState, Measure, Mission


def take_over(ctx: Ctx, crisis_id: str) -> None:
    """The crisis ``crisis_id``, just begun, takes over the protection missions left on its
    ground by a frozen one (``left_behind``): each comes back with the pledges its
    contributors can still field, its mandate due for renewal a term from now."""
    s = ctx.state
    c = s.crises[crisis_id]
    for mission in left_behind(s, c):
        pledges = _still_fielded(s, mission)
        if not pledges:
            continue
        s.missions[mission.id] = replace(mission, crisis=c.id, status="active", pledges=pledges,
                                         until=s.month + MANDATE_MONTHS)
        old = s.crises[mission.crisis]
        measures = tuple(m for m in old.measures if m.resolution == mission.resolution)
        c = ctx.update_crisis(c.id, measures=c.measures + measures)
        ctx.emit("mission", f"Mission {mission.id} is still on the ground in {c.name}, left "
                 f"there when {old.name} froze: {sum(u for _, u in pledges)} units.",
                 crisis=c.id, mission=mission.id)


def frozen_over(state: GameState, c: CrisisState) -> list[CrisisState]:
    """Crises that ended frozen over ground ``c`` shares, against the same aggressor and for
    one of the same victims: what they left standing there is still there. Over an enclave
    (``c``'s campaign marks it ``enclave``) a settlement is a truce on the lines held, which
    leaves the enclave inside its besieger's lines as a freeze does, and its guard there (the
    Srebrenica ceasefire of April 1993 settled nothing: the Canadians, then the Dutch, stayed
    inside the Serb lines until July 1995)."""
    d = state.campaign.defined(c.id)
    over = ("frozen", "settlement") if d is not None and d.enclave else ("frozen",)
    return [old for _, old in sorted(state.crises.items())
            if old.id != c.id and old.outcome in over and old.aggressor == c.aggressor
            and set(old.victims) & set(c.victims) and set(old.region) & set(c.region)]


def left_behind(state: GameState, c: CrisisState) -> list[Mission]:
    """Protection missions of crises that ended frozen over ground ``c`` shares
    (``frozen_over``), completed when the front stopped."""
    olds = {old.id for old in frozen_over(state, c)}
    return [mission for _, mission in sorted(state.missions.items())
            if mission.crisis in olds and mission.mandate == "protect"
            and mission.status == "completed"]


def cover(state: GameState, c: CrisisState) -> list[Measure]:
    """The authorisations of force (``enforcement``) that crises frozen over ``c``'s ground
    (``frozen_over``) left in force there: a frozen conflict lifts nothing, and the force a
    body authorised to protect the ground still stands over it when the next crisis there
    begins."""
    return [m for old in frozen_over(state, c) for m in old.measures if m.kind == "enforcement"]


def covered(state: GameState, c: CrisisState) -> bool:
    """Force is authorised over ``c`` (``authorised``) and used: no hostages held by its
    aggressor stop it (``hostages.held``). Its peacekeepers fight with it
    (``measures.armed``) and its besieger reckons with it. Res 836 (June 1993) let UNPROFOR
    call in NATO's air power to deter attacks on the safe areas and was never repealed; the
    Bosnian Serbs held back from Srebrenica while NATO's aircraft flew over their war, and
    moved in July 1995, when the requests for air support were refused: the troop
    contributors had stopped the strikes after their soldiers were taken hostage in May."""
    return authorised(state, c) and not held(state, c.aggressor)


def authorised(state: GameState, c: CrisisState) -> bool:
    """Force is authorised against ``c``'s aggressor there: voted in ``c`` itself, or left over
    its ground by a frozen crisis (``cover``) and still flown (``flown``), whether or not
    hostages stop its use (``covered``)."""
    return c.has_measure("enforcement") or any(flown(state, m, c) for m in cover(state, c))


def invites(state: GameState, c: CrisisState) -> bool:
    """The enclave ``c`` is about (its campaign marks it ``enclave``) lies open to its
    besieger: no protection mission on its ground would hold it (``measures.holds``) - those
    in ``c`` once it runs, and before it begins those a frozen crisis left there
    (``left_behind``), with the troops their contributors can still field. An unguarded
    enclave lies open too. A besieger strangles an enclave when its guard invites it, not on a
    date: the Bosnian Serbs' directive of March 1995 against Srebrenica and Zepa came when
    their Dutch and Ukrainian companies could not hold them; Gorazde, attacked in April 1994,
    held once NATO's strikes armed its defence."""
    d = state.campaign.defined(c.id)
    if d is None or not d.enclave or c.outcome is not None:
        return False
    if c.active:
        guards = [m for _, m in sorted(state.missions.items())
                  if m.crisis == c.id and m.status == "active" and m.mandate == "protect"]
    else:
        guards = [replace(m, pledges=_still_fielded(state, m)) for m in left_behind(state, c)]
        if any(m.strength > 0 and consented(state, state.crises[m.crisis]) for m in guards) \
                and not unpunished(state, c):
            return False  # an agreed safe area, watched, and the besieger fears the strikes
    return not any(holds(state, c, m) for m in guards)


def watched(state: GameState, c: CrisisState) -> bool:
    """The enclave ``c`` is about (its campaign marks it ``enclave``) is a safe area its
    besieger agreed to (``consent.consented``: it signed the enclave's demilitarisation) and
    keeps to (no war there): its protectors watch an agreement, not hold a line against an
    army, so a light guard is enough (``measures.mission_need`` counts them as observers) and
    its contributors face no one (``orders.organisations._value_troops``). Srebrenica, April
    1993: Mladic signed its demilitarisation, a company of 150 Canadians moved in, and the
    Serb advance stopped at the edge of town for two years."""
    d = state.campaign.defined(c.id)
    return bool(d and d.enclave) and c.active and c.stage < 3 and consented(state, c)


def unpunished(state: GameState, c: CrisisState) -> bool:
    """The besieger of ``c``'s enclave judges that no one would strike if it broke the agreed
    safe area: no power outside the crisis, its public bearing it (``measures.FLYERS_WILL``),
    is on alert against it over a crisis it presses on the same victim, or it holds peacekeepers
    hostage (``hostages.held``: the troop contributors stop the strikes). An agreed safe area
    with a guard on the ground (``invites``) holds while the besieger fears the strikes, and
    falls when it no longer does: the Bosnian Serbs moved on Srebrenica in July 1995, weeks
    after the hostage-taking of May had ended NATO's air strikes."""
    if held(state, c.aggressor):
        return True
    wars = {o.id for o in state.crises.values() if o.active
            and o.aggressor == c.aggressor and set(o.victims) & set(c.victims)}
    return not any(n not in c.parties and x.exists and x.will >= FLYERS_WILL
                   and wars & set(x.mobilised) for n, x in sorted(state.nations.items()))


def standing(state: GameState, c: CrisisState) -> list[Measure]:
    """The force authorised against ``c``'s aggressor over one of ``c``'s victims that still
    stands: voted in a crisis it still wages on them, or left by one that ended frozen (over an
    enclave, settled too: ``frozen_over``'s truce on the lines held). A frozen conflict lifts
    nothing."""
    out: list[Measure] = []
    for _, o in sorted(state.crises.items()):
        if o.aggressor != c.aggressor or not set(o.victims) & set(c.victims):
            continue
        d = state.campaign.defined(o.id)
        over = ("frozen", "settlement") if d is not None and d.enclave else ("frozen",)
        if o.active or o.outcome in over:
            out.extend(m for m in o.measures if m.kind == "enforcement")
    return out


def threatened(state: GameState, c: CrisisState) -> bool:
    """Force stands against ``c``'s aggressor and could be used: authorised in ``c`` or flown
    over its ground (``authorised``), or voted over one of its victims (``standing``) by a
    power outside the crisis whose public would bear its use (``measures.FLYERS_WILL``), on
    alert or not. What hostages shield it from: Res 816 (the flight ban's enforcement) and Res
    836 (air power for the safe areas) stood over Bosnia from 1993, and the Bosnian Serbs took
    UN soldiers hostage against the strikes flown under them at Gorazde (April 1994) and near
    Pale (May 1995)."""
    if authorised(state, c):
        return True
    voters = {n for m in standing(state, c) for n in m.supporters}
    return any(n in voters and n not in c.parties and x.exists and x.will >= FLYERS_WILL
               for n, x in sorted(state.nations.items()))


def flown(state: GameState, measure: Measure, c: CrisisState) -> bool:
    """Whether the force ``measure``, left over ``c``'s ground by a frozen crisis, would still
    be used there: a power that voted it is on alert against the same aggressor over a war
    it wages on the same victim (``c`` itself, once it runs), and its public bears it
    (``measures.FLYERS_WILL``). An authorisation no one is ready to fly under covers no one:
    the air power Res 836 promised the safe areas was flown by the NATO powers enforcing the
    flight ban and the Sarajevo exclusion zone; once they stood back from the air war, the
    promise covered Srebrenica no more."""
    wars = {o.id for o in state.crises.values() if o.active and o.aggressor == c.aggressor
            and set(o.victims) & set(c.victims)}
    return any(n not in c.parties and state.nations[n].exists
               and state.nations[n].will >= FLYERS_WILL
               and wars & set(state.nations[n].mobilised) for n in measure.supporters)


def _still_fielded(state: GameState, mission: Mission) -> tuple[tuple[str, int], ...]:
    """Each contributor's pledge, as far as its army, less what serves elsewhere, still has
    the units (a state gone sends none)."""
    pledges = []
    for nation, units in mission.pledges:
        if nation not in state.nations:  # the others' share on a player's view (view.py)
            pledges.append((nation, units))
            continue
        n = state.nations[nation]
        spare = max(0, n.military - committed(state, nation)) if n.exists else 0
        if min(units, spare):
            pledges.append((nation, min(units, spare)))
    return tuple(pledges)


NOT_RELIEVED = 0.2
"""Share of each contingent guarding a besieged enclave that is not relieved a four-month
period (``crises.RATE_MONTHS``): soldiers who go home on leave or rotation are not let back in.
The Dutch battalion in Srebrenica fell from some 600 to some 400 between January and July
1995 because the Bosnian Serbs turned back its returning soldiers and its convoys."""


def wear_down(ctx: Ctx, c: CrisisState) -> None:
    """An enclave under siege (``under_siege``) wears down its protectors: each protection
    mission loses its share not relieved, from its largest contingents, who go home - not
    killed, not replaced. A thin force guarding an enclave thins until it can no longer hold it
    (``crises.exposed``); a force sent with a margin outlasts the siege."""
    from .crises import per_turn  # crises builds on this module

    s = ctx.state
    if not under_siege(s, c):
        return
    share = per_turn(s, NOT_RELIEVED)
    for mid, mission in sorted(s.missions.items()):
        if (mission.crisis != c.id or mission.status != "active" or mission.mandate != "protect"
                or mission.since >= s.month):
            continue
        gone = round(mission.strength * share)
        if not gone:
            continue
        pledges = dict(mission.pledges)
        for _ in range(gone):  # a unit at a time from the largest contingent
            pledges[min(pledges, key=lambda n: (-pledges[n], n))] -= 1
        kept = tuple((n, u) for n, u in pledges.items() if u > 0)
        s.missions[mid] = replace(mission, pledges=kept)
        ctx.emit("mission", f"Mission {mid} is besieged in {c.name}: its soldiers on leave "
                 f"are not let back in, and it is down to {sum(u for _, u in kept)} units.",
                 crisis=c.id, mission=mid)


def under_siege(state: GameState, c: CrisisState) -> bool:
    """``c`` besieges an enclave (its campaign marks it ``enclave``: the victim's land inside
    the aggressor's lines), past mere tension, while no force is authorised to break the siege
    (the Rapid Reaction Force's guns on Mount Igman opened the road to Sarajevo in the summer
    of 1995; ``authorised``: hostages stop the strikes, not the relief that a mandate to break
    the siege lets in), or while its besieger keeps to the safe area it agreed to (``watched``:
    the Dutch relieved the Canadians in Srebrenica in March 1994). A crisis born of a claim in
    play has no campaign entry, and no enclave."""
    if not (c.active and c.stage >= 1) or authorised(state, c) or watched(state, c):
        return False
    d = state.campaign.defined(c.id)
    return d.enclave if d else False


CUT_OFF = 0.03
"""Share of the force outside a besieged enclave's lines that still fights for it: what is
inside. Srebrenica's 28th Division was some 5,500 men, most of their heavy weapons handed in
under the 1993 demilitarisation, of a Bosnian army of about 200,000; the attempts to break
through from Tuzla failed, and no outside army came."""


def cut_off(state: GameState, c: CrisisState) -> float:
    """How much of the armies on the victim's side - its own, its allies', the powers that
    intervene or mobilise - reaches the fighting: all of it, unless ``c`` besieges an enclave
    (``under_siege``), where only what is inside its lines fights (``CUT_OFF``) and its
    protectors are the peacekeepers on the ground."""
    return CUT_OFF if under_siege(state, c) else 1.0
