"""A game beside the campaign's historical baseline, in one place.

The end report shows it to the player, ``simulate`` prints it for authors and the balance
tool reads each crisis's history from it, so all three tell the same story.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

from game.engine.calendar import format_month, iso_month
from game.engine.model import Campaign
from game.engine.state import GameState
from game.engine.view import PlayerView


class Course(NamedTuple):
    """How a crisis went: when it began and ended, and how (None where unknown or not yet)."""

    started: int | None
    ended: int | None
    outcome: str | None


@dataclass(frozen=True)
class CrisisBeside:
    """One crisis of the campaign: this game's course beside history's."""

    crisis: str
    name: str
    game: Course
    history: Course | None
    """None when the baseline says nothing about it."""

    @property
    def as_in_history(self) -> bool | None:
        """Whether it ended as it did in history; None when there is nothing to compare."""
        if self.history is None or self.history.outcome is None:
            return None
        return self.game.outcome == self.history.outcome


def historical(camp: Campaign) -> dict[str, Course]:
    """Each crisis's history: its first dated baseline entry, the entry that records an outcome,
    and else the crisis's own historical outcome."""
    out: dict[str, list[Any]] = {}  # [started, ended, outcome] of a Course
    for entry in sorted(camp.baseline, key=lambda e: e.month):
        if not entry.crisis:
            continue
        row = out.setdefault(entry.crisis, [entry.month, None, None])
        if entry.outcome and row[2] is None:
            row[1], row[2] = entry.month, entry.outcome
    for c in camp.crises:
        if c.historical_outcome:
            out.setdefault(c.id, [None, None, None])
            out[c.id][2] = out[c.id][2] or c.historical_outcome
    return {k: Course(*v) for k, v in out.items()}


def compare(state: GameState | PlayerView) -> list[CrisisBeside]:
    """Every crisis that began in this game or has a history, in campaign order."""
    history = historical(state.campaign)
    out = []
    for cid, c in state.crises.items():
        if c.started is None and cid not in history:
            continue
        out.append(CrisisBeside(cid, c.name, Course(c.started, c.ended, c.outcome),
                                history.get(cid)))
    return out


def timeline(state: GameState | PlayerView) -> list[tuple[int, str]]:
    """(month, text) for the crises of this game, in order, each with how it ended in
    history when the baseline says."""
    out = []
    for row in compare(state):
        game = row.game
        if game.started is None:
            continue
        if game.ended is not None:
            end = f"ended {format_month(game.ended)}: {_words(game.outcome or 'over')}"
        else:
            end = "still open at the end"
        history = row.history.outcome if row.history else None
        if history is not None:
            end += (" (as in history)" if row.as_in_history
                    else f" (in history: {_words(history)})")
        out.append((game.started, f"{row.name} — {end}"))
    return sorted(out)


def record(campaign: Campaign) -> list[tuple[int, str]]:
    """(month, text) of the campaign's baseline, in order."""
    out = []
    for b in campaign.baseline:
        extra = f" ({_words(b.outcome)})" if b.outcome else ""
        out.append((b.month, b.text + extra))
    return sorted(out, key=lambda x: x[0])


def lines(state: GameState | PlayerView) -> list[str]:
    """The comparison as text, for ``simulate``: each crisis in this game and in history, and
    how many ended as they did."""
    rows = compare(state)
    out = ["", "=== Beside history ==="]
    if not state.campaign.baseline and not any(r.history for r in rows):
        return out + ["  The campaign gives no historical baseline."]
    width = max((len(r.name) for r in rows), default=0)
    for r in rows:
        verdict = {True: "as in history", False: "differs", None: ""}[r.as_in_history]
        history = _course(r.history) if r.history else "no record"
        out.append(f"  {r.name:<{width}}  game: {_course(r.game):<36} history: {history:<36}"
                   f"{verdict}".rstrip())
    judged = [r for r in rows if r.as_in_history is not None]
    same = sum(1 for r in judged if r.as_in_history)
    out.append(f"  {same} of {len(judged)} crises with a recorded outcome ended as in history")
    return out


def _course(c: Course) -> str:
    if c.started is None:
        return "never began" if c.outcome is None else _words(c.outcome)
    span = iso_month(c.started)
    if c.ended is not None and c.ended != c.started:
        span += f" to {iso_month(c.ended)}"
    return f"{span}, {_words(c.outcome) if c.outcome else 'open'}"


def _words(outcome: str) -> str:
    return outcome.replace("_", " ")
