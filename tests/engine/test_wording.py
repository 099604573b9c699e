"""Running text names organisations as people say them: 'the United Nations', but 'NATO'."""

from game.content.loader import load_campaign
from game.engine.engine import new_game
from game.engine.wording import the_org
from game.session.paths import BUILTIN_CAMPAIGNS

from .helpers import carry_out


def test_a_name_read_as_a_word_takes_no_article():
    """An organisation with `article: false` (NATO, ECOWAS) is named bare in the chronicle
    and on the orders; the others keep 'the' (the OAU, the United Nations)."""
    state = new_game(load_campaign(BUILTIN_CAMPAIGNS / "r2p_1992").campaign, seed=1)
    assert the_org(state.campaign, "nato") == "NATO"
    assert the_org(state.campaign, "un", capital=True) == "The United Nations"
    state, events = carry_out(state, "USA pledge money nato")
    assert any(e.text == "United States pays into NATO's budget." for e in events)


def test_a_name_ending_in_s_takes_a_bare_apostrophe():
    """'the Organization of American States' budget', not 'States's'."""
    state = new_game(load_campaign(BUILTIN_CAMPAIGNS / "r2p_1992").campaign, seed=1)
    state, events = carry_out(state, "USA pledge money oas")
    assert any(e.text == "United States pays into the Organization of American States' budget."
               for e in events)


def test_an_order_names_a_crisis_as_running_text():
    """'Mobilise for the Korean War', not 'for The Korean War': an order's label names a
    crisis inside its sentence (seen in the UN campaign's Military tab)."""
    from game.engine.actions import act
    from game.engine.orders import ORDERS

    state = new_game(load_campaign(BUILTIN_CAMPAIGNS / "un_1945").campaign, seed=1)
    assert state.crises["korea_1950"].name == "The Korean War"
    mobilise = act("USA", "mobilise", "korea_1950")
    assert ORDERS["mobilise"].label(state, mobilise) == "Mobilise for the Korean War"
