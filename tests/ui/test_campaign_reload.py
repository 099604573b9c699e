"""Quick authoring: a user's campaign is listed beside the built-in ones; a broken one shows
its problems instead of crashing; F5 reads the campaigns again from disk."""

import shutil
from pathlib import Path

import pygame

from game.ui.app import App
from game.ui.scenes.campaign_select import CampaignSelect
from tests.ui.driver import buttons, press

MINI = Path(__file__).resolve().parents[1] / "fixtures" / "mini_campaign"


def test_f5_reloads_and_shows_a_broken_campaigns_problems(tmp_path, monkeypatch):
    monkeypatch.setenv("COLLECTIVE_SECURITY_HOME", str(tmp_path))
    folder = tmp_path / "campaigns" / "mini"
    shutil.copytree(MINI, folder)
    app = App(size=(1280, 720), config_dir=tmp_path)
    app.push(CampaignSelect(app, custom=True))
    app.tick()
    app.tick()  # the list is read after the screen's first frame
    assert "The Little Entente Years" in buttons(app.top)
    header = folder / "campaign.yaml"
    header.write_text(header.read_text(encoding="utf-8").replace("turn_months: 3",
                                                                  "turn_months: thirteen"))
    press(app, pygame.K_F5)
    entry = app.top.entries[0]
    assert not entry.ok
    shown = app.top.detail.html_text
    assert "campaign.yaml:" in shown and "thirteen" in shown
    assert not buttons(app.top)["Choose a nation"].is_enabled
    header.write_text(header.read_text(encoding="utf-8").replace("thirteen", "3"))
    press(app, pygame.K_F5)
    assert app.top.entries[0].ok and buttons(app.top)["Choose a nation"].is_enabled


def test_play_straight_into_a_broken_campaign_says_why(tmp_path, monkeypatch):
    """`play --campaign FOLDER` on a campaign with errors: the menu shows a message naming the
    first error, and no nation screen opens on a campaign that is not there."""
    from game.ui.scenes.campaign_select import open_campaign_direct

    monkeypatch.setenv("COLLECTIVE_SECURITY_HOME", str(tmp_path))
    folder = shutil.copytree(MINI, tmp_path / "somewhere" / "mini")
    header = folder / "campaign.yaml"
    header.write_text(header.read_text(encoding="utf-8").replace("turn_months: 3",
                                                                  "turn_months: thirteen"))
    app = App(size=(1280, 720), config_dir=tmp_path)
    try:
        app.push("main_menu")
        open_campaign_direct(app, str(folder), "ALD", 4)
        app.tick()
        assert [s.name for s in app.stack] == ["main_menu", "dialog"]
        assert app.top.title == "This campaign cannot be loaded"
        assert "thirteen" in app.top.body_html
    finally:
        while app.stack:
            app.stack.pop().exit()
