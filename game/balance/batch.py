"""A batch of seeded all-AI games of one campaign, played on a pool and tallied as they end."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

from game.engine.model import Campaign

from .games import GameResult, campaign, play
from .pool import Progress, stream
from .tally import Tally


class PlaySeed:
    """One all-AI game of the campaign in ``folder``: a picklable callable for the pool."""

    def __init__(self, folder: str):
        self.folder = folder

    def __call__(self, seed: int) -> GameResult:
        return play(campaign(self.folder), seed)


def folder_of(camp: Campaign) -> str:
    return str(Path(camp.src.file).parent)


def measure(camp: Campaign, seeds: Sequence[int], jobs: int,
            progress: bool = True) -> tuple[Tally, float, bool]:
    """Play every seed and tally the games: (tally, wall seconds, whether all finished).

    Ctrl-C stops the run and keeps what was tallied so far."""
    folder = folder_of(camp)
    tally = Tally(camp)
    bar = Progress(len(seeds)) if progress else None
    began = time.perf_counter()
    finished = True
    try:
        for result in stream(PlaySeed(folder), seeds, jobs, campaign, (folder,)):
            tally.add(result)
            if bar:
                bar.step()
    except KeyboardInterrupt:
        finished = False
    if bar:
        bar.close()
    return tally, time.perf_counter() - began, finished
