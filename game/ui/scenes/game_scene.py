"""The main screen: the map, the top bar, the selected nation's or crisis's panel, the action
bar, the chronicle and End Turn.

Everything shown is read from the seat's view (through the GameController); every change goes
out as an action submitted through the session. AI nations act in slices of a few milliseconds
per frame, so the window keeps drawing (with a progress line) while they think.

The screen is cut into panels (game/ui/panels), laid out here. After every action, event or
choice on the screen, ``_refresh`` builds one change signal and hands it to every panel; the
panels that changed are drawn again, and only their rectangles (with the map's when it moved,
the widgets' that changed and the tooltip's) are pushed to the display (``dirty_rects``).
"""

from __future__ import annotations

import functools
from typing import Any

import pygame
import pygame_gui

from game.engine import prevention
from game.ui import turn_summary
from game.ui import keys as K
from game.ui.describe import date_text
from game.ui.map_modes import MODE_LABELS, MODE_TIPS, MODES, compute
from game.ui.panels.action_bar import ActionBar
from game.ui.panels.base import Signal
from game.ui.panels.chronicle import Chronicle
from game.ui.panels.side_panel import SidePanel
from game.ui.panels.top_bar import TopBar
from game.ui.panels.tooltips import HoverTips
from game.ui.scenes.base import Scene, esc
from game.ui.widgets.draw import text
from game.ui.widgets.map_panel import MapPanel, make_map_panel
from game.ui.widgets.tooltips import keep_clear
from game.ui.widgets.toast import Toast

GROUPS = (("diplomacy", "Diplomacy"), ("organisations", "Organisations"),
          ("domestic", "Domestic"), ("military", "Military"))
FULL_SHARE = 0.85
"""When the areas to redraw cover more of the window than this, the whole window is pushed."""


class GameScene(Scene):
    name = "game"
    closable = False

    def __init__(self, app, ctl):
        super().__init__(app)
        self.ctl = ctl
        self.mode = "political"
        self.mode_org: str | None = None
        self.group = "diplomacy"
        p = ctl.player()
        self.selected_nation: str | None = p
        self.selected_crisis: str | None = None
        self.tab = "nation"
        self.show_chronicle = True
        self.map: MapPanel = None  # made by build(), before any use
        self.chronicle: Chronicle | None = None
        self._seen = -1
        self._dirty: list[pygame.Rect] = []
        """Areas to draw again this frame: panels that changed, widgets that moved."""
        self._sprites: dict[int, tuple] = {}
        self._overlay: tuple = ()
        self._toast_box: pygame.Rect | None = None
        self._mouse = (0, 0)
        self._hover_memo: tuple[str, object, str] | None = None
        """The nation under the mouse, the view its tip was read from, and the tip."""
        self._handled_turn = None
        self._council_prompted = None
        ctl.results_shown = ctl.view().turn  # a game starts (or loads) with nothing new
        self._last_turn = ctl.view().turn
        self.widgets: dict[str, Any] = {}  # pygame_gui elements, by name
        self.status = ""
        self.toast = Toast()
        self.ai_progress = 0
        self._briefing_due = False
        self._reading: object | None = None
        """The briefing or turn summary this screen opened: while the player reads it the
        AI seats give their orders (``_reading_turn``)."""
        self._prompts_due = True
        """Until ``check_prompts`` has run once, an update with the AI at rest runs it: a
        loaded game may wait on a choice or ballots before anything changes on the screen."""
        # per seat (hot-seat: each its own): where things stood when it last read its turn
        # summary, the turn of that summary, and its words (T shows them again)
        seen = len(ctl.session.chronicle)
        self._summary_marks = {n: turn_summary.mark(ctl.view(n), n, seen)
                               for n in ctl.session.humans}
        self._summary_turn = {n: ctl.view(n).turn for n in ctl.session.humans}
        self._summaries: dict[str, tuple[str, str]] = {}
        self.ctl.take_new(p)  # the first turn's news is shown in the chronicle

    # --- layout --------------------------------------------------------------------------
    def build(self) -> None:
        self._clear = True
        self._sprites = {}
        keep_clear(self.manager, lambda: [self.right])  # tooltips never hide the side panel
        t = self.theme
        u = t.u
        W, H = self.app.screen.get_size()
        lw, lh = t.logical
        self.top_h = u(46)
        right_w = u(max(290, min(400, int(lw * 0.3))))
        self.right = pygame.Rect(W - right_w, self.top_h, right_w, H - self.top_h)
        modebar_h = u(34)
        chron_h = u(min(150, int(lh * 0.22))) if self.show_chronicle else 0
        self.map_rect = pygame.Rect(0, self.top_h, W - right_w, H - self.top_h - modebar_h
                                    - chron_h)
        self.modebar = pygame.Rect(0, self.map_rect.bottom, self.map_rect.w, modebar_h)
        self.chron_rect = pygame.Rect(0, self.modebar.bottom, self.map_rect.w, chron_h)
        if self.map is None:
            self.map = make_map_panel(self.map_rect, self.ctl.view(), t)
            self.map.show_home(self.player)
        else:
            self.map.theme = t
            self.map.set_rect(self.map_rect)
        self._build_topbar()
        self._build_modebar()
        self._build_right()
        self.chronicle = None
        if self.show_chronicle:
            ctl = self.ctl
            self.chronicle = Chronicle(self.chron_rect, self, t, ctl.campaign,
                                       ctl.visible_events, lambda: len(ctl.session.chronicle))
            self.widgets["chronicle"] = self.chronicle.box
        self.hover_tips = HoverTips(t, (W, H), self.right)
        self._refresh(force=True)

    def _build_topbar(self) -> None:
        t = self.theme
        u = t.u
        W = self.app.screen.get_width()
        h = self.top_h
        specs = [
            ("end", "End turn", self.end_turn, K.END_TURN, "@primary",
             "Finish your orders; the other nations act and the bodies vote", 120),
            ("menu", "Menu", self.open_menu, None, None,
             "Save, load, settings, help, leave (Esc)", 70),
            ("charts", "Charts", self.open_charts, K.CHARTS, None,
             "Tension, credibility, will and legitimacy over time", 76),
            ("chronicle", "Chronicle", self.toggle_chronicle, K.CHRONICLE, None,
             "Show or hide the chronicle of events", 96),
            ("council", "Council", self.open_council, K.COUNCIL, None,
             "The council chamber: agenda, drafting, lobbying, votes", 86),
        ]
        compact = t.logical[0] < 1000  # e.g. 1280x720 at 160%: room for the figures
        if compact:
            short = {"chronicle": ("Log", 58), "end": ("End turn", 106), "menu": ("Menu", 62),
                     "charts": ("Charts", 70), "council": ("Council", 78)}
            specs = [(k_, short[k_][0], cb_, key_, cls_, tip_ + f" ({lab_})", short[k_][1])
                     for k_, lab_, cb_, key_, cls_, tip_, _w in specs]
        x = W - u(8)
        for key, label, cb, k, cls, tip, w in specs:
            x -= u(w)
            self.widgets[key] = self.button((x, u(6), u(w), h - u(12)), label, cb, key=k,
                                            cls=cls, tooltip=tip)
            x -= u(6)
        self.top = TopBar((0, 0, W, h), t, x)
        self.key(K.END_TURN, "End turn", self.end_turn)  # greyed out, E still says why not
        self.key(pygame.K_ESCAPE, "Menu", self.on_escape)
        self.key(K.QUICK_SAVE, "Quick save", self.quick_save)
        self.key(K.QUICK_LOAD, "Quick load", self.quick_load)
        self.key(K.HELP, "Help", self.open_help)
        self.key(K.NEXT_CRISIS, "Next crisis", self.next_crisis)
        self.key(K.TURN_SUMMARY, "Turn summary", self.reopen_turn_summary)

    def _build_modebar(self) -> None:
        t = self.theme
        u = t.u
        r = self.modebar
        n = len(MODES)
        w = min(u(130), (r.w - u(12) - (n - 1) * u(4)) // n)
        self.mode_buttons = {}
        short = {"political": "Pol.", "membership": "Members", "will": "Will",
                 "legitimacy": "Legit.", "blocs": "Blocs", "crises": "Crises"}
        font = t.font(t.gui_font_size("@tab") / t.scale if "@tab" in t.gui else 15)
        for i, m in enumerate(MODES):
            label = next((c for c in (MODE_LABELS[m], short[m], str(i + 1))
                          if font.size(c)[0] <= w - u(12)), str(i + 1))
            b = self.button((r.x + u(6) + i * (w + u(4)), r.y + u(3), w, r.h - u(6)),
                            label, functools.partial(self.set_mode, m), key=K.MAP_MODES[i],
                            cls="@tab", tooltip=f"{MODE_LABELS[m]} ({i + 1}): {MODE_TIPS[m]}")
            self.mode_buttons[m] = b
        self.mode_buttons[self.mode].select()

    def _build_right(self) -> None:
        t = self.theme
        u = t.u
        r = self.right
        tab_h = u(30)
        half = (r.w - u(12)) // 2
        self.tab_buttons = {
            "nation": self.button((r.x + u(4), r.y + u(4), half, tab_h), "Nation",
                                  lambda: self.set_tab("nation"), cls="@tab",
                                  tooltip="The selected nation: click one on the map"),
            "crisis": self.button((r.x + u(8) + half, r.y + u(4), half, tab_h), "Crisis",
                                  lambda: self.set_tab("crisis"), cls="@tab",
                                  tooltip="The selected crisis (Tab: next crisis)"),
        }
        self.tab_buttons[self.tab].select()
        info_h = int((r.h - tab_h) * 0.56)
        self.info_rect = pygame.Rect(r.x, r.y + tab_h + u(8), r.w, info_h - u(8))
        ay = self.info_rect.bottom + u(4)
        gw = (r.w - u(8) - 3 * u(3)) // 4
        self.group_buttons = {}
        for i, (g, label) in enumerate(GROUPS):
            short = label if gw > u(90) else {"diplomacy": "Diplom.", "organisations": "Orgs",
                                               "domestic": "Home", "military": "Military"}[g]
            self.group_buttons[g] = self.button(
                (r.x + u(4) + i * (gw + u(3)), ay, gw, u(28)), short,
                functools.partial(self.set_group, g), cls="@tab", tooltip=f"{label} actions")
        self.group_buttons[self.group].select()
        self.actions = ActionBar((r.x + u(4), ay + u(32), r.w - u(8), r.bottom - ay - u(36)),
                                 self, t, self.do)
        bw = u(84)
        self.side = SidePanel(self.info_rect, t, bw)
        self.widgets["briefing"] = self.button(  # in the own nation's header row
            (self.info_rect.right - bw - u(8), self.info_rect.y + u(6), bw, u(24)),
            "Briefing", self.show_briefing, key=K.BRIEFING,
            tooltip="Your nation's situation, objectives and the crises under way")
        self._show_briefing_button()

    # --- state → screen ----------------------------------------------------------------------
    @property
    def player(self) -> str | None:
        return self.ctl.player()

    def signal(self) -> Signal:
        """The change signal now: the game's revision and the seat's view of it, with what the
        player picked on the screen."""
        ctl = self.ctl
        return Signal(ctl.session.revision, ctl.view(), self.player, ctl.humans, ctl.ai_busy(),
                      getattr(ctl, "watching", False), self.selected_nation,
                      self.selected_crisis, self.tab, self.group)

    def _refresh(self, force: bool = False) -> None:
        """The one way this screen takes a change in, after every action, event or pick on the
        screen: the game's part once a revision (the map's colours, End turn), then every panel
        asked whether the signal changes what it shows; those that changed are drawn again."""
        sig = self.signal()
        for panel in self._panels():
            if force:
                panel.forget()
            if panel.changed(sig):
                self._dirty.append(panel.rect)
        self.app.invalidate()
        if sig.revision == self._seen and not force:
            return
        self._seen = sig.revision
        state = sig.view
        self.map.set_state(state)
        self.map.set_mode(compute(self.mode, state, self.player, self.theme, org=self.mode_org,
                                  colourblind=self.app.settings.colourblind))
        self.map.select(self.selected_nation)
        self.map.selected_crisis = self.selected_crisis
        end = self.widgets.get("end")
        if end is not None:
            reason = self._end_reason()
            (end.disable if reason else end.enable)()
            if not reason and self.status.startswith("Cannot end the turn"):
                self.status = ""  # it can be ended now
            debate = state.phase == "debate"
            label = "End debate" if debate else "End turn"
            if end.text != label:
                end.set_text(label)
            end.set_tooltip(("Your lobbying is done: the bodies vote when every member has "
                             "ended the debate" if debate else
                             "Finish your orders; the other nations act and the bodies vote")
                            + (f"<br><b>Not now:</b> {esc(reason)}" if reason else "")
                            + "<br><i>Shortcut: E</i>")

    def _end_reason(self) -> str | None:
        if getattr(self.ctl, "watching", False):
            return None  # hot-seat: a defeated seat ends its look
        p = self.player
        s = self.ctl.view()
        if s.phase == "over":
            return "the campaign is over"
        if self.ctl.ai_busy():
            return "the other nations are still acting"
        if p is None or p not in s.waiting_for():
            return "waiting for the other nations"
        if s.phase == "voting":
            return "cast your ballots in the council chamber first"
        from game.engine import why_not, act

        return why_not(s, act(p, "end"))

    # --- drawing -----------------------------------------------------------------------------
    def _panels(self) -> list:
        return [self.top, self.side, self.actions] + ([self.chronicle] if self.chronicle else [])

    @property
    def action_buttons(self) -> dict[str, object]:
        """The order buttons on the action bar by the action's text."""
        return self.actions.buttons

    def dirty_rects(self) -> list[pygame.Rect] | None:
        """What changed on the screen since the last frame: None when the whole window is to
        be drawn, else the areas to draw again and push (none when nothing changed)."""
        self._aim_tips()
        rects, self._dirty = self._dirty, []
        rects += self.hover_tips.dirty()
        rects += self._widget_changes()
        if self.map.dirty:
            rects.append(self.map_rect)
        overlay = (self.status, self.ai_progress if self.ctl.ai_busy() else None)
        if overlay != self._overlay:  # the lines written over the map's top edge
            self._overlay = overlay
            rects.append(pygame.Rect(self.map_rect.x, self.map_rect.y, self.map_rect.w,
                                     self.theme.u(32)))
        if self.toast.visible() or self._toast_box is not None:
            rects.append(self._toast_box or self.map_rect)
        if self._clear:  # a new layout, or a scene gone from above: the whole window
            return None
        return merged(rects, self.app.screen.get_rect())

    def _widget_changes(self) -> list[pygame.Rect]:
        """Where widgets changed since the last frame (a button's hover or pressed look, a
        tooltip shown or gone, the scrolled chronicle): their old and new rectangles."""
        before, now = self._sprites, {}
        for entry in self.ui.ui_group.visible:
            now[id(entry)] = (id(entry[0]), tuple(entry[1]), entry[2] and tuple(entry[2]))
        self._sprites = now
        rects = []
        for key in before.keys() | now.keys():
            old, new = before.get(key), now.get(key)
            if old != new:
                rects += [pygame.Rect(x[1]) for x in (old, new) if x is not None]
        return rects

    def process(self, event) -> None:
        """Input over a panel may change its widgets' pictures in place (a text box scrolled):
        the panel under the mouse, before and after a move, is drawn again."""
        pos = getattr(event, "pos", None)
        if event.type == pygame.MOUSEWHEEL:
            pos = self._mouse
        if pos is not None and self.manager is not None:
            spots = [pos]
            if event.type == pygame.MOUSEMOTION:
                spots.append(self._mouse)
            self._mouse = pos
            for area in (self.top.rect, self.modebar, self.chron_rect, self.right):
                if any(area.collidepoint(p) for p in spots):
                    self._dirty.append(area)
        super().process(event)

    def draw(self, surface: pygame.Surface) -> None:
        t = self.theme
        if self._clear or self.app.top is not self:
            # the map, the panels and the widgets cover the screen: a full clear is needed only
            # after a layout change or while something is drawn over this scene
            surface.fill(t.c("bg"))
            self._clear = self.app.top is not self
        if self.map_rect.colliderect(surface.get_clip()):
            self.map.draw(surface)
        pygame.draw.rect(surface, t.c("panel"), self.modebar)
        if self.chronicle is not None:
            self.chronicle.draw(surface)
        pygame.draw.rect(surface, t.c("panel"), self.right)
        pygame.draw.line(surface, t.c("edge"), self.right.topleft, self.right.bottomleft)
        self.top.draw(surface)
        if self.ctl.ai_busy():
            text(surface, t, f"Other nations are acting… ({self.ai_progress})",
                 (self.map_rect.right - t.u(10), self.map_rect.y + t.u(8)), size=13,
                 colour=t.c("warn"), align="right")
        self.side.draw(surface)
        if self.status:
            text(surface, t, self.status, (self.map_rect.x + t.u(10), self.map_rect.y + t.u(8)),
                 size=13, colour=t.c("warn"), width=self.map_rect.w - t.u(20))
        self._toast_box = self.toast.draw(surface, t, self.map_rect)

    def draw_over(self, surface: pygame.Surface) -> None:
        if self.app.top is self:
            self.hover_tips.draw(surface)

    def _aim_tips(self) -> None:
        """Point the tooltips at the mouse: the top bar's and side panel's drawn lines, and the
        nation under it on the map (none while another screen is on top)."""
        pos = pygame.mouse.get_pos()
        regions: list = []
        if self.app.top is self:
            regions = list(self.top.tips.regions) + [
                (r.move(self.info_rect.topleft), tip) for r, tip in self.side.tips.regions]
            n = self.map.nation_at(pos) if self.map_rect.collidepoint(pos) else None
            if n:
                regions.append((pygame.Rect(pos[0] - 1, pos[1] - 1, 3, 3),
                                self._nation_hover(n)))
        self.hover_tips.aim(pos, regions)

    def _nation_hover(self, code: str) -> str:
        """The tip of the nation under the mouse, as the seat's view tells it; asked on every
        frame the mouse moves, so kept while the nation and the view are the same."""
        s = self.ctl.view()
        memo = self._hover_memo
        if memo is not None and memo[0] == code and memo[1] is s:
            return memo[2]
        d = s.campaign.nation(code)
        n = s.nations[code]
        p = s.nation  # the seat at the screen (None: an observer)
        rel = f"; relations with you {s.relation(p, code):+d}" if p and p != code else ""
        tip = f"{d.name}: military {n.military}, will {n.will}, legitimacy {n.legitimacy}{rel}"
        self._hover_memo = (code, s, tip)
        return tip

    def handle_event(self, event) -> bool:
        if event.type == pygame_gui.UI_TEXT_BOX_LINK_CLICKED:
            self.jump(str(event.link_target))
            return True
        if event.type in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP, pygame.MOUSEMOTION,
                          pygame.MOUSEWHEEL) or (event.type == pygame.KEYDOWN):
            if event.type != pygame.KEYDOWN and hasattr(event, "pos") and \
                    not self.map_rect.collidepoint(event.pos) and \
                    event.type != pygame.MOUSEBUTTONUP:
                return False
            picked = self.map.handle_event(event)
            if picked:
                kind, ident = picked
                if kind == "nation":
                    self.select_nation(ident)
                elif kind == "crisis":
                    self.select_crisis(ident)
            if event.type in (pygame.MOUSEMOTION, pygame.MOUSEWHEEL, pygame.KEYDOWN):
                self.app.invalidate()
            return picked is not None
        return False

    def jump(self, target: str) -> None:
        kind, _, ident = target.partition(":")
        s = self.ctl.view()
        if kind == "crisis" and ident in s.crises:
            self.select_crisis(ident)
            self.map.focus(s.crises[ident].location)
        elif kind == "nation" and ident in s.nations:
            self.select_nation(ident)
            self.map.focus(s.campaign.nation(ident).capital_lonlat)

    def select_nation(self, code: str | None) -> None:
        """Show the nation and, when it is another nation, the orders towards it."""
        self.selected_nation = code
        self.map.select(code)
        self.set_tab("nation")
        if code is not None and code != self.player and self.group == "military":
            self.set_group("diplomacy")  # the action bar follows the selection

    def select_crisis(self, cid: str | None) -> None:
        """Show the crisis and the orders about it (the action bar follows the selection)."""
        self.selected_crisis = cid
        self.map.select_crisis(cid)
        self.set_tab("crisis")
        s = self.ctl.view()
        latent = cid in s.crises and prevention.is_latent(s, s.crises[cid])
        wanted = "diplomacy" if latent else "military"  # where the orders about it are
        if cid is not None and self.group in ("diplomacy", "military") and self.group != wanted:
            self.set_group(wanted)

    def next_crisis(self) -> None:
        s = self.ctl.view()
        active = [c.id for c in s.crises.values() if c.active or prevention.is_latent(s, c)]
        if not active:
            self.set_tab("crisis")
            return
        i = active.index(self.selected_crisis) + 1 if self.selected_crisis in active else 0
        self.jump(f"crisis:{active[i % len(active)]}")

    def set_tab(self, tab: str) -> None:
        self.tab = tab
        for k, b in self.tab_buttons.items():
            (b.select if k == tab else b.unselect)()
        self._show_briefing_button()
        self._refresh()

    def _show_briefing_button(self) -> None:
        """The briefing is offered on the player's own nation panel."""
        b = self.widgets.get("briefing")
        if b is None:
            return
        own = self.tab == "nation" and self.player is not None and \
            (self.selected_nation or self.player) == self.player
        (b.show if own else b.hide)()

    def brief_on_start(self) -> None:
        """Show the briefing once this screen has been laid out (its first update)."""
        self._briefing_due = True

    def show_briefing(self) -> None:
        """The player's briefing as a dialog: at the start of a game and on B."""
        from game.ui.scenes.nation_select import briefing_html

        p = self.player
        if p is None or self.app.top is not self:
            return
        name = self.ctl.view().campaign.nation(p).name
        self._reading = self.app.push("dialog", f"Briefing: {name}",
                                      briefing_html(self.ctl.view(), p),
                                      [("To work", None, "@primary")], width=700)

    def set_group(self, g: str) -> None:
        self.group = g
        for k, b in self.group_buttons.items():
            (b.select if k == g else b.unselect)()
        self._refresh()

    def set_mode(self, mode: str) -> None:
        if mode == "membership" and self.mode == "membership":
            orgs = list(self.ctl.view().orgs)
            if orgs:
                i = orgs.index(self.mode_org) + 1 if self.mode_org in orgs else 1
                self.mode_org = orgs[i % len(orgs)]
        self.mode = mode
        for k, b in self.mode_buttons.items():
            (b.select if k == mode else b.unselect)()
        self.map.set_mode(compute(mode, self.ctl.view(), self.player, self.theme,
                                  org=self.mode_org, colourblind=self.app.settings.colourblind))
        self.app.invalidate()

    def toggle_chronicle(self) -> None:
        self.show_chronicle = not self.show_chronicle
        self.rebuild()

    def do(self, action) -> None:
        before = (self.ctl.view().turn, self.ctl.view().phase)
        ok, reason = self.ctl.submit(action)
        self.status = "" if ok else f"Not possible: {reason}"
        if ok:
            self.app.sound.play("click")
        if (self.ctl.view().turn, self.ctl.view().phase) != before:
            self._after_change()  # the player's order ended the phase (the last turn: the report)
        else:
            self._refresh()

    def end_turn(self) -> None:
        if getattr(self.ctl, "watching", False):
            self.ctl.done_watching()  # hot-seat: the next seat's card comes next
            self._refresh(force=True)
            return
        p = self.player
        if p is None:
            return
        reason = self._end_reason()
        if reason:
            self.status = f"Cannot end the turn: {reason}"
            self.app.invalidate()
            return
        self.do(f"{p} end")

    def wants_frames(self) -> bool:
        # the AI acts while this screen is on top or its briefing or summary is read (the
        # council chamber runs it too)
        return (self.app.top is self and self.ctl.ai_busy()) or self._reading_turn() \
            or self.hover_tips.pending() or self.toast.visible()

    def _reading_turn(self) -> bool:
        """The player reads the briefing or turn summary at the start of its orders while AI
        seats still owe theirs: they give them meanwhile (the turn cannot move on before the
        player ends its own, and what they do is shown when the dialog closes)."""
        if self._reading is None or self.app.top is not self._reading:
            return False
        st = self.ctl.view()
        return st.phase == "orders" and self.player in st.waiting_for() and self.ctl.ai_busy()

    def update(self, dt: float) -> bool:
        from game.ui.scenes.handover import hotseat_check

        if hotseat_check(self):  # hot-seat: another seat takes the screen
            return True
        if self.app.top is not self:
            st = self.ctl.view()
            if self.app.top.name == "council" and st.phase in ("debate", "voting"):
                # the player is in the chamber as the debate turns to the vote: no second prompt
                self._council_prompted = (st.turn, st.phase)
            if self._reading_turn():
                self.ai_progress += self.ctl.step_ai(0.008)
            return False
        if self._briefing_due:
            self._briefing_due = False
            self.show_briefing()
            return True
        if self._prompts_due and not self.ctl.ai_busy():
            self.check_prompts()
            if self.app.top is not self:
                return True
        changed = False
        if self.ctl.ai_busy():
            self.ai_progress += self.ctl.step_ai(0.008)
            changed = True
        if self.ctl.session.revision != self._seen:
            self._after_change()
            changed = True
        return changed or self.hover_tips.pending() or self.toast.visible()

    def _after_change(self) -> None:
        p = self.player
        new = self.ctl.take_new(p)
        for e in new:
            if e.kind == "crisis_start":
                self.app.sound.play("crisis")
            elif e.kind == "vote":
                self.app.sound.play("veto" if e.get("vetoed_by") else "vote")
        self._refresh()
        s = self.ctl.view()
        if self.ctl.ai_busy():
            if self._summary_due(s, p) and not self._results_due(s) and self.app.top is self:
                self.show_turn_summary()  # read while the AI seats give their orders
            return
        if s.turn != self._last_turn:
            self._last_turn = s.turn
            self.ai_progress = 0
            self.app.sound.play("turn")
            self.autosave()
            if self._results_due(s):
                self.open_council(results=True)  # the chamber marks them shown
                return
        self.check_prompts()

    def _results_due(self, s) -> bool:
        """The last session decided something the player has not been shown."""
        return self.ctl.results_shown != s.turn and any(
            r.turn == s.turn - 1 and r.status != "tabled" for r in s.archive)

    def check_prompts(self) -> None:
        """Open what the player must answer now: a choice, ballots, the end report."""
        self._prompts_due = False
        s = self.ctl.view()
        p = self.player
        if s.phase == "over":
            if not self.app.find("end_report"):
                self.app.push("end_report", self.ctl)
            return
        if p is None or self.app.top is not self:
            return
        if self._summary_due(s, p):
            self.show_turn_summary()  # each seat's own, at the start of each of its turns
            return
        if s.choices.get(p) and p in s.waiting_for():
            self.app.push("choice", self.ctl, p, s.choices[p][0], on_done=self._refresh)
            return
        if (s.phase == "voting" and s.ballots_owed(p) or s.phase == "debate"
                and p in s.waiting_for()) and self._council_prompted != (s.turn, s.phase):
            self._council_prompted = (s.turn, s.phase)
            self.open_council(voting=True)

    def _summary_due(self, s, p: str | None) -> bool:
        """The seat at the screen has a new turn's orders to give and has not read its
        summary of that turn."""
        return p is not None and self._summary_turn.get(p, s.turn) < s.turn \
            and self._orders_at_screen(s, p)

    def _orders_at_screen(self, s, p: str) -> bool:
        """The seat at the screen is to give its orders now (hot-seat: not while the screen
        waits to be handed to another seat)."""
        if s.phase != "orders" or p not in s.waiting_for():
            return False
        return not getattr(self.ctl, "hotseat", False) or self.ctl.turn() == self.ctl.at_screen

    def resume(self) -> None:
        self._clear = True
        moved = self.ctl.session.revision != self._seen
        self._refresh(force=True)
        if moved:
            self._after_change()  # what the AI seats did under a dialog: the turn's autosave
        else:
            self.check_prompts()

    # --- other screens ------------------------------------------------------------------------
    def show_turn_summary(self) -> None:
        """What changed since the seat at the screen last read its summary, and why (tension,
        will, legitimacy, credibility, crises begun and ended); the mark moves on."""
        p = self.player
        if p is None or p not in self._summary_marks:
            return
        state = self.ctl.view()
        since = self._summary_marks[p]
        html = turn_summary.summary_html(state, p, self.ctl.visible_events(p, since.events),
                                         since)
        self._summary_marks[p] = turn_summary.mark(state, p, len(self.ctl.session.chronicle))
        self._summary_turn[p] = state.turn
        self._summaries[p] = (f"Turn summary: {date_text(state)}", html)
        self._push_summary(*self._summaries[p])

    def reopen_turn_summary(self) -> None:
        """The last turn summary again (T); before the first turn has ended, what has changed
        since the game began."""
        p = self.player
        if p is None or self.app.top is not self or p not in self._summary_marks:
            return
        if p not in self._summaries:
            state = self.ctl.view()
            since = self._summary_marks[p]
            html = turn_summary.summary_html(state, p, self.ctl.visible_events(p, since.events),
                                             since)
            self._push_summary(f"Turn summary: {date_text(state)}", html)
            return
        self._push_summary(*self._summaries[p])

    def _push_summary(self, title: str, html: str) -> None:
        footer = "<br><br><i>Press T on the main screen to read this summary again.</i>"
        self._reading = self.app.push("dialog", title, html + footer,
                                      [("Continue", None, "@primary")], width=640)

    def open_council(self, voting: bool = False, results: bool = False) -> None:
        self.app.push("council", self.ctl, crisis=self.selected_crisis, results=results)

    def open_charts(self) -> None:
        self.app.push("charts", self.ctl)

    def open_help(self) -> None:
        self.app.push("help")

    def on_escape(self) -> None:
        if self.selected_crisis and self.tab == "crisis":
            self.select_crisis(None)
            return
        self.open_menu()

    def open_menu(self) -> None:
        def to_menu():
            self.app.session = None
            self.app.reset("main_menu")

        self.app.push("dialog", "Game menu", "The game saves itself at the end of every turn.",
                      [("Main menu", to_menu, "@danger"),
                       ("Load", self.open_load, None),
                       ("Save", self.open_save, None),
                       ("Resume", None, "@primary")], width=620)

    def open_save(self) -> None:
        self.app.push("save_load", mode="save", ctl=self.ctl)

    def open_load(self) -> None:
        self.app.push("save_load", mode="load")

    def autosave(self) -> None:
        """Every turn, into a rotation of the last few (game.session.saves.autosave)."""
        from game.session import saves

        session = self.ctl.session
        if not session.source or session.over:
            return
        try:
            saves.autosave(session, session.source, folder=self.app.save_dir)
        except OSError as exc:
            self.status = f"Autosave failed: {exc.strerror or exc}"

    def quick_save(self) -> None:
        from game.ui.scenes.save_load import quick_save

        quick_save(self.app, self.ctl)  # says so in a toast, or why not in a dialog

    def quick_load(self) -> None:
        from game.ui.scenes.save_load import quick_load

        quick_load(self.app)


def merged(rects: list[pygame.Rect], window: pygame.Rect) -> list[pygame.Rect] | None:
    """``rects`` inside ``window``, those that overlap joined into one; None when together
    they cover most of it (pushing the whole window is then as cheap)."""
    out: list[pygame.Rect] = []
    for r in rects:
        r = pygame.Rect(r).clip(window)
        if not r.w or not r.h:
            continue
        i = r.collidelist(out)
        while i != -1:
            r = r.union(out.pop(i))
            i = r.collidelist(out)
        out.append(r)
    if sum(r.w * r.h for r in out) > FULL_SHARE * window.w * window.h:
        return None
    return out
