"""The UI's handle on a running game: a game.session Session plus what the screens need to
follow it — who is at the screen, new events since the last look, the AI's reasons for its
votes, and AI work spread over frames so that the window never freezes.

The UI never changes game state itself: every change is an action submitted through the
session, and the screens redraw afterwards from the view of the nation at the screen
(``view()``): the controller and the session alone hold the full state.
"""

from __future__ import annotations

import time

from game.ai import explain
from game.engine import IllegalAction, PlayerView, act, parse_action
from game.engine import view as engine_view


class GameController:
    def __init__(self, session, *, seat_order: list[str] | None = None):
        self.session = session
        self.read = 0
        """How many chronicle events the screens have taken in."""
        self.reasons: dict[tuple[str, str], dict[str | None, tuple[str, ...]]] = {}
        """(nation, resolution id) -> the reasons an AI nation gave for its ballot, as told to
        each human seat (and to the public, None) when it voted."""
        self.results_shown = -1
        """The turn whose count's results the council chamber has shown (the main screen
        opens them once, and not after the player read them in the chamber)."""
        self.ai_actions = 0
        self.ai_seconds = 0.0
        self.current: str | None = session.humans[0] if session.humans else None
        self._views: dict[str | None, tuple[object, PlayerView]] = {}
        """nation -> (the state it was built from, that nation's view of it)."""
        self._who: tuple[object, tuple[str, ...], bool, str | None] | None = None
        """(a state, the human seats, whether AI nations must act on it, the seat to act
        next): ``_whose_turn``."""

    # --- reading ------------------------------------------------------------------------
    # There is deliberately no ``state``: a screen reads a seat's view (``view()``), and only
    # the controller and the session touch the full state (tests/ui/test_no_full_state.py).
    @property
    def campaign(self):
        return self.session.campaign

    @property
    def humans(self) -> tuple[str, ...]:
        return self.session.humans

    @property
    def over(self) -> bool:
        return self.session.over

    def player(self) -> str | None:
        """The human nation at the screen now (hot-seat: the next seat to act)."""
        nxt = self._whose_turn()[1]
        if nxt is not None:
            self.current = nxt
        return self.current

    def _whose_turn(self) -> tuple[bool, str | None]:
        """Whether AI nations must act now, and the human seat to act next once they have:
        the screens ask several times a frame, the session works it out once per state."""
        session = self.session
        state, humans = session.state, session.humans
        who = self._who
        if who is None or who[0] is not state or who[1] != humans:
            who = self._who = (state, humans, bool(session.ai_waiting()), session.next_human())
        return who[2], who[3]

    def view(self, nation: str | None = None) -> PlayerView:
        """What ``nation`` (by default the player at the screen) may know: what screens,
        tooltips and charts of a seat read."""
        return self._view_of(nation or self.player())

    def _view_of(self, nation: str | None) -> PlayerView:
        """``view(state, nation)``, built once per state and nation: screens ask for the view
        many times a frame, and the session replaces its state on every action."""
        state = self.session.state
        cached = self._views.get(nation)
        if cached is None or cached[0] is not state:
            cached = (state, engine_view(state, nation))
            self._views[nation] = cached
        return cached[1]

    def visible_events(self, nation: str | None, start: int = 0) -> list:
        return [e for e in self.session.chronicle[start:]
                if e.kind not in ("draw",) and e.visible(nation)]

    def take_new(self, nation: str | None) -> list:
        """Events since the last call that ``nation`` may see."""
        new = self.session.chronicle[self.read:]
        self.read = len(self.session.chronicle)
        return [e for e in new if e.kind != "draw" and e.visible(nation)]

    def waiting_on_human(self) -> bool:
        return self.session.next_human() is not None

    def ai_busy(self) -> bool:
        return not self.over and self._whose_turn()[0]

    # --- acting -------------------------------------------------------------------------
    def submit(self, action) -> tuple[bool, str]:
        """Submit one action; (False, reason) when the engine rejects it."""
        if isinstance(action, str):
            action = parse_action(action)
        try:
            self.session.submit(action)
        except IllegalAction as exc:
            return False, getattr(exc, "reason", str(exc))
        return True, ""

    def step_ai(self, budget: float = 0.008) -> int:
        """Let AI nations act for at most ``budget`` seconds (at least one action if any is
        due). Returns how many actions were taken."""
        t0 = time.perf_counter()
        n = 0
        while not self.over:
            waiting = self.machine_waiting()
            if not waiting:
                break
            nation = waiting[0]
            action = self.session.ai_action(nation)
            if action.verb == "vote":
                self.reasons[(nation, action.args[0])] = self._told(nation, action)
            self.session.submit(action)
            n += 1
            if time.perf_counter() - t0 >= budget:
                break
        self.ai_actions += n
        self.ai_seconds += time.perf_counter() - t0
        return n

    def machine_waiting(self) -> list[str]:
        """Nations the computer must act for now (hot-seat adds retired seats)."""
        return self.session.ai_waiting()

    def finish_ai(self) -> None:
        """Run every due AI action now (tests, screenshots)."""
        while self.ai_busy():
            self.step_ai(1.0)

    def _told(self, nation: str, action) -> dict[str | None, tuple[str, ...]]:
        """An AI nation's reasons for ``action``, from its own view, as it tells each human
        seat and the public: that it was pressed, and by whom, only the presser hears."""
        own = self.session.ai_view(nation)
        return {who: explain(own, action, audience=who) for who in (*self.humans, None)}

    def reason_for(self, nation: str, res_id: str, viewer: str | None = None) -> str:
        """Why AI ``nation`` voted as it did on ``res_id``, as ``viewer`` (by default the
        player at the screen) may hear it."""
        viewer = viewer or self.player()
        told = self.reasons.get((nation, res_id))
        if told is None and self.session.state.resolution(res_id) is not None:
            # a vote the screens did not see cast (a loaded game): explained once, now
            told = self._told(nation, act(nation, "vote", res_id, "yes"))
            self.reasons[(nation, res_id)] = told
        if not told:
            return ""
        return "; ".join(told.get(viewer, told[None]))
