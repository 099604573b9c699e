"""A running game: the seats, who plays which nation, AI turns, and the chronicle.

The session is the only place where actions enter the engine during play: the UI and the
command line submit through it, and it keeps the action log that saves replay.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from game.ai import Choice, decide
from game.ai.policy import idle, plan
from game.engine import (Action, Event, GameState, PlayerView, begin, parse_action, play, view,
                         why_not)
from game.engine.rng import rng_for
from game.engine.view import ViewMemo
from game.engine.model import Campaign

from .paths import campaign_source

DIFFICULTIES = ("easy", "normal", "hard")


@dataclass(frozen=True)
class Seat:
    """A human player at the screen."""

    nation: str
    name: str
    password: str = ""


@dataclass(frozen=True)
class Restored:
    """A saved game as the session needs it to go on exactly as it would have."""

    state: GameState
    log: tuple[str, ...]
    chronicle: tuple[Event, ...]
    plans: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """What ``Session.plans()`` gave when the game was saved."""


class Session:
    def __init__(self, campaign: Campaign, seed: int = 1, seats: tuple[Seat, ...] = (),
                 difficulty: str = "normal", source: str = "",
                 restored: Restored | None = None):
        """A new game, or with ``restored`` a loaded one.

        ``source`` says where the campaign came from ("builtin:<id>", ...), for saves.
        """
        if difficulty not in DIFFICULTIES:
            raise ValueError(f"difficulty must be one of {', '.join(DIFFICULTIES)}")
        self.campaign = campaign
        self.seed = seed
        self.seats = tuple(seats)
        self.difficulty = difficulty
        self.source = source or source_of(campaign)
        events: Sequence[Event]
        if restored is None:
            self.state, events = begin(campaign, seed)
            self.log: list[str] = []
        else:
            self.state, events = restored.state, restored.chronicle
            self.log = list(restored.log)
        self.chronicle: list[Event] = list(events)
        self.planner = Planner(difficulty)
        self._next: tuple[GameState | None, str | None] = (None, None)
        """(the state the last action made, the nation the engine found must act next on
        it, if it did: ``play``)."""
        if restored is not None:
            self.keep_plans(restored.plans)

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

    @property
    def revision(self) -> int:
        """Grows with every action applied: the one signal that the game changed, even when an
        action (an AI nation ending its orders) tells the chronicle nothing."""
        return len(self.log)

    # --- acting -----------------------------------------------------------------------

    def submit(self, action: Action | str) -> list[Event]:
        """Apply one action (an Action or its text); IllegalAction leaves everything as it was."""
        if isinstance(action, str):
            action = parse_action(action)
        checked, vetted = self.planner.vetted
        legal = checked is self.state and vetted == action
        self.state, events, waiting = play(self.state, action, legal=legal)
        self._next = (self.state, waiting)
        self.log.append(action.text())
        self.chronicle.extend(events)
        return events

    def ai_view(self, nation: str) -> PlayerView:
        """What an AI nation plays on: its own view, as a human seat would see it."""
        return view(self.state, nation)

    def ai_key(self, nation: str) -> int:
        """The AI's noise key for ``nation`` this turn (see ``secret_key``)."""
        return secret_key(self.state, nation)

    def ai_choice(self, nation: str) -> Choice:
        """The AI's choice for ``nation`` decided afresh now, with its reasons."""
        return decide(self.ai_view(nation), self.ai_key(nation), self.difficulty)

    def ai_action(self, nation: str) -> Action:
        """The AI's next action for ``nation``: planned once a phase, then taken in order."""
        return self.planner(self.state, nation)

    def plans(self) -> dict[str, tuple[str, ...]]:
        """The actions each AI nation planned for this phase and has not taken yet.

        The AI plans a whole phase at once (``ai_action``), so a game saved halfway through a
        nation's orders must keep the rest of its plan: planning again from the middle gives
        other orders, and the loaded game would not go on as the saved one would have.
        """
        when = (self.state.turn, self.state.phase)
        return {nation: tuple(a.text() for a in queue)
                for nation, (stamp, queue) in sorted(self.planner.queues.items())
                if stamp == when and queue}

    def keep_plans(self, plans: Mapping[str, tuple[str, ...]]) -> None:
        """Go on with the plans of a saved game (what its ``plans()`` gave)."""
        when = (self.state.turn, self.state.phase)
        for nation, texts in plans.items():
            self.planner.queues[nation] = (when, [parse_action(t) for t in texts])

    def step_ai(self) -> list[Event]:
        """One AI action (for UIs that spread AI work over frames). [] when none is due."""
        waiting = self.ai_waiting()
        if not waiting:
            return []
        return self.submit(self.ai_action(waiting[0]))

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
            state, nation = self._next
            if state is not self.state or nation is None:  # not known from the last action
                nation = self.state.next_to_act()
            assert nation is not None  # a phase that waits for nobody has moved on
            self.submit(self.ai_action(nation))

    # --- rebuilding -------------------------------------------------------------------

    @classmethod
    def replay(cls, campaign: Campaign, seed: int, log: list[str], seats: tuple[Seat, ...] = (),
               difficulty: str = "normal") -> "Session":
        """The session that the action log produces: how saves are checked and restored."""
        session = cls(campaign, seed, seats, difficulty)
        for text in log:
            session.submit(text)
        return session


class Planner:
    """The AI at one difficulty: each nation plans its whole phase at once on its own view,
    then takes the planned actions in order; one the world has made illegal is skipped, and
    a nation whose plan runs dry decides afresh. Called as ``planner(state, nation)``."""

    def __init__(self, difficulty: str = "normal"):
        self.difficulty = difficulty
        self.queues: dict[str, tuple[tuple[int, str], list[Action]]] = {}
        """nation -> ((turn, phase) planned for, the actions not taken yet)."""
        self.memo = ViewMemo()
        """What the views already built have filtered, so each plan filters only what changed."""
        self._keys: tuple[tuple[int, int], dict[str, int]] = ((0, -1), {})
        """((seed, turn), nation -> its ``secret_key`` that turn): a nation plans two or
        three phases a turn, and each key seeds a generator to draw it."""
        self.vetted: tuple[GameState | None, Action | None] = (None, None)
        """(a state, the action last given on it that was found legal there): the session
        submits it at once, and the engine need not ask ``why_not`` again."""

    def __call__(self, state: GameState, nation: str) -> Action:
        when = (state.turn, state.phase)
        stamp, queue = self.queues.get(nation, (None, []))
        if stamp != when or not queue:
            queue = [c.action for c in self._plan(state, nation)]
            self.queues[nation] = (when, queue)
        while queue:
            action = queue.pop(0)
            if why_not(state, action) is None:
                self.vetted = (state, action)
                return action
        return self._plan(state, nation)[0].action

    def _plan(self, state: GameState, nation: str) -> list[Choice]:
        quick = idle(state, nation)  # a bystander's: no view to build
        if quick is not None:
            return quick
        v = view(state, nation, self.memo)
        try:
            return plan(v, self._key(state, nation), self.difficulty)
        finally:  # the view dies here: free it now, not at a pass of the garbage collector
            v.derived.forget()

    def _key(self, state: GameState, nation: str) -> int:
        """``secret_key(state, nation)``, drawn once per nation and turn."""
        stamp, keys = self._keys
        if stamp != (state.seed, state.turn):
            stamp, keys = (state.seed, state.turn), {}
            self._keys = (stamp, keys)
        if nation not in keys:
            keys[nation] = secret_key(state, nation)
        return keys[nation]


def secret_key(state: GameState, nation: str, purpose: str = "ai") -> int:
    """A key for ``nation``'s own randomness this turn, drawn from the seed, which no view
    holds: nobody can foresee the AI's (or a scripted player's) choices from what they see."""
    return rng_for(state.seed, state.turn, f"{purpose} {nation}").getrandbits(64)


def source_of(campaign: Campaign) -> str:
    """Where a loaded campaign came from, for saves ("" for one built in memory)."""
    folder = Path(campaign.src.file).parent
    return campaign_source(folder) if (folder / "campaign.yaml").is_file() else ""
