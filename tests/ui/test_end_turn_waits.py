"""End turn while the game waits: greyed out, it still tells why on hover; and a main screen
waiting for the AI under another screen does not keep the loop spinning."""

from __future__ import annotations

import pygame

from game.ui.state_dump import shown_tooltip
from tests.ui.driver import press


def hover(app, pos, seconds: float) -> None:
    pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, {"pos": pos, "rel": (0, 0),
                                                              "buttons": (0, 0, 0)}))
    pygame.mouse.set_pos(pos)
    for _ in range(int(seconds / 0.1)):
        app.tick(0.1)


def test_a_greyed_out_end_turn_shows_why_on_hover(game):
    """pygame_gui shows no tooltip on a disabled button: End turn greyed out said nothing."""
    app = game.app
    end = game.widgets["end"]
    game.ctl.step_ai = lambda budget=0.0: 0  # the other nations take their time
    game._refresh(force=True)
    assert game.ctl.ai_busy() and not end.is_enabled
    hover(app, end.get_abs_rect().center, 1.5)
    assert "Not now: the other nations are still acting" in shown_tooltip(game)


def test_end_turn_is_drawn_open_in_the_frame_the_other_nations_finish(game):
    """The frame drawn when the AI finished showed End turn still greyed out (pygame_gui draws
    a change from its next update), and the idle loop kept that frame on screen for good."""
    app = game.app
    end = game.widgets["end"]
    for _ in range(400):
        if end.is_enabled:
            break
        app.tick(0.05)
    assert end.is_enabled  # the frame this tick drew is what an idle loop keeps on screen
    rect = end.get_abs_rect()
    drawn = pygame.image.tobytes(app.screen.subsurface(rect), "RGB")
    app.invalidate()
    app.tick(0.05)
    assert pygame.image.tobytes(app.screen.subsurface(rect), "RGB") == drawn


def test_e_on_a_greyed_out_end_turn_says_why(game):
    """E did nothing at all while End turn was greyed out; now the status line says why."""
    app = game.app
    game.ctl.step_ai = lambda budget=0.0: 0
    game._refresh(force=True)
    press(app, pygame.K_e)
    assert game.status == "Cannot end the turn: the other nations are still acting"
    assert game.ctl.session.state.turn == 0
    del game.ctl.step_ai  # the other nations are done: the excuse goes
    game.ctl.finish_ai()
    app.tick(0.05)
    assert game.widgets["end"].is_enabled and game.status == ""


def test_the_main_screen_under_the_council_leaves_the_loop_idle(game):
    """The AI acts only while the main screen is on top; under the council its waiting kept
    the loop drawing 60 frames a second for nothing."""
    app = game.app
    assert game.ctl.ai_busy()
    game.open_council()
    app.tick(0.05)
    assert app.top is not game and game.ctl.ai_busy()
    assert not game.wants_frames()
    app.top.close()
    assert app.top is game and game.wants_frames()  # back on top: the AI goes on


def test_enter_in_the_game_menu_resumes_and_never_leaves(game):
    """Enter presses the highlighted button: in the game menu that is Resume. It used to be
    the leftmost button, Main menu, which ended the game at a keystroke."""
    app = game.app
    game.open_menu()
    app.tick(0.05)
    assert type(app.top).__name__ == "Dialog"
    press(app, pygame.K_RETURN)
    assert app.top is game and app.session is not None


def test_the_tooltip_under_the_mouse_follows_end_turn_when_it_opens(game):
    """Seen in the real window: End turn turned gold under the mouse while its tooltip still
    said "Not now: the other nations are still acting"."""
    app = game.app
    end = game.widgets["end"]
    real_step = game.ctl.step_ai
    game.ctl.step_ai = lambda budget=0.0: 0
    game._refresh(force=True)
    hover(app, end.get_abs_rect().center, 1.5)
    assert "Not now" in shown_tooltip(game)
    game.ctl.step_ai = real_step
    for _ in range(400):
        if end.is_enabled:
            break
        app.tick(0.05)
    app.tick(0.05)
    assert end.is_enabled and "Not now" not in shown_tooltip(game)


def test_in_the_debate_end_turn_reads_end_debate(game):
    """In the debate before the vote the button ends the debate, not the turn: it says so,
    its tooltip says what follows, and it ends the player's part of the debate."""
    ctl = game.ctl
    ctl.finish_ai()
    assert ctl.submit("ALD table un.security_council expel BRV")[0]
    assert ctl.submit("ALD end")[0]
    ctl.finish_ai()
    assert ctl.session.state.phase == "debate" and "ALD" in ctl.session.state.waiting_for()
    game._refresh(force=True)
    end = game.widgets["end"]
    assert end.text == "End debate" and end.is_enabled
    assert "ended the debate" in end.tool_tip_text
    game.end_turn()
    assert "ALD" in ctl.session.state.done or ctl.session.state.phase != "debate"
    ctl.finish_ai()
    assert ctl.session.state.phase == "voting"
    game._refresh(force=True)
    assert end.text == "End turn"
