"""Saves on disk: slots, autosave rotation, the quick save, the list, and atomic writes."""

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from game.engine import state_hash
from game.session import paths, saves
from game.session.restore import resume
from game.session.savefile import SaveError, document, encode
from game.session.session import Seat, Session
from tests.engine.factory import campaign

ROOT = Path(__file__).resolve().parents[2]
SOURCE = "builtin:factory"


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch) -> Path:
    """Every test gets its own data folder: the player's real saves are never touched."""
    monkeypatch.setenv(paths.HOME_ENV, str(tmp_path))
    return tmp_path


def played(turns: int, seed: int = 2) -> Session:
    session = Session(campaign(), seed, (Seat("GBR", "Ann"), Seat("FRA", "Bo")))
    session.play_out(turns)
    return session


def test_saves_live_in_the_home_folder(home):
    path = saves.save(played(1), "First try", SOURCE)
    assert path == home / "saves" / "First try.json"
    assert saves.load("First try").turn == 1


def test_slot_names_must_be_safe_file_names():
    session = played(0)
    for bad in ("../escape", "a/b", "", " lead", "trail.", "CON", "x" * 65, "nul"):
        with pytest.raises(SaveError, match="cannot name a save"):
            saves.save(session, bad, SOURCE)
    assert saves.save(session, "Avant Munich - 1938_b", SOURCE).is_file()


def test_missing_slot():
    with pytest.raises(SaveError, match="There is no save named 'nothing'"):
        saves.load("nothing")


def test_saving_again_replaces_the_slot_and_leaves_no_temporary_file(home):
    saves.save(played(1), "slot", SOURCE)
    saves.save(played(2), "slot", SOURCE)
    assert saves.load("slot").turn == 2
    assert sorted(p.name for p in (home / "saves").iterdir()) == ["slot.json"]


def test_autosave_keeps_the_last_five_newest_first(home):
    session = Session(campaign(), 3)
    for _ in range(7):
        session.play_out(1)
        saves.autosave(session, SOURCE)
    turns = [saves.load(f"autosave-{n}").turn for n in range(1, 6)]
    assert turns == [7, 6, 5, 4, 3]
    assert not (home / "saves" / "autosave-6.json").exists()
    saves.autosave(session, SOURCE, keep=2)
    assert sorted(p.name for p in (home / "saves").iterdir()) == ["autosave-1.json",
                                                                   "autosave-2.json"]


def test_quick_save_and_quick_load():
    session = played(2)
    saves.quick_save(session, SOURCE)
    loaded = resume(saves.quick_load(), campaign())
    assert state_hash(loaded.state) == state_hash(session.state)


def test_list_saves_for_the_screens(home):
    saves.save(played(1), "named", SOURCE, label="Before the vote")
    saves.autosave(played(2), SOURCE)
    saves.quick_save(played(3), SOURCE)
    (home / "saves" / "broken.json").write_bytes(b'{"format": "collective-security-save", "ver')
    (home / "saves" / "stranger.json").write_text("[]")
    (home / "saves" / ".named.json.tmp").write_text("half a save")
    entries = {e.slot: e for e in saves.list_saves()}
    assert set(entries) == {"named", "autosave-1", "quicksave", "broken", "stranger"}
    named = entries["named"]
    assert (named.turn, named.date_text, named.nations) == (1, "Apr 1930", ("GBR", "FRA"))
    assert (named.campaign_name, named.label, named.kind, named.ok) == (
        "Factory", "Before the vote", "named", True)
    assert named.saved_at[:4].isdigit()
    assert entries["autosave-1"].kind == "autosave" and entries["quicksave"].kind == "quicksave"
    assert entries["broken"].error == "The save is damaged (truncated at byte 43)"
    assert entries["stranger"].error == "This file is not a Collective Security save"


def test_list_saves_with_no_folder_yet():
    assert saves.list_saves() == []


def test_a_failed_load_changes_nothing(home):
    saves.save(played(1), "slot", SOURCE)
    before = sorted((p.name, p.read_bytes()) for p in (home / "saves").iterdir())
    (home / "saves" / "bad.json").write_bytes(b"\x00garbage")
    with pytest.raises(SaveError):
        saves.load("bad")
    after = sorted((p.name, p.read_bytes()) for p in (home / "saves").iterdir()
                   if p.name != "bad.json")
    assert after == before


def test_an_unwritable_folder_is_a_save_error(home):
    (home / "saves").write_text("a file where the folder should be")
    with pytest.raises(SaveError, match="could not be saved"):
        saves.save(played(0), "slot", SOURCE)


# --- interrupted saves --------------------------------------------------------------------

CHILD = """
import os, sys, time
from game.session import saves
from game.session.session import Session
from tests.engine.factory import campaign

session = Session(campaign(), 9)
session.play_out(int(sys.argv[1]))
if sys.argv[2] == "slow":
    real_write = os.write
    def slow_write(fd, data):
        time.sleep(0.005)
        return real_write(fd, bytes(data[:256]))
    os.write = slow_write
print("ready", flush=True)
while True:
    saves.save(session, "slot", "builtin:factory")
    if sys.argv[2] == "slow":
        break
print("done", flush=True)
"""

needs_sigkill = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="no SIGKILL here")


def child_game(turns: int) -> Session:
    """The game the child saves."""
    session = Session(campaign(), 9)
    session.play_out(turns)
    return session


def start_child(home: Path, turns: int, mode: str) -> subprocess.Popen:
    env = {**os.environ, paths.HOME_ENV: str(home)}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(turns), mode], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "ready"
    return child


def kill(child: subprocess.Popen) -> None:
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    child.stdout.close()


@needs_sigkill
def test_killed_in_the_middle_of_a_save_the_previous_save_is_intact(home):
    """SIGKILL while the new save is half written (writes slowed down in the child): the
    slot still holds the previous save, whole; the next save then succeeds."""
    previous = played(1)
    saves.save(previous, "slot", SOURCE)
    child = start_child(home, 4, "slow")
    temp = home / "saves" / ".slot.json.tmp"
    deadline = time.monotonic() + 30
    while not (temp.exists() and temp.stat().st_size >= 1024):
        assert time.monotonic() < deadline and child.poll() is None, "the child never wrote"
        time.sleep(0.005)
    kill(child)
    assert child.returncode == -signal.SIGKILL
    assert 0 < temp.stat().st_size < len(encode(document(child_game(4), SOURCE)))
    save = saves.load("slot")
    assert save.turn == 1
    assert resume(save, campaign()).state == previous.state
    saves.save(played(2), "slot", SOURCE)
    assert saves.load("slot").turn == 2 and not temp.exists()


@needs_sigkill
def test_killed_at_random_moments_of_saving_the_slot_always_loads(home):
    """A child saves over and over; killed at random moments, the slot always holds one
    whole save, the first one or one of the child's."""
    first = played(1)
    saves.save(first, "slot", SOURCE)
    hashes = {state_hash(first.state), state_hash(child_game(3).state)}
    rnd = random.Random()
    for _ in range(4):
        child = start_child(home, 3, "loop")
        time.sleep(rnd.uniform(0.0, 0.3))
        kill(child)
        save = saves.load("slot")
        assert save.state_hash in hashes
        assert state_hash(resume(save, campaign()).state) == save.state_hash


# --- where things live ----------------------------------------------------------------------


def test_data_folder_comes_from_platformdirs_unless_overridden(home, monkeypatch):
    assert paths.saves_dir() == home / "saves"
    monkeypatch.delenv(paths.HOME_ENV)
    assert "collective-security" in str(paths.data_dir())


def test_campaign_sources_travel_and_resolve(home, tmp_path_factory):
    builtin = paths.BUILTIN_CAMPAIGNS / "league_1920"
    user = home / "campaigns" / "my_war"
    elsewhere = tmp_path_factory.mktemp("mods") / "other"
    assert paths.campaign_source(builtin) == "builtin:league_1920"
    assert paths.campaign_source(user) == "user:my_war"
    relative = paths.campaign_source(elsewhere)
    assert not Path(relative).is_absolute() and relative.startswith("..")
    for folder in (builtin, user, elsewhere):
        assert paths.campaign_folder(paths.campaign_source(folder)).resolve() == folder.resolve()
