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

from .driver import against_ai, branch, forks, most

CAMPAIGN = Path(__file__).resolve().parents[2] / "game" / "campaigns" / "un_1945"
SEEDS = (1, 2, 3, 4, 5)
BERLIN, KOREA, SUEZ, CUBA = "1948-06", "1950-06", "1956-10", "1962-06"

# 25 and 27 June 1950: the United States brings the invasion to the Council and Britain
# moves the resolution that asks members to help repel it (Res 82 and 83).
KOREA_ORDERS = ["USA table un.council condemn korea_1950",
                "GBR table un.council enforcement korea_1950"]
COURSES = {
    # June 1948: the airlift - or a negotiated withdrawal from the western sectors.
    "berlin": (BERLIN, {BERLIN: ["USA choose berlin_blockade airlift"]}, "1950-02"),
    "berlin withdrawal": (BERLIN, {BERLIN: ["USA choose berlin_blockade withdraw"]}, "1950-02"),
    # The Soviet chair empty since January over the Chinese seat - or Malik back in June.
    "korea": (KOREA, {KOREA: KOREA_ORDERS}, "1951-02"),
    "korea soviet return": (KOREA, {KOREA: ["SOV return un.council", *KOREA_ORDERS]},
                            "1951-02"),
    # November 1956: Eisenhower presses London and Paris - or stands by them.
    "suez": (SUEZ, {SUEZ: ["USA choose suez_war pressure"]}, "1958-02"),
    "suez backed": (SUEZ, {SUEZ: ["USA choose suez_war back_allies"]}, "1958-02"),
    # October 1962: the quarantine - or living with the missiles.
    "cuba": (CUBA, {CUBA: ["USA choose missiles_found quarantine"]}, None),
    "cuba accepted": (CUBA, {CUBA: ["USA choose missiles_found accept"]}, None),
}


@pytest.fixture(scope="module")
def games(campaign):
    """Each course of COURSES played once per seed from its fork: name -> [session]."""
    past = {seed: forks(campaign, seed, [BERLIN, KOREA, SUEZ, CUBA]) for seed in SEEDS}
    played: dict[str, list] = {}

    def get(name: str) -> list:
        if name not in played:
            fork, script, until = COURSES[name]
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


# --- Berlin, 1948 -------------------------------------------------------------------------


def test_the_airlift_ends_the_blockade(games):
    """History: Washington answers the blockade of June 1948 with the airlift, and the Soviet
    Union lifts the blockade (May 1949) - the crisis ends in its withdrawal in most seeds."""
    assert most(ended(games("berlin"), "berlin_1948", "withdrawal"), len(SEEDS))


def test_leaving_berlin_keeps_the_blockade_and_costs_washington(games):
    """Counterfactual of June 1948: the United States negotiates its way out of Berlin. The
    Soviet Union does not lift the blockade in most seeds; Washington pays in legitimacy and
    score, and the United Nations in credibility."""
    leave = games("berlin withdrawal")
    assert most(len(SEEDS) - ended(leave, "berlin_1948", "withdrawal"), len(SEEDS))
    assert lower(games, "berlin", "berlin withdrawal",
                 lambda s: s.nations["USA"].legitimacy) == len(SEEDS)
    assert most(lower(games, "berlin", "berlin withdrawal", lambda s: s.score("USA")),
                len(SEEDS))


# --- Korea, 1950 --------------------------------------------------------------------------


def test_with_the_soviet_chair_empty_the_council_authorises_force(games):
    """History: with the Soviet Union boycotting the Council over the Chinese seat, the
    resolutions of June 1950 pass (Res 82 and 83): the Council authorises force against the
    invasion in most seeds."""
    adopted = sum(any(r.kind == "enforcement" and r.subject == "korea_1950"
                      and r.body == "council" and r.status == "adopted"
                      for r in s.state.archive) for s in games("korea"))
    assert most(adopted, len(SEEDS))


def test_a_soviet_return_vetoes_the_korean_resolutions(games):
    """Counterfactual of June 1950: Malik returns to the Council before the vote. The
    Soviet Union vetoes the resolutions, so there is no United Nations command in any seed;
    the veto costs the Soviet Union legitimacy in most seeds."""
    for s in games("korea soviet return"):
        council = [r for r in s.state.archive if r.subject == "korea_1950"
                   and r.body == "council" and r.kind in ("condemn", "enforcement")]
        assert council and all(r.status == "vetoed" and "SOV" in r.vetoed_by
                               for r in council)
        assert not any(m.kind == "enforcement" and m.org == "un"
                       for m in s.state.crises["korea_1950"].measures)
    assert most(lower(games, "korea", "korea soviet return",
                      lambda s: s.nations["SOV"].legitimacy), len(SEEDS))


# --- Suez, 1956 ---------------------------------------------------------------------------


def test_american_pressure_ends_the_suez_war(games):
    """History: Eisenhower presses Britain and France (the run on the pound, the oil): they
    withdraw from Suez in most seeds."""
    assert most(ended(games("suez"), "suez_1956", "withdrawal"), len(SEEDS))


def test_backing_the_allies_at_suez_keeps_them_there_and_costs_washington(games):
    """Counterfactual of November 1956: the United States stands by Britain and France.
    They do not withdraw in most seeds; Washington loses legitimacy and Egypt's good will,
    and the United Nations credibility."""
    backed = games("suez backed")
    assert most(len(SEEDS) - ended(backed, "suez_1956", "withdrawal"), len(SEEDS))
    assert most(lower(games, "suez", "suez backed", lambda s: s.nations["USA"].legitimacy),
                len(SEEDS))
    assert most(lower(games, "suez", "suez backed", lambda s: s.relation("USA", "EGY")),
                len(SEEDS))


# --- Cuba, 1962 ---------------------------------------------------------------------------


def test_the_quarantine_takes_the_missiles_out(games):
    """History: the naval quarantine and a public demand; the Soviet ships turn back and the
    missiles go - the crisis ends in the Soviet withdrawal in most seeds."""
    assert most(ended(games("cuba"), "cuba_1962", "withdrawal"), len(SEEDS))


def test_living_with_the_missiles_leaves_them_and_costs_the_alliance(games):
    """Counterfactual of October 1962: Washington accepts the missiles. The Soviet Union
    does not withdraw in most seeds; the United States loses will and NATO credibility."""
    accepted = games("cuba accepted")
    assert most(len(SEEDS) - ended(accepted, "cuba_1962", "withdrawal"), len(SEEDS))
    assert most(lower(games, "cuba", "cuba accepted", lambda s: s.nations["USA"].will),
                len(SEEDS))
    assert lower(games, "cuba", "cuba accepted",
                 lambda s: s.orgs["nato"].credibility) == len(SEEDS)
