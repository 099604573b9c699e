"""Host consent (issue 19): a government that turns on people in its own hands keeps any
force out of its territory until pressure wins its consent. Once the violence has begun, it
consents as soon as its urge to press on (``crises.urge``: its resolve and the stake, less the
deterrence it faces - the armies mobilised and the threats made over the crisis - with the
sanctions and the aid cut off already in its resolve) falls below CONSENT_URGE: its resolve
breaks, and the power most ready to send troops leads the force it lets in (Indonesia, 12
September 1999: with the IMF's money held back and Washington cutting military ties, Habibie
accepted the Australian-led INTERFET). Consenting over land apart from its own, it gives
the land up: its army leaves (East Timor, October 1999). A permanent member of a council
that stands by it and does not coerce it shields it, and it holds out (Sudan, 2006: with
China buying its oil, it refused the UN force of Res 1706, which needed its consent and
never deployed). A regime at war with a people in arms inside its borders fights for its
survival and never consents (Libya, 2011)."""

from __future__ import annotations

from .context import Ctx
from .gauges import reach, sanctioning
from .measures import field_force, resistance, striking_force
from .state import CrisisState, GameState

KINDS = ("atrocities",)
"""Crises whose aggressor is the host government of the people it kills. A genocide's host
in this period had consented to a force already (Rwanda's at Arusha, 1993); a civil war's
parties are not a host that lets others in."""


def accord(state: GameState, c: CrisisState) -> bool:
    """The campaign says ``c``'s parties signed an accord and asked for a mission to watch it
    (``accord: true``; Arusha, August 1993): its host consented to a force before any killing.
    A crisis born of a claim in play has no campaign entry, and no accord."""
    d = state.campaign.defined(c.id)
    return d.accord if d else False


def watching(state: GameState, c: CrisisState) -> bool:
    """``c`` is an accord still kept (incidents or calmer): the force its parties asked for is
    an observer mission to watch it (UNAMIR, Res 872, October 1993)."""
    return c.stage < 2 and accord(state, c)


def hosts(state: GameState, c: CrisisState) -> bool:
    """The crisis has a host whose consent a force needs: an atrocity crisis whose aggressor
    is a sovereign government, a member of a universal organisation (the Bosnian Serbs'
    consent was not a state's; Belgrade's to KFOR, June 1999, was)."""
    return c.kind in KINDS and any(
        c.aggressor in org.members for oid, org in sorted(state.orgs.items())
        if state.campaign.org(oid).kind == "universal")
CONSENT_URGE = 50
"""The urge to press on below which the host consents."""
CONSENT_RESOLVE = 40
"""The resolve a host loses when it consents: its army is told to stand aside."""
LEAD_MILITARY = 15
"""The military a nation needs to lead a force: a middle power at least (Australia, 18)."""
PROTECTOR_TIES = 40
"""Relations with the host from which a permanent member stands by it."""
COERCION = ("sanctions", "no_fly_zone", "enforcement")
"""Measures whose supporters coerce the host (words alone - a condemnation, a referral to a
court - do not make a friend an enemy: China voted to condemn Khartoum and stood by it)."""


def besieged(state: GameState, c: CrisisState) -> bool:
    """The host fights for its own survival: its victims are a people in arms inside its
    borders, with no land of their own to be given back, so a force let in would stand beside
    rebels who want the regime gone, and no pressure wins its consent (Libya, 2011: Gaddafi
    never let a force in; NATO's air power and the rebels took Tripoli in August). A host
    fighting over land apart from its own can give that land up and survive (East Timor,
    1999; Belgrade and Kosovo, 1999)."""
    victims = [state.campaign.nation(v) for v in c.victims if v != c.aggressor]
    return bool(victims) and not any(v.territory for v in victims) and any(
        state.nations[v.code].military > 0 for v in victims)


def alongside(state: GameState, c: CrisisState) -> bool:
    """Armies that intervene in a host's war on a people in arms inside its borders
    (``besieged``) fight beside the rebels: they strike the regime's forces where the rebels
    meet them, but take and hold no ground of their own, for that would be occupying the
    country. At the front they count for at most the rebels' own forces, as air cover does
    (``crises.front``), and when the regime gives up they hold nothing: the ground is the
    rebels' if they have outfought its army (``overthrown``), else the regime stays and comes
    to terms with them (``peacebuilding.ending``). Resolution 1973 (March 2011) authorised
    force to protect Libya's civilians "while excluding a foreign occupation force of any
    form"; NATO struck Gaddafi's columns for five months while the rebels, stalled at Brega
    and besieged in Misrata, were armed and trained to take Tripoli themselves."""
    return hosts(state, c) and besieged(state, c)


def in_exile(state: GameState, nation: str) -> bool:
    """``nation`` is a government in exile: it has no land of its own and its seat is the
    capital of the regime it is a victim of, so it has no ground to raise or arm a force on
    (Aristide's, 1991-94: Haiti's only army was the junta's; what his friends sent him went to
    his people, not to a force). A people in arms holds a town of its own (Benghazi, 2011)."""
    seat = state.campaign.nation(nation).capital_lonlat
    return not state.campaign.nation(nation).territory and any(
        c.active and nation in c.victims
        and state.campaign.nation(c.aggressor).capital_lonlat == seat
        for c in state.crises.values())


def overthrown(state: GameState, c: CrisisState) -> bool:
    """A regime at bay (``besieged``) that has lost its war: the people in arms, with the air
    cover of the powers enforcing a no-fly zone over them, outfight its army as the fighting
    reckons it (``measures.resistance`` against ``measures.striking_force``: the zone grounds
    its aircraft), and no permanent member stands by it (``protector``), so when it gives up
    they take the ground over, a withdrawal and not a frozen war (Libya, August 2011: the
    rebels, armed from abroad and covered by NATO's aircraft, took Tripoli). A patron keeps a
    regime in the field, with its arms and its veto (Khartoum with China, 2003-11)."""
    return besieged(state, c) and protector(state, c) is None \
        and resistance(state, c) > striking_force(state, c)


def occupied(state: GameState, c: CrisisState) -> bool:
    """The host fights over land apart from its own: a victim other than itself with a
    territory of its own."""
    return any(state.campaign.nation(v).territory for v in c.victims if v != c.aggressor)


def flag(crisis_id: str) -> str:
    """The flag that records the host's consent (events tell the story from it)."""
    return f"consent_{crisis_id}"


def consented(state: GameState, c: CrisisState) -> bool:
    return flag(c.id) in state.flags


def withheld_flag(crisis_id: str, nation: str) -> str:
    """The flag that records ``nation``'s cut of its aid to the host (``orders/aid.py``)."""
    return f"aid_cut_{crisis_id}_{nation}"


def withholding(state: GameState, c: CrisisState) -> list[str]:
    """The nations that have cut their aid and credit to the host over this crisis."""
    return [n for n in sorted(state.nations) if withheld_flag(c.id, n) in state.flags]


def coercing(state: GameState, c: CrisisState) -> set[str]:
    """The nations coercing the host now: the supporters of coercion against it, the
    sanctioners, those that cut their aid to it, those with a threat standing or an army
    mobilised over the crisis."""
    who = {n for m in c.measures if m.kind in COERCION for n in m.supporters}
    who |= set(sanctioning(state, c)) | set(withholding(state, c))
    who |= {k.nation for k in state.commitments
            if k.crisis == c.id and k.target == c.aggressor and k.status == "standing"}
    return who | {n for n, x in state.nations.items() if c.id in x.mobilised}


def protector(state: GameState, c: CrisisState) -> str | None:
    """A permanent member of a council that stands by the host (relations of PROTECTOR_TIES
    or more) and does not coerce it: the closest such."""
    pressers = coercing(state, c)
    permanent = {seat.nation for org in state.campaign.organisations
                 for body in org.bodies
                 for seat in body.seats or () if seat.permanent and seat.holds(state.month)}
    friends = [(state.relation(n, c.aggressor), n) for n in sorted(permanent)
               if n not in pressers and n != c.aggressor and state.nations[n].exists
               and state.relation(n, c.aggressor) >= PROTECTOR_TIES]
    return max(friends)[1] if friends else None


def lead(state: GameState, c: CrisisState) -> str | None:
    """The nation that leads the force the host lets in: of those mobilised over the crisis,
    the one with the most force there, its nearness counted twice - a coalition is led from
    the region, which has the bases and the stake (Australia, not the United States, led
    INTERFET)."""
    ready = [n for n, x in state.nations.items()
             if c.id in x.mobilised and n not in c.parties and x.exists
             and x.military >= LEAD_MILITARY and all(n != who for who, _ in c.interveners)]
    return max(sorted(ready), key=lambda n: field_force(state, n) * reach(state, n, c) ** 2,
               default=None)


def step(ctx: Ctx, c: CrisisState) -> CrisisState:
    """Once the violence has begun, a host no one shields and not fighting for its own
    survival consents as soon as its urge to press on falls below CONSENT_URGE; consenting
    over land apart from its own, it gives the land up (``_withdraws``)."""
    from .crises import feared, urge  # crises calls this module each turn

    s = ctx.state
    if (not hosts(s, c) or c.stage < 2 or consented(s, c) or besieged(s, c)
            or protector(s, c)):
        return c
    pressed = round(urge(c, feared(s, c)))
    if pressed >= CONSENT_URGE:
        return c
    ctx.set_flag(flag(c.id))
    c = ctx.update_crisis(c.id, resolve=max(0, c.resolve - CONSENT_RESOLVE))
    ctx.emit("crisis", f"{ctx.name(c.aggressor)} consents to an international force in "
             f"{c.name}: the pressure on it has broken its will to go on (urge {pressed}).",
             crisis=c.id, nation=c.aggressor)
    leader = lead(s, c)
    if leader is not None:
        mandate = authority(s, c)
        c = ctx.update_crisis(c.id, interveners=c.interveners + ((leader, mandate),))
        ctx.emit("military", f"{ctx.name(leader)} leads the force into {c.name}, with "
                 f"{ctx.name(c.aggressor)}'s consent.", crisis=c.id, nation=leader,
                 authority=mandate)
    return _withdraws(ctx, c)


def _withdraws(ctx: Ctx, c: CrisisState) -> CrisisState:
    """A host that consents to a force over land apart from its own gives it up: its army
    leaves and the crisis ends in a withdrawal (East Timor, 1999: Jakarta accepted INTERFET
    on 12 September, its troops left in October and its assembly revoked the annexation on
    the 19th). Over its own people it stays, and the force shields them."""
    from .crises import end_crisis  # crises calls this module each turn

    if not occupied(ctx.state, c):
        return c
    end_crisis(ctx, c.id, "withdrawal", f"{ctx.name(c.aggressor)} accepts the loss of "
               f"the territory and its army leaves")
    return ctx.crisis(c.id)


def authority(state: GameState, c: CrisisState) -> str:
    """The force's authority: a universal body's or a regional mandate for force if one is in
    force, else the host's consent alone."""
    kinds = {state.campaign.org(m.org).kind for m in c.measures if m.kind == "enforcement"}
    return "universal" if "universal" in kinds else "regional" if kinds else "consent"


def status_line(state: GameState, c: CrisisState) -> str:
    """The crisis panel's line on consent, for a crisis with a host (two lines of the panel
    at most: the panel elides a third)."""
    from .crises import feared, urge  # crises calls this module each turn

    if not hosts(state, c) or not c.active:
        return ""
    if consented(state, c):
        return "The host government has consented to a force" + _cut(state, c)
    if besieged(state, c):
        return (f"No consent: {state.campaign.nation(c.aggressor).name} fights for its "
                f"survival against its people in arms" + _cut(state, c))
    shield = protector(state, c)
    if shield is not None:
        return (f"No consent to a force: {state.campaign.nation(shield).name} stands by "
                f"{state.campaign.nation(c.aggressor).name}" + _cut(state, c))
    return (f"No consent to a force yet: urge to press on {round(urge(c, feared(state, c)))}, "
            f"it consents below {CONSENT_URGE}"
            + (" once the violence has begun" if c.stage < 2 else "") + _cut(state, c))


def _cut(state: GameState, c: CrisisState) -> str:
    """The status line's tail: who has cut its aid to the host (public), the first named."""
    cutters = [state.campaign.nation(n).name for n in withholding(state, c)]
    if not cutters:
        return ""
    others = len(cutters) - 1
    return (f" · aid cut by {cutters[0]}"
            + (f" and {cutters[1]}" if others == 1 else f" and {others} others" if others else ""))
