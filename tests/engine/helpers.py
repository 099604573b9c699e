"""Driving the engine in tests: table an item, end orders, cast chosen ballots; play a script
in fresh processes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from game.engine import apply, parse_action

ROOT = Path(__file__).resolve().parents[2]


def printed_under_hash_seeds(script: str, hash_seeds: tuple[str, ...]) -> set[str]:
    """What ``script`` prints, run in a fresh interpreter under each PYTHONHASHSEED: one
    answer when no set or dict order leaks into what it prints."""
    printed = set()
    for hash_seed in hash_seeds:
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env,
                             capture_output=True, text=True, check=True)
        printed.add(out.stdout.strip())
    return printed


def do(state, *texts):
    events = []
    for text in texts:
        state, ev = apply(state, parse_action(text))
        events += ev
    return state, events


def end_orders(state, lobbying=()):
    """Every nation still in the order phase ends it (this turn only): the orders given are
    carried out; then the debate, with the ``lobbying`` given (action texts), if drafts are on
    the agenda."""
    events = []
    turn = state.turn
    for phase, texts in (("orders", ()), ("debate", lobbying)):
        if state.phase == phase and state.turn == turn:
            state, ev = do(state, *texts)
            events += ev
        while state.phase == phase and state.turn == turn and state.waiting_for():
            state, ev = apply(state, parse_action(f"{state.waiting_for()[0]} end"))
            events += ev
    return state, events


def cast(state, ballots: dict[str, str], default: str = "abstain"):
    """Vote on every open item: the given ballots, ``default`` for everyone else."""
    events = []
    while state.phase == "voting" and state.waiting_for():
        nation = state.waiting_for()[0]
        rid = state.ballots_owed(nation)[0]
        ballot = ballots.get(f"{nation}:{rid}", ballots.get(nation, default))
        state, ev = apply(state, parse_action(f"{nation} vote {rid} {ballot}"))
        events += ev
    return state, events


def vote_on(state, table_text: str, ballots: dict[str, str], default: str = "abstain"):
    """Table one item, let everyone end orders, cast the ballots; return state and vote event."""
    state, events = do(state, table_text)
    state, ev = end_orders(state)
    events += ev
    state, ev = cast(state, ballots, default)
    events += ev
    votes = [e for e in events if e.kind == "vote"]
    return state, votes[-1] if votes else None


def carry_out(state, *texts):
    """Give these orders, then every nation ends the phase: orders take effect together when
    the phase ends (simultaneous orders), so a test of an order's effect looks after that."""
    state, events = do(state, *texts)
    state, ev = end_orders(state)
    return state, events + ev


def next_turn(state, ballots=None, default="abstain"):
    """Everyone ends orders and votes ``default`` on anything on the agenda."""
    state, events = end_orders(state)
    state, ev = cast(state, ballots or {}, default)
    return state, events + ev


def veto_renewal(state, mission: str, vetoer: str = "CHN"):
    """Play on, every ballot yes, until ``mission``'s mandate comes up for renewal; then
    ``vetoer`` votes it down. Returns the state after that vote and the renewal."""
    while not any(r.param("renew") == mission for r in state.resolutions.values()):
        state, _ = next_turn(state, default="yes")
    renewal = next(r for r in state.resolutions.values() if r.param("renew") == mission)
    state, _ = end_orders(state)
    state, _ = cast(state, {vetoer: "no"}, default="yes")
    return state, renewal
