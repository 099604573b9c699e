"""Planning: what an order is worth to the nation's own final score, over a horizon.

The order valuations (``game.engine.orders``) judge an order by what the nation cares about
now: how much a crisis concerns it, what it costs this turn. A good player also asks what the
order does for the end of the campaign: the objectives it brings nearer, the credit for
measures that help end a crisis well, the figures the score counts (economy and forces lost,
will and legitimacy on average). ``Outlook`` answers that for one nation's turn, from its own
view and its own objectives only (they are in the campaign every seat reads).

Strength grows with difficulty through the horizon (``PLAN_HORIZON``): a lasting gain counts
for the turns the AI looks ahead, and a term counted only at the end (an objective, the
economy lost) for the share of the remaining campaign that it sees. The easy AI looks one turn
ahead and so plays for the moment; the hard AI plans to the campaign's end.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, cast

from game.engine.actions import Action
from game.engine.context import Ctx
from game.engine.credit import SUCCESS, Part, creditable, part
from game.engine.crises import climb, overrun, urge
from game.engine.orders import ORDERS
from game.engine.orders.base import applied
from game.engine.orders.diplomacy import AID_COST, AID_TIES, threat_hit
from game.engine.orders.domestic import AT_HOME
from game.engine.orders.military import YIELDING, mobilise_hit
from game.engine.model import (All, Any, Campaign, Condition, Contributed, CredibilityIs,
                               CrisisEnded, Exists, FlagSet, Not, RelationIs, SetFlag, StatIs)
from game.engine.scoring import (COST_DIVISOR, CREDIT_SHARE, CRISIS_CREDIT_CAP,
                                 INTERVENE_CREDIT, PLEDGE_CREDIT, SPONSOR_CREDIT, VOTE_CREDIT,
                                 crisis_credit)
from game.engine.state import GameState, clamp
from game.engine.turn import MEMORIES_FADE, OPINION_SETTLES

if TYPE_CHECKING:
    from game.ai.policy import Mind

PLAN_HORIZON = {"easy": 1, "normal": 8, "hard": 1000}
"""Turns ahead each difficulty plans for its score (hard: to the campaign's end)."""
POINT_UTILITY = 6.0
"""What a point of the nation's final score weighs against its other concerns."""
RAMP = 30
"""How far below an objective's threshold a figure still pulls (and how strongly: a point
of the figure is worth the objective's points / (RAMP + MARGIN))."""
MARGIN = 8
"""How far above an objective's threshold a figure is still worth raising (a safety margin)."""
DRIFT = 4.0
"""How far a figure may move in a turn, either way (an investment +3, rearmament -2,
sanctions or a war several points): over n turns ahead a figure's end is uncertain by
DRIFT * sqrt(n), as a random walk's. A planner that looks far ahead keeps that much buffer above
a threshold (and above where it started, which the score counts) against the shocks to come:
Italy's economy, far above its objective in 1934, fell below it under the war and the
sanctions of 1935-36."""
SETTLES = {"will": OPINION_SETTLES, "legitimacy": MEMORIES_FADE}
"""The share of its distance to the start that each figure the score counts on average
recovers a turn (``turn.consequences``)."""
SWAY = 0.3
"""How much one adopted measure is taken to do for the end of its crisis."""
ADOPTION = 0.5
"""The chance a tabled draft is taken to have of passing. A pledge of troops is not put to a
vote: the soldiers go, and it is weighed whole."""
ENDS_WELL = 0.5
"""The chance a crisis with measures behind it is taken to end well (withdrawal or
settlement): the score's credit for a part in it is paid only then."""
MEASURE_ORDERS = ("table", "pledge")
"""Orders that give the nation a part in a crisis (when the measure is adopted)."""
FORESIGHT = {"easy": False, "normal": False, "hard": True}
"""Whether the planner foresees the shocks its figures may meet (``DRIFT``): the hard AI
keeps a buffer as a careful player would. (Giving it to the normal AI brought Germany's
Anschluss forward to 1934 in the League's history, the world the history tests read.)"""
READS_AIMS = {"easy": False, "normal": True, "hard": True}
"""Whether the planner reads what its objectives mean for the orders that decide a crisis's
end: the crisis ends behind its objectives' flags (``flag_endings``) and the end a demand
brings (``Outlook.demand``). A government knows its own aims: Hitler wanted Austria annexed,
not a bargain over it, and the normal AI that asked for a concession lost the objective."""
GRANTED = 0.5
"""The chance a demand is taken to be granted, ending its crisis in a concession."""
OPEN_END = 0.5
"""The chance an open crisis is taken to end as an objective on its end wants, while the
planner's own order does not seal that end (``Outlook.sealed``)."""
SEALING_ORDERS = ("backdown",)
"""Orders that may end the giver's own crisis at the turn's end (``Outlook.sealed``): an
aggressor that backs down from the brink withdraws, accepts the frontier or signs an
armistice."""
SEALS = {"easy": False, "normal": False, "hard": True}
"""Whether the planner weighs the end a back-down seals (``Outlook.sealed``). Only the hard
AI: given to the normal AI, whose choices make the campaigns' history, the Soviet Union held
the Berlin blockade until the front stopped with its resolve worn below
``crises.SETTLES_BELOW``, and Berlin ended in a settlement in 18 of 20 all-AI games instead
of the lifting (withdrawal) of every game, as in 1949, when holding a blockade cost the
blockader nothing a turn in the rules; a blockade answered in kind now wears the blockader
and does not settle (``crises.counter_blockade``). Not yet measured for the normal AI since."""
HOLDS_GROUND = {"easy": False, "normal": True, "hard": True}
"""Whether the planner weighs what a back-down seals (``Outlook.sealed``) where its crisis's
aggressor holds ground won at war (progress): there the step decides whether that ground is
handed back (a withdrawal) or kept on the truce lines (an armistice, ``crises.armistice``),
and a government that reads its own aims does not hand back ground its objective needs kept.
Given to the normal AI, where the hard AI weighs every seal (``SEALS``): a blockade, which
wins no ground, is not concerned. Palestine, 1948-49: the Arab armies held their lines
through the Council's truces and signed the armistices of Rhodes on them, Egypt keeping
Gaza."""
PRESSURE_ORDERS = ("mobilise", "threaten", "intervene")
"""Orders that weigh on an aggressor's urge to press on (``Outlook.pressure``)."""
PRICED_ORDERS = ("escalate",)
"""Orders whose price to the giver's own figures is read from the order's expectation
(``Order.consequences``, ``Outlook.priced``): an escalation's legitimacy."""
SPENT = ("economy", "military")
"""The figures the score counts by what is lost of them by the end (``figures``)."""
SCORED = (*SETTLES, *SPENT)
"""The nation's figures the score and the planner weigh (``figures``)."""
PLANNED = frozenset({*AT_HOME, "improve", "aid", "demand", *MEASURE_ORDERS, *PRESSURE_ORDERS,
                     *PRICED_ORDERS, *SEALING_ORDERS})
"""The orders whose worth to the score is weighed (the others count only for now)."""
SPARE_ORDERS = frozenset({*AT_HOME, "improve"})
"""The orders spare capital is spent on: investments at home and courting, each once a
turn and target (a measure or a pledge is given only when worth more than ending the turn)."""
KEEP = {"easy": None, "normal": 6, "hard": 4}
"""Capital a plan keeps for next turn's orders; half of anything above it would fade unspent
(``turn.bank_capital``), so it goes to the orders that pay over the horizon. The easy AI
does not budget: what it does not spend on this turn's concerns fades."""


_STEPS_BACK = -1.0
"""What ``Outlook.way`` finds when the aggressor steps back already."""
_UNWEIGHED: tuple[float, str] = (0.0, "not weighed yet")
"""What ``Outlook.worth`` finds for an order not weighed yet, told by identity (None is an
answer)."""


def polar(condition: Condition, sign: int = 1) -> Iterator[tuple[Condition, int]]:
    """The conditions an objective is made of, each with whether the objective wants it to
    hold (+1) or not (-1, under a Not)."""
    if isinstance(condition, (All, Any)):
        for item in condition.items:
            yield from polar(item, sign)
    elif isinstance(condition, Not):
        yield from polar(condition.item, -sign)
    else:
        yield condition, sign


def _on_end(points: float, leaf: CrisisEnded, sign: int) -> float:
    """What an objective of ``points`` on ``leaf`` gains from its crisis ending well: +points
    if it wants a good end (or no conquest), -points if it wants a bad one."""
    good = leaf.outcome in (*SUCCESS, "frozen") if leaf.outcome else False
    bad = leaf.outcome == "conquest"
    return points * (((good and sign > 0) or (bad and sign < 0))
                     - ((bad and sign > 0) or (good and sign < 0)))


def ramp(x: float, threshold: float, spread: float = 0.0) -> float:
    """How far a figure of ``x`` goes towards an objective of ``threshold`` (0 to 1), with a
    safety margin widened by the ``spread`` of the figure's end (``DRIFT``)."""
    return min(1.0, max(0.0, (x - threshold + RAMP) / (RAMP + MARGIN + spread)))


def shortfall(x: float, start: float, spread: float) -> float:
    """The chance (0 to 1) that a figure now at ``x`` ends below ``start``, when its end is
    uncertain by ``spread`` (more than 0): near certain well below, none above
    ``start + spread``."""
    return min(1.0, max(0.0, (start + spread - x) / (2 * spread)))


def flag_endings(camp: Campaign) -> dict[str, CrisisEnded]:
    """Flags that a crisis's end sets for sure (an event with no choice, triggered by that
    end alone): an objective on such a flag is an objective on that end (Germany's
    'Anschluss' is Austria's crisis ended in conquest)."""
    out: dict[str, CrisisEnded] = {}
    for e in camp.events:
        if isinstance(e.trigger, CrisisEnded) and e.choice is None and e.chance >= 100:
            for effect in e.effects:
                if isinstance(effect, SetFlag):
                    out.setdefault(effect.flag, e.trigger)
    return out


def overrun_endings(s: GameState) -> dict[str, list[CrisisEnded]]:
    """The crises whose conquest would overrun a nation (``crises.overrun``: its whole
    territory lies in the crisis's region), by nation: an objective that a nation stand is an
    objective against those conquests (France's eastern allies stood or fell with Danzig and
    the Sudetenland)."""
    out: dict[str, list[CrisisEnded]] = {}
    for cid in sorted(s.crises):
        c = s.crises[cid]
        for v in c.victims:
            if overrun(s, c, v):
                out.setdefault(v, []).append(CrisisEnded(cid, "conquest"))
    return out


class Outlook:
    """One nation's look ahead for one turn: what its orders do for its final score."""

    def __init__(self, mind: Mind, held: bool = False):
        self.mind: Mind = cast("Mind", weakref.proxy(mind)) if held else mind
        """The mind whose outlook this is; held weakly when the mind holds this outlook
        (``held``, ``Mind.outlook``): a cycle between them, and the view the mind holds,
        would be freed only by a pass of the garbage collector, which a plan's many
        short-lived objects make frequent and costly."""
        s = mind.s
        self.total = max(1, s.campaign.turns)
        self.left = max(1, s.campaign.turns - s.turn)
        self.ahead = min(PLAN_HORIZON[mind.difficulty], self.left)
        self.sight = self.ahead / self.left
        """The share of an end-of-campaign term this AI weighs."""
        self.foresight = FORESIGHT[mind.difficulty]
        self.spread = DRIFT * self.ahead ** 0.5 if self.foresight else 0.0
        """How uncertain this AI sees its figures' end (``DRIFT``): the further it looks, the
        more buffer it keeps."""
        self.reads = READS_AIMS[mind.difficulty]
        self.leaves = [(o, leaf, sign) for o in mind.d.objectives
                       for leaf, sign in polar(o.condition)]
        if self.reads and any(isinstance(leaf, FlagSet) for _, leaf, _ in self.leaves):
            ends = flag_endings(s.campaign)
            self.leaves = [(o, ends.get(leaf.flag, leaf) if isinstance(leaf, FlagSet) else leaf,
                            sign) for o, leaf, sign in self.leaves]
        if self.reads and any(isinstance(leaf, Exists) for _, leaf, _ in self.leaves):
            falls = overrun_endings(s)
            self.leaves = [(o, end, -sign if end is not leaf else sign)
                           for o, leaf, sign in self.leaves
                           for end in (falls.get(leaf.nation, (leaf,))
                                       if isinstance(leaf, Exists) else (leaf,))]
        self._ties = [(o, leaf) for o, leaf, sign in self.leaves
                      if sign > 0 and isinstance(leaf, RelationIs) and mind.me in (leaf.a, leaf.b)
                      and leaf.op in (">=", ">")]
        """The objectives that need this nation's relations with another at a level, in the
        order of ``leaves``: a plan weighs courting every nation (``relation``)."""
        self._worth: dict[Action, tuple[float, str] | None] = {}
        self._parts: dict[str, Part] = {}
        """crisis id -> the nation's part in it: a plan weighs many orders on a few crises."""
        self._ways: dict[tuple[str, int, Action | None], float] = {}
        """(crisis id, resolve taken off, order) -> the share of the way to backing down it
        covers (``way``): a plan asks it when it weighs the order and its running cost."""
        self._measures: dict[tuple[str, str, str], tuple[float, str]] = {}
        """(crisis id, kind of part, organisation) -> what a part in a measure is worth
        (``measure``)."""

    def worth(self, a: Action) -> tuple[float, str] | None:
        """The utility of ``a`` for the nation's final score, and why; None if nothing
        (weighed once per decision: a plan asks it when scoring and when budgeting)."""
        if a.verb not in PLANNED:
            return None
        known = self._worth.get(a, _UNWEIGHED)
        if known is _UNWEIGHED:
            known = self._worth[a] = self._weigh(a)
        return known

    def _weigh(self, a: Action) -> tuple[float, str] | None:
        if a.verb in AT_HOME:
            points, why = self.figures(AT_HOME[a.verb])
        elif a.verb == "improve":
            points, why = self.relation(a.args[0], self._courting(a.args[0]))
        elif a.verb == "aid":
            paid, why = self.figures({"economy": -AID_COST})
            points, friend = self.relation(a.args[0], AID_TIES)
            points, why = points + paid, friend or why
        elif a.verb == "demand" and self.reads:
            points, why = self.demand(a.args[0])
        elif a.verb == "pledge" and a.args[0] == "money":
            points, why = self.figures({"economy": -AID_COST})
            if (crisis := self._crisis_of(a)) is not None:  # paid into a mission: a part
                part_in, need = self.measure(crisis, a)
                points, why = points + part_in, need if part_in > 0 else why
        elif a.verb == "intervene":
            points, why = self.intervention(a)
        elif a.verb in PRESSURE_ORDERS:
            points, why = self.pressure(*self._blow(a), a)
        elif a.verb in PRICED_ORDERS:
            points, why = self.priced(a)
        elif a.verb in SEALING_ORDERS and (SEALS[self.mind.difficulty] or (
                HOLDS_GROUND[self.mind.difficulty] and self._holds(a.args[0]))):
            points, why = self.sealed(a.args[0])
        elif a.verb in MEASURE_ORDERS and (crisis := self._crisis_of(a)) is not None:
            points, why = self.measure(crisis, a)
        else:
            return None
        value = points * POINT_UTILITY
        return (value, why) if abs(value) >= 0.5 else None

    # --- the terms ------------------------------------------------------------------------

    def figures(self, change: Mapping[str, float]) -> tuple[float, str]:
        """Points for changing the nation's figures by ``change``: what the score counts of
        them (economy and forces lost by the end, will and legitimacy on average) and the
        objectives that need them. Only what the figure can still move counts: a rally with opinion already
        wholly behind the government buys nothing."""
        m, total, why, hurt = self.mind, 0.0, "", ""
        for stat, wanted in change.items():
            now, start = getattr(m.n, stat), getattr(m.d, stat)
            delta = clamp(now + wanted) - now  # a figure stops at 0 and 100, as the rules keep it
            if stat in SETTLES:  # counted on average: a rise fades as the figure settles
                kept = delta * (1 - (1 - SETTLES[stat]) ** self.ahead) / SETTLES[stat]
                total += kept / self.total / COST_DIVISOR
            elif stat in SPENT:
                lost = delta * shortfall(now + delta / 2, start, self.spread) if self.spread \
                    else min(0, now + delta - start) - min(0, now - start)
                total += lost / COST_DIVISOR * self.sight
                if lost > 0:
                    why = why or f"our {stat} may end below where it started"
            for o, leaf, sign in self.leaves:
                if not (sign > 0 and isinstance(leaf, StatIs) and leaf.nation == m.me
                        and leaf.stat == stat and leaf.op in (">=", ">")):
                    continue
                gain = o.points * (ramp(now + delta, leaf.value, self.spread)
                                   - ramp(now, leaf.value, self.spread))
                total += gain * self.sight
                if gain > 0:
                    why = f"our objective ({o.text}) needs {stat} of {leaf.value}"
                elif gain < 0:
                    hurt = hurt or f"our objective ({o.text}) needs {stat} of {leaf.value}"
        return total, why or hurt or ("it pays at home over the years" if total > 0
                                      else "it costs us at home")

    def relation(self, other: str, delta: float) -> tuple[float, str]:
        """Points for moving relations with ``other`` by ``delta``: the objectives that need
        them at a level."""
        m, total, why = self.mind, 0.0, ""
        for o, leaf in self._ties:
            if {leaf.a, leaf.b} != {m.me, other}:
                continue
            now = m.s.relation(m.me, other)
            gain = o.points * (ramp(now + delta, leaf.value) - ramp(now, leaf.value))
            total += gain * self.sight
            if gain > 0:
                why = f"our objective ({o.text}) needs these relations"
        return total, why

    def measure(self, crisis: str, a: Action) -> tuple[float, str]:
        """Points for a part in a crisis measure: the objectives that want the crisis to end
        well or need the nation's part in it (of the kind it is: measures, troops, money), the
        organisation's credibility an objective needs, and the credit the score gives for a
        measure or troops in a crisis that ends well (money for a mission earns none).
        They depend on the order only through its kind of part and organisation, so they are
        worked out once for all the drafts (kinds, types, mandates) one body may table on a
        crisis."""
        org = a.args[0].split(".")[0] if a.verb == "table" else ""
        by = "measures" if a.verb == "table" else a.args[0]
        key = (crisis, by, org)
        known = self._measures.get(key)
        if known is None:
            known = self._measures[key] = self._measure(crisis, by, org)
        return known

    def _measure(self, crisis: str, by: str, org: str) -> tuple[float, str]:
        m, total, why = self.mind, 0.0, ""
        if crisis not in self._parts:
            self._parts[crisis] = part(m.s, m.me, crisis)
        had = self._parts[crisis]
        for o, leaf, sign in self.leaves:
            gain = 0.0
            if isinstance(leaf, CrisisEnded) and leaf.crisis == crisis:
                # money pays for the peace after the crisis's end, not for the end itself
                gain = SWAY * _on_end(o.points, leaf, sign) * (by != "money")
            elif isinstance(leaf, Contributed) and leaf.nation == m.me \
                    and leaf.crisis == crisis and sign > 0 and not had.took(leaf.by) \
                    and leaf.by in (None, by):
                gain = o.points / 2
            elif isinstance(leaf, CredibilityIs) and leaf.org == org and sign > 0:
                gain = o.points * SWAY / 2 * (m.s.orgs[org].credibility < leaf.value + MARGIN)
            if gain > 0:
                why = why or f"our objective ({o.text})"
            total += gain
        if creditable(m.s, m.me, crisis):
            earned = SPONSOR_CREDIT + VOTE_CREDIT if by == "measures" \
                else PLEDGE_CREDIT * (had.pledged == 0) if by == "troops" else 0
            total += self.credit(had, earned)
        passing = ADOPTION if by == "measures" else 1.0
        return total * passing * self.sight, why or "credit for ending the crisis well"

    def pressure(self, crisis: str, hit: int, order: Action | None = None
                 ) -> tuple[float, str]:
        """Points for taking ``hit`` off the resolve of ``crisis``'s aggressor, for the general
        war it comes to fear with this nation at the brink (``Mind.dread_added``) and, when
        this nation's ``order`` deals the blow (a mobilisation, a threat: ``_blow``), for the
        force it then faces: the deterrence an army on alert adds to the gauges
        (``Mind.alert_added``), a red line's on a line that holding on would cross
        (``Mind.line_added``), each as far as the aggressor believes it would be used. Its
        urge, as this nation guesses it (``Mind.urge_of``), stands that far above backing
        down (``YIELDING``); the share of the way the order covers weighs the objectives on
        the crisis's end as a measure's sway does. The United States' threat over Haiti in
        September 1994 made the junta step down with the aircraft in the air; in October 1962
        the American forces put on alert round Cuba weighed on Khrushchev by the war they
        made ready, beside any resolve the quarantine itself took."""
        share = self.way(crisis, hit, order)
        if share <= 0:  # over, stepping back already, or unmoved: the blow adds nothing
            return 0.0, ""
        total, why = 0.0, ""
        for o, leaf, sign in self.leaves:
            if isinstance(leaf, CrisisEnded) and leaf.crisis == crisis:
                gain = share * _on_end(o.points, leaf, sign)
                total += gain
                if gain > 0:
                    why = why or f"our objective ({o.text}) needs the aggressor to yield"
        return total * self.sight, why

    def way(self, crisis: str, hit: int, order: Action | None = None) -> float:
        """The share (0 to 1) of the way from the aggressor's urge to backing down that the
        blow of ``pressure`` covers, as this nation guesses it; ``_STEPS_BACK`` when it steps
        back already, 0 when the crisis is over or the blow moves it not at all."""
        key = (crisis, hit, order)
        known = self._ways.get(key)
        if known is None:
            known = self._ways[key] = self._way(crisis, hit, order)
        return known

    def _way(self, crisis: str, hit: int, order: Action | None) -> float:
        c = self.mind.s.crises[crisis]
        if not c.active:
            return 0.0
        them, me = self.mind.of(c.aggressor), self.mind.me
        gap = self.mind.urge_of(crisis) - YIELDING
        if gap <= 0:  # it steps back already: the blow adds nothing
            return _STEPS_BACK
        # Only the urge's resolve term moves with the blow (the gauges do not read resolve),
        # beside the general war the aggressor comes to fear with us at the brink and the
        # force it then faces.
        lost = urge(c, 0) - urge(c, 0, max(0, c.resolve - hit)) \
            + them.known(("dread added", me, crisis), lambda: them.dread_added(me, c))
        if order is not None and order.verb in ("mobilise", "intervene"):
            how = "mobilised" if order.verb == "mobilise" else "intervening"
            lost += them.known(("alert added", me, crisis, how),
                               lambda: them.alert_added(me, c, how))
        elif order is not None:
            target, _, line, promise = order.args
            lost += them.known(("line added", me, order.args),
                               lambda: them.line_added(me, target, c, line, promise))
        return min(1.0, lost / gap) if lost > 0 else 0.0

    def war_turns(self, a: Action) -> float | None:
        """How many turns the war an intervention (``a``) joins is expected to last, or None
        when this nation sees no end to it: each turn of the fighting brings the aggressor the
        intervention's share of the way to backing down (``way``), so the war lasts about
        one turn over that share; one turn when it steps back already. A running cost of the
        fighting counts for no longer (``Mind.running``): the Gulf War's air and ground
        campaign, which Iraq could not withstand, lasted six weeks, not the years its
        opponents had feared."""
        share = self.way(a.args[0], 0, a)
        if share < 0:  # it steps back already
            return 1.0
        return 1 / share if share > 0 else None

    def intervention(self, a: Action) -> tuple[float, str]:
        """Points for going to war in a crisis: the force the aggressor then faces
        (``pressure``), the objectives that need this nation's part in it, the score's credit
        for an intervention in a crisis that ends well, and what a turn of the fighting costs
        the nation's own figures (``priced``: forces, will, the legitimacy of force without
        authority). The easy AI goes in on a whim; a planner goes in where the war serves
        its aims: Britain and France, which had let Austria and Czechoslovakia go, went to
        war for Poland in September 1939."""
        crisis = a.args[0]
        points, why = self.pressure(crisis, 0, a)
        m = self.mind
        if crisis not in self._parts:
            self._parts[crisis] = part(m.s, m.me, crisis)
        had = self._parts[crisis]
        for o, leaf, sign in self.leaves:
            if isinstance(leaf, Contributed) and leaf.nation == m.me and leaf.crisis == crisis \
                    and sign > 0 and not had.took(leaf.by) and leaf.by in (None, "troops"):
                points += o.points / 2 * self.sight
                why = why or f"our objective ({o.text})"
        if creditable(m.s, m.me, crisis) and not had.intervened:
            points += self.credit(had, INTERVENE_CREDIT) * self.sight
        cost, hurt = self.priced(a)
        return points + cost, why or (hurt if cost < 0 else "credit for ending the crisis well")

    def priced(self, a: Action) -> tuple[float, str]:
        """Points for what ``a`` costs the nation's own figures, as the order's definition
        expects it (``Order.consequences``): an escalation's legitimacy
        (``crises.escalation_legitimacy``) against the objectives that need legitimacy, and
        its average that the score counts. A government that wants to be seen as a
        peacemaker weighs each step up the ladder: Nehru, who preached peaceful settlement to
        the world, held back over Goa for fourteen years before the army marched in December
        1961."""
        change: dict[str, float] = {}
        for e in ORDERS[a.verb].consequences(self.mind.s, a, own=True):
            if e.who == self.mind.me and e.what in SCORED:
                change[e.what] = change.get(e.what, 0.0) + e.delta
        return self.figures(change) if change else (0.0, "")

    def demand(self, crisis: str) -> tuple[float, str]:
        """Points for a demand in ``crisis``, which ends it in a concession if granted
        (``orders.demands``): the objectives that end serves, less those that want another
        (Germany's objective was Austria taken, not a bargain over it)."""
        total, why = 0.0, ""
        for o, leaf, sign in self.leaves:
            if not (isinstance(leaf, CrisisEnded) and leaf.crisis == crisis):
                continue
            served = (leaf.outcome in (None, "concession")) == (sign > 0)
            total += o.points if served else -o.points
            if not served:
                why = why or f"our objective ({o.text}) wants another end"
        return total * GRANTED * self.sight, why or "a concession serves our objectives"

    def sealed(self, crisis: str) -> tuple[float, str]:
        """Points for backing down in ``crisis``, as far as the step ends it at the turn's end
        (``crises.climb``, read on a copy: a withdrawal, a frontier accepted, an armistice):
        each objective on the crisis's end that the end sealed serves gains what it had left
        to win, one that it forecloses loses the chance it had while the end was open
        (``OPEN_END``). The end is sealed this turn, within any horizon: it is weighed whole,
        not for the share of the campaign the AI sees (``sight``), which discounts what is
        decided only later. A step down that leaves the crisis open seals nothing. Khrushchev,
        who wanted the Western powers out of Berlin, let his ultimatum of November 1958 lapse
        rather than sign away the claim: the crisis stayed open until the Wall."""
        after = applied(self.mind.s, lambda ctx: climb(
            ctx, ctx.update_crisis(crisis, intent="backdown")))
        end = after.crises[crisis].outcome
        if end is None:
            return 0.0, ""
        total, why, hurt = 0.0, "", ""
        for o in self.mind.d.objectives:
            leaves = [(leaf, sign) for oo, leaf, sign in self.leaves
                      if oo is o and isinstance(leaf, CrisisEnded) and leaf.crisis == crisis]
            if not leaves:
                continue
            wanted = [leaf.outcome in (None, end) for leaf, sign in leaves if sign > 0]
            shunned = [leaf.outcome in (None, end) for leaf, sign in leaves if sign < 0]
            if any(shunned) or wanted and not any(wanted):
                total -= o.points * OPEN_END
                hurt = hurt or f"our objective ({o.text}) wants another end"
            else:
                total += o.points * (1 - OPEN_END)
                why = why or f"our objective ({o.text}) is met by this end"
        return total, hurt if total < 0 else why

    def unseals(self, crisis: str, a: Action) -> bool:
        """Whether ``a``, given beside a back-down in ``crisis`` in the same phase, changes
        the end that back-down seals (``sealed``): both read on a copy, ``a`` carried out
        first, as the phase's orders are carried out before the crisis moves. Egypt backed
        down under the Council's truce and walked out of the United Nations in the same turn:
        the walk-out alone would have turned the armistice the back-down was worth into a
        withdrawal (``crises.armistice``). Japan gave notice to leave the League in March 1933
        and signed the Tanggu Truce two months later."""
        def backdown(ctx: Ctx) -> None:
            climb(ctx, ctx.update_crisis(crisis, intent="backdown"))

        def both(ctx: Ctx) -> None:
            ORDERS[a.verb].effect(ctx, a)
            backdown(ctx)
        alone = applied(self.mind.s, backdown).crises[crisis].outcome
        return applied(self.mind.s, both).crises[crisis].outcome != alone

    def credit(self, had: Part, earned: float) -> float:
        """Points of credit a part worth ``earned`` adds in a crisis where the nation already
        has ``had``, as the score pays it (``scoring.crisis_credit``): only if the crisis
        ends well, and only up to the per-crisis cap."""
        if not self._credit_left(had):
            return 0.0
        return min(earned, CRISIS_CREDIT_CAP - crisis_credit(had)) * ENDS_WELL

    def vote(self, crisis: str) -> tuple[float, str]:
        """Points a yes on an adopted measure of ``crisis`` adds to the nation's score
        (``scoring.VOTE_CREDIT``), over this AI's sight: what a yes pays beside its merits;
        nothing against its own kin (``credit.creditable``)."""
        m = self.mind
        if not creditable(m.s, m.me, crisis):
            return 0.0, ""
        if crisis not in self._parts:
            self._parts[crisis] = part(m.s, m.me, crisis)
        points = self.credit(self._parts[crisis], VOTE_CREDIT) * self.sight
        return points, "a yes earns us credit if the crisis ends well" if points else ""

    def spare(self, offers: list[tuple[Action, float]], capital: int) -> list[Action]:
        """The orders to give with the capital left after this turn's concerns: those whose
        worth to the final score is positive, best first, down to the capital kept for next
        turn (``KEEP``)."""
        keep = KEEP[self.mind.difficulty]
        if keep is None:
            return []
        out = []
        for a, _worth in sorted(offers, key=lambda o: (-o[1], o[0].text())):
            cost = ORDERS[a.verb].cost
            if capital - cost < keep:
                continue
            capital -= cost
            out.append(a)
        return out

    # --- helpers ----------------------------------------------------------------------------

    def _credit_left(self, had: Part) -> bool:
        """Whether a measure more would still add to the credit the score caps."""
        m = self.mind
        points = sum(o.points for o in m.d.objectives)
        return crisis_credit(had) < CRISIS_CREDIT_CAP and points // CREDIT_SHARE > 0

    def _courting(self, other: str) -> float:
        """How far courting ``other`` moves relations (``orders.diplomacy._improve``)."""
        s, m = self.mind.s, self.mind
        return 10 if s.campaign.nation(other).ideology == m.d.ideology else 7

    def _blow(self, a: Action) -> tuple[str, int]:
        """The crisis a mobilisation or a threat weighs on, and the resolve it takes off."""
        s, me = self.mind.s, self.mind.me
        if a.verb == "mobilise":
            return a.args[0], mobilise_hit(s, me, s.crises[a.args[0]])
        return a.args[1], threat_hit(s, me, a.args[0], s.crises[a.args[1]])

    def _holds(self, crisis: str) -> bool:
        """Whether ``crisis``'s aggressor holds ground won at war (``HOLDS_GROUND``)."""
        c = self.mind.s.crises[crisis]
        return c.active and c.progress > 0

    def _crisis_of(self, a: Action) -> str | None:
        """The crisis a tabling or a pledge to a mission is about, if any (money paid into an
        organisation's budget is about none)."""
        s = self.mind.s
        if a.verb == "table":
            return a.args[2] if a.args[2] in s.crises else None
        mission = s.missions.get(a.args[1])
        return mission.crisis if mission is not None else None
