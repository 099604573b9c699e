"""A held key repeats only where repeating means something (panning, zooming, moving in a
list): on a busy machine a frame can outlast the repeat's delay, and one press of Esc in the
council chamber closed it and then opened the game menu (seen in a real window)."""

from __future__ import annotations

import pygame

from game.ui.scenes.help_scene import HelpScene


def down(app, key: int) -> None:
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode="",
                                         scancode=0))
    app.tick(0.05)


def up(app, key: int) -> None:
    pygame.event.post(pygame.event.Event(pygame.KEYUP, key=key, mod=0, unicode="",
                                         scancode=0))
    app.tick(0.05)


def test_a_held_escape_closes_one_scene(app):
    """Esc held (a KEYDOWN, its repeat, then the KEYUP) closes the scene on top only; the
    next press closes the next one."""
    first, second = HelpScene(app), HelpScene(app)
    app.push(first)
    app.push(second)
    app.tick(0.05)
    down(app, pygame.K_ESCAPE)
    down(app, pygame.K_ESCAPE)  # the repeat of a key still held
    assert app.top is first
    up(app, pygame.K_ESCAPE)
    down(app, pygame.K_ESCAPE)
    assert first not in app.stack


def test_a_held_arrow_still_moves_through_a_list(app):
    """Down held moves through the help topics once per repeat, as a list should."""
    scene = HelpScene(app)
    app.push(scene)
    app.tick(0.05)
    down(app, pygame.K_DOWN)
    down(app, pygame.K_DOWN)
    down(app, pygame.K_DOWN)
    assert scene.index == 3
