"""The League of Nations campaign (game/campaigns/league_1920): it loads, it plays, and with the
historical choices it tells the historical story, while other choices tell another.

Scripts give the key nations' recorded decisions (who tabled what, how the Council voted);
every other nation, and every other turn, is played by the AI.
"""

from __future__ import annotations

import functools
from dataclasses import replace
from pathlib import Path

import pytest

from game.content.loader import load_campaign
from game.engine.calendar import parse_date
from game.session import scripted
from game.session.scripted import QUIET
from game.session.session import Session

from .driver import on_its_dates

CAMPAIGN = Path(__file__).resolve().parents[2] / "game" / "campaigns" / "league_1920"
SEED = 1

# The Council that met on 24 October 1931 (five permanent members and nine elected).
COUNCIL_1931 = ("GBR", "FRA", "GER", "ITA", "JPN", "CHN", "ESP", "POL", "PER", "YUG", "GUA",
                "IRL", "NOR", "PAN")
# The Council of October 1935, less Italy.
COUNCIL_1935 = ("GBR", "FRA", "SOV", "POL", "ESP", "ARG", "AUS", "DEN", "POR", "TUR", "CHL",
                "ECU", "ROM")
# 14 December 1939: seven for, four abstaining (China, Greece, Yugoslavia, Finland), Iran
# absent; the USSR stayed away.
EXPULSION_YES = ("GBR", "FRA", "BEL", "BOL", "EGY", "ZAF", "DOM")
EXPULSION_ABSTAIN = ("CHN", "GRE", "YUG", "FIN")


@functools.cache
def campaign():
    result = load_campaign(CAMPAIGN)
    assert result.campaign is not None, "\n".join(map(str, result.problems))
    return result.campaign


def votes(nations, pattern, ballot):
    return [f"{n} vote {pattern} {ballot}" for n in nations]


def everyone(*but: str) -> list[str]:
    """Every nation of the campaign except ``but`` (a ballot is used only if one is owed)."""
    return [d.code for d in campaign().nations if d.code not in but]


class Play:
    """A scripted playthrough (see game.session.scripted): the script's nations give only
    their scripted orders in a turn, the AI plays everything else. A scripted order that is
    not legal when its turn comes (history has already gone another way) is skipped and
    recorded in ``skipped``, so that a test can say what diverged."""

    def __init__(self, script: dict[str, list[str]], seed: int = SEED, until: str | None = None,
                 start=None):
        self.session = Session(on_its_dates(campaign()), seed)
        if start is not None:
            self.session.state = start
        self.skipped: list[str] = []
        self.states = {}
        """The state at the start of each turn's orders, by month."""
        stop = parse_date(until) if until else None
        length = campaign().turn_months
        while not self.session.over and (stop is None or self.session.state.month < stop):
            month = self.session.state.month
            self.states[month] = self.session.state
            due = [t for key, texts in script.items()
                   if month <= parse_date(key) < month + length for t in texts]
            self._turn(due)

    @property
    def state(self):
        return self.session.state

    def _turn(self, texts: list[str]) -> None:
        scripted.play_turn(self.session, texts, skipped=self.skipped,
                           ai=lambda s, nation: s.ai_choice(nation).action
                           if s.state.choices.get(nation) else s.ai_action(nation))


def _manchuria() -> dict[str, list[str]]:
    waiting = [f"{n} end" for n in COUNCIL_1931 if n != "JPN"]
    return {
        # China appeals; a resolution setting a date for Japanese withdrawal is put to the
        # Council under Article 11, and later in the turn the Council sends Lord Lytton.
        "1931-09": ["CHN table league.council ceasefire manchuria",
                    "GBR table league.council inquiry manchuria",
                    *votes([n for n in COUNCIL_1931 if n != "JPN"], "ceasefire@manchuria", "yes"),
                    "JPN vote ceasefire@manchuria no",
                    *votes(COUNCIL_1931, "inquiry@manchuria", "yes")],
        # The Council waits for the Lytton commission.
        "1932-01": waiting,
        "1932-05": waiting,
        # The report (October 1932) goes to the Assembly under Article 15, which adopts it in
        # February 1933 (shown in this turn); Japan votes against, Siam abstains.
        "1932-09": ["CHN table league.assembly condemn manchuria article=15",
                    "JPN vote condemn@manchuria no", "SIA vote condemn@manchuria abstain",
                    *votes(everyone("JPN", "SIA"), "condemn@manchuria", "yes")],
    }


# The states that would not apply sanctions on Italy in October 1935.
DISSENTERS_1935 = ("AUT", "HUN", "ALB")


def _abyssinia(oil_and_suez: bool) -> dict[str, list[str]]:
    """Historically: the Council names Italy the aggressor; the members (the Assembly's
    Coordination Committee) apply an arms embargo and economic sanctions; no oil, the Canal
    open. The counterfactual adds an oil embargo, closes Suez and mobilises the fleet."""
    ballots = [*votes(everyone("ITA", *DISSENTERS_1935), "*", "yes"),
               *votes(DISSENTERS_1935, "*", "abstain"), "ITA vote * no"]
    script = {
        "1935-01": ["FRA choose laval_mussolini free_hand"],
        "1935-09": ["GBR table league.council condemn abyssinia",
                    "FRA table league.assembly sanctions abyssinia type=economic", *ballots],
        "1936-01": ["GBR choose hoare_laval propose",
                    "GBR table league.assembly sanctions abyssinia type=arms", *ballots],
        # London and Paris go no further; the sanctions are lifted in July.
        "1936-05": ["GBR end", "FRA end"],
    }
    if oil_and_suez:
        # Ethiopia's appeal under Article 15 (March 1935) is met before the invasion: an
        # oil embargo, the Canal closed, the Home Fleet mobilised and a call for a ceasefire.
        script["1935-05"] = ["GBR table league.assembly sanctions abyssinia type=oil",
                             "GBR close suez", "GBR mobilise abyssinia",
                             "FRA table league.council ceasefire abyssinia", *ballots]
        script["1935-09"] = ["GBR table league.council condemn abyssinia",
                             "GBR threaten ITA abyssinia escalate enforce",
                             "FRA table league.assembly sanctions abyssinia type=economic",
                             "FRA mobilise abyssinia", *ballots]
        script["1936-01"] = ["GBR choose hoare_laval covenant",
                             "GBR table league.assembly sanctions abyssinia type=arms",
                             *ballots]
    return script


def _road_to_war() -> dict[str, list[str]]:
    # 1938: nobody lifts a finger for Austria, and only talk is offered to Czechoslovakia.
    return {
        # Hitler's choices: the Rhineland reoccupied, Austria and the Sudetenland taken.
        "1936-01": ["GER escalate rhineland"],
        "1938-01": ["GER escalate ger_austria", QUIET],
        "1938-05": ["GER escalate ger_austria", "GER escalate ger_sudetenland", QUIET],
        # The Munich conference: Britain chooses appeasement.
        "1938-09": ["GBR choose munich appease", QUIET],
        # Finland appeals; the Assembly condemns and the Council expels the USSR.
        "1939-09": ["FIN table league.assembly condemn winterwar",
                    "GBR table league.council expel SOV",
                    *votes(EXPULSION_YES, "expel@SOV", "yes"),
                    *votes(EXPULSION_ABSTAIN, "expel@SOV", "abstain"),
                    "IRN vote expel@SOV absent"],
    }


def _aland() -> dict[str, list[str]]:
    # Finland accepts the Council's guarantees for the islanders (June 1921).
    return {"1921-05": ["FIN choose aland_guarantees accept"]}


def history_script() -> dict[str, list[str]]:
    script: dict[str, list[str]] = {}
    for part in (_aland(), _manchuria(), _abyssinia(False), _road_to_war()):
        for date, texts in part.items():
            script.setdefault(date, []).extend(texts)
    return script


def counterfactual_script() -> dict[str, list[str]]:
    script = history_script()
    for date, texts in _abyssinia(False).items():
        script[date] = [t for t in script[date] if t not in texts]
    for date, texts in _abyssinia(True).items():
        script.setdefault(date, []).extend(texts)
    return script


@functools.cache
def history() -> Play:
    return Play(history_script())


@functools.cache
def counterfactual() -> Play:
    return Play(counterfactual_script(), until="1937-01")


def decided(play: Play, kind: str, subject: str, body: str | None = None):
    return [r for r in play.state.archive if r.kind == kind and r.subject == subject
            and (body is None or r.body == body)]


def skipped(play: Play, *words: str) -> list[str]:
    return [s for s in play.skipped if all(w in s for w in words)]


# --- the campaign as content -------------------------------------------------------------


def test_campaign_validates_without_problems():
    """Every bundled campaign validates: no errors, and no warnings either."""
    result = load_campaign(CAMPAIGN)
    assert result.campaign is not None
    assert [str(p) for p in result.problems] == []


def test_calendar_fits_an_evening():
    """Sixty turns of four months, 1920-01 to 1939-12: two to three hours of play."""
    c = campaign()
    assert (c.turns, c.turn_months) == (60, 4)
    assert len(c.nations) >= 20 and len(c.crises) >= 12
    playable = [d for d in c.nations if d.playable]
    assert {"GBR", "FRA", "ITA", "JPN"} <= {d.code for d in playable}
    assert all(3 <= len(d.objectives) <= 6 and d.briefing for d in playable)


def test_the_united_states_never_joins():
    """The Senate rejected the Covenant (March 1920): no membership span, no seat."""
    league = campaign().org("league")
    assert all(span.nation != "USA" for span in league.members)
    assert all(span.nation != "USA" for body in league.bodies for span in body.seats or ())


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_all_ai_plays_to_the_end(seed):
    """The AI can play every nation from 1920 to 1939 without an error."""
    session = Session(campaign(), seed)
    session.play_out()
    assert session.over
    assert session.state.month == campaign().start + (campaign().turns - 1) * 4


# --- history -----------------------------------------------------------------------------


def test_manchuria_council_fails_on_japans_lone_vote():
    """League Council, Article 11: the parties vote, so unanimity fails on one 'no'.
    Precedent: 24 October 1931, a resolution setting a date for Japan's withdrawal from
    Manchuria got thirteen votes to Japan's one and was not adopted."""
    assert not skipped(history(), "manchuria"), history().skipped
    october = (parse_date("1931-09") - campaign().start) // campaign().turn_months
    [res] = [r for r in decided(history(), "ceasefire", "manchuria", "council")
             if r.turn == october]
    ballots = dict(res.ballots)
    assert res.status == "failed"
    assert [n for n, b in ballots.items() if b == "no"] == ["JPN"]
    assert sum(1 for b in ballots.values() if b == "yes") == 13


def test_lytton_report_adopted_and_japan_walks_out():
    """League Assembly, Article 15: the parties' votes are not counted, so Japan's 'no'
    cannot block. Precedent: 24 February 1933, the Assembly adopted the Lytton report 42 to 1
    (Siam abstaining); Japan gave notice of withdrawal in March. The walkout follows the
    condemnation here, not a date."""
    [res] = decided(history(), "condemn", "manchuria", "assembly")
    assert res.status == "adopted"
    assert dict(res.ballots)["JPN"] == "no"
    state = history().state
    assert "JPN" not in state.orgs["league"].members
    assert "japan_condemned" in state.flags


def test_abyssinia_sanctions_without_oil_and_italy_conquers():
    """Sanctions leak: a partial embargo, with oil left out and the Suez Canal open, does
    not stop a determined aggressor. Precedent: October 1935 - May 1936, the League's
    sanctions on Italy excluded oil, Britain left the Canal open, and Addis Ababa fell."""
    play = history()
    assert not skipped(play, "abyssinia"), play.skipped
    c = play.state.crises["abyssinia"]
    # what the League adopted, whether or not it was lifted after the conquest (July 1936)
    adopted = {r.param("type") for r in play.state.archive if r.kind == "sanctions"
               and r.subject == "abyssinia" and r.status == "adopted"}
    assert {"economic", "arms"} <= adopted and "oil" not in adopted
    assert "suez" not in c.closed
    assert c.outcome == "conquest"
    assert c.ended is not None and c.ended <= campaign().start + 12 * 17  # by the end of 1937


def test_ussr_expelled_in_december_1939():
    """League Council, Art. 16(4): a member that breaks the Covenant may be declared no
    longer a member by the vote of the other members present; abstentions and absences do
    not block. Precedent: 14 December 1939, seven for, four abstaining, Iran and Peru absent,
    the USSR staying away: the only expulsion in the League's history."""
    play = history()
    assert not skipped(play, "SOV"), play.skipped
    [res] = decided(play, "expel", "SOV", "council")
    ballots = dict(res.ballots)
    assert res.status == "adopted"
    assert sorted(n for n, b in ballots.items() if b == "yes") == sorted(EXPULSION_YES)
    assert ballots["SOV"] == "absent"
    assert "SOV" not in play.state.orgs["league"].members
    assert play.state.crises["winterwar"].started is not None


def test_the_great_powers_leave():
    """Members walk out when the League condemns them or when they join its enemies.
    Precedent: Japan (notice March 1933), Germany (October 1933) and Italy (December 1937)
    had all left by 1939, and the USSR was expelled."""
    members = set(history().state.orgs["league"].members)
    assert not {"JPN", "GER", "ITA", "SOV"} & members
    assert {"GBR", "FRA", "CHN"} <= members


# --- systemic: revisionists read the League's credibility ----------------------------------


def _from(month: str, credibility: int, flags=(), drop=(), until: str | None = None) -> Play:
    """Take the history at ``month``, change the League's credibility and the flags, and
    play on with the AI until ``until`` (the end if None): later news reads the changed world."""
    start = history().states[parse_date(month)]
    state = start.copy()
    state.orgs["league"] = replace(state.orgs["league"], credibility=credibility)
    state.flags = tuple(sorted((set(state.flags) | set(flags)) - set(drop)))
    return Play({}, start=state, until=until)


def test_low_credibility_invites_the_anschluss():
    """Credibility of the system: low credibility invites the next aggression; a League that
    is believed deters it. Precedent: in July 1934, with Italy on the Brenner and the powers
    still believing in Geneva, Hitler drew back from Austria; he moved in March 1938, after
    Ethiopia and the Rhineland had shown that the League would not act. Taken from the
    history in September 1934 and played on by the AI to the end of 1935: Germany presses its
    Austrian claim against a discredited League, and holds back from a believed one."""
    weak = _from("1934-09", credibility=25, until="1936-01")
    strong = _from("1934-09", credibility=80, drop=("axis",), until="1936-01")
    assert weak.state.crises["ger_austria"].started is not None
    assert strong.state.crises["ger_austria"].started is None


def test_munich_and_a_weak_league_slide_into_war():
    """The road to war is conditional: Munich convinced Stalin that the West would not
    fight, the Nazi-Soviet pact freed Hitler's hands, and the guarantee to Poland turned his
    invasion into a general war. Precedent: August-September 1939. Without Munich and with a
    League still believed, the pact and the war do not come."""
    slide = _from("1939-01", credibility=20, flags=("munich", "prague_occupied", "axis"))
    held = _from("1939-01", credibility=70, drop=("munich", "prague_occupied"))
    assert {"nazi_soviet_pact", "world_war"} <= set(slide.state.flags)
    assert slide.state.crises["ger_danzig"].started is not None
    assert "nazi_soviet_pact" not in held.state.flags
    assert "world_war" not in held.state.flags


# --- counterfactual ----------------------------------------------------------------------


def test_oil_sanctions_and_suez_closed_make_italy_back_down():
    """Oil dependence and chokepoints: an embargo on what the aggressor cannot make, with
    its supply line closed, presses far harder than a leaky trade ban. Counterfactual of
    1935: oil sanctions, the Suez Canal closed and the Home Fleet mobilised - the measures
    debated in London and Geneva and never taken - and Italy gives Ethiopia up."""
    play = counterfactual()
    cf = play.state.crises["abyssinia"]
    # every measure scripted before Italy gave up was taken (later ones had no crisis left)
    early = [s for s in skipped(play, "abyssinia") if not s.endswith("not available now "
                                                                     "(in the orders phase)")]
    assert not early, play.skipped
    assert "suez" in cf.closed
    # imposed (once Italy gave up, the members may since have lifted them)
    assert any(r.param("type") == "oil" and r.status == "adopted"
               for r in decided(play, "sanctions", "abyssinia"))
    assert cf.outcome in ("withdrawal", "settlement")  # Italy gives up: no conquest
    assert history().state.crises["abyssinia"].outcome == "conquest"
    assert "italy_checked" in play.state.flags


def test_memel_and_albania_are_taken_by_force():
    """A claim pressed with force ready against a state that cannot fight begins at war
    (crises.yaml, stage 3), not in clashes the aggressor must choose to escalate: Germany
    takes Memel and Italy Albania, where they used to stop in clashes, freeze or back down
    under a crowd of mobilisations. Precedents: Memel, 22 March 1939 (Lithuania gave way to
    the ultimatum); Albania, 7 April 1939 (the landing at Durazzo; King Zog fled)."""
    crises = history().state.crises
    assert crises["ger_memel"].outcome == "conquest"
    assert crises["ita_albania"].outcome == "conquest"


def test_aland_ruling_refused_leaves_the_claim_frozen():
    """The Aland quarrel opens with incidents (crises.yaml, stage 1: Finland arrested the
    separatists' leaders for treason in June 1920), so it waits for the Council's ruling of
    June 1921 instead of settling itself after eight quiet months: accepted, it ends in a
    settlement; refused, Sweden's claim hardens and the dispute is frozen, not settled.
    Precedent: Finland accepted the guarantees and Sweden complied (June 1921); a Finland
    that had called the islands a domestic matter would have left the claim open."""
    accepted = Play({"1921-05": ["FIN choose aland_guarantees accept"]}, until="1922-01")
    refused = Play({"1921-05": ["FIN choose aland_guarantees refuse"]}, until="1922-01")
    assert accepted.state.crises["aland"].outcome == "settlement"
    assert refused.state.crises["aland"].outcome == "frozen"



def test_the_saar_votes_in_calm_streets_and_clashes_put_it_off():
    """A plebiscite needs calm streets or a force to keep order (events.yaml): Berlin, sure
    of the vote, keeps the Saar at incidents and the vote of January 1935 returns it; a
    Germany that raises the Saar to clashes with no League force there has the vote put off,
    and the crisis goes on. Precedent: Berlin held the Saar's Nazis to discipline in 1934 and
    took nine votes in ten; the anti-Nazis' fear was that street violence would wreck the
    ballot, which is why the Council sent its force in December 1934. The vote, not the
    Franco-German arbitration treaty of Locarno, settles it (``crises._arbitration``)."""
    start = history().states[parse_date("1934-09")]
    calm = Play({"1934-09": ["GER end"]}, start=start, until="1935-05")
    riot = Play({"1934-09": ["GER escalate saar"]}, start=start, until="1935-05")
    assert calm.state.crises["saar"].outcome == "settlement"
    assert "saar_vote_under_terror" in calm.state.fired  # the vote, not Locarno's arbitration
    assert riot.state.crises["saar"].active
    assert "saar_vote_postponed" in riot.state.fired
