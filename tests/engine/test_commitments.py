"""Commitments (issue 14): a threat is a public promise with a red line; when the line is
crossed its maker acts as it promised or pays in legitimacy, and the world remembers."""

from __future__ import annotations

import json
from dataclasses import replace

from game.ai.policy import Mind, plan
from game.engine import new_game, parse_action, state_hash, view
from game.engine.commitments import DUE, deterrent, record, standing
from game.engine.legal import why_not
from game.engine.serial import state_from_plain, state_to_plain
from game.engine.state import Commitment, Treaty

from .factory import campaign
from .helpers import carry_out


def fresh():
    return new_game(campaign(), seed=1)


def threatened(line="escalate", promise="mobilise", who="GBR"):
    """``who`` draws a red line for Italy over Abyssinia, and a turn passes."""
    state, events = carry_out(fresh(), f"{who} threaten ITA abyssinia {line} {promise}")
    return state, events


def only(state, nation="GBR") -> Commitment:
    (k,) = [k for k in state.commitments if k.nation == nation]
    return k


def test_a_threat_is_a_public_commitment_with_its_date():
    """A threat puts its red line and promise on record, dated, for every nation to see (the
    British guarantee to Poland was announced in the Commons, 31 March 1939)."""
    state, events = threatened()
    k = only(state)
    assert (k.target, k.crisis, k.line, k.promise, k.status) == (
        "ITA", "abyssinia", "escalate", "mobilise", "standing")
    assert k.month == fresh().month
    assert any(e.kind == "commitment" and e.get("status") == "made" and e.visible_to is None
               for e in events)
    for seat in ("ITA", "USA", None):
        assert view(state, seat).commitments == state.commitments


def test_a_line_crossed_and_honoured_improves_the_record():
    """Crossed, then honoured: the maker acts within its time and its word counts for more
    (Germany invaded Poland on 1 September 1939; Britain and France declared war on the 3rd)."""
    state, _ = threatened()
    state, events = carry_out(state, "ITA escalate abyssinia")
    assert only(state).status == "called"
    assert any(e.get("status") == "called" for e in events)
    state, events = carry_out(state, "GBR mobilise abyssinia")
    assert only(state).status == "honoured"
    assert record(state, "GBR") == (1, 0) and standing(state, "GBR") > 0.5
    assert any(c.nation == "GBR" and c.stat == "legitimacy" and "kept its word" in c.cause
               for c in state.last_ledger + state.ledger)
    assert any(e.get("status") == "honoured" for e in events)


def test_a_line_crossed_and_not_honoured_costs_legitimacy_and_is_remembered():
    """Crossed, not honoured: after its turns run out the maker loses legitimacy and will, and
    the broken promise stays on its public record (France's alliance with Czechoslovakia was
    not honoured at Munich, September 1938)."""
    state, _ = threatened(promise="intervene", who="FRA")
    state, _ = carry_out(state, "ITA escalate abyssinia")
    assert only(state, "FRA").status == "called"
    events = []
    for _ in range(DUE):
        state, ev = carry_out(state)
        events += ev
    assert only(state, "FRA").status == "broken"
    assert record(state, "FRA") == (0, 1) and standing(state, "FRA") < 0.5
    costs = {c.stat for c in state.last_ledger
             if c.nation == "FRA" and ("word" in c.cause or "hollow" in c.cause)}
    assert costs == {"legitimacy", "will"}
    assert any(e.get("status") == "broken" and e.visible_to is None for e in events)


def test_the_line_counts_from_the_turn_after_the_threat():
    """A step taken in the very turn the threat is made was decided before it was heard: the
    line is drawn where the crisis stands once the turn is over (orders are simultaneous)."""
    state, _ = carry_out(fresh(), "GBR threaten ITA abyssinia escalate mobilise",
                         "ITA escalate abyssinia")
    k = only(state)
    assert k.status == "standing" and k.mark == state.crises["abyssinia"].stage == 3


def test_a_commitment_lapses_when_its_crisis_ends():
    """A warning not called lapses when its crisis ends, and its record is untouched (Greece
    withdrew from Bulgaria in the Petrich incident, October 1925, before any line was tested);
    only its maker is told."""
    state, _ = threatened()
    state, _ = carry_out(state, "ITA backdown abyssinia")
    state, events = carry_out(state, "ITA backdown abyssinia")
    assert not state.crises["abyssinia"].active
    assert state.commitments == () and record(state, "GBR") == (0, 0)
    (lapse,) = [e for e in events if e.kind == "commitment"]
    assert lapse.get("status") == "expired" and lapse.visible_to == ("GBR",)


def test_a_threat_carried_out_before_its_line_is_crossed_is_spent():
    """commitments._spent: a threatener that does what it promised before its line is crossed
    has spent its threat - the aggressor now faces the mobilised army, not the promise, which
    no longer deters it (``deterrent``) and is neither honoured nor broken; only its maker is
    told. Precedent: China's warning through the Indian ambassador (October 1950) that it
    would enter the Korean war if the UN forces crossed the parallel; once its armies had
    crossed the Yalu, the warning was a war, not a threat."""
    state, _ = threatened()
    assert deterrent(state, state.crises["abyssinia"])[0] > 0
    state, events = carry_out(state, "GBR mobilise abyssinia")
    assert [k.status for k in state.commitments] == ["spent"] and record(state, "GBR") == (0, 0)
    assert deterrent(state, state.crises["abyssinia"]) == (0.0, [])
    (spent,) = [e for e in events if e.kind == "commitment"]
    assert spent.get("status") == "expired" and spent.visible_to == ("GBR",)


def test_an_alert_that_carried_out_a_warning_stays_whole_while_the_crisis_runs():
    """commitments.carried_out, military.alert_share: a warning to mobilise carried out before
    its line was crossed is spent, but the alert is now its deed - standing the army down
    would take back the word with it - so the alert weighs wholly while the crisis runs, as
    it did while the promise stood, and the spent warning leaves the record when the crisis
    ends. Precedent: the Seventh Fleet, sent into the Taiwan Strait in June 1950 with
    Truman's word that it would prevent any attack on Formosa, kept up its patrol there
    through the strait crises of 1954-55 and 1958: the deed stood for the warning."""
    from game.engine.orders.military import alert_share

    state = fresh()  # France guarantees Ethiopia: its alert adds nothing to what Italy fears
    state.treaties = (*state.treaties, Treaty("guarantee", "FRA", "ETH", 0))
    state.relations = {**state.relations, ("FRA", "ITA"): -20}
    state.crises["abyssinia"] = replace(state.crises["abyssinia"], resolve=100, stake=100)
    state, _ = carry_out(state, "FRA threaten ITA abyssinia escalate mobilise")
    state, _ = carry_out(state, "FRA mobilise abyssinia")
    assert [k.status for k in state.commitments] == ["spent"]
    c = state.crises["abyssinia"]
    assert alert_share(Mind(view(state, "FRA"), "hard"), state, c) == 1.0
    forgotten = replace(state, commitments=())  # the rule before: the warning simply gone
    assert alert_share(Mind(view(forgotten, "FRA"), "hard"), forgotten, c) < 0.5
    state, _ = carry_out(state, "ITA backdown abyssinia")
    state, _ = carry_out(state, "ITA backdown abyssinia")
    assert not state.crises["abyssinia"].active and state.commitments == ()


def test_one_red_line_at_a_time_per_crisis():
    """A nation's word over a crisis stands until it is judged: it cannot pile threat on
    threat (Issue 14: 136 threats a game, never called)."""
    state, _ = threatened()
    reason = why_not(state, parse_action("GBR threaten ITA abyssinia escalate mobilise"))
    assert reason is not None and "stands" in reason


def credible_and_hollow(line="escalate"):
    """The same red line drawn by Britain, once as a power with a clean record and the will to
    act, once with three broken promises behind it and a public that will not fight."""
    state = fresh()
    k = Commitment("GBR", "ITA", "abyssinia", line, "intervene", state.month, 0, 2)
    credible = replace(state, commitments=(k,))
    broken = tuple(replace(k, crisis="manchuria", status="broken") for _ in range(3))
    hollow = replace(state, commitments=(k, *broken),
                     nations={**state.nations,
                              "GBR": replace(state.nations["GBR"], will=25)})
    return credible, hollow


def test_an_aggressor_weighs_a_credible_commitment_more_than_a_hollow_one():
    """Aggressors weigh a threat by its maker's force, will and record: pressing on is worth
    less against a credible red line than a hollow one, and backing down more (Hitler, March
    1936, judged that France would not march into the Rhineland: he was right)."""
    credible, hollow = credible_and_hollow()
    escalate = parse_action("ITA escalate abyssinia")
    backdown = parse_action("ITA backdown abyssinia")
    hard = {"credible": Mind(view(credible, "ITA"), "hard"),
            "hollow": Mind(view(hollow, "ITA"), "hard")}
    assert deterrent(credible, credible.crises["abyssinia"])[0] > \
        2 * deterrent(hollow, hollow.crises["abyssinia"])[0]
    esc = {name: m.score(escalate) for name, m in hard.items()}
    assert esc["credible"][0] < esc["hollow"][0]
    assert any("red line" in why for why in esc["credible"][1])
    # a line crossed by merely holding on (gaining ground, at war) makes backing down worth more
    credible, hollow = (at_war(s) for s in credible_and_hollow("advance"))
    held = {name: Mind(view(s, "ITA"), "hard").score(backdown)[0]
            for name, s in (("credible", credible), ("hollow", hollow))}
    assert held["credible"] > held["hollow"]


def at_war(state, stage=3):
    """``state`` with Abyssinia's war at ``stage``."""
    c = state.crises["abyssinia"]
    return replace(state, crises={**state.crises, "abyssinia": replace(c, stage=stage)})


def test_a_line_holding_on_cannot_cross_does_not_press_a_back_down():
    """Rule: a red line weighs on an aggressor's backing down only if merely holding on where
    the crisis stands could cross it (``military.holding_lines``): ground is gained only at
    war (stage 3 or more), so below it a line drawn on gaining ground deters the next
    escalation, not the holding on, and backing down is worth no more for it. Precedent:
    Palestine, 1948-49 - with the fighting down to incidents on the truce lines, the
    warnings against further Arab advances no longer pressed Egypt to give up Gaza, which it
    kept under the armistice of Rhodes."""
    backdown = parse_action("ITA backdown abyssinia")
    for stage, weighs in ((3, True), (2, False), (1, False)):
        credible, hollow = (at_war(s, stage) for s in credible_and_hollow("advance"))
        held = {name: Mind(view(s, "ITA"), "hard").score(backdown)[0]
                for name, s in (("credible", credible), ("hollow", hollow))}
        assert (held["credible"] > held["hollow"]) is weighs, stage


def test_the_ai_keeps_its_word_when_its_line_is_crossed():
    """An AI whose red line is crossed gives the promised order first (Britain's and France's
    ultimatums of 3 September 1939 followed the guarantee)."""
    state, _ = threatened()
    state, _ = carry_out(state, "ITA escalate abyssinia")
    assert only(state).status == "called"
    chosen = [c.action.text() for c in plan(view(state, "GBR"), key=1, difficulty="normal")]
    assert chosen[0] == "GBR mobilise abyssinia"


def test_commitments_survive_a_save_exactly():
    """Commitments and records are part of the saved state: a round trip through JSON gives
    the same state, hash for hash."""
    state, _ = threatened()
    state, _ = carry_out(state, "ITA escalate abyssinia")
    state, _ = carry_out(state, "GBR mobilise abyssinia",
                         "FRA threaten ITA abyssinia advance intervene")
    assert {k.status for k in state.commitments} == {"honoured", "standing"}
    plain = json.loads(json.dumps(state_to_plain(state)))
    back = state_from_plain(plain, state.campaign)
    assert back.commitments == state.commitments
    assert state_hash(back) == state_hash(state)


def test_a_threat_from_a_nation_that_broke_its_word_bites_less():
    """A threat shakes the aggressor's resolve as far as its maker's word is believed: the
    same threat from a nation with broken promises behind it moves it less (after the
    Rhineland, March 1936, French warnings counted for little in Berlin)."""
    clean = fresh()
    broken = Commitment("GBR", "ITA", "manchuria", "escalate", "mobilise", clean.month, 0, 2,
                        "broken")
    hollow = replace(clean, commitments=(broken,) * 3)
    threat = "GBR threaten ITA abyssinia escalate intervene"
    resolve = {name: carry_out(s, threat)[0].crises["abyssinia"].resolve
               for name, s in (("clean", clean), ("hollow", hollow))}
    assert resolve["clean"] < resolve["hollow"]
