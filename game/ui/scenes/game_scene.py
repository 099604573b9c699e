"""The main screen: the map, the top bar, the selected nation's or crisis's panel, the action
bar, the chronicle and End Turn.

Everything shown is read from the state (through the GameController); every change goes out as
an action submitted through the session. AI nations act in slices of a few milliseconds per
frame, so the window keeps drawing (with a progress line) while they think.
"""

from __future__ import annotations

import functools

import pygame
import pygame_gui
from pygame_gui.elements import UIScrollingContainer

from game.engine import atrocities, consent, norms, parse_action, peacebuilding, prevention
from game.engine.commitments import DUE, status_line
from game.engine.measures import court_words
from game.engine.model import ATROCITY_KINDS, PEACEBUILD
from game.engine.orders.demands import demand_line
from game.engine.orders.organisations import offer_of
from game.engine.wording import the_org
from game.ui import fonts, turn_summary
from game.ui import keys as K
from game.ui.describe import action_label, action_tip_html, date_text
from game.ui.map_modes import MODE_LABELS, MODE_TIPS, MODES, compute, nation_colour, stage_name
from game.ui.scenes.base import Scene, esc
from game.ui.widgets.draw import Tips, bar, text, wrapped
from game.ui.widgets.gauges import draw_gauges
from game.ui.widgets.map_panel import MapPanel, make_map_panel
from game.ui.widgets.tooltips import keep_clear
from game.ui.widgets.toast import Toast

CRISIS_MARK = "<font color={colour}><b>!</b></font> "
"""Before crisis lines in the chronicle: a warning mark the shipped font has."""
CHRONICLE_SKIPS = ("phase", "ballot", "tension")
"""Events the chronicle leaves out: bookkeeping, secret ballots, and each move of tension (the
turn summary adds those up with their causes)."""
DEMAND_TIP = ("The aggressor's public demand. Granted when those who grant hold most of the "
              "force the nations asked could bring to the crisis: the crisis ends by concession "
              "and the aggressor's appetite grows. Otherwise refused: it must fight or back "
              "down.")
GROUPS = (("diplomacy", "Diplomacy"), ("organisations", "Organisations"),
          ("domestic", "Domestic"), ("military", "Military"))
STAT_NAMES = (("military", "Military"), ("economy", "Economy"), ("will", "Domestic will"),
              ("legitimacy", "Legitimacy"), ("stability", "Stability"),
              ("orientation", "Orientation"))
STAT_TIPS = {
    "military": "Relative armed strength.",
    "economy": "Economic weight: what sanctions by or against this nation are worth.",
    "will": "Domestic political will for foreign commitments. Below 40 no forces can be sent.",
    "legitimacy": "Standing in the eyes of others: lost by unauthorised force and broken "
                  "promises.",
    "stability": "Internal stability.",
    "orientation": "0 defends the status quo ... 100 seeks to overturn it by force.",
}


def mission_lines(view, crisis_id: str) -> str:
    """The crisis's active missions as the seat knows them: each mission's strength is
    public, who sent the troops is not, so only the seat's own share is named."""
    parts = []
    for m in view.missions.values():
        if m.crisis != crisis_id or m.status != "active" or m.mandate == PEACEBUILD:
            continue  # a peacebuilding mission has its own line (_render_r2p)
        own = sum(n for who, n in m.pledges if who == view.nation)
        parts.append(f"mission {m.id} ({m.mandate}), {m.strength} units"
                     + (f", {own} of them yours" if own else ""))
    return "; ".join(parts)


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
        self.tips = Tips()
        self.panel_tips = Tips()
        self.map: MapPanel | None = None
        self._panel_surface = None
        self._top_surface = None
        self._seen = -1
        self._handled_turn = None
        self._council_prompted = None
        self._results_shown = ctl.view().turn
        self._last_turn = ctl.view().turn
        self.widgets: dict[str, object] = {}
        self.action_buttons: dict[str, object] = {}
        self.status = ""
        self.toast = Toast()
        self.ai_progress = 0
        self._pending_dialog = False
        self._briefing_due = False
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
        if self.show_chronicle:
            box = self.text_box(self.chron_rect, "—<br>—", object_id="#chronicle")
            self._fit_whole_lines(box)
            self.widgets["chronicle"] = box
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
        self.topbar_info = pygame.Rect(0, 0, x, h)
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
                            label, lambda m=m: self.set_mode(m), key=K.MAP_MODES[i],
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
                lambda g=g: self.set_group(g), cls="@tab", tooltip=f"{label} actions")
        self.group_buttons[self.group].select()
        self.actions_rect = pygame.Rect(r.x + u(4), ay + u(32), r.w - u(8),
                                        r.bottom - ay - u(36))
        self.actions_box = None
        bw = self.briefing_w = u(84)
        self.widgets["briefing"] = self.button(  # in the own nation's header row
            (self.info_rect.right - bw - u(8), self.info_rect.y + u(6), bw, u(24)),
            "Briefing", self.show_briefing, key=K.BRIEFING,
            tooltip="Your nation's situation, objectives and the crises under way")
        self._show_briefing_button()

    # --- state → screen ----------------------------------------------------------------------
    @property
    def player(self) -> str | None:
        return self.ctl.player()

    def _refresh(self, force: bool = False) -> None:
        version = self.ctl.session.revision
        if version == self._seen and not force:
            return
        self._seen = version
        state = self.ctl.view()
        self.map.set_state(state)
        self.map.set_mode(compute(self.mode, state, self.player, self.theme, org=self.mode_org,
                                  colourblind=self.app.settings.colourblind))
        self.map.select(self.selected_nation)
        self.map.selected_crisis = self.selected_crisis
        self._panel_surface = None
        self._top_surface = None
        self._rebuild_actions()
        self._update_chronicle()
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
        self.app.invalidate()

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

    def _fit_whole_lines(self, box) -> None:
        """Shorten the chronicle to a whole number of lines (measured on its own layout), so
        that no line shows cut in half; it keeps its bottom edge."""
        rows = box.text_box_layout.layout_rows
        visible = box.text_wrap_rect.h
        if len(rows) < 2 or rows[1].y <= rows[0].y:
            return
        pitch = rows[1].y - rows[0].y
        spare = visible - max(1, visible // pitch) * pitch
        if spare > 0:
            box.set_dimensions((box.rect.w, box.rect.h - spare))
            box.set_relative_position((self.chron_rect.x, self.chron_rect.y + spare))

    def _update_chronicle(self) -> None:
        box = self.widgets.get("chronicle")
        if box is None:
            return
        p = self.player
        events, courting = [], {}
        for e in self.ctl.visible_events(p):
            if e.kind in CHRONICLE_SKIPS:
                continue
            if e.kind == "courting" and p not in (e.get("nation"), e.get("other")):
                courting.setdefault(e.turn, []).append(e)  # one line a turn for these
                if len(courting[e.turn]) > 1:
                    continue
            events.append(e)
        rows = []
        turn = None
        for e in reversed(events[-120:]):
            if e.turn != turn:
                turn = e.turn
                rows.append(f"<b>— {date_text_of(e.month)} —</b>")
            if e.kind == "courting" and e in courting.get(e.turn, ()):
                rows.append(self._courting_line(courting[e.turn]))
                continue
            target = None
            c = e.get("crisis")
            n = e.get("nation")
            if c:
                target = f"crisis:{c}"
            elif n:
                target = f"nation:{n}"
            line = esc(fonts.printable(e.text))
            if target:
                line = f"<a href='{target}'>{line}</a>"
            if e.kind in ("crisis_start", "crisis"):
                line = CRISIS_MARK.format(colour=self.theme.c("warn").hex[:7]) + line
            rows.append(line)
        box.set_text("<br>".join(rows) or "<i>Nothing has happened yet.</i>")

    def _courting_line(self, courting: list) -> str:
        """Others courting each other in one turn, as one line: dozens of them filled the
        chronicle at the start of a game; those that concern the player stand alone."""
        name = self.ctl.campaign.nation
        pairs = ", ".join(f"{name(e.get('nation')).name} to {name(e.get('other')).name}"
                          for e in courting)
        return f"<i>{esc(fonts.printable('Courting: ' + pairs))}.</i>"

    def _rebuild_actions(self) -> None:
        if self.actions_box is not None:
            self.actions_box.kill()
        t = self.theme
        u = t.u
        r = self.actions_rect
        self.actions_box = UIScrollingContainer(r, manager=self.manager, allow_scroll_x=False)
        self.action_buttons = {}
        rows = self._action_rows()
        y = 0
        w = r.w - u(16)
        h = u(28)
        inner = self.actions_box.get_container()
        for kind, payload in rows:
            if kind == "note":
                self.label((0, y, w, u(24)), payload, container=inner, cls="@dim")
                y += u(26)
                continue
            action, reason, label = payload
            cb = functools.partial(self.do, action)
            b = self.button((0, y, w, h), label, cb, container=inner, cls="@action",
                            tooltip=action_tip_html(self.ctl.view(), action, reason,
                                                    self.theme.c("accent").hex[:7]),
                            enabled=reason is None)
            self._fit_button(b, label, w)
            self.action_buttons[action.text()] = b
            y += h + u(3)
        self.actions_box.set_scrollable_area_dimensions((w, max(y, 1)))

    def _fit_button(self, b, label: str, w: int) -> None:
        from game.ui import fonts

        f = b.font if hasattr(b, "font") and b.font else None
        if f is not None and f.size(label)[0] > w - self.theme.u(16):
            class M:  # adapt pygame_gui's font to fonts.elide
                def size(self_inner, s):
                    return f.size(s)
            b.set_text(fonts.elide(label, M(), w - self.theme.u(16)))

    def _action_rows(self) -> list:
        from game.engine import options

        s = self.ctl.view()
        p = self.player
        rows: list = []
        if getattr(self.ctl, "watching", False) and s.phase != "over":
            return [("note", "You are watching: only public facts are shown.")]
        if p is None or s.phase == "over":
            return [("note", "The campaign is over." if s.phase == "over" else "")]
        if s.phase == "voting":
            return [("note", "The bodies are voting: open the council (C).")]
        if self.ctl.ai_busy() or p not in s.waiting_for():
            return [("note", "Waiting for the other nations…")]
        opts = options(s, p)
        if s.orders:
            rows.append(("note", "Ordered (done when every nation has ended):"))
            rows += [("note", "· " + action_label(s, parse_action(t))) for t in s.orders]
        if s.phase == "debate":
            rows.append(("note", "The drafts are circulated: lobby members before the vote "
                         "(here, or in the council, C, to offer aid, support or a "
                         "concession), then end the debate."))
            return rows + [("action", (a, reason, action_label(s, a))) for a, reason in opts
                           if a.verb == "lobby" and offer_of(a) == "none"][:60]
        g = self.group
        sel = self.selected_nation
        crisis = self.selected_crisis
        missions_of = {crisis: {m.id for m in s.missions.values() if m.crisis == crisis}}
        picked = []
        for a, reason in opts:
            if a.verb in ("end", "vote", "choose"):
                continue
            if a.group != g:
                continue
            pos = a.positional()
            if g == "diplomacy":
                if a.verb in ("accept", "decline"):
                    picked.append((0, a, reason))
                elif sel and sel != p and sel in pos or crisis and pos[:1] == (crisis,):
                    picked.append((1, a, reason))  # towards a nation, or a latent crisis
            elif g == "organisations":
                if a.verb == "table":
                    continue
                if a.verb == "lobby" and sel and sel != p and pos[0] != sel:
                    continue
                if a.verb in ("pledge", "recall") and crisis in missions_of:
                    picked.append((-1 if pos[-1] in missions_of[crisis] else 0, a, reason))
                else:
                    picked.append((0 if a.verb != "lobby" else 1, a, reason))
            elif g == "military":
                rel = 0 if (crisis and crisis in pos) else 1
                picked.append((rel, a, reason))
            else:
                picked.append((0, a, reason))
        picked.sort(key=lambda x: x[0])
        if g == "diplomacy" and not any(k == 1 for k, _, _ in picked):
            rows.append(("note", "Click a nation on the map to act towards it."))
        if g == "organisations":
            rows.append(("note", "Resolutions are drafted in the council (C)."))
            if any(k == -1 for k, _, _ in picked):  # the selected crisis's missions first
                rows.append(("note", f"Missions in {s.crises[crisis].name}:"))
        if g == "military" and crisis in s.crises:
            name = s.crises[crisis].name
            rows.append(("note", f"Orders about {name}:" if any(k == 0 for k, _, _ in picked)
                         else f"No orders about {name} now."))
        headed = -1 if any(k == -1 for k, _, _ in picked) else 0  # the rank under a heading
        other_note = headed == -1 or g == "military" and crisis in s.crises
        for k, a, reason in picked[:60]:
            if other_note and k > headed:
                rows.append(("note", "Other orders:"))
                other_note = False
            rows.append(("action", (a, reason, action_label(s, a))))
        if not picked and g not in ("diplomacy", "organisations"):
            rows.append(("note", "Nothing to do here now."))
        return rows

    # --- drawing -----------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        t = self.theme
        if self._clear or self.app.top is not self:
            # the map, the panels and the widgets cover the screen: a full clear is needed only
            # after a layout change or while something is drawn over this scene
            surface.fill(t.c("bg"))
            self._clear = self.app.top is not self
        self.map.draw(surface)
        pygame.draw.rect(surface, t.c("panel"), self.modebar)
        if self.show_chronicle:
            pygame.draw.rect(surface, t.c("panel"), self.chron_rect)  # above the whole lines
        pygame.draw.rect(surface, t.c("panel"), self.right)
        pygame.draw.line(surface, t.c("edge"), self.right.topleft, self.right.bottomleft)
        if self._top_surface is None:
            self._top_surface = self._render_top()
        surface.blit(self._top_surface, (0, 0))
        if self.ctl.ai_busy():
            text(surface, t, f"Other nations are acting… ({self.ai_progress})",
                 (self.map_rect.right - t.u(10), self.map_rect.y + t.u(8)), size=13,
                 colour=t.c("warn"), align="right")
        if self._panel_surface is None:
            self._panel_surface = self._render_panel()
        surface.blit(self._panel_surface, self.info_rect)
        if self.status:
            text(surface, t, self.status, (self.map_rect.x + t.u(10), self.map_rect.y + t.u(8)),
                 size=13, colour=t.c("warn"), width=self.map_rect.w - t.u(20))
        self.toast.draw(surface, t, self.map_rect)

    def draw_over(self, surface: pygame.Surface) -> None:
        if self.app.top is not self:
            return
        pos = pygame.mouse.get_pos()
        tips = Tips()
        tips.regions = list(self.tips.regions) + [
            (r.move(self.info_rect.topleft), tip) for r, tip in self.panel_tips.regions]
        tips._hover, tips._since = self.tips._hover, self.tips._since
        if self.map_rect.collidepoint(pos):
            n = self.map.nation_at(pos)
            if n:
                tips.regions.append((pygame.Rect(pos[0] - 1, pos[1] - 1, 3, 3),
                                     self._nation_hover(n)))
        tips.draw(surface, self.theme, pos, avoid=self.right)
        self.tips._hover, self.tips._since = tips._hover, tips._since

    def _nation_hover(self, code: str) -> str:
        s = self.ctl.view()
        d = s.campaign.nation(code)
        n = s.nations[code]
        p = self.player
        rel = f"; relations with you {s.relation(p, code):+d}" if p and p != code else ""
        return f"{d.name}: military {n.military}, will {n.will}, legitimacy {n.legitimacy}{rel}"

    def _render_top(self) -> pygame.Surface:
        t = self.theme
        u = t.u
        W = self.app.screen.get_width()
        surf = pygame.Surface((W, self.top_h)).convert()
        surf.fill(t.c("panel"))
        pygame.draw.line(surf, t.c("edge"), (0, self.top_h - 1), (W, self.top_h - 1))
        s = self.ctl.view()
        p = self.player
        self.tips.clear()
        x = u(10)
        limit = self.topbar_info.right - u(8)
        narrow = t.logical[0] < 1000
        items = [(date_text(s), f"Turn {s.turn + 1} of {s.campaign.turns}",
                  f"{s.campaign.name}. Each turn is {s.campaign.turn_months} months.", None)]
        items.append(("Tension", str(s.tension),
                      "World tension, 0-100: rises with every crisis and unpunished aggression, "
                      "falls with settlements. High tension makes every crisis harder.",
                      t.ramp(s.tension)))
        if p:
            n = s.nations[p]
            items += [
                ("Will", str(n.will), self._stat_tip(p, "will"), t.good_bad(n.will)),
                ("Legit." if narrow else "Legitimacy", str(n.legitimacy),
                 self._stat_tip(p, "legitimacy"),
                 t.good_bad(n.legitimacy)),
                ("Capital", str(n.capital), "Diplomatic capital: what your orders cost this "
                 "turn. It is renewed each turn from your economy and legitimacy.",
                 t.c("accent")),
                ("Score", str(s.score(p)), "Your score: objectives met plus the shared score "
                 "for the order itself.", t.c("text")),
            ]
        for label, value, tip, colour in items:
            f1 = t.font(11)
            f2 = t.font(16, True)
            w = max(f1.size(label)[0], f2.size(value)[0]) + u(18)
            if x + w > limit and label != items[0][0]:
                break
            text(surf, t, label, (x, u(5)), size=11, colour=t.c("text_dim"))
            text(surf, t, value, (x, u(19)), size=16 if colour else 15, bold=True,
                 colour=colour or t.c("text"))
            self.tips.add(pygame.Rect(x, 0, w, self.top_h), tip)
            x += w + u(8)
        if p and limit - x > u(60):
            d = s.campaign.nation(p)
            sw = pygame.Rect(x + u(4), u(10), u(6), self.top_h - u(20))
            pygame.draw.rect(surf, nation_colour(d), sw)
            text(surf, t, d.name, (x + u(16), self.top_h // 2), size=14, bold=True,
                 valign="center", width=max(10, limit - x - u(16)))
        return surf

    def _stat_tip(self, code: str, stat: str) -> str:
        # the causes (the ledger) of other nations' changes are theirs alone
        s = self.ctl.view()
        value = getattr(s.nations[code], stat)
        label = dict(STAT_NAMES).get(stat, stat)
        lines = [f"{label} {value}. {STAT_TIPS.get(stat, '')}"]
        recent = [c for c in (*s.last_ledger, *s.ledger) if c.nation == code and c.stat == stat]
        if recent:
            lines.append("Recent causes:")
            for c in recent[-8:]:
                lines.append(f"  {c.delta:+d}  {c.cause}")
        elif code != s.nation:
            lines.append("What moved it is known to its own government only.")
        else:
            lines.append("No change lately.")
        return "\n".join(lines)

    def _render_panel(self) -> pygame.Surface:
        t = self.theme
        surf = pygame.Surface(self.info_rect.size).convert()
        surf.fill(t.c("panel"))
        self.panel_tips.clear()
        if self.tab == "crisis":
            self._render_crisis(surf)
        else:
            self._render_nation(surf)
        return surf

    def _render_nation(self, surf) -> None:
        t = self.theme
        u = t.u
        s = self.ctl.view()
        code = self.selected_nation or self.player
        W = surf.get_width()
        pad = u(10)
        if not code or code not in s.nations:
            wrapped(surf, t, "Click a nation on the map.", (pad, pad, W - 2 * pad, u(40)))
            return
        d = s.campaign.nation(code)
        n = s.nations[code]
        p = self.player
        y = pad
        pygame.draw.rect(surf, nation_colour(d), (pad, y + u(3), u(14), u(14)))
        who = " (you)" if code == p else (" (human)" if code in self.ctl.humans else "")
        room = W - 2 * pad - u(20) - (self.briefing_w + u(8) if code == p else 0)
        text(surf, t, d.name + who, (pad + u(20), y), size=16, bold=True, width=room)
        y += u(22)
        sub = f"{d.personality} · {s.ideology(code).replace('_', ' ')}"
        if not n.exists:
            sub = "no longer exists as a state"
        text(surf, t, sub, (pad, y), size=12, colour=t.c("text_dim"), width=W - 2 * pad)
        y += u(20)
        label_w = u(96)
        for key, label in STAT_NAMES:
            v = getattr(n, key)
            text(surf, t, label, (pad, y), size=12, width=label_w - u(4))
            colour = t.ramp(v) if key == "orientation" else t.good_bad(v)
            bar(surf, t, (pad + label_w, y + u(4), W - 2 * pad - label_w - u(34), u(10)), v,
                colour)
            text(surf, t, str(v), (W - pad, y), size=12, bold=True, align="right")
            self.panel_tips.add(pygame.Rect(0, y, W, u(18)), self._stat_tip(code, key))
            y += u(19)
        y += u(4)
        if p and code != p:
            rel = s.relation(p, code)
            text(surf, t, f"Relations with you: {rel:+d}", (pad, y), size=13, bold=True,
                 colour=t.good_bad((rel + 100) / 2), width=W - 2 * pad)
            self.panel_tips.add(pygame.Rect(0, y, W, u(18)),
                                "-100 hostile ... +100 close. Improve, aid and treaties raise "
                                "it; threats, denunciations and votes against lower it.")
            y += u(20)
        else:
            others = [(s.relation(code, c), c) for c in s.existing() if c != code]
            others.sort()
            if others:
                best = ", ".join(f"{s.campaign.nation(c).name} {v:+d}" for v, c in others[::-1][:3])
                worst = ", ".join(f"{s.campaign.nation(c).name} {v:+d}" for v, c in others[:2])
                y += wrapped(surf, t, f"Closest: {best}", (pad, y, W - 2 * pad, u(34)), size=12)
                y += wrapped(surf, t, f"Coldest: {worst}", (pad, y, W - 2 * pad, u(34)), size=12)
        treaties = s.treaties_of(code)
        if treaties:
            tx = "; ".join(f"{tr.kind.replace('_', ' ')} with "
                           f"{s.campaign.nation(tr.b if tr.a == code else tr.a).name}"
                           for tr in treaties)
            y += wrapped(surf, t, f"Treaties: {tx}", (pad, y, W - 2 * pad, u(50)), size=12)
        orgs = [s.campaign.org(o).name for o, os_ in s.orgs.items() if code in os_.members]
        if orgs:
            y += wrapped(surf, t, "Member of: " + ", ".join(orgs), (pad, y, W - 2 * pad, u(50)),
                         size=12)
        if d.claims and code == p:
            y += wrapped(surf, t, "Claims: " + ", ".join(c.name for c in d.claims),
                         (pad, y, W - 2 * pad, u(34)), size=12, colour=t.c("text_dim"))

    def _render_crisis(self, surf) -> None:
        t = self.theme
        u = t.u
        s = self.ctl.view()
        W, H = surf.get_size()
        pad = u(10)
        c = s.crises.get(self.selected_crisis) if self.selected_crisis else None
        if c is None:
            active = [x for x in s.crises.values() if x.active]
            msg = ("No crisis is active." if not active else
                   "Click a crisis marker on the map, or press Tab.")
            wrapped(surf, t, msg, (pad, pad, W - 2 * pad, u(40)))
            return
        y = pad
        text(surf, t, c.name, (pad, y), size=16, bold=True, width=W - 2 * pad)
        y += u(22)
        status = f"{c.kind.replace('_', ' ')}" + (f" — ended: {c.outcome}" if c.outcome else "")
        if c.phase in ("latent", "defused"):
            status += " — not begun" if c.phase == "latent" else " — defused"
        text(surf, t, status, (pad, y), size=12, colour=t.c("text_dim"), width=W - 2 * pad)
        corner = y
        y += u(18)
        if c.phase in ("latent", "defused"):
            self._render_latent(surf, s, c, y)
            return
        # the ladder
        bw = (W - 2 * pad - 4 * u(3)) // 5
        for i in range(5):
            r = pygame.Rect(pad + i * (bw + u(3)), y, bw, u(16))
            colour = t.stage(i) if i <= c.stage else t.c("bg2")
            pygame.draw.rect(surf, colour, r, border_radius=u(3))
            if i == c.stage:
                pygame.draw.rect(surf, t.c("text"), r, 2, border_radius=u(3))
            self.panel_tips.add(r, f"Stage {i}: {stage_name(i)}")
        y += u(18)
        where = "Stage at its end" if c.outcome else "Stage"
        text(surf, t, f"{where}: {stage_name(c.stage)}", (pad, y), size=12, width=W - 2 * pad)
        y += u(18)
        agg = s.campaign.nation(c.aggressor).name
        vic = ", ".join(s.campaign.nation(v).name for v in c.victims)
        y += wrapped(surf, t, f"{agg} against {vic}", (pad, y, W - 2 * pad, u(34)), size=13,
                     bold=True)
        facts = (f"Clarity {c.clarity} · Dead {c.casualties}k · Displaced {c.refugees}k · "
                 f"Gains {c.progress}%")
        y += wrapped(surf, t, facts, (pad, y, W - 2 * pad, u(34)), size=12)
        self.panel_tips.add(pygame.Rect(0, y - u(34), W, u(34)),
                            "Clarity: how plain it is who attacked (inquiries raise it). "
                            "Casualties and refugees in thousands. Gains: the aggressor's "
                            "progress on the ground; at 100% the victim is overrun.")
        if c.measures:
            ms = "; ".join((f"referral to {court_words(m)}" if m.kind == "refer_to_court"
                            else m.kind.replace('_', ' '))
                           + (f" ({m.param('type')})" if m.param('type') else "")
                           + f" by {the_org(s.campaign, m.org)}" for m in c.measures)
            y += wrapped(surf, t, "In force: " + ms, (pad, y, W - 2 * pad, u(50)), size=12,
                         colour=t.c("info"))
        y += self._render_r2p(surf, s, c, y)
        if c.interveners:
            iv = ", ".join(f"{s.campaign.nation(n).name} ({a})" for n, a in c.interveners)
            y += wrapped(surf, t, "Intervening: " + iv, (pad, y, W - 2 * pad, u(34)), size=12)
        missions = mission_lines(s, c.id)
        if missions:
            y += wrapped(surf, t, "Peacekeepers: " + missions, (pad, y, W - 2 * pad, u(34)),
                         size=12)
        demand = demand_line(s, c.id)
        if demand:
            top = y
            y += wrapped(surf, t, demand, (pad, y, W - 2 * pad, u(50)), size=12,
                         colour=t.c("warn"))
            self.panel_tips.add(pygame.Rect(0, top, W, y - top), DEMAND_TIP)
        y += self._render_red_lines(surf, s, c.id, y, corner)
        y += u(4)
        if c.active and y + u(96) <= H:
            from game.engine import gauges

            draw_gauges(surf, t, pygame.Rect(pad, y, W - 2 * pad, u(100)), gauges(s, c),
                        tips=self.panel_tips)

    LATENT_TIP = (
        "A latent crisis: the violence has not begun. Its warning signs rise each turn and "
        "each turn it may break out; the higher the signs, the likelier. Mediation lowers "
        "grievances, targeted aid fragility, pressure on the government propaganda; a "
        "preventive deployment voted by a council cuts the risk while it serves. The ± is how "
        "far off your reading may be: an inquiry or a mission on the ground sharpens it.")
    SIGN_TIPS = {
        "grievances": "Grievances: what the groups hold against each other (mediation lowers "
                      "them).",
        "propaganda": "Hate propaganda (pressure on the government lowers it).",
        "arms": "Arms flows (an arms embargo on the government turns them down).",
        "fragility": "How fragile the government is (targeted aid lowers it).",
    }

    def _render_latent(self, surf, s, c, y: int) -> None:
        """A latent crisis: who against whom, the outbreak risk, and a bar per warning sign
        as this nation sees it, with the band its reading may be off by; or defused."""
        t, u = self.theme, self.theme.u
        W = surf.get_width()
        pad = u(10)
        agg = s.campaign.nation(c.aggressor).name
        vic = ", ".join(s.campaign.nation(v).name for v in c.victims)
        who = (f"The government of {agg}" if c.victims == (c.aggressor,)
               else f"{agg} against {vic}")
        y += wrapped(surf, t, who, (pad, y, W - 2 * pad, u(34)), size=13, bold=True)
        fog = prevention.fog_of(s, c, self.player)
        lines = prevention.status_lines(s, c, fog)
        if not lines:
            wrapped(surf, t, "No warning signs yet.", (pad, y, W - 2 * pad, u(20)), size=12,
                    colour=t.c("text_dim"))
            return
        risk = prevention.outbreak_risk(s, c)
        colour = "good" if c.phase == "defused" else "warn" if risk >= 15 else "info"
        top = y
        y += wrapped(surf, t, lines[0], (pad, y, W - 2 * pad, u(34)), size=12,
                     colour=t.c(colour), bold=colour == "warn")
        self.panel_tips.add(pygame.Rect(0, top, W, y - top), self.LATENT_TIP)
        if c.phase == "defused":
            return
        label_w = u(78)
        for sign, value in prevention.signs(c).items():
            row = pygame.Rect(pad + label_w, y + u(3), W - 2 * pad - label_w - u(30), u(10))
            text(surf, t, sign.capitalize(), (pad, y), size=12, width=label_w)
            bar(surf, t, row, value, t.good_bad(100 - value))
            if fog:
                lo = row.x + row.w * max(0, value - fog) // 100
                hi = row.x + row.w * min(100, value + fog) // 100
                pygame.draw.line(surf, t.c("text_dim"), (lo, row.bottom + u(2)),
                                 (hi, row.bottom + u(2)), 2)
            text(surf, t, str(value), (row.right + u(6), y), size=12, width=u(26))
            self.panel_tips.add(pygame.Rect(0, y, W, u(18)),
                                self.SIGN_TIPS[sign] + (f" Your reading may be off by up to "
                                                        f"{fog}." if fog else ""))
            y += u(18)
        for line in lines[2:]:
            y += wrapped(surf, t, line, (pad, y, W - 2 * pad, u(34)), size=12,
                         colour=t.c("info"))
        wrapped(surf, t, "Fog: ±" + str(fog) + " (an inquiry or a mission on the ground "
                "sharpens it)" if fog else "You see these signs clearly.",
                (pad, y + u(2), W - 2 * pad, u(34)), size=11, colour=t.c("text_dim"))

    R2P_TIPS = (
        "Atrocities: while nobody acts (no measure, mission or intervention) the killing grows "
        "every turn; it leaps when peacekeepers are withdrawn or cut. Once the dead pass "
        f"{atrocities.MANIFEST_DEAD}k the state has manifestly failed to protect its people: "
        "voting for an authorised measure (a mission, force, a no-fly zone, a referral) earns "
        "legitimacy once the responsibility to protect is endorsed, and voting it down costs "
        "legitimacy.",
        "Peacebuilding: after a settlement or withdrawal the crisis may reignite each turn. "
        "A peacebuilding mission (disarmament, elections, institutions) lowers the risk, the "
        "money pledged to it lowers it more; its mandate is renewed by vote. Enough quiet turns "
        "consolidate the peace.",
        "The responsibility to protect: a norm put to the General Assembly's vote (two thirds "
        "of those voting; the 2005 World Summit puts it on the agenda). Once endorsed, those "
        "who vote for authorised action on a manifest failure gain "
        f"{atrocities.AUTHORISED_LEGITIMACY} legitimacy; a no costs "
        f"{atrocities.REFUSED_LEGITIMACY}, a veto {atrocities.VETO_LEGITIMACY}.",
        "Host consent: a government killing its own people lets no force in until the "
        "pressure on it (armies mobilised, threats, sanctions) breaks its urge to go on; then "
        "the nearest power mobilised with the force for it leads a force in. A permanent "
        "member that stands by it and does not coerce it shields it.")

    def _render_r2p(self, surf, s, c, y: int) -> int:
        """The atrocity lines (killing, the manifest-failure mark, the standing of the
        responsibility to protect) and the peacebuilding line (phase, mission and money,
        relapse risk), each with its tooltip. Returns the height."""
        t, u = self.theme, self.theme.u
        W = surf.get_width()
        pad, top = u(10), y
        peace = "good" if c.phase == "consolidated" else "warn" if c.relapses else "info"
        lines = [(atrocities.status_line(c), "warn" if c.failure else "text", self.R2P_TIPS[0])]
        if c.kind in ATROCITY_KINDS and norms.in_play(s):
            lines.append((norms.status_line(s), "good" if norms.endorsed(s) else "text_dim",
                          self.R2P_TIPS[2]))
        lines.append((consent.status_line(s, c), "good" if consent.consented(s, c) else "text",
                      self.R2P_TIPS[3]))
        lines += [(line, peace, self.R2P_TIPS[1]) for line in peacebuilding.status_lines(s, c)]
        for line, colour, tip in lines:
            if line:
                h = wrapped(surf, t, line, (pad, y, W - 2 * pad, u(50)), size=12,
                            colour=t.c(colour), bold=colour == "warn")
                self.panel_tips.add(pygame.Rect(0, y, W, h), tip)
                y += h
        return y - top

    RED_LINES_SHOWN = 3
    """Red lines listed on the crisis panel before the rest are counted (the gauges need room)."""

    def _render_red_lines(self, surf, s, crisis_id: str, y: int, corner: int) -> int:
        """One line per commitment over the crisis not yet judged (a crossed one first, in the
        warning colour), as many as leave room for the gauges, the rest counted; with no room
        (large UI scales), only their number at the right of the line at ``corner``. Every
        one is in the tooltip. Returns the height used."""
        t, u = self.theme, self.theme.u
        W, H = surf.get_size()
        pad = u(10)
        held = [k for k in s.commitments if k.crisis == crisis_id
                and k.status in ("standing", "called")]
        if not held:
            return 0
        held.sort(key=lambda k: k.status != "called")
        tip = (f"Commitments: threats with a red line. When the aggressor crosses one, its maker "
               f"has {DUE} turns to act as it promised, or it loses legitimacy and the world "
               "remembers.\n" + "\n".join(status_line(s, k) for k in held))
        crossed = any(k.status == "called" for k in held)
        room = (H - y - u(100)) // u(15) - 2  # lines above the gauges, less header and count
        if room < 1:
            r = text(surf, t, f"Red lines: {len(held)}", (W - pad, corner), size=12, bold=True,
                     colour=t.c("warn") if crossed else t.c("text"), align="right")
            self.panel_tips.add(r, tip)
            return 0
        shown = min(len(held), self.RED_LINES_SHOWN, room)
        top = y
        text(surf, t, f"Red lines ({len(held)}):", (pad, y), size=11, bold=True, width=W - 2 * pad)
        y += u(15)
        for k in held[:shown]:
            text(surf, t, status_line(s, k), (pad, y), size=11, width=W - 2 * pad,
                 colour=t.c("warn") if k.status == "called" else t.c("text"))
            y += u(15)
        if len(held) > shown:
            text(surf, t, f"…and {len(held) - shown} more (point here to read them).", (pad, y),
                 size=11, colour=t.c("text_dim"), width=W - 2 * pad)
            y += u(15)
        self.panel_tips.add(pygame.Rect(0, top, W, y - top), tip)
        return y - top

    # --- input & updates -----------------------------------------------------------------
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
        else:
            self._rebuild_actions()

    def select_crisis(self, cid: str | None) -> None:
        """Show the crisis and the orders about it (the action bar follows the selection)."""
        self.selected_crisis = cid
        self.map.selected_crisis = cid
        self.map._dirty = True
        self.set_tab("crisis")
        s = self.ctl.view()
        latent = cid in s.crises and prevention.is_latent(s, s.crises[cid])
        wanted = "diplomacy" if latent else "military"  # where the orders about it are
        if cid is not None and self.group in ("diplomacy", "military") and self.group != wanted:
            self.set_group(wanted)
        else:
            self._rebuild_actions()

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
        self._panel_surface = None
        self.app.invalidate()

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
        self.app.push("dialog", f"Briefing: {name}", briefing_html(self.ctl.view(), p),
                      [("To work", None, "@primary")], width=700)

    def set_group(self, g: str) -> None:
        self.group = g
        for k, b in self.group_buttons.items():
            (b.select if k == g else b.unselect)()
        self._rebuild_actions()
        self.app.invalidate()

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
        ok, reason = self.ctl.submit(action)
        self.status = "" if ok else f"Not possible: {reason}"
        if ok:
            self.app.sound.play("click")
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
        # the AI acts only while this screen is on top: under the council it would spin idle
        return (self.app.top is self and self.ctl.ai_busy()) or self.tips.pending()

    def update(self, dt: float) -> bool:
        from game.ui.scenes.handover import hotseat_check

        if hotseat_check(self):  # hot-seat: another seat takes the screen
            return True
        if self.app.top is not self:
            st = self.ctl.view()
            if self.app.top.name == "council" and st.phase in ("debate", "voting"):
                # the player is in the chamber as the debate turns to the vote: no second prompt
                self._council_prompted = (st.turn, st.phase)
            return False
        if self._briefing_due:
            self._briefing_due = False
            self.show_briefing()
            return True
        changed = False
        if self.ctl.ai_busy():
            self.ai_progress += self.ctl.step_ai(0.008)
            changed = True
        if self.ctl.session.revision != self._seen:
            self._after_change()
            changed = True
        return changed or self.tips.pending()

    def _after_change(self) -> None:
        p = self.player
        new = self.ctl.take_new(p)
        for e in new:
            if e.kind == "crisis_start":
                self.app.sound.play("crisis")
            elif e.kind == "vote":
                self.app.sound.play("veto" if e.get("vetoed_by") else "vote")
        self._refresh()
        if self.ctl.ai_busy():
            return
        s = self.ctl.view()
        if s.turn != self._last_turn:
            self._last_turn = s.turn
            self.ai_progress = 0
            self.app.sound.play("turn")
            self.autosave()
            decided = [r for r in s.archive if r.turn == s.turn - 1 and r.status != "tabled"]
            if decided and self._results_shown != s.turn:
                self._results_shown = s.turn
                self.open_council(results=True)
                return
        self.check_prompts()

    def check_prompts(self) -> None:
        """Open what the player must answer now: a choice, ballots, the end report."""
        s = self.ctl.view()
        p = self.player
        if s.phase == "over":
            if not self.app.find("end_report"):
                self.app.push("end_report", self.ctl)
            return
        if p is None or self.app.top is not self:
            return
        if self._summary_turn.get(p, s.turn) < s.turn and self._orders_at_screen(s, p):
            self.show_turn_summary()  # each seat's own, at the start of each of its turns
            return
        if s.choices.get(p) and p in s.waiting_for():
            self.app.push("choice", self.ctl, p, s.choices[p][0], on_done=self._refresh)
            return
        if (s.phase == "voting" and s.ballots_owed(p) or s.phase == "debate"
                and p in s.waiting_for()) and self._council_prompted != (s.turn, s.phase):
            self._council_prompted = (s.turn, s.phase)
            self.open_council(voting=True)

    def _orders_at_screen(self, s, p: str) -> bool:
        """The seat at the screen is to give its orders now (hot-seat: not while the screen
        waits to be handed to another seat)."""
        if s.phase != "orders" or p not in s.waiting_for():
            return False
        return not getattr(self.ctl, "hotseat", False) or self.ctl.turn() == self.ctl.at_screen

    def resume(self) -> None:
        self._clear = True
        self._refresh(force=True)
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
        self.app.push("dialog", title, html + footer, [("Continue", None, "@primary")],
                      width=640)

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


def date_text_of(month: int) -> str:
    from game.engine.calendar import format_month

    return format_month(month)
