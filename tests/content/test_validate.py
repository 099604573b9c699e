"""Validation: one test per kind of problem, each with its message and hint."""

from __future__ import annotations

import pytest

from game.content.validate import norm_flags

from .helpers import HEADER, has, load_text, nations

BASE = HEADER + nations("ALD", "BRV")

ORG = """\
organisations:
  - id: league
    name: League
    kind: universal
    members: [ALD, BRV]
    bodies:
      - {id: council, name: Council, rule: unanimity}
"""


def event(eid: str, trigger: str = "null", effects: str = "[]", extra: str = "") -> str:
    return f"  - {{id: {eid}, title: T, trigger: {trigger}, effects: {effects}{extra}}}\n"


def check(tmp_path, text: str):
    return load_text(tmp_path, BASE + text)


def test_clean_base_has_no_problems(tmp_path):
    assert check(tmp_path, ORG).problems == []


def test_unknown_nation_with_hint(tmp_path):
    result = check(tmp_path, "relations:\n  - {a: ALD, b: BVR, value: 10}\n")
    assert has(result, r"error: unknown nation 'BVR' \(hint: did you mean 'BRV'\?\)")
    assert result.campaign is None


def test_unknown_references_of_every_kind(tmp_path):
    text = ORG + "events:\n" + event("e", "{credibility: {org: leage, op: '<', value: 5}}",
                                     "[{start_crisis: abyssinia}, {boycott: {nation: ALD, "
                                     "org: league, body: councel}}]")
    text += "chokepoints:\n  - {id: suez, name: Suez, controller: ALD}\n"
    text += "crises:\n  - {id: c, name: C, kind: border_dispute, aggressor: ALD, victims: [BRV], " \
            "chokepoint: sues}\n"
    result = check(tmp_path, text)
    assert has(result, r"unknown organisation 'leage' \(hint: did you mean 'league'\?\)")
    assert has(result, r"unknown crisis 'abyssinia'")
    assert has(result, r"organisation 'league' has no body 'councel' \(hint: did you mean "
                       r"'council'\?\)")
    assert has(result, r"unknown chokepoint 'sues' \(hint: did you mean 'suez'\?\)")


def test_duplicate_ids_point_at_the_second(tmp_path):
    result = check(tmp_path, ORG + "events:\n" + event("e") + event("e"))
    assert has(result, r":41:10: error: duplicate event id 'e'; first defined at "
                       r".*campaign\.yaml:40$")


def test_ids_are_unique_within_their_container(tmp_path):
    """Two organisations may each have a body called council; one may not have two."""
    council = "{id: council, name: C, rule: majority}"
    text = ORG + f"  - {{id: un, name: UN, kind: universal, members: [ALD], bodies: " \
                 f"[{council}, {council}]}}\n"
    duplicates = [p for p in check(tmp_path, text).problems if "duplicate body id" in p.message]
    assert len(duplicates) == 1
    assert duplicates[0].message.startswith("duplicate body id 'council' in 'un'; first defined")


def test_flag_used_but_never_set(tmp_path):
    result = check(tmp_path, "flags: [war_guilt]\nevents:\n" + event("e", "{flag: war_gilt}"))
    assert has(result, r"warning: flag 'war_gilt' is never set "
                       r"\(hint: did you mean 'war_guilt'\?\)")


def test_dates_outside_the_campaign(tmp_path):
    result = check(tmp_path, "baseline:\n  - {date: 1929-05, text: Too early}\n")
    assert has(result, r"warning: 1929-05 is outside the campaign \(1930-01 to 1934-12\)")


def test_campaign_ends_before_it_starts(tmp_path):
    result = load_text(tmp_path, BASE.replace("end: 1934-12", "end: 1929-12"))
    assert has(result, r":6:6: error: the campaign ends \(1929-12\) before it starts \(1930-01\)")


def test_turn_months_range(tmp_path):
    result = load_text(tmp_path, BASE.replace("turn_months: 3", "turn_months: 13"))
    assert has(result, r"expected a whole number from 1 to 12, got '13'")


def test_spans_must_end_after_they_start(tmp_path):
    result = check(tmp_path, ORG.replace("[ALD, BRV]", "[ALD, {nation: BRV, from: 1933-01, "
                                                      "until: 1931-01}]"))
    assert has(result, r"error: BRV's membership ends \(1931-01\) before it starts \(1933-01\)")


@pytest.mark.parametrize("trigger, reason", [
    ("{date_from: 1936-01}", r"it waits for 1936-01, after the campaign's end \(1934-12\)"),
    ("{all: [{date_from: 1933-01}, {date_before: 1932-06}]}",
     r"it needs a date from 1933-01 on and before 1932-06"),
    ("{flag: nowhere}", r"it needs the flag 'nowhere', which nothing sets"),
    ("{crisis_active: c}", r"it needs the crisis 'c' to start, which no event starts"),
    ("{stat: {nation: ALD, stat: will, op: '>', value: 100}}", r"'> 100' can never hold"),
    ("{any: [{date_before: 1930-01}, {flag: nowhere}]}",
     r"it needs a date before 1930-01, but the campaign starts in 1930-01"),
])
def test_events_that_can_never_fire(tmp_path, trigger, reason):
    crisis = "crises:\n  - {id: c, name: C, kind: border_dispute, aggressor: ALD, victims: [BRV]}\n"
    result = check(tmp_path, crisis + "events:\n" + event("e", trigger))
    assert has(result, f"warning: event 'e' can never fire: {reason}")


def test_events_that_can_fire_are_quiet(tmp_path):
    text = "crises:\n  - {id: c, name: C, kind: border_dispute, aggressor: ALD, victims: [BRV]}\n"
    text += "events:\n" + event("a", "{date_from: 1931-01}", "[{set_flag: x}]")
    text += event("b", "{flag: x}", "[{start_crisis: c}]")
    text += event("d", "{any: [{crisis_active: c}, {flag: never}]}")
    result = check(tmp_path, text)
    assert not has(result, "can never fire")


def test_trigger_cycles(tmp_path):
    text = "events:\n" + event("a", "{flag: from_b}", "[{set_flag: from_a}]")
    text += event("b", "{flag: from_a}", "[{set_flag: from_b}]")
    result = check(tmp_path, text)
    assert has(result, r"event 'a' can never fire: it needs the flag 'from_b', which only events "
                       r"that can never fire set \('b'\) \(a trigger cycle: a → b → a\)")


def test_chance_zero(tmp_path):
    result = check(tmp_path, "events:\n" + event("e", extra=", chance: 0"))
    assert has(result, r"warning: event 'e' has chance 0, so it never fires")


def test_objectives_that_can_never_be_met(tmp_path):
    text = BASE.replace('{tension: {op: "<", value: 90}}', "{flag: never_set}")
    result = load_text(tmp_path, text)
    assert has(result, r"warning: objective 'one' of ALD can never be met: it needs the flag "
                       r"'never_set', which nothing sets")


def test_playable_nation_needs_a_briefing(tmp_path):
    result = load_text(tmp_path, BASE.replace("    briefing: You lead.\n", ""))
    assert has(result, r"error: playable nation 'ALD' has no briefing")


def test_playable_nation_objective_count(tmp_path):
    text = BASE.replace('      - {id: three, text: Three, condition: {tension: {op: "<", '
                        'value: 70}}}\n', "")
    result = load_text(tmp_path, text)
    assert has(result, r"warning: playable nation 'ALD' has 2 objectives; give it 3 to 6")


def test_some_nation_must_be_playable(tmp_path):
    result = load_text(tmp_path, BASE.replace("playable: true", "playable: false"))
    assert has(result, r"error: no nation is playable")


def test_security_council_needs_thresholds(tmp_path):
    result = check(tmp_path, ORG.replace("rule: unanimity", "rule: security_council"))
    assert has(result, r"error: security council 'council' needs thresholds")


def test_thresholds_in_order_and_possible(tmp_path):
    body = ("{id: council, name: C, rule: security_council, thresholds: [{from: 1966-01, "
            "seats: 15, votes: 9}, {from: 1930-01, seats: 5, votes: 7}]}")
    result = check(tmp_path, ORG.replace("{id: council, name: Council, rule: unanimity}", body))
    assert has(result, r"thresholds of 'council' must be in date order")
    assert has(result, r"'council' from 1930-01 needs 7 votes of only 5 seats")


def test_more_seat_holders_than_seats(tmp_path):
    """A council holds as many nations as its threshold gives it seats: a 16th seat on the
    15-seat Security Council of 1966 would make every tally wrong."""
    body = ("{id: council, name: C, rule: security_council, "
            "thresholds: [{from: 1930-01, seats: 1, votes: 1}], "
            "seats: [ALD, {nation: BRV, from: 1932-01}]}")
    result = check(tmp_path, ORG.replace("{id: council, name: Council, rule: unanimity}", body))
    assert has(result, r"campaign\.yaml:\d+:\d+: error: 'council' has 1 seats in 1932-01 but 2 "
                       r"nations sit on it then \(ALD, BRV\).*hint: end a seat")


def test_seat_holders_that_follow_each_other_fit(tmp_path):
    """One seat passed from one member to the next is one seat, not two."""
    body = ("{id: council, name: C, rule: security_council, "
            "thresholds: [{from: 1930-01, seats: 1, votes: 1}], "
            "seats: [{nation: ALD, until: 1932-01}, {nation: BRV, from: 1932-01}]}")
    result = check(tmp_path, ORG.replace("{id: council, name: Council, rule: unanimity}", body))
    assert not result.errors


def test_emergency_sessions_are_for_assemblies(tmp_path):
    body = "{id: council, name: Council, rule: unanimity, emergency_from: 1931-01}"
    result = check(tmp_path, ORG.replace("{id: council, name: Council, rule: unanimity}", body))
    assert has(result, r"warning: emergency_from only applies to assembly bodies")


def test_seat_for_a_non_member(tmp_path):
    body = "{id: council, name: Council, rule: unanimity, seats: [ALD, {nation: BRV, " \
           "permanent: true}]}"
    text = ORG.replace("{id: council, name: Council, rule: unanimity}", body).replace(
        "[ALD, BRV]", "[ALD]")
    assert has(check(tmp_path, text), r"warning: BRV sits on 'council' but is never a member")


@pytest.mark.parametrize("field, value, message", [
    ("kind", "war", r"expected one of interstate_aggression, .*, got 'war'"),
    ("historical_outcome", "victory", r"expected one of withdrawal, .*, got 'victory'"),
    ("article", "12", r"expected 11 or 15, got '12'"),
])
def test_crisis_vocabulary(tmp_path, field, value, message):
    crisis = {"id": "c", "name": "C", "kind": "border_dispute", "aggressor": "ALD",
              "victims": "[BRV]", field: value}
    text = "crises:\n  - {" + ", ".join(f"{k}: {v}" for k, v in crisis.items()) + "}\n"
    assert has(check(tmp_path, text), message)


def test_unknown_rule_kind_and_power(tmp_path):
    text = ORG.replace("kind: universal", "kind: univrsal").replace(
        "rule: unanimity}", "rule: unanimous, powers: [condem]}")
    result = check(tmp_path, text)
    assert has(result, r"got 'univrsal' \(hint: did you mean 'universal'\?\)")
    assert has(result, r"got 'unanimous' \(hint: did you mean 'unanimity'\?\)")
    assert has(result, r"got 'condem' \(hint: did you mean 'condemn'\?\)")


def test_aggressor_among_victims(tmp_path):
    text = "crises:\n  - {id: c, name: C, kind: interstate_aggression, aggressor: ALD, " \
           "victims: [ALD]}\nevents:\n" + event("e", effects="[{start_crisis: c}]")
    assert has(check(tmp_path, text), r"the aggressor ALD is also among its victims")


def test_a_claims_crisis_starts_when_the_claim_is_pressed(tmp_path):
    """Pressing a claim starts the crisis '<code>_<claim>' (Darfur in r2p_1992 is Sudan's
    claim): a crisis written out under that id needs no event to start it, and what waits on
    it can happen."""
    claimant = "  - {code: CLM, name: Claimant, military: 50, economy: 50, will: 50, " \
               "legitimacy: 50, stability: 50, orientation: 80, " \
               "claims: [{id: land, target: BRV, name: The land}]}\n"
    text = (claimant + "crises:\n  - {id: clm_land, name: C, kind: interstate_aggression, "
            "aggressor: CLM, victims: [BRV]}\nevents:\n"
            + event("e", "{crisis_active: clm_land}", "[{change_tension: 5}]"))
    result = check(tmp_path, text)
    assert result.campaign is not None
    assert not has(result, r"never starts") and not has(result, r"can never fire")


def test_crisis_that_never_starts(tmp_path):
    text = "crises:\n  - {id: c, name: C, kind: border_dispute, aggressor: ALD, victims: [BRV]}\n"
    assert has(check(tmp_path, text), r"warning: crisis 'c' never starts \(hint: give an event "
                                      r"the effect start_crisis: c\)")


def test_relations_with_oneself_and_twice(tmp_path):
    text = "relations:\n  - {a: ALD, b: ALD, value: 5}\n  - {a: ALD, b: BRV, value: 5}\n" \
           "  - {a: BRV, b: ALD, value: 9}\n"
    result = check(tmp_path, text)
    assert has(result, r"error: a relation of ALD with itself")
    assert has(result, r"warning: relations of BRV and ALD are given twice")


def test_places_are_checked_against_the_base_map(tmp_path):
    pytest.importorskip("game.mapdata")
    from game import mapdata

    if "europe_1930" not in mapdata.available_maps():
        pytest.skip("base maps not built")
    text = BASE.replace("    orientation: 50\n", "    orientation: 50\n    territory: "
                        "[france, frnace, my_region]\n", 1)
    text += "regions:\n  - {id: my_region, name: R, rings: [[[0, 0], [1, 0], [1, 1], [0, 0]]]}\n"
    result = load_text(tmp_path, text)
    assert has(result, r"unknown place 'frnace'.* \(hint: did you mean 'france'\?\)")
    assert not has(result, "'france'.*neither|my_region")


def test_unknown_base_map(tmp_path):
    pytest.importorskip("game.mapdata")
    from game import mapdata

    if not mapdata.available_maps():
        pytest.skip("base maps not built")
    result = load_text(tmp_path, BASE.replace("europe_1930", "europe_1931"))
    assert has(result, r"error: unknown base map 'europe_1931' \(hint: did you mean 'europe_193")


def test_icc_date_needs_the_referral_power(tmp_path):
    """icc_from says where a body's referrals go: on a body without refer_to_court it is a
    slip."""
    body = "{id: council, name: Council, rule: unanimity, icc_from: 2002-07}"
    result = check(tmp_path, ORG.replace("{id: council, name: Council, rule: unanimity}", body))
    assert has(result, r"warning: icc_from only applies to a body with the refer_to_court power")
    powered = "{id: council, name: Council, rule: unanimity, icc_from: 2002-07, " \
              "powers: [condemn, refer_to_court]}"
    result = check(tmp_path, ORG.replace("{id: council, name: Council, rule: unanimity}",
                                         powered))
    assert result.problems == []


def test_endorse_date_needs_the_power_and_the_power_provides_the_flag(tmp_path):
    """endorse_from says when a body may vote on a norm: on a body without the endorse power
    it is a slip; with the power, the flag its adoption sets (r2p_endorsed) counts as set, so
    an objective may wait on it."""
    body = "{id: council, name: Council, rule: unanimity, endorse_from: 2001-12}"
    result = check(tmp_path, ORG.replace("{id: council, name: Council, rule: unanimity}", body))
    assert has(result, r"warning: endorse_from only applies to a body with the endorse power")
    powered = "{id: council, name: Council, rule: unanimity, endorse_from: 2001-12, " \
              "powers: [condemn, endorse]}"
    result = check(tmp_path, ORG.replace("{id: council, name: Council, rule: unanimity}",
                                         powered))
    assert result.problems == []
    assert "r2p_endorsed" in norm_flags(result.campaign)


def test_peacebuilding_settings_load_and_need_a_body_with_the_power(tmp_path):
    """A crisis's peacebuilding settings load into the model; with no body able to adopt a
    peacebuilding mission, nothing could lower its relapse risk: a warning."""
    text = ORG + "events:\n" + event("e", effects="[{start_crisis: c}]")
    text += "crises:\n  - {id: c, name: C, kind: genocide, aggressor: ALD, victims: [ALD], " \
            "peacebuilding: {turns: 6, relapse: 30, stage: 3}}\n"
    result = check(tmp_path, text)
    (crisis,) = result.campaign.crises
    assert (crisis.kind, crisis.peacebuilding.turns, crisis.peacebuilding.relapse,
            crisis.peacebuilding.stage) == ("genocide", 6, 30, 3)
    assert has(result, r"warning: crisis 'c' has a peacebuilding phase but no body may adopt")
    powered = text.replace("rule: unanimity}", "rule: unanimity, powers: [peacebuilding]}")
    assert check(tmp_path, powered).problems == []


def test_latent_settings_load_and_need_a_body_with_the_power(tmp_path):
    """A crisis's latent settings load into the model; a latent crisis may break out by
    itself, so it needs no start_crisis event; with no body able to deploy to prevent it, a
    warning; warning signs that begin after the campaign ends, another."""
    text = ORG + "crises:\n  - {id: c, name: C, kind: genocide, aggressor: ALD, victims: " \
        "[ALD], latent: {grievances: 60, propaganda: 50, arms: 40, fragility: 55, risk: 12, " \
        "since: 1931-01}}\n"
    result = check(tmp_path, text)
    (crisis,) = result.campaign.crises
    assert (crisis.latent.grievances, crisis.latent.risk) == (60, 12)
    assert crisis.latent.since is not None
    assert not has(result, r"never starts")
    assert has(result, r"warning: crisis 'c' has a latent stage but no body may deploy")
    powered = text.replace("rule: unanimity}", "rule: unanimity, powers: "
                           "[preventive_deployment]}")
    assert check(tmp_path, powered).problems == []
    late = powered.replace("since: 1931-01", "since: 2099-01")
    assert has(check(tmp_path, late), r"warning: crisis 'c': its warning signs begin after")


def test_later_maps_name_built_maps_in_date_order(tmp_path):
    """`later_maps` redraws the borders during a campaign (the Soviet Union dissolved in
    December 1991): each map must exist, and the changes come in date order after the start."""
    from .helpers import HEADER, load_text, nations

    text = HEADER + ("later_maps:\n  - {from: 1933-01, map: europe_1938}\n"
                     "  - {from: 1932-01, map: europe_1939}\n") + nations("ALD")
    result = load_text(tmp_path, text)
    assert any("unknown base map 'europe_1939'" in str(p) and "did you mean 'europe_1938'"
               in str(p) and "campaign.yaml:11:" in str(p) for p in result.errors)
    assert any("later_maps must be in date order" in str(p) for p in result.errors)


def test_territory_may_name_a_feature_of_a_later_map(tmp_path):
    """A nation born during the campaign holds land that only the later map draws (Croatia
    is no feature of the 1930 map)."""
    from .helpers import HEADER, load_text, nations

    text = HEADER + "later_maps:\n  - {from: 1933-01, map: europe_1994}\n" + \
        nations("ALD").replace("    orientation: 50\n", "    orientation: 50\n    territory: [croatia]\n")
    result = load_text(tmp_path, text)
    assert not result.errors, [str(p) for p in result.errors]
    assert result.campaign.base_map_at(result.campaign.start) == "europe_1930"
    assert result.campaign.base_map_at(result.campaign.end) == "europe_1994"


def test_people_count_only_in_a_genocide(tmp_path):
    """A crisis's people (the group an organised genocide targets, atrocities.SWEEP) load
    into the model; on a crisis of another kind they would do nothing: a warning."""
    text = ORG + "events:\n" + event("e", effects="[{start_crisis: c}]")
    text += "crises:\n  - {id: c, name: C, kind: genocide, aggressor: ALD, victims: [ALD], " \
            "people: 500}\n"
    result = check(tmp_path, text)
    assert result.campaign.crises[0].people == 500
    assert not has(result, r"people count for nothing")
    assert has(check(tmp_path, text.replace("genocide", "atrocities")),
               r"warning: crisis 'c': only a genocide sweeps")


def test_an_accord_starts_kept(tmp_path):
    """An accord its parties asked a mission to watch (Arusha, 1993) stands at incidents or
    calmer when the crisis starts: one that starts at clashes is an error."""
    text = "crises:\n  - {id: c, name: C, kind: genocide, aggressor: ALD, victims: [BRV], " \
           "stage: 2, accord: true}\nevents:\n" + event("e", effects="[{start_crisis: c}]")
    assert has(check(tmp_path, text), r"error: crisis 'c': an accord's crisis starts at stage "
                                      r"2, but an accord that is kept stands at incidents or "
                                      r"calmer \(hint: give it stage: 1 \(or 0\), or drop accord\)")
    calm = text.replace("stage: 2", "stage: 1")
    assert not has(check(tmp_path, calm), r"an accord")
