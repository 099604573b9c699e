"""Counterfactuals of the Yugoslav wars campaign (issue 15): choices a player could have made,
at a price, that change how a crisis ends in most seeds - and the historical choices that
give the historical ending in most seeds.

These are played in the historical world of test_balkans_1991 (its HISTORY script: the
outside powers and the parties give the orders they gave, the Council casts its recorded
ballots, the AI answers every other ballot and every event, and decides for the Bosnian Serbs
from the directive of March 1995 on), over seeds 1-5, with one nation's choice changed. Not
in all-AI games: there Bosnia is often settled before 1995 (Srebrenica's crisis never comes
in about half of 200 seeds), so the choices would be measured on different wars (see
docs/campaigns/balkans_1991.md, "Counterfactuals").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .driver import (Courses, answer, council_votes, every_turn, merged, pledges, run,
                     then, unless_on_the_ground)
from .test_balkans_1991 import HISTORY

CAMPAIGN = Path(__file__).resolve().parents[2] / "game" / "campaigns" / "balkans_1991"
SEEDS = (1, 2, 3, 4, 5)

CONTRIBUTORS = ["USA", "GBR", "FRA", "NLD", "TUR", "ITA"]
# The 'heavy option' the Secretary-General asked for in 1993, in spring 1995: a protect
# mandate for the enclave (unless the mission of 1993 is still there), NATO's air power
# authorised over it, which breaks the siege (game/engine/enclaves.py), and the troops.
SREBRENICA_PROTECTED = {
    **HISTORY,
    "1995-02": then(unless_on_the_ground("srebrenica_1995", then(
        ["GBR table un.council peacekeeping srebrenica_1995 mandate=protect"],
        council_votes("peacekeeping@srebrenica_1995"))),
        ["USA table nato.council enforcement srebrenica_1995"]),
    "1995-04": pledges("srebrenica_1995", CONTRIBUTORS),
}


def historical_world(campaign, script, seed: int, until: str | None):
    return run(campaign, script, seed, until, ai_from={"RSR": "1995-02"}, strict=False)


@pytest.fixture(scope="module")
def games(campaign) -> Courses:
    storm_held = every_turn(campaign, "1995-06", "1996-12", answer("CRO", "storm", "hold"))
    return Courses(campaign, SEEDS, {
        "history": ("", HISTORY, "1996-01"),
        "srebrenica protected": ("", SREBRENICA_PROTECTED, "1996-01"),
        # August 1995: Zagreb holds Operation Storm back.
        "storm held": ("", merged(HISTORY, storm_held), "1996-01"),
        "history to the end": ("", HISTORY, None),
        # March 1999: no Allied Force - NATO neither authorises nor flies.
        "no bombing": ("", {date: entry for date, entry in HISTORY.items()
                            if date not in ("1999-03", "1999-04")}, None),
    }, world=historical_world)


# --- Srebrenica, 1995 ---------------------------------------------------------------------


def test_an_unprotected_srebrenica_falls(games):
    """History: a few hundred lightly armed peacekeepers and no air support; Mladic's troops
    overrun Srebrenica in July 1995 - a conquest in most seeds."""
    assert games.most(games.ended("history", "srebrenica_1995", "conquest"))


def test_a_protected_srebrenica_holds_at_a_price(games):
    """Counterfactual of spring 1995: a protect mandate for the enclave with the troops it
    needs. Srebrenica is not overrun in most seeds and fewer die; the United States, whose
    troops go, pays in will. (Which contingents serve is the mandate's ceiling's choice -
    measures.ceiling declines offers past it - so Britain, which tables the mandate, does
    not always send troops or pay their upkeep.)"""
    protected = "srebrenica protected"
    assert games.most(games.otherwise(protected, "srebrenica_1995", "conquest"))
    assert games.most(games.lower("history", protected,
                                  lambda s: s.crises["srebrenica_1995"].casualties))
    assert games.most(games.lower("history", protected, lambda s: s.nations["USA"].will))


# --- Operation Storm, 1995 ----------------------------------------------------------------


def test_storm_retakes_the_krajina(games):
    """History: Operation Storm (August 1995) retakes the Krajina, and the Krajina Serbs'
    crisis ends in their withdrawal in most seeds."""
    assert games.most(games.ended("history", "unprofor_1992", "withdrawal"))
    assert games.most(sum("storm" in s.state.flags for s in games("history")))


def test_holding_storm_back_leaves_the_krajina_to_the_serbs(games):
    """Counterfactual of August 1995: Zagreb holds Storm back. The Krajina is not retaken in
    most seeds - the front freezes - and Croatia's score is lower in most."""
    held = "storm held"
    assert games.most(games.otherwise(held, "unprofor_1992", "withdrawal"))
    assert games.most(games.lower("history", held, lambda s: s.score("CRO")))


# --- Kosovo, 1999 -------------------------------------------------------------------------


def test_natos_bombing_gets_belgrade_out_of_kosovo(games):
    """History: Allied Force (March-June 1999), on NATO's authority alone; Belgrade's forces
    withdraw from Kosovo in most seeds."""
    assert games.most(games.ended("history to the end", "kosovo_1998", "withdrawal"))


def test_without_the_bombing_belgrade_keeps_kosovo(games):
    """Counterfactual of March 1999: NATO does not bomb. Belgrade does not withdraw in most
    seeds and more die; the United States, its aims in Kosovo unmet, ends with a lower score
    in most (what it saves is will)."""
    spared = "no bombing"
    assert games.most(games.otherwise(spared, "kosovo_1998", "withdrawal"))
    assert games.most(games.lower(spared, "history to the end",
                                  lambda s: s.crises["kosovo_1998"].casualties))
    assert games.most(games.lower("history to the end", spared, lambda s: s.score("USA")))
