"""A game saved at any moment — mid-phase, with AI nations halfway through their orders —
loads as the same game and goes on exactly as it would have, in any process.

Run as ``python -m tests.session.test_saves_continuation save|go-on ...``, it is also the
subprocess that the PYTHONHASHSEED test starts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from functools import cache
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from game.content.loader import load_campaign
from game.engine import state_hash
from game.session import restore
from game.session.savefile import document, encode, parse
from game.session.session import Session

ROOT = Path(__file__).resolve().parents[2]
MINI = ROOT / "tests" / "fixtures" / "mini_campaign"
SEED = 5
GO_ON = 60
"""Actions played after a load: more than one nation's whole plan, into the next phase."""


@cache
def mini():
    return load_campaign(MINI).campaign


def step(session: Session) -> None:
    """One action, as the UI and ``play_out`` take them: the AI for the first nation due."""
    session.submit(session.ai_action(session.state.waiting_for()[0]))


@cache
def original() -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The uninterrupted all-AI game: its log, and the chronicle's length after each action."""
    session = Session(mini(), SEED)
    lengths = [len(session.chronicle)]
    while not session.over:
        step(session)
        lengths.append(len(session.chronicle))
    return tuple(session.log), tuple(lengths)


def save_at(k: int) -> bytes:
    """The game saved after its first ``k`` actions, played as they were played."""
    session = Session(mini(), SEED)
    for _ in range(k):
        step(session)
    return encode(document(session, "builtin:mini"))


def go_on(data: bytes, n: int = GO_ON) -> Session:
    session = restore.resume(parse(data), mini())
    for _ in range(n):
        if session.over:
            break
        step(session)
    return session


@settings(max_examples=15, deadline=None)
@given(st.floats(0.0, 1.0))
def test_a_game_saved_anywhere_goes_on_as_it_would_have(where):
    """The AI plans a phase at once: a save mid-phase that lost the rest of a nation's plan
    made the loaded game play other orders (the quick-load bug of the playthrough test)."""
    log, lengths = original()
    k = round(where * (len(log) - 1))
    data = save_at(k)
    loaded = restore.resume(parse(data), mini())
    assert tuple(loaded.log) == log[:k]
    assert len(loaded.chronicle) == lengths[k]
    after = go_on(data)
    assert tuple(after.log) == log[:len(after.log)] and len(after.log) > k


def test_the_loaded_chronicle_is_the_one_played():
    """Every event comes back equal, data and private recipients included."""
    session = Session(mini(), SEED)
    for _ in range(len(original()[0]) // 2):
        step(session)
    loaded = restore.resume(parse(encode(document(session, "builtin:mini"))), mini())
    assert loaded.chronicle == session.chronicle
    assert any(e.visible_to for e in loaded.chronicle) and any(e.data for e in loaded.chronicle)


def test_a_verified_load_keeps_the_plans_too():
    """Replaying the history (``verify=True``) gives the state; the plans come from the save."""
    log, _ = original()
    k = next(k for k in range(1, len(log)) if parse(save_at(k)).plans)
    data = save_at(k)
    replayed = restore.resume(parse(data), mini(), verify=True)
    assert replayed.plans() == parse(data).plans
    for _ in range(GO_ON):
        step(replayed)
    assert tuple(replayed.log) == log[:len(replayed.log)]


POINTS = (13, 49, 98, 147, 230)
"""Moments where an AI nation is mid-plan (found with the property test above)."""


def test_save_and_load_in_processes_with_other_hash_seeds(tmp_path):
    """Sets of strings iterate in another order in every process: saving in one and going on
    in another must still give the original game, hash for hash."""
    log, _ = original()
    for saver, loader in (("0", "1"), ("2", "3"), ("7", "11")):
        folder = tmp_path / saver
        _run(saver, "save", str(folder))
        out = json.loads(_run(loader, "go-on", str(folder)))
        for k in POINTS:
            got = out[str(k)]
            assert got["log"] == list(log[:len(got["log"])]) and len(got["log"]) == k + GO_ON
            reference = Session.replay(mini(), SEED, list(log[:len(got["log"])]))
            assert got["hash"] == state_hash(reference.state)


def _run(hash_seed: str, *args: str) -> str:
    env = dict(os.environ, PYTHONHASHSEED=hash_seed)
    done = subprocess.run([sys.executable, "-m", "tests.session.test_saves_continuation", *args],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
                          check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def main(argv: list[str]) -> None:
    what, folder = argv[0], Path(argv[1])
    if what == "save":
        folder.mkdir(parents=True, exist_ok=True)
        for k in POINTS:
            (folder / f"{k}.json").write_bytes(save_at(k))
    else:
        out = {}
        for k in POINTS:
            session = go_on((folder / f"{k}.json").read_bytes())
            out[str(k)] = {"log": session.log, "hash": state_hash(session.state)}
        print(json.dumps(out))


if __name__ == "__main__":
    main(sys.argv[1:])
