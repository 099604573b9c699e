"""Engine speed: the median time to end one turn with AI for every nation, and to play a
whole campaign headless. Prints figures; never asserts on time (DESIGN.md section 6)."""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

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


def measure(campaign, seeds=(1, 2, 3)) -> tuple[float, float, float, int]:
    turn_times: list[float] = []
    game_times: list[float] = []
    for seed in seeds:
        session = Session(campaign, seed)
        start = time.perf_counter()
        while not session.over:
            t0 = time.perf_counter()
            session.play_out(1)
            turn_times.append(time.perf_counter() - t0)
        game_times.append(time.perf_counter() - start)
    n = len(turn_times) // 3
    early, late = turn_times[:n] or turn_times, turn_times[-n:] or turn_times
    return (statistics.median(turn_times), statistics.median(game_times),
            statistics.median(late) / statistics.median(early), campaign.turns)


def main() -> None:
    print(f"{'campaign':<50} {'turns':>5} {'median turn':>12} {'whole game':>11} {'late/early':>10}")
    for name, campaign in campaigns():
        turn, game, growth, turns = measure(campaign)
        print(f"{name:<50} {turns:>5} {turn * 1000:>9.1f} ms {game:>9.2f} s {growth:>10.2f}")
    print("goals (DESIGN.md): a turn under 50 ms with no growth; a whole campaign under 2 s")


if __name__ == "__main__":
    main()
