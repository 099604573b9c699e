"""The top bar: the date and turn, world tension, and the seat's will, legitimacy, capital
and score, each with its tooltip, then the seat's name and colour; the buttons at its right
(End turn, Menu, ...) are the scene's widgets. Drawn into a picture kept until the game or
the seat at the screen changes."""

from __future__ import annotations

import pygame

from game.ui.describe import date_text
from game.ui.map_modes import nation_colour
from game.ui.panels.base import Panel, Signal
from game.ui.panels.side_panel import stat_tip
from game.ui.widgets.draw import Tips, text


class TopBar(Panel):
    def __init__(self, rect, theme, info_right: int):
        super().__init__(rect)
        self.theme = theme
        self.info_right = info_right
        """Where the figures must stop: the buttons begin there."""
        self.tips = Tips()
        self.image: pygame.Surface | None = None

    def key(self, signal: Signal) -> object:
        return (signal.revision, signal.player)

    @property
    def info(self) -> pygame.Rect:
        """The figures' part of the bar, left of the buttons."""
        return pygame.Rect(self.rect.x, self.rect.y, self.info_right, self.rect.h)

    def draw(self, surface: pygame.Surface) -> None:
        if self.image is not None:
            surface.blit(self.image, self.rect)

    def refresh(self, signal: Signal) -> None:
        t = self.theme
        u = t.u
        W, H = self.rect.size
        surf = pygame.Surface((W, H)).convert()
        surf.fill(t.c("panel"))
        pygame.draw.line(surf, t.c("edge"), (0, H - 1), (W, H - 1))
        s = signal.view
        p = signal.player
        self.tips.clear()
        x = u(10)
        limit = self.info_right - u(8)
        narrow = t.logical[0] < 1000
        items = [(date_text(s), f"Turn {s.turn + 1} of {s.campaign.turns}",
                  f"{s.campaign.name}. Each turn is {s.campaign.turn_months} months.", None)]
        items.append(("Tension", str(s.tension),
                      "World tension, 0-100: rises with every crisis and unpunished aggression, "
                      "falls with settlements. High tension makes every crisis harder.",
                      t.ramp(s.tension)))
        if p:
            n = s.nations[p]
            items += [
                ("Will", str(n.will), stat_tip(s, p, "will"), t.good_bad(n.will)),
                ("Legit." if narrow else "Legitimacy", str(n.legitimacy),
                 stat_tip(s, p, "legitimacy"),
                 t.good_bad(n.legitimacy)),
                ("Capital", str(n.capital), "Diplomatic capital: what your orders cost this "
                 "turn. It is renewed each turn from your economy and legitimacy.",
                 t.c("accent")),
                ("Score", str(s.score(p)), "Your score: objectives met plus the shared score "
                 "for the order itself.", t.c("text")),
            ]
        for label, value, tip, colour in items:
            f1 = t.font(11)
            f2 = t.font(16, True)
            w = max(f1.size(label)[0], f2.size(value)[0]) + u(18)
            if x + w > limit and label != items[0][0]:
                break
            text(surf, t, label, (x, u(5)), size=11, colour=t.c("text_dim"))
            text(surf, t, value, (x, u(19)), size=16 if colour else 15, bold=True,
                 colour=colour or t.c("text"))
            self.tips.add(pygame.Rect(x, 0, w, H), tip)
            x += w + u(8)
        if p and limit - x > u(60):
            d = s.campaign.nation(p)
            sw = pygame.Rect(x + u(4), u(10), u(6), H - u(20))
            pygame.draw.rect(surf, nation_colour(d), sw)
            text(surf, t, d.name, (x + u(16), H // 2), size=14, bold=True,
                 valign="center", width=max(10, limit - x - u(16)))
        self.image = surf
