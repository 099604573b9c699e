"""The vote forecast in the council chamber, headless: resting the mouse on a draft shows its
forecast seat by seat (with a tooltip per seat naming the deciding factor) and the veto
warning; an item on the agenda shows its forecast before the vote."""

from __future__ import annotations

import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame

from game.ai.forecast import draft_of, forecast
from game.ui.scenes.council import CouncilScene

from .test_council import click, close, make, shot

DRAFT = "table ALD table un.security_council expel BRV"
"""Expelling a permanent member: it is sure to veto."""


def rest_mouse(app, monkeypatch, pos) -> None:
    """Move the mouse to ``pos`` and let the chamber notice."""
    monkeypatch.setattr(pygame.mouse, "get_pos", lambda: pos)
    pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0),
                                         buttons=(0, 0, 0)))
    app.tick()
    app.tick()


def test_a_draft_under_the_mouse_shows_its_forecast(mini, tmp_path, monkeypatch):
    """Resting the mouse on a draft shows its forecast in the chamber: every seat with its
    likely ballot and a tooltip naming the deciding factor, the verdict, and a red warning
    for the permanent member that would veto. It stays while the mouse goes to the chamber to
read the seats; elsewhere the agenda comes back."""
    app, ctl = make(mini, tmp_path)
    scene = CouncilScene(app, ctl)
    app.push(scene)
    app.tick()
    click(app, scene, scene.widgets["membership"])
    button = scene.widgets[DRAFT]
    scene.reveal(button)
    app.tick()
    rest_mouse(app, monkeypatch, button.get_abs_rect().center)
    assert scene.preview == DRAFT
    shown, title = scene.shown_forecast()
    expected = forecast(ctl.view(), draft_of(scene.drafts[DRAFT]), ctl.session.difficulty)
    assert shown == expected and title.startswith("Draft: Expel")
    assert shown.vetoes == ("BRV",) and shown.verdict == "likely fails"
    warning, colour = scene.model.veto_lines(shown)[0]
    assert colour == "veto" and warning.startswith("Veto likely: ")
    assert warning.endswith("(it concerns us directly)")
    app.draw()
    tips = [tip for _, tip in scene.tips.regions]
    assert len(tips) == len(shown.seats)
    assert any("Deciding factor: it concerns us directly" in t for t in tips)
    assert any("your choice" in t for t in tips)  # the player's own seat
    shot(app, "council_forecast_draft_1280x720.png")
    seat = next(r for r, tip in scene.tips.regions if "Bravia" in tip)
    rest_mouse(app, monkeypatch, seat.center)  # to the chamber, to read a seat's tooltip
    assert scene.preview == DRAFT
    rest_mouse(app, monkeypatch, scene.widgets["membership"].get_abs_rect().center)
    assert scene.preview is None and scene.shown_forecast() is None  # nothing on the agenda
    close(app)


def test_an_item_on_the_agenda_shows_its_forecast_before_the_vote(mini, tmp_path):
    """Once tabled, the item's row says its forecast, and the chamber shows it seat by seat
    through the open ballot (counting the player's seat as its choice); after the count the
    chamber shows the real ballots again."""
    app, ctl = make(mini, tmp_path, size=(1920, 1080))
    scene = CouncilScene(app, ctl)
    app.push(scene)
    app.tick()
    click(app, scene, scene.widgets["membership"])
    click(app, scene, scene.widgets[DRAFT])
    ctl.submit("ALD end")  # the turn's orders are carried out: the draft is on the agenda
    ctl.finish_ai()
    app.tick()
    assert ctl.session.state.phase == "debate"
    rid = next(r.id for r in ctl.session.state.resolutions.values() if r.sponsor == "ALD")
    line = scene.widgets[f"forecast {rid}"]
    assert line.text.startswith("Forecast: Likely fails") and "veto likely: BRV" in line.text
    assert scene.focus == rid and scene.shown_forecast()[0].vetoes == ("BRV",)
    shot(app, "council_debate_1920x1080.png")
    click(app, scene, scene.widgets["end debate"])
    ctl.finish_ai()
    app.tick()
    assert ctl.session.state.phase == "voting"
    shown, _ = scene.shown_forecast()
    assert shown.seat("ALD").certainty == "yours"
    assert not shown.decision.adopted
    shot(app, "council_forecast_ballot_1920x1080.png")
    click(app, scene, scene.widgets[f"vote {rid} yes"])  # the last ballot: the count follows
    ctl.finish_ai()
    app.tick()
    assert ctl.session.state.resolution(rid).status in ("failed", "vetoed")  # as forecast
    assert scene.results and scene.shown_forecast() is None
    close(app)
