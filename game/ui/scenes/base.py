"""The scene stack's element: a screen with its own pygame_gui manager.

Each scene builds its widgets in ``build`` (called on enter and again whenever the window size,
UI scale or palette changes) inside its own ``UIManager``, so a scene's widgets are destroyed
with it and nothing of one screen can show through, or take clicks on, another (the hot-seat
handover relies on this). Drawing goes bottom-up from the topmost non-overlay scene: each
scene's ``draw`` (its own graphics) then its manager's widgets.

Buttons are bound to callbacks with ``self.button(...)``; keyboard shortcuts with
``self.key(...)``. Esc closes the scene when ``closable`` is set.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Callable

import pygame
import pygame_gui
from pygame_gui.core import UIElement
from pygame_gui.elements import UIButton, UILabel, UIPanel, UITextBox

from game.ui import fonts

if TYPE_CHECKING:  # pragma: no cover
    from game.ui.app import App

FIT_PAD = 28
"""Room a fitted button keeps beside its text (its padding and a list row's swatch), in
logical pixels."""


def key_name(key: int, mod: int = 0) -> str:
    """'E', 'Backspace', 'Ctrl+S': a letter in capitals, a named key as a word (pygame's
    'backspace' read 'BACKSPACE' beside 'Esc' and 'Enter')."""
    name = _NAMES.get(key) or pygame.key.name(key)
    name = name.upper() if len(name) == 1 else name[0].upper() + name[1:]
    if mod & pygame.KMOD_CTRL:
        name = "Ctrl+" + name
    if mod & pygame.KMOD_SHIFT:
        name = "Shift+" + name
    return name


_NAMES = {
    pygame.K_RETURN: "Enter", pygame.K_ESCAPE: "Esc", pygame.K_SPACE: "Space",
    pygame.K_TAB: "Tab", pygame.K_F1: "F1", pygame.K_F5: "F5", pygame.K_F9: "F9",
    pygame.K_UP: "Up", pygame.K_DOWN: "Down", pygame.K_LEFT: "Left", pygame.K_RIGHT: "Right",
    pygame.K_PAGEUP: "PgUp", pygame.K_PAGEDOWN: "PgDn",
}


def _if_enabled(button: UIButton, callback: Callable[[], None]) -> None:
    """A button's keyboard shortcut: it does what the button does, while the button is enabled."""
    if button.is_enabled:
        callback()


class Scene:
    overlay = False
    """True for dialogs: the scene below stays drawn (but gets no input)."""
    closable = True
    """Esc pops this scene."""
    name = "scene"

    def __init__(self, app: "App"):
        self.app = app
        self.manager: pygame_gui.UIManager | None = None
        self._callbacks: dict = {}
        self._keys: dict[tuple[int, int], tuple[str, Callable[[], None]]] = {}
        self.entered = False

    # --- life cycle (the stack calls these) ----------------------------------------------
    @property
    def theme(self):
        return self.app.theme

    @property
    def ui(self) -> pygame_gui.UIManager:
        """The scene's UI manager, which exists while the scene is entered."""
        assert self.manager is not None, f"the {self.name} scene is not entered"
        return self.manager

    def enter(self) -> None:
        self.entered = True
        self._build_all()

    def exit(self) -> None:
        self.teardown()
        self._discard()
        self.entered = False

    def pause(self) -> None:
        """Another scene was pushed on top."""

    def resume(self) -> None:
        """The scene above was popped."""

    def rebuild(self) -> None:
        self.teardown()
        self._discard()
        self._build_all()

    def _build_all(self) -> None:
        self.manager = self.app.new_manager()
        self._callbacks = {}
        self._keys = {}
        if self.closable:
            self.key(pygame.K_ESCAPE, "Close", self.close)
        self.build()

    def _discard(self) -> None:
        if self.manager is not None:
            self.manager.clear_and_reset()
        self.manager = None
        self._callbacks = {}

    # --- to override -----------------------------------------------------------------------
    def build(self) -> None:
        """Create this scene's widgets in ``self.manager``."""

    def teardown(self) -> None:
        """Release anything ``build`` made besides widgets."""

    def update(self, dt: float) -> bool:
        """Advance animations or background work; return True when a redraw is needed."""
        return False

    def draw(self, surface: pygame.Surface) -> None:
        """Own drawing, under this scene's widgets."""

    def handle_event(self, event: pygame.event.Event) -> bool:
        """Events not handled by widgets, callbacks or shortcuts; True when consumed."""
        return False

    def dim_below(self, surface: pygame.Surface) -> None:
        """Darken what the scenes below drew, in place (no full-screen surface to keep)."""
        surface.fill((70, 74, 84), special_flags=pygame.BLEND_RGB_MULT)

    def draw_over(self, surface: pygame.Surface) -> None:
        """Own drawing above this scene's widgets (highlights, drag feedback)."""

    def wants_frames(self) -> bool:
        """True while the scene animates or works in the background (keeps the loop awake)."""
        return False

    def close(self) -> None:
        self.app.pop(self)

    # --- plumbing ----------------------------------------------------------------------------
    def process(self, event: pygame.event.Event) -> None:
        if self.manager is None:
            return
        consumed = self.manager.process_events(event)
        if event.type == pygame_gui.UI_BUTTON_PRESSED:
            cb = self._callbacks.get(event.ui_element)
            if cb is not None:
                self.app.sound.play("click")
                cb()
                return
        if event.type == pygame.KEYDOWN and not consumed and not self._text_focused():
            mods = event.mod & (pygame.KMOD_CTRL | pygame.KMOD_SHIFT)
            entry = self._keys.get((event.key, mods)) or self._keys.get((event.key, -1))
            if entry is not None:
                entry[1]()
                return
        if not consumed:
            self.handle_event(event)

    def _text_focused(self) -> bool:
        if self.manager is None:
            return False
        focus = self.manager.get_focus_set() or ()
        return any(isinstance(e, (pygame_gui.elements.UITextEntryLine,
                                  pygame_gui.elements.UITextEntryBox)) for e in focus)

    def button(self, rect, text: str, callback: Callable[[], None] | None = None, *,
               container=None, tooltip: str | None = None, cls: str | None = None,
               object_id: str | None = None, key: int | None = None, mod: int = 0,
               enabled: bool = True, fit: bool = False) -> UIButton:
        """A button bound to ``callback``; with ``key`` the shortcut is bound too and shown in
        the tooltip; with ``fit`` a text too long for the button is elided, whole in the
        tooltip."""
        if key is not None:
            hint = f"Shortcut: {key_name(key, mod)}"
            tooltip = f"{tooltip}<br><i>{hint}</i>" if tooltip else hint
        rect = pygame.Rect(rect)
        b = ExplainedButton(rect, text, manager=self.manager, container=container,
                            tool_tip_text=tooltip,
                            object_id=pygame_gui.core.ObjectID(object_id=object_id, class_id=cls))
        avail = rect.w - self.theme.u(FIT_PAD)
        if fit and b.font is not None and b.font.size(text)[0] > avail:
            b.set_text(fonts.elide(text, _Measure(b.font), avail))
            whole = esc(text.strip())
            b.set_tooltip(f"<b>{whole}</b><br>{tooltip}" if tooltip else whole)
        if not enabled:
            b.disable()
        if callback is not None:
            self._callbacks[b] = callback
            if key is not None:
                self._keys[(key, mod)] = (text, partial(_if_enabled, b, callback))
        return b

    def key(self, key: int, label: str, callback: Callable[[], None], mod: int = 0) -> None:
        self._keys[(key, mod)] = (label, callback)

    def shortcuts(self) -> list[tuple[str, str]]:
        return [(key_name(k, m), label) for (k, m), (label, _cb) in self._keys.items()]

    def label(self, rect, text: str, *, container=None, cls: str | None = None,
              object_id: str | None = None, tooltip: str | None = None,
              fit: bool = True) -> UILabel:
        """A one-line label; with ``fit`` the text is elided to its box (full text in the
        tooltip) so that it can never overflow."""
        rect = pygame.Rect(rect)
        lab = UILabel(rect, text, manager=self.manager, container=container,
                      object_id=pygame_gui.core.ObjectID(object_id=object_id, class_id=cls))
        if fit:
            fnt = lab.font
            avail = rect.w - 4
            if fnt is not None and fnt.size(text)[0] > avail:
                short = fonts.elide(text, _Measure(fnt), avail)
                lab.set_text(short)
                tooltip = tooltip or text
        if tooltip:
            lab.set_tooltip(tooltip)
        return lab

    def text_box(self, rect, html: str, *, container=None, cls: str | None = None,
                 object_id: str | None = None) -> UITextBox:
        return UITextBox(html, pygame.Rect(rect), manager=self.manager, container=container,
                         object_id=pygame_gui.core.ObjectID(object_id=object_id, class_id=cls))

    def panel(self, rect, *, container=None, cls: str | None = None, layer: int = 1,
              object_id: str | None = None) -> UIPanel:
        return UIPanel(pygame.Rect(rect), starting_height=layer, manager=self.manager,
                       container=container,
                       object_id=pygame_gui.core.ObjectID(object_id=object_id, class_id=cls))


class ExplainedButton(UIButton):
    """A button whose tooltip shows while it is disabled too (pygame_gui's do not): a greyed-out
    button can say why, e.g. End turn's "Not now: ..."."""

    def can_hover(self) -> bool:
        return self.alive() and not self.is_selected and not self.held

    def on_hovered(self) -> None:
        if self.is_enabled:
            super().on_hovered()
        else:
            UIElement.on_hovered(self)  # the tooltip's timer, without the hovered look

    def set_tooltip(self, text=None, *args, **kwargs) -> None:
        """A tooltip on screen whose text changed is dropped, to be shown anew while the mouse
        stays: End turn enabled under the mouse still said "Not now: ..."."""
        if text != self.tool_tip_text and self.tool_tip is not None:
            self.tool_tip.kill()
            self.tool_tip = None
        super().set_tooltip(text, *args, **kwargs)


class _Measure:
    """Adapts a pygame_gui font (``size``) to what fonts.elide expects."""

    def __init__(self, f):
        self.f = f

    def size(self, text: str):
        return self.f.size(text)


def esc(text: str) -> str:
    """Escape text for pygame_gui's HTML subset."""
    return (str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
