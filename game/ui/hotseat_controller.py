"""The UI's handle on a hot-seat game: a GameController whose player is the seat at the screen.

``player()`` is the nation of the seat that has the screen (``hotseat.turn``), or None while a
defeated seat watches or is told of its defeat: then every view is the public one
(``view(state, None)``) and only public events are read. The computer plays the AI nations
and the nations of seats that left the table after a defeat.
"""

from __future__ import annotations

from game.session import hotseat as hs
from game.ui.controller import GameController


def controller_for(session) -> GameController:
    """The controller a session needs: hot-seat for two seats or more."""
    return HotseatController(session) if len(session.seats) > 1 else GameController(session)


class HotseatController(GameController):
    hotseat = True

    def __init__(self, session, **kwargs):
        super().__init__(session, **kwargs)
        self.at_screen: hs.Turn | None = None
        """The seat that has (or last had) the screen."""
        self._turn_key = None
        self._turn: hs.Turn | None = None

    # --- who is at the screen ---------------------------------------------------------------
    def turn(self) -> hs.Turn | None:
        """The seat that must take the screen now (``hotseat.turn``, cached until an action
        or a seat changes); None while the computer plays."""
        key = (len(self.session.log), id(self.session.state), self.session.seats)
        if key != self._turn_key:
            self._turn_key = key
            self._turn = hs.turn(self.session)
        return self._turn

    def hand_over(self, turn: hs.Turn) -> None:
        """The screen is now ``turn``'s (the game scene calls this behind the handover card).
        Until then the screen stays the previous seat's, even when another seat is due."""
        self.at_screen = turn

    def player(self) -> str | None:
        """The nation whose screen is shown; None before the first handover and while a
        defeated seat watches (public facts only)."""
        return self.at_screen.viewer if self.at_screen is not None else None

    @property
    def seat(self):
        return self.at_screen.seat if self.at_screen is not None else None

    @property
    def watching(self) -> bool:
        """A defeated seat has the screen: public facts only, no orders."""
        return self.at_screen is not None and self.at_screen.kind != "play"

    # --- reading: a seat's own view, or the public one --------------------------------------
    def view(self, nation: str | None = None):
        return self._view_of(nation if nation is not None else self.player())

    def visible_events(self, nation: str | None, start: int = 0) -> list:
        return [e for e in hs.public_events(self.session.chronicle[start:], nation)
                if e.kind != "draw"]

    def take_new(self, nation: str | None) -> list:
        new = self.session.chronicle[self.read:]
        self.read = len(self.session.chronicle)
        return [e for e in hs.public_events(new, nation) if e.kind != "draw"]

    def waiting_on_human(self) -> bool:
        return self.turn() is not None

    def ai_busy(self) -> bool:
        return not self.over and bool(hs.machine_waiting(self.session))

    # --- acting -----------------------------------------------------------------------------
    def machine_waiting(self) -> list[str]:
        """AI nations and retired seats: the computer acts for both."""
        return hs.machine_waiting(self.session)

    def retire(self, how: str) -> None:
        """The defeated seat at the screen leaves the table or watches."""
        if self.at_screen is not None and self.at_screen.kind == "defeated":
            hs.retire(self.session, self.at_screen.nation, how)

    def done_watching(self) -> None:
        """The watching seat at the screen has had its look for this turn."""
        if self.at_screen is not None and self.at_screen.kind == "watch":
            hs.done_watching(self.session, self.at_screen.nation)
