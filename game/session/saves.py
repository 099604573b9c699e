"""Saves on disk: named slots, autosaves, the quick save, and the list for the screens.

A save is written to a temporary file in the same folder, flushed to the disk and renamed
over the old one, so a crash or a power cut mid-save leaves the previous save whole. Every
failure to read or write is a SaveError that the UI can show as it is; restore.py turns
a save read here back into a game.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from .header import EXT as EXT  # the saves' extension, as the screens know it
from .header import save_paths
from .paths import saves_dir
from .savefile import SaveData, SaveError, document, encode, parse
from .session import Session

QUICK = "quicksave"
AUTO = "autosave"
KEEP_AUTOSAVES = 5
MAX_BYTES = 64 * 1024 * 1024
"""A game of hundreds of turns takes about a megabyte; anything this big is not a save."""

_SLOT = re.compile(r"\w([\w \-]{0,62}\w)?")
_RESERVED = re.compile(r"(con|prn|aux|nul|com\d|lpt\d)", re.IGNORECASE)
"""Names Windows will not give to a file."""


# --- slots and files ------------------------------------------------------------------------


def slot_path(slot: str, folder: Path | None = None) -> Path:
    """The file of a slot; SaveError for a name that is not a safe file name."""
    if not _SLOT.fullmatch(slot) or _RESERVED.fullmatch(slot):
        raise SaveError(f"'{slot[:70]}' cannot name a save: use letters, digits, spaces, "
                        "'-' and '_' (up to 64)")
    return (folder or saves_dir()) / (slot + EXT)


def save(session: Session, slot: str, source: str, label: str = "",
         folder: Path | None = None) -> Path:
    """Save ``session`` in ``slot``; ``source`` names its campaign (paths.campaign_source)."""
    path = slot_path(slot, folder)
    _commit(_write_temp(path, encode(document(session, source, label))), path)
    return path


def autosave(session: Session, source: str, keep: int = KEEP_AUTOSAVES,
             folder: Path | None = None) -> Path:
    """Save as ``autosave-1``, the newest; older ones move down to ``autosave-<keep>``."""
    newest = slot_path(f"{AUTO}-1", folder)
    temp = _write_temp(newest, encode(document(session, source, "Autosave")))
    try:
        for path in newest.parent.glob(f"{AUTO}-*{EXT}"):
            number = path.stem.removeprefix(f"{AUTO}-")
            if number.isdigit() and int(number) >= keep:
                path.unlink()
        for n in range(keep - 1, 0, -1):
            older = slot_path(f"{AUTO}-{n}", folder)
            if older.exists():
                os.replace(older, slot_path(f"{AUTO}-{n + 1}", folder))
    except OSError as exc:
        raise SaveError(f"The game could not be autosaved ({exc.strerror or exc})") from exc
    _commit(temp, newest)
    return newest


def quick_save(session: Session, source: str, folder: Path | None = None) -> Path:
    return save(session, QUICK, source, "Quick save", folder)


def quick_load(folder: Path | None = None) -> SaveData:
    return load(QUICK, folder)


def load(slot: str, folder: Path | None = None) -> SaveData:
    return read(slot_path(slot, folder))


def read(path: Path) -> SaveData:
    """The save in a file, checked; SaveError says why it cannot be used."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except FileNotFoundError as exc:
        raise SaveError(f"There is no save named '{Path(path).stem}'") from exc
    except OSError as exc:
        raise SaveError(f"The save could not be read ({exc.strerror or exc})") from exc
    if len(data) > MAX_BYTES:
        raise SaveError("This file is too large to be a Collective Security save")
    return parse(data)


def _write_temp(path: Path, data: bytes) -> Path:
    """``data`` written and flushed to the disk beside ``path``, not yet in its place."""
    temp = path.with_name(f".{path.name}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0),
                     0o644)
    except OSError as exc:
        raise _not_saved(exc) from exc
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    except OSError as exc:  # a full disk, say: the old save stays, the half-written one goes
        os.close(fd)
        temp.unlink(missing_ok=True)
        raise _not_saved(exc) from exc
    os.close(fd)
    return temp


def _not_saved(exc: OSError) -> SaveError:
    return SaveError(f"The game could not be saved ({exc.strerror or exc})")


def _commit(temp: Path, path: Path) -> None:
    """Put the finished temporary file in place in one step, and make the rename durable."""
    try:
        os.replace(temp, path)
    except OSError as exc:
        raise _not_saved(exc) from exc
    try:
        fd = os.open(path.parent, os.O_RDONLY)
    except OSError:  # Windows cannot open a folder; its renames need no folder sync
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems refuse to sync a folder; the rename itself is done
    finally:
        os.close(fd)


# --- the save and load screens --------------------------------------------------------------


@dataclass(frozen=True)
class SaveEntry:
    """One line of the save or load screen; ``error`` is set when the file cannot be used."""

    slot: str
    path: Path
    saved_at: str = ""
    date_text: str = ""
    turn: int = 0
    nations: tuple[str, ...] = ()
    campaign_id: str = ""
    campaign_name: str = ""
    label: str = ""
    error: str = ""

    @property
    def ok(self) -> bool:
        return not self.error

    @property
    def shown_turn(self) -> int:
        """The turn as the game shows it (``turn`` counts from 0, the top bar from 1)."""
        return self.turn + 1

    @property
    def kind(self) -> str:
        """``quicksave``, ``autosave`` or ``named``."""
        if self.slot == QUICK:
            return QUICK
        return AUTO if re.fullmatch(rf"{AUTO}-\d+", self.slot) else "named"


def list_saves(folder: Path | None = None) -> list[SaveEntry]:
    """Every save in the folder, newest first; broken files are listed with their error."""
    return [_entry(p) for p in save_paths(folder or saves_dir())]


def _entry(path: Path) -> SaveEntry:
    try:
        s = read(path)
    except SaveError as exc:
        return SaveEntry(path.stem, path, error=str(exc))
    return SaveEntry(path.stem, path, s.saved_at, s.date_text, s.turn, s.nations,
                     s.campaign_id, s.campaign_name, s.label)
