"""`collective-security simulate`: the AI plays every nation; the chronicle is printed."""

from __future__ import annotations

import sys

from game.content.loader import load_campaign

from .chronicle import lines, scores
from .session import Session


def main(path: str, seed: int = 1, turns: int | None = None, out=None) -> int:
    out = out or sys.stdout
    result = load_campaign(path)
    if result.campaign is None:
        for problem in result.problems:
            print(problem, file=sys.stderr)
        return 1
    session = Session(result.campaign, seed)
    session.play_out(turns)
    campaign = result.campaign
    print(f"{campaign.name} ({campaign.period}), seed {seed}", file=out)
    for line in lines(session.chronicle, session.state):
        print(line, file=out)
    for line in scores(session.state):
        print(line, file=out)
    return 0
