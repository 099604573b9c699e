"""A national reason (issue 15): a red line or a mobilisation over someone else's crisis has a
price at home and needs an interest of the nation's own; a colonial war overseas is read
differently from an attack on a homeland; and an aggressor's own protectors cover it against
a peer's general war. Goa (1961), Hungary (1956) and Suez (1956) are the precedents."""

from __future__ import annotations

from dataclasses import replace

import pytest

from game.ai.policy import Mind
from game.engine import model as m
from game.engine import new_game, parse_action
from game.engine.colonial import COLONIAL_CAUSE
from game.engine.orders import ORDERS
from game.engine.orders.military import INTEREST_NEEDED, interest
from game.engine.orders.organisations import acceptance
from game.engine.state import Resolution, Treaty
from game.engine.view import view

from tests.engine.factory import campaign, span
from tests.engine.helpers import carry_out


@pytest.fixture
def state():
    return new_game(campaign(), seed=1)


def mind(state, nation: str) -> Mind:
    return Mind(view(state, nation), "hard")


def value(state, text: str) -> tuple[float, list[str]]:
    a = parse_action(text)
    return ORDERS[a.verb].value(mind(state, a.nation), a)


def at_war(state, **crisis):
    """``state`` with the Abyssinian war at total war, changed by ``crisis``."""
    state = state.copy()
    state.crises["abyssinia"] = replace(state.crises["abyssinia"], stage=3, **crisis)
    return state


def colonial(state, overseas: bool = True, neighbour: bool = True):
    """``state`` with the Abyssinian war fought against Britain, in an alliance organisation
    with France: over an overseas possession of Britain's (the land is Britain's, far from
    London: Goa's shape, India against Portugal) or, unless ``overseas``, over land that is
    not its own; Italy's capital next door (Asmara) if ``neighbour``, in Rome otherwise."""
    base = campaign()
    capital = (38.9, 15.3) if neighbour else (12.5, 41.9)
    nations = tuple(replace(n, territory=("ethiopia",) if overseas else ())
                    if n.code == "GBR" else replace(n, capital_lonlat=capital)
                    if n.code == "ITA" else n for n in base.nations)
    nato = m.OrgDef("nato", "NATO", "alliance", members=(span("GBR"), span("FRA")), bodies=())
    state = new_game(replace(base, nations=nations,
                             organisations=(*base.organisations, nato)), seed=1)
    return at_war(state, victims=("GBR",))


def test_no_red_line_or_mobilisation_without_a_national_interest(state):
    """Goa, 1961: eight nations far from India, with no tie to Portugal, drew red lines or
    mobilised over a crisis that was not theirs, and India never dared. A nation with no
    interest of its own (no tie to the victim, no pledge, far away; the rival bloc's gain
    outweighed by its ties with the aggressor) gives neither order, however much the world's
    concern: both are worth -50, and say why."""
    war = at_war(state)
    war.relations = {**war.relations, ("ITA", "USA"): 10}
    assert interest(mind(war, "USA"), war.crises["abyssinia"])[0] < INTEREST_NEEDED
    for order in ("USA mobilise abyssinia", "USA threaten ITA abyssinia advance mobilise"):
        worth, reasons = value(war, order)
        assert worth == -50.0 and reasons[0] == "no national interest in The Abyssinian crisis"


def test_a_pledge_or_the_doorstep_is_a_national_interest(state):
    """The Rhineland, 1936: France had a war on its border and its pact with the victim. A
    pledge to the victim, and a crisis on the nation's doorstep, are interests of its own:
    with them the nation weighs the order as before."""
    near = at_war(state, location=(7.0, 50.4))
    france = mind(near, "FRA")
    worth, reasons = interest(france, near.crises["abyssinia"])
    assert worth >= INTEREST_NEEDED and "it is on our doorstep" in reasons
    pledged = at_war(state)
    pledged.treaties = (*pledged.treaties, Treaty("alliance", "FRA", "ETH", 0))
    worth, reasons = interest(mind(pledged, "FRA"), pledged.crises["abyssinia"])
    assert worth >= INTEREST_NEEDED and "our alliance is engaged" in reasons
    assert value(pledged, "FRA mobilise abyssinia")[0] > -50.0


def test_a_war_inside_the_aggressors_bloc_is_its_sphere(state):
    """Hungary, 1956: no Western army moved while Soviet tanks retook Budapest. When every
    victim is of the aggressor's own bloc, a nation of another bloc has no interest there but
    its own pledges, even on its doorstep."""
    near = at_war(state, location=(7.0, 50.4))
    near.nations["ETH"] = replace(near.nations["ETH"], bloc="revisionist")
    worth, reasons = interest(mind(near, "FRA"), near.crises["abyssinia"])
    assert worth == 0.0 and reasons[-1] == "Ethiopia lies in Italy's sphere"


def test_anticolonial_nations_will_not_stand_up_for_an_empire(state):
    """Goa, 1961: the Soviet Union vetoed the Western draft, and Ceylon, Liberia and the UAR
    voted against it; no NATO ally stood by Portugal in Asia. In a war over a victim's
    overseas possession an anti-colonial nation (communist, non-aligned or born in the
    campaign) has no interest in the empire, and its support for a measure against the
    aggressor loses COLONIAL_CAUSE; a liberal democracy of the West is not moved."""
    war = colonial(state)
    c = war.crises["abyssinia"]
    worth, reasons = interest(mind(war, "SOV"), c)
    assert worth == 0.0 and reasons == ["we will not stand up for United Kingdom's empire"]
    draft = Resolution("R9", "un", "council", "FRA", "condemn", "abyssinia", (), war.turn)
    soviet = dict((why, v) for v, why in mind(war, "SOV").weigh(draft)[1])
    assert soviet["we will not stand up for United Kingdom's empire"] == -COLONIAL_CAUSE
    french = [why for _, why in mind(war, "FRA").weigh(draft)[1]]
    assert not any("empire" in why for why in french)


def test_a_neighbour_freeing_a_colony_is_no_aggressor_to_the_anticolonial(state):
    """Goa and Suez, one Assembly: in December 1961 its anti-colonial majority would not have
    condemned India for taking Portugal's enclaves, yet in November 1956 it had called on
    Britain and France to stop at Suez (64 to 5). To a nation against empire a neighbour
    freeing a colony commits no aggression: neither the clarity of the facts nor its faith in
    collective security makes a case against it. An attack on a homeland, and a colony seized
    by a distant power, are weighed as any aggression; a Western state the campaign says is
    anti-colonial (``anticolonial``, Liberia in 1961) reads a colonial war as the others do."""
    draft = Resolution("R9", "un", "council", "FRA", "condemn", "abyssinia", (), state.turn)

    def reasons(s, nation: str) -> list[str]:
        return [why for _, why in mind(s, nation).weigh(draft)[1]]

    def anticolonial(s, nation: str):
        s = s.copy()
        s.campaign = replace(s.campaign, nations=tuple(
            replace(n, anticolonial=True) if n.code == nation else n for n in s.campaign.nations))
        return s

    empire = "we will not stand up for United Kingdom's empire"
    war = colonial(state)
    soviet = reasons(war, "SOV")
    assert empire in soviet and not any(why.startswith("clarity") for why in soviet)
    norway = reasons(war, "NOR")
    assert empire not in norway and "we stand by collective security" in norway
    norway = reasons(anticolonial(war, "NOR"), "NOR")
    assert empire in norway and "we stand by collective security" not in norway
    for other in (colonial(state, overseas=False), colonial(state, neighbour=False)):
        soviet = reasons(other, "SOV")  # Suez: Egypt's own land; a colony seized from afar
        assert empire not in soviet and any(why.startswith("clarity") for why in soviet)


def test_the_colonised_cause_is_deaf_to_lobbying_from_outside(state):
    """Goa, 1961: Western lobbying did not turn Moscow. An anti-colonial government takes a
    call to vote against the nation fighting an empire 25 points less often, as it would a
    call against its own bloc."""
    home = at_war(state)
    war = colonial(state)
    draft = Resolution("R9", "un", "council", "FRA", "condemn", "abyssinia", (), war.turn)
    assert acceptance(war, "FRA", "SOV", draft, "none") == \
        acceptance(home, "FRA", "SOV", draft, "none") - 25


def _soviet_alert(state):
    """The game with the Soviet army on alert over Abyssinia at high tension, the crisis, and
    Italy's fear of the Soviet Union's general war with nothing to cover it."""
    state, _ = carry_out(state, "SOV mobilise abyssinia")
    state = state.copy()
    state.tension = 90
    c = state.crises["abyssinia"]
    fear, peer = mind(state, "ITA").dread(c)
    assert peer == "SOV" and fear > 0.5
    return state, c


def test_a_protectors_guarantee_covers_the_aggressor_against_a_peers_general_war(state):
    """Suez, November 1956, the counterfactual: had Washington stood by London and Paris,
    Bulganin's rockets would have been a bluff. An aggressor guaranteed, once its crisis had
    begun, by a power that is the threatener's peer fears no general war from it
    (Mind.shield); without the guarantee it does."""
    state, c = _soviet_alert(state)
    state.treaties = (*state.treaties, Treaty("guarantee", "USA", "ITA", state.month))
    italy = mind(state, "ITA")
    assert c.started is not None and state.month >= c.started
    assert italy.shield("SOV", c) == 1.0
    assert italy.dread(c) == (0.0, None)


def test_a_treaty_from_before_the_war_does_not_cover_the_aggressor(state):
    """Mind.shield, a defensive pledge covers no aggression: an alliance or a guarantee signed
    before the aggressor's crisis began binds its partner to defend it if attacked, not to
    follow it into its own war, so it does not cover it against a peer's general war. Italy,
    bound to Vienna and Berlin by the Triple Alliance, declared itself neutral in August
    1914, Austria-Hungary having attacked; Vilna, 1920: the Franco-Polish alliance was a pact
    against an unprovoked attack, and did not make Zeligowski's coup France's war."""
    state, c = _soviet_alert(state)
    assert c.started is not None
    state.treaties = (*state.treaties, Treaty("alliance", "ITA", "USA", c.started - 1))
    italy = mind(state, "ITA")
    assert italy.shield("SOV", c) == 0.0
    fear, peer = italy.dread(c)
    assert peer == "SOV" and fear > 0.5


def test_a_power_fighting_beside_the_aggressor_covers_it_against_a_peers_general_war(state):
    """Mind.shield: a power whose army already fights beside the aggressor
    (``CrisisState.backers``) covers it against a peer's general war as a protector's
    guarantee would: the wider war is being fought, and that power is in it. Korea, from
    November 1950: with China's armies beside it, North Korea fought on for two and a half
    years against the United States' armies without fearing that the war would widen."""
    state, c = _soviet_alert(state)
    backed = replace(c, backers=("USA",))
    italy = mind(state, "ITA")
    assert italy.shield("SOV", backed) == 1.0
    assert italy.dread(backed) == (0.0, None)


def test_an_alliances_treaty_area_does_not_reach_an_overseas_possession(state):
    """Goa, 1961: NATO's Article 6 covered its members' lands in Europe and North America, not
    Portugal's colonies in Asia. A member of the victim's alliance organisation counts the
    attack as one on an ally at home, not over an overseas possession."""
    home = colonial(state, overseas=False)
    assert "an ally in our alliance is attacked" in \
        interest(mind(home, "FRA"), home.crises["abyssinia"])[1]
    war = colonial(state)
    assert "an ally in our alliance is attacked" not in \
        interest(mind(war, "FRA"), war.crises["abyssinia"])[1]


def test_only_the_blocs_a_campaign_names_as_rivals_count_each_others_gains(state):
    """Rivalries: the other bloc's gain is a nation's own reason to stand against an
    aggressor only where the campaign names the two blocs rivals (``rivalries``; left out,
    any two blocs are, the Cold War's two camps). Petrich, October 1925: Weimar Germany,
    disarmed and outside the League, did not stir over a Greek raid on Bulgaria; the Council,
    not a far-off bloc, made Greece withdraw."""
    gain = "Italy gains for the other bloc"
    found = {}
    for rivalries in (None, (), (("revisionist", "west"),)):
        war = at_war(new_game(replace(campaign(), rivalries=rivalries), seed=1))
        found[rivalries] = gain in interest(mind(war, "USA"), war.crises["abyssinia"])[1]
    assert found == {None: True, (): False, (("revisionist", "west"),): True}
