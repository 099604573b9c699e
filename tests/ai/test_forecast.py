"""The vote forecast (game/ai/forecast.py) and the order of the AI's vote reasons."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.ai.forecast import VERDICTS, _chances, draft_of, forecast
from game.ai.policy import NOISE, Mind, ballot_of, explain, ranked
from game.engine import apply, new_game, parse_action
from game.engine.state import pair
from game.engine.view import view

from tests.engine.factory import campaign
from tests.engine.helpers import do, end_orders, vote_on

DRAFTS = (
    "GBR table league.council condemn abyssinia",
    "GBR table league.council sanctions abyssinia type=economic",
    "GBR table league.council condemn abyssinia article=15",
    "GBR table un.council condemn manchuria",
    "GBR table un.council sanctions manchuria type=economic",
    "GBR table un.assembly sanctions manchuria type=economic",
)


@pytest.fixture
def state():
    return new_game(campaign(), seed=1)


def befriend(state, a: str, b: str, value: int):
    """``state`` with the relation between ``a`` and ``b`` set to ``value``."""
    state = state.copy()
    state.relations = {**state.relations, pair(a, b): value}
    return state


@pytest.mark.parametrize("text", DRAFTS)
@pytest.mark.parametrize("friendly", (0, 60))
def test_forecast_matches_the_tally_when_ballots_follow_it(state, text, friendly):
    """Cast every seat's likely ballot through the engine: the engine's decision (adopted or
    not, and who vetoed) is the one the forecast predicted, under unanimity, Article 15, the
    Security Council's veto and the Assembly's majority."""
    state = befriend(state, "SOV", "JPN", friendly)
    f = forecast(view(state, "GBR"), draft_of(parse_action(text)))
    _, vote = vote_on(state, text, f.ballots())
    assert (vote.get("status") in ("adopted", "recommended")) == f.decision.adopted
    assert tuple(vote.get("vetoed_by")) == f.decision.vetoed_by
    assert f.verdict in VERDICTS


def test_a_permanent_member_that_opposes_is_a_veto_warning(state):
    """A permanent member of the Security Council that is close to the aggressor is forecast
    to vote no: the forecast names it as a likely veto, and the likely result is the veto."""
    state = befriend(state, "SOV", "JPN", 80)
    f = forecast(view(state, "GBR"),
                 draft_of(parse_action("GBR table un.council condemn manchuria")))
    assert "SOV" in f.vetoes
    assert f.seat("SOV").ballot == "no"
    assert "SOV" in f.decision.vetoed_by
    assert f.verdict != "likely adopted"


def on_agenda(state, text):
    """Table a draft and let every nation end its orders: the draft is on the agenda and the
    members debate it (orders are carried out together when the phase ends)."""
    state, _ = do(state, text)
    while state.phase == "orders":
        state, _ = apply(state, parse_action(f"{state.waiting_for()[0]} end"))
    return state, next(iter(state.resolutions))


def test_a_forecast_reads_only_the_view(state):
    """Two games that differ only in what the viewer cannot know (others' capital, others'
    lobbying on the item, the seed) give the same forecast, and no reason names a lobbying
    the viewer was not told of."""
    state, rid = on_agenda(state, "FRA table un.council sanctions manchuria type=economic")
    lobbied, _ = end_orders(state, lobbying=(f"FRA lobby SOV {rid}", f"FRA lobby USA {rid}"))
    state, _ = end_orders(state)
    lobbied = lobbied.copy()
    lobbied.seed += 1
    lobbied.nations = {code: replace(n, capital=n.capital // 2) if code != "GBR" else n
                       for code, n in lobbied.nations.items()}
    assert lobbied.resolutions[rid].lobbied  # the hidden thing is there in the full state
    plain = forecast(view(state, "GBR"), state.resolutions[rid])
    secret = forecast(view(lobbied, "GBR"), lobbied.resolutions[rid])
    assert plain == secret
    assert not any("pressed us" in why for s in secret.seats for why in s.reasons)
    with pytest.raises(TypeError):
        forecast(lobbied, lobbied.resolutions[rid])  # type: ignore[arg-type]


def test_the_viewers_own_lobbying_counts(state):
    """Lobbying the viewer did is known to it: the pressed seat's support rises by it, and the
    reason is named."""
    state, rid = on_agenda(state, "GBR table un.council sanctions manchuria type=economic")
    before = forecast(view(state, "GBR"), state.resolutions[rid]).seat("USA")
    state, _ = end_orders(state, lobbying=(f"GBR lobby USA {rid}",))
    after = forecast(view(state, "GBR"), state.resolutions[rid]).seat("USA")
    assert after.support > before.support
    assert "United Kingdom pressed us" in after.reasons


def test_a_forecast_follows_the_ballots_the_ai_casts(state):
    """With the AI's noise at zero (hard) and nobody lobbying, every seat the forecast calls
    sure votes as forecast when the AI casts its ballots."""
    text = "GBR table un.council sanctions manchuria type=economic"
    state, rid = on_agenda(state, text)
    f = forecast(view(state, "GBR"), state.resolutions[rid], "hard")
    state, _ = end_orders(state)
    for seat in f.seats:
        if seat.nation != "GBR" and seat.certainty == "sure":
            ballot, _ = Mind(view(state, seat.nation), "hard").ballot(state.resolutions[rid])
            assert ballot == seat.ballot, seat.nation


def test_the_noise_makes_a_band(state):
    """On easy the AI's noise is wide: some seat that is sure on hard is no longer sure, and
    the range of yes votes widens."""
    text = "GBR table un.council sanctions manchuria type=economic"
    draft = draft_of(parse_action(text))
    hard = forecast(view(state, "GBR"), draft, "hard")
    easy = forecast(view(state, "GBR"), draft, "easy")
    assert sum(s.certainty == "sure" for s in easy.seats) < sum(
        s.certainty == "sure" for s in hard.seats)
    assert easy.high["yes"] - easy.low["yes"] >= hard.high["yes"] - hard.low["yes"]


def test_vote_reasons_are_ordered_by_their_contribution(state):
    """A nation's reasons for a vote come largest contribution first, so the first one names
    the factor that decided: Japan's bloc loyalty to Italy outweighs the clarity of the facts,
    and the United States' cost aversion leads its reasons on sanctions."""
    res = draft_of(parse_action("GBR table league.council condemn abyssinia"))
    value, terms = Mind(view(state, "JPN"), "hard").weigh(res)
    reasons = Mind(view(state, "JPN"), "hard").support(res)[1]
    assert reasons[0] == "Italy is in our bloc"
    sizes = {why: abs(t) for t, why in terms}
    assert [sizes[r] for r in reasons] == sorted((sizes[r] for r in reasons), reverse=True)
    assert value == pytest.approx(sum(t for t, _ in terms))
    sanctions = draft_of(parse_action("GBR table un.council sanctions manchuria type=economic"))
    assert Mind(view(state, "USA"), "hard").support(sanctions)[1][0] == (
        "we avoid costly commitments")


def test_the_deciding_factor_points_the_way_of_the_ballot(state):
    """A seat forecast to vote no is explained by what pulls it against; one forecast to vote
    yes by what pushes it for."""
    f = forecast(view(state, "GBR"),
                 draft_of(parse_action("GBR table league.council condemn abyssinia")))
    assert f.seat("JPN").ballot == "no" and f.seat("JPN").factor == "Italy is in our bloc"
    assert f.seat("ITA").factor == "it is aimed at us"
    assert f.seat("FRA").ballot == "yes" and f.seat("FRA").factor == "clarity of the facts: 75"


def test_the_viewers_ballot_once_cast_is_its_seat(state):
    """Before it votes the viewer's seat is its own choice (counted as yes for its own
    draft); once it has voted, the forecast counts the ballot it cast."""
    text = "GBR table un.council sanctions manchuria type=economic"
    state, rid = on_agenda(state, text)
    state, _ = end_orders(state)
    seat = forecast(view(state, "GBR"), state.resolutions[rid]).seat("GBR")
    assert (seat.certainty, seat.ballot) == ("yours", "yes")
    state, _ = do(state, f"GBR vote {rid} abstain")
    seat = forecast(view(state, "GBR"), state.resolutions[rid]).seat("GBR")
    assert (seat.certainty, seat.ballot) == ("cast", "abstain")


@given(st.floats(-60, 60), st.sampled_from(("easy", "normal")), st.booleans())
def test_chances_count_the_ais_noise_exactly(support, difficulty, permanent):
    """A seat's chances are the share of the AI's 256 noise values (a byte of its hash) that
    give each ballot, exactly as ``Mind.ballot`` adds the noise to the support."""
    counts: dict[str, int] = {}
    for byte in range(256):
        noise = (byte / 255 * 2 - 1) * NOISE[difficulty]
        ballot = ballot_of(support + noise / 2, permanent)
        counts[ballot] = counts.get(ballot, 0) + 1
    expected = {b: round(n / 256, 4) for b, n in counts.items()}
    assert _chances(support, NOISE[difficulty] / 2, permanent) == expected


def test_a_ballots_reasons_start_with_what_decided_it():
    """Reasons that pull towards the ballot cast come first (largest first), then the others:
    a yes is explained by what pushed it, even when a cost weighed more against; a no or an
    abstention by what held the nation back."""
    terms = [(-20.0, "sanctions would cost our trade"), (15.0, "clarity of the facts: 75"),
             (10.0, "we stand by collective security"), (0.2, "France asks it")]
    assert ranked(terms, "yes") == ["clarity of the facts: 75", "we stand by collective security",
                                    "sanctions would cost our trade"]
    assert ranked(terms, "abstain")[0] == ranked(terms, "no")[0] == (
        "sanctions would cost our trade")
    assert ranked(terms) == ["sanctions would cost our trade", "clarity of the facts: 75",
                             "we stand by collective security"]


def test_explained_votes_name_the_deciding_factor_first(state):
    """The reasons the council shows for a counted ballot start with the factor that pulled
    towards the ballot cast: Japan voting no on condemning Italy names its bloc; had it voted
    yes, the clarity of the facts (though its bloc weighs more against)."""
    text = "GBR table league.council condemn abyssinia"
    for ballot, first in (("no", "Italy is in our bloc"), ("yes", "clarity of the facts")):
        after, vote = vote_on(state, text, {"JPN": ballot}, default="yes")
        rid = vote.get("resolution")
        reasons = explain(view(after, "JPN"), parse_action(f"JPN vote {rid} yes"))
        assert reasons[0].startswith(first), reasons


@settings(max_examples=25, deadline=None)
@given(text=st.sampled_from(DRAFTS), ties=st.lists(st.integers(-80, 80), min_size=4,
                                                    max_size=4))
def test_any_forecast_matches_the_tally_when_ballots_follow_it(text, ties):
    """Whatever the permanent members think of the aggressors, the engine counting the
    forecast's likely ballots reaches the forecast's decision."""
    state = new_game(campaign(), seed=1)
    for (a, b), value in zip((("SOV", "JPN"), ("USA", "JPN"), ("FRA", "ITA"), ("GBR", "JPN")),
                             ties):
        state = befriend(state, a, b, value)
    f = forecast(view(state, "GBR"), draft_of(parse_action(text)))
    _, vote = vote_on(state, text, f.ballots())
    assert (vote.get("status") in ("adopted", "recommended")) == f.decision.adopted
    assert tuple(vote.get("vetoed_by")) == f.decision.vetoed_by
