"""One definition per order: ``game.engine.orders.ORDERS`` is complete, and the rules, the
AI, the UI's words and docs/rules.md all read it."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from game.ai.policy import Mind
from game.engine import BadActionText, new_game, parse_action, view
from game.engine.legal import options, why_not
from game.engine.orders import ORDERS
from game.ui.describe import action_label, action_tip

from .factory import campaign
from .helpers import do, end_orders

RULES = Path(__file__).resolve().parents[2] / "docs" / "rules.md"
GROUPS = {"turn", "vote", "diplomacy", "organisations", "domestic", "military"}


@pytest.fixture
def state():
    return new_game(campaign(), seed=1)


@pytest.mark.parametrize("verb", sorted(ORDERS))
def test_every_order_has_a_complete_definition(verb):
    """Each verb defines its shape, price, candidates, effect, AI valuation and words."""
    order = ORDERS[verb]
    assert order.verb == verb and order.usage.split()[0] == verb
    assert order.group in GROUPS
    lo, hi = order.arity
    assert 0 <= lo <= hi
    assert order.cost >= 0 and order.will >= 0
    assert order.phase in ("orders", "debate", "voting")
    for hook in (order.candidates, order.effect, order.value, order.label):
        assert callable(hook)
    assert order.tip.strip().endswith(".")


def test_the_text_form_is_checked_against_the_order():
    """parse_action knows the verbs and their argument counts from the registry alone."""
    assert parse_action("GBR table league.council sanctions abyssinia type=oil").group == \
        ORDERS["table"].group
    with pytest.raises(BadActionText, match="takes 0 arguments"):
        parse_action("GBR end now")
    with pytest.raises(BadActionText, match=r"usage: NATION lobby NATION RESOLUTION"):
        parse_action("GBR lobby FRA")
    with pytest.raises(BadActionText, match="3 to 6 arguments"):
        parse_action("GBR table league.council")
    with pytest.raises(BadActionText, match="unknown verb"):
        parse_action("GBR bribe ITA")


def test_an_order_costs_what_its_definition_says(state):
    """give() pays the registry's cost and bars a second identical order this turn."""
    before = state.nations["GBR"].capital
    after, _ = do(state, "GBR rearm")
    assert after.nations["GBR"].capital == before - ORDERS["rearm"].cost
    assert why_not(after, parse_action("GBR rearm")) == "already ordered this turn"


def test_will_needed_is_the_definitions(state):
    """A nation below an order's will is told the registry's figure; money needs no will."""
    low = replace(state.nations["GBR"], will=ORDERS["mobilise"].will - 1)
    state.nations["GBR"] = low
    reason = why_not(state, parse_action("GBR mobilise abyssinia"))
    assert reason == f"domestic will {low.will} is below the {ORDERS['mobilise'].will} this needs"
    assert ORDERS["pledge"].will_needed(parse_action("GBR pledge money league")) == 0
    assert ORDERS["pledge"].will_needed(parse_action("GBR pledge troops M1")) == \
        ORDERS["pledge"].will


def _every_candidate(state):
    return [(a, why) for nation in sorted(state.nations) for a, why in options(state, nation)]


def test_every_candidate_has_words_and_an_ai_valuation(state):
    """Each candidate order, legal or not, has a label, a tooltip and an AI score."""
    voting, _ = do(state, "GBR table league.council condemn abyssinia")
    voting, _ = end_orders(voting)
    assert voting.phase == "voting"
    seen = set()
    for s in (state, voting):
        for a, why in _every_candidate(s):
            seen.add(a.verb)
            assert action_label(s, a) and action_label(s, a) != a.text()
            tip = action_tip(s, a, why)
            assert tip.startswith(ORDERS[a.verb].tip_for(a))
            if why is None and a.verb != "vote":
                value, reasons = Mind(view(s, a.nation), "hard").score(a)
                assert isinstance(value, float) and isinstance(reasons, list)
    assert len(seen) >= 20, sorted(set(ORDERS) - seen)


def _rules_rows() -> list[str]:
    """The orders table as docs/rules.md must print it, from the registry."""
    rows = ["| order | group | capital | will needed | what it does |",
            "|---|---|---|---|---|"]
    for order in ORDERS.values():
        will = "—" if not order.will else str(order.will) + (
            f" ({order.will_for})" if order.will_for else "")
        rows.append(f"| `{order.usage}` | {order.group} | {order.cost} | {will} | {order.tip} |")
    return rows


def test_rules_md_lists_every_order_with_its_real_cost_and_will():
    """docs/rules.md's table of orders is the registry's (paste the table below if not)."""
    text = RULES.read_text(encoding="utf-8")
    section = text.split("## Orders", 1)[1].split("\n## ", 1)[0]
    table = [line for line in section.splitlines() if line.startswith("|")]
    expected = _rules_rows()
    assert table == expected, "docs/rules.md's orders table should read:\n" + "\n".join(expected)


def test_the_engine_does_not_reach_into_the_ai_or_the_ui():
    """The orders' valuations take the AI's Mind as given: the engine imports no game.ai."""
    root = Path(__file__).resolve().parents[2] / "game" / "engine"
    for path in sorted(root.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        assert not re.search(r"^\s*(from|import) (game\.ai|game\.ui|pygame)", source, re.M), path


def test_every_queued_order_has_its_place_in_the_resolution_order():
    """Simultaneous orders are carried out by kind: an order missing from RESOLUTION_ORDER
    could be given but never carried out."""
    from game.engine.orders import IMMEDIATE, RESOLUTION_ORDER

    assert set(ORDERS) - IMMEDIATE == set(RESOLUTION_ORDER)
