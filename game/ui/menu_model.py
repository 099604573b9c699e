"""The main menu without pygame_gui: what it offers, where each thing stands, and its face.

Importing pygame_gui and building the menu's widgets is most of the time from start to menu.
The window therefore opens on the menu's face, drawn here with plain pygame from the same
layout and the same theme the real menu (scenes/main_menu.py) builds its widgets from; the
real menu then takes its place, looking the same, and answers the input that came meanwhile.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pygame

from game.ui import fonts
from game.ui.widgets.layout import column
from game.ui.widgets.title_art import title_art

VERSION = "0.1"
TITLE = "Collective Security"
SUBTITLE = "All against any — from the League of Nations to the responsibility to protect"
FOOTER = f"Version {VERSION} · free software under the GNU GPL v3 or later · F1 help · Q quit"

ENTRIES = (
    ("continue", "Continue", "Resume the most recent game", pygame.K_c),
    ("new", "New campaign", "Lead one nation through an era", pygame.K_n),
    ("tutorial", "Tutorial",
     "A short guided scenario: the screen, the controls and the voting rules", pygame.K_t),
    ("hotseat", "Hot-seat game", "Two to six people at one screen, each leading a nation",
     pygame.K_h),
    ("load", "Load game", "Saved games and autosaves", pygame.K_l),
    ("custom", "Custom campaigns",
     "Campaigns from your own folder, with any problems found in them", pygame.K_u),
    ("settings", "Settings", "Resolution, UI scale, colours, sound, animation", pygame.K_s),
    ("help", "Help & encyclopedia",
     "How collective security works, the voting rules, the controls", pygame.K_F1),
    ("quit", "Quit", "Leave the game", pygame.K_q),
)
"""The menu's buttons: key, text, tooltip, keyboard shortcut."""


@dataclass(frozen=True)
class Label:
    rect: pygame.Rect
    text: str
    cls: str


@dataclass(frozen=True)
class Button:
    key: str
    rect: pygame.Rect
    text: str
    cls: str
    tooltip: str
    shortcut: int
    enabled: bool


@dataclass(frozen=True)
class MenuLayout:
    labels: tuple[Label, ...]
    buttons: tuple[Button, ...]


def save_folder(app) -> Path:
    """Where the player's saves are: the App's own folder (tests, tools) or the user's."""
    if getattr(app, "save_dir", None) is not None:
        return Path(app.save_dir)
    from game.session.paths import saves_dir

    return saves_dir()


def latest(app):
    """The newest save whose header reads (game.session.header), or None: what the main menu
    offers to continue. Asked before the menu's first frame, so it reads no more than the
    files' heads and does not load the engine."""
    from game.session.header import newest

    return newest(save_folder(app))


def layout(theme, size: tuple[int, int], can_continue: bool) -> MenuLayout:
    """Every label and button of the menu in pixels; Continue leads when there is a save."""
    u = theme.u
    H = size[1]
    lw, lh = theme.logical
    labels = (
        Label(pygame.Rect(u(56), u(36), u(min(700, lw - 80)), u(66)), TITLE, "@title"),
        Label(pygame.Rect(u(60), u(100), u(min(700, lw - 80)), u(26)), SUBTITLE, "@subtitle"),
        Label(pygame.Rect(u(60), H - u(34), u(min(720, lw - 80)), u(22)), FOOTER, "@dim"),
    )
    primary = "continue" if can_continue else "new"
    rects = column(60, 150, 300, 40, len(ENTRIES), 9, lh - 44, col_gap=24)
    buttons = tuple(
        Button(key, pygame.Rect(u(r.x), u(r.y), u(r.w), u(r.h)), text,
               "@primary" if key == primary else "@menu_button", tip, shortcut,
               can_continue or key != "continue")
        for (key, text, tip, shortcut), r in zip(ENTRIES, rects))
    return MenuLayout(labels, buttons)


def draw_face(surface: pygame.Surface, theme, menu: MenuLayout) -> None:
    """The menu as its widgets will draw it, in plain pygame: the title art, the labels, the
    buttons in their colours (a hover look needs the real widgets)."""
    surface.blit(title_art(surface.get_size(), theme), (0, 0))
    for label in menu.labels:
        fnt = _font(theme, label.cls)
        text = fonts.elide(label.text, fnt, label.rect.w - 4)
        image = fnt.render(text, True, _colour(theme, label.cls, "normal_text"))
        surface.blit(image, image.get_rect(midleft=label.rect.midleft))
    misc = theme.gui["#default_shape_style"]["misc"]
    radius, border = int(misc["shape_corner_radius"]), int(misc["border_width"])
    for b in menu.buttons:
        state = "normal" if b.enabled else "disabled"
        pygame.draw.rect(surface, _colour(theme, b.cls, f"{state}_border"), b.rect,
                         border_radius=radius)
        pygame.draw.rect(surface, _colour(theme, b.cls, f"{state}_bg"),
                         b.rect.inflate(-2 * border, -2 * border),
                         border_radius=max(0, radius - border))
        image = _font(theme, b.cls).render(b.text, True, _colour(theme, b.cls, f"{state}_text"))
        surface.blit(image, image.get_rect(center=b.rect.center))


def _font(theme, cls: str) -> pygame.font.Font:
    block = theme.gui.get(cls, {}).get("font") or theme.gui["defaults"]["font"]
    return fonts.font(int(block["size"]), block.get("bold") == "1")


def _colour(theme, cls: str, key: str) -> pygame.Color:
    """A colour of a theme class as pygame_gui resolves it: the class's, else the default."""
    value = theme.gui.get(cls, {}).get("colours", {}).get(key)
    return pygame.Color(value or theme.gui["defaults"]["colours"][key])
