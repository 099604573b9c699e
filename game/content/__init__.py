"""Campaign content: YAML folders read safely into the frozen model, validated, listed.

    from game.content import load_campaign
    result = load_campaign("game/campaigns/league_1920")
    result.campaign      # a game.engine.model.Campaign, or None when there are errors
    result.problems      # every Problem, sorted: file:line:col: error|warning: message (hint)
"""

from game.content.loader import LoadResult, load_campaign
from game.content.problems import Problem
from game.content.schema import json_schema

__all__ = ["LoadResult", "Problem", "json_schema", "load_campaign"]
