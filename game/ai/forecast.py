"""The vote forecast: how a body is likely to vote on a draft or a tabled item, seat by seat,
as the viewer can tell from its own view (docs/rules.md, "The vote forecast").

Each other seat is modelled with the AI's own valuation (``Mind.weigh``) run on the viewer's
facts. What the viewer cannot know is the uncertainty: the noise the AI adds to its vote (its
jitter, whose whole range is known) and lobbying the viewer did not do or receive (which can
only push a seat towards yes). The viewer's own lobbying counts once answered, if accepted. The same rules the engine counts with (``voting.decide``) then
say what the likely ballots would give.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace

from game.ai.policy import (NO_BELOW, NOISE, YES_ABOVE, Mind, Term, ballot_of, lobby_weight,
                            merits, plain_mind, ranked, toward)
from game.ai.stances import bounded
from game.engine.actions import Action
from game.engine.bodies import count, is_absent, left_out, permanent_members, seated
from game.engine.model import PROCEDURAL_KINDS
from game.engine.orders.organisations import LOBBY_FROM, OFFERS
from game.engine.state import Resolution
from game.engine.view import PlayerView
from game.engine.voting import BALLOTS, Decision

ORDER = ("no", "abstain", "yes")
"""Ballots from the least to the most favourable to the draft."""
DRAWS = 256
"""The AI's noise is one of 256 evenly spaced values (a byte of a hash): counted exactly."""
LEANING = 2 / 3
"""A seat whose likely ballot has at least this chance is leaning; below, a toss-up."""
LOBBY_SUPPORT, LOBBY_WINDOW = LOBBY_FROM, (-40.0, 8.0)
"""Who lobbies and whom (as ``Mind._lobby`` decides): a member that wants the draft this much
presses seats whose support lies in this window."""
VERDICTS = ("likely adopted", "likely fails", "too close to call")


@dataclass(frozen=True)
class SeatForecast:
    nation: str
    ballot: str
    """The likely ballot."""
    certainty: str
    """sure, leaning, toss-up; 'yours' for the viewer's own seat before it votes, 'cast' once
    it has voted, 'away' for a member staying away."""
    chances: dict[str, float]
    """The chance of each ballot from the AI's noise (unknown lobbying aside)."""
    possible: tuple[str, ...]
    """Every ballot within the band (noise and unknown lobbying), least favourable first."""
    support: float
    factor: str
    """The reason that decides the likely ballot."""
    reasons: tuple[str, ...]
    permanent: bool = False
    excluded: bool = False
    """A party whose vote is not counted (League, Article 15)."""
    pressable: bool = False
    """Unknown lobbying could move this seat."""


@dataclass(frozen=True)
class Forecast:
    org: str
    body: str
    rule: str
    seats: tuple[SeatForecast, ...]
    decision: Decision
    """What the likely ballots give under the body's rule (``voting.decide``)."""
    verdict: str
    """likely adopted, likely fails, or too close to call (a toss-up seat could turn it)."""
    expected: dict[str, float]
    low: dict[str, int]
    high: dict[str, int]
    vetoes: tuple[str, ...] = field(default=())
    """Permanent members likely to vote no: a veto under a Security Council's rule."""
    may_veto: tuple[str, ...] = field(default=())
    """Permanent members who lean otherwise but could vote no."""

    def ballots(self) -> dict[str, str]:
        """The likely ballot of every seat."""
        return {s.nation: s.ballot for s in self.seats}

    def seat(self, nation: str) -> SeatForecast | None:
        return next((s for s in self.seats if s.nation == nation), None)


def draft_of(action: Action) -> Resolution:
    """The resolution a ``table`` order would put on the agenda (not yet numbered)."""
    org, body = action.args[0].split(".", 1)
    params = tuple(sorted(action.params().items()))
    return Resolution("draft", org, body, action.nation, action.args[1], action.args[2], params,
                      0)


def forecast(v: PlayerView, draft: Resolution, difficulty: str = "normal") -> Forecast:
    """How ``draft``'s body is likely to vote on it, from what ``v``'s nation may know."""
    if not isinstance(v, PlayerView) or v.nation is None:
        raise TypeError("a forecast is made from a nation's own view")
    s = v.facts
    bdef = s.campaign.org(draft.org).body(draft.body)
    # a draft not yet on the agenda would be tabled this turn (a vote promised earlier counts)
    res = v.resolutions.get(draft.id, replace(draft, turn=s.turn))
    perm = permanent_members(s, draft.org, draft.body)
    excluded = left_out(s, res)
    lobbyists = _Lobbyists(v, res)
    tally = merits(v, res) if bdef.seats is not None else None
    seats = tuple(_seat(v, res, n, n in perm, n in excluded, lobbyists, difficulty, tally)
                  for n in seated(s, draft.org, draft.body))

    def decided(ballots: dict[str, str]) -> Decision:
        return count(s, res, ballots)

    likely = decided({x.nation: x.ballot for x in seats})
    if likely.adopted:
        turned = decided({x.nation: x.possible[0] if x.certainty == "toss-up" else x.ballot
                          for x in seats})
        verdict = VERDICTS[0] if turned.adopted else VERDICTS[2]
    else:
        turned = decided({x.nation: x.possible[-1] if x.certainty == "toss-up" else x.ballot
                          for x in seats})
        verdict = VERDICTS[1] if not turned.adopted else VERDICTS[2]
    counted = [x for x in seats if not x.excluded]
    veto = bdef.rule == "security_council" and res.kind not in PROCEDURAL_KINDS
    return Forecast(
        draft.org, draft.body, bdef.rule, seats, likely, verdict,
        expected={b: round(sum(x.chances.get(b, 0.0) for x in counted), 2) for b in BALLOTS},
        low={b: sum(1 for x in counted if x.possible == (b,)) for b in BALLOTS},
        high={b: sum(1 for x in counted if b in x.possible) for b in BALLOTS},
        vetoes=tuple(x.nation for x in seats if veto and x.permanent and x.ballot == "no"),
        may_veto=tuple(x.nation for x in seats if veto and x.permanent and x.ballot != "no"
                       and "no" in x.possible))


def _seat(v: PlayerView, res: Resolution, nation: str, permanent: bool, excluded: bool,
          lobbyists: _Lobbyists, difficulty: str,
          tally: dict[str, str] | None) -> SeatForecast:
    s = v.facts
    flags = {"permanent": permanent, "excluded": excluded}
    if is_absent(s, nation, res.org, res.body):
        return SeatForecast(nation, "absent", "away", {"absent": 1.0}, ("absent",), 0.0,
                            "stays away from the body", (), **flags)
    mind = Mind(v, "hard", judge=nation, audience=v.nation, tally=tally)
    support, terms = mind.weigh(res)
    if nation == v.nation:
        cast = res.ballot(nation)
        ballot = cast or ("yes" if res.sponsor == nation else ballot_of(support, permanent))
        return SeatForecast(nation, ballot, "cast" if cast else "yours", {ballot: 1.0},
                            (ballot,), support, "your ballot" if cast else "your choice",
                            tuple(ranked(terms, ballot)), **flags)
    span = NOISE[difficulty] / 2  # the AI adds half its jitter to its support when it votes
    raw = _chances(support, span, permanent)
    unbound = max(ORDER, key=lambda b: (raw.get(b, 0.0), b == ballot_of(support, permanent)))
    stated = {b: bounded(s, nation, res, b) for b in ORDER}  # its stances, as the AI clamps
    chances = {b: round(sum(p for a, p in raw.items() if stated[a][0] == b), 4)
               for b in ORDER if any(stated[a][0] == b for a in raw)}
    likely = max(ORDER, key=lambda b: (chances.get(b, 0.0), b == stated[unbound][0]))
    policy = stated[unbound][1] if stated[unbound][0] == likely else next(
        (why for cast, why in stated.values() if cast == likely and why), "")
    push = _unknown_lobbying(v, res, nation, support, lobbyists)
    lo = stated[ballot_of(support - span, permanent)][0]
    hi = stated[ballot_of(support + span + push, permanent)][0]
    possible = ORDER[ORDER.index(lo):ORDER.index(hi) + 1]
    certainty = ("sure" if len(possible) == 1
                 else "leaning" if chances[likely] >= LEANING else "toss-up")
    reasons = [policy] * bool(policy) + ranked(terms, likely)
    return SeatForecast(nation, likely, certainty, chances, possible, round(support, 1),
                        policy or _factor(terms, likely), tuple(reasons),
                        pressable=push > 0 and stated["yes"][0] != lo, **flags)


class _Draws:
    """The supports a seat may vote on, one per value of the AI's noise, in rising order
    (computed when read: a bisection reads eight of them)."""

    def __init__(self, support: float, span: float):
        self.support, self.span = support, span

    def __len__(self) -> int:
        return DRAWS

    def __getitem__(self, i: int) -> float:
        return self.support + (i / (DRAWS - 1) * 2 - 1) * self.span


def _chances(support: float, span: float, permanent: bool) -> dict[str, float]:
    """The chance of each ballot (``ballot_of``) over the AI's noise, counted exactly."""
    draws = _Draws(support, span)
    no = bisect_left(draws, NO_BELOW[permanent])  # draws below the no threshold
    yes = DRAWS - bisect_right(draws, YES_ABOVE)  # draws above the yes threshold
    counts = {"no": no, "abstain": DRAWS - no - yes, "yes": yes}
    return {b: round(n / DRAWS, 4) for b, n in counts.items() if n}


def _factor(terms: list[Term], ballot: str) -> str:
    """The reason that weighs most towards ``ballot``: the largest push for a yes; for a no
    the largest pull against, and for an abstention what most holds it back from a yes."""
    named = [t for t in terms if t[1] and t[0] * toward(ballot) > 0]
    if not named:
        return "no strong view either way"
    return max(named, key=lambda t: abs(t[0]))[1]


class _Lobbyists:
    """Members other than the viewer who want the draft enough to lobby for it, asked only
    for the strongest of them (``strongest``): a seat's unknown lobbying reads no more, and
    most seats are out of the window it presses (a council's draft weighed by every member
    of the organisation was most of a forecast's work)."""

    def __init__(self, v: PlayerView, res: Resolution):
        self.v, self.res = v, res
        self._ranked: list[tuple[str, float]] | None = None
        """Each member other than the viewer with its ``lobby_weight``, the heaviest first."""

    def strongest(self, nation: str) -> float | None:
        """The ``lobby_weight`` of the heaviest lobbyist other than ``nation``, None if none:
        the first member in order of weight that wants the draft enough (``LOBBY_SUPPORT``)
        on its merits. Following the others never lifts a seat as far as lobbying support;
        the view's guess of each mind (``plain_mind``), which the seats' merits read too
        (who hears the reasons changes their words, never the support)."""
        if self._ranked is None:
            s, org = self.v.facts, self.res.org
            members = sorted(m for m in s.orgs[org].members
                             if m != self.v.nation and m in s.nations)
            self._ranked = sorted(((m, lobby_weight(s, m, org)) for m in members),
                                  key=lambda mw: -mw[1])
        for m, weight in self._ranked:
            if m != nation and plain_mind(self.v, m).weigh(self.res)[0] >= LOBBY_SUPPORT:
                return weight
        return None


def _unknown_lobbying(v: PlayerView, res: Resolution, nation: str, support: float,
                      lobbyists: _Lobbyists) -> float:
    """How far lobbying the viewer cannot see could push ``nation`` towards yes: one press by
    the strongest member that wants the draft, with the richest offer, taken, if ``nation``
    is wavering enough to be pressed. The viewer's own lobbying is known: once answered, an
    accepted one is already in ``support`` and a refused one counts for nothing."""
    lo, hi = LOBBY_WINDOW
    if not lo < support <= hi:
        return 0.0
    strongest = lobbyists.strongest(nation)
    if strongest is None:
        return 0.0
    return strongest + max(o.pull for o in OFFERS.values())
