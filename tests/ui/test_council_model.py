"""The council chamber's rules of display, without pygame (game/ui/council_model.py): the
bodies and seats the player sees, the agenda, what may be tabled and why not, the forecast
and its veto warning, the last session's results and what they mean, and the lobbying
offered. Every situation is played to from the start of the mini campaign, never forged."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from game.content.loader import load_campaign
from game.engine.actions import parse_action
from game.engine.orders import ORDERS
from game.engine.orders.organisations import offer_of
from game.engine.view import view
from game.session.paths import BUILTIN_CAMPAIGNS
from game.session.session import Seat, Session
from game.ui.controller import GameController
from game.ai.forecast import draft_of
from game.ui.council_model import (BALLOT_WORDS, CERTAINTY_WORDS, STATUS_WORDS,
                                   CouncilModel)

REPO = Path(__file__).resolve().parents[2]
MINI = REPO / "tests" / "fixtures" / "mini_campaign"
EXPEL_BRAVIA = "ALD table un.security_council expel BRV"
"""Expelling a permanent member: it is sure to veto."""


def model_of(ctl: GameController) -> CouncilModel:
    """The chamber's model for the player at the screen, as the scene makes it."""
    return CouncilModel(ctl.view(), ctl.humans, ctl.reason_for, ctl.session.difficulty)


def new_game(mini, *seats: str) -> GameController:
    return GameController(Session(mini, seed=3, seats=tuple(Seat(n, n) for n in seats)))


def in_crisis(mini) -> GameController:
    """Two turns in, when Bravia's ultimatum has opened the Helvan crisis (a League crisis
    under Article 11); Aldoria's pending decisions answered, nobody's orders given yet."""
    ctl = new_game(mini, "ALD")
    ctl.session.play_out(2)
    st = ctl.session.state
    for event in st.choices.get("ALD", ()):
        ctl.submit(f"ALD choose {event} {st.campaign.event(event).choice.options[0].id}")
    assert ctl.session.state.crises["helvan_crisis"].active
    return ctl


def to_the_vote(ctl: GameController, nation: str = "ALD") -> None:
    """End the orders and the debate for ``nation``; the AI does the same."""
    for _ in range(2):
        if nation in ctl.session.state.waiting_for():
            ok, why = ctl.submit(f"{nation} end")
            assert ok, why
        ctl.finish_ai()
    assert ctl.session.state.phase == "voting"


def counted(ctl: GameController, ballot: str = "yes", nation: str = "ALD") -> None:
    """``nation`` casts ``ballot`` on everything it owes; the AI votes; the count follows."""
    for rid in ctl.session.state.ballots_owed(nation):
        ctl.submit(f"{nation} vote {rid} {ballot}")
    ctl.finish_ai()
    assert ctl.session.state.phase == "orders"


def vetoing_session(tmp_path: Path) -> GameController:
    """The mini campaign with a Security Council that can carry a draft (five votes of its
    seven seats; the fixture's own needs more votes than it has seats, so it never reaches a
    veto) and an Assembly that may meet in emergency session from the start, played by
    Aldoria with Bravia at the table too."""
    folder = tmp_path / "mini_veto"
    shutil.copytree(MINI, folder)
    orgs = folder / "organisations.yaml"
    text = orgs.read_text(encoding="utf-8")
    assert "{from: 1930-01, seats: 11, votes: 7}" in text
    assert "emergency_from: 1932-01" in text
    text = text.replace("{from: 1930-01, seats: 11, votes: 7}",
                        "{from: 1930-01, seats: 7, votes: 5}")
    orgs.write_text(text.replace("emergency_from: 1932-01", "emergency_from: 1930-01"),
                    encoding="utf-8")
    result = load_campaign(folder)
    assert result.campaign is not None, result.errors
    return new_game(result.campaign, "ALD", "BRV")


def play_to_veto(ctl: GameController):
    """Aldoria tables condemnations of every active crisis in the Council and votes for them;
    Bravia, a permanent member, votes against until a draft that had the votes is vetoed.
    Returns the vetoed resolution, at the next orders phase."""
    while True:
        st = ctl.session.state
        assert st.turn < 12 and not ctl.over, "no veto in twelve turns of play"
        if st.phase in ("orders", "debate"):
            for nation in ("ALD", "BRV"):
                if nation not in st.waiting_for():
                    continue
                for c in st.choices.get(nation, ()):
                    ctl.submit(f"{nation} choose {c} {st.campaign.event(c).choice.options[0].id}")
                if nation == "ALD" and st.phase == "orders":
                    for cid, crisis in st.crises.items():
                        if crisis.active:
                            ctl.submit(f"ALD table un.security_council condemn {cid}")
                ctl.submit(f"{nation} end")
        elif st.phase == "voting":
            for nation, ballot in (("ALD", "yes"), ("BRV", "no")):
                for rid in st.ballots_owed(nation):
                    ctl.submit(f"{nation} vote {rid} {ballot}")
        ctl.finish_ai()
        st = ctl.session.state
        if st.phase == "orders":
            vetoed = next((r for r in st.archive if r.turn == st.turn - 1
                           and r.status == "vetoed"), None)
            if vetoed is not None:
                return vetoed


def test_the_model_needs_no_pygame():
    """The chamber's model imports no pygame: its rules are testable, and usable by any
    front end, without a display."""
    code = "import sys, game.ui.council_model; print('pygame' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_bodies_are_those_the_player_sits_in(mini):
    """The chamber lists the bodies where the player holds a seat (or that have business),
    and opens on a council, not an assembly."""
    ctl = new_game(mini, "ALD")
    model = model_of(ctl)
    bodies = model.bodies()
    assert bodies
    for target in bodies:
        seats = model.seats(target, None)
        assert [s.code for s in seats if s.you] == ["ALD"] or model.agenda(target), target
    opening = model.default_body(None, results=False)
    assert model.bdef(opening).rule in ("security_council", "unanimity")
    assert model.bdef(opening).seats is not None


def test_a_seat_keeps_its_place_in_the_ring_from_the_ballot_to_the_count():
    """The results ring lists the seats in the order the forecast and the open ballot showed
    them: in 1951 Brazil, elected again, stood after Yugoslavia at the vote and was drawn
    before Ecuador at the count, where its 1946 term is listed (seen in a real window)."""
    from game.engine.bodies import seated

    campaign = load_campaign(BUILTIN_CAMPAIGNS / "un_1945").campaign
    ctl = GameController(Session(campaign, seed=1, seats=(Seat("USA", "Ann"),)))
    ctl.session.state.month = 1951 * 12 + 5
    model = model_of(ctl)
    now = seated(model.view.facts, "un", "council")
    listed = [n for n in dict.fromkeys(s.nation for s in model.bdef("un.council").seats)
              if n in now]
    assert listed != now  # the listing alone would reshuffle the ring
    assert model.seat_order("un.council")[:len(now)] == now


def test_in_the_debate_the_chamber_opens_where_there_is_business(mini):
    """In the debate the chamber opens on a body with items to lobby on, not on an empty
    council (seen in a real window: the Security Council with nothing on its agenda, the
    End the debate button nowhere, while three other bodies had items)."""
    ctl = new_game(mini, "ALD")
    ok, why = ctl.submit("ALD table league.assembly expel GOT")
    assert ok, why
    ctl.submit("ALD end")
    ctl.finish_ai()
    model = model_of(ctl)
    assert model.view.phase == "debate"
    opening = model.default_body(None, results=False)
    assert model.agenda(opening)


def test_a_permanent_member_likely_to_veto_is_flagged(mini):
    """Drafting the expulsion of Bravia, a permanent member of the Security Council: the
    forecast says it likely fails and the warning names Bravia's likely veto and its reason."""
    ctl = new_game(mini, "ALD")
    model = model_of(ctl)
    f, heading = model.draft_forecast("un.security_council", parse_action(EXPEL_BRAVIA))
    assert heading == "Draft: Expel Bravia"
    assert f.vetoes == ("BRV",) and f.verdict == "likely fails"
    (warning, cls), *_ = model.veto_lines(f)
    assert cls == "veto" and warning == f"Veto likely: Bravia ({f.seat('BRV').factor})"
    bravia = next(s for s in model.forecast_seats(f) if s.code == "BRV")
    assert bravia.veto and bravia.permanent and bravia.ballot == "no"
    assert "(a veto)" in model.seat_tip(f.seat("BRV"), f)


def test_a_seat_that_could_vote_otherwise_says_so(mini):
    """Economic sanctions on Bravia in the League Council: a seat that could vote otherwise
    is marked leaning or a toss-up, its tip names the other ballot it could cast, and the
    expected tally gives a range."""
    ctl = in_crisis(mini)
    model = model_of(ctl)
    draft = parse_action("ALD table league.council sanctions helvan_crisis type=economic")
    f, _ = model.draft_forecast("league.council", draft)
    unsure = [x for x in f.seats if x.certainty in ("leaning", "toss-up")]
    assert unsure
    for x in unsure:
        other = next(b for b in x.possible if b != x.ballot)
        tip = model.seat_tip(x, f)
        assert f"({CERTAINTY_WORDS[x.certainty]}, " in tip
        assert f"Could vote {BALLOT_WORDS[other]}" in tip
    assert "–" in model.verdict_text(f)


def test_an_item_on_the_agenda_shows_its_sponsor_and_forecast(mini):
    """Once tabled, an item lists its sponsor and the body's rule, and its forecast line
    warns of the veto in red."""
    ctl = new_game(mini, "ALD")
    assert ctl.submit(EXPEL_BRAVIA)[0]
    ctl.submit("ALD end")
    ctl.finish_ai()
    model = model_of(ctl)
    (item,) = [i for i in model.items("un.security_council") if i.res.sponsor == "ALD"]
    assert item.sponsors.startswith("Tabled by Aldoria")
    assert item.sponsors.endswith("A permanent member's No is a veto.")
    line, cls = model.forecast_line(item.forecast)
    assert line.startswith("Forecast: Likely fails") and "veto likely: BRV" in line
    assert cls == "bad"
    assert model.ring_status(item.res) == "On the agenda"


def test_an_empty_chamber_says_what_the_player_can_do_there(mini):
    """Under an empty ring the chamber does not repeat the agenda column's 'nothing': in the
    orders it points to the drafts' forecast, and after a count to the results."""
    ctl = new_game(mini, "ALD")
    model = model_of(ctl)
    note = model.empty_floor(drafting=True, decided=False)
    assert note.startswith("No question is before the members.")
    assert "Point at a draft" in note and "results" not in note
    assert "Point at a draft" not in model.empty_floor(drafting=False, decided=False)
    assert ctl.submit(EXPEL_BRAVIA)[0] and ctl.submit("ALD end")[0]
    ctl.finish_ai()
    assert ctl.view().phase == "debate"  # no drafting in the debate
    assert model_of(ctl).empty_floor(drafting=True, decided=True) == (
        "No question is before the members. The last session's results: R.")


def test_the_players_own_tabling_waits_for_the_turn(mini):
    """A draft tabled this turn is listed as waiting for the turn's orders, and the note says
    what tabling costs and what the player has."""
    ctl = in_crisis(mini)
    model = model_of(ctl)
    d = model.drafting("league.council", "helvan_crisis")
    cost_note = d.note
    assert "Tabling costs" in cost_note and f"you have {ctl.view().nations['ALD'].capital}" \
        in cost_note
    assert d.groups[0].heading == ctl.view().crises["helvan_crisis"].name  # chosen crisis first
    assert ctl.submit("ALD table league.council inquiry helvan_crisis")[0]
    queued = model_of(ctl).drafting("league.council").queued
    assert [a.text() for a in queued] == ["ALD table league.council inquiry helvan_crisis"]


def test_a_measure_in_force_is_not_offered_again_with_the_reason(mini):
    """After the League Council condemns Bravia under Article 15, the same draft is still
    listed but barred, saying that a condemnation stands until the crisis changes."""
    ctl = in_crisis(mini)
    draft = "ALD table league.council condemn helvan_crisis article=15"
    assert ctl.submit(draft)[0]
    to_the_vote(ctl)
    counted(ctl)
    model = model_of(ctl)
    (res,) = [r for r in model.decided("league.council") if r.kind == "condemn"]
    assert res.status == "adopted"
    drafts = {d.action.text(): d for g in model.drafting("league.council").groups
              for d in g.drafts}
    assert drafts[draft].why == "a condemnation stands until the crisis changes"
    assert drafts[draft].label == "Condemn Bravia · Art. 15"


def test_parties_do_not_count_under_article_15(mini):
    """Under Article 15 the parties' votes are not counted: the ring marks both parties of
    the Helvan crisis, on the draft's forecast and on the counted vote, the item's rule says the
    parties are excepted (and an Article 11 draft does not: it said so of every League item,
    seen in the tutorial), and the result's tally leaves them out and says why (the
    tutorial's result read 'Yes 4, No 1 ... adopted without dissent')."""
    ctl = in_crisis(mini)
    draft = parse_action("ALD table league.council condemn helvan_crisis article=15")
    model = model_of(ctl)
    f, _ = model.draft_forecast("league.council", draft)
    assert {s.code for s in model.forecast_seats(f) if s.excluded} == {"BRV", "HEL"}
    assert "its vote is not counted (Article 15)" in model.seat_tip(f.seat("BRV"), f)
    assert ctl.submit(draft)[0]
    to_the_vote(ctl)
    model = model_of(ctl)
    (item,) = [i for i in model.items("league.council") if i.res.kind == "condemn"]
    assert item.sponsors.endswith("Needs every member present (parties excepted).")
    under_11 = draft_of(parse_action("ALD table league.council inquiry helvan_crisis"))
    assert model.rule_text(under_11) == "Needs every member present."  # the parties vote
    counted(ctl)
    model = model_of(ctl)
    res = next(r for r in model.decided("league.council") if r.kind == "condemn")
    seats = model.seats("league.council", res)
    assert {s.code for s in seats if s.excluded} == {"BRV", "HEL"}
    result = model.result(res)
    assert sum(model.tally(res).values()) == len(res.ballots) - 2
    assert "The parties' votes are not counted." in result.verdict
    assert [r.nation for r in result.rows if r.why.startswith("not counted (a party)")] == \
        [n for n in model.seat_order("league.council") if n in ("BRV", "HEL")]


def test_an_open_ballot_shows_only_the_players_own(mini):
    """While a ballot is open the ring shows the player's own ballot and nobody else's (the
    AI members have voted, in secret), the player's next item is the one still owed, and the
    note under the ring says the ballots are secret."""
    ctl = in_crisis(mini)
    assert ctl.submit("ALD table un.security_council condemn helvan_crisis")[0]
    ctl.session.submit("CAS table un.security_council inquiry helvan_crisis")
    to_the_vote(ctl)
    model = model_of(ctl)
    assert model.voting_note("un.security_council").startswith("Voting is open")
    first, second = model.owed()[:2]
    assert model.next_owed("un.security_council").id == first
    assert ctl.submit(f"ALD vote {first} yes")[0]
    model = model_of(ctl)
    res = ctl.view().resolution(first)
    seats = model.seats("un.security_council", res)
    assert [s.code for s in seats if s.ballot not in (None, "absent")] == ["ALD"]
    assert model.open_ballot_note(res).endswith("Yours: Yes.")
    assert model.ring_status(res) == "Voting"
    item = next(i for i in model.items("un.security_council") if i.res.id == first)
    assert not item.owed and item.ballot_note == (
        "Your ballot: Yes — secret until the count.", "good")
    assert model.next_owed("un.security_council").id == second


def test_a_counted_vote_shows_every_ballot_with_the_ai_reasons(mini):
    """After the count every seat shows its ballot; an AI member's row gives its public
    reasons, the player's row is marked as its own and gives none."""
    ctl = in_crisis(mini)
    assert ctl.submit("ALD table league.council condemn helvan_crisis")[0]
    to_the_vote(ctl)
    counted(ctl)
    model = model_of(ctl)
    assert model.default_body(None, results=True) in {
        f"{r.org}.{r.body}" for r in model.last_turn()}
    res = next(r for r in model.decided("league.council") if r.sponsor == "ALD")
    result = model.result(res)
    assert result.verdict.startswith(f"{STATUS_WORDS[res.status]}. Yes ")
    assert len(result.rows) == len(res.ballots)
    mine = next(row for row in result.rows if row.nation == "ALD")
    assert mine.you and not mine.why and mine.text.endswith("(you)")
    assert any(row.why for row in result.rows if row.nation != "ALD")
    seats = model.seats("league.council", res)
    assert all(s.ballot for s in seats)


def test_a_vetoed_result_names_the_vetoing_members_and_offers_uniting_for_peace(tmp_path):
    """A draft vetoed in the Security Council: the results come first, name Bravia's veto in
    the verdict and on its seat, and offer Uniting for Peace (Res 377 A(V))."""
    ctl = vetoing_session(tmp_path)
    vetoed = play_to_veto(ctl)
    model = model_of(ctl)
    assert model.decided("un.security_council")[0].id == vetoed.id  # a veto is the news
    result = model.result(vetoed)
    assert result.verdict.startswith("Vetoed — veto by Bravia.")
    assert result.cls == "bad"
    assert model.outcome(vetoed) == ("Vetoed: veto by Bravia", "veto")
    assert [row.nation for row in result.rows if row.veto] == ["BRV"]
    assert [s.code for s in model.seats("un.security_council", vetoed) if s.veto] == ["BRV"]
    assert any(a.verb == "emergency" and why is None for a, why in result.uniting_for_peace)
    assert not result.ufp_note
    assert vetoed.reason and not model.explanation(vetoed)  # said once, in the verdict


def test_lobbying_offers_press_each_seat_with_the_offer_chosen(mini):
    """In the debate every Press option of an item makes the offer chosen, one per seat;
    after the debate the player reads the answers under the item."""
    ctl = new_game(mini, "ALD")
    assert ctl.submit("ALD table un.security_council expel GOT")[0]
    ctl.submit("ALD end")
    ctl.finish_ai()
    assert ctl.session.state.phase == "debate"
    model = model_of(ctl)
    assert model.may_debate()
    assert f"({ORDERS['lobby'].cost} diplomatic capital each" in model.debate_note()
    (item,) = [i for i in model.items("un.security_council", "aid") if i.res.sponsor == "ALD"]
    assert item.lobby and all(offer_of(a) == "aid" for a, _ in item.lobby)
    codes = [a.args[0] for a, _ in item.lobby]
    assert len(codes) == len(set(codes))
    press = next(a for a, why in item.lobby if why is None)
    assert ctl.submit(press)[0]
    ctl.submit("ALD end")
    ctl.finish_ai()
    model = model_of(ctl)
    (item,) = [i for i in model.items("un.security_council") if i.res.sponsor == "ALD"]
    assert item.answers.startswith("Your lobbying: ") and "(you offered aid)" in item.answers


def test_an_observer_sees_no_forecast_and_nothing_to_table(mini):
    """A view without a nation (a defeated seat watching) has no forecast, no ballot owed
    and no drafting."""
    ctl = in_crisis(mini)
    assert ctl.submit("ALD table league.council condemn helvan_crisis")[0]
    ctl.submit("ALD end")
    ctl.finish_ai()
    model = CouncilModel(view(ctl.session.state, None), ctl.humans)
    assert model.player is None
    items = model.items("league.council")
    assert items and all(i.forecast is None for i in items)
    assert model.item_forecast(items[0].res) is None
    assert model.drafting("league.council") is None and model.owed() == []
