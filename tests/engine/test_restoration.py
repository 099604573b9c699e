"""A government in exile and the regime that keeps it out (issue 19, ``restoration``): the rules
that make Haiti's junta hold on until a force can take over; each with its precedent."""

from dataclasses import replace

from game.engine import consent, new_game, parse_action, restoration
from game.engine import model as m
from game.engine.context import Ctx
from game.engine.crises import step
from game.engine.legal import options
from game.engine.orders import ORDERS
from game.engine.orders.organisations import _ladder
from game.engine.state import Measure

from .factory import CRISES, NATIONS, campaign, nation

EXILES = nation("EXL", "Ethiopia's elected government (in exile)", 1, 1, bloc="none",
                lonlat=(38.7, 9.0))
"""A government with no land, whose seat (Addis Ababa) the junta holds (Aristide's, 1991-94)."""
REBELS = nation("REB", "Rebels", 4, 1, bloc="none", lonlat=(39.5, 13.5))
"""A people in arms holding a town of its own, away from the capital (Benghazi, 2011)."""


def junta(victims=("EXL",), resolve=3, stage=1):
    """The factory world with Ethiopia's army ruling against ``victims``, and a context."""
    coup = m.CrisisDef("coup", "The junta in Ethiopia", "civil_war", "ETH", victims, org="un",
                       stage=stage, clarity=75, resolve=resolve, stake=60,
                       location=(38.7, 9.0))
    state = new_game(campaign(nations=(*NATIONS, EXILES, REBELS), crises=(*CRISES, coup),
                              events=()), seed=1)
    ctx = Ctx(state)
    ctx.start_crisis("coup")
    return state, ctx


def test_a_government_in_exile_has_no_army_to_arm_or_raise():
    """Arms need ground to fight from (Aristide's government, 1991-94: Haiti's only army was the
    junta's): aid to a government in exile raises its economy, not its military, and it cannot
    rearm; a people in arms holding a town of its own is armed as before."""
    state, ctx = junta(victims=("EXL", "REB"))
    assert consent.in_exile(state, "EXL") and not consent.in_exile(state, "REB")
    before = {n: state.nations[n].military for n in ("EXL", "REB")}
    ORDERS["aid"].effect(ctx, parse_action("GBR aid EXL"))
    ORDERS["aid"].effect(Ctx(state), parse_action("FRA aid REB"))
    assert state.nations["EXL"].military == before["EXL"]
    assert state.nations["REB"].military > before["REB"]
    rearm = {a.verb: why for a, why in options(state, "EXL") if a.verb == "rearm"}
    assert rearm["rearm"] is not None


def test_a_broken_junta_stays_while_no_force_can_take_over():
    """The hand-over needs a force (Governors Island, July 1993: the junta signed; in October
    the Harlan County, with no mandate to fight its way in, was turned back and the junta
    stayed): a regime whose enemies are in exile and whose resolve is broken does not give up
    while no force holds the ground or stands ready to land; the crisis goes on."""
    state, ctx = junta(resolve=3)
    assert restoration.kept_in_power(state, state.crises["coup"])
    step(ctx, "coup")
    assert state.crises["coup"].active


def test_with_force_authorised_and_an_army_mobilised_it_lands_unopposed():
    """Restoration by force (Uphold Democracy, 19 September 1994: with Res 940 voted and the
    invasion under way the junta left, US troops landed without a fight and Aristide
    returned): with force authorised and a power mobilised, the broken regime's giving up
    lets that power land under the Council's authority, and the crisis ends in a withdrawal."""
    state, ctx = junta(resolve=3)
    c = state.crises["coup"]
    state.crises["coup"] = replace(c, measures=(Measure("enforcement", "un", "R1", state.month, True),))
    state.nations["GBR"] = replace(state.nations["GBR"], mobilised=("coup",))
    step(ctx, "coup")
    c = state.crises["coup"]
    assert not c.active and c.outcome == "withdrawal"
    assert c.interveners == (("GBR", "universal"),)


def test_force_is_on_the_ladder_once_sanctions_have_not_restored_the_exiles():
    """Force to restore a government (Res 940, July 1994, authorised a multinational force
    against a junta at war with no one, after two years of sanctions): with sanctions in force
    and a government in exile kept out, the ladder reaches for enforcement short of war; a
    civil war between parties on their own ground still waits for the war."""
    state, _ = junta(stage=1)
    c = replace(state.crises["coup"], stage=2,
                measures=(Measure("sanctions", "un", "R1", state.month, True,
                                  params=(("type", "economic"),)),
                          Measure("condemn", "un", "R2", state.month, True)))
    has = {mm.kind for mm in c.measures} | {"peacekeeping"}
    powers = ("condemn", "sanctions", "peacekeeping", "enforcement", "ceasefire")
    assert _ladder(c, has, {}, powers, exiles=True) == ("enforcement", {})
    assert _ladder(c, has, {}, powers, exiles=False) == ("", {})
