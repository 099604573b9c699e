"""Regional arrangements deal with local disputes (UN Charter Art. 52): an organisation with a
reach takes up only crises near its members or between them."""

from game.engine import model as m
from game.engine import new_game, parse_action
from game.engine.legal import why_not

from .factory import campaign, span

OAS = m.OrgDef("oas", "Organization of American States", "regional",
               members=(span("USA"),),
               bodies=(m.BodyDef("council", "OAS Council", "majority"),), reach_km=2500)


def _state(oas: m.OrgDef = OAS):
    base = campaign()
    return new_game(campaign(organisations=base.organisations + (oas,)), seed=1)


def test_a_regional_body_does_not_take_up_a_distant_war():
    """The OAS dealt with Guatemala in 1954 but not with Korea in 1950, which went to the
    Security Council: a crisis in Manchuria is beyond the reach of an American body."""
    state = _state()
    why = why_not(state, parse_action("USA table oas.council condemn manchuria"))
    assert why is not None and why.startswith("outside the region of")
    assert why_not(state, parse_action("USA table un.council condemn manchuria")) is None


def test_a_regional_body_takes_up_a_dispute_of_its_own_members():
    """A member's own dispute is local wherever it is fought (the Arab League on Libya in 2011,
    a member): with China a member, the same body may take up Manchuria."""
    state = _state(m.OrgDef("oas", OAS.name, "regional", members=(span("USA"), span("CHN")),
                            bodies=OAS.bodies, reach_km=2500))
    assert why_not(state, parse_action("USA table oas.council condemn manchuria")) is None


def test_an_organisation_without_a_reach_takes_up_any_crisis():
    """Universal organisations (and campaigns that set no reach) are unchanged."""
    state = _state(m.OrgDef("oas", OAS.name, "regional", members=OAS.members,
                            bodies=OAS.bodies))
    assert why_not(state, parse_action("USA table oas.council condemn manchuria")) is None
