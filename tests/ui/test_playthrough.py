"""A whole short game driven headless by posted events, as a player plays it: the menu, the
campaign, the nation, orders, a council vote, the end of a turn, saving, loading and the end
report — asserting on the game state at every step."""

from __future__ import annotations

import shutil
from pathlib import Path

import pygame
import pytest

from game.engine import state_hash
from game.ui.app import App
from game.ui.scenes.main_menu import MainMenu
from tests.ui.driver import buttons, click, press

MINI = Path(__file__).resolve().parents[1] / "fixtures" / "mini_campaign"


@pytest.fixture
def app(tmp_path, monkeypatch):
    monkeypatch.setenv("COLLECTIVE_SECURITY_HOME", str(tmp_path))
    shutil.copytree(MINI, tmp_path / "campaigns" / "mini")
    app = App(size=(1280, 720), config_dir=tmp_path, save_dir=tmp_path / "saves")
    app.push(MainMenu(app))
    app.tick()
    yield app
    while app.stack:
        app.stack.pop().exit()


def scene_name(app) -> str:
    return type(app.top).__name__


def run_ai(app) -> None:
    """Let the AI nations act, a few frames at a time, as the window would."""
    for _ in range(400):
        game = app.find(type(app.stack[1])) if len(app.stack) > 1 else None
        ctl = getattr(game, "ctl", None)
        if ctl is None or not ctl.ai_busy():
            break
        app.tick(0.05)
    app.tick(0.05)


def test_a_short_game_from_menu_to_end_report(app):
    # the menu, the campaign, the nation
    click(app, "New campaign")
    assert scene_name(app) == "CampaignSelect"
    click(app, "The Little Entente Years")
    click(app, "Choose a nation")
    assert scene_name(app) == "NationSelect"
    click(app, "Aldoria")
    click(app, "Start")
    assert scene_name(app) == "GameScene"
    game = app.top
    session = game.ctl.session
    assert session.humans == ("ALD",) and session.state.turn == 0
    run_ai(app)

    # an order from the action bar
    will = session.state.nations["ALD"].will
    click(app, "Domestic")
    click(app, "Rally opinion at home")
    assert "ALD rally" in session.log
    assert session.state.nations["ALD"].will > will

    # a motion in the council chamber
    click(app, "Council")
    assert scene_name(app) == "CouncilScene"
    motion = next(t for t in buttons(app.top) if t.startswith("Expel:"))
    click(app, motion)
    mine = [r for r in session.state.resolutions.values() if r.sponsor == "ALD"]
    assert len(mine) == 1 and mine[0].kind == "expel"
    press(app, pygame.K_ESCAPE)

    # end the turn; the council meets and Aldoria votes for its motion (Y: yes)
    for _ in range(8):
        if session.state.turn > 0:
            break
        if app.top is game:
            if "ALD" in session.state.waiting_for() and session.state.phase == "orders":
                click(app, "End turn")
        elif session.state.phase == "voting" and session.state.ballots_owed("ALD"):
            press(app, pygame.K_y)
        else:
            press(app, pygame.K_ESCAPE)
        run_ai(app)
    assert session.state.turn == 1
    assert "ALD end" in session.log
    decided = session.state.resolution(mine[0].id)
    assert decided.status != "tabled" and dict(decided.ballots)["ALD"] == "yes"

    # quick save, play on, quick load: the saved state comes back exactly
    # the AI waits while a dialog is up, and its results may open one: settle both first
    for _ in range(20):
        if app.top is not game:
            press(app, pygame.K_ESCAPE)
        elif game.ctl.ai_busy():
            run_ai(app)
        else:
            break
    saved = state_hash(session.state)
    press(app, pygame.K_F5)
    assert any((app.save_dir).glob("*.json"))
    session.play_out(2)
    assert state_hash(session.state) != saved
    press(app, pygame.K_F9)
    loaded = app.find(type(game))
    assert state_hash(loaded.ctl.session.state) == saved

    # to the end: the end report opens by itself
    loaded.ctl.session.play_out()
    for _ in range(5):  # the last session's results come first; closing them shows the report
        app.tick(0.05)
        if scene_name(app) == "EndReport":
            break
        press(app, pygame.K_ESCAPE)
    assert scene_name(app) == "EndReport"
    assert loaded.ctl.session.state.phase == "over"
    assert "Main menu" in buttons(app.top)
    click(app, "Main menu")
    assert scene_name(app) == "MainMenu"
