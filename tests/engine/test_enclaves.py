"""Protectors who stay (game/engine/enclaves.py): the protection mission of a frozen crisis is
still on the ground when the next crisis over that ground begins, and a besieged enclave's
protectors are not relieved."""

from dataclasses import replace

from game.engine import new_game
import math

from game.engine.context import Ctx
from game.engine.crises import exposed, per_turn
from game.engine.enclaves import NOT_RELIEVED, besieged
from game.engine.state import Measure, Mission

from .factory import campaign

PROTECT = Measure("peacekeeping", "un", "R0", 0, True, (("mandate", "protect"),))


def _after(outcome: str):
    """Italy's war on the people of an Ethiopian enclave ended ``outcome`` with a UN
    protection mission of three Norwegian and two Albanian units on the ground; a second crisis
    over the same enclave, against the same aggressor, is about to begin."""
    s = new_game(campaign(), seed=1)
    first = replace(s.crises["abyssinia"], kind="atrocities", stage=1, region=("ogaden",),
                    active=False, outcome=outcome, ended=s.month - 20, measures=(PROTECT,))
    s.crises["abyssinia"] = first
    s.crises["abyssinia2"] = replace(first, id="abyssinia2", name="The enclave again",
                                     outcome=None, ended=None, measures=(), stage=3)
    s.missions["M1"] = Mission("M1", "un", "abyssinia", "protect", "R0", s.month - 30,
                               (("NOR", 3), ("ALB", 2)), status="completed")
    return s


def test_a_frozen_crisis_leaves_its_thin_protection_for_the_next_one():
    """Srebrenica, 1993-95: the safe area declared in 1993 froze, nothing settled, and the
    same thin UNPROFOR presence (Canadians, then some 400 Dutch) was still guarding it when
    the Bosnian Serbs attacked in July 1995. A protection mission completed when a crisis froze
    comes back on the ground in the next crisis over that ground against the same aggressor,
    with the troops its contributors can still spare, and its mandate in force: weak as it
    was, the enclave lies exposed from the first day. After a withdrawal nothing stays."""
    s = _after("frozen")
    s.nations["ALB"] = replace(s.nations["ALB"], military=1)  # one unit left to spare
    ctx = Ctx(s)
    ctx.start_crisis("abyssinia2")
    mission = s.missions["M1"]
    assert (mission.crisis, mission.status) == ("abyssinia2", "active")
    assert mission.pledges == (("NOR", 3), ("ALB", 1))
    assert mission.since < s.month and mission.until > s.month
    assert s.crises["abyssinia2"].has_measure("peacekeeping")
    assert exposed(s, s.crises["abyssinia2"])
    assert any("still on the ground" in e.text for e in ctx.events)

    s = _after("withdrawal")
    Ctx(s).start_crisis("abyssinia2")
    assert (s.missions["M1"].crisis, s.missions["M1"].status) == ("abyssinia", "completed")


def _siege(stage: int, region: tuple[str, ...] = ("ogaden",)):
    """Italy besieges the people of an Ethiopian enclave at ``stage``; a UN protection mission
    of ten Norwegian and two Albanian units has been on the ground since a turn ago."""
    s = new_game(campaign(), seed=1)
    s.crises["abyssinia"] = replace(s.crises["abyssinia"], kind="atrocities", stage=stage,
                                    region=region, active=True, measures=(PROTECT,))
    s.missions["M1"] = Mission("M1", "un", "abyssinia", "protect", "R0", s.month - 3,
                               (("NOR", 10), ("ALB", 2)), until=s.month + 6)
    return s


def test_a_besieged_enclave_wears_its_protectors_down():
    """Srebrenica, January-July 1995: the Bosnian Serbs turned back the Dutch soldiers
    returning from leave and the convoys, and the battalion shrank from some 600 to some 400
    before the attack. Each turn an enclave is besieged (past tension), every contingent of
    its protection mission loses its share not relieved, at least one unit; the soldiers go
    home, not to their graves (the nation's military is untouched). No siege over a whole
    country, nor before the first incidents."""
    s = _siege(stage=1)
    military = s.nations["NOR"].military
    ctx = Ctx(s)
    besieged(ctx, s.crises["abyssinia"])
    share = per_turn(s, NOT_RELIEVED)
    assert s.missions["M1"].pledges == (("NOR", 10 - math.ceil(10 * share)),
                                        ("ALB", 2 - math.ceil(2 * share)))
    assert s.nations["NOR"].military == military
    assert any("not let back in" in e.text for e in ctx.events)
    for calm in (_siege(stage=0), _siege(stage=3, region=("ethiopia",))):
        besieged(Ctx(calm), calm.crises["abyssinia"])
        assert calm.missions["M1"].strength == 12
