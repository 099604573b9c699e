"""A government in exile restored (issue 19; Haiti, 1991-94): a regime whose enemies are a
government in exile (``consent.in_exile``) can hand power back only to someone able to take
it over. Worn down, it signs a deal to step down (Governors Island, July 1993); with no force
on the ground to see the hand-over through it does not keep it (the Harlan County turned back
at Port-au-Prince, October 1993), and it stays in power while the crisis goes on. With force
authorised and an army mobilised to carry it out, its giving up lets that army land unopposed
and the president return (Uphold Democracy, 19 September 1994)."""

from __future__ import annotations

from . import consent, peacebuilding
from .context import Ctx
from .state import CrisisState, GameState


def exiles(state: GameState, c: CrisisState) -> bool:
    """The crisis's victims include a government in exile."""
    return any(consent.in_exile(state, v) for v in c.victims)


def landing(state: GameState, c: CrisisState) -> str | None:
    """The power that lands when the regime gives up: with force authorised over the crisis,
    the one mobilised over it with the most force there (``consent.lead``)."""
    return consent.lead(state, c) if c.has_measure("enforcement") else None


def kept_in_power(state: GameState, c: CrisisState) -> bool:
    """The regime's giving up comes to nothing: its enemies are in exile, and no force holds
    the ground (``peacebuilding.held``) or stands authorised and ready to land."""
    return exiles(state, c) and not peacebuilding.held(state, c) and landing(state, c) is None


def hand_over(ctx: Ctx, c: CrisisState) -> CrisisState:
    """The regime gives up with a force ready to land: the force lands unopposed under the
    authority voted, and holds the ground for the government's return."""
    s = ctx.state
    leader = landing(s, c) if exiles(s, c) and not peacebuilding.held(s, c) else None
    if leader is None:
        return c
    authority = consent.authority(s, c)
    c = ctx.update_crisis(c.id, interveners=c.interveners + ((leader, authority),))
    ctx.emit("military", f"{ctx.name(leader)}'s forces land in {c.name} unopposed, to see "
             f"the exiled government back.", crisis=c.id, nation=leader, authority=authority)
    return c
