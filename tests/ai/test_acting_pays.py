"""The AI acts in a crisis when acting pays its own objectives (issues 14 and 19): a small
nation whose aims hang on a crisis watches it, a troop pledge is weighed as the sure thing it
is, and a hard AI with no council seat takes its crisis to the assembly."""

from __future__ import annotations

from dataclasses import replace

import pytest

from game.ai.planning import ENDS_WELL, SWAY, Outlook
from game.ai.policy import Mind, idle
from game.engine import new_game, parse_action
from game.engine.model import PEACEBUILD
from game.engine.orders import ORDERS
from game.engine.scoring import PLEDGE_CREDIT
from game.engine.state import Mission
from game.engine.view import view

from tests.ai.test_difficulty import at_war
from tests.engine import factory
from tests.engine.factory import campaign


def holding(code: str, *objectives):
    """A new game of the factory campaign in which ``code`` holds only ``objectives``, both
    crises at war."""
    nations = tuple(replace(n, objectives=objectives) if n.code == code else n
                    for n in factory.NATIONS)
    return at_war(new_game(campaign(nations=nations), seed=1), "abyssinia", "manchuria")


def part_in(code: str, crisis: str) -> factory.m.Objective:
    return factory.m.Objective("part", "Take part", factory.m.Contributed(code, crisis), 20)


def test_a_small_nation_whose_objective_names_a_crisis_is_no_bystander():
    """A small state with no seat and no part in a crisis only answers what it is asked,
    unless one of its own objectives names an open crisis: Canada, small in arms and with no
    Council seat in 1994, had a general commanding UNAMIR and every reason to act on Rwanda."""
    assert idle(holding("ALB"), "ALB") is not None
    assert idle(holding("ALB", part_in("ALB", "abyssinia")), "ALB") is None


def test_a_troop_pledge_is_weighed_whole():
    """A draft may fail its vote (``ADOPTION``); a pledge of troops is not put to one: the
    hard AI weighs what it does for an objective (Abyssinia not conquered) and its credit
    whole, where it weighs a tabling at its odds of passing."""
    spared = factory.m.Objective("spared", "Abyssinia not conquered", factory.m.Not(
        factory.m.CrisisEnded("abyssinia", "conquest")), 20)
    outlook = Outlook(Mind(view(holding("GBR", spared), "GBR"), "hard"))
    pledge, _ = outlook.measure("abyssinia", parse_action("GBR pledge troops M1"))
    assert pledge == pytest.approx(20 * SWAY + PLEDGE_CREDIT * ENDS_WELL)
    table, _ = outlook.measure("abyssinia", parse_action("GBR table league.council condemn "
                                                         "abyssinia"))
    assert table < pledge


@pytest.mark.parametrize("objectives", [(), (part_in("ETH", "manchuria"),)])
def test_hard_without_a_council_seat_takes_its_crisis_to_the_assembly(objectives):
    """The General Assembly, August 1992 (res 46/242 on Bosnia, tabled by states without a
    Council seat): a hard AI with no seat on the council takes a crisis its own objectives
    hang on to the assembly, its only voice; without such an objective, and at normal, it
    leaves the question to the Council. A party to the crisis brings it to the council
    itself (China over Manchuria, 1931), so it is never voiceless there."""
    state = holding("ETH", *objectives)
    order = parse_action("ETH table un.assembly condemn manchuria")
    _normal, why = ORDERS["table"].value(Mind(view(state, "ETH"), "normal"), order)
    assert "the council decides first" in why
    _hard, why = ORDERS["table"].value(Mind(view(state, "ETH"), "hard"), order)
    assert ("the council decides first" in why) is not objectives


def test_a_party_is_never_voiceless():
    """China, a party, brought Manchuria to the League's Council itself (September 1931):
    the hard AI of a party leaves its crisis's assembly to the council it may sit at."""
    state = holding("ETH", part_in("ETH", "abyssinia"))
    assert not Mind(view(state, "ETH"), "hard").voiceless("un", "abyssinia")
    assert Mind(view(holding("ETH", part_in("ETH", "manchuria")), "ETH"),
                "hard").voiceless("un", "manchuria")


def test_an_objective_asking_for_troops_pulls_a_pledge_not_a_draft():
    """Canada's blue helmets: an objective met only by troops (`contributed` with `by:
    troops`) pulls the hard AI towards pledging them, not towards tabling another draft,
    which would leave the objective unmet however well it passed."""
    served = factory.m.Objective("served", "Troops for Abyssinia", factory.m.Contributed(
        "GBR", "abyssinia", "troops"), 20)
    mind = Mind(view(holding("GBR", served), "GBR"), "hard")
    assert mind.goal_part("abyssinia", "troops") is not None
    assert mind.goal_part("abyssinia", "measures") is None
    outlook = Outlook(mind)
    pledge, why = outlook.measure("abyssinia", parse_action("GBR pledge troops M1"))
    table, _ = outlook.measure("abyssinia", parse_action("GBR table league.council condemn "
                                                         "abyssinia"))
    assert "Troops for Abyssinia" in why
    assert pledge > table


def test_an_objective_asking_for_money_pulls_a_payment_into_the_mission():
    """Canada's blue helmets may be paid for: an objective met by money for a crisis's
    mission (`contributed` with `by: money`; Canada paid for the African Union's mission in
    Darfur, 2004-07) pulls the hard AI towards paying into that crisis's peacebuilding
    mission, in its plan and in the order's own valuation; the money weighs nothing towards
    how the crisis ended, which the peace it pays for comes after."""
    paid = factory.m.Objective("paid", "Money for Abyssinia", factory.m.Contributed(
        "GBR", "abyssinia", "money"), 20)
    spared = factory.m.Objective("spared", "Abyssinia not conquered", factory.m.Not(
        factory.m.CrisisEnded("abyssinia", "conquest")), 20)
    order = parse_action("GBR pledge money M9")
    worth = {}
    for objective in (paid, spared):
        state = holding("GBR", objective)
        state.missions["M9"] = Mission("M9", "league", "abyssinia", PEACEBUILD, "R0",
                                       state.month - 1, until=state.month + 6)
        mind = Mind(view(state, "GBR"), "hard")
        worth[objective.id], why = Outlook(mind).measure("abyssinia", order)
        _, reasons = ORDERS["pledge"].value(mind, order)
        assert any("Money for Abyssinia" in r for r in reasons) is (objective is paid)
    assert worth["paid"] > 0 == worth["spared"]
