"""Scripted play: some nations make fixed (historical or counterfactual) choices, the AI
plays the rest. History and counterfactual tests are written with it.

A script maps a date (``YYYY-MM``, the turn containing it) to action texts. A ballot's
resolution may be named by pattern, since ids are only known in play:
``JPN vote condemn@manchuria no`` (kind@crisis), ``SOV vote sanctions no`` (kind),
``USA vote * yes`` (every item), or an exact id (``R12``). A nation with scripted orders in a
turn gives only those orders and then ends; in every other turn the AI plays it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from game.engine import Action, IllegalAction, act, parse_action
from game.engine.calendar import parse_date
from game.engine.model import Campaign
from game.engine.state import Resolution

from .session import Session


def matches(pattern: str, res: Resolution) -> bool:
    if pattern in ("*", res.id):
        return True
    kind, _, subject = pattern.partition("@")
    return res.kind == kind and (not subject or res.subject == subject)


def _due(script: dict[str, list[Entry]], month: int, length: int) -> list[Entry]:
    out: list[Entry] = []
    for key, texts in script.items():
        if month <= parse_date(key) < month + length:
            out.extend(texts)
    return out


Entry = str | Callable[[Session], list[str]]
"""An action text, or a function of the session giving texts (for ids that exist only in
play, such as a mission's)."""
QUIET = "quiet"
"""A script entry: in that turn every nation without scripted orders just ends its turn."""
DEBATE = "debate"
"""A script entry: the entries after it are given in the debate before the vote (lobbying on
drafts that exist only once the turn's orders are carried out). Lobbying written as text goes
to the debate by itself."""


def play_script(campaign: Campaign, seed: int, script: dict[str, list[Entry]],
                until: str | None = None, difficulty: str = "normal") -> Session:
    """Play from the start to ``until`` (a date; None: the end) with the script applied."""
    session = Session(campaign, seed, difficulty=difficulty)
    stop = parse_date(until) if until else None
    while not session.over and (stop is None or session.state.month < stop):
        play_turn(session, _due(script, session.state.month, campaign.turn_months))
    return session


def play_turn(session: Session, entries: list[Entry], *, passive: Iterable[str] = (),
              skipped: list[str] | None = None,
              ai: Callable[[Session, str], Action] | None = None) -> None:
    """One turn. Scripted orders are given as written; the scripted nations and the
    ``passive`` ones (every nation after a QUIET entry) then let the AI answer their pending
    decisions and end their orders. Scripted ballots are cast by pattern; every other order
    and ballot is ``ai``'s (the session's planned AI by default). With ``skipped``, a scripted
    order that play has made illegal is recorded there ("text: reason") instead of raising."""
    ai = ai or (lambda s, nation: s.ai_action(nation))
    turn = session.state.turn
    ballots: dict[str, list[tuple[str, str]]] = {}
    scripted: list[str] = []
    quiet = False
    debate: list[Entry] = []

    def give(texts: Iterable[str]) -> None:
        nonlocal quiet
        for text in texts:
            if text == QUIET:
                quiet = True
                continue
            nation, verb, *args = text.split()
            if nation not in scripted:
                scripted.append(nation)
            if verb == "vote":
                ballots.setdefault(nation, []).append((args[0], args[1]))
                continue
            try:
                session.submit(parse_action(text))
            except IllegalAction as exc:
                if skipped is None:
                    raise
                skipped.append(f"{text}: {exc.reason}")

    orders: list[Entry] = []
    in_debate = False
    for e in entries:
        in_debate = in_debate or e == DEBATE
        if e == DEBATE:
            continue
        verb = e.split()[1:2] if isinstance(e, str) else []
        (debate if verb == ["lobby"] or (in_debate and verb != ["vote"]) else orders).append(e)
    # a function entry is called only when its turn in the list comes
    give(t for e in orders for t in (e(session) if callable(e) else [e]))
    ending = scripted + sorted(set(passive) - set(scripted))
    if quiet:
        ending += [n for n in session.state.existing() if n not in ending]
    _end_phase(session, "orders", ending, ai)
    debated = False
    while session.state.turn == turn and not session.over:
        if session.state.phase == "debate" and not debated:
            debated = True
            give(t for e in debate for t in (e(session) if callable(e) else [e]))
            _end_phase(session, "debate", ending, ai)
            continue
        nation = session.state.waiting_for()[0]
        if session.state.phase == "voting" and nation in ballots:
            # scripted ballots first: the AI, asked for one ballot, may cast any it owes
            scripted_ballot = next(
                (act(nation, "vote", rid, b) for rid in session.state.ballots_owed(nation)
                 for p, b in ballots[nation] if matches(p, session.state.resolutions[rid])),
                None)
            if scripted_ballot is not None:
                session.submit(scripted_ballot)
                continue
        session.submit(ai(session, nation))


def _end_phase(session: Session, phase: str, nations: list[str],
               ai: Callable[[Session, str], Action]) -> None:
    """The scripted and passive nations end ``phase`` (letting the AI answer their pending
    decisions first)."""
    for nation in nations:
        if session.state.phase == phase and nation in session.state.waiting_for():
            while session.state.choices.get(nation):
                session.submit(ai(session, nation))
            session.submit(act(nation, "end"))
