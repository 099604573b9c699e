"""Every screen of a seat reads that seat's view: after seat A (Aldoria) lobbied, pledged
troops to a peacekeeping mission, sent an offer and saw a private cause move its will, seat B
(Bravia) is shown the main screen with the crisis selected and its tooltips, the turn summary,
the council (drafting, its ballot, results), the charts and the end report, and none of A's
secrets is drawn. Every string handed to a font is recorded, with the widgets' texts and
tooltips.

Screenshot: seat_B_crisis_panel.png in the tests' picture folder (tests/shots.py).
"""

from __future__ import annotations

import re

import pygame
import pytest

from game.engine import legal_actions, why_not
from game.engine.state import Change, Mission
from game.session import hotseat as hs

from .test_council_reasons import SHOTS, lobbied_and_counted
from .test_hotseat_ui import LOG, SIZE, recording, widget_texts  # noqa: F401 - a fixture

SECRET_CAUSE = "Aldoria's quiet arrangement"
OTHERS_PRESSED = re.compile(r"Aldoria press(es|ed) (?!Bravia)")
"""A's lobbying of members other than B (B itself is told that A presses it)."""
SECRETS = (
    "Aldoria (peacekeeping)",  # who pledged troops is private to the pledger
    "pledges", "6 of them",
    "Aldoria offers", "Aldoria's offer", "offer of",  # A's offers to Castria
    SECRET_CAUSE,  # A's ledger
)


def a_at_work_then_b(phase: str):
    """The counted game of test_council_reasons; then seat A tables a draft and offers
    Castria treaties in the orders phase, presses the members it can (Bravia aside) in the
    debate, and the game runs on until seat B has the screen in ``phase`` (orders: B drafts in
    the next turn while A's new orders wait to be carried out; voting: B owes a ballot). A
    mission in an active crisis, with A's pledge, and a private cause of A's will are written
    into the state (the mini campaign has no mission this early). Returns the controller and
    the crisis."""
    ctl = lobbied_and_counted()
    session = ctl.session
    lobbied = False
    while True:
        ctl.finish_ai()
        t = hs.turn(session)
        assert t is not None and t.kind == "play"
        st = session.state
        a_worked = lobbied and any(o.sender == "ALD" for o in st.offers.values())
        if phase == "orders":
            a_worked = a_worked and any(o.startswith("ALD ") for o in st.orders)
        if st.phase == phase and t.nation == "BRV" and a_worked:
            break
        legal = legal_actions(st, t.nation)
        if st.phase == "voting":
            session.submit(next(a for a in legal if a.verb == "vote"))
            continue
        if t.nation == "ALD" and st.phase == "orders" and not st.offers:
            for a in [a for a in legal if a.verb == "table"][:1]:
                session.submit(a)
            for a in legal_actions(session.state, "ALD"):
                if a.verb == "propose" and "CAS" in a.args and why_not(session.state, a) is None:
                    session.submit(a)
        if t.nation == "ALD" and st.phase == "debate" and not lobbied:
            for a in legal_actions(session.state, "ALD"):
                if a.verb == "lobby" and "BRV" not in a.args and why_not(session.state, a) is None:
                    session.submit(a)
                    lobbied = True
        if t.nation == "ALD" and st.phase == "orders" and lobbied:
            for a in [a for a in legal if a.verb == "table"][:1]:
                session.submit(a)  # queued: private to A until the orders are carried out
        for a in legal_actions(session.state, t.nation):
            if a.verb == "choose":
                session.submit(a)
                break
        session.submit(f"{t.nation} end")
    assert any(o.sender == "ALD" and o.receiver == "CAS" for o in session.state.offers.values())
    assert any(p[0] == "ALD" for r in (*session.state.resolutions.values(), *session.state.archive)
               for p in r.lobbied)
    s = session.state.copy()
    crisis = next(c for c in s.crises.values() if c.active)
    s.missions = {**s.missions, "M9": Mission("M9", crisis.org, crisis.id, "observe", "R99",
                                              s.month, pledges=(("ALD", 6), ("CAS", 2)))}
    s.ledger = (*s.ledger, Change("ALD", "will", 5, SECRET_CAUSE))
    session.state = s
    return ctl, crisis.id


def drawn(app, *scenes) -> str:
    for _ in range(3):
        app.invalidate()
        app.tick(1 / 60)
    app.draw()
    return "\n".join(LOG + [t for sc in scenes for t in widget_texts(sc)])


@pytest.fixture(params=["orders", "voting"])
def seat_b_app(tmp_path, request):
    from game.ui.app import App
    from game.ui.settings import Settings

    ctl, crisis = a_at_work_then_b(request.param)
    ctl.hand_over(hs.Turn(ctl.session.seat("BRV"), "play"))
    app = App(Settings(), size=SIZE, config_dir=tmp_path, save_dir=tmp_path / "saves")
    yield app, ctl, crisis
    app.shutdown()


def test_no_screen_of_seat_b_shows_what_is_private_to_seat_a(recording, seat_b_app):  # noqa: F811
    """Seat B's main screen (crisis panel and gauges, A's stat tooltips), turn summary,
    council (drafting in the orders phase, the ballot in the voting phase) and results,
    charts and end report draw nothing private to seat A, while the mission's public strength
    is shown."""
    from game.ui.scenes.charts import ChartsScene
    from game.ui.scenes.council import CouncilScene
    from game.ui.scenes.end_report import EndReport
    from game.ui.scenes.game_scene import GameScene

    app, ctl, crisis = seat_b_app
    scene = GameScene(app, ctl)
    app.push(scene)
    texts = {}
    LOG.clear()
    scene.select_nation("ALD")
    texts["nation panel of Aldoria"] = drawn(app, scene)
    LOG.clear()
    scene.select_crisis(crisis)
    texts["crisis panel"] = drawn(app, scene)
    SHOTS.mkdir(parents=True, exist_ok=True)
    pygame.image.save(app.screen, str(SHOTS / "seat_B_crisis_panel.png"))
    assert "peacekeepers of mission M9 (8 units)" in texts["crisis panel"]
    assert "mission M9 (observe), 8 units" in texts["crisis panel"]
    for name, make in (
            ("turn summary", lambda: scene.show_turn_summary()),
            ("council", lambda: app.push(CouncilScene(app, ctl, crisis=crisis))),
            ("council results", lambda: app.push(CouncilScene(app, ctl, results=True))),
            ("charts", lambda: app.push(ChartsScene(app, ctl))),
            ("end report", lambda: app.push(EndReport(app, ctl)))):
        LOG.clear()
        make()
        texts[name] = drawn(app, app.top)
        app.pop()
    if ctl.session.state.phase == "voting":
        assert "Voting is open" in texts["council"]  # B's own ballot is before it
    else:
        assert "Tabling costs" in texts["council"]  # B may draft
    assert "known to its own government only" in texts["nation panel of Aldoria"]
    for name, text in texts.items():
        for secret in SECRETS:
            assert secret not in text, f"{name} shows {secret!r} to seat B: " + next(
                line for line in text.splitlines() if secret in line)
        assert not OTHERS_PRESSED.search(text), f"{name} shows A's lobbying of others to B"


def test_the_crisis_panel_names_only_the_seats_own_share_of_a_mission():
    """A mission's strength is public; the panel tells the pledger its own share and tells
    another seat only the total."""
    from game.engine import view
    from game.ui.panels.side_panel import mission_lines

    ctl, crisis = a_at_work_then_b("orders")
    state = ctl.session.state
    assert (mission_lines(view(state, "ALD"), crisis)
            == "mission M9 (observe), 8 units, 6 of them yours")
    assert mission_lines(view(state, "BRV"), crisis) == "mission M9 (observe), 8 units"
    assert mission_lines(view(state, None), crisis) == "mission M9 (observe), 8 units"


def test_every_seat_reads_the_same_gauges_as_the_full_state():
    """The gauges are public figures: computed from any nation's view, the public one or the
    full state, they agree, and a mission counts by its strength, never by who pledged."""
    from game.engine import gauges, view

    ctl, crisis = a_at_work_then_b("orders")
    state = ctl.session.state
    c = state.crises[crisis]
    full = gauges(state, c)
    for nation in (*state.nations, None):
        assert gauges(view(state, nation), c) == full, nation
    names = [what for what, _ in full.preponderance.factors]
    assert "peacekeepers of mission M9 (8 units)" in names
    assert not any("peacekeeping" in what for what in names)
