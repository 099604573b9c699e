"""A permanent member away from the council (a boycott) casts no veto: its sponsors see the
empty seat and, in a war, go straight to force while it lasts (orders.organisations)."""

from __future__ import annotations

from dataclasses import replace

from game.ai.policy import Mind
from game.engine import new_game, parse_action
from game.engine.orders import ORDERS
from game.engine.orders.organisations import _predicted_veto
from game.engine.state import pair
from game.engine.view import view

from tests.engine.factory import campaign

ENFORCE = "GBR table un.council enforcement manchuria"
CONDEMN = "GBR table un.council condemn manchuria"


def at_war(boycott: bool):
    """Manchuria at war, nothing yet in force, the United States a friend of Japan's and
    permanent on the Council; with ``boycott`` it stays away from the Council."""
    state = new_game(campaign(), seed=1)
    state.relations[pair("USA", "JPN")] = 60
    c = state.crises["manchuria"]
    state.crises["manchuria"] = replace(c, active=True, stage=3, clarity=80, inquiry=0,
                                        measures=())
    if boycott:
        state.orgs["un"] = replace(state.orgs["un"], boycotts=(("USA", "council"),))
    return state


def tabling(state, text: str) -> tuple[float, list[str]]:
    return ORDERS["table"].value(Mind(view(state, "GBR"), "hard"), parse_action(text))


def test_a_boycotting_member_casts_no_veto_and_its_empty_seat_is_seized():
    """Korea, June 1950: with the Soviet seat empty the Council found a breach of the peace
    and, two days later, asked members to help repel the attack. A sponsor expects no veto
    from a permanent member that stays away, and at war tables force first while it is
    away; with the member in its seat it climbs the ladder from a condemnation."""
    present = at_war(boycott=False)
    assert _predicted_veto(present, "un", "council", present.crises["manchuria"])
    assert tabling(present, ENFORCE)[0] == -50.0
    away = at_war(boycott=True)
    assert not _predicted_veto(away, "un", "council", away.crises["manchuria"])
    assert tabling(away, CONDEMN)[0] == -50.0
    value, reasons = tabling(away, ENFORCE)
    assert value > -50.0 and "the next step is enforcement" in reasons
