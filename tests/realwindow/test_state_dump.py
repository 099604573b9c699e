"""The state dump the real-window driver reads (game.ui.state_dump), checked headless."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from game.ui.app import APP_ID, App, name_the_window
from game.ui.scenes.main_menu import MainMenu
from game.ui.state_dump import ENV

MINI = Path(__file__).resolve().parents[1] / "fixtures" / "mini_campaign"


@pytest.fixture
def app(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV, str(tmp_path / "state.json"))
    for name in ("SDL_VIDEO_X11_WMCLASS", "SDL_VIDEO_WAYLAND_WMCLASS", "SDL_APP_ID"):
        monkeypatch.setenv(name, "")
        monkeypatch.delenv(name)  # and whatever the App sets is undone after the test
    app = App(size=(1280, 720), config_dir=tmp_path, save_dir=tmp_path / "saves")
    yield app
    app.shutdown()


def read(app) -> dict:
    return json.loads(app.dump.path.read_text(encoding="utf-8"))


def test_the_splash_is_announced_before_any_scene(app):
    """A driver can tell the window is painted before the menu has loaded."""
    data = read(app)
    assert data["scenes"] == [] and data["top"] is None and data["game"] is None


def test_the_menu_buttons_are_listed_where_they_are_drawn(app):
    """Buttons come with their text, state and on-screen rectangle, to be clicked by sight."""
    menu = MainMenu(app, first_start=False)
    app.push(menu)
    app.tick()
    data = read(app)
    assert data["top"] == "main_menu" and not data["modal"]
    new = next(b for b in data["buttons"] if b["text"] == "New campaign")
    assert new["enabled"] and new["rect"] == list(menu.items["new"].get_abs_rect())
    assert "Shortcut: N" in new["tooltip"]
    cont = next(b for b in data["buttons"] if b["text"] == "Continue")
    assert not cont["enabled"]  # no save yet


def test_the_dump_is_rewritten_only_when_it_changes(app):
    """Written after frames that change it: a driver's polling sees each state once."""
    app.push(MainMenu(app, first_start=False))
    app.tick()
    seq = read(app)["seq"]
    app.invalidate()
    app.tick()
    assert read(app)["seq"] == seq
    app.dump.write(app, idle=True)
    assert read(app)["seq"] == seq + 1 and read(app)["idle"]


def test_the_window_is_named_for_the_game(monkeypatch):
    """Window managers group and label windows by class: not by `__main__.py`, the name
    pygame gives it from sys.argv[0] under `python -m game`; a class the user set is kept."""
    monkeypatch.setattr(sys, "argv", ["/somewhere/game/__main__.py"])
    monkeypatch.setenv("SDL_VIDEO_X11_WMCLASS", "__main__.py")
    monkeypatch.setenv("SDL_VIDEO_WAYLAND_WMCLASS", "")
    monkeypatch.setenv("SDL_APP_ID", "org.example.mine")
    name_the_window()
    assert os.environ["SDL_VIDEO_X11_WMCLASS"] == APP_ID == "collective-security"
    assert os.environ["SDL_VIDEO_WAYLAND_WMCLASS"] == APP_ID
    assert os.environ["SDL_APP_ID"] == "org.example.mine"


def test_the_state_hash_is_given_once_the_other_nations_are_done(app):
    """Hashing the whole state takes a tenth of a second on the League's map: not for every
    frame of the other nations' turn, only for a state a driver can compare."""
    from game.content.loader import load_campaign
    from game.engine import state_hash
    from game.ui.scenes.opening import start_game

    campaign = load_campaign(MINI).campaign
    game = start_game(app, campaign, ["ALD"])
    game.ctl.step_ai = lambda budget=0.0: 0  # the other nations still think
    app.tick(0.05)
    assert read(app)["game"]["state_hash"] == ""
    del game.ctl.step_ai
    game.ctl.finish_ai()
    app.tick(0.05)
    assert read(app)["game"]["state_hash"] == state_hash(game.ctl.session.state)
