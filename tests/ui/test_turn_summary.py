"""The turn summary: what changed in a turn and why, shown at the start of each of the
player's turns, dismissed with Continue and shown again with T."""

from __future__ import annotations

import pygame

from game.ui import keys as K
from game.ui.scenes.dialog import Dialog
from game.ui.scenes.opening import start_game
from tests.ui.driver import click, press, run_ai
from tests.ui.fixtures import mini_campaign


def summary_on_top(app):
    top = app.top
    return top if isinstance(top, Dialog) and top.title.startswith("Turn summary") else None


def next_turn(app, game, nation: str, step=run_ai, tries: int = 30) -> Dialog:
    """End the turn and answer what comes (debate, ballots, results) until the summary of
    the new turn opens; ``step`` lets the game run between answers."""
    click(app, "End turn")
    for _ in range(tries):
        step(app, game)
        state = game.ctl.session.state
        if summary_on_top(app):
            return app.top
        if state.phase == "debate" and nation in state.waiting_for():
            if app.top is game:
                game.open_council(voting=True)
            click(app, "End the debate")
        elif app.top is game and state.phase == "voting":
            game.open_council(voting=True)
        elif state.phase == "voting" and state.ballots_owed(nation):
            press(app, pygame.K_y)
        elif app.top is not game:
            press(app, pygame.K_ESCAPE)
    raise AssertionError("no turn summary opened")


def test_the_summary_names_the_players_own_order_as_a_cause_and_t_reopens_it(app):
    """France rearms: the next turn's summary opens by itself and names rearmament among the
    causes of the change in world tension, with France's will and legitimacy; Continue
    closes it and T shows the same summary again."""
    game = start_game(app, mini_campaign(), ["FRA"], seed=1)
    run_ai(app, game)
    while app.top is not game:
        app.pop()  # the briefing
    game.set_group("domestic")
    app.tick(0.05)
    click(app, "Rearm")
    assert "FRA rearm" in game.ctl.session.log
    summary = next_turn(app, game, "FRA")
    html = summary.body_html
    tension = html.split("<br><br>")[0]
    assert "World tension</b>" in tension and "rearmament" in tension
    assert "Your domestic will" in html and "Your legitimacy" in html
    click(app, "Continue")
    assert app.top is game
    press(app, K.TURN_SUMMARY)
    again = summary_on_top(app)
    assert again is not None and again.body_html == html
    press(app, pygame.K_ESCAPE)
    assert app.top is game


def test_the_ai_seats_give_their_orders_while_the_summary_is_read(app):
    """The turn summary does not hold up the table: while the player reads it at the start of
    its orders, the AI seats give theirs, and the turn waits for the player's own."""
    game = start_game(app, mini_campaign(), ["FRA"], seed=1)
    run_ai(app, game)
    while app.top is not game:
        app.pop()  # the briefing
    summary = next_turn(app, game, "FRA", step=lambda app, game: app.tick(0.05), tries=5000)
    for _ in range(5000):
        if not game.ctl.ai_busy():
            break
        app.tick(0.05)
    assert app.top is summary and not game.ctl.ai_busy()
    state = game.ctl.session.state
    assert state.phase == "orders" and tuple(state.waiting_for()) == ("FRA",)
    click(app, "Continue")
    assert app.top is game


def test_a_dialog_covers_the_screen_as_its_widgets_were_last_set(app):
    """A dialog opened in the same frame as a change to the screen under it (the summary as
    the chamber closes, End debate becoming End turn) shows that screen's widgets as they
    now are: nothing is left for them to redraw."""
    game = start_game(app, mini_campaign(), ["FRA"], seed=1)
    run_ai(app, game)
    while app.top is not game:
        app.pop()  # the briefing
    end = game.widgets["end"]
    end.set_text("End debate")
    app.push("dialog", "Turn summary", "Nothing changed.")
    drawn = pygame.image.tobytes(end.image, "RGBA")
    for dt in (0.0, 0.01):
        end.update(dt)  # what it would still have to redraw
    assert pygame.image.tobytes(end.image, "RGBA") == drawn


def test_t_before_the_first_turn_ends_shows_what_changed_so_far(app):
    """On the first turn T already answers: nothing has changed since the game began."""
    game = start_game(app, mini_campaign(), ["FRA"], seed=1)
    run_ai(app, game)
    while app.top is not game:
        app.pop()
    press(app, K.TURN_SUMMARY)
    summary = summary_on_top(app)
    assert summary is not None and "World tension</b> unchanged" in summary.body_html


def test_the_summary_announces_a_norm_endorsed():
    """The turn the Assembly endorses the responsibility to protect, the summary says so
    under its own heading (the rules of acting on a manifest failure change with it)."""
    from game.engine import new_game
    from game.engine.events import Event
    from game.ui.turn_summary import mark, summary_html

    state = new_game(mini_campaign(), seed=1)
    since = mark(state, "FRA", 0)
    text = "The General Assembly endorses the responsibility to protect (Sep 2005)."
    html = summary_html(state, "FRA", [Event("norm", text, 0, state.month, None, ())], since)
    assert "<b>A norm endorsed</b><br>" + text in html


def test_the_summary_names_a_crisis_that_changed_stage():
    """A crisis that escalates or steps back is named under its own heading: the tutorial's
    summary said 'No crisis began or ended' the turn the frontier escalated to clashes (only
    the tension's causes mentioned it)."""
    from game.engine import new_game
    from game.engine.events import Event
    from game.ui.turn_summary import mark, summary_html

    state = new_game(mini_campaign(), seed=1)
    since = mark(state, "FRA", 0)
    text = "The frontier escalates to clashes."
    moved = Event("crisis", text, 0, state.month, None, (("crisis", "x"), ("stage", 2)))
    talk = Event("crisis", "Someone talks of an armistice.", 0, state.month, None, ())
    html = summary_html(state, "FRA", [moved, talk], since)
    assert "<b>Crises that changed stage</b><br>" + text in html
    assert "armistice" not in html and "No crisis" not in html
    assert "No crisis began, changed stage or ended." in summary_html(state, "FRA", [], since)


def test_the_summary_names_a_stage_moved_without_an_event_of_its_own():
    """A crisis whose stage an event's text moved (Iran's oil offer in 1946 calmed the
    Azerbaijan crisis to tension) is named too: the summary said 'No crisis began, changed
    stage or ended' under a map whose marker had changed."""
    from dataclasses import replace

    from game.engine import new_game
    from game.ui.turn_summary import mark, summary_html

    state = new_game(mini_campaign(), seed=1)
    crisis = replace(next(iter(state.crises.values())), active=True, stage=1)
    before = replace(state, crises={**state.crises, crisis.id: crisis})
    since = mark(before, "FRA", 0)
    after = replace(before, crises={**state.crises, crisis.id: replace(crisis, stage=0)})
    html = summary_html(after, "FRA", [], since)
    assert f"<b>Crises that changed stage</b><br>{crisis.name}: from incidents to tension" \
        in html
    assert "No crisis" not in html and "No crisis" in summary_html(before, "FRA", [], since)


def test_a_count_seen_in_the_chamber_is_not_shown_again(app):
    """The player who stays in the chamber through the count reads its results there; closing
    the chamber brings the turn summary, and after it the map, not the same results a second
    time (the tutorial reopened the chamber on the results just read)."""
    game = start_game(app, mini_campaign(), ["FRA"], seed=1)
    run_ai(app, game)
    while app.top is not game:
        app.pop()  # the briefing
    assert game.ctl.submit("FRA table league.council condemn abyssinia")[0]
    click(app, "End turn")
    for _ in range(5000):  # the chamber opens for the debate and runs the count itself
        state = game.ctl.session.state
        if state.phase == "orders" and app.top is not game:
            break
        if app.top is game:
            app.tick(0.05)
        elif state.phase == "debate" and "FRA" in state.waiting_for():
            press(app, K.END_TURN)
        elif state.phase == "voting" and state.ballots_owed("FRA"):
            press(app, pygame.K_y)
        else:
            app.tick(0.05)
    assert app.top.name == "council" and app.top.results
    press(app, pygame.K_ESCAPE)
    assert not app.find("council"), [type(x).__name__ for x in app.stack]
    run_ai(app, game)
    assert summary_on_top(app) is not None
    click(app, "Continue")
    run_ai(app, game)
    assert app.top is game
