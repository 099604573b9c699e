"""AI steering in nations.yaml and crises.yaml (forum, ladder, pace, veto, backs_down,
per_crisis, weights, bloc_loyalty, sovereignty): loaded into the model, checked with
file:line:col errors an author can act on, and described by the exported JSON Schema."""

from __future__ import annotations


import jsonschema
import pytest

from game.content import load_campaign
from game.content.schema import json_schema
from game.engine import model as m

from .helpers import lines, mini_with, yaml12
from .test_stances import with_ald

CRISIS_ANCHOR = "  - id: helvan_crisis\n"


def with_helvan(tmp_path, extra: str):
    """The mini campaign with ``extra`` (YAML keys of a crisis) added to the Helvan crisis,
    and the line they start on."""
    return mini_with(tmp_path, "crises.yaml", CRISIS_ANCHOR, extra)


def test_steering_loads_into_the_nation_and_resolves_per_crisis(tmp_path):
    """Every key reaches the model (a bare organisation id is a forum, a bare number a pace);
    a per_crisis entry overrides only the keys it gives, and only in its crisis."""
    result, _ = with_ald(tmp_path, (
        "    forum: [league, {org: un, body: security_council}]\n"
        "    ladder: [condemn, sanctions, enforcement]\n"
        "    pace: 2\n"
        "    veto: bloc\n"
        "    backs_down: {resolve_below: 40}\n"
        "    per_crisis:\n"
        "      - {crisis: helvan_crisis, ladder: [condemn, enforcement],"
        " pace: {skip_at_war: true, ceasefire_stops: false}}\n"))
    assert result.errors == [], lines(result)
    c = result.campaign
    ald = c.nation("ALD")
    assert ald.forum == (m.Forum("league"), m.Forum("un", "security_council"))
    assert (ald.ladder, ald.pace.turns, ald.veto) == (
        ("condemn", "sanctions", "enforcement"), 2, "bloc")
    assert ald.backs_down.resolve_below == 40
    other = c.steer("ALD", "falkia_border")
    assert (other.ladder, other.pace.turns) == (("condemn", "sanctions", "enforcement"), 2)
    helvan = c.steer("ALD", "helvan_crisis")
    assert helvan.ladder == ("condemn", "enforcement")
    assert (helvan.pace.turns, helvan.pace.skip_at_war, helvan.pace.ceasefire_stops) == (
        1, True, False)
    assert (helvan.forum, helvan.veto) == (ald.forum, "bloc")


def test_a_crisis_steers_every_nation_unless_one_says_otherwise(tmp_path):
    """A crisis's ladder and pace hold for every AI nation in it; a nation's own per_crisis
    entry wins over them."""
    result, _ = with_helvan(tmp_path, "    ladder: [condemn, enforcement]\n"
                                      "    pace: {ceasefire_stops: false}\n"
                                      "    backs_down: {dead_above: 50}\n")
    assert result.errors == [], lines(result)
    c = result.campaign
    steer = c.steer("BRV", "helvan_crisis")
    assert steer.ladder == ("condemn", "enforcement") and not steer.pace.ceasefire_stops
    assert steer.backs_down.dead_above == 50
    assert c.steer("BRV", "falkia_border") == m.Steer()


@pytest.mark.parametrize("yaml, problem, hint", [
    ("    ladder: [condemn, sanction]\n", "'sanction'", "did you mean 'sanctions'"),
    ("    forum: [leage]\n", "unknown organisation 'leage'", "did you mean 'league'"),
    ("    forum: [{org: un, body: securty_council}]\n",
     "organisation 'un' has no body 'securty_council'", "did you mean 'security_council'"),
    ("    veto: nevr\n", "'nevr'", "did you mean 'never'"),
    ("    per_crisis: [{crisis: helvan_crises, veto: never}]\n",
     "unknown crisis 'helvan_crises'", "did you mean 'helvan_crisis'"),
    ("    pace: {turn: 2}\n", "unknown key 'turn'", "did you mean 'turns'"),
    ("    backs_down: {resolve_under: 40}\n", "unknown key 'resolve_under'",
     "did you mean 'resolve_below'"),
], ids=["rung", "org", "body", "veto", "crisis", "pace", "backs_down"])
def test_a_misspelt_name_is_an_error_with_a_did_you_mean(tmp_path, yaml, problem, hint):
    """A misspelt rung, organisation, body, veto policy, crisis or key is an error at its
    line, with the name it was likely meant as."""
    result, line = with_ald(tmp_path, yaml)
    found = [p for p in lines(result) if problem in p]
    assert found and f"nations.yaml:{line}:" in found[0], lines(result)
    assert "error" in found[0] and hint in found[0]


def test_a_rung_listed_twice_is_an_error(tmp_path):
    """A ladder climbs each rung once: a repeated rung is an error at the nation."""
    result, _ = with_ald(tmp_path, "    ladder: [condemn, sanctions, condemn]\n")
    found = [p for p in lines(result) if "lists 'condemn' twice" in p]
    assert found and "nations.yaml:3:" in found[0] and "error" in found[0], lines(result)


def test_a_nation_steered_twice_for_one_crisis_is_an_error(tmp_path):
    """Two per_crisis entries for one crisis: the second is an error naming the first."""
    result, line = with_ald(tmp_path, "    per_crisis:\n"
                                      "      - {crisis: helvan_crisis, veto: never}\n"
                                      "      - {crisis: helvan_crisis, pace: 2}\n")
    found = [p for p in lines(result) if "steered twice for crisis 'helvan_crisis'" in p]
    assert found and f"nations.yaml:{line + 2}:" in found[0], lines(result)
    assert f"first at line {line + 1}" in found[0]


def test_backs_down_without_a_threshold_is_an_error(tmp_path):
    """An empty backs_down never yields: an error with the keys to give."""
    result, line = with_ald(tmp_path, "    backs_down: {}\n")
    found = [p for p in lines(result) if "names no threshold" in p]
    assert found and f"nations.yaml:{line}:" in found[0], lines(result)
    assert "resolve_below, will_below or dead_above" in found[0]


def test_skip_at_war_without_enforcement_is_a_warning(tmp_path):
    """skip_at_war jumps to enforcement: a ladder without it makes the key do nothing."""
    result, line = with_ald(tmp_path, "    ladder: [condemn, sanctions]\n"
                                      "    pace: {skip_at_war: true}\n")
    found = [p for p in lines(result) if "skips to enforcement" in p]
    assert found and f"nations.yaml:{line + 1}:" in found[0] and "warning" in found[0], \
        lines(result)


def test_a_forum_the_nation_never_sits_in_is_a_warning(tmp_path):
    """Aldoria is never a member of the Concert of the North: a forum there can never take
    its question, a warning at the forum."""
    result, line = with_ald(tmp_path, "    forum: [northern_concert, league]\n")
    found = [p for p in lines(result) if "never a member of 'northern_concert'" in p]
    assert found and f"nations.yaml:{line}:" in found[0] and "warning" in found[0], \
        lines(result)


def test_the_json_schema_describes_steering():
    """The exported schema accepts well-formed steering and rejects what the loader rejects:
    an unknown rung, veto policy or key, a pace of 0."""
    validator = jsonschema.Draft202012Validator(json_schema())

    def nation(extra: str) -> dict:
        return yaml12("nations:\n  - {code: ALD, name: A, military: 1, economy: 1, will: 1,"
                      " legitimacy: 1, stability: 1, orientation: 1, " + extra + "}\n")

    good = nation("forum: [oas, {org: un, body: council}], ladder: [condemn, enforcement], "
                  "pace: 1, veto: friends, backs_down: {will_below: 30}, "
                  "per_crisis: [{crisis: gulf, pace: {skip_at_war: true}}]")
    assert list(validator.iter_errors(good)) == []
    for bad in ("ladder: [condemnation]", "veto: sometimes", "pace: 0",
                "pace: {turns: 2, fast: true}", "per_crisis: [{veto: never}]"):
        assert list(validator.iter_errors(nation(bad))), bad


def test_weights_loyalty_and_sovereignty_load_into_the_nation(tmp_path):
    """``weights`` gives only the weights written (the rest stay the personality's),
    ``bloc_loyalty`` and ``sovereignty`` their numbers; a nation that says nothing has the
    defaults (25 and 0)."""
    result, _ = with_ald(tmp_path, "    weights: {force: 20}\n"
                                   "    bloc_loyalty: 0\n"
                                   "    sovereignty: 20\n")
    assert result.errors == [], lines(result)
    ald = result.campaign.nation("ALD")
    assert ald.weights == m.Weights(force=20)
    assert (ald.bloc_loyalty, ald.sovereignty) == (0, 20)
    other = next(n for n in result.campaign.nations if n.code != "ALD")
    assert (other.weights, other.bloc_loyalty, other.sovereignty) == (None, 25, 0)


@pytest.mark.parametrize("yaml, problem, hint", [
    ("    weights: {forse: 20}\n", "unknown key 'forse'", "did you mean 'force'"),
    ("    weights: {greed: 80}\n", "a whole number from -50 to 50", ""),
    ("    bloc_loyalty: 150\n", "a whole number from 0 to 100", ""),
    ("    sovereignty: lots\n", "a whole number from -100 to 100", ""),
], ids=["weight-name", "weight-range", "loyalty-range", "sovereignty-number"])
def test_a_wrong_weight_loyalty_or_sovereignty_is_an_error_at_its_line(tmp_path, yaml, problem,
                                                                         hint):
    """A misspelt weight or a value out of range is an error at its line (a misspelt weight
    with the name it was likely meant as)."""
    result, line = with_ald(tmp_path, yaml)
    found = [p for p in lines(result) if problem in p]
    assert found and f"nations.yaml:{line}:" in found[0], lines(result)
    assert "error" in found[0] and hint in found[0]


def test_empty_weights_is_an_error(tmp_path):
    """An empty ``weights`` changes nothing: an error with the keys to give."""
    result, line = with_ald(tmp_path, "    weights: {}\n")
    found = [p for p in lines(result) if "names no weight" in p]
    assert found and f"nations.yaml:{line}:" in found[0], lines(result)
    assert "multilateral, force, cost_aversion or greed" in found[0]


def test_sovereignty_without_a_crisis_inside_a_state_is_a_warning(tmp_path):
    """With no civil war, atrocities or genocide in the campaign, sovereignty never counts:
    a warning at the nation. The mini campaign has both, so no warning there."""
    result, _ = with_ald(tmp_path / "with", "    sovereignty: 20\n")
    assert not [p for p in lines(result) if "sovereignty never counts" in p], lines(result)
    folder = tmp_path / "without"
    with_ald(folder, "    sovereignty: 20\n")
    crises = folder / "mini" / "crises.yaml"
    text = crises.read_text(encoding="utf-8")
    crises.write_text(text.replace("kind: civil_war", "kind: border_dispute")
                      .replace("kind: atrocities", "kind: border_dispute"), encoding="utf-8")
    found = [p for p in lines(load_campaign(folder / "mini")) if "sovereignty never counts" in p]
    assert found and "nations.yaml:" in found[0] and "warning" in found[0]


def test_the_json_schema_describes_weights_loyalty_and_sovereignty():
    """The exported schema accepts the three keys and rejects what the loader rejects: an
    unknown weight, a value out of range."""
    validator = jsonschema.Draft202012Validator(json_schema())

    def nation(extra: str) -> dict:
        return yaml12("nations:\n  - {code: ALD, name: A, military: 1, economy: 1, will: 1,"
                      " legitimacy: 1, stability: 1, orientation: 1, " + extra + "}\n")

    good = nation("weights: {multilateral: -5, force: 20, cost_aversion: 0, greed: 10}, "
                  "bloc_loyalty: 40, sovereignty: -10")
    assert list(validator.iter_errors(good)) == []
    for bad in ("weights: {forse: 20}", "weights: {force: 60}", "bloc_loyalty: -1",
                "sovereignty: 101"):
        assert list(validator.iter_errors(nation(bad))), bad
