"""Demands and appeasement in all-AI games: how many demands are made, granted and refused per
game, by crisis, and how the crises that saw one ended.

    python bench/demands.py [campaign] [--games N]

Prints a table (crisis, demands made, granted, refused, bluffs called, endings); the figures
go in the note of issue 14 beside the balance tool's table of endings.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from game.balance.games import campaign, resolve
from game.session.session import Session

KINDS = ("made", "granted", "refused", "called")


def tally(events) -> Counter:
    """(crisis, kind) -> count, read from one game's chronicle."""
    out: Counter = Counter()
    for e in events:
        if e.kind != "demand":
            continue
        cid = str(e.get("crisis"))
        if e.get("asks") is not None:
            out[cid, "made"] += 1
        elif e.get("outcome") in ("granted", "refused"):
            out[cid, str(e.get("outcome"))] += 1
        elif "bluff" in e.text:
            out[cid, "called"] += 1
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("campaign", nargs="?", default="league_1920")
    ap.add_argument("--games", type=int, default=10)
    args = ap.parse_args()
    camp = campaign(str(resolve(args.campaign)))
    counts: Counter = Counter()
    endings: dict[str, Counter] = defaultdict(Counter)
    for seed in range(1, args.games + 1):
        session = Session(camp, seed)
        session.play_out()
        counts += tally(session.chronicle)
        for cid, c in session.state.crises.items():
            endings[cid]["never" if c.started is None else (c.outcome or "open")] += 1
    crises = sorted({cid for cid, _ in counts}, key=list(endings).index)
    n = args.games
    print(f"{camp.name}: {n} all-AI games, per game")
    print(f"  {'crisis':<18}" + "".join(f"{k:>9}" for k in KINDS) + "  endings")
    for cid in crises:
        row = "".join(f"{counts[cid, k] / n:>9.1f}" for k in KINDS)
        ends = ", ".join(f"{e} {v}" for e, v in endings[cid].most_common())
        print(f"  {cid:<18}{row}  {ends}")
    total = "".join(f"{sum(counts[c, k] for c in crises) / n:>9.1f}" for k in KINDS)
    print(f"  {'all':<18}{total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
