"""A new player's first hour (issue 13), driven headless by posted events: the campaign list
answers at once and in the order of history, the briefing opens with a new game and again on
B, and the action bar follows what is selected."""

from __future__ import annotations

import shutil
from pathlib import Path

import pygame
import pytest

from game.ui.app import App
from game.ui.scenes.campaign_select import CampaignSelect
from game.ui.scenes.dialog import Dialog
from game.ui.scenes.game_scene import GameScene
from game.ui.scenes.opening import start_game
from game.ui.scenes.main_menu import MainMenu
from game.ui.scenes.nation_select import NationSelect
from tests.ui.driver import buttons, click, press, run_ai
from tests.ui.fixtures import mini_campaign

MINI = Path(__file__).resolve().parents[1] / "fixtures" / "mini_campaign"


@pytest.fixture
def app(tmp_path, monkeypatch):
    monkeypatch.setenv("COLLECTIVE_SECURITY_HOME", str(tmp_path))
    app = App(size=(1280, 720), config_dir=tmp_path, save_dir=tmp_path / "saves")
    app.push(MainMenu(app))
    app.tick()
    yield app
    while app.stack:
        app.stack.pop().exit()


def labels(game) -> list[str]:
    """The action bar's order labels."""
    return [b.text for b in game.action_buttons.values()]


def test_new_campaign_answers_at_once_with_a_loading_line(app):
    """Choosing New campaign draws the campaign screen in the same frame, saying it is
    loading; the campaigns (slow: each is validated) are read after that frame."""
    press(app, pygame.K_n)
    scene = app.top
    assert isinstance(scene, CampaignSelect) and scene.loading
    assert app.frames >= 2  # the frame with the loading line was drawn
    labels = [e.text for e in scene.manager.get_root_container().elements
              if hasattr(e, "text")]
    assert "Loading campaigns…" in labels
    app.tick(0.05)
    assert not scene.loading and scene.entries


def test_campaigns_are_listed_in_the_order_of_history_with_the_league_preselected(
        app, tmp_path):
    """Built-in campaigns by start date (League 1920, tutorial 1931, UN 1945, Balkans 1991,
    the responsibility to protect 1992), the user's after them; the League of Nations, the
    game's default, is preselected."""
    shutil.copytree(MINI, tmp_path / "campaigns" / "mini")
    click(app, "New campaign")
    app.tick(0.05)
    scene = app.top
    assert [e.id for e in scene.entries] == ["league_1920", "tutorial", "un_1945",
                                              "balkans_1991", "r2p_1992", "mini"]
    assert scene.entries[scene.index].id == "league_1920"
    assert scene.rows[0].is_selected and not scene.rows[3].is_selected


def test_start_shows_the_briefing_and_b_shows_it_again(app):
    """A new game opens with the nation's briefing (situation, objectives, crises under way);
    Enter closes it, B and the Briefing button on the nation panel bring it back."""
    from game.content.loader import load_campaign

    campaign = load_campaign(MINI).campaign
    app.push(NationSelect(app, campaign))
    app.tick(0.05)
    click(app, "Aldoria")
    click(app, "Start")
    dialog = app.top
    assert isinstance(dialog, Dialog) and dialog.title == "Briefing: Aldoria"
    body = dialog.body_html
    aldoria = campaign.nation("ALD")
    assert aldoria.briefing.strip()[:40] in body
    assert all(o.text in body for o in aldoria.objectives)
    assert "Crises under way" in body
    assert "To work" in buttons(dialog)
    press(app, pygame.K_RETURN)
    game = app.top
    assert isinstance(game, GameScene)
    press(app, pygame.K_b)
    assert isinstance(app.top, Dialog) and app.top.title == "Briefing: Aldoria"
    press(app, pygame.K_ESCAPE)
    assert app.top is game
    click(app, "Briefing")
    assert isinstance(app.top, Dialog)
    click(app, "To work")
    assert app.top is game


def test_the_action_bar_follows_the_selection(app):
    """Tab selects a crisis: the action bar shows the orders about that crisis, not the
    orders towards the nation selected before; clicking a nation brings its orders back."""
    game = start_game(app, mini_campaign(), ["FRA"], seed=1)
    run_ai(app, game)
    game.select_nation("ITA")
    app.tick(0.05)
    assert any("Italy" in t for t in labels(game))
    press(app, pygame.K_TAB)
    assert game.selected_crisis == "abyssinia"
    assert game.tab == "crisis" and game.group == "military"
    texts = labels(game)
    assert not any("Italy" in t for t in texts)
    assert any("the Abyssinian crisis" in t for t in texts)
    game.select_nation("ITA")
    assert game.group == "diplomacy" and any("Italy" in t for t in labels(game))


@pytest.mark.parametrize("scale", [100, 200])
def test_the_chronicle_shows_whole_lines_and_a_mark_the_font_has(app, scale):
    """The chronicle's visible height is a whole number of its lines (none cut in half), the
    newest turn is on top, and crisis lines carry a mark the shipped font can draw."""
    from game.ui import fonts

    app.settings.ui_scale = scale
    app.refresh_theme()
    game = start_game(app, mini_campaign(), ["FRA"], seed=1)
    run_ai(app, game)
    game.ctl.session.play_out(2)  # orders are told in the turn they were given: two turns' news
    app.tick(0.05)
    box = game.widgets["chronicle"]
    rows = box.text_box_layout.layout_rows
    pitch = rows[1].y - rows[0].y
    assert len(rows) * pitch > box.text_wrap_rect.h  # more news than room: it scrolls
    assert box.text_wrap_rect.h % pitch == 0
    assert box.rect.bottom == game.chron_rect.bottom
    html = box.html_text
    assert "\u26a0" not in html and all(fonts.has_glyph(ch) for ch in set(html))
    assert "<b>!</b></font> " in html
    dates = [line for line in html.split("<br>") if line.startswith("<b>— ")]
    assert dates[0] != dates[-1] and "Apr 1935" in dates[0]  # the newest turn first


def test_a_new_turn_opens_a_summary_that_explains_tension(app):
    """When the turn ends, a summary lists the change of tension with its causes (adding up
    to the change), the player's will and legitimacy, and the crises begun or ended."""
    from game.ui import turn_summary

    game = start_game(app, mini_campaign(), ["FRA"], seed=1)
    run_ai(app, game)
    before = game.ctl.session.state.tension
    start = len(game.ctl.session.chronicle)
    click(app, "End turn")
    summary = None
    for _ in range(20):
        run_ai(app, game)
        top, state = app.top, game.ctl.session.state
        if isinstance(top, Dialog) and top.title.startswith("Turn summary"):
            summary = top
            break
        if state.phase == "debate" and "FRA" in state.waiting_for():
            if top is game:
                game.open_council(voting=True)
            click(app, "End the debate")  # France does not lobby: on to the vote
        elif top is game and state.phase == "voting":
            game.open_council(voting=True)
        elif state.phase == "voting" and state.ballots_owed("FRA"):
            press(app, pygame.K_y)  # France votes yes in the council chamber
        elif top is not game:
            press(app, pygame.K_ESCAPE)  # the council's results come first
    assert summary is not None and game.ctl.session.state.turn == 1
    state = game.ctl.session.state
    html = summary.body_html
    causes = turn_summary.summed((e.get("cause"), e.get("delta"))
                                 for e in game.ctl.session.chronicle[start:]
                                 if e.kind == "tension")
    assert sum(d for _, d in causes) == state.tension - before
    head = (f"World tension</b> {before} to {state.tension}" if state.tension != before
            else f"World tension</b> unchanged at {state.tension}")
    assert head in html
    assert all(cause in html for cause, _ in causes[:turn_summary.MAX_CAUSES])
    assert "Your domestic will" in html and "Your legitimacy" in html
    press(app, pygame.K_RETURN)
    assert app.top is game or not isinstance(app.top, Dialog)


def test_the_chronicle_leaves_tension_moves_to_the_summary(app):
    """Each move of tension is an event, but the chronicle does not list them one by one."""
    game = start_game(app, mini_campaign(), ["FRA"], seed=1)
    run_ai(app, game)
    game.ctl.session.play_out(2)
    app.tick(0.05)
    assert any(e.kind == "tension" for e in game.ctl.session.chronicle)
    assert "World tension" not in game.widgets["chronicle"].html_text
