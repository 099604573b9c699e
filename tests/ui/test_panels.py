"""The main screen's panels: one change signal, and only what changed drawn and pushed.

The screen a frame leaves after drawing only its changed areas must be the very screen a full
redraw gives; a frame in which nothing changed pushes nothing; panning, hovering and scrolling
the chronicle push only their own regions; and an order that tells the chronicle nothing still
updates the action bar."""

from __future__ import annotations

import pygame
import pytest

from game.ui.panels.base import Panel
from game.ui.scenes.opening import start_game
from tests.ui.driver import run_ai
from tests.ui.fixtures import mini_campaign


@pytest.fixture
def italy(app, monkeypatch):
    return playing_italy(app, monkeypatch)


def playing_italy(app, monkeypatch):
    """The main screen of the mini campaign played as Italy, the briefing closed, the mouse
    (as the scene reads it) at the window's corner."""
    mouse = [(0, 0)]
    monkeypatch.setattr(pygame.mouse, "get_pos", lambda: mouse[0])
    game = start_game(app, mini_campaign(), ["ITA"], seed=1)
    run_ai(app, game)
    while app.top is not game:
        app.pop()
    app.tick(0.05)
    game.mouse = mouse
    return game


@pytest.fixture
def pushed(monkeypatch):
    """The areas each frame pushed to the display (None for the whole window)."""
    frames: list = []
    monkeypatch.setattr(pygame.display, "flip", lambda: frames.append(None))
    monkeypatch.setattr(pygame.display, "update",
                        lambda rects=None: frames.append([pygame.Rect(r) for r in rects]))
    return frames


def move(app, game, pos, buttons=(0, 0, 0), rel=(1, 0)) -> None:
    game.mouse[0] = pos
    app.tick(0.05, [pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=rel, buttons=buttons)])


def assert_as_full_redraw(app) -> None:
    """The screen as the frames left it is the screen a full redraw draws now."""
    partial = pygame.image.tobytes(app.screen, "RGB")
    app.invalidate(full=True)
    app.draw()
    assert pygame.image.tobytes(app.screen, "RGB") == partial


def within(frames, area: pygame.Rect) -> bool:
    return all(f is not None and all(area.contains(r) for r in f) for f in frames)


def test_a_panel_changes_once_per_change_of_what_it_shows():
    """``changed`` answers True the first time a signal differs in what the panel reads, and
    False for the same signal again; ``forget`` makes it draw anew."""

    class Counted(Panel):
        refreshed = 0

        def refresh(self, signal):
            self.refreshed += 1

    panel = Counted((0, 0, 10, 10))

    class Sig:
        revision = 3

    assert panel.changed(Sig) and not panel.changed(Sig)
    panel.forget()
    assert panel.changed(Sig) and panel.refreshed == 2


def test_partial_frames_leave_the_screen_a_full_redraw_draws(app, italy):
    """After a pan, a hover with its tooltip, a scroll of the chronicle, a tab, a selected
    crisis and an order given, the screen drawn from the changed areas only is pixel for pixel
    the full redraw."""
    game = italy
    centre = game.map_rect.center
    app.tick(0.05, [pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=centre, button=1)])
    for i in range(6):
        move(app, game, (centre[0] + 5 * i, centre[1] + i), buttons=(1, 0, 0), rel=(5, 1))
    app.tick(0.05, [pygame.event.Event(pygame.MOUSEBUTTONUP, pos=centre, button=1)])
    assert_as_full_redraw(app)
    r = game.map_rect
    land = next((x, y) for y in range(r.y + 40, r.bottom, 20) for x in range(r.x + 40, r.right, 20)
                if game.map.nation_at((x, y)))
    move(app, game, (land[0] - 2, land[1]))
    move(app, game, land)
    game.hover_tips._since -= 1.0  # the tooltip's delay has passed
    app.tick(0.05, [])
    assert game.hover_tips.shown is not None
    assert_as_full_redraw(app)
    inside = game.chron_rect.center
    move(app, game, inside)
    for _ in range(3):
        app.tick(0.05, [pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=-1, flipped=False)])
    assert_as_full_redraw(app)
    game.set_tab("crisis")
    app.tick(0.05, [])
    assert_as_full_redraw(app)
    game.select_crisis("abyssinia")
    app.tick(0.05, [])
    assert_as_full_redraw(app)
    game.do("ITA escalate abyssinia")
    app.tick(0.05, [])
    assert_as_full_redraw(app)


def test_a_frame_with_nothing_changed_pushes_nothing(app, italy, pushed):
    """While the window keeps drawing after input (hover grace), frames in which nothing
    changed push nothing, and the loop asks for no frames (it sleeps)."""
    app.tick(0.05, [])
    pushed.clear()
    app.invalidate(1.0)
    for _ in range(5):
        assert not app.tick(0.05, [])
    assert pushed == []
    app._active_until = 0.0
    assert not any(s.wants_frames() for s in app.stack)


def drag_the_map(app, game, pushed):
    """Press on the map's centre, forget what that pushed, then drag 30 pixels right."""
    centre = game.map_rect.center
    app.tick(0.05, [pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=centre, button=1)])
    pushed.clear()
    for i in range(5):
        move(app, game, (centre[0] + 6 * i, centre[1]), buttons=(1, 0, 0), rel=(6, 0))


def test_panning_pushes_the_map_only(app, italy, pushed):
    """A drag on the map draws and pushes the map's rectangle, not the panels."""
    game = italy
    drag_the_map(app, game, pushed)
    assert pushed and within(pushed, game.map_rect)


def test_scrolling_the_chronicle_pushes_the_chronicle_only(app, italy, pushed):
    """The wheel over the chronicle redraws and pushes the chronicle's region alone."""
    game = italy
    game.ctl.session.play_out(2)  # a chronicle longer than its box
    run_ai(app, game)
    while app.top is not game:
        app.pop()  # the council's results, the turn's summary
    app.tick(0.05, [])
    bar = game.chronicle.box.scroll_bar
    assert bar is not None
    top = bar.start_percentage
    move(app, game, game.chron_rect.center)
    pushed.clear()
    for _ in range(3):
        app.tick(0.05, [pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=-1, flipped=False)])
    assert bar.start_percentage > top
    assert pushed and within(pushed, game.chron_rect)


def test_an_order_that_tells_the_chronicle_nothing_updates_the_action_bar(app, italy, pushed):
    """Italy's 'escalate Abyssinia' emits no event: the action bar still shows it ordered and
    offers it no more, and its region is pushed."""
    game = italy
    game.select_crisis("abyssinia")
    app.tick(0.05, [])
    assert game.action_buttons["ITA escalate abyssinia"].is_enabled
    told = len(game.ctl.session.chronicle)
    pushed.clear()
    game.do("ITA escalate abyssinia")
    app.tick(0.05, [])
    assert len(game.ctl.session.chronicle) == told  # the chronicle heard nothing
    assert not game.action_buttons["ITA escalate abyssinia"].is_enabled
    assert any(f is None or any(r.colliderect(game.actions.rect) for r in f) for f in pushed)


def test_the_capitals_stand_in_map_follows_the_selected_crisis(app, monkeypatch):
    """With no base map to load, the main screen draws the capitals stand-in: selecting a
    crisis edges its marker, and the frames drawn from the changed areas still match a full
    redraw."""
    from dataclasses import replace

    from game.ui.widgets.capitals_panel import CapitalsPanel

    monkeypatch.setattr(pygame.mouse, "get_pos", lambda: (0, 0))
    game = start_game(app, replace(mini_campaign(), base_map="no_such_map"), ["ITA"], seed=1)
    run_ai(app, game)
    while app.top is not game:
        app.pop()
    app.tick(0.05, [])
    assert isinstance(game.map, CapitalsPanel)
    game.select_crisis("abyssinia")
    assert game.map.selected_crisis == "abyssinia" and game.map.dirty
    app.tick(0.05, [])
    assert_as_full_redraw(app)


def test_panning_in_a_large_window_pushes_the_map_only(tmp_path, monkeypatch, pushed):
    """At 1920x1080 the map is most of the window (62%): a drag still pushes its rectangle
    alone, not the whole window."""
    from game.ui.app import App

    monkeypatch.setenv("COLLECTIVE_SECURITY_HOME", str(tmp_path))
    app = App(size=(1920, 1080), config_dir=tmp_path, save_dir=tmp_path / "saves")
    try:
        game = playing_italy(app, monkeypatch)
        drag_the_map(app, game, pushed)
        assert pushed and within(pushed, game.map_rect)
        assert_as_full_redraw(app)
    finally:
        while app.stack:
            app.stack.pop().exit()


def test_a_drag_scrolls_the_map_and_the_drop_paints_it_afresh(app, italy, monkeypatch):
    """While the mouse drags the map, the part of the last frame in view is blitted, and once
    the view nears the frame's edge the frame is scrolled and only the strips it uncovers are
    painted: the frame then is pixel for pixel the one painted whole (with the names repeated
    in view where the drag began), outlines of a selected and a hovered country included.
    After the drop the screen is the one a full redraw that paints the map anew gives."""
    from game.ui.map_view import FRAME_MARGIN, MapView

    game = italy
    view = game.map.view
    game.map.select("FRA")
    view.hover = game.map.view.selected  # drawn over by the hover outline too
    game.map.select("ITA")
    app.tick(0.05, [])
    scrolled = []
    real_scroll = MapView._scroll
    monkeypatch.setattr(MapView, "_scroll",
                        lambda self, *a: scrolled.append(real_scroll(self, *a)) or scrolled[-1])
    centre = game.map_rect.center
    app.tick(0.05, [pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=centre, button=1)])
    x, y = centre
    steps = ((7, 0), (40, 10), (45, -20), (-30, 40), (50, 30), (-120, -70), (20, 5))
    for dx, dy in steps:
        x, y = x + dx, y + dy
        move(app, game, (x, y), buttons=(1, 0, 0), rel=(dx, dy))
    assert len(scrolled) < len(steps) and scrolled and all(scrolled)
    assert sum(abs(dx) for dx, _ in steps) > 2 * FRAME_MARGIN
    whole = pygame.Surface(view._frame.get_size(), 0, app.screen)
    view._paint(whole, view._level(), None)
    assert pygame.image.tobytes(view._frame, "RGB") == pygame.image.tobytes(whole, "RGB")
    app.tick(0.05, [pygame.event.Event(pygame.MOUSEBUTTONUP, pos=(x, y), button=1)])
    dropped = pygame.image.tobytes(app.screen, "RGB")
    view.repaint()
    app.invalidate(full=True)
    app.draw()
    assert pygame.image.tobytes(app.screen, "RGB") == dropped


def test_a_refresh_that_changes_no_colour_keeps_the_map_as_drawn(app, italy, pushed):
    """Every new revision (each action of an AI nation while they think) refreshes the screen:
    the same colours, legend and selection set again neither re-render the map's tiles nor
    push the map, which cost a whole frame's budget several times over."""
    game = italy
    app.tick(0.05, [])
    view = game.map.view
    tiles = {key: tile[1] for key, tile in view._tiles.items()}
    legend = view._legend_surface
    pushed.clear()
    game._seen = -1  # the game's part of the refresh is done again, as for a new revision
    game._refresh()
    app.tick(0.05, [])
    assert {key: tile[1] for key, tile in view._tiles.items()} == tiles
    assert all(view._tiles[key][1] is surf for key, surf in tiles.items())
    assert view._legend_surface is legend is not None
    assert not any(f is None or any(r.colliderect(game.map_rect) for r in f) for f in pushed)
    game.set_mode("will")  # other colours: drawn and pushed
    app.tick(0.05, [])
    assert any(f is None or any(r.colliderect(game.map_rect) for r in f) for f in pushed)
    assert_as_full_redraw(app)


def test_a_tip_following_the_mouse_is_rendered_once(app, italy):
    """The nation's tip follows the mouse over the nation (and while the map is dragged): it
    is wrapped and rendered once, then only blitted where it goes, and the screen is still the
    full redraw's."""
    game = italy
    r = game.map_rect
    land = next((x, y) for y in range(r.y + 40, r.bottom, 20) for x in range(r.x + 40, r.right, 20)
                if game.map.nation_at((x, y)) and game.map.nation_at((x + 3, y))
                == game.map.nation_at((x, y)))
    move(app, game, land)
    game.hover_tips._since -= 1.0  # the tooltip's delay has passed
    app.tick(0.05, [])
    shown = game.hover_tips.shown
    assert shown is not None
    card = game.hover_tips._card
    move(app, game, (land[0] + 3, land[1]), rel=(3, 0))
    assert game.hover_tips.shown is not None and game.hover_tips.shown[1] != shown[1]
    assert game.hover_tips._card is card
    assert_as_full_redraw(app)


def test_while_the_others_act_the_action_bar_and_the_chronicle_stay(app, italy):
    """Each action of another nation is a new revision. The action bar, which then only says
    that the others are acting, keeps its widgets; the chronicle grown by an event the seat
    may not see reads the same and is not laid out again. Rebuilding both after every action
    took most of each frame while the AI nations thought."""
    from dataclasses import replace

    game = italy
    sig = replace(game.signal(), ai_busy=True)
    bar = game.actions
    bar.changed(sig)
    box = bar.box
    assert not bar.changed(replace(sig, revision=sig.revision + 1)) and bar.box is box
    chron = game.chronicle
    chron.changed(sig)
    texts: list[str] = []
    chron.box.set_text = texts.append
    length = chron.length
    chron.length = lambda: length() + 1  # an event the seat may not see
    assert not chron.changed(replace(sig, revision=sig.revision + 1)) and texts == []
    chron.forget()
    assert chron.changed(sig) and len(texts) == 1


def test_the_own_nations_friends_and_rivals_name_no_one_at_zero(app, monkeypatch):
    """The panel's 'Closest' lists only nations above 0 and 'Coldest' only those below: China
    in 1920 read 'Closest: Siam +19, Spain +0, Ecuador +0', two nations it has no tie with."""
    from game.ui.panels import side_panel

    drawn: list[str] = []
    real = side_panel.wrapped
    monkeypatch.setattr(side_panel, "wrapped", lambda surf, t, text, *a, **k: (
        drawn.append(text), real(surf, t, text, *a, **k))[1])
    game = playing_italy(app, monkeypatch)
    game._refresh(force=True)
    app.draw()
    lines = [line for line in drawn if line.startswith(("Closest: ", "Coldest: "))]
    assert lines, drawn
    for line in lines:
        values = [int(part.rsplit(" ", 1)[1]) for part in line.split(": ", 1)[1].split(", ")]
        assert all(v > 0 for v in values) if line.startswith("Closest") else \
            all(v < 0 for v in values), line
