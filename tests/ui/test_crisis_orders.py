"""The orders about a selected crisis come first: in the Organisations tab, the pledges of
troops and money to its missions lead, under a heading, before the other orders."""

from __future__ import annotations

from game.ui.panels.action_bar import action_rows
from game.ui.scenes.opening import start_game
from tests.ui.driver import run_ai
from tests.ui.fixtures import mini_campaign


def test_pledges_to_the_selected_crisis_missions_come_first(app):
    """With the Abyssinian crisis selected and a League mission in it (France tables it and the
    turn is played out), the Organisations tab lists the pledges to that mission under
    'Missions in the Abyssinian crisis:', then 'Other orders:'."""
    game = start_game(app, mini_campaign(), ["FRA"], seed=1)
    session = game.ctl.session
    session.submit("FRA table league.council peacekeeping abyssinia mandate=observe")
    session.play_out(1)
    run_ai(app, game)
    while app.top is not game:
        app.pop()  # the briefing and the turn's summary
    (mission,) = [m.id for m in game.ctl.view().missions.values() if m.crisis == "abyssinia"]
    game.select_crisis("abyssinia")
    game.set_group("organisations")
    rows = action_rows(game.signal())
    notes = [text for kind, text in rows if kind == "note"]
    assert "Missions in the Abyssinian crisis:" in notes and "Other orders:" in notes
    actions = [value[0] for kind, value in rows if kind == "action"]
    first = actions[0]
    assert first.verb == "pledge" and first.args[-1] == mission
    heading = rows.index(("note", "Missions in the Abyssinian crisis:"))
    other = rows.index(("note", "Other orders:"))
    assert all(row[1][0].args[-1] == mission for row in rows[heading + 1:other])
