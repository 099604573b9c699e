"""Same seed and same actions give the same state hash, whatever PYTHONHASHSEED is."""

from game.engine import state_hash
from game.session.session import Session

from .factory import campaign
from .helpers import printed_under_hash_seeds

SCRIPT = (
    "from tests.engine.factory import campaign\n"
    "from game.session.session import Session\n"
    "from game.engine import state_hash\n"
    "s = Session(campaign(), seed=11)\n"
    "s.play_out(8)\n"
    "print(state_hash(s.state))\n"
)


def play_hash() -> str:
    s = Session(campaign(), seed=11)
    s.play_out(8)
    return state_hash(s.state)


def test_same_seed_same_hash_in_process():
    """Replaying the same seed gives the same state, bit for bit."""
    assert play_hash() == play_hash()


def test_same_hash_under_different_hash_seeds():
    """No set or dict order leaks into the game: two PYTHONHASHSEED values, one state hash."""
    assert printed_under_hash_seeds(SCRIPT, ("0", "4242")) == {play_hash()}


def test_replaying_the_log_gives_the_same_state():
    """A game is its seed and its actions: replaying the log rebuilds the state exactly."""
    s = Session(campaign(), seed=5)
    s.play_out(5)
    again = Session.replay(campaign(), 5, s.log)
    assert state_hash(again.state) == state_hash(s.state)


def test_different_seeds_differ():
    """The seed matters: another seed gives another game."""
    a, b = Session(campaign(), seed=1), Session(campaign(), seed=2)
    a.play_out(10)
    b.play_out(10)
    assert state_hash(a.state) != state_hash(b.state)
