"""Invariants of the decision rules over every possible set of ballots (hypothesis)."""

from hypothesis import given
from hypothesis import strategies as st

from game.engine.voting import BALLOTS, decide

CODES = [f"N{i:02d}" for i in range(15)]
ballot_sets = st.dictionaries(st.sampled_from(CODES), st.sampled_from(BALLOTS), min_size=1)


@given(ballot_sets)
def test_unanimity_never_passes_over_a_counted_no(ballots):
    """League unanimity: an adopted decision has no counted 'no' and at least one 'yes'."""
    d = decide("unanimity", ballots)
    if d.adopted:
        assert "no" not in ballots.values() and "yes" in ballots.values()


@given(ballot_sets, st.sets(st.sampled_from(CODES), max_size=5), st.integers(1, 15),
       st.booleans())
def test_security_council_veto_and_threshold(ballots, permanent, needed, procedural):
    """Security Council: adopted only with enough yes votes and, unless procedural, no
    permanent member's no."""
    d = decide("security_council", ballots, permanent=frozenset(permanent),
               votes_needed=needed, procedural=procedural)
    yes = sum(1 for b in ballots.values() if b == "yes")
    if d.adopted:
        assert yes >= needed
        assert procedural or not any(ballots.get(p) == "no" for p in permanent)
    if procedural:
        assert d.vetoed_by == ()


@given(ballot_sets)
def test_two_thirds_is_stricter_than_a_majority(ballots):
    """Whatever two thirds of an assembly adopts, a simple majority would adopt too."""
    if decide("assembly", ballots, important=True).adopted:
        assert decide("assembly", ballots).adopted


@given(ballot_sets)
def test_tally_counts_every_ballot(ballots):
    assert sum(decide("majority", ballots).tally.values()) == len(ballots)
