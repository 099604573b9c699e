"""Small pieces of English shared by the engine's event texts."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model import Campaign

TREATY_NAMES = {"alliance": "an alliance", "guarantee": "a guarantee",
                "non_aggression": "a non-aggression pact", "arbitration": "an arbitration treaty"}


def the(name: str, article: bool = True) -> str:
    """'the League of Nations', but 'The Entente' as it is, and 'NATO' (``article`` false: a
    name read as a word)."""
    return name if not article or name.lower().startswith("the ") else f"the {name}"


def running(name: str) -> str:
    """A crisis's name inside a sentence: 'Mobilise for the Korean War', not 'for The ...'."""
    return "the " + name[4:] if name.startswith("The ") else name


def capital_the(name: str, article: bool = True) -> str:
    text = the(name, article)
    return text[0].upper() + text[1:]


def possessive(name: str) -> str:
    """"Italy's", but "the United States'" and "the Organization of American States'"."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def the_org(campaign: Campaign, org: str, capital: bool = False) -> str:
    """An organisation's name as running text says it: 'the United Nations', 'NATO'."""
    try:
        d = campaign.org(org)
    except KeyError:
        return org
    return (capital_the if capital else the)(d.name, d.article)
