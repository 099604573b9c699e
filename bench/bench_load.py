"""Median time to load and validate each campaign, and to reject the hostile files.

Design target (DESIGN.md section 6): loading and validating a campaign under 300 ms.

    python bench/bench_load.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from game.content import load_campaign  # noqa: E402

RUNS = 15


def median_ms(folder: Path, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        load_campaign(folder)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    start = time.perf_counter()
    load_campaign(ROOT / "tests" / "fixtures" / "mini_campaign")
    print(f"first load in this process (imports, map index): "
          f"{(time.perf_counter() - start) * 1000:.0f} ms")
    folders = [ROOT / "tests" / "fixtures" / "mini_campaign"]
    folders += sorted(p.parent for p in (ROOT / "game" / "campaigns").glob("*/campaign.yaml"))
    for folder in folders:
        c = load_campaign(folder).campaign
        size = f"{len(c.nations)} nations, {len(c.events)} events" if c else "broken"
        print(f"load+validate {folder.relative_to(ROOT)} ({size}): "
              f"median {median_ms(folder):.1f} ms")
    hostile = sorted(p for p in (ROOT / "tests" / "content" / "fixtures").iterdir() if p.is_dir())
    worst = max(hostile, key=lambda p: median_ms(p, 3))
    print(f"slowest hostile file: {worst.name}, median {median_ms(worst, 3):.0f} ms")


if __name__ == "__main__":
    main()
