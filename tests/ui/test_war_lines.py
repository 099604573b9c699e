"""The crisis panel's lines on a war with outside powers on both sides (side_panel.war_lines):
what the rules of cobelligerence and armistice talks decide must be readable by the player."""

from dataclasses import replace

from game.engine.crises import ARMISTICE_TALKS
from game.engine.view import view
from game.ui.panels.side_panel import war_lines
from tests.engine.test_cobelligerence import _korea


def test_the_crisis_panel_names_the_backers_and_the_talks_clock():
    """A seat reads who fights beside the aggressor and how long the front has held against
    the armistice's ``ARMISTICE_TALKS`` (Korea, 1951-53: China's armies beside the North, two
    years of talks on a held front); without backers neither line is shown."""
    state = _korea()
    c = state.crises["manchuria"]
    assert war_lines(view(state, "USA"), c) == []
    state.nations["USA"] = replace(state.nations["USA"], military=80)
    state.crises["manchuria"] = replace(c, stage=2, backers=("SOV",), calm_turns=3)
    lines = [text for text, _ in war_lines(view(state, "USA"), state.crises["manchuria"])]
    months = 3 * state.campaign.turn_months
    assert lines == ["Fighting beside the aggressor: Soviet Union",
                     f"Armistice talks: the front has held {months} of {ARMISTICE_TALKS} months"]
