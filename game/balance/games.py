"""One seeded game played to its end, summed up as small picklable data.

A worker process plays many games of one campaign, so the campaign is loaded once per process
(``campaign``) and each game's chronicle is dropped as soon as its summary is made.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from game.content.loader import CAMPAIGN_FILE, load_campaign
from game.engine import Action, Event, GameState
from game.engine.model import OUTCOMES, Campaign
from game.engine.norms import NORMS, endorsed_in
from game.engine.scoring import objectives_met
from game.engine.turn import CAPITAL_CAP
from game.session.paths import builtin_campaign_ids, named_campaign
from game.session.session import Session

ENDINGS = (*OUTCOMES, "open", "never")
"""How a crisis stands at the end: one of the engine's outcomes, still open, or never begun."""

Player = Callable[[GameState, str], Action]
"""A non-AI player: given the full state and its nation, its next action (see strategies)."""


class CampaignNotFound(Exception):
    """The campaign named on the command line is neither built in nor a campaign folder."""


def resolve(ref: str | Path) -> Path:
    """The folder of a campaign given by built-in or user id (``league_1920``) or by path."""
    folder = named_campaign(str(ref))
    if folder is None:
        raise CampaignNotFound(f"no campaign {str(ref)!r}: give a built-in id "
                               f"({', '.join(builtin_campaign_ids())}) or a folder holding "
                               f"{CAMPAIGN_FILE}")
    return folder


def load(ref: str | Path) -> Campaign:
    """The campaign, loaded and checked; CampaignNotFound says why it cannot be played."""
    folder = resolve(ref)
    result = load_campaign(folder)
    if result.campaign is None:
        problems = "\n".join(str(p) for p in result.problems if p.is_error)
        raise CampaignNotFound(f"the campaign in {folder} has errors:\n{problems}")
    return result.campaign


_LOADED: dict[str, Campaign] = {}


def campaign(folder: str) -> Campaign:
    """The campaign in ``folder``, loaded once per process (workers play many games)."""
    if folder not in _LOADED:
        _LOADED[folder] = load(folder)
    return _LOADED[folder]


@dataclass(frozen=True)
class Vote:
    """One resolution put to a vote, and what became of it."""

    crisis: str
    """The crisis it concerns, or "" for membership questions."""
    body: str
    """``org.body``."""
    kind: str
    """The resolution's kind, with its type or mandate (``sanctions/oil``)."""
    status: str
    """adopted, recommended, failed or vetoed."""
    vetoed_by: tuple[str, ...] = ()


@dataclass(frozen=True)
class GameResult:
    """What one game came to: small enough to send between processes by the thousand."""

    seed: int
    seconds: float
    """CPU time the game took in its process."""
    crises: tuple[tuple[str, str, int | None, int | None], ...]
    """(crisis id, ending, month started, month ended)."""
    votes: tuple[Vote, ...]
    scores: tuple[tuple[str, int], ...]
    """Each playable nation's final score."""
    objectives: tuple[tuple[str, tuple[str, ...]], ...]
    """Each playable nation's objectives met at the end."""
    capped: int
    """Turns an AI nation began with diplomatic capital at its cap..."""
    nation_turns: int
    """...out of this many AI nation-turns."""
    relapsed: tuple[str, ...] = ()
    """Crises that ended and reignited at least once (game/engine/peacebuilding.py)."""
    norms: tuple[tuple[str, int], ...] = ()
    """(norm, month its endorsement was voted) for each norm endorsed (game/engine/norms.py)."""
    choices: tuple[tuple[str, str, str], ...] = ()
    """(event, nation, option) for each answer to an event's choice, in the order given."""


def play(camp: Campaign, seed: int, players: dict[str, Player] | None = None) -> GameResult:
    """Play ``camp`` with ``seed`` to its end: ``players`` for their nations, the normal AI for
    every other. The AI's moves are exactly those of ``Session.play_out``."""
    players = players or {}
    began = time.process_time()  # CPU time: what a game costs, however busy the machine
    session = Session(camp, seed)
    votes: list[str] = []
    answers: list[tuple[str, str, str]] = []
    capped = nation_turns = 0
    turn = None
    while not session.over:
        state = session.state
        if state.turn != turn:
            turn = state.turn
            ai = [n for n in state.existing() if n not in players]
            nation_turns += len(ai)
            capped += sum(state.nations[n].capital >= CAPITAL_CAP for n in ai)
        nation = state.next_to_act()
        assert nation is not None  # a phase that waits for nobody has moved on
        player = players.get(nation)
        action = player(state, nation) if player else session.ai_action(nation)
        events = session.submit(action)
        votes += _voted(events)
        answers += _answered(events)
        session.chronicle.clear()  # a game's summary is all we keep
    return _summary(session.state, seed, time.process_time() - began, votes, capped,
                    nation_turns, tuple(answers))


def _voted(events: list[Event]) -> list[str]:
    return [str(e.get("resolution")) for e in events if e.kind == "vote"]


def _answered(events: list[Event]) -> list[tuple[str, str, str]]:
    """The answers to events' choices carried out: (event, nation, option), from the engine's
    choice events (an answer is carried out with the phase's orders, so by a later action)."""
    return [(str(e.get("event")), str(e.get("nation")), str(e.get("option")))
            for e in events if e.kind == "choice"]


def _summary(state: GameState, seed: int, seconds: float, voted: list[str], capped: int,
             nation_turns: int, answers: tuple[tuple[str, str, str], ...]) -> GameResult:
    crises = []
    for cid, c in state.crises.items():
        ending = "never" if c.started is None else (c.outcome or "open")
        crises.append((cid, ending, c.started, c.ended))
    votes = []
    for rid in voted:
        res = state.resolution(rid)
        assert res is not None, rid  # voted on in this game
        kind = res.kind
        detail = res.param("type") or res.param("mandate")
        if detail:
            kind = f"{kind}/{detail}"
        votes.append(Vote(_crisis_of(state, rid), f"{res.org}.{res.body}", kind, res.status,
                          tuple(sorted(res.vetoed_by))))
    playable = [d.code for d in state.campaign.nations if d.playable]
    return GameResult(
        seed, seconds, tuple(crises), tuple(votes),
        tuple((code, state.score(code)) for code in playable),
        tuple((code, tuple(objectives_met(state, code))) for code in playable),
        capped, nation_turns, tuple(cid for cid, c in state.crises.items() if c.relapses),
        tuple((norm, when) for norm in sorted(NORMS)
              if (when := endorsed_in(state, norm)) is not None),
        answers)


def _crisis_of(state: GameState, rid: str) -> str:
    """The crisis a resolution is about: its subject, or for a referral the referred one's."""
    res = state.resolution(rid)
    for _ in range(4):  # a referral names a resolution, which may itself be a referral
        if res is None or res.subject in state.crises:
            break
        res = state.resolution(res.subject) if res.kind == "refer_to_assembly" else None
    return res.subject if res is not None and res.subject in state.crises else ""
