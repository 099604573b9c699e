"""The campaign list: built-in then user campaigns, broken ones with their problems."""

from __future__ import annotations

import shutil

from game.content.library import list_campaigns, user_campaign_dir

from .helpers import HEADER, MINI, write


def test_lists_builtin_then_user_campaigns(tmp_path):
    builtin, user = tmp_path / "builtin", tmp_path / "user"
    shutil.copytree(MINI, builtin / "mini")
    write(user / "broken", {"campaign.yaml": HEADER + "nations: 5\n"})
    (user / "not_a_campaign").mkdir()
    entries = list_campaigns(user_dirs=[user], builtin_dir=builtin)
    assert [(e.id, e.builtin, e.ok) for e in entries] == [("mini", True, True),
                                                          ("broken", False, False)]
    mini, broken = entries
    assert (mini.name, mini.period, mini.path) == ("The Little Entente Years", "1930-1934",
                                                  builtin / "mini")
    assert mini.description.startswith("Eight invented nations")
    assert mini.campaign is not None and mini.problems == ()
    assert broken.name == "broken" and broken.campaign is None
    assert any("expected a list, got '5'" in str(p) for p in broken.problems)


def test_user_folder_follows_the_home_override(tmp_path, monkeypatch):
    monkeypatch.setenv("COLLECTIVE_SECURITY_HOME", str(tmp_path))
    assert user_campaign_dir() == tmp_path / "campaigns"
    assert list_campaigns(builtin_dir=tmp_path / "none") == []


def test_builtin_campaigns_are_listed_and_playable():
    entries = list_campaigns(user_dirs=[])
    assert all(e.builtin and e.ok for e in entries), [e.problems for e in entries if not e.ok]
