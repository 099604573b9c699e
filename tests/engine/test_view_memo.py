"""The view memo (game/engine/view.py ViewMemo) is a cache only: a view built with it is the
view built without it, and it never lets a view reach the full state."""

from game.engine import view
from game.engine.state import to_plain
from game.engine.view import ViewMemo
from game.session.session import Session

from .factory import campaign


def test_memoised_views_equal_fresh_views_through_a_game():
    """After every action of an all-AI game, every nation's view and the observer's, built with
    one memo shared over the whole game, equal the views built afresh (same plain form)."""
    session = Session(campaign(), seed=5)
    memo = ViewMemo()
    viewers = [None, *session.state.nations]
    actions = 0
    while not session.over and session.state.turn < 6:
        for nation in viewers:
            memoised = view(session.state, nation, memo)
            assert to_plain(memoised.facts) == to_plain(view(session.state, nation).facts)
        session.submit(session.ai_action(session.state.waiting_for()[0]))
        actions += 1
    assert actions > 20


def test_memo_forgets_past_its_limit_and_stays_right():
    """A memo that overflows starts afresh: the views it gives after are still exact."""
    session = Session(campaign(), seed=2)
    session.play_out(3)
    memo = ViewMemo(limit=5)
    for nation in session.state.nations:
        assert (to_plain(view(session.state, nation, memo).facts)
                == to_plain(view(session.state, nation).facts))
    assert len(memo._made) <= 5


def test_view_built_with_a_memo_shares_no_container_with_the_state():
    """Changing a view's dicts (nations, relations, orgs...) leaves the full state as it was:
    the memo shares frozen records, never the state's containers."""
    session = Session(campaign(), seed=3)
    session.play_out(2)
    state = session.state
    before = to_plain(state)
    facts = view(state, next(iter(state.nations)), ViewMemo()).facts
    for name in ("nations", "relations", "orgs", "crises", "resolutions", "missions", "offers",
                 "choices"):
        assert getattr(facts, name) is not getattr(state, name)
        getattr(facts, name).clear()
    assert to_plain(state) == before
