"""How campaigns end when the AI plays every nation: now `collective-security balance`.

    python bench/campaign_outcomes.py [CAMPAIGN ...] [--seeds 50] [--first 1] [--jobs N]

Kept so that old notes and habits still work: it runs `collective-security balance` for each
campaign (default: every built-in one). See docs/balance.md for what it prints.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from game.cli import main as cli  # noqa: E402
from game.session.paths import BUILTIN_CAMPAIGNS  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("campaigns", nargs="*", help="ids or folders (default: every built-in)")
    parser.add_argument("--seeds", default="50", help="games per campaign")
    parser.add_argument("--first", default="1", help="first seed")
    parser.add_argument("--jobs", help="worker processes (default: every core)")
    args = parser.parse_args(argv)
    campaigns = args.campaigns or sorted(p.parent.name for p in
                                         BUILTIN_CAMPAIGNS.glob("*/campaign.yaml"))
    worst = 0
    for ref in campaigns:
        extra = ["--jobs", args.jobs] if args.jobs else []
        worst = max(worst, cli(["balance", ref, "--games", args.seeds, "--first-seed",
                                args.first, *extra]))
        print()
    return worst


if __name__ == "__main__":
    raise SystemExit(main())
