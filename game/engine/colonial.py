"""Colonial wars: a victim defending an overseas possession, and the nations that oppose
empire. Such a war is read differently from an attack on a homeland: alliances' treaty areas
do not reach it, and the anti-colonial states stand with the nation fighting the empire
(Goa, 1961: the Soviet veto, the Afro-Asian votes, and no NATO ally by Portugal's side)."""

from __future__ import annotations

from .gauges import distance_km
from .state import CrisisState, GameState
from .wording import possessive

OVERSEAS_KM = 3000.0
"""From this far from its capital, a victim's own land is an overseas possession."""
ANTICOLONIAL_BLOCS = ("nonaligned",)
ANTICOLONIAL_IDEOLOGIES = ("communist",)

COLONIAL_CAUSE = 30.0
"""What an anti-colonial nation's support for a measure against a nation fighting an empire
overseas loses: the Soviet Union vetoed the Western draft on Goa; Ceylon, Liberia and the UAR
voted against it (18 December 1961)."""


def overseas(s: GameState, c: CrisisState) -> str | None:
    """The victim defending an overseas possession in ``c`` (a region of its own territory,
    far from its capital), if any."""
    for v in c.victims:
        d = s.campaign.nation(v)
        if any(r in d.territory for r in c.region) \
                and distance_km(d.capital_lonlat, c.location) > OVERSEAS_KM:
            return v
    return None


def anticolonial(s: GameState, nation: str) -> bool:
    """A nation that opposes empire: as its campaign says (``anticolonial``: the Bandung
    states of a Western alliance, the American republics that claimed a European colony on
    their own shores), or else the non-aligned, the communist states, and the states born in
    the campaign (``exists_from``), most of them out of empires."""
    d = s.campaign.nation(nation)
    if d.anticolonial is not None:
        return d.anticolonial
    return s.bloc(nation) in ANTICOLONIAL_BLOCS or s.ideology(nation) in ANTICOLONIAL_IDEOLOGIES \
        or d.exists_from is not None


def liberating(s: GameState, c: CrisisState) -> bool:
    """``c``'s aggressor is the colony's neighbour (its capital nearer the crisis than
    ``OVERSEAS_KM``): it claims land on its own shores, not another empire's possession."""
    lonlat = s.campaign.nation(c.aggressor).capital_lonlat
    return lonlat is not None and distance_km(lonlat, c.location) <= OVERSEAS_KM


def against_empire(s: GameState, nation: str, c: CrisisState) -> str | None:
    """Why ``nation`` takes the side of ``c``'s aggressor against an empire ('we will not
    stand up for Portugal's empire'), if ``c`` is a colonial war, its aggressor the colony's
    neighbour (``liberating``), and ``nation`` opposes empire; None otherwise. To such a nation
    the neighbour frees a colony: it commits no aggression."""
    if nation in c.parties or not anticolonial(s, nation):
        return None  # asked first: cheaper than finding the colony, asked of every vote
    colony = overseas(s, c)
    if colony is None or not liberating(s, c):
        return None
    return f"we will not stand up for {possessive(s.campaign.nation(colony).name)} empire"
