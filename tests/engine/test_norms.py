"""The responsibility to protect as a norm put to an assembly's vote (issue 19): until the
assembly endorses it, acting on a state's manifest failure earns nothing and refusing costs
nothing; once endorsed, both count. Each rule with its precedent."""

from dataclasses import replace

from game.engine import legal_actions, new_game, norms
from game.engine import model as m
from game.engine.atrocities import (AUTHORISED_LEGITIMACY, MANIFEST_DEAD, REFUSED_LEGITIMACY,
                                    VETO_LEGITIMACY)
from game.engine.calendar import format_month, month
from game.engine.context import Ctx
from game.engine.measures import adopt
from game.engine.orders import ORDERS

from .factory import CRISES, UN, campaign
from .helpers import do, end_orders, next_turn, vote_on
from .test_r2p import COUNCIL_POWERS

ASSEMBLY_POWERS = (*m.BodyDef("x", "x", "assembly").powers, "endorse")


def norm_campaign(endorse_from=None):
    """The factory world with atrocities in Ethiopia from 1930 (not a genocide, which would
    run its course unshielded before the tests vote: atrocities.GENOCIDE_PACE), a Council
    that may refer and authorise, and an Assembly that may endorse a norm (from
    ``endorse_from``)."""
    council, assembly = UN.bodies
    un = replace(UN, bodies=(replace(council, powers=COUNCIL_POWERS),
                             replace(assembly, powers=ASSEMBLY_POWERS,
                                     endorse_from=endorse_from)))
    killing = m.CrisisDef("killing", "The killings in Ethiopia", "atrocities", "ETH", ("ETH",),
                          org="un", stage=2, clarity=60, resolve=60, location=(38.7, 9.0))
    start = m.EventDef("start", "Killings", "They begin.", trigger=m.DateFrom(month(1930, 1)),
                       effects=(m.StartCrisis("killing"),))
    return campaign(organisations=(campaign().organisations[0], un),
                    crises=(*CRISES, killing), events=(start,))


def manifest(state):
    """Turns pass until the state's failure to protect is manifest."""
    while not state.crises["killing"].failure:
        state, _ = next_turn(state)
    assert state.crises["killing"].casualties >= MANIFEST_DEAD
    return state


def authorise(state, yes=("NOR",), no=()):
    """An authorisation of force in the killing adopted with these ballots."""
    state, _ = do(state, "GBR table un.council enforcement killing")
    state, _ = end_orders(state)
    (res,) = state.resolutions.values()
    ballots = tuple((n, "yes") for n in yes) + tuple((n, "no") for n in no)
    adopt(Ctx(state), replace(res, ballots=ballots))
    return state


def test_authorised_action_earns_legitimacy_only_once_the_doctrine_is_endorsed():
    """The doctrine's change of legitimacy (Rwanda, 1994, before any such rule: voting for
    UNAMIR II earned nobody credit; Libya, March 2011, under the World Summit's text:
    resolution 1973's voters could cite the authorities' failure to protect): an authorised
    measure on a manifest failure earns its voters legitimacy only after the Assembly has
    endorsed the responsibility to protect."""
    before = manifest(new_game(norm_campaign(), seed=3))
    assert not norms.endorsed(before)
    legit = before.nations["NOR"].legitimacy
    rwanda = authorise(before.copy())
    assert rwanda.nations["NOR"].legitimacy == legit

    libya, vote = vote_on(before, "GBR table un.assembly endorse r2p", {}, default="yes")
    assert vote.get("status") == "adopted" and norms.endorsed(libya)
    assert norms.endorsed_in(libya) == vote.month
    legit = libya.nations["NOR"].legitimacy
    libya = authorise(libya)
    assert libya.nations["NOR"].legitimacy == min(100, legit + AUTHORISED_LEGITIMACY)


def test_a_blocked_vote_leaves_the_doctrine_unendorsed():
    """A blocked vote (the Non-Aligned's suspicion of 'humanitarian intervention' after Kosovo:
    short of two thirds the text fails): the endorsement is an important question, and with
    more than a third of those voting against it the doctrine stays unendorsed and action on
    a manifest failure earns nothing."""
    state = manifest(new_game(norm_campaign(), seed=3))
    state, vote = vote_on(state, "GBR table un.assembly endorse r2p",
                          {"SOV": "no", "CHN": "no", "EGY": "no"}, default="yes")
    assert vote.get("status") == "failed"
    assert not norms.endorsed(state)
    legit = state.nations["NOR"].legitimacy
    state = authorise(state)
    assert state.nations["NOR"].legitimacy == legit


def test_under_the_doctrine_a_no_costs_and_a_veto_costs_more():
    """Refusing the responsibility (Syria, October 2011 and February 2012: the Russian and
    Chinese vetoes were condemned as a failure to protect): once the doctrine is endorsed, a
    no on an authorised measure on a manifest failure costs its voter legitimacy, and a
    vetoing no costs more."""
    state = manifest(new_game(norm_campaign(), seed=3))
    state, _ = vote_on(state, "GBR table un.assembly endorse r2p", {}, default="yes")
    sov, egy = state.nations["SOV"].legitimacy, state.nations["EGY"].legitimacy
    state, vote = vote_on(state, "GBR table un.council enforcement killing",
                          {"SOV": "no", "EGY": "no"}, default="yes")
    assert vote.get("status") == "vetoed"
    assert state.nations["SOV"].legitimacy == sov - VETO_LEGITIMACY
    assert state.nations["EGY"].legitimacy == egy - REFUSED_LEGITIMACY


def test_before_the_doctrine_a_veto_costs_nothing_beyond_the_usual():
    """Before the endorsement the same veto draws no charge of refusing the responsibility
    (China and Russia on Darfur and Zimbabwe drew no such cost before 2005)."""
    state = manifest(new_game(norm_campaign(), seed=3))
    sov = state.nations["SOV"].legitimacy
    state, vote = vote_on(state, "GBR table un.council enforcement killing",
                          {"SOV": "no"}, default="yes")
    assert vote.get("status") == "vetoed"
    assert not any("manifest failure" in c.cause for c in state.ledger if c.nation == "SOV")
    assert state.nations["SOV"].legitimacy >= sov - 1


def test_the_norm_is_offered_only_from_the_bodys_date():
    """The ICISS report (December 2001) gave the governments a text to vote on: before the
    body's ``endorse_from`` the norm cannot be tabled, from it on it can."""
    def offered(state):
        return any(a.verb == "table" and a.args[1:3] == ("endorse", "r2p")
                   for a in legal_actions(state, "GBR"))
    early = new_game(norm_campaign(endorse_from=month(1930, 7)), seed=3)
    assert not offered(early)
    later = new_game(norm_campaign(endorse_from=month(1930, 1)), seed=3)
    assert offered(later)


def test_tabling_the_norm_before_the_agenda_costs_more():
    """A player may bring the text about earlier than the summit, at a price: before an
    event puts the norm on the agenda its tabling costs ``EARLY_COST`` capital, after it the
    usual 2."""
    state = new_game(norm_campaign(), seed=3)
    table = ORDERS["table"]
    action = next(a for a in legal_actions(state, "GBR")
                  if a.verb == "table" and a.args[1] == "endorse")
    assert table.cost_for(state, action) == norms.EARLY_COST
    state.flags = (*state.flags, norms.agenda_flag(norms.R2P))
    assert table.cost_for(state, action) == 2


def test_an_endorsed_norm_is_not_offered_again():
    """Once endorsed, the norm stands for the rest of the game: it is not tabled again."""
    state = new_game(norm_campaign(), seed=3)
    state, _ = vote_on(state, "GBR table un.assembly endorse r2p", {}, default="yes")
    assert norms.endorsed(state)
    assert not any(a.verb == "table" and a.args[1] == "endorse"
                   for a in legal_actions(state, "GBR"))


def test_the_panel_line_says_whether_and_since_when_the_norm_stands():
    """The crisis panel of an atrocity crisis shows the doctrine's standing: not endorsed,
    on the agenda once an event put it there, endorsed and the month of the vote."""
    state = new_game(norm_campaign(), seed=3)
    assert norms.status_line(state) == "The responsibility to protect: not endorsed"
    state.flags = (*state.flags, norms.agenda_flag(norms.R2P))
    assert norms.status_line(state).endswith("not endorsed (on the agenda)")
    state, vote = vote_on(state, "GBR table un.assembly endorse r2p", {}, default="yes")
    assert norms.status_line(state) == (
        f"The responsibility to protect: endorsed {format_month(vote.month)}")
