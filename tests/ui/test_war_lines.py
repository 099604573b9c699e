"""The crisis panel's lines on a war with outside powers on both sides (side_panel.war_lines):
what the rules of cobelligerence and armistice talks decide must be readable by the player."""

from dataclasses import replace

from game.engine.view import view
from game.ui.panels.side_panel import war_lines
from tests.engine.test_cobelligerence import _korea


def test_the_crisis_panel_names_the_backers_and_the_talks_clock():
    """A seat reads who fights beside the aggressor, how long the front has held and which
    side holds out at the talks, with its wills against the armistice's ``WAR_WEARY`` (Korea,
    1951-53: China's armies beside the North, two years of talks on a held front); without
    backers neither line is shown. Who holds out is a line of its own: a wrapped line of
    both was cut before the names (seen in a real window)."""
    state = _korea()
    c = state.crises["manchuria"]
    assert war_lines(view(state, "USA"), c) == []
    state.nations["USA"] = replace(state.nations["USA"], military=80)
    state.crises["manchuria"] = replace(c, stage=2, backers=("SOV",), calm_turns=3)
    lines = [text for text, _ in war_lines(view(state, "USA"), state.crises["manchuria"])]
    months = 3 * state.campaign.turn_months
    wills = [state.nations[n].will for n in ("JPN", "SOV")]
    assert lines == ["Fighting beside the aggressor: Soviet Union",
                     f"Armistice talks: the front has held {months} months",
                     f"Holding out: Japan (will {wills[0]}), Soviet Union (will {wills[1]})"]
