"""Norms an assembly endorses by vote: today one, the responsibility to protect (the ICISS
report, December 2001; the 2005 World Summit Outcome, paras. 138-139, adopted by the General
Assembly as resolution 60/1). The norm is tabled as a resolution of kind ``endorse`` whose
subject is the norm's id, in a body its campaign gives the ``endorse`` power (from the body's
``endorse_from``), and is adopted by that body's rules: an important question, two thirds of
those voting in the UN Assembly. Once adopted it stands for the rest of the game, and the
rules that rest on it apply (atrocities.py: acting on a manifest failure earns legitimacy,
refusing to costs it). A campaign event may put it on the agenda (the World Summit), which
makes governments readier to vote for it and moves a champion to table it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .calendar import format_month
from .context import Ctx
from .model import ATROCITY_KINDS, BodyDef
from .state import GameState, Resolution
from .wording import capital_the

if TYPE_CHECKING:
    from .state import Readable

R2P = "r2p"
NORMS = {R2P: "the responsibility to protect"}
"""The norms a body may endorse, by id, with their names."""

ENDORSED_CREDIBILITY = 4
"""Credibility the endorsing organisation gains: the world has agreed on a rule."""
EARLY_COST = 4
"""Diplomatic capital to table a norm before an event has put it on the agenda: the text has
to be negotiated capital by capital (on the agenda, a tabling costs its usual 2)."""

BLOC_LEAN = {"western": 12.0, "neutral": 12.0, "african": 8.0, "arab": -10.0,
             "nonaligned": -12.0, "russian": -22.0, "chinese": -28.0}
"""How a bloc leans on the responsibility to protect: the West and the African states that
wrote 'non-indifference' into the African Union's Constitutive Act for it, the Non-Aligned
wary of 'humanitarian intervention' after Kosovo and Iraq, Russia and China against any
licence to act inside a state."""
DEMOCRACY = 6.0
"""A liberal democracy leans towards it by this much; any other government away from it
(the norm judges how a government treats its own people)."""
UNRIPE = -12.0
"""Every government's doubt while no summit has agreed a text: the idea is a commission's,
not yet the governments'."""
AGENDA_PULL = 12.0
"""How much readier governments are once the heads of state have agreed the text (the
World Summit, September 2005)."""
ACCUSED = -80.0
"""A state killing its own people, or failing to stop it, will not vote for its own
indictment."""
CHAMPION_PULL = 20.0
"""How much the champion wants to table the norm once it is on the agenda."""
MULTILATERALIST = 15.0
"""What a multilateralist adds to its lean when the champion is picked (its personality's
multilateral weight, docs/ai.md)."""

Term = tuple[float, str]


def endorsed_flag(norm: str) -> str:
    """The flag the norm's adoption sets (conditions and objectives read it)."""
    return f"{norm}_endorsed"


def agenda_flag(norm: str) -> str:
    """The flag a campaign event sets to put the norm on the agenda."""
    return f"{norm}_on_agenda"


def endorsed(state: GameState, norm: str = R2P) -> bool:
    return endorsed_flag(norm) in state.flags


def on_agenda(state: Readable, norm: str = R2P) -> bool:
    return agenda_flag(norm) in state.flags


def endorsed_in(state: GameState, norm: str = R2P) -> int | None:
    """The month of the vote that endorsed the norm (None: not endorsed by a vote)."""
    for r in state.archive:
        if r.kind == "endorse" and r.subject == norm and r.status == "adopted":
            return state.month_of_turn(r.turn)
    return None


def tabling_cost(state: Readable, norm: str) -> int:
    return 2 if on_agenda(state, norm) else EARLY_COST


def open_for(state: GameState, bdef: BodyDef) -> bool:
    """The body may vote on a norm this month: it has the power, and its date has come."""
    return "endorse" in bdef.powers and (bdef.endorse_from is None
                                         or state.month >= bdef.endorse_from)


def in_play(state: GameState, norm: str = R2P) -> bool:
    """The norm means something in this campaign: a body may endorse it, or it stands."""
    return endorsed(state, norm) or any("endorse" in b.powers
                                        for o in state.campaign.organisations for b in o.bodies)


def accused(state: GameState, nation: str) -> bool:
    """``nation`` is the state that kills or fails to protect in an atrocity crisis now."""
    return any(c.active and c.kind in ATROCITY_KINDS and c.aggressor == nation
               for c in state.crises.values())


def lean(state: GameState, nation: str, norm: str = R2P) -> list[Term]:
    """Why ``nation`` would vote for or against the norm, each reason with its weight: its
    bloc, its government, whether the norm is on the agenda, and whether it stands accused
    (the AI adds its personality: a multilateralist wants it more)."""
    if accused(state, nation):
        return [(ACCUSED, "it would be turned against us")]
    bloc = state.bloc(nation)
    terms: list[Term] = []
    if BLOC_LEAN.get(bloc):
        word = "welcomes" if BLOC_LEAN[bloc] > 0 else "distrusts"
        terms.append((BLOC_LEAN[bloc], f"our bloc ({bloc}) {word} {NORMS[norm]}"))
    if state.ideology(nation) == "liberal_democracy":
        terms.append((DEMOCRACY, "a government answers for how it treats its people"))
    else:
        terms.append((-DEMOCRACY, "what a government does at home is its own affair"))
    if on_agenda(state, norm):
        terms.append((AGENDA_PULL, "the heads of state have agreed the text"))
    else:
        terms.append((UNRIPE, "the governments have not agreed a text"))
    return terms


def champion(state: GameState, org: str, norm: str = R2P) -> str | None:
    """The member expected to table the norm, from what all can see: the one that leans
    towards it most (a multilateralist first), the strongest among equals."""
    def key(n: str) -> tuple[float, int, str]:
        n_state = state.nations[n]
        multi = (MULTILATERALIST if state.campaign.nation(n).personality == "multilateralist"
                 else 0.0)
        return (-(sum(t for t, _ in lean(state, n, norm)) + multi),
                -(n_state.military + n_state.economy), n)
    members = [n for n in state.orgs[org].members if state.nations[n].exists]
    return min(members, key=key, default=None)


def value_tabling(mind: Any, org: str, norm: str) -> tuple[float, list[str]]:
    """The AI tables the norm only once it is on the agenda, and only its champion does (so
    one draft is tabled, not dozens)."""
    s = mind.s
    if norm not in NORMS or endorsed(s, norm):
        return -50.0, []
    if not on_agenda(s, norm):
        return -50.0, ["the governments have not agreed a text"]
    lead = champion(s, org, norm)
    if lead != mind.me:
        return -50.0, [f"{s.campaign.nation(lead).name} will table it"] if lead else []
    value = sum(t for t, _ in lean(s, mind.me, norm)) + mind.multi
    return value + CHAMPION_PULL, [f"the summit has put {NORMS[norm]} on the agenda"]


def endorse(ctx: Ctx, res: Resolution) -> None:
    """The body endorses the norm: the flag is set for the rest of the game, and the
    organisation gains credibility."""
    s, norm = ctx.state, res.subject
    if norm not in NORMS or endorsed(s, norm):
        return
    ctx.set_flag(endorsed_flag(norm))
    ctx.credibility(res.org, ENDORSED_CREDIBILITY, f"it endorses {NORMS[norm]}")
    body = s.campaign.org(res.org).body(res.body).name
    ctx.emit("norm", f"{capital_the(body)} endorses {NORMS[norm]} ({format_month(s.month)}): "
             "authorised action on a state's manifest failure to protect its people now earns "
             "legitimacy, and refusing it costs.", resolution=res.id, norm=norm)


def status_line(state: GameState, norm: str = R2P) -> str:
    """The norm's standing, for the crisis panel of an atrocity crisis."""
    if not endorsed(state, norm):
        agenda = " (on the agenda)" if on_agenda(state, norm) else ""
        return f"{NORMS[norm].capitalize()}: not endorsed{agenda}"
    when = endorsed_in(state, norm)
    return (f"{NORMS[norm].capitalize()}: endorsed"
            + (f" {format_month(when)}" if when is not None else ""))
