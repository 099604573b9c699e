"""Utility-based AI nations: every candidate action gets a score and the reasons behind it.

An AI nation plays on its own view (``PlayerView``), as a human seat does: it knows what that
nation may know and nothing else. Its noise comes from a ``key`` the session hands it for each
(nation, turn), drawn from the game's secret seed, which no view holds; so the same game gives
the same choices in any process, and no player can predict them from what they see.
Personalities weight the utilities; difficulty changes how well the AI plays (noise,
attention), never the rules.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Callable, Hashable
from dataclasses import dataclass, replace
from heapq import nsmallest
from typing import TYPE_CHECKING, TypeVar

from game.ai.answers import answer_score, option_value
from game.ai.planning import (PLANNED, POINT_UTILITY, SEALING_ORDERS, SPARE_ORDERS, Outlook,
                              polar)
from game.ai.stances import bounded, forbids, stated
from game.ai.steering import STEERED, loyalties, steered, weights
from game.engine.actions import Action, act
from game.engine import losses
from game.engine.bodies import count, is_absent, permanent_members, seated
from game.engine.colonial import COLONIAL_CAUSE, against_empire
from game.engine.commitments import DETERRENCE, credibility, deterrent, mark, promised
from game.engine.consent import occupied, watching
from game.engine.credit import contributed
from game.engine.crises import exposed, overrun, urge
from game.engine.enclaves import covered
from game.engine.gauges import (ENGAGEMENT, Gauges, allies_of, distance_km, engagements,
                                force, gauges, pays)
from game.engine.legal import legal_actions, options
from game.engine import norms
from game.engine.measures import MAX_TRADE_LOSS, TRADE_LOST
from game.engine.atrocities import AUTHORISED, MANIFEST_PULL
from game.engine.calendar import format_month
from game.engine.model import (ASKING, ATROCITY_KINDS, All, Any, Campaign, ChoiceOption, Condition,
                               Contributed, CrisisEnded, StatIs)
from game.engine.orders import ORDERS, key_of
from game.engine.orders.base import unwanted
from game.engine.orders.military import NEIGHBOURHOOD_KM, holding_lines
from game.engine.orders.organisations import (CRISIS_KINDS_OF_RESOLUTION, OFFERS, PROMISE_PULL,
                                             owes_vote)
from game.engine.orders.turn import END_SCORE
from game.engine.state import (Commitment, CrisisState, GameState, Loss, Measure, Resolution,
                               renewed)
from game.engine.turn import capital_income, commitments
from game.engine.view import PlayerView

if TYPE_CHECKING:
    from game.ai.forecast import Forecast

T = TypeVar("T")

NOISE = {"easy": 30, "normal": 4, "hard": 0}
KEEP_WORD = END_SCORE + 100.0
"""The worth of an order that keeps a commitment now called: above anything else a turn."""
ATTENTION = {"easy": 2, "normal": 4, "hard": 6}
"""How many orders (besides ending the turn) an AI gives in a turn."""
PERSISTS = {"easy": False, "normal": False, "hard": True}
"""Whether an AI takes a draft its organisation's council just failed or vetoed to the
assembly, where a recommendation still earns the sponsor its credit."""
AGENDA = {"easy": 1, "normal": 1, "hard": 3}
"""How many drafts an AI keeps on the agendas at once, each on a different crisis: the hard
AI works several crises in a session, as a great power's delegation does."""
HORIZON = {"easy": 1, "normal": 3, "hard": 4}
"""Turns ahead an AI counts a running cost of its own orders (trade lost, upkeep, losses):
the easy AI is myopic and signs up for costs it will regret."""
RECKONS_WARS = {"easy": False, "normal": False, "hard": True}
"""Whether an AI reckons how long a war it would join is to last (``Mind.war_turns``) and
counts the fighting's running cost for no longer: the hard AI, which counts running costs
furthest ahead (``HORIZON``), would otherwise price a short war as a long one and stay out of
the wars its aims call for. (Giving it to the normal AI, whose interventions make the
campaigns' history, made intervening cheap enough that Darfur stopped freezing.)"""
VOTE_HORIZON = 3
"""Turns ahead every nation counts what a measure would cost it when it votes: the same for
all, so the vote forecast, which models every seat alike, stays true."""
ECONOMY_UTILITY = 2.0
"""What a point of economy, military or will lost a turn weighs against a nation's concerns."""
UPKEEP_UTILITY = 3.0
"""What a point of diplomatic capital owed a turn in upkeep weighs."""

PERSONALITY = {
    #                  multilateral, force, cost-aversion, greed
    "hawk":            (0, 15, 0, 10),
    "multilateralist": (15, 0, 5, 0),
    "isolationist":    (-5, -10, 20, 0),
    "opportunist":     (0, 5, 10, 15),
}


@dataclass(frozen=True)
class Choice:
    action: Action
    score: float
    reasons: tuple[str, ...]


def jitter(key: int, action: Action, difficulty: str) -> float:
    """Noise in [-span, span] for ``action``, from the session's secret key alone."""
    span = NOISE[difficulty]
    if not span:
        return 0.0
    digest = hashlib.sha256(f"{key}:{action.text()}".encode()).digest()
    return (digest[0] / 255 * 2 - 1) * span


Term = tuple[float, str]
"""One reason a nation weighs, with how much it adds to (or takes from) its support."""
Judged = tuple[CrisisState, Measure, float, tuple[Term, ...]]
"""A measure in force as a nation judges it: its crisis, the measure, its support, why."""

YES_ABOVE = 8.0
"""Support above which a nation votes yes."""
NO_BELOW = {True: -12.0, False: -25.0}
"""Support below which a nation votes no: a permanent member (True) says no sooner."""


STAKE = 10.0
"""A nation whose support lies this close to the yes line has little at stake in a vote."""
CROWD = 6.0
"""How far the likely result pulls a nation with little at stake."""

NEGLIGIBLE = 0.5
"""A reason that moves support by less than this is not worth saying."""


DOUBTED = ("mobilised", "treaty", "sanctioning", "threat")
"""Engagements an aggressor discounts by the engaged power's resolve to fight: a victim
fights and an intervener is fighting, but an army on alert, a treaty's promise and a red line
may be bluffs, and a sanctioning power brings its trade, not its army, until it would go to
war."""
ON_THE_BRINK = ("mobilised", "treaty", "threat")
"""Engagements of a peer that an aggressor reads as a step towards a general war: armies on
alert, a pledge of its own to the victim (``Mind.pledged``), a red line drawn (sanctions are
trade, not war)."""
BLUFF_SPAN = 40.0
"""How far below the worth of ending a turn a power's intervention must lie for an aggressor
to read its mobilisation as a pure bluff."""
BLUFF_FLOOR = 0.25
"""An army on alert at the crisis's door, a red line drawn and a pledge to the victim still
count this much, however their government hesitates (``Mind.floored``)."""
PEER_FROM = 0.5
"""The share of the aggressor's own force below which a power's army on alert can be called
as a bluff in any world: only a power that could hurt the aggressor at home makes a general
war thinkable. From this share up to a peer's force the fear of that war grows."""
LIGHTLY_ARMED = 0.0
"""What peacekeepers count for in an aggressor's eyes while no force is authorised behind
them: they may stand in its way (a mission strong enough blocks an escalation), but they will
not attack it."""

GAMBLER = 15.0
"""The force weight of a personality (``PERSONALITY``) from which an aggressor fears no general
war: the hawk gambles on its rivals' hesitation (Hitler in the Rhineland, 1936, and at Munich,
1938); the others, the opportunist too (Stalin), fear it."""
GENERAL_WAR = 40.0
"""What the fear of a general war with a peer, with the world at the brink, takes from an
aggressor's urge to press on: as much as one fully credible red line
(``commitments.DETERRENCE``), the war it promises."""

WARY_VOTE = 0.5
"""A wary government's vote on a mission weighs half its losses: others may man it."""
RENEWAL_HABIT = 15.0
"""Support for renewing a mission in place over setting it up: withdrawing troops from a
crisis is a decision of its own (UNPROFOR's mandate was renewed in every vote, 1992-95)."""
ASKED = 15.0
"""Support for observers that both parties to an accord asked for: granting a request the
host and its enemy make together is a council's routine (the missions the Council set up to
watch agreements in 1988-93, Res 872 among them, passed without a vote against)."""


UNSHARED_KINDS = frozenset({"admit", "expel", "suspend", "refer_to_assembly", "lift", "endorse"})
"""Drafts whose judgement reads more than their crisis and public facts (another resolution,
a measure, a nation's membership, a norm): a seat's guess at them is never taken from the
public view (``Mind._publicly_weighed``)."""


def ballot_of(value: float, permanent: bool) -> str:
    """The ballot a nation casts for a support of ``value``."""
    if value > YES_ABOVE:
        return "yes"
    if value < NO_BELOW[permanent]:
        return "no"
    return "abstain"


def toward(ballot: str | None) -> int:
    """Which way a reason must pull to explain ``ballot``: up for a yes, down for a no or an
    abstention (what held it back from a yes), either way (0) when no ballot is known."""
    return {"yes": 1, "no": -1, "abstain": -1}.get(ballot or "", 0)


def ranked(terms: list[Term], ballot: str | None = None) -> list[str]:
    """Reasons by the size of their contribution, largest first, those that pull towards
    ``ballot`` before the others: the first names the factor that decided. Unnamed ones (a
    pressure the listener was not told of) and negligible ones are left out, unless nothing
    else is left."""
    way = toward(ballot)
    named = sorted((t for t in terms if t[1]), key=lambda t: (t[0] * way <= 0 < abs(way),
                                                              -abs(t[0])))
    return [why for t, why in named if abs(t) >= NEGLIGIBLE] or [why for _, why in named[:1]]


def merits(v: PlayerView, res: Resolution) -> dict[str, str]:
    """How each seat of ``res``'s body would vote on the draft's merits alone (no noise, no
    following of the others), as ``v``'s nation can tell: what bandwagoning reads."""
    return dict(v.derived.get(("merits", res), lambda: _merits(v, res)))


def _merits(v: PlayerView, res: Resolution) -> dict[str, str]:
    """``merits``, worked out (once per view and draft: each seat that weighs the draft with
    little at stake reads it)."""
    s = v.facts
    perm = permanent_members(s, res.org, res.body)
    out = {}
    for seat in seated(s, res.org, res.body):
        if is_absent(s, seat, res.org, res.body):
            out[seat] = "absent"
        else:
            out[seat] = ballot_of(plain_mind(v, seat).weigh(res)[0], seat in perm)
    return out


def plain_mind(v: PlayerView, nation: str) -> Mind:
    """``nation``'s judgement on the merits as ``v``'s nation guesses it (``Mind.of``), made
    once per view: the seats' merits and every mind's valuations of lobbying and resolve
    read the same guesses, so each weighs a draft once."""
    return v.derived.get(("plain mind", nation),
                         lambda: Mind(v, "hard", judge=nation, plain=True))


def resolve_to_fight(v: PlayerView, nation: str, crisis: str) -> float:
    """``Mind.resolve_to_fight``: how far ``nation`` would go to war over ``crisis`` as
    ``v``'s nation guesses it: ``nation``'s own mind (``plain_mind``) valuing an intervention
    on the record of the crisis, whoever asks and whatever record of the crisis they hold (an
    aggressor weighing a mobilisation that has not happened yet asks it of every power
    engaged, again for each order it weighs). That valuation reads public facts alone (the
    crisis's public fields, the power's concern, force, will, army on alert and losses), so
    it is worked out once on them (``PlayerView.public``) for every seat that plans in the
    phase, as ``Mind.urge_of`` is."""
    public = v.public()

    def guess() -> float:
        value, _ = ORDERS["intervene"].value(plain_mind(public, nation),
                                             act(nation, "intervene", crisis))
        return min(1.0, max(BLUFF_FLOOR, 1 + (value - END_SCORE) / BLUFF_SPAN))
    return public.derived.get(("resolve to fight", nation, crisis), guess)


def resolve_to_guard(v: PlayerView, nation: str, crisis: str) -> float:
    """How far ``nation`` would put its army on alert over ``crisis``, 0-1, as ``v``'s nation
    guesses it: ``nation``'s own mind (``plain_mind``) valuing the mobilisation were the alert
    to move the aggressor all the way (the order's ``ceiling``), against the worth of doing
    nothing, over BLUFF_SPAN. Read on public facts once for every seat that plans in the
    phase, as ``resolve_to_fight`` is. What a gambler weighs a guard at the door by
    (``Mind.on_guard``): a power whose ties with it outweigh the victim's will not come."""
    public = v.public()

    def guess() -> float:
        ceiling = ORDERS["mobilise"].ceiling
        assert ceiling is not None  # a mobilisation has one (orders.military)
        value = ceiling(plain_mind(public, nation), act(nation, "mobilise", crisis))
        return min(1.0, max(0.0, 1 + (value - END_SCORE) / BLUFF_SPAN))
    return public.derived.get(("resolve to guard", nation, crisis), guess)


def beyond_bluff(believed: float) -> float:
    """How far a resolve to fight (``resolve_to_fight``, BLUFF_FLOOR-1) goes beyond a bluff,
    0-1: what an engagement with no floor under it counts (``Mind.floored``)."""
    return (believed - BLUFF_FLOOR) / (1 - BLUFF_FLOOR)


def lobby_weight(s: GameState, lobbyist: str, org: str) -> float:
    """How hard a lobbyist presses: more with a larger economy and budget share."""
    return 10 + (s.nations[lobbyist].economy + s.orgs[org].contribution(lobbyist) * 3) / 8


class Mind:
    """One nation's judgement of its interests, for one decision, on its own view.

    ``judge`` is whose mind is modelled: the viewer by default, or another nation whose vote
    the viewer tries to guess (from what the viewer knows). ``audience`` is who hears the
    reasons: the nation itself hears all of them; anyone else only what a government says in
    public and what that listener already knows (the lobbying it did).

    Each order's valuation (``game.engine.orders``) is given this mind and reads only: ``s``,
    ``me``, ``n``, ``d``, the personality weights (``multi``, ``hawk``, ``frugal``, ``greed``),
    ``concern``, ``support``, ``lifting``, ``pressing``, ``pivotal``, ``voiceless``, ``of`` and
    what orders cost it: ``trade_cost``, ``running`` (with ``war_turns``), ``wary``,
    ``goal_pull``, ``goal_part`` and ``foresee``.
    """

    def __init__(self, v: PlayerView, difficulty: str = "normal", key: int = 0, *,
                 judge: str | None = None, audience: str | None = "", plain: bool = False,
                 tally: dict[str, str] | None = None):
        if not isinstance(v, PlayerView):
            raise TypeError("an AI nation plays on a PlayerView, never on the full state")
        me = judge or v.nation
        if me is None:  # a guess at another nation may read the public facts
            raise ValueError("an AI nation plays on its own view, not the public one")
        self.v = v
        self.s: GameState = v.facts
        self.me: str = me
        self.audience = self.me if audience == "" else audience
        self.d = self.s.campaign.nation(self.me)
        self.n = self.s.nations[self.me]
        self.difficulty = difficulty
        self.agenda = AGENDA[difficulty]
        """How many drafts this nation tables at once (``orders.organisations``)."""
        self.persists = PERSISTS[difficulty]
        self.key = key
        self.plain = plain
        """Judge a draft on its merits alone, not on how the others will vote (the guess of
        the others that bandwagoning reads)."""
        self.tally = tally
        """The other seats' ballots on their merits, when already counted (the forecast
        counts them once for every seat it models)."""
        self.multi, self.hawk, self.frugal, self.greed = weights(
            PERSONALITY[self.d.personality], self.d)
        self._forecasts: dict[str, Forecast] = {}
        """resolution id -> its vote forecast from this view (``pivotal``)."""
        self._weighed: dict[tuple[Resolution, bool], tuple[float, tuple[Term, ...]]] = {}
        self._drafts: dict[tuple[int, bool], tuple[Resolution, float, tuple[Term, ...]]] = {}
        """(id of a draft, crowd) -> (that draft, its ``_weighed`` answer): most asks bring
        the very same record again, found here without hashing its every field (the entry
        holds the record, so its id is not reused while the entry lives)."""
        self._concerns: dict[str, tuple[CrisisState, float, tuple[str, ...]]] = {}
        """crisis id -> (the crisis judged, its concern, why): a plan scores dozens of orders
        about the same few crises."""
        self._measures: dict[str, Judged | None] = {}
        """resolution id -> the measure it put in force, judged (``_measure``): a plan asks
        it of every body that could lift it, each lifting of every seat it might lobby."""
        self._outlook: Outlook | None = None
        """What orders do for the final score, looked at once a decision (``planned``)."""
        self._shares: dict[str, float] | None = None
        """nation -> the share of this nation's trade that goes to it (``trade_cost``), read
        once from what the view worked out for every mind of this nation."""
        self._wariness: tuple[float, Loss | None] | None = None
        """(wariness, the loss behind it), read once (``wary``)."""

    # --- shared judgements ------------------------------------------------------------

    def known(self, key: Hashable, make: Callable[[], T]) -> T:
        """``make()``, made once per view for this nation and ``key`` (what else the answer
        depends on): an order's valuation asks the same question of many candidate orders."""
        return self.v.derived.get(("known", self.me, key), make)

    def concern(self, c: CrisisState) -> tuple[float, list[str]]:
        """How much a crisis matters to this nation, and why (judged once per crisis)."""
        known = self._concerns.get(c.id)
        if known is None or known[0] is not c:
            value, reasons = self._concern(c)
            known = self._concerns[c.id] = (c, value, tuple(reasons))
        return known[1], list(known[2])

    def _concern(self, c: CrisisState) -> tuple[float, list[str]]:
        s, reasons = self.s, []
        value = c.stage * 8 + c.clarity / 5
        reasons.append(f"{c.name} is at stage {c.stage}")
        km = distance_km(self.d.capital_lonlat, c.location)
        if km > 1500:
            value -= min(30, km / 400)
            reasons.append(f"it is {round(km, -2):.0f} km away")
        victim_ties = max((s.relation(self.me, v) for v in c.victims), default=0)
        if victim_ties > 20:
            value += victim_ties / 3
            reasons.append("we are close to the victim")
        ties = s.relation(self.me, c.aggressor)
        value -= ties / 2
        if ties > 20:
            reasons.append(f"we value our ties with {s.campaign.nation(c.aggressor).name}")
        for t in s.treaties_of(self.me):
            if t.kind in ("alliance", "guarantee") and any(v in (t.a, t.b) for v in c.victims):
                value += 25
                reasons.append(f"our {t.kind} is engaged")
        if self.me in allies_of(s, c.victims):
            value += 20
            reasons.append("an ally in our alliance is attacked")
        if c.kind in ATROCITY_KINDS and s.ideology(self.me) == "liberal_democracy":
            value += 10
            reasons.append("atrocities move our public")
        value += self.multi
        return value, reasons

    def support(self, res: Resolution) -> tuple[float, list[str]]:
        """How much this nation wants ``res`` to pass, and why: the reasons ordered by the
        size of their contribution, so the first one names the factor that decided."""
        value, terms = self.weigh(res)
        return value, ranked(terms)

    def weigh(self, res: Resolution, crowd: bool = True) -> tuple[float, list[Term]]:
        """How much this nation wants ``res`` to pass, with each reason's contribution;
        ``crowd``: and how the other seats are likely to vote (not when the draft is judged
        as the measure behind a lifting or a referral). Judged once per draft: a plan asks
        it of every seat it might lobby."""
        known = self._drafts.get((id(res), crowd))
        if known is None or known[0] is not res:
            key = (res, crowd)
            if key not in self._weighed:  # an equal draft made afresh is judged once too
                shared = self._publicly_weighed(res, crowd)
                if shared is not None:
                    self._weighed[key] = shared
                else:
                    value, terms = self._weigh(res, crowd)
                    self._weighed[key] = value, tuple(terms)
            known = self._drafts[(id(res), crowd)] = (res, *self._weighed[key])
        return known[1], list(known[2])

    def _publicly_weighed(self, res: Resolution,
                          crowd: bool) -> tuple[float, tuple[Term, ...]] | None:
        """A plain guess (``plain_mind``) at another nation's support for a draft on a crisis,
        worked out once on the public view (``PlayerView.public``) for every seat that plans
        in the phase, or None when this view may guess otherwise. Such a guess reads the
        draft as the viewer knows it (the lobbying it was told of, which the draft record
        passed in carries), the crisis, and public facts (relations, trade, losses, the
        judge's own figures and steering); so it is the public one whenever the viewer's
        record of the crisis is the public record itself (not its own secret intent, not
        its own sight of a latent crisis) and the viewer knows of no vote the judge promised
        (``owes_vote``). Each seat's vote forecast and lobbying ask it of every member."""
        v, s = self.v, self.s
        if not self.plain or v.nation is None or self.me == v.nation \
                or res.kind in UNSHARED_KINDS:
            return None
        c = s.crises.get(res.subject)
        if c is None or any(p[0] == self.me for p in s.promises):
            return None
        public = v.public()
        if public.facts.crises.get(res.subject) is not c:
            return None
        judge = self.me

        def guess() -> tuple[float, tuple[Term, ...]]:
            value, terms = plain_mind(public, judge).weigh(res, crowd)
            return value, tuple(terms)
        return public.derived.get(("plain weigh", judge, res, crowd), guess)

    def _weigh(self, res: Resolution, crowd: bool) -> tuple[float, list[Term]]:
        s = self.s
        if res.kind in ("admit", "expel", "suspend"):
            rel = s.relation(self.me, res.subject)
            sign = 1 if res.kind == "admit" else -1
            if res.subject == self.me:
                return 100.0 * sign, [(100.0 * sign, "it concerns us directly")]
            value = sign * (rel + 10) / 2 + self.multi / 3
            return value, [(value, f"our relations: {rel}")]
        if res.kind == "refer_to_assembly":
            inner = s.resolution(res.subject)
            if inner is None:
                return 0.0, []
            value, inner_terms = self.weigh(inner, crowd=False)
            return value + self.multi / 2, inner_terms
        if res.kind == "lift":
            return self.lifting_terms(res)
        if res.kind == "endorse":
            terms = norms.lean(s, self.me, res.subject)
            if self.multi:
                terms.append((float(self.multi), "we stand by collective security"
                              if self.multi > 0 else "we keep our hands free"))
            return sum(t for t, _ in terms), terms
        c = s.crises.get(res.subject)
        if c is None:
            return 0.0, []
        asked = (res.kind == "peacekeeping" and res.param("mandate", "observe") == "observe"
                 and watching(s, c))
        if asked and self.me in c.parties:
            return 100.0, [(100.0, "we asked for the mission to watch our accord")]
        if self.me == c.aggressor:
            return -100.0, [(-100.0, "it is aimed at us")]
        if self.me in c.victims:
            return 100.0, [(100.0, "it defends us")]
        name = s.campaign.nation
        if asked:
            return self._granted(res, c, crowd)
        # to a nation against empire a neighbour freeing a colony commits no aggression:
        # neither the facts of the attack nor collective security make a case against it
        empire = against_empire(s, self.me, c)
        asks = res.kind in ASKING  # an inquiry asks what happened: it accuses no one
        terms = [] if empire is not None else [
            (float(40 - c.clarity) / 2, f"the facts are disputed: clarity {c.clarity}") if asks
            else (float(c.clarity - 40) / 2, f"clarity of the facts: {c.clarity}")]
        rel = s.relation(self.me, c.aggressor)
        if not asks:
            terms.append((-rel / 2, f"our relations with {name(c.aggressor).name}: {rel}"))
        friend = max(c.victims, key=lambda v: (s.relation(self.me, v), v), default=None)
        if friend is not None:
            ties = s.relation(self.me, friend)
            terms.append((ties / 4, f"our relations with {name(friend).name}: {ties}"))
        if self.multi and empire is None:
            terms.append((float(self.multi), "we stand by collective security" if self.multi > 0
                          else "we distrust collective commitments"))
        terms += loyalties(s, self.me, c, bloc=not asks)
        if empire is not None:
            terms.append((-COLONIAL_CAUSE, empire))
        if res.kind in ("sanctions", "enforcement", "no_fly_zone"):
            if self.frugal:
                terms.append((-float(self.frugal), "we avoid costly commitments"))
            if res.kind == "sanctions":
                lost = self.trade_cost(c, res.param("type", "economic"))
                if lost:
                    terms.append((-lost * VOTE_HORIZON * ECONOMY_UTILITY,
                                  f"sanctions would cost us {lost:.1f} economy a turn in trade"))
            if res.kind == "enforcement" and self.hawk:
                terms.append((self.hawk / 2, "we believe in force"))
        if res.kind in ("enforcement", "peacekeeping") and (wary := self.wary(WARY_VOTE)):
            terms.append(wary)
        if c.failure and res.kind in AUTHORISED:
            terms.append((MANIFEST_PULL, "the state has manifestly failed to protect its people"))
        return self._concluded(res, c, terms, crowd)

    def _granted(self, res: Resolution, c: CrisisState, crowd: bool) -> tuple[float, list[Term]]:
        """Observers the parties to an accord asked for (``consent.watching``): the vote
        blames no one and the host has consented, so neither the facts of an aggression, nor
        the relations with the accused, nor sovereignty weigh; granting what both parties ask
        is the body's routine (``ASKED``), their request pulls as far as they are friends, and
        observers of a kept accord face no danger, so past losses do not weigh (Res 872, 5
        October 1993, set up UNAMIR 15-0 at the request of Rwanda's government and the RPF,
        the United States voting for it two days after the battle of Mogadishu)."""
        s = self.s
        name = s.campaign.nation
        terms: list[Term] = [(ASKED, "the parties to the accord asked for it")]
        for party in (c.aggressor, *sorted(c.victims)):
            ties = s.relation(self.me, party)
            terms.append((ties / 4, f"{name(party).name} asks for it: our relations {ties}"))
        if self.multi:
            terms.append((float(self.multi), "we stand by collective security"
                          if self.multi > 0 else "we distrust collective commitments"))
        return self._concluded(res, c, terms, crowd)

    def _concluded(self, res: Resolution, c: CrisisState, terms: list[Term],
                   crowd: bool) -> tuple[float, list[Term]]:
        """A draft's weighed terms brought to a vote's worth: a renewal's habit (renewals are
        the Council's routine: ending one is an act), the lobbying and promises that sway the
        voter (``_swayed``), and the crowd a member with little at stake follows."""
        if res.param("renew"):
            terms.append((RENEWAL_HABIT, "the mission is already on the ground"))
        value, terms = self._swayed(res, sum(t for t, _ in terms), terms)
        follow = self._crowd(res, c, value) if crowd else None
        if follow is not None:
            value += follow[0]
            terms.append(follow)
        return value, terms

    def _crowd(self, res: Resolution, c: CrisisState, value: float) -> Term | None:
        """A council member with little at stake follows the likely result, as it reads the
        other seats from its view: it sides with a draft that will pass anyway (bandwagon),
        unless the draft costs it trade and binds only its supporters (free-riding: let
        others pay). A draft bound to fail still gets its honest vote (Manchuria, October
        1931: thirteen for, Japan's lone no)."""
        if self.plain or abs(value - YES_ABOVE) > STAKE:
            return None
        s = self.s
        if s.campaign.org(res.org).body(res.body).seats is None:
            return None  # an assembly's many voices: no one counts them one by one
        ballots = merits(self.v, res) if self.tally is None else self.tally
        if count(s, res, {**ballots, self.me: "abstain"}).adopted:
            binding = s.campaign.org(res.org).body(res.body).binding and not res.emergency
            if res.kind == "sanctions" and not binding and self.trade_cost(
                    c, res.param("type", "economic")) >= 1:
                return -CROWD, "it passes without us: others can pay for it"
            return CROWD, "it will pass: we side with the majority"
        return None  # a draft doomed or in the balance is judged on its merits

    def _swayed(self, res: Resolution, value: float,
                terms: list[Term]) -> tuple[float, list[Term]]:
        """The pull of who asks: the sponsor's friendship, the lobbying this nation accepted
        on this draft (richer with an offer) and a vote it promised the sponsor (a pressure
        the audience was not told of still counts, but unnamed)."""
        s = self.s
        name = s.campaign.nation
        pulls: list[Term] = []
        sponsors = (res.sponsor, *res.cosponsors)
        if self.me not in sponsors:  # the friendliest of those who ask pulls hardest
            friend = max(sponsors, key=lambda n: (s.relation(self.me, n), n))
            pulls.append((s.relation(self.me, friend) / 10, f"{name(friend).name} asks it"))
        for lobbyist, lobbied, offer, answer in res.bargains:
            if lobbied == self.me and answer == "accepted":  # a refusal leaves no pull
                told = self.audience in (lobbyist, self.me)
                offered = "" if offer == "none" else f" (offering {OFFERS[offer].word})"
                pulls.append((lobby_weight(s, lobbyist, res.org) + OFFERS[offer].pull,
                              f"{name(lobbyist).name} pressed us{offered}" if told else ""))
        if owes_vote(s, self.me, res):
            pulls.append((PROMISE_PULL, f"we promised {name(res.sponsor).name} our vote"
                          if self.audience in (res.sponsor, self.me) else ""))
        if s.orgs[res.org].credibility < 30:
            pulls.append((-5.0, "the organisation is not taken seriously"))
        for pull, _ in pulls:  # one by one, in the order the engine always added them
            value += pull
        return value, [*terms, *pulls]

    def lifting(self, res: Resolution) -> tuple[float, list[str]]:
        """How much this nation wants a measure lifted, and why (largest reason first)."""
        value, terms = self.lifting_terms(res)
        return value, ranked(terms)

    def lifting_terms(self, res: Resolution) -> tuple[float, list[Term]]:
        """How much this nation wants a measure lifted: the opposite of its support for the
        measure (so what sanctions cost its trade counts for lifting), plus fatigue once the
        crisis is over or the measure has failed for long (the League lifting its sanctions on
        Italy after the conquest, July 1936). A crisis still latent is not over: a preventive
        arms embargo serves its purpose before the violence (resolution 1160 on Yugoslavia,
        March 1998, stood until 2001)."""
        s = self.s
        if res.subject not in self._measures:
            self._measures[res.subject] = self._measure(res.subject)
        judged = self._measures[res.subject]
        if judged is None:
            return 0.0, []
        crisis, measure, support, why = judged
        value, terms = -support, [(-t, reason) for t, reason in why]
        if self.me in crisis.parties:
            return value, terms
        hurt = self.defecting(crisis, measure)
        if hurt:
            value += hurt[0]
            terms.append(hurt)
        if not crisis.active and crisis.phase != "latent":  # a latent crisis is not over
            value += 30
            terms.append((30.0, f"{crisis.name} is over: the measure serves no purpose"))
        elif s.month - measure.since >= 24:
            fatigue = min(20, (s.month - measure.since - 12) / 2)
            value += fatigue
            terms.append((fatigue, f"the measure has not worked in "
                          f"{(s.month - measure.since) // 12} years"))
        return self._swayed(res, value, terms)

    def _measure(self, res_id: str) -> Judged | None:
        """The crisis and measure resolution ``res_id`` put in force, with this nation's
        support for it on its merits now (who asked for it then no longer counts); None
        when it does not stand."""
        found, inner = self.s.measure(res_id), self.s.resolution(res_id)
        if found is None or inner is None:
            return None
        value, terms = self.weigh(renewed(inner, sponsor=self.me, lobbied=(), bargains=()),
                                  crowd=False)
        return found[0], found[1], value, tuple(terms)

    # --- what orders cost this nation -----------------------------------------------------

    def trade_cost(self, c: CrisisState, kind: str, without: Measure | None = None) -> float:
        """Economy a turn that sanctions of ``kind`` on ``c``'s aggressor cost this nation in
        the trade it gives up (the gravity model of ``measures.sanction_costs``): nothing more
        while it applies another body's sanctions of that kind (other than ``without``), for
        the trade is given up once (``measures.regimes``)."""
        aggressor = c.aggressor
        if aggressor == self.me or not self.s.nations[aggressor].exists or any(
                m is not without and m.kind == "sanctions" and m.param("type", "economic") == kind
                and pays(self.s, self.me, c, m) for m in c.measures):
            return 0.0
        if self._shares is None:  # worked out once per nation for every mind of the view
            self._shares = self.v.trade.shares(self.me)
        share = self._shares.get(aggressor, 0.0)
        return min(MAX_TRADE_LOSS, 100 * share * TRADE_LOST.get(kind, 1.0) / 4)

    def running(self, economy: float = 0.0, upkeep: float = 0.0,
                turns: float | None = None) -> float:
        """What a cost paid every turn weighs over the turns this AI looks ahead: points of
        economy (or military, or will) lost, and diplomatic capital owed in upkeep; for no
        more than ``turns`` when the cost ends sooner (a war the aggressor gives up)."""
        ahead = HORIZON[self.difficulty] if turns is None else min(HORIZON[self.difficulty],
                                                                     turns)
        return (economy * ECONOMY_UTILITY + upkeep * UPKEEP_UTILITY) * ahead

    def war_turns(self, a: Action) -> float | None:
        """How long the war an intervention joins is expected to last, as this nation's
        outlook reads the pressure it brings (``Outlook.war_turns``); None: no end seen. A
        guess at another's resolve (``plain``) sees none: that guess feeds the aggressor's
        urge (``resolve_to_fight``) which the length is read from; nor does an AI that does
        not reckon a war's length (``RECKONS_WARS``)."""
        if self.plain or not RECKONS_WARS[self.difficulty]:
            return None
        return self.outlook().war_turns(a)

    def defecting(self, crisis: CrisisState, measure: Measure) -> Term | None:
        """Sanctions that hurt: once its economy is below where it started and the measure
        costs it a point a turn or more, a sanctioning nation wants out (Britain and France
        abandoning the Abyssinian sanctions, July 1936)."""
        if measure.kind != "sanctions" or self.n.economy >= self.d.economy:
            return None
        if not (measure.binding or self.me in measure.supporters):
            return None  # it does not pay for them
        lost = self.trade_cost(crisis, measure.param("type", "economic"), measure)
        if lost < 1:
            return None
        return (15 + lost * 5, f"the sanctions cost us {lost:.1f} economy a turn and our "
                f"economy has fallen to {self.n.economy}")

    def wary(self, share: float = 1.0) -> Term | None:
        """Recent losses of this nation's soldiers (``losses.wariness``) against risking
        more: sending or keeping troops weighs it fully, a vote for a mission others would
        man by ``share`` (Washington after Mogadishu, PDD-25: no new mission it would not
        lead, and none into a war)."""
        if self._wariness is None:  # asked of every troop order a decision scores
            self._wariness = (losses.wariness(self.s, self.me, self.frugal),
                              losses.worst(self.s, self.me))
        base, loss = self._wariness
        value = base * share
        if value < NEGLIGIBLE or loss is None:
            return None
        crisis = self.s.crises.get(loss.crisis)
        where = crisis.name if crisis else loss.crisis
        units = f"{loss.units} unit{'s' if loss.units != 1 else ''}"
        return (-value, f"we lost {units} in {where} in "
                f"{format_month(loss.month)}: our public will not risk more")

    def reserve(self) -> int:
        """Capital to keep for next turn's upkeep: what the commitments owe beyond the income,
        doubled because half of what is kept fades (the easy AI keeps nothing back)."""
        if self.difficulty == "easy":
            return 0
        short = commitments(self.s, self.me) - capital_income(self.n)
        return max(0, 2 * short)

    def goal_pull(self, stat: str) -> Term | None:
        """Hard plays for its score: an objective of its own that needs one of its figures
        (economy, military, will, legitimacy, stability) at a level it is below or near pulls
        towards the orders that raise it, and so does a figure below where it started (the
        score counts what a nation lost). None below hard."""
        if self.difficulty != "hard":
            return None
        now = getattr(self.n, stat)
        pull = max(0.0, getattr(self.d, stat) - now) / 2
        why = f"our {stat} is below where it started"
        for objective in self.d.objectives:
            for leaf in _leaves(objective.condition):
                if not (isinstance(leaf, StatIs) and leaf.nation == self.me
                        and leaf.stat == stat and leaf.op in (">=", ">")):
                    continue
                gap = leaf.value + GOAL_MARGIN - now
                if gap > 0 and objective.points * min(1.0, gap / GOAL_MARGIN) / 2 > pull:
                    pull = objective.points * min(1.0, gap / GOAL_MARGIN) / 2
                    why = f"our objective ({objective.text}) needs {stat} of {leaf.value}"
        return (pull, why) if pull >= NEGLIGIBLE else None

    def goal_part(self, crisis: str, by: str) -> Term | None:
        """Hard plays for its score: an objective that needs this nation's part in a crisis
        (a measure it sponsored or voted for adopted, troops pledged, an intervention) pulls
        towards taking part, in the way ``by`` (``model.CONTRIBUTIONS``) if the objective
        names one, until it has. None below hard."""
        if self.difficulty != "hard":
            return None
        for objective in self.d.objectives:
            for leaf in _leaves(objective.condition):
                if isinstance(leaf, Contributed) and leaf.nation == self.me \
                        and leaf.crisis == crisis and leaf.by in (None, by) \
                        and not contributed(self.s, self.me, crisis, leaf.by):
                    return (objective.points / 2,
                            f"our objective ({objective.text}) needs our part in it")
        return None

    def voiceless(self, org: str, crisis: str) -> bool:
        """A persistent (hard) nation with no seat on ``org``'s council takes a crisis its own
        objectives hang on to the assembly: there its draft is its only voice, and it does
        not wait on a council it cannot sway (the Islamic states took Bosnia to the General
        Assembly in August 1992, res 46/242, none of them then on the Council but Morocco).
        A party to the crisis brings it to the council itself (China over Manchuria, 1931)."""
        if not self.persists or crisis not in stakes_in(self.s.campaign, self.me) \
                or self.me in self.s.crises[crisis].parties:
            return False
        return not any(b.seats is not None and self.me in seated(self.s, org, b.id)
                       for b in self.s.campaign.org(org).bodies)

    def foresee(self, a: Action) -> tuple[str, tuple[str, ...]] | None:
        """Hard looks one step ahead: the vote forecast of the draft ``a`` would table, as this
        nation can tell from its view (verdict and likely vetoes); None below hard."""
        if self.difficulty != "hard" or self.me != self.v.nation:
            return None
        from game.ai.forecast import draft_of, forecast  # forecast reads this module

        f = forecast(self.v, draft_of(a), "normal")
        return f.verdict, f.vetoes

    def backs(self, a: Action) -> bool:
        """Whether this nation would vote yes, on the draft's merits and its own stances, for
        the draft ``a`` would table: a government does not table what it would not vote for
        (its name on the draft then binds its ballot, stances.bounded)."""
        from game.ai.forecast import draft_of  # forecast reads this module

        draft = draft_of(a)
        value = self.weigh(draft)[0]
        ballot = ballot_of(value, self.me in permanent_members(self.s, draft.org, draft.body))
        return bounded(self.s, self.me, renewed(draft, sponsor=""), ballot)[0] == "yes"

    def ballot(self, res: Resolution) -> tuple[str, list[str]]:
        """The ballot this nation casts, with its reasons (the deciding one first)."""
        value, terms = self.staked(res)
        value += jitter(self.key, act(self.me, "vote", res.id), self.difficulty) / 2
        ballot = ballot_of(value, self.me in permanent_members(self.s, res.org, res.body))
        ballot, policy = bounded(self.s, self.me, res, ballot)  # the campaign's stances
        return ballot, [policy] * bool(policy) + ranked(terms, ballot)

    def staked(self, res: Resolution) -> tuple[float, list[Term]]:
        """Its support for ``res`` (``weigh``) plus what a yes earns its own score, over its
        sight: the credit of a measure of a crisis that ends well. The vote forecast leaves
        this stake out: it judges every seat on the draft's merits."""
        value, terms = self.weigh(res)
        if res.kind in CRISIS_KINDS_OF_RESOLUTION and res.subject in self.s.crises:
            points, why = self.outlook().vote(res.subject)
            if points:
                terms.append((points * POINT_UTILITY, why))
                value += points * POINT_UTILITY
        return value, terms

    def blocks(self, res: Resolution, limit: float) -> bool:
        """Whether this nation would vote no on ``res``: its support below ``limit``, or a
        stance of its campaign that allows it nothing but a no (a sponsor's guess, so that
        tabling reads the same stances as the ballot and the forecast)."""
        weighed = "no" if self.support(res)[0] < limit else "abstain"
        return bounded(self.s, self.me, res, weighed)[0] == "no"

    def pressing(self, c: CrisisState) -> tuple[float, list[str]]:
        """The aggressor's urge to press on, read from the Morgenthau gauges as it believes
        them: the force engaged against it counts as far as it would be used (``credence``),
        not by its size alone; an enclave whose protectors are too weak to hold it
        (``crises.exposed``) is a prize within reach, its whole stake."""
        g = self._gauged(c)[1]
        press = urge(c, g.deterrence) + self.hawk
        reasons = [f"resolve {c.resolve}, stake {c.stake}",
                   f"deterrence {g.deterrence} (preponderance {g.preponderance.value} as we "
                   f"judge who would fight, consensus {g.consensus.value}, commitment "
                   f"{g.commitment.value})"]
        fear, peer = self.dread(c)
        if fear:
            assert peer is not None  # dread names whom it fears whenever it fears
            press -= GENERAL_WAR * fear
            reasons.append(f"we fear a general war with {self.s.campaign.nation(peer).name}")
        if exposed(self.s, c):  # the whole stake, taken at once from its weak protectors
            press += c.stake
            reasons.append("the enclave's protectors are too few to hold it: it would fall "
                           "at once")
        return press, reasons

    def dread(self, c: CrisisState) -> tuple[float, str | None]:
        """The general war this nation, ``c``'s aggressor, fears over it (0-1), and with whom:
        the largest ``peer_fear`` among the powers on the brink (an army on alert, its own
        pledge to the victim, a red line standing). A general war is fought at home as well as at
        the crisis: it weighs beside the force a peer can bring there (the preponderance)."""
        on_brink = {who for who, how in engagements(self.s, c).items()
                    if how == "mobilised" or how == "treaty" and self.pledged(who, c)}
        on_brink |= {k.nation for k in self.s.commitments
                     if k.crisis == c.id and k.status == "standing"}
        fears = sorted(((self.peer_fear(who, c), who) for who in on_brink), reverse=True)
        return fears[0] if fears and fears[0][0] > 0 else (0.0, None)

    def dread_added(self, nation: str, c: CrisisState) -> float:
        """What this nation, ``c``'s aggressor, would take off its urge to press on were
        ``nation`` to come to the brink over it (an army on alert, a red line): the fear of a
        general war with ``nation`` beyond the one it fears most already (``dread``: only the
        largest counts). What a peer's mobilisation or threat does beside the resolve it
        takes off, weighed by the planner (``planning.Outlook.pressure``)."""
        fear, _ = self.dread(c)
        return GENERAL_WAR * max(0.0, self.peer_fear(nation, c) - fear)

    def alert_added(self, nation: str, c: CrisisState, how: str = "mobilised") -> float:
        """What this nation, ``c``'s aggressor, would take off its urge to press on were
        ``nation``'s army to go on alert over it (``how``: or to go in, "intervening"),
        beside the resolve an alert takes (``orders.military.mobilise_hit``): the deterrence
        its force adds to the gauges it reads (``pressing``), as far as it believes that
        force would be used (``credence``), and forces in the field add to the commitment
        gauge. Nothing from a nation already engaged as strongly (a victim, an intervener, a
        treaty partner before an alert). What the planner weighs a mobilisation and an
        intervention by (``planning.Outlook.pressure``)."""
        engaged, before = self._gauged(c)
        now = engaged.get(nation)
        if nation == c.aggressor or now is not None and ENGAGEMENT[now] >= ENGAGEMENT[how]:
            return 0.0

        def believed(who: str, how: str) -> float:
            return self.credence(who, how, c)
        going = c if how != "intervening" else replace(
            c, interveners=(*c.interveners, (nation, "none")))
        after = gauges(self.s, going, believed, explain=False, agreed=before.consensus,
                       engaged={**engaged, nation: how})
        return max(0.0, urge(c, before.deterrence) - urge(c, after.deterrence))

    def _gauged(self, c: CrisisState) -> tuple[dict[str, str], Gauges]:
        """Who is engaged in ``c`` and the gauges this nation, its aggressor, reads there now
        (``alert_added``, ``pressing``): the same for every nation's alert or intervention
        it weighs. They read public facts alone (as ``urge_of`` does), so on the public
        record of the crisis they are read once on the public view for every seat that plans
        in the phase; on another record (a valuation may ask it of a state it previews),
        once per view and record (told by identity: the entry holds the record, so its id is
        not reused while the entry lives)."""
        public = self.v.public()
        seen = public.facts.crises.get(c.id)
        if public is not self.v and seen is not None and (seen is c or seen == c):
            return plain_mind(public, self.me)._gauged(seen)
        known = self.known(("gauged", id(c)), lambda: (c, *self._gauge_now(c)))
        return known[1:] if known[0] is c else self._gauge_now(c)

    def _gauge_now(self, c: CrisisState) -> tuple[dict[str, str], Gauges]:
        engaged = engagements(self.s, c)
        return engaged, gauges(self.s, c, lambda who, how: self.credence(who, how, c),
                               explain=False, engaged=engaged)

    def line_added(self, nation: str, target: str, c: CrisisState, line: str,
                   promise: str) -> float:
        """What this nation, ``c``'s aggressor, would add to its worth of backing down were
        ``nation`` to warn ``target`` that crossing ``line`` brings ``promise``: the red
        line's deterrent (``commitments.deterrent``) as far as it believes ``nation`` would
        fight (``credence``), on a line that merely holding on would cross where the crisis
        stands (``military.holding_lines``), up to the one fully credible commitment the deterrent
        counts. What the planner weighs a threat by (``planning.Outlook.pressure``)."""
        lines = holding_lines(c)
        if line not in lines:
            return 0.0

        def doubt(who: str) -> float:
            return self.credence(who, "threat", c)
        held, _ = deterrent(self.s, c, lines, doubt)
        k = Commitment(nation, target, c.id, line, promise, self.s.month, self.s.turn,
                       mark(c, line))
        return min(DETERRENCE, held + DETERRENCE * credibility(self.s, k) * doubt(nation)) - held

    def credence(self, who: str, how: str, c: CrisisState) -> float:
        """How far the force ``who`` engages against ``c``'s aggressor would be used, as this
        nation believes: peacekeepers are lightly armed and fight in self-defence unless force
        is authorised behind them (UNPROFOR's hostages, May 1995); a mobilised army, a
        treaty partner or a red line ("threat") as far as its government would go to war (at
        least BLUFF_FLOOR where ``floored``, else only beyond a bluff), but a peer's at least
        as far as a general war is feared (``peer_fear``); a sanctioning power only as far as
        it would go to war beyond a bluff; the rest fully."""
        if how == "peacekeepers":
            return 1.0 if covered(self.s, c) else LIGHTLY_ARMED
        if how not in DOUBTED:
            return 1.0
        believed = self.resolve_to_fight(who, c)
        if not self.floored(who, how, c):
            believed = beyond_bluff(believed)
        if how not in ON_THE_BRINK or how == "treaty" and not self.pledged(who, c):
            return believed
        fear = self.peer_fear(who, c)
        return max(believed, BLUFF_FLOOR + (1 - BLUFF_FLOOR) * fear) if fear > 0 else believed

    def floored(self, who: str, how: str, c: CrisisState) -> bool:
        """Whether ``who``'s engagement against ``c``'s aggressor counts at least BLUFF_FLOOR
        however its government hesitates (``credence``): a red line it drew or its own pledge
        to the victim (the word given binds a government before its public), or its army on
        alert within NEIGHBOURHOOD_KM of the crisis (an army at the door can be drawn in by an
        incident). A distant army on alert with no word given, a sanctioning power and an
        alliance's general clause count only as far as their government would go to war
        beyond a bluff, nothing from a government that would not. The Bosnian Serbs,
        1992-95, read the Western armies on alert and the fleets in the Adriatic by the
        West's refusal of ground troops; Mussolini, 1935, read the Home Fleet sent to the
        Mediterranean and the League's fifty sanctioning members the same way."""
        if how == "threat" or how == "treaty" and self.pledged(who, c):
            return True
        return how == "mobilised" and distance_km(
            self.s.campaign.nation(who).capital_lonlat, c.location) <= NEIGHBOURHOOD_KM

    def pledged(self, nation: str, c: CrisisState) -> bool:
        """Whether ``nation`` itself signed an alliance with, or a guarantee of, a victim of
        ``c``: a pledge for that victim, where an alliance organisation's general clause is
        read by its members' resolve alone (NATO did not stand by Portugal in Goa, 1961)."""
        return any(t.kind == "alliance" and nation in (t.a, t.b)
                   and any(v in (t.a, t.b) for v in c.victims)
                   or t.kind == "guarantee" and t.a == nation and t.b in c.victims
                   for t in self.s.treaties)

    def peer_fear(self, nation: str, c: CrisisState) -> float:
        """How far this nation, ``c``'s aggressor, fears that ``nation``'s army on alert, its
        alliance or its red line would start a general war, 0-1: however its government
        hesitates, a peer's engagement is not read as a mere bluff. The fear grows with
        ``nation``'s force against the aggressor's own (from PEER_FROM of it to a peer's) and
        with the world's tension, how near a general war already stands, and with it the
        aggressor's homeland; an aggressor that believes in force (GAMBLER) fears none but a
        guard at the victim's door (``guard``), as far as it believes the guard would stand.
        Stalin withdrew from Iranian Azerbaijan in 1946 under American pressure and never
        invaded Tito's Yugoslavia (1948-53), for fear of a war with the United States; Hitler
        gambled that France and Britain would not fight in 1936-38; a small neighbour's
        mobilisation stays a bluff to call. A government that turns on people inside its own
        borders (its victims hold no land of their own: not ``consent.occupied``) fears no
        general war over them: the war a power on the brink promises it is the intervention
        itself, fought on its own soil, which it reads by that power's resolve to fight
        (``credence``, the preponderance); there is no war beyond the crisis to fear. Rwanda's
        government, 1993-94, read the powers within reach (France, its own patron, Belgium,
        the United States) by whether they would come, not as the start of a wider war."""
        s = self.s
        if not occupied(s, c):
            return 0.0
        fear = _rivalry(s, nation, c.aggressor) * s.tension / 100 * (1 - self.shield(nation, c))
        if self.hawk >= GAMBLER:  # it gambles on hesitation, not against a guard at the door
            return fear * self.on_guard(nation, c) if self.guard(nation, c) else 0.0
        return fear

    def on_guard(self, nation: str, c: CrisisState) -> float:
        """How far this nation, ``c``'s aggressor, believes ``nation`` would put its army on
        alert at the victim's door, 0-1: wholly once it stands there, else as ``nation``'s own
        mind would value the alert (``resolve_to_guard``)."""
        if c.id in self.s.nations[nation].mobilised:
            return 1.0
        return resolve_to_guard(self.v, nation, c.id)

    def guard(self, nation: str, c: CrisisState) -> bool:
        """Whether ``nation`` stands guard over ``c``'s victim: its own pledge to a victim
        whose existence is at stake (``pledged``; the crisis's region is the whole of its
        land: ``crises.overrun``), its capital within NEIGHBOURHOOD_KM of the crisis, so that
        the aggressor would stand on its own frontier once the victim is gone, and a force
        that makes it the aggressor's peer (``_rivalry``).
        Even an aggressor that gambles on its rivals' hesitation (GAMBLER) fears a general
        war with such a guard (``peer_fear``), as far as it believes the guard would put its
        army on alert (``on_guard``): an ally of the aggressor's will not, a rival might. In
        July 1934 Mussolini, Austria's protector, sent divisions to the Brenner after the Nazi
        putsch in Vienna, and Hitler disowned it; in March 1938, bound to Berlin by the Axis,
        Italy let the Anschluss happen."""
        s = self.s
        return distance_km(s.campaign.nation(nation).capital_lonlat, c.location) \
            <= NEIGHBOURHOOD_KM and _rivalry(s, nation, c.aggressor) > 0 \
            and any(overrun(s, c, ward) for ward in self._wards(nation, c))

    def _wards(self, nation: str, c: CrisisState) -> list[str]:
        """``c``'s victims ``nation`` is pledged to: by its guarantee, or by an alliance
        either way round."""
        return [t.b if t.a == nation else t.a for t in self.s.treaties
                if (t.kind == "guarantee" and t.a == nation and t.b in c.victims)
                or (t.kind == "alliance" and nation in (t.a, t.b)
                    and (t.b if t.a == nation else t.a) in c.victims)]

    def shield(self, nation: str, c: CrisisState) -> float:
        """How far this nation, ``c``'s aggressor, is covered against ``nation``'s general war
        by the powers that stand by it in this war, 0-1, as far as they are ``nation``'s
        peers: the powers whose armies already fight beside it (``CrisisState.backers``: the
        wider war is being fought, and they are in it) and those that pledged themselves to it
        (an alliance with it, a guarantee of it) once the crisis had begun, knowing what they
        pledged for. A treaty signed before covers no aggression: it binds its partner to
        defend the aggressor when it is attacked, not to follow it into a war of its own
        making (``_standing_by``). Italy, bound to Vienna and Berlin by the Triple Alliance,
        declared itself neutral in August 1914, Austria-Hungary having attacked; had
        Washington stood by London and Paris at Suez (the counterfactual of November 1956),
        Bulganin's rockets would have been a bluff; with China's armies beside it from
        November 1950, North Korea no longer feared that the Americans' war would widen."""
        s = self.s
        return max((_rivalry(s, who, nation) for who in self._standing_by(c)
                    if who != nation and who not in c.victims), default=0.0)

    def _standing_by(self, c: CrisisState) -> list[str]:
        """The powers that stand by ``c``'s aggressor in its war (``shield``): its backers,
        and its allies and guarantors whose pledge dates from the crisis (``Treaty.since``
        no earlier than ``CrisisState.started``; a treaty in force when the campaign opens
        predates every crisis)."""
        s = self.s
        began = max(c.started if c.started is not None else s.month, s.campaign.start + 1)
        return sorted({t.a if t.b == c.aggressor else t.b for t in s.treaties
                       if t.since >= began and (t.kind == "alliance" and t.binds(c.aggressor)
                                                or t.kind == "guarantee" and t.b == c.aggressor)}
                      | set(c.backers))

    def resolve_to_fight(self, nation: str, c: CrisisState) -> float:
        """How far this nation believes ``nation`` would go to war over ``c``, BLUFF_FLOOR-1:
        its intervention as guessed from this view (its concern, the authority for force, the
        fight's price in lives and will at home) against the worth of doing nothing. Hitler
        read the British and French mobilisations of September 1938 as bluff; the Bosnian
        Serbs read the West's 1992-94 refusal of ground troops the same way."""
        return resolve_to_fight(self.v, nation, c.id)

    def pivotal(self, res: Resolution, other: str) -> bool:
        """The vote on ``res`` is close (the forecast does not call it adopted) and
        ``other``'s yes would carry it: a vote worth offering something for."""
        from game.ai.forecast import forecast  # the forecast is built on this module

        f = self._forecasts.get(res.id)
        if f is None:
            f = self._forecasts[res.id] = forecast(self.v, res, self.difficulty)
        if f.verdict == "likely adopted":
            return False
        return count(self.s, res, {**f.ballots(), other: "yes"}).adopted

    def urge_of(self, crisis: str) -> float:
        """``crisis``'s aggressor's urge to press on (``pressing``) as this nation guesses it.
        It reads public facts alone (the gauges, and how far each engaged power would fight
        as its public record shows), so it is worked out once on them (``PlayerView.public``)
        for every seat that plans in the phase, not once per seat."""
        public = self.v.public()
        c = public.facts.crises[crisis]
        return public.derived.get(("pressing", crisis),
                                  lambda: plain_mind(public, c.aggressor).pressing(c)[0])

    def of(self, other: str) -> Mind:
        """Another nation's judgement as this one guesses it, from this view (no noise, on
        the merits: whether it would follow the others is not guessed)."""
        return plain_mind(self.v, other)

    # --- orders ----------------------------------------------------------------------

    def answer(self, option: ChoiceOption) -> tuple[float, list[str]]:
        """An event's option as this nation weighs it (``answers.answer_score``)."""
        return answer_score(option, option_value(self, option))

    def planned(self, a: Action) -> tuple[float, str] | None:
        """What ``a`` does for this nation's final score over its difficulty's horizon
        (``game.ai.planning``); None when nothing it can see."""
        if a.verb not in PLANNED:
            return None
        return (self._outlook or self.outlook()).worth(a)  # asked of every order a plan scores

    def outlook(self) -> Outlook:
        """This nation's look ahead for the decision, made once."""
        if self._outlook is None:
            self._outlook = Outlook(self, held=True)
        return self._outlook

    def score(self, a: Action, floor: float = -1000.0) -> tuple[float, list[str]]:
        """Utility and reasons (the order's valuation in ``orders.ORDERS``, plus what it does
        for the final score); the noise is only drawn if it could lift ``a`` above
        ``floor``."""
        value, reasons = ORDERS[a.verb].value(self, a)
        if a.verb in STEERED:  # asked of every order a plan scores: most are not steered
            value, reasons = steered(self.s, self.me, a, value, reasons)
        ahead = self.planned(a)
        if ahead is not None:
            value += ahead[0]
            reasons = [*reasons, ahead[1]] if ahead[1] else reasons
        if value + NOISE[self.difficulty] <= floor:
            return value - NOISE[self.difficulty], reasons
        return value + jitter(self.key, a, self.difficulty), reasons


def _rivalry(s: GameState, nation: str, other: str) -> float:
    """How far ``nation`` is ``other``'s peer in force, 0-1: nothing below PEER_FROM of its
    force, a full peer from an equal force up."""
    ratio = force(s, nation) / max(1.0, force(s, other))
    return min(1.0, max(0.0, (ratio - PEER_FROM) / (1 - PEER_FROM)))


GOAL_MARGIN = 8
"""How far above an objective's threshold the hard AI still works to keep a figure."""


def _leaves(condition: Condition) -> list[Condition]:
    """The conditions an objective needs to hold (those under a Not are left out: a nation
    does not work to keep a figure low)."""
    if isinstance(condition, (All, Any)):
        return [leaf for item in condition.items for leaf in _leaves(item)]
    return [condition]


def plan(v: PlayerView, key: int, difficulty: str = "normal") -> list[Choice]:
    """All the AI's actions for the view's nation in this phase, chosen at once, ending its
    turn; ``key`` is the session's secret noise key for this nation and turn.

    Decisions come first, then the best orders worth more than ending the turn, as many as
    its attention and its diplomatic capital allow, one per target and verb.
    """
    mind = Mind(v, difficulty, key)
    state, nation = mind.s, mind.me
    if state.phase == "voting":
        out = []
        for rid in state.ballots_owed(nation):
            ballot, reasons = mind.ballot(state.resolutions[rid])
            out.append(Choice(act(nation, "vote", rid, ballot), 0.0, tuple(reasons)))
        return out
    relevant = None
    if _bystander(state, nation):
        legal = [a for a, why in options(state, nation, act(nation, "end")) if why is None]
    else:
        relevant, among = _relevant(v, nation)
        legal = _enumerated(state, nation, among)
    chosen: list[Choice] = []
    for event_id in state.choices.get(nation, ()):
        answers = [a for a in legal if a.verb == "choose" and a.args[0] == event_id]
        chosen.append(_weighted_answer(state, nation, event_id, answers, difficulty, key, mind))
    candidates, later = [], []
    owed = set(promised(state, nation, legal))
    for a in legal:
        if a.verb in ("end", "choose"):
            continue
        if relevant is None:  # a bystander's answers to offers: judged only if it has any
            relevant, _ = _relevant(v, nation)
        if not relevant(a) or forbids(state, a):
            continue
        order = ORDERS[a.verb]
        if order.value is unwanted and not (owed and a in owed):
            continue  # never worth more than ending the turn: not worth scoring
        if order.ceiling is not None and not (owed and a in owed) and _beneath(mind, a):
            continue  # however it scores, it stays below ending the turn
        value, reasons = mind.score(a, END_SCORE)
        if owed and a in owed:  # a red line of ours was crossed: we act as we said we would
            value, reasons = max(value, KEEP_WORD), ["we gave our word", *reasons]
        if value > END_SCORE:
            candidates.append(Choice(a, value, tuple(reasons)))
        elif a.verb in SPARE_ORDERS and (ahead := mind.planned(a)) is not None \
                and ahead[0] > 0:
            later.append(Choice(a, value, (ahead[1],)))
    candidates.sort(key=lambda c: (-c.score, c.action.text()))
    capital = state.nations[nation].capital - mind.reserve()
    slots: set[str] = set()
    orders = tabled = 0
    for c in candidates:
        answer = c.action.verb in ("accept", "decline")
        if not answer and orders >= ATTENTION[difficulty]:
            continue
        taken = {key_of(c.action) if not answer else f"answer {c.action.args[0]}"}
        if c.action.verb == "table":  # one draft a body and a crisis, AGENDA in all
            taken.add(f"table {c.action.args[2]}")
            if tabled >= mind.agenda:
                continue
        if c.action.verb in ("escalate", "backdown"):
            taken = {f"intent {c.action.args[0]}"}  # press on or back down, never both
        cost = ORDERS[c.action.verb].cost_for(state, c.action)
        if taken & slots or cost > capital:
            continue
        slots |= taken
        tabled += c.action.verb == "table"
        capital -= cost
        orders += 0 if answer else 1
        chosen.append(c)
    chosen = _keeping_the_seal(mind, chosen)
    spare = [(c.action, mind.planned(c.action)[0])  # type: ignore[index]  # later: planned
             for c in later if key_of(c.action) not in slots]
    room = ATTENTION[difficulty] - orders
    chosen += [next(c for c in later if c.action == a)
               for a in mind.outlook().spare(spare, capital)[:max(0, room)]]
    chosen.append(_ending(nation))
    return chosen


def _keeping_the_seal(mind: Mind, chosen: list[Choice]) -> list[Choice]:
    """A back-down chosen for the end it seals (its worth to the score, ``Outlook.sealed``,
    above nothing) is not undone by the plan's other orders: one that would change that end
    given in the same phase (``Outlook.unseals``) is dropped. The planner weighs each order
    on the state as it stands; this reads the one end it has counted on against the rest."""
    seal = next((c.action for c in chosen if c.action.verb in SEALING_ORDERS), None)
    if seal is None:
        return chosen
    worth = mind.planned(seal)
    if worth is None or worth[0] <= 0:
        return chosen
    outlook = mind.outlook()
    return [c for c in chosen if c.action == seal or c.action.verb in ("choose", "accept",
                                                                        "decline")
            or not outlook.unseals(seal.args[0], c.action)]


def _beneath(mind: Mind, a: Action) -> bool:
    """``a`` would score below ending the turn however its valuation came out, by its
    order's cheap ``ceiling``, what it does for the final score (``Mind.planned``) and the
    widest noise: ``plan`` keeps it out of its candidates without valuing it. An order that
    spare capital may go to (``SPARE_ORDERS``) is valued all the same (it is budgeted by
    its planned worth); so is one the campaign steers (``steered``), which may lift it."""
    order = ORDERS[a.verb]
    if order.ceiling is None or a.verb in SPARE_ORDERS or a.verb in STEERED:
        return False
    most = order.ceiling(mind, a)
    if most == math.inf:
        return False
    ahead = mind.planned(a)
    return most + (ahead[0] if ahead is not None else 0.0) + NOISE[mind.difficulty] <= END_SCORE


def _ending(nation: str) -> Choice:
    return Choice(act(nation, "end"), END_SCORE, ("nothing else is worth the cost",))


def idle(state: GameState, nation: str) -> list[Choice] | None:
    """The plan of a bystander (``_bystander``) with nothing to answer in the orders or
    debate phase, or None: end the turn, as ``plan`` finds after listing its orders. It
    reads only what the nation sees (public facts, its own decisions, offers made to it), so
    the planner asks it of the full state before building a view: most of a large campaign's
    nations are such bystanders most turns."""
    if state.phase not in ("orders", "debate") or state.choices.get(nation):
        return None
    if any(o.receiver == nation and o.status == "pending" for o in state.offers.values()):
        return None
    return [_ending(nation)] if _bystander(state, nation) else None


WANTED = frozenset(verb for verb, order in ORDERS.items() if order.value is not unwanted)
"""The verbs the AI may give of its own accord; the others (``unwanted``) only to keep its
word, so they are not even enumerated while none of its commitments is called."""


TABLINGS = frozenset(verb for verb, order in ORDERS.items()
                     if order.candidates is ORDERS["table"].candidates)
"""The verbs made with the tablings (by the organisations' family of candidates)."""


def _enumerated(state: GameState, nation: str, among: set[str]) -> list[Action]:
    """The legal orders that the loop of ``plan`` could keep: while none of the nation's
    commitments is called (``promised``), only verbs it may want (``WANTED``); and, as
    ``_relevant`` keeps a tabling only on a crisis (or a referral, lifting or endorsement),
    the tablings' family is asked for none on a nation that is not a crisis's id. Listed
    lean (``legal.options``): what is barred or always beneath ending the turn is not built."""
    verbs = ORDERS.keys() if _called(state, nation) else WANTED
    on_crises = among & state.crises.keys()
    return (legal_actions(state, nation, among, verbs - TABLINGS, lean=True)
            + legal_actions(state, nation, on_crises, verbs & TABLINGS, lean=True))


def _called(state: GameState, nation: str) -> bool:
    """A commitment of ``nation``'s is called: it may owe any order (``promised``)."""
    return any(k.nation == nation and k.status == "called" for k in state.commitments)


def _weighted_answer(state: GameState, nation: str, event_id: str, answers: list[Action],
                     difficulty: str, key: int, mind: Mind | None = None) -> Choice:
    """An event's answer, drawn with odds of each option's weight to a power (a seeded draw),
    tilted by what the option's effects are worth to the nation (``answers.option_value``,
    with ``mind``): the author's weights are the prior, the war as it stands decides. A
    government usually takes the course its interests favour, and now and then, as real
    ones did, the other (Finland could have refused the Aland guarantees; Britain nearly took
    Corfu to the Council). On easy the odds are the author's weights alone; on normal their
    squares (70 against 30 is taken 84 times in 100), each times e to the option's worth over
    ``ANSWER_SPAN``; hard always takes the best of those."""
    options_ = {o.id: o for o in _options(state, event_id)}
    weights = {o: max(1, options_[o].ai_weight) for o in options_}
    worth = {o: (0.0, "") for o in options_}
    if mind is not None and difficulty != "easy":
        worth = {o: option_value(mind, options_[o]) for o in sorted(options_)}
    power = {"easy": 1, "normal": 2}.get(difficulty, 2)
    score = {a: power * math.log(weights[a.args[1]]) + worth[a.args[1]][0] / ANSWER_SPAN
             for a in answers}
    digest = hashlib.sha256(f"{key}:{nation}:{event_id}".encode())
    if difficulty == "hard":
        best = max(answers, key=lambda a: (score[a], a.args[1]))
    elif all(not worth[a.args[1]][0] for a in answers):  # the author's odds alone
        odds = [weights[a.args[1]] ** power for a in answers]
        point = int.from_bytes(digest.digest()[:4], "big") % sum(odds)
        drawn = 0
        while point >= odds[drawn]:
            point -= odds[drawn]
            drawn += 1
        best = answers[drawn]
    else:
        top = max(score.values())
        odds_f = [math.exp(score[a] - top) for a in answers]
        point_f = int.from_bytes(digest.digest()[:4], "big") / 2 ** 32 * sum(odds_f)
        best = answers[-1]
        for a, odd in zip(answers, odds_f):
            if point_f < odd:
                best = a
                break
            point_f -= odd
    value, reasons = answer_score(options_[best.args[1]], worth[best.args[1]])
    return Choice(best, float(value), tuple(reasons))


def answer_to(v: PlayerView, key: int, event_id: str, difficulty: str = "normal") -> Action:
    """The view's nation's answer to ``event_id``'s choice, as the AI would give it in its
    place (``_weighted_answer``, with what each option's effects are worth to it)."""
    mind = Mind(v, difficulty, key)
    answers = legal_actions(mind.s, mind.me, (event_id,), ("choose",))
    return _weighted_answer(mind.s, mind.me, event_id, answers, difficulty, key, mind).action


ANSWER_SPAN = 10.0
"""How much worth (in the units of an order's utility) makes an event's option e times as
likely as the author's odds alone make it: a war turned (an aggressor whose backing down is
worth ``answers.SIDE_CAP``) outweighs the author's 80 against 20."""


def _options(state: GameState, event_id: str) -> tuple[ChoiceOption, ...]:
    """The options of an event that asks a choice (only those are put to a nation)."""
    choice = state.campaign.event(event_id).choice
    if choice is None:
        raise ValueError(f"event {event_id} asks no choice")
    return choice.options


def _bystander(state: GameState, nation: str) -> bool:
    """A small state with no part in any crisis, no council seat and no claim only answers
    what it is asked: it spends its turns on its own affairs (and the AI's time on the ones
    that act). A claimant, however small, watches for its chance (North Korea, 1950)."""
    n = state.nations[nation]
    if n.military + n.economy >= 40 or state.campaign.nation(nation).claims:
        return False
    if any(c.active and nation in c.parties for c in state.crises.values()):
        return False
    if any(state.crises[crisis].active for crisis in stakes_in(state.campaign, nation)):
        return False
    for org in state.orgs.values():
        for body in state.campaign.org(org.id).bodies:
            if body.seats is not None and nation in seated(state, org.id, body.id):
                return False
    return True


def stakes_in(camp: Campaign, nation: str) -> frozenset[str]:
    """The crises ``nation``'s own objectives name (its part in them, or how they end): a
    small state whose aims hang on a crisis is no bystander to it (Canada, with a general
    commanding UNAMIR and an objective to stop Rwanda's killing, is not Fiji)."""
    return frozenset(leaf.crisis for o in camp.nation(nation).objectives
                     for leaf, _ in polar(o.condition)
                     if isinstance(leaf, (Contributed, CrisisEnded)))


def _relevant(v: PlayerView, nation: str) -> tuple[Callable[[Action], bool], set[str]]:
    """A cheap filter before scoring: with sixty nations most candidates cannot matter."""
    state = v.facts
    active = [c for c in state.crises.values() if c.active]
    aggressors = {c.aggressor for c in active}
    victims = {victim for c in active for victim in c.victims}
    public = v.public()
    strongest, blocs = public.derived.get(("powers",), lambda: _powers(public.facts))
    partners = set(strongest)
    bloc = state.bloc(nation)
    if bloc != "none":
        partners |= blocs.get(bloc, frozenset())

    def check(a: Action) -> bool:
        if a.verb in ("improve", "propose"):
            return a.args[-1] in partners
        if a.verb == "threaten":
            return a.args[0] in aggressors
        if a.verb == "aid":
            return a.args[0] in victims
        if a.verb == "denounce":
            return False
        if a.verb == "table":
            return a.args[2] in state.crises or a.args[1] in ("refer_to_assembly", "lift",
                                                              "endorse")
        return True

    return check, partners | aggressors | victims


def _powers(state: GameState) -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """The ten strongest nations that exist, and each bloc's members: public facts that
    ``_relevant`` reads for every plan, of every nation, worked out once on the public view."""
    existing = [(-(n.military + n.economy), code) for code, n in state.nations.items()
                if n.exists]
    blocs: dict[str, set[str]] = {}
    for _, code in existing:
        blocs.setdefault(state.bloc(code), set()).add(code)
    return (frozenset(code for _, code in nsmallest(10, existing)),
            {bloc: frozenset(codes) for bloc, codes in blocs.items()})


def decide(v: PlayerView, key: int, difficulty: str = "normal") -> Choice:
    """The AI's next action for the view's nation in this phase, with its reasons."""
    return plan(v, key, difficulty)[0]


def explain(v: PlayerView, action: Action, audience: str | None = None) -> tuple[str, ...]:
    """Why the view's nation would take (or took) ``action``, as it would tell ``audience``:
    the reasons a government gives in public, and that a nation pressed it only to that
    nation (None: the public, which hears no private reason)."""
    mind = Mind(v, "hard", audience=audience)
    if action.verb == "vote":
        res = mind.s.resolution(action.args[0])
        if res is None:
            return ()
        cast = res.ballot(mind.me) or (action.args[1] if len(action.args) > 1 else None)
        value, terms = mind.staked(res)
        weighed = ballot_of(value, mind.me in permanent_members(mind.s, res.org, res.body))
        return tuple(stated(mind.s, mind.me, res, weighed, cast) + ranked(terms, cast))
    return tuple(mind.score(action)[1])

