"""Bad command-line input: one clear line and exit status 2, checked before any window opens,
never a traceback or a silent main menu; good input, in any letter case or folder, is played.
And every tool's --help works."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from game import cli
from game.session.paths import BUILTIN_CAMPAIGNS

REPO = Path(__file__).resolve().parents[1]
MINI = REPO / "tests" / "fixtures" / "mini_campaign"
BROKEN = REPO / "tests" / "content" / "fixtures" / "malformed"
PLAYABLE = "the playable nations are CHN, FRA, GBR, GER, ITA, JPN"
BUILTINS = "the built-in campaigns are balkans_1991, league_1920, r2p_1992, tutorial, un_1945"


def run(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess:
    """The command as a player types it. A game window that opened by mistake would run until
    the timeout and fail the test."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "SDL_VIDEODRIVER": "dummy",
           "SDL_AUDIODRIVER": "dummy"}
    return subprocess.run([sys.executable, "-m", "game", *args], capture_output=True, text=True,
                          cwd=cwd, env=env, timeout=60)


BAD = {
    "unknown_nation": (["play", "--campaign", "league_1920", "--nation", "XXX"],
                       f"The League of Nations has no nation 'XXX'; {PLAYABLE}"),
    "swapped_letters": (["play", "--campaign", "league_1920", "--nation", "GRB"],
                        f"no nation 'GRB'; did you mean GBR? {PLAYABLE}"),
    "not_playable": (["play", "--campaign", "league_1920", "--nation", "usa"],
                     f"USA (United States) cannot be played in The League of Nations; {PLAYABLE}"),
    "missing_folder": (["play", "--campaign", "no/such/folder"],
                       f"no campaign folder 'no/such/folder'; {BUILTINS}"),
    "empty_campaign": (["play", "--campaign", ""], "not an empty string"),
    "not_a_campaign": (["play", "--campaign", "docs"],
                       "cannot play 'docs': not a campaign folder: it has no campaign.yaml"),
    "broken_campaign": (["play", "--campaign", str(BROKEN)],
                        f"the campaign in '{BROKEN}' cannot be played: 1 error above"),
    "nation_alone": (["play", "--nation", "GBR"], "--nation and --seed need --campaign"),
    "bad_size": (["play", "--size", "big"], "expected WIDTHxHEIGHT such as 1280x720"),
    "bad_scale": (["play", "--scale", "300"], "expected a whole number from 100 to 200"),
    "simulate_missing": (["simulate", "nowhere"], f"no campaign folder 'nowhere'; {BUILTINS}"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_input_is_one_clear_message_and_exit_2(name):
    """`play --nation XXX` used to end in a KeyError traceback from the main screen, and a
    missing, empty or broken --campaign in a silent main menu."""
    args, message = BAD[name]
    done = run(*args)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""
    last = done.stderr.splitlines()[-1]
    assert last.startswith(f"collective-security {args[0]}: error: ") and message in last, last


def test_a_broken_campaign_lists_its_problems_first():
    """Whoever starts a broken campaign learns what to fix, with file:line:col."""
    done = run("play", "--campaign", str(BROKEN))
    first = done.stderr.splitlines()[0]
    assert first.startswith(str(Path("tests", "content", "fixtures", "malformed",
                                     "campaign.yaml:11:3: error: malformed YAML"))), first


@pytest.fixture
def opened(monkeypatch, tmp_path):
    """The arguments the game window would have been opened with (none opens)."""
    import game.ui.app

    monkeypatch.setenv("COLLECTIVE_SECURITY_HOME", str(tmp_path / "home"))
    seen = []
    monkeypatch.setattr(game.ui.app, "main", seen.append)
    return seen


def test_a_nation_code_in_any_letter_case_is_played(opened):
    assert cli.main(["play", "--campaign", "league_1920", "--nation", "gbr"]) == 0
    assert (opened[0].campaign, opened[0].nation) == (str(BUILTIN_CAMPAIGNS / "league_1920"),
                                                      "GBR")


@pytest.mark.parametrize("given", ["folder", "campaign.yaml"])
def test_a_campaign_folder_anywhere_is_played(given, opened, tmp_path):
    """Not only the listed folders: any valid campaign folder, or its campaign.yaml."""
    folder = shutil.copytree(MINI, tmp_path / "somewhere" / "mini")
    path = folder if given == "folder" else folder / "campaign.yaml"
    assert cli.main(["play", "--campaign", str(path), "--nation", "ald", "--seed", "4"]) == 0
    args = opened[0]
    assert (args.campaign, args.nation, args.seed) == (str(folder.resolve()), "ALD", 4)


def test_the_game_opens_a_campaign_folder_outside_the_listed_ones(tmp_path, monkeypatch):
    """The window side of `play --campaign FOLDER --nation X`: straight into that game."""
    from game.ui.app import App
    from game.ui.scenes.campaign_select import open_campaign_direct
    from game.ui.scenes.main_menu import MainMenu

    monkeypatch.setenv("COLLECTIVE_SECURITY_HOME", str(tmp_path / "home"))
    folder = shutil.copytree(MINI, tmp_path / "somewhere" / "mini")
    app = App(size=(1280, 720), config_dir=tmp_path, save_dir=tmp_path / "saves")
    try:
        app.push(MainMenu(app))
        open_campaign_direct(app, str(folder), "ALD", 4)
        app.tick()
        names = [type(scene).__name__ for scene in app.stack]
        assert names[:2] == ["MainMenu", "GameScene"]  # the briefing may sit on top
        assert app.session.humans == ("ALD",) and app.session.campaign.id == "mini"
    finally:
        while app.stack:
            app.stack.pop().exit()


HELP = [["tools/build_maps.py"], ["tools/gen_authoring_reference.py"], ["tools/gen_rules_numbers.py"],
        ["tools/render_maps.py"],
        ["tools/screenshots.py"], ["bench/campaign_outcomes.py"],
        ["-m", "game"], *(["-m", "game", command] for command in
                          ("play", "simulate", "validate", "schema", "new-campaign"))]


@pytest.mark.parametrize("command", HELP, ids=" ".join)
def test_every_tool_answers_help(command):
    """`tools/screenshots.py --help` crashed on a '%' in its help text."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "SDL_VIDEODRIVER": "dummy"}
    done = subprocess.run([sys.executable, *command, "--help"], capture_output=True, text=True,
                          cwd=REPO, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "usage: " in done.stdout
