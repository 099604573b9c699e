"""Every screen of a seat reads that seat's view: after seat A (Aldoria) lobbied, pledged
troops to a peacekeeping mission, sent an offer and saw a private cause move its will, seat B
(Bravia) is shown the main screen with the crisis selected and its tooltips, the turn summary,
the council (drafting and results), the charts and the end report, and none of A's secrets is
drawn. Every string handed to a font is recorded, with the widgets' texts and tooltips.

Screenshot (git-ignored): screenshots/seat_B_crisis_panel.png.
"""

from __future__ import annotations

from dataclasses import replace

import pygame
import pytest

from game.engine.state import Change, Mission, Offer
from game.session import hotseat as hs

from .test_council_reasons import SHOTS, lobbied_and_counted
from .test_hotseat_ui import LOG, SIZE, recording, widget_texts  # noqa: F401 - a fixture

SECRET_CAUSE = "Aldoria's quiet arrangement"
SECRETS = (
    "Aldoria (peacekeeping)",  # who pledged troops is private to the pledger
    "Aldoria pressed", "presses", "pressed by",  # lobbying
    "Aldoria's offer", "offer of",  # an offer between A and C
    SECRET_CAUSE,  # A's ledger
)


def with_secrets_of_a(ctl):
    """The counted game of test_council_reasons, plus A's pledge to a mission in an active
    crisis, A's offer to Castria and a private cause of A's will."""
    s = ctl.session.state.copy()
    crisis = next(c for c in s.crises.values() if c.active)
    s.missions = {**s.missions, "M9": Mission("M9", crisis.org, crisis.id, "observe", "R99",
                                              s.month, pledges=(("ALD", 6), ("CAS", 2)))}
    s.offers = {**s.offers, "O9": Offer("O9", "ALD", "CAS", "alliance", s.turn)}
    s.ledger = (*s.ledger, Change("ALD", "will", 5, SECRET_CAUSE))
    s.nations = {**s.nations, "ALD": replace(s.nations["ALD"], capital=7)}
    ctl.session.state = s
    return crisis.id


def drawn(app, *scenes) -> str:
    for _ in range(3):
        app.invalidate()
        app.tick(1 / 60)
    app.draw()
    return "\n".join(LOG + [t for sc in scenes for t in widget_texts(sc)])


@pytest.fixture
def seat_b_app(tmp_path):
    from game.ui.app import App
    from game.ui.settings import Settings

    ctl = lobbied_and_counted()
    crisis = with_secrets_of_a(ctl)
    ctl.hand_over(hs.Turn(ctl.session.seat("BRV"), "play"))
    app = App(Settings(), size=SIZE, config_dir=tmp_path, save_dir=tmp_path / "saves")
    yield app, ctl, crisis
    app.shutdown()


def test_no_screen_of_seat_b_shows_what_is_private_to_seat_a(recording, seat_b_app):
    """Seat B's main screen (crisis panel and gauges, A's stat tooltips), turn summary,
    council drafting and results, charts and end report draw nothing private to seat A,
    while the mission's public strength is shown."""
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
    SHOTS.mkdir(exist_ok=True)
    pygame.image.save(app.screen, str(SHOTS / "seat_B_crisis_panel.png"))
    assert "peacekeepers of mission M9 (8 units)" in texts["crisis panel"]
    assert "mission M9 (observe), 8 units" in texts["crisis panel"]
    for name, make in (
            ("turn summary", lambda: scene.show_turn_summary()),
            ("council drafting", lambda: app.push(CouncilScene(app, ctl, crisis=crisis))),
            ("council results", lambda: app.push(CouncilScene(app, ctl, results=True))),
            ("charts", lambda: app.push(ChartsScene(app, ctl))),
            ("end report", lambda: app.push(EndReport(app, ctl)))):
        LOG.clear()
        make()
        texts[name] = drawn(app, app.top)
        app.pop()
    for name, text in texts.items():
        for secret in SECRETS:
            assert secret not in text, f"{name} shows {secret!r} to seat B"


def test_the_crisis_panel_names_only_the_seats_own_share_of_a_mission():
    """A mission's strength is public; the panel tells the pledger its own share and tells
    another seat only the total."""
    from game.engine import view
    from game.ui.scenes.game_scene import mission_lines

    ctl = lobbied_and_counted()
    crisis = with_secrets_of_a(ctl)
    state = ctl.session.state
    assert (mission_lines(view(state, "ALD"), crisis)
            == "mission M9 (observe), 8 units, 6 of them yours")
    assert mission_lines(view(state, "BRV"), crisis) == "mission M9 (observe), 8 units"
    assert mission_lines(view(state, None), crisis) == "mission M9 (observe), 8 units"
