"""The command line, run as players and authors run it: `python -m game ...`."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from game import cli
from game.content.schema import json_schema

from .helpers import HEADER, MINI, REPO, nations, write


def run(*args: str, cwd=None, home=None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    if home is not None:
        env["COLLECTIVE_SECURITY_HOME"] = str(home)
    return subprocess.run([sys.executable, "-m", "game", *args], capture_output=True,
                          text=True, cwd=cwd or REPO, env=env)


def test_validate_clean_campaign_exits_0():
    done = run("validate", str(MINI))
    assert (done.returncode, done.stdout) == (0, "1 campaign checked: 0 errors, 0 warnings\n")


def test_validate_accepts_the_campaign_yaml_itself():
    assert run("validate", str(MINI / "campaign.yaml")).returncode == 0


def test_validate_errors_exit_1_sorted_with_a_summary(tmp_path):
    text = HEADER + nations("ALD").replace("will: 50", "will: lots")
    text += "    stabilty: 4\nrelations:\n  - {a: ALD, b: ITA, value: 1}\n"
    write(tmp_path / "bad", {"campaign.yaml": text})
    done = run("validate", "bad", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stdout.splitlines() == [
        os.path.join("bad", "campaign.yaml") + ":14:11: error: expected a whole number from 0 to "
        "100, got 'lots'",
        os.path.join("bad", "campaign.yaml") + ":24:5: error: unknown key 'stabilty' in a nation "
        "(hint: did you mean 'stability'?)",
        os.path.join("bad", "campaign.yaml") + ":26:17: error: unknown nation 'ITA'",
        "1 campaign checked: 3 errors, 0 warnings",
    ]


def test_warnings_pass_unless_strict(tmp_path):
    folder = write(tmp_path / "warn", {"campaign.yaml": HEADER + nations("ALD")
                                       + "baseline:\n  - {date: 1920-01, text: Long ago}\n"})
    assert run("validate", str(folder)).returncode == 0
    strict = run("validate", "--strict", str(folder))
    assert strict.returncode == 1
    assert "error: 1920-01 is outside the campaign" in strict.stdout


@pytest.mark.parametrize("path", ["does/not/exist", "game"])
def test_unreadable_path_exits_2(path):
    done = run("validate", path, str(MINI))
    assert done.returncode == 2
    assert done.stdout.startswith(path)


def test_schema_to_stdout_and_to_a_file(tmp_path):
    assert json.loads(run("schema").stdout) == json_schema()
    assert run("schema", "-o", str(tmp_path / "s.json")).returncode == 0
    assert json.loads((tmp_path / "s.json").read_text(encoding="utf-8")) == json_schema()


def test_new_campaign_in_the_user_folder(tmp_path):
    done = run("new-campaign", "My First War", "--era", "1936", home=tmp_path)
    assert done.returncode == 0, done.stderr
    folder = tmp_path / "campaigns" / "my_first_war"
    assert "europe_1938" in (folder / "campaign.yaml").read_text(encoding="utf-8")
    assert run("validate", str(folder)).stdout.endswith("0 errors, 0 warnings\n")
    again = run("new-campaign", "My First War", home=tmp_path)
    assert again.returncode == 1 and "already exists" in again.stderr


def test_play_without_the_window_module_says_so(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "game.ui.app", None)
    assert cli.main(["play"]) == 1
    assert "cannot open the game window: the module 'game.ui.app' is missing" in \
        capsys.readouterr().err


def test_play_is_the_default(monkeypatch):
    seen = []
    fake = type(sys)("game.ui.app")
    fake.main = lambda args: seen.append(args) or 0
    monkeypatch.setitem(sys.modules, "game.ui.app", fake)
    monkeypatch.setattr("game.ui.app", fake, raising=False)
    assert cli.main([]) == 0 and len(seen) == 1


def test_simulate_hands_over_to_the_session(monkeypatch):
    seen = []
    fake = type(sys)("game.session.simulate")
    fake.main = lambda path, seed, turns: seen.append((path, seed, turns)) or 0
    monkeypatch.setitem(sys.modules, "game.session.simulate", fake)
    monkeypatch.setattr("game.session.simulate", fake, raising=False)
    assert cli.main(["simulate", str(MINI), "--seed", "7", "--turns", "3"]) == 0
    assert seen == [(str(MINI), 7, 3)]


def test_deep_warnings_exit_0_unless_strict(tmp_path):
    """validate --deep: the linter's warnings print like the validator's, with file:line:col;
    they leave the exit status 0, and --strict makes them errors (status 1)."""
    folder = write(tmp_path / "flags", {"campaign.yaml": HEADER + nations("ALD")
                                        + "flags: [calm]\nrelations: []\n"})
    done = run("validate", "--deep", "--games", "0", "flags", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert os.path.join("flags", "campaign.yaml") + ":1:1: warning: flag 'calm' is set at the " \
        "start but nothing reads it" in done.stdout
    assert done.stdout.endswith("1 campaign checked: 0 errors, 2 warnings\n")
    strict = run("validate", "--deep", "--games", "0", "--strict", str(folder))
    assert strict.returncode == 1 and "error: flag 'calm'" in strict.stdout


def test_deep_says_what_the_games_did():
    """With games, a line per campaign counts the events fired and crises started."""
    done = run("validate", "--deep", "--games", "1", str(MINI))
    assert done.returncode == 0, done.stderr
    shown = os.path.relpath(MINI, REPO)
    assert done.stdout.startswith(f"{shown}: 1 all-AI game (seed 1): ")
    assert " events fired, " in done.stdout and " crises started\n" in done.stdout


def test_deep_waits_for_the_errors_to_be_fixed(tmp_path):
    """A campaign with errors is not played: the errors come first, status 1."""
    write(tmp_path / "bad", {"campaign.yaml": HEADER + nations("ALD").replace("will: 50",
                                                                                "will: lots")})
    done = run("validate", "--deep", "bad", cwd=tmp_path)
    assert done.returncode == 1
    assert "bad: --deep skipped: fix the errors first" in done.stderr


def test_games_needs_deep():
    done = run("validate", "--games", "3", str(MINI))
    assert done.returncode == 2 and "--games needs --deep" in done.stderr


def test_paths_prints_the_user_folders(tmp_path):
    """`paths` names the folders the game reads user campaigns and saves from."""
    done = run("paths", home=tmp_path)
    assert done.returncode == 0
    assert f"your campaigns: {tmp_path / 'campaigns'}\n" in done.stdout
    assert f"your saves:     {tmp_path / 'saves'}\n" in done.stdout


def test_new_campaign_offers_every_base_map(tmp_path):
    """--map world with --era picks the world map of the nearest year (1990 has its own, with
    the USSR whole); the output names the map and its title and lists every built-in map by
    window, each window described."""
    done = run("new-campaign", "Gulf War", "--era", "1990", "--map", "world", home=tmp_path)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "its base map is world_1990, The world, October 1990: the whole world, less " \
        "detailed\n" in out
    assert "europe: Europe, the Mediterranean and the Middle East in detail\n" in out
    assert "world: the whole world, less detailed\n" in out
    assert "  europe_1990  Europe, October 1990\n" in out
    assert "  world_2011   The world, 1992-2011\n" in out
    text = (tmp_path / "campaigns" / "gulf_war" / "campaign.yaml").read_text(encoding="utf-8")
    assert "base_map: world_1990" in text and "start: 1990-01" in text


def test_new_campaign_help_lists_every_base_map():
    """`new-campaign --help` says which map is which: every built-in id with its title, under
    its window (and the other commands' help does not load them)."""
    from game.mapdata import available_maps, map_title

    done = run("new-campaign", "--help")
    assert done.returncode == 0
    assert "built-in base maps (--map):\n" in done.stdout
    for map_id in available_maps():
        assert f"  {map_id:<12} {map_title(map_id)}\n" in done.stdout
    assert "built-in base maps" not in run("validate", "--help").stdout


def test_new_campaign_unknown_map_lists_the_maps(tmp_path):
    done = run("new-campaign", "Moon War", "--map", "moon", "--dir", str(tmp_path))
    assert done.returncode == 1
    assert "error: no base map 'moon'; give world or europe" in done.stderr
    assert "  world_1990   The world, October 1990\n" in done.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("wanted, meant", [
    ("wrold", "world"), ("Eurpoe", "europe"), ("europe_1989", "europe_1990"),
    ("world_2008", "world_2011"),
])
def test_new_campaign_misspelt_map_says_did_you_mean(tmp_path, wanted, meant):
    """A slip in --map names the map the author most likely meant (for an id with a year,
    that window's map nearest the year)."""
    done = run("new-campaign", "Slip", "--map", wanted, "--dir", str(tmp_path))
    assert done.returncode == 1
    assert f"no base map '{wanted.lower()}'; did you mean '{meant}'?" in done.stderr


def test_validate_takes_a_campaign_by_name():
    """As simulate does: `validate league_1920` checks the built-in campaign of that name."""
    done = run("validate", "tutorial")
    assert done.returncode == 0 and done.stdout.endswith("0 errors, 0 warnings\n")


def test_maps_lists_a_maps_feature_ids_for_territory():
    """An author finds the ids to write in `territory` without opening docs/maps.md: Bosnia's
    Dayton entities on the 1994 map, each with its owner and where it lies."""
    done = run("maps", "europe_1994", "--grep", "srpska")
    assert done.returncode == 0
    assert done.stdout.splitlines()[0] == "europe_1994: Europe, 1994"
    row = next(line for line in done.stdout.splitlines() if line.startswith("republika_srpska"))
    assert "of Bosnia and Herzegovina" in row and "18.05, 44.24" in row


def test_maps_without_a_map_lists_every_base_map():
    done = run("maps")
    assert done.returncode == 0 and "europe_1990  Europe, October 1990" in done.stdout


def test_maps_of_a_mistyped_map_says_which_was_meant():
    """A year without a map of its own points to the nearest one of that window."""
    done = run("maps", "europe_1989")
    assert done.returncode == 1
    assert "no base map 'europe_1989'; did you mean 'europe_1990'?" in done.stderr
