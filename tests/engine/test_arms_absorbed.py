"""Arms sent to a victim at war: each donor's aid carries arms, but a victim takes in only so
many a turn, however many send them (game/engine/orders/diplomacy.py, ``ARMS_A_TURN``)."""

from game.engine import new_game
from game.engine.orders.diplomacy import ARMS_A_TURN

from .factory import campaign
from .helpers import carry_out

DONORS = ("GBR", "FRA", "USA", "SOV", "NOR")


def test_many_donors_arm_a_victim_no_faster_than_one_turn_allows():
    """Bosnia, 1992-95, and the Kosovo Liberation Army, 1998-99: sympathy and money came from
    a dozen capitals, but an army grows only as fast as men can be trained to use the arms
    and the arms can get in - the Bosnian army had men and few heavy weapons, and the KLA was
    still a guerrilla when NATO bombed. Five donors' aid in one turn raises Ethiopia's army
    by ARMS_A_TURN, not five times as much; each still raises its economy; the next turn's
    aid arms it again."""
    state = new_game(campaign(), seed=1)
    assert state.crises["abyssinia"].active
    army, economy = state.nations["ETH"].military, state.nations["ETH"].economy
    state, _ = carry_out(state, *(f"{donor} aid ETH" for donor in DONORS))
    assert state.nations["ETH"].military == army + ARMS_A_TURN
    assert state.nations["ETH"].economy > economy + 3
    state, _ = carry_out(state, "GBR aid ETH")
    assert state.nations["ETH"].military == army + 2 * ARMS_A_TURN
