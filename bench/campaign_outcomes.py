"""How a campaign ends when the AI plays every nation: outcomes over many seeds.

    python bench/campaign_outcomes.py game/campaigns/league_1920 [--seeds 50] [--first 1] [--jobs N]

Prints, for each crisis, how often it started and how it ended (withdrawal, settlement,
conquest, frozen, or still open when the campaign ended) beside the historical outcome from
the campaign's baseline; then the flags most often set at the end, each playable nation's
score and how often it met each objective, and the time a playthrough takes. Shared by the
campaign authors; it only reads the campaign and plays it, and is never a pass/fail test.
With no path it runs every campaign under game/campaigns/.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from game.content.loader import load_campaign
from game.engine.scoring import objectives_met
from game.session.session import Session

OUTCOMES = ("withdrawal", "settlement", "conquest", "frozen")
_CACHE: dict[str, object] = {}


def _campaign(path: str):
    if path not in _CACHE:
        result = load_campaign(path)
        if result.campaign is None:
            raise SystemExit("\n".join(str(p) for p in result.problems))
        _CACHE[path] = result.campaign
    return _CACHE[path]


def play(path: str, seed: int) -> dict:
    """One all-AI playthrough, summarised as plain data (it crosses process boundaries)."""
    campaign = _campaign(path)
    began = time.perf_counter()
    session = Session(campaign, seed)
    session.play_out()
    seconds = time.perf_counter() - began
    state = session.state
    crises = {}
    for cid, c in state.crises.items():
        if c.started is None:
            crises[cid] = "never"
        else:
            crises[cid] = c.outcome or f"open (stage {c.stage})"
    playable = [d.code for d in campaign.nations if d.playable]
    return {
        "seed": seed,
        "seconds": seconds,
        "crises": crises,
        "names": {cid: c.name for cid, c in state.crises.items()},
        "flags": list(state.flags),
        "scores": {code: state.score(code) for code in playable},
        "objectives": {code: objectives_met(state, code) for code in playable},
        "credibility": {o.id: o.credibility for o in state.orgs.values()},
        "tension": state.tension,
    }


def historical(campaign) -> dict[str, str]:
    """Each crisis's historical ending: the crisis's own field, else the baseline's last word."""
    out = {c.id: c.historical_outcome for c in campaign.crises if c.historical_outcome}
    for entry in campaign.baseline:
        if entry.crisis and entry.outcome:
            out.setdefault(entry.crisis, entry.outcome)
    return out


def report(path: str, runs: list[dict], out=sys.stdout) -> None:
    campaign = _campaign(path)
    n = len(runs)
    history = historical(campaign)
    print(f"\n{campaign.name} ({campaign.id}): {n} seeds, the AI playing every nation, "
          f"{campaign.turns} turns of {campaign.turn_months} months", file=out)
    cols = ("started",) + OUTCOMES + ("open", "history")
    width = max([len(cid) for cid in runs[0]["crises"]] + [10])
    print(f"\n{'crisis':<{width}}  " + "  ".join(f"{c:>10}" for c in cols), file=out)
    for cid in runs[0]["crises"]:
        ends = Counter(r["crises"][cid] for r in runs)
        started = n - ends.get("never", 0)
        if not started and cid not in history:
            continue
        opened = sum(v for k, v in ends.items() if k.startswith("open"))
        row = [f"{started}/{n}"] + [str(ends.get(o, 0)) for o in OUTCOMES] + [str(opened)]
        row.append(history.get(cid, "-"))
        print(f"{cid:<{width}}  " + "  ".join(f"{x:>10}" for x in row), file=out)
    flags = Counter(f for r in runs for f in r["flags"])
    initial = set(campaign.flags)
    print("\nflags set at the end (share of seeds):", file=out)
    shown = [(f, k) for f, k in flags.most_common() if f not in initial or k < n]
    for flag, count in shown[:30]:
        print(f"  {flag:<32} {100 * count // n:>3}%", file=out)
    for org in runs[0]["credibility"]:
        values = [r["credibility"][org] for r in runs]
        print(f"\n{org} credibility at the end: median {statistics.median(values)}, "
              f"range {min(values)}-{max(values)}", file=out)
    tensions = [r["tension"] for r in runs]
    print(f"world tension at the end: median {statistics.median(tensions)}, "
          f"range {min(tensions)}-{max(tensions)}", file=out)
    print("\nplayable nations (AI-played): score and objectives met", file=out)
    for d in campaign.nations:
        if not d.playable:
            continue
        scores = [r["scores"][d.code] for r in runs]
        print(f"  {d.code} {d.name}: score median {statistics.median(scores)}, "
              f"range {min(scores)}-{max(scores)}", file=out)
        for obj in d.objectives:
            met = sum(1 for r in runs if obj.id in r["objectives"][d.code])
            print(f"      {obj.id:<24} {obj.points:>3} pts  met in {100 * met // n:>3}%", file=out)
    seconds = [r["seconds"] for r in runs]
    print(f"\nAI playthrough: median {statistics.median(seconds):.1f} s, "
          f"max {max(seconds):.1f} s", file=out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", help="campaign folders (default: every one)")
    parser.add_argument("--seeds", type=int, default=50)
    parser.add_argument("--first", type=int, default=1, help="first seed")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args(argv)
    paths = args.paths or sorted(str(p.parent)
                                 for p in (ROOT / "game" / "campaigns").glob("*/campaign.yaml"))
    seeds = list(range(args.first, args.first + args.seeds))
    for path in paths:
        _campaign(path)
        if args.jobs > 1:
            with ProcessPoolExecutor(args.jobs) as pool:
                runs = list(pool.map(play, [path] * len(seeds), seeds))
        else:
            runs = [play(path, seed) for seed in seeds]
        report(path, runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
