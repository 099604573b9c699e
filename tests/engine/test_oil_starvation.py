"""An oil embargo starves the army of a nation that imports its oil (issue 15): one rule,
``measures.oil_starved``, with its precedent in the docstrings."""

from dataclasses import replace

import pytest

from game.engine import new_game
from game.engine.measures import OIL_STOCKS_MONTHS, coverage, oil_starved
from game.engine.state import Measure

from .factory import campaign
from .helpers import end_orders


def _embargoed(state, kind: str, months: int, dependence: int = 85):
    """Italy, importing ``dependence`` per cent of its oil, at war in Abyssinia under a binding
    embargo of ``kind`` adopted ``months`` ago."""
    state.campaign = replace(state.campaign, nations=tuple(
        replace(d, oil_dependence=dependence) if d.code == "ITA" else d
        for d in state.campaign.nations))
    embargo = Measure("sanctions", "league", "R1", state.month - months, True,
                      (("type", kind),))
    state.crises["abyssinia"] = replace(state.crises["abyssinia"], stage=3, resolve=90,
                                        progress=0, measures=(embargo,))
    return state


@pytest.mark.parametrize(("kind", "months", "dependence", "starved"), [
    ("oil", 0, 85, 0.0), ("oil", OIL_STOCKS_MONTHS // 2, 85, 0.5), ("oil", 24, 85, 1.0),
    ("oil", 24, 5, 5 / 85), ("economic", 24, 85, 0.0)])
def test_an_oil_embargo_starves_an_army_that_imports_its_oil(kind, months, dependence,
                                                             starved):
    """measures.oil_starved: an oil embargo stops the share of the aggressor's army that its
    dependence on imported oil times the embargo's cover of its trade says, growing from
    nothing as its stocks run down over OIL_STOCKS_MONTHS; an oil producer hardly feels it,
    and other sanctions wear resolve, not the army. Precedent: the American embargo of July
    1941, which Tokyo reckoned would leave its forces without fuel (Japan bought about 80% of
    its oil from the United States)."""
    state = _embargoed(new_game(campaign(), seed=1), kind, months, dependence)
    crisis = state.crises["abyssinia"]
    full = 85 / 100 * coverage(state, crisis)[0] / 100
    assert oil_starved(state, crisis) == pytest.approx(full * starved)


def test_a_starved_army_gains_less_ground():
    """crises._fighting: the attack in the embargoed crisis is cut by the share starved, so an
    army that has run through its oil stocks advances less than one still fuelled."""
    fuelled = _embargoed(new_game(campaign(), seed=1), "oil", 0)
    starved = _embargoed(new_game(campaign(), seed=1), "oil", 24)
    gained = [end_orders(s)[0].crises["abyssinia"].progress for s in (fuelled, starved)]
    assert gained[1] < gained[0]


def test_the_news_says_the_army_lacks_oil():
    """crises._sanctions: the turn's sanctions news names the share of the army an oil embargo
    has idled, so a player sees why the advance slows."""
    state = _embargoed(new_game(campaign(), seed=1), "oil", 24)
    _, events = end_orders(state)
    assert any(e.kind == "sanctions" and "its army lacks oil" in e.text for e in events)
