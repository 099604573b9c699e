"""Seeded randomness per (seed, turn, purpose): no ambient state, same draws in any process."""

from __future__ import annotations

import hashlib
import random


def rng_for(seed: int, turn: int, purpose: str) -> random.Random:
    """A generator that depends only on its arguments (not on PYTHONHASHSEED)."""
    digest = hashlib.sha256(f"{seed}:{turn}:{purpose}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def roll(seed: int, turn: int, purpose: str, sides: int = 100) -> int:
    """One draw from 1 to ``sides``."""
    return rng_for(seed, turn, purpose).randint(1, sides)
