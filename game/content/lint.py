"""`validate --deep`: what a campaign that loads cleanly will still never do.

Two ways of looking, both reported as warnings at the place to edit. Reasoning over the
triggers extends the validator's reachability (game.content.validate.reachable) with nations
that never exist during the campaign, and adds what it cannot see one definition at a time:
flags set that nothing reads, crises only unreachable events start, playable nations with
nothing to do. Playing a few seeded all-AI games then shows what reasoning cannot: events
whose triggers may hold but never did, crises that never began.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, fields
from typing import cast

from game.content.problems import Problems
from game.content.validate import (Blocker, Extra, Need, blocker, explain, providers_of,
                                   reachable)
from game.engine.calendar import iso_month
from game.engine import norms
from game.engine.model import (All, Any, Campaign, Condition, EventDef, Exists, FlagSet, MemberOf,
                               Not, SetFlag)

DEEP_GAMES = 5
"""All-AI games ``--deep`` plays by default: enough to see what never happens, still quick."""


@dataclass
class Played:
    """What a few all-AI games did: how many games fired each event and began each crisis,
    and for events with a trigger, which of its parts held at some turn's end."""

    seeds: tuple[int, ...] = ()
    fired: Counter[str] = field(default_factory=Counter)
    started: Counter[str] = field(default_factory=Counter)
    held: dict[str, set[int]] = field(default_factory=dict)
    """Per event id: the indexes (in ``parts``) of its trigger's parts seen to hold."""
    together: Counter[str] = field(default_factory=Counter)
    """Per event id: the most of its trigger's first parts seen to hold at once (all of them:
    the whole trigger held)."""

    @property
    def games(self) -> int:
        return len(self.seeds)

    def seed_range(self) -> str:
        first, last = min(self.seeds), max(self.seeds)
        return f"seed {first}" if first == last else f"seeds {first}-{last}"


def parts(trigger: Condition) -> tuple[Condition, ...]:
    """A trigger's parts that must all hold: the items of a top-level ``all``, or itself."""
    return trigger.items if isinstance(trigger, All) else (trigger,)


def play(campaign: Campaign, games: int = DEEP_GAMES, first_seed: int = 1) -> Played:
    """Play ``games`` all-AI games from ``first_seed`` on, keeping only what fired and began
    and which parts of the triggers of events not yet fired held after each turn."""
    from game.engine.script import holds
    from game.session.session import Session  # only --deep needs the engine's session

    played = Played(tuple(range(first_seed, first_seed + games)))
    watched = [e for e in campaign.events if e.trigger is not None]
    for e in watched:
        played.held[e.id] = set()
    for seed in played.seeds:
        session = Session(campaign, seed)
        while not session.over:
            session.play_out(1)
            state = session.state
            for e in watched:
                if e.id in state.fired:
                    continue
                trigger = cast(Condition, e.trigger)  # watched: events with a trigger
                held = [holds(state, part) for part in parts(trigger)]
                played.held[e.id].update(i for i, ok in enumerate(held) if ok)
                leading = held.index(False) if False in held else len(held)
                played.together[e.id] = max(played.together[e.id], leading)
        played.fired.update(set(session.state.fired))
        played.started.update(cid for cid, c in session.state.crises.items()
                              if c.started is not None)
    return played


def lint(campaign: Campaign, problems: Problems, played: Played | None = None) -> None:
    """Add a warning to ``problems`` for each thing ``campaign`` will never do."""
    absent = _absent_nations(campaign)
    extra = _needs_nation(absent)
    base, base_available = reachable(campaign)
    fired, available = reachable(campaign, extra)
    providers = providers_of(campaign)
    _unreachable_events(campaign, base, fired, available, extra, providers, problems)
    _unreachable_objectives(campaign, base_available, available, extra, providers, problems)
    _crises_only_unreachable_start(campaign, fired, providers, problems)
    _unread_flags(campaign, problems)
    _idle_nations(campaign, absent, problems)
    if played is not None and played.games:
        _never_played(campaign, fired, played, providers, problems)


# --- nations that never exist ----------------------------------------------------------------


def _absent_nations(c: Campaign) -> dict[str, str]:
    """Nations that exist at no month of the campaign (unless an event creates them), with
    why."""
    out = {}
    for n in c.nations:
        if n.exists_from is not None and n.exists_from > c.end:
            out[n.code] = (f"{n.code} only comes into being in {iso_month(n.exists_from)}, "
                           f"after the campaign's end ({iso_month(c.end)})")
        elif n.exists_until is not None and n.exists_until <= c.start:
            out[n.code] = (f"{n.code} ceases to exist in {iso_month(n.exists_until)}, before "
                           f"the campaign starts ({iso_month(c.start)})")
    return out


def _needs_nation(absent: dict[str, str]) -> Extra:
    """The validator's extra blocker: a condition on a nation that never exists, unless an event
    that may fire creates it."""
    def extra(cond: Condition | None, available: set[Need]) -> Blocker | None:
        match cond:
            case Exists(nation) | MemberOf(nation=nation) if (
                    nation in absent and ("nation", nation) not in available):
                return Blocker(f"it needs {nation} to exist, but {absent[nation]}",
                               ("nation", nation))
        return None
    return extra


# --- reasoning over the triggers -------------------------------------------------------------


def _unreachable_events(c: Campaign, base: set[str], fired: set[str], available: set[Need],
                        extra: Extra, providers: dict[Need, list[str]],
                        problems: Problems) -> None:
    """Events the validator thinks may fire, but which wait on a nation that never exists (or
    on what only such events provide). The validator reports the rest already."""
    for e in c.events:
        if e.id in base and e.id not in fired:
            found = blocker(e.trigger, c, available, extra)
            if found is not None:
                problems.warning(e.src, f"event '{e.id}' can never fire: "
                                 f"{explain(found, providers)}",
                                 "give the nation dates that overlap the campaign, or create "
                                 "it with a create_nation effect")


def _unreachable_objectives(c: Campaign, base_available: set[Need], available: set[Need],
                            extra: Extra, providers: dict[Need, list[str]],
                            problems: Problems) -> None:
    """Objectives waiting on a nation that never exists; the validator reports the rest."""
    for n in c.nations:
        for o in n.objectives:
            if blocker(o.condition, c, base_available) is not None:
                continue  # the validator reports it
            found = blocker(o.condition, c, available, extra)
            if found:
                problems.warning(o.src, f"objective '{o.id}' of {n.code} can never be met: "
                                 f"{explain(found, providers)}",
                                 "no nation can reach it; change its condition")


def _crises_only_unreachable_start(c: Campaign, fired: set[str],
                                   providers: dict[Need, list[str]],
                                   problems: Problems) -> None:
    """Crises that some event starts, but only events that can never fire."""
    for crisis in c.crises:
        starters = providers.get(("crisis", crisis.id), [])
        if starters and not any(e in fired for e in starters):
            names = ", ".join(f"'{e}'" for e in starters)
            problems.warning(crisis.src, f"crisis '{crisis.id}' never starts: only events that "
                             f"can never fire start it ({names})",
                             "see the warnings on those events")


def _flag_reads(cond: Condition | None, out: set[str]) -> None:
    match cond:
        case FlagSet(flag):
            out.add(flag)
        case All(items) | Any(items):
            for item in items:
                _flag_reads(item, out)
        case Not(item):
            _flag_reads(item, out)


def _unread_flags(c: Campaign, problems: Problems) -> None:
    """Flags set at the start or by an event that no trigger or objective ever tests (nor
    the rules: a norm's agenda flag is read by the endorsement vote, game/engine/norms.py)."""
    read: set[str] = {norms.agenda_flag(n) for n in norms.NORMS}
    for e in c.events:
        _flag_reads(e.trigger, read)
    for n in c.nations:
        for o in n.objectives:
            _flag_reads(o.condition, read)
        for d in n.decisions:
            _flag_reads(d.condition, read)
    hint = "test it in a trigger or objective with {flag: NAME}, or stop setting it"
    for flag in sorted(set(c.flags) - read):
        problems.warning(c.src, f"flag '{flag}' is set at the start but nothing reads it",
                         hint.replace("NAME", flag))
    reported = set(c.flags)
    for e in c.events:
        effects = list(e.effects) + [x for o in (e.choice.options if e.choice else ())
                                     for x in o.effects]
        for effect in effects:
            if isinstance(effect, SetFlag) and effect.flag not in read | reported:
                reported.add(effect.flag)
                problems.warning(e.src, f"event '{e.id}' sets the flag '{effect.flag}' but "
                                 "nothing reads it", hint.replace("NAME", effect.flag))


def _idle_nations(c: Campaign, absent: dict[str, str], problems: Problems) -> None:
    """Playable nations that never exist, or that no crisis, seat or claim involves."""
    parties = {code for crisis in c.crises
               for code in (crisis.aggressor, *crisis.victims, *crisis.spill_to)}
    choosers = {e.choice.nation for e in c.events if e.choice}
    for n in c.nations:
        if not n.playable:
            continue
        if n.code in absent:
            problems.warning(n.src, f"playable nation '{n.code}' never exists: {absent[n.code]}",
                             "change its exists_from/exists_until or make it not playable")
            continue
        if n.code in parties or n.code in choosers or n.claims or n.decisions or _sits(
                c, n.code):
            continue
        problems.warning(n.src, f"playable nation '{n.code}' has nothing to do: it is party to "
                         "no crisis, sits on no body, presses no claim, faces no choice and has "
                         "no decision",
                         "make it a member of an organisation, a party to a crisis (aggressor, "
                         "victims, spill_to), or give it a claim")


def _sits(c: Campaign, code: str) -> bool:
    """Whether ``code`` sits on some body: one with listed seats, or any body of an
    organisation it belongs to when the body seats every member."""
    for org in c.organisations:
        member = any(span.nation == code for span in org.members)
        for body in org.bodies:
            if body.seats is None and member:
                return True
            if body.seats and any(seat.nation == code for seat in body.seats):
                return True
    return False


# --- what the games showed -------------------------------------------------------------------


def _never_played(c: Campaign, fired: set[str], played: Played, providers: dict[Need, list[str]],
                  problems: Problems) -> None:
    """Events and crises reasoning allows but that none of the games saw."""
    games = f"none of {played.games} all-AI game{'s' * (played.games != 1)} " \
            f"({played.seed_range()})"
    for e in c.events:
        if e.id in fired and not played.fired[e.id]:
            problems.warning(e.src, f"event '{e.id}' fired in {games}",
                             _why_not_fired(e, played))
    for crisis in c.crises:
        starters = [s for s in providers.get(("crisis", crisis.id), []) if s in fired]
        if starters and not played.started[crisis.id]:
            names = ", ".join(f"'{s}'" for s in starters)
            problems.warning(crisis.src, f"crisis '{crisis.id}' started in {games}",
                             f"the events that start it ({names}) never fired: check their "
                             "triggers and chance")


def _why_not_fired(e: EventDef, played: Played) -> str:
    """What of its trigger never held in the games, or that its chance never came up."""
    trigger = parts(e.trigger) if e.trigger is not None else ()
    leading = played.together[e.id]
    if leading == len(trigger):
        if e.delay:
            return (f"its trigger held, but the campaign ended within its delay of {e.delay} "
                    f"turn{'s' * (e.delay != 1)}"
                    + (f", or its chance ({e.chance}%) never came up" if e.chance < 100 else ""))
        return (f"its trigger held, but its chance ({e.chance}%) never came up"
                if e.chance < 100 else "its trigger held only between turns; "
                "check it with collective-security simulate")
    never = [part for i, part in enumerate(trigger) if i not in played.held[e.id]]
    if never:
        return (f"this part of its trigger never held: {describe(never[0])}"
                + (f" (and {len(never) - 1} more)" if len(never) > 1 else ""))
    return (f"each part of its trigger held at some time, but {describe(trigger[leading])} "
            "never together with " + ", ".join(describe(p) for p in trigger[:leading]))


_KEYS = {"FlagSet": "flag", "StatIs": "stat", "RelationIs": "relation", "TensionIs": "tension",
         "CredibilityIs": "credibility", "MemberOf": "member", "CrisisStageIs": "crisis_stage",
         "MeasureInForce": "measure", "VariableIs": "variable", "ResolutionWas": "resolution",
         "VotedOn": "voted", "MissionStrengthIs": "mission_strength"}
"""Condition classes whose YAML key is not their name in snake_case."""


def describe(cond: Condition) -> str:
    """A condition as an author wrote it, in YAML's flow style: {crisis_ended: {crisis: x}}."""
    name = type(cond).__name__
    key = _KEYS.get(name) or re.sub(r"(?<!^)([A-Z])", r"_\1", name).lower()
    if isinstance(cond, (All, Any)):
        return f"{{{key}: [" + ", ".join(describe(c) for c in cond.items) + "]}"
    if isinstance(cond, Not):
        return f"{{not: {describe(cond.item)}}}"
    values = {f.name: getattr(cond, f.name) for f in fields(cond)
              if getattr(cond, f.name) is not None}
    shown = {k: iso_month(v) if k == "month" else v for k, v in values.items()}
    if len(fields(cond)) == 1:
        return f"{{{key}: {next(iter(shown.values()))}}}"
    return f"{{{key}: {{" + ", ".join(f"{k}: {v}" for k, v in shown.items()) + "}}"
