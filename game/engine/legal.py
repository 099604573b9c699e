"""What a nation may do now: every candidate action with the reason it is barred, if it is.

One function feeds the UI's buttons (greyed out with the reason), the AI and ``apply``'s
check, so they can never disagree. The order is stable: by group, then as generated.
"""

from __future__ import annotations

from collections.abc import Collection

from .actions import Action, act
from .bodies import assembly_of, body_def, is_absent, seated
from .calendar import format_month
from .model import LIFTABLE_KINDS, MANDATES, SANCTION_TYPES, TREATY_KINDS
from .state import CrisisState, GameState

COST = {"end": 0, "choose": 0, "vote": 0, "improve": 1, "denounce": 1, "threaten": 1,
        "aid": 2, "propose": 2, "accept": 0, "decline": 0, "recognise": 1, "table": 2,
        "lobby": 1, "emergency": 2, "pledge": 1, "boycott": 1, "return": 0, "leave": 1,
        "stay": 1,
        "rally": 2, "rearm": 2, "invest": 2, "mobilise": 1, "intervene": 3, "close": 2,
        "escalate": 1, "backdown": 0, "press": 3}

WILL_NEEDED = {"mobilise": 20, "pledge": 30, "intervene": 40, "press": 35}
CRISIS_KINDS_OF_RESOLUTION = ("condemn", "inquiry", "ceasefire", "sanctions", "peacekeeping",
                              "enforcement", "no_fly_zone")
ONCE_A_TURN = frozenset(COST) - {"end", "choose", "vote", "accept", "decline"}
"""Orders given at most once a turn per first argument (one tabling per body, and so on)."""

Option = tuple[Action, str | None]


def key_of(action: Action) -> str:
    """The key that stops an order from being given twice in one turn."""
    first = action.args[0] if action.args else ""
    return f"{action.nation} {action.verb} {first}"


def options(state: GameState, nation: str, focus: Action | None = None,
            among: Collection[str] | None = None) -> list[Option]:
    """Every action the nation could take in this phase, each with None or why not.

    With ``focus``, only candidates that could equal that action are built (a fast check);
    with ``among``, only those whose other nation is one of these (the AI's short list).
    """
    n = state.nations.get(nation)
    if n is None or not n.exists or state.phase == "over":
        return []
    if state.phase == "voting":
        return [(act(nation, "vote", rid, b), None) for rid in state.ballots_owed(nation)
                for b in ("yes", "no", "abstain", "absent")]
    if nation in state.done:
        return []
    if state.phase == "debate":
        out = [(act(nation, "end"), None), *_lobbying(state, nation, focus, among)]
        return [(a, reason or _affordable(state, a, frozenset(state.acted))) for a, reason in out]
    out: list[Option] = []
    for family, generate in FAMILIES:
        if focus is None or focus.verb in family:
            out += generate(state, nation, focus, among)
    acted = frozenset(state.acted)
    return [(a, reason or _affordable(state, a, acted)) for a, reason in out]


def legal_actions(state: GameState, nation: str,
                  among: Collection[str] | None = None) -> list[Action]:
    return [a for a, reason in options(state, nation, among=among) if reason is None]


def why_not(state: GameState, action: Action) -> str | None:
    """None if legal now, else the reason (the same words the UI shows)."""
    for candidate, reason in options(state, action.nation, action):
        if candidate == action:
            return reason
    if state.phase == "over":
        return "the campaign is over"
    if action.nation in state.done:
        return "this nation has already ended its turn"
    return f"not available now (in the {state.phase} phase)"


def _turn(state: GameState, nation: str, focus: Action | None,
          among: Collection[str] | None) -> list[Option]:
    out: list[Option] = []
    pending = state.choices.get(nation, ())
    for event_id in pending:
        for opt in state.campaign.event(event_id).choice.options:
            out.append((act(nation, "choose", event_id, opt.id), None))
    out.append((act(nation, "end"), "answer the pending event first" if pending else None))
    for offer in state.offers.values():
        if offer.receiver == nation and offer.status == "pending":
            out += [(act(nation, "accept", offer.id), None),
                    (act(nation, "decline", offer.id), None)]
    return out


def _domestic(state: GameState, nation: str, focus: Action | None,
              among: Collection[str] | None) -> list[Option]:
    return [(act(nation, v), None) for v in ("rally", "rearm", "invest")]


def _affordable(state: GameState, action: Action, acted: frozenset[str]) -> str | None:
    if action.verb in ONCE_A_TURN and key_of(action) in acted:
        return "already ordered this turn"
    cost = COST[action.verb]
    have = state.nations[action.nation].capital
    if cost > have:
        return f"needs {cost} diplomatic capital, {have} left"
    need = WILL_NEEDED.get(action.verb)
    if action.verb == "pledge" and action.args[0] != "troops":
        need = None
    will = state.nations[action.nation].will
    if need and will < need:
        return f"domestic will {will} is below the {need} this needs"
    return None


def _diplomacy(state: GameState, nation: str, focus: Action | None,
               among: Collection[str] | None) -> list[Option]:
    out: list[Option] = []
    others = [c for c in state.existing() if c != nation
              and (focus is None or c == focus.args[-1]) and (among is None or c in among)]
    treaties = {(t.kind, *sorted((t.a, t.b))) for t in state.treaties}
    offers = {(o.kind, *sorted((o.sender, o.receiver))) for o in state.offers.values()
              if o.status == "pending"}
    for other in others:
        out += [(act(nation, v, other), None) for v in ("improve", "denounce", "threaten", "aid")]
    for other in others:
        for kind in TREATY_KINDS:
            reason = None
            key = (kind, *sorted((nation, other)))
            if key in treaties:
                reason = "this treaty is already in force"
            elif key in offers:
                reason = "an offer is already on the table"
            out.append((act(nation, "propose", kind, other), reason))
    for other in others:
        d = state.campaign.nation(other)
        if d.exists_from is not None and other not in state.nations[nation].recognised:
            out.append((act(nation, "recognise", other), None))
    return out


def _organisations(state: GameState, nation: str, focus: Action | None,
                   among: Collection[str] | None) -> list[Option]:
    out: list[Option] = []
    active = [c for c in state.crises.values() if c.active]
    for org_id, org in state.orgs.items():
        if nation not in org.members:
            continue
        odef = state.campaign.org(org_id)
        leaving = org.notice(nation)
        for bdef in odef.bodies:
            sits = nation in seated(state, org_id, bdef.id) and leaving is None
            if bdef.seats is not None and leaving is None:  # under notice: away from all
                if is_absent(state, nation, org_id, bdef.id):
                    out.append((act(nation, "return", f"{org_id}.{bdef.id}"), None))
                elif sits:
                    out.append((act(nation, "boycott", f"{org_id}.{bdef.id}"), None))
            if focus is None or (focus.verb == "table"
                                 and focus.args[0] == f"{org_id}.{bdef.id}"):
                out += _tablings(state, nation, org_id, bdef.id, active, focus, among,
                                 None if sits else "you have given notice of withdrawal"
                                 if leaving is not None else "you hold no seat in this body")
        out.append((act(nation, "pledge", "money", org_id), None))
        if leaving is None:
            out.append((act(nation, "leave", org_id), None))
        else:
            out.append((act(nation, "leave", org_id),
                        f"notice already given: you leave in {format_month(leaving)}"))
            out.append((act(nation, "stay", org_id), None))
        assembly = assembly_of(odef)
        for res in state.archive[-30:]:
            if res.org == org_id and res.status == "vetoed" and res.turn >= state.turn - 1:
                reason = None
                if assembly is None or assembly.emergency_from is None:
                    reason = "this organisation has no emergency session procedure"
                elif state.month < assembly.emergency_from:
                    reason = "Uniting for Peace is not yet in force"
                elif _referred(state, res.id):
                    reason = "already sent to the assembly"
                elif res.kind == "lift":
                    reason = "a recommendation cannot lift what the council decided"
                out.append((act(nation, "emergency", res.id), reason))
    for mission in state.missions.values():
        if mission.status == "active":
            reason = None if nation in state.orgs[mission.org].members else "not a member"
            if nation == state.crises[mission.crisis].aggressor:
                reason = "a party cannot keep this peace"
            out.append((act(nation, "pledge", "troops", mission.id), reason))
    return out


def _lobbying(state: GameState, nation: str, focus: Action | None,
              among: Collection[str] | None) -> list[Option]:
    """In the debate before a vote, a member may press any other seat on a draft of its
    organisation's agenda."""
    out: list[Option] = []
    for res in state.resolutions.values():
        if res.status != "tabled" or nation not in state.orgs[res.org].members:
            continue
        for other in seated(state, res.org, res.body):
            if other != nation and (among is None or other in among):
                out.append((act(nation, "lobby", other, res.id), None))
    return out


def lapsed(state: GameState, action: Action) -> str | None:
    """Why an order given this phase can no longer be carried out now that the phase's
    orders are resolved together (another's order, resolved before it, changed the world),
    or None. An answer to an event always stands."""
    if action.verb == "choose":
        return None
    generators = [g for family, g in FAMILIES if action.verb in family]
    if action.verb == "lobby":
        generators = [_lobbying]
    for generate in generators:
        for candidate, reason in generate(state, action.nation, action, None):
            if candidate == action:
                return reason
    return "no longer possible"


def _referred(state: GameState, res_id: str) -> bool:
    """Already sent to the assembly, or a motion to send it is on the agenda."""
    every = (*state.archive, *state.resolutions.values())
    return any(r.emergency and r.param("from") == res_id for r in every) or any(
        r.kind == "refer_to_assembly" and r.subject == res_id and r.status == "tabled"
        for r in state.resolutions.values())


def _tablings(state: GameState, nation: str, org: str, body: str, active: list[CrisisState],
              focus: Action | None, among: Collection[str] | None,
              seat_reason: str | None) -> list[Option]:
    bdef = body_def(state, org, body)
    out: list[Option] = []
    target = f"{org}.{body}"
    tabled = {(r.kind, r.subject) for r in state.resolutions.values()
              if r.status == "tabled" and r.org == org and r.body == body}
    subject_only = focus.args[2] if focus is not None else None

    def add(kind: str, subject: str, *params: str, power: str | None = None) -> None:
        if (power or kind) not in bdef.powers:
            return
        reason = seat_reason
        if (kind, subject) in tabled:
            reason = "already on the agenda"
        elif subject in state.crises and _in_force(state.crises[subject], org, kind, params):
            reason = ("a condemnation stands until the crisis changes" if kind == "condemn"
                      else "already in force: the measure cannot be stacked")
        out.append((act(nation, "table", target, kind, subject, *params), reason))

    if subject_only is not None:
        active = [c for c in active if c.id == subject_only]
    for c in active:
        for kind in CRISIS_KINDS_OF_RESOLUTION:
            if kind == "sanctions":
                for t in SANCTION_TYPES:
                    add(kind, c.id, f"type={t}")
            elif kind == "peacekeeping":
                for mandate in MANDATES:
                    add(kind, c.id, f"mandate={mandate}")
            elif kind in ("inquiry",) and c.inquiry:
                continue
            else:
                add(kind, c.id)
        if bdef.rule == "unanimity" and c.article == 11:
            add("condemn", c.id, "article=15")
    for crisis in state.crises.values():
        for m in crisis.measures:
            if m.org == org and m.kind in LIFTABLE_KINDS and (
                    subject_only is None or subject_only == m.resolution):
                add("lift", m.resolution, power=m.kind)
    members = state.orgs[org].members
    for other in state.existing():
        if other == nation or subject_only is not None and other != subject_only or (
                among is not None and other not in among):
            continue
        if other not in members:
            add("admit", other)
        else:
            add("expel", other)
            if other not in state.orgs[org].suspended:
                add("suspend", other)
    if bdef.rule == "security_council":
        for res in state.archive[-30:]:
            if (res.org == org and res.status == "vetoed" and res.turn >= state.turn - 1
                    and res.kind != "lift" and not _referred(state, res.id)):
                assembly = assembly_of(state.campaign.org(org))
                if assembly and assembly.emergency_from and state.month >= assembly.emergency_from:
                    add("refer_to_assembly", res.id)
    return out


def _in_force(crisis: CrisisState, org: str, kind: str, params: tuple[str, ...]) -> bool:
    """The same measure (kind and terms) of this organisation still stands in the crisis; a
    condemnation stands only until the crisis climbs past the stage it condemned."""
    wanted = tuple(sorted(tuple(p.split("=", 1)) for p in params))
    for m in crisis.measures:
        terms = tuple(sorted(p for p in m.params if p[0] != "stage"))
        if m.org != org or m.kind != kind or terms != wanted:
            continue
        if kind != "condemn" or crisis.stage <= int(m.param("stage", "0") or 0):
            return True
    return False


def _military(state: GameState, nation: str, focus: Action | None,
              among: Collection[str] | None) -> list[Option]:
    out: list[Option] = []
    n = state.nations[nation]
    for c in state.crises.values():
        if not c.active:
            continue
        if c.aggressor == nation:
            out.append((act(nation, "escalate", c.id),
                        "already at total war" if c.stage >= 4 else None))
            out.append((act(nation, "backdown", c.id), None))
            continue
        if nation in c.victims:
            continue  # a victim defends itself already: it fights with all it has
        out.append((act(nation, "mobilise", c.id),
                    "already mobilised" if c.id in n.mobilised else None))
        reason = None
        if any(x == nation for x, _ in c.interveners):
            reason = "already intervening"
        elif c.stage < 2:
            reason = "there is no fighting to intervene in yet"
        elif n.military < 10:
            reason = "too weak to intervene"
        out.append((act(nation, "intervene", c.id), reason))
    dnation = state.campaign.nation(nation)
    for point in dnation.controls:
        crises = [c for c in state.crises.values()
                  if c.active and c.chokepoint == point and point not in c.closed]
        out.append((act(nation, "close", point),
                    None if crises else "no aggressor depends on it now"))
    at_war = any(c.active and c.aggressor == nation for c in state.crises.values())
    for claim in dnation.claims:
        if claim.id in n.pressed:
            continue
        reason = None
        if not state.nations[claim.target].exists:
            reason = f"{state.campaign.nation(claim.target).name} no longer exists"
        elif at_war:
            reason = "already pressing another crisis"
        elif n.orientation < 40:
            reason = "your government does not seek changes by force"
        out.append((act(nation, "press", claim.id), reason))
    return out


FAMILIES = (
    (frozenset({"end", "choose", "accept", "decline"}), _turn),
    (frozenset({"improve", "denounce", "threaten", "aid", "propose", "recognise"}), _diplomacy),
    (frozenset({"table", "boycott", "return", "pledge", "leave", "stay", "emergency"}),
     _organisations),
    (frozenset({"rally", "rearm", "invest"}), _domestic),
    (frozenset({"mobilise", "intervene", "close", "escalate", "backdown", "press"}), _military),
)
