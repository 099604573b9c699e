"""Stances: bounds a campaign author sets on an AI nation's ballots, and the organisations it
never leaves (docs/ai.md, "Stances").

The AI weighs a draft as always; its ballot is then clamped to the stances that apply. The
AI's vote (``policy.Mind.ballot``) and the vote forecast (``forecast``) both clamp with
``bounded``, so the forecast predicts what the AI will do. Stances bind AI seats only.
"""

from __future__ import annotations

from game.engine.actions import Action
from game.engine.bodies import permanent_members
from game.engine.model import PROCEDURAL_KINDS, STANCE_BALLOTS, NationDef, Stance
from game.engine.orders.organisations import vetoes
from game.engine.state import GameState, Resolution
from game.engine.wording import the_org

WORDS = {"yes": "a yes", "abstain": "an abstention", "no": "a no"}


def crisis_about(s: GameState, res: Resolution) -> str | None:
    """The id of the crisis a resolution is about: its subject, the crisis of a lifted
    measure, or that of the draft a referral sends to the assembly."""
    if res.kind == "refer_to_assembly":
        inner = s.resolution(res.subject)
        return crisis_about(s, inner) if inner is not None else None
    if res.kind == "lift":
        found = s.measure(res.subject)
        return found[0].id if found else None
    return res.subject if res.subject in s.crises else None


def applies(st: Stance, s: GameState, res: Resolution) -> bool:
    """Whether the stance bounds this nation's ballot on ``res`` this month."""
    return ((st.kind in ("any", res.kind)) and st.holds(s.month)
            and (st.crisis is None or st.crisis == crisis_about(s, res))
            and (st.org is None or st.org == res.org))


def bounded(s: GameState, nation: str, res: Resolution, ballot: str) -> tuple[str, str]:
    """The AI's ballot clamped to ``nation``'s stances on ``res``, applied in the order the
    campaign lists them (a later one wins a conflict), and the stated policy that changed
    it ("" when none did). A sponsor or co-sponsor votes yes on its draft, unless a stance
    says otherwise."""
    d = s.campaign.nation(nation)
    why = ""
    if nation in (res.sponsor, *res.cosponsors) and ballot != "yes":
        # a government that put its name to a draft votes for it (Venezuela co-sponsoring
        # the OAS's drafts on the Falklands and then abstaining was a fault)
        ballot, why = "yes", "we put our name to this draft"
    if ballot == "no" and _veto_withheld(s, nation, res):
        ballot, why = "abstain", _veto_policy(s, d, res)
    for st in d.stances:
        if not applies(st, s, res):
            continue
        rank = STANCE_BALLOTS.index(ballot)
        low, high = STANCE_BALLOTS.index(st.at_least), STANCE_BALLOTS.index(st.at_most)
        clamped = STANCE_BALLOTS[min(max(rank, low), high)]
        if clamped != ballot:
            ballot, why = clamped, policy(s, d, st)
    return ballot, why


def _veto_withheld(s: GameState, nation: str, res: Resolution) -> bool:
    """Its no would be a veto, and its ``veto`` steering rules that veto out."""
    if (s.campaign.org(res.org).body(res.body).rule != "security_council"
            or res.kind in PROCEDURAL_KINDS
            or nation not in permanent_members(s, res.org, res.body)):
        return False
    return not vetoes(s, nation, target_of(s, res), crisis_about(s, res))


def target_of(s: GameState, res: Resolution) -> str | None:
    """The nation a draft is aimed at: a crisis's aggressor, the member to be expelled or
    suspended; None for a draft aimed at no one (an admission, a lifting)."""
    if res.kind in ("expel", "suspend"):
        return res.subject
    crisis = s.crises.get(res.subject)
    return crisis.aggressor if crisis is not None and res.kind != "lift" else None


def _veto_policy(s: GameState, d: NationDef, res: Resolution) -> str:
    """The veto steering as the nation states it, for its reasons."""
    target = target_of(s, res)
    policy = s.campaign.steer(d.code, crisis_about(s, res)).veto
    if policy == "never" or target is None:
        return "our stated policy: we do not use our veto"
    whom = "our bloc" if policy == "bloc" else "our bloc and our friends"
    return (f"our stated policy: we veto only to shield {whom}, and "
            f"{s.campaign.nation(target).name} is not among them")


def stated(s: GameState, nation: str, res: Resolution, weighed: str,
           cast: str | None) -> list[str]:
    """The stated policy that explains ``cast``, when the nation's stances turn the ballot it
    weighed into it (an explanation given after the vote, without the vote's noise)."""
    bound, why = bounded(s, nation, res, weighed)
    return [why] if why and bound == cast else []


def policy(s: GameState, d: NationDef, st: Stance) -> str:
    """The stance as the nation states it, for its reasons."""
    if st.why:
        return f"our stated policy: {st.why}"
    what = "any resolution" if st.kind == "any" else f"{st.kind.replace('_', ' ')} resolutions"
    if st.crisis is not None and st.crisis in s.crises:
        what += f" on {s.crises[st.crisis].name}"
    if st.org is not None:
        what += f" in {the_org(s.campaign, st.org)}"
    bounds = []
    if st.at_most != "yes":
        bounds.append(f"at most {WORDS[st.at_most]}")
    if st.at_least != "no":
        bounds.append(f"at least {WORDS[st.at_least]}")
    return f"our stated policy: {' and '.join(bounds) or 'any ballot'} on {what}"


def forbids(s: GameState, action: Action) -> bool:
    """Whether the acting nation's stances rule out ``action`` for the AI: giving notice to
    leave an organisation it stays in."""
    return (action.verb == "leave"
            and action.args[0] in s.campaign.nation(action.nation).stays_in)
