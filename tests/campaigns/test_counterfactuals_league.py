"""Counterfactuals of the League campaign (issue 15): choices a player could have made, at a
price, that change how a crisis ends in most seeds - and the historical choices, scripted the
same way, that give the historical ending in most seeds.

Every game is an all-AI game (game/campaigns/league_1920) in which only the deviating nations
give scripted orders in the turns the script names (driver.against_ai); everyone's ballots
and every other turn are the AI's. A seed's history and its counterfactual share the years
before they part (driver.forks).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from game.engine.measures import sanction_costs

from .driver import Courses

CAMPAIGN = Path(__file__).resolve().parents[2] / "game" / "campaigns" / "league_1920"
SEEDS = (1, 2, 3, 4, 5)
CORFU, MANCHURIA, ABYSSINIA = "1923-09", "1931-09", "1935-01"

# September 1923: Britain lets the Conference of Ambassadors settle Corfu - or insists that
# the Council judge it, as Lord Robert Cecil wanted.
CORFU_AMBASSADORS = {CORFU: ["GBR choose corfu_ambassadors ambassadors"]}
CORFU_COUNCIL = {CORFU: ["GBR choose corfu_ambassadors council"]}
# The sanctions Stimson half-offered and London never asked for: the Assembly's economic
# and oil sanctions on Japan, backed by Britain's fleet at Singapore.
MANCHURIA_SANCTIONS = {
    "1931-09": ["GBR table league.assembly sanctions manchuria type=economic",
                "GBR mobilise manchuria"],
    "1932-01": ["GBR table league.assembly sanctions manchuria type=oil"],
}
# Laval gives Mussolini his 'free hand' (January 1935) and the Hoare-Laval plan is put
# (December 1935): the choices of the historical Paris and London.
ABYSSINIA_HISTORY = {"1935-01": ["FRA choose laval_mussolini free_hand"],
                     "1936-01": ["GBR choose hoare_laval propose"]}
# What was debated in London and Geneva and never done: France warns Rome instead, Britain
# tables an oil embargo before the invasion, closes the Suez Canal and mobilises the Home
# Fleet, France calls for a ceasefire and mobilises, and the Covenant is upheld.
ABYSSINIA_OIL = {
    "1935-01": ["FRA choose laval_mussolini warn"],
    "1935-05": ["GBR table league.assembly sanctions abyssinia type=oil", "GBR close suez",
                "GBR mobilise abyssinia", "FRA table league.council ceasefire abyssinia"],
    "1935-09": ["GBR threaten ITA abyssinia escalate enforce",
                "FRA table league.assembly sanctions abyssinia type=economic",
                "FRA mobilise abyssinia"],
    "1936-01": ["GBR choose hoare_laval covenant"],
}


COURSES = {
    "corfu": (CORFU, CORFU_AMBASSADORS, "1926-01"),
    "corfu at the council": (CORFU, CORFU_COUNCIL, "1926-01"),
    "manchuria": (MANCHURIA, {}, "1934-01"),
    "manchuria sanctions": (MANCHURIA, MANCHURIA_SANCTIONS, "1934-01"),
    "abyssinia": (ABYSSINIA, ABYSSINIA_HISTORY, "1937-01"),
    "abyssinia oil": (ABYSSINIA, ABYSSINIA_OIL, "1937-01"),
}


@pytest.fixture(scope="module")
def games(campaign) -> Courses:
    return Courses(campaign, SEEDS, COURSES)


# --- Corfu, 1923 --------------------------------------------------------------------------


def test_the_ambassadors_settle_corfu(games):
    """History: Britain leaves Corfu to the Conference of Ambassadors; Greece pays and Italy
    leaves the island - a settlement in most seeds."""
    assert games.most(games.ended("corfu", "corfu", "settlement"))


def test_insisting_on_the_council_leaves_italy_on_corfu(games):
    """Counterfactual of September 1923: Britain insists that the Council judge Corfu.
    Mussolini digs in and there is no settlement in most seeds; Britain's relations with
    Italy suffer in every seed and its score in most."""
    council = "corfu at the council"
    assert games.most(games.otherwise(council, "corfu", "settlement"))
    assert games.lower("corfu", council, lambda s: s.relation("GBR", "ITA")) == len(SEEDS)
    assert games.most(games.lower("corfu", council, lambda s: s.score("GBR")))


# --- Manchuria, 1931 ----------------------------------------------------------------------


def test_manchuria_is_conquered_without_sanctions(games):
    """History: the League sends Lytton and condemns, but no member proposes sanctions:
    Japan conquers Manchuria in most seeds."""
    assert games.most(games.ended("manchuria", "manchuria", "conquest"))


def test_sanctions_on_japan_save_manchuria(games):
    """Counterfactual of 1931-32: Britain asks the Assembly for economic and then oil
    sanctions on Japan and mobilises its fleet. Japan does not conquer Manchuria in most
    seeds: where the Assembly adopts the oil embargo (Japan, still a member, can block it
    alone under Article 11), the embargo starves the army that imports its oil
    (``measures.oil_starved``) before it holds all of Manchuria. The price is Britain's trade:
    in every seed where Manchuria is saved and the war goes on, the embargo still stands when
    the course ends and Britain still gives up its trade with Japan for it; in the others Japan
    has given way (a settlement or a withdrawal)."""
    sanctions = "manchuria sanctions"
    assert games.most(games.otherwise(sanctions, "manchuria", "conquest"))
    for session in games(sanctions):
        crisis = session.state.crises["manchuria"]
        if crisis.active:
            assert sanction_costs(session.state, crisis)["GBR"] > 0
        else:
            assert crisis.outcome in ("conquest", "settlement", "withdrawal")


# --- Abyssinia, 1935 ----------------------------------------------------------------------


def test_without_oil_sanctions_italy_conquers_abyssinia(games):
    """History: Laval's free hand, sanctions without oil, the Canal open and the Hoare-Laval
    plan: Italy conquers Abyssinia in most seeds."""
    assert games.most(games.ended("abyssinia", "abyssinia", "conquest"))


def test_oil_sanctions_and_suez_closed_save_abyssinia_and_cost_the_stresa_front(games):
    """Counterfactual of 1935: an oil embargo, the Suez Canal closed, the fleets mobilised,
    Hoare-Laval refused. Italy's conquest of Abyssinia is stopped in most seeds (the
    standard of this module), not in all: the Assembly's oil embargo needs every member
    (Bulgaria and Hungary voted it down in seed 5), so what stops Italy is the closed Canal,
    the mobilised fleets and the Council's sanctions, and where they come after the fighting
    has begun Italy may still conquer. France loses its Italian friendship (the Stresa front)
    in every seed; whether that costs France score by 1937 depends on the world the 1920s
    left."""
    oil = "abyssinia oil"
    assert games.most(games.otherwise(oil, "abyssinia", "conquest"))
    assert games.lower("abyssinia", oil, lambda s: s.relation("FRA", "ITA")) == len(SEEDS)
