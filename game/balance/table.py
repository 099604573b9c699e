"""The strategy tables: every strategy playing every playable nation over many seeds.

A task is (campaign folder, strategy, nation, seed); the normal AI's task plays no nation
of its own, since an all-AI game already gives every nation's AI score (it is the very game
``balance`` plays). Results stream in from the pool and are filed by campaign, nation and
strategy; medians are read when the table is printed.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from .games import campaign, play
from .strategies import BY_ID, STRATEGIES

MARGIN = 5
"""How many points of median score make a 'clear' lead over passive and random play."""


@dataclass(frozen=True)
class Task:
    folder: str
    strategy: str
    nation: str | None
    seed: int


@dataclass(frozen=True)
class Outcome:
    task: Task
    results: tuple[tuple[str, int, int], ...]
    """(nation, score, objectives met) for the nation under test, or every playable nation."""
    capped: int
    nation_turns: int
    refused: int


def tasks(folders: Sequence[str], strategies: Sequence[str], seeds: Sequence[int],
          nations: Collection[str] | None = None) -> list[Task]:
    """Seed by seed, so that a run stopped early still holds whole seeds of every cell."""
    out = []
    for seed in seeds:
        for folder in folders:
            playable = rows(folder, nations)
            for sid in strategies:
                if sid == "normal":
                    out.append(Task(folder, sid, None, seed))
                else:
                    out += [Task(folder, sid, code, seed) for code in playable]
    return out


def rows(folder: str, nations: Collection[str] | None = None) -> list[str]:
    """The playable nations of a campaign, or those of them asked for (``--nations``)."""
    return [d.code for d in campaign(folder).nations
            if d.playable and (nations is None or d.code in nations)]


def load_all(folders: Sequence[str]) -> None:
    """Worker set-up: each campaign loaded once per process."""
    for folder in folders:
        campaign(folder)


def run(task: Task) -> Outcome:
    camp = campaign(task.folder)
    player = BY_ID[task.strategy].make() if task.nation else None
    result = play(camp, task.seed, {task.nation: player} if player and task.nation else None)
    met = dict(result.objectives)
    results = tuple((code, score, len(met[code])) for code, score in result.scores
                    if task.nation in (None, code))
    return Outcome(task, results, result.capped, result.nation_turns,
                   getattr(player, "refused", 0))


@dataclass
class Table:
    """Every finished game, filed as (folder, nation, strategy) -> {seed: (score, met)}."""

    cells: dict[tuple[str, str, str], dict[int, tuple[int, int]]] = field(
        default_factory=lambda: defaultdict(dict))
    capped: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    refused: int = 0

    def add(self, o: Outcome) -> None:
        for code, score, met in o.results:
            self.cells[(o.task.folder, code, o.task.strategy)][o.task.seed] = (score, met)
        if o.task.strategy == "normal":
            self.capped[o.task.folder][0] += o.capped
            self.capped[o.task.folder][1] += o.nation_turns
        self.refused += o.refused

    def plain(self) -> dict:
        """The table as JSON-ready data, to merge runs made on other machines or seeds."""
        return {"cells": [[list(k), sorted(v.items())] for k, v in self.cells.items()],
                "capped": {k: list(v) for k, v in self.capped.items()},
                "refused": self.refused}

    def merge(self, data: dict) -> None:
        """Add a table saved by ``plain`` (another seed range of the same campaigns)."""
        for key, seeds in data["cells"]:
            self.cells[tuple(key)].update((int(s), tuple(x)) for s, x in seeds)
        for folder, (done, turns) in data["capped"].items():
            self.capped[folder][0] += done
            self.capped[folder][1] += turns
        self.refused += data["refused"]

    def complete_seeds(self, folder: str, strategies: Sequence[str],
                       nations: Collection[str] | None = None) -> set[int]:
        """Seeds that every cell of the campaign has (a stopped run compares like with like)."""
        sets = [set(self.cells[(folder, code, s)]) for code in rows(folder, nations)
                for s in strategies]
        return set.intersection(*sets) if sets else set()

    def median(self, folder: str, nation: str, strategy: str, seeds: set[int]) -> float:
        return statistics.median(self.cells[(folder, nation, strategy)][s][0] for s in seeds)

    def met(self, folder: str, nation: str, strategy: str, seeds: set[int]) -> list[int]:
        return [self.cells[(folder, nation, strategy)][s][1] for s in seeds]


def render(table: Table, folders: Sequence[str], strategies: Sequence[str],
           nations: Collection[str] | None = None) -> list[str]:
    out = []
    for folder in folders:
        out += render_campaign(table, folder, strategies, nations) + [""]
    return out


def render_campaign(table: Table, folder: str, strategies: Sequence[str],
                    nations: Collection[str] | None = None) -> list[str]:
    camp = campaign(folder)
    seeds = table.complete_seeds(folder, strategies, nations)
    out = [f"{camp.name} ({camp.id}): median score (median objectives met) over "
           f"{len(seeds)} seeds; * best in the row"]
    if not seeds:
        return out + ["  no seed finished for every strategy"]
    labels = [BY_ID[s].label for s in strategies]
    width = max(14, *(len(x) + 2 for x in labels))
    out.append(f"  {'nation':<8}" + "".join(f"{x:>{width}}" for x in labels))
    for d in camp.nations:
        if d.code not in rows(folder, nations):
            continue
        medians = {s: table.median(folder, d.code, s, seeds) for s in strategies}
        best = max(medians.values())
        cells = []
        for s in strategies:
            met = statistics.median(table.met(folder, d.code, s, seeds))
            mark = "*" if medians[s] == best else " "
            cells.append(f"{medians[s]:g} ({met:g}/{len(d.objectives)}){mark}")
        out.append(f"  {d.code:<8}" + "".join(f"{c:>{width}}" for c in cells))
    done, turns = table.capped.get(folder, (0, 0))
    if turns:
        out.append(f"  AI nation-turns begun with diplomatic capital at its cap: "
                   f"{done / turns:.0%}")
    out += [""] + goals(table, folder, strategies, seeds, nations)
    return out


def goals(table: Table, folder: str, strategies: Sequence[str], seeds: set[int],
          nations: Collection[str] | None = None) -> list[str]:
    """The issue's goals, checked per nation: 'yes', 'NO', or '-' when a strategy is missing."""
    camp = campaign(folder)
    has = set(strategies)
    doctrines = [s.id for s in STRATEGIES if s.doctrine and s.id in has]
    names = ("AI>passive,random", "easy<normal<hard", "passive never all", "hard>=doctrines")
    out = [f"  goals (a clear lead is {MARGIN}+ points of median score)",
           f"  {'nation':<8}" + "".join(f"{n:>20}" for n in names) + "   best doctrine"]
    best_doctrines = set()
    for d in camp.nations:
        if d.code not in rows(folder, nations):
            continue
        m = {s: table.median(folder, d.code, s, seeds) for s in strategies}
        passive = table.met(folder, d.code, "passive", seeds) if "passive" in has else []
        row = [
            _check({"normal", "passive", "random"} <= has, lambda m=m: all(
                m["normal"] >= m[s] + MARGIN for s in ("passive", "random"))),
            _check({"easy", "normal", "hard"} <= has,
                   lambda m=m: m["easy"] < m["normal"] < m["hard"]),
            _check("passive" in has,
                   lambda passive=passive, d=d: max(passive) < len(d.objectives)),
            _check("hard" in has and bool(doctrines),
                   lambda m=m: m["hard"] >= max(m[s] for s in doctrines)),
        ]
        best = max(doctrines, key=lambda s: (m[s], s)) if doctrines else "-"
        best_doctrines.add(best)
        out.append(f"  {d.code:<8}" + "".join(f"{x:>20}" for x in row)
                   + f"   {BY_ID[best].label if doctrines else '-'}")
    if len(doctrines) > 1:
        verdict = "yes" if len(best_doctrines) > 1 else "NO"
        out.append(f"  no single doctrine best for every nation: {verdict}")
    return out


def _check(applies: bool, holds) -> str:
    if not applies:
        return "-"
    return "yes" if holds() else "NO"
