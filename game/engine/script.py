"""Campaign scripts: evaluating triggers and carrying out effects. Data only, never code."""

from __future__ import annotations

import operator
from dataclasses import replace

from . import model as m
from .context import Ctx
from .credit import contributed
from .state import GameState, Treaty
from .wording import TREATY_NAMES, the

_OPS = {"<": operator.lt, "<=": operator.le, "==": operator.eq, "!=": operator.ne,
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
            return state.month >= month
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
        case m.CrisisEnded(crisis, outcome):
            c = state.crises[crisis]
            return c.outcome is not None and (outcome is None or c.outcome == outcome)
        case m.MeasureInForce(crisis, kind):
            return state.crises[crisis].has_measure(kind)
        case m.Contributed(nation, crisis):
            return contributed(state, nation, crisis)
        case m.Exists(nation):
            return state.nations[nation].exists
    raise TypeError(f"unknown condition {cond!r}")


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
            if flag not in s.flags:
                s.flags = tuple(sorted((*s.flags, flag)))
        case m.ClearFlag(flag):
            s.flags = tuple(f for f in s.flags if f != flag)
        case m.StartCrisis(crisis):
            ctx.start_crisis(crisis)
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
        case _:
            raise TypeError(f"unknown effect {effect!r}")
