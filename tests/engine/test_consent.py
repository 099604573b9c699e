"""A host's consent to a force and the end of a war nobody takes over (issue 19): the rules
that make East Timor end in Jakarta's consent, Darfur frozen under a protector's shield and
Somalia frozen when the peacekeepers leave; each with its precedent."""

from dataclasses import replace

from game.engine import consent, new_game
from game.engine import model as m
from game.engine.context import Ctx
from game.engine.crises import TRUCE_GROUND, end_crisis, fielded, front, step
from game.engine.measures import (AIR_SHARE, FLYERS_WILL, air_cover, field_force, flyers,
                                   resistance, striking_force)
from game.engine.state import Measure

from .factory import CRISES, NATIONS, campaign, nation

REBELS = nation("REB", "Rebels", 4, 1, bloc="none", lonlat=(38.7, 9.0))
"""A people without a state of its own, inside Ethiopia."""


def started(victims=("ETH",), kind="atrocities", resolve=30, nations=(*NATIONS, REBELS)):
    """The factory world with Ethiopia's government turning on ``victims`` in its own hands,
    the fighting begun (stage 2); and a context on it."""
    host = m.CrisisDef("host", "The killings in Ethiopia", kind, "ETH", victims, org="un",
                       stage=2, clarity=60, resolve=resolve, stake=40, location=(38.7, 9.0))
    state = new_game(campaign(nations=nations, crises=(*CRISES, host), events=()), seed=1)
    ctx = Ctx(state)
    ctx.start_crisis("host")
    return state, ctx


def mobilise(state, *nations):
    for n in nations:
        state.nations[n] = replace(state.nations[n], mobilised=(*state.nations[n].mobilised,
                                                                "host"))


def test_pressure_wins_the_hosts_consent_and_a_regional_power_leads_the_force():
    """Host consent (East Timor, 12 September 1999: with the IMF's money held back and
    Washington cutting military ties, Habibie accepted a force; the Council authorised
    INTERFET, led by Australia): once its urge to press on falls low, the host consents, its
    resolve breaks, and of those mobilised the power nearest with force leads the force in,
    with the host's consent as its authority."""
    state, ctx = started()
    mobilise(state, "USA", "FRA")
    c = consent.step(ctx, state.crises["host"])
    assert consent.consented(state, c)
    assert c.resolve == max(0, 30 - consent.CONSENT_RESOLVE)
    assert c.interveners == (("FRA", "consent"),)
    assert "consented" in consent.status_line(state, c)


def test_a_resolute_host_holds_out():
    """Host consent: a host whose urge to press on is still high (Jakarta before the ballot's
    aftermath) does not consent, and no force goes in."""
    state, ctx = started(resolve=95)
    c = consent.step(ctx, state.crises["host"])
    assert not consent.consented(state, c) and not c.interveners
    assert f"it consents below {consent.CONSENT_URGE}" in consent.status_line(state, c)


def test_a_permanent_member_standing_by_the_host_shields_it_until_it_coerces_it():
    """Protector (Darfur, 2006: with China buying its oil, Khartoum refused the UN force of
    Res 1706, which needed its consent and never deployed): a permanent member with close
    ties to the host that does not coerce it keeps it from consenting; once it mobilises
    over the crisis it shields no more."""
    state, ctx = started()
    ctx.relate("CHN", "ETH", consent.PROTECTOR_TIES - state.relation("CHN", "ETH"))
    c = consent.step(ctx, state.crises["host"])
    assert consent.protector(state, c) == "CHN" and not consent.consented(state, c)
    assert "China stands by Ethiopia" in consent.status_line(state, c)
    mobilise(state, "CHN")
    c = consent.step(ctx, state.crises["host"])
    assert consent.protector(state, c) is None and consent.consented(state, c)


def test_a_civil_war_a_genocide_or_a_stateless_aggressor_has_no_host_to_consent():
    """Host consent is for a sovereign government's atrocities: a civil war's parties are not
    a host, a genocide's host had consented already (Rwanda at Arusha, 1993), and an
    aggressor outside the universal organisation is no sovereign whose consent a force needs
    (the Bosnian Serbs, 1992-95)."""
    for kind in ("civil_war", "genocide"):
        state, ctx = started(kind=kind)
        assert not consent.consented(state, consent.step(ctx, state.crises["host"]))
    state, ctx = started()
    for oid, org in list(state.orgs.items()):
        state.orgs[oid] = replace(org, members=tuple(n for n in org.members if n != "ETH"))
    c = consent.step(ctx, state.crises["host"])
    assert not consent.hosts(state, c) and not consent.consented(state, c)


def test_a_government_that_stops_short_in_a_war_on_its_own_people_leaves_it_frozen():
    """No one takes the ground over (Darfur, 2008-12: the killing fell under UNAMID, but
    Khartoum never withdrew and the war went on): a government's withdrawal from atrocities
    against a people without a state is a frozen conflict, unless the host consented to a
    force that holds the ground - armies fighting beside the people in arms hold none
    (``consent.alongside``); against a victim state with land of its own it is a
    withdrawal. Here the government's militias have taken most of the people's ground
    (``peacebuilding.autonomous``)."""
    state, ctx = started(victims=("REB",))
    ctx.update_crisis("host", progress=TRUCE_GROUND)
    end_crisis(ctx, "host", "withdrawal", "it gives up")
    assert state.crises["host"].outcome == "frozen"
    state, ctx = started(victims=("REB",))
    ctx.update_crisis("host", progress=TRUCE_GROUND, interveners=(("FRA", "universal"),))
    end_crisis(ctx, "host", "withdrawal", "it gives up")
    assert state.crises["host"].outcome == "frozen"
    state, ctx = started(victims=("REB",))
    ctx.update_crisis("host", progress=TRUCE_GROUND)
    ctx.set_flag(consent.flag("host"))
    end_crisis(ctx, "host", "withdrawal", "it gives up")
    assert state.crises["host"].outcome == "withdrawal"
    state, ctx = started()
    end_crisis(ctx, "host", "withdrawal", "it gives up")
    assert state.crises["host"].outcome == "withdrawal"


def test_only_a_power_with_an_army_leads_the_force():
    """Lead nation (INTERFET was led by Australia, a middle power, with the means to land a
    division): a small state mobilised over the crisis does not lead; with no power able to,
    the host consents but no force goes in at once."""
    state, ctx = started()
    mobilise(state, "EGY")
    c = consent.step(ctx, state.crises["host"])
    assert consent.consented(state, c) and not c.interveners


def test_a_warlord_giving_up_in_a_collapsed_state_leaves_the_war_frozen():
    """No state to restore (Somalia: the last UN troops left in March 1995 with no
    government restored, and the clans fought on): in a civil war whose victim state had
    collapsed, an aggressor's withdrawal or a settlement is a frozen conflict unless a force
    holds the ground; a state that stands takes its ground back."""
    collapsed = tuple(replace(d, stability=5) if d.code == "ETH" else d
                      for d in (*NATIONS, REBELS))
    for outcome in ("withdrawal", "settlement"):
        state, ctx = started(kind="civil_war", nations=collapsed)
        end_crisis(ctx, "host", outcome, "it gives up")
        assert state.crises["host"].outcome == "frozen"
    state, ctx = started(kind="civil_war", nations=collapsed)
    ctx.update_crisis("host", interveners=(("USA", "universal"),))
    end_crisis(ctx, "host", "withdrawal", "it gives up")
    assert state.crises["host"].outcome == "withdrawal"
    state, ctx = started(kind="civil_war")
    end_crisis(ctx, "host", "withdrawal", "it gives up")
    assert state.crises["host"].outcome == "withdrawal"


TIMOR = nation("TIM", "Timor", 2, 1, bloc="none", lonlat=(38.9, 9.2), territory=("timor",))
"""A people with land of its own that Ethiopia holds (East Timor in Indonesia, 1975-99)."""


def test_a_regime_at_war_with_a_people_in_arms_inside_its_borders_never_consents():
    """A war for the regime (Libya, 2011: with the east in revolt and NATO's aircraft over
    Benghazi, Gaddafi never let a force in; the rebels took Tripoli in August): a host whose
    victims are a people in arms with no land of their own fights for its survival, and
    however low its urge to press on it does not consent; a people without arms is no threat
    to the regime, and pressure wins the host's consent as before."""
    state, ctx = started(victims=("REB",))
    mobilise(state, "USA", "FRA", "GBR")
    c = consent.step(ctx, state.crises["host"])
    assert consent.besieged(state, c) and not consent.consented(state, c)
    assert not c.interveners
    assert "fights for its survival" in consent.status_line(state, c)
    unarmed = tuple(replace(d, military=0) if d.code == "REB" else d
                    for d in (*NATIONS, REBELS))
    state, ctx = started(victims=("REB",), nations=unarmed)
    mobilise(state, "USA", "FRA", "GBR")
    assert consent.consented(state, consent.step(ctx, state.crises["host"]))


def test_a_host_that_consents_over_an_occupied_land_withdraws_from_it():
    """Occupied land given up (East Timor, 1999: Jakarta accepted INTERFET on 12 September,
    its army left in October and its assembly revoked the annexation on the 19th): a host
    that consents to a force over a people with land of its own gives the land up - the
    crisis ends in a withdrawal the turn it consents, with the force that leads in beside
    it; over its own people it stays and the war goes on."""
    state, ctx = started(victims=("TIM",), nations=(*NATIONS, TIMOR))
    mobilise(state, "USA", "FRA")
    c = consent.step(ctx, state.crises["host"])
    assert consent.consented(state, c) and not c.active
    assert c.outcome == "withdrawal" and c.interveners == (("FRA", "consent"),)
    state, ctx = started()
    mobilise(state, "USA", "FRA")
    c = consent.step(ctx, state.crises["host"])
    assert consent.consented(state, c) and c.active


def test_a_regime_outfought_by_its_people_in_arms_hands_them_the_ground():
    """The rebels take the capital (Libya, August 2011: armed from abroad and covered by
    NATO's aircraft, the rebels took Tripoli): a regime at bay that gives up while the people
    in arms outfight its army leaves them the ground, a withdrawal; a truce on the lines held
    leaves it in power (frozen), and so does giving up to rebels weaker than its army, or
    with a permanent member standing by it (Khartoum and China, Darfur 2003-11)."""
    strong = tuple(replace(d, military=60) if d.code == "REB" else d
                   for d in (*NATIONS, REBELS))
    state, ctx = started(victims=("REB",), nations=strong)
    assert consent.overthrown(state, state.crises["host"])
    end_crisis(ctx, "host", "withdrawal", "it gives up")
    assert state.crises["host"].outcome == "withdrawal"
    state, ctx = started(victims=("REB",), nations=strong)
    ctx.update_crisis("host", progress=TRUCE_GROUND)  # a truce: it holds most of the ground
    end_crisis(ctx, "host", "settlement", "a truce")
    assert state.crises["host"].outcome == "frozen"
    state, ctx = started(victims=("REB",))
    assert not consent.overthrown(state, state.crises["host"])
    state, ctx = started(victims=("REB",), nations=strong)
    ctx.relate("CHN", "ETH", consent.PROTECTOR_TIES - state.relation("CHN", "ETH"))
    assert not consent.overthrown(state, state.crises["host"])


def test_a_no_fly_zone_counts_in_whether_a_regime_has_lost_its_war():
    """Aircraft grounded (Libya, 2011: Res 1973's no-fly zone kept Gaddafi's air force out of
    the fight, and the rebels, weaker than his army, took Tripoli under NATO's cover): the
    regime's army is reckoned as the fighting reckons it (``measures.striking_force``), so
    rebels a little weaker than the regime's whole army outfight it once a no-fly zone is in
    force over it."""
    state, _ = started(victims=("REB",))
    regime = field_force(state, "ETH")
    for military in range(1, 100):
        rebels = tuple(replace(d, military=military) if d.code == "REB" else d
                       for d in (*NATIONS, REBELS))
        state, ctx = started(victims=("REB",), nations=rebels)
        if 0.85 * regime < field_force(state, "REB") < regime:
            break
    else:
        raise AssertionError("no rebel army just under the regime's")
    assert not consent.overthrown(state, state.crises["host"])
    grounded = Measure(kind="no_fly_zone", org="un", resolution="R1", since=state.turn,
                       binding=True)
    c = ctx.update_crisis("host", measures=(grounded,))
    assert striking_force(state, c) < field_force(state, "REB")
    assert consent.overthrown(state, c)


def rebels_of(share):
    """The factory world with rebels whose field force is about ``share`` of the regime's
    striking force under a no-fly zone voted by France and Britain; and a context on it."""
    state, _ = started(victims=("REB",))
    zone = Measure(kind="no_fly_zone", org="un", resolution="R1", since=state.turn,
                   binding=True, supporters=("FRA", "GBR"))
    regime = field_force(state, "ETH") * (1 - AIR_SHARE)
    military = min(range(1, 200), key=lambda x: abs(field_force(
        started(victims=("REB",), nations=_armed(x))[0], "REB") - share * regime))
    state, ctx = started(victims=("REB",), nations=_armed(military))
    ctx.update_crisis("host", measures=(zone,))
    return state, ctx


def _armed(military):
    return tuple(replace(d, military=military) if d.code == "REB" else d
                 for d in (*NATIONS, REBELS))


def test_the_powers_enforcing_a_no_fly_zone_fly_beside_the_people_in_arms():
    """Air cover (Libya, March-October 2011: under Resolution 1973 French, British and
    American aircraft struck Gaddafi's columns, and NATO's Unified Protector covered the
    rebels' advance to Tripoli): the aircraft of the powers that voted a no-fly zone and are
    mobilised over the crisis count beside the people in arms, so a regime that gives up to
    rebels weaker than its army is overthrown - a withdrawal, not a frozen war. A zone
    its voters are not ready to fly, or a power mobilised that did not vote it, covers no one."""
    state, ctx = rebels_of(0.8)
    c = state.crises["host"]
    assert field_force(state, "REB") < striking_force(state, c)
    assert air_cover(state, c) == 0 and not consent.overthrown(state, c)
    mobilise(state, "USA")
    assert air_cover(state, state.crises["host"]) == 0
    mobilise(state, "FRA", "GBR")
    assert air_cover(state, state.crises["host"]) > 0
    assert consent.overthrown(state, state.crises["host"])
    end_crisis(ctx, "host", "withdrawal", "it gives up")
    assert state.crises["host"].outcome == "withdrawal"


def test_air_power_multiplies_a_ground_force_and_does_not_replace_it():
    """Air cover counts for at most as much as the forces it covers (``measures.resistance``):
    over Libya NATO's aircraft held Gaddafi's columns at Brega from April to August 2011, and
    Tripoli fell only once the rebels were armed and trained to take it; after 78 days of
    bombing the Yugoslav army left Kosovo largely intact (June 1999). Rebels a third as
    strong as the regime's army are not made its match by any air force; rebels two thirds
    as strong are."""
    state, _ = rebels_of(1 / 3)
    mobilise(state, "USA", "FRA", "GBR")
    c = state.crises["host"]
    assert air_cover(state, c) > striking_force(state, c)
    assert resistance(state, c) == 2 * field_force(state, "REB")
    assert not consent.overthrown(state, c)
    state, _ = rebels_of(2 / 3)
    mobilise(state, "USA", "FRA", "GBR")
    assert consent.overthrown(state, state.crises["host"])


def test_armies_beside_a_people_in_arms_take_no_ground_for_them():
    """Intervening beside rebels (``consent.alongside``; Resolution 1973, March 2011,
    authorised force to protect Libya's civilians "while excluding a foreign occupation force
    of any form": NATO struck Gaddafi's columns for five months while the rebels, held at
    Brega, were armed to take Tripoli themselves): armies that intervene in a regime's war on
    a people in arms inside its borders count at the front for at most the rebels' own
    forces, and hold no ground when the regime gives up - to weak rebels it stays in power
    and comes to terms with them (a settlement); to rebels that outfight it, the ground is
    theirs (a withdrawal). In a war over land of the victims' own the same armies count in
    full and hold the ground (East Timor)."""
    state, ctx = started(victims=("REB",))
    ctx.update_crisis("host", interveners=(("USA", "none"), ("FRA", "none")))
    c = state.crises["host"]
    attack, defence, engaged = front(state, c)
    rebels = field_force(state, "REB")
    assert consent.alongside(state, c) and rebels < attack
    assert sum(fielded(state, c).values()) > attack > defence
    assert defence == 2 * rebels and set(engaged) == {"USA", "FRA"}
    end_crisis(ctx, "host", "withdrawal", "it gives up")
    assert state.crises["host"].outcome == "settlement"
    state, ctx = started(victims=("REB",), nations=_armed(60))
    ctx.update_crisis("host", interveners=(("USA", "none"),))
    end_crisis(ctx, "host", "withdrawal", "it gives up")
    assert state.crises["host"].outcome == "withdrawal"
    state, ctx = started(victims=("TIM",), nations=(*NATIONS, TIMOR))
    c = ctx.update_crisis("host", interveners=(("USA", "none"),))
    assert not consent.alongside(state, c)
    assert front(state, c)[1] > sum(fielded(state, c).values())


def test_air_cover_is_reckoned_where_the_fighting_is():
    """One reckoning for the fight and for the regime's fall (``crises._fighting`` and
    ``consent.overthrown`` both set ``measures.resistance`` against the striking force):
    Resolution 1973's enforcers struck the columns at Benghazi and Ajdabiya (March 2011) and
    the regime's army was pushed back; without the aircraft the same rebels are not."""
    for flying, pushed in ((False, False), (True, True)):
        state, ctx = rebels_of(0.8)
        ctx.update_crisis("host", stage=3, progress=40)
        if flying:
            mobilise(state, "FRA", "GBR", "USA")
        resolve = state.crises["host"].resolve
        step(ctx, "host")
        c = state.crises["host"]
        assert (c.resolve <= resolve - 12) == pushed
        assert any("pushed back" in e.text for e in ctx.events) == pushed


def test_an_air_campaign_costs_its_flyers_will_until_their_public_tires():
    """The flyers pay at home (``crises._flying``): each power flying over the fighting loses
    will for the distance, and below ``measures.FLYERS_WILL`` it stops flying (Norway brought
    its F-16s home from Libya on 1 August 2011; Washington's House refused to authorise the
    campaign in June)."""
    state, ctx = rebels_of(0.8)
    ctx.update_crisis("host", stage=3)
    mobilise(state, "FRA", "GBR")
    will = state.nations["FRA"].will
    step(ctx, "host")
    assert state.nations["FRA"].will < will
    assert flyers(state, state.crises["host"]) == ["FRA", "GBR"]
    state.nations["FRA"] = replace(state.nations["FRA"], will=FLYERS_WILL - 1)
    assert flyers(state, state.crises["host"]) == ["GBR"]


def test_a_government_broken_while_its_people_in_arms_hold_their_ground_comes_to_terms():
    """Autonomy (Naivasha, January 2005: worn down by war and pressure, Khartoum signed the
    Comprehensive Peace Agreement with the SPLA, which held the South - autonomy, a share
    of the oil, a referendum - with no foreign force holding the ground): a government that
    gives up, or comes to terms, in its war on a people in arms inside its borders that still
    holds most of its ground settles with it; once its militias hold most of that ground the
    war is frozen (Darfur), and an unarmed people holds nothing itself."""
    for given in ("withdrawal", "settlement"):
        state, ctx = started(victims=("REB",))
        ctx.update_crisis("host", progress=TRUCE_GROUND - 1)
        end_crisis(ctx, "host", given, "it gives up")
        assert state.crises["host"].outcome == "settlement"
    state, ctx = started(victims=("REB",))
    ctx.update_crisis("host", progress=TRUCE_GROUND)
    end_crisis(ctx, "host", "withdrawal", "it gives up")
    assert state.crises["host"].outcome == "frozen"
    unarmed = tuple(replace(d, military=0) if d.code == "REB" else d
                    for d in (*NATIONS, REBELS))
    state, ctx = started(victims=("REB",), nations=unarmed)
    end_crisis(ctx, "host", "withdrawal", "it gives up")
    assert state.crises["host"].outcome == "frozen"
