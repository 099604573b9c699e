"""Players a human might be, pitted against the AI: the strategy tables of issue 14.

Each strategy plays one nation; every other nation is the normal AI. The scripted strategies
(passive, random and the three doctrines) are handed only their nation's view of the game
(``game.engine.view``), never the full state; the built-in AI at a difficulty is the game's
own AI and sees what it always sees. An action a strategy picks that the rules refuse is
replaced by the mildest legal one (abstain, the first answer, end the turn), and counted.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from game.ai.policy import answer_to, plan
from game.engine import (Action, GameState, PlayerView, act, legal_actions, parse_action, view,
                         why_not)
from game.engine.model import PEACEBUILD, PREVENT, PREVENT_NEED, SIGNS
from game.engine.orders.organisations import CRISIS_KINDS_OF_RESOLUTION, RETRY_TURNS
from game.engine.orders.prevention import SIGN_OF
from game.engine.state import CrisisState, Mission, Resolution
from game.session.session import Planner, secret_key

RANDOM_ORDERS = 4
"""At most this many random orders a turn (the normal AI gives up to four)."""
LADDER = ("inquiry", "condemn", "ceasefire", "sanctions/economic", "sanctions/arms",
          "sanctions/oil", "peacekeeping/interpose", "enforcement")
"""The order in which the collective-security doctrine reaches for measures."""
REACTION_LADDER = ("condemn", "sanctions/arms", "refer_to_court", "peacekeeping/protect",
                   "no_fly_zone", "enforcement")
"""The order in which the reaction strategy reaches for measures once the violence has begun:
the responsibility to protect's measures, force last."""
QUIET = 10
"""A warning sign at or below this is quiet: a preventive order's cut (10-12 points) would
mostly fall below zero, so the prevention doctrine saves its capital for the louder signs."""

Choose = Callable[[PlayerView, str, int], Action]
"""A strategy: its nation's view, the nation, and a secret key for its own dice."""


class ViewPlayer:
    """Hands a scripted strategy its nation's view and keeps it within the rules."""

    def __init__(self, choose: Choose):
        self.choose = choose
        self.refused = 0

    def __call__(self, state: GameState, nation: str) -> Action:
        action = self.choose(view(state, nation), nation, secret_key(state, nation, "player"))
        if why_not(state, action) is None:
            return action
        self.refused += 1
        return mildest(state, nation)


AIPlayer = Planner
"""The built-in AI at one difficulty, playing one nation exactly as the session's AI does."""


def mildest(state: GameState | PlayerView, nation: str) -> Action:
    """Abstain on the first ballot owed, else give the first answer to an event, else end."""
    if state.phase == "voting":
        return act(nation, "vote", state.ballots_owed(nation)[0], "abstain")
    pending = state.choices.get(nation, ())
    if pending:
        choice = state.campaign.event(pending[0]).choice
        assert choice is not None, pending[0]  # a pending event puts a choice
        return act(nation, "choose", pending[0], choice.options[0].id)
    return act(nation, "end")


# --- the strategies: each reads only its nation's view -----------------------------------


def passive(v: PlayerView, me: str, key: int) -> Action:
    """Ends every turn at once, abstains on every ballot, takes each event's first answer."""
    return mildest(v, me)


def random_orders(v: PlayerView, me: str, key: int) -> Action:
    """Legal moves drawn by a seeded die: random ballots and answers, and a random number of
    random orders (up to RANDOM_ORDERS) a turn."""
    die = random.Random(f"{key}:{v.phase}:{len(v.acted)}:{len(v.archive)}")
    if v.phase == "voting":
        return die.choice(legal_actions(v.facts, me))
    pending = v.choices.get(me, ())
    if pending:
        options = v.campaign.event(pending[0]).choice.options
        return act(me, "choose", pending[0], die.choice(options).id)
    wanted = random.Random(f"{key}:orders").randint(0, RANDOM_ORDERS)
    orders = [a for a in legal_actions(v.facts, me) if a.verb != "end"]
    if len(v.acted) >= wanted or not orders:
        return act(me, "end")
    return die.choice(orders)


def collective_security(v: PlayerView, me: str, key: int) -> Action:
    """Collective security at any price: refuse every demand, table the next measure against
    every aggressor, vote yes on every crisis measure, threaten aggressors and mobilise
    against them; back down in any crisis of one's own."""
    if v.phase == "voting":
        return _vote(v, me, lambda res, c: "no" if c and c.aggressor == me else (
            "yes" if c or res.kind == "refer_to_assembly"
            or res.kind in ("expel", "suspend") and res.subject in _aggressors(v) else "abstain"))
    if v.choices.get(me):
        return mildest(v, me)
    legal = set(legal_actions(v.facts, me))
    wanted: list[Action] = [act(me, "answer", cid, "refuse") for cid in _demands_to(v, me)]
    for c in _active(v):
        if c.aggressor == me:
            wanted.append(act(me, "backdown", c.id))
            continue
        wanted += _next_measures(v, me, c, legal)
    for c in _active(v):
        if c.aggressor != me:  # a red line backed by the mobilisation that follows
            wanted += sorted(a for a in legal if a.verb == "threaten"
                             and a.args[:2] == (c.aggressor, c.id) and a.args[3] == "mobilise")
    for c in _active(v):
        if me not in c.parties:
            wanted.append(act(me, "mobilise", c.id))
    return next((a for a in wanted if a in legal), act(me, "end"))


def appeasement(v: PlayerView, me: str, key: int) -> Action:
    """Appeasement and trade: grant every demand, never table or vote for measures against an
    aggressor (unless they defend oneself), accept every offer, court aggressors and offer them
    non-aggression pacts (the game has no trade order), invest at home."""
    if v.phase == "voting":
        return _vote(v, me, lambda res, c: ("yes" if me in c.victims else "no") if c else (
            "no" if res.kind in ("expel", "suspend", "refer_to_assembly") else "abstain"))
    if v.choices.get(me):
        return mildest(v, me)
    legal = set(legal_actions(v.facts, me))
    wanted = [act(me, "answer", cid, "grant") for cid in _demands_to(v, me)]
    wanted += [act(me, "accept", o.id) for o in v.offers.values()
               if o.receiver == me and o.status == "pending"]
    for aggressor in _aggressors(v):
        if aggressor != me:
            wanted += [act(me, "improve", aggressor),
                       act(me, "propose", "non_aggression", aggressor)]
    wanted.append(act(me, "invest"))
    return next((a for a in wanted if a in legal), act(me, "end"))


def prevention(v: PlayerView, me: str, key: int) -> Action:
    """Early prevention (issue 19): in every latent crisis whose signs show, the loudest
    first (a nation short of capital spends it where the danger is greatest), give each
    preventive order whose sign (as this nation sees it) still stands above QUIET, highest
    sign first; table an inquiry while none has looked, an arms embargo while arms flow and a
    preventive deployment while none stands (in the crisis's own organisation first, never a
    draft already tabled or just voted down) and pledge troops to preventive missions short of
    them; vote for what is tabled on latent crises; nothing once the violence has begun.
    Ballots on anything else are abstentions and each event gets its first answer, as in
    passive play."""
    if v.phase == "voting":
        return _vote_on_any(v, me, lambda res, c: "yes" if c is not None and c.phase == "latent"
                            and me not in c.parties else "abstain")
    if v.choices.get(me):
        return mildest(v, me)
    legal = set(legal_actions(v.facts, me))
    return next((a for a in _preventions(v, me, legal) if a in legal), act(me, "end"))


def _preventions(v: PlayerView, me: str, legal: set[Action]) -> list[Action]:
    """The orders the prevention doctrine wants this turn, most wanted first."""
    wanted: list[Action] = []
    latent = (c for c in v.crises.values() if c.phase == "latent")
    for c in sorted(latent, key=lambda c: (-sum(getattr(c, sign) for sign in SIGNS), c.id)):
        loud = sorted((getattr(c, sign), verb) for verb, sign in SIGN_OF.items()
                      if getattr(c, sign) > QUIET)
        wanted += [act(me, verb, c.id) for _, verb in reversed(loud)]
        if not c.inquiry:
            wanted += _fresh_tablings(v, legal, "inquiry", c)
        if c.arms > QUIET and not c.has_measure("arms"):
            wanted += [a for a in _fresh_tablings(v, legal, "sanctions", c)
                       if a.params().get("type") == "arms"]
        if not any(m.crisis == c.id and m.mandate == PREVENT and m.status == "active"
                   for m in v.missions.values()):
            wanted += _fresh_tablings(v, legal, "preventive_deployment", c)
    return wanted + _pledges_to(v, me, lambda m: m.mandate == PREVENT
                                and m.strength < PREVENT_NEED)


def _fresh_tablings(v: PlayerView, legal: set[Action], kind: str,
                    c: CrisisState) -> list[Action]:
    """The legal tablings of ``kind`` on ``c``, those in the crisis's own organisation first;
    none while such a draft is tabled, given this phase (in any body: an order is carried out
    when the phase ends) or failed in the last RETRY_TURNS turns (tabling it again only
    spends capital)."""
    recent = [r.param("type") for r in (*v.archive[-60:], *v.resolutions.values())
              if r.kind == kind and r.subject == c.id and (
                  r.status == "tabled" or r.status in ("failed", "vetoed")
                  and r.turn >= v.turn - RETRY_TURNS)]
    recent += [a.params().get("type", "") for a in map(parse_action, v.orders)
               if a.verb == "table" and a.args[1:3] == (kind, c.id)]
    tablings = [a for a in legal if a.verb == "table" and a.args[1] == kind
                and a.args[2] == c.id and a.params().get("type", "") not in recent]
    return sorted(tablings, key=lambda a: (not a.args[0].startswith(f"{c.org}."), a))


def reaction(v: PlayerView, me: str, key: int) -> Action:
    """Reaction only (issue 19): nothing while a crisis is latent; once the violence has
    begun, table the next measure of REACTION_LADDER in every crisis one is not a party to,
    vote for every measure on such a crisis (renewals of its missions included) and pledge
    troops to every mission with a protect mandate. Other ballots are abstentions and each
    event gets its first answer, as in passive play."""
    if v.phase == "voting":
        return _vote_on_any(v, me, lambda res, c: "yes" if c is not None and c.active
                            and me not in c.parties else "abstain")
    if v.choices.get(me):
        return mildest(v, me)
    legal = set(legal_actions(v.facts, me))
    return next((a for a in _reactions(v, me, legal) if a in legal), act(me, "end"))


def _reactions(v: PlayerView, me: str, legal: set[Action]) -> list[Action]:
    """The orders the reaction doctrine wants this turn, most wanted first."""
    wanted: list[Action] = []
    for c in _active(v):
        if me not in c.parties:
            wanted += _next_measures(v, me, c, legal, REACTION_LADDER)
    return wanted + _pledges_to(v, me, lambda m: m.mandate == "protect"
                                and v.crises[m.crisis].active)


def prevention_then_reaction(v: PlayerView, me: str, key: int) -> Action:
    """Prevention then reaction (issue 19): the prevention doctrine's orders in every latent
    crisis, then the reaction doctrine's in every crisis whose violence has begun (those
    prevention failed to stop and those that were never latent). The cheap preventive orders
    come first: a sign cut this turn may spare the dearer measures later. Votes for every
    measure on a crisis one is not a party to, latent or active; other ballots are
    abstentions and each event gets its first answer."""
    if v.phase == "voting":
        return _vote_on_any(v, me, lambda res, c: "yes" if c is not None and (
            c.active or c.phase == "latent") and me not in c.parties else "abstain")
    if v.choices.get(me):
        return mildest(v, me)
    legal = set(legal_actions(v.facts, me))
    wanted = _preventions(v, me, legal) + _reactions(v, me, legal)
    return next((a for a in wanted if a in legal), act(me, "end"))


def _vote_on_any(v: PlayerView, me: str,
                 ballot: Callable[[Resolution, CrisisState | None], str]) -> Action:
    """Like _vote, with the crisis of any resolution whose subject is one (a preventive
    deployment's or a peacebuilding mission's too)."""
    rid = v.ballots_owed(me)[0]
    res = v.resolutions[rid]
    return act(me, "vote", rid, ballot(res, v.crises.get(res.subject)))


def _pledges_to(v: PlayerView, me: str, wanted: Callable[[Mission], bool]) -> list[Action]:
    """Troops for every active mission ``wanted`` picks, oldest first."""
    return [act(me, "pledge", "troops", m.id) for m in sorted(
        v.missions.values(), key=lambda m: (m.since, m.id)) if m.status == "active"
        and m.mandate != PEACEBUILD and wanted(m)]


def _demands_to(v: PlayerView, me: str) -> list[str]:
    """The crises whose aggressor's demand awaits this nation's answer."""
    return [cid for cid, d in v.demands.items() if d.status == "pending" and me in d.addressed]


def national_interest(v: PlayerView, me: str, key: int) -> Action:
    """National interest first: invest, rearm and rally every turn it can; vote as the AI
    would in its place; answer events as the AI would (the author's weights tilted by what
    each option's effects are worth to the nation, ``policy.answer_to``)."""
    if v.phase == "voting":
        return plan(v, key)[0].action
    pending = v.choices.get(me, ())
    if pending:
        return answer_to(v, key, pending[0])
    legal = set(legal_actions(v.facts, me))
    wanted = [act(me, verb) for verb in ("invest", "rearm", "rally")]
    return next((a for a in wanted if a in legal), act(me, "end"))


def _vote(v: PlayerView, me: str,
          ballot: Callable[[Resolution, CrisisState | None], str]) -> Action:
    rid = v.ballots_owed(me)[0]
    res = v.resolutions[rid]
    crisis = v.crises.get(res.subject) if res.kind in CRISIS_KINDS_OF_RESOLUTION else None
    return act(me, "vote", rid, ballot(res, crisis))


def _active(v: PlayerView) -> list[CrisisState]:
    return [c for c in v.crises.values() if c.active]


def _aggressors(v: PlayerView) -> list[str]:
    return sorted({c.aggressor for c in _active(v)})


def _next_measures(v: PlayerView, me: str, c: CrisisState, legal: set[Action],
                   ladder: tuple[str, ...] = LADDER) -> list[Action]:
    """Tablings of the first measure on the ladder not yet in force, in every body that may."""
    for step in ladder:
        kind, _, detail = step.partition("/")
        if kind == "inquiry" and (c.inquiry or c.clarity >= 45 or c.has_measure("inquiry")):
            continue
        if c.has_measure(detail or kind):
            continue
        tablings = [a for a in legal if a.verb == "table" and a.args[1] == kind
                    and a.args[2] == c.id and (not detail or detail in a.params().values())]
        if tablings:
            return sorted(tablings)
    return []


@dataclass(frozen=True)
class Strategy:
    id: str
    label: str
    make: Callable[[], Callable[[GameState, str], Action]]
    """A fresh player for one game."""
    doctrine: bool = False


STRATEGIES = (
    Strategy("passive", "passive", lambda: ViewPlayer(passive)),
    Strategy("random", "random", lambda: ViewPlayer(random_orders)),
    Strategy("easy", "AI easy", lambda: AIPlayer("easy")),
    Strategy("normal", "AI normal", lambda: AIPlayer("normal")),
    Strategy("hard", "AI hard", lambda: AIPlayer("hard")),
    Strategy("security", "coll. security", lambda: ViewPlayer(collective_security), True),
    Strategy("appeasement", "appeasement", lambda: ViewPlayer(appeasement), True),
    Strategy("interest", "nat. interest", lambda: ViewPlayer(national_interest), True),
    Strategy("prevention", "prevention", lambda: ViewPlayer(prevention)),
    Strategy("reaction", "reaction", lambda: ViewPlayer(reaction)),
    Strategy("prevreact", "prevent+react", lambda: ViewPlayer(prevention_then_reaction)),
)
BY_ID = {s.id: s for s in STRATEGIES}


def chosen(parser, text: str) -> list[str]:
    """The strategy ids of a comma-separated ``--strategies``; an unknown one is a usage
    error (``parser.error`` exits with the list of known ones)."""
    strategies = [s for s in text.split(",") if s]
    unknown = [s for s in strategies if s not in BY_ID]
    if unknown:
        parser.error(f"unknown strategies: {', '.join(unknown)}")
    return strategies
