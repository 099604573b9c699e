"""Choosing a nation: every playable nation with its briefing, objectives and standing.

``briefing_html`` is the briefing the main screen shows when the game begins (and again on B):
the nation's situation, its objectives and the crises already under way."""

from __future__ import annotations

from functools import partial

import pygame
from pygame_gui.elements import UITextBox

from game.ui.scenes.base import Scene, esc

STAT_LABELS = (("military", "Military"), ("economy", "Economy"), ("will", "Domestic will"),
               ("legitimacy", "Legitimacy"), ("stability", "Stability"),
               ("orientation", "Orientation (0 status quo, 100 revisionist)"))


def briefing_html(state, code: str) -> str:
    """The briefing of ``code`` in ``state``: situation, objectives, crises under way."""
    d = state.campaign.nation(code)
    parts = [esc(d.briefing.strip()) or "<i>No briefing.</i>"]
    if d.objectives:
        objs = "<br>".join(f"• {esc(o.text)} <i>({o.points} points)</i>" for o in d.objectives)
        parts.append(f"<b>Your objectives</b><br>{objs}")
    active = [c for c in state.crises.values() if c.active]
    if active:
        lines = []
        for c in active:
            desc = state.campaign.crisis(c.id).description.strip()
            lines.append(f"• <b>{esc(c.name)}</b>"
                         + (f": {esc(desc)}" if desc else ""))
        parts.append("<b>Crises under way</b><br>" + "<br>".join(lines))
    else:
        parts.append("<b>Crises under way</b><br>None yet. The chronicle below the map brings "
                     "the news each turn; a crisis marker appears on the map when one begins.")
    parts.append("<i>Press B on the main screen to read this briefing again.</i>")
    return "<br><br>".join(parts)


class NationSelect(Scene):
    name = "nation_select"

    def __init__(self, app, campaign, *, difficulty: str = "normal"):
        super().__init__(app)
        self.campaign = campaign
        self.difficulty = difficulty
        self.nations = [n for n in campaign.nations if n.playable] or list(campaign.nations)
        self.index = 0
        self.rows: list = []
        self.detail: UITextBox | None = None
        self.swatches: list[tuple[pygame.Rect, tuple]] = []

    def build(self) -> None:
        t = self.theme
        u = t.u
        W = self.app.screen.get_width()
        lw, lh = t.logical
        self.label((u(32), u(18), u(lw - 200), u(36)),
                   f"{self.campaign.name}: choose your nation", cls="@heading")
        self.button((W - u(142), u(18), u(110), u(34)), "Back", self.close,
                    key=pygame.K_BACKSPACE, tooltip="Back to the campaigns")
        top, list_w = 66, 260
        avail = lh - top - 24 - 52
        row = max(28, min(44, avail // max(1, len(self.nations)) - 4))
        self.rows = []
        self.swatches = []
        for i, n in enumerate(self.nations):
            r = (u(32), u(top + i * (row + 4)), u(list_w), u(row))
            b = self.button(r, f"    {n.name}", partial(self.select, i), cls="@list_row",
                            tooltip=f"{n.code} · {n.personality}", fit=True)
            self.rows.append(b)
            colour = n.colour or (120, 120, 120)
            self.swatches.append((pygame.Rect(u(40), u(top + i * (row + 4)) + (u(row) - u(14)) // 2,
                                              u(14), u(14)), colour))
        x = 32 + list_w + 20
        self.detail = self.text_box((u(x), u(top), u(lw - x - 32), u(lh - top - 24 - 52)), "")
        self.button((u(lw - 32 - 220), u(lh - 24 - 40), u(220), u(40)), "Start", self.start,
                    cls="@primary", key=pygame.K_RETURN, tooltip="Begin the campaign")
        self.key(pygame.K_DOWN, "Next nation", lambda: self.select(self.index + 1))
        self.key(pygame.K_UP, "Previous nation", lambda: self.select(self.index - 1))
        if self.nations:
            self.select(self.index)

    def select(self, i: int) -> None:
        i = max(0, min(len(self.nations) - 1, i))
        self.rows[self.index].unselect()
        self.rows[i].select()
        self.index = i
        assert self.detail is not None  # built with the rows
        self.detail.set_text(self.describe(self.nations[i]))
        self.app.invalidate()

    def describe(self, n) -> str:
        parts = [f"<font pixel_size={self.theme.u(19)}><b>{esc(n.name)}</b></font>"
                 + (f"  <i>({esc(n.capital)})</i>" if n.capital else "")]
        parts.append(esc(n.briefing.strip()) or "<i>No briefing.</i>")
        if n.objectives:
            objs = "<br>".join(f"• {esc(o.text)} <i>({o.points} points)</i>"
                               for o in n.objectives)
            parts.append(f"<b>Objectives</b><br>{objs}")
        stats = " · ".join(f"{label.split(' (')[0]} {getattr(n, key)}"
                           for key, label in STAT_LABELS)
        parts.append(f"<b>Standing</b><br>{stats}<br>AI personality when not played: "
                     f"{esc(n.personality)}; ideology {esc(n.ideology.replace('_', ' '))}.")
        members = [o.name for o in self.campaign.organisations
                   if any(s.nation == n.code for s in o.members)]
        if members:
            parts.append("<b>Member of</b> " + esc(", ".join(members)))
        if n.claims:
            parts.append("<b>Claims</b> " + esc(", ".join(c.name for c in n.claims)))
        return "<br><br>".join(parts)

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill(self.theme.c("bg"))

    def draw_over(self, surface: pygame.Surface) -> None:
        for rect, colour in self.swatches:
            pygame.draw.rect(surface, colour, rect)
            pygame.draw.rect(surface, self.theme.c("edge"), rect, 1)

    def start(self) -> None:
        self.start_with(self.nations[self.index].code, None)

    def start_with(self, nation: str, seed) -> None:
        """Open the game; the nation's briefing comes over it once it is on screen."""
        from game.ui.scenes.opening import start_game

        game = start_game(self.app, self.campaign, [nation], seed=seed,
                          difficulty=self.difficulty)
        game.brief_on_start()
