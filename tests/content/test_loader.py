"""Loading: YAML scalars read by the field they fill, positions kept, all problems at once."""

from __future__ import annotations

import dataclasses
import os

from game.content import load_campaign
from game.content import schema as s
from game.engine import model as m
from game.engine.calendar import month

from .helpers import HEADER, MINI, has, lines, load_text, nations, write


def _walk(value):
    """Every condition and effect inside a model value."""
    if isinstance(value, (tuple, list)):
        for item in value:
            yield from _walk(item)
    elif dataclasses.is_dataclass(value) and not isinstance(value, m.Src):
        yield value
        for f in dataclasses.fields(value):
            yield from _walk(getattr(value, f.name))


def test_mini_campaign_loads_without_problems():
    result = load_campaign(MINI)
    assert result.problems == []
    c = result.campaign
    assert [n.code for n in c.nations] == ["ALD", "BRV", "CAS", "DUN", "ERE", "FAL", "GOT", "HEL"]
    assert [n.code for n in c.nations if n.playable] == ["ALD", "BRV", "CAS"]
    assert [o.id for o in c.organisations] == ["league", "un", "northern_concert", "entente"]
    assert c.turns == 20
    assert c.start == month(1930, 1) and c.end == month(1934, 12)
    assert c.flags == ("naval_treaty_in_force",)


def test_mini_campaign_uses_every_trigger_and_effect_form():
    """The golden playthrough relies on it: each form of the format is exercised."""
    used = {type(v) for v in _walk(load_campaign(MINI).campaign)}
    for tagged in (s.CONDITION, s.EFFECT):
        for form in tagged.forms:
            built = form.spec.build if isinstance(form.spec, s.Record) else None
            if built is None:
                probe = form.build(("x",)) if form.key in ("all", "any") else form.build("x")
                built = type(probe)
            assert built in used, f"the mini campaign never uses {tagged.name} '{form.key}'"


def test_mini_campaign_organisations():
    c = load_campaign(MINI).campaign
    council = c.org("un").body("security_council")
    assert council.rule == "security_council"
    assert [(t.seats, t.votes) for t in council.thresholds] == [(11, 7), (15, 9)]
    assert {seat.nation for seat in council.seats if seat.permanent} == {"ALD", "BRV", "CAS"}
    assert c.org("un").body("general_assembly").emergency_from == month(1932, 1)
    assert c.org("league").body("council").rule == "unanimity"
    assert c.org("northern_concert").body("conference").rule == "consensus"
    assert c.org("entente").kind == "alliance"
    assert c.crisis("helvan_crisis").chokepoint == "strait"


def test_positions_are_kept_relative_to_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    c = load_text(tmp_path, HEADER + nations("ALD")).campaign
    assert (c.nation("ALD").src.line, c.nation("ALD").src.col) == (10, 5)
    assert c.nation("ALD").src.file == os.path.join("c", "campaign.yaml")
    assert c.nation("ALD").objectives[1].src.line == 22


def test_paths_outside_the_working_directory_stay_as_given(tmp_path):
    c = load_text(tmp_path, HEADER + nations("ALD")).campaign
    assert c.src.file == str(tmp_path / "c" / "campaign.yaml")


def test_yaml_booleans_and_numbers_are_ids(tmp_path):
    text = HEADER + nations("NO", "ON", "YES") + (
        "flags: [yes, no, off]\n"
        "events:\n  - {id: on, title: 1984, text: true, trigger: {flag: no}, "
        "effects: [{change_stat: {nation: NO, stat: will, add: 5}}]}\n")
    result = load_text(tmp_path, text)
    assert result.errors == [], lines(result)
    c = result.campaign
    assert [n.code for n in c.nations] == ["NO", "ON", "YES"]
    assert c.flags == ("yes", "no", "off")
    event = c.event("on")
    assert (event.title, event.text, event.trigger) == ("1984", "true", m.FlagSet("no"))


def test_dates_in_every_form(tmp_path):
    text = HEADER.replace("start: 1930-01", "start: 1930").replace("end: 1934-12",
                                                                  'end: "1934-12"') + (
        "baseline:\n  - {date: 1931-09-18, text: Mukden}\n  - {date: '1932-03', text: later}\n")
    c = load_text(tmp_path, text).campaign
    assert (c.start, c.end) == (month(1930, 1), month(1934, 12))
    assert [b.month for b in c.baseline] == [month(1931, 9), month(1932, 3)]


def test_a_day_the_month_does_not_have_is_reported_where_it_is(tmp_path):
    """1930-02-31 is no date: the validator names the file, line and column and the month's
    length, and a leap year's 29 February stays valid."""
    text = HEADER + ("baseline:\n  - {date: 1932-02-29, text: leap}\n"
                     "  - {date: 1930-02-31, text: never}\n")
    result = load_text(tmp_path, text)
    assert result.campaign is None
    assert has(result, r"campaign\.yaml:11:12: error: day 31 is not a day of Feb 1930, which "
                       r"has 28 days, in '1930-02-31'$", "error"), lines(result)
    assert len(result.problems) == 1, lines(result)


def test_wrong_types_are_all_reported_at_once(tmp_path):
    text = HEADER + nations("ALD").replace("military: 50", "military: high").replace(
        "economy: 50", 'economy: "50"').replace("will: 50", "will: 150").replace(
        "playable: true", "playable: yes")
    result = load_text(tmp_path, text)
    assert result.campaign is None
    assert has(result, r":12:15: error: expected a whole number from 0 to 100, got 'high'$")
    assert has(result, r":13:14: error: .* got '50' \(hint: remove the quotes\)")
    assert has(result, r":14:11: error: expected a whole number from 0 to 100, got '150'")
    assert has(result, r"expected true or false, got 'yes' \(hint: write true or false\)")


def test_unknown_keys_get_a_close_match(tmp_path):
    result = load_text(tmp_path, HEADER + nations("ALD") + "    stabilty: 5\n")
    assert has(result, r"unknown key 'stabilty' in a nation \(hint: did you mean 'stability'\?\)")


def test_missing_required_keys_name_the_mapping(tmp_path):
    result = load_text(tmp_path, HEADER + nations("ALD").replace("    will: 50\n", ""))
    assert has(result, r"campaign\.yaml:10:5: error: this nation needs the key 'will'")


def test_campaign_yaml_needs_its_header(tmp_path):
    result = load_text(tmp_path, "nations: []\n")
    for key in ("format", "id", "name", "description", "start", "end", "turn_months",
                "base_map"):
        assert has(result, f"campaign.yaml needs the key '{key}'")


def test_bad_conditions_and_effects(tmp_path):
    text = HEADER + (
        "events:\n"
        "  - id: e\n    title: E\n"
        "    trigger: {flag: a, date_from: 1931}\n"
        "    effects: [{set_flg: a}, {change_stat: {nation: XX, stat: will}}]\n")
    result = load_text(tmp_path, text)
    assert has(result, r"a condition has exactly one key; found 'flag', 'date_from' "
                       r"\(hint: wrap several conditions in \{all: \[\.\.\.\]\}\)")
    assert has(result, r"unknown effect 'set_flg' \(hint: did you mean 'set_flag'\?\)")
    assert has(result, r"give exactly one of 'add' or 'set'")


def test_ids_with_the_wrong_shape_get_a_fix(tmp_path):
    result = load_text(tmp_path, HEADER + nations("ita"))
    assert has(result, r"expected a nation code \(2 to 4 capital letters .*\), got 'ita' "
                       r"\(hint: write 'ITA'\)")


def test_includes_are_read_in_order(tmp_path):
    result = load_text(tmp_path, HEADER + "include: [a.yaml, sub/b.yaml]\n" + nations("ALD"),
                       a__yaml=nations("BRV"))
    assert has(result, "included file 'sub/b.yaml' does not exist")
    write(tmp_path / "c" / "sub", {"b.yaml": nations("CAS")})
    result = load_campaign(tmp_path / "c")
    assert [n.code for n in result.campaign.nations] == ["ALD", "BRV", "CAS"]


def test_header_keys_belong_in_campaign_yaml(tmp_path):
    result = load_text(tmp_path, HEADER + "include: [a.yaml]\n", a__yaml="tension: 40\n")
    assert has(result, r"a\.yaml:1:1: error: 'tension' belongs in campaign\.yaml")


def test_content_hash_follows_the_files(tmp_path):
    first = load_text(tmp_path, HEADER + nations("ALD")).campaign.content_hash
    again = load_campaign(tmp_path / "c").campaign.content_hash
    changed = load_text(tmp_path, HEADER + nations("ALD") + "    capital: X\n").campaign
    assert first == again != changed.content_hash and len(first) == 64


def test_problem_format_and_order(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = load_text(tmp_path, HEADER + nations("ALD").replace("will: 50", "will: x")
                       + "    stabilty: 1\n")
    assert [(p.line, p.col) for p in result.problems] == sorted(
        (p.line, p.col) for p in result.problems)
    assert lines(result)[0] == os.path.join("c", "campaign.yaml") + (
        ":14:11: error: expected a whole number from 0 to 100, got 'x'")
