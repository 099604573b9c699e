"""A save's header read without the game: which format and version it is, and its campaign.

The main menu asks before its first frame whether there is a game to continue. Reading a whole
save (savefile.py) brings the engine in with it and checks every checksum; this module reads
only the head of each file with the standard library, so the menu comes up fast. Nothing is
judged here beyond "this looks like one of our saves": a save damaged further in is still read
in full when the player chooses it, and gets its clear message then.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

EXT = ".json"
"""The saves' file extension."""
FORMAT = "collective-security-save"
"""The ``format`` field of every save (savefile writes it from here)."""
HEAD_BYTES = 16 * 1024
"""How much of a file is read for its header: the fields before the action history take
well under a kilobyte even with six seats."""
HISTORY = '\n "log":'
"""Where the header ends in a file as savefile.encode lays it out: the first field after it."""


@dataclass(frozen=True)
class SaveHeader:
    """The first fields of a save: enough to offer it, not to play it."""

    path: Path
    version: int
    campaign_id: str
    campaign_name: str


def save_paths(folder: Path) -> list[Path]:
    """The save files in ``folder``, newest first (ties by name, so the order is stable)."""
    paths = [p for p in folder.glob(f"*{EXT}") if not p.name.startswith(".")]
    paths.sort(key=lambda p: (-_mtime(p), p.name))
    return paths


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def read_header(path: Path) -> SaveHeader | None:
    """The header of the save at ``path``, or None when the file is not one of our saves (or
    cannot be read at all)."""
    try:
        with open(path, "rb") as f:
            head = f.read(HEAD_BYTES)
            doc = _head_fields(head)
            if doc is None:  # laid out otherwise (or damaged): read it all, still without the game
                doc = json.loads((head + f.read()).decode("utf-8"))
    except (OSError, ValueError, RecursionError):  # JSON and Unicode errors are ValueErrors
        return None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        return None
    version, campaign = doc.get("version"), doc.get("campaign")
    if type(version) is not int or not isinstance(campaign, dict):
        return None
    return SaveHeader(path, version, str(campaign.get("id", "")), str(campaign.get("name", "")))


def _head_fields(head: bytes) -> dict[str, object] | None:
    """The fields before the action history, parsed alone; None when the head does not hold
    them as savefile.encode writes them."""
    text = head.decode("utf-8", errors="replace")
    end = text.find(HISTORY)
    if end < 0:
        return None
    try:
        doc = json.loads(text[:end].rstrip().rstrip(",") + "}")
    except ValueError:
        return None
    return doc if isinstance(doc, dict) else None


def newest(folder: Path) -> SaveHeader | None:
    """The newest save in ``folder`` whose header reads, or None (none, or no folder)."""
    try:
        paths = save_paths(folder)
    except OSError:
        return None
    return next((h for h in map(read_header, paths) if h is not None), None)
