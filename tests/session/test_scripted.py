"""Scripted play: fixed choices for some nations, the AI for the rest."""

from game.session.scripted import play_script
from tests.engine.factory import campaign


def test_scripted_ballots_decide_a_league_vote():
    """League unanimity under Art. 11 (Manchuria, October 1931): a scripted lone 'no' from Japan
    blocks the Council's call, whatever the AI would have done."""
    session = play_script(campaign(), 1, {
        "1930-01": ["CHN table league.council condemn manchuria",
                    "JPN vote condemn@manchuria no", "GBR vote * yes", "FRA vote * yes",
                    "NOR vote * yes", "ITA vote * yes"],
    }, until="1930-04")
    votes = [e for e in session.chronicle if e.kind == "vote" and "Mukden" in e.text
             and "League Council" in e.text]
    assert votes and votes[0].get("status") == "failed"
    assert dict(votes[0].get("ballots"))["JPN"] == "no"


def test_script_stops_at_the_date():
    session = play_script(campaign(), 1, {}, until="1931-01")
    assert session.state.month == 1931 * 12
