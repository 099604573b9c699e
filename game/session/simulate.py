"""`collective-security simulate`: the AI plays every nation; the chronicle is printed, then
the scores and the game beside the campaign's historical baseline."""

from __future__ import annotations

import os
import sys
from typing import TextIO

from game.content.loader import load_campaign

from . import baseline
from .chronicle import lines, scores
from .session import Session


def main(path: str, seed: int = 1, turns: int | None = None, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    result = load_campaign(path)
    if result.campaign is None:
        for problem in result.problems:
            print(problem, file=sys.stderr)
        return 1
    session = Session(result.campaign, seed)
    session.play_out(turns)
    campaign = result.campaign
    text = [f"{campaign.name} ({campaign.period}), seed {seed}",
            *lines(session.chronicle, session.state), *scores(session.state),
            *baseline.lines(session.state)]
    try:
        out.write("\n".join(text) + "\n")
        out.flush()
    except BrokenPipeError:  # `simulate ... | head` closed the pipe: not an error
        sys.stdout = open(os.devnull, "w")
    return 0
