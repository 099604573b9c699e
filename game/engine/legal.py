"""What a nation may do now: every candidate action with the reason it is barred, if it is.

One function feeds the UI's buttons (greyed out with the reason), the AI and ``apply``'s
check, so they can never disagree. Each family of orders generates its candidates
(``orders.ORDERS``); this module adds the rules every order shares: capital, will and once a
turn. The order is stable: by family, then as generated.
"""

from __future__ import annotations

from collections.abc import Collection

from .actions import Action, act
from .orders import ORDERS, key_of
from .orders.base import Candidates, Option
from .state import GameState, NationState


def _families(phase: str) -> tuple[tuple[Candidates, Candidates, frozenset[str]], ...]:
    """Each generator of candidates in this phase, its lean form (``Order.lean``; itself if
    none) and the verbs it generates."""
    out: dict[Candidates, set[str]] = {}
    lean: dict[Candidates, Candidates] = {}
    for order in ORDERS.values():
        if order.phase == phase:
            out.setdefault(order.candidates, set()).add(order.verb)
            if order.lean is not None:
                lean[order.candidates] = order.lean
    return tuple((generate, lean.get(generate, generate), frozenset(verbs))
                 for generate, verbs in out.items())


FAMILIES = {phase: _families(phase) for phase in ("orders", "debate", "voting")}


def options(state: GameState, nation: str, focus: Action | None = None,
            among: Collection[str] | None = None,
            verbs: Collection[str] | None = None, lean: bool = False) -> list[Option]:
    """Every action the nation could take in this phase, each with None or why not.

    With ``focus``, only candidates that could equal that action are built (a fast check);
    with ``among``, only those whose other nation is one of these (the AI's short list);
    with ``verbs``, only those of these verbs (the orders the AI could want): a family
    that makes none of them is not asked, and the others' candidates are not priced.
    With ``lean`` (the AI's listing), the families with a lean form (``Order.lean``) leave
    out their barred candidates and those their order's ``ceiling`` always rules out: the
    UI, which shows every order with the reason it is barred, never asks it.
    """
    out, payer = _candidates(state, nation, focus, among, verbs, lean)
    if payer is None:
        return out
    acted = frozenset(state.acted)
    sure = _sure(nation, payer, acted)
    return [(a, reason or (None if a.verb in sure else _affordable(state, payer, a, acted)))
            for a, reason in out]


def _candidates(state: GameState, nation: str, focus: Action | None,
                among: Collection[str] | None, verbs: Collection[str] | None,
                lean: bool = False) -> tuple[list[Option], NationState | None]:
    """``options`` before the shared rules of capital, will and once a turn: the candidates,
    and the nation that must afford them (None: ballots, which cost nothing)."""
    n = state.nations.get(nation)
    if n is None or not n.exists or state.phase == "over":
        return [], None
    if state.phase == "voting":
        return [opt for generate, _, _ in FAMILIES["voting"]
                for opt in generate(state, nation, focus, among)], None
    if nation in state.done:
        return [], None
    out: list[Option] = [(act(nation, "end"), None)] if state.phase == "debate" else []
    for generate, leaner, made in FAMILIES[state.phase]:
        if (focus is None or focus.verb in made) and (verbs is None or not made.isdisjoint(verbs)):
            out += (leaner if lean else generate)(state, nation, focus, among)
    if verbs is not None:
        out = [option for option in out if option[0].verb in verbs]
    return out, n


def legal_actions(state: GameState, nation: str, among: Collection[str] | None = None,
                  verbs: Collection[str] | None = None, lean: bool = False) -> list[Action]:
    """The actions of ``options`` that are not barred (``lean``: as ``options``)."""
    return [a for a, reason in options(state, nation, among=among, verbs=verbs, lean=lean)
            if reason is None]


def why_not(state: GameState, action: Action) -> str | None:
    """None if legal now, else the reason (the same words the UI shows). Only the candidate
    that is ``action`` is priced (what ``options`` gives for it)."""
    out, payer = _candidates(state, action.nation, action, None, None)
    for candidate, reason in out:
        if candidate == action:
            if reason is not None or payer is None:
                return reason
            return _affordable(state, payer, action, frozenset(state.acted))
    if state.phase == "over":
        return "the campaign is over"
    if action.nation in state.done:
        return "this nation has already ended its turn"
    return f"not available now (in the {state.phase} phase)"


def lapsed(state: GameState, action: Action) -> str | None:
    """Why an order given this phase can no longer be carried out now that the phase's
    orders are resolved together (another's order, resolved before it, changed the world),
    or None. An answer to an event always stands."""
    if action.verb == "choose":
        return None
    for candidate, reason in ORDERS[action.verb].candidates(state, action.nation, action, None):
        if candidate == action:
            return reason
    return "no longer possible"


def _sure(nation: str, n: NationState, acted: frozenset[str]) -> frozenset[str]:
    """The verbs whose every order ``_affordable`` lets ``n`` (``nation``'s record) give now,
    whatever their arguments: a fixed cost it can pay, no will needed, and none of the verb
    given yet this turn (``key_of``): the nation's candidates are not priced one by one."""
    own = f"{nation} "
    given = {key.split(" ", 2)[1] for key in acted if key.startswith(own)}
    capital = n.capital
    return frozenset(verb for verb, cost, once in _FIXED
                     if cost <= capital and not (once and verb in given))


_FIXED = tuple((verb, order.cost, order.once_a_turn) for verb, order in ORDERS.items()
               if order.cost_of is None and not order.will)
"""Each verb of a fixed cost that needs no will, with its cost and whether it is given once a
turn (``_sure``, asked at every listing, reads only these)."""


def _affordable(state: GameState, n: NationState, action: Action,
                acted: frozenset[str]) -> str | None:
    """Why ``n`` (the acting nation) cannot pay for ``action`` now, if it cannot."""
    order = ORDERS[action.verb]  # asked of every candidate: the cheap tests first
    if acted and order.once_a_turn and key_of(action) in acted:
        return "already ordered this turn"
    have, cost = n.capital, order.cost_of(state, action) if order.cost_of else order.cost
    if cost > have:
        return f"needs {cost} diplomatic capital, {have} left"
    need = order.will_needed(action) if order.will else 0
    will = n.will
    if need and will < need:
        return f"domestic will {will} is below the {need} this needs"
    return None
