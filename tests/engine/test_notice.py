"""Notice of withdrawal (Covenant Art. 1(3)): a member may leave the League after two years'
notice; under notice it stays a member but takes no part, and it may think again."""

from dataclasses import replace

import pytest

from game.content.loader import load_campaign
from game.engine import new_game, parse_action
from game.engine.bodies import is_absent
from game.engine.calendar import parse_date
from game.engine.context import Ctx
from game.engine.legal import why_not
from game.engine.model import LeaveOrg
from game.engine.script import perform
from game.session.paths import BUILTIN_CAMPAIGNS

from .factory import campaign
from .helpers import carry_out, cast, end_orders, vote_on


def league_with_notice(months=24):
    league = replace(campaign().org("league"), notice_months=months)
    return campaign(organisations=(league, campaign().org("un")))


@pytest.fixture
def state():
    return new_game(league_with_notice(), seed=1)


def next_turn(state):
    state, events = end_orders(state)
    state, more = cast(state, {})
    return state, events + more


def test_japan_gives_two_years_notice(state):
    """Japan gave notice on 27 March 1933 and left the League in March 1935: the order to
    leave gives notice, publicly, and the member leaves at the news of the month it runs out."""
    given = state.month
    state, events = carry_out(state, "JPN leave league")
    notice = [e for e in events if e.kind == "membership"]
    assert notice and "notice" in notice[0].text and notice[0].visible_to is None
    until = given + 24
    assert state.orgs["league"].notice("JPN") == until
    assert "JPN" in state.orgs["league"].members
    left = []
    while state.month < until:
        assert "JPN" in state.orgs["league"].members
        state, events = next_turn(state)
        left += [e for e in events if e.kind == "membership" and e.get("nation") == "JPN"]
    assert "JPN" not in state.orgs["league"].members and state.orgs["league"].notices == ()
    assert left and "notice runs out" in left[0].text


def test_under_notice_a_member_takes_no_part(state):
    """Germany never sat in the Council again after its notice of October 1933: under notice
    a member does not vote (its ballot is absent) and tables nothing."""
    state, _ = carry_out(state, "JPN leave league")
    assert is_absent(state, "JPN", "league", "council")
    assert why_not(state, parse_action("JPN table league.council condemn abyssinia")) == \
        "you have given notice of withdrawal"
    state, vote = vote_on(state, "GBR table league.council condemn abyssinia", {},
                          default="yes")
    assert dict(vote.get("ballots"))["JPN"] == "absent"


def test_spain_withdraws_its_notice(state):
    """Spain gave notice in September 1926 and withdrew it in March 1928: a member under
    notice may stay after all, and takes its seats again."""
    state, _ = carry_out(state, "JPN leave league")
    assert why_not(state, parse_action("JPN leave league")).startswith("notice already given")
    state, events = carry_out(state, "JPN stay league")
    assert any("withdraws its notice" in e.text for e in events)
    assert state.orgs["league"].notice("JPN") is None
    assert not is_absent(state, "JPN", "league", "council")
    assert why_not(state, parse_action("JPN stay league")) is not None


def test_a_campaign_departure_gives_notice_too(state):
    """Italy announced its withdrawal on 11 December 1937, to take effect two years later: a
    scripted departure (the campaign effect ``leave``) gives notice like the order."""
    ctx = Ctx(state.copy())
    perform(ctx, LeaveOrg("ITA", "league"), "Italy quits")
    assert ctx.state.orgs["league"].notice("ITA") == state.month + 24
    assert "ITA" in ctx.state.orgs["league"].members


def test_a_membership_that_lapses_needs_no_notice(state):
    """Czechoslovakia's membership lapsed with the German occupation (March 1939): no notice
    runs for a state that is gone; a campaign says so with ``at_once``."""
    ctx = Ctx(state.copy())
    perform(ctx, LeaveOrg("ETH", "league", at_once=True), "Ethiopia overrun")
    assert "ETH" not in ctx.state.orgs["league"].members
    assert ctx.state.orgs["league"].notices == ()


def test_without_notice_a_member_leaves_at_once():
    """Organisations whose charter asks for no notice (the default): the member is gone at
    once, as before."""
    state = new_game(campaign(), seed=1)
    state, _ = carry_out(state, "JPN leave league")
    assert "JPN" not in state.orgs["league"].members


def test_the_league_asks_two_years():
    """The bundled League campaign carries the Covenant's two years."""
    league = load_campaign(BUILTIN_CAMPAIGNS / "league_1920").campaign.org("league")
    assert league.notice_months == 24
    assert parse_date("1935-03") - parse_date("1933-03") == league.notice_months
