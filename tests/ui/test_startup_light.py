"""The main menu's first frame loads neither the engine nor numpy when there is no save to
continue: asking whether there is one must not load the save reader for an empty folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FIRST_FRAME = """
import sys
from pathlib import Path
from game.ui.app import App
home = Path(sys.argv[1])
app = App(size=(1280, 720), config_dir=home, save_dir=home / "saves")
loaded = []
app._after_first_frame.insert(0, lambda: loaded.extend(  # as the first frame is on screen
    m for m in ("game.engine", "numpy", "game.session.saves") if m in sys.modules))
app.push("main_menu")
app.tick()
assert app.first_frame_at is not None
print(sorted(loaded))
"""


def test_the_menu_without_saves_draws_without_the_engine(tmp_path):
    """A fresh player (no save folder yet) sees the menu before the engine, numpy or the save
    reader are imported: they are what made the start slow (the sound, made with numpy, comes
    after the first frame)."""
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy",
           "COLLECTIVE_SECURITY_HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", FIRST_FRAME, str(tmp_path)], cwd=REPO, env=env,
                         capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"
