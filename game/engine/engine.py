"""The two entry points of the rules: ``new_game`` and ``apply``."""

from __future__ import annotations

from .actions import Action
from .bodies import members_at
from .context import Ctx, crisis_from_def
from .errors import IllegalAction
from .events import Event
from .fortune import cast
from .legal import why_not
from .model import Campaign
from .orders import claim_crisis_id, give
from .scoring import compute_scores
from .state import CrisisState, GameState, NationState, OrgState, Treaty, clamp, pair
from .turn import advance, news, snapshot


def new_game(campaign: Campaign, seed: int = 1) -> GameState:
    """The state at the start of the campaign, after the first turn's news."""
    return begin(campaign, seed)[0]


def begin(campaign: Campaign, seed: int = 1) -> tuple[GameState, list[Event]]:
    """``new_game`` with the events of the first turn's news, for the chronicle."""
    start = campaign.start
    nations = {
        d.code: NationState(
            d.code, d.military, d.economy, d.will, d.legitimacy, d.stability, d.orientation,
            exists=(d.exists_from is None or d.exists_from <= start)
            and (d.exists_until is None or start < d.exists_until))
        for d in campaign.nations
    }
    orgs = {
        o.id: OrgState(o.id, o.credibility, o.budget,
                       tuple(n for n in members_at(o, start) if nations[n].exists))
        for o in campaign.organisations
    }
    crises: dict[str, CrisisState] = {d.id: crisis_from_def(d) for d in campaign.crises}
    for d in campaign.nations:
        for claim in d.claims:
            cid = claim_crisis_id(d.code, claim.id)
            if cid in crises:
                continue  # the author wrote this claim's crisis out in full
            crises[cid] = CrisisState(
                cid, claim.name, "interstate_aggression", d.code, (claim.target,), "", 11,
                claim.stake, 2, 70, 60, region=claim.region,
                location=campaign.nation(claim.target).capital_lonlat,
                across_sea=claim.across_sea)
    state = GameState(
        campaign=campaign, seed=seed, turn=0, month=start, phase="orders", nations=nations,
        relations=initial_relations(campaign), orgs=orgs, crises=crises, resolutions={},
        missions={}, offers={}, treaties=tuple(Treaty(t.kind, t.a, t.b, start)
                                               for t in campaign.treaties),
        flags=tuple(sorted(set(campaign.flags))), fired=(), tension=campaign.tension)
    ctx = Ctx(state)
    cast(ctx)
    news(ctx)
    state.scores = compute_scores(state)
    state.history = (snapshot(state),)
    return state, ctx.events


def initial_relations(campaign: Campaign) -> dict[tuple[str, str], int]:
    """Unlisted pairs start from shared ideology and bloc; listed ones as the campaign says."""
    rel: dict[tuple[str, str], int] = {}
    codes = [d.code for d in campaign.nations]
    for i, a in enumerate(codes):
        da = campaign.nation(a)
        for b in codes[i + 1:]:
            db = campaign.nation(b)
            value = 0
            if da.ideology == db.ideology:
                value += 15
            if da.bloc == db.bloc and da.bloc != "none":
                value += 20
            value -= abs(da.orientation - db.orientation) // 5
            rel[pair(a, b)] = clamp(value, -100, 100)
    for r in campaign.relations:
        rel[pair(r.a, r.b)] = r.value
    return rel


def apply(state: GameState, action: Action, *,
          legal: bool = False) -> tuple[GameState, list[Event]]:
    """The state after ``action`` and the events it caused; ``state`` itself is unchanged.

    Raises IllegalAction, with the reason, for anything ``legal_actions`` would not offer.
    ``legal``: the caller has just found ``why_not(state, action)`` None on this very
    state (the AI planner checks each action it takes), so it is not asked twice.
    """
    after, events, _ = play(state, action, legal=legal)
    return after, events


def play(state: GameState, action: Action, *,
         legal: bool = False) -> tuple[GameState, list[Event], str | None]:
    """``apply``, and the nation that must act next on the new state when the engine found
    it on the way (None: not known, ask ``next_to_act``): the session asks after every
    action, and in a vote or a debate the answer means counting every seat again."""
    reason = None if legal else why_not(state, action)
    if reason is not None:
        raise IllegalAction(action, reason)
    ctx = Ctx(state.copy())
    give(ctx, action)
    advance(ctx)
    return ctx.state, ctx.events, ctx.next
