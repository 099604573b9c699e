"""Scarcity and cost (issue 14): every commitment a nation makes to the common good costs it
something of its own: trade, troops, lives, money or diplomatic capital."""

from dataclasses import replace

import pytest

from game.engine import new_game
from game.engine.context import Ctx
from game.engine.crises import step
from game.engine.measures import committed, field_force, trade_share
from game.engine.gauges import force
from game.engine.state import Measure, Mission
from game.engine.turn import (CAPITAL_CAP, bank_capital, capital_income, consequences,
                              mobilisation_upkeep)

from .factory import campaign


@pytest.fixture
def state():
    return new_game(campaign(), seed=1)


def sanctions(*supporters, kind="economic"):
    return Measure("sanctions", "league", "R9", 0, False, (("type", kind),), supporters)


def losses(ctx, nation, stat, cause_has=""):
    """What ``nation`` lost of ``stat`` this phase, from causes containing ``cause_has``."""
    return -sum(c.delta for c in ctx.state.ledger
                if c.nation == nation and c.stat == stat and cause_has in c.cause)


def test_sanctioning_nations_lose_the_trade_they_had_with_the_target(state):
    """Sanctions cost the sanctioners their trade with the target, and only them: Britain and
    France feared for their Italian trade in 1935, which is why oil was never embargoed."""
    state.crises["abyssinia"] = replace(state.crises["abyssinia"],
                                        measures=(sanctions("GBR", "FRA"),))
    ctx = Ctx(state)
    step(ctx, "abyssinia")
    assert losses(ctx, "GBR", "economy", "trade lost") > 0
    assert losses(ctx, "FRA", "economy", "trade lost") > 0
    assert losses(ctx, "USA", "economy", "trade lost") == 0


def test_a_closer_trade_partner_of_the_target_gives_up_more(state):
    """Trade is approximated by gravity (the partner's economy over distance, bent by relations
    and larger within a bloc): a neighbour of the same bloc trades more with the target than a
    distant power does (Austria and Hungary, tied to Italy, refused to sanction in 1935)."""
    assert trade_share(state, "JPN", "ITA") > trade_share(state, "USA", "ITA")
    assert trade_share(state, "ALB", "ITA") > trade_share(state, "NOR", "ITA")


def test_sanctions_hurt_will_once_the_economy_is_below_its_start(state):
    """The trade lost is felt at home once the economy has fallen below where it started: the
    will to go on sanctioning wears away (the sanctions on Italy were lifted in July 1936)."""
    state.crises["abyssinia"] = replace(state.crises["abyssinia"],
                                        measures=(sanctions("GBR"),))
    ctx = Ctx(state)
    step(ctx, "abyssinia")
    assert losses(ctx, "GBR", "will", "hurt at home") > 0
    state.nations["FRA"] = replace(state.nations["FRA"], economy=90)
    state.ledger = ()
    state.crises["abyssinia"] = replace(state.crises["abyssinia"],
                                        measures=(sanctions("FRA"),))
    ctx = Ctx(state)
    step(ctx, "abyssinia")
    assert losses(ctx, "FRA", "economy", "trade lost") > 0
    assert losses(ctx, "FRA", "will", "hurt at home") == 0


def test_pledged_troops_are_not_available_elsewhere(state):
    """Troops serving with a mission are missing from the nation's own fighting force until the
    mission ends (the British battalions in UNPROFOR were not at home)."""
    whole = field_force(state, "GBR")
    assert whole == pytest.approx(force(state, "GBR"))
    state.missions["M1"] = Mission("M1", "un", "manchuria", "observe", "R0", 0, (("GBR", 14),))
    assert committed(state, "GBR") == 14
    assert field_force(state, "GBR") == pytest.approx(whole * (70 - 14) / 70)
    state.missions["M1"] = replace(state.missions["M1"], status="completed")
    assert field_force(state, "GBR") == pytest.approx(whole)


def test_peacekeepers_in_a_fighting_crisis_take_casualties(state):
    """Peacekeepers in a crisis that is fighting lose units, and their nations lose that
    military and will (Belgium withdrew from Rwanda after ten of its soldiers were killed)."""
    state.crises["abyssinia"] = replace(state.crises["abyssinia"], stage=3)
    state.missions["M1"] = Mission("M1", "league", "abyssinia", "protect", "R0",
                                   state.month - 3, (("NOR", 10), ("FRA", 10)))
    ctx = Ctx(state)
    step(ctx, "abyssinia")
    assert state.missions["M1"].strength < 20
    assert losses(ctx, "FRA", "military", "peacekeepers") > 0
    assert losses(ctx, "FRA", "will", "peacekeepers") > 0


def test_a_mission_in_a_quiet_crisis_loses_nobody(state):
    """Peacekeepers die only where there is fighting: observers of a crisis at the stage of
    incidents come home whole."""
    state.crises["abyssinia"] = replace(state.crises["abyssinia"], stage=1)
    state.missions["M1"] = Mission("M1", "league", "abyssinia", "protect", "R0",
                                   state.month - 3, (("FRA", 10),))
    step(Ctx(state), "abyssinia")
    assert state.missions["M1"].pledges == (("FRA", 10),)


@pytest.mark.parametrize("stat", ["military", "will"])
def test_intervening_costs_more_against_a_stronger_aggressor_and_a_hotter_war(state, stat):
    """Interventions cost casualties and will in proportion to the fight: its stage and the
    aggressor's force (a small war in Abyssinia is not a war with Japan)."""
    def cost(stage, aggressor_military):
        s = state.copy()
        s.crises["abyssinia"] = replace(s.crises["abyssinia"], stage=stage,
                                        interveners=(("FRA", "universal"),))
        s.nations["ITA"] = replace(s.nations["ITA"], military=aggressor_military)
        ctx = Ctx(s)
        step(ctx, "abyssinia")
        return losses(ctx, "FRA", stat, "in The Abyssinian crisis")

    assert cost(3, 90) > cost(3, 30)
    assert cost(4, 60) > cost(2, 60)


def test_mobilisation_costs_economy_while_the_crisis_lasts(state):
    """An army kept mobilised costs the economy every turn, until its crisis ends (France's
    mobilisations of 1938-39 drained its treasury)."""
    state.nations["FRA"] = replace(state.nations["FRA"], mobilised=("abyssinia",))
    ctx = Ctx(state)
    consequences(ctx)
    assert losses(ctx, "FRA", "economy", "mobilised") == mobilisation_upkeep(state.nations["FRA"])
    state.crises["abyssinia"] = replace(state.crises["abyssinia"], active=False)
    state.ledger = ()
    ctx = Ctx(state)
    consequences(ctx)
    assert losses(ctx, "FRA", "economy", "mobilised") == 0


def test_a_larger_army_costs_more_to_keep_on_alert(state):
    """A mobilisation's upkeep follows the size of the army put on alert (``ALERT_UNITS``):
    Israel's call-up of its reserves in May 1967 stilled its economy within weeks, while a
    small army on alert costs little more than its barracks."""
    state.nations["FRA"] = replace(state.nations["FRA"], mobilised=("abyssinia",), military=90)
    state.nations["NOR"] = replace(state.nations["NOR"], mobilised=("abyssinia",), military=10)
    ctx = Ctx(state)
    consequences(ctx)
    assert losses(ctx, "FRA", "economy", "mobilised") == 3
    assert losses(ctx, "NOR", "economy", "mobilised") == 1


def test_a_mobilisation_on_a_strained_economy_costs_will(state):
    """Once the economy is below where it started, an army kept mobilised is paid for at home
    too (economy, then will, as sanctions' lost trade is): the reservists called up over Berlin
    in 1961 complained loudly until they were sent home in 1962. An economy where it started
    pays the upkeep alone."""
    state.nations["FRA"] = replace(state.nations["FRA"], mobilised=("abyssinia",))
    ctx = Ctx(state)
    consequences(ctx)
    assert losses(ctx, "FRA", "will", "strained") == 0
    start = state.campaign.nation("FRA").economy
    state.nations["FRA"] = replace(state.nations["FRA"], economy=start - 10)
    state.ledger = ()
    ctx = Ctx(state)
    consequences(ctx)
    assert losses(ctx, "FRA", "will", "strained") >= 1


def test_an_army_at_war_pays_at_least_the_upkeep_of_an_army_on_alert(state):
    """An intervening army costs the economy what a mobilised one does, once per crisis
    (``turn.on_war_footing``): Nigeria, which bore most of ECOMOG's cost in Sierra Leone,
    began taking its troops home in 1999, pleading the expense. Mobilised and intervening in
    the same crisis, it pays once."""
    crisis = state.crises["abyssinia"]
    state.crises["abyssinia"] = replace(crisis, interveners=(("FRA", "none"),))
    ctx = Ctx(state)
    consequences(ctx)
    assert losses(ctx, "FRA", "economy", "mobilised") == mobilisation_upkeep(state.nations["FRA"])
    state.nations["FRA"] = replace(state.nations["FRA"], mobilised=("abyssinia",))
    state.ledger = ()
    ctx = Ctx(state)
    consequences(ctx)
    assert losses(ctx, "FRA", "economy", "mobilised") == mobilisation_upkeep(state.nations["FRA"])


def test_half_of_unspent_capital_fades_and_income_follows_economy_and_legitimacy(state):
    """Diplomatic capital is earned from a strong economy and a good name, and what is not
    spent fades by half a turn: favours not called in are forgotten."""
    rich = replace(state.nations["GBR"], economy=80, legitimacy=90)
    poor = replace(state.nations["GBR"], economy=10, legitimacy=20)
    assert capital_income(rich) > capital_income(poor) >= 1
    state.nations["GBR"] = replace(state.nations["GBR"], capital=10)
    bank_capital(Ctx(state), "GBR")
    assert state.nations["GBR"].capital == 5 + capital_income(state.nations["GBR"])


def test_a_nation_that_spends_nothing_does_not_sit_at_the_cap(state):
    """Capital binds: an ordinary nation that saves every turn levels off below the cap, so
    being able to afford everything at once is the exception."""
    ctx = Ctx(state)
    for _ in range(20):
        bank_capital(ctx, "FRA")
    assert 0 < state.nations["FRA"].capital < CAPITAL_CAP


def test_commitments_cost_capital_and_beyond_its_means_will(state):
    """Each intervention and each mission holding a nation's troops costs capital every turn;
    a nation that cannot pay loses will instead (commitments beyond its diplomatic means)."""
    state.crises["abyssinia"] = replace(state.crises["abyssinia"],
                                        interveners=(("FRA", "universal"),))
    state.missions["M1"] = Mission("M1", "league", "manchuria", "observe", "R0", 0,
                                   (("FRA", 5),))
    free = state.copy()
    free.crises["abyssinia"] = replace(free.crises["abyssinia"], interveners=())
    free.missions = {}
    bank_capital(Ctx(free), "FRA")
    bank_capital(Ctx(state), "FRA")
    assert state.nations["FRA"].capital == free.nations["FRA"].capital - 2
    state.missions["M2"] = Mission("M2", "league", "abyssinia", "observe", "R1", 0,
                                   (("FRA", 5),))
    state.nations["FRA"] = replace(state.nations["FRA"], capital=0, economy=0, legitimacy=0)
    ctx = Ctx(state)
    bank_capital(ctx, "FRA")
    assert state.nations["FRA"].capital == 0
    assert losses(ctx, "FRA", "will", "beyond its diplomatic means") == 1
