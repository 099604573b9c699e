"""The shape of one order's definition, and the small rules every order shares."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Any

from ..actions import Action
from ..context import Ctx
from ..state import GameState

Option = tuple[Action, str | None]
"""A candidate order and None, or why it is barred now."""
Candidates = Callable[[GameState, str, Action | None, Collection[str] | None], list[Option]]
"""A family's candidate generator: (state, nation, focus, among) -> options (legal.options)."""
Valuation = Callable[[Any, Action], tuple[float, list[str]]]
"""The AI's valuation: (the AI's Mind, duck-typed, the action) -> (score, reasons)."""


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

    def will_needed(self, action: Action) -> int:
        if self.will_for is not None and action.args[:1] != (self.will_for,):
            return 0
        return self.will

    def tip_for(self, action: Action) -> str:
        return self.tip_of(action) if self.tip_of else self.tip


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
