"""docs/ai.md tells authors how AI nations vote: its figures must be the code's."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from game.ai import planning, policy
from game.ai.forecast import draft_of
from game.engine import crises, new_game, parse_action
from game.engine.view import view

from tests.engine.factory import campaign

DOC = (Path(__file__).resolve().parents[2] / "docs" / "ai.md").read_text(encoding="utf-8")


def row(label: str) -> list[float]:
    """The numbers of the table row that starts with ``label`` (the document's minus signs
    read as minus)."""
    found = re.search(rf"^\| {re.escape(label)} \|(.*)\|$", DOC, re.M)
    assert found, f"docs/ai.md has no row '{label}'"
    cells = [c.strip().replace("−", "-") for c in found.group(1).split("|")]
    return [float(re.match(r"-?[0-9.]+", c).group()) for c in cells if re.match(r"-?[0-9]", c)]


@pytest.mark.parametrize("name", sorted(policy.PERSONALITY))
def test_personality_weights_are_the_codes(name):
    """The personality table gives each personality's four weights as PERSONALITY has them."""
    assert row(name) == list(policy.PERSONALITY[name])


def test_ballot_thresholds_and_difficulty_are_the_codes():
    """The yes and no thresholds, the noise, the attention and the agenda of each difficulty,
    and the renewal habit are the constants of game/ai/policy.py."""
    assert row("`YES_ABOVE`") == [policy.YES_ABOVE]
    assert row("`NO_BELOW` permanent") == [policy.NO_BELOW[True]]
    assert row("`NO_BELOW` other") == [policy.NO_BELOW[False]]
    for level in policy.NOISE:
        assert row(level) == [policy.NOISE[level], policy.ATTENTION[level],
                              policy.AGENDA[level]]
    assert f"`RENEWAL_HABIT` ({policy.RENEWAL_HABIT:g})" in DOC


def test_bluff_and_general_war_constants_are_the_codes():
    """The table of how an aggressor reads bluffs and fears a general war gives the constants
    of game/ai/policy.py."""
    for name in ("BLUFF_SPAN", "BLUFF_FLOOR", "PEER_FROM", "GAMBLER", "GENERAL_WAR"):
        assert row(f"`{name}`") == [getattr(policy, name)]


def test_planning_by_difficulty_is_the_codes():
    """The planning table gives each difficulty's horizon, capital kept and running-cost
    horizon as game/ai/planning.py and policy.py have them ("to the end" and "none" are the
    hard AI's horizon past any campaign and the easy AI's budget that keeps nothing back)."""
    levels = ("easy", "normal", "hard")
    assert row("`PLAN_HORIZON`") == [planning.PLAN_HORIZON[x] for x in levels
                                      if planning.PLAN_HORIZON[x] < 1000]
    assert row("`KEEP`") == [planning.KEEP[x] for x in levels if planning.KEEP[x] is not None]
    assert row("`HORIZON`") == [policy.HORIZON[x] for x in levels]
    assert f"`POINT_UTILITY` ({planning.POINT_UTILITY:g})" in DOC


def test_a_shared_bloc_weighs_as_documented():
    """'same bloc as the aggressor | −25': making France a member of Italy's bloc (relations
    left as they were) lowers its support for condemning Italy by the documented amount."""
    amount = row("same bloc as the aggressor")[0]
    draft = draft_of(parse_action("GBR table league.council condemn abyssinia"))
    base = campaign()
    allied = replace(base, nations=tuple(replace(n, bloc="revisionist") if n.code == "FRA"
                                         else n for n in base.nations))
    before = new_game(base, seed=1)
    after = new_game(allied, seed=1)
    after.relations = before.relations  # the bloc also warms the starting relations
    apart = policy.Mind(view(before, "FRA"), "hard").weigh(draft)[0]
    together = policy.Mind(view(after, "FRA"), "hard").weigh(draft)[0]
    assert together - apart == pytest.approx(amount)


@pytest.mark.parametrize("stage, label", ((2, "2 clashes"), (3, "3 war"), (4, "4 total war")))
def test_base_casualties_are_the_codes(stage, label):
    """The casualty table's base a month, by stage, is crises.DEAD_A_MONTH."""
    assert row(label) == [crises.DEAD_A_MONTH[stage]]


def test_steering_figures_are_the_codes():
    """'Steering the AI' names the default ladder's rungs in the order of
    model.LADDER_RUNGS, the veto policies of model.VETO_POLICIES, and the figures FRIEND and
    YIELDS as the code has them."""
    from game.ai.steering import YIELDS
    from game.engine.model import LADDER_RUNGS, VETO_POLICIES
    from game.engine.orders.organisations import FRIEND

    flat = " ".join(DOC.split())
    assert "The default ladder is `" + ", ".join(LADDER_RUNGS) + "`" in flat
    for policy_name in VETO_POLICIES:
        assert f"`{policy_name}`:" in DOC
    assert f"`FRIEND` ({FRIEND})" in DOC
    assert f"`YIELDS` ({YIELDS:g})" in DOC
