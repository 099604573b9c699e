"""Names in words for the orders' labels and tooltips, and a resolution in words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..norms import NORMS
from ..wording import running
from ..state import Resolution

if TYPE_CHECKING:
    from ..state import Readable

KIND_WORDS = {
    "condemn": "Condemn the aggressor", "inquiry": "Send a commission of inquiry",
    "ceasefire": "Call for a ceasefire", "sanctions": "Sanctions",
    "peacekeeping": "Peacekeeping mission", "enforcement": "Authorise enforcement",
    "no_fly_zone": "No-fly zone", "admit": "Admit", "suspend": "Suspend", "expel": "Expel",
    "refer_to_assembly": "Refer to an emergency Assembly session",
    "refer_to_court": "Refer to a criminal court", "peacebuilding": "Peacebuilding mission",
    "preventive_deployment": "Preventive deployment",
    "lift": "Lift a measure in force", "endorse": "Endorse",
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
    "refer_to_court": "Refers the crisis to the International Criminal Court (or, before the "
                      "body's ICC date, an ad hoc tribunal): clarity rises, the accused's "
                      "resolve falls every turn; those who vote for it lose relations with it.",
    "peacebuilding": "After a settlement or withdrawal: disarmament, elections, institutions. "
                     "It lowers the chance the crisis relapses, more with the money pledged to "
                     "it; its mandate is renewed by vote.",
    "preventive_deployment": "Before the violence: troops deployed to deter it (UNPREDEP in "
                             "Macedonia). While they serve the outbreak risk falls sharply; "
                             "its mandate is renewed by vote, so it can be vetoed away.",
    "endorse": "Puts a norm to the vote: the responsibility to protect, once endorsed, makes "
               "authorised action on a state's manifest failure to protect its people earn "
               "legitimacy, and a no on it cost. An important question (two thirds); dearer "
               "to table before a summit has put it on the agenda.",
    "lift": "Ends a measure this body could impose (sanctions, a no-fly zone, an "
            "authorisation of force): its effects stop. A permanent member can veto it.",
}


def nation_name(state: Readable, code: str) -> str:
    try:
        return state.campaign.nation(code).name
    except KeyError:
        return code


def body_name(state: Readable, target: str) -> str:
    org, _, body = target.partition(".")
    try:
        return state.campaign.org(org).body(body).name
    except KeyError:
        return target


def org_name(state: Readable, org: str) -> str:
    try:
        return state.campaign.org(org).name
    except KeyError:
        return org


def crisis_name(state: Readable, cid: str) -> str:
    """A crisis's name as a label's running text says it (``wording.running``)."""
    c = state.crises.get(cid)
    return running(c.name) if c else cid


def subject_name(state: Readable, subject: str) -> str:
    if subject in NORMS:
        return NORMS[subject]
    if subject in state.crises:
        return state.crises[subject].name
    if subject in state.nations:
        return nation_name(state, subject)
    return subject


def resolution_text(state: Readable, kind: str, subject: str, params: dict[str, str]) -> str:
    """A draft resolution as a button says it: 'Oil sanctions: Abyssinian crisis'."""
    words = KIND_WORDS.get(kind, kind)
    if kind == "sanctions":
        words = f"{params.get('type', 'economic').capitalize()} sanctions"
    if kind == "peacekeeping":
        words = f"Peacekeeping ({params.get('mandate', 'observe')})"
        if params.get("renew"):
            words = f"Renew mission {params['renew']} ({params.get('mandate', 'observe')})"
    if kind == "peacebuilding" and params.get("renew"):
        words = f"Renew peacebuilding mission {params['renew']}"
    if kind == "preventive_deployment" and params.get("renew"):
        words = f"Renew preventive mission {params['renew']}"
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


def describe(state: Readable, res: Resolution) -> str:
    """A resolution in words: 'oil sanctions on Italy over the Abyssinian crisis (R4)'."""
    kind = res.kind.replace("_", " ")
    if res.kind in ("admit", "suspend", "expel"):
        return f"a motion to {kind} {state.campaign.nation(res.subject).name} ({res.id})"
    if res.kind == "refer_to_assembly":
        return f"a motion to refer {res.subject} to the assembly ({res.id})"
    if res.kind == "endorse":
        return f"a resolution endorsing {NORMS.get(res.subject, res.subject)} ({res.id})"
    if res.kind == "lift":
        inner = state.resolution(res.subject)
        what = describe(state, inner) if inner else res.subject
        return f"a motion to lift {what} ({res.id})"
    crisis = state.crises.get(res.subject)
    name = crisis.name if crisis else res.subject
    detail = res.param("type") or res.param("mandate")
    if res.kind == "sanctions":
        target = state.campaign.nation(crisis.aggressor).name if crisis else "?"
        return f"{detail} sanctions on {target} over {name} ({res.id})"
    if res.param("renew"):
        return f"the renewal of mission {res.param('renew')}'s mandate in {name} ({res.id})"
    article = f" under Article {res.param('article')}" if res.param("article") else ""
    return f"{(detail + ' ') if detail else ''}{kind} over {name}{article} ({res.id})"
