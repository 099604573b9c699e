"""Capital at its cap (issue 14): how often an AI nation begins its turn unable to bank more.

    python bench/capital_cap.py [CAMPAIGN ...] [--seeds 10] [--first-seed 1] [--jobs J]

Plays each campaign (default: the four historical ones) all-AI at normal difficulty over the
seeds and prints, per campaign, the share of AI nation-turns that began with diplomatic capital
at its cap, with the range over seeds. Capital that sits at its cap is never scarce, so nothing
is given up for it: the goal is well under a quarter. It only measures, it never fails.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from game.balance.games import CampaignNotFound, campaign, play, resolve  # noqa: E402
from game.balance.pool import add_run_arguments, stream  # noqa: E402



def capped(task: tuple[str, int]) -> tuple[str, int, int, int]:
    """(campaign folder, seed, nation-turns begun at the cap, AI nation-turns) of one game."""
    folder, seed = task
    result = play(campaign(folder), seed)
    return folder, seed, result.capped, result.nation_turns


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_run_arguments(parser, seeds=10)
    args = parser.parse_args(argv)
    try:
        folders = [str(resolve(c)) for c in args.campaigns]
    except CampaignNotFound as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    seeds = range(args.first_seed, args.first_seed + args.seeds)
    began = time.perf_counter()
    shares: dict[str, list[float]] = {f: [] for f in folders}
    totals = {f: [0, 0] for f in folders}
    for folder, _seed, at_cap, turns in stream(capped, [(f, s) for f in folders for s in seeds],
                                               args.jobs):
        shares[folder].append(at_cap / turns if turns else 0.0)
        totals[folder][0] += at_cap
        totals[folder][1] += turns
    print(f"{'campaign':<16} {'seeds':>5} {'AI nation-turns':>15} {'at cap':>7} "
          f"{'min':>5} {'max':>5}")
    for folder in folders:
        at_cap, turns = totals[folder]
        each = shares[folder] or [0.0]
        print(f"{Path(folder).name:<16} {len(shares[folder]):>5} {turns:>15} "
              f"{at_cap / max(1, turns):>7.1%} {min(each):>5.0%} {max(each):>5.0%}")
    print(f"{sum(len(v) for v in shares.values())} games in {time.perf_counter() - began:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
