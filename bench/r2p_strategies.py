"""Prevent, react or do nothing (issue 19): what each strategy achieves and costs the player.

    python bench/r2p_strategies.py [CAMPAIGN] [--seeds 3] [--first-seed 1] [--jobs J]
                                   [--strategies passive,prevention,reaction,prevreact]
                                   [--nations USA,NGA] [--until DATE]
                                   [--save FILE] [--merge FILE ...]

For every playable nation of the campaign (default: r2p_1992), plays each strategy (see
game/balance/strategies.py) over the seeds with every other nation left to the normal AI, and
prints per nation and strategy (to the campaign's end, or to ``--until``), summed over the
seeds: the latent crises that broke out (of
those that had a latent stage), the atrocity crises that broke out, ran their course (ended
in the aggressor's conquest: the killing unopposed) or ended in the aggressor's withdrawal,
the dead of the atrocity crises (thousands, median per game), and what the player paid:
diplomatic capital spent on orders, troop and money pledges given, will lost over the game
and its final score (medians per game); then per crisis (the latent ones marked) the
outbreaks, the dead and what the player spent on that crisis: capital, economy (targeted
aid), troop and money pledges. ``--save`` keeps the games' results as JSON and
``--merge`` prints the table of saved runs (other seeds, other machines) without playing.
It only measures; see docs/campaigns/r2p_1992.md.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from game.balance.games import CampaignNotFound, campaign, resolve  # noqa: E402
from game.balance.pool import Progress, stream  # noqa: E402
from game.balance.strategies import BY_ID, chosen  # noqa: E402
from game.engine import Action, GameState  # noqa: E402
from game.engine.calendar import format_month, parse_date  # noqa: E402
from game.engine.model import ATROCITY_KINDS  # noqa: E402
from game.engine.orders import ORDERS  # noqa: E402
from game.engine.prevention import AID_COST  # noqa: E402
from game.session.session import Session  # noqa: E402

STRATEGIES = ("passive", "prevention", "reaction", "prevreact")


@dataclass(frozen=True)
class Task:
    folder: str
    strategy: str
    nation: str
    seed: int
    until: str | None = None


@dataclass(frozen=True)
class Result:
    task: Task
    until: int | None
    """The month play stopped before (None: the campaign's end)."""
    latent: int
    """Crises with a latent stage..."""
    outbreaks: int
    """...of which broke out (the rest were defused, or were still latent at the end)."""
    atrocities: int
    """Atrocity crises that began."""
    unopposed: int
    """Atrocity crises that ended in the aggressor's conquest."""
    withdrawn: int
    """Atrocity crises that ended in the aggressor's withdrawal."""
    dead: int
    """Thousands dead in the atrocity crises."""
    capital: int
    """Diplomatic capital the player's orders cost."""
    troops: int
    money: int
    """Pledges of troops and of money the player gave."""
    will_lost: int
    score: int
    crises: dict[str, list[int]]
    """Per crisis of the campaign: [broke out (0 or 1), thousands dead, and what the player
    spent on it: capital, economy, troop pledges, money pledges]."""


SPENT = ("capital", "economy", "troops", "money")


def crisis_of(state: GameState, action: Action) -> str | None:
    """The crisis an order is about: named outright, or through its mission or resolution."""
    for arg in action.args:
        if arg in state.crises:
            return arg
        if arg in state.missions:
            return state.missions[arg].crisis
        if arg in state.resolutions and state.resolutions[arg].subject in state.crises:
            return state.resolutions[arg].subject
    return None


class Counting:
    """A strategy's player that also counts what its orders cost, in all and per crisis."""

    def __init__(self, strategy: str):
        self.player = BY_ID[strategy].make()
        self.capital = self.troops = self.money = 0
        self.spent: dict[str, dict[str, int]] = {}

    def __call__(self, state: GameState, nation: str):
        action = self.player(state, nation)
        if action.verb in ORDERS and state.phase in ("orders", "debate"):
            cost = {"capital": ORDERS[action.verb].cost_for(state, action),
                    "economy": AID_COST if action.verb == "stabilise" else 0,
                    "troops": int(action.verb == "pledge" and action.args[0] == "troops"),
                    "money": int(action.verb == "pledge" and action.args[0] != "troops")}
            self.capital += cost["capital"]
            self.troops += cost["troops"]
            self.money += cost["money"]
            cid = crisis_of(state, action)
            if cid is not None:
                on = self.spent.setdefault(cid, dict.fromkeys(SPENT, 0))
                for what, n in cost.items():
                    on[what] += n
        return action


def play(task: Task) -> Result:
    """One game: the strategy for the task's nation, the normal AI for every other."""
    camp = campaign(task.folder)
    session = Session(camp, task.seed)
    player = Counting(task.strategy)
    will = session.state.nations[task.nation].will
    stop = parse_date(task.until) if task.until else None
    while not session.over and (stop is None or session.state.month < stop):
        nation = session.state.waiting_for()[0]
        action = player(session.state, nation) if nation == task.nation \
            else session.ai_action(nation)
        session.submit(action)
        session.chronicle.clear()
    state = session.state
    latent = [c for c in camp.crises if c.latent is not None]
    atrocities = [state.crises[c.id] for c in camp.crises if c.kind in ATROCITY_KINDS
                  and state.crises[c.id].started is not None]
    return Result(
        task, stop, len(latent),
        sum(state.crises[c.id].started is not None for c in latent),
        len(atrocities), sum(c.outcome == "conquest" for c in atrocities),
        sum(c.outcome == "withdrawal" for c in atrocities),
        sum(c.casualties for c in atrocities), player.capital, player.troops, player.money,
        will - state.nations[task.nation].will, state.score(task.nation),
        {c.id: [int(state.crises[c.id].started is not None), state.crises[c.id].casualties,
                *(player.spent.get(c.id, {}).get(what, 0) for what in SPENT)]
         for c in camp.crises})


def render(results: list[Result], folder: str, strategies: list[str]) -> list[str]:
    camp = campaign(folder)
    seeds = sorted({r.task.seed for r in results})
    until = {r.until for r in results} - {None}
    span = f" until {format_month(min(until))}" if until else ""
    count = f"{len(seeds)} seed{'s' if len(seeds) != 1 else ''}"
    out = [f"{camp.name} ({camp.id}){span}, {count}: crises summed over the seeds, "
           f"the rest medians per game",
           f"  {'nation':<7}{'strategy':<11}{'broke out':>10}{'atrocities':>11}"
           f"{'unopposed':>10}{'withdrawn':>10}{'dead (k)':>9}{'capital':>8}{'troops':>7}"
           f"{'money':>6}{'will -':>7}{'score':>6}"]
    for d in camp.nations:
        if not d.playable:
            continue
        for sid in strategies:
            rows = [r for r in results if r.task.nation == d.code and r.task.strategy == sid]
            if not rows:
                continue

            def med(field: str, rows=rows) -> str:
                return f"{statistics.median(getattr(r, field) for r in rows):g}"

            out.append(
                f"  {d.code:<7}{sid:<11}"
                f"{f'{sum(r.outbreaks for r in rows)}/{sum(r.latent for r in rows)}':>10}"
                f"{sum(r.atrocities for r in rows):>11}{sum(r.unopposed for r in rows):>10}"
                f"{sum(r.withdrawn for r in rows):>10}{med('dead'):>9}{med('capital'):>8}"
                f"{med('troops'):>7}{med('money'):>6}{med('will_lost'):>7}{med('score'):>6}")
    return out + per_crisis(results, folder, strategies)


def per_crisis(results: list[Result], folder: str, strategies: list[str]) -> list[str]:
    """Per crisis, what each strategy achieved and spent on it: the outbreaks summed over the
    seeds, the dead and the player's spending as medians per game; latent crises marked *.
    The cost of prevention is on the latent crises' rows, not spread over the others."""
    camp = campaign(folder)
    out = ["per crisis (* had a latent stage): outbreaks summed over the seeds, the rest "
           "medians per game",
           f"  {'nation':<7}{'strategy':<11}{'crisis':<22}{'broke out':>10}{'dead (k)':>9}"
           f"{'capital':>8}{'economy':>8}{'troops':>7}{'money':>6}"]
    for d in camp.nations:
        for c in camp.crises:
            for sid in strategies:
                rows = [r.crises[c.id] for r in results
                        if r.task.nation == d.code and r.task.strategy == sid and c.id in r.crises]
                if not rows:
                    continue
                meds = [f"{statistics.median(row[i] for row in rows):g}" for i in range(1, 6)]
                name = ("* " if c.latent is not None else "  ") + c.id
                out.append(f"  {d.code:<7}{sid:<11}{name:<22}"
                           f"{f'{sum(row[0] for row in rows)}/{len(rows)}':>10}{meds[0]:>9}"
                           + "".join(f"{m:>{w}}" for m, w in zip(meds[1:], (8, 8, 7, 6))))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("campaign", nargs="?", default="r2p_1992")
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--first-seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--strategies", default=",".join(STRATEGIES),
                        help="comma-separated, from: " + ", ".join(BY_ID))
    parser.add_argument("--nations", metavar="CODES",
                        help="comma-separated nation codes to play (default: every playable)")
    parser.add_argument("--until", metavar="DATE",
                        help="stop each game before this month (YYYY-MM): a shorter run")
    parser.add_argument("--save", metavar="FILE", help="also write the results as JSON")
    parser.add_argument("--merge", metavar="FILE", nargs="+",
                        help="play nothing: print the table of runs saved with --save")
    args = parser.parse_args(argv)
    strategies = chosen(parser, args.strategies)
    try:
        folder = str(resolve(args.campaign))
        camp = campaign(folder)
    except CampaignNotFound as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.merge:
        results = [Result(**{**r, "task": Task(**{**r["task"], "folder": folder})})
                   for path in args.merge
                   for r in json.loads(Path(path).read_text(encoding="utf-8"))]
        print("\n".join(render(results, folder, strategies)))
        return 0
    nations = [d.code for d in camp.nations if d.playable]
    if args.nations:
        unknown = sorted(set(args.nations.split(",")) - set(nations))
        if unknown:
            parser.error(f"not playable in {camp.id}: {', '.join(unknown)}")
        nations = [n for n in nations if n in args.nations.split(",")]
    work = [Task(folder, sid, nation, seed, args.until)
            for seed in range(args.first_seed, args.first_seed + args.seeds)
            for nation in nations for sid in strategies]
    bar = Progress(len(work))
    began = time.perf_counter()
    results = []
    for result in stream(play, work, args.jobs, campaign, (folder,)):
        results.append(result)
        bar.step()
    bar.close()
    if args.save:
        Path(args.save).write_text(json.dumps([asdict(r) for r in results]), encoding="utf-8")
    print("\n".join(render(results, folder, strategies)))
    print(f"{len(results)} games in {time.perf_counter() - began:.0f} s on {args.jobs} "
          f"processes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
