"""What every panel of the main screen shares: the change signal it reads and the contract it
keeps.

The main screen is cut into panels (top bar, side panel, action bar, chronicle, tooltips; the
map is its own MapPanel). Each owns a rectangle of the window and draws from the view of the
seat at the screen only. After every action, event or choice of the player the scene builds
one ``Signal``; each panel's ``changed(signal)`` compares the part it reads with what it drew
last, and only the panels that answer True are drawn again and pushed to the display.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import pygame

if TYPE_CHECKING:
    from game.engine.view import PlayerView


@dataclass(frozen=True, eq=False)
class Signal:
    """The one change signal of the main screen: the game's revision (it grows with every
    action applied, whether or not it told the chronicle anything), the seat's view of it, and
    what the player picked on the screen."""

    revision: int
    view: PlayerView
    """The seat's PlayerView (game.engine.view): everything a panel may read of the game."""
    player: str | None
    humans: tuple[str, ...]
    ai_busy: bool
    watching: bool
    nation: str | None
    crisis: str | None
    tab: str
    group: str


class Panel:
    """A region of the main screen that redraws only when what it shows changed."""

    def __init__(self, rect: pygame.Rect):
        self.rect = pygame.Rect(rect)
        self._key: object = None

    def key(self, signal: Signal) -> object:
        """What of ``signal`` this panel shows: it is drawn again when this changes."""
        return signal.revision

    def changed(self, signal: Signal) -> bool:
        """True (once) when ``signal`` differs from what this panel last drew in a way it
        shows; the panel then brings its picture up to date."""
        key = self.key(signal)
        if key == self._key:
            return False
        self._key = key
        self.refresh(signal)
        return True

    def forget(self) -> None:
        """Draw anew on the next signal (a new layout, another seat at the screen)."""
        self._key = None

    def refresh(self, signal: Signal) -> None:
        """Bring the panel's picture (or widgets) up to date with ``signal``."""

    def draw(self, surface: pygame.Surface) -> None:
        """Draw the panel's own graphics (its widgets are drawn by the scene's manager)."""
