"""Saving and loading: the list of saves (named slots, the quick save, autosaves) with their
date and nations, a name box to save into a slot, and loading a save back into a game.

Loading is game.session.loading's: this screen only shows what came of it (the game, the
question whether to replay a save whose campaign changed, or why the file cannot be used;
a damaged file changes nothing). ``quick_save``, ``quick_load`` and ``continue_latest`` are the
F5 / F9 / main-menu shortcuts.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pygame
import pygame_gui
from pygame_gui.elements import UIButton, UITextBox, UITextEntryLine

from game.ui import fonts
from game.ui.menu_model import latest, save_folder
from game.ui.scenes.base import Scene, esc
from game.ui.scenes.dialog import Dialog, confirm, message
from game.ui.untrusted import shown

MESSAGE = 600
"""Characters of a message about a save: its file name and content may be in it."""

# --- helpers ------------------------------------------------------------------------------------

def source_of(session) -> str:
    """Where the session's campaign comes from, as a save records it (Session derives it
    from the campaign's folder; a campaign built in memory falls back to its id)."""
    return session.source or f"builtin:{session.campaign.id}"


def _toast(app, text: str, kind: str = "good") -> None:
    """Tell the player on the main screen, in a toast that goes by itself."""
    from game.ui.widgets import toast

    scene = app.find("game")
    if scene is not None:
        scene.toast.show(text, kind)
    app.invalidate(toast.SECONDS)


def load_path(app, path: Path) -> bool:
    """Load the save at ``path`` (game.session.loading) and show what came of it."""
    from game.session import loading

    return show_loaded(app, loading.load(path))


def show_loaded(app, loaded) -> bool:
    """Open the loaded game, ask before a replay, or say why not; True when a game opened."""
    if loaded.session is not None:
        from game.ui.controller import GameController
        from game.ui.scenes.opening import open_game

        open_game(app, GameController(loaded.session))
        if loaded.title:
            message(app, loaded.title, shown(loaded.message, MESSAGE))
        return True
    if loaded.replay is not None:
        confirm(app, loaded.title, shown(loaded.message, MESSAGE), "Replay and continue",
                lambda: show_loaded(app, loaded.replay()), no="Cancel")
        return False
    message(app, loaded.title, shown(loaded.message, MESSAGE))
    return False


def quick_save(app, ctl) -> bool:
    from game.session import saves
    from game.session.savefile import SaveError

    try:
        saves.quick_save(ctl.session, source_of(ctl.session), save_folder(app))
    except SaveError as exc:
        message(app, "Not saved", shown(exc, MESSAGE))
        return False
    _toast(app, "Game saved in the quick-save slot · F9 loads it")
    return True


def quick_load(app) -> bool:
    from game.session import saves

    path = save_folder(app) / (saves.QUICK + saves.EXT)
    if not path.exists():
        if app.find("game") is not None:
            _toast(app, "There is no quick save yet · F5 makes one", "warn")
        else:
            message(app, "No quick save", "There is no quick save yet: F5 during a game "
                    "makes one.")
        return False
    return load_path(app, path)


def continue_latest(app) -> bool:
    """Load the newest usable save; when none is, the newest save, so that the player is told
    why it cannot be continued."""
    from game.session import saves

    try:
        entry = next((e for e in saves.list_saves(save_folder(app)) if e.ok), None)
    except OSError:
        entry = None
    chosen = entry if entry is not None else latest(app)
    if chosen is not None:
        return load_path(app, chosen.path)
    message(app, "Nothing to continue", "There is no saved game yet.")
    return False


def describe(entry) -> str:
    """One line about a save for its row (every part of it comes from the file)."""
    if not entry.ok:
        return f"{shown(entry.slot, 64)} — unreadable"
    title = entry.label if entry.label and entry.kind == "named" and entry.label != entry.slot \
        else ""
    who = shown(", ".join(entry.nations), 60) or "no seats"
    parts = [shown(entry.slot, 64) + (f" ({shown(title, 64)})" if title else ""),
             shown(entry.date_text, 30), who, shown(entry.campaign_name, 80)]
    return " — ".join(p for p in parts if p)


def _when(saved_at: str) -> str:
    return shown(saved_at.replace("T", " ")[:16]) if saved_at else ""


# --- the screen ---------------------------------------------------------------------------------

class SaveLoad(Scene):
    name = "save_load"

    def __init__(self, app, mode: str = "load", ctl=None):
        super().__init__(app)
        if mode not in ("save", "load"):
            raise ValueError("mode is 'save' or 'load'")
        if mode == "save" and ctl is None:
            raise ValueError("saving needs the game's controller")
        self.mode = mode
        self.ctl = ctl
        self.entries: list = []
        self.selected: int | None = None
        self.offset = 0
        self.per_page = 1
        self.rows: dict[int, object] = {}
        self.entry_box: UITextEntryLine | None = None
        self.detail: UITextBox | None = None
        self.action_button: UIButton | None = None
        self.status = ""
        self._typed = ""
        self.refresh(rebuild=False)

    # --- data -----------------------------------------------------------------------------
    def refresh(self, rebuild: bool = True) -> None:
        from game.session import saves

        try:
            self.entries = saves.list_saves(save_folder(self.app))
        except OSError as exc:
            self.entries = []
            self.status = shown(f"The save folder cannot be read ({exc})", MESSAGE)
        if self.selected is not None and self.selected >= len(self.entries):
            self.selected = None
        if rebuild and self.entered:
            self.rebuild()

    # --- layout ---------------------------------------------------------------------------
    def build(self) -> None:
        t = self.theme
        u = t.u
        W, _H = self.app.screen.get_size()
        lw, lh = t.logical
        title = "Save game" if self.mode == "save" else "Load game"
        self.label((u(32), u(18), u(lw - 200), u(36)), title, cls="@heading")
        self.button((W - u(142), u(18), u(110), u(34)), "Back", self.close,
                    tooltip="Back without " + ("saving" if self.mode == "save" else "loading")
                    + "<br><i>Shortcut: Esc</i>")
        top = 66
        if self.mode == "save":
            self.label((u(32), u(top), u(60), u(34)), "Name", cls="@subheading")
            bw = 150
            self.entry_box = UITextEntryLine(
                pygame.Rect(u(96), u(top), u(lw - 96 - 32 - bw - 10), u(34)),
                manager=self.manager)
            self.entry_box.set_text(self._typed or self._default_name())
            self.entry_box.set_text_length_limit(64)
            self.button((u(lw - 32 - bw), u(top), u(bw), u(34)), "Save", self.save_typed,
                        cls="@primary", tooltip="Save the game under this name<br>"
                        "<i>Shortcut: Enter</i>")
            self.key(pygame.K_RETURN, "Save", self.save_typed)
            top += 46
        list_w = int((lw - 64) * 0.58)
        bottom = lh - 24 - 26
        row_h, gap = 40, 4
        self.per_page = max(1, (bottom - top) // (row_h + gap))
        self.offset = max(0, min(self.offset, max(0, len(self.entries) - self.per_page)))
        self.rows = {}
        if not self.entries:
            self.label((u(32), u(top), u(list_w), u(30)), "There are no saved games yet.",
                       cls="@dim")
        for n, i in enumerate(range(self.offset,
                                    min(len(self.entries), self.offset + self.per_page))):
            e = self.entries[i]
            rect = pygame.Rect(u(32), u(top + n * (row_h + gap)), u(list_w), u(row_h))
            tip = esc(describe(e)) + (f"<br>{esc(shown(e.error, MESSAGE))}" if not e.ok else "")
            b = self.button(rect, describe(e), partial(self.select, i), cls="@list_row",
                            tooltip=tip)
            font = getattr(b, "font", None)
            if font is not None:
                b.set_text(fonts.elide(describe(e), _M(font), rect.w - u(20)))
            if i == self.selected:
                b.select()
            self.rows[i] = b
        if len(self.entries) > self.per_page:
            last = min(len(self.entries), self.offset + self.per_page)
            self.label((u(32), u(bottom + 2), u(list_w), u(22)),
                       f"{self.offset + 1}-{last} of {len(self.entries)} · PgUp / PgDn or the "
                       "mouse wheel for more", cls="@dim")
        x = 32 + list_w + 16
        dw = lw - x - 32
        action_h = 40
        self.detail = self.text_box((u(x), u(top), u(dw), u(bottom - top - action_h - 10)),
                                    self._detail_html())
        label = "Load" if self.mode == "load" else "Overwrite"
        entry = self._entry()
        enabled = entry is not None and (entry.ok or self.mode == "save")
        self.action_button = self.button(
            (u(x), u(bottom - action_h), u(dw), u(action_h)), label, self.act,
            cls="@primary" if self.mode == "load" else "@danger",
            tooltip=("Load the chosen save" if self.mode == "load"
                     else "Save over the chosen save") + (
                "<br><i>Shortcut: Enter</i>" if self.mode == "load" else ""),
            enabled=enabled)
        if self.mode == "load":
            self.key(pygame.K_RETURN, "Load", self.act)
        self.key(pygame.K_DOWN, "Next save", lambda: self.select(self._next(1)))
        self.key(pygame.K_UP, "Previous save", lambda: self.select(self._next(-1)))
        self.key(pygame.K_PAGEDOWN, "More saves", lambda: self.scroll(self.per_page))
        self.key(pygame.K_PAGEUP, "Earlier saves", lambda: self.scroll(-self.per_page))
        if self.status:
            self.label((u(x), u(bottom + 2), u(dw), u(22)), self.status, cls="@dim")

    def _default_name(self) -> str:
        if self.ctl is None:
            return ""
        from game.engine.calendar import format_month

        who = self.ctl.humans[0] if self.ctl.humans else self.ctl.campaign.id
        return f"{who} {format_month(self.ctl.view().month)}"

    def _entry(self):
        if self.selected is None or not (0 <= self.selected < len(self.entries)):
            return None
        return self.entries[self.selected]

    def _detail_html(self) -> str:
        e = self._entry()
        if e is None:
            if self.mode == "save":
                return ("Type a name and press <b>Save</b>, or choose a save on the left to "
                        "save over it.")
            return "Choose a save on the left, then <b>Load</b> it." if self.entries else ""
        if not e.ok:
            return (f"<b>{esc(shown(e.slot, 64))}</b><br><br><font color='#e06060'>"
                    f"{esc(shown(e.error, MESSAGE))}</font>"
                    "<br><br>This file cannot be loaded; nothing was changed.")
        kind = {"quicksave": "Quick save", "autosave": "Autosave"}.get(e.kind, "Saved game")
        rows = [f"<b>{esc(shown(e.label or e.slot, 64))}</b>",
                f"{kind} · slot '{esc(shown(e.slot, 64))}'", "",
                f"<b>Campaign</b> {esc(shown(e.campaign_name, 80))}",
                f"<b>Date in the game</b> {esc(shown(e.date_text, 30))} (turn {e.shown_turn})",
                f"<b>Nations</b> {esc(shown(', '.join(e.nations), 120) or '—')}"]
        if e.saved_at:
            rows.append(f"<b>Saved</b> {esc(_when(e.saved_at))}")
        return " <br>".join(rows)

    # --- actions --------------------------------------------------------------------------
    def _next(self, step: int) -> int:
        if not self.entries:
            return 0
        if self.selected is None:
            return 0
        return max(0, min(len(self.entries) - 1, self.selected + step))

    def scroll(self, n: int) -> None:
        new = max(0, min(max(0, len(self.entries) - self.per_page), self.offset + n))
        if new != self.offset:
            self.offset = new
            self._keep_typed()
            self.rebuild()

    def select(self, i: int) -> None:
        if not self.entries:
            return
        i = max(0, min(len(self.entries) - 1, i))
        self.selected = i
        if i < self.offset:
            self.offset = i
        elif i >= self.offset + self.per_page:
            self.offset = i - self.per_page + 1
        e = self.entries[i]
        if self.mode == "save" and e.ok and self.entry_box is not None:
            self._typed = e.slot
        else:
            self._keep_typed()
        self.rebuild()

    def _keep_typed(self) -> None:
        if self.entry_box is not None:
            self._typed = self.entry_box.get_text()

    def act(self) -> None:
        e = self._entry()
        if e is None:
            return
        if self.mode == "load":
            self.load_entry(e)
        else:
            self.save_as(e.slot)

    def load_entry(self, e) -> bool:
        if not e.ok:
            message(self.app, "This save cannot be loaded", shown(e.error, MESSAGE))
            return False
        return load_path(self.app, e.path)

    def save_typed(self) -> None:
        name = (self.entry_box.get_text() if self.entry_box is not None else "").strip()
        self._typed = name
        self.save_as(name)

    def save_as(self, slot: str, *, confirmed: bool = False) -> bool:
        from game.session import saves
        from game.session.savefile import SaveError

        slot = slot.strip()
        if not slot:
            message(self.app, "No name", "Type a name for the save first.")
            return False
        try:
            path = saves.slot_path(slot, save_folder(self.app))
        except SaveError as exc:
            message(self.app, "Not a usable name", shown(exc, MESSAGE))
            return False
        if path.exists() and not confirmed:
            confirm(self.app, "Overwrite?", f"There is already a save named '{slot}'. Save "
                    "over it? The old game in it will be lost.", "Overwrite",
                    lambda: self.save_as(slot, confirmed=True))
            return False
        session = self.ctl.session
        try:
            saves.save(session, slot, source_of(session), slot, save_folder(self.app))
        except SaveError as exc:
            message(self.app, "Not saved", shown(exc, MESSAGE))
            return False
        self.app.pop(self)
        _toast(self.app, f"Game saved as '{slot}'")
        return True

    # --- events and drawing -------------------------------------------------------------------
    def handle_event(self, event) -> bool:
        if event.type == pygame_gui.UI_TEXT_ENTRY_FINISHED and event.ui_element is \
                self.entry_box:
            self.save_typed()
            return True
        if event.type == pygame.MOUSEWHEEL:
            self.scroll(-event.y)
            return True
        if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
            self.close()
            return True
        return False

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill(self.theme.c("bg"))


class _M:
    def __init__(self, f):
        self.f = f

    def size(self, text: str):
        return self.f.size(text)


__all__ = [
    "Dialog",
    "SaveLoad",
    "continue_latest",
    "load_path",
    "quick_load",
    "quick_save",
    "save_folder",
    "show_loaded",
    "source_of",
]
