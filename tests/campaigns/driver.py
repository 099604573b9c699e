"""Scripting a campaign's history for its tests: every nation passive except as scripted (or
handed to the AI from a date), orders and ballots given by the month they were given in."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import replace

from game.ai.policy import _weighted_answer
from game.engine.actions import Action, act
from game.engine.bodies import seated
from game.engine.calendar import parse_date
from game.engine.model import Campaign
from game.session import scripted
from game.session.session import Planner, Session, secret_key

Entry = list[str] | Callable[[Session], list[str]]
Script = dict[str, Entry]

AI = "ai"
"""In ``council_votes``, a member whose ballot is left to the AI."""


def run(campaign, script: Script, seed: int = 1, until: str | None = None,
        ai_from: dict[str, str] | None = None, strict: bool = True) -> Session:
    """Play with every nation passive except as scripted, until ``until`` (that turn is not
    played) or the end. ``ai_from`` hands a nation to the AI from a date on; unless
    ``strict``, an order that play has made impossible (a counterfactual changed the course)
    is skipped."""
    session = Session(on_its_dates(campaign), seed)
    stop = parse_date(until) if until else None
    handover = {n: parse_date(d) for n, d in (ai_from or {}).items()}
    while not session.over and (stop is None or session.state.month < stop):
        month = session.state.month
        passive = {d.code for d in campaign.nations
                   if not (d.code in handover and month >= handover[d.code])}
        scripted.play_turn(session, this_turn(session, script), passive=passive,
                           skipped=None if strict else [], ai=on_the_record(passive))
    return session


def on_the_record(passive: set[str]) -> Callable[[Session, str], Action]:
    """The AI, except that a passive nation answers an event's choice by the author's odds
    (the historical answer weighted highest, drawn as the normal AI drew before it valued the
    options' effects, game/ai/answers.py): in a script the outside powers give only their
    recorded orders, so the war a passive government would read is not the one it faced (no
    NATO activation order behind Holbrooke in October 1998), and the record's decisions are
    part of the record."""
    def ai(session: Session, nation: str) -> Action:
        state = session.state
        pending = state.choices.get(nation, ())
        if nation not in passive or not pending:
            return session.ai_action(nation)
        choice = state.campaign.event(pending[0]).choice
        assert choice is not None  # a pending event puts a choice
        answers = [act(nation, "choose", pending[0], o.id) for o in choice.options]
        return _weighted_answer(state, nation, pending[0], answers, "normal",
                                secret_key(state, nation)).action
    return ai


def on_its_dates(campaign: Campaign) -> Campaign:
    """``campaign`` with every event on its date (no window, game/engine/fortune.py): a
    script gives history's orders in history's months, so the incidents they answer must come
    in those months too. The crises' opening figures still vary with the seed."""
    return replace(campaign, events=tuple(replace(e, window=0) for e in campaign.events))


def this_turn(session: Session, script: Script) -> list[str]:
    """The scripted orders and ballots of the turn ``session`` is in."""
    month, length = session.state.month, session.campaign.turn_months
    texts: list[str] = []
    for key, entry in script.items():
        if month <= parse_date(key) < month + length:
            texts += entry(session) if callable(entry) else entry
    return texts


def council_votes(pattern: str, ballot: str = "yes", **others: str) -> Callable:
    """Every member sitting on the Security Council casts ``ballot`` on ``pattern``, except
    the nations named in ``others`` (``CHN="abstain"``, or ``RUS=AI`` to let the AI vote)."""
    def entry(session: Session) -> list[str]:
        return [f"{n} vote {pattern} {others.get(n, ballot)}"
                for n in seated(session.state, "un", "council") if others.get(n) != AI]
    return entry


def then(*parts: Entry) -> Callable:
    def entry(session: Session) -> list[str]:
        out: list[str] = []
        for part in parts:
            out += part(session) if callable(part) else part
        return out
    return entry


def if_active(crisis: str, entry: Callable) -> Callable:
    """``entry`` if ``crisis`` is still going on in play, nothing otherwise."""
    def conditional(session: Session) -> list[str]:
        return entry(session) if session.state.crises[crisis].active else []
    return conditional


def unless_on_the_ground(crisis: str, entry: Callable) -> Callable:
    """``entry`` unless a mission is already active in ``crisis`` (one a frozen crisis left
    on the same ground: game/engine/enclaves.py)."""
    def conditional(session: Session) -> list[str]:
        on_ground = any(m.crisis == crisis and m.status == "active"
                        for m in session.state.missions.values())
        return [] if on_ground else entry(session)
    return conditional


def pledges(crisis: str, nations: list[str]) -> Callable:
    """Troops for the newest active mission in ``crisis`` (its id exists only in play)."""
    def entry(session: Session) -> list[str]:
        missions = [m for m in session.state.missions.values()
                    if m.crisis == crisis and m.status == "active"]
        return [f"{n} pledge troops {missions[-1].id}" for n in nations] if missions else []
    return entry


def first_contingents(crisis: str, nations: list[str]) -> Callable:
    """``pledges``, if the newest active mission in ``crisis`` has no troops yet: a besieged
    enclave takes a mission's first contingents and no relief after them (enclaves.py)."""
    def entry(session: Session) -> list[str]:
        missions = [m for m in session.state.missions.values()
                    if m.crisis == crisis and m.status == "active"]
        return pledges(crisis, nations)(session) if missions and not missions[-1].strength \
            else []
    return entry


def decided(session: Session, kind: str, crisis: str, org: str = "un", body: str = "council"):
    return [r for r in session.state.archive
            if r.kind == kind and r.subject == crisis and r.org == org and r.body == body]


def tally(res) -> dict[str, int]:
    out = {"yes": 0, "no": 0, "abstain": 0, "absent": 0}
    for _, ballot in res.ballots:
        out[ballot] += 1
    return out


def outcome(session: Session, crisis: str) -> str | None:
    return session.state.crises[crisis].outcome


def council_at(campaign, date: str) -> tuple[set[str], set[str]]:
    """The UN Security Council's (permanent, elected) members in the month ``date``."""
    when = parse_date(date)
    seats = [s for s in campaign.org("un").body("council").seats if s.holds(when)]
    permanent = {s.nation for s in seats if s.permanent}
    return permanent, {s.nation for s in seats} - permanent



def against_ai(session: Session, script: Script, until: str | None = None) -> Session:
    """Play ``session`` on (to ``until``, that turn not played, or the end) with the AI for
    every nation, except that a nation with scripted orders in a turn gives only those and
    the ballots scripted for it: a counterfactual's deviating choices. An order that play has
    made impossible is skipped."""
    stop = parse_date(until) if until else None
    while not session.over and (stop is None or session.state.month < stop):
        scripted.play_turn(session, this_turn(session, script), skipped=[])
    return session


def branch(session: Session) -> Session:
    """An independent copy to play on from (``apply`` never changes a state in place), so
    that the history and its counterfactual share the years before they part. The copy has
    an AI planner of its own: a shared one would hand one branch the plans the AI made for
    the same turn in another."""
    twin = copy.copy(session)
    twin.log, twin.chronicle = list(session.log), list(session.chronicle)
    twin.planner = Planner(session.difficulty)
    return twin


def forks(campaign, seed: int, dates: list[str]) -> dict[str, Session]:
    """An all-AI game of ``seed`` as it stood at the start of each of ``dates`` (in order):
    the shared past from which a history and its counterfactual part (see ``branch``)."""
    session, out = Session(on_its_dates(campaign), seed), {}
    for date in dates:
        against_ai(session, {}, until=date)
        out[date] = branch(session)
    return out


def answer(nation: str, event: str, option: str) -> Callable:
    """``nation`` chooses ``option`` of ``event`` if that decision awaits it, nothing
    otherwise: scripted for every turn of a window, it answers whenever the event comes."""
    def entry(session: Session) -> list[str]:
        pending = session.state.choices.get(nation, ())
        return [f"{nation} choose {event} {option}"] if event in pending else []
    return entry


def merged(*scripts: Script) -> Script:
    """The scripts together: entries under the same date are given one after another."""
    out: Script = {}
    for script in scripts:
        for date, entry in script.items():
            out[date] = then(out[date], entry) if date in out else entry
    return out


def every_turn(campaign, first: str, last: str, entry: Entry) -> Script:
    """``entry`` in every turn from the one holding ``first`` to the one holding ``last``."""
    month, stop = parse_date(first), parse_date(last)
    script: Script = {}
    while month <= stop:
        script[f"{month // 12:04d}-{month % 12 + 1:02d}"] = entry
        month += campaign.turn_months
    return script


Course = tuple[str, Script, str | None]
"""A course of play: the date it parts from the all-AI game, its script, and its end."""


class Courses:
    """Named courses, each played once per seed when first asked for (``games(name)``: a
    session per seed), from a shared all-AI past (``forks``): a history and its
    counterfactuals are compared seed by seed. With ``world``, a course is instead played
    from the start by ``world(campaign, script, seed, until)`` (its fork date unused), e.g.
    in the historical world of ``run`` where the nations not scripted stay passive."""

    def __init__(self, campaign, seeds: tuple[int, ...], courses: dict[str, Course],
                 world: Callable[..., Session] | None = None):
        self.campaign, self.seeds, self.courses, self.world = campaign, seeds, courses, world
        self.played: dict[str, list[Session]] = {}
        self.past = {} if world else {seed: forks(campaign, seed, sorted(
            {fork for fork, _, _ in courses.values()}, key=parse_date)) for seed in seeds}

    def __call__(self, name: str) -> list[Session]:
        if name not in self.played:
            fork, script, until = self.courses[name]
            self.played[name] = [
                self.world(self.campaign, script, seed, until) if self.world
                else against_ai(branch(self.past[seed][fork]), script, until)
                for seed in self.seeds]
        return self.played[name]

    def most(self, count: int) -> bool:
        """``count`` seeds are more than half of them: "in most seeds"."""
        return 2 * count > len(self.seeds)

    def ended(self, name: str, crisis: str, *outcomes: str | None) -> int:
        """In how many seeds ``crisis`` ended in one of ``outcomes`` (None: still open)."""
        return sum(s.state.crises[crisis].outcome in outcomes for s in self(name))

    def otherwise(self, name: str, crisis: str, *outcomes: str | None) -> int:
        """In how many seeds ``crisis`` did not end in any of ``outcomes``."""
        return len(self.seeds) - self.ended(name, crisis, *outcomes)

    def lower(self, history: str, other: str, figure: Callable) -> int:
        """In how many seeds ``figure(state)`` is lower in ``other`` than in ``history``."""
        return sum(figure(o.state) < figure(h.state)
                   for h, o in zip(self(history), self(other), strict=True))
