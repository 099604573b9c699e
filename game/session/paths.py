"""Where the game keeps a player's files, and how a save names the campaign it was made with.

The folders come from platformdirs (``user_data_dir("collective-security")``), unless the
``COLLECTIVE_SECURITY_HOME`` environment variable names another folder: tests use it, and so
can a portable install on a USB stick. A save names its campaign by a source that stays true
when the game or the user's folder moves: ``builtin:<id>``, ``user:<id>``, or else a path
relative to the built-in campaigns folder (never an absolute path, which would not travel).
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "collective-security"
HOME_ENV = "COLLECTIVE_SECURITY_HOME"
BUILTIN_CAMPAIGNS = Path(__file__).resolve().parents[1] / "campaigns"


def data_dir() -> Path:
    """The player's data folder (saves, user campaigns)."""
    env = os.environ.get(HOME_ENV)
    if env:
        return Path(env)
    from platformdirs import user_data_dir  # only here: tests never touch the real folder

    return Path(user_data_dir(APP_NAME))


def saves_dir() -> Path:
    return data_dir() / "saves"


def user_campaigns_dir() -> Path:
    return data_dir() / "campaigns"


def campaign_source(folder: str | os.PathLike[str]) -> str:
    """The source a save records for the campaign in ``folder``."""
    folder = Path(folder).resolve()
    for kind, root in (("builtin", BUILTIN_CAMPAIGNS), ("user", user_campaigns_dir())):
        if folder.parent == root.resolve():
            return f"{kind}:{folder.name}"
    try:
        return Path(os.path.relpath(folder, BUILTIN_CAMPAIGNS)).as_posix()
    except ValueError:  # another drive on Windows: no relative path exists
        return folder.as_posix()


def named_campaign(text: str) -> Path | None:
    """The campaign folder a player names: a folder (or its campaign.yaml) as given, or else a
    built-in or user campaign by its folder name; None when it names none."""
    path = Path(text)
    if path.name == "campaign.yaml" and path.is_file():
        return path.parent
    if (path / "campaign.yaml").is_file():
        return path
    if text and "/" not in text and "\\" not in text:
        for root in (BUILTIN_CAMPAIGNS, user_campaigns_dir()):
            if (root / text / "campaign.yaml").is_file():
                return root / text
    return None


def builtin_campaign_ids() -> list[str]:
    return sorted(p.parent.name for p in BUILTIN_CAMPAIGNS.glob("*/campaign.yaml"))


def campaign_folder(source: str) -> Path:
    """The folder a source names (it may not exist any more)."""
    kind, sep, name = source.partition(":")
    if sep and kind == "builtin":
        return BUILTIN_CAMPAIGNS / name
    if sep and kind == "user":
        return user_campaigns_dir() / name
    return BUILTIN_CAMPAIGNS / source
