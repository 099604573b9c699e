"""The light save-header reader (game/session/header.py): what the main menu's Continue reads
before its first frame, without the engine."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from game.session import header, saves, savefile

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parents[2]
SAVE = FIXTURES / f"save-v{savefile.VERSION}.json"


def test_the_header_of_a_save_written_by_the_game():
    """A save as savefile.encode lays it out gives its version and campaign."""
    h = header.read_header(SAVE)
    doc = json.loads(SAVE.read_bytes())
    assert h == header.SaveHeader(SAVE, savefile.VERSION, doc["campaign"]["id"],
                                  doc["campaign"]["name"])


def test_only_the_head_is_read(tmp_path):
    """A save cut off in its action history still gives its header: the reader stops before
    the history (a long game's file is not read whole to draw the menu)."""
    data = SAVE.read_bytes()
    cut = tmp_path / "cut.json"
    cut.write_bytes(data[:data.index(b'\n "log":') + 200])
    h = header.read_header(cut)
    assert h is not None and h.version == savefile.VERSION


def test_a_save_laid_out_otherwise_is_read_whole(tmp_path):
    """A valid save on one line (rewritten by another tool) is still recognised."""
    one_line = tmp_path / "one.json"
    one_line.write_text(json.dumps(json.loads(SAVE.read_bytes())))
    h = header.read_header(one_line)
    assert h is not None and h.path == one_line and h.version == savefile.VERSION


def test_files_that_are_not_saves_have_no_header(tmp_path):
    """Other JSON, text, binary, an empty file, a save with no version: none is offered."""
    doc = json.loads(SAVE.read_bytes())
    no_version = {k: v for k, v in doc.items() if k != "version"}
    for name, data in (("other", b'{"format": "something else", "version": 1}'),
                       ("text", b"hello"), ("binary", bytes(range(256))), ("empty", b""),
                       ("noversion", json.dumps(no_version).encode())):
        path = tmp_path / f"{name}.json"
        path.write_bytes(data)
        assert header.read_header(path) is None, name


def test_newest_is_the_newest_readable_save(tmp_path):
    """``newest`` skips files that are not saves and takes the latest written; an empty or
    missing folder has none."""
    assert header.newest(tmp_path / "missing") is None
    assert header.newest(tmp_path) is None
    old, new, junk = (tmp_path / f"{n}.json" for n in ("old", "new", "junk"))
    for i, path in enumerate((old, new, junk)):
        path.write_bytes(SAVE.read_bytes() if path is not junk else b"not a save")
        os.utime(path, (1000 + i, 1000 + i))
    assert header.newest(tmp_path).path == new
    assert [e.path for e in saves.list_saves(tmp_path)] == header.save_paths(tmp_path)


def test_the_reader_agrees_with_the_full_reader():
    """One format name and one extension for both readers."""
    assert header.FORMAT == savefile.FORMAT
    assert saves.EXT == header.EXT


def test_reading_a_header_loads_neither_the_engine_nor_numpy():
    """The point of the module: the menu asks it before its first frame."""
    code = ("import sys; from pathlib import Path; from game.session.header import newest; "
            f"assert newest(Path({str(FIXTURES)!r})) is not None; "
            "print(sorted(m for m in ('game.engine', 'numpy', 'game.session.saves') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                         text=True, check=True).stdout
    assert out.strip() == "[]"
