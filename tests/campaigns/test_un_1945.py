"""The United Nations campaign, 1945-1962 (game/campaigns/un_1945).

Content checks (it validates, its map ids exist, its Council sits as the reference says),
all-AI playthroughs, and history and counterfactual tests: the key nations make the choices
they made (or plausible other ones), the AI plays everybody else, and the decision rules must
give the historical result - or a measurably different one.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

import pytest

from game.ai.policy import Mind
from game.engine.actions import act
from game.engine.calendar import parse_date
from game.engine.orders import ORDERS
from game.engine.orders.turn import END_SCORE
from game.engine.view import view
from game.session import scripted
from game.session.session import Session

from tests.engine.helpers import carry_out

CAMPAIGN = Path(__file__).resolve().parents[2] / "game" / "campaigns" / "un_1945"

Item = str | Callable[[Session], list[str]]
Script = dict[str, list[Item]]


# --- a small driver: scripted nations give fixed orders and ballots, the AI plays the rest --


def play_turn(session: Session, items: list[Item]) -> None:
    """One turn (game.session.scripted.play_turn); the AI decides afresh before every action."""
    scripted.play_turn(session, items,
                       ai=lambda s, nation: s.ai_choice(nation).action)


def run(session: Session, script: Script, until: str | None = None) -> Session:
    """Play turns until ``until`` (the turn containing it is not played) or the end."""
    stop = parse_date(until) if until else None
    length = session.campaign.turn_months
    while not session.over and (stop is None or session.state.month < stop):
        month = session.state.month
        items: list[Item] = []
        for key, entry in script.items():
            if month <= parse_date(key) < month + length:
                items += entry
        play_turn(session, items)
    return session


def resolutions(session: Session, kind: str, crisis: str, body: str | None = None):
    """Every decided resolution of ``kind`` on ``crisis`` (in ``body``, "org.body", if given),
    oldest first."""
    return [r for r in session.state.archive if r.kind == kind and r.subject == crisis
            and (body is None or f"{r.org}.{r.body}" == body)]


def tally(res) -> dict[str, int]:
    out = {"yes": 0, "no": 0, "abstain": 0, "absent": 0}
    for _, ballot in res.ballots:
        out[ballot] += 1
    return out


def vetoed_in(session: Session, kind: str, crisis: str) -> str:
    """The id of the last vetoed Council resolution of ``kind`` on ``crisis``."""
    vetoed = [r for r in session.state.archive if r.kind == kind and r.subject == crisis
              and r.body == "council" and r.status == "vetoed"]
    assert vetoed, f"no {kind} on {crisis} was vetoed"
    return vetoed[-1].id


def emergency_sessions(session: Session, vetoed: str):
    """Emergency special sessions held (or pending) on the vetoed resolution ``vetoed``."""
    every = (*session.state.archive, *session.state.resolutions.values())
    return [r for r in every if r.emergency and r.param("from") == vetoed]


# --- content ------------------------------------------------------------------------------


def test_campaign_validates_without_errors(loaded):
    """Every bundled campaign must load and validate: no errors, and no warnings either."""
    assert loaded.campaign is not None
    assert not loaded.errors, "\n".join(str(p) for p in loaded.errors)
    assert not loaded.warnings, "\n".join(str(p) for p in loaded.warnings)


def test_territories_are_on_the_base_map(campaign):
    """Territory and crisis regions name base-map features or the campaign's own regions."""
    mapdata = pytest.importorskip("game.mapdata")
    if campaign.base_map not in mapdata.available_maps():
        pytest.skip(f"the base map {campaign.base_map} has not been built (make assets)")
    known = set(mapdata.feature_ids(campaign.base_map)) | {r.id for r in campaign.regions}
    used = {(n.code, t) for n in campaign.nations for t in n.territory}
    used |= {(c.id, t) for c in campaign.crises for t in c.region}
    used |= {(f"{n.code}.{k.id}", t) for n in campaign.nations for k in n.claims for t in k.region}
    missing = sorted(f"{who}: {t}" for who, t in used if t not in known)
    assert not missing, missing


def test_scale_and_calendar(campaign):
    """A person plays it in one to three hours: 30-60 turns; at least 12 crises, 20 nations
    and 4 playable nations with 3 to 6 objectives each."""
    assert 30 <= campaign.turns <= 60
    assert len(campaign.crises) >= 12
    assert len(campaign.nations) >= 20
    playable = [n for n in campaign.nations if n.playable]
    assert {"USA", "SOV", "GBR", "FRA"} <= {n.code for n in playable}
    for n in playable:
        assert 3 <= len(n.objectives) <= 6, n.code
        assert n.briefing


@pytest.mark.parametrize(("date", "elected"), [
    ("1946-06", {"AUS", "BRA", "EGY", "MEX", "NLD", "POL"}),
    ("1950-06", {"CUB", "ECU", "EGY", "IND", "NOR", "YUG"}),
    ("1956-10", {"AUS", "BEL", "CUB", "IRN", "PER", "YUG"}),
    ("1961-10", {"CEY", "CHL", "ECU", "LBR", "TUR", "EGY"}),
])
def test_security_council_sits_as_it_did(campaign, date, elected):
    """UN Charter Art. 23: five permanent members (China's seat held by the Republic of China)
    and six elected members, by year, as in the reference's list."""
    month = parse_date(date)
    council = campaign.org("un").body("council")
    seats = {s.nation for s in council.seats if s.holds(month)}
    permanent = {s.nation for s in council.seats if s.permanent}
    assert permanent == {"USA", "SOV", "GBR", "FRA", "CHN"}
    assert seats == permanent | elected


# --- all-AI playthroughs ------------------------------------------------------------------


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_all_ai_plays_to_the_end(campaign, seed):
    """With the AI leading every nation the campaign runs to December 1962 without an error,
    and the scripted crises break out on their dates (all but Suez, which waits on Eden's
    choice between force and talks)."""
    session = Session(campaign, seed)
    session.play_out()
    assert session.over
    started = {c.id for c in session.state.crises.values() if c.started is not None}
    assert {c.id for c in campaign.crises} - {"suez_1956"} <= started


# --- history: a great power that fears a general war with its peer ------------------------


def test_iran_soviet_withdrawal_under_american_pressure(campaign):
    """Iran, 1946: with Washington bound by the Tehran declaration and London by the 1942
    alliance, Stalin, fearing a general war with the United States, does not fight for
    Azerbaijan and withdraws within the year (all-AI, seed 1)."""
    session = run(Session(campaign, 1), {}, until="1947-01")
    assert session.state.crises["iran_1946"].outcome == "withdrawal"


def test_yugoslavia_stalin_does_not_invade_with_america_on_alert(before_korea):
    """Yugoslavia, 1948-53: invasion plans were drawn up and shelved. Had Moscow pressed its
    claim on Tito in June 1950 it would have gone to war alone; with the United States on
    alert the fear of a general war holds it back (escalating is worth less than waiting)."""
    pressed, _ = carry_out(before_korea.state, "SOV press tito")
    alerted, _ = carry_out(pressed, "USA mobilise sov_tito")

    def urge(state) -> float:
        return ORDERS["escalate"].value(Mind(view(state, "SOV"), "hard"),
                                        act("SOV", "escalate", "sov_tito"))[0]

    assert urge(pressed) > END_SCORE > urge(alerted)


def test_yugoslavia_leaves_the_soviet_bloc_with_the_split(campaign):
    """Blocs by era: Yugoslavia sits in Moscow's camp until the Cominform expels it (June
    1948) - the Soviet Union vetoed the Council's drafts on Greece's northern frontier in
    1946-47 - and between the blocs after it (all-AI, seed 1)."""
    session = run(Session(campaign, 1), {}, until="1948-02")
    assert session.state.bloc("YUG") == "east"
    run(session, {}, until="1948-10")
    assert session.state.bloc("YUG") == "nonaligned"


# --- history and counterfactuals: Korea, June 1950 ---------------------------------------

KOREA_ORDERS = [
    "USA table un.council condemn korea_1950",
    "GBR table un.council enforcement korea_1950",
]
# Res 82 (25 June): 9-0-1, Yugoslavia abstaining; Res 83 (27 June): 7-1, Yugoslavia against,
# Egypt and India not voting. The Soviet chair was empty.
KOREA_BALLOTS = [
    *(f"{n} vote * yes" for n in ("USA", "GBR", "FRA", "CHN", "CUB", "ECU", "NOR")),
    "YUG vote condemn@korea_1950 abstain",
    "YUG vote enforcement@korea_1950 no",
    "EGY vote enforcement@korea_1950 abstain",
    "IND vote enforcement@korea_1950 abstain",
]


@pytest.fixture(scope="module")
def before_korea(campaign):
    """The world on the eve of the Korean war (the same for every Korea test: seed 1)."""
    return run(Session(campaign, 1), {}, until="1950-06")


def _continue(session: Session) -> Session:
    """An independent copy to play on from (``apply`` never changes a state in place)."""
    twin = copy.copy(session)
    twin.log, twin.chronicle = list(session.log), list(session.chronicle)
    return twin


def test_korea_council_acts_while_the_ussr_is_absent(before_korea):
    """Security Council rule: an absence is not a veto (UN Charter Art. 27(3) as practised).
    Precedent: Res 82 and 83 of June 1950 passed while the Soviet Union boycotted the Council
    over the Chinese seat; members were asked to help repel the attack."""
    session = _continue(before_korea)
    assert session.state.orgs["un"].boycotts == (("SOV", "council"),)
    run(session, {"1950-06": KOREA_ORDERS + KOREA_BALLOTS}, until="1950-10")
    condemn = resolutions(session, "condemn", "korea_1950", "un.council")[0]
    force = resolutions(session, "enforcement", "korea_1950", "un.council")[0]
    assert dict(condemn.ballots)["SOV"] == "absent"
    assert condemn.status == "adopted" and tally(condemn)["yes"] >= 7
    assert force.status == "adopted" and tally(force)["yes"] == 7 and not force.vetoed_by
    korea = session.state.crises["korea_1950"]
    assert korea.has_measure("enforcement") or not korea.active


def test_korea_vetoed_if_the_ussr_returns(before_korea):
    """Counter-check of the same rule: a permanent member present and voting no vetoes a
    substantive question, whatever the majority. Had Malik come back in June 1950, the
    Council could not have authorised force in Korea."""
    session = _continue(before_korea)
    script = {"1950-06": ["SOV return un.council", "SOV vote * no", *KOREA_ORDERS, *KOREA_BALLOTS]}
    run(session, script, until="1950-10")
    force = resolutions(session, "enforcement", "korea_1950", "un.council")[0]
    assert force.status == "vetoed" and force.vetoed_by == ("SOV",)
    assert tally(force)["yes"] == 7
    assert not session.state.crises["korea_1950"].has_measure("enforcement")


def test_korea_counterfactual_soviet_return_changes_the_war(before_korea):
    """Counterfactual: with the Soviet Union back in its chair in June 1950 there is no UN
    command, no Inchon under the UN flag, no crossing of the parallel and no Chinese
    intervention provoked by it - a measurably different war."""
    history = run(_continue(before_korea), {"1950-06": KOREA_ORDERS + KOREA_BALLOTS},
                  until="1951-06")
    other = run(_continue(before_korea),
                {"1950-06": ["SOV return un.council", "SOV vote * no",
                             *KOREA_ORDERS, *KOREA_BALLOTS]},
                until="1951-06")

    def course(session):
        k = session.state.crises["korea_1950"]
        return (k.outcome, k.stage, "crossed_parallel" in session.state.flags,
                any(m.kind == "enforcement" and m.org == "un" for m in k.measures))

    assert course(history) != course(other)
    assert course(history)[3] or history.state.crises["korea_1950"].outcome is not None
    assert not course(other)[3]


# --- history: Suez and Hungary, October 1956 ----------------------------------------------

# 30 October 1956: the American ceasefire draft (S/3710) - 7 for, Britain and France against,
# Australia and Belgium abstaining. 4 November: the Western draft on Hungary, vetoed by the
# Soviet Union (Yugoslavia abstained).
SUEZ_HUNGARY_1956: list[Item] = [
    "USA choose suez_war pressure",
    "USA table un.council ceasefire suez_1956",
    "GBR table un.council condemn hungary_1956",
    *(f"{n} vote ceasefire@suez_1956 yes" for n in ("USA", "SOV", "CHN", "CUB", "IRN", "PER",
                                                    "YUG")),
    "AUS vote ceasefire@suez_1956 abstain",
    "BEL vote ceasefire@suez_1956 abstain",
    "GBR vote ceasefire@suez_1956 no",
    "FRA vote ceasefire@suez_1956 no",
    *(f"{n} vote condemn@hungary_1956 yes" for n in ("USA", "GBR", "FRA", "CHN", "CUB", "IRN",
                                                     "PER", "AUS", "BEL")),
    "YUG vote condemn@hungary_1956 abstain",
    "SOV vote condemn@hungary_1956 no",
]

# The Western states Washington pressed hardest to stand aside from its allies.
LOBBIED = ("CAN", "ITA", "NLD", "BEL", "GRE", "TUR", "NOR", "DEN", "PAK", "MEX", "ARG")


def _uniting_for_peace(session: Session) -> list[str]:
    """The next turn: the United States calls an emergency special session on Suez and lobbies
    its allies; the Council sends Hungary to the Assembly by a procedural vote (Res 120)."""
    suez = vetoed_in(session, "ceasefire", "suez_1956")
    hungary = vetoed_in(session, "condemn", "hungary_1956")
    return [
        f"USA emergency {suez}",
        f"SWE table un.council refer_to_assembly {hungary}",
        f"SOV vote refer_to_assembly@{hungary} no",
        *(f"{n} vote refer_to_assembly@{hungary} yes" for n in ("USA", "SWE", "GBR", "FRA",
                                                                 "CHN", "CUB", "COL")),
    ]


def _lobbying(session: Session) -> list[str]:
    """Washington presses as many of them as its diplomatic capital pays for, in order
    (lobbying costs 1 a nation; capital is scarce since issue 14)."""
    rid = emergency_sessions(session, vetoed_in(session, "ceasefire", "suez_1956"))[0].id
    members = [n for n in LOBBIED if session.state.is_member(n, "un")]
    return [f"USA lobby {n} {rid}" for n in members[:session.state.nations["USA"].capital]]


# GA Res 997: the five against were Britain, France, Israel, Australia and New Zealand; the
# Latin American, Middle Eastern and Asian members voted for it (64 in all), whom the AI,
# with little at stake, leaves abstaining or against: lobbying may now be refused.
SUEZ_ASSEMBLY: list[Item] = [
    *(f"{n} vote ceasefire@suez_1956 no" for n in ("GBR", "FRA", "ISR", "AUS", "NZL")),
    *(f"{n} vote ceasefire@suez_1956 yes" for n in (
        "USA", "SOV", "MEX", "ARG", "BRA", "COL", "ECU", "CHL", "PER", "PAN", "VEN", "IRN",
        "TUR", "LBN", "IRQ", "PHI", "PAK")),
]
# GA Res 1004 and the sessions after it: the Soviet bloc against.
HUNGARY_ASSEMBLY: list[Item] = [
    *(f"{n} vote condemn@hungary_1956 no" for n in ("SOV", "UKR", "POL", "ROU", "HUN")),
    "USA vote condemn@hungary_1956 yes",
]


# Mao postponed the invasion of Taiwan (the defeat at Kinmen, October 1949; the Seventh Fleet
# from June 1950) and shelled only the offshore islands: the People's Republic gives no orders
# in the Strait before Suez, so the Republic of China still holds the Council seat in 1956.
PRC_RESTRAINT: Script = {f"{1949 + (9 + 4 * k) // 12}-{(9 + 4 * k) % 12 + 1:02d}": ["PRC end"]
                         for k in range(21)}


@pytest.fixture(scope="module")
def before_1956(campaign):
    """The world at the start of the October 1956 turn (seed 1), Eden having chosen force and
    the People's Republic having left Taiwan alone."""
    return run(Session(campaign, 1), {**PRC_RESTRAINT,
                                      "1956-06": ["GBR choose canal_nationalised force"]},
               until="1956-10")


@pytest.fixture(scope="module")
def year_1956(before_1956):
    script: Script = {
        "1956-10": SUEZ_HUNGARY_1956,
        "1957-02": [_uniting_for_peace, scripted.DEBATE, _lobbying, *SUEZ_ASSEMBLY, *HUNGARY_ASSEMBLY],
        "1957-06": HUNGARY_ASSEMBLY,
    }
    return run(_continue(before_1956), script, until="1957-10")


def test_suez_vetoed_by_britain_and_france(year_1956):
    """Security Council rule: a permanent member's no is a veto, even against the majority
    and its own allies. Precedent: 30 October 1956, the first British and French vetoes, on
    the American ceasefire draft that had seven votes."""
    draft = resolutions(year_1956, "ceasefire", "suez_1956", "un.council")[0]
    assert draft.status == "vetoed"
    assert set(draft.vetoed_by) == {"GBR", "FRA"}
    assert tally(draft)["yes"] == 7


def test_suez_goes_to_an_emergency_session_that_calls_for_a_ceasefire(year_1956):
    """Uniting for Peace (GA Res 377 A(V)): after a veto, an emergency special session of the
    Assembly recommends measures by two thirds of those voting. Precedent: GA Res 997
    (2 November 1956), a ceasefire and withdrawal, five against."""
    sessions = emergency_sessions(year_1956, vetoed_in(year_1956, "ceasefire", "suez_1956"))
    assert sessions, "no emergency session on Suez"
    vote = sessions[0]
    t = tally(vote)
    assert vote.status == "recommended", t
    assert 3 * t["yes"] >= 2 * (t["yes"] + t["no"])
    assert dict(vote.ballots)["GBR"] == "no" and dict(vote.ballots)["USA"] == "yes"


def test_hungary_vetoed_then_recommended_but_crushed(year_1956):
    """The limit of Uniting for Peace: a procedural referral cannot be vetoed, but the
    emergency session can only recommend. Precedent: the Soviet veto of 4 November 1956,
    Res 120 (adopted over the Soviet no) and GA Res 1004 calling on the USSR to withdraw -
    with no force behind it, and the revolution crushed all the same."""
    vetoed = vetoed_in(year_1956, "condemn", "hungary_1956")
    draft = year_1956.state.resolution(vetoed)
    assert draft.vetoed_by == ("SOV",)
    referral = resolutions(year_1956, "refer_to_assembly", vetoed)[0]
    assert referral.status == "adopted" and dict(referral.ballots)["SOV"] == "no"
    sessions = emergency_sessions(year_1956, vetoed)
    assert sessions and all(r.status == "recommended" for r in sessions)
    hungary = year_1956.state.crises["hungary_1956"]
    un_measures = [m for m in hungary.measures if m.org == "un"]
    assert un_measures and not any(m.binding for m in un_measures)
    assert not any(m.kind in ("enforcement", "peacekeeping") for m in un_measures)
    assert all(authority != "universal" for _, authority in hungary.interveners)
    assert hungary.outcome in ("conquest", None)


# --- counterfactual: the United States stands by its allies at Suez -----------------------


def test_suez_counterfactual_us_backs_its_allies(before_1956):
    """Counterfactual lever: the decisive pressure at Suez was American (the pound needed
    dollars). If Washington stands by London and Paris instead, there is no run on the pound
    and the Anglo-French expedition holds out longer - or wins."""
    history = run(_continue(before_1956), {"1956-10": ["USA choose suez_war pressure"]},
                  until="1957-10")
    other = run(_continue(before_1956), {"1956-10": ["USA choose suez_war back_allies"]},
                until="1957-10")

    def course(session):
        c = session.state.crises["suez_1956"]
        return c.outcome, c.ended, c.resolve, "us_pressure" in session.state.flags

    assert course(history)[3] and not course(other)[3]
    assert course(history) != course(other)
    h, o = history.state.crises["suez_1956"], other.state.crises["suez_1956"]
    # Britain's resolve lasts longer, or the crisis ends differently or later.
    assert (h.outcome != o.outcome or (o.ended or 10**6) > (h.ended or 10**6)
            or o.resolve > h.resolve)

