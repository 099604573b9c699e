"""Stances and stays_in in nations.yaml: loaded into the model, checked with file:line:col
errors an author can act on, and described by the exported JSON Schema."""

from __future__ import annotations

import jsonschema
import pytest

from game.content.schema import json_schema
from game.engine import model as m
from game.engine.calendar import month

from .helpers import lines, mini_with, yaml12

ANCHOR = "    personality: multilateralist\n"
"""The first nation of the mini campaign (ALD) has this line; its stances go after it."""


def with_ald(tmp_path, extra: str):
    """The mini campaign with ``extra`` (YAML keys of a nation) added to Aldoria."""
    return mini_with(tmp_path, "nations.yaml", ANCHOR, extra)


def test_stances_and_stays_in_load_into_the_nation(tmp_path):
    """Every key of a stance reaches the model, with the dates as months; the defaults bound
    nothing (at most yes, at least no, any kind)."""
    result, _ = with_ald(tmp_path, (
        "    stances:\n"
        "      - {kind: sanctions, at_most: abstain}\n"
        "      - {crisis: helvan_crisis, from: 1935-01, until: 1936-06, at_least: yes,"
        " why: we stand by Helvan}\n"
        "    stays_in: [league]\n"))
    assert result.errors == [], lines(result)
    ald = result.campaign.nation("ALD")
    assert ald.stays_in == ("league",)
    first, second = ald.stances
    assert (first.kind, first.at_most, first.at_least) == ("sanctions", "abstain", "no")
    assert (second.kind, second.crisis, second.start, second.end, second.at_least, second.why) \
        == ("any", "helvan_crisis", month(1935, 1), month(1936, 6), "yes", "we stand by Helvan")
    assert m.Stance() == m.Stance(kind="any", at_most="yes", at_least="no")


@pytest.mark.parametrize("yaml, problem, hint", [
    ("    stances: [{kind: sanction, at_most: abstain}]\n", "sanction'", "did you mean 'sanctions'"),
    ("    stances: [{crisis: helvan_crises, at_most: no}]\n", "unknown crisis 'helvan_crises'",
     "helvan_crisis"),
    ("    stays_in: [leage]\n", "unknown organisation 'leage'", "league"),
], ids=["kind", "crisis", "organisation"])
def test_an_unknown_name_is_an_error_with_a_did_you_mean(tmp_path, yaml, problem, hint):
    """A misspelt resolution kind, crisis or organisation (in ``stays_in``) is named at its
    line, with the name it was likely meant as."""
    result, line = with_ald(tmp_path, yaml)
    found = [p for p in lines(result) if problem in p]
    assert found and f"nations.yaml:{line}:" in found[0], lines(result)
    assert hint in found[0]


def test_a_ballot_must_be_yes_abstain_or_no(tmp_path):
    """at_most and at_least take a ballot, and the message lists the three."""
    result, line = with_ald(tmp_path, "    stances: [{at_most: abstention}]\n")
    found = [p for p in lines(result) if "'abstention'" in p]
    assert found and f"nations.yaml:{line}:" in found[0], lines(result)
    assert "one of no, abstain, yes" in found[0] and "did you mean 'abstain'" in found[0]


def test_at_most_below_at_least_is_an_error(tmp_path):
    """A stance that allows no ballot (at most no, at least yes) is an error at the stance,
    with a hint on the order of ballots."""
    result, line = with_ald(tmp_path, "    stances: [{kind: condemn, at_most: no,"
                                      " at_least: abstain}]\n")
    found = [p for p in lines(result) if "allows no ballot" in p]
    assert found and f"nations.yaml:{line}:" in found[0], lines(result)
    assert "no < abstain < yes" in found[0]


def test_a_stance_ending_before_it_starts_is_an_error(tmp_path):
    """from after until binds nothing: an error, as for memberships."""
    result, _ = with_ald(tmp_path, "    stances: [{from: 1936-01, until: 1935-01,"
                                   " at_most: abstain}]\n")
    assert any("ALD's stance ends (1935-01) before it starts (1936-01)" in p
               for p in lines(result)), lines(result)


def test_the_json_schema_describes_stances():
    """The exported schema accepts a well-formed stance and rejects what the loader rejects:
    an unknown kind, a ballot that is not one, an unknown key."""
    schema = json_schema()
    validator = jsonschema.Draft202012Validator(schema)

    def nation(extra: str) -> dict:
        return yaml12("nations:\n  - {code: ALD, name: A, military: 1, economy: 1, will: 1,"
                      " legitimacy: 1, stability: 1, orientation: 1, " + extra + "}\n")

    good = nation("stances: [{kind: sanctions, crisis: c, from: 1935-01, at_most: abstain,"
                  " at_least: no, why: w}], stays_in: [league]")
    assert list(validator.iter_errors(good)) == []
    for bad in ("stances: [{kind: sanction}]", "stances: [{at_most: maybe}]",
                "stances: [{ballot: yes}]", "stays_in: [League]"):
        assert list(validator.iter_errors(nation(bad))), bad
