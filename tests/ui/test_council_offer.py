"""The council chamber's offer choice in the debate: the player picks what its lobbying offers
(nothing, aid, support, a concession), each with its price in the tooltip, the Press buttons
then give that offer, and the answers show under the item before the vote."""

from __future__ import annotations

import pygame

from game.engine.orders.organisations import AID_ECONOMY
from game.ui.scenes.council import CouncilScene

from .driver import press
from .test_council import click, close, make, shot


def test_the_player_picks_the_offer_its_lobbying_makes(mini, tmp_path):
    """Clicking 'Aid' makes the Press buttons offer aid (their tooltips say the price), O
    cycles the offer, E ends the debate as it ends the turn on the main screen (the chamber had
    no key for it, seen in a real window), and after the debate the player reads each answer
    under the item."""
    app, ctl = make(mini, tmp_path)
    try:
        scene = CouncilScene(app, ctl)
        app.push(scene)
        app.tick()
        ok, why = ctl.submit("ALD table un.security_council expel GOT")
        assert ok, why
        ok, why = ctl.submit("ALD end")
        assert ok, why
        ctl.finish_ai()
        assert ctl.session.state.phase == "debate"
        scene.refresh()
        app.tick()
        assert scene.widgets["offer none"].is_selected
        aid = scene.widgets["offer aid"]
        assert f"{AID_ECONOMY} of your economy, paid only if they vote yes" in aid.tool_tip_text
        click(app, scene, aid)
        assert scene.offer == "aid" and scene.widgets["offer aid"].is_selected
        rid = next(r.id for r in ctl.session.state.resolutions.values() if r.sponsor == "ALD")
        key = next(k for k in scene.widgets if k.startswith("lobby ") and k.endswith(rid)
                   and scene.widgets[k].is_enabled)
        assert "Price:" in scene.widgets[key].tool_tip_text
        shot(app, "council_lobby_offer.png")
        click(app, scene, scene.widgets[key])
        code = key.split()[1]
        assert f"ALD lobby {code} {rid} aid" in ctl.session.state.orders
        assert "offering aid" in scene.status
        press(app, pygame.K_o)
        assert scene.offer == "support" and scene.widgets["offer support"].is_selected
        press(app, pygame.K_e)
        assert "ended the debate" in scene.status
        ctl.finish_ai()
        scene.refresh()
        app.tick()
        assert ctl.session.state.phase == "voting"
        told = "\n".join(getattr(e, "text", "") for e in scene.scroll.get_container().elements)
        assert "Your lobbying:" in told and "(you offered aid)" in told
        shot(app, "council_lobby_answer.png")
    finally:
        close(app)
