"""Player settings: resolution, fullscreen, UI scale, palette, volume, animation speed.

Kept as JSON in ``platformdirs.user_config_dir("collective-security")`` (or the folder named by
the ``COLLECTIVE_SECURITY_CONFIG`` environment variable, which the tests use), written
atomically: a temporary file in the same folder, then ``os.replace``. A missing, unreadable or
malformed file gives the defaults; unknown keys are ignored and values are clamped, so a hand-
edited file can never stop the game from starting.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

APP_NAME = "collective-security"
FILE_NAME = "settings.json"

RESOLUTIONS = ((1280, 720), (1366, 768), (1600, 900), (1920, 1080), (2560, 1440))
UI_SCALES = (100, 125, 150, 175, 200)
ANIMATION_SPEEDS = ("off", "normal", "fast")
PALETTES = ("standard", "colourblind")


def config_dir() -> Path:
    env = os.environ.get("COLLECTIVE_SECURITY_CONFIG")
    if env:
        return Path(env)
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME))


@dataclass
class Settings:
    resolution: tuple[int, int] = (1280, 720)
    fullscreen: bool = False
    ui_scale: int = 100
    """Percent, 100 to 200."""
    palette: str = "standard"
    """``standard`` or ``colourblind`` (Okabe-Ito colours, patterns on the map)."""
    volume: int = 70
    """Percent, 0 silences every cue."""
    animation_speed: str = "normal"
    tutorial_offered: bool = False
    """Set once the first-start tutorial offer has been shown."""
    extra: dict = field(default_factory=dict)

    @property
    def colourblind(self) -> bool:
        return self.palette == "colourblind"

    # --- persistence ----------------------------------------------------------------------

    @classmethod
    def from_dict(cls, data: object) -> "Settings":
        s = cls()
        if not isinstance(data, dict):
            return s
        res = data.get("resolution")
        if (isinstance(res, (list, tuple)) and len(res) == 2
                and all(isinstance(v, int) and not isinstance(v, bool) for v in res)):
            s.resolution = (max(800, min(7680, res[0])), max(450, min(4320, res[1])))
        if isinstance(data.get("fullscreen"), bool):
            s.fullscreen = data["fullscreen"]
        scale = data.get("ui_scale")
        if isinstance(scale, (int, float)) and not isinstance(scale, bool):
            s.ui_scale = int(max(100, min(200, scale)))
        if data.get("palette") in PALETTES:
            s.palette = data["palette"]
        vol = data.get("volume")
        if isinstance(vol, (int, float)) and not isinstance(vol, bool):
            s.volume = int(max(0, min(100, vol)))
        if data.get("animation_speed") in ANIMATION_SPEEDS:
            s.animation_speed = data["animation_speed"]
        if isinstance(data.get("tutorial_offered"), bool):
            s.tutorial_offered = data["tutorial_offered"]
        if isinstance(data.get("extra"), dict):
            s.extra = dict(data["extra"])
        return s

    def to_dict(self) -> dict:
        d = asdict(self)
        d["resolution"] = list(self.resolution)
        return d

    @classmethod
    def load(cls, folder: Path | None = None) -> "Settings":
        path = (folder or config_dir()) / FILE_NAME
        try:
            with open(path, encoding="utf-8") as f:
                return cls.from_dict(json.load(f))
        except (OSError, ValueError):
            return cls()

    def save(self, folder: Path | None = None) -> Path:
        folder = folder or config_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / FILE_NAME
        fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(self.to_dict(), f, indent=2, sort_keys=True)
                f.write("\n")
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, path)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
        return path

    def copy(self) -> "Settings":
        return Settings.from_dict(self.to_dict())


def field_names() -> tuple[str, ...]:
    return tuple(f.name for f in fields(Settings))
