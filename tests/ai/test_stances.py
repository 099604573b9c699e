"""Stances (game/ai/stances.py): a campaign's bounds on an AI nation's ballots and the
organisations it never leaves, applied alike by the AI's vote and by the forecast."""

from __future__ import annotations

from dataclasses import replace

from game.ai.forecast import draft_of, forecast
from game.ai.policy import Mind, explain, plan
from game.engine import model as m
from game.engine import new_game, parse_action
from game.engine.calendar import month
from game.engine.state import Measure
from game.engine.view import view

from tests.engine.factory import NATIONS, campaign

SANCTIONS = "GBR table un.council sanctions manchuria type=economic"
CONDEMN_ITALY = "GBR table league.council condemn abyssinia"
CONDEMN_JAPAN = "GBR table league.council condemn manchuria"


def game(code: str, *stances: m.Stance, stays_in: tuple[str, ...] = ()):
    """The factory game with ``code`` given these stances."""
    nations = tuple(replace(n, stances=stances, stays_in=stays_in) if n.code == code else n
                    for n in NATIONS)
    return new_game(campaign(nations=nations), seed=1)


def ballot(state, nation: str, text: str) -> tuple[str, list[str]]:
    """The ballot the AI (noise-free) casts for ``nation`` on the draft ``text`` would table."""
    return Mind(view(state, nation), "hard").ballot(draft_of(parse_action(text)))


def test_without_a_stance_the_ballots_are_the_weighed_ones():
    """The cases below start from these unbounded ballots: France votes yes on sanctions and
    on condemning Italy, Japan votes no on condemning its bloc partner Italy."""
    state = game("FRA")
    assert ballot(state, "FRA", SANCTIONS)[0] == "yes"
    assert ballot(state, "FRA", CONDEMN_ITALY)[0] == "yes"
    assert ballot(state, "JPN", CONDEMN_ITALY)[0] == "no"


def test_at_most_caps_a_yes_to_an_abstention_and_says_why():
    """'Abstain on sanctions': a nation that would vote yes abstains, and the first reason it
    gives is its stated policy; other kinds of resolution are not bounded."""
    state = game("FRA", m.Stance(kind="sanctions", at_most="abstain"))
    cast, reasons = ballot(state, "FRA", SANCTIONS)
    assert cast == "abstain"
    assert reasons[0] == "our stated policy: at most an abstention on sanctions resolutions"
    assert ballot(state, "FRA", CONDEMN_ITALY)[0] == "yes"


def test_the_authors_words_are_the_reason():
    """A stance's ``why`` is given in the nation's words."""
    state = game("FRA", m.Stance(kind="sanctions", at_most="no", why="we trade with all"))
    assert ballot(state, "FRA", SANCTIONS)[0] == "no"
    assert ballot(state, "FRA", SANCTIONS)[1][0] == "our stated policy: we trade with all"


def test_at_least_lifts_a_no():
    """at_least abstain keeps a nation from voting no (and so from a veto): Japan abstains on
    condemning Italy instead of voting no."""
    state = game("JPN", m.Stance(kind="condemn", at_least="abstain"))
    cast, reasons = ballot(state, "JPN", CONDEMN_ITALY)
    assert cast == "abstain"
    assert reasons[0].startswith("our stated policy: at least an abstention")


def test_a_stance_within_its_bounds_changes_nothing():
    """A bound the weighed ballot already keeps changes neither the ballot nor the reasons."""
    plain = ballot(game("FRA"), "FRA", SANCTIONS)
    assert ballot(game("FRA", m.Stance(at_least="abstain")), "FRA", SANCTIONS) == plain


def test_a_crisis_scoped_stance_binds_only_that_crisis():
    """A stance on one crisis bounds every kind of resolution about it, and none about
    another crisis."""
    state = game("FRA", m.Stance(crisis="abyssinia", at_most="no"))
    assert ballot(state, "FRA", CONDEMN_ITALY)[0] == "no"
    assert ballot(state, "FRA", CONDEMN_JAPAN)[0] == ballot(game("FRA"), "FRA",
                                                            CONDEMN_JAPAN)[0]


def test_a_dated_stance_binds_only_within_its_dates():
    """from is inclusive, until exclusive: a stance from 1935 does not bind in 1930, binds in
    1935, and no longer binds from its until month."""
    state = game("FRA", m.Stance(kind="sanctions", start=month(1935, 1), end=month(1936, 1),
                                 at_most="abstain"))
    assert ballot(state, "FRA", SANCTIONS)[0] == "yes"
    for when, expected in ((month(1935, 1), "abstain"), (month(1936, 1), "yes")):
        later = state.copy()
        later.month = when
        assert ballot(later, "FRA", SANCTIONS)[0] == expected


def test_a_later_stance_wins_a_conflict():
    """Stances apply in the order listed: a general bound first, an exception after it."""
    state = game("FRA", m.Stance(at_most="abstain"),
                 m.Stance(crisis="abyssinia", at_least="yes"))
    assert ballot(state, "FRA", CONDEMN_ITALY)[0] == "yes"
    assert ballot(state, "FRA", SANCTIONS)[0] == "abstain"


def condemned(state):
    """Japan condemned and sanctioned by the League over Manchuria: it is tempted to leave."""
    state = state.copy()
    c = state.crises["manchuria"]
    state.crises = {**state.crises, "manchuria": replace(c, measures=(
        Measure("condemn", "league", "r1", state.month, False),
        Measure("sanctions", "league", "r2", state.month, False),
        Measure("sanctions", "league", "r3", state.month, False)))}
    return state


def leaves(state, nation: str) -> bool:
    return any(c.action.verb == "leave" for c in plan(view(state, nation), 0, "hard"))


def test_stays_in_stops_a_walk_out():
    """An AI aggressor condemned by the League gives notice to leave it; with stays_in it
    never does."""
    assert leaves(condemned(game("JPN")), "JPN")
    assert not leaves(condemned(game("JPN", stays_in=("league",))), "JPN")


def test_the_forecast_agrees_with_the_clamped_ballot():
    """The forecast clamps as the AI does: the capped seat is forecast to abstain with no
    chance of a yes, its stated policy is the deciding factor, lobbying cannot move it, and
    the AI then casts the forecast ballot."""
    state = game("FRA", m.Stance(kind="sanctions", at_most="abstain"))
    draft = draft_of(parse_action(SANCTIONS))
    seat = forecast(view(state, "GBR"), draft, "hard").seat("FRA")
    assert (seat.ballot, seat.certainty) == ("abstain", "sure")
    assert "yes" not in seat.chances and seat.possible == ("abstain",)
    assert seat.factor.startswith("our stated policy") and not seat.pressable
    assert seat.reasons[0] == seat.factor
    assert seat.ballot == ballot(state, "FRA", SANCTIONS)[0]


def test_the_forecast_merges_the_chances_a_stance_joins():
    """On easy the noise spreads a seat over ballots; a stance folds the ones it forbids into
    its bound, and the chances still add up to one."""
    draft = draft_of(parse_action(CONDEMN_ITALY))
    free = forecast(view(game("JPN"), "GBR"), draft, "easy").seat("JPN")
    bound = forecast(view(game("JPN", m.Stance(at_least="abstain")), "GBR"), draft,
                     "easy").seat("JPN")
    assert "no" in free.chances and "no" not in bound.chances
    folded = free.chances.get("abstain", 0) + free.chances["no"]
    assert abs(bound.chances["abstain"] - folded) < 1e-3
    assert abs(sum(bound.chances.values()) - 1) < 1e-3


def test_the_explanation_of_a_cast_ballot_names_the_policy():
    """The reasons the council shows for a ballot the AI cast under a stance start with the
    stated policy, as the AI gave them; a ballot the stance did not decide is explained as
    before."""
    state = game("FRA", m.Stance(kind="sanctions", at_most="abstain"))
    draft = draft_of(parse_action(SANCTIONS))
    state.resolutions = {draft.id: draft}
    cast = explain(view(state, "FRA"), parse_action("FRA vote draft abstain"))
    assert cast[0] == ballot(state, "FRA", SANCTIONS)[1][0]
    assert cast[0].startswith("our stated policy")
    assert not explain(view(state, "FRA"), parse_action("FRA vote draft no"))[0].startswith(
        "our stated policy")


def test_a_sponsor_reads_the_stances_of_those_who_might_block():
    """The member deciding whether to table reads the same stances as the ballot: a nation
    that would vote no but is bound to abstain is no longer expected to block, and one bound
    to vote no is expected to, whatever it weighs."""
    draft = draft_of(parse_action(CONDEMN_ITALY))
    sponsor = Mind(view(game("JPN"), "GBR"), "hard")
    assert sponsor.of("JPN").blocks(draft, -12.0)  # a veto's threshold
    lifted = Mind(view(game("JPN", m.Stance(kind="condemn", at_least="abstain")), "GBR"), "hard")
    assert not lifted.of("JPN").blocks(draft, -12.0)
    bound = Mind(view(game("FRA", m.Stance(kind="condemn", at_most="no")), "GBR"), "hard")
    assert bound.of("FRA").blocks(draft, -25.0)


def test_a_co_sponsor_votes_for_the_draft_it_put_its_name_to():
    """A government that co-sponsors a draft votes yes on it, whatever its weighed support
    (in the guide's Falklands campaign Venezuela co-sponsored the OAS drafts on the
    occupation and then abstained on them); a stance still binds it."""
    state = game("JPN")
    draft = draft_of(parse_action(CONDEMN_ITALY))
    assert Mind(view(state, "JPN"), "hard").ballot(draft)[0] == "no"
    cast, reasons = Mind(view(state, "JPN"), "hard").ballot(replace(draft, cosponsors=("JPN",)))
    assert (cast, reasons[0]) == ("yes", "we put our name to this draft")
    bound = game("JPN", m.Stance(kind="condemn", at_most="abstain"))
    assert Mind(view(bound, "JPN"), "hard").ballot(
        replace(draft, cosponsors=("JPN",)))[0] == "abstain"


def test_a_stance_for_one_organisation_binds_only_there():
    """'Abstain on sanctions in the League, not at the UN' (the guide-only campaign's
    Ireland, for the Community and the UN): the stance names its organisation, and says so."""
    state = game("FRA", m.Stance(kind="sanctions", at_most="abstain", org="league"))
    assert ballot(state, "FRA", SANCTIONS)[0] == "yes"  # a UN draft
    league = draft_of(parse_action("GBR table league.council sanctions manchuria type=economic"))
    cast, reasons = Mind(view(state, "FRA"), "hard").ballot(league)
    assert cast == "abstain"
    assert reasons[0] == ("our stated policy: at most an abstention on sanctions resolutions "
                          "in the League of Nations")
