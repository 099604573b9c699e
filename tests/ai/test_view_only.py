"""The AI's entry points accept only a player's view: a type check rejects the full state, the
running code refuses it, and its choices over a whole campaign come back the same when
replayed from the views it was given, saved as plain JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from game.ai import policy
from game.content.loader import load_campaign
from game.engine import act, view_from_plain, view_to_plain
from game.session.session import Session

ROOT = Path(__file__).resolve().parents[2]
MINI = ROOT / "tests" / "fixtures" / "mini_campaign"

SNIPPET = '''
from game.ai.policy import decide, explain, plan
from game.engine import GameState, act, view


def full_state(state: GameState) -> None:
    plan(state, 1)
    decide(state, 1)
    explain(state, act("ALD", "end"))


def a_view(state: GameState) -> None:
    plan(view(state, "ALD"), 1)
    decide(view(state, "ALD"), 1)
    explain(view(state, "ALD"), act("ALD", "end"), audience="BRV")
'''


def mypy_available() -> bool:
    return subprocess.run([sys.executable, "-m", "mypy", "--version"],
                          capture_output=True).returncode == 0


@pytest.mark.skipif(not mypy_available(), reason="mypy is not installed")
def test_mypy_refuses_the_full_state_to_the_ai(tmp_path):
    """A static type check: plan, decide and explain take a PlayerView; handing them the
    GameState is a type error (and handing them a view is not)."""
    snippet = tmp_path / "snippet.py"
    snippet.write_text(SNIPPET)
    out = subprocess.run(
        [sys.executable, "-m", "mypy", "--follow-imports=silent", "--ignore-missing-imports",
         "--no-error-summary", "--cache-dir", str(tmp_path / "cache"), str(snippet)],
        cwd=ROOT, capture_output=True, text=True)
    errors = [line for line in out.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 3, out.stdout
    for name, line in zip(("plan", "decide", "explain"), errors):
        assert f'Argument 1 to "{name}" has incompatible type "GameState"' in line
        assert '"PlayerView"' in line


@pytest.fixture(scope="module")
def mini():
    return load_campaign(MINI).campaign


def test_the_ai_refuses_the_full_state_at_run_time(mini):
    """Without a type checker too: the full state handed to the AI is refused, loudly."""
    session = Session(mini, 5)
    with pytest.raises(TypeError, match="PlayerView"):
        policy.plan(session.state, 1)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="PlayerView"):
        policy.explain(session.state, act("ALD", "end"))  # type: ignore[arg-type]


def test_a_view_holds_no_seed_and_no_way_back_to_the_state(mini):
    """What the AI is given holds neither the seed nor the state it was made from."""
    session = Session(mini, 918273645)
    v = session.ai_view("BRV")
    with pytest.raises(AttributeError):
        v.seed  # noqa: B018 - reading it is the test
    assert v.facts is not session.state and v.facts.seed == 0
    assert "918273645" not in json.dumps(view_to_plain(v))


def test_ai_choices_replay_from_saved_views(mini, monkeypatch):
    """Over a whole all-AI campaign, every plan the AI made is made again, action for action,
    from its view saved as JSON and its key: the AI reads nothing but these."""
    calls = []
    real_plan = policy.plan

    def recording(v, key, difficulty="normal"):
        choices = real_plan(v, key, difficulty)
        calls.append((json.dumps(view_to_plain(v)), key, difficulty,
                      [c.action.text() for c in choices]))
        return choices

    monkeypatch.setattr("game.session.session.plan", recording)
    session = Session(mini, 21)
    session.play_out()
    assert session.over and len(calls) > 50
    monkeypatch.undo()
    for saved, key, difficulty, actions in calls:
        again = policy.plan(view_from_plain(json.loads(saved), mini), key, difficulty)
        assert [c.action.text() for c in again] == actions


def test_the_ai_keys_differ_by_nation_and_turn(mini):
    """The noise stream is drawn per nation and turn from the seed: two nations (or two
    turns) never share it, and the same game gives the same keys."""
    a, b = Session(mini, 4), Session(mini, 4)
    assert a.ai_key("ALD") == b.ai_key("ALD") != a.ai_key("BRV")
    first = a.ai_key("ALD")
    a.play_out(1)
    assert a.ai_key("ALD") != first
