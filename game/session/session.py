"""A running game: the seats, who plays which nation, AI turns, and the chronicle.

The session is the only place where actions enter the engine during play: the UI and the
command line submit through it, and it keeps the action log that saves replay.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.ai import decide
from game.engine import Action, Event, apply, begin, parse_action
from game.engine.model import Campaign

DIFFICULTIES = ("easy", "normal", "hard")


@dataclass(frozen=True)
class Seat:
    """A human player at the screen."""

    nation: str
    name: str
    password: str = ""


class Session:
    def __init__(self, campaign: Campaign, seed: int = 1, seats: tuple[Seat, ...] = (),
                 difficulty: str = "normal"):
        if difficulty not in DIFFICULTIES:
            raise ValueError(f"difficulty must be one of {', '.join(DIFFICULTIES)}")
        self.campaign = campaign
        self.seed = seed
        self.seats = tuple(seats)
        self.difficulty = difficulty
        self.state, events = begin(campaign, seed)
        self.log: list[str] = []
        self.chronicle: list[Event] = list(events)

    # --- who acts ---------------------------------------------------------------------

    @property
    def humans(self) -> tuple[str, ...]:
        return tuple(seat.nation for seat in self.seats)

    def seat(self, nation: str) -> Seat | None:
        return next((s for s in self.seats if s.nation == nation), None)

    def ai_waiting(self) -> list[str]:
        return [n for n in self.state.waiting_for() if n not in self.humans]

    def next_human(self) -> str | None:
        """The seat that must act now (seat order), once every AI nation has acted."""
        if self.ai_waiting():
            return None
        waiting = self.state.waiting_for()
        return next((n for n in self.humans if n in waiting), None)

    @property
    def over(self) -> bool:
        return self.state.phase == "over"

    # --- acting -----------------------------------------------------------------------

    def submit(self, action: Action | str) -> list[Event]:
        """Apply one action (an Action or its text); IllegalAction leaves everything as it was."""
        if isinstance(action, str):
            action = parse_action(action)
        self.state, events = apply(self.state, action)
        self.log.append(action.text())
        self.chronicle.extend(events)
        return events

    def step_ai(self) -> list[Event]:
        """One AI action (for UIs that spread AI work over frames). [] when none is due."""
        waiting = self.ai_waiting()
        if not waiting:
            return []
        return self.submit(decide(self.state, waiting[0], self.difficulty).action)

    def run_ai(self) -> list[Event]:
        """Let the AI nations act until a human must act or the campaign ends."""
        events: list[Event] = []
        while self.ai_waiting():
            events.extend(self.step_ai())
        return events

    def play_out(self, turns: int | None = None) -> None:
        """AI for everyone (humans included) until the end or ``turns`` more turns."""
        stop = None if turns is None else self.state.turn + turns
        while not self.over and (stop is None or self.state.turn < stop):
            nation = self.state.waiting_for()[0]
            self.submit(decide(self.state, nation, self.difficulty).action)

    # --- rebuilding -------------------------------------------------------------------

    @classmethod
    def replay(cls, campaign: Campaign, seed: int, log: list[str], seats: tuple[Seat, ...] = (),
               difficulty: str = "normal") -> "Session":
        """The session that the action log produces: how saves are checked and restored."""
        session = cls(campaign, seed, seats, difficulty)
        for text in log:
            session.submit(text)
        return session
