"""The responsibility-to-protect campaign, 1992-2012 (game/campaigns/r2p_1992).

Content checks (it validates, its map ids exist, its Security Council sits as the reference
says), all-AI playthroughs, and history and counterfactual tests. In the history tests the
record is the script: the outside powers and the parties give only the orders they
historically gave, and the Council members cast the ballots they cast where a test is not
about how they would vote; the AI answers every other ballot (with the stances of
nations.yaml) and every event decision (whose AI weights are the historical choices).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from game.ai.policy import Mind, ranked
from game.engine import consent, new_game, norms
from game.engine.calendar import parse_date
from game.engine.context import Ctx
from game.engine.orders.military import interest
from game.engine.script import perform
from game.engine.state import Resolution
from game.engine.view import view
from game.session.session import Session

from .driver import (AI, Script, council_at, council_votes, decided, outcome, pledges, run,
                     tally, then)

CAMPAIGN = Path(__file__).resolve().parents[2] / "game" / "campaigns" / "r2p_1992"


UNAMIR = ["BEL", "BGD", "GHA"]
RWANDA: Script = {
    # Res 872, 5 Oct 1993: UNAMIR, 15-0-0, with Belgian, Bangladeshi and Ghanaian battalions.
    "1993-10": then(["FRA table un.council peacekeeping rwanda_1993 mandate=interpose"],
                    council_votes("peacekeeping@rwanda_1993")),
    # Apr 1994: the killing begins; Res 912 (21 Apr) cuts the force to a token - here the
    # mandate is not renewed - and the killers press on through the spring and summer.
    "1994-01": pledges("rwanda_1993", UNAMIR),
    "1994-04": then(["RWA escalate rwanda_1993"],
                    council_votes("peacekeeping@rwanda_1993", "no")),
    "1994-07": ["RWA escalate rwanda_1993"],
}


@pytest.fixture(scope="module")
def rwanda(campaign) -> Session:
    return run(campaign, RWANDA, until="1996-01")


# --- content ------------------------------------------------------------------------------


def test_campaign_validates_without_errors(loaded):
    """Every bundled campaign must load and validate: no errors, and no warnings either."""
    assert loaded.campaign is not None
    assert not loaded.errors, "\n".join(str(p) for p in loaded.errors)
    assert not loaded.warnings, "\n".join(str(p) for p in loaded.warnings)


def test_territories_are_on_the_base_map(campaign):
    """Territories, crisis regions and claims name features of world_2011 (East Timor and
    South Sudan among them) or the campaign's own drawn regions."""
    from game.mapdata import feature_ids

    known = set(feature_ids(campaign.base_map)) | {r.id for r in campaign.regions}
    assert {"east_timor", "south_sudan"} <= known
    used = {(n.code, t) for n in campaign.nations for t in n.territory}
    used |= {(c.id, t) for c in campaign.crises for t in c.region}
    used |= {(f"{n.code}.{k.id}", t) for n in campaign.nations for k in n.claims
             for t in k.region}
    missing = sorted(f"{who}: {t}" for who, t in used if t not in known)
    assert not missing, missing


def test_scale_and_playable_nations(campaign):
    """Twenty years a quarter a turn; the eight crises the brief names; playable nations
    include a permanent member, an African state and a troop contributor, each with a briefing
    and 3 to 6 objectives."""
    assert campaign.turn_months == 3
    ids = {c.id for c in campaign.crises}
    assert {"somalia_1992", "rwanda_1993", "haiti_1993", "east_timor_1999",
            "sierra_leone_1997", "sdn_darfur", "libya_2011", "syria_2011"} <= ids
    playable = {n.code: n for n in campaign.nations if n.playable}
    assert {"USA", "FRA", "NGA", "CAN"} <= set(playable)
    for n in playable.values():
        assert 3 <= len(n.objectives) <= 6, n.code
        assert n.briefing, n.code


def test_regional_organisations(campaign):
    """The OAU/African Union and ECOWAS are regional organisations with a body that can mandate
    peacekeeping; Nigeria belongs to both."""
    for org_id in ("au", "ecowas"):
        org = campaign.org(org_id)
        assert org.kind == "regional"
        assert any("peacekeeping" in b.powers for b in org.bodies)
    members = {org_id: {m.nation for m in campaign.org(org_id).members}
               for org_id in ("au", "ecowas")}
    assert "NGA" in members["au"] and "NGA" in members["ecowas"]


@pytest.mark.parametrize(("date", "elected"), [
    ("1994-04", {"ARG", "BRA", "CZE", "DJI", "NZL", "NGA", "OMN", "PAK", "RWA", "ESP"}),
    ("1999-09", {"ARG", "BHR", "BRA", "CAN", "GAB", "GMB", "MYS", "NAM", "NLD", "SLO"}),
    ("2005-03", {"DZA", "ARG", "BEN", "BRA", "DNK", "GRE", "JPN", "PHL", "ROU", "TZA"}),
    ("2011-03", {"BIH", "BRA", "COL", "GAB", "GER", "IND", "LBN", "NGA", "PRT", "ZAF"}),
    ("2012-02", {"AZE", "COL", "GER", "GTM", "IND", "MAR", "PAK", "PRT", "ZAF", "TGO"}),
])
def test_security_council_sits_as_in_the_reference(campaign, date, elected):
    """The Council's ten elected members year by year (reference: r2p_1991), 15 seats."""
    permanent, sitting = council_at(campaign, date)
    assert permanent == {"USA", "GBR", "FRA", "RUS", "CHN"}
    assert sitting == elected


# --- all-AI play --------------------------------------------------------------------------


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_all_ai_plays_to_the_end(campaign, seed):
    """The AI playing every nation reaches March 2012 without an error, and every crisis
    begins - Darfur's by Khartoum's own choice to press its claim."""
    session = Session(campaign, seed)
    session.play_out()
    assert session.over
    for crisis in campaign.crises:
        assert session.state.crises[crisis.id].started is not None, crisis.id


# --- history ------------------------------------------------------------------------------


def test_unamir_is_created_unanimously(rwanda):
    """Res 872 (5 Oct 1993): UNAMIR, a consent-based force for the Arusha agreement, 15-0-0."""
    (res, *_) = decided(rwanda, "peacekeeping", "rwanda_1993")
    assert res.status == "adopted"
    assert tally(res) == {"yes": 15, "no": 0, "abstain": 0, "absent": 0}


def test_with_the_force_cut_the_genocide_runs_its_course(rwanda):
    """April 1994: the Council let UNAMIR shrink to a token (Res 912) instead of reinforcing
    it. With no force in the way, the killing the president's death unleashed runs its course:
    the crisis ends in the hardliners' 'conquest' within a year."""
    assert outcome(rwanda, "rwanda_1993") == "conquest"
    assert rwanda.state.crises["rwanda_1993"].ended <= parse_date("1995-04")
    assert not [m for m in rwanda.state.missions.values()
                if m.crisis == "rwanda_1993" and m.status == "active"]


def test_a_reinforced_mission_stops_the_genocide(campaign, rwanda):
    """The option the Secretary-General tabled on 20 April 1994 and Dallaire asked for in
    January: a mission with a protect mandate and the troops for it, renewed rather than cut.
    It stands in the way of the escalation, and the killing does not run its course."""
    script = dict(RWANDA)
    script["1994-01"] = then(
        ["USA table un.council peacekeeping rwanda_1993 mandate=protect"],
        council_votes("peacekeeping@rwanda_1993"),
        pledges("rwanda_1993", UNAMIR + ["USA", "FRA", "GBR", "CAN", "NGA"]))
    script["1994-04"] = then(["RWA escalate rwanda_1993"],
                             council_votes("peacekeeping@rwanda_1993"))
    script["1994-07"] = then(["RWA escalate rwanda_1993"],
                             council_votes("peacekeeping@rwanda_1993"))
    reinforced = run(campaign, script, until="1996-01")
    assert outcome(reinforced, "rwanda_1993") != "conquest"
    assert (reinforced.state.crises["rwanda_1993"].casualties
            < rwanda.state.crises["rwanda_1993"].casualties)


def test_after_mogadishu_washington_weighs_missions_lower(campaign):
    """The Mogadishu line (3-4 October 1993; PDD-25, May 1994): the battle's American dead
    are a real loss the rule remembers, not a flag, so six months on the United States' AI
    wants a protection mission in Rwanda less and says why; four years on it has forgotten."""
    state = new_game(campaign, seed=1)
    state.month = parse_date("1993-10")
    mogadishu = next(e for e in campaign.events if e.id == "mogadishu")
    ctx = Ctx(state)
    for effect in mogadishu.effects:
        perform(ctx, effect, mogadishu.title)
    assert [(x.nation, x.how) for x in state.losses] == [("USA", "event"), ("PAK", "event")]
    draft = Resolution("R1", "un", "council", "NZL", "peacekeeping", "rwanda_1993",
                       (("mandate", "protect"),), state.turn)

    def support(month: str, losses: tuple) -> tuple[float, list[str]]:
        then_state = state.copy()
        then_state.month, then_state.losses = parse_date(month), losses
        # on its merits: the other seats, and so the crowd, change between 1994 and 1997
        value, terms = Mind(view(then_state, "USA"), "hard").weigh(draft, crowd=False)
        return value, ranked(terms)

    wary, why = support("1994-04", state.losses)
    calm, _ = support("1994-04", ())
    faded, _ = support("1997-10", state.losses)
    assert wary < calm == faded
    assert any("Somalia" in r for r in why)


def test_only_the_west_and_the_vetoing_powers_are_rivals(campaign):
    """Rivalries (docs/rules.md): this is not a world of two camps. The Western powers drafted
    the intervention texts and Russia and China abstained on them or, from 2007, vetoed them
    together in the name of sovereignty (Myanmar 2007, Zimbabwe 2008, Syria 2011-12). So the
    United States counts Assad's gain as its rival's; China, which vetoed beside Moscow, does
    not; and France, which led Opération Turquoise into Rwanda, does not read the Habyarimana
    government's killing as another bloc's gain (before, every pair of blocs was a rivalry)."""
    state = new_game(campaign, seed=1)

    def rival_gain(nation: str, crisis: str) -> bool:
        c = state.crises[crisis]
        why = interest(Mind(view(state, nation), "hard"), c)[1]
        return any("gains for the other bloc" in r for r in why)

    assert rival_gain("USA", "syria_2011") and rival_gain("FRA", "syria_2011")
    assert not rival_gain("CHN", "syria_2011")
    assert not rival_gain("FRA", "rwanda_1993") and not rival_gain("USA", "rwanda_1993")
    assert not rival_gain("USA", "sdn_darfur") and not rival_gain("RUS", "libya_2011")


LIBYA: Script = {
    # Res 1970 (26 Feb 2011): arms embargo and ICC referral, 15-0-0; Res 1973 (17 Mar) voted
    # by the AI with the stances of nations.yaml.
    "2011-01": then(["GBR table un.council sanctions libya_2011 type=arms",
                     "FRA table un.council enforcement libya_2011"],
                    council_votes("sanctions@libya_2011")),
}


def test_resolution_1973_passes_with_abstentions(campaign):
    """An abstention is not a veto: Res 1973 (17 Mar 2011) authorised all necessary measures
    to protect Libya's civilians 10-0-5, with Russia and China abstaining once the Arab League
    had asked for a no-fly zone, and Brazil, Germany and India abstaining too."""
    session = run(campaign, LIBYA, until="2011-04")
    (embargo,) = decided(session, "sanctions", "libya_2011")
    assert embargo.status == "adopted" and tally(embargo)["yes"] == 15
    (res,) = decided(session, "enforcement", "libya_2011")
    assert res.status == "adopted"
    assert not res.vetoed_by
    ballots = dict(res.ballots)
    assert {n for n, b in ballots.items() if b == "abstain"} == {"RUS", "CHN", "BRA", "GER",
                                                                 "IND"}
    assert tally(res)["yes"] == 10


def test_gaddafi_never_consents_and_the_council_closes_libyas_skies_with_five_abstentions(
        campaign):
    """Libya, 2011, with every nation played by the AI from January: the Council adopts the
    no-fly zone the Arab League asked for in the first quarter (Res 1973, 17 March, 10-0-5:
    Brazil, China, Germany, India and Russia abstaining); Gaddafi, at war with a people in
    arms inside his borders, never consents to a force (``consent.besieged``), and the war
    ends when the rebels, armed from abroad, with his aircraft grounded and the zone's
    enforcers flying beside them (``measures.resistance``), outfight his army - a withdrawal,
    as Tripoli's fall in August was, not a frozen war. The votes are the AI's, so a
    non-permanent member may abstain beside the five (Colombia does in this game)."""
    everyone = {d.code: "2011-01" for d in campaign.nations}
    session = run(campaign, {}, until="2012-01", ai_from=everyone)
    (res,) = decided(session, "no_fly_zone", "libya_2011")
    assert res.status == "adopted" and not res.vetoed_by
    assert session.state.month_of_turn(res.turn) == parse_date("2011-01")
    assert tally(res)["no"] == 0 and tally(res)["yes"] >= 9
    assert {n for n, b in res.ballots if b == "abstain"} >= {"BRA", "CHN", "GER", "IND", "RUS"}
    libya = session.state.crises["libya_2011"]
    assert not consent.consented(session.state, libya)
    assert outcome(session, "libya_2011") == "withdrawal"


def test_jakarta_consents_under_the_lenders_pressure_and_leaves_east_timor(campaign):
    """East Timor, September 1999: after the ballot's violence, with Australia and the United
    States ready to send troops, the IMF's and the World Bank's money held back and Washington
    cutting its military ties, Habibie accepted a force; his army left and the annexation was
    revoked. Here the armies mobilised alone leave Jakarta's urge above the line; with the
    United States' and Japan's aid cut (``withhold``) it consents that quarter and withdraws."""
    ready = ["AUS mobilise east_timor_1999", "USA mobilise east_timor_1999",
             "NZL mobilise east_timor_1999"]
    cuts = ["USA withhold east_timor_1999", "JPN withhold east_timor_1999"]
    armies = run(campaign, {"1999-07": ready}, until="1999-10")
    assert armies.state.crises["east_timor_1999"].active
    pressed = run(campaign, {"1999-07": ready + cuts}, until="1999-10")
    timor = pressed.state.crises["east_timor_1999"]
    assert consent.consented(pressed.state, timor)
    assert outcome(pressed, "east_timor_1999") == "withdrawal"
    assert timor.ended == parse_date("1999-07")


SYRIA: Script = {
    # 4 Oct 2011: the European draft (9-2-4); 4 Feb 2012: the draft backing the Arab League's
    # plan (13-2). The elected members cast their recorded ballots; Russia and China vote as
    # the AI, with their stances, would.
    "2011-10": then(["FRA table un.council condemn syria_2011"],
                    council_votes("condemn@syria_2011", RUS=AI, CHN=AI, BRA="abstain",
                                  IND="abstain", LBN="abstain", ZAF="abstain")),
    "2012-01": then(["GBR table un.council condemn syria_2011"],
                    council_votes("condemn@syria_2011", RUS=AI, CHN=AI)),
}


def test_the_syria_drafts_are_vetoed(campaign):
    """After Libya, Russia and China said no: both Council drafts on Syria (October 2011,
    9-2-4; February 2012, 13-2) had the nine votes and were vetoed by the two of them."""
    session = run(campaign, SYRIA, until="2012-04")
    drafts = decided(session, "condemn", "syria_2011")
    assert len(drafts) == 2
    for res in drafts:
        assert res.status == "vetoed"
        assert set(res.vetoed_by) == {"RUS", "CHN"}
    assert tally(drafts[0]) == {"yes": 9, "no": 2, "abstain": 4, "absent": 0}
    assert tally(drafts[1]) == {"yes": 13, "no": 2, "abstain": 0, "absent": 0}


# --- the responsibility to protect as a vote ---------------------------------------------

def test_the_world_summit_puts_the_doctrine_to_a_vote_that_passes(campaign):
    """September 2005: the World Summit agreed paragraphs 138-139 and the General Assembly
    adopted them in its Outcome (res 60/1). Here the summit event puts the responsibility to
    protect on the agenda; with every nation played by the AI its champion tables it that
    quarter, and it passes the Assembly by two thirds, Russia and China among those who do
    not vote for it."""
    everyone = {d.code: "2005-07" for d in campaign.nations}
    session = run(campaign, {}, until="2005-10", ai_from=everyone)
    (res,) = decided(session, "endorse", "r2p", body="assembly")
    assert res.status == "adopted"
    assert norms.endorsed_in(session.state) == parse_date("2005-07")
    ballots = dict(res.ballots)
    assert ballots["CHN"] != "yes" and ballots["RUS"] != "yes"
    assert ballots["CAN"] == "yes"


def test_tabled_early_without_lobbying_the_doctrine_is_blocked(campaign):
    """The counterfactual of an earlier text (2002, the ICISS report just out, the
    Non-Aligned wary of 'humanitarian intervention' after Kosovo): Canada tables it in the
    Assembly at the early price and lobbies nobody; the AI's votes leave it short of two
    thirds, and it is not endorsed."""
    everyone = {d.code: "2002-01" for d in campaign.nations if d.code != "CAN"}
    script: Script = {"2002-01": ["CAN table un.assembly endorse r2p", "CAN vote endorse@r2p yes"]}
    session = run(campaign, script, until="2002-04", ai_from=everyone)
    (res,) = decided(session, "endorse", "r2p", body="assembly")
    assert res.status == "failed"
    assert not norms.endorsed(session.state)
