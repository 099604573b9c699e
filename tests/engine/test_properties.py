"""Invariants under random legal play (hypothesis): nothing raises, every value stays in range."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.engine import apply, legal_actions, new_game
from game.engine.measures import field_force
from game.engine.model import STATS
from game.engine.turn import CAPITAL_CAP

from .factory import campaign

CAMPAIGN = campaign()


def check_ranges(state):
    for n in state.nations.values():
        for stat in STATS:
            assert 0 <= n.stat(stat) <= 100, (n.code, stat)
        assert 0 <= n.capital <= CAPITAL_CAP
        assert field_force(state, n.code) >= 0
    assert all(-100 <= v <= 100 for v in state.relations.values())
    for c in state.crises.values():
        assert 0 <= c.stage <= 4
        assert all(0 <= v <= 100 for v in (c.clarity, c.resolve, c.progress))
        assert c.casualties >= 0 and c.refugees >= 0
    assert 0 <= state.tension <= 100
    assert all(units > 0 for m in state.missions.values() for _, units in m.pledges)
    assert all(0 <= o.credibility <= 100 for o in state.orgs.values())


SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PICKS = given(seed=st.integers(0, 10_000),
              picks=st.lists(st.integers(0, 10_000), min_size=50, max_size=400))
"""A seed and the picks that choose each action."""


def roam(state, actions, pick):
    """A random legal order; ending the turn now and then lets the game move through its
    phases."""
    return actions[pick % len(actions)] if pick % 4 else next(
        (a for a in actions if a.verb in ("end", "vote")), actions[0])


def play_checking_ranges(seed: int, picks: list[int], choose=roam, campaign=CAMPAIGN,
                         check=None) -> None:
    """Play ``campaign``, each pick choosing (through ``choose(state, actions, pick)``) one
    legal action of a nation the game waits for; every value stays in range, and
    ``check(state, nation)`` holds after each action if given."""
    state = new_game(campaign, seed)
    for pick in picks:
        if state.phase == "over":
            break
        nation = state.waiting_for()[pick % len(state.waiting_for())]
        state, _ = apply(state, choose(state, legal_actions(state, nation), pick))
        check_ranges(state)
        if check is not None:
            check(state, nation)


@SETTINGS
@PICKS
def test_random_legal_play_keeps_values_in_range(seed, picks):
    """Random legal play never raises and keeps every value in its range."""
    play_checking_ranges(seed, picks)


COSTLY = ("aid", "pledge", "mobilise", "intervene", "rearm", "invest", "rally", "table",
          "close", "threaten", "emergency")
"""Orders that spend a nation's own resources or commit it to upkeep."""


@SETTINGS
@PICKS
def test_costly_commitments_keep_every_resource_in_range(seed, picks):
    """Scarcity (issue 14): nations that take on every costly commitment they can (aid, troop
    pledges, mobilisations, interventions, sanctions tabled and adopted) never drive capital,
    economy, will, military, legitimacy or stability out of range, whatever the upkeep, the
    trade lost and the casualties; missions never hold an empty or negative contingent."""
    def choose(state, actions, pick):
        costly = [a for a in actions if a.verb in COSTLY]
        if state.phase == "voting":
            return actions[pick % len(actions)]
        if costly and pick % 3:
            return costly[pick % len(costly)]
        return next((a for a in actions if a.verb == "end"), actions[0])

    play_checking_ranges(seed, picks, choose)
