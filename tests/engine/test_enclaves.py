"""Protectors who stay (game/engine/enclaves.py): the protection mission of a frozen crisis is
still on the ground when the next crisis over that ground begins, and a besieged enclave's
protectors are not relieved."""

from dataclasses import replace

import pytest

from game.engine import new_game, parse_action
from game.engine.context import Ctx
from game.engine.crises import exposed, per_turn
from game.engine.enclaves import CUT_OFF, NOT_RELIEVED, cut_off, wear_down
from game.engine.gauges import preponderance
from game.engine.legal import why_not
from game.engine.state import Measure, Mission

from .factory import campaign

PROTECT = Measure("peacekeeping", "un", "R0", 0, True, (("mandate", "protect"),))
ENFORCEMENT = Measure("enforcement", "un", "R1", 0, True)


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


def _siege(stage: int, enclave: bool = True):
    """Italy besieges the people of an Ethiopian enclave (``enclave``: inside Italy's lines)
    at ``stage``; a UN protection mission of ten Norwegian and two Albanian units has been on
    the ground since a turn ago."""
    camp = campaign()
    camp = replace(camp, crises=tuple(replace(d, enclave=enclave) if d.id == "abyssinia" else d
                                      for d in camp.crises))
    s = new_game(camp, seed=1)
    s.crises["abyssinia"] = replace(s.crises["abyssinia"], kind="atrocities", stage=stage,
                                    region=("ogaden",), active=True, measures=(PROTECT,))
    s.missions["M1"] = Mission("M1", "un", "abyssinia", "protect", "R0", s.month - 3,
                               (("NOR", 10), ("ALB", 2)), until=s.month + 6)
    return s


def test_a_besieged_enclave_wears_its_protectors_down():
    """Srebrenica, January-July 1995: the Bosnian Serbs turned back the Dutch soldiers
    returning from leave and the convoys, and the battalion shrank from some 600 to some 400
    before the attack. Each turn an enclave is besieged (past tension), its protection
    mission loses its share not relieved, from its largest contingents; the soldiers go
    home, not to their graves (the nation's military is untouched). No siege of ground that
    is not an enclave, nor before the first incidents, nor once force is authorised to break
    the siege (the Rapid Reaction Force opened the road to Sarajevo, summer 1995)."""
    s = _siege(stage=1)
    military = s.nations["NOR"].military
    ctx = Ctx(s)
    wear_down(ctx, s.crises["abyssinia"])
    gone = round(12 * per_turn(s, NOT_RELIEVED))
    assert gone and s.missions["M1"].pledges == (("NOR", 10 - gone), ("ALB", 2))
    assert s.nations["NOR"].military == military
    assert any("not let back in" in e.text for e in ctx.events)
    broken = _siege(stage=3)
    broken.crises["abyssinia"] = replace(broken.crises["abyssinia"],
                                         measures=(PROTECT, ENFORCEMENT))
    for calm in (_siege(stage=0), _siege(stage=3, enclave=False), broken):
        wear_down(Ctx(calm), calm.crises["abyssinia"])
        assert calm.missions["M1"].strength == 12


def test_the_besiegers_turn_relief_back():
    """Srebrenica, 1995: no contingent reached the Dutch, and none replaced them; the
    Canadians had gone in in 1993 when the safe area was declared. A protection mission already
    on the ground in a besieged enclave cannot be reinforced; a new one's first contingents go
    in, and a mission on open ground takes troops as before."""
    s = _siege(stage=2)
    assert why_not(s, parse_action("FRA pledge troops M1")) == \
        "the besiegers turn relief back at their checkpoints"
    s.missions["M1"] = replace(s.missions["M1"], pledges=())
    assert why_not(s, parse_action("FRA pledge troops M1")) is None
    whole = _siege(stage=2, enclave=False)
    assert why_not(whole, parse_action("FRA pledge troops M1")) is None


def test_only_what_is_inside_an_enclave_defends_it():
    """Srebrenica, July 1995: the Bosnian army's 28th Division inside, some 5,500 lightly armed
    men of an army of about 200,000, was all that stood beside the Dutch; the breakouts from
    Tuzla failed and no outside army came. In a besieged enclave the victim's army and the
    powers engaged for it count at ``CUT_OFF`` of their force, on the gauges and in the
    fighting; the peacekeepers inside count in full."""
    s, whole = _siege(stage=3), _siege(stage=3, enclave=False)
    for state in (s, whole):
        state.missions["M1"] = replace(state.missions["M1"], pledges=())
    c = s.crises["abyssinia"]
    assert (cut_off(s, c), cut_off(whole, c)) == (CUT_OFF, 1.0)
    assert preponderance(s, c).value < preponderance(whole, c).value
    s.missions["M1"] = replace(s.missions["M1"], pledges=(("NOR", 10),))
    assert any(what.startswith("peacekeepers") and f == pytest.approx(30)
               for what, f in preponderance(s, c).factors)


def _guarded(units: int):
    """Italy's first war on an Ethiopian enclave froze with a UN protection mission of
    ``units`` Norwegian units on its ground (none: no mission); the crisis over the same enclave
    (``abyssinia``, marked ``enclave``) has not begun."""
    camp = campaign()
    camp = replace(camp, crises=tuple(replace(d, enclave=True) if d.id == "abyssinia" else d
                                      for d in camp.crises))
    s = new_game(camp, seed=1)
    s.crises["abyssinia"] = replace(s.crises["abyssinia"], kind="atrocities", stage=1,
                                    region=("ogaden",), active=False)
    s.crises["first"] = replace(s.crises["abyssinia"], id="first", outcome="frozen",
                                ended=s.month - 2, measures=(PROTECT,))
    s.nations["NOR"] = replace(s.nations["NOR"], military=units + 5)
    if units:
        s.missions["M1"] = Mission("M1", "un", "first", "protect", "R0", s.month - 30,
                                   (("NOR", units),), status="completed")
    return s


def test_a_weak_guard_invites_the_besieger():
    """Rule: a besieger moves against an enclave when its guard invites it, not on a date
    (enclaves.invites, the trigger enclave_exposed). Srebrenica, 1995: the Bosnian Serb
    directive to strangle Srebrenica and Zepa came when their Dutch and Ukrainian companies,
    left from the safe areas of 1993, could hold neither. An unguarded enclave, or one whose
    mission left behind is too weak for its need, invites the attack; one whose guard could
    hold it does not (Gorazde, 1994, held once its defence was armed with NATO's strikes)."""
    from game.engine import model as m
    from game.engine.measures import mission_need
    from game.engine.script import holds

    s = _guarded(0)
    assert holds(s, m.EnclaveExposed("abyssinia"))
    need = mission_need(s, s.crises["abyssinia"], "protect")
    assert holds(_guarded(need - 1), m.EnclaveExposed("abyssinia"))
    assert not holds(_guarded(need), m.EnclaveExposed("abyssinia"))
    s = _guarded(0)  # a crisis already over invites nothing
    s.crises["abyssinia"] = replace(s.crises["abyssinia"], outcome="conquest")
    assert not holds(s, m.EnclaveExposed("abyssinia"))


def test_a_quiet_siege_does_not_freeze():
    """Rule: a siege is no front that has stopped moving (crises._outcome, SETTLES_BELOW).
    Srebrenica, 1993-95: the enclave was strangled for two years without a line moving, then
    attacked in July 1995. A besieged enclave whose front has been calm for sixteen months is
    still besieged, not a frozen conflict; the same calm over ground that is not an enclave
    freezes."""
    from game.engine.crises import RATE_MONTHS, _outcome

    for enclave in (True, False):
        s = _siege(stage=1, enclave=enclave)
        calm = -(-4 * RATE_MONTHS // s.campaign.turn_months)  # sixteen months, in turns
        s.crises["abyssinia"] = replace(s.crises["abyssinia"], calm_turns=calm, resolve=60,
                                        started=s.month - 2)
        _outcome(Ctx(s), s.crises["abyssinia"])
        assert s.crises["abyssinia"].active is enclave
        assert s.crises["abyssinia"].outcome == (None if enclave else "frozen")


def test_the_force_authorised_over_a_frozen_enclave_stands_while_it_is_flown():
    """Rule: the authorisation of force a frozen crisis left over an enclave still stands over
    the next crisis there (enclaves.cover), and arms its guard (measures.armed) while a power
    that voted it is on alert over the aggressor's war on the same victim (enclaves.flown): an
    authorisation no one is ready to fly under covers no one. Srebrenica, 1993-95: Res 836
    (June 1993) let UNPROFOR call in NATO's air power to deter attacks on the safe areas; the
    Bosnian Serbs held back while NATO's aircraft flew over their war, and moved in July
    1995, when the requests for air support were refused. A guard too thin to hold alone
    holds with the force behind it while it is flown, and invites the attack once the powers
    that voted it stand down; an authorisation over other ground does not carry."""
    from game.engine import model as m
    from game.engine.enclaves import covered
    from game.engine.measures import mission_need
    from game.engine.script import holds

    flown_by = replace(ENFORCEMENT, supporters=("GBR",))

    def guarded(measures, region=("ogaden",)):
        s = _guarded(0)
        s.crises["first"] = replace(s.crises["first"], measures=measures, region=region)
        s.crises["war"] = replace(s.crises["abyssinia"], id="war", active=True, stage=1,
                                  region=("tigray",))  # the aggressor's war goes on
        s.nations["GBR"] = replace(s.nations["GBR"], mobilised=("war",), will=60)
        armed = mission_need(s, replace(s.crises["abyssinia"], measures=(ENFORCEMENT,)),
                             "protect")
        assert armed < mission_need(_guarded(0), s.crises["abyssinia"], "protect")
        s.nations["NOR"] = replace(s.nations["NOR"], military=armed + 5)
        s.missions["M1"] = Mission("M1", "un", "first", "protect", "R0", s.month - 30,
                                   (("NOR", armed),), status="completed")
        return s

    bare, flown = guarded((PROTECT,)), guarded((PROTECT, flown_by))
    assert holds(bare, m.EnclaveExposed("abyssinia"))
    assert not holds(flown, m.EnclaveExposed("abyssinia"))
    assert covered(flown, flown.crises["abyssinia"])
    flown.nations["GBR"] = replace(flown.nations["GBR"], mobilised=())  # it stands down
    assert holds(flown, m.EnclaveExposed("abyssinia"))
    elsewhere = guarded((PROTECT, flown_by), region=("eritrea",))
    assert not covered(elsewhere, elsewhere.crises["abyssinia"])


def _agreed(s, crisis_id: str):
    """The besieger signs the demilitarisation of ``crisis_id``'s enclave (its consent)."""
    from game.engine.consent import flag

    Ctx(s).set_flag(flag(crisis_id))
    return s


def test_a_safe_area_its_besieger_agreed_to_is_watched_not_fought():
    """Rule: the guard of a safe area its besieger agreed to watches an agreement and does not
    hold a line against an army (enclaves.watched): below war, its need is counted as
    observers' (measures.mission_need), so a light guard holds it, and its relief is let
    through (enclaves.under_siege); at war, or with no agreement, or over ground that is no
    enclave, it needs the force to match the besieger. Srebrenica, April 1993: Mladic signed
    the enclave's demilitarisation, some 150 Canadians moved in, the Serb advance stopped at
    the edge of town for two years, and the Dutch relieved the Canadians in March 1994."""
    from game.engine.enclaves import under_siege, watched
    from game.engine.measures import STANDING_NEED, mission_need

    s = _agreed(_siege(stage=2), "abyssinia")
    c = s.crises["abyssinia"]
    assert watched(s, c)
    assert mission_need(s, c, "protect") == STANDING_NEED["observe"]
    assert not under_siege(s, c) and under_siege(_siege(stage=2), c)  # the relief goes in
    assert mission_need(_siege(stage=2), c, "protect") > mission_need(s, c, "protect")
    for broken in (_agreed(_siege(stage=3), "abyssinia"),
                   _agreed(_siege(stage=2, enclave=False), "abyssinia"), _siege(stage=2)):
        assert not watched(broken, broken.crises["abyssinia"])


def test_the_guard_of_an_agreed_safe_area_faces_no_one():
    """Rule: a government weighs a contingent for the guard of a safe area its besieger agreed
    to (enclaves.watched) as it weighs observers its parties asked for: no price of a contingent
    abroad and no hostages' danger (organisations._value_troops), and it fills the light guard's
    need, no more. Canada sent a company to Srebrenica within days of the demilitarisation
    of April 1993, when no government would send troops to hold the enclave against the
    Bosnian Serb army; the Dutch relieved it in 1994."""
    from game.ai.policy import Mind
    from game.engine.orders.organisations import HOSTAGES, TROOP_PRICE, _value_troops
    from game.engine.view import view

    def price(s):
        s.missions["M1"] = replace(s.missions["M1"], pledges=(), since=s.month)
        return _value_troops(Mind(view(s, "FRA")), s.missions["M1"])

    bare, (agreed, why) = price(_siege(stage=2))[0], price(_agreed(_siege(stage=2), "abyssinia"))
    assert agreed > bare + HOSTAGES + TROOP_PRICE - 10  # less the smaller gap it fills
    assert "the besieger agreed to the safe area: our soldiers would watch it" in why


def test_an_agreed_safe_area_holds_while_its_besieger_fears_the_strikes():
    """Rule: a thin guard left in an enclave whose besieger signed its demilitarisation does
    not invite the attack while the besieger would be struck for it (enclaves.invites,
    enclaves.unpunished): a power outside the crisis, its public bearing it, on alert against
    the besieger over a crisis on the same victim. It invites the attack once none is, or
    while the besieger holds peacekeepers hostage; an unguarded enclave lies open whatever the
    agreement. Srebrenica held, lightly guarded, from 1993 while NATO's aircraft flew over the
    Bosnian war, and fell in July 1995, after the hostage-taking of May had stopped the strikes."""
    from game.engine import model as m
    from game.engine.hostages import flag as hostages
    from game.engine.script import holds

    def guarded(units: int):
        s = _agreed(_guarded(units), "first")
        s.crises["war"] = replace(s.crises["abyssinia"], id="war", active=True, stage=1,
                                  region=("tigray",))  # the besieger's war goes on
        s.nations["GBR"] = replace(s.nations["GBR"], mobilised=("war",), will=60)
        return s

    s = guarded(2)
    assert holds(_guarded(2), m.EnclaveExposed("abyssinia"))  # no agreement: too thin
    assert not holds(s, m.EnclaveExposed("abyssinia"))
    Ctx(s).set_flag(hostages("ITA"))
    assert holds(s, m.EnclaveExposed("abyssinia"))
    s = guarded(2)
    s.nations["GBR"] = replace(s.nations["GBR"], mobilised=())  # it stands down
    assert holds(s, m.EnclaveExposed("abyssinia"))
    assert holds(guarded(0), m.EnclaveExposed("abyssinia"))


def test_hostages_may_be_taken_against_force_voted_over_the_victim():
    """Rule: an aggressor may seize the lightly armed peacekeepers within its reach
    (hostages.why_not) while force voted against it over the same victim still stands
    (enclaves.standing: in a war it still wages on that victim, or left by a crisis frozen over
    them) and a power outside the crisis that voted it would bear its use (enclaves.threatened,
    measures.FLYERS_WILL), whether or not force is authorised in the crisis at hand; the
    hostages then stop the strikes, and an agreed safe area that held by the fear of them lies
    open (enclaves.unpunished). Precedent: Res 816 and Res 836 (1993) stood over Bosnia; the
    Bosnian Serbs took UN soldiers hostage against the strikes at Gorazde (April 1994) and near
    Pale (May 1995), and took Srebrenica in July 1995."""
    from game.engine import model as m
    from game.engine.enclaves import threatened
    from game.engine.orders import ORDERS
    from game.engine.script import holds

    s = _agreed(_guarded(2), "first")
    aggressor = s.crises["abyssinia"].aggressor
    s.crises["war"] = replace(s.crises["abyssinia"], id="war", active=True, stage=2,
                              region=("tigray",), measures=(PROTECT,))
    s.missions["M2"] = Mission("M2", "un", "war", "protect", "R0", s.month - 3,
                               (("NOR", 1),), until=s.month + 6)  # thin: within its reach
    s.nations["GBR"] = replace(s.nations["GBR"], mobilised=("war",), will=60)
    seize = parse_action(f"{aggressor} seize war")
    assert not holds(s, m.EnclaveExposed("abyssinia"))  # the besieger fears the strikes
    assert why_not(s, seize) is not None  # no force voted: hostages would shield it from nothing
    voted = replace(ENFORCEMENT, supporters=("GBR",))
    s.crises["first"] = replace(s.crises["first"], measures=(PROTECT, voted))
    assert threatened(s, s.crises["war"]) and why_not(s, seize) is None
    tired = s.copy()
    tired.nations["GBR"] = replace(tired.nations["GBR"], will=10)  # its public would not bear it
    assert not threatened(tired, tired.crises["war"])
    ORDERS["seize"].effect(Ctx(s), seize)
    assert holds(s, m.EnclaveExposed("abyssinia"))  # the strikes stopped: it lies open


def test_a_truce_over_an_enclave_leaves_its_guard_inside_the_lines():
    """Rule: over an enclave a settlement is a truce on the lines held, and leaves the enclave
    inside its besieger's lines as a freeze does: its guard is still there for the next crisis
    over that ground (enclaves.frozen_over). Srebrenica: the ceasefire and demilitarisation of
    April 1993 settled nothing; the Canadians, then the Dutch, stayed inside the Serb lines
    until July 1995. Over ground that is no enclave a settlement leaves nothing behind."""
    from game.engine.enclaves import left_behind

    s = _guarded(3)
    s.crises["first"] = replace(s.crises["first"], outcome="settlement")
    assert [m.id for m in left_behind(s, s.crises["abyssinia"])] == ["M1"]
    camp = replace(s.campaign, crises=tuple(replace(d, enclave=False) if d.id == "abyssinia"
                                            else d for d in s.campaign.crises))
    assert not left_behind(replace(s, campaign=camp), s.crises["abyssinia"])
