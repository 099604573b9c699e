"""What the window shows, written as a small JSON file for scripts that drive the real game.

When the environment variable ``COLLECTIVE_SECURITY_STATE_DUMP`` names a file, the app writes
it after every frame that changed what it holds, and once more when the loop goes idle: the
scene stack (and whether the top one is a modal dialog), the top scene's visible buttons (text,
enabled, tooltip, style class, on-screen rectangle in window pixels), the tooltip on screen,
and the running game's turn, phase, date, player and state hash (empty while the other
nations act). A script (tests/realwindow) reads it to find a button and click its centre with
the real mouse, as a person would by sight, and to tell a game that is thinking from one that
stalled.

The file is replaced atomically, so a reader never sees half of it.
"""

from __future__ import annotations

import json
import os
import re
import time
from pathlib import Path

import pygame

ENV = "COLLECTIVE_SECURITY_STATE_DUMP"


def from_environment(t0: float) -> "StateDump | None":
    """The dump the environment asks for, or None (the normal case: no file is written)."""
    path = os.environ.get(ENV)
    return StateDump(Path(path), t0) if path else None


class StateDump:
    def __init__(self, path: Path, t0: float):
        self.path = path
        self.t0 = t0
        self.seq = 0
        self._last = ""
        self._hash_for: tuple[int, int] | None = None
        self._hash = ""

    def write(self, app, *, idle: bool) -> None:
        """Write the app's visible state if it differs from the last written one."""
        data = snapshot(app, idle=idle, state_hash=self._state_hash(app))
        text = json.dumps(data, sort_keys=True)
        if text == self._last:
            return
        self._last = text
        self.seq += 1
        data["seq"] = self.seq
        data["t"] = round(time.perf_counter() - self.t0, 3)
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.path)

    def _state_hash(self, app) -> str:
        """The session's state hash, computed once per revision and not while the other
        nations act (it serialises the whole state: a tenth of a second for the League's)."""
        session = app.session
        if session is None or (not session.over and session.ai_waiting()):
            return ""
        key = (id(session), session.revision)
        if key != self._hash_for:
            from game.engine import state_hash

            self._hash_for, self._hash = key, state_hash(session.state)
        return self._hash


def snapshot(app, *, idle: bool, state_hash: str = "") -> dict:
    """The parts of the screen a driving script needs, as plain data."""
    top = app.top
    return {
        "idle": idle,
        "window": list(app.screen.get_size()),
        "scenes": [getattr(s, "name", type(s).__name__) for s in app.stack],
        "top": getattr(top, "name", type(top).__name__) if top is not None else None,
        "modal": bool(getattr(top, "overlay", False)),
        "buttons": buttons(top) if top is not None else [],
        "status": getattr(top, "status", "") or "",
        "toast": _toast(app),
        "tooltip": shown_tooltip(top) if top is not None else "",
        "game": game_facts(app, state_hash),
    }


def _toast(app) -> str:
    """The confirmation toast on screen now, if any (the main screen's)."""
    for scene in reversed(app.stack):
        toast = getattr(scene, "toast", None)
        if toast is not None:
            return toast.text if toast.visible() else ""
    return ""


def game_facts(app, state_hash: str) -> dict | None:
    session = app.session
    if session is None:
        return None
    from game.engine.calendar import format_month

    state = session.state
    humans = session.humans
    player = session.next_human() or (humans[0] if humans else None)
    return {
        "turn": state.turn,
        "phase": state.phase,
        "month": state.month,
        "date": format_month(state.month),
        "player": player,
        "humans": list(humans),
        "waiting_for": sorted(state.waiting_for()),
        "ai_waiting": sorted(session.ai_waiting()),
        "revision": session.revision,
        "state_hash": state_hash,
    }


def buttons(scene) -> list[dict]:
    """The scene's buttons that can be seen, in reading order, with their visible part."""
    manager = scene.manager
    if manager is None:
        return []
    found: list = []
    _collect(manager.get_root_container(), found, set())
    out = []
    for b in found:
        rect = _visible_rect(b)
        if rect is None:
            continue
        out.append({
            "text": b.text.strip(),
            "enabled": bool(b.is_enabled),
            "selected": bool(getattr(b, "is_selected", False)),
            "kind": (getattr(b, "class_ids", None) or [None])[-1],
            "tooltip": _plain(getattr(b, "tool_tip_text", None) or ""),
            "rect": [rect.x, rect.y, rect.w, rect.h],
        })
    out.sort(key=lambda d: (d["rect"][1], d["rect"][0]))
    return out


def shown_tooltip(scene) -> str:
    """The text of the widget tooltip on screen, if one is."""
    from pygame_gui.elements import UITooltip

    if scene.manager is None:
        return ""
    for element in scene.manager.get_root_container().elements:
        if isinstance(element, UITooltip) and element.visible and element.text_block:
            return _plain(element.text_block.html_text)
    return ""


def _collect(element, out: list, seen: set) -> None:
    from pygame_gui.elements import UIButton

    if id(element) in seen:
        return
    seen.add(id(element))
    if isinstance(element, UIButton):
        if element.visible:
            out.append(element)
        return
    for child in list(getattr(element, "elements", None) or []):
        _collect(child, out, seen)
    inner = getattr(element, "get_container", None)
    if inner is not None:
        _collect(inner(), out, seen)


def _visible_rect(element) -> pygame.Rect | None:
    """The element's on-screen rectangle clipped by every container around it (scrolled
    lists hide rows), or None when nothing of it shows."""
    rect = pygame.Rect(element.get_abs_rect())
    container = getattr(element, "ui_container", None)
    while container is not None:
        if not getattr(container, "visible", True):
            return None
        rect = rect.clip(pygame.Rect(container.get_abs_rect()))
        parent = getattr(container, "ui_container", None)
        container = parent if parent is not container else None
    return rect if rect.w > 0 and rect.h > 0 else None


def _plain(html: str) -> str:
    text = re.sub(r"<br\s*/?>", "\n", html)
    text = re.sub(r"<[^>]+>", "", text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
