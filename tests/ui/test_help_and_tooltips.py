"""Help topics are readable, a hovered row looks unlike the selected one, and tooltips keep
clear of the side panel the player is reading."""

from __future__ import annotations

import pygame
import pygame_gui
import pytest

from game.ui.help_text import ARTICLES
from game.ui.scenes.opening import start_game
from game.ui.scenes.help_scene import HelpScene
from game.ui.widgets.tooltips import place
from tests.ui.fixtures import mini_campaign


@pytest.mark.parametrize("scale", [100, 200])
def test_every_help_topic_name_fits_its_row(app, scale):
    """No topic name is clipped ("Assemblies and regional bodies" was), and every topic is on
    screen, at 1280x720 and UI scale 100% and 200%."""
    app.settings.ui_scale = scale
    app.refresh_theme()
    scene = HelpScene(app)
    app.push(scene)
    app.tick(0.05)
    assert [b.text for b in scene.tabs] == [title for title, _ in ARTICLES]
    font = scene._row_font()
    for b in scene.tabs:
        assert font.size(b.text)[0] + app.theme.u(10) * 2 <= b.rect.w, b.text
        assert b.rect.bottom <= app.screen.get_height(), b.text


@pytest.mark.parametrize("palette", ["standard", "colourblind"])
def test_hovering_looks_unlike_the_selection(app, palette):
    """A hovered row, tab or button differs from the selected one in border and fill."""
    app.settings.palette = palette
    app.refresh_theme()
    scene = HelpScene(app)
    app.push(scene)
    app.tick(0.05)
    for button in (scene.tabs[1], *(b for b in scene.manager.get_root_container().elements
                                     if getattr(b, "text", "") == "Back")):
        c = button.colours
        assert c["hovered_border"] != c["selected_border"], button.text
        assert c["hovered_bg"] != c["selected_bg"], button.text


def hover(app, monkeypatch, element, seconds: float = 1.0):
    """Rest the mouse on ``element`` until its tooltip shows; returns the tooltip."""
    pos = element.get_abs_rect().center
    monkeypatch.setattr(pygame.mouse, "get_pos", lambda: pos)
    pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, {"pos": pos, "rel": (0, 0),
                                                              "buttons": (0, 0, 0)}))
    for _ in range(int(seconds / 0.2) + 2):
        app.tick(0.2)
    return element.tool_tip


@pytest.mark.parametrize("key", ["end", "charts", "action", "group"])
def test_tooltips_keep_clear_of_the_side_panel(app, monkeypatch, key):
    """The tooltips of the top bar's buttons and of the orders in the side panel open beside
    them, over the map, inside the window — never over the panel being read."""
    game = start_game(app, mini_campaign(), ["FRA"], seed=1)
    for _ in range(200):
        if not game.ctl.ai_busy():
            break
        app.tick(0.05)
    game.select_nation("ITA")
    app.tick(0.05)
    element = {"end": lambda: game.widgets["end"], "charts": lambda: game.widgets["charts"],
               "action": lambda: next(iter(game.action_buttons.values())),
               "group": lambda: game.group_buttons["domestic"]}[key]()
    tip = hover(app, monkeypatch, element)
    assert tip is not None
    assert not tip.rect.colliderect(game.right)
    assert pygame.Rect((0, 0), app.screen.get_size()).contains(tip.rect)
    assert tip.text_block.rect.topleft == tip.rect.topleft


def test_place_prefers_the_side_away_from_the_panel():
    """A widget inside the panel gets its tooltip to its left; one above the panel gets it
    below and left of the panel; with no room, None (pygame_gui's place stays)."""
    window = pygame.Rect(0, 0, 1280, 720)
    panel = pygame.Rect(900, 46, 380, 674)
    tip = pygame.Rect(950, 480, 320, 80)
    inside = pygame.Rect(905, 500, 360, 28)
    r = place(tip, inside, window, [panel])
    assert r.right <= panel.left and r.top == inside.top
    above = pygame.Rect(1150, 6, 120, 34)
    r = place(tip.move(0, -450), above, window, [panel])
    assert r.right <= panel.left and r.top >= above.bottom
    assert place(tip, inside, pygame.Rect(0, 0, 1280, 720), [window]) is None


def test_drawn_tips_over_the_panel_move_to_its_left(app):
    """The main screen's own tips (the stat bars of the side panel) open left of the panel
    instead of over the numbers the player is reading."""
    from game.ui.widgets.draw import draw_tip

    panel = pygame.Rect(900, 46, 380, 674)
    box = draw_tip(app.screen, app.theme, "Domestic will 45. Recent causes: a campaign.",
                   (1000, 200), avoid=panel)
    assert box.right <= panel.left and box.top >= 200
    free = draw_tip(app.screen, app.theme, "A tip over the map.", (300, 200), avoid=panel)
    assert free.left > 300 and not free.colliderect(panel)


AID_TIP = ("Once the killing has begun, cut your aid and credit to the government, in public "
           "and for the rest of the crisis: its resolve falls by up to 15 by your economic "
           "weight (less if weightier nations cut that turn), bringing its consent to a force "
           "nearer, and its economy by 2. Costs you 1 economy and 10 relations with it.")


@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("palette", ["standard", "colourblind"])
def test_wrapped_text_stays_inside_its_box(app, scale, palette):
    """Every wrapped row of a tooltip and of a text box ends inside the area it is drawn in:
    pygame_gui wraps to the full width and then shifts the rows right by the alignment
    padding, so with the buttons' padding inherited the end of a row was cut off (the aid
    order's tooltip showed "nearer, anc")."""
    app.settings.ui_scale = scale
    app.settings.palette = palette
    app.refresh_theme()
    manager = app.new_manager()
    tip = manager.create_tool_tip(AID_TIP, (10, 10), (0, 0), None, None)
    box = pygame_gui.elements.UITextBox(AID_TIP, pygame.Rect(10, 10, 300, -1), manager=manager)
    for text_box in (tip.text_block, box):
        layout = text_box.text_box_layout
        assert len(layout.layout_rows) > 2
        for row in layout.layout_rows:
            assert row.x + row.width <= layout.layout_rect.width, row.items


def test_a_nation_name_too_long_for_its_row_is_elided_whole_in_the_tooltip(app):
    """A fitted list row never runs its text under its edge: "Yugoslavia (Serbia and
    Montenegro)" was cut mid-word in the Balkans nation list (seen in a real window); it is
    elided with "…" and the tooltip names it whole."""
    from game.content.loader import load_campaign
    from game.session.paths import BUILTIN_CAMPAIGNS
    from game.ui.scenes.nation_select import NationSelect

    campaign = load_campaign(BUILTIN_CAMPAIGNS / "balkans_1991").campaign
    scene = NationSelect(app, campaign)
    app.push(scene)
    app.tick(0.05)
    row = next(b for b in scene.rows if "Yugoslavia" in b.text)
    assert row.text.endswith("…")
    assert row.font.size(row.text)[0] <= row.rect.w - app.theme.u(20)
    assert "Yugoslavia (Serbia and Montenegro)" in row.tool_tip_text


def test_shortcut_names_read_as_words():
    """A shortcut's name in a tooltip is a capital letter or a word: 'Backspace' beside 'Esc'
    (the help screen's Back read 'Shortcut: BACKSPACE')."""
    from game.ui.scenes.base import key_name

    pygame.init()
    assert key_name(pygame.K_BACKSPACE) == "Backspace"
    assert key_name(pygame.K_e) == "E" and key_name(pygame.K_ESCAPE) == "Esc"
    assert key_name(pygame.K_s, pygame.KMOD_CTRL) == "Ctrl+S"
