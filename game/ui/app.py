"""The one loop: a window, a stack of scenes, events in, frames out.

``main(args)`` opens the window on the main menu and runs until the player quits. ``App`` is
also what the tests, the screenshot tool and the benchmark drive, headless: they post events and
call ``tick``.

Nothing is redrawn while nothing changes: the loop sleeps (``wait_for_events``) when no scene is
busy and no input arrived lately, so an idle window costs next to no CPU. A scene alone on
the screen may say which areas changed (``dirty_rects``, e.g. the main screen's panels): only
those are drawn and pushed to the display, and a frame in which nothing changed pushes nothing.

The window opens on the main menu's face, drawn at once in plain pygame (game.ui.menu_model), so
it is never black while the interface loads and the menu is on screen before pygame_gui is even
imported; it carries the game's name as its class (window managers group and label it
by that, not by the script that started Python).
"""

from __future__ import annotations

import importlib
import os
import sys
import time
from pathlib import Path
from typing import Callable

import pygame

from game.ui import keys as K
from game.ui import state_dump
from game.ui.settings import Settings
from game.ui.sound import Sound
from game.ui.theme import Theme, load_theme

ACTIVE_FPS = 60
HOVER_GRACE = 1.2
"""Seconds of redrawing after the last input, so hover states and tooltips appear."""
IDLE_WAKE_MS = 250
"""While idle, the scenes' updates (timers, autosave, the AI's progress) still run this often."""
IDLE_POLL_S = 1 / ACTIVE_FPS
"""While idle, the event queue is looked at this often: input is answered within one frame's
time. pygame's own ``event.wait`` looks every millisecond (2 % of a core doing nothing); this
costs about a quarter of a percent."""
APP_ID = "collective-security"
"""The window's class (X11 WM_CLASS) and app id (Wayland): the command's and the game's name."""
TITLE = "Collective Security"


def name_the_window() -> None:
    """Give the window the game's name as its class (X11) and app id (Wayland), read by SDL
    when the window opens. pygame, on import, names it after ``sys.argv[0]`` (``__main__.py``
    under ``python -m game``): that default is replaced, a name the user chose is kept."""
    pygame_default = os.path.basename(sys.argv[0]) if sys.argv else ""
    for name in ("SDL_VIDEO_X11_WMCLASS", "SDL_VIDEO_WAYLAND_WMCLASS", "SDL_APP_ID"):
        if os.environ.get(name) in (None, "", pygame_default):
            os.environ[name] = APP_ID


def wait_for_events(timeout_ms: int) -> list:
    """The events that arrive within ``timeout_ms`` (at least one, unless the time ran out),
    sleeping between looks at the queue instead of spinning."""
    deadline = time.perf_counter() + timeout_ms / 1000
    while True:
        events = pygame.event.get()
        if events or time.perf_counter() >= deadline:
            return events
        time.sleep(IDLE_POLL_S)


def scene_class(name: str) -> type:
    """The class of the scene registered as ``name``, its module imported now."""
    from game.ui.scenes import SCENES

    try:
        module, attr = SCENES[name].split(":")
    except KeyError:
        raise KeyError(f"no scene named {name!r} (known: {', '.join(sorted(SCENES))})") from None
    return getattr(importlib.import_module(module), attr)


class App:
    def __init__(self, settings: Settings | None = None, *, size: tuple[int, int] | None = None,
                 fullscreen: bool | None = None, ui_scale: int | None = None,
                 config_dir: Path | None = None,
                 save_dir: Path | None = None, campaign_dirs: list[Path] | None = None):
        self.t0 = time.perf_counter()
        self.config_dir = config_dir
        self.settings = settings if settings is not None else Settings.load(config_dir)
        self.save_dir = save_dir
        self.campaign_dirs = campaign_dirs
        name_the_window()
        pygame.display.init()
        pygame.font.init()
        pygame.key.set_repeat(*K.REPEAT)
        if size is not None:
            self.settings.resolution = (size[0], size[1])
        if fullscreen is not None:
            self.settings.fullscreen = fullscreen
        if ui_scale is not None:
            self.settings.ui_scale = max(100, min(200, int(ui_scale)))
        self.screen = self._open_window()
        pygame.display.set_caption(TITLE)
        self.theme: Theme = load_theme(self.settings.palette, self.settings.ui_scale,
                                       self.screen.get_size())
        self.face_at = 0.0
        """When the menu's face was on screen (``splash``): the start-up figure of bench_ui."""
        self.splash()
        self._gui_theme = None
        self.stack: list = []
        self.sound = Sound(self.settings.volume)
        self.clock = pygame.time.Clock()
        self.running = True
        self._held: set[int] = set()
        """Keys down and not yet up: a KEYDOWN of one of them is a repeat (see K.REPEATS)."""
        self._dirty = True
        self._full = True
        """The whole window is to be drawn and pushed (a scene came or went, it was exposed)."""
        self._active_until = 0.0
        self.frames = 0
        self.first_frame_at: float | None = None
        self._after_first_frame: list[Callable[[], None]] = [self.sound.init]
        self.session = None
        """The running game (a game.session Session), when one is open."""
        self.last_frame_ms = 0.0
        self.dump = state_dump.from_environment(self.t0)
        """Scripts driving the real window read what it shows here (game.ui.state_dump)."""
        if self.dump is not None:
            self.dump.write(self, idle=False)  # the splash is up: no scene yet

    # --- window ---------------------------------------------------------------------------
    def _open_window(self) -> pygame.Surface:
        size = tuple(self.settings.resolution)
        flags = 0
        if self.settings.fullscreen and os.environ.get("SDL_VIDEODRIVER") != "dummy":
            flags |= pygame.FULLSCREEN
            size = (0, 0) if size == (0, 0) else size
        else:
            flags |= pygame.RESIZABLE
        try:
            return pygame.display.set_mode(size, flags)
        except pygame.error:
            return pygame.display.set_mode((1280, 720))

    def splash(self) -> None:
        """The main menu's face (game.ui.menu_model) in plain pygame, shown at once: pygame_gui
        and the menu's widgets load behind it, and the menu then takes its place unchanged."""
        from game.ui import menu_model

        size = self.screen.get_size()
        can_continue = menu_model.latest(self) is not None
        menu_model.draw_face(self.screen, self.theme,
                             menu_model.layout(self.theme, size, can_continue))
        pygame.display.flip()
        pygame.event.pump()  # let the window system map the window and take the frame
        self.face_at = time.perf_counter()

    def apply_settings(self, new: Settings, *, save: bool = True) -> None:
        """Take new settings: reopen the window if needed, rebuild the theme and every scene."""
        old = self.settings
        self.settings = new
        if (tuple(old.resolution) != tuple(new.resolution) or old.fullscreen != new.fullscreen):
            self.screen = self._open_window()
        self.sound.set_volume(new.volume)
        self.refresh_theme()
        if save:
            try:
                new.save(self.config_dir)
            except OSError:
                pass

    def refresh_theme(self) -> None:
        self.theme = load_theme(self.settings.palette, self.settings.ui_scale,
                                self.screen.get_size())
        self._gui_theme = None
        for scene in self.stack:
            scene.rebuild()
        self.invalidate(full=True)

    def new_manager(self):
        """A pygame_gui manager for one scene, sharing the theme (and its loaded fonts)."""
        import pygame_gui

        size = self.screen.get_size()
        if self._gui_theme is None:
            m = pygame_gui.UIManager(size, self.theme.gui, enable_live_theme_updates=False)
            font = self.theme.gui.get("defaults", {}).get("font", {})
            if "size" in font:  # the '<i>' of hints and shortcuts, loaded now, not mid-frame
                m.preload_fonts([{"name": font["name"], "point_size": int(font["size"]),
                                  "style": "italic"}])
            self._gui_theme = m.get_theme()
            return m
        m = pygame_gui.UIManager(size, None, enable_live_theme_updates=False)
        m.set_ui_theme(self._gui_theme)
        return m

    # --- the stack --------------------------------------------------------------------------
    @property
    def top(self):
        return self.stack[-1] if self.stack else None

    def make(self, scene, *args, **kwargs):
        """``scene`` itself, or the scene registered under that name (game.ui.scenes.SCENES)
        built with ``args``: the screens open each other by name, never by import."""
        if not isinstance(scene, str):
            if args or kwargs:
                raise TypeError("arguments are for a scene given by name")
            return scene
        return scene_class(scene)(self, *args, **kwargs)

    def push(self, scene, *args, **kwargs):
        """Put a scene (or the one registered under a name, see ``make``) on top; returns it."""
        scene = self.make(scene, *args, **kwargs)
        if self.stack:
            below = self.stack[-1]
            below.pause()
            if scene.overlay and below.manager is not None:
                # it stays drawn under the dialog, as its widgets were last set (End turn's
                # label): pygame_gui shows a change only from its next update
                below.manager.update(0.0)
        self.stack.append(scene)
        scene.enter()
        self.invalidate(full=True)
        return scene

    def pop(self, scene=None) -> None:
        """Pop the top scene (or ``scene`` and everything above it)."""
        if not self.stack:
            return
        if scene is not None and scene in self.stack:
            while self.stack and self.stack[-1] is not scene:
                self.stack.pop().exit()
        if self.stack:
            self.stack.pop().exit()
        if self.stack:
            self.stack[-1].resume()
        else:
            self.running = False
        self.invalidate(full=True)

    def replace(self, scene, *args, **kwargs):
        """Put a scene in the top one's place; returns it."""
        scene = self.make(scene, *args, **kwargs)
        if self.stack:
            self.stack.pop().exit()
        self.stack.append(scene)
        scene.enter()
        self.invalidate(full=True)
        return scene

    def reset(self, scene, *args, **kwargs):
        """Clear the stack down to ``scene`` alone (e.g. back to the main menu); returns it."""
        scene = self.make(scene, *args, **kwargs)
        while self.stack:
            self.stack.pop().exit()
        self.stack.append(scene)
        scene.enter()
        self.invalidate(full=True)
        return scene

    def find(self, kind):
        """The topmost scene of a class, or of a name (``app.find("game")``), or None."""
        for s in reversed(self.stack):
            if s.name == kind if isinstance(kind, str) else isinstance(s, kind):
                return s
        return None

    # --- the loop -----------------------------------------------------------------------------
    def invalidate(self, seconds: float = 0.0, *, full: bool = False) -> None:
        """Ask for a redraw now (of the whole window with ``full``), and keep redrawing for
        ``seconds``."""
        self._dirty = True
        self._full = self._full or full
        if seconds:
            self._active_until = max(self._active_until, time.perf_counter() + seconds)

    def quit(self) -> None:
        self.running = False

    def busy(self) -> bool:
        return time.perf_counter() < self._active_until

    def tick(self, dt: float | None = None, events: list | None = None) -> bool:
        """Process pending events, update, and draw when something changed. Returns drew."""
        if dt is None:
            dt = 1.0 / ACTIVE_FPS
        if events is None:
            events = pygame.event.get()
        for event in events:
            self.handle(event)
            if not self.running:
                return False
        needs = False
        top_before = self.top
        for scene in list(self.stack):
            if scene.manager is not None and scene is self.top:
                scene.manager.update(dt)
            if scene.update(dt):
                needs = True
        top = self.top
        if top is not None and top.manager is not None and (needs or top is not top_before):
            # Widgets changed by the updates (End turn enabled once the AI is done) or a scene
            # pushed during them: pygame_gui shows such changes from its next update, so without
            # this the frame drawn now would show them stale, and the idle loop would keep it.
            top.manager.update(0.0)
        if needs:
            self._dirty = True
        if self._dirty or self.busy():
            return self.draw()
        return False

    def handle(self, event) -> None:
        if event.type == pygame.QUIT:
            self.running = False
            return
        if event.type in (pygame.VIDEORESIZE, pygame.WINDOWSIZECHANGED):
            size = self.screen.get_size() if event.type == pygame.WINDOWSIZECHANGED else event.size
            if size != tuple(self.theme.size) and not self.settings.fullscreen:
                self.screen = pygame.display.get_surface() or self.screen
                self.settings.resolution = self.screen.get_size()
                self.refresh_theme()
            return
        if event.type in (pygame.MOUSEMOTION, pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP,
                          pygame.MOUSEWHEEL, pygame.KEYDOWN, pygame.KEYUP, pygame.TEXTINPUT):
            self.invalidate(HOVER_GRACE)
        elif event.type in (pygame.WINDOWEXPOSED, pygame.WINDOWSHOWN, pygame.WINDOWRESTORED,
                            pygame.WINDOWFOCUSGAINED, pygame.ACTIVEEVENT):
            self.invalidate(full=True)
        else:
            self.invalidate(0.1)
        top = self.top
        if event.type == pygame.KEYDOWN and self._repeated(event.key, top):
            return
        if event.type == pygame.KEYUP:
            self._held.discard(event.key)
        elif event.type in (pygame.WINDOWFOCUSLOST, pygame.WINDOWFOCUSGAINED):
            self._held.clear()  # a key let go in another window sends us no KEYUP
        if top is not None:
            top.process(event)

    def _repeated(self, key: int, top) -> bool:
        """True for a held key's repeat that should not act again: only movement repeats,
        and any key in a text field. pygame_gui turns repeating off when a text field loses
        focus; it is turned back on here."""
        if pygame.key.get_repeat() == (0, 0):
            pygame.key.set_repeat(*K.REPEAT)
        if key not in self._held:
            self._held.add(key)
            return False
        text = top is not None and top._text_focused()
        return key not in K.REPEATS and not text

    def draw(self) -> bool:
        """Draw what changed and push it to the display; returns False when nothing had."""
        t = time.perf_counter()
        surf = self.screen
        start = len(self.stack) - 1
        while start > 0 and self.stack[start].overlay:
            start -= 1
        areas = None
        top = self.top
        if start == len(self.stack) - 1 and hasattr(top, "dirty_rects"):
            areas = top.dirty_rects()  # asked on every frame: the scene keeps its accounts
        self._dirty = False
        if self._full:
            areas = None
        elif areas == []:
            return False
        if not self.stack:
            surf.fill(self.theme.c("bg"))
        for area in areas or [None]:
            surf.set_clip(area)
            for scene in self.stack[max(0, start):]:
                scene.draw(surf)
                if scene.manager is not None:
                    scene.manager.draw_ui(surf)
                scene.draw_over(surf)
        surf.set_clip(None)
        if areas is None:
            pygame.display.flip()
        else:
            pygame.display.update(areas)
        self._full = False
        self.frames += 1
        if self.dump is not None:
            self.dump.write(self, idle=False)
        self.last_frame_ms = (time.perf_counter() - t) * 1000
        if self.first_frame_at is None:
            self.first_frame_at = time.perf_counter()
            for fn in self._after_first_frame:
                fn()
            self._after_first_frame.clear()
        return True

    def run(self) -> None:
        """The interactive loop: event-driven when idle, 60 fps while anything moves."""
        last = time.perf_counter()
        while self.running and self.stack:
            if self._dirty or self.busy() or any(s.wants_frames() for s in self.stack):
                self.clock.tick(ACTIVE_FPS)
                events = pygame.event.get()
            else:
                if self.dump is not None:
                    self.dump.write(self, idle=True)
                events = wait_for_events(IDLE_WAKE_MS)
            now = time.perf_counter()
            dt, last = min(0.25, now - last), now
            self.tick(dt, events)

    def shutdown(self) -> None:
        from game.ui import fonts

        while self.stack:
            self.stack.pop().exit()
        fonts.font.cache_clear()  # fonts die with pygame.quit(); a later App loads them anew
        pygame.quit()


def _parse_size(text) -> tuple[int, int] | None:
    if not text:
        return None
    try:
        w, h = str(text).lower().split("x")
        return int(w), int(h)
    except ValueError:
        return None


def main(args=None) -> int:
    """Open the game on the main menu. ``args`` (from game.cli) may carry ``size``
    ("1280x720"), ``fullscreen``, ``scale`` (UI percent), ``campaign``, ``nation`` and ``seed``;
    every one is optional."""
    size = _parse_size(getattr(args, "size", None))
    fullscreen = getattr(args, "fullscreen", None)
    app = App(size=size, fullscreen=fullscreen if fullscreen else None,
              ui_scale=getattr(args, "scale", None) or None)
    menu = app.push("main_menu")
    campaign = getattr(args, "campaign", None)
    if campaign:
        menu.open_campaign(campaign, getattr(args, "nation", None), getattr(args, "seed", None))
    try:
        app.run()
    finally:
        app.shutdown()
    return 0
