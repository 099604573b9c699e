"""Restoring saved games: they go on exactly as the original would have, or say why not."""

import random
import shutil
from dataclasses import fields, is_dataclass, replace
from pathlib import Path

import pytest

from game.engine import apply, legal_actions, new_game, state_hash
from game.engine import model as m
from game.engine import state as records
from game.engine.calendar import month
from game.engine.serial import PlainError, state_from_plain, state_to_plain
from game.session import restore, saves
from game.session.paths import campaign_source
from game.session.savefile import SaveError, document, encode, parse
from game.session.session import Seat, Session
from tests.engine import factory

ROOT = Path(__file__).resolve().parents[2]


def played(turns: int, seed: int = 7, **changes) -> Session:
    session = Session(factory.campaign(**changes), seed, (Seat("FRA", "Bo"),), "hard")
    session.play_out(turns)
    return session


def saved(session: Session):
    return parse(encode(document(session, "builtin:factory")))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_state_round_trip_after_many_ai_turns(seed):
    """Every record type (tuples of pairs, relations keyed by pairs, snapshots, ledger
    changes, measures, archived resolutions) comes back equal, hash for hash."""
    c = factory.campaign(end=month(1945, 1))
    session = Session(c, seed)
    for _ in range(12):
        session.play_out(5)
        back = state_from_plain(state_to_plain(session.state), c)
        assert back == session.state
        assert state_hash(back) == state_hash(session.state)
    state = session.state
    assert state.archive and state.history and state.relations and state.last_ledger


@pytest.mark.parametrize("seed", [3, 6])
def test_state_round_trip_in_random_legal_play(seed):
    """Random legal play reaches what AI play rarely does mid-turn (offers, treaties, missions,
    the ledger of changes); every record type of the state survives the round trip."""
    c = factory.campaign(end=month(1945, 1))
    rnd, state, seen = random.Random(seed), new_game(c, seed), set()
    for step in range(1, 601):
        actions = legal_actions(state, state.waiting_for()[0])
        orders = [a for a in actions if a.verb != "end"]
        state, _ = apply(state, rnd.choice(orders if orders and rnd.random() < 0.7 else actions))
        if step % 20 == 0:
            probe = state.copy()
            probe.choices = {"GBR": ("walwal", "hoare_laval")}  # the factory has no choices
            # random play ends the factory's crises before anyone answers a demand
            probe.demands = {"abyssinia": records.Demand(
                "abyssinia", "ITA", 40, ("GBR", "ETH"), 0, 2, (("GBR", "grant"),))}
            # nor does it reliably vote a mission, whose mandate is then renewed by vote
            probe.missions = {**probe.missions, "M99": records.Mission(
                "M99", "un", "abyssinia", "observe", "R1", 0, (("GBR", 2),), until=6)}
            # nor does it reliably put soldiers under fire
            probe.losses = (records.Loss("GBR", "abyssinia", 0, 1, "ambush"),)
            for one in (state, probe):
                back = state_from_plain(state_to_plain(one), c)
                assert back == one and state_hash(back) == state_hash(one)
            seen |= _record_types(state) | _record_types(probe)
    assert seen == {v for v in vars(records).values()
                    if is_dataclass(v) and v.__module__ == records.__name__}


def _record_types(value) -> set:
    if is_dataclass(value) and not isinstance(value, m.Campaign):
        found = {type(value)}
        for f in fields(value):
            found |= _record_types(getattr(value, f.name))
        return found
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, (list, tuple)):
        return set().union(*map(_record_types, value)) if value else set()
    return set()


def test_state_from_plain_names_the_bad_value():
    c = factory.campaign()
    plain = state_to_plain(Session(c, 1).state)
    plain["nations"]["GBR"]["will"] = True
    with pytest.raises(PlainError, match=r"state.nations.GBR.will: expected int, got True"):
        state_from_plain(plain, c)
    plain = state_to_plain(Session(c, 1).state)
    del plain["crises"]["abyssinia"]["stage"]
    with pytest.raises(PlainError, match="missing stage"):
        state_from_plain(plain, c)


@pytest.mark.parametrize("verify", [False, True])
def test_loaded_game_continues_exactly(verify):
    """Play 6 turns, save, load, then 4 more turns in both: the same game, hash for hash."""
    original = played(6)
    loaded = restore.resume(saved(original), factory.campaign(), verify=verify)
    assert (loaded.seed, loaded.seats, loaded.difficulty) == (7, (Seat("FRA", "Bo"),), "hard")
    assert loaded.log == original.log
    original.play_out(4)
    loaded.play_out(4)
    assert state_hash(loaded.state) == state_hash(original.state)
    assert loaded.log == original.log


def test_damaged_snapshot_is_refused():
    doc = document(played(2), "builtin:factory")
    doc["snapshot"]["state"]["tension"] += 1
    with pytest.raises(SaveError, match="snapshot does not match its checksum"):
        restore.resume(parse(encode(doc)), factory.campaign())


def test_verify_reports_a_history_that_leads_elsewhere():
    """Rules changed between versions: the replayed game differs from the snapshot."""
    save = saved(played(3))
    changed_rules = factory.campaign(tension=31)  # same id and hash: stands in for new rules
    with pytest.raises(restore.HistoryMismatch, match="leads to another game") as caught:
        restore.resume(save, changed_rules, verify=True)
    assert caught.value.replay.illegal is None
    assert len(caught.value.replay.session.log) == len(save.log)


def test_changed_campaign_is_explained_and_can_be_replayed():
    """The campaign's files changed (another content hash): the save says so, and the game
    can continue on the new campaign by replay, which names the first action now illegal."""
    save = parse(encode(document(played(3, content_hash="old"), "builtin:factory")))
    start = m.EventDef("start", "Manchuria", "Japan moves.", trigger=m.DateFrom(month(1930, 1)),
                       effects=(m.StartCrisis("manchuria"),))
    new = factory.campaign(content_hash="new", crises=factory.CRISES[1:], events=(start,))
    with pytest.raises(restore.CampaignChanged, match="'Factory' has changed since this game was "
                                                    "saved.*replaying its"):
        restore.resume(save, new)
    result = restore.replay(save, new)
    assert result.illegal is not None and "abyssinia" in result.illegal.action
    assert result.session.log == list(save.log[:result.illegal.index])
    assert not result.matches
    result.session.play_out(2)  # and the game goes on from there


def test_campaign_with_another_id_is_refused():
    with pytest.raises(SaveError, match="is for the campaign 'factory', not 'other'"):
        restore.resume(saved(played(1)), factory.campaign(id="other"))


def test_unknown_seat_is_damage():
    doc = document(played(1), "builtin:factory")
    doc["seats"][0]["nation"] = "XXX"
    with pytest.raises(SaveError, match="a seat plays 'XXX'"):
        restore.resume(parse(encode(doc)), factory.campaign())


def test_replay_of_nonsense_stops_cleanly():
    doc = document(played(1), "builtin:factory")
    save = replace(parse(encode(doc)), log=("GBR end", "GBR fly moon", "GBR end"))
    result = restore.replay(save, factory.campaign())
    assert result.illegal.index == 1 and "unknown verb" in result.illegal.reason


def test_find_campaign_through_the_user_folder(tmp_path, monkeypatch):
    """A user campaign saved, found again by its source, then edited on disk: detected."""
    from game.content.loader import load_campaign

    monkeypatch.setenv("COLLECTIVE_SECURITY_HOME", str(tmp_path))
    folder = tmp_path / "campaigns" / "mini"
    shutil.copytree(ROOT / "tests" / "fixtures" / "mini_campaign", folder)
    session = Session(load_campaign(folder).campaign, 3)
    session.play_out(2)
    save = saves.read(saves.save(session, "mine", campaign_source(folder)))
    assert save.source == "user:mini"
    assert restore.resume(save, restore.find_campaign(save)).state == session.state
    with open(folder / "campaign.yaml", "a", encoding="utf-8") as fh:
        fh.write("\n# an edit\n")
    with pytest.raises(restore.CampaignChanged):
        restore.resume(save, restore.find_campaign(save))
    (folder / "nations.yaml").write_text("nations: [{code: 12\n", encoding="utf-8")
    with pytest.raises(SaveError, match="'The Little Entente Years', has errors: .*error:"):
        restore.find_campaign(save)
    shutil.rmtree(folder)
    with pytest.raises(SaveError, match="is not installed .user:mini"):
        restore.find_campaign(save)
