"""The pure rules engine: no pygame, no YAML, no files, no globals, no ambient randomness."""

from .actions import Action, act, parse_action
from .engine import apply, begin, new_game, play
from .errors import BadActionText, EngineError, IllegalAction
from .events import Event
from .gauges import gauges
from .legal import legal_actions, options, why_not
from .state import GameState, state_hash
from .view import PlayerView, view, view_from_plain, view_to_plain, visible_events

__all__ = [
    "Action", "BadActionText", "EngineError", "Event", "GameState", "IllegalAction",
    "PlayerView", "act", "apply", "begin", "gauges", "legal_actions", "new_game", "options",
    "parse_action", "play", "state_hash", "view", "view_from_plain", "view_to_plain", "visible_events",
    "why_not",
]
