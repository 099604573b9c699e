"""The hostile-file catalogue: each broken campaign yields its clear message, never a
traceback, and nothing is written anywhere. (Timings are printed by bench/bench_load.py.)"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from game.content import load_campaign, yaml_source

from .helpers import HEADER, REPO, has, lines, write

FIXTURES = Path(__file__).parent / "fixtures"

EXPECTED = {
    "malformed": r"campaign\.yaml:11:3: error: malformed YAML: .* \(hint: check the indentation",
    "tabs": r"campaign\.yaml:10:1: error: malformed YAML: .*\(hint: indent with spaces: YAML does "
            r"not allow tabs",
    "wrong_types": r"campaign\.yaml:12:15: error: expected a whole number from 0 to 100, got "
                   r"'high'",
    "unknown_keys": r"campaign\.yaml:9:1: error: unknown key 'nation' in a campaign file "
                    r"\(hint: did you mean 'nations'\?\)",
    "missing_refs": r"campaign\.yaml:19:17: error: unknown nation 'ITA'",
    "duplicate_ids": r"campaign\.yaml:18:11: error: duplicate nation id 'ALD'; first defined at "
                     r".*campaign\.yaml:10",
    "billion_laughs": r"error: the campaign expands to more than 100000 values",
    # The column is where the parser that noticed first gave up: ours, or LibYAML's own limit.
    "deep_nesting": r"campaign\.yaml:9:\d+: error: values are nested more than 64 levels deep",
    "python_tag": r"campaign\.yaml:9:9: error: the tag '!!python/object/apply:os\.system' is not "
                  r"allowed in campaign files",
    "include_escape": r"campaign\.yaml:9:11: error: include '\.\./outside\.yaml' points "
                      r"outside the campaign folder",
    "not_utf8": r"campaign\.yaml:11:14: error: byte 0xF6 is not UTF-8 text \(hint: save the file "
                r"with the UTF-8 encoding\)",
    "two_documents": r"campaign\.yaml:9:1: error: a campaign file holds one YAML document",
    "undefined_alias": r"campaign\.yaml:9:10: error: alias '\*nowhere' names no anchor defined "
                       r"before it",
    "recursive_alias": r"campaign\.yaml:9:16: error: alias '\*loop' refers to a node that "
                       r"contains it",
    "merge_key": r"error: merge keys \('<<'\) are not supported \(hint: write the keys out\)",
    "control_character": r"campaign\.yaml:9:13: error: malformed YAML: .*\(hint: remove the "
                         r"invisible control character",
}
MORE = {
    "wrong_types": [r"expected a whole number from 0 to 100, got a list",
                    r"expected true or false, got 'maybe'",
                    r"expected a number from -180 to 180, got 'east'"],
    "include_escape": [r"expected a file name \(.*\), got '/etc/passwd'",
                       r"include 'sub/\.\./\.\./x\.yaml' points outside the campaign folder"],
}


def _snapshot(*folders: Path) -> dict:
    return {p: (p.stat().st_size, p.stat().st_mtime_ns) for folder in folders
            for p in folder.rglob("*")}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_catalogue(name, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    folder = FIXTURES / name
    before = _snapshot(folder, tmp_path)
    result = load_campaign(folder)
    assert _snapshot(folder, tmp_path) == before
    assert result.campaign is None
    assert has(result, EXPECTED[name], "error"), lines(result)
    for pattern in MORE.get(name, ()):
        assert has(result, pattern, "error"), lines(result)


def test_an_alias_bomb_is_reported_once():
    result = load_campaign(FIXTURES / "billion_laughs")
    assert len(result.problems) == 1


def test_yaml_booleans_are_ids():
    """NO is Norway, ON a nation, yes/no/off objective ids and `on` an organisation."""
    result = load_campaign(FIXTURES / "yaml_booleans")
    assert result.problems == [], lines(result)
    c = result.campaign
    assert [n.code for n in c.nations] == ["NO", "ON", "OFF"]
    assert [o.id for o in c.nation("NO").objectives] == ["yes", "no", "off"]
    assert c.org("on").body("yes").rule == "consensus"


def test_catalogue_through_the_command_line(tmp_path):
    """No traceback, exit code 1, one line per problem and a summary."""
    folders = [str(FIXTURES / name) for name in sorted(EXPECTED)]
    run = subprocess.run([sys.executable, "-m", "game", "validate", *folders],
                         capture_output=True, text=True, cwd=tmp_path,
                         env={**os.environ, "PYTHONPATH": str(REPO)})
    assert run.returncode == 1
    assert "Traceback" not in run.stderr and run.stderr == ""
    assert run.stdout.splitlines()[-1].startswith(f"{len(folders)} campaigns checked: ")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("parser", ["CSafeLoader", "SafeLoader"])
@pytest.mark.parametrize("shape", ["flow", "block", "flow_maps"])
def test_deep_nesting_gets_our_message_from_any_parser(shape, parser, tmp_path, monkeypatch):
    """Brackets on one line trip LibYAML's own nesting limit before ours; indented lists reach
    ours first. Either way the player reads the project's message with the file and a line."""
    depth = 1100  # past LibYAML's limit of 1000, yet the indented file stays under 2 MB
    body = {"flow": "nations: " + "[" * depth + "]" * depth + "\n",
            "block": "nations:\n" + "".join("  " * i + "-\n" for i in range(depth)),
            "flow_maps": "nations: " + "{a: " * depth + "}" * depth + "\n"}[shape]
    if not hasattr(yaml, parser):
        pytest.skip(f"this PyYAML has no {parser}")
    monkeypatch.setattr(yaml_source, "_PARSER", getattr(yaml, parser))
    result = load_campaign(write(tmp_path / shape, {"campaign.yaml": HEADER + body}))
    assert result.campaign is None
    deep = (r"campaign\.yaml:\d+:\d+: error: values are nested more than 64 levels deep "
            r"\(hint: no campaign needs this much nesting\)")
    assert has(result, deep, "error"), lines(result)


def test_huge_file(tmp_path):
    text = HEADER + "description: >\n" + "  padding padding padding padding\n" * 1_000_000
    folder = write(tmp_path / "huge", {"campaign.yaml": text})
    result = load_campaign(folder)
    assert has(result, r"error: the file is 3\d\.\d MB; a campaign file may hold at most 2 MB "
                       r"\(hint: split it into several files", "error")


def test_too_much_in_total(tmp_path):
    chunk = "# " + "x" * 1000 + "\n"
    files = {f"part{i}.yaml": chunk * 1900 for i in range(5)}
    files["campaign.yaml"] = HEADER + "include: [" + ", ".join(sorted(files)) + "]\n"
    result = load_campaign(write(tmp_path / "big", files))
    assert has(result, r"part4\.yaml:1:1: error: the campaign's files hold more than 8 MB together")


def test_include_through_a_symlink_that_leaves_the_folder(tmp_path):
    write(tmp_path / "elsewhere", {"secret.yaml": "nations: []\n"})
    folder = write(tmp_path / "c", {"campaign.yaml": HEADER + "include: [linked.yaml]\n"})
    try:
        (folder / "linked.yaml").symlink_to(tmp_path / "elsewhere" / "secret.yaml")
    except OSError:
        pytest.skip("cannot make symlinks here")
    result = load_campaign(folder)
    assert has(result, r"error: include 'linked\.yaml' is a link to outside the campaign folder")


def test_absolute_include_is_refused_even_when_the_file_exists(tmp_path):
    target = write(tmp_path / "elsewhere", {"x.yaml": "nations: []\n"}) / "x.yaml"
    folder = write(tmp_path / "c", {"campaign.yaml": HEADER + f"include: ['{target}']\n"})
    assert has(load_campaign(folder), r"expected a file name .*, got '/")


def test_unreadable_file(tmp_path):
    folder = write(tmp_path / "c", {"campaign.yaml": HEADER})
    (folder / "campaign.yaml").chmod(0)
    try:
        if os.access(folder / "campaign.yaml", os.R_OK):
            pytest.skip("running with rights that read anything")
        result = load_campaign(folder)
    finally:
        (folder / "campaign.yaml").chmod(0o644)
    assert not result.readable and has(result, r"campaign\.yaml: error: cannot read")
