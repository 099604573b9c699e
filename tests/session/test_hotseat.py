"""Hot-seat play without a screen: seat set-up, passwords, whose turn it is, defeat, what each
seat's view exposes, and saving in the middle of a round."""

import json
from dataclasses import replace
from pathlib import Path

import pytest

from game.content.loader import load_campaign
from game.engine import legal_actions, state_hash, view, view_to_plain
from game.engine.state import Mission
from game.session import hotseat as hs
from game.session.restore import resume
from game.session.savefile import SaveError, document, encode, parse
from game.session.session import Seat

MINI = Path(__file__).resolve().parents[1] / "fixtures" / "mini_campaign"
PEOPLE = [hs.SeatRequest("Ann", "ALD"), hs.SeatRequest("Ben", "BRV", "bravo"),
          hs.SeatRequest("Cy", "CAS")]


@pytest.fixture(scope="module")
def mini():
    result = load_campaign(MINI)
    assert result.campaign is not None, result.errors
    return result.campaign


def fast_session(mini, people=PEOPLE, seed=3):
    """A session whose passwords hash quickly (the real iterations are for real games)."""
    seats = tuple(Seat(p.nation, p.name, hs.hash_password(p.password, iterations=1_000)
                       if p.password else "") for p in people)
    from game.session.session import Session

    return Session(mini, seed, seats, source="test:mini")


def finish_turn(session, seat_actions=None):
    """Play on until a new turn begins: the AI for its nations, each seat its actions (or
    just 'end'), yes on every ballot. Returns the turns at the screen, in order."""
    seen = []
    start = session.state.turn
    while not session.over and session.state.turn == start:
        hs.run_machines(session)
        t = hs.turn(session)
        if t is None or session.state.turn != start:
            continue
        seen.append((t.nation, t.kind, session.state.phase))
        if t.kind != "play":
            hs.done_watching(session, t.nation) if t.kind == "watch" else \
                hs.retire(session, t.nation, hs.RETIRED_AI)
            continue
        play_seat(session, t.nation, (seat_actions or {}).get(t.nation, ()))
    return seen


def play_seat(session, nation, actions=()):
    s = session.state
    if s.phase == "voting":
        for rid in s.ballots_owed(nation):
            session.submit(f"{nation} vote {rid} yes")
        return
    for text in actions:
        session.submit(text)
    if s.choices.get(nation):
        choose = next(a for a in legal_actions(session.state, nation) if a.verb == "choose")
        session.submit(choose)
    session.submit(f"{nation} end")


# --- set-up -----------------------------------------------------------------------------------


def test_three_seats_are_valid(mini):
    assert hs.validate(mini, PEOPLE) == []


@pytest.mark.parametrize("seats, message", [
    ([hs.SeatRequest("Ann", "ALD")], "at least 2"),
    ([hs.SeatRequest("Ann", "ALD"), hs.SeatRequest("ann ", "BRV")], "same name"),
    ([hs.SeatRequest("Ann", "ALD"), hs.SeatRequest("Ben", "ALD")], "both chose Aldoria"),
    ([hs.SeatRequest("Ann", "ALD"), hs.SeatRequest("  ", "BRV")], "Player 2 needs a name"),
    ([hs.SeatRequest("Ann", "ALD"), hs.SeatRequest("B" * 25, "BRV")], "longer than 24"),
    ([hs.SeatRequest("Ann", "ALD"), hs.SeatRequest("Ben", "XXX")], "no nation chosen"),
    ([hs.SeatRequest("Ann", "ALD"), hs.SeatRequest("Ben", "HEL")], "cannot be played"),
    ([hs.SeatRequest("Ann", "ALD"), hs.SeatRequest("Ben", "BRV", "x" * 65)], "password"),
])
def test_bad_seats_are_named(mini, seats, message):
    problems = hs.validate(mini, seats)
    assert any(message in p for p in problems), problems
    with pytest.raises(hs.SetupError):
        hs.make_seats(mini, seats)


def test_any_nation_and_at_most_six(mini):
    codes = [d.code for d in mini.nations]
    assert [d.code for d in hs.eligible_nations(mini)] == ["ALD", "BRV", "CAS"]
    assert {d.code for d in hs.eligible_nations(mini, any_nation=True)} >= {"HEL", "GOT"}
    six = [hs.SeatRequest(f"P{i}", c) for i, c in enumerate(codes[:6])]
    assert hs.validate(mini, six, any_nation=True) == []
    seven = [hs.SeatRequest(f"P{i}", c) for i, c in enumerate(codes[:7])]
    assert any("At most 6" in p for p in hs.validate(mini, seven, any_nation=True))


def test_seats_keep_their_order_and_hash_passwords(mini):
    seats = hs.make_seats(mini, [hs.SeatRequest(" Ann ", "CAS"), hs.SeatRequest("Ben", "ALD",
                                                                               "s3cret")])
    assert [(s.nation, s.name) for s in seats] == [("CAS", "Ann"), ("ALD", "Ben")]
    assert seats[0].password == ""
    scheme, iterations, salt, digest = seats[1].password.split("$")
    assert scheme == "pbkdf2_sha256" and int(iterations) == hs.ITERATIONS
    assert len(salt) == 32 and len(digest) == 64 and "s3cret" not in seats[1].password
    assert hs.check_password(seats[1], "s3cret")
    assert not hs.check_password(seats[1], "s3cret ") and not hs.check_password(seats[1], "")
    assert hs.check_password(seats[0], "") and hs.check_password(seats[0], "anything")


def test_same_password_gets_another_salt():
    a, b = hs.hash_password("pw", iterations=1000), hs.hash_password("pw", iterations=1000)
    assert a != b
    assert hs.check_password(Seat("ALD", "A", a), "pw") and hs.check_password(
        Seat("ALD", "A", b), "pw")


def test_a_hand_edited_password_still_opens():
    assert hs.check_password(Seat("ALD", "A", "plain"), "plain")
    assert not hs.check_password(Seat("ALD", "A", "plain"), "Plain")
    assert not hs.check_password(Seat("ALD", "A", "pbkdf2_sha256$x$y$z"), "x")


# --- whose turn --------------------------------------------------------------------------------


def test_seats_act_in_their_order_each_phase(mini):
    session = fast_session(mini)
    for _ in range(3):
        hs.run_machines(session)
        assert hs.turn(session).nation == session.next_human()
        seen = finish_turn(session)
        orders = [n for n, kind, phase in seen if phase == "orders"]
        assert orders == ["ALD", "BRV", "CAS"]
        assert all(kind == "play" for _, kind, _ in seen)


def test_turn_is_none_while_the_ai_acts(mini):
    session = fast_session(mini)
    finish_turn(session)  # the next turn's AI nations have not acted yet
    assert session.ai_waiting() and hs.turn(session) is None
    hs.run_machines(session)
    assert hs.turn(session) == hs.Turn(session.seats[0], "play")
    assert hs.turn(session).viewer == "ALD"


def test_a_choice_is_asked_of_its_seat_only(mini):
    session = fast_session(mini)
    while not session.state.choices:
        finish_turn(session)
    hs.run_machines(session)
    assert list(session.state.choices) == ["ALD"]
    for seat in session.seats:
        plain = view_to_plain(view(session.state, seat.nation))
        assert list(plain["choices"]) == ([seat.nation] if seat.nation == "ALD" else [])


# --- defeat -----------------------------------------------------------------------------------


def defeat(session, nation):
    """As the engine's consequences phase does: the flag (and here the nation overrun)."""
    s = session.state.copy()
    s.flags = tuple(sorted(set(s.flags) | {f"defeated_{nation}"}))
    session.state = s


def test_a_defeated_seat_is_told_then_skipped(mini):
    session = fast_session(mini)
    hs.run_machines(session)
    defeat(session, "BRV")
    assert hs.turn(session).key() == ("ALD", "play")  # seats keep their order
    play_seat(session, "ALD")
    assert hs.turn(session).key() == ("BRV", "defeated")
    assert hs.turn(session).viewer is None
    hs.retire(session, "BRV", hs.RETIRED_AI)
    assert hs.retired(session.seat("BRV")) == "ai"
    assert session.humans == ("ALD", "BRV", "CAS")  # the seat stays (and in saves)
    assert hs.turn(session) is None and hs.auto_waiting(session) == ["BRV"]
    hs.run_machines(session)
    assert hs.turn(session).key() == ("CAS", "play")
    for _ in range(2):
        seen = finish_turn(session)
        assert [n for n, _, _ in seen if n == "BRV"] == []
    assert "BRV end" in session.log  # the AI played Bravia's orders


def test_a_watching_seat_sees_public_facts_once_a_turn(mini):
    session = fast_session(mini)
    hs.run_machines(session)
    play_seat(session, "ALD", ["ALD propose alliance CAS"])
    defeat(session, "BRV")
    hs.retire(session, "BRV", hs.RETIRED_WATCH)
    assert hs.turn(session) is None  # the AI plays Bravia first
    hs.run_machines(session)
    t = hs.turn(session)
    assert t.key() == ("BRV", "watch") and t.viewer is None
    public = view_to_plain(hs.viewer_state(session, t))
    assert public["offers"] == {} and public["choices"] == {} and public["ledger"] == []
    hs.done_watching(session, "BRV")
    assert hs.turn(session).key() == ("CAS", "play")
    play_seat(session, "CAS")
    seen = finish_turn(session)
    assert [k for k in seen if k[0] == "BRV"] == [("BRV", "watch", "orders")]


def test_retire_refuses_what_is_not_a_defeat(mini):
    session = fast_session(mini)
    with pytest.raises(ValueError):
        hs.retire(session, "ALD", hs.RETIRED_AI)
    defeat(session, "ALD")
    with pytest.raises(ValueError):
        hs.retire(session, "ALD", "sulk")


def test_the_defeated_seats_choice_survives_a_save(mini):
    session = fast_session(mini)
    hs.run_machines(session)
    defeat(session, "BRV")
    hs.retire(session, "BRV", hs.RETIRED_WATCH)
    hs.done_watching(session, "BRV")
    doc = json.loads(encode(document(session, "test:mini")))
    assert doc["seats"][1] == {"nation": "BRV", "name": "Ben", "password":
                               session.seat("BRV").password, "retired": "watch", "watched": 0}
    assert set(doc["seats"][0]) == {"nation", "name", "password"}
    again = resume(parse(encode(doc)), mini)
    assert again.seats == session.seats
    assert hs.retired(again.seat("BRV")) == "watch" and again.seat("BRV").watched == 0
    assert hs.turn(again) == hs.turn(session)


@pytest.mark.parametrize("seat, why", [
    ({"retired": "sulk", "watched": 1}, "retired as 'sulk'"),
    ({"retired": "ai"}, "watched is missing"),
    ({"retired": "ai", "watched": "1"}, "watched is missing or not a whole number"),
    ({"watched": 2}, "retired is missing"),
])
def test_bad_retirements_are_refused(mini, seat, why):
    doc = json.loads(encode(document(fast_session(mini), "test:mini")))
    doc["seats"][0].update(seat)
    with pytest.raises(SaveError, match=why):
        parse(encode(doc))


# --- saving in the middle of a round ------------------------------------------------------------


def test_resume_in_the_middle_of_a_round(mini):
    session = fast_session(mini)
    finish_turn(session)
    hs.run_machines(session)
    assert hs.turn(session).nation == "ALD"
    play_seat(session, "ALD", ["ALD propose alliance CAS"])
    assert hs.turn(session).nation == "BRV"
    again = resume(parse(encode(document(session, "test:mini"))), mini)
    assert state_hash(again.state) == state_hash(session.state)
    assert again.next_human() == "BRV" and hs.turn(again).key() == ("BRV", "play")
    assert hs.check_password(again.seat("BRV"), "bravo")
    # the order is Aldoria's secret until the round's orders are carried out together
    assert "ALD propose alliance CAS" in again.state.orders
    assert view_to_plain(view(again.state, "BRV"))["orders"] == []
    play_seat(again, "BRV")
    assert hs.turn(again).nation == "CAS"
    assert view_to_plain(view(again.state, "CAS"))["offers"] == {}
    finish_turn(again)
    hs.run_machines(again)
    while hs.turn(again).nation != "CAS":
        play_seat(again, hs.turn(again).nation)
        hs.run_machines(again)
    # the offer waits for Castria; Bravia cannot see it
    assert view_to_plain(view(again.state, "BRV"))["offers"] == {}
    offers = view_to_plain(view(again.state, "CAS"))["offers"]
    (oid, offer), = offers.items()
    assert offer["sender"] == "ALD" and offer["status"] == "pending"
    assert f"CAS accept {oid}" in [a.text() for a in legal_actions(again.state, "CAS")]
    play_seat(again, "CAS", [f"CAS accept {oid}"])
    finish_turn(again)
    assert any(t.kind == "alliance" and {t.a, t.b} == {"ALD", "CAS"}
               for t in again.state.treaties)


# --- what each seat's view exposes ------------------------------------------------------------


def assert_view_private(state, seat):
    """Nothing in ``seat``'s view is private to other nations."""
    plain = view_to_plain(view(state, seat))
    for oid, o in plain["offers"].items():
        assert seat in (o["sender"], o["receiver"]), (seat, oid)
    for rid, r in plain["resolutions"].items():
        assert all(b[0] == seat for b in r["ballots"]), (seat, rid, r["ballots"])
        assert all(seat in pair for pair in r["lobbied"]), (seat, rid, r["lobbied"])
    for mid, m in plain["missions"].items():
        assert all(p[0] in (seat, "others") for p in m["pledges"]), (seat, mid, m["pledges"])
    assert set(plain["choices"]) <= {seat}
    assert all(c["nation"] == seat for c in plain["ledger"] + plain["last_ledger"])
    assert all(a.startswith(seat + " ") for a in plain["acted"])
    return plain


def test_each_seat_view_holds_nothing_private_to_another(mini):
    session = fast_session(mini)
    moves = {"ALD": ["ALD propose alliance CAS", "ALD pledge money league",
                     "ALD table league.council expel HEL"],
             "BRV": ["BRV propose non_aggression CAS", "BRV improve CAS"],
             "CAS": ["CAS rally"]}
    for round_ in range(4):
        hs.run_machines(session)
        while (t := hs.turn(session)) is not None and session.state.turn == round_:
            for seat in session.seats:
                assert_view_private(session.state, seat.nation)
            if session.state.phase == "voting":
                rid = session.state.ballots_owed(t.nation)[0]
                session.submit(f"{t.nation} vote {rid} no")
                # a ballot cast is the caster's alone until the count
                if session.state.phase == "voting":
                    for other in session.humans:
                        plain = assert_view_private(session.state, other)
                        ballots = plain["resolutions"][rid]["ballots"]
                        cast = dict(session.state.resolutions[rid].ballots)
                        assert [b[0] for b in ballots] == ([other] if other in cast else [])
                    assert t.nation in cast and len(cast) > 1
                hs.run_machines(session)
                continue
            legal = {a.text() for a in legal_actions(session.state, t.nation)}
            for text in moves.get(t.nation, []) if round_ == 0 else []:
                if text in legal:
                    session.submit(text)
            if session.state.choices.get(t.nation):
                session.submit(next(a for a in legal_actions(session.state, t.nation)
                                    if a.verb == "choose"))
            session.submit(f"{t.nation} end")
            hs.run_machines(session)
    kinds = {e.kind for e in session.chronicle if e.visible_to is not None}
    assert {"offer", "ballot"} <= kinds
    # money paid into a budget is public: budgets are published (docs/hotseat.md)
    assert any(e.kind == "pledge" and e.visible_to is None for e in session.chronicle)


def test_view_merges_others_pledges(mini):
    session = fast_session(mini)
    s = session.state.copy()
    s.missions = {"M1": Mission("M1", "league", "helvan_crisis", "observe", "R1", 0,
                                (("ALD", 2), ("BRV", 3), ("GOT", 1)))}
    for seat, mine in (("ALD", [["ALD", 2], ["others", 4]]), ("CAS", [["others", 6]])):
        assert assert_view_private(s, seat)["missions"]["M1"]["pledges"] == mine
    assert replace(s.missions["M1"]).strength == 6


def test_a_nation_that_ceases_to_exist_counts_as_defeated(mini):
    session = fast_session(mini)
    hs.run_machines(session)
    s = session.state.copy()
    s.nations = dict(s.nations)
    s.nations["BRV"] = replace(s.nations["BRV"], exists=False)
    session.state = s
    assert hs.is_defeated(session.state, "BRV") and not hs.is_defeated(session.state, "CAS")
    assert "BRV" not in session.state.waiting_for()
    play_seat(session, "ALD")
    assert hs.turn(session).key() == ("BRV", "defeated")
    assert hs.defeat_text(session, "BRV") == "Bravia no longer exists as a state."
    hs.retire(session, "BRV", hs.RETIRED_AI)
    assert hs.turn(session).key() == ("CAS", "play")
