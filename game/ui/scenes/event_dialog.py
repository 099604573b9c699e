"""Event and decision dialogs: the news that asks the player's nation to choose, and what each
choice is known to do. The choice is submitted as a ``choose`` action through the session."""

from __future__ import annotations

from functools import partial

import pygame

from game.engine.actions import act
from game.ui import fonts
from game.ui.describe import consequences_html
from game.ui.scenes.base import Scene, esc


class ChoiceDialog(Scene):
    overlay = True
    closable = False
    """A decision must be taken: Esc does not dismiss it."""
    name = "choice"

    def __init__(self, app, ctl, nation: str, event_id: str, on_done=None):
        super().__init__(app)
        self.ctl = ctl
        self.nation = nation
        self.event_id = event_id
        self.on_done = on_done
        self.option_buttons: dict[str, object] = {}

    def build(self) -> None:
        t = self.theme
        u = t.u
        W, H = self.app.screen.get_size()
        ev = self.ctl.campaign.event(self.event_id)
        ch = ev.choice
        w = min(u(640), W - u(40))
        pad = u(16)
        f = t.font(15)
        body = f"{ev.text}\n\n{ch.prompt}" if ev.text else ch.prompt
        lines = fonts.wrap(body, f, w - 2 * pad - u(24))
        body_h = min(u(220), len(lines) * int(f.get_linesize() * 1.25) + u(16))
        opt_h = u(58)
        h = min(H - u(30), pad * 3 + u(34) + body_h + len(ch.options) * (opt_h + u(8)))
        box = self.panel(((W - w) // 2, (H - h) // 2, w, h), cls="@dialog", layer=2)
        self.label((pad, pad, w - 2 * pad, u(32)), ev.title, container=box, cls="@heading")
        self.text_box((pad, pad + u(36), w - 2 * pad, body_h),
                      esc(ev.text) + ("<br><br>" if ev.text else "") + f"<b>{esc(ch.prompt)}</b>",
                      container=box)
        y = pad + u(36) + body_h + pad
        view, accent = self.ctl.view(self.nation), t.c("accent").hex[:7]
        for i, opt in enumerate(ch.options):
            tip = opt.explain or "No known consequences."
            # what the answer would do now, from the engine's own effects
            expected = consequences_html(view, act(self.nation, "choose", self.event_id, opt.id),
                                         accent)
            b = self.button((pad, y, w - 2 * pad, u(32)), f"{i + 1}.  {opt.label}",
                            partial(self.choose, opt.id), container=box, cls="@action",
                            tooltip=esc(tip) + (f"<br>{expected}" if expected else ""),
                            key=pygame.K_1 + i if i < 9 else None)
            self.option_buttons[opt.id] = b
            self.label((pad + u(22), y + u(33), w - 2 * pad - u(22), u(20)), tip,
                       container=box, cls="@dim")
            y += opt_h + u(4)
        self._explains = [(opt.label, opt.explain) for opt in ch.options]

    def draw(self, surface: pygame.Surface) -> None:
        self.dim_below(surface)

    def choose(self, option_id: str) -> None:
        ok, reason = self.ctl.submit(f"{self.nation} choose {self.event_id} {option_id}")
        self.app.pop(self)
        if self.on_done:
            self.on_done()
