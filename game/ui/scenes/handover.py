"""The hot-seat handover: a plain full-screen card between two seats.

It draws nothing of the game: no map, panel, chronicle, chart or tooltip of the seat that just
finished can show through, because it is an opaque scene (``overlay`` is False, so the stack
draws nothing under it) with its own widget manager, and it is pushed before the next seat's
screen is built. The card says "Pass to <name>", shows the next seat's nation and its colour,
and waits for a click or Enter; a seat with a password must type it first (a wrong one gets a
plain message and reveals nothing).

For a seat whose nation was defeated the card then tells it so and asks what it wants: leave
the table (the AI plays its nation on) or watch the public facts once a turn.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pygame
import pygame_gui
from pygame_gui.elements import UITextEntryLine

from game.session import hotseat as hs
from game.ui.scenes.base import Scene

KIND_LINES = {
    "play": "Your orders",
    "defeated": "News for you",
    "watch": "A look at the public facts: your nation was defeated",
}
PHASE_LINES = {
    "debate": "The debate: lobby, then end it",
    "voting": "Your ballots",
}
"""What a seat due to play is called to do after the orders phase."""


def seat_colour(campaign, nation: str) -> pygame.Color:
    from game.ui.map_modes import nation_colour

    try:
        return nation_colour(campaign.nation(nation))
    except KeyError:
        return pygame.Color(120, 120, 120)


class HandoverScene(Scene):
    name = "handover"
    closable = False
    """Esc must never uncover the screen below: it opens the menu, if there is one."""

    def __init__(self, app, campaign, turn: hs.Turn, *, date_text: str = "",
                 on_reveal: Callable[[], None] | None = None,
                 on_choice: Callable[[str], None] | None = None,
                 on_menu: Callable[[], None] | None = None,
                 defeat_text: str = "", phase: str = "orders"):
        """``on_reveal`` runs once the seat is at the screen (for "defeated", once it chose;
        ``on_choice(hs.RETIRED_AI | hs.RETIRED_WATCH)`` runs first). ``on_menu`` opens the game
        menu (save, load, leave) from the card, without revealing anything."""
        super().__init__(app)
        self.campaign = campaign
        self.turn = turn
        self.seat = turn.seat
        self.date_text = date_text
        self.phase = phase
        self.on_reveal = on_reveal
        self.on_choice = on_choice
        self.on_menu = on_menu
        self.defeat_text = defeat_text
        self.stage = "card"
        """"card" (waiting for the seat), then "notice" for a defeated seat."""
        self.error = ""
        self.attempts = 0
        self.entry: UITextEntryLine | None = None
        self.card = pygame.Rect(0, 0, 0, 0)
        self.band = pygame.Rect(0, 0, 0, 0)
        self.colour = seat_colour(campaign, self.seat.nation)
        self.widgets: dict[str, Any] = {}  # pygame_gui elements, by name
        self.revealed = False

    @property
    def locked(self) -> bool:
        return self.stage == "card" and hs.has_password(self.seat)

    # --- layout ----------------------------------------------------------------------------
    def build(self) -> None:
        t = self.theme
        u = t.u
        W, H = self.app.screen.get_size()
        self.widgets = {}
        self.entry = None
        w = min(u(560), W - u(40))
        h = min(u(350 if self.stage == "card" else 320), H - u(40))
        self.card = pygame.Rect((W - w) // 2, (H - h) // 2, w, h)
        self.band = pygame.Rect(self.card.x, self.card.y, self.card.w, u(18))
        pad = u(24)
        x, y = self.card.x + pad, self.band.bottom + u(18)
        inner = w - 2 * pad
        nation = self.campaign.nation(self.seat.nation).name
        if self.stage == "notice":
            self._build_notice(x, y, inner)
            return
        self.widgets["pass"] = self.label((x, y, inner, u(24)), "Pass the screen to",
                                          cls="@subtitle")
        y += u(28)
        self.widgets["name"] = self.label((x, y, inner, u(60)), self.seat.name, cls="@title")
        y += u(64)
        what = KIND_LINES.get(self.turn.kind, "")
        if self.turn.kind == "play":
            what = PHASE_LINES.get(self.phase, what)
        line = f"{nation} · {what}"
        if self.date_text and self.turn.kind == "play":
            line += f" · {self.date_text}"
        self.widgets["nation"] = self.label((x + u(22), y, inner - u(22), u(30)), line,
                                            cls="@heading")
        y += u(40)
        bw = u(150)
        if self.locked:
            self.widgets["prompt"] = self.label(
                (x, y, inner, u(22)), f"{self.seat.name}, type your password:", cls="@dim")
            y += u(26)
            self.entry = UITextEntryLine(pygame.Rect(x, y, inner - bw - u(10), u(36)),
                                         manager=self.manager, object_id="#password")
            self.entry.set_text_hidden(True)
            self.entry.set_tooltip("Only this seat's player should type here. "
                                   "Nothing is shown until the password is right.")
            self.entry.focus()
            self.widgets["reveal"] = self.button(
                (x + inner - bw, y, bw, u(36)), "Reveal", self.try_reveal, cls="@primary",
                tooltip="Check the password and show this seat's screen")
            y += u(44)
        else:
            self.widgets["hint"] = self.label(
                (x, y, inner, u(22)),
                f"Click or press Enter when {self.seat.name} is at the screen.", cls="@dim")
            y += u(30)
            self.widgets["reveal"] = self.button(
                (x + (inner - bw) // 2, y, bw, u(38)), "Reveal", self.try_reveal,
                cls="@primary", key=pygame.K_RETURN,
                tooltip=f"Show {self.seat.name}'s screen")
            self.key(pygame.K_KP_ENTER, "Reveal", self.try_reveal)
            self.key(pygame.K_SPACE, "Reveal", self.try_reveal)
            y += u(46)
        self.widgets["error"] = self.label((x, y, inner, u(24)), self.error or " ", cls="@bad",
                                           fit=True)
        if self.on_menu is not None:
            self.widgets["menu"] = self.button(
                (self.card.right - pad - u(90), self.card.bottom - pad - u(30), u(90), u(30)),
                "Menu", self.on_menu, key=pygame.K_ESCAPE,
                tooltip="Save, load or leave the game without showing any seat's screen")

    def _build_notice(self, x: int, y: int, inner: int) -> None:
        t = self.theme
        u = t.u
        nation = self.campaign.nation(self.seat.nation).name
        self.widgets["title"] = self.label((x, y, inner, u(36)),
                                           f"{self.seat.name}: {nation} is defeated",
                                           cls="@heading")
        y += u(42)
        body = (f"{self.defeat_text or nation + ' is defeated.'} You can leave the table: the "
                f"computer plays {nation} from now on and your turns are skipped. Or you can "
                "stay and watch: once a turn you get the screen to follow the game, seeing "
                "only what is public (no nation's offers, lobbying, pledges or ballots).")
        self.widgets["body"] = self.text_box((x, y, inner, u(116)), _esc(body))
        y += u(128)
        bw = (inner - u(12)) // 2
        self.widgets["leave"] = self.button(
            (x, y, bw, u(40)), "Leave the table", lambda: self.choose(hs.RETIRED_AI),
            cls="@danger", key=pygame.K_l,
            tooltip=f"The computer plays {nation}; this seat is skipped")
        self.widgets["watch"] = self.button(
            (x + bw + u(12), y, bw, u(40)), "Watch", lambda: self.choose(hs.RETIRED_WATCH),
            cls="@primary", key=pygame.K_w,
            tooltip="Once a turn, see the public facts only")

    # --- acting --------------------------------------------------------------------------------
    def try_reveal(self) -> None:
        if self.stage != "card":
            return
        if self.locked:
            typed = self.entry.get_text() if self.entry is not None else ""
            if not hs.check_password(self.seat, typed):
                self.attempts += bool(typed)
                self.error = ("Wrong password: nothing is shown. Try again." if typed else
                              "Type the password first.")
                self.app.sound.play("fail")
                self.rebuild()
                self.app.invalidate()
                return
        self.error = ""
        if self.turn.kind == "defeated":
            self.stage = "notice"
            self.rebuild()
            self.app.invalidate()
            return
        self.reveal()

    def choose(self, how: str) -> None:
        if self.on_choice is not None:
            self.on_choice(how)
        self.reveal()

    def reveal(self) -> None:
        self.revealed = True
        self.app.pop(self)
        if self.on_reveal is not None:
            self.on_reveal()

    def handle_event(self, event) -> bool:
        if event.type == pygame_gui.UI_TEXT_ENTRY_FINISHED and event.ui_element is self.entry:
            self.try_reveal()
            return True
        if (event.type == pygame.MOUSEBUTTONUP and event.button == 1 and self.stage == "card"
                and not self.locked and self.card.collidepoint(event.pos)):
            self.try_reveal()
            return True
        return False

    # --- drawing -------------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        t = self.theme
        surface.fill(t.c("bg"))
        pygame.draw.rect(surface, t.c("panel"), self.card, border_radius=t.u(8))
        pygame.draw.rect(surface, self.colour, self.band,
                         border_top_left_radius=t.u(8), border_top_right_radius=t.u(8))
        pygame.draw.rect(surface, t.c("edge"), self.card, 1, border_radius=t.u(8))
        if self.stage == "card":
            lab = self.widgets.get("nation")
            if lab is not None:
                r = lab.get_abs_rect()
                sw = pygame.Rect(r.x - t.u(22), r.centery - t.u(8), t.u(16), t.u(16))
                pygame.draw.rect(surface, self.colour, sw)
                pygame.draw.rect(surface, t.c("edge"), sw, 1)


def _esc(text: str) -> str:
    from game.ui.scenes.base import esc

    return esc(text)


# --- the game scene's side ---------------------------------------------------------------------


def hotseat_check(scene) -> bool:
    """Called by the game scene every frame, whatever is on top of it: when another seat must
    take the screen, close what is open over the game, rebuild the main screen for the new seat
    and cover it with the handover card. True when a card was put up.

    Nothing of the new seat is drawn before its card is lifted, and nothing of the old one is
    left when it is: the card goes up in the same frame as the seat changes (updates run before
    drawing).
    """
    ctl = scene.ctl
    app = scene.app
    if not getattr(ctl, "hotseat", False) or scene not in app.stack:
        return False
    if app.find(HandoverScene) is not None:
        return False
    due = ctl.turn()
    if due is None:
        return False
    here = ctl.at_screen
    if here is not None and here.nation == due.nation:
        if here.kind != due.kind:  # the same person: told of a defeat, now watching
            ctl.hand_over(due)
            reset_for_seat(scene)
        return False
    while app.top is not scene:
        app.pop()
    from game.ui.describe import date_text

    app.push(HandoverScene(
        app, ctl.campaign, due, date_text=date_text(ctl.view()),
        on_reveal=lambda: after_reveal(scene), on_choice=ctl.retire,
        on_menu=getattr(scene, "open_menu", None),
        defeat_text=hs.defeat_text(ctl.session, due.nation), phase=ctl.view().phase))
    ctl.hand_over(due)  # the card is up: the screen under it is rebuilt for the new seat
    reset_for_seat(scene)
    return True


def reset_for_seat(scene) -> None:
    """The main screen as a fresh one for the seat now at the screen: its own nation selected,
    no crisis, the first tabs, no status line, no tooltip, widgets built anew."""
    ctl = scene.ctl
    p = ctl.player()
    scene.selected_nation = p
    scene.selected_crisis = None
    scene.tab = "nation"
    scene.group = "diplomacy"
    scene.mode = "political"
    scene.mode_org = None
    scene.status = ""
    scene._council_prompted = None
    scene._last_turn = ctl.view().turn
    ctl.results_shown = ctl.view().turn  # each seat reads them after its card (after_reveal)
    if scene.map is not None:
        scene.map.hover = None
        scene.map.selected_crisis = None
        scene.map.select(p)
        view: Any = getattr(scene.map, "view", None)
        if getattr(view, "hover", None) is not None:
            view.hover = None  # the next mouse move finds it again
            view.invalidate()
    ctl.read = len(ctl.session.chronicle)
    if scene.entered:
        scene.rebuild()
    watching = getattr(ctl, "watching", False)
    end = scene.widgets.get("end")
    if end is not None and watching:
        end.set_text("Done watching")


def after_reveal(scene) -> None:
    """The seat lifted its card: show it the results of the last sessions once (they are
    public), then whatever it must answer (a choice, its ballots)."""
    ctl = scene.ctl
    s = ctl.view()
    p = ctl.player()
    seen = scene.__dict__.setdefault("_results_seen", {})
    decided = [r for r in s.archive if r.turn == s.turn - 1 and r.status != "tabled"]
    if p is not None and decided and seen.get(p) != s.turn and scene.app.top is scene:
        seen[p] = s.turn
        scene.open_council(results=True)
