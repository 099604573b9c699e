"""The tutorial: its campaign validates, the first-start offer comes once, the overlay steps
through to a playable game, Esc skips it. Each step is rendered to screenshots/."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pygame
import pytest

from game.ui.app import App
from game.ui.scenes.dialog import Dialog
from game.ui.scenes.game_scene import GameScene
from game.ui.scenes.main_menu import MainMenu
from game.ui.scenes.tutorial import STEPS, TutorialOverlay, start_tutorial
from game.ui.settings import Settings
from tests.ui.driver import buttons, click, press

REPO = Path(__file__).resolve().parents[2]
SHOTS = REPO / "screenshots"


def make_app(tmp_path) -> App:
    return App(size=(1280, 720), config_dir=tmp_path, save_dir=tmp_path / "saves")


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("COLLECTIVE_SECURITY_HOME", str(tmp_path))
    return tmp_path


def close(app) -> None:
    while app.stack:
        app.stack.pop().exit()


def run_ai(app, game) -> None:
    for _ in range(400):
        if not game.ctl.ai_busy():
            break
        app.tick(0.05)
    app.tick(0.05)


def test_the_tutorial_campaign_validates():
    run = subprocess.run([sys.executable, "-m", "game", "validate", "game/campaigns/tutorial"],
                         cwd=REPO, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "0 errors, 0 warnings" in run.stdout
    for f in sorted((REPO / "game" / "campaigns" / "tutorial").glob("*.yaml")):
        first = f.read_text(encoding="utf-8").splitlines()[0]
        assert first == "# yaml-language-server: $schema=../../schema/campaign.schema.json", f


def test_the_menu_does_not_load_the_tutorial_campaign(home):
    app = make_app(home)
    try:
        app.push(MainMenu(app))
        app.tick()
        assert isinstance(app.top, MainMenu)  # no offer for an App with its own folder
        assert app.session is None
        assert "Tutorial" in buttons(app.top)
    finally:
        close(app)


def test_the_first_start_offer_comes_once_and_is_remembered(home):
    app = make_app(home)
    try:
        app.push(MainMenu(app, first_start=True))
        app.tick()
        assert isinstance(app.top, Dialog)
        assert "Play the tutorial" in buttons(app.top)
        click(app, "No, thanks")
        assert isinstance(app.top, MainMenu)
        assert app.settings.tutorial_offered
        app.tick()
        assert isinstance(app.top, MainMenu)  # not asked again in this session
    finally:
        close(app)
    assert Settings.load(home).tutorial_offered
    app = make_app(home)  # the next start reads the saved answer
    try:
        app.push(MainMenu(app, first_start=True))
        app.tick()
        app.tick()
        assert isinstance(app.top, MainMenu)
    finally:
        close(app)


def test_accepting_the_offer_starts_the_tutorial(home):
    app = make_app(home)
    try:
        app.push(MainMenu(app, first_start=True))
        app.tick()
        click(app, "Play the tutorial")
        assert isinstance(app.top, TutorialOverlay)
        assert app.session is not None and app.session.humans == ("ARV",)
        assert Settings.load(home).tutorial_offered
    finally:
        close(app)


def test_stepping_through_with_next_ends_in_a_playable_game(home):
    SHOTS.mkdir(exist_ok=True)
    app = make_app(home)
    try:
        app.push(MainMenu(app))
        app.tick()
        click(app, "Tutorial")
        overlay = app.top
        assert isinstance(overlay, TutorialOverlay)
        game = app.find(GameScene)
        state = game.ctl.state
        assert state.turn == 0 and any(c.active for c in state.crises.values())
        run_ai(app, game)  # the other nations finish their turn under the card
        assert not game.ctl.ai_busy() and app.top is overlay
        screen = pygame.Rect((0, 0), app.screen.get_size())
        for n in range(1, len(STEPS) + 1):
            assert overlay.index == n - 1
            app.tick(0.05)
            app.draw()
            pygame.image.save(app.screen, str(SHOTS / f"tutorial_step{n}.png"))
            assert screen.contains(overlay.card), n
            target = overlay.target_rect()
            if target is not None and overlay.step.target not in ("map",):
                assert not overlay.card.colliderect(target), n  # the card hides nothing
            if n == len(STEPS):
                click(app, "Finish")
            elif n % 2:
                press(app, pygame.K_RETURN)
            else:
                click(app, "Next")
        assert overlay.finished and not app.find(TutorialOverlay)
        assert app.top is game
        # a playable game: the AI acts, then an order and the end of the turn go through
        run_ai(app, game)
        p = game.player
        assert p == "ARV" and p in game.ctl.state.waiting_for()
        click(app, "End turn")
        run_ai(app, game)
        assert game.ctl.state.turn >= 1 or game.ctl.state.phase == "voting"
    finally:
        close(app)


def test_back_and_the_keys_of_the_tries(home):
    app = make_app(home)
    try:
        overlay = start_tutorial(app)
        game = app.find(GameScene)
        press(app, pygame.K_RETURN)
        press(app, pygame.K_RETURN)
        assert overlay.index == 2
        press(app, pygame.K_BACKSPACE)
        assert overlay.index == 1
        overlay.goto(3)  # map modes: the number keys reach the map
        press(app, pygame.K_5)
        assert game.mode == "will" and app.top is overlay
        overlay.goto(5)  # the council: C opens it above the card, Esc comes back
        press(app, pygame.K_c)
        assert type(app.top).__name__ == "CouncilScene"
        press(app, pygame.K_ESCAPE)
        assert app.top is overlay and overlay.index == 5
    finally:
        close(app)


def test_escape_skips_the_tour(home):
    app = make_app(home)
    try:
        overlay = start_tutorial(app)
        press(app, pygame.K_RETURN)
        press(app, pygame.K_ESCAPE)
        assert overlay.skipped and not app.find(TutorialOverlay)
        assert isinstance(app.top, GameScene)
    finally:
        close(app)
