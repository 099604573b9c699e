"""The chronicle: the events the seat may see, newest first under a line per date, crisis
lines marked, each line a link to its crisis or nation; others' courting one line a turn.
Its text is worked out again only when the chronicle grew or another seat is at the screen,
and set (a costly layout of the whole box) only when it reads differently: most actions of the
other nations tell the seat nothing it may see."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from game.engine.calendar import format_month
from game.ui import fonts
from game.ui.panels.base import Panel, Signal
from game.ui.scenes.base import esc

if TYPE_CHECKING:
    from game.engine import Event

CRISIS_MARK = "<font color={colour}><b>!</b></font> "
"""Before crisis lines in the chronicle: a warning mark the shipped font has."""
CHRONICLE_SKIPS = ("phase", "ballot", "tension")
"""Events the chronicle leaves out: bookkeeping, secret ballots, and each move of tension (the
turn summary adds those up with their causes)."""
ROWS = 120
"""The newest events shown."""


class Chronicle(Panel):
    def __init__(self, rect, host, theme, campaign, events_of: Callable[[str | None], list],
                 length: Callable[[], int]):
        """``host`` (the scene) makes the text box; ``events_of(seat)`` lists the events the
        seat may see, ``length()`` how many the chronicle holds."""
        super().__init__(rect)
        self.theme = theme
        self.campaign = campaign
        self.events_of = events_of
        self.length = length
        self.box = host.text_box(self.rect, "—<br>—", object_id="#chronicle")
        self._fit_whole_lines()
        self._read: tuple[int, str | None] | None = None
        """The chronicle's length and the seat when the text was last worked out."""
        self._text = ""

    def key(self, signal: Signal) -> object:
        read = (self.length(), signal.player)
        if read != self._read:
            self._read = read
            self._text = self.text(signal.player)
        return self._text

    def draw(self, surface: pygame.Surface) -> None:
        pygame.draw.rect(surface, self.theme.c("panel"), self.rect)  # above the whole lines

    def _fit_whole_lines(self) -> None:
        """Shorten the chronicle to a whole number of lines (measured on its own layout), so
        that no line shows cut in half; it keeps its bottom edge."""
        box = self.box
        rows = box.text_box_layout.layout_rows
        visible = box.text_wrap_rect.h
        if len(rows) < 2 or rows[1].y <= rows[0].y:
            return
        pitch = rows[1].y - rows[0].y
        spare = visible - max(1, visible // pitch) * pitch
        if spare > 0:
            box.set_dimensions((box.rect.w, box.rect.h - spare))
            box.set_relative_position((self.rect.x, self.rect.y + spare))

    def refresh(self, signal: Signal) -> None:
        self.box.set_text(self._text)

    def text(self, p: str | None) -> str:
        """The chronicle as seat ``p`` reads it, in the text box's HTML."""
        events: list[Event] = []
        courting: dict[int, list[Event]] = {}
        for e in self.events_of(p):
            if e.kind in CHRONICLE_SKIPS:
                continue
            if e.kind == "courting" and p not in (e.get("nation"), e.get("other")):
                courting.setdefault(e.turn, []).append(e)  # one line a turn for these
                if len(courting[e.turn]) > 1:
                    continue
            events.append(e)
        rows = []
        turn = None
        for e in reversed(events[-ROWS:]):
            if e.turn != turn:
                turn = e.turn
                rows.append(f"<b>— {format_month(e.month)} —</b>")
            if e.kind == "courting" and e in courting.get(e.turn, ()):
                rows.append(self._courting_line(courting[e.turn]))
                continue
            target = None
            c = e.get("crisis")
            n = e.get("nation")
            if c:
                target = f"crisis:{c}"
            elif n:
                target = f"nation:{n}"
            line = esc(fonts.printable(e.text))
            if target:
                line = f"<a href='{target}'>{line}</a>"
            if e.kind in ("crisis_start", "crisis"):
                line = CRISIS_MARK.format(colour=self.theme.c("warn").hex[:7]) + line
            rows.append(line)
        return "<br>".join(rows) or "<i>Nothing has happened yet.</i>"

    def _courting_line(self, courting: list) -> str:
        """Others courting each other in one turn, as one line: dozens of them filled the
        chronicle at the start of a game; those that concern the player stand alone."""
        name = self.campaign.nation
        pairs = ", ".join(f"{name(e.get('nation')).name} to {name(e.get('other')).name}"
                          for e in courting)
        return f"<i>{esc(fonts.printable('Courting: ' + pairs))}.</i>"
