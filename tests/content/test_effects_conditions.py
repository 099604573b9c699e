"""The effects, conditions and event fields of issue 17 as an author writes them: each one
loads into the model, and a slip in it is reported at file:line:col with a hint."""

from __future__ import annotations

from game.engine import model as m
from game.session.session import Session

from .helpers import HEADER, load_text, nations

WORLD = """\
organisations:
  - id: league
    name: League
    kind: universal
    members: [ALD, BRV]
    bodies:
      - {id: council, name: Council, rule: unanimity}
crises:
  - {id: war, name: War, kind: interstate_aggression, aggressor: BRV, victims: [ALD], org: league}
chokepoints:
  - {id: strait, name: The Strait, controller: ALD}
"""
PREFIX = HEADER + nations("ALD", "BRV") + WORLD + "events:\n  - {id: start, title: S, effects: " \
    "[{start_crisis: war}]}\n"
LINE = PREFIX.count("\n") + 1
"""The line of the event under test."""


def load(tmp_path, fields: str):
    """Load the small world with one more event, written ``{id: e, title: T, <fields>}``."""
    return load_text(tmp_path, PREFIX + "  - {id: e, title: T, " + fields + "}\n")


def problems(tmp_path, fields: str) -> list[str]:
    """The problems, with the campaign's folder cut off their file names."""
    result = load(tmp_path, fields)
    return [str(p).split("/c/", 1)[1] for p in result.problems]


def at(col: int, text: str) -> str:
    return f"campaign.yaml:{LINE}:{col}: {text}"


def built(tmp_path, fields: str):
    result = load(tmp_path, fields)
    assert result.problems == [], [str(p) for p in result.problems]
    return result.campaign.event("e")


def test_set_bloc(tmp_path):
    """set_bloc loads; a misspelt nation is an error with a did-you-mean."""
    assert built(tmp_path, "effects: [{set_bloc: {nation: BRV, bloc: west}}]").effects == (
        m.SetBloc("BRV", "west"),)
    assert problems(tmp_path, "effects: [{set_bloc: {nation: BVR, bloc: west}}]") == [
        at(53, "error: unknown nation 'BVR' (hint: did you mean 'BRV'?)")]


def test_set_ideology(tmp_path):
    """set_ideology loads; an ideology written as words says how to write it as an id."""
    assert built(tmp_path, "effects: [{set_ideology: {nation: ALD, ideology: fascist}}]"
                 ).effects == (m.SetIdeology("ALD", "fascist"),)
    assert problems(tmp_path, "effects: [{set_ideology: {nation: ALD, ideology: Fascist "
                    "State}}]") == [
        at(72, "error: expected a id (lower-case snake_case), got 'Fascist State' "
               "(hint: write 'fascist_state')")]


def test_end_treaty(tmp_path):
    """end_treaty loads; a misspelt kind is an error with a did-you-mean."""
    assert built(tmp_path, "effects: [{end_treaty: {kind: alliance, a: ALD, b: BRV}}]"
                 ).effects == (m.EndTreaty("alliance", "ALD", "BRV"),)
    assert problems(tmp_path, "effects: [{end_treaty: {kind: aliance, a: ALD, b: BRV}}]") == [
        at(53, "error: expected one of alliance, guarantee, non_aggression, arbitration, got "
               "'aliance' (hint: did you mean 'alliance'?)")]


def test_end_mission(tmp_path):
    """end_mission loads (org optional); a misspelt crisis is an error with a did-you-mean."""
    assert built(tmp_path, "effects: [{end_mission: {crisis: war, org: league}}]").effects == (
        m.EndMission("war", "league"),)
    assert problems(tmp_path, "effects: [{end_mission: {crisis: wra}}]") == [
        at(56, "error: unknown crisis 'wra' (hint: did you mean 'war'?)")]


def test_transfer_chokepoint(tmp_path):
    """transfer_chokepoint loads; a misspelt chokepoint is an error with a did-you-mean."""
    assert built(tmp_path, "effects: [{transfer_chokepoint: {chokepoint: strait, to: BRV}}]"
                 ).effects == (m.TransferChokepoint("strait", "BRV"),)
    assert problems(tmp_path, "effects: [{transfer_chokepoint: {chokepoint: striat, to: "
                    "BRV}}]") == [
        at(68, "error: unknown chokepoint 'striat' (hint: did you mean 'strait'?)")]


def test_change_variable_takes_add_or_set(tmp_path):
    """change_variable loads with add or set; both at once is an error."""
    assert built(tmp_path, "effects: [{change_variable: {name: n, set: 2}}, "
                 "{change_variable: {name: n, add: -1}}], trigger: {variable: {name: n, op: "
                 "'>', value: 0}}").effects == (m.ChangeVariable("n", set=2),
                                                  m.ChangeVariable("n", add=-1))
    assert problems(tmp_path, "effects: [{change_variable: {name: n, add: 1, set: 2}}]") == [
        at(51, "error: give exactly one of 'add' or 'set'")]


def test_variable_condition_on_a_variable_nothing_changes(tmp_path):
    """A variable read but never changed stays 0: a warning naming the one that is."""
    assert problems(tmp_path, "trigger: {variable: {name: incidnets, op: '>', value: 1}}, "
                    "effects: [{change_variable: {name: incidents, add: 1}}]") == [
        at(50, "warning: variable 'incidnets' is never changed, so it stays 0 "
               "(hint: did you mean 'incidents'?)")]


def test_liberate(tmp_path):
    """liberate loads; a crisis cannot be ended in liberation by end_crisis, and the hint says
    how a liberation is written."""
    assert built(tmp_path, "effects: [{liberate: war}]").effects == (m.Liberate("war"),)
    assert problems(tmp_path, "effects: [{end_crisis: {crisis: war, outcome: liberation}}]") == [
        at(69, "error: expected one of withdrawal, settlement, concession, conquest, frozen, "
               "got 'liberation' (hint: a liberation undoes a conquest: end the crisis in "
               "conquest, then use the liberate effect)")]


def test_liberation_is_an_outcome_conditions_and_history_may_name(tmp_path):
    """crisis_ended and historical_outcome accept liberation."""
    event = built(tmp_path, "trigger: {crisis_ended: {crisis: war, outcome: liberation}}")
    assert event.trigger == m.CrisisEnded("war", "liberation")


def test_resolution_condition(tmp_path):
    """resolution loads (status adopted by default); an unknown status is an error."""
    assert built(tmp_path, "trigger: {resolution: {crisis: war, kind: condemn}}").trigger == (
        m.ResolutionWas("war", "condemn", "adopted"))
    assert problems(tmp_path, "trigger: {resolution: {crisis: war, kind: condemn, status: "
                    "passed}}") == [
        at(82, "error: expected one of adopted, vetoed, failed, got 'passed'")]


def test_voted_condition(tmp_path):
    """voted loads (ballot yes by default); a misspelt ballot is an error with a
    did-you-mean."""
    assert built(tmp_path, "trigger: {voted: {nation: ALD, crisis: war, kind: sanctions}}"
                 ).trigger == m.VotedOn("ALD", "war", "sanctions", "yes")
    assert problems(tmp_path, "trigger: {voted: {nation: ALD, crisis: war, kind: condemn, "
                    "ballot: yea}}") == [
        at(90, "error: expected one of yes, no, abstain, absent, got 'yea' "
               "(hint: did you mean 'yes'?)")]


def test_mission_strength_condition(tmp_path):
    """mission_strength loads; a comparison that can never hold is reported."""
    assert built(tmp_path, "trigger: {mission_strength: {crisis: war, op: '>=', value: 10}}"
                 ).trigger == m.MissionStrengthIs("war", ">=", 10)
    assert problems(tmp_path, "trigger: {mission_strength: {crisis: war, op: '<', "
                    "value: 0}}") == [
        at(5, "warning: event 'e' can never fire: '< 0' can never hold for a value from 0 "
              "to 10000")]


def test_chokepoint_conditions(tmp_path):
    """chokepoint_closed and chokepoint_held load; a misspelt chokepoint is an error."""
    assert built(tmp_path, "trigger: {all: [{chokepoint_closed: strait}, {chokepoint_held: "
                 "{chokepoint: strait, nation: ALD}}]}").trigger == m.All(
        (m.ChokepointClosed("strait"), m.ChokepointHeld("strait", "ALD")))
    assert problems(tmp_path, "trigger: {chokepoint_closed: straits}") == [
        at(52, "error: unknown chokepoint 'straits' (hint: did you mean 'strait'?)")]


def test_delay_and_every(tmp_path):
    """delay and every load as turns; a negative delay is an error."""
    event = built(tmp_path, "delay: 2, every: 3")
    assert (event.delay, event.every) == (2, 3)
    assert problems(tmp_path, "delay: -1") == [
        at(30, "error: expected a whole number from 0 to 1000, got '-1'")]


def decisions(text: str) -> str:
    """The small world with ALD given these decisions (YAML list items, 6 spaces in)."""
    return HEADER + nations("ALD", "BRV").replace(
        "    objectives:\n", "    decisions:\n" + text + "    objectives:\n", 1) + WORLD + \
        "events:\n  - {id: start, title: S, effects: [{start_crisis: war}]}\n"


def test_decision_loads_under_its_nation(tmp_path):
    """A decision with its label, cost, condition and effects becomes a DecisionDef."""
    result = load_text(tmp_path, decisions(
        "      - {id: mobilise_reserves, label: Call up the reserves, cost: 4, ai_weight: 60,\n"
        "         condition: {crisis_active: war},\n"
        "         effects: [{change_stat: {nation: ALD, stat: military, add: 5}}]}\n"))
    assert result.problems == [], [str(p) for p in result.problems]
    (d,) = result.campaign.nation("ALD").decisions
    assert (d.id, d.label, d.cost, d.ai_weight, d.condition) == (
        "mobilise_reserves", "Call up the reserves", 4, 60, m.CrisisActive("war"))


def test_decision_ids_are_unique_within_a_nation(tmp_path):
    """Two decisions of one nation with one id: the second is the error."""
    one = "      - {id: call_up, label: A, effects: []}\n"
    result = load_text(tmp_path, decisions(one + one))
    line = HEADER.count("\n") + 14
    (problem,) = result.problems
    assert str(problem).split("/c/", 1)[1] == (
        f"campaign.yaml:{line}:14: error: duplicate decision id 'call_up' in 'ALD'; first "
        f"defined at {problem.file}:{line - 1}")


def test_decision_that_can_never_be_taken(tmp_path):
    """A decision waiting on a flag nothing sets is reported where it is defined."""
    result = load_text(tmp_path, decisions(
        "      - {id: call_up, label: A, condition: {flag: mobilised}, effects: []}\n"))
    line = HEADER.count("\n") + 13
    assert [str(p).split("/c/", 1)[1] for p in result.problems] == [
        f"campaign.yaml:{line}:9: warning: decision 'call_up' of ALD can never be taken: it "
        "needs the flag 'mobilised', which nothing sets",
        f"campaign.yaml:{line}:51: warning: flag 'mobilised' is never set (hint: set it with a "
        "set_flag effect or list it under flags)"]


def test_resolution_condition_no_body_can_pass(tmp_path):
    """A condition on an enforcement resolution where no body has that power can never
    hold: a warning on the event."""
    text = PREFIX.replace("rule: unanimity}", "rule: unanimity, powers: [condemn]}") + \
        "  - {id: e, title: T, trigger: {resolution: {crisis: war, kind: enforcement}}}\n"
    result = load_text(tmp_path, text)
    assert [str(p).split("/c/", 1)[1] for p in result.problems] == [
        at(5, "warning: event 'e' can never fire: no body of any organisation has the power "
              "to pass an enforcement resolution")]


def test_chokepoint_held_by_a_nation_nothing_gives_it(tmp_path):
    """BRV never holds the Strait: ALD does, and no transfer_chokepoint gives it to BRV."""
    assert problems(tmp_path, "trigger: {chokepoint_held: {chokepoint: strait, nation: BRV}}"
                    ) == [at(5, "warning: event 'e' can never fire: BRV never holds 'strait': "
                                "it is not its holder and no transfer_chokepoint gives it")]


GULF = HEADER.replace("turn_months: 3", "turn_months: 1") + """\
nations:
  - {code: USA, name: United States, military: 90, economy: 90, will: 60, legitimacy: 70,
     stability: 80, orientation: 10, playable: true, briefing: Free Kuwait.,
     objectives: [{id: a, text: A,
                   condition: {crisis_ended: {crisis: kuwait, outcome: liberation}}},
                  {id: b, text: B, condition: {exists: KUW}},
                  {id: c, text: C, condition: {tension: {op: "<", value: 90}}}]}
  - {code: IRQ, name: Iraq, military: 40, economy: 30, will: 70, legitimacy: 30, stability: 50,
     orientation: 90}
  - {code: KUW, name: Kuwait, military: 2, economy: 20, will: 50, legitimacy: 60, stability: 60,
     orientation: 20, territory: [kuwait]}
organisations:
  - id: un
    name: United Nations
    kind: universal
    members: [USA, IRQ, KUW]
    bodies: [{id: assembly, name: General Assembly, rule: assembly}]
regions:
  - {id: kuwait, name: Kuwait, rings: [[[47.0, 29.0], [48.4, 29.0], [48.4, 30.1], [47.0, 30.1],
                                        [47.0, 29.0]]]}
crises:
  - {id: kuwait, name: The invasion of Kuwait, kind: interstate_aggression, aggressor: IRQ,
     victims: [KUW], org: un, region: [kuwait], historical_outcome: liberation}
events:
  - id: invasion
    title: Iraq overruns Kuwait
    trigger: {date_from: 1930-08-02}
    effects: [{start_crisis: kuwait}, {end_crisis: {crisis: kuwait, outcome: conquest}}]
  - id: desert_storm
    title: Desert Storm
    trigger: {crisis_ended: {crisis: kuwait, outcome: conquest}}
    delay: 7
    effects: [{liberate: kuwait}]
"""


def test_overrun_then_liberated_is_one_crisis(tmp_path):
    """The modder's Gulf crisis, written in YAML with monthly turns: Kuwait is overrun in
    August, occupied until February and liberated in March, seven turns later; the crisis
    ends in liberation and Kuwait is back in the UN."""
    result = load_text(tmp_path, GULF)
    assert result.problems == [], [str(p) for p in result.problems]
    session = Session(result.campaign, seed=1)
    session.play_out(13)
    state = session.state
    assert not state.nations["KUW"].exists and state.crises["kuwait"].outcome == "conquest"
    session.play_out(1)
    state = session.state
    assert state.crises["kuwait"].outcome == "liberation"
    assert state.nations["KUW"].exists and state.is_member("KUW", "un")
