"""Engine rules in play: one test per rule, each docstring naming the rule and its precedent."""

from dataclasses import replace

import pytest

from game.engine import (IllegalAction, apply, gauges, legal_actions, new_game, parse_action,
                         view)
from game.engine.legal import why_not
from game.engine.measures import SANCTION_BASE, coverage, sanction_costs, sanctions_pressure
from game.engine.model import Span
from game.engine.state import Measure

from .factory import campaign
from .helpers import carry_out, cast, do, end_orders, vote_on


@pytest.fixture
def state():
    return new_game(campaign(), seed=1)


def test_league_council_blocked_by_party_under_article_11(state):
    """League Covenant Art. 11: the parties vote, so Japan alone blocked the Council's call to
    withdraw from Manchuria (24 October 1931, 13 to 1)."""
    state, vote = vote_on(state, "CHN table league.council condemn manchuria",
                          {"JPN": "no"}, default="yes")
    assert vote.get("status") == "failed"
    assert "JPN" in vote.text


def test_league_council_article_15_leaves_parties_out(state):
    """Art. 15: with the dispute under Article 15 the parties' votes are not counted (the
    Assembly adopted the Lytton report in February 1933 over Japan's vote)."""
    state, vote = vote_on(state, "CHN table league.council condemn manchuria article=15",
                          {"JPN": "no"}, default="yes")
    assert vote.get("status") == "adopted"
    assert set(vote.get("excluded")) == {"JPN", "CHN"}


def test_security_council_veto_and_absence(state):
    """Charter Art. 27(3): a permanent member's no vetoes; staying away does not (the USSR's
    boycott let the Korea resolutions of June 1950 pass)."""
    vetoed, vote = vote_on(state, "GBR table un.council condemn manchuria", {"SOV": "no"},
                           default="yes")
    assert vote.get("status") == "vetoed" and vote.get("vetoed_by") == ("SOV",)
    away, _ = do(state, "SOV boycott un.council")
    passed, vote = vote_on(away, "GBR table un.council condemn manchuria", {}, default="yes")
    assert vote.get("status") == "adopted"
    assert dict(vote.get("ballots"))["SOV"] == "absent"


def test_uniting_for_peace_emergency_session(state):
    """Uniting for Peace (GA Res. 377, November 1950): after a veto the Assembly may meet in
    emergency special session and recommend measures by two thirds (Suez, November 1956)."""
    state, vote = vote_on(state, "GBR table un.council sanctions abyssinia type=economic",
                          {"FRA": "no"}, default="yes")
    rid = vote.get("resolution")
    assert vote.get("status") == "vetoed"
    state, vote = vote_on(state, f"USA emergency {rid}", {}, default="yes")
    assert vote.get("status") == "recommended"
    measure = state.crises["abyssinia"].measures[-1]
    assert measure.kind == "sanctions" and not measure.binding
    assert "FRA" in measure.supporters  # the recommendation binds only those who voted for it


def test_uniting_for_peace_not_before_its_date(state):
    """Before November 1950 a veto was the last word: no emergency session could be called."""
    late = replace(campaign().org("un").body("assembly"), emergency_from=12 * 1960)
    un = replace(campaign().org("un"), bodies=(campaign().org("un").body("council"), late))
    state = new_game(campaign(organisations=(campaign().org("league"), un)), seed=1)
    state, vote = vote_on(state, "GBR table un.council condemn abyssinia", {"FRA": "no"},
                          default="yes")
    assert why_not(state, parse_action(f"USA emergency {vote.get('resolution')}")) == \
        "Uniting for Peace is not yet in force"


def test_referral_to_assembly_is_procedural(state):
    """Charter Art. 27(2): the Council sent Suez to the Assembly by a procedural vote that
    Britain and France could not veto (Resolution 119, 31 October 1956)."""
    state, vote = vote_on(state, "GBR table un.council condemn abyssinia", {"FRA": "no"},
                          default="yes")
    rid = vote.get("resolution")
    state, events = do(state, f"USA table un.council refer_to_assembly {rid}")
    state, _ = end_orders(state)
    state, ev = cast(state, {"FRA": "no", "GBR": "no"}, default="yes")
    referral = next(e for e in ev if e.kind == "vote" and "refer" in e.text)
    assert referral.get("status") == "adopted"
    # the emergency session meets at once, in the same turn
    assert any(r.emergency and r.param("from") == rid and r.status == "recommended"
               for r in state.archive)


def test_sanctions_leak_through_non_members():
    """Sanctions leak: with the United States outside the League, League sanctions covered less
    of Italy's trade (1935-36)."""
    inside = campaign()
    league = inside.org("league")
    with_us = replace(league, members=league.members + (Span("USA"),))
    covered = []
    for camp in (inside, campaign(organisations=(with_us, inside.org("un")))):
        s = new_game(camp, seed=1)
        c = s.crises["abyssinia"]
        c = replace(c, measures=(Measure("sanctions", "league", "R1", s.month, True,
                                         (("type", "economic"),)),))
        covered.append(coverage(s, c)[0])
    assert covered[1] > covered[0] + 10


def test_oil_sanctions_and_the_canal_bite_harder(state):
    """Oil was the sanction that mattered for Italy in 1935-36, and Britain left the Suez Canal
    open: an oil embargo and a closed canal press far harder than economic sanctions."""
    c = state.crises["abyssinia"]
    econ = replace(c, measures=(Measure("sanctions", "league", "R1", 0, True,
                                        (("type", "economic"),)),))
    oil = replace(econ, measures=econ.measures + (Measure("sanctions", "league", "R2", 0, True,
                                                          (("type", "oil"),)),))
    closed = replace(oil, closed=("suez",))
    p = [sanctions_pressure(state, x)[0] for x in (econ, oil, closed)]
    assert p[0] < p[1] < p[2]


def test_a_front_under_biting_sanctions_does_not_freeze():
    """Rule: an occupation's front that has stopped moving freezes (or settles on the lines)
    only once no sanctions press the occupier (crises.worn, crises._outcome): while they bite,
    its resolve is still being worn down and the occupied waits. The Krajina, 1992-95: the Krajina Serbs'
    front stood still behind UNPROFOR for three years while the sanctions on Belgrade cut off
    their patron, and Croatia took the Krajina back in August 1995 (Operation Storm). The same
    sixteen calm months without sanctions freeze the war."""
    from game.engine.context import Ctx
    from game.engine.crises import RATE_MONTHS, _outcome

    embargo = Measure("sanctions", "league", "R1", 0, True, (("type", "economic"),))
    for measures in ((embargo,), ()):
        s = new_game(campaign(), seed=1)
        calm = -(-4 * RATE_MONTHS // s.campaign.turn_months)  # sixteen months, in turns
        s.crises["abyssinia"] = replace(s.crises["abyssinia"], kind="occupation", active=True,
                                        stage=1,
                                        calm_turns=calm, resolve=60, started=s.month - 2,
                                        measures=measures)
        assert (sanctions_pressure(s, s.crises["abyssinia"])[0] > 0) is bool(measures)
        _outcome(Ctx(s), s.crises["abyssinia"])
        assert s.crises["abyssinia"].outcome == (None if measures else "frozen")


def test_two_bodies_sanctions_of_one_kind_overlap(state):
    """Overlapping sanctions (``measures.regimes``): a second body's embargo of the same kind on
    the same target adds only the trade its members cover that the first did not, not a second
    full regime, and its sanctioners give up their trade once. The European Community's embargo
    on Yugoslavia (November 1991) was folded into the Security Council's (Resolution 757, May
    1992), which the Community's members enforced."""
    c = state.crises["abyssinia"]
    league = Measure("sanctions", "league", "R1", 0, True, (("type", "economic"),))
    un = Measure("sanctions", "un", "R2", 0, True, (("type", "economic"),))
    one, two = replace(c, measures=(league,)), replace(c, measures=(league, un))
    share = coverage(state, two)[0]
    assert share >= coverage(state, one)[0]
    assert sanctions_pressure(state, two)[0] == round(SANCTION_BASE["economic"] * share / 100)
    costs = sanction_costs(state, one)
    assert all(sanction_costs(state, two)[n] == cost for n, cost in costs.items())


def test_force_without_authority_costs_legitimacy(state):
    """Force needs legitimacy: unilateral action costs most, a regional mandate less (NATO over
    Kosovo, 1999), Security Council authority least (Korea, 1950; the Gulf, 1991)."""
    def cost(state):
        after, _ = carry_out(state, "GBR intervene abyssinia")
        return -sum(c.delta for c in after.last_ledger
                    if c.nation == "GBR" and c.stat == "legitimacy" and "force in" in c.cause)

    state = _at_war(state)
    unilateral = cost(state)
    c = state.crises["abyssinia"]
    state.crises["abyssinia"] = replace(c, measures=(Measure("enforcement", "un", "R1", 0, True),))
    assert unilateral >= 10 and cost(state) <= 2


def test_low_will_bars_intervention(state):
    """Domestic will limits commitment: a public that will not fight keeps its government home,
    whatever it voted (Britain and France over Abyssinia, 1935)."""
    state = _at_war(state)
    state.nations["GBR"] = replace(state.nations["GBR"], will=20)
    assert why_not(state, parse_action("GBR intervene abyssinia")).startswith("domestic will")
    with pytest.raises(IllegalAction):
        apply(state, parse_action("GBR intervene abyssinia"))


def test_guarantee_not_honoured_costs_credibility():
    """A guarantee tested and not honoured costs its maker (France and Czechoslovakia, 1938)."""
    state = new_game(campaign(events=()), seed=1)
    state, _ = carry_out(state, "ITA press albania")
    crisis = state.crises["ita_albania"]
    state.crises["ita_albania"] = replace(crisis, stage=3)
    before = state.nations["FRA"].legitimacy
    state, events = end_orders(state)
    state, ev = cast(state, {})
    events += ev
    assert any(e.kind == "treaty" and "France" in e.text for e in events)
    assert state.nations["FRA"].legitimacy < before


def test_inquiry_raises_clarity_over_turns(state):
    """A commission of inquiry makes the facts clearer over the following turns (the Lytton
    commission, 1932)."""
    before = state.crises["manchuria"].clarity
    state, _ = vote_on(state, "CHN table league.council inquiry manchuria", {}, default="yes")
    state, _ = end_orders(state)
    assert state.crises["manchuria"].clarity >= before + 20


def test_credibility_falls_when_aggression_is_unpunished(state):
    """The League died of aggression left unpunished: credibility falls when a war goes on
    with no measure taken (Manchuria 1931-33, Abyssinia 1935-36)."""
    state = _at_war(state)
    before = state.orgs["league"].credibility
    state, _ = end_orders(state)
    assert state.orgs["league"].credibility < before


def test_condemned_member_may_walk_out(state):
    """A condemned member may leave (Japan gave notice in March 1933 after the Assembly adopted
    the Lytton report)."""
    state, _ = vote_on(state, "CHN table league.council condemn manchuria article=15", {},
                       default="yes")
    state, _ = carry_out(state, "JPN leave league")
    assert "JPN" not in state.orgs["league"].members


def test_alliance_drags_members_in(state):
    """An alliance drags its members in: the victim's ally counts on the collective's side
    (collective defence, as in NATO's Article 5)."""
    before = gauges(state, state.crises["abyssinia"]).preponderance.value
    state, _ = carry_out(state, "ETH propose alliance SOV")
    offer = next(iter(state.offers))
    state, _ = cast(state, {})
    state, _ = carry_out(state, f"SOV accept {offer}")
    after = gauges(state, state.crises["abyssinia"]).preponderance
    assert after.value > before
    assert any("treaty" in name for name, _ in after.factors)


def test_apply_leaves_its_input_alone(state):
    """apply is a reducer: it returns a new state and never changes the one it was given."""
    from game.engine import state_hash

    h = state_hash(state)
    apply(state, parse_action("GBR rally"))
    assert state_hash(state) == h


def test_actions_have_a_stable_text_form(state):
    """Every legal action parses back from its text (saves and logs use the text)."""
    for a in legal_actions(state, "GBR"):
        assert parse_action(a.text()) == a


def _at_war(state):
    c = state.crises["abyssinia"]
    state = state.copy()
    state.crises["abyssinia"] = replace(c, stage=3)
    return state


def test_view_hides_secret_ballots_and_private_dealings(state):
    """Ballots are secret until the session reveals them all at once; lobbying and offers stay
    between the nations concerned (hot-seat players see only what their nation knows)."""
    from game.engine import view

    state, _ = do(state, "GBR table league.council condemn manchuria",
                  "FRA propose alliance GBR")
    state, _ = end_orders(state, lobbying=("FRA lobby NOR R1",))
    state, _ = do(state, "GBR vote R1 yes", "FRA vote R1 yes")
    seen = view(state, "NOR")
    assert seen.resolutions["R1"].ballots == ()
    assert seen.resolutions["R1"].lobbied == (("FRA", "NOR"),)
    assert seen.offers == {}
    assert view(state, "GBR").resolutions["R1"].ballots == (("GBR", "yes"),)


def test_arbitration_settles_once_the_fighting_stops(state):
    """Parties bound to arbitrate settle once the fighting stops (the Åland Islands, 1921:
    the first dispute the League settled)."""
    from game.engine.state import Treaty

    state.crises["manchuria"] = replace(state.crises["manchuria"], stage=1)
    state.treaties = state.treaties + (Treaty("arbitration", "JPN", "CHN", state.month),)
    state, _ = end_orders(state)
    assert state.crises["manchuria"].outcome == "settlement"


def test_aggressor_reads_the_gauges():
    """The three Morgenthau gauges drive the aggressor: facing preponderant, agreed and
    committed opposition an AI aggressor backs down rather than escalate."""
    from game.ai.policy import Mind

    state = new_game(campaign(), seed=1)
    weak = Mind(view(state, "ITA")).pressing(state.crises["abyssinia"])[0]
    c = state.crises["abyssinia"]
    state.crises["abyssinia"] = replace(
        c, clarity=100, closed=("suez",), interveners=(("GBR", "universal"), ("FRA", "universal")),
        measures=(Measure("enforcement", "un", "R1", 0, True),
                  Measure("sanctions", "league", "R2", 0, True, (("type", "oil"),))))
    strong, reasons = Mind(view(state, "ITA")).pressing(state.crises["abyssinia"])
    assert strong < weak - 20
    assert any("deterrence" in r for r in reasons)


def test_collective_defence_organisation_counts_every_member():
    """Collective defence: in an alliance organisation an attack on one member engages all
    (NATO's Article 5, 1949), unlike collective security's promise of all against any."""
    from game.engine.model import BodyDef, OrgDef

    pact = OrgDef("pact", "Defence Pact", "alliance", members=(Span("ETH"), Span("USA")),
                  bodies=(BodyDef("council", "Pact Council", "consensus"),))
    base = campaign()
    state = new_game(campaign(organisations=(*base.organisations, pact)), seed=1)
    engaged = gauges(state, state.crises["abyssinia"]).preponderance
    assert any(name.startswith("United States (treaty") for name, _ in engaged.factors)


def test_a_party_without_a_seat_brings_its_own_case(state):
    """Charter Art. 35 and Covenant Art. 4(5): a member that holds no seat may bring a crisis
    it is a party to before the council (Ethiopia's appeals to the League Council, January and
    March 1935); a member that is not a party may not table there."""
    from game.engine.bodies import seated

    assert "ETH" not in seated(state, "league", "council")
    assert why_not(state, parse_action("ETH table league.council condemn abyssinia")) is None
    assert why_not(state, parse_action("ALB table league.council condemn abyssinia")) == \
        "you hold no seat in this body"
    assert why_not(state, parse_action("ETH table league.council condemn manchuria")) == \
        "you hold no seat in this body"
