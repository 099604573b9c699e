"""What happened: the events ``apply`` returns, from which chronicles and views are built."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Event:
    """One thing that happened.

    ``visible_to`` is None for public events, or the nations allowed to see a private one
    (lobbying, offers, pledges, a ballot before the count).
    """

    kind: str
    text: str
    turn: int
    month: int
    visible_to: tuple[str, ...] | None = None
    data: tuple[tuple[str, object], ...] = field(default=())

    def get(self, key: str, default: object = None) -> object:
        for k, v in self.data:
            if k == key:
                return v
        return default

    def visible(self, nation: str | None) -> bool:
        """Whether ``nation``'s player may see this (None: an all-seeing observer)."""
        return self.visible_to is None or nation is None or nation in self.visible_to
