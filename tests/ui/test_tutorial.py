"""The tutorial: its campaign validates, the first-start offer comes once, each step that asks
for something waits until the player has done it (driven by posted events), Esc ends the tour.
Each step is rendered to the tests' picture folder (tests/shots.py)."""

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
from tests.ui.driver import buttons, click, click_at, press, run_ai
from shots import SHOTS

REPO = Path(__file__).resolve().parents[2]


def make_app(tmp_path) -> App:
    return App(size=(1280, 720), config_dir=tmp_path, save_dir=tmp_path / "saves")


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("COLLECTIVE_SECURITY_HOME", str(tmp_path))
    return tmp_path


def close(app) -> None:
    while app.stack:
        app.stack.pop().exit()


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
        assert isinstance(app.top, MainMenu)  # the menu's first frame comes before the offer
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


def test_the_loop_stays_awake_until_the_offer_is_up(home):
    """The offer comes on the frame after the menu's first: until then the menu keeps the loop
    awake, so that the window never rests (and reports itself idle) on a menu about to be
    covered by the offer."""
    app = make_app(home)
    try:
        menu = app.push(MainMenu(app, first_start=True))
        app.tick()
        assert app.top is menu and menu.wants_frames()
        app.tick()
        assert isinstance(app.top, Dialog) and not menu.wants_frames()
    finally:
        close(app)


def test_accepting_the_offer_starts_the_tutorial(home):
    app = make_app(home)
    try:
        app.push(MainMenu(app, first_start=True))
        app.tick()
        app.tick()
        click(app, "Play the tutorial")
        assert isinstance(app.top, TutorialOverlay)
        assert app.session is not None and app.session.humans == ("ARV",)
        assert Settings.load(home).tutorial_offered
    finally:
        close(app)


def nation_on_map(game, avoid: str) -> tuple[int, int]:
    """A point of the map over a nation other than ``avoid``, as a player would click it."""
    r = game.map_rect
    for y in range(r.y + 20, r.bottom - 20, 12):
        for x in range(r.x + 20, r.right - 20, 12):
            code = game.map.nation_at((x, y))
            if code and code != avoid:
                return x, y
    raise AssertionError("no nation on the map")


def do_step(app, overlay, game) -> None:
    """Do what the current step asks, by posted events, as a player would."""
    waits = overlay.step.waits
    if waits is None:
        press(app, pygame.K_RETURN)
    elif waits == "nation":
        click_at(app, nation_on_map(game, game.player))
    elif waits == "mode":
        press(app, pygame.K_5)
    elif waits == "order":
        button = next(b for b in game.action_buttons.values() if b.is_enabled)
        click_at(app, button.get_abs_rect().center)
    elif waits == "council":
        click_at(app, game.widgets["council"].get_abs_rect().center)
        assert type(app.top).__name__ == "CouncilScene"
        press(app, pygame.K_ESCAPE)  # back to the tour, which has moved on
    elif waits == "crisis":
        press(app, pygame.K_TAB)
    elif waits == "end":
        run_ai(app, game)
        click_at(app, game.widgets["end"].get_abs_rect().center)


def test_stepping_through_by_doing_what_each_step_asks(home):
    """Explaining steps go on with Enter; each step that asks for something waits until the
    player has done it (a nation clicked, a map mode, an order, the council, a crisis, the end
    of the turn) and then goes on by itself; the last one leaves a game in its second turn.
    The last card leaves the crisis panel in sight (it covered the gauges the step before had
    just opened, seen in a real window)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    app = make_app(home)
    try:
        app.push(MainMenu(app))
        app.tick()
        click(app, "Tutorial")
        overlay = app.top
        assert isinstance(overlay, TutorialOverlay)
        game = app.find(GameScene)
        state = game.ctl.session.state
        assert state.turn == 0 and any(c.active for c in state.crises.values())
        run_ai(app, game)  # the other nations finish their turn under the card
        assert not game.ctl.ai_busy() and app.top is overlay
        screen = pygame.Rect((0, 0), app.screen.get_size())
        log = game.ctl.session.log
        for n in range(1, len(STEPS) + 1):
            assert overlay.index == n - 1 and not overlay.finished
            app.tick(0.05)
            app.draw()
            pygame.image.save(app.screen, str(SHOTS / f"tutorial_step{n}.png"))
            assert screen.contains(overlay.card), n
            target = overlay.target_rect()
            if target is not None and overlay.step.target not in ("map",):
                assert not overlay.card.colliderect(target), n  # the card hides nothing
            for kept in overlay.step.keep:  # nor what the step before showed
                assert not overlay.card.colliderect(overlay.area(kept)), (n, kept)
            labels = buttons(overlay)
            assert "End tour" in labels and "Back" in labels
            assert ("Skip" in labels) == bool(overlay.step.waits), n
            waits = overlay.step.waits
            do_step(app, overlay, game)
            if waits == "nation":
                assert game.selected_nation not in (None, "ARV")
            if waits == "mode":
                assert game.mode == "will"
            if waits == "order":
                assert any(t.startswith("ARV ") and t != "ARV end" for t in log)
            if waits == "crisis":
                assert game.tab == "crisis" and game.selected_crisis
        assert overlay.finished and not app.find(TutorialOverlay)
        assert "ARV end" in log
        run_ai(app, game)
        st = game.ctl.session.state
        if st.phase == "debate" and "ARV" in st.waiting_for():  # drafts on the agenda
            app.tick(0.05)
            assert type(app.top).__name__ == "CouncilScene"  # opened for the debate
            click(app, "End the debate")
            run_ai(app, game)
        assert game.ctl.session.state.turn >= 1 or game.ctl.session.state.phase == "voting"
    finally:
        close(app)


def test_a_step_that_asks_waits_until_it_is_done(home):
    """Enter does not pass a step that asks for something; input outside its part of the
    screen does not count; Skip passes it; Back returns."""
    app = make_app(home)
    try:
        overlay = start_tutorial(app)
        game = app.find(GameScene)
        press(app, pygame.K_RETURN)
        assert overlay.index == 1 and overlay.step.waits == "nation"
        press(app, pygame.K_RETURN)
        press(app, pygame.K_5)  # a map-mode key is not this step's
        assert overlay.index == 1 and game.mode == "political"
        click(app, "Skip")
        assert overlay.index == 2
        press(app, pygame.K_BACKSPACE)
        assert overlay.index == 1
        overlay.goto(3)  # map modes: the number keys reach the game
        press(app, pygame.K_1)
        assert overlay.index == 3  # the mode it already shows: nothing changed
        press(app, pygame.K_6)
        assert game.mode == "legitimacy" and overlay.index == 4
    finally:
        close(app)


def test_the_council_step_goes_on_once_the_council_was_opened(home):
    """C opens the council above the card; back from it, the tour is at the next step."""
    app = make_app(home)
    try:
        overlay = start_tutorial(app)
        overlay.goto(5)
        assert overlay.step.waits == "council"
        press(app, pygame.K_c)
        assert type(app.top).__name__ == "CouncilScene"
        press(app, pygame.K_ESCAPE)
        assert app.top is overlay and overlay.index == 6 and overlay.step.waits is None
    finally:
        close(app)


def test_escape_ends_the_tour(home):
    app = make_app(home)
    try:
        overlay = start_tutorial(app)
        press(app, pygame.K_RETURN)
        press(app, pygame.K_ESCAPE)
        assert overlay.skipped and not app.find(TutorialOverlay)
        assert isinstance(app.top, GameScene)
    finally:
        close(app)
