"""Small pieces of English shared by the engine's event texts."""

from __future__ import annotations

TREATY_NAMES = {"alliance": "an alliance", "guarantee": "a guarantee",
                "non_aggression": "a non-aggression pact", "arbitration": "an arbitration treaty"}


def the(name: str) -> str:
    """'the League of Nations', but 'The Entente' as it is."""
    return name if name.lower().startswith("the ") else f"the {name}"


def capital_the(name: str) -> str:
    text = the(name)
    return text[0].upper() + text[1:]
