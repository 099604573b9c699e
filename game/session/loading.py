"""Loading a saved game, from its file to a game ready to go on, as one call.

``load(path)`` reads the file, finds its campaign, and resumes the game from its snapshot.
When the campaign changed since the save, the snapshot no longer applies: the result asks
the player first, and its ``replay`` plays the history again on the campaign as it is now
and checks the outcome against the save. Nothing here raises for a bad file: every way a
load can fail is a ``Loaded`` with a title and a message the screen shows as they are
(their text may hold parts of the file: the screen makes them safe to show).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from game.engine.model import Campaign

from . import restore, saves
from .savefile import SaveData, SaveError
from .session import Session

NOT_LOADED = "This game cannot be loaded"


@dataclass(frozen=True)
class Loaded:
    """What became of a load: a game to open, a question to ask first, or why not.

    - ``session`` set: open it; a ``title`` then is news to tell over it (a replay that
      stopped early or gave another game).
    - ``replay`` set: the campaign changed; ask ``title`` / ``message``, and if the player
      agrees, ``replay()`` gives the next ``Loaded``.
    - neither: the game cannot be loaded, and ``message`` says why.
    """

    session: Session | None = None
    title: str = ""
    message: str = ""
    replay: Callable[[], Loaded] | None = None

    @property
    def ok(self) -> bool:
        return self.session is not None


def load(path: Path) -> Loaded:
    """The saved game in the file at ``path``."""
    try:
        save = saves.read(path)
    except SaveError as exc:
        return Loaded(title="This save cannot be loaded", message=str(exc))
    return load_save(save)


def load_save(save: SaveData) -> Loaded:
    """A save already read: its campaign found, its game resumed from the snapshot."""
    try:
        campaign = restore.find_campaign(save)
        return Loaded(restore.resume(save, campaign))
    except restore.CampaignChanged as exc:
        return Loaded(title="The campaign has changed", message=str(exc),
                      replay=lambda: replay(save, campaign))
    except SaveError as exc:
        return Loaded(title=NOT_LOADED, message=str(exc))


def replay(save: SaveData, campaign: Campaign) -> Loaded:
    """The save's history played on ``campaign``, with what the player should know of it."""
    result = restore.replay(save, campaign)
    if result.illegal is not None:
        i = result.illegal
        return Loaded(result.session, "The replay stopped early",
                      f"Action {i.index + 1} of {len(save.log)}, '{_cut(i.action, 80)}', is "
                      f"not legal in the new version of the campaign ({_cut(i.reason, 200)}). "
                      f"The game goes on from just before it.")
    if not result.matches:
        return Loaded(result.session, "Replayed",
                      "The history was replayed on the new version of the campaign; the game "
                      "may differ from the one that was saved.")
    return Loaded(result.session)


def _cut(text: str, limit: int) -> str:
    """A piece of the file's text kept short enough to read in a sentence."""
    return text if len(text) <= limit else text[:limit - 1] + "…"
