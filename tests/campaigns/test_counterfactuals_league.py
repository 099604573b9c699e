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

from .driver import against_ai, branch, forks, most, pledges

CAMPAIGN = Path(__file__).resolve().parents[2] / "game" / "campaigns" / "league_1920"
SEEDS = (1, 2, 3, 4, 5)
VILNA, MANCHURIA, ABYSSINIA = "1920-09", "1931-09", "1935-01"

# Oct 1920 - Mar 1921: the Council's plan for a plebiscite under a League force of some
# 1,500 men (British, French, Belgian, Spanish...), which was dropped; Britain tables it and
# sends its contingent.
VILNA_FORCE = {"1920-09": ["GBR table league.council peacekeeping vilna mandate=interpose"],
               "1921-01": pledges("vilna", ["GBR"])}
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


@pytest.fixture(scope="module")
def past(campaign) -> dict[int, dict]:
    return {seed: forks(campaign, seed, [VILNA, MANCHURIA, ABYSSINIA]) for seed in SEEDS}


@pytest.fixture(scope="module")
def games(past):
    """Each named course played once per seed from its fork: name -> [session per seed]."""
    courses = {
        "vilna": (VILNA, {}, "1924-01"),
        "vilna force": (VILNA, VILNA_FORCE, "1924-01"),
        "manchuria": (MANCHURIA, {}, "1934-01"),
        "manchuria sanctions": (MANCHURIA, MANCHURIA_SANCTIONS, "1934-01"),
        "abyssinia": (ABYSSINIA, ABYSSINIA_HISTORY, "1937-01"),
        "abyssinia oil": (ABYSSINIA, ABYSSINIA_OIL, "1937-01"),
    }
    played: dict[str, list] = {}

    def get(name: str) -> list:
        if name not in played:
            fork, script, until = courses[name]
            played[name] = [against_ai(branch(past[seed][fork]), script, until=until)
                            for seed in SEEDS]
        return played[name]
    return get


def ended(sessions, crisis: str, *outcomes) -> int:
    """In how many of the games ``crisis`` ended in one of ``outcomes`` (None: still open)."""
    return sum(s.state.crises[crisis].outcome in outcomes for s in sessions)


def lower(games, history: str, other: str, figure) -> int:
    """In how many seeds ``figure(state)`` is lower in the counterfactual than in history."""
    return sum(figure(o.state) < figure(h.state)
               for h, o in zip(games(history), games(other), strict=True))


# --- Vilna, 1920 --------------------------------------------------------------------------


def test_vilna_is_annexed_when_nobody_acts(games):
    """History: Zeligowski's 'mutiny' takes Vilna (October 1920), the plebiscite force is
    never sent, and Poland keeps the city: a conquest in most seeds."""
    assert most(ended(games("vilna"), "vilna", "conquest"), len(SEEDS))


def test_a_league_force_keeps_vilna_from_poland_at_britains_cost(games):
    """Counterfactual of 1920-21: the League sends the plebiscite force it planned, with a
    British contingent. Poland does not annex Vilna in any seed; the force costs Britain
    diplomatic capital."""
    force = games("vilna force")
    assert ended(force, "vilna", "conquest") == 0
    assert most(lower(games, "vilna", "vilna force", lambda s: s.nations["GBR"].capital),
                len(SEEDS))


# --- Manchuria, 1931 ----------------------------------------------------------------------


def test_manchuria_is_conquered_without_sanctions(games):
    """History: the League sends Lytton and condemns, but no member proposes sanctions:
    Japan conquers Manchuria in most seeds."""
    assert most(ended(games("manchuria"), "manchuria", "conquest"), len(SEEDS))


def test_sanctions_on_japan_save_manchuria(games):
    """Counterfactual of 1931-32: Britain asks the Assembly for economic and then oil
    sanctions on Japan and mobilises its fleet. Japan does not conquer Manchuria in most
    seeds; Britain's relations with Japan suffer."""
    sanctioned = games("manchuria sanctions")
    assert most(len(SEEDS) - ended(sanctioned, "manchuria", "conquest"), len(SEEDS))
    assert most(lower(games, "manchuria", "manchuria sanctions",
                      lambda s: s.relation("GBR", "JPN")), len(SEEDS))


# --- Abyssinia, 1935 ----------------------------------------------------------------------


def test_without_oil_sanctions_italy_conquers_abyssinia(games):
    """History: Laval's free hand, sanctions without oil, the Canal open and the Hoare-Laval
    plan: Italy conquers Abyssinia in most seeds."""
    assert most(ended(games("abyssinia"), "abyssinia", "conquest"), len(SEEDS))


def test_oil_sanctions_and_suez_closed_save_abyssinia_and_cost_the_stresa_front(games):
    """Counterfactual of 1935: an oil embargo before the invasion, the Suez Canal closed,
    the fleets mobilised, Hoare-Laval refused. Italy conquers Abyssinia in no seed; France
    loses its Italian friendship (the Stresa front) in every seed and score in most."""
    oil = games("abyssinia oil")
    assert ended(oil, "abyssinia", "conquest") == 0
    assert lower(games, "abyssinia", "abyssinia oil",
                 lambda s: s.relation("FRA", "ITA")) == len(SEEDS)
    assert most(lower(games, "abyssinia", "abyssinia oil", lambda s: s.score("FRA")),
                len(SEEDS))
