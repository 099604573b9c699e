"""The Yugoslav wars campaign, 1991-1999 (game/campaigns/balkans_1991).

Content checks (it validates, its map ids exist, its Security Council sits as the reference
says, Russia takes over the Soviet seat), all-AI playthroughs, and history and counterfactual
tests. In the history tests the record is the script: the outside powers and the parties give
only the orders they historically gave, and the Council members cast the ballots they cast;
the AI answers every other ballot and every event decision (whose AI weights are the
historical choices). The decision rules and the crisis dynamics must then give the historical
result - or, for a plausible other choice, a measurably different one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from game.engine.bodies import seated
from game.engine.orders import LEGITIMACY_COST
from game.session.session import Session

from .driver import (Script, answer, council_at, council_votes, decided, every_turn,
                     first_contingents, if_active, merged, outcome, pledges, run, tally, then,
                     unless_on_the_ground)

CAMPAIGN = Path(__file__).resolve().parents[2] / "game" / "campaigns" / "balkans_1991"

# The historical record, turn by turn (a date names the two-month turn containing it). The
# parties' escalations and retreats are their historical choices; the Council's ballots are
# the recorded votes.
HISTORY: Script = {
    "1991-06": ["YUG escalate croatia_1991"],
    "1991-08": ["YUG escalate croatia_1991"],
    # Res 713, 25 Sep 1991: a general arms embargo on Yugoslavia, unanimous.
    "1991-09": then(["AUT table un.council sanctions croatia_1991 type=arms"],
                    council_votes("sanctions@croatia_1991")),
    # Res 743, 21 Feb 1992: UNPROFOR, 15-0-0.
    "1992-02": then(["FRA table un.council peacekeeping unprofor_1992 mandate=interpose"],
                    council_votes("peacekeeping@unprofor_1992")),
    "1992-04": ["RSR escalate nofly_1992"],
    # Res 757, 30 May 1992: sanctions on Serbia-Montenegro, 13-0-2.
    "1992-05": then(["USA table un.council sanctions bosnia_sanctions_1992 type=economic"],
                    council_votes("sanctions@bosnia_sanctions_1992", CHN="abstain",
                                  ZWE="abstain"),
                    pledges("unprofor_1992", ["FRA", "GBR", "NLD", "BEL", "CAN", "ESP"])),
    # Res 781, 9 Oct 1992: the flight ban, 14-0-1.
    "1992-10": then(["USA table un.council no_fly_zone nofly_1992"],
                    council_votes("no_fly_zone@nofly_1992", CHN="abstain")),
    "1992-12": ["RSR backdown nofly_1992"],           # the 1992 offensive has run its course
    # Res 816, 31 Mar 1993: the ban may be enforced, 14-0-1.
    "1993-03": then(["FRA table un.council enforcement nofly_1992"],
                    council_votes("enforcement@nofly_1992", CHN="abstain")),
    # Res 819, 16 Apr 1993: Srebrenica a safe area, unanimous.
    "1993-04": then(["FRA table un.council peacekeeping safeareas_icty_1993 mandate=protect"],
                    council_votes("peacekeeping@safeareas_icty_1993")),
    # A Canadian company went into Srebrenica (April 1993), relieved by a Dutch battalion in
    # March 1994; the British and French battalions served elsewhere in Bosnia (UNPROFOR).
    "1993-06": first_contingents("safeareas_icty_1993", ["CAN", "NLD"]),
    # Feb 1994: NATO's ultimatum after Markale; the guns are pulled back.
    "1994-02": ["RSR backdown markale_washington_1994"],
    "1994-03": ["USA table nato.council enforcement markale_washington_1994"],
    "1994-04": ["RSR backdown markale_washington_1994"],
    # Srebrenica, 1995: Dutchbat, a few hundred lightly armed soldiers, guards the enclave
    # under the safe-area mandate (Res 819, 836); no one reinforces it, and the requests for
    # air support are refused. The Bosnian Serbs strangle the enclave, then attack on 6 July.
    # The safe-area mission of 1993 is still there (enclaves.take_over); only were it gone
    # would the Council vote a new one.
    "1995-02": unless_on_the_ground("srebrenica_1995", then(
        ["FRA table un.council peacekeeping srebrenica_1995 mandate=protect"],
        council_votes("peacekeeping@srebrenica_1995"))),
    "1995-04": then(first_contingents("srebrenica_1995", ["NLD"]),
                    ["RSR escalate srebrenica_1995"]),
    "1995-06": ["RSR escalate srebrenica_1995"],
    # Aug-Sep 1995: Deliberate Force.
    "1995-08": ["USA table nato.council enforcement storm_deliberateforce_1995"],
    "1995-10": ["USA intervene storm_deliberateforce_1995",
                "FRA intervene storm_deliberateforce_1995"],
    # Res 1031, 15 Dec 1995: IFOR (reported unanimous; the count is unverified).
    # (Only while the war it keeps the peace of is still on: the Serbs may have given up first.)
    "1995-12": if_active("nofly_1992", then(
        ["USA table un.council peacekeeping nofly_1992 mandate=interpose"],
        council_votes("peacekeeping@nofly_1992"))),
    # Res 1160, 31 Mar 1998: arms embargo including Kosovo, 14-0-1.
    "1998-03": then(["USA table un.council sanctions kosovo_1998 type=arms"],
                    council_votes("sanctions@kosovo_1998", CHN="abstain")),
    # Res 1199, 23 Sep 1998: ceasefire demanded, 14-0-1.
    "1998-09": then(["GBR table un.council ceasefire kosovo_1998"],
                    council_votes("ceasefire@kosovo_1998", CHN="abstain")),
    # Oct 1998: the OSCE verification mission.
    "1998-10": ["USA table csce.council peacekeeping kosovo_1998 mandate=observe"],
    # 24 Mar 1999: Allied Force, on NATO's authority alone.
    "1999-03": ["USA table nato.council enforcement kosovo_1998", "YUG escalate kosovo_1998"],
    "1999-04": ["USA intervene kosovo_1998", "GBR intervene kosovo_1998",
                "FRA intervene kosovo_1998", "ITA intervene kosovo_1998",
                "NLD intervene kosovo_1998"],
    # Res 1244, 10 Jun 1999: UNMIK and KFOR, 14-0-1 with China abstaining.
    "1999-06": then(["USA table un.council peacekeeping kosovo_1998 mandate=protect"],
                    council_votes("peacekeeping@kosovo_1998", CHN="abstain")),
}


@pytest.fixture(scope="module")
def history(campaign) -> Session:
    return run(campaign, HISTORY)


# --- content ------------------------------------------------------------------------------


def test_campaign_validates_without_errors(loaded):
    """Every bundled campaign must load and validate: no errors, and no warnings either."""
    assert loaded.campaign is not None
    assert not loaded.errors, "\n".join(str(p) for p in loaded.errors)
    assert not loaded.warnings, "\n".join(str(p) for p in loaded.warnings)


def test_territories_are_on_the_base_map(campaign):
    """Territories, crisis regions and claims name base-map features (Natural Earth's
    sub-national pieces and the drawn Krajina) or the campaign's own drawn regions."""
    mapdata = pytest.importorskip("game.mapdata")
    feature_ids = getattr(mapdata, "feature_ids", None)
    if feature_ids is None:
        pytest.skip("game.mapdata.feature_ids is not available yet")
    known = {f for m in (campaign.base_map, *(c.map for c in campaign.later_maps))
             for f in feature_ids(m)} | {r.id for r in campaign.regions}
    used = {(n.code, t) for n in campaign.nations for t in n.territory}
    used |= {(c.id, t) for c in campaign.crises for t in c.region}
    used |= {(f"{n.code}.{k.id}", t) for n in campaign.nations for k in n.claims
             for t in k.region}
    missing = sorted(f"{who}: {t}" for who, t in used if t not in known)
    assert not missing, missing


def test_scale_and_calendar(campaign):
    """Playable in one to three hours: 30-60 turns. At least 12 crises, 15 nations and the
    playable nations the brief names, each with 3 to 6 objectives and a briefing."""
    assert 30 <= campaign.turns <= 60
    assert len(campaign.crises) >= 12
    assert len(campaign.nations) >= 15
    playable = {n.code: n for n in campaign.nations if n.playable}
    assert {"USA", "GER", "FRA", "GBR", "YUG", "CRO", "BIH"} <= set(playable)
    for n in playable.values():
        assert 3 <= len(n.objectives) <= 6, n.code
        assert n.briefing, n.code


def test_revisionists_have_claims(campaign):
    """Serbian, Bosnian-Serb and Croatian claims exist, to be pressed when the order is weak."""
    claimants = {n.code for n in campaign.nations if n.claims}
    assert {"YUG", "RSR", "CRO"} <= claimants


@pytest.mark.parametrize(("date", "elected"), [
    ("1991-09", {"AUT", "BEL", "CIV", "CUB", "ECU", "IND", "ROU", "YEM", "ZAR", "ZWE"}),
    ("1992-05", {"AUT", "BEL", "CPV", "ECU", "HUN", "IND", "JPN", "MAR", "VEN", "ZWE"}),
    ("1993-04", {"BRA", "CPV", "DJI", "HUN", "JPN", "MAR", "NZL", "PAK", "ESP", "VEN"}),
    ("1995-07", {"ARG", "BWA", "CZE", "GER", "HND", "IDN", "ITA", "NGA", "OMN", "RWA"}),
    ("1998-03", {"BHR", "BRA", "CRI", "GAB", "GMB", "JPN", "KEN", "PRT", "SLO", "SWE"}),
    ("1999-06", {"ARG", "BHR", "BRA", "CAN", "GAB", "GMB", "MYS", "NAM", "NLD", "SLO"}),
])
def test_security_council_sits_as_in_the_reference(campaign, date, elected):
    """The Council's ten elected members year by year (reference: balkans_1991), 15 seats."""
    permanent, sitting = council_at(campaign, date)
    assert sitting == elected
    assert len(permanent | sitting) == 15


def test_russia_takes_over_the_soviet_seat(campaign):
    """The Russian Federation takes the Soviet Union's permanent seat in December 1991: the
    veto passes with the seat (Charter Art. 23 names the USSR; no vote was taken)."""
    session = run(campaign, {}, until="1992-02")
    assert "RUS" in seated(session.state, "un", "council")
    assert "SOV" not in seated(session.state, "un", "council")
    assert not session.state.nations["SOV"].exists
    assert session.state.nations["RUS"].exists


# --- all-AI play --------------------------------------------------------------------------


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_all_ai_plays_to_the_end(campaign, seed):
    """The AI playing every nation reaches the end of 1999 without an error, and the opening
    crises (Slovenia, Croatia, Bosnia) always start."""
    session = Session(campaign, seed)
    session.play_out()
    assert session.over
    for crisis in ("slovenia_1991", "croatia_1991", "bosnia_sanctions_1992", "nofly_1992"):
        assert session.state.crises[crisis].started is not None, crisis


# --- history ------------------------------------------------------------------------------


def test_arms_embargo_on_all_of_yugoslavia_is_unanimous(history):
    """Unanimity in the Council: Res 713 (25 Sep 1991) imposed a general and complete arms
    embargo on Yugoslavia, 15-0-0 - welcomed by Belgrade, whose army already had the arms."""
    (res,) = decided(history, "sanctions", "croatia_1991")
    assert res.status == "adopted"
    assert tally(res) == {"yes": 15, "no": 0, "abstain": 0, "absent": 0}
    assert res.param("type") == "arms"
    assert res.turn == 1                                    # the Aug-Sep 1991 turn


def test_abstentions_do_not_veto_the_1992_sanctions(history):
    """An abstaining permanent member does not veto (Charter practice since 1946): Res 757
    (30 May 1992) passed 13-0-2 with China and Zimbabwe abstaining."""
    (res,) = decided(history, "sanctions", "bosnia_sanctions_1992")
    assert res.status == "adopted"
    assert tally(res) == {"yes": 13, "no": 0, "abstain": 2, "absent": 0}
    assert dict(res.ballots)["CHN"] == "abstain"
    assert not res.vetoed_by


def test_resolution_1244_passes_with_china_abstaining(history):
    """An abstention is not a veto: Res 1244 (10 Jun 1999) put Kosovo under UN administration
    with a NATO-led force, 14-0-1, China abstaining."""
    (res,) = decided(history, "peacekeeping", "kosovo_1998")
    assert res.status == "adopted"
    assert tally(res) == {"yes": 14, "no": 0, "abstain": 1, "absent": 0}
    assert dict(res.ballots)["CHN"] == "abstain"
    assert not res.vetoed_by


def test_nato_bombs_kosovo_on_regional_authority_alone(history):
    """Force with only a regional body's authority costs legitimacy (Kosovo, March 1999): NATO
    authorised Allied Force by consensus, the Council never did, and every intervening ally
    paid the regional price - more than a Council mandate would have cost, less than none."""
    (nato,) = decided(history, "enforcement", "kosovo_1998", org="nato")
    assert nato.status == "adopted"
    assert not decided(history, "enforcement", "kosovo_1998")
    lapsed = [r for e in history.chronicle if e.kind == "lifted"
              and e.get("crisis") == "kosovo_1998" for r in e.get("lifted").split(",")]
    measures = history.state.crises["kosovo_1998"].measures  # or spent with Belgrade's retreat
    assert {m.resolution for m in measures if m.kind == "enforcement"} | set(lapsed) \
        >= {nato.id}
    interventions = [e for e in history.chronicle
                     if e.kind == "military" and e.get("crisis") == "kosovo_1998"
                     and e.get("authority") is not None]
    assert {e.get("nation") for e in interventions} >= {"USA", "GBR", "FRA"}
    assert {e.get("authority") for e in interventions} == {"regional"}
    assert LEGITIMACY_COST["universal"] > LEGITIMACY_COST["regional"] > LEGITIMACY_COST["none"]


def test_the_council_would_have_vetoed_force_over_kosovo(campaign):
    """Why NATO went alone: a draft authorising force over Kosovo in the Council meets the veto
    of a permanent member - China, or Russia, Belgrade's friend - as everyone expected in March
    1999 (Russia and China said they would vote no; the rule counts a single permanent
    member's no, whatever the majority)."""
    script = dict(HISTORY)
    script["1999-03"] = then(["USA table un.council enforcement kosovo_1998",
                              "YUG escalate kosovo_1998"],
                             council_votes("enforcement@kosovo_1998", RUS="no", CHN="no"))
    session = run(campaign, script, until="1999-04")
    (res,) = decided(session, "enforcement", "kosovo_1998")
    assert res.status == "vetoed"
    assert res.vetoed_by and set(res.vetoed_by) <= {"RUS", "CHN"}


def test_the_historical_course(history):
    """With the historical choices the wars end as they did: Croatia frozen by the Vance plan
    (Jan 1992), the Krajina retaken by Operation Storm (Aug 1995), Srebrenica overrun with
    Dutchbat, too few and too lightly armed to hold it (Jul 1995), Bosnia settled at Dayton
    (Nov 1995), and Belgrade's forces withdrawn from Kosovo after NATO's bombing (Jun 1999)."""
    assert outcome(history, "croatia_1991") == "frozen"
    assert outcome(history, "unprofor_1992") == "withdrawal"
    assert "storm" in history.state.flags
    assert outcome(history, "srebrenica_1995") == "conquest"
    assert outcome(history, "dayton_1995") == "settlement"
    assert outcome(history, "kosovo_1998") == "withdrawal"
    assert history.state.nations["BIH"].exists


# --- counterfactuals ----------------------------------------------------------------------


def _srebrenica(campaign, seed: int, reinforced: bool) -> Session:
    """1995 with Dutchbat alone, or reinforced in the spring with troops from six members once
    NATO air power is authorised over the enclave (which breaks the siege: enclaves.py). From the directive of February 1995 on, the
    Bosnian Serb command decides for itself."""
    script = dict(HISTORY)
    del script["1995-06"]
    script["1995-04"] = first_contingents("srebrenica_1995", ["NLD"])
    if reinforced:  # force authorised breaks the siege, and the relief goes in
        script["1995-02"] = then(HISTORY["1995-02"],
                                 ["USA table nato.council enforcement srebrenica_1995"])
        script["1995-04"] = pledges("srebrenica_1995", ["NLD", "USA", "GBR", "FRA", "TUR", "ITA"])
    return run(campaign, script, seed=seed, until="1996-06", ai_from={"RSR": "1995-02"},
               strict=False)


SEEDS = (1, 2, 3)


def test_a_weak_safe_area_falls_and_a_reinforced_one_holds(campaign):
    """A protection is only as strong as its troops and its mandate. Srebrenica, July 1995:
    some 400 lightly armed Dutch peacekeepers, air support refused, and the Bosnian Serbs,
    left to decide for themselves, overrun the enclave in most seeds. Reinforced with troops
    and with NATO air power authorised (what held the line at Gorazde in April 1994 and at
    the remaining safe areas after the London conference), it holds in most seeds, and fewer
    die."""
    weak = [_srebrenica(campaign, seed, reinforced=False) for seed in SEEDS]
    strong = [_srebrenica(campaign, seed, reinforced=True) for seed in SEEDS]
    fell = [outcome(s, "srebrenica_1995") == "conquest" for s in weak]
    held = [outcome(s, "srebrenica_1995") != "conquest" for s in strong]
    assert sum(fell) >= 2 and sum(held) >= 2, (fell, held)
    dead = [s.state.crises["srebrenica_1995"].casualties for s in (*weak, *strong)]
    assert sum(dead[3:]) < sum(dead[:3])


def test_germany_waits_for_a_settlement(campaign, history):
    """Recognition as a lever (Dec 1991): had Bonn waited for an overall settlement, as the UN
    and EC envoys urged, the Community would have recognised the republics together with
    Bosnia in April 1992 - a united Community, a later recognition, and Germany's own aim
    unmet."""
    script = dict(HISTORY)
    script["1991-12"] = ["GER choose ec_guidelines wait"]
    waited = run(campaign, script, until="1992-06")
    assert "ger_recognises" in history.state.flags
    assert "recognition_deferred" in waited.state.flags
    assert "ger_recognises" not in waited.state.flags
    assert "ec_recognised" in waited.state.flags       # recognised in April all the same
    fired = waited.state.fired
    assert "ec_recognises_later" in fired and "ec_recognises" not in fired


def test_a_refused_brioni_ends_by_the_war_not_by_the_withdrawal(campaign, history):
    """The army left Slovenia because Belgrade took the Brioni deal (July 1991) and its
    presidency then ordered it out: the `slovenia_free` event is that withdrawal. Had Belgrade
    sent in more troops and then stepped back to incidents on the ground it held, as its army
    did in Croatia a month later (a line frozen under the Vance plan of January 1992), the war
    ends as the war stands, not in a withdrawal it never decided."""
    fought = merged(HISTORY, every_turn(campaign, "1991-06", "1991-12",
                                        answer("YUG", "brioni", "fight")),
                    {"1991-10": ["YUG backdown slovenia_1991"],
                     "1991-12": ["YUG backdown slovenia_1991"]})
    war = run(campaign, fought, until="1993-06")
    assert outcome(history, "slovenia_1991") == "withdrawal"
    assert "slovenia_free" not in war.state.fired
    held = war.state.crises["slovenia_1991"]
    assert held.progress >= 50
    assert outcome(war, "slovenia_1991") in ("settlement", "frozen")
