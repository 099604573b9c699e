"""The shape of one order's definition, and the small rules every order shares."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Any

from ..actions import Action
from ..context import Ctx
from ..crises import step
from ..measures import sanctions_pressure
from ..state import GameState

Option = tuple[Action, str | None]
"""A candidate order and None, or why it is barred now."""
Candidates = Callable[[GameState, str, Action | None, Collection[str] | None], list[Option]]
"""A family's candidate generator: (state, nation, focus, among) -> options (legal.options)."""
Valuation = Callable[[Any, Action], tuple[float, list[str]]]
"""The AI's valuation: (the AI's Mind, duck-typed, the action) -> (score, reasons)."""
FUTILE = -50.0
"""The worth an order's valuation gives an order that is out of the question
(``Order.ceiling``)."""


@dataclass(frozen=True)
class Expected:
    """One thing an order is expected to change, for its tooltip (the UI puts it in words)."""

    what: str
    """A nation's will, economy, military, legitimacy, stability, capital or units; a
    relation; tension; an organisation's credibility or budget; a crisis's resolve or the
    pressure of its sanctions; a mission's strength."""
    delta: float
    who: str = ""
    """The nation, organisation, crisis or mission that moves ('' for the world)."""
    other: str = ""
    """The other nation of a relation."""
    when: str = "now"
    """now; a turn (while it lasts); a turn of fighting; while they serve (troops); if
    adopted, a turn if adopted (a tabled draft)."""
    cause: str = ""


Expect = Callable[[GameState, Action], tuple[Expected, ...]]
"""A family's estimate of what an order costs and changes: (a state or a player's facts,
the action) -> expectations. Pure: it works on copies."""


@dataclass(frozen=True)
class Order:
    """Everything about one verb, in one place: the UI, the AI, the rules and docs read it."""

    verb: str
    usage: str
    """Its text form after the nation, for the docs and for a mistyped order."""
    group: str
    """The UI's group of buttons (turn, vote, diplomacy, organisations, domestic, military)."""
    arity: tuple[int, int]
    """Fewest and most arguments of its text form."""
    cost: int
    """Diplomatic capital paid when it is given."""
    candidates: Candidates
    """Its family's generator of candidates with reasons (shared by the family's verbs)."""
    effect: Callable[[Ctx, Action], None]
    value: Valuation
    label: Callable[[Any, Action], str]
    """The button's words, from a state or a player's view."""
    tip: str
    """The tooltip: what the order does."""
    will: int = 0
    """Domestic will needed to give it (0: none)."""
    will_for: str | None = None
    """The first argument for which the will is needed ('troops', not money); None: any."""
    once_a_turn: bool = True
    """Given at most once a turn per first argument (see ``key_of``)."""
    phase: str = "orders"
    """The phase whose candidates it belongs to (ballots are cast in the voting phase)."""
    tip_of: Callable[[Action], str] | None = None
    """A tooltip that depends on the arguments (what kind of resolution is tabled)."""
    expect: Expect | None = None
    """Its family's estimate of its costs and consequences; None: what its effect does now."""
    cost_of: Callable[[Any, Action], int] | None = None
    """A cost that depends on the arguments, read from a state or a player's view (a
    campaign's decision); None: ``cost``."""
    tip_from: Callable[[Any, Action], str] | None = None
    """A tooltip read from a state or a player's view (a campaign's decision)."""
    ceiling: Callable[[Any, Action], float] | None = None
    """A cheap bound, on the same mind as ``value``, of what the valuation could give the
    order (``FUTILE`` when it is out of the question): a planner need not value an order
    whose ceiling is below what it would take. None: no bound short of valuing it."""
    lean: Candidates | None = None
    """Its family's generator for a listing of the legal orders only (``legal.options`` with
    ``lean``, the AI's): the same candidates less the barred ones and those its ``ceiling``
    always puts out of the question, left unbuilt. None: ``candidates``, less the barred."""

    expect_own: Expect | None = None
    """Its family's estimate of what it changes in the giver's own figures alone (its stats
    in the ledger), when cheaper than ``expect``'s whole: what a planner pricing its own order
    reads (``planning.Outlook.priced``). None: ``consequences``, whole."""

    def cost_for(self, state: Any, action: Action) -> int:
        """Diplomatic capital this action costs."""
        return self.cost_of(state, action) if self.cost_of else self.cost

    def will_needed(self, action: Action) -> int:
        if self.will_for is not None and action.args[:1] != (self.will_for,):
            return 0
        return self.will

    def tip_for(self, action: Action, state: Any = None) -> str:
        if self.tip_from is not None and state is not None:
            return self.tip_from(state, action)
        return self.tip_of(action) if self.tip_of else self.tip

    def consequences(self, state: GameState, action: Action,
                     own: bool = False) -> tuple[Expected, ...]:
        """What giving it is expected to cost and change, read from the engine's own rules on
        a copy of ``state`` (a player's facts will do: only what the giver knows is used).
        ``own``: the giver's own stats are all that is read (``expect_own``, if any, leaves
        out the rest; the giver's stats are the same, in the same order)."""
        if own and self.expect_own is not None:
            return self.expect_own(state, action)
        if self.expect is not None:
            return self.expect(state, action)
        return preview(state, lambda ctx: self.effect(ctx, action))


def preview(state: GameState, run: Callable[[Ctx], object], when: str = "now"
            ) -> tuple[Expected, ...]:
    """What ``run`` would change if it ran on ``state`` now (on a copy)."""
    after, related = applied_noting(state, run)
    return changes(state, after, when, related)


def applied(state: GameState, run: Callable[[Ctx], object]) -> GameState:
    """A copy of ``state`` with ``run`` carried out on it."""
    return applied_noting(state, run)[0]


def applied_noting(state: GameState, run: Callable[[Ctx], object]
                   ) -> tuple[GameState, set[tuple[str, str]]]:
    """``applied``, with the pairs whose relation ``run`` set (``Ctx.related``): the only
    relations of the copy that can differ from ``state``'s, which ``changes`` then compares
    alone instead of the thousands of pairs."""
    after = state.copy()
    ctx = Ctx(after)
    run(ctx)
    return after, ctx.related


def upkeep(before: GameState, after: GameState, nation: str) -> tuple[Expected, ...]:
    """The diplomatic capital a turn that the commitments made between two states cost
    (``turn.commitments``: an intervention, troops serving with a mission), and the economy
    of an army newly at war (``turn.on_war_footing``)."""
    from ..turn import commitments, mobilisation_upkeep, on_war_footing  # the turn reads orders

    owed = commitments(after, nation) - commitments(before, nation)
    army = (on_war_footing(after, nation) - on_war_footing(before, nation)) \
        * mobilisation_upkeep(after.nations[nation])
    return ((Expected("capital", -owed, nation, when="a turn", cause="upkeep of the commitment"),
             ) if owed else ()) + ((Expected("economy", -army, nation, when="a turn",
                                             cause="an army kept mobilised"),) if army else ())


def a_turn_of(before: GameState, after: GameState, crisis_id: str, nations: tuple[str, ...],
              when: str) -> tuple[Expected, ...]:
    """What one more turn of a crisis would do to ``nations`` with the order given (``after``)
    beyond what it does without (``before``): casualties, trade lost, sanctions biting."""
    crisis = after.crises.get(crisis_id)
    if crisis is None or not crisis.active:
        return ()

    def moved(s: GameState) -> dict[tuple[str, str, str], int]:
        run = s.copy()
        step(Ctx(run), crisis_id)
        out: dict[tuple[str, str, str], int] = {}
        for c in run.ledger[len(s.ledger):]:
            if c.nation in nations:
                out[(c.nation, c.stat, c.cause)] = out.get((c.nation, c.stat, c.cause), 0) + c.delta
        return out

    given, not_given = moved(after), moved(before)
    out = []
    for nation, stat, cause in sorted({*given, *not_given}):
        extra = given.get((nation, stat, cause), 0) - not_given.get((nation, stat, cause), 0)
        if extra:
            out.append(Expected(stat, extra, nation, when=when, cause=cause))
    return tuple(out)


def changes(before: GameState, after: GameState, when: str = "now",
            related: Collection[tuple[str, str]] | None = None,
            of: str | None = None) -> tuple[Expected, ...]:
    """The differences between two states that a player watches, with their causes: the
    stats in the ledger, relations, tension, the organisations' credibility and budgets,
    the crises' resolve and the pressure of their sanctions. ``related``: the only pairs
    whose relation can differ, if known (``applied_noting``). ``of``: only that nation's
    stats (``Order.expect_own``), nothing else compared."""
    stats: dict[tuple[str, str, str], int] = {}
    for c in after.ledger[len(before.ledger):]:
        if of is None or c.nation == of:
            stats[(c.nation, c.stat, c.cause)] = stats.get((c.nation, c.stat, c.cause), 0) \
                + c.delta
    out = [Expected(stat, d, nation, when=when, cause=cause)
           for (nation, stat, cause), d in stats.items() if d]
    if of is not None:
        return tuple(out)
    had = before.relations.get  # thousands of pairs, shared until one is changed (``copy``)
    now = after.relations
    moved = () if now is before.relations else [
        (pair, value) for pair, value in (now.items() if related is None else (
            (pair, now[pair]) for pair in related)) if had(pair) != value]
    for (a, b), value in sorted(moved):
        if value != had((a, b), 0):
            out.append(Expected("relation", value - had((a, b), 0), a, b, when))
    if after.tension != before.tension:
        out.append(Expected("tension", after.tension - before.tension, when=when))
    for org_id, org in sorted(after.orgs.items()):
        old = before.orgs.get(org_id)
        if old is not None and org.credibility != old.credibility:
            out.append(Expected("credibility", org.credibility - old.credibility, org_id,
                                when=when))
        if old is not None and org.budget != old.budget:
            out.append(Expected("budget", org.budget - old.budget, org_id, when=when))
    for cid, crisis in sorted(after.crises.items()):
        was = before.crises.get(cid)
        if was is None or was is crisis:
            continue
        if crisis.resolve != was.resolve:
            out.append(Expected("resolve", crisis.resolve - was.resolve, cid, when=when))
        pressure = sanctions_pressure(after, crisis)[0] - sanctions_pressure(before, was)[0]
        if pressure:
            out.append(Expected("pressure", pressure, cid, when=when))
    return tuple(out)


def key_of(action: Action) -> str:
    """The key that stops an order from being given twice in one turn."""
    first = action.args[0] if action.args else ""
    return f"{action.nation} {action.verb} {first}"


def crowd(state: GameState, suffix: str) -> int:
    """Diminishing returns: the nth threat (or mobilisation) of a turn counts 1/n as much."""
    return max(1, sum(1 for key in state.acted if key.endswith(suffix)))


def unwanted(mind: Any, action: Action) -> tuple[float, list[str]]:
    """The AI never gives this order of its own accord (its ballots come from ``Mind.ballot``)."""
    return -100.0, []
