"""Outside powers on both sides of a war: a neighbour entering it beside an aggressor thrown
back (orders.cobelligerence), and the armistice such a war ends in (crises.armistice). One
test per rule, each docstring naming the rule and its precedent."""

from dataclasses import replace

import pytest

from game.engine import new_game, parse_action
from game.engine.context import Ctx
from game.engine.crises import MOMENTUM, PUSH_BACK, RESERVES_WILL, WAR_WEARY, _fighting, \
    fielded, front, hopeful, initiative, talking
from game.engine.errors import EngineError
from game.engine.gauges import preponderance
from game.engine.legal import why_not as illegal
from game.engine.measures import striking_force
from game.engine.orders.cobelligerence import why_not
from game.engine.state import Measure

from .factory import NATIONS, campaign
from .helpers import do, end_orders

PEKING, PYONGYANG, MOSCOW = (116.4, 39.9), (125.75, 39.0), (37.6, 55.8)


def _korea(backer_capital=PEKING):
    """The factory's Manchuria crisis recast as Korea: Japan stands for the North (of the
    eastern camp, its capital at Pyongyang), the Soviet Union for China (at ``backer_capital``),
    the United States intervenes under the League's authority."""
    nations = tuple(replace(n, bloc="east", capital_lonlat=PYONGYANG) if n.code == "JPN"
                    else replace(n, capital_lonlat=backer_capital) if n.code == "SOV" else n
                    for n in NATIONS)
    state = new_game(campaign(nations=nations), seed=1)
    c = state.crises["manchuria"]
    state.crises["manchuria"] = replace(
        c, stage=3, resolve=30, progress=0, interveners=(("USA", "universal"),),
        measures=(Measure("enforcement", "league", "R0", 0, True),))
    return state


@pytest.mark.parametrize(("capital", "progress", "interveners", "allowed"), [
    (PEKING, 0, True, True), (PEKING, 20, True, False), (PEKING, 0, False, False),
    (MOSCOW, 0, True, False)])
def test_a_neighbour_enters_the_war_beside_its_ally_thrown_back(capital, progress, interveners,
                                                                 allowed):
    """orders.cobelligerence (join): a power of the aggressor's camp, whose capital lies near
    the aggressor's, may send its army into the war once foreign armies have thrown the
    aggressor back onto its own ground (it holds none of what it took); its army then fights
    beside the aggressor (``measures.backing``) and the beaten army takes heart. Not while the
    aggressor still holds ground it took, nor with no foreign army against it, nor from far
    away. Precedent: China, October 1950, after the UN forces crossed the 38th parallel
    towards the Yalu; the Soviet Union, far away, sent no army."""
    state = _korea(capital)
    c = state.crises["manchuria"]
    state.crises["manchuria"] = c = replace(
        c, progress=progress, interveners=c.interveners if interveners else ())
    assert (why_not(state, "SOV", c) is None) == allowed
    if not allowed:
        with pytest.raises(EngineError):
            do(state, "SOV join manchuria")
        return
    alone = striking_force(state, c)
    state, _ = do(state, "SOV join manchuria")
    state, _ = end_orders(state)
    after = state.crises["manchuria"]
    assert after.backers == ("SOV",)
    assert after.resolve > 30  # BACKED_RESOLVE, less a turn of war
    assert striking_force(state, after) > alone
    assert state.relation("SOV", "USA") < 0


@pytest.mark.parametrize("joined", [True, False])
def test_an_aggressor_does_not_back_down_the_turn_its_allys_army_comes_in(joined):
    """orders.cobelligerence (``_join``): an aggressor that gave the order to back down in the
    turn a power's army enters the war beside it stands again instead - its order was given
    for a war it was losing alone, and the new army changes the war it is in - and fights on
    at the stage it stood, the ally's army beside it. Alone it steps back. Precedent: Korea,
    October-November 1950: the North Korean army, broken after Inchon and falling back
    towards the Yalu, did not sue for terms once the Chinese armies had crossed; with them it
    went over to the offensive and retook Seoul on 4 January 1951."""
    state = _korea()
    state.nations["USA"] = replace(state.nations["USA"], military=80)
    state, _ = do(state, "JPN backdown manchuria", *(["SOV join manchuria"] if joined else []))
    state, _ = end_orders(state)
    c = state.crises["manchuria"]
    assert c.active
    assert (c.stage == 3) == joined  # stepped back to clashes when alone
    assert c.backers == (("SOV",) if joined else ())


def test_a_stronger_defence_with_outside_help_takes_the_initiative():
    """crises.initiative: a turn of war moves the ground by the armies' margin and the war's
    momentum (MOMENTUM a stage above clashes), the aggressor's while it attacks; once a
    defence with outside help behind it outweighs the attack, even short of PUSH_BACK times
    it, the momentum is the counter-offensive's and the ground comes back by both, so the pace
    of a rollback comes from the forces at the front. A victim alone keeps to its lines: the
    aggressor keeps the momentum. Precedent: Korea, 1951: once the American reserves had
    stopped the Chinese offensive that took Seoul in January, the Eighth Army retook Seoul in
    mid-March and stood near the 38th parallel by the end of the month."""
    state = _korea()
    state.nations["USA"] = replace(state.nations["USA"], military=80)
    c = state.crises["manchuria"] = replace(state.crises["manchuria"], progress=40)
    attack, defence, _ = front(state, c)
    assert attack < defence < attack * PUSH_BACK  # stronger, but no rout
    assert initiative(c, attack, defence, helped=True) == -MOMENTUM
    assert initiative(c, attack, defence, helped=False) == MOMENTUM
    assert initiative(c, defence, attack, helped=True) == MOMENTUM
    after = _fighting(Ctx(state), c)
    assert after.progress < 40 - (defence - attack) * 0.9 - MOMENTUM + 10  # whatever the roll
    assert after.resolve == c.resolve  # the margin and the momentum, not a rout


def test_reserves_retake_the_victims_ground_without_routing_the_aggressor():
    """crises.routed: the reserves an intervener sends against a new army (``reserves``)
    retake the victim's ground - they count in the defence that moves the front
    (``initiative``) - but not towards a rout (PUSH_BACK: 15 more ground and 12 resolve),
    as they do not towards the talks (``talking``): they came to retake the victim's ground,
    not to carry the war into the aggressor's. Precedent: Korea, spring 1951: the Eighth
    Army, reinforced, retook Seoul and the ground up to the parallel, while the Chinese and
    North Korean armies fell back in order and struck again in April and May."""
    state = _korea()
    state.nations["USA"] = replace(state.nations["USA"], military=120)
    c = state.crises["manchuria"] = replace(state.crises["manchuria"], backers=("SOV",),
                                            progress=30)
    attack, defence, _ = front(state, c)
    assert defence > attack * PUSH_BACK > front(state, c, sent=False)[1]
    ctx = Ctx(state)
    after = _fighting(ctx, c)
    assert after.progress < 30  # the ground comes back
    assert after.resolve == c.resolve  # no rout
    assert not any("pushed back" in e.text for e in ctx.events)


@pytest.mark.parametrize(("backed", "usa", "outcome"), [
    (True, 80, "frozen"), (False, 80, "withdrawal"), (True, 400, "withdrawal")])
def test_a_war_with_outside_powers_on_both_sides_ends_in_an_armistice(backed, usa, outcome):
    """crises.armistice: where interveners fight the aggressor and a power fights beside it,
    an aggressor that backs down while the interveners cannot push it back (their side short
    of PUSH_BACK times its attack) signs an armistice on the front where it stands, under the
    command the body authorised - a frozen conflict, with the interveners still in the field
    (here at incidents, where no battle is left to hope for and no one holds out). Facing
    interveners alone, or interveners strong enough to throw both armies back, it withdraws.
    Precedent: the Korean armistice, Panmunjom, 27 July 1953, signed by the UN Command and
    the North Korean and Chinese commanders; no peace has followed."""
    state = _korea()
    state.nations["USA"] = replace(state.nations["USA"], military=usa)
    c = state.crises["manchuria"]
    state.crises["manchuria"] = replace(c, stage=1, backers=("SOV",) if backed else (),
                                        calm_turns=1)
    state, _ = do(state, "JPN backdown manchuria")
    state, _ = end_orders(state)
    assert state.crises["manchuria"].outcome == outcome


@pytest.mark.parametrize(("backed", "progress", "sent"), [
    (True, 30, True), (True, 0, False), (False, 30, False)])
def test_interveners_send_their_reserves_when_a_new_army_takes_the_victims_ground(
        backed, progress, sent):
    """crises.reserves: once another power's army has entered the war beside the aggressor
    and their attack outweighs the defence while they hold ground of the victim's, each
    intervener throws in its reserves - all its field force, whatever the distance - and pays
    RESERVES_WILL a turn for them beside its dead. While the aggressor holds nothing of the
    victim's, or no army has entered beside it, it fights with what it fields at a distance.
    Precedent: Korea, winter 1950-51: China's offensives took Seoul in January 1951; the
    United States called up its reserves and sent new divisions, and the Eighth Army retook
    Seoul in March and stood near the parallel by the spring."""
    state = _korea()
    c = state.crises["manchuria"]
    state.crises["manchuria"] = c = replace(c, backers=("SOV",) if backed else (),
                                            progress=progress)
    attack, defence, engaged = front(state, c)
    distant = fielded(state, c)["USA"]
    assert (engaged["USA"] == fielded(state, c, distance=False)["USA"] > distant) == sent
    assert (engaged["USA"] == distant) == (not sent)
    ctx = Ctx(state)
    _fighting(ctx, c)
    paid = [ch.delta for ch in state.ledger if ch.nation == "USA" and ch.stat == "will"
            and ch.cause.startswith("reserves sent")]
    assert paid == ([-RESERVES_WILL] if sent else [])


def test_armistice_talks_end_when_the_side_that_holds_out_can_no_longer_bear_the_war():
    """crises.talking, crises.weary: in a war with outside powers on both sides that the
    interveners cannot win, an aggressor that offers to stop from clashes neither retreats nor
    ends the war: the armies fight on at the stage they stand while the talks drag on. The
    side stronger at the front (``hopeful``: the aggressor and its backers while their attack
    is at least the defence, else the interveners) still hopes the next battle buys a better
    line and holds out; the armistice is signed once one of its powers can no longer bear the
    war (will below WAR_WEARY) - no date and no fixed length decide it. Precedent: Korea,
    talks opened at Kaesong on 10 July 1951 with the front near the parallel; the Chinese and
    North Korean side held out over the prisoners' repatriation while its armies bled, and
    gave way in the spring of 1953: the armistice came on 27 July 1953."""
    state = _korea()
    c = state.crises["manchuria"]
    state.crises["manchuria"] = replace(c, stage=2, backers=("SOV",), calm_turns=1)

    def turn(state, weary=()):  # the armies keep their strength; only the wills are set
        state.nations["USA"] = replace(state.nations["USA"], military=80)
        for n in ("JPN", "SOV", "USA"):
            state.nations[n] = replace(state.nations[n],
                                       will=WAR_WEARY - 20 if n in weary else 90)
        assert talking(state, state.crises["manchuria"])
        state, _ = do(state, "JPN backdown manchuria")
        return end_orders(state)[0]

    for _ in range(3):  # every power can bear it: the talks drag on, the fighting too
        state = turn(state)
        assert state.crises["manchuria"].active and state.crises["manchuria"].stage == 2
    assert hopeful(state, state.crises["manchuria"]) == ("JPN", "SOV")
    state = turn(state, ("USA",))
    assert state.crises["manchuria"].active  # the side that hopes for nothing would sign
    state = turn(state, ("SOV",))
    assert state.crises["manchuria"].outcome == "frozen"


def test_an_aggressor_without_hope_gives_way_at_the_talks_rather_than_retreating():
    """crises._outcome, crises.weary: in a war that ends at the table (``talking``) an
    aggressor whose resolve is broken (BROKEN_RESOLVE) does not withdraw - the army beside it
    holds the line - but gives way at the talks, and the armistice is signed on the front
    once it has held. Precedent: Korea, spring 1953: with the North's hopes of unifying the
    peninsula gone and Moscow pressing for an end after Stalin's death, the communist side
    accepted the prisoners' terms and signed at Panmunjom on a line near the parallel."""
    state = _korea()
    state.nations["USA"] = replace(state.nations["USA"], military=80)
    for n in ("JPN", "SOV", "USA"):
        state.nations[n] = replace(state.nations[n], will=90)
    c = state.crises["manchuria"]
    state.crises["manchuria"] = replace(c, stage=2, backers=("SOV",), calm_turns=1, resolve=3)
    state, _ = end_orders(state)
    assert state.crises["manchuria"].outcome == "frozen"


def test_the_public_gauges_count_the_armies_fighting_beside_the_aggressor():
    """gauges.aggressor_side: the preponderance the world reads (and the aggressor's own
    reading of it) sets against the collective the armies of the powers that fight beside
    the aggressor (``CrisisState.backers``), by their distance, as well as its allies. Korea,
    November 1950: China's armies made the war one the United Nations could no longer win
    outright."""
    state = _korea()
    c = state.crises["manchuria"]
    alone = preponderance(state, c).value
    backed = replace(c, backers=("SOV",))
    assert preponderance(state, backed).value < alone
    assert any("(against)" in what and "Soviet" in what
               for what, _ in preponderance(state, backed).factors)


def test_an_army_fighting_in_a_war_does_not_stand_down_over_it():
    """orders.military (demobilise): a power whose army fights in a crisis (an intervener)
    cannot stand that army down over it - it stays on a war footing, and its upkeep, until
    the war ends; a power merely on alert may. Precedent: the United States kept the forces
    it called up for Korea in 1950 until the armistice of July 1953."""
    state = _korea()
    state.nations["USA"] = replace(state.nations["USA"], mobilised=("manchuria",))
    state.nations["GBR"] = replace(state.nations["GBR"], mobilised=("manchuria",))
    assert illegal(state, parse_action("USA demobilise manchuria")) is not None
    assert illegal(state, parse_action("GBR demobilise manchuria")) is None
