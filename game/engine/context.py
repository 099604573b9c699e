"""The working copy one ``apply`` call changes, with the events it records.

Every change to the state in a phase goes through these helpers so that numbers stay in
range, causes are recorded for the tooltips, and every change that matters is an event.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .calendar import format_month
from .events import Event
from .model import SIGNS, CrisisDef
from .rng import roll
from .state import Change, CrisisState, GameState, clamp, renewed
from .wording import the_org


class Ctx:
    def __init__(self, state: GameState):
        self.state = state
        self.events: list[Event] = []
        self._own_relations = False
        """Whether ``state.relations`` is this context's own dict yet (``GameState.copy``
        shares it between states until one of them changes it)."""
        self.related: set[tuple[str, str]] = set()
        """The pairs whose relation this context has set: a preview compares only these
        with the state it copied (``orders.base.changes``)."""
        self.next: str | None = None
        """The nation that must act next, when ``turn.advance`` found one waiting and so
        left the state as it was (None: not known, ask ``GameState.next_to_act``)."""

    # --- events ------------------------------------------------------------------------

    def emit(self, kind: str, text: str, visible_to: tuple[str, ...] | None = None,
             **data: object) -> None:
        self.events.append(Event(kind, text, self.state.turn, self.state.month, visible_to,
                                 tuple(sorted(data.items()))))

    def draw(self, purpose: str, sides: int = 100) -> int:
        """A seeded draw, recorded as an event so a chronicle can show the dice."""
        value = roll(self.state.seed, self.state.turn, purpose, sides)
        self.emit("draw", f"draw {purpose}: {value}/{sides}", (), purpose=purpose, value=value)
        return value

    # --- nations -----------------------------------------------------------------------

    def name(self, code: str) -> str:
        return self.state.campaign.nation(code).name

    def adjust(self, nation: str, stat: str, delta: float, cause: str) -> int:
        """Change a stat by ``delta`` (clamped 0-100) and record why. Returns the real delta."""
        n = self.state.nations[nation]
        old = n.stat(stat)
        new = clamp(old + delta)
        if new != old:
            changed: dict[str, Any] = {stat: new}  # a stat: one of NationState's int fields
            self.state.nations[nation] = renewed(n, **changed)
            self.state.ledger = self.state.ledger + (Change(nation, stat, new - old, cause),)
        return new - old

    def set_stat(self, nation: str, stat: str, value: int, cause: str) -> None:
        self.adjust(nation, stat, value - self.state.nations[nation].stat(stat), cause)

    def set_flag(self, flag: str) -> None:
        """Set a campaign flag (kept sorted: the state hash must not depend on the order)."""
        if flag not in self.state.flags:
            self.state.flags = tuple(sorted((*self.state.flags, flag)))

    def clear_flag(self, flag: str) -> None:
        """Clear a campaign flag, if set."""
        self.state.flags = tuple(f for f in self.state.flags if f != flag)

    def relate(self, a: str, b: str, delta: float) -> None:
        if a == b:
            return
        if not self._own_relations:
            self.state.relations = dict(self.state.relations)
            self._own_relations = True
        key = (a, b) if a < b else (b, a)  # ``pair``, inline: an intervention relates dozens
        self.related.add(key)
        self.state.relations[key] = clamp(self.state.relations.get(key, 0) + delta, -100, 100)

    def credibility(self, org: str, delta: float, cause: str) -> None:
        o = self.state.orgs[org]
        new = clamp(o.credibility + delta)
        if new != o.credibility:
            self.state.orgs[org] = replace(o, credibility=new)
            sign = "+" if new > o.credibility else ""
            self.emit("credibility", f"{self.state.campaign.org(org).name} credibility "
                      f"{sign}{new - o.credibility} ({cause})", org=org,
                      delta=new - o.credibility)

    def tension(self, delta: float, cause: str) -> None:
        """Move world tension and say why: a public ``tension`` event carries the change, the
        new value and the cause (the turn summary adds them up)."""
        old = self.state.tension
        self.state.tension = clamp(old + delta)
        change = self.state.tension - old
        if change:
            self.emit("tension", f"World tension {change:+d} to {self.state.tension}: {cause}.",
                      delta=change, value=self.state.tension, cause=cause)

    # --- organisations -----------------------------------------------------------------

    def join(self, nation: str, org: str) -> None:
        o = self.state.orgs[org]
        if nation not in o.members and self.state.nations[nation].exists:
            self.state.orgs[org] = replace(o, members=o.members + (nation,))
            self.emit("membership", f"{self.name(nation)} joins "
                      f"{the_org(self.state.campaign, org)}.", nation=nation, org=org)

    def leave(self, nation: str, org: str, cause: str = "") -> None:
        o = self.state.orgs[org]
        if nation in o.members:
            self.state.orgs[org] = replace(
                o, members=tuple(m for m in o.members if m != nation),
                suspended=tuple(m for m in o.suspended if m != nation),
                boycotts=tuple(b for b in o.boycotts if b[0] != nation),
                notices=tuple(n for n in o.notices if n[0] != nation))
            self.emit("membership", f"{self.name(nation)} leaves "
                      f"{the_org(self.state.campaign, org)}{cause}.", nation=nation, org=org)

    def withdraw(self, nation: str, org: str, cause: str = "") -> None:
        """A member's withdrawal: at once, or by notice where the organisation asks for it
        (Covenant Art. 1(3): two years); under notice it stays a member but stays away."""
        o = self.state.orgs[org]
        months = self.state.campaign.org(org).notice_months
        if nation not in o.members or o.notice(nation) is not None:
            return
        if not months:
            self.leave(nation, org, cause)
            return
        until = self.state.month + months
        self.state.orgs[org] = replace(o, notices=o.notices + ((nation, until),))
        self.emit("membership", f"{self.name(nation)} gives notice of withdrawal from "
                  f"{the_org(self.state.campaign, org)}{cause}; it leaves in "
                  f"{format_month(until)}.", nation=nation, org=org, until=until)

    def keep_membership(self, nation: str, org: str) -> None:
        """A member withdraws its notice and takes its seats again (Spain, 1928)."""
        o = self.state.orgs[org]
        if o.notice(nation) is None:
            return
        self.state.orgs[org] = replace(o, notices=tuple(n for n in o.notices if n[0] != nation))
        self.emit("membership", f"{self.name(nation)} withdraws its notice and stays in "
                  f"{the_org(self.state.campaign, org)}.", nation=nation, org=org)

    # --- crises ------------------------------------------------------------------------

    def crisis(self, crisis_id: str) -> CrisisState:
        return self.state.crises[crisis_id]

    def update_crisis(self, crisis_id: str, **changes: Any) -> CrisisState:
        c = renewed(self.state.crises[crisis_id], **changes)
        self.state.crises[crisis_id] = c
        return c

    def start_crisis(self, crisis_id: str) -> None:
        c = self.state.crises[crisis_id]
        if c.active or c.outcome is not None or c.phase == "defused":
            return
        c = self.update_crisis(crisis_id, active=True, started=self.state.month, phase="")
        self.emit("crisis_start", f"{format_month(self.state.month)}: {c.name} begins "
                  f"({c.kind.replace('_', ' ')}, stage {c.stage}).", crisis=crisis_id)
        self.tension(3 + c.stage, f"{c.name} begins")
        from .enclaves import take_over  # the rules build on this module

        take_over(self, crisis_id)


def crisis_from_def(d: CrisisDef) -> CrisisState:
    return CrisisState(
        id=d.id, name=d.name, kind=d.kind, aggressor=d.aggressor, victims=d.victims,
        org=d.org, article=d.article, stake=d.stake, stage=d.stage, clarity=d.clarity,
        resolve=d.resolve, chokepoint=d.chokepoint, location=d.location, region=d.region,
        spill_to=d.spill_to, across_sea=d.across_sea,
        **({"phase": "latent", **{sign: getattr(d.latent, sign) for sign in SIGNS}}
           if d.latent is not None else {}),
    )
