"""How crises end without a verdict: a frontier accepted, a truce of exhaustion. One test per
rule, each docstring naming the rule and its precedent."""

from dataclasses import replace

import pytest

from game.engine import new_game
from game.engine.state import Measure

from .factory import campaign
from .helpers import do, end_orders


@pytest.fixture
def state():
    return new_game(campaign(), seed=1)


def _set(state, crisis, **changes):
    state.crises[crisis] = replace(state.crises[crisis], **changes)
    return state


@pytest.mark.parametrize(("kind", "outcome"), [("border_dispute", "settlement"),
                                               ("interstate_aggression", "withdrawal")])
def test_backing_down_in_a_border_dispute_accepts_the_frontier(state, kind, outcome):
    """crises.climb: a claimant that backs down from incidents in a border dispute, where
    both sides had a case, accepts the frontier the organisation drew - a settlement; an
    aggressor that backs down withdraws. Precedent: Mosul, June 1926, Turkey accepted the
    Council's frontier (for a share of the oil royalties)."""
    _set(state, "manchuria", kind=kind, stage=1)
    state, _ = do(state, "JPN backdown manchuria")
    after, _ = end_orders(state)
    assert after.crises["manchuria"].outcome == outcome


@pytest.mark.parametrize(("china", "economy", "worn"), [(55, 8, True), (5, 8, False),
                                                      (55, 45, False)])
def test_a_long_war_between_equals_wears_a_poor_attacker_down(state, china, economy, worn):
    """crises._worn: a war against a defence nearly as strong as the attack wears a poor
    attacker's resolve down; the wear goes with the square of the defence's share of the
    attack and with how far the attacker's economy falls short of WAR_ECONOMY, so a far
    stronger or a rich aggressor hardly feels it. Precedents: the Chaco, 1932-35 (Paraguay and
    Bolivia, three years of war, some 90,000 dead); Italy in Ethiopia, 1935-36; Japan in China
    from 1937."""
    state.nations["CHN"] = replace(state.nations["CHN"], military=china)
    state.nations["JPN"] = replace(state.nations["JPN"], economy=economy)
    _set(state, "manchuria", stage=3, resolve=60, progress=10)
    after, _ = end_orders(state)
    assert (after.crises["manchuria"].resolve < 60) == worn


@pytest.mark.parametrize(("progress", "outcome"), [(60, "settlement"), (20, None)])
def test_exhausted_with_ground_held_the_parties_agree_a_truce(state, progress, outcome):
    """crises._outcome: an aggressor whose resolve is worn low while it holds most of what it
    fought for agrees a truce on the lines held - a settlement; holding little, it fights on
    or gives up. Precedent: the Chaco truce of June 1935, Paraguay holding most of the
    Chaco."""
    state.nations["CHN"] = replace(state.nations["CHN"], military=55)
    _set(state, "manchuria", stage=3, resolve=20, progress=progress)
    after, _ = end_orders(state)
    assert after.crises["manchuria"].outcome == outcome


def test_a_civil_war_does_not_wear_its_attacker_down(state):
    """crises.WARS_OF_STATES: only a war between states wears its attacker down; a civil war
    has no line to stop at. Precedent: the Bosnian Serbs fought on from 1992 to 1995."""
    state.nations["CHN"] = replace(state.nations["CHN"], military=55)
    state.nations["JPN"] = replace(state.nations["JPN"], economy=8)
    _set(state, "manchuria", kind="civil_war", stage=3, resolve=60, progress=10)
    after, _ = end_orders(state)
    assert after.crises["manchuria"].resolve >= 60


@pytest.mark.parametrize(("truce", "china", "progress", "seat", "outcome"), [
    ("ceasefire", 80, 30, True, "frozen"), ("peacekeeping", 80, 30, True, "frozen"),
    (None, 80, 30, True, "withdrawal"), ("ceasefire", 5, 30, True, "withdrawal"),
    ("ceasefire", 80, 0, True, "withdrawal"), ("ceasefire", 80, 30, False, "withdrawal")])
def test_backing_down_under_a_truce_at_a_stalemate_the_lines_become_an_armistice(
        state, truce, china, progress, seat, outcome):
    """crises.armistice: an aggressor that backs down from incidents while it holds ground
    won at war, under a truce a body ordered or supervises, against a victim whose defence
    matches its attack, keeps that ground under an armistice - a frozen conflict with no
    peace; with no truce, no ground held, a victim too weak to stand alone (the aggressor
    gives way to the world's pressure, not to a stalemate), or an aggressor that is no state
    with a seat in the world's organisation (a breakaway regime), it withdraws. Precedents:
    Palestine, 1949, the armistices of Rhodes after the Council's truces (Egypt kept Gaza,
    Jordan the West Bank); Katanga, held to a ceasefire in 1961, gave up its secession in
    1963."""
    state.nations["CHN"] = replace(state.nations["CHN"], military=china)
    if not seat:
        league = state.orgs["league"]
        state.orgs["league"] = replace(league, members=tuple(
            m for m in league.members if m != "JPN"))
    measures = (Measure(truce, "league", "R0", 0, True),) if truce else ()
    _set(state, "manchuria", stage=1, resolve=30, progress=progress, measures=measures)
    state, _ = do(state, "JPN backdown manchuria")
    after, _ = end_orders(state)
    assert after.crises["manchuria"].outcome == outcome


@pytest.mark.parametrize("friends", [("GBR", "USA"), ()])
def test_a_blockade_its_victims_friends_answer_wears_the_blockader_and_does_not_settle(
        friends):
    """crises.counter_blockade: a blockade (a crisis between states held at incidents over
    ground its aggressor has not taken) that powers outside it answer - on alert over it - is
    answered in kind: its victims and those powers cut their trade with the blockader, which
    wears its resolve, economy and will each turn as an embargo of that trade would, and,
    time being on the blockaded side, its stopped front does not settle (crises.worn) until
    the blockade is lifted or the blockader's resolve breaks. Unanswered, sixteen calm months
    with its resolve low settle it. Precedent: Berlin, 1948-49: the airlift and the Western
    counter-blockade of the Soviet zone's trade; the blockade was lifted in May 1949."""
    from game.engine.context import Ctx
    from game.engine.crises import RATE_MONTHS, _outcome, counter_blockade

    s = new_game(campaign(), seed=1)
    for n in friends:
        s.nations[n] = replace(s.nations[n], mobilised=("manchuria",))
    _set(s, "manchuria", stage=1, progress=0, resolve=30)
    assert (counter_blockade(s, s.crises["manchuria"])[0] > 0) is bool(friends)
    after, _ = end_orders(s)
    assert (after.crises["manchuria"].resolve < 30) is bool(friends)
    calm = -(-4 * RATE_MONTHS // s.campaign.turn_months)  # sixteen months, in turns
    _set(s, "manchuria", calm_turns=calm, started=s.month - 2)
    _outcome(Ctx(s), s.crises["manchuria"])
    assert s.crises["manchuria"].outcome == (None if friends else "settlement")
