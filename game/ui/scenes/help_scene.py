"""Help and encyclopedia: the ideas behind the game, the decision rules, the controls."""

from __future__ import annotations

from functools import partial

import pygame
from pygame_gui.elements import UITextBox

from game.ui.help_text import ARTICLES
from game.ui.scenes.base import FIT_PAD, Scene


class HelpScene(Scene):
    name = "help"

    def __init__(self, app, article: str | None = None):
        super().__init__(app)
        titles = [t for t, _ in ARTICLES]
        self.index = titles.index(article) if article in titles else 0
        self.tabs: list = []
        self.body: UITextBox | None = None

    def build(self) -> None:
        t = self.theme
        u = t.u
        W, H = self.app.screen.get_size()
        lw, lh = t.logical
        self.label((u(32), u(18), u(600), u(36)), "Help & encyclopedia", cls="@heading")
        self.button((W - u(32) - u(110), u(18), u(110), u(34)), "Back", self.close,
                    tooltip="Return", key=pygame.K_BACKSPACE)
        list_w = self._list_width(lw)
        top = 64
        row = 30
        avail = lh - top - 24
        n = len(ARTICLES)
        row = max(18, min(row, (avail - n * 2) // n))  # every topic on screen, even at 200%
        self.tabs = []
        for i, (title, _html) in enumerate(ARTICLES):
            b = self.button((u(32), u(top + i * (row + 2)), u(list_w), u(row)), title,
                            partial(self.show, i), cls="@list_row", fit=True)
            self.tabs.append(b)
        bx = 32 + list_w + 16
        self.body = self.text_box((u(bx), u(top), W - u(bx) - u(32), H - u(top) - u(24)),
                                  self._html(self.index))
        self.key(pygame.K_DOWN, "Next article", lambda: self.show(self.index + 1))
        self.key(pygame.K_UP, "Previous article", lambda: self.show(self.index - 1))
        self.tabs[self.index].select()

    def _row_font(self):
        return self.theme.font(self.theme.gui_font_size("button") / self.theme.scale)

    def _list_width(self, logical_w: int) -> int:
        """Wide enough for the longest topic name, up to a third of the screen (a longer one
        is elided, with the full name in its tooltip)."""
        widest = max(self._row_font().size(title)[0] for title, _ in ARTICLES)
        return max(230, min(logical_w // 3, round(widest / self.theme.scale) + FIT_PAD))

    def _html(self, i: int) -> str:
        title, html = ARTICLES[i]
        return f"<font pixel_size={self.theme.u(19)}><b>{title}</b></font><br><br>{html}"

    def show(self, i: int) -> None:
        i = max(0, min(len(ARTICLES) - 1, i))
        self.tabs[self.index].unselect()
        self.index = i
        self.tabs[i].select()
        assert self.body is not None  # built with the tabs
        self.body.set_text(self._html(i))

    def draw(self, surface) -> None:
        surface.fill(self.theme.c("bg"))
