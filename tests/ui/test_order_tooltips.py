"""Every order's tooltip says what it will cost and what it is expected to change (issue 14):
the words come from the orders' consequences hook, the screen only formats them."""

from __future__ import annotations

import pygame
import pytest

from game.ui.scenes.opening import start_game
from tests.ui.driver import run_ai
from tests.ui.fixtures import mini_campaign


@pytest.fixture
def game(app):
    game = start_game(app, mini_campaign(), ["FRA"], seed=1)
    run_ai(app, game)
    while app.top is not game:
        app.pop()  # the briefing
    return game


def tip_of(app, game, group: str, order: str, select: str | None = None) -> str:
    if select:
        game.select_nation(select)
    game.set_group(group)
    app.tick(0.05)
    button = game.action_buttons.get(order)
    assert button is not None, (order, sorted(game.action_buttons))
    return button.tool_tip_text


def test_a_diplomatic_order_shows_its_cost_and_the_relation_it_moves(app, game):
    """Denouncing Italy: one diplomatic capital; relations with Italy, Italy's legitimacy and
    world tension are expected to move."""
    tip = tip_of(app, game, "diplomacy", "FRA denounce ITA", select="ITA")
    assert "Costs:</font> 1 diplomatic capital" in tip
    assert "relations with Italy -12" in tip and "Italy's legitimacy -2" in tip
    assert "world tension +1" in tip


def test_a_domestic_order_shows_what_it_costs_at_home(app, game):
    """Rearming costs capital and economy now and is expected to raise the military."""
    tip = tip_of(app, game, "domestic", "FRA rearm")
    costs = next(line for line in tip.split("<br>") if "Costs:</font>" in line)
    assert "2 diplomatic capital" in costs and "your economy -2 (rearmament)" in costs
    assert "your military +4" in tip


def test_a_military_order_shows_its_upkeep_and_its_bite(app, game):
    """Mobilising over the crisis costs will now and economy every turn (a point per 30 of
    France's military of 65), and is expected to lower Italy's resolve; it needs domestic
    will."""
    tip = tip_of(app, game, "military", "FRA mobilise abyssinia")
    assert "your domestic will -2 (mobilisation)" in tip
    assert "your economy -2 a turn (an army kept mobilised)" in tip
    assert "Italy's resolve -" in tip and "Needs:</font> domestic will of at least 20" in tip


def test_an_organisation_order_shows_the_money_and_the_budget(app, game):
    """Paying into the League's budget costs economy and is expected to fill the budget."""
    tip = tip_of(app, game, "organisations", "FRA pledge money league")
    assert "your economy -2" in tip and "the League of Nations' budget +3" in tip


def test_a_draft_shows_what_follows_if_adopted(app, game):
    """In the council chamber a draft's tooltip says what the measure would do if adopted:
    oil sanctions cost France its Italian trade every turn and press Italy."""
    from game.ui.describe import action_tip
    from game.engine import parse_action

    tip = action_tip(game.ctl.view(), parse_action("FRA table un.council sanctions abyssinia "
                                                   "type=oil"))
    adopted = tip[tip.index("If adopted:"):]
    assert "Italy's sanctions pressure +" in adopted
    assert "your economy -" in adopted and "a turn (trade lost to the sanctions on Italy)" \
        in adopted


def test_the_order_tooltip_opens_on_hover(app, game, monkeypatch):
    """Resting the mouse on an order shows its tooltip with the costs line, inside the
    window."""
    game.set_group("domestic")
    app.tick(0.05)
    button = game.action_buttons["FRA rearm"]
    pos = button.get_abs_rect().center
    monkeypatch.setattr(pygame.mouse, "get_pos", lambda: pos)
    pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, {"pos": pos, "rel": (0, 0),
                                                              "buttons": (0, 0, 0)}))
    for _ in range(8):
        app.tick(0.2)
    tip = button.tool_tip
    assert tip is not None and "Costs:" in tip.text_block.html_text
    assert pygame.Rect((0, 0), app.screen.get_size()).contains(tip.rect)


def test_a_decisions_answers_show_what_each_would_do(app):
    """The United Kingdom must answer Italy's request for a free hand: each answer's tooltip
    adds to the campaign's explanation what it would change (relations with Italy, the
    League's credibility), read from the answer's own effects."""
    from game.ui.scenes.event_dialog import ChoiceDialog

    game = start_game(app, mini_campaign(), ["GBR"], seed=1)
    for _ in range(40):
        run_ai(app, game)
        if isinstance(app.top, ChoiceDialog):
            break
        if app.top is not game:
            app.pop()  # the briefing
    dialog = app.top
    assert isinstance(dialog, ChoiceDialog)
    refuse = dialog.option_buttons["refuse"].tool_tip_text
    accept = dialog.option_buttons["accept"].tool_tip_text
    assert refuse.startswith("Relations with Italy worsen.")
    assert "Expected:</font> relations with Italy -10" in refuse
    assert "the League of Nations' credibility -10" in accept
