"""No leaks between seats: random hot-seat games where, after every action, each seat's view
and every text its screens show are searched for anything private to another seat.

Two to four human seats play the mini campaign with random legal actions (lobbying, offers,
pledges, secret ballots, event choices, an aggressor's secret intent), the AI plays the rest
through the UI controller as the game window does. After every action, for every seat, we
take what the seat can read: its view (serialised), the chronicle it may read, and the
ballot reasons the council screen shows beside every counted vote; then we check, against
the full state and the full chronicle, that none of the other seats' secrets is in there, and
that the crisis gauges a seat reads from its view are those of the full state.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from game.content.loader import load_campaign
from game.engine import gauges, legal_actions, view
from game.engine.view import view_to_plain
from game.session import hotseat as hs
from game.session.session import Seat, Session
from game.ui.hotseat_controller import HotseatController

MINI = Path(__file__).resolve().parents[1] / "fixtures" / "mini_campaign"
CAMPAIGN = load_campaign(MINI).campaign
NATIONS = [d.code for d in hs.eligible_nations(CAMPAIGN, any_nation=True)]
SECRET_VERBS = ("lobby", "propose", "accept", "decline", "pledge", "escalate", "vote", "choose")
"""Verbs the random players favour: the acts that make secrets."""


def seat_reads(ctl: HotseatController, seat: str) -> tuple[dict, str]:
    """Everything ``seat`` can read: its view (plain), and as one text its view, its
    chronicle and the council's reasons beside every counted AI ballot."""
    v = view(ctl.session.state, seat)
    plain = view_to_plain(v)
    texts = [e.text for e in ctl.visible_events(seat)]
    for res in [*v.resolutions.values(), *v.archive]:
        if res.status == "tabled":
            continue
        for nation, _ in res.ballots:
            if nation not in ctl.humans:
                texts.append(ctl.reason_for(nation, res.id, viewer=seat))
    return plain, json.dumps(plain, ensure_ascii=False) + "\n" + "\n".join(texts)


def records(plain: dict, name: str) -> dict:
    """A dict of records in a plain view (``archive`` is a list: keyed by id here)."""
    value = plain.get(name, {})
    return {r["id"]: r for r in value} if isinstance(value, list) else value


def leaks_of(session: Session, seat: str, plain: dict, text: str) -> list[str]:
    """Every secret of another nation found in what ``seat`` reads, checked against the full
    state and the full chronicle."""
    s = session.state
    name = s.campaign.nation
    found = []
    if str(s.seed) in text:
        found.append("the seed")
    mine = {**records(plain, "resolutions"), **records(plain, "archive")}
    for res in [*s.resolutions.values(), *s.archive]:
        seen = mine.get(res.id, {})
        for lobbyist, lobbied in res.lobbied:
            if seat in (lobbyist, lobbied):
                continue
            if [lobbyist, lobbied] in seen.get("lobbied", []):
                found.append(f"lobbying {lobbyist}->{lobbied} on {res.status} {res.id}")
            if f"{name(lobbyist).name} pressed us" in text:
                found.append(f"lobbying {lobbyist}->{lobbied} in a vote reason")
        if res.status == "tabled":
            found += [f"{b[0]}'s ballot on {res.id} before the count"
                      for b in seen.get("ballots", []) if b[0] != seat]
    for oid, o in s.offers.items():
        if seat not in (o.sender, o.receiver) and oid in plain["offers"]:
            found.append(f"offer {o.sender}->{o.receiver}")
    for mid, m in plain["missions"].items():
        found += [f"{p[0]}'s pledge to {mid}" for p in m["pledges"]
                  if p[0] not in (seat, "others")]
    found += [f"{n}'s pending decision" for n in plain["choices"] if n != seat]
    for c in plain["crises"].values():
        if c["intent"] == "escalate" and c["aggressor"] != seat:
            found.append(f"{c['aggressor']}'s secret intent to escalate")
    own = {e.text for e in session.chronicle if e.visible_to is None or seat in e.visible_to}
    for e in session.chronicle:  # the same words told to the seat itself are its own news
        if (e.visible_to is not None and seat not in e.visible_to and e.text in text
                and e.text not in own):
            found.append(f"private event '{e.kind}' of {'/'.join(e.visible_to)}")
    return found


def leaks(ctl: HotseatController) -> list[str]:
    """Every secret of another seat that some seat can read now, and every crisis whose
    gauges a seat reads differently from the full state (they are public figures: a seat
    that read others' pledges in them would differ)."""
    found = []
    for seat in ctl.humans:
        plain, text = seat_reads(ctl, seat)
        found += [f"{seat} reads {what}" for what in leaks_of(ctl.session, seat, plain, text)]
        own = view(ctl.session.state, seat)
        found += [f"{seat} reads other gauges for {c.id}" for c in own.crises.values()
                  if c.active and gauges(own, c) != gauges(ctl.session.state, c)]
    return found


def unchanged_by_secret(before: dict, after: dict) -> list[str]:
    """The parts of a seat's view that moved (``done`` aside: who has finished is public)."""
    return sorted(k for k in before if k != "done" and before[k] != after[k])


def secret_to(action, events, seat: str) -> bool:
    """An act ``seat`` cannot know of: one of the secret kinds, and every event it caused is
    private to others. (Domestic orders announce nothing but are public by their effects.)"""
    return action.verb in SECRET_VERBS and bool(events) and all(
        e.visible_to is not None and seat not in e.visible_to for e in events)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow],
          phases=[Phase.explicit, Phase.reuse, Phase.generate])
@given(data=st.data(), seats=st.integers(2, 4), seed=st.integers(10**8, 10**9))
# shrinking a random game takes minutes and adds nothing: the failure lists every leak found
def test_no_seat_reads_another_seats_secrets(data, seats, seed):
    """After every action, no seat's view, chronicle or ballot reasons hold another seat's
    lobbying, offers, ballots before the count, pledges, decisions, secret intent or the seed;
    and a secret act moves nothing in another seat's view (no side channel)."""
    nations = data.draw(st.permutations(NATIONS))[:seats]
    session = Session(CAMPAIGN, seed, tuple(Seat(n, f"P{i}") for i, n in enumerate(nations)))
    ctl = HotseatController(session)
    found: list[str] = []
    for _ in range(60):
        ctl.finish_ai()
        found += leaks(ctl)
        t = hs.turn(session)
        if t is None:
            break
        if t.kind != "play":
            hs.retire(session, t.nation, hs.RETIRED_AI)
            continue
        legal = legal_actions(session.state, t.nation)
        secret = [a for a in legal if a.verb in SECRET_VERBS]
        pool = secret if secret and data.draw(st.booleans()) else legal
        action = data.draw(st.sampled_from(pool))
        before = {n: view_to_plain(view(session.state, n)) for n in ctl.humans}
        turn = session.state.turn, session.state.phase
        events = session.submit(action)
        found += leaks(ctl)
        if (session.state.turn, session.state.phase) == turn and action.verb != "end":
            for other in ctl.humans:
                if other != t.nation and secret_to(action, events, other):
                    moved = unchanged_by_secret(
                        before[other], view_to_plain(view(session.state, other)))
                    found += [f"{other} sees {k} move after {action.text()}" for k in moved]
    if found:
        pytest.fail("\n".join(sorted(set(found))))


def test_league_two_seats_read_nothing_private():
    """The case of the issue: League 1920, Britain and France at one screen; Britain presses
    every member it may on every item; after every action neither seat reads the other's
    secrets, nor the AI nations'."""
    league = load_campaign(Path(__file__).resolve().parents[2] / "game" / "campaigns" / "league_1920")
    league = league.campaign
    session = Session(league, 48151623, (Seat("GBR", "Ann"), Seat("FRA", "Ben")))
    ctl = HotseatController(session)
    found: list[str] = []
    while session.state.turn < 8 and not session.over:
        ctl.finish_ai()
        found += leaks(ctl)
        t = hs.turn(session)
        if t is None:
            break
        legal = legal_actions(session.state, t.nation)
        lobby = [a for a in legal if a.verb == "lobby" and t.nation == "GBR"]
        answer = [a for a in legal if a.verb in ("vote", "choose")]
        session.submit((lobby or answer or [a for a in legal if a.verb == "end"])[0])
        found += leaks(ctl)
    assert any(r.lobbied for r in session.state.archive)
    if found:
        pytest.fail("\n".join(sorted(set(found))))
