"""The main menu's first frame loads neither the engine nor numpy, with or without a save to
continue: whether there is one is asked of the saves' headers (game/session/header.py), not of
the full save reader. A damaged save is still refused with its reason when chosen."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "session" / "fixtures"
SAVE = FIXTURES / "save-v8.json"
FIRST_FRAME = """
import sys
from pathlib import Path
from game.ui.app import App
home = Path(sys.argv[1])
app = App(size=(1280, 720), config_dir=home, save_dir=home / "saves")
loaded = []
app._after_first_frame.insert(0, lambda: loaded.extend(  # as the first frame is on screen
    m for m in ("game.engine", "numpy", "game.session.saves") if m in sys.modules))
menu = app.push("main_menu")
app.tick()
assert app.first_frame_at is not None
print(menu.items["continue"].is_enabled)
print(sorted(loaded))
"""


FACE = """
import sys
from pathlib import Path
import pygame
from game.ui.app import App
home = Path(sys.argv[1])
app = App(size=(1280, 720), config_dir=home, save_dir=home / "saves")
print("pygame_gui" in sys.modules)
face = app.screen.copy()
menu = app.push("main_menu", first_start=False)
menu._map_tried = True  # the map behind the title comes later, over both
app.tick()
same = sum(face.get_at((x, y))[:3] == app.screen.get_at((x, y))[:3]
           for x in range(0, 1280, 4) for y in range(0, 720, 4))
print(same / (320 * 180))
"""


def start_up(script: str, home, saved: bool) -> str:
    """What ``script`` prints, run in a fresh process (nothing imported yet) with ``home`` as
    the player's folder, holding a save if ``saved``."""
    if saved:
        (home / "saves").mkdir()
        shutil.copy(SAVE, home / "saves" / "mine.json")
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy",
           "COLLECTIVE_SECURITY_HOME": str(home)}
    return subprocess.run([sys.executable, "-c", script, str(home)], cwd=REPO, env=env,
                          capture_output=True, text=True, check=True).stdout


@pytest.mark.parametrize("saved", [False, True])
def test_the_window_opens_on_the_menus_face(tmp_path, saved):
    """The first frame is the main menu drawn with plain pygame (game.ui.menu_model) before
    pygame_gui is imported, and the menu's widgets then draw the same picture (its text may
    move by a pixel): the player sees the menu while its widgets load, as a splash screen
    would show, and nothing jumps when they come."""
    out = start_up(FACE, tmp_path, saved).split()
    assert out[-2] == "False"
    assert float(out[-1]) > 0.95  # the "Loading…" splash it replaced: 0.01


@pytest.mark.parametrize("saved", [False, True])
def test_the_menu_draws_without_the_engine(tmp_path, saved):
    """A fresh player (no save folder yet), or one with a game to continue, sees the menu
    before the engine, numpy or the save reader are imported: they are what made the start
    slow (the sound, made with numpy, comes after the first frame). Continue is offered
    exactly when there is a save."""
    out = start_up(FIRST_FRAME, tmp_path, saved)
    assert out.strip().splitlines()[-2:] == [str(saved), "[]"]


def test_a_damaged_save_offered_to_continue_says_why_when_chosen(app):
    """The headers tell the menu only that there is a save: one damaged further in (its
    history no longer matches its checksum) is offered, and choosing it brings the full
    reader's clear message, not a game and not a crash."""
    from game.session.savefile import VERSION
    from tests.ui.driver import click

    app.save_dir.mkdir()
    data = (FIXTURES / f"save-v{VERSION}.json").read_text().replace('"log": [\n  "', '"log": [\n  "X', 1)
    (app.save_dir / "broken.json").write_text(data)
    menu = app.push("main_menu")
    app.tick()
    assert menu.items["continue"].is_enabled
    click(app, "Continue")
    assert app.top.name == "dialog" and "damaged" in app.top.body_html
    assert app.session is None


def test_the_title_art_is_made_in_the_windows_format(app, monkeypatch):
    """The title art behind the menu's face is one surface in the window's own pixel format
    (game.ui.widgets.title_art): made plain and then converted, it was a second full-screen
    surface to fill and copy, about 2,000 page faults more before the first frame. It
    blits without conversion and draws the same pixels as the converted one did."""
    import pygame

    from game.ui.widgets import title_art as art

    size = app.screen.get_size()
    art._CACHE.clear()
    made = art.title_art(size, app.theme)
    assert (made.get_bitsize(), made.get_masks()) == (app.screen.get_bitsize(),
                                                      app.screen.get_masks())
    art._CACHE.clear()
    monkeypatch.setattr(art, "_like_display", lambda s: pygame.Surface(s).convert())  # before
    before = art.title_art(size, app.theme)
    art._CACHE.clear()
    assert pygame.image.tobytes(made, "RGB") == pygame.image.tobytes(before, "RGB")
