"""Demands and appeasement (issue 14, commitments and brinkmanship): an aggressor's public
demand is granted or refused by the nations that could stop it; a grant ends the crisis by
concession and feeds the aggressor's appetite; a refusal raises tension and calls its bluff."""

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.ai.policy import Mind
from game.engine import new_game, parse_action, state_hash, view
from game.engine.legal import why_not
from game.engine.orders.demands import FIRST_ASK, SOVEREIGNTY, addressed, asks, leaning
from game.engine.serial import state_from_plain, state_to_plain
from game.engine.state import Treaty

from .factory import campaign
from .helpers import carry_out, do, end_orders


@pytest.fixture
def state():
    return new_game(campaign(), seed=1)


def _demanded(state, crisis="abyssinia", aggressor="ITA"):
    """The aggressor's demand made and carried out: the addressed answer next turn."""
    state, _ = carry_out(state, f"{aggressor} demand {crisis}")
    assert state.demands[crisis].status == "pending"
    return state


def _score(state, nation, text):
    return Mind(view(state, nation), "hard").score(parse_action(text))[0]


def test_the_demand_is_put_to_the_victim_its_protectors_and_the_great_powers(state):
    """Who is asked: the victim, its allies and guarantors, and the permanent members of the
    crisis's organisation that sit in it — as at Munich, the powers that could stop the
    aggressor (Britain, France) — but not the aggressor's own side (Japan, of its bloc)."""
    state.treaties = (*state.treaties, Treaty("guarantee", "USA", "ETH", 0))
    assert addressed(state, state.crises["abyssinia"]) == ("GBR", "FRA", "ETH", "USA")
    state = _demanded(state)
    assert state.demands["abyssinia"].asks == FIRST_ASK
    assert why_not(state, parse_action("NOR answer abyssinia grant")) is not None
    assert why_not(state, parse_action("ITA demand abyssinia")) == \
        "your demand awaits its answer"


def test_a_grant_by_those_holding_most_force_ends_the_crisis_by_concession(state):
    """Munich, September 1938: Britain and France granted the Sudetenland over Prague's head.
    A grant by the addressed holding most of the force at the crisis ends it by concession:
    the aggressor gains, the victim loses land and will, the granters lose legitimacy, the
    organisation credibility."""
    state.treaties = (*state.treaties, Treaty("alliance", "FRA", "ETH", 0))
    state = _demanded(state)
    before = state
    state, events = carry_out(state, "GBR answer abyssinia grant", "FRA answer abyssinia grant",
                              "ETH answer abyssinia refuse")
    crisis = state.crises["abyssinia"]
    assert not crisis.active and crisis.outcome == "concession"
    assert state.demands["abyssinia"].status == "granted"
    assert state.nations["ITA"].economy > before.nations["ITA"].economy
    assert state.nations["ETH"].military < before.nations["ETH"].military
    assert state.nations["ETH"].will < before.nations["ETH"].will
    assert state.nations["GBR"].legitimacy < before.nations["GBR"].legitimacy
    assert state.orgs["league"].credibility < before.orgs["league"].credibility
    assert any(e.kind == "crisis_end" and e.get("outcome") == "concession" for e in events)


def test_no_concession_over_the_victims_head(state):
    """Hoare-Laval, December 1935: Britain and France agreed to hand Italy much of Ethiopia,
    Ethiopia refused, and the plan died. Powers owing the victim nothing cannot give its land
    away: without the victim's or a protector's grant the demand stands refused."""
    state = _demanded(state)
    state, _ = carry_out(state, "GBR answer abyssinia grant", "FRA answer abyssinia grant",
                         "ETH answer abyssinia refuse")
    assert state.crises["abyssinia"].active
    assert state.demands["abyssinia"].status == "refused"


def test_a_grant_by_a_weak_minority_is_no_grant(state):
    """The rule is the weight of force, not a head count: Ethiopia and two small guarantors
    granting, three of five, while Britain refuses and France keeps silent, leaves the demand
    refused."""
    state.treaties = (*state.treaties, Treaty("guarantee", "NOR", "ETH", 0),
                      Treaty("guarantee", "EGY", "ETH", 0))
    state = _demanded(state)
    assert len(state.demands["abyssinia"].addressed) == 5
    state, _ = carry_out(state, "NOR answer abyssinia grant", "EGY answer abyssinia grant",
                         "ETH answer abyssinia grant", "GBR answer abyssinia refuse")
    assert state.crises["abyssinia"].active
    assert state.demands["abyssinia"].status == "refused"


def test_appetite_grows_with_each_concession(state):
    """Munich fed Hitler's appetite: Prague was taken in March 1939. A granted demand adds one
    to the aggressor's public appetite; its next demand asks for more and may come at a lower
    stage of the crisis."""
    state = _demanded(state)
    state, _ = carry_out(state, "GBR answer abyssinia grant", "FRA answer abyssinia grant",
                         "ETH answer abyssinia grant")
    assert state.nations["ITA"].appetite == 1
    assert view(state, "GBR").nations["ITA"].appetite == 1  # public: the world saw it
    assert asks(1) > asks(0) == FIRST_ASK
    early = replace(state.crises["manchuria"], stage=1)
    state.crises["manchuria"] = early
    assert why_not(state, parse_action("JPN demand manchuria")).startswith("too early")
    state.nations["JPN"] = replace(state.nations["JPN"], appetite=1)
    assert why_not(state, parse_action("JPN demand manchuria")) is None
    state, _ = carry_out(state, "JPN demand manchuria")
    assert state.demands["manchuria"].asks == asks(1)


def test_a_refusal_raises_tension_and_calls_the_bluff_of_an_aggressor_that_holds(state):
    """The Hoare-Laval plan (December 1935), refused after a public outcry: a refused demand
    raises tension, and the aggressor must then make war or back down; holding still, its
    bluff is called (will, standing and resolve lost)."""
    state = _demanded(state)
    state, events = carry_out(state, "GBR answer abyssinia refuse",
                              "FRA answer abyssinia refuse")
    assert state.demands["abyssinia"].status == "refused"
    assert any(e.kind == "tension" and "refused" in e.get("cause") for e in events)
    assert why_not(state, parse_action("ITA demand abyssinia")).startswith(
        "your last demand was refused")
    held, events = carry_out(state)
    assert held.demands["abyssinia"].status == "called"
    assert held.crises["abyssinia"].resolve < state.crises["abyssinia"].resolve
    assert any("bluff is called" in e.text for e in events)
    pressed, _ = carry_out(state, "ITA escalate abyssinia")
    assert pressed.demands["abyssinia"].status == "escalated"
    assert pressed.crises["abyssinia"].stage == state.crises["abyssinia"].stage + 1
    assert why_not(pressed, parse_action("ITA demand abyssinia")) is None


def test_silence_grants_nothing(state):
    """A demand nobody answers is refused: appeasement must be given, it is never presumed."""
    state = _demanded(state)
    state, _ = end_orders(state)
    assert state.demands["abyssinia"].status == "refused"


def test_a_demand_lapses_when_its_crisis_ends_otherwise(state):
    """A crisis that ends before the answer (the aggressor backs down in the turn of its
    demand) leaves no demand pending, and nobody is asked to answer it."""
    state.crises["abyssinia"] = replace(state.crises["abyssinia"], stage=1)
    state.nations["ITA"] = replace(state.nations["ITA"], appetite=1)
    state, _ = carry_out(state, "ITA demand abyssinia", "ITA backdown abyssinia")
    assert state.crises["abyssinia"].outcome == "withdrawal"
    assert state.demands["abyssinia"].status == "lapsed"
    assert why_not(state, parse_action("GBR answer abyssinia grant")) is not None


@settings(max_examples=12, deadline=None)
@given(st.permutations(["GBR answer abyssinia grant", "FRA answer abyssinia refuse",
                        "ETH answer abyssinia refuse", "ITA escalate abyssinia"]))
def test_the_answers_decide_together_whatever_their_order(answers):
    """Answers are decided together, before any other order (the aggressor's own move comes
    after): the order they were given in never changes the result."""
    base = _demanded(new_game(campaign(), seed=1))
    state, _ = carry_out(base, *answers)
    reference, _ = carry_out(base, *sorted(answers))
    assert state_hash(state) == state_hash(reference)


def test_a_weak_granter_grants_and_a_strong_one_refuses(state):
    """Britain in 1938, its will low and its army small, chose Munich; a Britain that is strong,
    willing and bound by a guarantee to the victim refuses."""
    state = _demanded(state)
    weak = state.copy()
    weak.nations["GBR"] = replace(state.nations["GBR"], military=25, will=25, economy=35)
    assert _score(weak, "GBR", "GBR answer abyssinia grant") > \
        _score(weak, "GBR", "GBR answer abyssinia refuse")
    strong = state.copy()
    strong.nations["GBR"] = replace(state.nations["GBR"], military=95, will=85, economy=90)
    strong.treaties = (*state.treaties, Treaty("guarantee", "GBR", "ETH", 0))
    assert _score(strong, "GBR", "GBR answer abyssinia refuse") > \
        _score(strong, "GBR", "GBR answer abyssinia grant")


def test_the_aggressor_demands_of_the_weak_not_of_a_strong_coalition(state):
    """An aggressor demands when it expects a grant: against weak, unwilling powers and a
    discredited organisation the demand is worth more than against a strong coalition (the
    victim has an ally, as Czechoslovakia had France, who may consent for it)."""
    state.treaties = (*state.treaties, Treaty("alliance", "FRA", "ETH", 0))
    weak, strong = state.copy(), state.copy()
    for code in ("GBR", "FRA"):
        weak.nations[code] = replace(state.nations[code], military=25, will=20, economy=30)
        strong.nations[code] = replace(state.nations[code], military=95, will=90, economy=90)
    weak.orgs["league"] = replace(state.orgs["league"], credibility=15)
    strong.orgs["league"] = replace(state.orgs["league"], credibility=85)
    assert _score(weak, "ITA", "ITA demand abyssinia") > 10 > \
        _score(strong, "ITA", "ITA demand abyssinia")


def test_demands_and_appetite_survive_a_save(state):
    """A pending demand, its answers and the aggressor's appetite round-trip through the save
    form, hash for hash, and are public in every nation's view."""
    state = _demanded(state)
    state.nations["ITA"] = replace(state.nations["ITA"], appetite=2)
    state, _ = do(state, "GBR answer abyssinia grant")
    back = state_from_plain(state_to_plain(state), state.campaign)
    assert state_hash(back) == state_hash(state)
    assert back.demands == state.demands
    assert view(state, "NOR").demands["abyssinia"] == state.demands["abyssinia"]


def test_a_government_does_not_grant_the_demand_that_it_fall(state):
    """Budapest, November 1956: Nagy's government did not grant Moscow its own fall. A victim
    weighs a demand at its capital SOVEREIGNTY more heavily than one over a distant province,
    and its land is never 'far away' to it; weak as it is, Ethiopia refuses at Addis Ababa."""
    state = _demanded(state)
    away = state.copy()
    away.crises["abyssinia"] = replace(state.crises["abyssinia"], location=(45.0, 5.0))
    share = state.demands["abyssinia"].asks
    at_home = leaning(Mind(view(state, "ETH"), "hard"), state.crises["abyssinia"], share)[0]
    far = leaning(Mind(view(away, "ETH"), "hard"), away.crises["abyssinia"], share)[0]
    assert far - at_home == pytest.approx(SOVEREIGNTY)
    assert _score(state, "ETH", "ETH answer abyssinia refuse") > \
        _score(state, "ETH", "ETH answer abyssinia grant")


def test_no_demand_where_the_victims_side_will_not_consent(state):
    """A grant needs the victim or one of its protectors: Moscow did not ask Nagy to bring
    down his own government in 1956, it sent the tanks. Against weak, unwilling powers the
    demand is still not worth making when the victim stands alone and will refuse."""
    for code in ("GBR", "FRA"):
        state.nations[code] = replace(state.nations[code], military=25, will=20, economy=30)
    state.orgs["league"] = replace(state.orgs["league"], credibility=15)
    value, reasons = Mind(view(state, "ITA"), "hard").score(parse_action("ITA demand abyssinia"))
    assert value < 10
    assert any("victim's side consents" in why for why in reasons)
