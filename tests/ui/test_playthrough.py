"""A whole short game driven headless by posted events, as a player plays it: the menu, the
campaign, the nation, orders, a council vote, the end of a turn, saving, loading and the end
report — asserting on the game state at every step."""

from __future__ import annotations

import shutil
from pathlib import Path

import pygame
import pytest

from game.engine import state_hash
from game.session import saves
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


def play_on(session, turn: int = 10**6, until_actions: int = 10**9) -> None:
    """The AI plays on as the window lets it (the nations it plays first), and for the human
    seat too when only that seat is due, until ``turn`` or ``until_actions``."""
    while session.state.turn < turn and len(session.log) < until_actions:
        due = session.ai_waiting() or session.state.waiting_for()
        session.submit(session.ai_action(due[0]))


def test_a_short_game_from_menu_to_end_report(app):
    # the menu, the campaign, the nation
    click(app, "New campaign")
    assert scene_name(app) == "CampaignSelect"
    app.tick(0.05)  # the list is read after the screen's first frame
    click(app, "The Little Entente Years")
    click(app, "Choose a nation")
    assert scene_name(app) == "NationSelect"
    click(app, "Aldoria")
    click(app, "Start")
    assert scene_name(app) == "Dialog" and app.top.title == "Briefing: Aldoria"
    press(app, pygame.K_RETURN)
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
    assert "ALD rally" in session.state.orders  # queued: it takes effect at the phase's end
    assert session.state.nations["ALD"].will == will

    # a motion in the council chamber
    click(app, "Council")
    assert scene_name(app) == "CouncilScene"
    click(app, "Membership questions")  # no crisis yet: the motions wait behind one entry
    motion = next(t for t in buttons(app.top) if t.startswith("Expel "))
    click(app, motion)
    assert any(t.startswith("ALD table ") for t in session.state.orders)
    assert not any(r.sponsor == "ALD" for r in session.state.resolutions.values())
    press(app, pygame.K_ESCAPE)

    # end the turn: the orders are carried out (the rally, the motion on the agenda), the
    # council debates (Aldoria ends the debate) and Aldoria votes for its motion (Y: yes)
    # (closed once in the vote, the chamber stays closed: the debate's prompt was the vote's)
    mine, phases, closed = [], [], False
    for _ in range(14):
        if session.state.turn > 0:
            break
        st = session.state
        phases.append(st.phase)
        mine = mine or [r for r in st.resolutions.values() if r.sponsor == "ALD"]
        owed = st.phase == "voting" and st.ballots_owed("ALD")
        if app.top is game:
            if "ALD" in st.waiting_for() and st.phase == "orders":
                click(app, "End turn")
            elif "ALD" in st.waiting_for() and st.phase == "debate" or owed:
                click(app, "Council")
            else:
                app.tick(0.05)
        elif st.phase == "debate" and "ALD" in st.waiting_for():
            click(app, "End the debate")
        elif owed and not closed:
            closed = True
            press(app, pygame.K_ESCAPE)
            app.tick(0.05)
            assert app.top is game  # not opened again for the vote
        elif owed:
            press(app, pygame.K_y)
        else:
            press(app, pygame.K_ESCAPE)
        run_ai(app)
    assert session.state.turn == 1
    assert session.state.nations["ALD"].will > will
    assert "debate" in phases and closed and "ALD end" in session.log
    assert len(mine) == 1 and mine[0].kind == "expel"
    assert "ALD end" in session.log
    decided = session.state.resolution(mine[0].id)
    assert decided.status != "tabled" and dict(decided.ballots)["ALD"] == "yes"

    # quick save (the AI may still be mid-phase), play on, quick load: the saved game comes
    # back exactly and goes on as it did before the load
    while app.top is not game:
        press(app, pygame.K_ESCAPE)
    saved, saved_log = state_hash(session.state), list(session.log)
    press(app, pygame.K_F5)
    assert saves.quick_load(app.save_dir).state_hash == saved
    play_on(session, session.state.turn + 2)
    assert state_hash(session.state) != saved
    went_on, went_on_hash = list(session.log), state_hash(session.state)
    while app.top is not game:  # the results of the sessions met since then
        press(app, pygame.K_ESCAPE)
    press(app, pygame.K_F9)
    loaded = app.find(type(game))
    back = loaded.ctl.session
    assert back is not session and back.log[:len(saved_log)] == saved_log
    assert back.chronicle[:len(session.chronicle)] == session.chronicle[:len(back.chronicle)]
    play_on(back, until_actions=len(went_on))  # the AI may have gone on in the loading frame
    assert back.log == went_on and state_hash(back.state) == went_on_hash

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


def test_ending_the_last_turn_opens_the_end_report(app):
    """When the player's own End turn finishes the campaign (every other nation done, nothing
    to vote on), the end report opens; the tutorial stayed on the map with 'Cannot end the
    turn: the campaign is over', seen in a real window."""
    from game.ui.scenes.opening import start_game
    from tests.ui.fixtures import mini_campaign

    game = start_game(app, mini_campaign(), ["FRA"], seed=1)
    ctl = game.ctl
    for _ in range(500):
        run_ai(app)
        st = ctl.session.state
        if st.phase == "over":
            break
        if st.phase == "voting" and st.ballots_owed("FRA"):
            for rid in st.ballots_owed("FRA"):
                ctl.submit(f"FRA vote {rid} abstain")
        elif st.phase == "debate" and "FRA" in st.waiting_for():
            ctl.submit("FRA end")
        elif app.top is not game:
            app.pop()  # the briefing, a summary, a choice answered by default, results
            app.tick(0.05)
        else:
            press(app, pygame.K_e)
    assert ctl.session.state.phase == "over"
    assert scene_name(app) == "EndReport"
