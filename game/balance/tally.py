"""Results of many games, added one game at a time: counters only, never the games themselves.

Every figure is a count or is read from counts (medians from a counter of values), so the
tally of the same seeds is the same whatever order the games finished in.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from game.engine.model import Campaign
from game.engine.orders import claim_crisis_id
from game.session.baseline import historical

from .games import ENDINGS, GameResult

STATUSES = ("adopted", "recommended", "failed", "vetoed")


@dataclass
class VoteTally:
    """One kind of resolution in one body about one crisis, over every game."""

    tabled: int = 0
    status: Counter = field(default_factory=Counter)
    vetoed_by: Counter = field(default_factory=Counter)
    games: int = 0
    """Games in which it was tabled at least once."""


@dataclass
class ChoiceTally:
    """One event's choice put to one nation, over every game."""

    answers: Counter = field(default_factory=Counter)
    """How often each option was taken (a repeating event may ask several times a game)."""
    games: int = 0
    """Games in which it was answered at least once."""


@dataclass
class Tally:
    campaign: Campaign
    games: int = 0
    seeds: Counter = field(default_factory=Counter)
    endings: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    starts: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    ends: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    votes: dict[tuple[str, str, str], VoteTally] = field(default_factory=dict)
    scores: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    met: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    """Per nation: how many games met each objective."""
    met_count: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    """Per nation: how many games met 0, 1, 2... objectives."""
    relapsed: Counter = field(default_factory=Counter)
    """Per crisis: games in which it relapsed after ending."""
    norms: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    """Per norm: the months its endorsement was voted, one per game that endorsed it."""
    choices: dict[tuple[str, str], ChoiceTally] = field(default_factory=dict)
    """Per (event, nation) asked: the options it took."""
    capped: int = 0
    nation_turns: int = 0
    seconds: float = 0.0
    slowest: float = 0.0

    def add(self, r: GameResult) -> None:
        self.games += 1
        self.seeds[r.seed] += 1
        for cid, ending, started, ended in r.crises:
            self.endings[cid][ending] += 1
            if started is not None:
                self.starts[cid][started] += 1
            if ended is not None:
                self.ends[cid][ended] += 1
        seen = set()
        for v in r.votes:
            key = (v.crisis, v.body, v.kind)
            t = self.votes.setdefault(key, VoteTally())
            t.tabled += 1
            t.status[v.status] += 1
            t.vetoed_by.update(v.vetoed_by)
            if key not in seen:
                seen.add(key)
                t.games += 1
        for code, score in r.scores:
            self.scores[code][score] += 1
        for code, ids in r.objectives:
            self.met[code].update(ids)
            self.met_count[code][len(ids)] += 1
        self.relapsed.update(r.relapsed)
        for norm, when in r.norms:
            self.norms[norm][when] += 1
        answered = set()
        for event, nation, option in r.choices:
            c = self.choices.setdefault((event, nation), ChoiceTally())
            c.answers[option] += 1
            if (event, nation) not in answered:
                answered.add((event, nation))
                c.games += 1
        self.capped += r.capped
        self.nation_turns += r.nation_turns
        self.seconds += r.seconds
        self.slowest = max(self.slowest, r.seconds)

    def figures(self) -> dict:
        """Everything the seeds decide (no timings): equal for equal seeds, in any order."""
        return {
            "games": self.games, "seeds": dict(self.seeds),
            "endings": {k: dict(v) for k, v in self.endings.items()},
            "starts": {k: dict(v) for k, v in self.starts.items()},
            "ends": {k: dict(v) for k, v in self.ends.items()},
            "votes": {k: (v.tabled, dict(v.status), dict(v.vetoed_by), v.games)
                      for k, v in self.votes.items()},
            "scores": {k: dict(v) for k, v in self.scores.items()},
            "met": {k: dict(v) for k, v in self.met.items()},
            "relapsed": dict(self.relapsed),
            "norms": {k: dict(v) for k, v in self.norms.items()},
            "choices": {k: (dict(v.answers), v.games) for k, v in self.choices.items()},
            "capped": (self.capped, self.nation_turns),
        }

    # --- reading -----------------------------------------------------------------------

    def crisis_ids(self) -> list[str]:
        """Crises in campaign order (claims' crises after), leaving out those that never
        began in any game and have no history to compare with."""
        history = historical(self.campaign)
        ids = [c.id for c in self.campaign.crises] + sorted(
            set(self.endings) - {c.id for c in self.campaign.crises})
        return [cid for cid in ids if cid in history or self.games - self.endings[cid]["never"]]

    def crisis_names(self) -> dict[str, str]:
        """Every crisis's name, those that nations' claims start included."""
        names = {c.id: c.name for c in self.campaign.crises}
        for d in self.campaign.nations:
            for claim in d.claims:
                names.setdefault(claim_crisis_id(d.code, claim.id), claim.name)
        return names

    def share(self, cid: str, ending: str) -> float:
        return self.endings[cid][ending] / self.games if self.games else 0.0

    def relapse_rate(self, cid: str) -> float | None:
        """The share of games in which the crisis relapsed after a settlement or withdrawal;
        None for a crisis with no peacebuilding phase (it cannot relapse)."""
        crisis = next((c for c in self.campaign.crises if c.id == cid), None)
        if crisis is None or crisis.peacebuilding is None:
            return None
        return self.relapsed[cid] / self.games if self.games else 0.0

    def choice_keys(self) -> list[tuple[str, str]]:
        """The (event, nation) choices answered in some game, in the campaign's event order
        (an event the campaign does not define, if any, after)."""
        order = {e.id: i for i, e in enumerate(self.campaign.events)}
        return sorted(self.choices, key=lambda k: (order.get(k[0], len(order)), k))

    def options(self, event: str) -> list[str]:
        """An event's options in the order the campaign lists them, then any other taken."""
        defined = next((e for e in self.campaign.events if e.id == event), None)
        ids = [o.id for o in defined.choice.options] if defined and defined.choice else []
        taken = set().union(*(c.answers for (e, _), c in self.choices.items() if e == event))
        return ids + sorted(taken - set(ids))

    def playable(self) -> list[str]:
        return [d.code for d in self.campaign.nations if d.playable]


def median(values: Counter) -> float | None:
    """The median of a counter of values (the mean of the two middle ones for an even count)."""
    n = sum(values.values())
    if not n:
        return None
    low, high = _nth(values, (n - 1) // 2), _nth(values, n // 2)
    return (low + high) / 2


def median_low(values: Counter) -> int | None:
    """The lower median: always one of the values (for months, which must be real dates)."""
    n = sum(values.values())
    return _nth(values, (n - 1) // 2) if n else None


def quantile(values: Counter, q: float) -> int | None:
    n = sum(values.values())
    return _nth(values, min(n - 1, int(q * (n - 1) + 0.5))) if n else None


def _nth(values: Counter, index: int) -> int:
    seen = 0
    for value in sorted(values):
        seen += values[value]
        if seen > index:
            return value
    raise IndexError(index)


ENDING_NAMES = {e: e for e in ENDINGS} | {"never": "never started"}
