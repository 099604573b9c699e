"""The turn summary: what changed since the player last gave orders, and why.

``Mark`` notes where things stood (the chronicle's length, the ledger's length, the numbers the
player watches); ``summary_html`` compares a later state with it and explains each change from
the engine's records: ``tension`` events carry their causes, the ledger the causes of a nation's
will and legitimacy, ``credibility`` events the organisations' gains and losses.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.ui.map_modes import stage_name
from game.ui.scenes.base import esc

STATS = (("will", "Domestic will"), ("legitimacy", "Legitimacy"), ("economy", "Economy"),
         ("military", "Military"))
ALWAYS = ("will", "legitimacy")
"""Stats always listed; the others only when they moved (the price of sanctions, rearmament,
casualties)."""
MAX_CAUSES = 6


@dataclass(frozen=True)
class Mark:
    """Where things stood when the player last saw the summary (or the game began)."""

    events: int
    ledger: int
    turn: int
    tension: int
    stats: tuple[tuple[str, int], ...]
    credibility: tuple[tuple[str, int], ...]
    stages: tuple[tuple[str, int], ...] = ()
    """The active crises' stages: a stage moved by an event's text (an offer that calms a
    crisis) leaves no event of its own to name it."""


def mark(state, player: str | None, events: int) -> Mark:
    n = state.nations.get(player) if player else None
    return Mark(events, len(state.ledger), state.turn, state.tension,
                tuple((k, getattr(n, k)) for k, _ in STATS) if n else (),
                tuple((o.id, o.credibility) for o in state.orgs.values()),
                tuple((c.id, c.stage) for c in state.crises.values() if c.active))


def summed(pairs) -> list[tuple[str, int]]:
    """(cause, delta) pairs added up per cause, largest first; causes that cancel out go."""
    total: dict[str, int] = {}
    for cause, delta in pairs:
        total[cause] = total.get(cause, 0) + delta
    return sorted(((c, d) for c, d in total.items() if d), key=lambda x: (-abs(x[1]), x[0]))


def _movement(label: str, before: int, after: int, causes: list[tuple[str, int]]) -> str:
    change = after - before
    head = (f"<b>{esc(label)}</b> {before} to {after} ({change:+d})" if change else
            f"<b>{esc(label)}</b> unchanged at {after}")
    rows = [f"&nbsp;&nbsp;{d:+d}&nbsp;&nbsp;{esc(c)}" for c, d in causes[:MAX_CAUSES]]
    if len(causes) > MAX_CAUSES:
        rest = sum(d for _, d in causes[MAX_CAUSES:])
        rows.append(f"&nbsp;&nbsp;{rest:+d}&nbsp;&nbsp;<i>{len(causes) - MAX_CAUSES} smaller "
                    "causes</i>")
    return "<br>".join([head, *rows])


def changes_since(state, since: Mark) -> list:
    """The ledger's entries since ``since``: the rest of the turn it was taken in (now in
    ``last_ledger``) and this turn's, or only this turn's part after it."""
    if state.turn == since.turn:
        return list(state.ledger[since.ledger:])
    return [*state.last_ledger[since.ledger:], *state.ledger]


def summary_html(state, player: str | None, events: list, since: Mark) -> str:
    """Tension with its causes, the player's will and legitimacy (and economy and military
    when they moved), the organisations' credibility, a norm endorsed (the responsibility to
    protect) and the crises that began, changed stage or ended, since ``since``."""
    parts = []
    tension = [(e.get("cause", "?"), e.get("delta", 0)) for e in events if e.kind == "tension"]
    parts.append(_movement("World tension", since.tension, state.tension, summed(tension)))
    if player and player in state.nations and since.stats:
        n = state.nations[player]
        ledger = changes_since(state, since)
        for key, label in STATS:
            causes = summed((c.cause, c.delta) for c in ledger
                            if c.nation == player and c.stat == key)
            if key not in ALWAYS and getattr(n, key) == dict(since.stats).get(key):
                continue
            parts.append(_movement(f"Your {label.lower()}", dict(since.stats)[key],
                                   getattr(n, key), causes))
    before = dict(since.credibility)
    cred_lines = []
    for org_id, org in state.orgs.items():
        old = before.get(org_id, org.credibility)
        if org.credibility != old:
            name = state.campaign.org(org_id).name
            why = [esc(e.text) for e in events if e.kind == "credibility"
                   and e.get("org") == org_id]
            cred_lines.append(f"<b>{esc(name)}</b> {old} to {org.credibility} "
                              f"({org.credibility - old:+d})"
                              + "".join(f"<br>&nbsp;&nbsp;{w}" for w in why[:MAX_CAUSES]))
    if cred_lines:
        parts.append("<b>Credibility of the organisations</b><br>" + "<br>".join(cred_lines))
    endorsed = [esc(e.text) for e in events if e.kind == "norm"]
    if endorsed:
        parts.append("<b>A norm endorsed</b><br>" + "<br>".join(endorsed))
    begun = [esc(e.text) for e in events if e.kind == "crisis_start"]
    moved = [esc(e.text) for e in events if e.kind == "crisis" and e.get("stage") is not None]
    told = {e.get("crisis") for e in events if e.kind in ("crisis", "crisis_start")
            and e.get("stage") is not None}
    moved += [f"{esc(c.name)}: from {stage_name(was)} to {stage_name(c.stage)}"
              for cid, was in since.stages
              if (c := state.crises.get(cid)) is not None and c.active and c.stage != was
              and cid not in told]
    ended = [esc(e.text) for e in events if e.kind == "crisis_end"]
    for heading, lines in (("Crises begun", begun), ("Crises that changed stage", moved),
                           ("Crises ended", ended)):
        if lines:
            parts.append(f"<b>{heading}</b><br>" + "<br>".join(lines))
    if not (begun or moved or ended):
        parts.append("<i>No crisis began, changed stage or ended.</i>")
    return "<br><br>".join(parts)
