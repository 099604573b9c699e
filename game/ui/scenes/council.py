"""The council chamber: one body of an organisation at a time — its seats (a horseshoe for a
Security Council or League Council, rows for an assembly), its agenda, drafting, lobbying,
ballots and the last session's results.

Everything shown is read from the state as the player may see it (``ctl.view``): nobody's
ballot but the player's own is shown before the count. Every change goes out as an action
through ``ctl.submit``; the chamber rebuilds from the state afterwards.
"""

from __future__ import annotations

import pygame
from pygame_gui.elements import UIScrollingContainer

from game.engine.bodies import permanent_members, seated
from game.engine.legal import COST, options
from game.engine.orders import describe
from game.ui import fonts
from game.ui.describe import (KIND_TIPS, KIND_WORDS, action_tip, body_name, crisis_name,
                              nation_name, resolution_text)
from game.ui.map_modes import nation_colour
from game.ui.scenes.base import Scene, esc
from game.ui.widgets.council import Seat, draw_seats, draw_tally
from game.ui.widgets.draw import Tips, text, wrapped

BALLOTS = ("yes", "no", "abstain", "absent")
BALLOT_WORDS = {"yes": "Yes", "no": "No", "abstain": "Abstain", "absent": "Absent"}
BALLOT_TIPS = {
    "yes": "Vote for the resolution.",
    "no": "Vote against it (from a permanent member of a Security Council: a veto).",
    "abstain": "Abstain: counted as present, neither for nor against (no veto).",
    "absent": "Stay away from this vote: not counted at all.",
}
BALLOT_KEYS = (pygame.K_y, pygame.K_n, pygame.K_b, pygame.K_x)
STATUS_WORDS = {"tabled": "On the agenda", "adopted": "Adopted", "failed": "Failed",
                "vetoed": "Vetoed", "recommended": "Recommended"}
MEMBERSHIP_KINDS = ("admit", "suspend", "expel")


class CouncilScene(Scene):
    name = "council"

    def __init__(self, app, ctl, crisis: str | None = None, results: bool = False,
                 body: str | None = None):
        super().__init__(app)
        self.ctl = ctl
        self.crisis = crisis
        self.results = results
        self.body: str | None = body
        """The body shown, as ``org.body``."""
        self.focus: str | None = None
        """The resolution whose vote the chamber shows."""
        self.status = ""
        self.tips = Tips()
        self.widgets: dict[str, object] = {}
        """Buttons by a stable key (tests): 'table <action text>', 'vote R1 yes', 'tab <body>'."""
        self._sig = None
        self.chamber = pygame.Rect(0, 0, 0, 0)

    # --- what to show ---------------------------------------------------------------------
    @property
    def player(self) -> str | None:
        return self.ctl.player()

    def _last_turn(self, st) -> list:
        return [r for r in st.archive if r.turn == st.turn - 1 and r.status != "tabled"]

    def bodies(self) -> list[str]:
        """Bodies where the player sits or that have items (on the agenda or just decided)."""
        st = self.ctl.state
        p = self.player
        busy = {f"{r.org}.{r.body}" for r in st.resolutions.values()}
        busy |= {f"{r.org}.{r.body}" for r in self._last_turn(st)}
        out = []
        for org_id in st.orgs:
            for bdef in st.campaign.org(org_id).bodies:
                target = f"{org_id}.{bdef.id}"
                if target in busy or (p is not None and p in seated(st, org_id, bdef.id)):
                    out.append(target)
        return out

    def _default_body(self, bodies: list[str]) -> str | None:
        if not bodies:
            return None
        st = self.ctl.state
        p = self.player
        if self.results:
            for r in self._last_turn(st):
                if f"{r.org}.{r.body}" in bodies:
                    return f"{r.org}.{r.body}"
        if st.phase == "voting" and p is not None:
            for rid in st.ballots_owed(p):
                r = st.resolutions[rid]
                if f"{r.org}.{r.body}" in bodies:
                    return f"{r.org}.{r.body}"

        def bdef(target):
            org, _, body = target.partition(".")
            return st.campaign.org(org).body(body)

        c = st.crises.get(self.crisis) if self.crisis else None
        if c is not None:
            for b in bodies:
                if b.startswith(c.org + ".") and bdef(b).seats is not None:
                    return b
        for rule in ("security_council", "unanimity"):
            for b in bodies:
                d = bdef(b)
                if d.rule == rule and d.seats is not None:
                    return b
        return bodies[0]

    def _default_focus(self) -> str | None:
        st = self.ctl.state
        org, _, body = (self.body or "").partition(".")
        done = [r for r in self._last_turn(st) if r.org == org and r.body == body]
        tabled = [r for r in st.resolutions.values() if r.org == org and r.body == body]
        done.sort(key=lambda r: r.status != "vetoed")  # a veto is the news of the session
        if self.results and done:
            return done[0].id
        p = self.player
        owed = st.ballots_owed(p) if (p and st.phase == "voting") else []
        for r in tabled:
            if r.id in owed:
                return r.id
        if tabled:
            return tabled[0].id
        return done[0].id if done else None

    def _signature(self):
        s = self.ctl.session
        return (len(s.chronicle), s.state.turn, s.state.phase, len(s.log))

    # --- building ---------------------------------------------------------------------------
    def build(self) -> None:
        t = self.theme
        u = t.u
        W, H = self.app.screen.get_size()
        st = self.ctl.state
        self._sig = self._signature()
        self.widgets = {}
        bodies = self.bodies()
        if self.body not in bodies:
            self.body = self._default_body(bodies)
        org, _, body = (self.body or "").partition(".")
        res_ids = {r.id for r in st.resolutions.values()} | {r.id for r in st.archive}
        if self.focus not in res_ids or (self.focus and self._res(self.focus).body != body):
            self.focus = self._default_focus()

        pad = u(12)
        self.pad = pad
        # title and close
        close_w = u(96)
        self.widgets["close"] = self.button((W - pad - close_w, pad, close_w, u(32)), "Close",
                                            self.close, tooltip="Back to the map",
                                            key=None)
        self.widgets["close"].set_tooltip("Back to the map<br><i>Shortcut: Esc</i>")
        title = "Council chamber"
        if self.body:
            title += f" — {body_name(st, self.body)} ({st.campaign.org(org).name})"
        self.label((pad, pad, W - 3 * pad - close_w, u(32)), title, cls="@heading")
        # body tabs
        y = pad + u(38)
        tab_h = u(30)
        if bodies:
            avail = W - 2 * pad
            gap = u(4)
            f = t.font(15)
            counts = {b: sum(1 for r in st.resolutions.values() if f"{r.org}.{r.body}" == b)
                      for b in bodies}
            widths = [max(u(90), f.size(body_name(st, b) + (f" ({counts[b]})" if counts[b]
                                                              else ""))[0] + u(30))
                      for b in bodies]
            if sum(widths) + gap * (len(widths) - 1) > avail:
                each = (avail - gap * (len(widths) - 1)) // len(widths)
                widths = [each] * len(widths)
            x = pad
            for i, (b, w) in enumerate(zip(bodies, widths)):
                name = body_name(st, b)
                items = sum(1 for r in st.resolutions.values() if f"{r.org}.{r.body}" == b)
                label = name + (f" ({items})" if items else "")
                label = fonts.elide(label, f, w - u(14))
                tip = f"{esc(name)} — {esc(st.campaign.org(b.split('.')[0]).name)}"
                if items:
                    tip += f"<br>{items} item(s) on the agenda"
                tip += "<br><i>Shortcut: PgUp / PgDn for the previous / next body</i>"
                btn = self.button((x, y, w, tab_h), label, lambda b=b: self.show_body(b),
                                  cls="@tab", tooltip=tip)
                if b == self.body:
                    btn.select()
                self.widgets[f"tab {b}"] = btn
                x += w + gap
            self.key(pygame.K_PAGEDOWN, "Next body", lambda: self.cycle_body(1))
            self.key(pygame.K_PAGEUP, "Previous body", lambda: self.cycle_body(-1))
        top = y + tab_h + u(10)
        bottom = H - pad - u(24)
        left_w = max(u(300), int((W - 3 * pad) * 0.45))
        self.left = pygame.Rect(pad, top, left_w, bottom - top)
        self.right = pygame.Rect(self.left.right + pad, top, W - self.left.right - 2 * pad,
                                 bottom - top)
        self.status_rect = pygame.Rect(pad, bottom + u(4), W - 2 * pad, u(20))
        info_h = min(u(150), self.left.h // 3)
        self.chamber = pygame.Rect(self.left.x + u(8), self.left.y + u(30),
                                   self.left.w - u(16), self.left.h - u(38) - info_h)
        self.info = pygame.Rect(self.left.x + u(10), self.chamber.bottom + u(4),
                                self.left.w - u(20), info_h - u(4))
        if self.body is None:
            self.label((self.right.x, self.right.y, self.right.w, u(24)),
                       "You sit in no body of any organisation.", cls="@dim")
            return
        self._build_column()

    def rebuild(self) -> None:
        super().rebuild()
        if self.manager is not None:
            self.manager.update(0.0)  # lay the new widgets out before the next frame draws

    def _res(self, rid: str):
        return self.ctl.state.resolution(rid)

    def _build_column(self) -> None:
        t = self.theme
        u = t.u
        st = self.ctl.state
        p = self.player
        org, _, body = self.body.partition(".")
        box = UIScrollingContainer(self.right, manager=self.manager, allow_scroll_x=False)
        self.scroll = box
        inner = box.get_container()
        w = self.right.w - u(22)
        self.col_w = w
        y = 0
        opts = options(st, p) if p else []
        vst = self.ctl.view(p)
        agenda = [r for r in vst.resolutions.values() if r.org == org and r.body == body
                  and r.status == "tabled"]
        owed = set(st.ballots_owed(p)) if (p and st.phase == "voting") else set()

        def heading(s: str) -> None:
            nonlocal y
            self.label((0, y, w, u(26)), s, container=inner, cls="@subheading")
            y += u(28)

        def note(s: str, cls: str = "@dim", indent: int = 0) -> None:
            nonlocal y
            for line in self._wrap(s, w - indent, 13):
                self.label((indent, y, w - indent, u(20)), line, container=inner, cls=cls)
                y += u(19)

        # --- voting banner; Y / N / B / X vote on the next item owed (this body's first)
        for i, b in enumerate(BALLOTS):
            if owed:
                self.key(BALLOT_KEYS[i], f"Vote {BALLOT_WORDS[b]} on the next item",
                         lambda b=b: self.vote_next(b))
        if owed:
            mine = [rid for rid in owed if st.resolutions[rid].org == org
                    and st.resolutions[rid].body == body]
            others = len(owed) - len(mine)
            msg = f"Voting: cast your ballot on {len(mine)} item(s) here."
            if others:
                msg += f" {others} more in other bodies (see the tabs)."
            note(msg + " Ballots stay secret until the count.", cls="@warn")
            y += u(4)
        # --- agenda
        heading(f"Agenda ({len(agenda)})")
        if not agenda:
            note("Nothing is on this body's agenda.")
        first_owed = True
        for r in agenda:
            y = self._item_header(inner, r, y, w)
            note(f"Tabled by {nation_name(st, r.sponsor)}. {self._rule_text(r)}", indent=u(8))
            mine = r.ballot(p) if p else None
            if r.id in owed:
                bw = (w - u(8) - 3 * u(6)) // 4
                for i, b in enumerate(BALLOTS):
                    tip = f"{BALLOT_TIPS[b]} ({r.id})"
                    if first_owed:
                        tip += (f"<br><i>Shortcut: {pygame.key.name(BALLOT_KEYS[i]).upper()}"
                                "</i>")
                    btn = self.button((u(8) + i * (bw + u(6)), y, bw, u(30)), BALLOT_WORDS[b],
                                      lambda rid=r.id, b=b: self.vote(rid, b),
                                      container=inner, cls="@primary" if b == "yes" else None,
                                      tooltip=tip)
                    self.widgets[f"vote {r.id} {b}"] = btn
                first_owed = False
                y += u(36)
            elif mine:
                note(f"Your ballot: {BALLOT_WORDS[mine]} (secret until the count).",
                     cls="@good", indent=u(8))
            elif st.phase == "voting":
                note("Votes are being cast; all ballots are revealed at once.", indent=u(8))
            lobby = [(a, why) for a, why in opts if a.verb == "lobby" and a.args[1] == r.id]
            if lobby:
                y = self._lobby_row(inner, r, lobby, y, w)
            y += u(8)
        # --- results of the last session
        done = [r for r in self._last_turn(st) if r.org == org and r.body == body]
        if done:
            y += u(4)
            heading("Last session's results")
            for r in done:
                y = self._result(inner, r, opts, y, w)
        # --- drafting
        if st.phase == "orders" and p is not None:
            y += u(4)
            heading("Drafting: table a resolution")
            tablings = [(a, why) for a, why in opts
                        if a.verb == "table" and a.args[0] == self.body]
            if p not in st.waiting_for():
                note("Your orders for this turn are done.")
            elif not tablings:
                note("This body can take up nothing you could table now.")
            else:
                note(f"Tabling costs {COST['table']} diplomatic capital (you have "
                     f"{st.nations[p].capital}); one item per body a turn. Hover a button "
                     "for what it does.")
                y = self._drafting(inner, tablings, y, w)
        box.set_scrollable_area_dimensions((w, max(y + u(10), 1)))

    def _wrap(self, s: str, width: int, size: float = 13) -> list[str]:
        return fonts.wrap(s, self.theme.font(size), max(10, width - self.theme.u(8))) or [""]

    def _rule_text(self, r) -> str:
        st = self.ctl.state
        bdef = st.campaign.org(r.org).body(r.body)
        return {"security_council": "A permanent member's No is a veto.",
                "unanimity": "Needs every member present (parties excepted).",
                "consensus": "Needs no member against.",
                "majority": "Needs a majority.", "assembly": "Needs two thirds of those voting."
                }.get(bdef.rule, "")

    def _item_header(self, inner, r, y: int, w: int) -> int:
        st = self.ctl.state
        u = self.theme.u
        label = describe(st, r)
        label = label[0].upper() + label[1:]
        tip = esc(label) + "<br>" + esc(KIND_TIPS.get(r.kind, ""))
        tip += "<br><i>Click to show its vote in the chamber</i>"
        btn = self.button((0, y, w, u(28)), label, lambda rid=r.id: self.set_focus(rid),
                          container=inner, cls="@list_row", tooltip=tip)
        self._fit(btn, label, w)
        if r.id == self.focus:
            btn.select()
        self.widgets[f"item {r.id}"] = btn
        return y + u(31)

    def _lobby_row(self, inner, r, lobby, y: int, w: int) -> int:
        st = self.ctl.state
        u = self.theme.u
        self.label((u(8), y, u(64), u(26)), "Press:", container=inner, cls="@dim")
        x = u(72)
        bw = u(58)
        for a, why in lobby:
            code = a.args[0]
            if x + bw > w:
                x = u(72)
                y += u(30)
            tip = (f"Lobby {esc(nation_name(st, code))} to vote for {r.id} (private). "
                   + esc(action_tip(st, a, why)))
            btn = self.button((x, y, bw, u(26)), code, lambda a=a: self.do(a), container=inner,
                              cls="@action", tooltip=tip, enabled=why is None)
            self.widgets[f"lobby {code} {r.id}"] = btn
            x += bw + u(4)
        return y + u(30)

    def _result(self, inner, r, opts, y: int, w: int) -> int:
        st = self.ctl.state
        u = self.theme.u
        y = self._item_header(inner, r, y, w)
        word = STATUS_WORDS.get(r.status, r.status)
        if r.vetoed_by:
            word += " — veto by " + ", ".join(nation_name(st, n) for n in r.vetoed_by)
        tally = r.tally()
        line = f"{word}. Yes {tally['yes']}, No {tally['no']}, Abstain {tally['abstain']}, " \
               f"Absent {tally['absent']}."
        cls = {"adopted": "@good", "recommended": "@good", "vetoed": "@bad",
               "failed": "@bad"}.get(r.status, "@dim")
        for ln in self._wrap(line, w - u(8), 14):
            self.label((u(8), y, w - u(8), u(20)), ln, container=inner, cls=cls)
            y += u(20)
        if r.reason:
            for ln in self._wrap(r.reason, w - u(8)):
                self.label((u(8), y, w - u(8), u(20)), ln, container=inner, cls="@dim")
                y += u(19)
        # seat by seat, with each AI member's reasons
        p = self.player
        for nation, ballot in r.ballots:
            why = "" if nation in self.ctl.humans else self.ctl.reason_for(nation, r.id)
            veto = " (veto)" if nation in r.vetoed_by else ""
            mark = {"yes": "+", "no": "×", "abstain": "–", "absent": "o"}[ballot]
            row = f"{mark} {nation}  {BALLOT_WORDS[ballot]}{veto}"
            if nation == p:
                row += "  (you)"
            if why:
                row += f" — {why}"
            tip = f"{esc(nation_name(st, nation))}: {BALLOT_WORDS[ballot]}{veto}"
            if why:
                tip += f"<br>Reasons: {esc(why)}"
            self.label((u(16), y, w - u(16), u(20)), row, container=inner, cls="@small",
                       tooltip=tip)
            y += u(20)
        # Uniting for Peace after a veto
        if r.status == "vetoed":
            y += u(4)
            ufp = [(a, why) for a, why in opts if
                   (a.verb == "emergency" and a.args[0] == r.id)
                   or (a.verb == "table" and a.args[1] == "refer_to_assembly"
                       and a.args[2] == r.id)]
            if not ufp:
                note = "No emergency Assembly session is possible now."
                if st.phase != "orders":
                    note = "Uniting for Peace can be asked for in the orders phase."
                for ln in self._wrap(note, w - u(8)):
                    self.label((u(8), y, w - u(8), u(20)), ln, container=inner, cls="@dim")
                    y += u(19)
            for a, why in ufp:
                if a.verb == "emergency":
                    label = f"Uniting for Peace: emergency Assembly session on {r.id}"
                else:
                    label = f"Move to refer {r.id} to an emergency Assembly session"
                tip = esc(action_tip(st, a, why))
                btn = self.button((u(8), y, w - u(8), u(32)), label, lambda a=a: self.do(a),
                                  container=inner, cls="@primary", tooltip=tip,
                                  enabled=why is None)
                self._fit(btn, label, w - u(8))
                self.widgets[f"{a.verb} {r.id}"] = btn
                y += u(36)
        return y + u(10)

    def _drafting(self, inner, tablings, y: int, w: int) -> int:
        st = self.ctl.state
        u = self.theme.u
        groups: dict[str, list] = {}
        for a, why in tablings:
            subject, kind = a.args[2], a.args[1]
            if kind in MEMBERSHIP_KINDS:
                g = "Membership"
            elif kind == "refer_to_assembly":
                g = "Uniting for Peace"
            else:
                g = crisis_name(st, subject)
            groups.setdefault(g, []).append((a, why))
        order = sorted(groups, key=lambda g: (
            0 if self.crisis and g == crisis_name(st, self.crisis) else
            1 if g == "Uniting for Peace" else 3 if g == "Membership" else 2, g))
        cols = 2 if w >= u(460) else 1
        gap = u(6)
        bw = (w - u(8) - gap * (cols - 1)) // cols
        for g in order:
            self.label((0, y, w, u(30)), g, container=inner, cls="@heading")
            y += u(32)
            by_kind: dict[str, list] = {}
            for a, why in groups[g]:
                by_kind.setdefault(a.args[1], []).append((a, why))
            for kind, items in by_kind.items():
                if len(items) > 1 or g == "Membership":
                    self.label((u(8), y, w - u(8), u(20)), KIND_WORDS.get(kind, kind),
                               container=inner, cls="@dim")
                    y += u(21)
                for i, (a, why) in enumerate(items):
                    if i and i % cols == 0:
                        y += u(32)
                    x = u(8) + (i % cols) * (bw + gap)
                    label = resolution_text(st, kind, a.args[2], a.params())
                    tip = esc(label) + "<br>" + esc(action_tip(st, a, why))
                    btn = self.button((x, y, bw, u(28)), label, lambda a=a: self.do(a),
                                      container=inner, cls="@action", tooltip=tip,
                                      enabled=why is None)
                    self._fit(btn, label, bw)
                    self.widgets[f"table {a.text()}"] = btn
                y += u(34)
            y += u(4)
        return y

    def _fit(self, b, label: str, w: int) -> None:
        f = getattr(b, "font", None)
        if f is not None and f.size(label)[0] > w - self.theme.u(18):
            class _M:
                def size(self_inner, s):
                    return f.size(s)
            b.set_text(fonts.elide(label, _M(), w - self.theme.u(18)))

    # --- acting ---------------------------------------------------------------------------
    def do(self, action) -> None:
        ok, reason = self.ctl.submit(action)
        from game.ui.describe import action_label

        self.status = (f"Done: {action_label(self.ctl.state, action)}." if ok
                       else f"Not possible: {reason}.")
        self.refresh()

    def vote(self, rid: str, ballot: str) -> None:
        p = self.player
        if p is None:
            return
        ok, reason = self.ctl.submit(f"{p} vote {rid} {ballot}")
        self.status = (f"Your ballot on {rid}: {BALLOT_WORDS[ballot]} (secret until the count)."
                       if ok else f"Not possible: {reason}.")
        self.focus = rid
        self.refresh()

    def vote_next(self, ballot: str) -> None:
        """The keyboard's ballot: on the first item owed in this body, else in any body."""
        p = self.player
        st = self.ctl.state
        owed = st.ballots_owed(p) if (p and st.phase == "voting") else []
        if not owed:
            return
        org, _, body = (self.body or "").partition(".")
        here = [rid for rid in owed if (st.resolutions[rid].org, st.resolutions[rid].body)
                == (org, body)]
        rid = (here or owed)[0]
        r = st.resolutions[rid]
        self.body = f"{r.org}.{r.body}"
        self.vote(rid, ballot)

    def refresh(self) -> None:
        """Rebuild from the state, keeping the column's scroll position."""
        bar = getattr(getattr(self, "scroll", None), "vert_scroll_bar", None)
        at = bar.start_percentage if bar is not None else 0.0
        self.rebuild()
        bar = getattr(getattr(self, "scroll", None), "vert_scroll_bar", None)
        if bar is not None and at:
            bar.set_scroll_from_start_percentage(at)
            self.manager.update(0.0)
        self.app.invalidate()

    def reveal(self, widget) -> None:
        """Scroll the right-hand column so that ``widget`` is in view."""
        box = getattr(self, "scroll", None)
        bar = getattr(box, "vert_scroll_bar", None)
        if box is None or bar is None:
            return
        inner = box.get_container()
        total = max(1, inner.rect.h)
        rel = widget.get_relative_rect().y
        view = box.rect.h
        if total <= view:
            return
        bar.set_scroll_from_start_percentage(max(0.0, min(1.0, (rel - view / 3) / total)))
        self.manager.update(0.0)

    def show_body(self, target: str) -> None:
        self.body = target
        self.focus = None
        self.rebuild()

    def cycle_body(self, step: int) -> None:
        bodies = self.bodies()
        if not bodies:
            return
        i = bodies.index(self.body) if self.body in bodies else 0
        self.show_body(bodies[(i + step) % len(bodies)])

    def set_focus(self, rid: str) -> None:
        self.focus = rid
        for key, b in self.widgets.items():
            if key.startswith("item "):
                if key == f"item {rid}":
                    b.select()
                else:
                    b.unselect()
        self.app.invalidate()

    # --- loop -------------------------------------------------------------------------------
    def update(self, dt: float) -> bool:
        if self._sig is not None and self._signature() != self._sig:
            self.rebuild()
            return True
        return self.tips.pending()

    def wants_frames(self) -> bool:
        return self.tips.pending()

    # --- drawing ----------------------------------------------------------------------------
    def seats(self):
        """The seats of the body shown, with the focused resolution's ballots as the player
        may see them."""
        st = self.ctl.state
        p = self.player
        org, _, body = self.body.partition(".")
        res = self._res(self.focus) if self.focus else None
        if res is not None and res.status == "tabled":
            res = self.ctl.view(p).resolutions.get(res.id, res)
        perm = permanent_members(st, org, body)
        codes = seated(st, org, body)
        if res is not None and res.status != "tabled":
            codes = codes + [n for n, _ in res.ballots if n not in codes]
        out = []
        for code in codes:
            ballot = res.ballot(code) if res is not None else None
            reason = ""
            if ballot and res.status != "tabled" and code not in self.ctl.humans:
                reason = self.ctl.reason_for(code, res.id)
            out.append(Seat(code=code, name=nation_name(st, code),
                            colour=nation_colour(st.campaign.nation(code)),
                            permanent=code in perm, ballot=ballot,
                            veto=bool(res is not None and code in res.vetoed_by),
                            you=code == p, reason=reason))
        return out, res

    def draw(self, surface: pygame.Surface) -> None:
        t = self.theme
        u = t.u
        surface.fill(t.c("bg"))
        self.tips.clear()
        if self.body is None:
            return
        st = self.ctl.state
        org, _, body = self.body.partition(".")
        pygame.draw.rect(surface, t.c("panel"), self.left, border_radius=u(4))
        pygame.draw.rect(surface, t.c("edge"), self.left, 1, border_radius=u(4))
        bdef = st.campaign.org(org).body(body)
        seats, res = self.seats()
        text(surface, t, body_name(st, self.body), (self.left.x + u(10), self.left.y + u(6)),
             size=16, bold=True, width=self.left.w // 2)
        sub = f"{len(seats)} seats"
        if any(s.permanent for s in seats):
            sub += " · dot above: permanent member"
        r = text(surface, t, sub, (self.left.right - u(10), self.left.y + u(8)), size=12,
                 colour=t.c("text_dim"), align="right", width=self.left.w // 2 - u(20))
        if any(s.permanent for s in seats):
            pygame.draw.circle(surface, t.c("accent"), (r.x - u(7), r.centery), max(2, u(3)))
        layout = "horseshoe" if bdef.seats is not None else "rows"
        rects = draw_seats(surface, t, self._seat_rect(len(seats), layout), seats, layout,
                           tips=self.tips)
        if layout != "horseshoe":
            for seat, r in zip(seats, rects):
                self._mark(surface, seat, r)
        if layout == "horseshoe" and res is not None:
            sr = self._seat_rect(len(seats), layout)
            cx, cy = sr.centerx, int(sr.y + sr.h * 0.52)
            text(surface, t, res.id, (cx, cy - u(10)), size=22, bold=True,
                 colour=t.c("accent"), align="center", valign="center")
            word = STATUS_WORDS.get(res.status, res.status)
            text(surface, t, word, (cx, cy + u(14)), size=13, colour=t.c("text_dim"),
                 align="center", valign="center", width=int(self.chamber.w * 0.5))
        # the focused item: what it is, the tally when counted
        r = self.info
        pygame.draw.line(surface, t.c("edge"), (r.x, r.y), (r.right, r.y))
        y = r.y + u(6)
        if res is None:
            wrapped(surface, t, "No item to show. Items on the agenda and last session's "
                    "results are listed on the right; click one to see its vote here.",
                    (r.x, y, r.w, r.bottom - y), size=13, colour=t.c("text_dim"))
            return
        d = describe(st, res)
        y += wrapped(surface, t, d[0].upper() + d[1:], (r.x, y, r.w, u(40)), size=14,
                     bold=True)
        if res.status == "tabled":
            mine = res.ballot(self.player) if self.player else None
            msg = ("Ballots are secret until the count; all are revealed at once."
                   + (f" Yours: {BALLOT_WORDS[mine]}." if mine else ""))
            wrapped(surface, t, msg, (r.x, y + u(2), r.w, r.bottom - y - u(2)), size=13,
                    colour=t.c("text_dim"))
            return
        draw_tally(surface, t, (r.x, y + u(2), r.w, u(22)), res.tally())
        y += u(28)
        verdict = STATUS_WORDS.get(res.status, res.status)
        if res.vetoed_by:
            verdict += ": veto by " + ", ".join(nation_name(st, n) for n in res.vetoed_by)
        colour = t.c("veto") if res.vetoed_by else t.c("good") if res.status in (
            "adopted", "recommended") else t.c("bad")
        text(surface, t, verdict, (r.x, y), size=14, bold=True, colour=colour, width=r.w)
        y += u(20)
        if res.reason:
            wrapped(surface, t, res.reason, (r.x, y, r.w, max(u(16), r.bottom - y)), size=12,
                    colour=t.c("text_dim"))

    def _seat_rect(self, n: int, layout: str) -> pygame.Rect:
        """The chamber inset so that the horseshoe's seats, their marks and the words under
        them stay inside it at any size and UI scale (seats are drawn around points at 8% /
        12% of the rect's edges, with a radius that depends on the rect)."""
        rect = pygame.Rect(self.chamber)
        if layout != "horseshoe":
            return rect
        u = self.theme.u
        for _ in range(3):
            r = max(u(14), min(u(34), int(min(rect.w, rect.h) * 1.9 / max(8, n))))
            dx = max(0, int(r + u(4) - 0.08 * rect.w))
            top = max(0, int(r + u(8) - 0.12 * rect.h))
            bottom = max(0, int(r + u(18) - 0.08 * rect.h))
            rect = pygame.Rect(self.chamber.x + dx, self.chamber.y + top,
                               self.chamber.w - 2 * dx, self.chamber.h - top - bottom)
        return rect

    def _mark(self, surface, seat: Seat, rect: pygame.Rect) -> None:
        """A shape for a ballot in the assembly rows, where seats are too small for words."""
        if not seat.ballot:
            return
        t = self.theme
        c = t.c("text")
        x0, y0 = rect.topright
        s = max(4, rect.w // 3)
        box = pygame.Rect(x0 - s, y0 - s // 2, s + 2, s + 2)
        pygame.draw.rect(surface, t.c("bg"), box)
        if seat.ballot == "yes":
            pygame.draw.lines(surface, c, False, [(box.x + 1, box.centery),
                                                  (box.centerx, box.bottom - 2),
                                                  (box.right - 1, box.y + 1)], 2)
        elif seat.ballot == "no":
            pygame.draw.line(surface, c, box.topleft, box.bottomright, 2)
            pygame.draw.line(surface, c, box.bottomleft, box.topright, 2)
        elif seat.ballot == "abstain":
            pygame.draw.line(surface, c, (box.x + 1, box.centery), (box.right - 1, box.centery),
                             2)
        else:
            pygame.draw.circle(surface, c, box.center, max(2, s // 2), 1)

    def draw_over(self, surface: pygame.Surface) -> None:
        t = self.theme
        if self.status:
            colour = t.c("bad") if self.status.startswith("Not possible") else t.c("text_dim")
            text(surface, t, self.status, self.status_rect.topleft, size=13, colour=colour,
                 width=self.status_rect.w)
        else:
            hint = "Esc: close · PgUp/PgDn: bodies"
            if self.ctl.state.phase == "voting":
                hint += " · Y / N / B / X: Yes / No / Abstain / Absent on the first item"
            text(surface, t, hint, self.status_rect.topleft, size=12, colour=t.c("text_dim"),
                 width=self.status_rect.w)
        self.tips.draw(surface, t)
