"""Setting up a hot-seat game: two to six players, each with a name, a nation and an optional
password, in the order they will take the screen. The AI leads every other nation.

Keyboard: Tab / Shift+Tab go through the name and password fields, Enter leaves a field; Up and
Down pick a player, Left and Right change that player's nation, Ctrl+Up and Ctrl+Down move them
in the turn order, Insert adds a player and Delete removes the picked one; Enter starts.
"""

from __future__ import annotations

import random
from functools import partial
from typing import Any

import pygame
import pygame_gui
from pygame_gui.elements import UITextEntryLine

from game.session import hotseat as hs
from game.ui.scenes.base import Scene, esc

HELP_LINE = ("Tab next field · Enter done typing · Up/Down pick a player · Left/Right nation · "
             "Ctrl+Up/Down turn order · Ins add · Del remove")


class HotseatSetup(Scene):
    name = "hotseat_setup"

    def __init__(self, app, campaign, *, difficulty: str = "normal", seed: int | None = None,
                 source: str = ""):
        super().__init__(app)
        self.campaign = campaign
        self.difficulty = difficulty
        self.seed = seed
        self.source = source
        self.any_nation = False
        first = [d.code for d in hs.eligible_nations(campaign)][:2]
        while len(first) < hs.MIN_SEATS:
            first.append("")
        self.seats: list[dict] = [{"name": f"Player {i + 1}", "nation": code, "password": ""}
                                  for i, code in enumerate(first)]
        self.index = 0
        """The picked player (arrow keys act on it)."""
        self.problems: list[str] = []
        self.entries: list[tuple[UITextEntryLine, int, str]] = []
        self.widgets: dict[str, Any] = {}  # pygame_gui elements, by name
        self.swatches: list[tuple[pygame.Rect, pygame.Color]] = []
        self.row_rects: list[pygame.Rect] = []
        self._focus: tuple[int, str] | None = None

    # --- the model -------------------------------------------------------------------------
    @property
    def nations(self) -> list:
        return hs.eligible_nations(self.campaign, self.any_nation)

    def requests(self) -> list[hs.SeatRequest]:
        return [hs.SeatRequest(s["name"], s["nation"], s["password"]) for s in self.seats]

    def free_nation(self, exclude: int | None = None, start: str = "", step: int = 1) -> str:
        """The next nation after ``start`` (in ``step`` direction) that no other seat leads."""
        codes = [d.code for d in self.nations]
        if not codes:
            return ""
        taken = {s["nation"] for i, s in enumerate(self.seats) if i != exclude}
        i = codes.index(start) if start in codes else (-1 if step > 0 else 0)
        for _ in range(len(codes)):
            i = (i + step) % len(codes)
            if codes[i] not in taken:
                return codes[i]
        return start

    def add_seat(self) -> None:
        self._read_entries()
        if len(self.seats) >= hs.MAX_SEATS:
            return
        self.seats.append({"name": f"Player {len(self.seats) + 1}",
                           "nation": self.free_nation(len(self.seats)), "password": ""})
        self.index = len(self.seats) - 1
        self._changed()

    def remove_seat(self, i: int | None = None) -> None:
        self._read_entries()
        i = self.index if i is None else i
        if len(self.seats) <= hs.MIN_SEATS or not 0 <= i < len(self.seats):
            return
        del self.seats[i]
        self.index = min(self.index, len(self.seats) - 1)
        self._changed()

    def move_seat(self, i: int, step: int) -> None:
        self._read_entries()
        j = i + step
        if not (0 <= i < len(self.seats) and 0 <= j < len(self.seats)):
            return
        self.seats[i], self.seats[j] = self.seats[j], self.seats[i]
        self.index = j
        self._changed()

    def cycle_nation(self, i: int, step: int) -> None:
        self._read_entries()
        if not 0 <= i < len(self.seats):
            return
        self.seats[i]["nation"] = self.free_nation(i, self.seats[i]["nation"], step)
        self.index = i
        self._changed()

    def toggle_any(self) -> None:
        self._read_entries()
        self.any_nation = not self.any_nation
        allowed = {d.code for d in self.nations}
        for i, s in enumerate(self.seats):
            if s["nation"] not in allowed:
                s["nation"] = self.free_nation(i)
        self._changed()

    def pick(self, i: int) -> None:
        self._read_entries()
        self.index = max(0, min(len(self.seats) - 1, i))
        self._changed()

    def _changed(self) -> None:
        self.problems = []
        self.rebuild()
        self.app.invalidate()

    def _read_entries(self) -> None:
        for entry, i, field in self.entries:
            if i < len(self.seats):
                self.seats[i][field] = entry.get_text()

    # --- layout ----------------------------------------------------------------------------
    def build(self) -> None:
        t = self.theme
        u = t.u
        W = self.app.screen.get_width()
        lw, lh = t.logical
        self.widgets = {}
        self.entries = []
        self.swatches = []
        self.row_rects = []
        self.label((u(32), u(18), u(lw - 200), u(36)),
                   f"Hot-seat game: {self.campaign.name}", cls="@heading")
        self.button((W - u(142), u(18), u(110), u(34)), "Back", self.close,
                    key=pygame.K_BACKSPACE, tooltip="Back to the campaigns")
        self.label((u(32), u(56), u(lw - 64), u(22)),
                   "Two to six people at one screen, in this order. Each enters their orders "
                   "behind a handover screen; the computer leads every other nation.",
                   cls="@dim")
        # columns, in logical units
        x0, top, gap = 32, 112, 8
        n = len(self.seats)
        pitch = max(28, min(46, (lh - top - 44 - 56 - 64) // max(1, n)))
        row_h = pitch - max(2, pitch // 5)
        num_w, arrow_w, btn_w = 28, 30, 44
        rest = lw - 64 - num_w - 2 * arrow_w - 3 * btn_w - 6 * gap
        name_w = max(120, int(rest * 0.34))
        nat_w = max(120, int(rest * 0.36))
        pw_w = max(100, rest - name_w - nat_w)
        cols = {}
        x = x0
        for key, w in (("num", num_w), ("name", name_w), ("prev", arrow_w), ("nation", nat_w),
                       ("next", arrow_w), ("password", pw_w), ("up", btn_w), ("down", btn_w),
                       ("remove", btn_w)):
            cols[key] = (x, w)
            x += w + (gap if key not in ("prev", "nation", "up", "down") else 2)
        for key, text in (("name", "Name"), ("nation", "Nation"),
                          ("password", "Password (optional)"), ("up", "Turn order")):
            cx, cw = cols[key]
            width = cw if key != "up" else 3 * btn_w + 4
            self.label((u(cx), u(top - 26), u(width), u(22)), text, cls="@dim")
        names = {d.code: d for d in self.campaign.nations}
        for i, seat in enumerate(self.seats):
            y = top + i * pitch
            self.row_rects.append(pygame.Rect(u(x0 - 8), u(y - (pitch - row_h) // 2),
                                              u(lw - 2 * x0 + 16), u(pitch)))

            def col(key, i=i, y=y):
                cx, cw = cols[key]
                return (u(cx), u(y), u(cw), u(row_h))

            self.label(col("num"), f"{i + 1}.", cls="@heading")
            name = UITextEntryLine(pygame.Rect(col("name")), manager=self.manager,
                                   initial_text=seat["name"])
            name.set_text_length_limit(hs.MAX_NAME)
            name.set_tooltip(f"Player {i + 1}'s name, as the handover screen will call them")
            self.entries.append((name, i, "name"))
            self.widgets[f"name:{i}"] = name
            d = names.get(seat["nation"])
            self.widgets[f"prev:{i}"] = self.button(
                col("prev"), "<", partial(self.cycle_nation, i, -1),
                tooltip="The previous free nation")
            nat_label = f"    {d.name}" if d else "    (choose)"
            tip = (f"<b>{esc(d.name)}</b> ({d.code})<br>{esc(d.briefing.strip())}"
                   if d else "No nation is free")
            self.widgets[f"nation:{i}"] = self.button(
                col("nation"), nat_label, partial(self.cycle_nation, i, 1),
                cls="@list_row", tooltip=tip + "<br><i>Click for the next free nation</i>")
            if d is not None:
                from game.ui.scenes.handover import seat_colour

                cx, _ = cols["nation"]
                self.swatches.append((pygame.Rect(u(cx + 8), u(y) + (u(row_h) - u(14)) // 2,
                                                  u(14), u(14)),
                                      seat_colour(self.campaign, d.code)))
            self.widgets[f"next:{i}"] = self.button(
                col("next"), ">", partial(self.cycle_nation, i, 1),
                tooltip="The next free nation")
            pw = UITextEntryLine(pygame.Rect(col("password")), manager=self.manager,
                                 initial_text=seat["password"])
            pw.set_text_hidden(True)
            pw.set_text_length_limit(hs.MAX_PASSWORD)
            pw.set_tooltip("Optional. If set, the handover screen asks for it before showing "
                           "this player's screen. Only a salted hash is kept in saves.")
            self.entries.append((pw, i, "password"))
            self.widgets[f"password:{i}"] = pw
            self.widgets[f"up:{i}"] = self.button(
                col("up"), "Up", partial(self.move_seat, i, -1),
                tooltip="Take the screen earlier (Ctrl+Up)", enabled=i > 0)
            self.widgets[f"down:{i}"] = self.button(
                col("down"), "Down", partial(self.move_seat, i, 1),
                tooltip="Take the screen later (Ctrl+Down)", enabled=i < n - 1)
            self.widgets[f"remove:{i}"] = self.button(
                col("remove"), "×", partial(self.remove_seat, i), cls="@danger",
                tooltip="Remove this player (Delete)", enabled=n > hs.MIN_SEATS)
        y = top + n * pitch + 4
        self.widgets["add"] = self.button(
            (u(x0), u(y), u(160), u(34)), "Add a player", self.add_seat,
            enabled=n < hs.MAX_SEATS and n < len(self.nations),
            tooltip=f"Up to {hs.MAX_SEATS} players (Insert)")
        any_text = "Any nation: on" if self.any_nation else "Any nation: off"
        self.widgets["any"] = self.button(
            (u(x0 + 170), u(y), u(170), u(34)), any_text, self.toggle_any, cls="@tab",
            tooltip="Off: only the nations this campaign offers to players. On: any nation "
                    "that exists when the campaign starts.")
        if self.any_nation:
            self.widgets["any"].select()
        y += 44
        bottom = lh - 24 - 40
        info_h = max(40, bottom - y - 12)
        self.widgets["info"] = self.text_box((u(x0), u(y), u(lw - 2 * x0), u(info_h)),
                                             self._info())
        self.widgets["start"] = self.button(
            (u(lw - 32 - 220), u(bottom), u(220), u(40)), "Start the game", self.start,
            cls="@primary", key=pygame.K_RETURN,
            tooltip="Check the players and begin; the first player gets the screen")
        self.key(pygame.K_KP_ENTER, "Start", self.start)
        self.key(pygame.K_UP, "Previous player", lambda: self.pick(self.index - 1))
        self.key(pygame.K_DOWN, "Next player", lambda: self.pick(self.index + 1))
        self.key(pygame.K_LEFT, "Previous nation", lambda: self.cycle_nation(self.index, -1))
        self.key(pygame.K_RIGHT, "Next nation", lambda: self.cycle_nation(self.index, 1))
        self.key(pygame.K_UP, "Earlier in the turn order",
                 lambda: self.move_seat(self.index, -1), mod=pygame.KMOD_CTRL)
        self.key(pygame.K_DOWN, "Later in the turn order",
                 lambda: self.move_seat(self.index, 1), mod=pygame.KMOD_CTRL)
        self.key(pygame.K_INSERT, "Add a player", self.add_seat)
        self.key(pygame.K_DELETE, "Remove the player", lambda: self.remove_seat(self.index))
        if self._focus is not None:
            self._focus_field(*self._focus)

    def _info(self) -> str:
        """Who the computer leads, then the picked player's nation, briefing and objectives,
        under the name the player typed."""
        names = {d.code: d for d in self.campaign.nations}
        chosen = {s["nation"] for s in self.seats}
        ai = [d.name for d in self.campaign.nations if d.code not in chosen]
        info = (f"<b>The computer leads:</b> {esc(', '.join(ai)) or 'no one'}."
                f"<br><i>{esc(HELP_LINE)}</i>")
        seat = self.seats[self.index] if 0 <= self.index < len(self.seats) else None
        picked = names.get(seat["nation"]) if seat else None
        if seat and picked is not None:
            who = seat["name"].strip() or f"Player {self.index + 1}"
            info += (f"<br><br><b>{esc(who)} leads {esc(picked.name)}.</b> "
                     f"{esc(picked.briefing.strip())}")
            if picked.objectives:
                info += "<br>" + "<br>".join(f"• {esc(o.text)} ({o.points} points)"
                                             for o in picked.objectives)
        if self.problems:
            info = ("<font color=#e05757><b>Not yet:</b><br>"
                    + "<br>".join(f"• {esc(p)}" for p in self.problems) + "</font><br>" + info)
        return info

    def _show_info(self) -> None:
        self.widgets["info"].set_text(self._info())
        self.app.invalidate()

    # --- keyboard focus ------------------------------------------------------------------------
    def _fields(self) -> list[tuple[int, str]]:
        return [(i, f) for i in range(len(self.seats)) for f in ("name", "password")]

    def _focus_field(self, i: int, field: str) -> None:
        widget = self.widgets.get(f"{field}:{i}")
        if widget is None:
            self._focus = None
            return
        self.ui.set_focus_set(widget)
        self._focus = (i, field)
        self.index = i

    def _focused(self) -> tuple[int, str] | None:
        focus = self.manager.get_focus_set() or () if self.manager is not None else ()
        for entry, i, field in self.entries:
            if entry in focus:
                return (i, field)
        return None

    def process(self, event) -> None:
        """A click anywhere in a player's row picks that player, before the row's own field or
        button takes the click (a text field would otherwise keep it from the scene)."""
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            for i, r in enumerate(self.row_rects):
                if r.collidepoint(event.pos) and i != self.index:
                    self.index = i
                    self._show_info()
        super().process(event)

    def handle_event(self, event) -> bool:
        if event.type == pygame_gui.UI_TEXT_ENTRY_CHANGED:
            self._read_entries()
            self._show_info()
            return True
        if event.type == pygame_gui.UI_TEXT_ENTRY_FINISHED:
            self._read_entries()
            self.ui.set_focus_set(None)
            self._focus = None
            self.app.invalidate()
            return True
        if event.type == pygame.KEYDOWN and event.key == pygame.K_TAB:
            fields = self._fields()
            here = self._focused()
            step = -1 if event.mod & pygame.KMOD_SHIFT else 1
            k = fields.index(here) + step if here in fields else (0 if step > 0 else -1)
            self._read_entries()
            self._focus_field(*fields[k % len(fields)])
            self._show_info()
            return True
        if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE and self._focused():
            self.ui.set_focus_set(None)
            self._focus = None
            return True
        return False

    # --- drawing -----------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        t = self.theme
        surface.fill(t.c("bg"))
        if 0 <= self.index < len(self.row_rects):
            pygame.draw.rect(surface, t.c("panel"), self.row_rects[self.index],
                             border_radius=t.u(6))
            pygame.draw.rect(surface, t.c("accent"), self.row_rects[self.index], 1,
                             border_radius=t.u(6))

    def draw_over(self, surface: pygame.Surface) -> None:
        for rect, colour in self.swatches:
            pygame.draw.rect(surface, colour, rect)
            pygame.draw.rect(surface, self.theme.c("edge"), rect, 1)

    # --- starting ------------------------------------------------------------------------------
    def start(self) -> None:
        self._read_entries()
        requests = self.requests()
        self.problems = hs.validate(self.campaign, requests, self.any_nation)
        if self.problems:
            self.app.sound.play("fail")
            self.rebuild()
            self.app.push("dialog", "Not yet", "<br>".join(f"• {esc(p)}" for p in self.problems))
            return
        seed = self.seed if self.seed is not None else random.SystemRandom().randrange(1, 10**6)
        session = hs.new_session(self.campaign, requests, seed=seed,
                                 difficulty=self.difficulty, source=self.source,
                                 any_nation=self.any_nation)
        start_hotseat(self.app, session)


def start_hotseat(app, session):
    """Open the main screen on a hot-seat session; the first seat gets the handover card."""
    from game.ui.hotseat_controller import controller_for
    from game.ui.scenes.opening import open_game

    return open_game(app, controller_for(session))
