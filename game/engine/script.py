"""Campaign scripts: evaluating triggers and carrying out effects. Data only, never code."""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterator
from dataclasses import replace

from . import enclaves, losses, prevention
from . import model as m
from .context import Ctx
from .credit import contributed
from .state import GameState, Resolution, Treaty
from .wording import TREATY_NAMES, the

_OPS: dict[str, Callable[[int, int], bool]] = {
    "<": operator.lt, "<=": operator.le, "==": operator.eq, "!=": operator.ne,
    ">=": operator.ge, ">": operator.gt}


def holds(state: GameState, cond: m.Condition | None) -> bool:
    """Whether a trigger or objective condition holds in ``state``."""
    if cond is None:
        return True
    match cond:
        case m.All(items):
            return all(holds(state, c) for c in items)
        case m.Any(items):
            return any(holds(state, c) for c in items)
        case m.Not(item):
            return not holds(state, item)
        case m.DateFrom(month):
            # a turn covers turn_months months: it reaches a date within it
            return state.month + state.campaign.turn_months > month
        case m.DateBefore(month):
            return state.month < month
        case m.StatIs(nation, stat, op, value):
            return _OPS[op](state.nations[nation].stat(stat), value)
        case m.RelationIs(a, b, op, value):
            return _OPS[op](state.relation(a, b), value)
        case m.TensionIs(op, value):
            return _OPS[op](state.tension, value)
        case m.CredibilityIs(org, op, value):
            return _OPS[op](state.orgs[org].credibility, value)
        case m.FlagSet(flag):
            return flag in state.flags
        case m.MemberOf(nation, org):
            return state.is_member(nation, org)
        case m.CrisisStageIs(crisis, op, value):
            c = state.crises[crisis]
            return c.active and _OPS[op](c.stage, value)
        case m.CrisisActive(crisis):
            return state.crises[crisis].active
        case m.Beside(nation, crisis):
            return nation in state.crises[crisis].backers
        case m.CrisisEnded(crisis, outcome):
            c = state.crises[crisis]
            return c.outcome is not None and (outcome is None or c.outcome == outcome)
        case m.MeasureInForce(crisis, kind):
            return state.crises[crisis].has_measure(kind)
        case m.Contributed(nation, crisis, by):
            return contributed(state, nation, crisis, by)
        case m.Exists(nation):
            return state.nations[nation].exists
        case m.VariableIs(name, op, value):
            return _OPS[op](state.variable(name), value)
        case m.ResolutionWas(crisis, kind, status, org, of_type):
            return any(_decided(r) == status for r in _on(state, crisis, kind, of_type)
                       if org is None or r.org == org)
        case m.VotedOn(nation, crisis, kind, ballot, of_type):
            return any(r.ballot(nation) == ballot for r in _on(state, crisis, kind, of_type)
                       if _decided(r))
        case m.MissionStrengthIs(crisis, op, value):
            strength = sum(x.strength for x in state.missions.values()
                           if x.crisis == crisis and x.status == "active")
            return _OPS[op](strength, value)
        case m.ChokepointClosed(point):
            return any(c.active and point in c.closed for c in state.crises.values())
        case m.ChokepointHeld(point, nation):
            return state.controller(point) == nation
        case m.EnclaveExposed(crisis):
            return enclaves.invites(state, state.crises[crisis])
    raise TypeError(f"unknown condition {cond!r}")


def _on(state: GameState, crisis: str, kind: str,
        of_type: str | None = None) -> Iterator[Resolution]:
    """Resolutions of ``kind`` about ``crisis`` (sanctions: of ``of_type`` when given),
    decided or on the agenda, oldest first."""
    for r in (*state.archive, *state.resolutions.values()):
        if r.kind == kind and r.subject == crisis and (
                of_type is None or r.param("type", "economic") == of_type):
            yield r


def _decided(r: Resolution) -> str | None:
    """adopted (a recommendation too), vetoed or failed; None while on the agenda."""
    return {"adopted": "adopted", "recommended": "adopted", "vetoed": "vetoed",
            "failed": "failed"}.get(r.status)


def perform(ctx: Ctx, effect: m.Effect, cause: str) -> None:
    """Carry out one effect; ``cause`` names the event for tooltips and the chronicle."""
    s = ctx.state
    match effect:
        case m.ChangeStat(nation, stat, add, set_to):
            if set_to is not None:
                ctx.set_stat(nation, stat, set_to, cause)
            else:
                ctx.adjust(nation, stat, add, cause)
        case m.ChangeRelation(a, b, add):
            ctx.relate(a, b, add)
        case m.ChangeTension(add):
            ctx.tension(add, cause)
        case m.ChangeCredibility(org, add):
            ctx.credibility(org, add, cause)
        case m.SetFlag(flag):
            ctx.set_flag(flag)
        case m.ClearFlag(flag):
            ctx.clear_flag(flag)
        case m.StartCrisis(crisis):
            prevention.spark(ctx, crisis)
        case m.AdvanceCrisis(crisis, by):
            c = s.crises[crisis]
            if c.active:
                ctx.update_crisis(crisis, stage=max(0, min(m.MAX_STAGE, c.stage + by)))
        case m.ChangeResolve(crisis, add):
            c = s.crises[crisis]
            ctx.update_crisis(crisis, resolve=max(0, min(100, c.resolve + add)))
        case m.ChangeClarity(crisis, add):
            c = s.crises[crisis]
            ctx.update_crisis(crisis, clarity=max(0, min(100, c.clarity + add)))
        case m.EndCrisis(crisis, outcome):
            from .crises import end_crisis  # crises builds on this module

            if s.crises[crisis].active:
                end_crisis(ctx, crisis, outcome, cause)
        case m.JoinOrg(nation, org):
            ctx.join(nation, org)
        case m.LeaveOrg(nation, org, at_once):
            if at_once:
                ctx.leave(nation, org, ", its membership lapsing")
            else:
                ctx.withdraw(nation, org)
        case m.SetBoycott(nation, org, body, active):
            o = s.orgs[org]
            rest = tuple(b for b in o.boycotts if b != (nation, body))
            s.orgs[org] = replace(o, boycotts=rest + (((nation, body),) if active else ()))
            verb = "stays away from" if active else "returns to"
            ctx.emit("boycott", f"{ctx.name(nation)} {verb} "
                     f"{the(s.campaign.org(org).body(body).name)}.", nation=nation, org=org)
        case m.CreateNation(nation):
            n = s.nations[nation]
            if not n.exists:
                s.nations[nation] = replace(n, exists=True, conquered=False)
                ctx.emit("nation", f"{ctx.name(nation)} comes into being as a state.",
                         nation=nation)
        case m.SignTreaty(kind, a, b):
            if not any(t.kind == kind and {t.a, t.b} == {a, b} for t in s.treaties):
                s.treaties = s.treaties + (Treaty(kind, a, b, s.month),)
                ctx.emit("treaty", f"{ctx.name(a)} and {ctx.name(b)} sign "
                         f"{TREATY_NAMES[kind]}.", a=a, b=b, treaty=kind)
        case m.News(text):
            ctx.emit("news", text)
        case m.SetBloc(nation, bloc):
            s.nations[nation] = replace(s.nations[nation], bloc=bloc)
            ctx.emit("nation", f"{ctx.name(nation)} joins the {bloc.replace('_', ' ')} bloc.",
                     nation=nation, bloc=bloc)
        case m.SetIdeology(nation, ideology):
            s.nations[nation] = replace(s.nations[nation], ideology=ideology)
            ctx.emit("nation", f"{ctx.name(nation)} is now governed as a "
                     f"{ideology.replace('_', ' ')}.", nation=nation, ideology=ideology)
        case m.EndTreaty(kind, a, b):
            ending = [t for t in s.treaties if t.kind == kind and {t.a, t.b} == {a, b}]
            if ending:
                s.treaties = tuple(t for t in s.treaties if t not in ending)
                ctx.emit("treaty", f"{TREATY_NAMES[kind][0].upper()}{TREATY_NAMES[kind][1:]} "
                         f"between {ctx.name(a)} and {ctx.name(b)} lapses.", a=a, b=b,
                         treaty=kind)
        case m.LoseTroops(nation, crisis, units):
            ctx.adjust(nation, "military", -units, cause)
            losses.record(ctx, nation, crisis, units, "event")
        case m.EndMission(crisis, org):
            for mid, mission in s.missions.items():
                if mission.crisis == crisis and mission.status == "active" and (
                        org is None or mission.org == org):
                    s.missions[mid] = replace(mission, status="ended")
                    ctx.emit("mission", f"The {mission.mandate} mission in "
                             f"{s.crises[crisis].name} is withdrawn ({cause}).",
                             mission=mid, crisis=crisis)
        case m.TransferChokepoint(point, to):
            if s.controller(point) != to:
                rest = tuple(p for p in s.controllers if p[0] != point)
                s.controllers = rest + ((point, to),)
                name = next((c.name for c in s.campaign.chokepoints if c.id == point), point)
                ctx.emit("military", f"{the(name)[0].upper()}{the(name)[1:]} passes to "
                         f"{ctx.name(to)}.", chokepoint=point, nation=to)
        case m.ChangeVariable(name, add, set_to):
            value = set_to if set_to is not None else s.variable(name) + add
            others = tuple(v for v in s.variables if v[0] != name)
            s.variables = tuple(sorted(others + ((name, value),)))
        case m.Liberate(crisis):
            if s.crises[crisis].outcome == "conquest":
                _liberate(ctx, crisis, cause)
        case _:
            raise TypeError(f"unknown effect {effect!r}")


LIBERATION_CREDIBILITY = 8
"""For each organisation that took measures in a crisis whose conquest is undone."""
LIBERATION_TENSION = -6
"""World tension when a conquest is undone: aggression did not pay."""


def _liberate(ctx: Ctx, crisis_id: str, cause: str) -> None:
    """Undo a conquest: the crisis now ends in liberation, its overrun victims are states
    again, back in the organisations their campaign memberships give them at this date, and
    the aggressor and the liberators feel it as they would a withdrawal."""
    s = ctx.state
    c = ctx.update_crisis(crisis_id, outcome="liberation", ended=s.month)
    ctx.emit("crisis_end", f"{c.name} ends: liberation ({cause}).", crisis=crisis_id,
             outcome="liberation")
    for v in c.victims:
        n = s.nations[v]
        if not n.conquered:
            continue
        s.nations[v] = replace(n, exists=True, conquered=False)
        ctx.emit("nation", f"{ctx.name(v)} is liberated and is a state again.", nation=v)
        for odef in s.campaign.organisations:
            if any(span.nation == v and span.holds(s.month) for span in odef.members):
                ctx.join(v, odef.id)
    for org in sorted({x.org for x in c.measures} & set(s.orgs)):
        ctx.credibility(org, LIBERATION_CREDIBILITY, f"{c.name} ended in liberation")
    ctx.tension(LIBERATION_TENSION, f"{c.name} ends in liberation")
    ctx.adjust(c.aggressor, "will", -10, f"defeat in {c.name}")
    for nation, _ in c.interveners:
        ctx.adjust(nation, "legitimacy", 5, f"liberated {c.name}")
