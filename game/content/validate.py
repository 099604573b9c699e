"""Checks that need the whole campaign, run after loading.

References, duplicate ids, dates, the rules of organisations and crises, and scripted content
that can never happen (events and objectives waiting on flags or crises nothing provides, or
on each other). Errors make a campaign unplayable; warnings point at likely mistakes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from game.content.problems import Problems, did_you_mean
from game.engine import hostages, norms
from game.engine.calendar import iso_month
from game.engine.fortune import dated
from game.engine.orders import claim_crisis_id
from game.engine.model import (All, Any, BacksDown, Beside, BodyDef, Campaign, ChokepointHeld,
                               Condition, Contributed, CreateNation, CredibilityIs, CrisisActive,
                               CrisisEnded,
                               CrisisStageIs, DateBefore, DateFrom, Effect, EventDef, FlagSet,
                               Forum, INTERNAL_KINDS, MAX_STAGE, MeasureInForce, MissionStrengthIs,
                               NationDef, Not, Pace, RelationIs, ResolutionWas, SetFlag, Src,
                               STANCE_BALLOTS, Steering, StartCrisis, StatIs, TensionIs, Threshold,
                               TransferChokepoint, VotedOn)

if TYPE_CHECKING:
    from game.content.loader import Mentions

WHAT = {"nation": "nation", "org": "organisation", "body": "body", "crisis": "crisis",
        "event": "event", "objective": "objective", "claim": "claim", "option": "option",
        "chokepoint": "chokepoint", "region": "region", "decision": "decision"}
"""Kinds of definition whose ids must be unique (within their scope)."""
PARTY_KINDS = ("civil_war", "atrocities", "genocide")
"""Crisis kinds where the aggressor may also be among the victims (a state and its people)."""
MIN_OBJECTIVES, MAX_OBJECTIVES = 3, 6


def validate(campaign: Campaign | None, mentions: Mentions, problems: Problems) -> None:
    """Add every problem found to ``problems``; ``campaign`` is None when the header was bad."""
    defined = _definitions(mentions, problems)
    for flag, src in {**norm_flags(campaign), **hostage_flags(campaign)}.items():
        defined["flag"].setdefault((None, flag), src)
    features = _map_features(campaign, mentions, problems) if campaign else None
    _references(mentions, defined, features, problems)
    if campaign is None:
        return
    _dates(campaign, mentions, problems)
    _nations(campaign, problems)
    _rivalries(campaign, mentions, problems)
    _organisations(campaign, problems)
    _crises(campaign, problems)
    _windows(campaign, problems)
    _pairs(campaign, problems)
    _reachability(campaign, problems)


# --- ids --------------------------------------------------------------------------------

Defined = dict[str, dict[tuple[str | None, str], Src]]
"""kind -> (scope, id) -> where it is first defined."""


def _definitions(mentions: Mentions, problems: Problems) -> Defined:
    defined: Defined = defaultdict(dict)
    for d in mentions.defined:
        table = defined[d.kind]
        first = table.get((d.scope, d.id))
        if first is None:
            table[(d.scope, d.id)] = d.src
        elif d.kind in WHAT:
            within = f" in '{d.scope}'" if d.scope else ""
            problems.error(d.src, f"duplicate {WHAT[d.kind]} id '{d.id}'{within}; "
                           f"first defined at {first.file}:{first.line}")
    for d in mentions.defined:
        if d.kind == "claim" and d.scope:
            # pressing a claim starts the crisis '<nation>_<claim>' (game.engine.orders)
            defined["crisis"].setdefault((None, claim_crisis_id(d.scope, d.id)), d.src)
    return defined


def norm_flags(campaign: Campaign | None) -> dict[str, Src]:
    """The flags the engine sets when a body endorses a norm (game/engine/norms.py), each
    with the source of the first body that has the ``endorse`` power."""
    bodies = [b for o in (campaign.organisations if campaign else ()) for b in o.bodies
              if "endorse" in b.powers]
    return {norms.endorsed_flag(n): bodies[0].src for n in sorted(norms.NORMS)} if bodies else {}


def hostage_flags(campaign: Campaign | None) -> dict[str, Src]:
    """The flags the engine sets when a nation holds peacekeepers hostage
    (game/engine/hostages.py), each with the source of the nation's definition."""
    return {hostages.flag(d.code): d.src for d in (campaign.nations if campaign else ())}


def _map_features(campaign: Campaign, mentions: Mentions, problems: Problems) -> set[str] | None:
    """The base map's feature ids; None when game.mapdata or its built assets are missing."""
    try:
        from game import mapdata
        from game.content.scaffold import nearest_map
        known = mapdata.available_maps()
    except (ImportError, AttributeError, OSError):
        return None
    if not known:
        return None
    maps = [(campaign.base_map, mentions.header.get("base_map", campaign.src))]
    maps += [(change.map, change.src) for change in campaign.later_maps]
    unknown = [(map_id, src) for map_id, src in maps if map_id not in known]
    for map_id, src in unknown:
        near = nearest_map(map_id, known)
        problems.error(src, f"unknown base map '{map_id}'",
                       f"did you mean '{near}'?" if near else "one of " + ", ".join(known))
    months = [change.month for change in campaign.later_maps]
    if months != sorted(set(months)) or (months and months[0] <= campaign.start):
        problems.error(mentions.header.get("later_maps", campaign.src),
                       "later_maps must be in date order, each from a later month, after start",
                       "list them as the borders changed, the earliest first")
    if unknown:
        return None
    try:
        return {fid for map_id, _ in maps for fid in mapdata.feature_ids(map_id)}
    except mapdata.MapDataError:
        return None


def _references(mentions: Mentions, defined: Defined, features: set[str] | None,
                problems: Problems) -> None:
    flags = {name for _, name in defined["flag"]}
    variables = {name for _, name in defined["variable"]}
    regions = {name for _, name in defined["region"]}
    orgs = {name for _, name in defined["org"]}
    warned: set[str] = set()
    for use in mentions.used:
        if use.kind == "flag":
            if use.id not in flags and use.id not in warned:
                warned.add(use.id)
                problems.warning(use.src, f"flag '{use.id}' is never set",
                                 did_you_mean(use.id, flags)
                                 or "set it with a set_flag effect or list it under flags")
        elif use.kind == "variable":
            if use.id not in variables and use.id not in warned:
                warned.add(use.id)
                problems.warning(use.src, f"variable '{use.id}' is never changed, so it stays 0",
                                 did_you_mean(use.id, variables)
                                 or "change it with a change_variable effect")
        elif use.kind == "place":
            if use.id not in regions and features is not None and use.id not in features:
                problems.error(use.src, f"unknown place '{use.id}': neither a region of this "
                               "campaign nor a feature of its base map",
                               did_you_mean(use.id, regions | features))
        elif use.kind == "body":
            if use.scope in orgs and (use.scope, use.id) not in defined["body"]:
                bodies = [name for org, name in defined["body"] if org == use.scope]
                problems.error(use.src, f"organisation '{use.scope}' has no body '{use.id}'",
                               did_you_mean(use.id, bodies))
        elif (None, use.id) not in defined[use.kind]:
            known = [name for _, name in defined[use.kind]]
            problems.error(use.src, f"unknown {WHAT[use.kind]} '{use.id}'",
                           did_you_mean(use.id, known))


# --- dates, nations, organisations, crises -----------------------------------------------


def _dates(c: Campaign, mentions: Mentions, problems: Problems) -> None:
    if c.start >= c.end:
        problems.error(mentions.header.get("end", c.src),
                       f"the campaign ends ({iso_month(c.end)}) before it starts "
                       f"({iso_month(c.start)})")
        return
    span = f"{iso_month(c.start)} to {iso_month(c.end)}"
    for month, src in mentions.play_dates:
        if not c.start <= month <= c.end:
            problems.warning(src, f"{iso_month(month)} is outside the campaign ({span})")


def _span_order(start: int | None, end: int | None, src: Src, what: str,
                problems: Problems) -> None:
    if start is not None and end is not None and start >= end:
        problems.error(src, f"{what} ends ({iso_month(end)}) before it starts ({iso_month(start)})")


def _nations(c: Campaign, problems: Problems) -> None:
    _crisis_steering(c, problems)
    for n in c.nations:
        _span_order(n.exists_from, n.exists_until, n.src, f"nation '{n.code}'", problems)
        _stances(n, problems)
        _steering(c, n, problems)
        if not n.playable:
            continue
        if not n.briefing.strip():
            problems.error(n.src, f"playable nation '{n.code}' has no briefing",
                           "add briefing: the text shown when a player picks it")
        if not MIN_OBJECTIVES <= len(n.objectives) <= MAX_OBJECTIVES:
            problems.warning(n.src, f"playable nation '{n.code}' has {len(n.objectives)} "
                             f"objectives; give it {MIN_OBJECTIVES} to {MAX_OBJECTIVES}")
    if c.nations and not any(n.playable for n in c.nations):
        problems.error(c.src, "no nation is playable", "mark at least one with playable: true")


def _rivalries(c: Campaign, mentions: Mentions, problems: Problems) -> None:
    """A rivalry names blocs that nations hold (an effect may give a bloc later: a warning)."""
    held = sorted({n.bloc for n in c.nations})
    for pair in c.rivalries or ():
        for bloc in pair:
            if bloc not in held:
                problems.warning(mentions.header.get("rivalries", c.src),
                                 f"no nation starts in the bloc '{bloc}' of a rivalry",
                                 did_you_mean(bloc, held))


def _stances(n: NationDef, problems: Problems) -> None:
    """A stance's bounds must leave a ballot: at_most below at_least leaves none."""
    for st in n.stances:
        _span_order(st.start, st.end, st.src, f"{n.code}'s stance", problems)
        if STANCE_BALLOTS.index(st.at_most) < STANCE_BALLOTS.index(st.at_least):
            problems.error(st.src, f"{n.code}'s stance on {st.kind} allows no ballot: at_most "
                           f"'{st.at_most}' is below at_least '{st.at_least}'",
                           "ballots go no < abstain < yes; swap the two?")


def _steering(c: Campaign, n: NationDef, problems: Problems) -> None:
    """How the AI plays the nation (docs/ai.md, "Steering the AI"): one entry per crisis, a
    body it can sit in for each forum, and each key saying something."""
    seen: dict[str, Steering] = {}
    for st in n.per_crisis:
        if st.crisis in seen:
            problems.error(st.src, f"{n.code} is steered twice for crisis '{st.crisis}' (first "
                           f"at line {seen[st.crisis].src.line})", "merge the two entries")
        seen.setdefault(st.crisis, st)
    owners: tuple[NationDef | Steering, ...] = (n, *n.per_crisis)
    for owner in owners:
        _ladder_rungs(owner.ladder, owner.src, f"{n.code}'s ladder", problems)
        _forums(c, n.code, owner.forum or (), problems)
        _pace(owner.pace, owner.ladder, f"{n.code}'s pace", problems)
        _backs_down(owner.backs_down, f"{n.code}'s backs_down", problems)
    if n.weights is not None and all(v is None for v in (
            n.weights.multilateral, n.weights.force, n.weights.cost_aversion, n.weights.greed)):
        problems.error(n.weights.src, f"{n.code}'s weights names no weight, so it changes "
                       f"nothing of its personality ({n.personality})",
                       "give multilateral, force, cost_aversion or greed, or drop weights")
    if n.sovereignty and not any(crisis.kind in INTERNAL_KINDS for crisis in c.crises):
        problems.warning(n.src, f"{n.code}'s sovereignty never counts: the campaign has no "
                         "civil war, atrocities or genocide crisis", "drop sovereignty, or "
                         "add such a crisis")


def _crisis_steering(c: Campaign, problems: Problems) -> None:
    """A crisis's own steering, checked once (not once per nation)."""
    for crisis in c.crises:
        _ladder_rungs(crisis.ladder, crisis.src, f"crisis '{crisis.id}''s ladder", problems)
        _pace(crisis.pace, crisis.ladder, f"crisis '{crisis.id}''s pace", problems)
        _backs_down(crisis.backs_down, f"crisis '{crisis.id}''s backs_down", problems)


def _ladder_rungs(ladder: tuple[str, ...] | None, src: Src, what: str, problems: Problems) -> None:
    for rung in sorted({r for r in ladder or () if (ladder or ()).count(r) > 1}):
        problems.error(src, f"{what} lists '{rung}' twice", "a rung is climbed once: list it "
                       "once, where it comes in the climb")


def _forums(c: Campaign, nation: str, forums: tuple[Forum, ...], problems: Problems) -> None:
    """A forum the nation is never a member of can never take its question."""
    for forum in forums:
        org = next((o for o in c.organisations if o.id == forum.org), None)
        if org is not None and not any(span.nation == nation for span in org.members):
            problems.warning(forum.src, f"{nation} is never a member of '{forum.org}', so it "
                             "never takes a question there",
                             "make it a member, or drop the forum")


def _pace(pace: Pace | None, ladder: tuple[str, ...] | None, what: str, problems: Problems) -> None:
    if pace is not None and pace.skip_at_war and ladder and "enforcement" not in ladder:
        problems.warning(pace.src, f"{what} skips to enforcement at war, but its ladder has "
                         "no enforcement rung", "add enforcement to the ladder, or drop "
                         "skip_at_war")


def _backs_down(rule: BacksDown | None, what: str, problems: Problems) -> None:
    if rule is not None and all(v is None for v in (rule.resolve_below, rule.will_below,
                                                     rule.dead_above)):
        problems.error(rule.src, f"{what} names no threshold, so it never yields",
                       "give resolve_below, will_below or dead_above")


def _organisations(c: Campaign, problems: Problems) -> None:
    for org in c.organisations:
        members = {span.nation for span in org.members}
        for span in org.members:
            _span_order(span.start, span.end, span.src, f"{span.nation}'s membership", problems)
        for body in org.bodies:
            for seat in body.seats or ():
                _span_order(seat.start, seat.end, seat.src, f"{seat.nation}'s seat", problems)
                if seat.nation not in members:
                    problems.warning(seat.src, f"{seat.nation} sits on '{body.id}' but is never "
                                     f"a member of '{org.id}'")
            _thresholds(c, body, problems)
            if body.emergency_from is not None and body.rule != "assembly":
                problems.warning(body.src, f"emergency_from only applies to assembly bodies, "
                                 f"and '{body.id}' decides by {body.rule}")
            if body.endorse_from is not None and "endorse" not in body.powers:
                problems.warning(body.src, f"endorse_from only applies to a body with the "
                                 f"endorse power, which '{body.id}' lacks",
                                 "add endorse to its powers")
            if body.icc_from is not None and "refer_to_court" not in body.powers:
                problems.warning(body.src, f"icc_from only applies to a body with the "
                                 f"refer_to_court power, which '{body.id}' lacks",
                                 "add refer_to_court to its powers")


def _thresholds(c: Campaign, body: BodyDef, problems: Problems) -> None:
    if body.rule != "security_council":
        if body.thresholds:
            problems.warning(body.src, f"thresholds only apply to security_council bodies, and "
                             f"'{body.id}' decides by {body.rule}")
        return
    if not body.thresholds:
        problems.error(body.src, f"security council '{body.id}' needs thresholds",
                       "thresholds: [{from: 1945-10, seats: 11, votes: 7}]")
        return
    months = [t.start for t in body.thresholds]
    if months != sorted(set(months)):
        problems.error(body.src, f"the thresholds of '{body.id}' must be in date order, "
                       "each from a later month")
    for t in body.thresholds:
        if t.votes > t.seats:
            problems.error(body.src, f"'{body.id}' from {iso_month(t.start)} needs {t.votes} "
                           f"votes of only {t.seats} seats")
    if min(months) > c.start:
        problems.warning(body.src, f"'{body.id}' has no threshold in force when the campaign "
                         f"starts ({iso_month(c.start)})")
    _seat_counts(c, body, problems)


def _seat_counts(c: Campaign, body: BodyDef, problems: Problems) -> None:
    """More seat holders than the council has seats would make its thresholds meaningless.

    Checked at every month where the seating or the size changes, within the campaign; the
    seat that makes one too many carries the error.
    """
    if not body.seats:
        return
    changes = {c.start} | {t.start for t in body.thresholds}
    changes |= {m for seat in body.seats for m in (seat.start, seat.end) if m is not None}
    reported: set[int] = set()
    for when in sorted(m for m in changes if c.start <= m <= c.end):
        size = _seats_at(body.thresholds, when)
        holders = [seat for seat in body.seats if seat.holds(when)]
        if size is None or len(holders) <= size:
            continue
        extra = max(holders, key=lambda seat: (seat.start or 0, seat.src.line))
        if id(extra) in reported:
            continue
        reported.add(id(extra))
        problems.error(extra.src, f"'{body.id}' has {size} seats in {iso_month(when)} but "
                       f"{len(holders)} nations sit on it then ("
                       + ", ".join(sorted(seat.nation for seat in holders)) + ")",
                       "end a seat before the next begins (from/until), or raise the "
                       "threshold's seats")


def _seats_at(thresholds: tuple[Threshold, ...], when: int) -> int | None:
    size = None
    for t in thresholds:
        if t.start <= when:
            size = t.seats
    return size


def _crises(c: Campaign, problems: Problems) -> None:
    started = {effect.crisis for e in scripted(c) for effect in _effects(e)
               if isinstance(effect, StartCrisis)} | claim_crises(c)
    for crisis in c.crises:
        if crisis.aggressor in crisis.victims and crisis.kind not in PARTY_KINDS:
            problems.error(crisis.src, f"crisis '{crisis.id}': the aggressor {crisis.aggressor} "
                           "is also among its victims")
        if crisis.id not in started and crisis.latent is None:  # a latent one may break out
            problems.warning(crisis.src, f"crisis '{crisis.id}' never starts",
                             f"give an event the effect start_crisis: {crisis.id}")
        if crisis.peacebuilding is not None and not any(
                "peacebuilding" in b.powers for o in c.organisations for b in o.bodies):
            problems.warning(crisis.src, f"crisis '{crisis.id}' has a peacebuilding phase but "
                             "no body may adopt a peacebuilding mission: nothing can lower "
                             "its relapse risk", "add peacebuilding to a body's powers")
        if crisis.latent is not None and not any(
                "preventive_deployment" in b.powers for o in c.organisations for b in o.bodies):
            problems.warning(crisis.src, f"crisis '{crisis.id}' has a latent stage but no body "
                             "may deploy to prevent it: only nations' orders can lower its "
                             "risk", "add preventive_deployment to a council's powers")
        if crisis.accord and crisis.stage >= 2:
            problems.error(crisis.src, f"crisis '{crisis.id}': an accord's crisis starts at "
                           f"stage {crisis.stage}, but an accord that is kept stands at "
                           "incidents or calmer", "give it stage: 1 (or 0), or drop accord")
        if crisis.people and crisis.kind != "genocide":
            problems.warning(crisis.src, f"crisis '{crisis.id}': only a genocide sweeps "
                             "through the people it targets; its people count for nothing",
                             "give it kind: genocide, or drop people")
        if crisis.latent is not None and crisis.latent.since is not None and \
                crisis.latent.since >= c.end:
            problems.warning(crisis.src, f"crisis '{crisis.id}': its warning signs begin "
                             "after the campaign ends", "give latent: since an earlier date")


def _windows(c: Campaign, problems: Problems) -> None:
    """A window moves only the dates of its own event's trigger: on an event without one it
    does nothing (fortune.py)."""
    for e in c.events:
        if e.window and not dated(e.trigger):
            problems.warning(e.src, f"event '{e.id}' has a window of {e.window} turns but its "
                             "trigger names no date, so nothing moves",
                             "give its trigger a date_from, or remove the window")


def _pairs(c: Campaign, problems: Problems) -> None:
    seen: dict[frozenset[str], Src] = {}
    for r in c.relations:
        pair = frozenset((r.a, r.b))
        if r.a == r.b:
            problems.error(r.src, f"a relation of {r.a} with itself")
        elif pair in seen:
            problems.warning(r.src, f"relations of {r.a} and {r.b} are given twice "
                             f"(first at line {seen[pair].line})")
        else:
            seen[pair] = r.src
    for t in c.treaties:
        if t.a == t.b:
            problems.error(t.src, f"a treaty of {t.a} with itself")


# --- what can never happen ----------------------------------------------------------------


@dataclass(frozen=True)
class Blocker:
    """Why a condition can never hold; ``needs`` is the flag or crisis it waits on, if any."""

    reason: str
    needs: Need | None = None


Need = tuple[str, str]
"""What a condition waits on: ("flag" | "crisis" | "nation", its id)."""
Extra = Callable[[Condition | None, set[Need]], "Blocker | None"]
"""A further reason a single condition can never hold, given what may become available
(game.content.lint adds nations that never exist)."""


def reachable(c: Campaign, extra: Extra | None = None) -> tuple[set[str], set[Need]]:
    """The events that may fire and the flags and crises they may provide: events are fired
    optimistically until nothing changes, so whatever is left out can never happen."""
    sources = scripted(c)
    provides = {e.id: _provides(e) for e in sources}
    available = {("flag", f) for f in (*c.flags, *norm_flags(c), *hostage_flags(c))} | {
        ("crisis", cid) for cid in claim_crises(c)}
    fired: set[str] = set()
    changed = True
    while changed:
        changed = False
        for e in sources:
            if e.id not in fired and e.chance > 0 and (
                    e.trigger is None or blocker(e.trigger, c, available, extra) is None):
                fired.add(e.id)
                available |= provides[e.id]
                changed = True
    return fired, available


def claim_crises(c: Campaign) -> set[str]:
    """The crises that pressing a claim starts ('<code>_<claim>'): a player or the AI can
    start them at any time, so they need no event."""
    return {claim_crisis_id(n.code, k.id) for n in c.nations for k in n.claims}


def providers_of(c: Campaign) -> dict[tuple[str, str], list[str]]:
    """For each flag or crisis, the events that set or start it."""
    providers: dict[tuple[str, str], list[str]] = defaultdict(list)
    for e in scripted(c):
        for token in sorted(_provides(e)):
            providers[token].append(e.id)
    return providers


def _reachability(c: Campaign, problems: Problems) -> None:
    fired, available = reachable(c)
    providers = providers_of(c)
    blockers = {e.id: blocker(e.trigger, c, available) for e in c.events
                if e.id not in fired and e.trigger is not None}
    for e in c.events:
        if e.id in fired:
            continue
        if e.chance == 0:
            problems.warning(e.src, f"event '{e.id}' has chance 0, so it never fires")
            continue
        cycle = _cycle(e.id, blockers, providers)
        found = blockers[e.id]
        assert found is not None, "an event that never fires has a trigger that cannot hold"
        text = explain(found, providers)
        if cycle:
            text += " (a trigger cycle: " + " → ".join(cycle) + ")"
        problems.warning(e.src, f"event '{e.id}' can never fire: {text}")
    for n in c.nations:
        for o in n.objectives:
            found = blocker(o.condition, c, available)
            if found:
                problems.warning(o.src, f"objective '{o.id}' of {n.code} can never be met: "
                                 f"{explain(found, providers)}")
        for d in n.decisions:
            found = blocker(d.condition, c, available)
            if found:
                problems.warning(d.src, f"decision '{d.id}' of {n.code} can never be taken: "
                                 f"{explain(found, providers)}")


def scripted(c: Campaign) -> tuple[EventDef, ...]:
    """The events, and each nation's decisions as events named ``NATION:decision`` whose
    trigger is the decision's condition: what may set flags and start crises."""
    return c.events + tuple(EventDef(f"{n.code}:{d.id}", d.label, trigger=d.condition,
                                     effects=d.effects, src=d.src)
                            for n in c.nations for d in n.decisions)


def _effects(e: EventDef) -> Iterator[Effect]:
    yield from e.effects
    if e.choice:
        for option in e.choice.options:
            yield from option.effects


def _provides(e: EventDef) -> set[Need]:
    out: set[Need] = set()
    for effect in _effects(e):
        if isinstance(effect, SetFlag):
            out.add(("flag", effect.flag))
        elif isinstance(effect, StartCrisis):
            out.add(("crisis", effect.crisis))
        elif isinstance(effect, CreateNation):
            out.add(("nation", effect.nation))
    return out


def blocker(cond: Condition | None, c: Campaign, available: set[Need],
            extra: Extra | None = None) -> Blocker | None:
    """Why ``cond`` can never hold when only ``available`` flags and crises may exist; None
    when it may hold."""
    match cond:
        case All(items):
            for item in items:
                found = blocker(item, c, available, extra)
                if found:
                    return found
            froms = [i.month for i in items if isinstance(i, DateFrom)]
            befores = [i.month for i in items if isinstance(i, DateBefore)]
            if froms and befores and max(froms) >= min(befores):
                return Blocker(f"it needs a date from {iso_month(max(froms))} on and before "
                               f"{iso_month(min(befores))}")
        case Any(items):
            reasons = [blocker(item, c, available, extra) for item in items]
            if reasons and all(reasons):
                return reasons[0]
        case Not():
            return None
        case DateFrom(month) if month > c.end:
            return Blocker(f"it waits for {iso_month(month)}, after the campaign's end "
                           f"({iso_month(c.end)})")
        case DateBefore(month) if month <= c.start:
            return Blocker(f"it needs a date before {iso_month(month)}, but the campaign "
                           f"starts in {iso_month(c.start)}")
        case FlagSet(flag) if ("flag", flag) not in available:
            return Blocker(f"it needs the flag '{flag}'", ("flag", flag))
        case CrisisActive(crisis) | CrisisStageIs(crisis) | CrisisEnded(crisis) | \
                Beside(crisis=crisis) | MeasureInForce(crisis) | Contributed(crisis=crisis) | \
                ResolutionWas(crisis) | VotedOn(crisis=crisis) | MissionStrengthIs(crisis) \
                if ("crisis", crisis) not in available:
            return Blocker(f"it needs the crisis '{crisis}' to start", ("crisis", crisis))
        case StatIs(op=op, value=value) | TensionIs(op, value) | CredibilityIs(op=op, value=value):
            return _never(op, value, 0, 100)
        case RelationIs(op=op, value=value):
            return _never(op, value, -100, 100)
        case CrisisStageIs(op=op, value=value):
            return _never(op, value, 0, MAX_STAGE)
        case MissionStrengthIs(op=op, value=value):
            return _never(op, value, 0, 10000)
        case ResolutionWas(kind=kind) | VotedOn(kind=kind) if not _may_pass(
                c, kind, getattr(cond, "org", None)):
            where = f"'{cond.org}'" if isinstance(cond, ResolutionWas) and cond.org \
                else "any organisation"
            article = "an" if kind[0] in "aeiou" else "a"
            return Blocker(f"no body of {where} has the power to pass {article} {kind} "
                           "resolution")
        case ChokepointHeld(point, nation) if nation != _first_holder(c, point) and not any(
                isinstance(x, TransferChokepoint) and x.chokepoint == point and x.to == nation
                for e in scripted(c) for x in _effects(e)):
            return Blocker(f"{nation} never holds '{point}': it is not its holder and no "
                           "transfer_chokepoint gives it")
    return extra(cond, available) if extra else None


def _may_pass(c: Campaign, kind: str, org: str | None) -> bool:
    """Whether some body (of ``org``, if given) may vote on a resolution of ``kind``."""
    return any(kind in body.powers for o in c.organisations if org in (None, o.id)
               for body in o.bodies)


def _first_holder(c: Campaign, point: str) -> str | None:
    return next((cp.controller for cp in c.chokepoints if cp.id == point), None)


def _never(op: str, value: int, lo: int, hi: int) -> Blocker | None:
    impossible = {"<": value <= lo, "<=": value < lo, ">": value >= hi, ">=": value > hi,
                  "==": not lo <= value <= hi}.get(op, False)
    if impossible:
        return Blocker(f"'{op} {value}' can never hold for a value from {lo} to {hi}")
    return None


def explain(found: Blocker, providers: dict[Need, list[str]]) -> str:
    """The blocker's reason, with what could have provided what it waits on."""
    if found.needs is None:
        return found.reason
    kind, _name = found.needs
    by = providers.get(found.needs)
    verb = {"flag": "set", "crisis": "start", "nation": "create"}[kind]
    if by:
        names = ", ".join(f"'{e}'" for e in by)
        return f"{found.reason}, which only events that can never fire {verb} ({names})"
    return found.reason + {"flag": ", which nothing sets", "crisis": ", which no event starts",
                           "nation": ", which no event creates"}[kind]


def _cycle(start: str, blockers: dict[str, Blocker | None],
           providers: dict[Need, list[str]]) -> list[str]:
    """A path of events from ``start`` back to itself, each waiting on the next; or []."""
    def waits_on(event_id: str) -> list[str]:
        found = blockers.get(event_id)
        return providers.get(found.needs, []) if found and found.needs else []

    paths = {start: [start]}
    queue = [start]
    while queue:
        current = queue.pop(0)
        for nxt in waits_on(current):
            if nxt == start:
                return paths[current] + [start]
            if nxt not in paths:
                paths[nxt] = paths[current] + [nxt]
                queue.append(nxt)
    return []
