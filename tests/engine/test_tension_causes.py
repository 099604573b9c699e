"""World tension explains itself: every change is a public ``tension`` event naming its cause,
and the changes add up to the tension the state holds."""

from pathlib import Path

from game.content.loader import load_campaign
from game.session.session import Session

MINI = Path(__file__).resolve().parents[1] / "fixtures" / "mini_campaign"


def test_every_tension_change_is_an_event_with_its_cause():
    """Over a whole all-AI game, the tension events' deltas sum to the final tension minus the
    starting one, each names a cause, carries the new value, and is public."""
    campaign = load_campaign(MINI).campaign
    session = Session(campaign, 1)
    session.play_out()
    events = [e for e in session.chronicle if e.kind == "tension"]
    assert events
    assert sum(e.get("delta") for e in events) == session.state.tension - campaign.tension
    assert all(e.get("cause") and e.get("delta") and e.visible_to is None for e in events)
    value = campaign.tension
    for e in events:
        value += e.get("delta")
        assert e.get("value") == value
    causes = " | ".join(e.get("cause") for e in events)
    assert "drift towards" in causes and "begins" in causes and "threatens" in causes
