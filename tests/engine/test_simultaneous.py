"""Simultaneous orders: a phase's orders are collected, paid for, and carried out together when
the last nation ends the phase, in an order that does not depend on who gave them first (as in
Diplomacy, where all moves are written down and then revealed at once)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from game.engine import apply, new_game, parse_action, state_hash, view
from game.engine.legal import why_not

from .factory import campaign
from .helpers import do, end_orders

ORDERS = ["GBR table league.council sanctions abyssinia type=economic", "GBR threaten ITA abyssinia escalate intervene",
          "FRA table league.council sanctions abyssinia type=economic", "FRA threaten ITA abyssinia escalate enforce",
          "ITA escalate abyssinia", "SOV improve ETH", "USA aid ETH", "ETH rally"]


def fresh():
    return new_game(campaign(), seed=3)


@settings(max_examples=25, deadline=None)
@given(st.permutations(ORDERS))
def test_the_order_of_submission_never_matters(orders):
    """However the players' orders arrive, the turn's result is the same state, hash for hash:
    who clicks first at the screen cannot change the outcome, and the chronicle `simulate`
    prints is what a human at the screen sees."""
    state, _ = do(fresh(), *orders)
    state, _ = end_orders(state)
    reference, _ = end_orders(do(fresh(), *ORDERS)[0])
    assert state_hash(state) == state_hash(reference)


def test_an_order_takes_effect_when_the_phase_ends():
    """An order is paid for at once but changes the world only when every nation has ended the
    phase: until then other nations see nothing of it (the capital is spent in secret)."""
    state = fresh()
    before = state.relation("SOV", "ETH")
    state, events = do(state, "SOV improve ETH")
    assert events == [] and state.relation("SOV", "ETH") == before
    assert state.orders == ("SOV improve ETH",)
    assert view(state, "GBR").orders == () and view(state, "SOV").orders == state.orders
    assert why_not(state, parse_action("SOV improve ETH")) == "already ordered this turn"
    state, events = end_orders(state)
    assert state.relation("SOV", "ETH") > before
    assert any(e.kind == "courting" for e in events)


def test_the_same_draft_tabled_by_two_is_co_sponsored():
    """Two members tabling the same draft in one turn table it together: one item on the
    agenda, both its sponsors, and the friendlier of the two pulls the waverers (the Western
    draft on Hungary, 4 November 1956, was tabled by several delegations at once)."""
    state, _ = do(fresh(), "GBR table league.council condemn abyssinia",
                  "FRA table league.council condemn abyssinia")
    state, events = end_orders(state)
    (draft,) = [r for r in state.resolutions.values() if r.kind == "condemn"]
    assert {draft.sponsor, *draft.cosponsors} == {"GBR", "FRA"}
    assert any(e.kind == "tabled" and "co-sponsors" in e.text for e in events)


def test_a_draft_that_can_no_longer_be_tabled_lapses_and_is_refunded():
    """Two different drafts of one kind on one question: the body takes up the first one
    resolved; the other order lapses, tells its giver why, and its diplomatic capital comes
    back (nothing is paid for an order the world did not allow)."""
    state, _ = do(fresh(), "GBR table league.council sanctions abyssinia type=economic",
                  "FRA table league.council sanctions abyssinia type=oil")
    capital = {n: state.nations[n].capital for n in ("GBR", "FRA")}
    state, events = end_orders(state)
    lapsed = [e for e in events if e.kind == "lapsed"]
    (loser,) = {e.get("nation") for e in lapsed}
    assert lapsed[0].visible_to == (loser,) and "already on the agenda" in lapsed[0].text
    assert state.phase == "voting" and state.nations[loser].capital == capital[loser] + 2


def test_lobbying_comes_in_the_debate_before_the_vote():
    """Drafts tabled in a turn are circulated before the vote: members lobby in a debate phase
    once every draft is known (the corridors of Geneva), not in the orders phase."""
    state = fresh()
    assert why_not(state, parse_action("FRA lobby NOR R1")).startswith("not available now")
    state, _ = do(state, "GBR table league.council condemn abyssinia")
    state, _ = end_orders(state, lobbying=())
    state = fresh()
    state, _ = do(state, "GBR table league.council condemn abyssinia")
    state, _ = end_orders(state, lobbying=("FRA lobby NOR R1",))
    assert state.phase == "voting"
    assert state.resolutions["R1"].lobbied == (("FRA", "NOR"),)


def test_debate_waits_only_for_members_of_the_body_concerned():
    """Only members of an organisation with a draft on its agenda take part in its debate."""
    state, _ = do(fresh(), "GBR table league.council condemn abyssinia")
    while state.phase == "orders":
        state, _ = apply(state, parse_action(f"{state.waiting_for()[0]} end"))
    assert state.phase == "debate"
    assert set(state.waiting_for()) == set(state.orgs["league"].members) & set(state.existing())


def test_the_count_does_not_show_who_voted_first():
    """Sealed ballots are revealed at once, in seat order: the archive of a vote is the same
    whoever cast a ballot first."""
    from .helpers import cast

    results = []
    for order in (("GBR", "FRA"), ("FRA", "GBR")):
        state, _ = do(fresh(), "GBR table league.council condemn abyssinia")
        state, _ = end_orders(state)
        state, _ = do(state, *(f"{n} vote R1 yes" for n in order))
        state, _ = cast(state, {})
        results.append(state_hash(state))
    assert results[0] == results[1]
