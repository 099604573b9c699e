"""`collective-security balance`: many seeded all-AI games, and what they came to.

Only argparse is imported at the top: the command line builds every parser on start-up.
"""

from __future__ import annotations

import argparse
import sys

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("campaign", help="a built-in campaign's id (league_1920) or a folder")
    parser.add_argument("--games", type=_positive, default=100, metavar="N", help="games to play (100)")
    parser.add_argument("--jobs", type=_positive, default=None, metavar="J",
                        help="worker processes (default: every core; 1 plays in this process)")
    parser.add_argument("--first-seed", type=int, default=1, metavar="S", help="seed of the first game (1)")
    parser.add_argument("--report", metavar="DIR",
                        help="also write the results as an HTML page with charts in DIR")
    parser.set_defaults(run=run)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def run(args: argparse.Namespace) -> int:
    from .batch import measure
    from .games import CampaignNotFound, load
    from .pool import default_jobs
    from .text import summary

    try:
        camp = load(args.campaign)
    except CampaignNotFound as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    jobs = args.jobs or default_jobs()
    seeds = range(args.first_seed, args.first_seed + args.games)
    tally, wall, finished = measure(camp, seeds, jobs)
    text = summary(tally, wall, jobs)
    if not finished:
        text.insert(0, f"interrupted: {tally.games} of {len(seeds)} games finished")
    print("\n".join(text))
    if args.report:
        from .report import write

        try:
            path = write(args.report, tally, wall, jobs)
        except OSError as exc:
            print(f"error: cannot write the report in {args.report}: {exc.strerror}",
                  file=sys.stderr)
            return EXIT_ERRORS
        print(f"\nreport written to {path}")
    return EXIT_OK if finished else 130
