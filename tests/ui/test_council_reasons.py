"""The council's results in hot-seat play: beside each AI ballot, the reasons its government
gives in public; that Aldoria pressed a member is shown to Aldoria's seat, never to Bravia's.

Screenshots (tests/shots.py): council_results_seat_A.png and ..._seat_B.png.
"""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.content.loader import load_campaign
from game.engine import legal_actions, why_not
from game.session import hotseat as hs
from game.session.session import Seat, Session
from game.ui.hotseat_controller import HotseatController

from .test_hotseat_ui import LOG, SIZE, recording, widget_texts  # noqa: F401 - a fixture
from shots import SHOTS

MINI = Path(__file__).resolve().parents[1] / "fixtures" / "mini_campaign"


def lobbied_and_counted() -> HotseatController:
    """Aldoria (seat A) tables a condemnation, presses every AI member it can, the ballots
    are counted; Bravia (seat B) plays along without lobbying anyone."""
    mini = load_campaign(MINI).campaign
    session = Session(mini, 4, (Seat("ALD", "Ann"), Seat("BRV", "Ben")))
    ctl = HotseatController(session)
    pressed = False
    while not any(r.lobbied for r in session.state.archive):
        ctl.finish_ai()
        t = hs.turn(session)
        assert t is not None and t.kind == "play"
        legal = legal_actions(session.state, t.nation)
        if session.state.phase == "voting":
            session.submit(next(a for a in legal if a.verb == "vote" and a.args[1] == "yes"))
            continue
        if t.nation == "ALD" and not pressed:
            lobby = [a for a in legal if a.verb == "lobby" and len(a.args) == 2]  # no offer
            for a in lobby:
                if why_not(session.state, a) is None:  # one lobbying of a member a turn
                    session.submit(a)
            pressed = bool(lobby)
            table = [a for a in legal if a.verb == "table" and a.args[1] == "condemn"]
            if not pressed and table:
                session.submit(table[0])
        for a in legal_actions(session.state, t.nation):
            if a.verb == "choose":
                session.submit(a)
                break
        session.submit(f"{t.nation} end")
    return ctl


def council_texts(tmp_path, ctl: HotseatController, nation: str, shot: str) -> str:
    """Everything the council's results screen draws for ``nation``'s seat."""
    from game.ui.app import App
    from game.ui.scenes.council import CouncilScene
    from game.ui.settings import Settings

    ctl.hand_over(hs.Turn(ctl.session.seat(nation), "play"))
    app = App(Settings(), size=SIZE, config_dir=tmp_path, save_dir=tmp_path / "saves")
    try:
        res = next(r for r in ctl.session.state.archive if r.lobbied)
        scene = CouncilScene(app, ctl, results=True, body=f"{res.org}.{res.body}")
        app.push(scene)
        LOG.clear()
        for _ in range(3):
            app.invalidate()
            app.tick(1 / 60)
        app.draw()
        SHOTS.mkdir(parents=True, exist_ok=True)
        pygame.image.save(app.screen, str(SHOTS / f"council_results_{shot}.png"))
        return "\n".join(LOG + widget_texts(scene))
    finally:
        app.shutdown()


@pytest.fixture(scope="module")
def game():
    return lobbied_and_counted()


def test_the_pressed_members_reasons_name_the_presser_to_the_presser_only(
        tmp_path, recording, game):  # noqa: F811 - the fixture imported above
    """Seat B reads the public reasons of every AI ballot and nothing of A's lobbying; seat A
    reads that the members it pressed say so."""
    for_b = council_texts(tmp_path / "b", game, "BRV", "seat_B")
    for_a = council_texts(tmp_path / "a", game, "ALD", "seat_A")
    assert "clarity of the facts" in for_b  # the public reasons are there
    assert "pressed us" not in for_b and "presses" not in for_b
    assert "Aldoria pressed us" in for_a
