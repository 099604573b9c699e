"""Modal dialogs: a dimmed backdrop, a box with a title, text and buttons. Esc closes."""

from __future__ import annotations

import re
from functools import partial
from typing import Any, Callable

import pygame

from game.ui import fonts
from game.ui.scenes.base import Scene, esc


def _plain(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html.replace("<br>", "\n")).replace("&lt;", "<").replace(
        "&gt;", ">").replace("&amp;", "&")


class Dialog(Scene):
    overlay = True
    name = "dialog"

    def __init__(self, app, title: str, body_html: str,
                 buttons: list[tuple[str, Callable[[], object] | None, str | None]] | None = None,
                 *, width: int = 560, on_close: Callable[[], None] | None = None,
                 closable: bool = True):
        super().__init__(app)
        self.title = title
        self.body_html = body_html
        self.buttons = buttons or [("OK", None, "@primary")]
        self.width = width
        self.on_close = on_close
        self.closable = closable
        self.widgets: dict[str, Any] = {}  # pygame_gui elements, by name

    def build(self) -> None:
        t = self.theme
        W, H = self.app.screen.get_size()
        w = min(t.u(self.width), W - t.u(40))
        pad = t.u(16)
        body_font = t.font(15)
        lines = fonts.wrap(_plain(self.body_html), body_font, w - 2 * pad - t.u(24))
        body_h = len(lines) * int(body_font.get_linesize() * 1.2) + t.u(20)
        btn_h = t.u(38)
        title_h = t.u(34)
        h = min(H - t.u(40), pad * 3 + title_h + body_h + btn_h + t.u(8))
        body_h = h - (pad * 3 + title_h + btn_h + t.u(8))
        rect = pygame.Rect((W - w) // 2, (H - h) // 2, w, h)
        box = self.panel(rect, cls="@dialog", layer=2)
        self.label((pad, pad, w - 2 * pad, title_h), self.title, container=box, cls="@heading")
        self.widgets["body"] = self.text_box(
            (pad, pad + title_h + t.u(4), w - 2 * pad, body_h), self.body_html, container=box)
        # buttons right-aligned
        bf = t.font(16, True)
        x = w - pad
        default = self.default_button()
        for label, cb, cls in reversed(self.buttons):
            bw = max(t.u(110), bf.size(label)[0] + t.u(32))
            x -= bw
            key = pygame.K_RETURN if label == default else None
            b = self.button((x, h - pad - btn_h, bw, btn_h), label,
                            partial(self._choose, cb), container=box, cls=cls,
                            key=key)
            self.widgets[f"button:{label}"] = b
            x -= t.u(10)

    def default_button(self) -> str | None:
        """What Enter presses: the highlighted (@primary) button, else the rightmost one that
        destroys nothing — never "Main menu" in the game menu."""
        for label, _, cls in self.buttons:
            if cls == "@primary":
                return label
        safe = [label for label, _, cls in self.buttons if cls != "@danger"]
        return safe[-1] if safe else None

    def draw(self, surface: pygame.Surface) -> None:
        self.dim_below(surface)

    def _choose(self, cb) -> None:
        self.app.pop(self)
        if cb is not None:
            cb()

    def close(self) -> None:
        self.app.pop(self)
        if self.on_close is not None:
            self.on_close()


def confirm(app, title: str, text: str, yes: str, on_yes: Callable[[], object],
            no: str = "Cancel") -> Dialog:
    d = Dialog(app, title, esc(text), [(no, None, None), (yes, on_yes, "@primary")])
    app.push(d)
    return d


def message(app, title: str, text: str, ok: str = "OK") -> Dialog:
    d = Dialog(app, title, esc(text), [(ok, None, "@primary")])
    app.push(d)
    return d
