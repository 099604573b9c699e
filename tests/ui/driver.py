"""Driving the UI headless the way a player does: posted mouse clicks and key presses."""

from __future__ import annotations

import pygame
import pygame_gui


def buttons(scene) -> dict[str, pygame_gui.elements.UIButton]:
    """The scene's visible buttons by their text."""
    out = {}
    for element in scene.manager.get_root_container().elements if scene.manager else []:
        _collect(element, out)
    return out


def _collect(element, out) -> None:
    if isinstance(element, pygame_gui.elements.UIButton) and element.visible:
        out.setdefault(element.text.strip(), element)
    for child in getattr(element, "elements", []) or []:
        _collect(child, out)
    container = getattr(element, "get_container", None)
    if container is not None and container() is not element:
        for child in getattr(container(), "elements", []):
            _collect(child, out)


def click_at(app, pos) -> None:
    for kind in (pygame.MOUSEMOTION, pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP):
        data = {"pos": pos}
        if kind == pygame.MOUSEMOTION:
            data |= {"rel": (0, 0), "buttons": (0, 0, 0)}
        else:
            data["button"] = 1
        pygame.event.post(pygame.event.Event(kind, data))
        app.tick(0.05)
    app.tick(0.05)


def click(app, text: str) -> None:
    """Click the top scene's button whose text is (or starts with) ``text``."""
    scene = app.top
    found = buttons(scene)
    button = found.get(text) or next((b for t, b in found.items() if t.startswith(text)), None)
    assert button is not None, f"no button {text!r} on {type(scene).__name__}: {sorted(found)}"
    click_at(app, button.get_abs_rect().center)


def press(app, key: int, mod: int = 0) -> None:
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, {"key": key, "mod": mod,
                                                          "unicode": "", "scancode": 0}))
    pygame.event.post(pygame.event.Event(pygame.KEYUP, {"key": key, "mod": mod}))
    app.tick(0.05)


def run_ai(app, game) -> None:
    """Let the AI nations act, a few frames at a time, as the window would. A frame acts for a
    few milliseconds of wall time but at least once, so a loaded machine needs more frames:
    the bound only stops a loop that would never end."""
    for _ in range(5000):
        if not game.ctl.ai_busy():
            break
        app.tick(0.05)
    app.tick(0.05)
