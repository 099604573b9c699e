"""Shared by the UI tests: the mini campaign they play."""

from pathlib import Path

import pytest

from game.content.loader import load_campaign

MINI = Path(__file__).resolve().parents[1] / "fixtures" / "mini_campaign"


@pytest.fixture(scope="module")
def mini():
    result = load_campaign(MINI)
    assert result.campaign is not None, result.errors
    return result.campaign


@pytest.fixture
def game(tmp_path, mini):
    """The main screen of a one-seat mini campaign (Aldoria), at 1280x720."""
    from game.ui.app import App
    from game.ui.scenes.opening import start_game

    app = App(size=(1280, 720), config_dir=tmp_path, save_dir=tmp_path / "saves")
    scene = start_game(app, mini, ["ALD"])
    yield scene
    app.shutdown()


@pytest.fixture
def app(tmp_path, monkeypatch):
    """A 1280x720 window whose player files live in a temporary home; its scenes are closed
    after the test."""
    from game.ui.app import App

    monkeypatch.setenv("COLLECTIVE_SECURITY_HOME", str(tmp_path))
    app = App(size=(1280, 720), config_dir=tmp_path, save_dir=tmp_path / "saves")
    yield app
    while app.stack:
        app.stack.pop().exit()
