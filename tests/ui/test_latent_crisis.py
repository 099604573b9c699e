"""A latent crisis on screen (issue 19, prevent): the crisis panel shows its outbreak risk and
its warning signs as the player sees them, the map marks it apart from the active crises, and
selecting it offers the preventive orders."""

from __future__ import annotations

from dataclasses import replace

import pytest

from game.engine import model as m
from game.ui.map_modes import compute
from game.ui.scenes.opening import start_game
from tests.ui.driver import run_ai
from tests.ui.fixtures import mini_campaign

LATENT = m.Latent(grievances=60, propaganda=50, arms=40, fragility=55, risk=10)


@pytest.fixture
def game(app):
    camp = mini_campaign()
    tinder = m.CrisisDef("tinder", "Tension in Ethiopia", "civil_war", "ETH", ("ETH",),
                         org="league", stage=2, location=(38.7, 9.0), latent=LATENT)
    game = start_game(app, replace(camp, crises=(*camp.crises, tinder)), ["FRA"], seed=1)
    run_ai(app, game)
    while app.top is not game:
        app.pop()  # the briefing
    return game


def test_the_panel_shows_the_signs_and_the_orders_to_prevent(app, game):
    """Selecting the latent crisis shows its outbreak risk and a tooltip per warning sign on
    the crisis panel, and the action bar offers mediation, aid and pressure."""
    game.select_crisis("tinder")
    app.tick(0.05)
    tips = " ".join(str(tip) for _, tip in game.side.tips.regions)
    assert "A latent crisis" in tips and "Hate propaganda" in tips
    assert {"FRA mediate tinder", "FRA stabilise tinder", "FRA dissuade tinder"} <= set(
        game.action_buttons)


def test_the_map_marks_a_latent_crisis_apart(app, game):
    """The map's marker for a latent crisis is flagged latent and says it has not begun."""
    s = game.ctl.view()
    result = compute("political", s, "FRA", game.theme)
    (marker,) = [mk for mk in result.markers if mk.id == "tinder"]
    assert marker.latent and "has not begun" in marker.tooltip
    assert not any(mk.latent for mk in result.markers if mk.id != "tinder")
