"""Scripted play: some nations make fixed (historical or counterfactual) choices, the AI
plays the rest. History and counterfactual tests are written with it.

A script maps a date (``YYYY-MM``, the turn containing it) to action texts. A ballot's
resolution may be named by pattern, since ids are only known in play:
``JPN vote condemn@manchuria no`` (kind@crisis), ``SOV vote sanctions no`` (kind),
``USA vote * yes`` (every item), or an exact id (``R12``). A nation with scripted orders in a
turn gives only those orders and then ends; in every other turn the AI plays it.
"""

from __future__ import annotations

from game.engine import act, parse_action
from game.engine.calendar import parse_date
from game.engine.model import Campaign
from game.engine.state import Resolution

from .session import Session


def matches(pattern: str, res: Resolution) -> bool:
    if pattern in ("*", res.id):
        return True
    kind, _, subject = pattern.partition("@")
    return res.kind == kind and (not subject or res.subject == subject)


def _due(script: dict[str, list[str]], month: int, length: int) -> list[str]:
    out: list[str] = []
    for key, texts in script.items():
        if month <= parse_date(key) < month + length:
            out.extend(texts)
    return out


def play_script(campaign: Campaign, seed: int, script: dict[str, list[str]],
                until: str | None = None, difficulty: str = "normal") -> Session:
    """Play from the start to ``until`` (a date; None: the end) with the script applied."""
    session = Session(campaign, seed, difficulty=difficulty)
    stop = parse_date(until) if until else None
    while not session.over and (stop is None or session.state.month < stop):
        _play_turn(session, _due(script, session.state.month, campaign.turn_months))
    return session


def _play_turn(session: Session, texts: list[str]) -> None:
    turn = session.state.turn
    ballots: dict[str, list[tuple[str, str]]] = {}
    scripted: list[str] = []
    for text in texts:
        nation, verb, *args = text.split()
        if nation not in scripted:
            scripted.append(nation)
        if verb == "vote":
            ballots.setdefault(nation, []).append((args[0], args[1]))
        else:
            session.submit(parse_action(text))
    for nation in scripted:
        if session.state.phase == "orders" and nation in session.state.waiting_for():
            while session.state.choices.get(nation):
                session.submit(session.ai_action(nation))
            session.submit(act(nation, "end"))
    while session.state.turn == turn and not session.over:
        nation = session.state.waiting_for()[0]
        if session.state.phase == "voting" and nation in ballots:
            rid = session.state.ballots_owed(nation)[0]
            res = session.state.resolutions[rid]
            chosen = next((b for p, b in ballots[nation] if matches(p, res)), None)
            if chosen is not None:
                session.submit(act(nation, "vote", rid, chosen))
                continue
        session.submit(session.ai_action(nation))
