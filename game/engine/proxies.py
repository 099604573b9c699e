"""Proxy wars: a power that arms exiles or rebels, flies for them and disowns them fights with
what it can disown, not with its army. Such a war is decided by the victim's officers. If they
stand by their government, its army throws the few hundred exiles back, and the sponsor, who
will not own the war, lets them fail (the Bay of Pigs, April 1961: some 1,400 Cuban exiles,
beaten in three days). If they do not, the government falls to a force it could have beaten
(Guatemala, June 1954: the army, fearing the United States more than Castillo Armas's exiles,
asked Arbenz to resign, after its first clash with them had gone its way). Each turn of war
the officers choose again, standing as firmly as their government holds its country (its
stability): a government must keep them every turn the exiles and the bombers are in the
country, and loses the war the first turn it does not.
"""

from __future__ import annotations

from .context import Ctx
from .gauges import force
from .state import CrisisState, GameState


SPOILERS = 0.05
"""The share of its army's force that the spoilers of a withdrawn aggressor bring to a relapse
(``CrisisState.spoilers``): militias of a few thousand beside an army of hundreds of thousands.
After Indonesia left East Timor (October 1999) the militias in West Timor raided across the
border through 2000 and killed a New Zealand peacekeeper in July; the army did not come back."""


def fighters(state: GameState, c: CrisisState) -> int:
    """The military of the proxies fighting ``c`` for its aggressor; 0 when its own army
    fights (a crisis born of a claim has no definition and is never a proxy war)."""
    d = state.campaign.defined(c.id)
    return d.proxy if d else 0


def strength(state: GameState, c: CrisisState) -> float:
    """The proxies' force: their military, used as boldly as their sponsor's will (``force``)."""
    n = state.nations[c.aggressor]
    return fighters(state, c) * force(state, c.aggressor) / n.military if n.military else 0.0


def deserter(ctx: Ctx, c: CrisisState) -> str | None:
    """The victim whose officers will not fight the proxies this turn, if any: each stands
    while its stability is above this turn's draw (1-100)."""
    s = ctx.state
    loyalty = ctx.draw(f"officers:{c.id}", 100)
    return next((v for v in c.victims if s.nations[v].exists
                 and s.nations[v].stability <= loyalty), None)


def step(ctx: Ctx, c: CrisisState) -> CrisisState:
    """Each turn a proxy war is fought in earnest (war), a victim whose officers desert falls:
    the crisis ends in conquest."""
    from .crises import end_crisis  # crises runs this step

    if not fighters(ctx.state, c) or c.stage < 3 or (victim := deserter(ctx, c)) is None:
        return c
    end_crisis(ctx, c.id, "conquest", f"{ctx.name(victim)}'s officers will not fight "
               f"{ctx.name(c.aggressor)}'s proxies and ask their government to go")
    return ctx.crisis(c.id)
