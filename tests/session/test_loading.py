"""Loading a saved game in one call (game.session.loading): every outcome is a result the
screen shows (a game, a question, or why not), never an exception, and no pygame is needed."""

import json
import shutil
from pathlib import Path

import pytest

from game.content.loader import load_campaign
from game.engine import state_hash
from game.session import loading, paths, saves
from game.session.paths import campaign_source
from game.session.savefile import VERSION
from game.session.session import Session

ROOT = Path(__file__).resolve().parents[2]
MINI = ROOT / "tests" / "fixtures" / "mini_campaign"


@pytest.fixture
def folder(tmp_path, monkeypatch) -> Path:
    """The mini campaign installed as the player's own, in a home folder of the test's."""
    monkeypatch.setenv(paths.HOME_ENV, str(tmp_path))
    folder = tmp_path / "campaigns" / "mini"
    shutil.copytree(MINI, folder)
    return folder


def saved_game(folder: Path, turns: int = 2) -> tuple[Session, Path]:
    session = Session(load_campaign(folder).campaign, 3)
    session.play_out(turns)
    return session, saves.save(session, "game", campaign_source(folder))


def test_a_good_save_comes_back_as_the_game_it_was(folder):
    """The file read, its campaign found, the game resumed: same state, same history."""
    session, path = saved_game(folder)
    loaded = loading.load(path)
    assert loaded.ok and not loaded.title and loaded.replay is None
    assert state_hash(loaded.session.state) == state_hash(session.state)
    assert loaded.session.log == session.log


def test_a_damaged_file_says_so(folder):
    """A save cut short (a crash mid-copy) names the damage; nothing is opened."""
    _, path = saved_game(folder)
    path.write_bytes(path.read_bytes()[:200])
    loaded = loading.load(path)
    assert not loaded.ok and loaded.replay is None
    assert loaded.title == "This save cannot be loaded"
    assert "damaged" in loaded.message and "truncated" in loaded.message


def test_a_missing_file_says_so(folder):
    loaded = loading.load(folder / "nothing.json")
    assert not loaded.ok and "There is no save named 'nothing'" in loaded.message


def test_a_save_of_an_unknown_campaign_names_it(folder):
    """The campaign of the save was removed: the message names the campaign, not a path
    error or a traceback."""
    _, path = saved_game(folder)
    shutil.rmtree(folder)
    loaded = loading.load(path)
    assert not loaded.ok and loaded.replay is None
    assert loaded.title == loading.NOT_LOADED
    assert "is not installed" in loaded.message and "user:mini" in loaded.message


@pytest.mark.parametrize("version, words", [(VERSION + 1, "made by a newer version"),
                                            (1, "under older rules")])
def test_a_format_this_version_refuses_is_explained(folder, version, words):
    """A save from a newer game, or from before the rules changed, is refused with why."""
    _, path = saved_game(folder)
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["version"] = version
    path.write_text(json.dumps(doc), encoding="utf-8")
    loaded = loading.load(path)
    assert not loaded.ok and loaded.replay is None and words in loaded.message


def test_a_changed_campaign_asks_then_replays_and_verifies(folder):
    """The campaign was edited since the save: the player is asked first; agreeing replays
    the history on the new version, and the result says whether it still is the same game."""
    session, path = saved_game(folder)
    yaml = folder / "campaign.yaml"
    yaml.write_text(yaml.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    asked = loading.load(path)
    assert not asked.ok and asked.title == "The campaign has changed"
    assert "replaying its" in asked.message and asked.replay is not None
    replayed = asked.replay()
    assert replayed.ok and replayed.session.log == session.log
    # the state carries the campaign's hash, so it cannot match the save's: the player is told
    assert replayed.title == "Replayed" and "may differ" in replayed.message


def test_a_replay_that_no_longer_plays_out_stops_with_the_action_named(folder):
    """A history action the changed campaign does not allow: the game goes on from just
    before it, and the message names it."""
    session, path = saved_game(folder)
    save = saves.read(path)
    doctored = save.__class__(**{**save.__dict__, "log": save.log[:1] + ("ALD fly moon",)})
    result = loading.replay(doctored, load_campaign(folder).campaign)
    assert result.ok and result.title == "The replay stopped early"
    assert "Action 2 of 2, 'ALD fly moon'" in result.message
    assert result.session.log == list(save.log[:1])
