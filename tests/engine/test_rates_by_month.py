"""The rules' rates of wear are counted by the month: a campaign's turn length does not change
how fast sanctions wear an aggressor down or how long a quiet front takes to freeze."""

from dataclasses import replace

from game.engine import new_game
from game.engine.context import Ctx
from game.engine.crises import _outcome, _sanctions
from game.engine.gauges import last_votes
from game.engine.state import Measure, Resolution

from .factory import campaign


def _sanctioned(turn_months: int):
    state = new_game(campaign(turn_months=turn_months), seed=1)
    c = state.crises["abyssinia"]
    oil = Measure("sanctions", "league", "R1", state.month, True, (("type", "oil"),),
                  ("GBR", "FRA", "USA", "SOV"))
    state.crises["abyssinia"] = replace(c, measures=(oil,), resolve=70)
    return state


def test_sanctions_wear_resolve_down_by_the_month():
    """The League's sanctions on Italy (1935-36) pressed for eight months: a campaign of
    two-month turns takes four turns to apply what a four-month campaign applies in two, not
    twice the pressure (the Balkans' Serbs were worn down twice as fast before)."""
    drop = {}
    for months in (2, 4):
        state = _sanctioned(months)
        _sanctions(Ctx(state), state.crises["abyssinia"])
        drop[months] = 70 - state.crises["abyssinia"].resolve
    assert drop[4] > 0
    assert abs(drop[2] * 2 - drop[4]) <= 1  # half a turn's wear, give or take rounding


def test_a_quiet_front_freezes_after_the_same_months():
    """Sixteen months without a change on the ground freeze a crisis (Kashmir after 1949):
    four calm turns of four months, or eight of two - not four of two."""
    for months, turns, frozen in ((2, 4, False), (2, 8, True), (4, 4, True)):
        state = new_game(campaign(turn_months=months), seed=1)
        c = replace(state.crises["abyssinia"], stage=1, resolve=60, calm_turns=turns)
        state.crises["abyssinia"] = c
        _outcome(Ctx(state), c)
        assert (state.crises["abyssinia"].outcome == "frozen") is frozen, (months, turns)


def test_a_war_facing_only_an_inquiry_is_unopposed():
    """Rule: a commission of inquiry asks what happened and accuses no one, so an aggressor at
    war that faces nothing else is unopposed and its resolve grows as if nothing were in force
    (a condemnation does oppose it). Precedent: Japan set up Manchukuo (March 1932) while the
    Lytton Commission, which Japan itself had proposed, was on its way; Pakistan sent its
    regular army into Kashmir (May 1948) while the Council's commission was being formed."""
    grown = {}
    for kind in ("inquiry", "condemn"):
        state = new_game(campaign(), seed=1)
        c = state.crises["abyssinia"]
        words = Measure(kind, "league", "R1", state.month, False, (), ("GBR", "FRA"))
        state.crises["abyssinia"] = replace(c, stage=3, measures=(words,), resolve=50)
        _sanctions(Ctx(state), state.crises["abyssinia"])
        grown[kind] = state.crises["abyssinia"].resolve - 50
    assert grown == {"inquiry": 2, "condemn": 0}


def test_a_vote_on_an_inquiry_takes_no_side():
    """Rule: a vote on an inquiry takes no side in the crisis, so the consensus gauge reads a
    member's stance from its last vote on anything else (a no to a commission because the
    facts are already clear does not side with the aggressor, nor does a friend of the accused
    who lets a commission pass turn against it). Precedent: Britain and the United States
    voted for the Kashmir commission (Res 39, January 1948) and never for a condemnation of
    Pakistan; Japan voted for the Lytton Commission (December 1931)."""
    state = new_game(campaign(), seed=1)
    c = state.crises["abyssinia"]
    condemn = Resolution("R1", "league", "council", "GBR", "condemn", c.id, (), state.month,
                         status="adopted", ballots=(("GBR", "yes"), ("ITA", "no")))
    inquiry = Resolution("R2", "league", "council", "ITA", "inquiry", c.id, (), state.month,
                         status="failed", ballots=(("GBR", "no"), ("ITA", "yes")))
    state.archive = state.archive + (condemn, inquiry)
    assert last_votes(state, c) == {"GBR": "yes", "ITA": "no"}
