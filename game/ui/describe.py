"""Human words for actions, resolutions and numbers: button labels and their tooltips."""

from __future__ import annotations

from game.engine.calendar import format_month

KIND_WORDS = {
    "condemn": "Condemn the aggressor", "inquiry": "Send a commission of inquiry",
    "ceasefire": "Call for a ceasefire", "sanctions": "Sanctions",
    "peacekeeping": "Peacekeeping mission", "enforcement": "Authorise enforcement",
    "no_fly_zone": "No-fly zone", "admit": "Admit", "suspend": "Suspend", "expel": "Expel",
    "refer_to_assembly": "Refer to an emergency Assembly session",
    "lift": "Lift a measure in force",
}
KIND_TIPS = {
    "condemn": "Names the aggressor. Cheap; raises clarity and costs the aggressor legitimacy.",
    "inquiry": "A commission reports over several turns and raises the crisis's clarity.",
    "ceasefire": "Calls on both sides to stop; the aggressor weighs it against the gauges.",
    "sanctions": "Economic pressure: bites in proportion to the share of the target's economy "
                 "the sanctioning members cover. Non-members and defectors leak.",
    "peacekeeping": "A mission whose mandate must match the troops pledged to it.",
    "enforcement": "Authorises force against the aggressor: interventions under it cost "
                   "less legitimacy and succeed more often.",
    "no_fly_zone": "Grounds the aggressor's aircraft; needs contributors to enforce it.",
    "admit": "Admits a new member.", "suspend": "Suspends a member's rights.",
    "expel": "Expels a member.",
    "refer_to_assembly": "Uniting for Peace: a procedural vote (no veto) that sends a vetoed "
                         "question to an emergency session of the Assembly.",
    "lift": "Ends a measure this body could impose (sanctions, a no-fly zone, an "
            "authorisation of force): its effects stop. A permanent member can veto it.",
}
TREATY_WORDS = {"alliance": "an alliance", "guarantee": "a guarantee",
                "non_aggression": "a non-aggression pact", "arbitration": "an arbitration treaty"}
VERB_TIPS = {
    "improve": "Diplomatic work: relations improve.",
    "denounce": "A public protest: relations worsen; your stand is on record.",
    "threaten": "A public threat: deterrence up, relations down.",
    "aid": "Economic and military aid: their economy and stability up, relations up.",
    "recognise": "Recognise a new state.",
    "lobby": "Press a member to vote your way on this resolution (private).",
    "emergency": "Uniting for Peace: ask for an emergency special session on a vetoed question.",
    "pledge": "Support with troops or money: money buys weight in the organisation.",
    "boycott": "Stay away from this body: your absence is not a veto.",
    "return": "Take your seat again.",
    "leave": "Walk out of the organisation (where its charter asks for notice, you stay away "
             "until the notice runs out). Its credibility falls.",
    "stay": "Withdraw your notice of withdrawal and take your seats again.",
    "rally": "Rally opinion at home: domestic will up.",
    "rearm": "Rearm: military up; neighbours grow nervous.",
    "invest": "Invest at home: economy and stability up.",
    "mobilise": "Put forces on alert for this crisis: counts towards preponderance.",
    "intervene": "Use force in this crisis, with the best authority in force or without.",
    "close": "Close this chokepoint to the aggressor: its supply line is cut.",
    "escalate": "Press on: the crisis climbs its ladder.",
    "backdown": "Back down: withdraw before the collective acts.",
    "press": "Press this claim by force: a new crisis begins.",
    "accept": "Accept the offer.", "decline": "Decline the offer.",
    "end": "End your orders for this turn.",
}


def nation_name(state, code: str) -> str:
    try:
        return state.campaign.nation(code).name
    except KeyError:
        return code


def body_name(state, target: str) -> str:
    org, _, body = target.partition(".")
    try:
        return state.campaign.org(org).body(body).name
    except KeyError:
        return target


def org_name(state, org: str) -> str:
    try:
        return state.campaign.org(org).name
    except KeyError:
        return org


def crisis_name(state, cid: str) -> str:
    c = state.crises.get(cid)
    return c.name if c else cid


def subject_name(state, subject: str) -> str:
    if subject in state.crises:
        return state.crises[subject].name
    if subject in state.nations:
        return nation_name(state, subject)
    return subject


def resolution_text(state, kind: str, subject: str, params: dict) -> str:
    words = KIND_WORDS.get(kind, kind)
    if kind == "sanctions":
        words = f"{params.get('type', 'economic').capitalize()} sanctions"
    if kind == "peacekeeping":
        words = f"Peacekeeping ({params.get('mandate', 'observe')})"
    if kind == "refer_to_assembly":
        res = state.resolution(subject) if hasattr(state, "resolution") else None
        return f"Refer {subject} to the Assembly" + (
            f" ({resolution_text(state, res.kind, res.subject, dict(res.params))})" if res else "")
    if kind == "lift":
        res = state.resolution(subject) if hasattr(state, "resolution") else None
        return f"Lift {subject}" + (
            f" ({resolution_text(state, res.kind, res.subject, dict(res.params))})" if res else "")
    tail = f" (Article {params['article']})" if "article" in params else ""
    return f"{words}: {subject_name(state, subject)}{tail}"


def action_label(state, action) -> str:
    v, a = action.verb, action.positional()
    p = action.params()
    if v in ("improve", "denounce", "threaten", "aid"):
        word = {"improve": "Improve relations with", "denounce": "Denounce",
                "threaten": "Threaten", "aid": "Send aid to"}[v]
        return f"{word} {nation_name(state, a[0])}"
    if v == "propose":
        return f"Offer {nation_name(state, a[1])} {TREATY_WORDS.get(a[0], a[0])}"
    if v in ("accept", "decline"):
        offer = state.offers.get(a[0])
        if offer:
            return (f"{v.capitalize()} {nation_name(state, offer.sender)}'s offer of "
                    f"{TREATY_WORDS.get(offer.kind, offer.kind)}")
        return f"{v.capitalize()} offer {a[0]}"
    if v == "recognise":
        return f"Recognise {nation_name(state, a[0])}"
    if v == "table":
        return (f"{body_name(state, a[0])}: "
                f"{resolution_text(state, a[1], a[2], p)}")
    if v == "lobby":
        return f"Lobby {nation_name(state, a[0])} on {a[1]}"
    if v == "emergency":
        return f"Emergency Assembly session on vetoed {a[0]}"
    if v == "pledge":
        if a[0] == "money":
            return f"Pledge money to the {org_name(state, a[1])}"
        m = state.missions.get(a[1])
        where = crisis_name(state, m.crisis) if m else a[1]
        return f"Pledge troops to mission {a[1]} ({where})"
    if v in ("boycott", "return"):
        return f"{'Boycott' if v == 'boycott' else 'Return to'} the {body_name(state, a[0])}"
    if v == "leave":
        return f"Leave the {org_name(state, a[0])}"
    if v == "stay":
        return f"Withdraw the notice: stay in the {org_name(state, a[0])}"
    if v in ("rally", "rearm", "invest"):
        return {"rally": "Rally opinion at home", "rearm": "Rearm",
                "invest": "Invest in the economy"}[v]
    if v in ("mobilise", "intervene", "escalate", "backdown"):
        word = {"mobilise": "Mobilise for", "intervene": "Intervene in",
                "escalate": "Escalate", "backdown": "Back down in"}[v]
        return f"{word} {crisis_name(state, a[0])}"
    if v == "close":
        cp = next((c for c in state.campaign.chokepoints if c.id == a[0]), None)
        return f"Close the {cp.name if cp else a[0]}"
    if v == "press":
        d = state.campaign.nation(action.nation)
        claim = next((c for c in d.claims if c.id == a[0]), None)
        return f"Press the claim: {claim.name if claim else a[0]}"
    if v == "end":
        return "End turn"
    if v == "choose":
        try:
            ev = state.campaign.event(a[0])
            opt = next(o for o in ev.choice.options if o.id == a[1])
            return opt.label
        except (KeyError, StopIteration, AttributeError):
            return f"Choose {a[1]}"
    if v == "vote":
        return f"Vote {a[1]} on {a[0]}"
    return action.text()


def action_tip(state, action, reason: str | None = None) -> str:
    from game.engine.legal import COST, WILL_NEEDED

    v = action.verb
    tip = VERB_TIPS.get(v, "")
    if v == "table":
        tip = KIND_TIPS.get(action.positional()[1], "Table a resolution.")
    cost = COST.get(v, 0)
    parts = [tip] if tip else []
    if cost:
        parts.append(f"Costs {cost} diplomatic capital.")
    need = WILL_NEEDED.get(v)
    if need and not (v == "pledge" and action.args and action.args[0] != "troops"):
        parts.append(f"Needs domestic will of at least {need}.")
    if reason:
        parts.append(f"Not possible now: {reason}.")
    return " ".join(parts)


def date_text(state) -> str:
    return format_month(state.month)
