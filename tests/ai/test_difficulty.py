"""Difficulty as strength (issue 14): the hard AI sees what the score pays for a part in
collective security (the credit of a sponsored or voted measure), works several crises at
once and takes a vetoed draft to the assembly; the easy AI sees little of it."""

from __future__ import annotations

import pytest

from game.ai.planning import ENDS_WELL, Outlook
from game.ai.policy import AGENDA, Mind, plan
from game.engine import new_game, parse_action
from game.engine.credit import Part
from game.engine.orders import ORDERS
from game.engine.scoring import CRISIS_CREDIT_CAP, SPONSOR_CREDIT, VOTE_CREDIT
from game.engine.state import Resolution
from game.engine.view import view

from tests.engine.factory import campaign
from tests.engine.helpers import vote_on


@pytest.fixture
def state():
    return new_game(campaign(), seed=1)


def at_war(state, *crises: str):
    """``state`` with ``crises`` begun (stage 2, the facts clear)."""
    from dataclasses import replace

    state = state.copy()
    state.crises = {**state.crises, **{cid: replace(state.crises[cid], stage=2, clarity=70,
                                                    started=state.turn)
                                       for cid in crises}}
    return state


def test_the_credit_of_a_measure_is_what_the_score_pays(state):
    """A sponsored measure earns its sponsor SPONSOR_CREDIT and its yes VOTE_CREDIT, paid only
    if the crisis ends well (taken as ENDS_WELL), and nothing once the crisis's credit is at
    its cap: a nation gains nothing by joining a fourth measure in the same crisis."""
    outlook = Outlook(Mind(view(state, "GBR"), "hard"))
    fresh = Part("abyssinia")
    assert outlook.credit(fresh, SPONSOR_CREDIT + VOTE_CREDIT) == pytest.approx(
        (SPONSOR_CREDIT + VOTE_CREDIT) * ENDS_WELL)
    full = Part("abyssinia", sponsored=("R1", "R2", "R3"))
    assert CRISIS_CREDIT_CAP <= SPONSOR_CREDIT * 3
    assert outlook.credit(full, SPONSOR_CREDIT + VOTE_CREDIT) == 0


def test_a_yes_that_earns_credit_weighs_more_the_further_the_ai_sees(state):
    """A yes on an adopted measure earns VOTE_CREDIT if the crisis ends well: the hard AI,
    which plans to the campaign's end, weighs it fully and says so; the easy AI, which looks
    one turn ahead, hardly at all; the aggressor earns nothing by a vote against itself."""
    state = at_war(state, "abyssinia")
    hard = Outlook(Mind(view(state, "GBR"), "hard")).vote("abyssinia")
    easy = Outlook(Mind(view(state, "GBR"), "easy")).vote("abyssinia")
    assert 0 < easy[0] < hard[0]
    assert "credit" in hard[1]
    assert Outlook(Mind(view(state, "ITA"), "hard")).vote("abyssinia")[0] == 0
    draft = Resolution("R9", "un", "council", "FRA", "condemn", "abyssinia", (), state.turn)
    _ballot, reasons = Mind(view(state, "GBR"), "hard").ballot(draft)
    assert any("credit" in r for r in reasons)


def _vetoed(state):
    """The Security Council's condemnation of Japan over Manchuria, vetoed by the Soviet
    Union."""
    state, vote = vote_on(state, "GBR table un.council condemn manchuria", {"SOV": "no"},
                          default="yes")
    assert vote.get("status") == "vetoed"
    return state


def test_hard_takes_a_vetoed_draft_to_the_assembly(state):
    """Uniting for Peace, 1950: when the Council's draft is vetoed, the hard AI tables it in
    the General Assembly, where a recommendation still earns its sponsor the credit; the
    normal AI leaves the question to the Council."""
    state = _vetoed(state)
    order = parse_action("GBR table un.assembly condemn manchuria")
    _normal, why = ORDERS["table"].value(Mind(view(state, "GBR"), "normal"), order)
    assert "the council decides first" in why
    _hard, why = ORDERS["table"].value(Mind(view(state, "GBR"), "hard"), order)
    assert "the council decides first" not in why


@pytest.mark.parametrize("difficulty", ["normal", "hard"])
def test_the_hard_ai_works_several_crises_in_a_session(state, difficulty):
    """With two wars under way (the Council's draft on Manchuria just vetoed), the normal AI
    tables one draft a turn; the hard AI tables on both, in two bodies (a nation tables once
    a body and turn), never two drafts on one crisis, AGENDA at most."""
    state = at_war(_vetoed(state), "abyssinia", "manchuria")
    tabled = [c.action for c in plan(view(state, "GBR"), key=1, difficulty=difficulty)
              if c.action.verb == "table"]
    crises = [a.args[2] for a in tabled]
    bodies = [a.args[0] for a in tabled]
    assert len(crises) == len(set(crises)) <= AGENDA[difficulty]
    assert len(bodies) == len(set(bodies))
    assert (len(tabled) > 1) is (difficulty == "hard")
