"""Campaign scripts (game/engine/script.py, turn.news): the effects, conditions and event
timings campaign authors asked for in issue 17, one test each."""

from __future__ import annotations

from dataclasses import replace

import pytest

from game.engine import new_game, options
from game.engine import model as m
from game.engine.calendar import month
from game.engine.context import Ctx
from game.engine.crises import end_crisis
from game.engine.script import holds, perform
from game.engine.state import Mission

from .factory import EVENTS, campaign
from .helpers import carry_out, do, end_orders, vote_on


@pytest.fixture
def state():
    return new_game(campaign(), seed=1)


def run(state, *effects):
    """Carry out effects as an event would; return the events they made."""
    ctx = Ctx(state)
    for effect in effects:
        perform(ctx, effect, "a test event")
    return ctx.events


def next_turn(state):
    """Everyone ends orders (no drafts are tabled): the turn closes and the next one's news
    comes."""
    turn = state.turn
    while state.turn == turn:
        state, _ = end_orders(state)
    return state


def test_set_bloc_changes_the_bloc_the_game_reads(state):
    """A nation's bloc after set_bloc is the one the AI and the orders read
    (GameState.bloc), and the chronicle says so."""
    assert state.bloc("SOV") == "east"
    events = run(state, m.SetBloc("SOV", "west"))
    assert state.bloc("SOV") == "west"
    assert state.campaign.nation("SOV").bloc == "east"
    assert [e.text for e in events] == ["Soviet Union joins the west bloc."]


def test_set_ideology_changes_the_ideology_the_game_reads(state):
    """After set_ideology, shared ideology (relations, atrocities at home) uses the new one."""
    events = run(state, m.SetIdeology("ITA", "liberal_democracy"))
    assert state.ideology("ITA") == "liberal_democracy"
    assert [e.text for e in events] == ["Italy is now governed as a liberal democracy."]


def test_end_treaty_lapses_a_treaty_named_either_way_round(state):
    """end_treaty ends the France-Albania guarantee even with the parties swapped."""
    assert state.treaties_of("ALB", "guarantee")
    events = run(state, m.EndTreaty("guarantee", "ALB", "FRA"))
    assert state.treaties_of("ALB", "guarantee") == []
    assert [e.text for e in events] == ["A guarantee between Albania and France lapses."]


def _mission(state, mid="M9", org="league", units=(("FRA", 5), ("NOR", 2))):
    state.missions[mid] = Mission(mid, org, "abyssinia", "interpose", "R9", state.turn,
                                  pledges=units, until=state.month + 12)


def test_end_mission_withdraws_the_crisis_missions(state):
    """end_mission ends the active missions in the crisis (only the given organisation's)."""
    _mission(state, "M8", org="un")
    _mission(state, "M9", org="league")
    run(state, m.EndMission("abyssinia", org="league"))
    assert state.missions["M9"].status == "ended"
    assert state.missions["M8"].status == "active"


def test_transfer_chokepoint_moves_the_power_to_close_it(state):
    """After the Suez Canal passes to Egypt, Egypt is offered to close it, Britain no longer
    is, and the chokepoint_held condition follows."""
    def closers(s):
        return {a.nation for code in s.existing() for a, _ in options(s, code)
                if a.verb == "close"}

    assert closers(state) == {"GBR"}
    events = run(state, m.TransferChokepoint("suez", "EGY"))
    assert closers(state) == {"EGY"}
    assert holds(state, m.ChokepointHeld("suez", "EGY"))
    assert not holds(state, m.ChokepointHeld("suez", "GBR"))
    assert [e.text for e in events] == ["The Suez Canal passes to Egypt."]


def test_variables_count_and_conditions_read_them(state):
    """A variable starts at 0; change_variable adds and sets; the variable condition
    compares."""
    assert holds(state, m.VariableIs("incidents", "==", 0))
    run(state, m.ChangeVariable("incidents", add=2), m.ChangeVariable("incidents", add=1))
    assert state.variable("incidents") == 3
    assert holds(state, m.VariableIs("incidents", ">=", 3))
    run(state, m.ChangeVariable("incidents", set=-1))
    assert holds(state, m.VariableIs("incidents", "<", 0))


def test_liberate_undoes_a_conquest(state):
    """Ethiopia overrun, then liberated: it is a state again, back in the League, and the
    crisis ends in liberation (which crisis_ended can name)."""
    ctx = Ctx(state)
    end_crisis(ctx, "abyssinia", "conquest", "test")
    assert not state.nations["ETH"].exists and not state.is_member("ETH", "league")
    events = run(state, m.Liberate("abyssinia"))
    assert state.nations["ETH"].exists and not state.nations["ETH"].conquered
    assert state.is_member("ETH", "league") and state.is_member("ETH", "un")
    assert state.crises["abyssinia"].outcome == "liberation"
    assert holds(state, m.CrisisEnded("abyssinia", "liberation"))
    assert "Ethiopia is liberated and is a state again." in [e.text for e in events]


def test_liberate_leaves_a_crisis_that_did_not_end_in_conquest(state):
    """Only a conquest can be undone: an active crisis stays as it is."""
    run(state, m.Liberate("abyssinia"))
    assert state.crises["abyssinia"].active and state.crises["abyssinia"].outcome is None


def test_resolution_condition_knows_adopted_and_vetoed(state):
    """A condemnation adopted by the League Council satisfies `resolution` with status
    adopted, not vetoed; a sanctions draft Italy vetoes satisfies status vetoed."""
    cond = m.ResolutionWas("abyssinia", "condemn")
    assert not holds(state, cond)
    state, _ = vote_on(state, "GBR table league.council condemn abyssinia", {}, default="yes")
    assert holds(state, cond)
    assert not holds(state, m.ResolutionWas("abyssinia", "condemn", "vetoed"))
    assert not holds(state, m.ResolutionWas("abyssinia", "condemn", org="un"))
    state, _ = vote_on(state, "FRA table un.council sanctions abyssinia type=economic",
                       {"SOV": "no"}, default="yes")
    assert holds(state, m.ResolutionWas("abyssinia", "sanctions", "vetoed", "un"))


def test_voted_condition_reads_a_nation_ballot(state):
    """After the count, `voted` knows Norway abstained on the condemnation and France voted
    yes."""
    state, _ = vote_on(state, "GBR table league.council condemn abyssinia", {"NOR": "abstain"},
                       default="yes")
    assert holds(state, m.VotedOn("NOR", "abyssinia", "condemn", "abstain"))
    assert holds(state, m.VotedOn("FRA", "abyssinia", "condemn", "yes"))
    assert not holds(state, m.VotedOn("NOR", "abyssinia", "condemn", "yes"))


def test_resolution_and_voted_conditions_tell_sanctions_apart_by_type(state):
    """Sanctions without oil (Abyssinia 1935): economic sanctions adopted satisfy
    `resolution` of type economic, not of type oil; `voted` reads the ballot on that type."""
    state, _ = vote_on(state, "GBR table league.council sanctions abyssinia type=economic",
                       {"NOR": "abstain"}, default="yes")
    assert holds(state, m.ResolutionWas("abyssinia", "sanctions", type="economic"))
    assert not holds(state, m.ResolutionWas("abyssinia", "sanctions", type="oil"))
    assert holds(state, m.VotedOn("NOR", "abyssinia", "sanctions", "abstain", type="economic"))
    assert not holds(state, m.VotedOn("NOR", "abyssinia", "sanctions", "abstain", type="oil"))


def test_mission_strength_condition_adds_the_active_missions(state):
    """Two missions of 7 units each make 14; an ended mission no longer counts."""
    _mission(state, "M8", org="un")
    _mission(state, "M9")
    assert holds(state, m.MissionStrengthIs("abyssinia", "==", 14))
    state.missions["M8"] = replace(state.missions["M8"], status="ended")
    assert holds(state, m.MissionStrengthIs("abyssinia", "==", 7))


def test_chokepoint_closed_condition(state):
    """The Suez Canal counts as closed once Britain closes it to Italy in Abyssinia."""
    assert not holds(state, m.ChokepointClosed("suez"))
    state.crises["abyssinia"] = replace(state.crises["abyssinia"], closed=("suez",))
    assert holds(state, m.ChokepointClosed("suez"))


def test_delayed_event_fires_turns_after_its_trigger_held():
    """An event with delay 2 whose trigger holds from the first turn fires in the third, and
    not again."""
    late = m.EventDef("late", "Late news", trigger=m.DateFrom(month(1930, 1)), delay=2,
                      effects=(m.ChangeVariable("late", add=1),))
    state = new_game(campaign(events=EVENTS + (late,)), seed=1)
    seen = []
    for _ in range(4):
        seen.append(state.variable("late"))
        state = next_turn(state)
    assert seen == [0, 0, 1, 1]


def test_repeating_event_fires_every_n_turns():
    """An event with every: 2 and a trigger that always holds fires in turns 0, 2 and 4."""
    tick = m.EventDef("tick", "Tick", every=2, effects=(m.ChangeVariable("ticks", add=1),))
    state = new_game(campaign(events=EVENTS + (tick,)), seed=1)
    seen = []
    for _ in range(5):
        seen.append(state.variable("ticks"))
        state = next_turn(state)
    assert seen == [1, 1, 2, 2, 3]


def test_an_event_dated_inside_a_turn_fires_in_that_turn():
    """Quarterly turns from January 1930: an event dated February 1930 fires in the first
    turn (January-March), not in April."""
    feb = m.EventDef("feb", "February", trigger=m.DateFrom(month(1930, 2)))
    apr = m.EventDef("apr", "April", trigger=m.DateFrom(month(1930, 4)))
    state = new_game(campaign(events=EVENTS + (feb, apr)), seed=1)
    assert "feb" in state.fired and "apr" not in state.fired


# --- decisions (game/engine/orders/decisions.py) ------------------------------------------

EMBARGO = m.DecisionDef(
    "embargo", "Embargo Italian shipping", (m.ChangeStat("ITA", "economy", add=-5),
                                            m.SetFlag("embargo")),
    explain="Italy's trade suffers; Rome will not forget.", cost=4,
    condition=m.CrisisActive("abyssinia"))


def with_decision(decision=EMBARGO, nation="GBR"):
    nations = tuple(replace(n, decisions=(decision,)) if n.code == nation else n
                    for n in campaign().nations)
    return new_game(campaign(nations=nations), seed=1)


def decide_option(state, nation="GBR"):
    return next(((a, why) for a, why in options(state, nation) if a.verb == "decide"), None)


def test_a_decision_is_an_order_with_its_cost_condition_and_effects():
    """Britain's embargo is offered while the Abyssinian crisis is on, costs its 4 capital
    when given, carries out its effects when the orders resolve, and is then taken for good."""
    state = with_decision()
    action, why = decide_option(state)
    assert action.text() == "GBR decide embargo" and why is None
    capital, economy = state.nations["GBR"].capital, state.nations["ITA"].economy
    given, _ = do(state, "GBR decide embargo")
    assert given.nations["GBR"].capital == capital - 4
    state, events = carry_out(state, "GBR decide embargo")
    assert state.nations["ITA"].economy < economy and "embargo" in state.flags
    assert "United Kingdom: Embargo Italian shipping." in [e.text for e in events]
    assert decide_option(state)[1] == "already taken"


def test_a_decision_is_closed_while_its_condition_does_not_hold():
    """Before its crisis starts, the decision is listed, barred with the reason."""
    state = with_decision(replace(EMBARGO, condition=m.FlagSet("never_set")))
    assert decide_option(state)[1] == "its conditions do not hold"


def test_a_decision_costs_its_own_capital():
    """The capital check uses the decision's cost, not a fixed order cost."""
    state = with_decision(replace(EMBARGO, cost=15))
    assert decide_option(state)[1].startswith("needs 15 diplomatic capital")


def test_the_ai_takes_a_decision_by_its_weight():
    """An AI Britain takes a decision weighted 100 in its first turn and never one weighted
    0."""
    from game.ai.policy import plan
    from game.engine import view

    eager = with_decision(replace(EMBARGO, ai_weight=100, cost=0))
    chosen = [c.action.text() for c in plan(view(eager, "GBR"), 1)]
    assert "GBR decide embargo" in chosen
    never = with_decision(replace(EMBARGO, ai_weight=0, cost=0))
    assert "GBR decide embargo" not in [c.action.text() for c in plan(view(never, "GBR"), 1)]
