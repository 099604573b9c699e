"""Opening the main screen on a game, over a fresh main menu (where the game menu's "Main
menu" button returns).

Not a scene: the screens that start or load a game call these, and they reach the main menu
and the main screen by name (game.ui.scenes.SCENES), so none of them imports another.
"""

from __future__ import annotations


def start_game(app, campaign, humans: list[str], *, seed=None, difficulty: str = "normal",
               names: list[str] | None = None):
    """Create the session and open the main screen on it; returns the main screen."""
    from game.session.session import Seat, Session
    from game.ui.controller import GameController

    seats = tuple(Seat(n, (names[i] if names and i < len(names) else n))
                  for i, n in enumerate(humans))
    session = Session(campaign, int(seed) if seed is not None else 1, seats,
                      difficulty=difficulty)
    return open_game(app, GameController(session))


def open_game(app, ctl):
    """The main screen on ``ctl``'s session (several seats: with the hot-seat handover)."""
    if len(ctl.session.seats) > 1 and not getattr(ctl, "hotseat", False):
        from game.ui.hotseat_controller import HotseatController

        ctl = HotseatController(ctl.session)
    app.reset("main_menu")
    app.session = ctl.session
    return app.push("game", ctl)
