"""What a nation did in a crisis: the measures it sponsored and voted for, the troops it
pledged, the money it gave to build the peace, its interventions. Scores, objectives and the
end report credit a nation with a crisis's end only for its own part in it, read from the
archive of votes and the missions. Pure reads of the state.

No real interest pays a nation for measures against its own ally, bloc partner or protege
(``kin``): the score gives no credit for them (the Soviet Union sponsoring the Council's
measures against North Korea in 1950 would have betrayed its own client), whatever the crisis's
end.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypedDict

from .bodies import count
from .state import GameState, Resolution

ADOPTED = ("adopted", "recommended")
"""A resolution that took effect."""
SUCCESS = ("withdrawal", "settlement", "liberation")
"""Crisis endings that collective security counts as its own success."""
PROTEGE = 40
"""Relations the campaign sets above this between two nations from the start make them patron
and protege (the Soviet Union and North Korea, 80): a tie of the campaign's making, not of
the game's course, which the measures themselves wear down."""


@dataclass(frozen=True)
class Part:
    """One nation's part in one crisis."""

    crisis: str
    sponsored: tuple[str, ...] = ()
    """Adopted resolutions on the crisis that it tabled."""
    voted_for: tuple[str, ...] = ()
    """Adopted resolutions on the crisis that it voted for (its own included)."""
    pledged: int = 0
    """Troops it pledged to the crisis's missions."""
    intervened: bool = False
    funded: int = 0
    """Money it pledged to the crisis's peacebuilding missions."""
    prevented: bool = False
    """It mediated, gave targeted aid or pressed the government while the crisis was latent
    (``CrisisState.preventers``)."""

    @property
    def took_part(self) -> bool:
        return bool(self.sponsored or self.voted_for or self.pledged or self.intervened
                    or self.funded or self.prevented)

    def took(self, by: str | None) -> bool:
        """Whether it took part in the way ``by`` names (``model.CONTRIBUTIONS``), or in any
        way when ``by`` is None: a vote is not a soldier."""
        match by:
            case None:
                return self.took_part
            case "measures":
                return bool(self.sponsored or self.voted_for)
            case "troops":
                return bool(self.pledged or self.intervened)
            case "money":
                return bool(self.funded)
            case _:
                return self.prevented


class _Tally(TypedDict):
    """A Part while ``parts`` gathers it."""

    sponsored: list[str]
    voted_for: list[str]
    pledged: int
    intervened: bool
    funded: int
    prevented: bool


def decided(state: GameState) -> tuple[Resolution, ...]:
    """Every resolution voted on so far, oldest first (the archive and this turn's count)."""
    return state.archive + tuple(r for r in state.resolutions.values() if r.status != "tabled")


def parts(state: GameState, crises: list[str]) -> dict[tuple[str, str], Part]:
    """(nation, crisis) -> its part, for every nation with a part in one of ``crises``: one
    pass over the votes and missions, for scoring every nation at the end of each turn."""
    wanted = set(crises)
    found: dict[tuple[str, str], _Tally] = {}

    def entry(nation: str, crisis: str) -> _Tally | None:
        if state.crises[crisis].aggressor == nation:
            return None
        return found.setdefault((nation, crisis), {"sponsored": [], "voted_for": [],
                                                   "pledged": 0, "intervened": False,
                                                   "funded": 0, "prevented": False})

    for r in decided(state):
        if r.subject in wanted and r.status in ADOPTED:
            if (e := entry(r.sponsor, r.subject)) is not None:
                e["sponsored"].append(r.id)
            for nation, ballot in r.ballots:
                if ballot == "yes" and (e := entry(nation, r.subject)) is not None:
                    e["voted_for"].append(r.id)
    for mission in state.missions.values():
        if mission.crisis in wanted:
            for nation, troops in mission.pledges:
                if (e := entry(nation, mission.crisis)) is not None:
                    e["pledged"] += troops
            for nation, money in mission.funds:
                if (e := entry(nation, mission.crisis)) is not None:
                    e["funded"] += money
    for crisis in sorted(wanted):
        for nation, _authority in state.crises[crisis].interveners:
            if (e := entry(nation, crisis)) is not None:
                e["intervened"] = True
        for nation in state.crises[crisis].preventers:
            if (e := entry(nation, crisis)) is not None:
                e["prevented"] = True
    return {key: Part(key[1], tuple(e["sponsored"]), tuple(e["voted_for"]), e["pledged"],
                      e["intervened"], e["funded"], e["prevented"])
            for key, e in found.items()}


def part(state: GameState, nation: str, crisis: str) -> Part:
    """``nation``'s part in ``crisis``; an aggressor takes no part in measures against itself.

    What ``parts`` gives for this one nation, read without building every other nation's part
    (the AI planner asks it of each crisis it weighs, on a long archive)."""
    if state.crises[crisis].aggressor == nation:
        return Part(crisis)
    sponsored: list[str] = []
    voted_for: list[str] = []
    yes = (nation, "yes")
    for r in (*state.archive, *state.resolutions.values()):
        if r.subject == crisis and r.status in ADOPTED:
            if r.sponsor == nation:
                sponsored.append(r.id)
            voted_for += [r.id] * r.ballots.count(yes)
    pledged = funded = 0
    for mission in state.missions.values():
        if mission.crisis == crisis:
            pledged += sum(troops for who, troops in mission.pledges if who == nation)
            funded += sum(money for who, money in mission.funds if who == nation)
    c = state.crises[crisis]
    intervened = any(who == nation for who, _ in c.interveners)
    return Part(crisis, tuple(sponsored), tuple(voted_for), pledged, intervened, funded,
                nation in c.preventers)


def contributed(state: GameState, nation: str, crisis: str, by: str | None = None) -> bool:
    """The nation sponsored or voted for a measure adopted on the crisis, pledged troops or
    money to its missions, intervened in it or worked to prevent it (only the kind of part
    ``by`` names, if given)."""
    return part(state, nation, crisis).took(by)


def kin(state: GameState, nation: str, other: str) -> bool:
    """Whether ``other`` is ``nation`` itself, its ally (an alliance between them), a nation
    it guarantees, a partner in its bloc (a bloc with members that stand together: not the
    non-aligned) or its protege or patron (``PROTEGE``): a nation whose defeat no real
    interest of ``nation`` wants. A guarantee binds the guarantor only: France, guaranteed
    by Italy at Locarno (1925), was still free to sanction Italy over Abyssinia (1935)."""
    from .orders.military import BLOCLESS  # the orders are built on this module

    if nation == other:
        return True
    bloc = state.bloc(nation)
    if bloc not in BLOCLESS and state.bloc(other) == bloc:
        return True
    if any(t.kind == "alliance" and t.binds(other) or t.kind == "guarantee" and t.b == other
           for t in state.treaties_of(nation)):
        return True
    return frozenset((nation, other)) in state.campaign.ties_above(PROTEGE)


def creditable(state: GameState, nation: str, crisis: str) -> bool:
    """Whether the score pays ``nation`` credit for its part in ``crisis``: not when the
    aggressor is its kin (``kin``). The scores and the AI's plans both ask it here."""
    return not kin(state, nation, state.crises[crisis].aggressor)


def deciding_vote(state: GameState, res: Resolution, nation: str) -> bool:
    """Whether ``nation``'s ballot decided ``res``: had it abstained, the body would have
    decided otherwise (the rule and thresholds of the month of the vote)."""
    ballot = res.ballot(nation)
    if ballot not in ("yes", "no") or res.status == "tabled":
        return False
    month = state.month_of_turn(res.turn)
    other = count(state, res, {**dict(res.ballots), nation: "abstain"}, month)
    return other.adopted != (res.status in ADOPTED)
