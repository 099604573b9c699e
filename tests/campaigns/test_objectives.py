"""Objectives that reward a nation's own play (issue 14): a player who only ends turns and
abstains must never meet all of a nation's objectives.

Playing every playable nation of the three historical campaigns passively takes minutes, so
those games are the strategy bench's ("passive never all" in `python bench/strategies.py`);
here every campaign's objectives are checked by reading their conditions, and the tutorial,
which plays in a blink, is played.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from game.balance.games import play
from game.balance.strategies import BY_ID
from game.content.loader import load_campaign
from game.engine import model as m

CAMPAIGNS = Path(__file__).resolve().parents[2] / "game" / "campaigns"
BUILT_IN = sorted(p.name for p in CAMPAIGNS.iterdir() if (p / "campaign.yaml").exists())
MEANS = ("military", "economy")
"""Stats a nation raises only by paying for it (rearming, investing) or by events."""


@functools.cache
def campaign(name: str) -> m.Campaign:
    result = load_campaign(CAMPAIGNS / name)
    assert result.campaign is not None, "\n".join(map(str, result.problems))
    return result.campaign


def needs_own_act(cond: m.Condition, d: m.NationDef) -> bool:
    """Whether ``cond`` can hold only if nation ``d`` acted: took part in a crisis (sponsored,
    voted for, pledged, intervened) or raised its own means above where it started."""
    match cond:
        case m.Contributed(nation):
            return nation == d.code
        case m.StatIs(nation, stat, op, value) if nation == d.code and stat in MEANS:
            return op in (">", ">=") and value > getattr(d, stat)
        case m.All(items):
            return any(needs_own_act(c, d) for c in items)
        case m.Any(items):
            return all(needs_own_act(c, d) for c in items)
    return False


@pytest.mark.parametrize("name", BUILT_IN)
def test_every_playable_nation_has_an_objective_that_asks_it_to_act(name):
    """A passive United States met every Balkans objective (issue 14): each playable nation
    now has at least one objective that holds only if it takes part or pays."""
    camp = campaign(name)
    free = [d.code for d in camp.nations if d.playable
            and not any(needs_own_act(o.condition, d) for o in d.objectives)]
    assert not free, f"{name}: objectives a passive player can meet in full: {free}"


def test_a_passive_player_does_not_meet_all_the_tutorials_objectives():
    """The tutorial's Arventia must use the Council to keep Ostravia safe: ending turns and
    abstaining leaves that objective unmet, while the AI in its place meets it."""
    camp = campaign("tutorial")
    for seed in (1, 2, 3):
        passive = dict(play(camp, seed, {"ARV": BY_ID["passive"].make()}).objectives)["ARV"]
        assert "ostravia_safe" not in passive
    assert "ostravia_safe" in dict(play(camp, 1).objectives)["ARV"]


@pytest.mark.parametrize("name, nation, rewritten", [
    ("league_1920", "CHN", ("aggressor_named", "modern_army")),
    ("balkans_1991", "YUG", ("keep_kosovo", "krajina_holds")),
])
def test_objectives_rewritten_for_issue_14_ask_the_nation_to_act(name, nation, rewritten):
    """Issue 14: a passive China met its objectives by waiting (the League condemned Japan and
    events rebuilt its army), and a passive Yugoslavia scored as the AI did (the world kept
    Kosovo and the Krajina for it). The rewritten objectives ask for China's own vote and an
    army a match for Japan's, for Belgrade's army and its support of Knin: a passive player
    meets none of them, the AI in its place meets some (in one of the first three seeds: a
    game's course decides which are in reach)."""
    camp = campaign(name)
    passive = dict(play(camp, 1, {nation: BY_ID["passive"].make()}).objectives)[nation]
    assert not set(rewritten) & set(passive)
    assert any(set(rewritten) & set(dict(play(camp, seed).objectives)[nation])
               for seed in (1, 2, 3))
