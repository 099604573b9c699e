"""The responsibility to protect as rules (issue 19): react (atrocity dynamics, a referral to
a criminal court) and rebuild (peacebuilding and relapse), each with its precedent."""

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from game.engine import legal_actions, new_game, norms
from game.engine import model as m
from game.engine.atrocities import (ACCELERATION, AUTHORISED_LEGITIMACY, MANIFEST_DEAD,
                                    MAX_KILLING, WITHDRAWAL_JUMP)
from game.engine.calendar import month
from game.engine.context import Ctx
from game.engine.credit import part
from game.engine.crises import COURT_DETERRENCE, end_crisis, toll
from game.engine.measures import (COURT_CLARITY, COURT_RELATION, COURT_RESOLVE, TRIBUNAL_BUDGET,
                                  adopt, field_force, striking_force)
from game.engine.peacebuilding import MONEY_PLEDGE, relapse_risk
from game.engine.proxies import SPOILERS
from game.engine.state import Measure, Mission
from game.engine.turn import on_war_footing

from .factory import CRISES, UN, campaign
from .helpers import do, end_orders, next_turn, veto_renewal, vote_on
from .test_properties import SETTINGS, play_checking_ranges

COUNCIL_POWERS = (*m.BodyDef("x", "x", "majority").powers, "refer_to_court", "peacebuilding")
"""The Security Council of the 1990s and after: every power, the two new ones included."""
PEACE = m.Peacebuilding(turns=3, relapse=20, stage=2)


def r2p_campaign(icc_from=None, peace=PEACE, kind="genocide"):
    """The factory world with a killing in Ethiopia (its own state the perpetrator, Egypt the
    neighbour its refugees flee to), before the Council whose powers include referral and
    peacebuilding, from 1930."""
    council, assembly = UN.bodies
    un = replace(UN, bodies=(replace(council, powers=COUNCIL_POWERS, icc_from=icc_from),
                             assembly))
    killing = m.CrisisDef("killing", "The killings in Ethiopia", kind, "ETH", ("ETH",),
                          org="un", stage=2, clarity=60, resolve=60, spill_to=("EGY",),
                          location=(38.7, 9.0), peacebuilding=peace)
    start = m.EventDef("start", "Killings", "They begin.", trigger=m.DateFrom(month(1930, 1)),
                       effects=(m.StartCrisis("killing"),))
    return campaign(organisations=(campaign().organisations[0], un),
                    crises=(*CRISES, killing), events=(start,))


def test_genocide_accelerates_while_nobody_acts():
    """React, atrocity dynamics (Rwanda, April-July 1994: the killing grew week on week while
    the world stood by): with no measure, mission or intervention, a genocide's killing grows
    by its acceleration every turn, and so do its dead (for the two turns an unopposed genocide
    takes to run its course, ``GENOCIDE_PACE``)."""
    state = new_game(r2p_campaign(), seed=3)
    dead, killing = [], []
    for _ in range(2):
        before = state.crises["killing"].casualties
        state, _ = next_turn(state)
        c = state.crises["killing"]
        dead.append(c.casualties - before)
        killing.append(c.killing)
    step = ACCELERATION["genocide"]
    assert killing == [step, 2 * step]
    assert dead[0] < dead[1]
    assert state.nations["EGY"].stability < state.campaign.nation("EGY").stability  # refugees


def _embargoed(kind):
    """The killing's growth a turn in, and after a turn under an arms embargo."""
    state = new_game(r2p_campaign(kind=kind), seed=3)
    state, _ = next_turn(state)
    grown = state.crises["killing"].killing
    state, vote = vote_on(state, "GBR table un.council sanctions killing type=arms", {},
                          default="yes")
    assert vote.get("status") == "adopted"
    state, _ = next_turn(state)
    return grown, state.crises["killing"].killing


def test_acting_stops_the_acceleration():
    """Someone acting against atrocities (Kosovo, March 1998: resolution 1160's arms embargo
    on Belgrade; words alone are not action) stops the growth, and a third of it falls away
    each turn."""
    grown, after = _embargoed("atrocities")
    assert after < grown


def test_an_arms_embargo_does_not_restrain_a_genocide():
    """A genocide answers only to a force in its way (Rwanda, May 1994: resolution 918's arms
    embargo was voted while the killing, done with machetes, went on): under an embargo the
    killing still accelerates."""
    grown, after = _embargoed("genocide")
    assert after > grown


def test_cutting_the_peacekeepers_makes_the_killing_leap():
    """React, withdrawal (Rwanda, 21 April 1994: resolution 912 cut UNAMIR from 2,548 to 270
    as the genocide began): when the peacekeepers on the ground fall to none, the killing
    leaps by the full jump, not the turn's acceleration."""
    state = new_game(r2p_campaign(), seed=3)
    state.missions["M1"] = Mission("M1", "un", "killing", "observe", "R0", state.month,
                                   pledges=(("FRA", 10),), until=state.month + 6)
    state, _ = next_turn(state)
    assert state.crises["killing"].shield == 10
    calm = state.crises["killing"].killing
    state.missions["M1"] = replace(state.missions["M1"], status="ended")
    state, events = next_turn(state)
    c = state.crises["killing"]
    assert c.killing == min(MAX_KILLING, calm + WITHDRAWAL_JUMP)
    assert c.shield == 0
    assert any("free hand" in e.text for e in events)


def test_manifest_failure_marks_the_state_and_rewards_authorised_action():
    """React, manifest failure (2005 World Summit, para. 139; Libya, March 2011: resolution
    1973 cited the authorities' failure to protect): past the threshold of dead the state is
    marked, and (the doctrine endorsed: tests/engine/test_norms.py) members voting for an
    authorised measure gain legitimacy for it. (Atrocities, not a genocide: an unshielded
    genocide would run its course first, tests/engine/test_reluctance.py.)"""
    state = new_game(r2p_campaign(kind="atrocities"), seed=3)
    state.flags = (norms.endorsed_flag(norms.R2P),)
    while state.crises["killing"].casualties < MANIFEST_DEAD:
        assert not state.crises["killing"].failure
        state, _ = next_turn(state)
    state, _ = next_turn(state)
    assert state.crises["killing"].failure
    before = state.nations["NOR"].legitimacy
    state, _ = do(state, "GBR table un.council enforcement killing")
    state, _ = end_orders(state)
    (res,) = state.resolutions.values()
    adopt(Ctx(state), replace(res, ballots=(("NOR", "yes"),)))
    assert state.nations["NOR"].legitimacy == min(100, before + AUTHORISED_LEGITIMACY)


def test_a_referral_needs_the_power():
    """A body refers a crisis to a court only if its campaign gives it the power: a body with
    no ``powers`` list has the older ones, not this."""
    plain = new_game(campaign(), seed=1)
    texts = {a.text() for a in legal_actions(plain, "GBR") if a.verb == "table"}
    assert not any("refer_to_court" in t for t in texts)
    state = new_game(r2p_campaign(), seed=1)
    texts = {a.text() for a in legal_actions(state, "GBR") if a.verb == "table"}
    assert "GBR table un.council refer_to_court killing" in texts


def test_a_referral_to_the_icc_clarifies_deters_and_costs_relations():
    """Referral (Darfur, resolution 1593, March 2005; Libya, resolution 1970, February 2011,
    unanimous): after the body's ICC date the referral goes to the Court; clarity rises, the
    accused's resolve falls at once and every turn after, and those who voted for it lose
    relations with the accused."""
    state = new_game(r2p_campaign(icc_from=month(1930, 1)), seed=1)
    c0 = state.crises["killing"]
    rel = state.relation("NOR", "ETH")
    state, vote = vote_on(state, "GBR table un.council refer_to_court killing", {},
                          default="yes")
    assert vote.get("status") == "adopted"
    c = state.crises["killing"]
    (measure,) = [mm for mm in c.measures if mm.kind == "refer_to_court"]
    assert measure.param("court") == "icc"
    assert c.clarity >= min(100, c0.clarity + COURT_CLARITY)
    assert c.resolve <= c0.resolve - COURT_RESOLVE
    assert state.relation("NOR", "ETH") <= rel - COURT_RELATION
    resolve = c.resolve
    state, _ = next_turn(state)
    assert state.crises["killing"].resolve <= resolve - COURT_DETERRENCE


def test_before_the_icc_a_referral_sets_up_a_tribunal_paid_by_the_body():
    """Before the International Criminal Court (July 2002) the Council set up ad hoc
    tribunals and paid for them (ICTY, resolution 827, 1993; ICTR, resolution 955, 1994)."""
    state = new_game(r2p_campaign(icc_from=month(2002, 7)), seed=1)
    budget = state.orgs["un"].budget
    state, vote = vote_on(state, "GBR table un.council refer_to_court killing", {},
                          default="yes")
    assert vote.get("status") == "adopted"
    (measure,) = [mm for mm in state.crises["killing"].measures if mm.kind == "refer_to_court"]
    assert measure.param("court") == "tribunal"
    assert state.orgs["un"].budget == max(0, budget - TRIBUNAL_BUDGET)


def settled(peace=PEACE, seed=1):
    """The killing ends in a settlement at once: its peacebuilding phase begins."""
    state = new_game(r2p_campaign(peace=peace, kind="civil_war"), seed=seed)
    ctx = Ctx(state)
    end_crisis(ctx, "killing", "settlement", "the parties come to terms")
    return state


def test_a_settlement_opens_a_peacebuilding_phase():
    """Rebuild: a settlement (or a withdrawal) of a crisis with peacebuilding settings opens
    the phase; a crisis without them simply ends."""
    assert settled().crises["killing"].phase == "peacebuilding"
    assert settled(peace=None).crises["killing"].phase == ""


def test_relapse_without_peacebuilding():
    """Rebuild, relapse (Angola, 1992: the Bicesse peace collapsed after the elections, with
    UNAVEM II given 350 observers and no money to disarm anyone): with no peacebuilding a
    settled crisis reignites at its stage on a seeded draw, and is active again."""
    state = settled(peace=m.Peacebuilding(turns=3, relapse=100, stage=3))
    state, events = next_turn(state)
    c = state.crises["killing"]
    assert c.active and c.outcome is None and c.stage == 3 and c.relapses == 1
    assert any("relapses" in e.text for e in events)


def withdrawn(resolve=10, seed=1):
    """The aggressor withdraws at once, its resolve worn to ``resolve``, and the peace
    relapses the next turn."""
    state = new_game(r2p_campaign(peace=m.Peacebuilding(turns=3, relapse=100, stage=2),
                                  kind="civil_war"), seed=seed)
    ctx = Ctx(state)
    ctx.update_crisis("killing", resolve=resolve)
    end_crisis(ctx, "killing", "withdrawal", "the aggressor gives up")
    return state


def test_a_relapse_after_a_withdrawal_is_fought_by_the_militias_left_behind():
    """Relapse after a withdrawal (East Timor, 2000: once Indonesia's army had left, the
    militias in West Timor raided across the border and killed a New Zealand peacekeeper in
    July; the army never came back): the crisis reignites at its campaign's stage, fought by
    the aggressor's spoilers - a small share of its army."""
    state, _ = next_turn(withdrawn())
    c = state.crises["killing"]
    assert c.active and c.relapses == 1 and c.spoilers and c.stage == 2
    army = field_force(state, c.aggressor)
    assert striking_force(state, c) == pytest.approx(army * SPOILERS)
    assert toll(c, striking_force(state, c), 3)[0] < toll(c, army, 3)[0]


def test_the_militias_of_a_relapse_have_not_given_up():
    """Relapse after a withdrawal, the spoilers' resolve (Haiti, February 2004: the former
    soldiers the junta had left behind in 1994 took Gonaives and Cap-Haitien, and Aristide
    left again): those who take up arms again fight with the cause's first resolve, not the
    broken resolve the aggressor gave the ground up with - so the relapse does not end at once
    in a second withdrawal, and the world must wear it down again or see it go on."""
    state, _ = next_turn(withdrawn(resolve=0))
    first = state.campaign.crisis("killing").resolve
    assert state.crises["killing"].spoilers and state.crises["killing"].resolve >= first
    state, _ = next_turn(state)
    assert state.crises["killing"].active


def test_the_interveners_of_a_relapse_must_decide_again():
    """Relapse, the interveners gone home (Haiti, 2004: the American troops that landed in
    September 1994 had left by 1996; when the former soldiers rose again no foreign force was
    there, and the Marines came back only after Aristide had left): an army that intervened
    stops fighting, and paying for the fight, when the crisis ends, so a relapse finds it gone
    and only its government's decision to intervene again brings it back."""
    state = new_game(r2p_campaign(peace=m.Peacebuilding(turns=3, relapse=100, stage=2),
                                  kind="civil_war"), seed=1)
    ctx = Ctx(state)
    ctx.update_crisis("killing", resolve=0, interveners=(("USA", "universal"),))
    end_crisis(ctx, "killing", "withdrawal", "the aggressor gives up")
    state, _ = next_turn(state)
    c = state.crises["killing"]
    assert c.active and c.relapses == 1 and c.interveners == ()
    assert not on_war_footing(state, "USA")


def test_a_relapse_must_be_met_by_new_votes():
    """Measures lapse when their demands are met (Haiti: Resolution 944 lifted the sanctions
    on the junta's departure, September 1994, and the 2004 crisis needed a new authorisation,
    Resolution 1529): a crisis that ends in withdrawal drops its sanctions and authorisations
    - its condemnation stands - so its relapse starts with neither; after a conquest they stand
    until a vote lifts them (the League's sanctions on Italy, lifted July 1936)."""
    def ended(outcome):
        state = new_game(r2p_campaign(peace=m.Peacebuilding(turns=3, relapse=100, stage=2),
                                      kind="civil_war"), seed=1)
        ctx = Ctx(state)
        ctx.update_crisis("killing", resolve=0, measures=tuple(
            Measure(kind, "un", f"R{i}", 0, True, params, ("USA",)) for i, (kind, params)
            in enumerate((("condemn", ()), ("sanctions", (("type", "economic"),)),
                          ("enforcement", ())))))
        end_crisis(ctx, "killing", outcome, "it ends")
        return state

    state, _ = next_turn(ended("withdrawal"))
    c = state.crises["killing"]
    assert c.active and c.relapses == 1
    assert [mm.kind for mm in c.measures] == ["condemn"]
    kept = ended("conquest").crises["killing"]
    assert [mm.kind for mm in kept.measures] == ["condemn", "sanctions", "enforcement"]


def test_a_withdrawn_aggressor_returns_with_its_army_only_if_it_escalates():
    """Relapse after a withdrawal grows only as any crisis grows: the aggressor's own
    decision to escalate sends its army back in, and then the whole army fights."""
    state, _ = next_turn(withdrawn())
    aggressor = state.crises["killing"].aggressor
    state, _ = do(state, f"{aggressor} escalate killing")
    state, _ = next_turn(state)
    c = state.crises["killing"]
    assert c.stage == 3 and not c.spoilers
    assert striking_force(state, c) == pytest.approx(field_force(state, aggressor))


def test_a_relapse_after_a_settlement_brings_the_armies_back():
    """Relapse after a settlement (Sierra Leone, May 2000: the RUF, which had kept its army
    under the Lome accord, took 500 peacekeepers hostage and marched on Freetown; Rwanda, April
    1994, after Arusha): the parties never left the ground, so the whole army fights again
    with at least its first resolve."""
    state = settled(peace=m.Peacebuilding(turns=3, relapse=100, stage=2))
    state, _ = next_turn(state)
    c = state.crises["killing"]
    assert c.active and not c.spoilers
    assert c.resolve >= state.campaign.crisis("killing").resolve
    assert striking_force(state, c) == pytest.approx(field_force(state, c.aggressor))


def test_a_quiet_peace_is_consolidated():
    """Rebuild: after the set number of turns without relapse the peace is consolidated and
    the outcome stays."""
    state = settled(peace=m.Peacebuilding(turns=2, relapse=0, stage=2))
    for _ in range(2):
        state, _ = next_turn(state)
    c = state.crises["killing"]
    assert c.phase == "consolidated" and c.outcome == "settlement" and not c.active


def test_a_mission_and_money_lower_the_relapse_risk():
    """Rebuild (El Salvador, ONUSAL 1991-95: disarmament, elections, a new police, paid for by
    donors): a peacebuilding mission lowers the relapse risk, the money pledged to it lowers it
    more, and the donor gains relations with the parties (influence follows money)."""
    state = settled()
    bare = relapse_risk(state, state.crises["killing"])
    state, vote = vote_on(state, "GBR table un.council peacebuilding killing", {},
                          default="yes")
    assert vote.get("status") == "adopted"
    (mid,) = [k for k, mm in state.missions.items() if mm.mandate == m.PEACEBUILD]
    staffed = relapse_risk(state, state.crises["killing"])
    rel = state.relation("USA", "ETH")
    state, _ = do(state, f"USA pledge money {mid}")
    state, _ = end_orders(state)
    assert state.missions[mid].money == MONEY_PLEDGE
    funded = relapse_risk(state, state.crises["killing"])
    assert bare > staffed > funded
    assert state.relation("USA", "ETH") > rel
    assert part(state, "USA", "killing").funded == MONEY_PLEDGE  # a part in its end


def test_a_peacebuilding_mission_can_be_vetoed_away():
    """Rebuild, mandates: a peacebuilding mandate is renewed by vote like any mission's, so a
    permanent member can veto it away (China's veto of UNPREDEP's renewal, February 1999)."""
    state = settled(peace=m.Peacebuilding(turns=20, relapse=0, stage=2))
    state, vote = vote_on(state, "GBR table un.council peacebuilding killing", {},
                          default="yes")
    (mid,) = [k for k, mm in state.missions.items() if mm.mandate == m.PEACEBUILD]
    state, renewal = veto_renewal(state, mid)
    assert renewal.kind == "peacebuilding"
    assert state.missions[mid].status == "ended"
    assert not state.crises["killing"].has_measure("peacebuilding")


@SETTINGS
@given(seed=st.integers(0, 10_000),
       picks=st.lists(st.integers(0, 10_000), min_size=50, max_size=300))
def test_random_play_keeps_killing_and_relapse_in_range(seed, picks):
    """Random legal play in a world with a genocide and peacebuilding: the killing rate and
    the relapse risk stay in range, and no count goes negative."""
    def in_range(state, _nation):
        for c in state.crises.values():
            assert 0 <= c.killing <= MAX_KILLING
            assert 0 <= relapse_risk(state, c) <= 100
            assert c.shield >= 0 and c.quiet >= 0 and c.relapses >= 0
        assert all(v > 0 for mm in state.missions.values() for _, v in mm.funds)

    play_checking_ranges(seed, picks, check=in_range, campaign=r2p_campaign(
        peace=m.Peacebuilding(turns=3, relapse=60, stage=2)))


@pytest.mark.parametrize("kind", ["genocide", "atrocities"])
def test_atrocity_kinds_table_a_protection_mission(kind):
    """The AI's ladder treats a genocide like other atrocities: a protection mission first."""
    from game.engine.orders.organisations import _ladder
    state = new_game(r2p_campaign(kind=kind), seed=1)
    c = replace(state.crises["killing"], measures=())
    assert _ladder(c, {"condemn"}, {}, COUNCIL_POWERS) == ("peacekeeping", {"mandate": "protect"})


def test_a_contributor_recalling_its_troops_is_a_cut():
    """React, withdrawal (Belgium, April 1994: after ten of its paratroopers were killed it
    brought its UNAMIR contingent home): a recall takes the nation's units out of the mission,
    costs it legitimacy while the crisis fights, and the killing leaps as for any cut."""
    state = new_game(r2p_campaign(), seed=3)
    state.missions["M1"] = Mission("M1", "un", "killing", "protect", "R0", state.month,
                                   pledges=(("FRA", 6), ("NOR", 6)), until=state.month + 6)
    state, _ = next_turn(state)
    legitimacy = state.nations["NOR"].legitimacy
    killing = state.crises["killing"].killing
    state, _ = do(state, "NOR recall M1")
    state, _ = next_turn(state)
    assert [who for who, _ in state.missions["M1"].pledges] == ["FRA"]
    assert state.nations["NOR"].legitimacy < legitimacy
    assert state.crises["killing"].killing >= killing + WITHDRAWAL_JUMP // 2


def test_the_crisis_panel_lines():
    """The panel shows the killing once it has grown and the failure mark; the peacebuilding
    phase with its relapse risk and each mission's money and donors."""
    from game.engine import atrocities, peacebuilding

    state = new_game(r2p_campaign(), seed=1)
    c = state.crises["killing"]
    assert atrocities.status_line(c) is None
    assert atrocities.status_line(replace(c, killing=50, failure=True)) == (
        "Killing +50% over its plain rate · manifest failure to protect")
    state = settled()
    c = state.crises["killing"]
    assert peacebuilding.status_lines(state, c) == [
        "Peacebuilding: 0 of 3 quiet turns · relapse risk 20% a turn",
        "No peacebuilding mission yet"]
    state.missions["M1"] = Mission("M1", "un", c.id, m.PEACEBUILD, "R0", state.month,
                                   funds=(("USA", 3),), until=state.month + 6)
    assert peacebuilding.status_lines(state, c)[1:] == ["Mission M1: money 3 from United States"]
