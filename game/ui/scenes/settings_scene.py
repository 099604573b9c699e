"""Settings: resolution, fullscreen, UI scale, colours, sound volume, animation speed.

Changes are a draft until Apply (Enter); Apply saves them (atomically, see settings.py) and
rebuilds every screen at the new size, scale and palette. Esc leaves without applying.
"""

from __future__ import annotations

from functools import partial

import pygame
import pygame_gui
from pygame_gui.elements import UIHorizontalSlider

from game.ui.scenes.base import Scene
from game.ui.settings import ANIMATION_SPEEDS, RESOLUTIONS, UI_SCALES
from game.ui.theme import effective_scale


class SettingsScene(Scene):
    name = "settings"

    def __init__(self, app):
        super().__init__(app)
        self.draft = app.settings.copy()
        self.groups: dict[str, dict] = {}
        self.slider = None
        self.volume_label = None
        self.note = None

    def build(self) -> None:
        t = self.theme
        u = t.u
        W, H = self.app.screen.get_size()
        lw, lh = t.logical
        self.panel((0, 0, W, H), cls="@transparent")
        self.label((u(40), u(24), u(600), u(40)), "Settings", cls="@heading")
        x0, lab_w = 40, 170
        opt_x = x0 + lab_w
        avail = lw - opt_x - 40
        rows: list[tuple[str, str, list[tuple[str, object]], object]] = [
            ("resolution", "Window size",
             [(f"{w}×{h}", (w, h)) for (w, h) in RESOLUTIONS], tuple(self.draft.resolution)),
            ("fullscreen", "Display", [("Window", False), ("Full screen", True)],
             self.draft.fullscreen),
            ("ui_scale", "UI scale", [(f"{s}%", s) for s in UI_SCALES], self.draft.ui_scale),
            ("palette", "Colours", [("Standard", "standard"),
                                    ("Colour-blind safe", "colourblind")], self.draft.palette),
            ("animation_speed", "Animations",
             [(n.capitalize(), n) for n in ANIMATION_SPEEDS], self.draft.animation_speed),
        ]
        y = 80
        row_h, gap = 36, 12
        for key, text, options, current in rows:
            self.label((u(x0), u(y), u(lab_w - 10), u(row_h)), text)
            n = len(options)
            ow = min(170, (avail - (n - 1) * 6) // n)
            buttons = {}
            for i, (otext, value) in enumerate(options):
                r = (u(opt_x + i * (ow + 6)), u(y), u(ow), u(row_h))
                b = self.button(r, otext, partial(self.choose, key, value), cls="@tab")
                if value == current:
                    b.select()
                buttons[value] = b
            self.groups[key] = buttons
            y += row_h + gap
        # volume
        self.label((u(x0), u(y), u(lab_w - 10), u(row_h)), "Sound volume")
        sw = min(400, avail - 80)
        self.slider = UIHorizontalSlider(pygame.Rect(u(opt_x), u(y), u(sw), u(row_h)),
                                         self.draft.volume, (0, 100), manager=self.manager,
                                         click_increment=5)
        self.volume_label = self.label((u(opt_x + sw + 10), u(y), u(70), u(row_h)),
                                       f"{self.draft.volume}%")
        y += row_h + gap
        self.note = self.label((u(x0), u(y), u(lw - 80), u(24)), self._note_text(), cls="@dim")
        y += 34
        bw = 150
        by = min(y + 10, lh - 60)
        self.button((u(x0), u(by), u(bw), u(40)), "Apply", self.apply, cls="@primary",
                    key=pygame.K_RETURN, tooltip="Save and use these settings")
        self.button((u(x0 + bw + 12), u(by), u(bw), u(40)), "Back", self.close,
                    tooltip="Leave without applying", key=pygame.K_BACKSPACE)
        self.button((u(x0 + 2 * (bw + 12)), u(by), u(bw), u(40)), "Defaults", self.defaults,
                    tooltip="Put every setting back to its default")

    def _note_text(self) -> str:
        eff = effective_scale(self.draft.ui_scale, tuple(self.draft.resolution))
        cfg = "saved in your user settings folder"
        if round(eff * 100) < self.draft.ui_scale:
            return (f"At {self.draft.resolution[0]}×{self.draft.resolution[1]} the UI scale is "
                    f"limited to {round(eff * 100)}% so that every screen fits; {cfg}.")
        return f"Settings are {cfg}."

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill(self.theme.c("bg"))

    def choose(self, key: str, value) -> None:
        setattr(self.draft, key, value)
        for v, b in self.groups[key].items():
            (b.select if v == value else b.unselect)()
        if self.note is not None:
            self.note.set_text(self._note_text())

    def handle_event(self, event) -> bool:
        if event.type == pygame_gui.UI_HORIZONTAL_SLIDER_MOVED and event.ui_element is self.slider:
            self.draft.volume = int(self.slider.get_current_value())
            self.volume_label.set_text(f"{self.draft.volume}%")
            return True
        return False

    def apply(self) -> None:
        draft = self.draft.copy()
        self.app.apply_settings(draft)
        self.app.sound.play("vote")

    def defaults(self) -> None:
        from game.ui.settings import Settings

        keep = self.draft.tutorial_offered
        self.draft = Settings()
        self.draft.tutorial_offered = keep
        self.rebuild()
