"""The chronicle as readable text: what `simulate` prints and golden tests compare."""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

from game.engine import Event, GameState
from game.engine.calendar import format_month

SKIPPED = frozenset({"draw", "phase", "ballot"})
BALLOT_ORDER = ("yes", "no", "abstain", "absent")


def lines(events: Iterable[Event], state: GameState, viewer: str | None = None) -> list[str]:
    """Readable lines for the events ``viewer`` may see (None: public events only)."""
    out: list[str] = []
    turn = None
    for e in events:
        if e.kind in SKIPPED or not (e.visible_to is None or (viewer and viewer in e.visible_to)):
            continue
        if e.turn != turn:
            turn = e.turn
            out.append("")
            out.append(f"=== Turn {e.turn + 1}: {format_month(e.month)} ===")
        out.append(f"  {e.text}")
        if e.kind == "vote":
            ballots = cast("tuple[tuple[str, str], ...]", e.get("ballots", ()))  # a vote
            excluded = cast("tuple[str, ...]", e.get("excluded", ()))  # event (engine/turn.py)
            out.extend(_seats(dict(ballots), excluded))
    return out


def _seats(ballots: dict[str, str], excluded: tuple[str, ...]) -> list[str]:
    rows = []
    for kind in BALLOT_ORDER:
        who = sorted(n for n, b in ballots.items() if b == kind)
        if who:
            rows.append(f"      {kind}: {' '.join(who)}")
    if excluded:
        rows.append(f"      not counted (parties, Article 15): {' '.join(excluded)}")
    return rows


def scores(state: GameState) -> list[str]:
    table = dict(state.scores)
    out = ["", "=== Final scores ===", f"  Order of the world: {table.get('ORDER', 0)}"]
    ranked = sorted((c for c in state.nations), key=lambda c: (-table.get(c, 0), c))
    for code in ranked:
        d = state.campaign.nation(code)
        mark = " (playable)" if d.playable else ""
        out.append(f"  {d.name:<28} {table.get(code, 0):>4}{mark}")
    out.append("")
    out.append("=== Crises ===")
    for c in state.crises.values():
        if c.started is None:
            continue
        status = c.outcome or f"unresolved at stage {c.stage}"
        out.append(f"  {c.name}: {status}; {c.casualties}k dead, {c.refugees}k displaced")
    return out
