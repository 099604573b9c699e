"""Mandates renewed by vote: a mission stands for a fixed term, then the body that set it up
votes again, so a veto or a lost vote sends the troops home (China's veto of the renewal of
UNPREDEP in Macedonia, February 1999; the Council renewing UNFICYP every six months since 1964)."""

from __future__ import annotations

from dataclasses import replace

from .context import Ctx
from .state import Mission, Resolution
from .wording import capital_the

MANDATE_MONTHS = 6
"""How long a mandate runs before the body must renew it (the Security Council's usual term)."""


def renewal_due(ctx: Ctx) -> None:
    """At the start of a turn, put each mandate that has run out back on its body's agenda,
    tabled by the member that first asked for the mission (or, if it is gone, the mission's
    largest contributor)."""
    s = ctx.state
    pending = {r.param("renew") for r in s.resolutions.values()}
    for mid in sorted(s.missions):
        mission = s.missions[mid]
        if mission.status != "active" or mission.until > s.month or mid in pending:
            continue
        first = s.resolution(mission.resolution)
        if first is None:
            continue
        sponsor = _sponsor(ctx, mission, first)
        rid = s.next_id("R")
        params = tuple(sorted({**dict(first.params), "renew": mid}.items()))
        res = Resolution(rid, first.org, first.body, sponsor, first.kind, mission.crisis,
                         params, s.turn)
        s.resolutions[rid] = res
        ctx.emit("tabled", f"The mandate of mission {mid} runs out: "
                 f"{capital_the(s.campaign.org(first.org).body(first.body).name)} votes on "
                 f"renewing it ({rid}).", resolution=rid, org=first.org, body=first.body,
                 mission=mid)


def _sponsor(ctx: Ctx, mission: Mission, first: Resolution) -> str:
    s = ctx.state
    if s.nations[first.sponsor].exists and first.sponsor in s.orgs[first.org].members:
        return first.sponsor
    contributors = sorted(mission.pledges, key=lambda p: (-p[1], p[0]))
    return contributors[0][0] if contributors else first.sponsor


def renew(ctx: Ctx, res: Resolution) -> None:
    """An adopted renewal: the mandate runs another term."""
    s = ctx.state
    mid = res.param("renew")
    mission = s.missions.get(mid)
    if mission is None or mission.status != "active":
        return
    s.missions[mid] = replace(mission, until=s.month + MANDATE_MONTHS)
    ctx.emit("mission", f"The mandate of mission {mid} is renewed for {MANDATE_MONTHS} months.",
             mission=mid, crisis=mission.crisis, resolution=res.id)


def lapse(ctx: Ctx, res: Resolution) -> None:
    """A renewal vetoed or voted down: the mission leaves, and the measure that set it up
    with it, so that a new mission can be asked for."""
    s = ctx.state
    mid = res.param("renew")
    mission = s.missions.get(mid)
    if mission is None or mission.status != "active":
        return
    s.missions[mid] = replace(mission, status="ended")
    crisis = s.crises[mission.crisis]
    ctx.update_crisis(crisis.id, measures=tuple(
        m for m in crisis.measures if m.resolution != mission.resolution))
    why = (f"vetoed by {', '.join(ctx.name(n) for n in res.vetoed_by)}" if res.vetoed_by
           else "the renewal failed")
    ctx.emit("mission", f"Mission {mid} leaves {crisis.name}: its mandate was not renewed "
             f"({why}).", mission=mid, crisis=crisis.id, resolution=res.id)
