"""Steering (docs/ai.md, "Steering the AI"): a campaign's forum, ladder, pace, veto,
backs_down, weights, bloc_loyalty and sovereignty, each shown making the AI behave as written.
Without steering the AI plays as before (the golden chronicles check that)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from game.ai.forecast import draft_of, forecast
from game.ai.policy import Mind, plan
from game.ai.steering import YIELDS
from game.engine import model as m
from game.engine import new_game, parse_action
from game.engine.orders.organisations import _ladder, _predicted_veto
from game.engine.orders.turn import END_SCORE
from game.engine.state import Measure, Resolution, pair
from game.engine.view import view
from game.session.session import Session

from tests.content.helpers import HEADER, load_text
from tests.engine.factory import NATIONS, campaign

SANCTIONS_ON_JAPAN = "GBR table un.council sanctions manchuria type=economic"
COUNCIL_POWERS = m.BodyDef("c", "C", "security_council").powers


def game(code: str, crises: tuple[m.CrisisDef, ...] | None = None, **steering):
    """The factory game with nation ``code`` steered by ``steering`` (NationDef fields)."""
    nations = tuple(replace(n, **steering) if n.code == code else n for n in NATIONS)
    extra = {} if crises is None else {"crises": crises}
    return new_game(campaign(nations=nations, **extra), seed=1)


def ballot(state, nation: str, text: str) -> tuple[str, list[str]]:
    return Mind(view(state, nation), "hard").ballot(draft_of(parse_action(text)))


def war(state, *measures: str, stage: int = 3):
    """Manchuria at ``stage`` with these measures of the UN in force."""
    c = state.crises["manchuria"]
    return replace(c, stage=stage, clarity=80, inquiry=None, measures=tuple(
        Measure(kind, "un", f"R{i}", state.month, True) for i, kind in enumerate(measures)))


# --- the ladder and its pace ------------------------------------------------------------------


def test_the_default_ladder_is_the_steer_of_a_nation_with_none():
    """A nation with no steering resolves to the default Steer, whatever the crisis."""
    state = game("USA")
    assert state.campaign.steer("USA", "manchuria") == m.Steer()
    assert state.campaign.steer("USA", "a_claim_crisis") == m.Steer()


def test_a_heeded_ceasefire_stops_the_default_climb_but_not_a_steered_one():
    """The modder's complaint: with a ceasefire heeded (the war down to clashes) the default
    ladder never reaches enforcement; ``ceasefire_stops: false`` keeps climbing."""
    state = game("USA")
    c = war(state, "condemn", "ceasefire", stage=2)
    has = {"condemn", "ceasefire"}
    steer = m.Steer(ladder=("condemn", "ceasefire", "enforcement"))
    assert _ladder(c, has, {}, COUNCIL_POWERS, steer) == ("", {})
    going = replace(steer, pace=m.Pace(ceasefire_stops=False))
    assert _ladder(c, has, {}, COUNCIL_POWERS, going) == ("enforcement", {})


def test_skip_at_war_goes_straight_to_enforcement():
    """At war, ``skip_at_war`` tables enforcement before the rungs below it, and climbs the
    rest of the ladder once force is authorised."""
    state = game("USA")
    steer = m.Steer(pace=m.Pace(skip_at_war=True))
    assert _ladder(war(state), set(), {}, COUNCIL_POWERS, steer) == ("enforcement", {})
    assert _ladder(war(state, "enforcement"), {"enforcement"}, {}, COUNCIL_POWERS,
                   steer) == ("condemn", {})


def test_a_steered_ladder_passes_over_what_the_body_cannot_do():
    """A rung the body has no power for is skipped (a regional body that cannot authorise
    force still condemns and sanctions)."""
    state = game("USA")
    steer = m.Steer(ladder=("enforcement", "sanctions"))
    assert _ladder(war(state), set(), {}, ("condemn", "sanctions"), steer) == (
        "sanctions", {"type": "economic"})


GULF = HEADER.replace("turn_months: 3", "turn_months: 1") + """\
nations:
  - {code: USA, name: United States, military: 90, economy: 90, will: 60, legitimacy: 70,
     stability: 80, orientation: 10, personality: hawk, playable: true, briefing: Free Kuwait.,
     capital_lonlat: [-77.0, 38.9], objectives: [
       {id: a, text: A, condition: {crisis_ended: {crisis: kuwait, outcome: withdrawal}}},
       {id: b, text: B, condition: {exists: KUW}},
       {id: c, text: C, condition: {tension: {op: "<", value: 90}}}]USA}
  - {code: GBR, name: Britain, personality: isolationist, military: 50, economy: 60, will: 60,
     legitimacy: 70, stability: 80, orientation: 10, capital_lonlat: [-0.1, 51.5]}
  - {code: FRA, name: France, personality: isolationist, military: 50, economy: 60, will: 60,
     legitimacy: 70, stability: 80, orientation: 10, capital_lonlat: [2.3, 48.9]}
  - {code: SOV, name: Soviet Union, military: 70, economy: 50, will: 50, legitimacy: 50,
     stability: 50, orientation: 40, capital_lonlat: [37.6, 55.8]}
  - {code: CHN, name: China, military: 50, economy: 40, will: 50, legitimacy: 50, stability: 60,
     orientation: 40, capital_lonlat: [116.4, 39.9]}
  - {code: IRQ, name: Iraq, military: 40, economy: 30, will: 70, legitimacy: 30, stability: 50,
     orientation: 90, capital_lonlat: [44.4, 33.3]IRQ}
  - {code: KUW, name: Kuwait, military: 2, economy: 20, will: 50, legitimacy: 60, stability: 60,
     orientation: 20, capital_lonlat: [48.0, 29.4]}
organisations:
  - id: un
    name: United Nations
    kind: universal
    members: [USA, GBR, FRA, SOV, CHN, IRQMEMBERS]
    bodies:
      - id: security_council
        name: Security Council
        rule: security_council
        binding: true
        seats: [{nation: USA, permanent: true}, {nation: GBR, permanent: true},
                {nation: FRA, permanent: true}, {nation: SOV, permanent: true},
                {nation: CHN, permanent: true}]
        thresholds: [{from: 1930-01, seats: 5, votes: 4}]
      - {id: assembly, name: General Assembly, rule: assembly}
  - id: oas
    name: Organization of American States
    kind: regional
    members: [USAOAS]
    bodies: [{id: council, name: Permanent Council, rule: majority}]
crises:
  - {id: kuwait, name: The invasion of Kuwait, kind: interstate_aggression, aggressor: IRQ,
     victims: [KUW], org: un, stage: 3, clarity: 80, resolve: 60, stake: 60,
     location: [47.9, 29.3]CRISIS}
events:
  - id: invasion
    title: Iraq overruns Kuwait
    trigger: {date_from: 1930-01}
    effects: [{start_crisis: kuwait}]
"""
"""The modder's Gulf crisis with monthly turns and a five-power Council; USA, IRQ, CRISIS and
the members of the UN and the OAS are where each test writes its steering."""


def gulf(tmp_path, usa: str = "", crisis: str = "", irq: str = "", members: str = ", KUW",
         oas: str = ", KUW"):
    result = load_text(tmp_path, GULF.replace("USA}", usa + "}").replace("IRQ}", irq + "}")
                       .replace("USAOAS", "USA" + oas)
                       .replace("CRISIS}", crisis + "}").replace("IRQMEMBERS", "IRQ" + members))
    assert result.problems == [], [str(p) for p in result.problems]
    return Session(result.campaign, seed=1)


def tabled(session: Session, sponsor: str | None = None) -> list[tuple[int, str, str]]:
    """(turn, where, kind) of every draft tabled so far, by ``sponsor`` (or with it as a
    cosponsor: the same draft tabled by two nations is one draft) if given."""
    drafts = (*session.state.archive, *session.state.resolutions.values())
    return sorted((r.turn, f"{r.org}.{r.body}", r.kind) for r in drafts
                  if sponsor in (None, r.sponsor, *r.cosponsors) and not r.emergency)


def test_ladder_and_pace_one_tables_enforcement_in_the_second_turn(tmp_path):
    """A nation with ``ladder: [condemn, enforcement]`` and ``pace: 1`` condemns in its first
    turn and tables enforcement in its second (the default would go on to a ceasefire)."""
    session = gulf(tmp_path, usa=", ladder: [condemn, enforcement], pace: 1", members="")
    session.play_out(2)
    assert (1, "un.security_council", "enforcement") in tabled(session, "USA")
    assert (0, "un.security_council", "condemn") in tabled(session)


def test_a_slower_pace_waits_between_rungs():
    """``pace: 3``: the nation tables its next rung only three turns after the last measure
    adopted on the crisis (a condemnation adopted last turn makes it wait)."""
    state = game("USA", ladder=("condemn", "enforcement"), pace=m.Pace(turns=3),
                 stances=(m.Stance(kind="enforcement", at_least="yes"),))  # it would vote yes
    enforce = parse_action("USA table un.council enforcement manchuria")
    state.crises["manchuria"] = replace(war(state, "condemn"), measures=(
        Measure("condemn", "un", "R1", state.month - 3, True),))
    reasons = Mind(view(state, "USA"), "hard").score(enforce)[1]
    assert reasons == ["the last measure needs time to work"]
    state.crises["manchuria"] = replace(war(state, "condemn"), measures=(
        Measure("condemn", "un", "R1", state.month - 9, True),))
    reasons = Mind(view(state, "USA"), "hard").score(enforce)[1]
    assert "the next step is enforcement" in reasons


def test_the_modders_gulf_gets_its_mandate_in_time(tmp_path):
    """Issue 17: the Gulf crisis's own steering (a short ladder that a ceasefire does not
    stop) brings the Council's mandate in the second monthly turn; the default ladder brings
    none before the war is lost (Iraq, defying the ceasefire call, takes Kuwait by the second
    turn either way: a mandate is a vote, not an army)."""
    plain = gulf(tmp_path / "plain")
    plain.play_out(8)
    assert "enforcement" not in [kind for _, _, kind in tabled(plain)]
    steered = gulf(tmp_path / "steered", crisis=", ladder: [condemn, enforcement], "
                   "pace: {ceasefire_stops: false}")
    steered.play_out(3)
    adopted = [(r.turn, r.kind) for r in steered.state.archive if r.status == "adopted"]
    assert (1, "enforcement") in adopted


# --- forum -----------------------------------------------------------------------------------


def tables(session: Session, nation: str) -> list[str]:
    """Where ``nation``'s AI tables this turn (``org.body`` of each table order it plans)."""
    chosen = plan(view(session.state, nation), 0, "normal")
    return [c.action.args[0] for c in chosen if c.action.verb == "table"]


def test_forum_takes_an_american_crisis_to_the_oas(tmp_path):
    """``forum: [oas, un]``: the United States takes the crisis to the OAS's council; with
    ``forum: [un]`` the same question goes to the Security Council."""
    assert tables(gulf(tmp_path / "oas", usa=", forum: [oas, un]", oas=", GBR"),
                  "USA") == ["oas.council"]
    assert tables(gulf(tmp_path / "un", usa=", forum: [un]", oas=", GBR"),
                  "USA") == ["un.security_council"]


def test_forum_falls_back_after_a_veto(tmp_path):
    """``forum: [{org: un, body: security_council}, {org: un, body: assembly}]``: a draft the
    Council just vetoed goes to the Assembly instead of waiting."""
    state = game("GBR", forum=(m.Forum("un", "council"), m.Forum("un", "assembly")))
    vetoed = Resolution("R9", "un", "council", "GBR", "condemn", "manchuria", (), state.turn,
                        status="vetoed")
    state.archive = (*state.archive, vetoed)
    mind = Mind(view(state, "GBR"), "hard")
    council = mind.score(parse_action("GBR table un.council condemn manchuria"))
    assembly = mind.score(parse_action("GBR table un.assembly condemn manchuria"))
    assert council[0] < END_SCORE < assembly[0]
    assert "we take The Mukden incident to the General Assembly" in council[1]


# --- veto ------------------------------------------------------------------------------------


def test_veto_never_turns_a_veto_into_an_abstention():
    """The United States vetoes sanctions on Japan as it weighs them; with ``veto: never``
    it abstains and says why, and the forecast predicts the abstention."""
    assert ballot(game("USA"), "USA", SANCTIONS_ON_JAPAN)[0] == "no"
    state = game("USA", veto="never")
    cast, reasons = ballot(state, "USA", SANCTIONS_ON_JAPAN)
    assert (cast, reasons[0]) == ("abstain", "our stated policy: we do not use our veto")
    draft = draft_of(parse_action(SANCTIONS_ON_JAPAN))
    assert forecast(view(state, "GBR"), draft, "hard").seat("USA").ballot == "abstain"


def test_veto_bloc_shields_only_the_bloc():
    """``veto: bloc``: no veto for Japan outside the United States' bloc; a veto once Japan
    is in it."""
    state = game("USA", veto="bloc")
    cast, reasons = ballot(state, "USA", SANCTIONS_ON_JAPAN)
    assert cast == "abstain" and "Japan is not among them" in reasons[0]
    nations = tuple(replace(n, veto="bloc") if n.code == "USA" else
                    replace(n, bloc="west") if n.code == "JPN" else n for n in NATIONS)
    same_bloc = new_game(campaign(nations=nations), seed=1)
    assert ballot(same_bloc, "USA", SANCTIONS_ON_JAPAN)[0] == "no"


def test_a_stance_wins_over_the_veto_steering():
    """A stance is the more precise word: ``veto: never`` with a stance capping sanctions
    at a no still votes no."""
    state = game("USA", veto="never", stances=(m.Stance(kind="sanctions", at_most="no"),))
    assert ballot(state, "USA", SANCTIONS_ON_JAPAN)[0] == "no"


# --- backs_down ------------------------------------------------------------------------------


def test_backs_down_when_its_threshold_holds():
    """Japan, with ``backs_down: {resolve_below: 80}`` in Manchuria (resolve 70), backs down
    above anything else and does not press on; at 60 it weighs the choice as before."""
    state = game("JPN", backs_down=m.BacksDown(resolve_below=80))
    mind = Mind(view(state, "JPN"), "hard")
    back, reasons = mind.score(parse_action("JPN backdown manchuria"))
    assert back >= YIELDS and reasons[0] == "our resolve (70) is spent: we yield"
    assert mind.score(parse_action("JPN escalate manchuria"))[0] < END_SCORE
    chosen = [c.action.text() for c in plan(view(state, "JPN"), 0, "hard")]
    assert "backdown manchuria" in " ".join(chosen)
    plain = Mind(view(game("JPN", backs_down=m.BacksDown(resolve_below=60)), "JPN"), "hard")
    assert plain.score(parse_action("JPN backdown manchuria"))[0] < YIELDS


def test_a_crisis_backs_down_steers_its_aggressor(tmp_path):
    """A crisis's ``backs_down: {will_below: 90}`` makes Iraq, its aggressor, back down in
    its first turn and keep backing down until the crisis ends."""
    session = gulf(tmp_path, crisis=", backs_down: {will_below: 90}")
    session.play_out(1)
    assert session.state.crises["kuwait"].stage < 3


def test_a_sponsor_expects_no_veto_from_a_power_that_never_vetoes():
    """The sponsor's guess of a veto reads the same policy: the United States, a friend of
    Japan, is expected to veto sanctions on it, unless its campaign says it never vetoes."""
    for veto, expected in (("weighed", True), ("never", False)):
        state = game("USA", veto=veto)
        state.relations[pair("USA", "JPN")] = 60
        assert _predicted_veto(state, "un", "council", state.crises["manchuria"]) is expected


# --- weights, bloc loyalty, sovereignty ------------------------------------------------------

ENFORCE_ON_JAPAN = "GBR table un.council enforcement manchuria"
CONDEMN_JAPAN = "GBR table un.council condemn manchuria"


def test_weights_override_only_the_weights_given():
    """The isolationist United States votes no on enforcement in Manchuria; with
    ``weights: {force: 30, cost_aversion: 0}`` it votes yes (force / 2 = 15 for, no cost
    aversion against), and keeps its isolationist multilateral weight (−5)."""
    assert ballot(game("USA"), "USA", ENFORCE_ON_JAPAN)[0] == "no"
    state = game("USA", weights=m.Weights(force=30, cost_aversion=0))
    mind = Mind(view(state, "USA"), "hard")
    assert (mind.multi, mind.hawk, mind.frugal, mind.greed) == (-5, 30, 0, 0)
    cast, reasons = ballot(state, "USA", ENFORCE_ON_JAPAN)
    assert cast == "yes" and "we believe in force" in reasons


def test_bloc_loyalty_sets_how_far_a_nation_shields_its_bloc():
    """Italy, of Japan's bloc, votes no on condemning Japan with the default loyalty (25);
    a maverick (``bloc_loyalty: 0``) abstains and never names the bloc; a loyal partner
    (40) counts the bloc 40 points."""
    assert ballot(game("ITA"), "ITA", CONDEMN_JAPAN)[0] == "no"
    cast, reasons = ballot(game("ITA", bloc_loyalty=0), "ITA", CONDEMN_JAPAN)
    assert cast == "abstain" and not any("our bloc" in r for r in reasons)
    draft = draft_of(parse_action(CONDEMN_JAPAN))
    terms = Mind(view(game("ITA", bloc_loyalty=40), "ITA"), "hard").weigh(draft)[1]
    assert (-40.0, "Japan is in our bloc") in terms


def test_an_inquiry_accuses_no_one():
    """Rule: an inquiry accuses no one, so a member weighs neither its bloc loyalty nor its
    friendship with the accused against it, and reads disputed facts as the case for it (the
    clarity term turns round). Precedent: the
    Security Council set up the commission on Kashmir (Res 39, January 1948) with Britain and
    the United States voting for it, and the Lytton Commission on Manchuria was proposed by
    Japan itself (December 1931): a fact-finding body was how the powers put off judging."""
    murky = game("ITA")
    murky.crises["manchuria"] = replace(murky.crises["manchuria"], clarity=30)
    draft = draft_of(parse_action("GBR table un.council inquiry manchuria"))
    terms = Mind(view(murky, "ITA"), "hard").weigh(draft)[1]
    assert not any("our bloc" in why or "relations with Japan" in why for _, why in terms)
    assert (5.0, "the facts are disputed: clarity 30") in terms
    condemn = draft_of(parse_action(CONDEMN_JAPAN))
    terms = Mind(view(murky, "ITA"), "hard").weigh(condemn)[1]
    assert (-25.0, "Japan is in our bloc") in terms and (-5.0, "clarity of the facts: 30") in terms
    assert any("relations with Japan" in why for _, why in terms)


def civil_war(state, stage: int = 2):
    """Manchuria turned into a civil war, at ``stage``."""
    state.crises["manchuria"] = replace(state.crises["manchuria"], kind="civil_war", stage=stage)
    return state


def test_sovereignty_weighs_against_measures_inside_a_state():
    """The Soviet Union votes to condemn Japan; with ``sovereignty: 20`` it abstains once
    the crisis is a civil war, saying why, and still condemns an interstate war."""
    state = game("SOV", sovereignty=20)
    assert ballot(state, "SOV", CONDEMN_JAPAN)[0] == "yes"
    assert ballot(civil_war(game("SOV")), "SOV", CONDEMN_JAPAN)[0] == "yes"
    cast, reasons = ballot(civil_war(state), "SOV", CONDEMN_JAPAN)
    assert cast == "abstain" and "no one may reach inside a sovereign state" in reasons


def test_sovereignty_weighs_against_intervening_inside_a_state():
    """An intervention in a civil war is worth the nation's sovereignty less to it, with the
    reason first; a negative sovereignty makes it worth more."""
    order = parse_action("SOV intervene manchuria")

    def worth(sovereignty: int) -> tuple[float, list[str]]:
        state = civil_war(game("SOV", sovereignty=sovereignty), stage=3)
        return Mind(view(state, "SOV"), "hard").score(order)

    plain, _ = worth(0)
    wary, reasons = worth(20)
    assert wary == pytest.approx(plain - 20)
    assert reasons[0] == "no one may reach inside a sovereign state"
    assert worth(-15)[0] == pytest.approx(plain + 15)


def test_the_documented_defaults_are_the_models():
    """docs/ai.md's steering table gives bloc_loyalty and sovereignty the defaults a nation
    has when its campaign says nothing."""
    doc = (Path(__file__).resolve().parents[2] / "docs" / "ai.md").read_text(encoding="utf-8")
    plain = NATIONS[0]
    assert f"| `bloc_loyalty` | nation | {plain.bloc_loyalty} |" in doc
    assert f"| `sovereignty` | nation | {plain.sovereignty} |" in doc
    assert plain.weights is None
