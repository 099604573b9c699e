"""The game beside the historical baseline: one comparison for simulate and the end report."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest

from game.content import load_campaign
from game.engine.calendar import month
from game.session import baseline, simulate
from game.session.baseline import Course
from game.session.session import Session

MINI = Path(__file__).resolve().parents[1] / "fixtures" / "mini_campaign"


@pytest.fixture(scope="module")
def played():
    session = Session(load_campaign(MINI).campaign, 1)
    session.play_out()
    return session.state


def test_history_comes_from_the_baseline_and_the_crises():
    """A crisis's history starts at its first baseline entry and ends at the one with an
    outcome; a crisis the baseline leaves out keeps its own historical outcome."""
    history = baseline.historical(load_campaign(MINI).campaign)
    assert history["helvan_crisis"] == Course(month(1931, 3), month(1932, 6),
                                              "conquest")
    assert history["falkia_border"].outcome == "settlement"


def test_a_crisis_ended_as_in_history_or_not(played):
    """The verdict compares outcomes only; without a recorded outcome there is none."""
    row = next(r for r in baseline.compare(played) if r.crisis == "helvan_crisis")
    same = replace(row, game=Course(row.game.started, row.game.ended, "conquest"))
    other = replace(row, game=Course(row.game.started, row.game.ended, "withdrawal"))
    assert same.as_in_history is True and other.as_in_history is False
    assert replace(row, history=None).as_in_history is None


def test_simulate_ends_beside_history(played):
    """simulate's last lines are the comparison, word for word what baseline.lines gives."""
    out = io.StringIO()
    assert simulate.main(str(MINI), 1, None, out=out) == 0
    expected = "\n".join(baseline.lines(played)) + "\n"
    assert out.getvalue().endswith(expected)
    assert "=== Beside history ===" in expected
    assert "crises with a recorded outcome ended as in history" in expected


def test_the_end_report_shows_the_same_verdicts(played):
    """The end report's timeline is built from the same comparison: each crisis of the game
    says whether it ended as in history."""
    from game.ui.scenes import end_report

    assert end_report.timeline is baseline.timeline
    rows = {r.name: r for r in baseline.compare(played)}
    for _month, text in baseline.timeline(played):
        name = text.split(" — ")[0]
        verdict = rows[name].as_in_history
        if verdict is True:
            assert text.endswith("(as in history)")
        elif verdict is False:
            assert f"(in history: {rows[name].history.outcome.replace('_', ' ')})" in text


def test_a_campaign_without_baseline_says_so(played):
    bare = replace(played.campaign, baseline=(), crises=tuple(
        replace(c, historical_outcome=None) for c in played.campaign.crises))
    state = played.copy()
    state.campaign = bare
    assert baseline.lines(state)[-1] == "  The campaign gives no historical baseline."
