"""Safe areas and the missions that guard them: a protection is only as strong as its troops and
its mandate, one mission holds a crisis's mandate, and a ceasefire call is heeded by an
aggressor that has more to fear than to gain."""

from dataclasses import replace

import pytest

from game.engine import new_game, parse_action
from game.engine.crises import CEASEFIRE_HEED, feared, urge
from game.engine.legal import why_not
from game.engine.measures import LIGHTLY_ARMED, holds, mission_need
from game.engine.state import Measure, Mission

from .factory import campaign
from .helpers import cast, do, end_orders

ENFORCEMENT = Measure("enforcement", "un", "R9", 0, True)
CEASEFIRE = Measure("ceasefire", "un", "R8", 0, True)


@pytest.fixture
def state():
    """Italy attacks an Abyssinian enclave, at war, guarded by a UN protection mission of a
    few units on the ground since a turn ago."""
    s = new_game(campaign(), seed=1)
    s.crises["abyssinia"] = replace(s.crises["abyssinia"], kind="atrocities", stage=3)
    s.missions["M1"] = Mission("M1", "un", "abyssinia", "protect", "R0", s.month - 4,
                               (("NOR", 3),))
    return s


def _with(state, *measures):
    state.crises["abyssinia"] = replace(state.crises["abyssinia"], measures=measures)
    return state


def test_a_lightly_armed_mission_is_overrun_and_the_enclave_lost(state):
    """Srebrenica, July 1995: some 400 lightly armed Dutch peacekeepers, air support refused,
    could not stop the Bosnian Serb attack; the enclave was overrun in five days and the
    Netherlands and the UN were humiliated. A protection mission far below the aggressor's
    force there, with no force authorised behind it, is overrun: it fails, the aggressor takes
    much of its object at once, and the body and the contributors pay."""
    before_cred = state.orgs["un"].credibility
    before_nor = state.nations["NOR"]
    state, events = end_orders(state)
    assert state.missions["M1"].status == "failed"
    assert state.crises["abyssinia"].progress >= 50
    assert state.orgs["un"].credibility < before_cred
    assert state.nations["NOR"].legitimacy < before_nor.legitimacy
    assert state.nations["NOR"].will < before_nor.will
    assert any("overrun" in e.text for e in events)


def test_air_power_lets_the_same_troops_hold_the_line(state):
    """Gorazde, April 1994: NATO air strikes in support of a small UN presence held the line.
    With force authorised in the crisis, peacekeepers bring their full weight: the troops a
    protection mandate needs fall to what matches the aggressor's force there, and a mission
    that has them is neither overrun nor passed - the advance stops."""
    crisis = state.crises["abyssinia"]
    lightly = mission_need(state, crisis, "protect")
    state = _with(state, ENFORCEMENT)
    backed = mission_need(state, state.crises["abyssinia"], "protect")
    assert backed == pytest.approx(lightly * LIGHTLY_ARMED, abs=1)
    state.missions["M1"] = replace(state.missions["M1"], pledges=(("NOR", backed),))
    assert holds(state, state.crises["abyssinia"], state.missions["M1"])
    state, events = end_orders(state)
    assert state.missions["M1"].status == "active"
    assert state.crises["abyssinia"].progress == 0
    assert not any("overrun" in e.text for e in events)


def test_a_second_body_cannot_double_a_standing_mission(state):
    """One mission a crisis and mandate: NATO flew for UNPROFOR in Bosnia (1993-95), it did
    not send a protection force of its own beside the UN's. While mission M1 holds the protect
    mandate, another body may not table one; it may reinforce M1 or authorise force."""
    reason = why_not(state, parse_action(
        "GBR table league.council peacekeeping abyssinia mandate=protect"))
    assert reason is not None and "M1" in reason and "pledge troops" in reason
    assert why_not(state, parse_action(
        "GBR table league.council peacekeeping abyssinia mandate=observe")) is None
    assert why_not(state, parse_action("GBR pledge troops M1")) is None


def test_a_duplicate_adopted_the_same_turn_backs_the_standing_mission(state):
    """Two bodies voting missions for one crisis in the same turn (both drafts tabled before
    either passed) set up one: the second vote backs the mission in place."""
    standing = state.missions.pop("M1")
    state, _ = do(state, "FRA table un.council peacekeeping abyssinia mandate=protect")
    state, _ = end_orders(state)
    state.missions["M1"] = standing  # voted by another body while this draft was tabled
    state, ev = cast(state, {}, default="yes")
    assert any(e.kind == "vote" and e.get("status") == "adopted" for e in ev)
    assert any("rather than set up a second" in e.text for e in ev)
    assert [m.id for m in state.missions.values() if m.mandate == "protect"] == ["M1"]


def test_a_ceasefire_is_heeded_by_what_the_aggressor_fears_and_stands_to_gain(state):
    """A ceasefire call is heeded by an aggressor whose resolve is low for what it stands to
    gain and what it fears, not below a fixed mark: the Bosnian Serbs defied every call while
    the peacekeepers could not fight back, and accepted one under Deliberate Force (September
    1995). The same resolve defies the call against lightly armed peacekeepers and heeds it
    with force authorised behind them."""
    del state.missions["M1"]
    state.missions["M1"] = Mission("M1", "un", "abyssinia", "protect", "R0", state.month - 4,
                                   (("GBR", 40), ("FRA", 40)))
    # a civil war: the Bosnian Serbs were no member state whose consent a force needed (consent.py)
    crisis = replace(state.crises["abyssinia"], kind="civil_war", resolve=10, stake=20,
                     measures=(CEASEFIRE,))
    state.crises["abyssinia"] = crisis
    defiant = urge(crisis, feared(state, crisis))
    backed = replace(crisis, measures=(CEASEFIRE, ENFORCEMENT))
    assert defiant >= CEASEFIRE_HEED > urge(backed, feared(state, backed))
    state, events = end_orders(state)
    assert not any("heeds the call" in e.text for e in events)
    state = _with(state, CEASEFIRE, ENFORCEMENT)
    state, events = end_orders(state)
    assert any("heeds the call" in e.text for e in events)
