"""Save and load speed for long games: save, load from the snapshot, verify by replay, size.

A game of hundreds of turns must save and load in under a second (issue #8). The factory
campaign is stretched to 400 turns, and each built-in campaign that loads is played to its
end. Prints figures; never asserts on time (DESIGN.md section 6).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from game.engine.calendar import month  # noqa: E402
from game.session import saves  # noqa: E402
from game.session.restore import resume  # noqa: E402
from game.session.session import Session  # noqa: E402


def games():
    from tests.engine.factory import campaign

    yield "factory, 1930-2029 (400 turns)", campaign(end=month(2029, 10)), 400
    from game.content.loader import load_campaign

    for path in sorted((ROOT / "game" / "campaigns").glob("*/campaign.yaml")):
        result = load_campaign(path.parent)
        if result.campaign is not None:
            yield f"game/campaigns/{path.parent.name}", result.campaign, result.campaign.turns


def timed(fn, repeat: int = 5) -> tuple[float, object]:
    times, value = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        value = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), value


def measure(campaign, turns: int, folder: Path) -> tuple[int, int, float, float, float, int]:
    session = Session(campaign, 1)
    session.play_out(turns)
    save_time, path = timed(lambda: saves.save(session, "bench", "builtin:bench", folder=folder))
    load_time, _ = timed(lambda: resume(saves.load("bench", folder), campaign))
    data = saves.load("bench", folder)
    verify_time, _ = timed(lambda: resume(data, campaign, verify=True), repeat=1)
    return (session.state.turn, len(session.log), save_time, load_time, verify_time,
            path.stat().st_size)


def main() -> None:
    print(f"{'game':<34} {'turns':>5} {'actions':>7} {'save':>8} {'load':>8} {'verify':>8} "
          f"{'size':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        for name, campaign, turns in games():
            turn, actions, save, load, verify, size = measure(campaign, turns, Path(tmp))
            print(f"{name:<34} {turn:>5} {actions:>7} {save * 1000:>5.0f} ms "
                  f"{load * 1000:>5.0f} ms {verify:>6.2f} s {size / 1024:>6.0f} KiB")
    print("save: write to disk with fsync; load: read, check, restore the snapshot; "
          "verify: replay the log and compare hashes")
    print("goal (issue #8): a game of hundreds of turns saves and loads in under a second")


if __name__ == "__main__":
    main()
