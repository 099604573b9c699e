"""Playing the real game in a real X window: Xvfb for the screen, xdotool for the mouse and the
keyboard, the game's own state dump (game.ui.state_dump) for the eyes.

``RealWindow`` starts the installed ``collective-security`` command as a player would, with a
fresh home folder (no saves or settings of the developer's leak in), finds its window by class,
and clicks buttons by finding their rectangle in the dump and clicking their centre on the
screen. Waiting is always for something the dump shows, never for a fixed time.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable
from shots import SHOTS as TEST_SHOTS

REPO = Path(__file__).resolve().parents[2]
APP_CLASS = "collective-security"
COMMANDS = ("Xvfb", "xdotool", "import")
"""The X server, the hands, and the camera (ImageMagick's import)."""
SCREEN = (1600, 1000)
STEP_TIMEOUT = 30.0
SHOTS = TEST_SHOTS / "realwindow"
"""Where the screenshots go, to be looked at (tests/shots.py: never into the repository)."""

Dump = dict
Check = Callable[[Dump], bool]


def missing_tools() -> list[str]:
    """What this machine lacks to run the game in a real window."""
    missing = [c + (" (ImageMagick)" if c == "import" else "") for c in COMMANDS
               if shutil.which(c) is None]
    if not game_command().exists():
        missing.append(str(game_command()))
    return missing


def game_command() -> Path:
    """The installed console script, next to the Python that runs the tests."""
    return Path(sys.executable).parent / "collective-security"


class RealWindow:
    def __init__(self, tmp: Path):
        self.tmp = tmp
        self.dump_path = tmp / "state.json"
        self.shots = SHOTS
        self.shots.mkdir(parents=True, exist_ok=True)
        for old in self.shots.glob("*.png"):  # this run's pictures only
            old.unlink()
        self.home = tmp / "home"
        self.xvfb: subprocess.Popen | None = None
        self.game: subprocess.Popen | None = None
        self.display = ""
        self.window = ""
        self.launched_at = 0.0
        self.last: Dump = {}
        self.seen: list[Dump] = []
        """Every distinct dump read, in order (for checks over the whole run)."""

    # --- processes ------------------------------------------------------------------------
    def start_display(self) -> None:
        """Xvfb on the first free display number (it picks and tells us through a pipe)."""
        read, write = os.pipe()
        self.xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24",
             "-nolisten", "tcp", "-noreset"],
            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        self.display = f":{number}"

    def launch(self, *args: str) -> None:
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("SDL_", "XDG_", "COLLECTIVE_SECURITY_"))}
        env.update({
            "DISPLAY": self.display,
            "HOME": str(self.home),
            "XDG_CONFIG_HOME": str(self.home / ".config"),
            "XDG_DATA_HOME": str(self.home / ".local" / "share"),
            "XDG_STATE_HOME": str(self.home / ".local" / "state"),
            "XDG_CACHE_HOME": str(self.home / ".cache"),
            "SDL_AUDIODRIVER": "dummy",  # CI machines have no sound card
            "COLLECTIVE_SECURITY_STATE_DUMP": str(self.dump_path),
            # the checkout under test, whichever checkout the venv was installed from
            "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")])),
        })
        self.home.mkdir(parents=True, exist_ok=True)
        self.log = open(self.tmp / "game.log", "wb")
        self.launched_at = time.perf_counter()
        self.game = subprocess.Popen([str(game_command()), *args], env=env, cwd=self.home,
                                     stdout=self.log, stderr=subprocess.STDOUT)

    def close(self) -> None:
        for proc in (self.game, self.xvfb):
            if proc is not None and proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
        if getattr(self, "log", None) is not None:
            self.log.close()

    def game_output(self) -> str:
        path = self.tmp / "game.log"
        return path.read_text(errors="replace")[-3000:] if path.exists() else ""

    # --- X --------------------------------------------------------------------------------
    def xdotool(self, *args: str) -> str:
        out = subprocess.run(["xdotool", *args], env={**os.environ, "DISPLAY": self.display},
                             capture_output=True, text=True, timeout=20)
        return out.stdout.strip()

    def find_window(self, timeout: float = STEP_TIMEOUT) -> str:
        """The game's window, found by its class as a window manager sees it."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            self._check_alive()
            found = self.xdotool("search", "--onlyvisible", "--class", f"^{APP_CLASS}$")
            if found:
                self.window = found.split()[0]
                return self.window
            time.sleep(0.01)
        raise AssertionError(f"no visible window of class {APP_CLASS!r} appeared\n"
                             + self.game_output())

    def geometry(self) -> tuple[int, int, int, int]:
        """The window's position on the screen and its size."""
        values = dict(line.split("=", 1) for line in
                      self.xdotool("getwindowgeometry", "--shell", self.window).splitlines())
        return (int(values["X"]), int(values["Y"]), int(values["WIDTH"]),
                int(values["HEIGHT"]))

    def focus(self) -> None:
        self.xdotool("windowfocus", "--sync", self.window)

    def click_at(self, x: int, y: int) -> None:
        """Move the real pointer to a window position and click, as a hand on a mouse does."""
        wx, wy, _w, _h = self.geometry()
        # one xdotool call: the move and the click reach X in order (``mousemove --sync`` would
        # wait for a motion that never comes when the pointer is already there)
        self.xdotool("mousemove", str(wx + x), str(wy + y), "click", "1")

    def key(self, name: str) -> None:
        self.xdotool("key", "--clearmodifiers", name)

    def screenshot(self, name: str) -> Path:
        """What the X server shows in the window's place, as a PNG."""
        path = self.shots / f"{name}.png"
        x, y, w, h = self.geometry()
        subprocess.run(["import", "-window", "root", "-crop", f"{w}x{h}+{x}+{y}", "+repage",
                        str(path)], env={**os.environ, "DISPLAY": self.display},
                       capture_output=True, timeout=20, check=True)
        return path

    # --- the dump -------------------------------------------------------------------------
    def read(self) -> Dump | None:
        try:
            data = json.loads(self.dump_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if data.get("seq") != self.last.get("seq"):
            self.seen.append(data)
            self.last = data
        return data

    def wait(self, check: Check, what: str, *, idle: bool = False,
             timeout: float = STEP_TIMEOUT) -> Dump:
        """The first dump for which ``check`` holds (with ``idle``: once the loop went idle,
        i.e. nothing more is going to happen by itself)."""
        data = self.poll(lambda d: (d["idle"] or not idle) and check(d), timeout)
        if data is None:
            self.screenshot("timeout")
            raise AssertionError(f"timed out waiting for {what}; the window shows:\n"
                                 + describe(self.last))
        print(f"{time.perf_counter() - self.launched_at:7.2f} s  {what}")
        return data

    def poll(self, check: Check, timeout: float) -> Dump | None:
        """The first dump for which ``check`` holds, or None after ``timeout`` seconds."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            self._check_alive()
            data = self.read()
            if data is not None and check(data):
                return data
            time.sleep(0.02)
        return None

    def _check_alive(self) -> None:
        if self.game is not None and self.game.poll() is not None:
            raise AssertionError(f"the game exited ({self.game.returncode}):\n"
                                 + self.game_output())

    # --- acting like a player -------------------------------------------------------------
    def click(self, text: str, *, kind: str | None = None) -> Dump:
        """Click the top scene's enabled button whose text is (or starts with) ``text``."""
        data = self.wait(lambda d: find(d, text, kind) is not None,
                         f"an enabled button {text!r}")
        button = find(data, text, kind)
        x, y, w, h = button["rect"]
        self.click_at(x + w // 2, y + h // 2)
        return data

    def hover(self, button: dict) -> None:
        """Rest the pointer on a button (enabled or not), as a player does to read its tooltip."""
        wx, wy, _w, _h = self.geometry()
        x, y, w, h = button["rect"]
        self.xdotool("mousemove", str(wx + x + w // 2), str(wy + y + h // 2))

    def after(self, data: Dump, check: Check, what: str, *,
              timeout: float = STEP_TIMEOUT) -> Dump:
        """Wait for a new dump (after ``data``) that passes ``check``."""
        return self.wait(lambda d: d["seq"] > data["seq"] and check(d), what, timeout=timeout)

    def reach(self, check: Check, what: str, *, handle: Callable[[Dump], bool] | None = None,
              timeout: float = 60.0) -> Dump:
        """Wait for ``check``, answering whatever comes up in between as a player would:
        dialogs (by a button or Esc), the council's ballots and results. ``handle`` gets a
        first look at each screen and returns True when it acted."""
        deadline = time.perf_counter() + timeout
        while True:
            left = deadline - time.perf_counter()
            if left <= 0:
                raise AssertionError(f"never reached {what}; the window shows:\n"
                                     + describe(self.last))
            data = self.wait(lambda d: check(d) or blocking(d), what, idle=True, timeout=left)
            if check(data):
                return data
            if handle is not None and handle(data):
                continue
            self.answer(data)

    def answer(self, data: Dump) -> None:
        """Get past a screen in the way: vote what the council asks, end its debate, close the
        rest (Esc, or the dialog's main button when Esc does not close it)."""
        if data["top"] == "council":
            # wait for the click's effect, not merely a new frame (the pointer's move alone
            # redraws): a second click on Close would land on End turn below it
            self.click(next((t for t in ("Yes", "End the debate") if find(data, t) is not None),
                            "Close"))
            self.after(data, lambda d: (d["scenes"], d["status"]) != (data["scenes"],
                                                                     data["status"]),
                       "the council to take it")
            return
        self.key("Escape")
        if self.poll(lambda d: d["scenes"] != data["scenes"], 3.0) is None:
            self.click(primary(data)["text"])
            self.after(data, lambda d: d["scenes"] != data["scenes"], f"{data['top']} to close")


ROUTE = ("main_menu", "campaign_select", "nation_select", "game", "save_load")
"""The screens the test walks through itself; whatever else comes up is answered."""


def blocking(data: Dump) -> bool:
    """A screen that waits for the player before the game can go on: a dialog (a tutorial
    offer, a briefing, an event's choice), the council's ballots or results."""
    return data["modal"] or data["top"] not in ROUTE


def find(data: Dump, text: str, kind: str | None = None) -> dict | None:
    for b in data["buttons"]:
        if b["enabled"] and (b["text"] == text or b["text"].startswith(text)) and \
                (kind is None or b["kind"] == kind):
            return b
    return None


def button(data: Dump, text: str) -> dict | None:
    """The button ``text`` (enabled or not)."""
    return next((b for b in data["buttons"] if b["text"] == text), None)


def primary(data: Dump) -> dict:
    enabled = [b for b in data["buttons"] if b["enabled"]]
    return next((b for b in enabled if b["kind"] == "@primary"), enabled[-1])


def describe(data: Dump) -> str:
    if not data:
        return "(no state dump was written)"
    rows = [f"scenes {data['scenes']} idle={data['idle']} status={data['status']!r}",
            f"game {data['game']}"]
    for b in data["buttons"][:40]:
        rows.append(f"  [{'x' if b['enabled'] else ' '}] {b['text']!r} {b['rect']} "
                    f"{b['tooltip'][:120]!r}")
    return "\n".join(rows)


def mean_colour(path: Path, rect: list[int]) -> tuple[float, float, float]:
    """The average colour of a rectangle of a screenshot."""
    import numpy as np
    import pygame

    x, y, w, h = rect
    rgb = pygame.surfarray.array3d(pygame.image.load(str(path)))[x:x + w, y:y + h]
    r, g, b = np.mean(rgb.reshape(-1, 3), axis=0)
    return float(r), float(g), float(b)


def lit_share(path: Path) -> float:
    """The share of pixels in a screenshot that are not (nearly) black."""
    import numpy as np
    import pygame

    rgb = pygame.surfarray.array3d(pygame.image.load(str(path)))
    return float(np.mean(rgb.max(axis=2) > 24))
