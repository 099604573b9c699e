"""Decision rules: how a body's ballots become a decision. Pure functions on ballots.

Each rule is the history: League unanimity with Article 11/15, the Security Council's
threshold and veto, the Assembly's majorities, and the regional bodies' own rules.
"""

from __future__ import annotations

from dataclasses import dataclass

BALLOTS = ("yes", "no", "abstain", "absent")


@dataclass(frozen=True)
class Decision:
    adopted: bool
    vetoed_by: tuple[str, ...]
    tally: dict[str, int]
    reason: str


def count(ballots: dict[str, str], excluded: frozenset[str] = frozenset()) -> dict[str, int]:
    tally = {b: 0 for b in BALLOTS}
    for nation, ballot in ballots.items():
        if nation not in excluded:
            tally[ballot] += 1
    return tally


def decide(
    rule: str,
    ballots: dict[str, str],
    *,
    permanent: frozenset[str] = frozenset(),
    votes_needed: int = 0,
    procedural: bool = False,
    important: bool = False,
    excluded: frozenset[str] = frozenset(),
) -> Decision:
    """Apply ``rule`` to ``ballots`` (nation -> yes/no/abstain/absent).

    ``excluded`` are nations whose votes do not count (the parties under League Art. 15).
    """
    tally = count(ballots, excluded)
    yes, no = tally["yes"], tally["no"]
    if rule in ("unanimity", "consensus"):
        dissent = sorted(n for n, b in ballots.items() if b == "no" and n not in excluded)
        if dissent:
            return Decision(False, (), tally, f"no unanimity: {', '.join(dissent)} voted no")
        if yes == 0:
            return Decision(False, (), tally, "nobody voted for it")
        return Decision(True, (), tally, "adopted without dissent")
    if rule == "security_council":
        if yes < votes_needed:  # short of the votes, a permanent member's no is no veto
            return Decision(False, (), tally, f"{yes} votes of the {votes_needed} needed")
        vetoes = () if procedural else tuple(
            sorted(n for n, b in ballots.items() if b == "no" and n in permanent))
        if vetoes:
            return Decision(False, vetoes, tally, f"vetoed by {', '.join(vetoes)}")
        return Decision(True, (), tally, f"{yes} votes, {votes_needed} needed, no veto")
    if rule == "majority" or (rule == "assembly" and not important):
        if yes > no:
            return Decision(True, (), tally, f"majority of those voting ({yes} to {no})")
        return Decision(False, (), tally, f"no majority ({yes} to {no})")
    if rule in ("two_thirds", "assembly"):
        if yes > 0 and 3 * yes >= 2 * (yes + no):
            return Decision(True, (), tally, f"two thirds of those voting ({yes} to {no})")
        return Decision(False, (), tally, f"short of two thirds ({yes} to {no})")
    raise ValueError(f"unknown decision rule {rule!r}")
