"""The UI's one door to the rest of the game: campaigns, saves, the base maps.

Every call imports its module lazily (the main menu must come up fast) and fails soft: a
missing or broken part gives an empty list or None, plus a message in ``problems``, never a
traceback on screen.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
problems: list[str] = []


def _note(msg: str) -> None:
    if msg not in problems:
        problems.append(msg)
        del problems[:-20]


# --- campaigns ------------------------------------------------------------------------------

@dataclass
class CampaignEntry:
    id: str
    name: str
    period: str = ""
    description: str = ""
    path: Path | None = None
    builtin: bool = True
    base_map: str = ""
    problems: list = field(default_factory=list)
    difficulty: str = ""
    raw: object = None

    @property
    def ok(self) -> bool:
        return not self.problems


def list_campaigns(extra_dirs: list[Path] | None = None) -> list[CampaignEntry]:
    """Built-in and user campaigns with their problems (via game.content.library)."""
    try:
        from game.content import library  # type: ignore
    except ImportError:
        library = None
    out: list[CampaignEntry] = []
    if library is not None and hasattr(library, "list_campaigns"):
        try:
            kwargs = {}
            if extra_dirs:
                kwargs["user_dirs"] = extra_dirs
            try:
                items = library.list_campaigns(**kwargs)
            except TypeError:
                items = library.list_campaigns()
            for it in items:
                out.append(_entry_from(it))
            return out
        except Exception as exc:  # noqa: BLE001 - fail soft, show the message
            _note(f"campaign library: {exc}")
    return _scan(extra_dirs)


def _entry_from(it) -> CampaignEntry:
    g = (lambda k, d=None: it.get(k, d)) if isinstance(it, dict) else (
        lambda k, d=None: getattr(it, k, d))
    probs = g("problems", []) or []
    return CampaignEntry(
        id=str(g("id", "") or ""), name=str(g("name", "") or g("id", "")),
        period=str(g("period", "") or ""), description=str(g("description", "") or ""),
        path=Path(g("path")) if g("path") else None, builtin=bool(g("builtin", True)),
        base_map=str(g("base_map", "") or ""), problems=[str(p) for p in probs],
        difficulty=str(g("difficulty", "") or ""), raw=it)


def _scan(extra_dirs) -> list[CampaignEntry]:
    dirs = [(ROOT / "game" / "campaigns", True)] + [(Path(d), False) for d in (extra_dirs or [])]
    out = []
    for base, builtin in dirs:
        if not base.is_dir():
            continue
        for d in sorted(base.iterdir()):
            f = d / "campaign.yaml"
            if not f.is_file():
                continue
            try:
                import yaml

                with open(f, encoding="utf-8") as fh:
                    head = yaml.safe_load(fh) or {}
                out.append(CampaignEntry(
                    id=str(head.get("id", d.name)), name=str(head.get("name", d.name)),
                    period=str(head.get("period", "")),
                    description=str(head.get("description", "")), path=d, builtin=builtin,
                    base_map=str(head.get("base_map", ""))))
            except Exception as exc:  # noqa: BLE001
                out.append(CampaignEntry(id=d.name, name=d.name, path=d, builtin=builtin,
                                         problems=[str(exc)]))
    return out


def load_campaign(entry: CampaignEntry):
    """The frozen Campaign model for an entry, or raises ValueError with readable text."""
    from game.content import load_campaign as _load  # type: ignore

    res = _load(entry.path)
    return getattr(res, "campaign", res)


# --- the map -------------------------------------------------------------------------------

_MAP_CACHE: dict = {}


def base_map(map_id: str):
    """The helper-built base map for ``map_id`` via game.mapdata, or None."""
    if map_id in _MAP_CACHE:
        return _MAP_CACHE[map_id]
    m = None
    try:
        from game import mapdata  # type: ignore

        if hasattr(mapdata, "load_base_map"):
            m = mapdata.load_base_map(map_id)
    except Exception as exc:  # noqa: BLE001
        _note(f"map {map_id}: {exc}")
        m = None
    _MAP_CACHE[map_id] = m
    return m


def env_flag(name: str) -> bool:
    return os.environ.get(name, "") not in ("", "0", "false", "no")
