"""UI figures (DESIGN.md section 6), headless at 1920x1080 with SDL's software renderer:

- start to main menu drawn (its face, before pygame_gui loads) and to its widgets drawn (the
  menu answers input), with the CPU time each took (steadier on a busy machine), and memory
  then (a fresh process each, the median of five);
- the main screen's frame time while panning, hovering (the pointer sweeping across the map,
  faster than a tip's delay: mostly frames that draw nothing), hovering with the tip shown (the
  pointer circling inside one nation after resting there past the delay, so every frame moves
  the tip) and scrolling the chronicle, each as a ratio to one full-screen blit of a converted surface holding the screen's picture, measured
  in the same run, the median of several runs; and at rest (how many idle ticks drew);
- idle CPU of the real loop (``App.run``) over 10 s, at the main menu and on the main screen
  (a fresh process each, the median of several).
Prints figures; never asserts on them.
"""

from __future__ import annotations

import argparse
import math
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
app = App(size=(1920, 1080))
face = (app.face_at - t0, time.process_time())
cpu = []
app._after_first_frame.insert(0, lambda: cpu.append(time.process_time()))
app.push("main_menu")  # as game.ui.app.main does
app.tick()
t = app.first_frame_at - t0  # the menu's widgets on screen (the sound is made after it)
mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{face[0]:.3f} {face[1]:.3f} {t:.3f} {cpu[0]:.3f} {mib:.0f}")
"""

IDLE = """
import resource, sys, time
import pygame
from game.ui.app import App
app = App(size=(1920, 1080))
if sys.argv[1] == "menu":
    app.push("main_menu")
else:
    from tools.screenshots import game
    scene = game(app, "league_1920", "GBR")
    while app.top is not scene:
        app.pop()  # the briefing
for _ in range(5):
    app.tick()
app._active_until = 0.0
pygame.time.set_timer(pygame.QUIT, int(float(sys.argv[2]) * 1000), loops=1)
def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime
c0, t0 = cpu(), time.perf_counter()
app.run()
print(f"{100 * (cpu() - c0) / (time.perf_counter() - t0):.2f}")
"""


def startup() -> tuple[float, ...]:
    """Medians over fresh processes: seconds to the menu drawn (its face, game.ui.menu_model)
    and the CPU seconds spent by then; seconds and CPU seconds to the menu's widgets drawn
    (it answers input); MiB resident then."""
    env = {**os.environ, "COLLECTIVE_SECURITY_HOME": str(Path("/tmp") / "cs-bench-home")}
    rows = []
    for _ in range(5):
        out = subprocess.run([sys.executable, "-c", STARTUP], cwd=REPO, env=env,
                             capture_output=True, text=True, check=True).stdout.split()
        rows.append([float(x) for x in out[-5:]])
    return tuple(statistics.median(column) for column in zip(*rows))


def idle_cpu(screen: str, seconds: float) -> float:
    """Percent of one core the real loop uses over ``seconds`` with nothing happening."""
    env = {**os.environ, "COLLECTIVE_SECURITY_HOME": str(Path("/tmp") / "cs-bench-home")}
    out = subprocess.run([sys.executable, "-c", IDLE, screen, str(seconds)], cwd=REPO, env=env,
                         capture_output=True, text=True, check=True).stdout.split()
    return float(out[-1])


def blit_floor(screen, clock=time.perf_counter, blank: bool = False) -> float:
    """The median time of one full-screen blit of a converted surface holding the screen's
    picture. A surface of zeros (``blank``: new and never drawn on, the floor before December
    2026) blitted 1.6 times faster than any picture on the test machine (0.19 ms against
    0.31 ms for a picture or random pixels), so it is no floor for a screen of pictures."""
    import pygame

    full = pygame.Surface(screen.get_size()).convert() if blank else screen.copy()
    samples = []
    for _ in range(60):
        t = clock()
        screen.blit(full, (0, 0))
        samples.append(clock() - t)
    return statistics.median(samples)


def frames(app, events_for_frame, n: int = 60) -> tuple[float, float, float, int]:
    """Median and mean frame time over ``n`` frames, the median of the CPU time this process
    spent on them (steadier than the clock on a busy machine), and how many frames drew."""
    samples, cpu, drew = [], [], 0
    for i in range(n):
        evs = events_for_frame(i)
        c = time.process_time()  # outside the clock's sample: it takes ~15 us in a VM
        t = time.perf_counter()
        if app.tick(1 / 60, evs):
            drew += 1
        samples.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    return statistics.median(samples), statistics.fmean(samples), statistics.median(cpu), drew


CIRCLE = [(round(10 * math.cos(i * 0.4)), round(10 * math.sin(i * 0.4))) for i in range(60)]
"""The pointer's path around a point while its tip is shown: 10 pixels out, 0.4 rad a frame."""


def inside_one_nation(map_panel, rect) -> tuple[int, int]:
    """A point of the map whose nation lies under the whole of ``CIRCLE`` around it (so a
    pointer circling it stays over that nation), the first found scanning the map's middle."""
    for y in range(rect.y + rect.h // 4, rect.bottom - rect.h // 4, 8):
        for x in range(rect.x + 40, rect.right - 40, 8):
            code = map_panel.nation_at((x, y))
            if code and all(map_panel.nation_at((x + dx, y + dy)) == code for dx, dy in CIRCLE):
                return x, y
    raise RuntimeError("no nation on the map is wide enough to hover in")


def main() -> None:
    import tempfile

    import pygame

    from game.ui.panels.tooltips import HoverTips
    from tools.screenshots import game, new_app

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=5, help="runs of each motion (median taken)")
    ap.add_argument("--idle", type=float, default=10.0, help="seconds of each idle measure")
    ap.add_argument("--idle-runs", type=int, default=3,
                    help="idle measures of each screen (median taken)")
    args = ap.parse_args()
    seconds, cpu, ready, ready_cpu, mib = startup()
    print(f"start to main menu drawn: {seconds:.2f} s (goal 0.3 s; CPU {cpu:.2f} s); its "
          f"widgets drawn: {ready:.2f} s (CPU {ready_cpu:.2f} s); memory then: {mib:.0f} MiB "
          "(goal 120 MiB)")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["COLLECTIVE_SECURITY_HOME"] = tmp
        app = new_app((1920, 1080), 100, Path(tmp))
        scene = game(app, "league_1920", "GBR")
        while app.top is not scene:
            app.pop()  # the briefing
        mouse = [(0, 0)]
        real_mouse = pygame.mouse.get_pos
        pygame.mouse.get_pos = lambda: mouse[0]  # the posted events move the pointer
        rect = scene.map.rect
        centre = rect.center

        def motion(pos, rel, buttons=(0, 0, 0)):
            mouse[0] = pos
            return pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=rel, buttons=buttons)

        def pan(i):
            """Drag back and forth over one area, 4 pixels a frame (after a warm-up pass that
            renders its tiles, so the figure is steady panning, not first sight of new
            ground)."""
            if i == 0:
                mouse[0] = centre
                return [pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=centre, button=1)]
            step = 4 if ((i - 1) // 30) % 2 == 0 else -4
            x, y = mouse[0]
            return [motion((x + step, y + step // 4), (step, step // 4), (1, 0, 0))]

        def hover(i):
            return [motion((rect.x + 40 + 9 * (i % 60), rect.y + rect.h // 3 + (i % 7) * 5),
                           (9, 0))]

        still = [centre]
        tip_up = [0]

        def hover_tip(i):
            """Circle 10 pixels around a point well inside one nation, its tip following; the
            frames are counted that have the tip on screen."""
            if i and scene.hover_tips.shown is not None:
                tip_up[0] += 1
            (x, y), (dx, dy) = still[0], CIRCLE[i % len(CIRCLE)]
            pos = (x + dx, y + dy)
            return [motion(pos, (pos[0] - mouse[0][0], pos[1] - mouse[0][1]))]

        chron = scene.chron_rect.center

        def scroll(i):
            """The wheel over the chronicle: down a few notches, up again."""
            return [pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=-1 if (i // 8) % 2 == 0 else 1,
                                       flipped=False)]

        figures: dict[str, list[tuple[float, float, float, int]]] = {
            "panning": [], "hovering": [], "hovering, tip shown": [], "scrolling": []}
        frames(app, pan, 121)  # warm-up: the tiles of this area
        app.tick(1 / 60, [pygame.event.Event(pygame.MOUSEBUTTONUP, pos=mouse[0], button=1)])
        for _ in range(args.runs):
            floor = blit_floor(app.screen)
            cpu_floor = blit_floor(app.screen, time.process_time)
            panning = frames(app, pan, 121)
            app.tick(1 / 60, [pygame.event.Event(pygame.MOUSEBUTTONUP, pos=mouse[0], button=1)])
            hovering = frames(app, hover)
            still[0] = inside_one_nation(scene.map, rect)  # where the map now lies (panned)
            app.tick(1 / 60, [motion(still[0], (0, 0))])
            time.sleep(HoverTips.DELAY + 0.05)  # rest on the nation until its tip is due
            app.tick(1 / 60, [motion(still[0], (0, 0))])  # the tip appears (its card is made)
            tip_up[0] = 0
            tipped = (*frames(app, hover_tip)[:3],  # with the frames that had the tip up
                      tip_up[0] + (scene.hover_tips.shown is not None))
            app.tick(1 / 60, [motion(chron, (0, 0))])
            scrolling = frames(app, scroll)
            for name, (median, mean, cpu, drew) in (("panning", panning),
                                                    ("hovering", hovering),
                                                    ("hovering, tip shown", tipped),
                                                    ("scrolling", scrolling)):
                figures[name].append((median / floor, mean / floor, cpu / cpu_floor, drew))
        app._active_until = 0.0
        for _ in range(3):
            app.tick(1 / 60, [])
        resting, _, _, drew = frames(app, lambda i: [])
        pygame.mouse.get_pos = real_mouse
        print(f"full-screen blit floor: {blit_floor(app.screen) * 1000:.2f} ms (of a blank "
              f"surface, the floor before: {blit_floor(app.screen, blank=True) * 1000:.2f} ms)")
        for name, label in (("panning", "panning"), ("hovering", "hovering"),
                            ("hovering, tip shown", "hovering with the tip shown"),
                            ("scrolling", "scrolling the chronicle")):
            runs = figures[name]
            print(f"main screen while {label}: median frame "
                  f"{statistics.median(r[0] for r in runs):.1f}x the floor, mean frame "
                  f"{statistics.median(r[1] for r in runs):.1f}x, CPU per frame "
                  f"{statistics.median(r[2] for r in runs):.1f}x the floor's (medians over "
                  f"{len(runs)} runs; per run median/mean/CPU: "
                  f"{', '.join(f'{r[0]:.1f}/{r[1]:.1f}/{r[2]:.1f}' for r in runs)}; frames "
                  f"that drew{' with the tip up' if 'tip' in name else ''}: "
                  f"{', '.join(str(r[3]) for r in runs)}) - goal <= 3x, bar 6x")
        print(f"main screen at rest: {resting * 1000:.2f} ms a tick, {drew} of 60 ticks drew "
              "(goal: none)")
    print(f"this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    for screen in ("menu", "game"):
        runs = [idle_cpu(screen, args.idle) for _ in range(args.idle_runs)]
        print(f"idle CPU, {'main menu' if screen == 'menu' else 'main screen'}, "
              f"{args.idle:.0f} s: {statistics.median(runs):.2f} % of a core (median of "
              f"{', '.join(f'{r:.2f}' for r in runs)}; goal < 1 %)")


if __name__ == "__main__":
    main()
