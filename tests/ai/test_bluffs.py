"""Bluffs (issue 15): an aggressor weighs the force engaged against it by whether its holders
would fight, and the ground it holds against a withdrawal. The West's refusal of ground
troops in Bosnia, 1992-94, is the history the Balkans campaign must reproduce; Stalin's
retreat from Iran in 1946 and his restraint over Yugoslavia, 1948-53, the history of a
great power that fears a general war with its peer."""

from __future__ import annotations

from dataclasses import replace

import pytest

from game.ai.policy import BLUFF_FLOOR, GENERAL_WAR, LIGHTLY_ARMED, Mind, _bystander, beyond_bluff
from game.engine import model as m
from game.engine import new_game, parse_action
from game.engine.gauges import gauges
from game.engine.orders import ORDERS
from game.engine.orders.military import HELD_GROUND, alert_share
from game.engine.state import Measure, Mission, Treaty, pair
from game.engine.view import view

from tests.engine.factory import campaign, span
from tests.engine.helpers import carry_out


@pytest.fixture
def state():
    return new_game(campaign(), seed=1)


def mind(state, nation: str) -> Mind:
    return Mind(view(state, nation), "hard")


def at_war(state, force: bool = False, ally: bool = False):
    """``state`` with the Abyssinian war moved to France's border (the Rhineland), France
    allied to the victim if ``ally``, and force authorised against Italy if ``force``."""
    state = state.copy()
    c = state.crises["abyssinia"]
    measures = c.measures
    if force:
        measures = (*measures, Measure("enforcement", "league", "R0", state.month, True))
    state.crises["abyssinia"] = replace(c, stage=3, location=(7.0, 50.4), measures=measures)
    if ally:
        state.treaties = (*state.treaties, Treaty("alliance", "FRA", "ETH", 0))
    return state


def test_an_aggressor_reads_a_mobilisation_that_would_not_be_followed_by_war_as_a_bluff(state):
    """Hitler read the British and French mobilisations of September 1938 as bluff, and the
    Bosnian Serbs read the West's the same way: a mobilised power that would not intervene
    counts for only BLUFF_FLOOR of its force in the aggressor's eyes, so the deterrence it
    believes in is below the public gauge's."""
    state, _ = carry_out(state, "FRA mobilise abyssinia", "GBR mobilise abyssinia")
    c = state.crises["abyssinia"]
    italy = mind(state, "ITA")
    assert italy.resolve_to_fight("FRA", c) == BLUFF_FLOOR
    press, reasons = italy.pressing(c)
    believed = int(reasons[1].split()[1])
    assert believed < gauges(state, c).deterrence
    assert "as we judge who would fight" in reasons[1]


def test_a_distant_army_on_alert_with_no_word_given_counts_only_beyond_a_bluff(state):
    """Bosnia, 1992-95: the Bosnian Serbs read the Western armies on alert and the fleets in
    the Adriatic by the West's refusal of ground troops; Mussolini, 1935, read the Home Fleet
    sent to the Mediterranean and the League's sanctions the same way. A power that would not
    fight counts for nothing in the aggressor's eyes when its army is on alert far from the
    crisis or when it only sanctions (``beyond_bluff``); its red line, and its army on alert
    at the crisis's door (``NEIGHBOURHOOD_KM``), still count BLUFF_FLOOR (``Mind.floored``)."""
    state, _ = carry_out(state, "FRA mobilise abyssinia")
    state = tense(state, 0)  # no general war feared
    c = state.crises["abyssinia"]
    italy = mind(state, "ITA")
    assert italy.resolve_to_fight("FRA", c) == BLUFF_FLOOR
    assert italy.credence("FRA", "mobilised", c) == 0.0
    assert italy.credence("FRA", "sanctioning", c) == 0.0
    assert italy.credence("FRA", "threat", c) == BLUFF_FLOOR
    door = at_war(state)  # the same war on France's border
    assert mind(door, "ITA").credence("FRA", "mobilised", door.crises["abyssinia"]) \
        >= BLUFF_FLOOR


def test_a_power_that_would_fight_is_believed(state):
    """Deliberate Force, August 1995: with force authorised and its ally attacked at its
    border, a power is near to fighting, and the aggressor believes its army more than when it
    has no authority for force."""
    willing = at_war(state, force=True, ally=True)
    unwilling = at_war(state, ally=True)
    assert mind(willing, "ITA").resolve_to_fight("FRA", willing.crises["abyssinia"]) > \
        mind(unwilling, "ITA").resolve_to_fight("FRA", unwilling.crises["abyssinia"])


def test_peacekeepers_without_force_behind_them_are_hostages_not_a_threat(state):
    """UNPROFOR, May 1995: the Bosnian Serbs took lightly armed peacekeepers hostage. In the
    aggressor's eyes a mission counts for LIGHTLY_ARMED of its strength until force is
    authorised behind it, then in full."""
    state.missions["M1"] = Mission("M1", "league", "abyssinia", "interpose", "R0", state.month,
                                   (("GBR", 10),), until=state.month + 12)
    c = state.crises["abyssinia"]
    assert mind(state, "ITA").credence("M1", "peacekeepers", c) == LIGHTLY_ARMED
    war = at_war(state, force=True)
    assert mind(war, "ITA").credence("M1", "peacekeepers", war.crises["abyssinia"]) == 1.0
    assert mind(state, "ITA").credence("ETH", "victim", c) == 1.0  # a victim fights


def test_an_aggressor_holding_ground_does_not_give_it_up_lightly(state):
    """The Bosnian Serbs, holding two thirds of Bosnia, refused every plan that returned land
    from 1993 to 1995: once the fighting is down to clashes, backing down is worth less by the
    ground held, and more so the nearer a step back brings the withdrawal."""
    backdown = parse_action("ITA backdown abyssinia")
    c = state.crises["abyssinia"]
    worth = {}
    for stage, progress in ((2, 0), (2, 40), (1, 40)):
        held = state.copy()
        held.crises["abyssinia"] = replace(c, stage=stage, progress=progress)
        worth[stage, progress] = ORDERS["backdown"].value(mind(held, "ITA"), backdown)[0]
    assert worth[2, 0] - worth[2, 40] == pytest.approx(40 * HELD_GROUND)
    assert worth[1, 40] < worth[2, 40]


def tense(state, tension: int):
    """``state`` with the world's tension at ``tension``."""
    state = state.copy()
    state.tension = tension
    return state


def test_a_peers_army_on_alert_is_never_a_mere_bluff(state):
    """Iran, 1946: Stalin withdrew from Iranian Azerbaijan under American pressure, though
    Washington hesitated to fight. A power with a peer's force (PEER_FROM of the aggressor's
    or more) is believed, whatever its government's resolve, the more so as the world nears a
    general war; a weak mobiliser stays a bluff to call."""
    state, _ = carry_out(state, "USA mobilise abyssinia", "NOR mobilise abyssinia")
    c = state.crises["abyssinia"]
    calm, brink = mind(tense(state, 10), "ITA"), mind(tense(state, 90), "ITA")
    assert brink.resolve_to_fight("USA", c) == BLUFF_FLOOR  # an isolationist hesitates
    assert brink.credence("USA", "mobilised", c) > calm.credence("USA", "mobilised", c) \
        > BLUFF_FLOOR
    assert brink.credence("NOR", "mobilised", c) == 0.0  # far away, and no peer
    assert brink.credence("USA", "sanctioning", c) == 0.0  # trade is not war


def test_the_fear_of_a_general_war_holds_an_aggressor_back(state):
    """Yugoslavia, 1948-53: Stalin drew up plans to invade Tito's Yugoslavia and shelved them
    for fear of a war with the United States. With a peer on alert, an aggressor's urge to
    press on loses GENERAL_WAR times its fear of that peer, named among its reasons."""
    assert mind(state, "ITA").dread(state.crises["abyssinia"]) == (0.0, None)  # none on alert
    state, _ = carry_out(state, "USA mobilise abyssinia")
    c = state.crises["abyssinia"]
    italy = mind(tense(state, 90), "ITA")
    fear, peer = italy.dread(c)
    assert peer == "USA" and fear == italy.peer_fear("USA", c) > 0.5
    press, reasons = italy.pressing(c)
    assert "we fear a general war with United States" in reasons
    unafraid = mind(tense(state, 0), "ITA").pressing(c)[0]
    assert press <= unafraid - GENERAL_WAR * fear


def test_a_gambler_fears_no_general_war(state):
    """The Rhineland, 1936, and Munich, 1938: Hitler gambled that France and Britain, stronger
    than Germany, would not fight. A hawk (force weight GAMBLER) reads a peer's army on alert
    by its government's resolve alone."""
    base = campaign()  # China's land, so that Manchuria is a war over land apart from Japan's
    state = new_game(replace(base, nations=tuple(
        replace(n, territory=("china",)) if n.code == "CHN" else n for n in base.nations)), seed=1)
    state, _ = carry_out(state, "USA mobilise manchuria")
    c = state.crises["manchuria"]
    japan = mind(tense(state, 90), "JPN")
    assert japan.dread(c) == (0.0, None)
    assert japan.credence("USA", "mobilised", c) == beyond_bluff(japan.resolve_to_fight("USA", c))


def test_a_government_turning_on_its_own_people_fears_no_general_war(state):
    """Rwanda, 1993-94: the government that planned the genocide read the powers within reach
    (France, its own patron, Belgium, the United States) by whether they would come, and none
    of their armies as the start of a wider war; Stalin in Iran, 1946, on land apart from his
    own, feared a war with the United States. A government whose victims hold no land of
    their own (``consent.occupied`` does not hold) fears no general war: a peer's army on
    alert is read by its resolve to fight alone, and the planner of that peer counts no
    general war for coming to the brink (``Mind.dread_added``)."""
    state, _ = carry_out(state, "USA mobilise abyssinia")
    state = tense(state, 90)
    c = state.crises["abyssinia"]
    assert mind(state, "ITA").dread(c)[1] == "USA"  # Ethiopia's land: the Iranian case
    inside = state.copy()
    inside.crises["abyssinia"] = replace(c, victims=("CHN",))  # a people with no land of its own
    c = inside.crises["abyssinia"]
    italy = mind(inside, "ITA")
    assert italy.peer_fear("USA", c) == 0 and italy.dread(c) == (0.0, None)
    assert italy.credence("USA", "mobilised", c) == beyond_bluff(italy.resolve_to_fight("USA", c))
    assert italy.dread_added("FRA", c) == 0


def test_an_alliance_organisations_general_clause_is_not_a_pledge(state):
    """Goa, 1961: India took Goa though Portugal was in NATO, whose members had pledged
    nothing for Portugal's colonies. A member of the victim's alliance organisation is read by
    its resolve alone; a power's own guarantee of the victim is a pledge, feared as a peer's."""
    base = campaign()
    nato = m.OrgDef("nato", "NATO", "alliance", members=(span("ETH"), span("USA")), bodies=())
    state = new_game(replace(base, organisations=(*base.organisations, nato), tension=90),
                     seed=1)
    c = state.crises["abyssinia"]
    assert mind(state, "ITA").credence("USA", "treaty", c) == 0.0
    assert mind(state, "ITA").dread(c) == (0.0, None)
    state.treaties = (*state.treaties, Treaty("guarantee", "USA", "ETH", 0))
    italy = mind(state, "ITA")
    assert italy.credence("USA", "treaty", c) > BLUFF_FLOOR
    assert italy.dread(c)[1] == "USA"


def test_a_claimant_is_never_a_bystander(state):
    """North Korea, 1950: a small state with a claim watches for its chance to press it, where
    a small state with no part in any crisis, no council seat and no claim only answers what
    it is asked."""
    assert _bystander(state, "ALB")
    claims = (m.Claim("kosovo", "NOR", "Kosovo", 30, ()),)
    base = campaign()
    claimant = replace(base, nations=tuple(replace(n, claims=claims) if n.code == "ALB" else n
                                           for n in base.nations))
    assert not _bystander(new_game(claimant, seed=1), "ALB")


def test_a_gambler_fears_a_guard_at_the_door(state):
    """The Brenner, July 1934: after the Nazi putsch in Vienna, Mussolini, Austria's
    protector, sent divisions to the frontier and Hitler disowned the putsch; in March 1938,
    bound to Berlin by the Axis, Italy let the Anschluss happen. A gambler (force weight
    GAMBLER) fears no general war with a hesitant peer, but it does with a guard at the door
    (``Mind.guard``: a peer pledged to a victim whose existence is at stake, its capital
    within NEIGHBOURHOOD_KM of the crisis; by a guarantee, or an alliance named either way
    round), as far as it believes the guard would put its army on alert (``Mind.on_guard``):
    wholly once it stands there, less the closer the guard's ties with the aggressor; and the
    guard's own alert is then worth its whole weight to it."""
    base = campaign()  # China's land, so that Manchuria is a war over land apart from Japan's
    state = new_game(replace(base, nations=tuple(
        replace(n, territory=("china",)) if n.code == "CHN" else n for n in base.nations)), seed=1)
    state = tense(state, 90)
    state.crises["manchuria"] = replace(state.crises["manchuria"], location=(37.0, 54.0),
                                        region=("china",))
    c = state.crises["manchuria"]  # now at the Soviet Union's door, over all of China
    japan = mind(state, "JPN")
    assert not japan.guard("SOV", c) and japan.peer_fear("SOV", c) == 0  # no pledge
    pledged = state.copy()
    pledged.treaties = (*pledged.treaties, Treaty("guarantee", "SOV", "CHN", 0))
    japan = mind(pledged, "JPN")
    assert japan.guard("SOV", c)
    allied = state.copy()  # an alliance binds either way round (the victim named first too)
    allied.treaties = (*allied.treaties, Treaty("alliance", "CHN", "SOV", 0))
    assert mind(allied, "JPN").guard("SOV", c)
    friendly, hostile = pledged.copy(), pledged.copy()
    friendly.relations = {**pledged.relations, pair("JPN", "SOV"): 90}  # shared: not in place
    hostile.relations = {**pledged.relations, pair("JPN", "SOV"): -60}
    assert mind(hostile, "JPN").peer_fear("SOV", c) > mind(friendly, "JPN").peer_fear("SOV", c)
    assert alert_share(mind(hostile, "SOV"), hostile, c) == 1.0
    on_alert, _ = carry_out(hostile, "SOV mobilise manchuria")
    c = on_alert.crises["manchuria"]
    japan = mind(on_alert, "JPN")
    assert japan.on_guard("SOV", c) == 1.0
    fear, peer = japan.dread(c)
    assert peer == "SOV" and fear == japan.peer_fear("SOV", c) > 0.5
    far = pledged.copy()  # the same pledge, far from the Soviet capital: no guard
    far.crises["manchuria"] = replace(c, location=(123.4, 41.8))
    assert not mind(far, "JPN").guard("SOV", far.crises["manchuria"])
    part = pledged.copy()  # China's existence not at stake (the Rhineland, 1936): no guard
    part.crises["manchuria"] = replace(c, region=())
    assert not mind(part, "JPN").guard("SOV", part.crises["manchuria"])
