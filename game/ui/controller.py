"""The UI's handle on a running game: a game.session Session plus what the screens need to
follow it — who is at the screen, new events since the last look, the AI's reasons for its
votes, and AI work spread over frames so that the window never freezes.

The UI never changes game state itself: every change is an action submitted through the
session, and the screens redraw from the state afterwards.
"""

from __future__ import annotations

import time

from game.engine import IllegalAction, parse_action


class GameController:
    def __init__(self, session, *, seat_order: list[str] | None = None):
        self.session = session
        self.read = 0
        """How many chronicle events the screens have taken in."""
        self.reasons: dict[tuple[str, str], tuple[str, ...]] = {}
        """(nation, resolution id) -> the reasons an AI nation gave for its ballot."""
        self.ai_actions = 0
        self.ai_seconds = 0.0
        self.current: str | None = session.humans[0] if session.humans else None

    # --- reading ------------------------------------------------------------------------
    @property
    def state(self):
        return self.session.state

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
        nxt = self.session.next_human()
        if nxt is not None:
            self.current = nxt
        return self.current

    def view(self, nation: str | None = None):
        """The state as ``nation`` may see it (engine.view when the engine offers one)."""
        try:
            from game.engine import view  # type: ignore
        except ImportError:
            return self.state
        return view(self.state, nation or self.player())

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
        return not self.over and bool(self.session.ai_waiting())

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
        from game.ai import explain

        t0 = time.perf_counter()
        n = 0
        while not self.over:
            waiting = self.machine_waiting()
            if not waiting:
                break
            nation = waiting[0]
            action = self.session.ai_action(nation)
            if action.verb == "vote":
                self.reasons[(nation, action.args[0])] = explain(self.state, nation, action)
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

    def reason_for(self, nation: str, res_id: str) -> str:
        r = self.reasons.get((nation, res_id))
        if r:
            return "; ".join(r)
        try:
            from game.ai import explain

            res = self.state.resolution(res_id)
            if res is not None:
                return "; ".join(explain(self.state, nation,
                                         parse_action(f"{nation} vote {res_id} yes")))
        except Exception:  # noqa: BLE001 - an explanation is a nicety
            pass
        return ""
