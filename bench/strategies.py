"""Strategy tables (issue 14): how well each kind of player does with each playable nation.

    python bench/strategies.py [CAMPAIGN ...] [--seeds 20] [--first-seed 1] [--jobs J]
                               [--strategies passive,random,...] [--nations GBR,FRA]

For every playable nation of the campaigns (default: the three built-in historical ones),
plays each strategy over the seeds with every other nation left to the normal AI, and prints
per campaign a table nation x strategy of median score and objectives met, with the best per
row marked, then which of the issue's goals hold per nation. See docs/balance.md. It only
measures: it is never a pass/fail test. Ctrl-C prints the tables of the seeds finished.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from game.balance.games import CampaignNotFound, resolve  # noqa: E402
from game.balance.pool import Progress, add_run_arguments, stream  # noqa: E402
from game.balance.strategies import BY_ID, STRATEGIES, chosen  # noqa: E402
from game.balance.table import Table, load_all, render, run, tasks  # noqa: E402



def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_run_arguments(parser, seeds=20)
    parser.add_argument("--strategies", default=",".join(s.id for s in STRATEGIES),
                        help="comma-separated, from: " + ", ".join(BY_ID))
    parser.add_argument("--nations", metavar="CODES",
                        help="comma-separated nation codes to play (default: every playable "
                        "nation); the normal AI's all-AI game is played whole either way")
    parser.add_argument("--save", metavar="FILE", help="also write the results as JSON")
    parser.add_argument("--merge", metavar="FILE", nargs="+",
                        help="play nothing: print the tables of runs saved with --save "
                        "(other seed ranges, other machines)")
    args = parser.parse_args(argv)
    strategies = chosen(parser, args.strategies)
    nations = set(args.nations.split(",")) if args.nations else None
    try:
        folders = [str(resolve(c)) for c in args.campaigns]
        load_all(folders)
    except CampaignNotFound as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    table = Table()
    if args.merge:
        for path in args.merge:
            table.merge(json.loads(Path(path).read_text(encoding="utf-8")))
        print("\n".join(render(table, folders, strategies, nations)))
        return 0
    work = tasks(folders, strategies, range(args.first_seed, args.first_seed + args.seeds),
                 nations)
    bar = Progress(len(work))
    began = time.perf_counter()
    try:
        for outcome in stream(run, work, args.jobs, load_all, (folders,)):
            table.add(outcome)
            bar.step()
    except KeyboardInterrupt:
        print("interrupted: the tables hold the seeds that finished", file=sys.stderr)
    bar.close()
    wall = time.perf_counter() - began
    if args.save:
        Path(args.save).write_text(json.dumps(table.plain()), encoding="utf-8")
    print("\n".join(render(table, folders, strategies, nations)))
    print(f"{bar.done} games in {wall:.0f} s on {args.jobs} processes "
          f"({bar.done / wall:.2f} games/s); moves refused by the rules and replaced: "
          f"{table.refused}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
