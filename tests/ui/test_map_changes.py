"""Borders redrawn during a campaign (`later_maps`): the main screen's map moves to the next
base map on its date, keeps where the player was looking, and gives the land to the nations
that hold it on the new map."""

import dataclasses
import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame
import pytest

from game.content.loader import load_campaign
from game.engine.calendar import month
from game.engine.engine import new_game
from game.session.paths import BUILTIN_CAMPAIGNS
from game.ui.theme import load_theme
from game.ui.widgets.map_panel import make_map_panel


@pytest.fixture(scope="module")
def balkans():
    pygame.display.init()
    pygame.font.init()
    pygame.display.set_mode((960, 600))
    return new_game(load_campaign(BUILTIN_CAMPAIGNS / "balkans_1991").campaign, seed=1)


def owner_at(panel, lon, lat):
    x, y = panel.base.project(lon, lat)
    return panel.owner.get(panel.base.feature_at(float(x), float(y)) or "")


def test_the_map_follows_the_borders_of_its_date(balkans):
    """The Soviet Union stood until December 1991: in June 1991 Kiev is Soviet land on one
    map of the USSR; from 1992 the map shows Ukraine apart and Moscow is Russia's."""
    panel = make_map_panel(pygame.Rect(0, 0, 960, 600), balkans, load_theme())
    assert panel.base.id == "europe_1991"
    assert owner_at(panel, 30.52, 50.45) == "SOV"
    panel.view.zoom_at(2)
    before = (panel.view.center, panel.view.zoom)
    panel.set_state(dataclasses.replace(balkans, month=month(1992, 2)))
    assert panel.base.id == "europe_1992"
    assert (panel.view.center, panel.view.zoom) == before
    assert owner_at(panel, 30.52, 50.45) is None  # Ukraine is no nation of this campaign
    assert owner_at(panel, 37.62, 55.75) == "RUS"
    panel.set_state(dataclasses.replace(balkans, month=month(1993, 2)))
    assert panel.base.id == "europe_1994"
