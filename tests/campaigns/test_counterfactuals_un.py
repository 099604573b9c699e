"""Counterfactuals of the United Nations campaign (issue 15): choices a player could have
made, at a price, that change how a crisis ends in most seeds - and the historical choices,
scripted the same way, that give the historical ending in most seeds.

Every game is an all-AI game (game/campaigns/un_1945) in which only the deviating nation
gives scripted orders or answers in the turns the script names (driver.against_ai); every
ballot and every other turn is the AI's. A seed's history and its counterfactual share the
years before they part (driver.forks).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .driver import Courses

CAMPAIGN = Path(__file__).resolve().parents[2] / "game" / "campaigns" / "un_1945"
SEEDS = (1, 2, 3, 4, 5)
PALESTINE = "1948-06"
BERLIN, KOREA, SUEZ, GOA, CUBA = "1948-06", "1950-06", "1956-10", "1961-06", "1962-06"

# 25 and 27 June 1950: the United States brings the invasion to the Council and Britain
# moves the resolution that asks members to help repel it (Res 82 and 83).
KOREA_ORDERS = ["USA table un.council condemn korea_1950",
                "GBR table un.council enforcement korea_1950"]
COURSES = {
    # 29 May and 15 July 1948: Britain moves the Council's truce orders for Palestine
    # (Res 50 and 54), with a mediator and observers to supervise them.
    "palestine": (PALESTINE, {PALESTINE: ["GBR table un.council ceasefire palestine_1947"]},
                  "1950-02"),
    # June 1948: the airlift - or a negotiated withdrawal from the western sectors.
    "berlin": (BERLIN, {BERLIN: ["USA choose berlin_blockade airlift"]}, "1950-02"),
    "berlin withdrawal": (BERLIN, {BERLIN: ["USA choose berlin_blockade withdraw"]}, "1950-02"),
    # The Soviet chair empty since January over the Chinese seat - or Malik back in June.
    "korea": (KOREA, {KOREA: KOREA_ORDERS}, "1951-06"),
    "korea soviet return": (KOREA, {KOREA: ["SOV return un.council", *KOREA_ORDERS]},
                            "1951-06"),
    # November 1956: Eisenhower presses London and Paris - or stands by them.
    "suez": (SUEZ, {SUEZ: ["USA choose suez_war pressure"]}, "1958-02"),
    "suez backed": (SUEZ, {SUEZ: ["USA choose suez_war back_allies"]}, "1958-02"),
    # 1961: India left to weigh the strike - or warned off it by Washington and London.
    "goa": (GOA, {}, "1962-10"),
    "goa warned": (GOA, {GOA: [f"{n} threaten IND goa_1961 escalate mobilise"
                               for n in ("USA", "GBR")]}, "1962-10"),
    # October 1962: the quarantine - or living with the missiles.
    "cuba": (CUBA, {CUBA: ["USA choose missiles_found quarantine"]}, None),
    "cuba accepted": (CUBA, {CUBA: ["USA choose missiles_found accept"]}, None),
}


@pytest.fixture(scope="module")
def games(campaign) -> Courses:
    return Courses(campaign, SEEDS, COURSES)


# --- Palestine, 1948 ----------------------------------------------------------------------


def test_under_the_councils_truce_palestine_ends_in_an_armistice(games):
    """History: the Council orders a truce in Palestine; the invading armies, beaten back and
    held to it, stop on the lines they hold (crises.armistice, not a dated event): the war
    ends frozen in most seeds. Precedent: the armistices of Rhodes, February-July 1949 -
    Egypt kept Gaza and Jordan the West Bank, and no peace followed."""
    assert games.most(games.ended("palestine", "palestine_1947", "frozen"))


# --- Berlin, 1948 -------------------------------------------------------------------------


def test_the_airlift_ends_the_blockade(games):
    """History: Washington answers the blockade of June 1948 with the airlift, and the Soviet
    Union lifts the blockade (May 1949) - the crisis ends in its withdrawal in most seeds."""
    assert games.most(games.ended("berlin", "berlin_1948", "withdrawal"))


def test_leaving_berlin_keeps_the_blockade_and_costs_washington(games):
    """Counterfactual of June 1948: the United States negotiates its way out of Berlin. The
    Soviet Union does not lift the blockade in most seeds; Washington pays in legitimacy in
    every seed and in score in most."""
    leave = "berlin withdrawal"
    assert games.most(games.otherwise(leave, "berlin_1948", "withdrawal"))
    assert games.lower("berlin", leave, lambda s: s.nations["USA"].legitimacy) == len(SEEDS)
    assert games.most(games.lower("berlin", leave, lambda s: s.score("USA")))


# --- Korea, 1950 --------------------------------------------------------------------------


def test_with_the_soviet_chair_empty_the_council_authorises_force(games):
    """History: with the Soviet Union boycotting the Council over the Chinese seat, the
    resolutions of June 1950 pass (Res 82 and 83): the Council authorises force against the
    invasion in most seeds."""
    adopted = sum(any(r.kind == "enforcement" and r.subject == "korea_1950"
                      and r.body == "council" and r.status == "adopted"
                      for r in s.state.archive) for s in games("korea"))
    assert games.most(adopted)


def test_a_soviet_return_vetoes_the_korean_resolutions(games):
    """Counterfactual of June 1950: Malik returns to the Council before the vote. The
    Soviet Union vetoes the resolutions, so there is no United Nations command in any seed,
    and the United Nations' credibility suffers in most. (The Soviet Union itself pays no
    measurable price: its score, will and legitimacy move either way.)"""
    returned = "korea soviet return"
    for s in games(returned):
        council = [r for r in s.state.archive if r.subject == "korea_1950"
                   and r.body == "council" and r.kind in ("condemn", "enforcement")]
        assert council and all(r.status == "vetoed" and "SOV" in r.vetoed_by
                               for r in council)
        assert not any(m.kind == "enforcement" and m.org == "un"
                       for m in s.state.crises["korea_1950"].measures)
    assert games.most(games.lower("korea", returned, lambda s: s.orgs["un"].credibility))


# --- Suez, 1956 ---------------------------------------------------------------------------


def test_american_pressure_ends_the_suez_war(games):
    """History: Eisenhower presses Britain and France (the run on the pound, the oil): they
    withdraw from Suez in most seeds."""
    assert games.most(games.ended("suez", "suez_1956", "withdrawal"))


def test_backing_the_allies_at_suez_keeps_them_there_and_costs_washington(games):
    """Counterfactual of November 1956: the United States stands by Britain and France (its
    guarantee covers them against the Soviet Union's general war, Mind.shield). They do not
    withdraw in most seeds; Washington loses legitimacy and Egypt's good will in most."""
    backed = "suez backed"
    assert games.most(games.otherwise(backed, "suez_1956", "withdrawal"))
    assert games.most(games.lower("suez", backed, lambda s: s.nations["USA"].legitimacy))
    assert games.most(games.lower("suez", backed, lambda s: s.relation("USA", "EGY")))


# --- Goa, 1961 ----------------------------------------------------------------------------


def test_left_to_weigh_it_india_strikes_at_goa(games):
    """The decision to strike (goa_1961 opens before the attack, and India's escalation to war
    is its own choice each turn, crises.climb): with no power drawing a line, India
    marches and Goa falls in most seeds. Precedent: December 1961, after fourteen years of
    restraint, 30,000 Indian troops took Goa, Daman and Diu in two days."""
    assert games.most(games.ended("goa", "goa_1961", "conquest"))


def test_a_warning_from_the_powers_holds_india_back_from_goa(games):
    """Counterfactual of 1961: the United States and Britain draw a red line (they will
    mobilise if India escalates) while the crisis is still short of war. India, weighing the
    powers' lines and the general war it fears with a peer, does not take Goa in most seeds,
    and Washington's relations with New Delhi pay for it in most. Precedent: Kennedy's and
    Macmillan's warnings of December 1961, which came too late and were not backed by force;
    Nehru's fourteen years of restraint."""
    warned = "goa warned"
    assert games.most(games.otherwise(warned, "goa_1961", "conquest"))
    assert games.most(games.lower("goa", warned, lambda s: s.relation("USA", "IND")))


# --- Cuba, 1962 ---------------------------------------------------------------------------


def test_the_quarantine_takes_the_missiles_out(games):
    """History: the naval quarantine and a public demand; the Soviet ships turn back and the
    missiles go - the crisis ends in the Soviet withdrawal in most seeds."""
    assert games.most(games.ended("cuba", "cuba_1962", "withdrawal"))


def test_living_with_the_missiles_leaves_them_and_costs_the_alliance(games):
    """Counterfactual of October 1962: Washington accepts the missiles. The Soviet Union
    does not withdraw in most seeds; the United States loses will in most and NATO
    credibility in every seed."""
    accepted = "cuba accepted"
    assert games.most(games.otherwise(accepted, "cuba_1962", "withdrawal"))
    assert games.most(games.lower("cuba", accepted, lambda s: s.nations["USA"].will))
    assert games.lower("cuba", accepted, lambda s: s.orgs["nato"].credibility) == len(SEEDS)
