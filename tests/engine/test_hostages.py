"""Peacekeepers as hostages (game/engine/hostages.py): an aggressor against which force is
authorised may seize the lightly armed peacekeepers of other nations within its reach, and the
force stops until they are out of its reach or others fight beside them."""

from dataclasses import replace

from game.engine import parse_action
from game.engine.context import Ctx
from game.engine.enclaves import covered
from game.engine.hostages import HOSTAGE_LEGITIMACY, HOSTAGE_WILL, held, release
from game.engine.legal import why_not
from game.engine.measures import LIGHTLY_ARMED, armed
from game.engine.orders import ORDERS

from .test_enclaves import ENFORCEMENT, PROTECT, _siege


def test_peacekeepers_within_reach_are_seized_and_the_strikes_stop():
    """Rule: an aggressor against which force is authorised, with lightly armed peacekeepers
    of other nations among its forces (an interposing mission, no power fighting beside them),
    may seize them (``seize``): their governments lose will, and the force authorised
    against it is not used (``enclaves.covered``; its peacekeepers count as lightly armed
    again) until the missions within its reach are withdrawn or ended or a power fights
    beside them (``hostages.release``). Precedent: after NATO's strikes near Pale (May 1995)
    the Bosnian Serbs took some 400 UN soldiers hostage; the troop contributors stopped the
    strikes, and no air support came when Srebrenica was attacked in July; the strikes
    resumed only once the peacekeepers had left the Serbs' reach (Deliberate Force, August).
    Without force authorised against it, hostages shield it from nothing; a force strong
    enough to hold its ground lightly armed is no hostage."""
    s = _siege(2)
    aggressor = s.crises["abyssinia"].aggressor
    seize = parse_action(f"{aggressor} seize abyssinia")
    assert why_not(s, seize) is not None  # no force is authorised: nothing to stop

    s.crises["abyssinia"] = replace(s.crises["abyssinia"], measures=(PROTECT, ENFORCEMENT))
    assert covered(s, s.crises["abyssinia"]) and armed(s, s.crises["abyssinia"]) == 1.0
    assert why_not(s, seize) is None
    strong = s.copy()
    strong.missions["M1"] = replace(strong.missions["M1"], pledges=(("NOR", 200),))
    assert why_not(strong, seize) is not None
    will = s.nations["NOR"].will
    ctx = Ctx(s)
    ORDERS["seize"].effect(ctx, seize)
    assert held(s, aggressor)
    assert not covered(s, s.crises["abyssinia"])
    assert armed(s, s.crises["abyssinia"]) == LIGHTLY_ARMED
    assert s.nations["NOR"].will == will - HOSTAGE_WILL
    assert why_not(s, seize) is not None  # held already

    release(ctx)  # the peacekeepers are still within its reach: the strikes stay stopped
    assert held(s, aggressor)
    s.missions["M1"] = replace(s.missions["M1"], status="ended")  # withdrawn
    release(ctx)
    assert not held(s, aggressor) and covered(s, s.crises["abyssinia"])


def test_hostages_are_worth_the_enclave_the_strikes_kept():
    """Rule: the besieger values seizing peacekeepers (orders.military._value_seize) by the
    stake of each enclave that the fear of strikes alone kept from it (enclaves.invites: an
    agreed safe area with a guard too thin to hold it lightly armed, a power on alert against
    it), beside the escalation the stopped strikes open. Precedent: the Bosnian Serb directive of March 1995 to end the
    eastern enclaves, and the hostage-taking of May that stopped NATO's strikes before the
    attack on Srebrenica in July."""
    from game.ai.policy import Mind
    from game.engine.orders.military import _value_seize
    from game.engine.state import Mission
    from game.engine.view import view

    from .test_enclaves import _agreed, _guarded

    s = _agreed(_guarded(2), "first")
    aggressor = s.crises["abyssinia"].aggressor
    s.crises["war"] = replace(s.crises["abyssinia"], id="war", active=True, stage=2,
                              region=("tigray",), measures=(PROTECT,))
    s.missions["M2"] = Mission("M2", "un", "war", "protect", "R0", s.month - 3,
                               (("NOR", 1),), until=s.month + 6)
    s.crises["first"] = replace(s.crises["first"],
                                measures=(PROTECT, replace(ENFORCEMENT, supporters=("GBR",))))
    s.nations["GBR"] = replace(s.nations["GBR"], mobilised=("war",), will=60)
    seize = parse_action(f"{aggressor} seize war")
    value, why = _value_seize(Mind(view(s, aggressor)), seize)
    assert any("would lie open" in w for w in why)
    assert value >= s.crises["abyssinia"].stake - HOSTAGE_LEGITIMACY
    s.missions["M1"] = replace(s.missions["M1"], pledges=(("NOR", 200),))  # a guard that holds
    s.nations["NOR"] = replace(s.nations["NOR"], military=300)
    assert not any("would lie open" in w for w in _value_seize(Mind(view(s, aggressor)),
                                                               seize)[1])
