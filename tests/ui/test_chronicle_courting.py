"""The chronicle sums up others' courting in one line a turn: at the start of a game dozens of
"X courts Y" lines pushed everything else out of sight."""

from __future__ import annotations


def test_others_courting_is_one_line_and_the_players_own_stands_alone(game):
    """Others' courting is summed up in one line; the player's own stands alone. Courting
    takes effect, and is told, when the turn's orders are carried out."""
    game.ctl.finish_ai()
    game.ctl.submit("ALD improve GOT")
    game.ctl.submit("ALD end")
    game.ctl.finish_ai()
    game._refresh(force=True)
    text = game.widgets["chronicle"].html_text
    courting = [e for e in game.ctl.visible_events("ALD") if e.kind == "courting"]
    others = [e for e in courting if "ALD" not in (e.get("nation"), e.get("other"))]
    assert others, "the AI nations court each other on the first turn"
    assert text.count("Courting: ") == 1
    assert "Aldoria courts Gotia." in text
    assert not any(e.text in text for e in others)
