"""Watching an accord (issue 19): a crisis whose parties signed an accord and asked for a
mission to watch it (``accord: true``; Arusha, August 1993) reaches first for an observer
mission, which the parties table and vote for and contributors man at their upkeep alone,
widened in place once the killing starts (by whichever body votes the wider mandate) and
reinforced by the contingents already there; and a peacekeeping vote is not priced as a
commitment."""

from __future__ import annotations

from dataclasses import replace

from game.ai.policy import Mind
from game.engine import new_game
from game.engine.context import Ctx
from game.engine.measures import _widened, pledge_size
from game.engine.actions import parse_action
from game.engine.orders.organisations import (HOSTAGES, REQUEST, TROOP_PRICE, _ladder,
                                              _value_table, _value_troops)
from game.engine.state import GameState, Measure, Mission, Resolution
from game.engine.view import view

from .test_r2p import COUNCIL_POWERS, r2p_campaign


def _accord_game(accord=True):
    """The killing crisis as an accord still keeping (stage 1, nothing in force); with
    ``accord`` False, the same genocide without one."""
    camp = r2p_campaign()
    camp = replace(camp, crises=tuple(replace(d, accord=accord, stage=1)
                                      if d.id == "killing" else d for d in camp.crises))
    state = new_game(camp, seed=1)
    state.crises["killing"] = replace(state.crises["killing"], stage=1, measures=())
    return state


def test_an_accord_is_watched_before_anyone_is_blamed():
    """Res 872 (October 1993) set up UNAMIR to watch the Arusha accords before the Council
    had condemned anyone: in a crisis whose campaign marks an accord, at stage 1, the ladder's
    first rung is an observer mission; once the killing starts, with only observers there, it
    is a mandate to protect (Res 918, May 1994), still before a condemnation. A genocide the
    campaign marks with no accord climbs the default ladder."""
    c = _accord_game().crises["killing"]
    assert _ladder(c, set(), {}, COUNCIL_POWERS, accorded=True) == (
        "peacekeeping", {"mandate": "observe"})
    watchers = Measure("peacekeeping", "un", "R1", 0, True, params=(("mandate", "observe"),))
    fighting = replace(c, stage=2, measures=(watchers,))
    assert _ladder(fighting, {"peacekeeping"}, {}, COUNCIL_POWERS, accorded=True) == (
        "peacekeeping", {"mandate": "protect"})
    assert _ladder(fighting, {"peacekeeping"}, {}, COUNCIL_POWERS)[0] == "condemn"
    assert _ladder(c, set(), {}, COUNCIL_POWERS)[0] == "condemn"


def test_observers_of_an_accord_are_sent_for_their_upkeep_alone():
    """UNAMIR drew some 2,500 soldiers from two dozen countries within months of Res 872: a
    contingent to watch an accord its parties asked for faces no one, so it weighs no troop
    price, only its upkeep; the same observers of a crisis no accord began do."""
    def pledge(accord):
        state = _accord_game(accord)
        state.missions["M1"] = Mission("M1", "un", "killing", "observe", "R0", state.month,
                                       (("BEL", 3),), until=state.month + 6)  # 1 short
        return _value_troops(Mind(view(state, "FRA")), state.missions["M1"])
    watch, why = pledge(True)
    plain, _ = pledge(False)
    assert "the parties asked for the force: our soldiers would face no one" in why
    # beside the price, the accord's observers take more than the one unit their need lacks
    # (up to the force authorised, as the next test shows)
    units = min(pledge_size(_accord_game(), "FRA"), 8 - 3)
    assert watch - plain == TROOP_PRICE + units - 1


def test_observers_of_an_accord_are_manned_to_the_force_authorised():
    """Res 872 authorised UNAMIR 2,548 soldiers, more than a quiet ceasefire needed to be
    watched, and contingents came to fill it: observers the parties asked for are manned up
    to their ceiling (``measures.ceiling``), where observers of a crisis no accord began take
    no one beyond their need."""
    def pledge(accord):
        state = _accord_game(accord)
        need = 4  # STANDING_NEED["observe"] at stage 1
        state.missions["M1"] = Mission("M1", "un", "killing", "observe", "R0", state.month,
                                       (("BEL", need),), until=state.month + 6)
        return _value_troops(Mind(view(state, "FRA")), state.missions["M1"])
    asked, why = pledge(True)
    assert asked > -50 and "the parties asked for the force: our soldiers would face no one" \
        in why
    assert pledge(False)[0] == -50.0


def _widened_by(org: str, sponsor: str) -> tuple[GameState, Mission]:
    """The game before, and the United Nations' observers (M1, Belgium's 3 units) after
    ``org``'s council adopts ``sponsor``'s protect mandate over them."""
    state = new_game(r2p_campaign(), seed=1)
    state.missions["M1"] = Mission("M1", "un", "killing", "observe", "R0", state.month,
                                   (("BEL", 3),), until=state.month + 6)
    res = Resolution("R5", org, "council", sponsor, "peacekeeping", "killing",
                     (("mandate", "protect"),), state.turn, status="adopted")
    ctx = Ctx(state)
    assert _widened(ctx, res, state.crises["killing"], "protect")
    return state, ctx.state.missions["M1"]


def test_a_protect_mandate_widens_the_observers_on_the_ground():
    """Res 918 (May 1994) widened UNAMIR to protect civilians rather than set up a second
    force: a protect mandate voted where the same body's observers stand widens their mission,
    its contingents kept, under the new resolution."""
    state, mission = _widened_by("un", "FRA")
    assert (mission.mandate, mission.pledges, mission.resolution) == ("protect",
                                                                       (("BEL", 3),), "R5")


def test_another_bodys_protect_mandate_widens_the_observers_it_finds():
    """The troops on the ground are given the new mandate rather than an empty force set up
    beside them (ECOWAS's ECOMIL re-hatted into UNMIL, October 2003; the AU's AMIS into
    UNAMID, December 2007): a regional body's protect mandate voted where the United
    Nations' observers stand widens their mission, which keeps its contingents and stays
    with the body that set it up and renews it."""
    state, mission = _widened_by("au", "NGA")
    assert (mission.org, mission.mandate, mission.pledges, mission.resolution, mission.until) \
        == ("un", "protect", (("BEL", 3),), "R0", state.month + 6)


def test_the_parties_table_the_observers_they_asked_for():
    """Arusha (4 August 1993) asked the United Nations for a neutral force, and Rwanda's
    government and the RPF sent a joint delegation to New York to hurry it; Res 872 followed
    on 5 October. A party to an accord still kept tables the observers it asked for
    (``REQUEST``), whatever else it has on its mind, until a draft for them waits; the host of
    a genocide no accord began tables nothing about it."""
    state = _accord_game()
    a = parse_action("ETH table un.council peacekeeping killing mandate=observe")
    value, why = _value_table(Mind(view(state, "ETH")), a)
    assert value == REQUEST and why[0].startswith("we asked the world for a force")
    state.resolutions["R5"] = _observers(state)
    assert _value_table(Mind(view(state, "ETH")), a)[0] < 0
    plain = _accord_game(False)
    assert _value_table(Mind(view(plain, "ETH")), a)[0] < 0


def test_a_contingent_already_there_is_reinforced_at_its_losses_alone():
    """Ghana's battalion stayed with Dallaire in April 1994; Britain and France, whose
    soldiers had been taken hostage in May 1995, sent the Rapid Reaction Force in June: a
    nation whose contingent already serves with a protection mission that does not hold pays
    neither the contingent's price again nor the hostages' danger to reinforce it - its
    soldiers are already away and in the way - only its stake and the losses."""
    state = _accord_game()
    state.crises["killing"] = replace(state.crises["killing"], stage=2)

    def pledge(serving):
        state.missions["M1"] = Mission("M1", "un", "killing", "protect", "R0", state.month,
                                       ((serving, 2),), until=state.month + 6)
        return _value_troops(Mind(view(state, "FRA")), state.missions["M1"])
    there, why = pledge("FRA")
    away, _ = pledge("BEL")
    assert "our contingent is already there: we would reinforce it" in why
    assert there - away == TROOP_PRICE + HOSTAGES


def _observers(state):
    return Resolution("R5", "un", "council", "GBR", "peacekeeping", "killing",
                      (("mandate", "observe"),), state.turn)


def test_the_parties_vote_for_the_observers_they_asked_for():
    """Res 872 passed 15-0 on 5 October 1993 with Rwanda's government on the Council: the
    parties asked for UNAMIR. A draft for observers of an accord is not aimed at the host,
    which votes for it, and the others weigh the parties' request by their friendship with
    them - not the facts of an aggression or their relations with an accused; without the
    accord the host reads the same draft as aimed at it."""
    state = _accord_game()
    host, host_why = Mind(view(state, "ETH"), "hard").weigh(_observers(state))
    assert host > 0 and host_why == [(100.0, "we asked for the mission to watch our accord")]
    _, why = Mind(view(state, "FRA"), "hard").weigh(_observers(state))
    said = [w for _, w in why]
    assert not any(w.startswith("clarity of the facts") for w in said)
    assert any("asks for it" in w for w in said)
    plain = _accord_game(False)
    assert Mind(view(plain, "ETH"), "hard").weigh(_observers(plain))[0] == -100.0


def test_a_peacekeeping_vote_is_not_priced_as_a_commitment():
    """A peacekeeping mandate binds only those who pledge troops to it (UN Charter art. 43's
    agreements were never made: UNAMIR, UNPROFOR and every force since were manned by
    volunteers, and the Council members who sent no one voted for them): a cost-averse member
    weighs no 'costly commitment' in voting for a mission, as it does for sanctions, which
    cost every member its trade."""
    state = new_game(r2p_campaign(), seed=1)
    mind = Mind(view(state, "FRA"), "hard")
    mind.frugal = 10
    mission = Resolution("R5", "un", "council", "GBR", "peacekeeping", "killing",
                         (("mandate", "protect"),), state.turn)
    sanctions = replace(mission, kind="sanctions", params=(("type", "economic"),))
    assert "we avoid costly commitments" not in [w for _, w in mind.weigh(mission)[1]]
    assert "we avoid costly commitments" in [w for _, w in mind.weigh(sanctions)[1]]


def test_a_renewal_on_the_agenda_leaves_room_for_a_wider_mandate():
    """April 1994: UNAMIR's renewal and what to do once the killing began came before the
    Council together (Res 909, 5 April; Res 912, 21 April). The renewal of observers waiting
    on the agenda does not keep a member from tabling a protect mandate for the same crisis;
    another observer draft is the same question, and waits."""
    from game.engine.actions import parse_action
    from game.engine.legal import options
    state = new_game(r2p_campaign(), seed=1)
    state.missions["M1"] = Mission("M1", "un", "killing", "observe", "R0", state.month,
                                   (("BEL", 3),), until=state.month)
    state.resolutions["R9"] = Resolution("R9", "un", "council", "BEL", "peacekeeping",
                                         "killing", (("mandate", "observe"), ("renew", "M1")),
                                         state.turn)

    def why_not(mandate):
        a = parse_action(f"GBR table un.council peacekeeping killing mandate={mandate}")
        return next(why for found, why in options(state, "GBR", a) if found == a)
    assert why_not("protect") is None
    assert why_not("observe") is not None
