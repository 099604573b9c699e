"""The campaigns a player can choose: the built-in ones and the user's own.

Each is loaded and validated when listed (a few tens of milliseconds each), so a broken user
campaign shows its problems in the list instead of failing when it is opened.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from game.content.loader import CAMPAIGN_FILE, load_campaign
from game.content.problems import Problem
from game.engine.model import Campaign
from game.session.paths import BUILTIN_CAMPAIGNS, user_campaigns_dir


@dataclass(frozen=True)
class CampaignEntry:
    id: str
    name: str
    period: str
    description: str
    path: Path
    builtin: bool
    base_map: str = ""
    problems: tuple[Problem, ...] = ()
    """Every problem, when the campaign has errors; empty when it can be played."""
    campaign: Campaign | None = field(default=None, compare=False)

    @property
    def ok(self) -> bool:
        return self.campaign is not None


def user_campaign_dir() -> Path:
    """Where the player's own campaigns live (new-campaign creates them there)."""
    return user_campaigns_dir()


def list_campaigns(user_dirs: Iterable[str | Path] | None = None,
                   builtin_dir: str | Path | None = None) -> list[CampaignEntry]:
    """Built-in campaigns first, then the user's, each group sorted by folder name."""
    folders = [(Path(builtin_dir or BUILTIN_CAMPAIGNS), True)]
    folders += [(Path(d), False) for d in (user_dirs if user_dirs is not None
                                           else [user_campaign_dir()])]
    return [_entry(sub, builtin) for root, builtin in folders if root.is_dir()
            for sub in sorted(root.iterdir()) if (sub / CAMPAIGN_FILE).is_file()]


def _entry(folder: Path, builtin: bool) -> CampaignEntry:
    result = load_campaign(folder)
    c = result.campaign
    if c is not None:
        return CampaignEntry(c.id, c.name, c.period, c.description, folder, builtin,
                             c.base_map, campaign=c)
    return CampaignEntry(folder.name, folder.name, "", "", folder, builtin,
                         problems=tuple(result.problems))
