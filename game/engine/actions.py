"""Actions: small hashable values with a text form (like a chess move's UCI string).

Logs, saves, scripts and tests use the text form: ``GBR table league.council sanctions
abyssinia type=oil``. Whether an action is legal now is ``legal.py``'s business; this module
only knows the shape of each verb.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import BadActionText

# verb -> (minimum args, maximum args, group shown in the UI)
VERBS: dict[str, tuple[int, int, str]] = {
    "end": (0, 0, "turn"),
    "choose": (2, 2, "turn"),
    "vote": (2, 2, "vote"),
    "improve": (1, 1, "diplomacy"),
    "denounce": (1, 1, "diplomacy"),
    "threaten": (1, 1, "diplomacy"),
    "aid": (1, 1, "diplomacy"),
    "propose": (2, 2, "diplomacy"),
    "accept": (1, 1, "diplomacy"),
    "decline": (1, 1, "diplomacy"),
    "recognise": (1, 1, "diplomacy"),
    "table": (3, 6, "organisations"),
    "lobby": (2, 2, "organisations"),
    "emergency": (1, 1, "organisations"),
    "pledge": (2, 2, "organisations"),
    "boycott": (1, 1, "organisations"),
    "return": (1, 1, "organisations"),
    "leave": (1, 1, "organisations"),
    "stay": (1, 1, "organisations"),
    "rally": (0, 0, "domestic"),
    "rearm": (0, 0, "domestic"),
    "invest": (0, 0, "domestic"),
    "mobilise": (1, 1, "military"),
    "intervene": (1, 1, "military"),
    "close": (1, 1, "military"),
    "escalate": (1, 1, "military"),
    "backdown": (1, 1, "military"),
    "press": (1, 1, "military"),
}

GROUPS = ("turn", "vote", "diplomacy", "organisations", "domestic", "military")

_TOKEN = re.compile(r"^[A-Za-z0-9_.=\-]+$")


@dataclass(frozen=True, order=True)
class Action:
    nation: str
    verb: str
    args: tuple[str, ...] = ()

    def text(self) -> str:
        return " ".join((self.nation, self.verb, *self.args))

    def __str__(self) -> str:
        return self.text()

    @property
    def group(self) -> str:
        return VERBS[self.verb][2]

    def params(self) -> dict[str, str]:
        """``key=value`` arguments (resolution parameters)."""
        return dict(a.split("=", 1) for a in self.args if "=" in a)

    def positional(self) -> tuple[str, ...]:
        return tuple(a for a in self.args if "=" not in a)


def act(nation: str, verb: str, *args: str) -> Action:
    return Action(nation, verb, tuple(args))


def parse_action(text: str) -> Action:
    """The action a text form names; BadActionText says what is wrong with it."""
    parts = str(text).split()
    if len(parts) < 2:
        raise BadActionText(text, "an action is a nation code and a verb, e.g. 'GBR end'")
    nation, verb, *args = parts
    if verb not in VERBS:
        raise BadActionText(text, f"unknown verb {verb!r}; verbs: {', '.join(sorted(VERBS))}")
    lo, hi, _ = VERBS[verb]
    if not lo <= len(args) <= hi:
        want = str(lo) if lo == hi else f"{lo} to {hi}"
        raise BadActionText(text, f"{verb!r} takes {want} arguments, got {len(args)}")
    for token in (nation, *args):
        if not _TOKEN.match(token):
            raise BadActionText(text, f"{token!r} is not a valid code or id")
    return Action(nation, verb, tuple(args))
