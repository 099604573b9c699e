"""Actions: small hashable values with a text form (like a chess move's UCI string).

Logs, saves, scripts and tests use the text form: ``GBR table league.council sanctions
abyssinia type=oil``. Whether an action is legal now is ``legal.py``'s business; this module
only checks an action's shape against its order's definition (``orders.ORDERS``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import BadActionText

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
        """The UI's group of buttons this order belongs to."""
        from .orders import ORDERS  # the orders' definitions are built from Actions

        return ORDERS[self.verb].group

    def params(self) -> dict[str, str]:
        """``key=value`` arguments (resolution parameters)."""
        return dict(a.split("=", 1) for a in self.args if "=" in a)

    def positional(self) -> tuple[str, ...]:
        return tuple(a for a in self.args if "=" not in a)


def act(nation: str, verb: str, *args: str) -> Action:
    """``Action(nation, verb, args)``, built without the frozen dataclass's checked
    ``__init__``: legal-order enumeration makes hundreds of thousands of them a turn."""
    action = _new(Action)
    fields = action.__dict__
    fields["nation"], fields["verb"], fields["args"] = nation, verb, args
    return action


_new = object.__new__


def parse_action(text: str) -> Action:
    """The action a text form names; BadActionText says what is wrong with it."""
    parts = str(text).split()
    if len(parts) < 2:
        raise BadActionText(text, "an action is a nation code and a verb, e.g. 'GBR end'")
    from .orders import ORDERS  # the orders' definitions are built from Actions

    nation, verb, *args = parts
    if verb not in ORDERS:
        raise BadActionText(text, f"unknown verb {verb!r}; verbs: {', '.join(sorted(ORDERS))}")
    lo, hi = ORDERS[verb].arity
    if not lo <= len(args) <= hi:
        want = str(lo) if lo == hi else f"{lo} to {hi}"
        raise BadActionText(text, f"{verb!r} takes {want} arguments, got {len(args)} "
                                  f"(usage: NATION {ORDERS[verb].usage})")
    for token in (nation, *args):
        if not _TOKEN.match(token):
            raise BadActionText(text, f"{token!r} is not a valid code or id")
    return Action(nation, verb, tuple(args))
