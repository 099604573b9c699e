"""Saved games brought back to life: from the snapshot, or by replaying the history.

The snapshot is fast; the replay is the proof. A save whose campaign changed on disk cannot
use its snapshot, but the player may still go on by replaying the history on the campaign as
it is now, which names the first action that is no longer legal.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.engine import EngineError, state_hash
from game.engine.model import Campaign
from game.engine.serial import PlainError, state_from_plain

from .paths import campaign_folder
from .savefile import SaveData, SaveError, damaged
from .session import Restored, Session


class CampaignChanged(SaveError):
    """The campaign's files changed since the save: its snapshot no longer applies.

    The caller may still continue the game with ``replay`` on the campaign as it is now.
    """


class HistoryMismatch(SaveError):
    """Replaying the save's history does not give its snapshot; ``replay`` holds the result."""

    def __init__(self, message: str, replay: "Replay"):
        super().__init__(message)
        self.replay = replay


@dataclass(frozen=True)
class Illegal:
    """The first action of a log that could not be played again."""

    index: int
    action: str
    reason: str


@dataclass(frozen=True)
class Replay:
    session: Session
    """The game after every action up to (not including) the first illegal one."""
    illegal: Illegal | None
    matches: bool
    """The replayed state is the snapshot's, hash for hash."""


def find_campaign(save: SaveData) -> Campaign:
    """The campaign a save names, loaded from its folder; SaveError when it cannot be."""
    from game.content.loader import load_campaign  # YAML only when a game is opened

    result = load_campaign(campaign_folder(save.source))
    if result.campaign is None:
        if not result.readable:
            raise SaveError(f"The campaign of this save, '{save.campaign_name}', is not "
                            f"installed ({save.source})")
        raise SaveError(f"The campaign of this save, '{save.campaign_name}', has errors: "
                        f"{result.errors[0]}")
    if result.campaign.id != save.campaign_id:
        raise SaveError(f"The campaign at {save.source} is '{result.campaign.id}' now, not "
                        f"this save's '{save.campaign_id}'")
    return result.campaign


def resume(save: SaveData, campaign: Campaign, verify: bool = False) -> Session:
    """The saved game, ready to continue: from its snapshot, or with ``verify`` by replaying
    its history and checking that it gives the snapshot (HistoryMismatch if not).

    CampaignChanged when the campaign's content hash is not the one the save was made with.
    """
    _check_campaign(save, campaign)
    if verify:
        result = replay(save, campaign)
        if not result.matches:
            raise HistoryMismatch(_mismatch(save, result), result)
        return result.session
    try:
        state = state_from_plain(save.state, campaign)
    except PlainError as exc:
        raise damaged(str(exc)) from exc
    told = (save.seed, save.turn, save.month, save.phase)
    if state_hash(state) != save.state_hash or (state.seed, state.turn, state.month,
                                                state.phase) != told:
        raise damaged("its snapshot does not match its checksum")
    return Session(campaign, save.seed, save.seats, save.difficulty, save.source,
                   restored=Restored(state, save.log, save.chronicle, save.plans))


def replay(save: SaveData, campaign: Campaign) -> Replay:
    """The save's history played again on ``campaign``, stopping at the first illegal action."""
    session = Session(campaign, save.seed, save.seats, save.difficulty, save.source)
    for index, text in enumerate(save.log):
        try:
            session.submit(text)
        except EngineError as exc:
            return Replay(session, Illegal(index, text, getattr(exc, "reason", str(exc))), False)
    matches = state_hash(session.state) == save.state_hash
    if matches:
        session.keep_plans(save.plans)
    return Replay(session, None, matches)


def _check_campaign(save: SaveData, campaign: Campaign) -> None:
    if campaign.id != save.campaign_id:
        raise SaveError(f"This save is for the campaign '{save.campaign_id}', "
                        f"not '{campaign.id}'")
    if campaign.content_hash != save.content_hash:
        raise CampaignChanged(
            f"The campaign '{campaign.name}' has changed since this game was saved. "
            f"The game can go on by replaying its {len(save.log)} actions on the new "
            f"version, but it may not be the same game any more.")
    codes = {n.code for n in campaign.nations}
    unknown = [s.nation for s in save.seats if s.nation not in codes]
    if unknown:
        raise damaged(f"a seat plays {unknown[0][:10]!r}, which the campaign does not have")
    unknown = sorted(n for n in save.plans if n not in codes)
    if unknown:
        raise damaged(f"the AI plans for {unknown[0][:10]!r}, which the campaign does not have")


def _mismatch(save: SaveData, result: Replay) -> str:
    if result.illegal:
        i = result.illegal
        return (f"The save's history no longer plays out: action {i.index + 1}, '{i.action}', "
                f"is not legal now ({i.reason})")
    return (f"The save's history leads to another game than its snapshot (the rules may have "
            f"changed since version {save.game_version})")
