"""The save/load screen, the history charts and the end report, headless, driven by posted
events: save into a slot and load it back (same state hash), a damaged save listed with its
error and loading it changing nothing, overwriting asking first, quick save and load, a game
played to the end showing its report, and screenshots of each screen at two sizes."""

from __future__ import annotations

import json
import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame
import pytest

from game.engine import state_hash
from game.session import paths, saves
from game.session.session import Seat, Session
from shots import SHOTS



@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv(paths.HOME_ENV, str(tmp_path))
    return tmp_path


def new_session(campaign, seed=7) -> Session:
    return Session(campaign, seed, seats=(Seat("ALD", "Ann"),))  # derives its source


def make_app(home, size=(1280, 720), scale=100):
    from game.ui.app import App

    app = App(size=size, config_dir=home, save_dir=home)
    if scale != 100:
        from game.ui.theme import load_theme

        app.settings.ui_scale = scale
        app.theme = load_theme(app.settings.palette, scale, app.screen.get_size())
    return app


def open_game(app, session):
    from game.ui.controller import GameController
    from game.ui.scenes.opening import open_game as og

    session.run_ai()  # a human must act now: the screens do not move the game on their own
    ctl = GameController(session)
    og(app, ctl)
    app.tick()
    return ctl


def click(app, widget) -> None:
    pos = widget.rect.center
    pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0)))
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1))
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=1))
    app.tick()
    app.tick()  # the button's pressed event is handled on the next pass


def press(app, key, mod=0) -> None:
    for kind in (pygame.KEYDOWN, pygame.KEYUP):
        pygame.event.post(pygame.event.Event(kind, key=key, mod=mod, unicode="", scancode=0))
    app.tick()
    app.tick()


def shoot(app, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    app.draw()
    pygame.image.save(app.screen, str(SHOTS / name))


def dialog_button(app, label):
    from game.ui.scenes.dialog import Dialog

    top = app.top
    assert isinstance(top, Dialog), type(top)
    return top.widgets[f"button:{label}"]


def test_save_into_slot_and_load_back(mini, home):
    from game.ui.scenes.game_scene import GameScene
    from game.ui.scenes.save_load import SaveLoad

    app = make_app(home)
    session = new_session(mini)
    session.play_out(turns=2)
    ctl = open_game(app, session)
    game_scene = app.find(GameScene)
    app.push(SaveLoad(app, mode="save", ctl=ctl))
    app.tick()
    scene = app.top
    scene.entry_box.set_text("my game")
    save_btn = next(b for b in scene._callbacks if b.text == "Save")
    click(app, save_btn)
    assert (home / "my game.json").exists()
    assert not isinstance(app.top, SaveLoad) and app.find(GameScene) is game_scene
    saved_hash = state_hash(session.state)
    assert saves.load("my game", home).state_hash == saved_hash

    # the game moves on, then the save is loaded back through the load screen
    session.play_out(turns=1)
    session.run_ai()
    assert state_hash(session.state) != saved_hash
    app.push(SaveLoad(app, mode="load"))
    app.tick()
    scene = app.top
    i = next(i for i, e in enumerate(scene.entries) if e.slot == "my game")
    entry = scene.entries[i]
    assert entry.nations == ("ALD",) and entry.date_text
    click(app, scene.rows[i])
    assert scene.selected == i
    click(app, scene.action_button)
    top = app.find(GameScene)
    assert top is not None and top is not game_scene
    assert state_hash(app.session.state) == saved_hash
    assert state_hash(top.ctl.session.state) == saved_hash


def test_overwrite_asks_first(mini, home):
    from game.ui.scenes.save_load import SaveLoad

    app = make_app(home)
    session = new_session(mini)
    ctl = open_game(app, session)
    saves.save(session, "slot1", session.source, "slot1", home)
    before = (home / "slot1.json").read_bytes()
    session.play_out(turns=1)
    app.push(SaveLoad(app, mode="save", ctl=ctl))
    app.tick()
    scene = app.top
    i = next(i for i, e in enumerate(scene.entries) if e.slot == "slot1")
    click(app, scene.rows[i])
    assert scene.entry_box.get_text() == "slot1"
    click(app, scene.action_button)  # Overwrite
    click(app, dialog_button(app, "Cancel"))
    assert (home / "slot1.json").read_bytes() == before
    click(app, scene.action_button)
    click(app, dialog_button(app, "Overwrite"))
    assert saves.load("slot1", home).turn == session.state.turn
    assert (home / "slot1.json").read_bytes() != before


def test_damaged_save_lists_error_and_changes_nothing(mini, home):
    from game.ui.scenes.dialog import Dialog
    from game.ui.scenes.game_scene import GameScene
    from game.ui.scenes.save_load import SaveLoad

    app = make_app(home)
    session = new_session(mini)
    ctl = open_game(app, session)
    saves.save(session, "good", session.source, "good", home)
    (home / "broken.json").write_bytes(b'{"format": "collective-security-save", "vers')
    before = state_hash(session.state)
    game_scene = app.find(GameScene)
    app.push(SaveLoad(app, mode="load"))
    app.tick()
    scene = app.top
    i = next(i for i, e in enumerate(scene.entries) if e.slot == "broken")
    assert scene.entries[i].error
    click(app, scene.rows[i])
    assert scene.entries[i].error.split("(")[0].strip()[:20] in scene.detail.html_text
    assert not scene.action_button.is_enabled
    press(app, pygame.K_RETURN)
    assert isinstance(app.top, Dialog)
    press(app, pygame.K_RETURN)  # OK
    assert app.top is scene
    assert app.find(GameScene) is game_scene and game_scene.ctl is ctl
    assert state_hash(app.session.state) == before
    shoot_all(app, home, "load", scene_factory=lambda a: SaveLoad(a, mode="load"))


def test_quick_save_and_load_and_continue(mini, home):
    from game.ui.scenes import save_load
    from game.ui.scenes.game_scene import GameScene
    from game.ui.scenes.main_menu import MainMenu

    app = make_app(home)
    app.push(MainMenu(app))
    assert not save_load.quick_load(app)  # nothing yet: a message, nothing else
    app.pop()
    session = new_session(mini)
    ctl = open_game(app, session)
    assert save_load.quick_save(app, ctl)
    h = state_hash(session.state)
    session.play_out(turns=1)
    assert save_load.quick_load(app)
    assert state_hash(app.session.state) == h
    app.reset(MainMenu(app))
    assert save_load.continue_latest(app)
    assert app.find(GameScene) is not None and state_hash(app.session.state) == h


def contrast(a, b) -> float:
    """The WCAG contrast ratio of two colours."""
    def lum(c):
        ch = [x / 255 for x in (c.r, c.g, c.b)]
        ch = [x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4 for x in ch]
        return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2]
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("palette", ["standard", "colourblind"])
def test_saving_says_so_in_a_clear_toast(mini, home, palette):
    """'Saved as ...' was small dim text over the map: now a toast in the theme's colours,
    at high contrast, at the bottom of the map clear of its legend, gone after a few seconds."""
    from game.ui.scenes import save_load
    from game.ui.scenes.game_scene import GameScene
    from game.ui.theme import load_theme
    from game.ui.widgets import toast

    app = make_app(home)
    app.theme = load_theme(palette, 100, app.screen.get_size())
    session = new_session(mini)
    ctl = open_game(app, session)
    game = app.find(GameScene)
    now = [100.0]
    game.toast.clock = lambda: now[0]
    assert save_load.quick_save(app, ctl)
    assert game.toast.visible() and "quick-save slot" in game.toast.text
    app.push(save_load.SaveLoad(app, mode="save", ctl=ctl))
    app.tick()
    app.top.entry_box.set_text("before the vote")
    press(app, pygame.K_RETURN)
    assert app.top is game and game.toast.text == "Game saved as 'before the vote'"
    shoot(app, f"toast_saved_{palette}.png")
    box = game.toast.draw(app.screen, app.theme, game.map_rect)
    assert box is not None and game.map_rect.contains(box)
    assert box.top > game.map_rect.centery and abs(box.centerx - game.map_rect.centerx) <= 1
    assert box.h >= app.theme.font(16).get_linesize()
    assert contrast(app.theme.c("text"), app.theme.c("panel")) >= 7
    now[0] += toast.SECONDS + 0.1
    assert not game.toast.visible()
    assert game.toast.draw(app.screen, app.theme, game.map_rect) is None


def test_loaded_game_shows_its_chronicle(mini, home):
    """A loaded game's chronicle panel tells what happened before the save, as it did."""
    from game.ui.scenes import save_load
    from game.ui.scenes.game_scene import GameScene

    app = make_app(home)
    session = new_session(mini)
    session.play_out(turns=2)
    ctl = open_game(app, session)
    before = app.find(GameScene).widgets["chronicle"].html_text
    assert save_load.quick_save(app, ctl)
    session.play_out(turns=1)
    assert save_load.quick_load(app)
    app.tick()
    loaded = app.find(GameScene)
    assert loaded.ctl.session is not session
    assert loaded.ctl.session.chronicle == session.chronicle[:len(loaded.ctl.session.chronicle)]
    text = loaded.widgets["chronicle"].html_text
    assert "Nothing has happened yet" not in text and text == before


def test_load_screen_shows_the_turn_the_game_shows(mini, home):
    """The top bar counts turns from 1; so does the load screen (it said one less)."""
    from game.ui.scenes.save_load import SaveLoad

    app = make_app(home)
    session = new_session(mini)
    session.play_out(turns=3)
    open_game(app, session)
    saves.save(session, "third", session.source, "third", home)
    app.push(SaveLoad(app, mode="load"))
    app.tick()
    scene = app.top
    click(app, scene.rows[next(i for i, e in enumerate(scene.entries) if e.slot == "third")])
    assert session.state.turn == 3  # the top bar says "Turn 4 of ..."
    assert "(turn 4)" in scene.detail.html_text


HOSTILE = {
    "nul": "ALD\x00 end",
    "surrogate": "ALD \ud800 end",
    "controls": "ALD\x01\x1b[31m\x7f\x85\t\r\n end",
    "long": "ALD " + "x" * 100_000,
    "long words": "ALD " + "word " * 20_000,
    "right to left": "ALD \u202e\u05e9\u05dc\u05d5\u05dd \u0627\u0644\u0633\u0644\u0627\u0645 end",
}


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_text_from_a_save_file_reaches_no_widget_unsanitised(mini, home, text):
    """Any character may be in a file: a NUL in the action log crashed the 'replay stopped
    early' dialog inside pygame_gui. The file below holds the text in its log, its label,
    its campaign's name, its date and its nations; the list, the details, the 'campaign has
    changed' question and the replay's dialog all show it cleaned, and nothing crashes."""
    from game.session.savefile import document, log_hash
    from game.ui.scenes.dialog import Dialog
    from game.ui.scenes.game_scene import GameScene
    from game.ui.scenes.save_load import SaveLoad

    app = make_app(home)
    session = new_session(mini)
    session.play_out(turns=1)
    open_game(app, session)
    doc = document(session, session.source, text)
    doc["log"].append(text)
    doc["snapshot"]["log_hash"] = log_hash(doc["log"])
    doc["campaign"]["content_hash"] = "an older version"
    doc["campaign"]["name"] = doc["meta"]["date_text"] = text
    doc["meta"]["nations"] = [text]
    (home / "hostile.json").write_text(json.dumps(doc))  # lone surrogates as \\ud800 escapes
    app.push(SaveLoad(app, mode="load"))
    app.tick()
    scene = app.top
    i = next(i for i, e in enumerate(scene.entries) if e.slot == "hostile")
    assert scene.entries[i].ok, scene.entries[i].error
    click(app, scene.rows[i])
    assert len(scene.detail.html_text) < 2000
    click(app, scene.action_button)
    assert isinstance(app.top, Dialog) and app.top.title == "The campaign has changed"
    click(app, dialog_button(app, "Replay and continue"))
    assert isinstance(app.top, Dialog) and app.top.title == "The replay stopped early"
    shown = app.top.body_html
    assert "\x00" not in shown and "\ud800" not in shown and "\u202e" not in shown
    assert f"Action {len(doc['log'])} of {len(doc['log'])}" in shown and len(shown) < 1000
    app.draw()
    press(app, pygame.K_RETURN)
    assert app.find(GameScene).ctl.session.log == session.log


def test_end_report_and_charts(mini, home):
    from game.ui.scenes.charts import ChartsScene
    from game.ui.scenes.end_report import EndReport
    from game.ui.scenes.main_menu import MainMenu

    app = make_app(home)
    session = new_session(mini)
    session.play_out()
    assert session.over
    ctl = open_game(app, session)
    report = app.find(EndReport) or EndReport(app, ctl)
    if app.top is not report:
        app.push(report)
    app.tick()
    shoot(app, "end_report_test.png")
    assert report.chart_rect is not None
    click(app, report.buttons["charts"])
    assert isinstance(app.top, ChartsScene)
    press(app, pygame.K_ESCAPE)
    assert app.top is report
    click(app, report.buttons["menu"])
    assert isinstance(app.top, MainMenu) and len(app.stack) == 1
    assert app.session is None


def test_charts_render_and_toggle(mini, home):
    from game.ui.scenes.charts import ChartsScene, history_series

    app = make_app(home)
    session = new_session(mini)
    session.play_out(turns=4)
    ctl = open_game(app, session)
    app.push(ChartsScene(app, ctl))
    app.tick()
    scene = app.top
    code = next(iter(scene.toggles))
    click(app, scene.toggles[code])
    assert code in scene.extra
    s = history_series(session.state, mini, scene.nations)
    assert len(s["will"]) == 2 and len(s["tension"][0].points) == len(session.state.history)
    press(app, pygame.K_ESCAPE)
    assert not isinstance(app.top, ChartsScene)


def shoot_all(app, home, name, scene_factory):
    """The scene at 1280x720 and 1920x1080 (and 200% UI scale at 1920)."""
    for size, tag, scale in (((1280, 720), "1280", 100), ((1920, 1080), "1920", 100),
                             ((1920, 1080), "1920_200", 200)):
        a = make_app(home, size=size, scale=scale)
        a.session = app.session
        a.push(scene_factory(a))
        a.tick()
        shoot(a, f"{name}_{tag}.png")


def test_screenshots(mini, home):
    from game.ui.controller import GameController
    from game.ui.scenes.charts import ChartsScene
    from game.ui.scenes.end_report import EndReport
    from game.ui.scenes.save_load import SaveLoad

    session = new_session(mini)
    session.play_out(turns=3)
    for slot in ("Before the storm", "quicksave"):
        saves.save(session, slot, session.source, slot, home)
    saves.autosave(session, session.source, folder=home)
    (home / "damaged.json").write_bytes(b"not json at all")
    ctl = GameController(session)
    app = make_app(home)
    shoot_all(app, home, "save", lambda a: SaveLoad(a, mode="save", ctl=ctl))
    shoot_all(app, home, "load", lambda a: SaveLoad(a, mode="load"))
    shoot_all(app, home, "charts", lambda a: ChartsScene(a, ctl, nations=["BRV"]))
    done = new_session(mini)
    done.play_out()
    ctl2 = GameController(done)
    shoot_all(app, home, "end_report", lambda a: EndReport(a, ctl2))


def test_a_loaded_game_asks_the_choice_it_waits_on(mini, home):
    """A game saved while an event's choice waits for the player (Bravia's ultimatum) asks
    it as soon as it is loaded: End turn is barred until it is answered, so a screen that did
    not ask would leave the player stuck."""
    from game.ui.scenes import save_load
    from game.ui.scenes.event_dialog import ChoiceDialog
    from game.ui.scenes.main_menu import MainMenu

    app = make_app(home)
    session = new_session(mini)
    while not session.state.choices.get("ALD"):
        session.submit(session.ai_action(session.state.next_to_act()))
    ctl = open_game(app, session)
    assert "ALD" in session.state.waiting_for()
    assert save_load.quick_save(app, ctl)
    app.reset(MainMenu(app))
    assert save_load.quick_load(app)
    app.tick()
    assert isinstance(app.top, ChoiceDialog)
