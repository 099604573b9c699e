"""Per-order experiments (issue 14): does each order change anything a player cares about?

    python bench/order_experiments.py [CAMPAIGN ...] [--seeds 2] [--first-seed 1] [--jobs J]
                                      [--verbs improve,aid,...]

For each campaign (default: the four historical ones) plays the seeds all-AI at normal
difficulty once as they are, then once per order verb with that verb taken away from every AI
nation: the session's planner is wrapped so that when the AI picks a banned verb it takes its
next legal choice from ``game.ai.policy.plan``'s ranked list instead. A verb the AI never gives
in the plain games cannot change them, so it is reported and not replayed. Prints, per verb,
how often the AI gave it and what its absence changed: crisis endings that differ, conquests
and withdrawals, resolutions adopted and the mean final score. It only measures.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from game.ai.policy import plan  # noqa: E402
from game.balance.games import CampaignNotFound, campaign, resolve  # noqa: E402
from game.balance.pool import Progress, add_run_arguments, stream  # noqa: E402
from game.engine import Action, GameState, view, why_not  # noqa: E402
from game.engine.orders import ORDERS  # noqa: E402
from game.session.session import Session, secret_key  # noqa: E402

VERBS = tuple(sorted(v for v in ORDERS if v not in ("end", "choose", "vote")))
"""Every order a nation gives in the orders phase (answers and ballots are not orders)."""


class Without:
    """The session's planner with some verbs taken away: a banned pick is replaced by the
    best legal choice of another verb from the AI's own ranked plan."""

    def __init__(self, inner, banned: frozenset[str], difficulty: str):
        self.inner, self.banned, self.difficulty = inner, banned, difficulty

    def __call__(self, state: GameState, nation: str) -> Action:
        action = self.inner(state, nation)
        if action.verb not in self.banned:
            return action
        ranked = plan(view(state, nation), secret_key(state, nation), self.difficulty)
        return next(c.action for c in ranked
                    if c.action.verb not in self.banned and why_not(state, c.action) is None)


@dataclass(frozen=True)
class Game:
    """What one game came to, as far as the experiments compare games."""

    folder: str
    seed: int
    banned: str
    endings: tuple[tuple[str, str], ...]
    adopted: int
    mean_score: float
    uses: tuple[tuple[str, int], ...]
    """How often each verb was given (to know which verbs the AI uses at all)."""


def one_game(task: tuple[str, int, str]) -> Game:
    folder, seed, banned = task
    session = Session(campaign(folder), seed)
    if banned:
        session.planner = Without(session.planner, frozenset({banned}), "normal")
    uses: Counter[str] = Counter()
    adopted = 0
    while not session.over:
        nation = session.state.waiting_for()[0]
        action = session.ai_action(nation)
        uses[action.verb] += 1
        events = session.submit(action)
        adopted += sum(1 for e in events
                       if e.kind == "vote" and e.get("status") in ("adopted", "recommended"))
        session.chronicle.clear()
    state = session.state
    endings = tuple((cid, "never" if c.started is None else (c.outcome or "open"))
                    for cid, c in state.crises.items())
    playable = [d.code for d in state.campaign.nations if d.playable]
    mean = sum(state.score(code) for code in playable) / max(1, len(playable))
    return Game(folder, seed, banned, endings, adopted, mean, tuple(sorted(uses.items())))


def compare(base: list[Game], trial: list[Game]) -> tuple[int, int, int, float, float]:
    """(crisis endings changed, change in conquests, in withdrawals, in resolutions adopted
    per game, in mean score) of ``trial`` against ``base`` over the same seeds."""
    by_seed = {(g.folder, g.seed): g for g in base}
    changed = conquests = withdrawals = 0
    adopted = score = 0.0
    for g in trial:
        b = by_seed[(g.folder, g.seed)]
        before, after = dict(b.endings), dict(g.endings)
        changed += sum(1 for cid in before if before[cid] != after.get(cid))
        conquests += (sum(e == "conquest" for e in after.values())
                      - sum(e == "conquest" for e in before.values()))
        withdrawals += (sum(e == "withdrawal" for e in after.values())
                        - sum(e == "withdrawal" for e in before.values()))
        adopted += g.adopted - b.adopted
        score += g.mean_score - b.mean_score
    games = max(1, len(trial))
    return changed, conquests, withdrawals, adopted / games, score / games


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_run_arguments(parser, seeds=2)
    parser.add_argument("--verbs", default=",".join(VERBS))
    args = parser.parse_args(argv)
    verbs = [v for v in args.verbs.split(",") if v]
    if unknown := [v for v in verbs if v not in VERBS]:
        parser.error(f"unknown verbs: {', '.join(unknown)}")
    try:
        folders = [str(resolve(c)) for c in args.campaigns]
    except CampaignNotFound as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    seeds = range(args.first_seed, args.first_seed + args.seeds)
    began = time.perf_counter()
    base = list(stream(one_game, [(f, s, "") for f in folders for s in seeds], args.jobs))
    uses: Counter[str] = Counter()
    for g in base:
        uses.update(dict(g.uses))
    tried = [v for v in verbs if uses[v]]
    work = [(f, s, v) for v in tried for f in folders for s in seeds]
    bar = Progress(len(work))
    trials: dict[str, list[Game]] = {v: [] for v in tried}
    for g in stream(one_game, work, args.jobs):
        trials[g.banned].append(g)
        bar.step()
    bar.close()
    names = ", ".join(Path(f).name for f in folders)
    print(f"Without each order, for every AI nation ({names}; {len(seeds)} seeds each). "
          "Changes are the banned run minus the plain one.")
    print(f"{'order':<10} {'given/game':>10} {'endings changed':>15} {'conquests':>9} "
          f"{'withdrawals':>11} {'adopted/game':>12} {'mean score':>10}")
    games = max(1, len(base))
    for verb in verbs:
        if verb not in trials:
            print(f"{verb:<10} {0:>10} {'(never given: nothing to take away)':>60}")
            continue
        changed, conq, wd, adopted, score = compare(base, trials[verb])
        print(f"{verb:<10} {uses[verb] / games:>10.1f} {changed:>15} {conq:>+9} {wd:>+11} "
              f"{adopted:>+12.1f} {score:>+10.1f}")
    print(f"{len(base) + len(work)} games in {time.perf_counter() - began:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
