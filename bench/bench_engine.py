"""Engine speed: the median time to end one turn with AI for every nation, and to play a
whole campaign headless. Prints figures; never asserts on time (DESIGN.md section 6).

Usage: ``python bench/bench_engine.py [words...]``: only the campaigns whose path holds one
of the words (``r2p un_1945``); all of them without."""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from game.engine.view import ViewMemo, view  # noqa: E402
from game.session.session import Session  # noqa: E402


def campaigns():
    from tests.engine.factory import campaign

    yield "engine factory (tests/engine/factory.py)", campaign()
    try:
        from game.content.loader import load_campaign
    except ImportError:
        return
    paths = [ROOT / "tests" / "fixtures" / "mini_campaign",
             *sorted((ROOT / "game" / "campaigns").glob("*"))]
    for path in paths:
        if (path / "campaign.yaml").exists():
            result = load_campaign(path)
            if result.campaign is not None:
                yield str(path.relative_to(ROOT)), result.campaign


def measure(campaign, seeds=(1, 2, 3)) -> dict[str, float]:
    """Median end of turn (all, early third, late third) in wall-clock and in CPU time (what
    a busy shared machine disturbs least), median whole game in wall-clock and CPU seconds,
    and what one player's view costs on the final state."""
    turn_times: list[list[float]] = [[] for _ in seeds]
    turn_cpu: list[list[float]] = [[] for _ in seeds]
    game_times: list[float] = []
    cpu_times: list[float] = []
    for i, seed in enumerate(seeds):
        session = Session(campaign, seed)
        start, cpu = time.perf_counter(), time.process_time()
        while not session.over:
            t0, c0 = time.perf_counter(), time.process_time()
            session.play_out(1)
            turn_times[i].append(time.perf_counter() - t0)
            turn_cpu[i].append(time.process_time() - c0)
        game_times.append(time.perf_counter() - start)
        cpu_times.append(time.process_time() - cpu)
    cold, warm = view_cost(session.state)
    return {"turns": campaign.turns, **thirds("", turn_times), **thirds("cpu_", turn_cpu),
            "game": statistics.median(game_times), "cpu": statistics.median(cpu_times),
            "view_cold": cold, "view_warm": warm}


def thirds(prefix: str, games: list[list[float]]) -> dict[str, float]:
    """The median turn of all games, and of each game's first and last third of turns."""
    every = [t for game in games for t in game]
    early = [t for game in games for t in game[:max(1, len(game) // 3)]]
    late = [t for game in games for t in game[-max(1, len(game) // 3):]]
    return {f"{prefix}turn": statistics.median(every), f"{prefix}early": statistics.median(early),
            f"{prefix}late": statistics.median(late)}


def view_cost(state) -> tuple[float, float]:
    """Seconds per view of ``state`` for every nation: with a fresh memo (every record
    filtered), then with the memo the first pass filled (what the AI planner pays when
    little has changed since its last view)."""
    memo = ViewMemo()
    times = []
    for _ in range(2):
        t0 = time.perf_counter()
        for nation in state.nations:
            view(state, nation, memo)
        times.append((time.perf_counter() - t0) / len(state.nations))
    return times[0], times[1]


def main(only: list[str]) -> None:
    """Every campaign, or those whose path contains one of ``only``."""
    print(f"{'campaign':<42} {'turns':>5} {'turn (early/late)':>22} {'CPU/turn (early/late)':>22}"
          f" {'game':>7} {'CPU/game':>8} {'view (cold/warm)':>17}")
    for name, campaign in campaigns():
        if only and not any(word in name for word in only):
            continue
        m = measure(campaign)
        turns = f"{m['turn'] * 1000:.1f} ({m['early'] * 1000:.1f}/{m['late'] * 1000:.1f}) ms"
        cpu = (f"{m['cpu_turn'] * 1000:.1f} ({m['cpu_early'] * 1000:.1f}/"
               f"{m['cpu_late'] * 1000:.1f}) ms")
        views = f"{m['view_cold'] * 1000:.2f}/{m['view_warm'] * 1000:.2f} ms"
        print(f"{name:<42} {m['turns']:>5} {turns:>22} {cpu:>22} {m['game']:>5.2f} s"
              f" {m['cpu']:>6.2f} s {views:>17}", flush=True)
    print("goals (issue 18): median all-AI end of turn under 20 ms on the largest campaign, late "
          "turns no slower than early ones; a whole all-AI campaign under 1 s")


if __name__ == "__main__":
    main(sys.argv[1:])
