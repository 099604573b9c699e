"""Proxy wars: a power that arms exiles or rebels, flies for them and disowns them fights with
what it can disown, not with its army. Such a war is decided by the victim's officers. If they
stand by their government, its army throws the few hundred exiles back, and the sponsor, who
will not own the war, lets them fail (the Bay of Pigs, April 1961: some 1,400 Cuban exiles,
beaten in three days). If they do not, the government falls to a force it could have beaten
(Guatemala, June 1954: the army, fearing the United States more than Castillo Armas's exiles,
asked Arbenz to resign). The officers stand as firmly as their government holds its country
(its stability), drawn once for each war from the game's seed.
"""

from __future__ import annotations

from .context import Ctx
from .gauges import force
from .rng import roll
from .state import CrisisState, GameState


def fighters(state: GameState, c: CrisisState) -> int:
    """The military of the proxies fighting ``c`` for its aggressor; 0 when its own army
    fights (a crisis born of a claim has no definition and is never a proxy war)."""
    try:
        return state.campaign.crisis(c.id).proxy
    except KeyError:
        return 0


def strength(state: GameState, c: CrisisState) -> float:
    """The proxies' force: their military, used as boldly as their sponsor's will (``force``)."""
    n = state.nations[c.aggressor]
    return fighters(state, c) * force(state, c.aggressor) / n.military if n.military else 0.0


def deserter(state: GameState, c: CrisisState) -> str | None:
    """The victim whose officers will not fight the proxies, if any: each stands while its
    stability is above the war's draw (one draw a war, so a government that loses its hold
    during the war may lose its officers too)."""
    if not fighters(state, c):
        return None
    loyalty = roll(state.seed, 0, f"officers:{c.id}", 100)
    return next((v for v in c.victims if state.nations[v].exists
                 and state.nations[v].stability <= loyalty), None)


def step(ctx: Ctx, c: CrisisState) -> CrisisState:
    """Once a proxy war is fought in earnest (war), a victim whose officers desert falls: the
    crisis ends in conquest."""
    from .crises import end_crisis  # crises runs this step

    s = ctx.state
    if c.stage < 3 or (victim := deserter(s, c)) is None:
        return c
    end_crisis(ctx, c.id, "conquest", f"{ctx.name(victim)}'s officers will not fight "
               f"{ctx.name(c.aggressor)}'s proxies and ask their government to go")
    return ctx.crisis(c.id)
