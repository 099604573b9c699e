"""UI figures (DESIGN.md section 6), headless at 1920x1080 with SDL's software renderer:

- start to main menu drawn, and memory then (a fresh process);
- the main screen's frame time while panning and hovering, and at rest, each as a ratio to one
  full-screen blit of a converted surface measured in the same run.
Prints figures; never asserts on them.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

STARTUP = """
import time, resource, os
t0 = time.perf_counter()
from game.ui.app import App
from game.ui.scenes.main_menu import MainMenu
app = App(size=(1920, 1080))
app.push(MainMenu(app))
app.tick()
t = time.perf_counter() - t0
print(f"{t:.3f} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}")
"""


def startup() -> tuple[float, float]:
    env = {**os.environ, "COLLECTIVE_SECURITY_HOME": str(Path("/tmp") / "cs-bench-home")}
    times, mems = [], []
    for _ in range(3):
        out = subprocess.run([sys.executable, "-c", STARTUP], cwd=REPO, env=env,
                             capture_output=True, text=True, check=True).stdout.split()
        times.append(float(out[-2]))
        mems.append(float(out[-1]))
    return statistics.median(times), statistics.median(mems)


def blit_floor(screen) -> float:
    import pygame

    full = pygame.Surface(screen.get_size()).convert()
    samples = []
    for _ in range(60):
        t = time.perf_counter()
        screen.blit(full, (0, 0))
        samples.append(time.perf_counter() - t)
    return statistics.median(samples)


def frames(app, events_for_frame, n: int = 60) -> tuple[float, int]:
    """Median frame time over ``n`` frames and how many frames actually drew."""
    samples, drew = [], 0
    for i in range(n):
        evs = events_for_frame(i)
        t = time.perf_counter()
        if app.tick(1 / 60, evs):
            drew += 1
        samples.append(time.perf_counter() - t)
    return statistics.median(samples), drew


def main() -> None:
    import tempfile

    import pygame

    from tools.screenshots import game, new_app

    seconds, mib = startup()
    print(f"start to main menu drawn: {seconds:.2f} s (goal < 0.5 s); memory then: {mib:.0f} MiB"
          " (goal < 150 MiB)")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["COLLECTIVE_SECURITY_HOME"] = tmp
        app = new_app((1920, 1080), 100, Path(tmp))
        scene = game(app, "league_1920", "GBR")
        floor = blit_floor(app.screen)
        rect = scene.map.rect
        centre = rect.center

        def pan(i):
            """Drag back and forth over one area (after a warm-up pass that renders its tiles,
            so the figure is steady panning, not first sight of new ground)."""
            if i == 0:
                return [pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=centre, button=1)]
            step = 4 if (i // 30) % 2 == 0 else -4
            return [pygame.event.Event(pygame.MOUSEMOTION, pos=centre, rel=(step, 1 if step > 0
                                                                            else -1),
                                       buttons=(1, 0, 0))]

        def hover(i):
            pos = (rect.x + 40 + 9 * i, rect.y + rect.h // 3 + (i % 7) * 5)
            return [pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(9, 0),
                                       buttons=(0, 0, 0))]

        frames(app, pan, 121)  # warm-up: the tiles of this area
        panning, _ = frames(app, lambda i: pan(i + 1), 120)
        app.tick(1 / 60, [pygame.event.Event(pygame.MOUSEBUTTONUP, pos=centre, button=1)])
        hovering, _ = frames(app, hover)
        app._active_until = 0.0
        for _ in range(3):
            app.tick(1 / 60, [])
        resting, drew = frames(app, lambda i: [])
        print(f"full-screen blit floor: {floor * 1000:.2f} ms")
        print(f"main screen while panning: {panning * 1000:.1f} ms = {panning / floor:.1f}x "
              "the floor (goal <= 6x)")
        print(f"main screen while hovering: {hovering * 1000:.1f} ms = {hovering / floor:.1f}x")
        print(f"main screen at rest: {resting * 1000:.2f} ms a tick, {drew} of 60 ticks drew "
              "(goal: none)")
    print(f"this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
