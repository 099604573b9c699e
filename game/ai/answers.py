"""What an event's choice is worth to the nation asked: each option valued by its effects.

An event sets the stage (Brioni, Vance-Owen, Dayton); how the nation answers is its own
judgement of the war as it stands, not the author's odds. The AI values an option's effects
with the machinery it uses for orders:

- a step towards or away from the end of a crisis (resolve taken off or added, a step down or
  up the ladder, the crisis ended) by how that crisis stands for the nation's side in it
  (``side``): its aggressor, and those tied to it, calm it as far as backing down is worth
  more than pressing on (the order ``backdown``'s valuation: the urge to press on as it reads
  the gauges, the red lines, the ground it holds); its victims, and their friends, the
  reverse. Belgrade let Slovenia go at Brioni (July 1991) when its army could not hold it;
  Pale refused Vance-Owen (May 1993) while it held seventy per cent of Bosnia; Milosevic
  signed at Dayton (November 1995) when Storm and NATO's bombing had turned the war;
- an objective on the crisis's end (``Outlook.pressure`` for the resolve taken off the
  aggressor; the end itself as ``Outlook.demand`` weighs one);
- the nation's own figures and relations as the planner weighs an order's (``Outlook.figures``,
  ``Outlook.relation``); a flag an objective names.

What it cannot value (a crisis started, a flag that only other events read, an organisation's
credibility, another nation's figures) is left to the author's ``ai_weight``, which stays the
prior the value tilts (``policy._weighted_answer``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.ai.planning import POINT_UTILITY, polar
from game.engine.actions import act
from game.engine.crises import URGE_PER_RESOLVE
from game.engine.model import (AdvanceCrisis, ChangeRelation, ChangeResolve, ChangeStat,
                               ChoiceOption, CrisisEnded, EndCrisis, FlagSet, SetFlag)
from game.engine.orders import ORDERS
from game.engine.orders.military import YIELDING

if TYPE_CHECKING:
    from game.ai.policy import Mind

LADDER_STEP = 10.0
"""What a step up or down a crisis's ladder counts for, in points of urge."""
SIDE_CAP = 40.0
"""How far the worth of backing down counts either way: beyond it, an aggressor sure to press
on (or to yield) is no surer."""
ENDS = ("withdrawal", "liberation")
"""Ends that are a victim's win outright (its aggressor gone)."""


def option_value(mind: Mind, option: ChoiceOption) -> tuple[float, str]:
    """What ``option``'s effects are worth to ``mind``'s nation, and the main reason."""
    s, me = mind.s, mind.me
    outlook = mind.outlook()
    total, reasons = 0.0, []
    calm: dict[str, float] = {}
    ended: dict[str, str] = {}
    for effect in option.effects:
        if isinstance(effect, ChangeResolve):
            calm[effect.crisis] = calm.get(effect.crisis, 0.0) - effect.add * URGE_PER_RESOLVE
        elif isinstance(effect, AdvanceCrisis):
            calm[effect.crisis] = calm.get(effect.crisis, 0.0) - effect.by * LADDER_STEP
        elif isinstance(effect, EndCrisis):
            ended[effect.crisis] = effect.outcome
        elif isinstance(effect, ChangeStat) and effect.nation == me and effect.set is None:
            points, why = outlook.figures({effect.stat: effect.add})
            total += points * POINT_UTILITY
            reasons.append((points * POINT_UTILITY, why))
        elif isinstance(effect, ChangeRelation) and me in (effect.a, effect.b):
            other = effect.b if effect.a == me else effect.a
            points, why = outlook.relation(other, effect.add)
            total += points * POINT_UTILITY
            reasons.append((points * POINT_UTILITY, why))
        elif isinstance(effect, SetFlag) and effect.flag not in s.flags:
            points = sum(o.points * sign for o in mind.d.objectives
                         for leaf, sign in polar(o.condition)
                         if isinstance(leaf, FlagSet) and leaf.flag == effect.flag)
            if points:
                total += points * outlook.sight * POINT_UTILITY
                reasons.append((points * outlook.sight * POINT_UTILITY, f"our objective needs "
                                                                        f"{effect.flag}"))
    for crisis in sorted(calm.keys() | ended.keys()):
        c = s.crises.get(crisis)
        if c is None or not c.active:
            continue
        outcome = ended.get(crisis)
        share = (-1.0 if outcome == "conquest" else 1.0) if outcome is not None \
            else max(-1.0, min(1.0, calm[crisis] / YIELDING))
        value, why = _on_side(mind, crisis, share, outcome)
        value += _on_aims(mind, crisis, calm.get(crisis, 0.0), outcome)
        total += value
        reasons.append((value, why))
    main = max(reasons, key=lambda r: abs(r[0]), default=(0.0, ""))
    return total, main[1]


def answer_score(option: ChoiceOption, worth: tuple[float, str]) -> tuple[float, list[str]]:
    """``option`` as the AI weighs it beside the orders, and why: the author's ``ai_weight``
    plus ``worth``, what its effects are worth to the nation (``option_value``)."""
    value, why = worth
    said = option.explain or option.label
    return option.ai_weight + value, [said, why] if why else [said]


def yielding(mind: Mind, crisis: str) -> float:
    """What backing down from ``crisis`` is worth to its aggressor beside pressing on, as
    ``mind``'s nation judges it (its own, if it is the aggressor): the order ``backdown``'s
    valuation, capped at ``SIDE_CAP`` either way."""
    c = mind.s.crises[crisis]
    judge = mind if mind.me == c.aggressor else mind.of(c.aggressor)
    value, _ = ORDERS["backdown"].value(judge, act(c.aggressor, "backdown", crisis))
    return max(-SIDE_CAP, min(SIDE_CAP, value))


def side(mind: Mind, crisis: str) -> float:
    """Which side of ``crisis`` ``mind``'s nation stands on, -1 (its victims') to 1 (its
    aggressor's): itself wholly, others by its relations with them (a patron, a friend)."""
    s, me = mind.s, mind.me
    c = s.crises[crisis]
    if me == c.aggressor:
        return 1.0
    if me in c.victims:
        return -1.0
    ties = max(0, s.relation(me, c.aggressor)) / 100
    friends = max((max(0, s.relation(me, v)) for v in c.victims), default=0) / 100
    return ties - friends


def _on_side(mind: Mind, crisis: str, share: float, outcome: str | None) -> tuple[float, str]:
    """A step of ``share`` towards (positive) or away from the end of ``crisis``: worth to
    its aggressor's side what backing down is worth (``yielding``), to its victims' side the
    reverse; an end that is a victim's win (``ENDS``) is a whole loss to the one and a whole
    win to the other."""
    lean = side(mind, crisis)
    if not lean:
        return 0.0, ""
    name = mind.s.crises[crisis].name
    if outcome in ENDS:
        return -lean * SIDE_CAP, f"{name} would end in our {'defeat' if lean > 0 else 'win'}"
    worth = yielding(mind, crisis)
    value = share * worth * lean
    if lean > 0:
        why = (f"pressing on in {name} no longer pays" if worth > 0
               else f"we are winning in {name}")
    else:
        why = (f"our enemy in {name} is winning" if worth < 0
               else f"our enemy in {name} is near the end of its strength")
    return value, why


def _on_aims(mind: Mind, crisis: str, calm: float, outcome: str | None) -> float:
    """What the option does for the objectives on ``crisis``'s end: the end itself, or the
    resolve it takes off its aggressor (``Outlook.pressure``)."""
    outlook = mind.outlook()
    if outcome is not None:
        return sum(o.points * sign * (1 if leaf.outcome in (None, outcome) else -1)
                   for o, leaf, sign in outlook.leaves
                   if isinstance(leaf, CrisisEnded) and leaf.crisis == crisis) \
            * outlook.sight * POINT_UTILITY
    hit = round(calm / URGE_PER_RESOLVE)
    if hit > 0:
        return outlook.pressure(crisis, hit)[0] * POINT_UTILITY
    if hit < 0:
        return -outlook.pressure(crisis, -hit)[0] * POINT_UTILITY
    return 0.0
