"""Who sits in a body on a given date, and what it takes to carry a vote there."""

from __future__ import annotations

from .model import IMPORTANT_KINDS, PROCEDURAL_KINDS, BodyDef, OrgDef, Threshold
from .state import CrisisState, GameState, Resolution
from .voting import Decision, decide


def body_def(state: GameState, org: str, body: str) -> BodyDef:
    return state.campaign.org(org).body(body)


def seated(state: GameState, org: str, body: str) -> list[str]:
    """Nations holding a seat (and a vote) in ``org.body`` now, in a stable order."""
    ostate = state.orgs[org]
    bdef = body_def(state, org, body)
    cache = bdef.__dict__.setdefault("_seated", {})
    key = (state.month, ostate.members, ostate.suspended)
    if key not in cache:
        if len(cache) > 256:
            cache.clear()
        cache[key] = _seated(bdef, *key)
    return list(cache[key])


def _seated(bdef: BodyDef, month: int, members: tuple[str, ...],
            suspended: tuple[str, ...]) -> tuple[str, ...]:
    """Pure, so it can be memoised on the body: members leave organisations when they cease to
    exist."""
    voting = [m for m in members if m not in suspended]
    if bdef.seats is None:
        return tuple(voting)
    holders: list[str] = []
    for span in bdef.seats:
        if span.holds(month) and span.nation in voting and span.nation not in holders:
            holders.append(span.nation)
    return tuple(holders)


def permanent_members(state: GameState, org: str, body: str) -> frozenset[str]:
    bdef = body_def(state, org, body)
    return frozenset(s.nation for s in bdef.seats or () if s.permanent and s.holds(state.month))


def threshold(bdef: BodyDef, month: int) -> Threshold | None:
    """The seats-and-votes rule in force (11 and 7 until 1965, 15 and 9 after)."""
    current = None
    for t in sorted(bdef.thresholds, key=lambda t: t.start):
        if t.start <= month:
            current = t
    return current


def is_absent(state: GameState, nation: str, org: str, body: str) -> bool:
    """Staying away from the body, or from all of them while under notice of withdrawal."""
    o = state.orgs[org]
    return (nation, body) in o.boycotts or o.notice(nation) is not None


def assembly_of(odef: OrgDef) -> BodyDef | None:
    """The body where every member sits (where an emergency session can meet)."""
    for b in odef.bodies:
        if b.seats is None:
            return b
    return None


def members_at(odef: OrgDef, month: int) -> list[str]:
    """Campaign membership on a date (before play changes it)."""
    out: list[str] = []
    for span in odef.members:
        if span.holds(month) and span.nation not in out:
            out.append(span.nation)
    return out


def crisis_of(s: GameState, res: Resolution) -> CrisisState | None:
    """The crisis a resolution is about: its subject, or for a lifting the crisis of the
    measure (so under Article 15 the parties do not vote on lifting either)."""
    if res.kind == "lift":
        found = s.measure(res.subject)
        return found[0] if found else None
    return s.crises.get(res.subject)


def left_out(s: GameState, res: Resolution) -> frozenset[str]:
    """The parties whose votes do not count: the League's unanimity under Article 15."""
    crisis = crisis_of(s, res)
    bdef = body_def(s, res.org, res.body)
    if crisis is None or bdef.rule != "unanimity":
        return frozenset()
    if int(res.param("article") or crisis.article) != 15:
        return frozenset()
    return frozenset(crisis.parties)


def count(s: GameState, res: Resolution, ballots: dict[str, str],
          month: int | None = None) -> Decision:
    """How ``res``'s body decides with these ballots: its rule and threshold in ``month`` (now
    by default), its permanent members, procedural and important questions, and the parties
    left out. The session, the forecast and the credit for a deciding vote all count here."""
    bdef = body_def(s, res.org, res.body)
    limit = threshold(bdef, s.month if month is None else month)
    return decide(bdef.rule, ballots, permanent=permanent_members(s, res.org, res.body),
                  votes_needed=limit.votes if limit else 0,
                  procedural=res.kind in PROCEDURAL_KINDS,
                  important=res.kind in IMPORTANT_KINDS or res.emergency,
                  excluded=left_out(s, res))
