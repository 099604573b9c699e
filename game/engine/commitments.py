"""Commitments: a threat is a public promise with a red line, which the world holds its maker to.

A nation threatens the aggressor of a crisis: if it crosses the line (escalates, gains ground,
or fights on under a ceasefire call), the threatener will mobilise, table enforcement or
intervene. The line counts from the turn after the threat is heard. Once it is crossed the
threatener has ``DUE`` turns to act as promised: honoured, its name is worth more; broken, it
loses legitimacy and will, and the record stays. A commitment not called lapses when its
crisis ends, and is spent once its maker has done what it promised before the line was
crossed (``_spent``). Aggressors weigh the credible ones (record × force × will) before
pressing on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from .actions import Action, act
from .bodies import seated
from .calendar import format_month
from .context import Ctx
from .gauges import force, reach
from .state import Commitment, CrisisState, GameState

DUE = 2
"""Turns a threatener has to act once its red line is crossed."""

LINES = {"escalate": "escalates", "advance": "gains ground", "ceasefire": "defies the ceasefire"}
"""The red lines the engine checks each turn, as the threat words them ('if Italy ...')."""

PROMISES = {"mobilise": "we mobilise", "enforce": "we table enforcement",
            "intervene": "we intervene"}
"""What a threatener promises to do, as the threat words it."""
ACTS = {"mobilise": "mobilise", "enforce": "table enforcement", "intervene": "intervene"}
"""The same, as others tell it ('France will intervene')."""

WEIGHT = {"mobilise": 0.5, "enforce": 0.6, "intervene": 1.0}
"""How much each promise would cost the aggressor if kept: force in the field counts most."""

HONOURED_LEGITIMACY = 4
"""Legitimacy a threatener gains for acting when its red line is crossed: it kept its word."""
BROKEN_LEGITIMACY = -10
"""A broken promise costs as much as a guarantee not honoured (crises._treaties_tested)."""
BROKEN_WILL = -3
"""Will lost at home by a government whose threat was shown hollow, beside the legitimacy."""

DETERRENCE = 40.0
"""What one fully credible commitment takes from an aggressor's urge to press on."""


# --- lines --------------------------------------------------------------------------------

def lines_open(c: CrisisState) -> list[str]:
    """The lines a threat over ``c`` may draw now: each one the crisis could still cross."""
    out = []
    if c.stage < 4:
        out.append("escalate")
    if c.stage >= 3 and c.progress < 100:
        out.append("advance")
    if c.has_measure("ceasefire") and c.stage >= 2:
        out.append("ceasefire")
    return out


def mark(c: CrisisState, line: str) -> int:
    """Where the crisis stands on the line's measure: its stage, or the aggressor's gains."""
    return c.progress if line == "advance" else c.stage


def crossed(c: CrisisState, line: str, before: int) -> bool:
    """The aggressor crossed ``line`` this turn (``before``: the mark a turn ago)."""
    if line == "escalate":
        return c.stage > before
    if line == "advance":
        return c.progress > before
    return c.has_measure("ceasefire") and c.stage >= 2 and c.stage >= before


def standing_over(state: GameState, nation: str, crisis: str) -> Commitment | None:
    """``nation``'s commitment over ``crisis`` not yet judged (a nation draws one line at a time
    in a crisis)."""
    return next((k for k in state.commitments if k.nation == nation and k.crisis == crisis
                 and k.status in ("standing", "called")), None)


# --- promises -----------------------------------------------------------------------------

def kept(state: GameState, k: Commitment) -> bool:
    """The threatener has done what it promised (since it made the threat)."""
    c = state.crises[k.crisis]
    if k.promise == "mobilise":
        return k.crisis in state.nations[k.nation].mobilised
    if k.promise == "intervene":
        return any(who == k.nation for who, _ in c.interveners)
    if any(m.kind == "enforcement" and k.nation in m.supporters for m in c.measures):
        return True
    tabled = (*state.archive, *state.resolutions.values())
    return any(r.kind == "enforcement" and r.subject == k.crisis and r.turn >= k.turn
               and k.nation in (r.sponsor, *r.cosponsors) for r in tabled)


def carried_out(state: GameState, nation: str, crisis: str, promise: str) -> bool:
    """``nation`` warned over ``crisis`` that it would do ``promise`` and did it before its
    line was crossed (``_spent``), and the crisis still runs: the deed now stands for the
    warning, so taking it back (standing the army down) takes back the word as well
    (``military.alert_share``)."""
    return any(k.nation == nation and k.crisis == crisis and k.promise == promise
               and k.status == "spent" for k in state.commitments)


def councils(state: GameState, nation: str, org: str) -> list[str]:
    """The councils (bodies with a fixed number of seats) of ``org`` where ``nation`` sits now,
    as ``org.body``: where enforcement is promised (the Council's measure, not a
    recommendation of the assembly)."""
    if org not in state.orgs or nation not in state.orgs[org].members:
        return []
    return [f"{org}.{b.id}" for b in state.campaign.org(org).bodies
            if b.seats is not None and nation in seated(state, org, b.id)]


def promised(state: GameState, nation: str, candidates: list[Action]) -> list[Action]:
    """Of ``candidates``, the orders that would keep a commitment of ``nation`` now called."""
    due = [k for k in state.commitments if k.nation == nation and k.status == "called"]
    return [a for a in candidates for k in due if _keeps(state, a, k)]


def _keeps(state: GameState, a: Action, k: Commitment) -> bool:
    if k.promise == "enforce":
        return a.verb == "table" and a.args[1:3] == ("enforcement", k.crisis) \
            and a.args[0] in councils(state, k.nation, state.crises[k.crisis].org)
    return a == act(k.nation, k.promise, k.crisis)


# --- the world's memory -------------------------------------------------------------------

def record(state: GameState, nation: str) -> tuple[int, int]:
    """(honoured, broken): the commitments ``nation`` kept and broke, for all to see."""
    honoured = sum(1 for k in state.commitments if k.nation == nation and k.status == "honoured")
    broken = sum(1 for k in state.commitments if k.nation == nation and k.status == "broken")
    return honoured, broken


def standing(state: GameState, nation: str) -> float:
    """How far ``nation``'s word is believed, 0-1: its record, starting at even (0.5)."""
    honoured, broken = record(state, nation)
    return (honoured + 1) / (honoured + broken + 2)


def credibility(state: GameState, k: Commitment) -> float:
    """How credible a commitment is to its target, 0-1.5: the threatener's record × its force
    at the crisis against the target's × its will × the weight of what it promised."""
    c = state.crises[k.crisis]
    ratio = force(state, k.nation) * reach(state, k.nation, c) / max(1.0, force(state, k.target))
    will = state.nations[k.nation].will / 100
    return 2 * standing(state, k.nation) * min(1.5, ratio) * will * WEIGHT[k.promise]


def deterrent(state: GameState, crisis: CrisisState, lines: tuple[str, ...] = tuple(LINES),
              doubt: Callable[[str], float] | None = None) -> tuple[float, list[str]]:
    """What the commitments standing over ``crisis`` on these ``lines`` take from its
    aggressor's urge to press on, and why (each credible one named). Red lines add up, but
    no more than one fully credible commitment: the aggressor fears the war they promise,
    once. ``doubt`` (threatener) -> 0-1: how far the aggressor believes the threatener would
    go to war at the end of its promise (a threat is worth the force behind it)."""
    total, reasons = 0.0, []
    for k in state.commitments:
        if k.crisis != crisis.id or k.status != "standing" or k.line not in lines:
            continue
        believed = credibility(state, k)
        weight = believed * (doubt(k.nation) if doubt is not None else 1.0)
        total += weight
        if believed >= 0.2:
            doubted = f", worth {round(100 * weight)}% to us" if weight < believed else ""
            reasons.append(f"{state.campaign.nation(k.nation).name} has drawn a red line "
                           f"(credibility {round(100 * believed)}%{doubted})")
    return DETERRENCE * min(1.0, total), reasons


# --- each turn ----------------------------------------------------------------------------

def make(ctx: Ctx, nation: str, target: str, crisis: str, line: str, promise: str) -> None:
    """A threat heard: the commitment is on record, its line drawn where the crisis stands."""
    s = ctx.state
    c = s.crises[crisis]
    k = Commitment(nation, target, crisis, line, promise, s.month, s.turn, mark(c, line))
    s.commitments = tuple(sorted((*s.commitments, k), key=_order))
    ctx.emit("commitment", f"{ctx.name(nation)} warns {ctx.name(target)} over "
             f"{crisis_words(c.name)}: if it {LINES[line]}, {ctx.name(nation)} will "
             f"{ACTS[promise]}.", nation=nation, other=target, crisis=crisis, status="made")


def watch(ctx: Ctx) -> None:
    """The end of a turn: lines crossed are called, promises due are judged, the commitments
    over crises that ended lapse, and those already carried out are spent."""
    s = ctx.state
    still: list[Commitment] = []
    for k in s.commitments:
        if k.status in ("honoured", "broken"):
            still.append(k)
            continue
        c = s.crises[k.crisis]
        if not s.nations[k.nation].exists:
            continue  # a state that is gone owes nothing
        if k.status == "spent":
            if c.active:  # its deed stands for it while the crisis runs (``carried_out``)
                still.append(k)
            continue
        if k.status == "standing" and not c.active:
            _lapse(ctx, k, c)
            continue
        if k.status == "standing" and kept(s, k):
            _spent(ctx, k, c)
            still.append(replace(k, status="spent"))
            continue
        if k.status == "standing" and k.turn < s.turn and c.active and crossed(c, k.line, k.mark):
            k = replace(k, status="called", called=s.turn)
            ctx.emit("commitment", f"{ctx.name(k.target)} has crossed {ctx.name(k.nation)}'s "
                     f"red line over {crisis_words(c.name)}: {ctx.name(k.nation)} promised to "
                     f"{ACTS[k.promise]} and has {DUE} turns to do so.",
                     nation=k.nation, other=k.target, crisis=k.crisis, status="called")
        if k.status != "called":
            still.append(replace(k, mark=mark(c, k.line)))
            continue
        judged = _judge(ctx, k, c)
        if judged is not None:
            still.append(judged)
    s.commitments = tuple(sorted(still, key=_order))


def _judge(ctx: Ctx, k: Commitment, c: CrisisState) -> Commitment | None:
    """A called commitment: honoured once kept, broken when its time runs out (or its victim
    is conquered meanwhile), lapsed (None) if the crisis ends otherwise first."""
    s = ctx.state
    if kept(s, k):
        ctx.adjust(k.nation, "legitimacy", HONOURED_LEGITIMACY, f"kept its word over {c.name}")
        for v in c.victims:
            ctx.relate(k.nation, v, 10)
        ctx.emit("commitment", f"{ctx.name(k.nation)} keeps its word over "
                 f"{crisis_words(c.name)}: it promised to {ACTS[k.promise]}, and did.",
                 nation=k.nation, crisis=k.crisis, status="honoured")
        return replace(k, status="honoured")
    if not c.active and c.outcome != "conquest":
        _lapse(ctx, k, c)
        return None
    if c.active and s.turn < k.called + DUE:
        return k
    ctx.adjust(k.nation, "legitimacy", BROKEN_LEGITIMACY, f"broke its word over {c.name}")
    ctx.adjust(k.nation, "will", BROKEN_WILL, f"a threat shown hollow in {c.name}")
    for v in c.victims:
        ctx.relate(k.nation, v, -15)
    ctx.emit("commitment", f"{ctx.name(k.nation)} breaks its word over "
             f"{crisis_words(c.name)}: its red line was crossed and it did not "
             f"{ACTS[k.promise]}.", nation=k.nation, crisis=k.crisis, status="broken")
    return replace(k, status="broken")


def _lapse(ctx: Ctx, k: Commitment, c: CrisisState) -> None:
    """A commitment whose crisis ended first: told to its maker alone (it changes nothing)."""
    ctx.emit("commitment", f"Your warning over {crisis_words(c.name)} lapses: the crisis is "
             "over.", (k.nation,), nation=k.nation, crisis=k.crisis, status="expired")


def _spent(ctx: Ctx, k: Commitment, c: CrisisState) -> None:
    """A threat whose maker has done what it promised before its line was crossed is spent:
    the aggressor now faces the deed - the army, the measure - and no longer the promise,
    which neither deters it further (``deterrent``) nor earns or costs its maker anything.
    It stays on record, spent, while its crisis runs (``carried_out``). Told to its maker
    alone. Precedent: China's warning through the Indian ambassador
    (October 1950) that it would enter the war if the UN forces crossed the parallel; once
    its armies had crossed the Yalu, the warning was a war."""
    ctx.emit("commitment", f"Your warning over {crisis_words(c.name)} is spent: you have done "
             "what it promised.", (k.nation,), nation=k.nation, crisis=k.crisis,
             status="expired")


def _order(k: Commitment) -> tuple[int, str, str]:
    return (k.turn, k.nation, k.crisis)


# --- words --------------------------------------------------------------------------------

def crisis_words(name: str) -> str:
    """A crisis's name inside a sentence: 'the Sino-Japanese War', 'Union with Austria'."""
    return "the " + name[4:] if name.startswith("The ") else name


def wording(k: Commitment) -> str:
    """'if it escalates, you intervene': the line and the promise, told to its maker."""
    return f"if it {LINES[k.line]}, you {ACTS[k.promise]}"


def status_line(state: GameState, k: Commitment) -> str:
    """One short line for the crisis panel: who, the line and the promise, since when, or how
    long it has left once called, and its maker's record if it has one."""
    name = state.campaign.nation(k.nation).name
    if k.status == "called":
        left = k.called + DUE - state.turn + 1
        text = f"{name}: LINE CROSSED, must {ACTS[k.promise]} ({left} turn{'s' * (left != 1)} left)"
    else:
        text = f"{name}: if it {LINES[k.line]}, will {ACTS[k.promise]} ({format_month(k.month)})"
    honoured, broken = record(state, k.nation)
    return text + (f" · {honoured} kept, {broken} broken" if honoured or broken else "")
