"""Counterfactuals of the responsibility-to-protect campaign (issues 15 and 19): choices a
player could have made, at a price, that change how a crisis ends in most seeds - and the
historical choices, scripted the same way, where they give the historical ending. Choices
that change nothing today are listed in docs/campaigns/r2p_1992.md, "Counterfactuals".

Every game is an all-AI game (game/campaigns/r2p_1992) in which only the deviating nations
give scripted orders or answers in the turns the script names (driver.against_ai); every
other ballot and turn is the AI's. A seed's history and its counterfactual share the years
before they part (driver.Courses).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .driver import Courses, council_votes, pledges, then

CAMPAIGN = Path(__file__).resolve().parents[2] / "game" / "campaigns" / "r2p_1992"
SEEDS = (1, 2, 3, 4, 5)
RWANDA = "1993-07"

UNAMIR = ["BEL", "BGD", "GHA"]
# Res 872 (October 1993): UNAMIR with its Belgian, Bangladeshi and Ghanaian battalions; in
# April 1994 the killers strike and Washington will not renew the force (Res 912 cut it).
UNAMIR_CUT = {
    "1993-10": then(["FRA table un.council peacekeeping rwanda_1993 mandate=interpose"],
                    council_votes("peacekeeping@rwanda_1993")),
    "1994-01": pledges("rwanda_1993", UNAMIR),
    "1994-04": ["RWA escalate rwanda_1993", "USA vote peacekeeping@rwanda_1993 no"],
    "1994-07": ["RWA escalate rwanda_1993"],
}
# What Dallaire asked for in January 1994: the United States tables a protect mandate, which
# the Council adopts as it adopted Res 872, and sends troops with UNAMIR's contributors and
# Canada (Dallaire's own country) when the killing starts; the force is kept.
UNAMIR_REINFORCED = {
    **UNAMIR_CUT,
    "1994-01": then(["USA table un.council peacekeeping rwanda_1993 mandate=protect"],
                    council_votes("peacekeeping@rwanda_1993"),
                    pledges("rwanda_1993", UNAMIR)),
    "1994-04": then(["RWA escalate rwanda_1993", "USA vote peacekeeping@rwanda_1993 yes"],
                    pledges("rwanda_1993", [*UNAMIR, "USA", "CAN"])),
}


COURSES = {
    "unamir cut": (RWANDA, UNAMIR_CUT, "1996-01"),
    "unamir reinforced": (RWANDA, UNAMIR_REINFORCED, "1996-01"),
}


@pytest.fixture(scope="module")
def games(campaign) -> Courses:
    return Courses(campaign, SEEDS, COURSES)


def dead(games: Courses, name: str, crisis: str) -> list[int]:
    return [s.state.crises[crisis].casualties for s in games(name)]



# --- Rwanda, 1994 -------------------------------------------------------------------------


def test_a_reinforced_unamir_stops_the_killing_with_far_fewer_dead(games):
    """Counterfactual of January-April 1994: the force Dallaire asked for - a protect mandate
    tabled by the United States, its troops pledged, the mission renewed when the killing
    starts. A protection mission that holds shields the people, so the killing does not run
    its course, and the hardliners who planned it lose their hold (atrocities.THWARTED):
    Rwanda ends in a settlement - the Arusha accords kept - or the hardliners back down, and
    fewer than a third as many die in most seeds (since the contingents already there
    reinforce at their losses alone, the force holds in every seed, and the hardliners more
    often give up than sign); the United States pays in will and soldiers (military) in most
    - a force that holds costs it no standing. With the force cut, as in 1994, nobody else
    sends troops and the genocide runs its course."""
    reinforced = "unamir reinforced"
    assert games.most(games.ended(reinforced, "rwanda_1993", "settlement", "withdrawal"))
    assert games.most(games.ended("unamir cut", "rwanda_1993", "conquest"))
    fewer = sum(3 * r < c for r, c in zip(dead(games, reinforced, "rwanda_1993"),
                                          dead(games, "unamir cut", "rwanda_1993"),
                                          strict=True))
    assert games.most(fewer)
    assert games.most(games.lower("unamir cut", reinforced, lambda s: s.nations["USA"].will))
    assert games.most(games.lower("unamir cut", reinforced,
                                  lambda s: s.nations["USA"].military))
