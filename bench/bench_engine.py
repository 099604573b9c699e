"""Engine speed: the median time to end one turn with AI for every nation, and to play a
whole campaign headless. Prints figures; never asserts on time (DESIGN.md section 6)."""

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
    """Median end of turn (all, early third, late third), median whole game in wall-clock and
    CPU seconds, and what one player's view costs on the final state."""
    turn_times: list[float] = []
    game_times: list[float] = []
    cpu_times: list[float] = []
    for seed in seeds:
        session = Session(campaign, seed)
        start, cpu = time.perf_counter(), time.process_time()
        while not session.over:
            t0 = time.perf_counter()
            session.play_out(1)
            turn_times.append(time.perf_counter() - t0)
        game_times.append(time.perf_counter() - start)
        cpu_times.append(time.process_time() - cpu)
    n = len(turn_times) // 3
    early, late = turn_times[:n] or turn_times, turn_times[-n:] or turn_times
    cold, warm = view_cost(session.state)
    return {"turns": campaign.turns, "turn": statistics.median(turn_times),
            "early": statistics.median(early), "late": statistics.median(late),
            "game": statistics.median(game_times), "cpu": statistics.median(cpu_times),
            "view_cold": cold, "view_warm": warm}


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


def main() -> None:
    print(f"{'campaign':<42} {'turns':>5} {'turn (early/late)':>22} {'game':>7} {'CPU/game':>8}"
          f" {'view (cold/warm)':>17}")
    for name, campaign in campaigns():
        m = measure(campaign)
        turns = f"{m['turn'] * 1000:.1f} ({m['early'] * 1000:.1f}/{m['late'] * 1000:.1f}) ms"
        views = f"{m['view_cold'] * 1000:.2f}/{m['view_warm'] * 1000:.2f} ms"
        print(f"{name:<42} {m['turns']:>5} {turns:>22} {m['game']:>5.2f} s {m['cpu']:>6.2f} s"
              f" {views:>17}")
    print("goals (issue 18): median all-AI end of turn under 20 ms on the largest campaign, late "
          "turns no slower than early ones; a whole all-AI campaign under 1 s")


if __name__ == "__main__":
    main()
