"""Choosing a campaign: the list on the left; its period, description, a thumbnail of the era's
map and the difficulty on the right. ``custom=True`` lists the user's own campaigns with every
problem the validator found; ``hotseat=True`` goes on to the hot-seat setup instead of the
nation choice.

Listing validates every campaign, which takes a moment: the screen is drawn at once with a
"Loading campaigns…" line and the list is read after that first frame. Campaigns are listed in
the order of history (built-in ones first, then the user's), and the default campaign is
preselected."""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path

import pygame
from pygame_gui.elements import UIButton, UITextBox

from game.content import library
from game.content.library import CampaignEntry
from game.content.loader import CAMPAIGN_FILE, load_campaign
from game.ui import fonts
from game.ui.scenes.base import Scene, esc
from game.ui.widgets.map_thumb import map_thumbnail

DIFFICULTIES = (
    ("easy", "Gentle", "AI rivals press their claims less often; your will recovers faster."),
    ("normal", "Historical", "The balance of the period as it was."),
    ("hard", "Hard", "Revisionists are bolder and voters less patient."),
)
DEFAULT_CAMPAIGN = "league_1920"
"""Preselected for a new player: the first era of the game, where its story begins."""


def start_month(entry: CampaignEntry) -> int | None:
    """The campaign's first month (from the loaded model, else the period's first year)."""
    if entry.campaign is not None:
        return entry.campaign.start
    year = re.search(r"\d{4}", entry.period or "")
    return int(year.group(0)) * 12 if year else None


def in_history_order(entries: list[CampaignEntry]) -> list[CampaignEntry]:
    """Built-in campaigns by start date, then the user's by start date; undated ones last in
    each group, by name."""
    def key(e):
        start = start_month(e)
        return (not e.builtin, start is None, start or 0, e.name.lower(), e.id)

    return sorted(entries, key=key)


class CampaignSelect(Scene):
    name = "campaign_select"

    def __init__(self, app, *, hotseat: bool = False, custom: bool = False):
        super().__init__(app)
        self.hotseat = hotseat
        self.custom = custom
        self.entries: list[CampaignEntry] = []
        self.index = 0
        self.difficulty = "normal"
        self.rows: list = []
        self.diff_buttons: dict = {}
        self.detail: UITextBox | None = None
        self.go: UIButton | None = None
        self.thumb_rect = pygame.Rect(0, 0, 0, 0)
        self._thumb: pygame.Surface | None = None
        self._loaded = False
        self._drawn = False

    @property
    def loading(self) -> bool:
        return not self._loaded

    def _load(self) -> None:
        self._loaded = True
        entries = in_history_order(library.list_campaigns(self.app.campaign_dirs))
        if self.custom:
            entries = [e for e in entries if not e.builtin]
        self.entries = entries
        ids = [e.id for e in entries]
        self.index = ids.index(DEFAULT_CAMPAIGN) if DEFAULT_CAMPAIGN in ids else 0

    def update(self, dt: float) -> bool:
        """Read the campaigns once the screen (with its loading line) has been shown."""
        if self._loaded or not self._drawn:
            return False
        self._load()
        self.rebuild()
        self.ui.update(0.0)  # lay the new widgets out for this very frame
        return True

    def wants_frames(self) -> bool:
        return self.loading

    def build(self) -> None:
        t = self.theme
        u = t.u
        W = self.app.screen.get_width()
        lw, lh = t.logical
        title = ("Hot-seat game: choose a campaign" if self.hotseat else
                 "Custom campaigns" if self.custom else "New campaign")
        self.label((u(32), u(18), u(600), u(36)), title, cls="@heading")
        self.button((W - u(142), u(18), u(110), u(34)), "Back", self.close,
                    key=pygame.K_BACKSPACE, tooltip="Return to the main menu")
        list_w = 300
        top = 66
        self.rows = []
        for i, e in enumerate(self.entries):
            text = e.name if e.ok else f"{e.name} (has problems)"
            b = self.button((u(32), u(top + i * 52), u(list_w), u(48)), text,
                            partial(self.select, i), cls="@list_row",
                            tooltip=f"{e.period}" if e.period else None)
            self.rows.append(b)
        if self.loading:  # the screen's first frame: light widgets only, drawn at once
            self.label((u(32), u(top), u(list_w), u(30)), "Loading campaigns…", cls="@dim")
            self.thumb_rect = pygame.Rect(0, 0, 0, 0)
            return
        if not self.entries:
            where = self._user_dir_text()
            msg = ("No campaigns of your own yet. Put a campaign folder in "
                   f"{where} (see docs/campaign-format.md) and it appears here."
                   if self.custom else "No campaigns were found.")
            self.text_box((u(32), u(top), u(list_w), u(160)), esc(msg))
        x = 32 + list_w + 20
        rw = lw - x - 32
        thumb_h = min(220, (lh - top) // 3)
        thumb_w = min(rw, int(thumb_h * 2))
        self.thumb_rect = pygame.Rect(u(x), u(top), u(thumb_w), u(thumb_h))
        diff_y = lh - 24 - 40 - 12 - 34
        det_top = top + thumb_h + 10
        self.detail = self.text_box((u(x), u(det_top), u(rw), u(diff_y - det_top - 10)), "")
        self.label((u(x), u(diff_y), u(110), u(34)), "Difficulty")
        dw = min(150, (rw - 110) // 3 - 6)
        self.diff_buttons = {}
        for i, (key, label, tip) in enumerate(DIFFICULTIES):
            b = self.button((u(x + 110 + i * (dw + 6)), u(diff_y), u(dw), u(34)), label,
                            partial(self.set_difficulty, key), cls="@tab", tooltip=tip)
            self.diff_buttons[key] = b
        self.set_difficulty(self.difficulty)
        go_text = "Set up players" if self.hotseat else "Choose a nation"
        self.go = self.button((u(x + rw - 220), u(lh - 24 - 40), u(220), u(40)), go_text,
                              self.confirm, cls="@primary", key=pygame.K_RETURN)
        self.button((W - u(290), u(18), u(140), u(34)), "Reload (F5)", self.reload,
                    key=pygame.K_F5, tooltip="Read every campaign again from disk and check "
                    "it: edit your YAML, press F5, see the problems or play the new version")
        self.key(pygame.K_DOWN, "Next campaign", lambda: self.select(self.index + 1))
        self.key(pygame.K_UP, "Previous campaign", lambda: self.select(self.index - 1))
        if self.entries:
            self.select(min(self.index, len(self.entries) - 1))
        else:
            self.go.disable()

    def reload(self) -> None:
        """Quick authoring: rescan and revalidate the campaigns, keeping the selection."""
        chosen = self.entries[self.index].id if self.entries else None
        self._load()
        ids = [e.id for e in self.entries]
        self.index = ids.index(chosen) if chosen in ids else 0
        self.rebuild()

    def _user_dir_text(self) -> str:
        return str(library.user_campaign_dir())

    def set_difficulty(self, key: str) -> None:
        self.difficulty = key
        for k, b in self.diff_buttons.items():
            (b.select if k == key else b.unselect)()

    def select(self, i: int) -> None:
        if not self.entries:
            return
        i = max(0, min(len(self.entries) - 1, i))
        if self.rows:
            self.rows[self.index].unselect()
            self.rows[i].select()
        self.index = i
        e = self.entries[i]
        parts = [f"<font pixel_size={self.theme.u(19)}><b>{esc(e.name)}</b></font>"]
        if e.period:
            parts.append(f"<i>{esc(e.period)}</i>")
        parts.append(esc(e.description.strip()) or "<i>No description.</i>")
        if not e.builtin and e.path is not None:
            parts.append(f"<i>From {esc(str(e.path))}</i>")
        if e.problems:
            lines = "<br>".join(f"• {esc(fonts.printable(str(p)))}" for p in e.problems[:30])
            more = f"<br>… and {len(e.problems) - 30} more" if len(e.problems) > 30 else ""
            parts.append(f"<font color=#e05757><b>{len(e.problems)} problem(s) stop this "
                         f"campaign from loading:</b></font><br>{lines}{more}")
        assert self.detail is not None  # built with the list
        self.detail.set_text("<br><br>".join(parts))
        if self.go is not None:
            (self.go.enable if e.ok else self.go.disable)()
        self._thumb = None
        self.app.invalidate()

    def draw(self, surface: pygame.Surface) -> None:
        self._drawn = True
        surface.fill(self.theme.c("bg"))
        if self.entries and self.thumb_rect.w > 0:
            if self._thumb is None:
                self._thumb = map_thumbnail(self.entries[self.index].base_map,
                                            self.thumb_rect.size, self.theme)
            surface.blit(self._thumb, self.thumb_rect)
            pygame.draw.rect(surface, self.theme.c("edge"), self.thumb_rect, 1)

    def confirm(self) -> None:
        if not self.entries:
            return
        e = self.entries[self.index]
        if not e.ok:
            return
        self.app.push("hotseat_setup" if self.hotseat else "nation_select", e.campaign,
                      difficulty=self.difficulty)


def open_campaign_direct(app, campaign_id: str, nation: str | None, seed) -> None:
    """``play --campaign ID [--nation XXX]``: skip the menus as far as the arguments allow.
    A campaign folder anywhere is opened as it is (game.cli has checked it and the nation)."""
    folder = Path(campaign_id)
    if (folder / CAMPAIGN_FILE).is_file():
        result = load_campaign(folder)
        campaign, problems = result.campaign, tuple(result.errors)
    else:
        found = [e for e in library.list_campaigns(app.campaign_dirs) if e.id == campaign_id]
        if not found:
            return
        campaign, problems = found[0].campaign, found[0].problems
    if campaign is None:
        from game.ui.scenes.dialog import message

        message(app, "This campaign cannot be loaded", "; ".join(map(str, problems[:3])))
        return
    scene = app.push("nation_select", campaign)
    if nation:
        scene.start_with(nation, seed)
