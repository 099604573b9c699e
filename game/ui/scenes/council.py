"""The council chamber: one body of an organisation at a time — its seats (a horseshoe for a
Security Council or League Council, rows for an assembly), and two views of it: this session
(the agenda, ballots, lobbying and drafting) and the last session's results.

What is shown is decided by the chamber's model (``game/ui/council_model.py``), read from the
player's view: this scene lays it out, draws it and takes the player's input. Every change
goes out as an action through ``ctl.submit``; the chamber rebuilds from the state afterwards.
"""

from __future__ import annotations

from functools import partial
from typing import Any

import pygame
from pygame_gui.elements import UIScrollingContainer

from game.ai.forecast import Forecast
from game.engine.actions import Action
from game.engine.orders.organisations import OFFERS
from game.engine.state import Resolution
from game.ui import fonts
from game.ui import keys as K
from game.ui.council_model import (BALLOT_WORDS, BALLOTS, BASIS_TIPS, VERDICT_CLASSES,
                                   CouncilModel, Draft, DraftGroup, SeatShown, title)
from game.ui.describe import KIND_TIPS, KIND_WORDS, action_label, action_tip, body_name
from game.ui.map_modes import nation_colour
from game.ui.scenes.base import Scene, esc
from game.ui.widgets.council import draw_seats, draw_tally
from game.ui.widgets.draw import Tips, text, wrapped

BALLOT_TIPS = {
    "yes": "Vote for the resolution.",
    "no": "Vote against it (from a permanent member of a Security Council: a veto).",
    "abstain": "Abstain: counted as present, neither for nor against (no veto).",
    "absent": "Stay away from this vote: not counted at all.",
}
BALLOT_KEYS = (pygame.K_y, pygame.K_n, pygame.K_b, pygame.K_x)
CERTAINTY_MARKS = {"leaning": "~", "toss-up": "?"}
"""The mark on a forecast seat that could vote otherwise."""


SECRET = " (secret until the count)"
"""Said of the player's ballot in the status line until the count reveals them all."""


class CouncilScene(Scene):
    name = "council"

    def __init__(self, app, ctl, crisis: str | None = None, results: bool = False,
                 body: str | None = None):
        super().__init__(app)
        self.ctl = ctl
        self.crisis = crisis
        self.results = results
        """The view: the last session's results (True) or this session (False)."""
        self.body: str | None = body
        """The body shown, as ``org.body``."""
        self.focus: str | None = None
        """The resolution whose vote the chamber shows (one of the view's items)."""
        self.membership_open = False
        """Whether the drafting list shows every admit / suspend / expel motion."""
        self.status = ""
        self.tips = Tips()
        self.widgets: dict[str, Any] = {}  # pygame_gui elements, by name
        """Buttons by a stable key (tests): 'table <action text>', 'vote R1 yes', 'tab <body>',
        'view session', 'view results', 'membership'."""
        self._sig = None
        self.chamber = pygame.Rect(0, 0, 0, 0)
        self.left = pygame.Rect(0, 0, 0, 0)
        self.drafts: dict[str, Action] = {}
        """The draft (a table order) behind each drafting button, by the button's key."""
        self.preview: str | None = None
        """The key of the draft under the mouse: the chamber shows its forecast."""
        self._model: CouncilModel | None = None
        self.offer = "none"
        """What the player's lobbying offers (a key of ``OFFERS``): the Press buttons use it."""

    # --- what to show ---------------------------------------------------------------------
    @property
    def player(self) -> str | None:
        return self.ctl.player()

    @property
    def model(self) -> CouncilModel:
        """The chamber's model of the player's view now, made again when the view changes
        (a new state, or another seat at the screen)."""
        v = self.ctl.view()
        if self._model is None or self._model.view is not v:
            self._model = CouncilModel(v, self.ctl.humans, self.ctl.reason_for,
                                       self.ctl.session.difficulty)
        return self._model

    def agenda(self) -> list:
        """This session: the items tabled in the body shown."""
        return self.model.agenda(self.body or "")

    def decided(self) -> list:
        """The last session's results in the body shown, a veto first."""
        return self.model.decided(self.body or "")

    def _signature(self):
        s, v = self.ctl.session, self.ctl.view()
        return (len(s.chronicle), v.turn, v.phase, len(s.log))

    def _follow(self, sig) -> None:
        """Keep the view with the game: a ballot opening shows this session, a count (a new
        turn) its results; ``build`` then falls back to this session where nothing was
        decided."""
        if self._sig is not None:
            if sig[2] == "voting" and self._sig[2] != "voting":
                self.results = False
            elif sig[1] != self._sig[1]:
                self.results = True
                # the count has come: the ballot line stays, the debate's news is past
                self.status = self.status.replace(SECRET, "") if SECRET in self.status else ""
            if self._sig[2] == "orders" and sig[2] != "orders":
                self.status = ""  # the orders are carried out: "goes on the agenda" is past
        self._sig = sig

    # --- building ---------------------------------------------------------------------------
    def build(self) -> None:
        t = self.theme
        u = t.u
        W, H = self.app.screen.get_size()
        st = self.ctl.view()
        self._follow(self._signature())
        if self.results:
            self.ctl.results_shown = st.turn
        self.widgets = {}
        self.drafts = {}
        model = self.model
        bodies = model.bodies()
        if self.body not in bodies:
            self.body = model.default_body(self.crisis, self.results)
        org = (self.body or "").partition(".")[0]
        if self.results and not self.decided():
            self.results = False
        shown = self.decided() if self.results else self.agenda()
        if self.focus not in {r.id for r in shown}:
            self.focus = model.default_focus(self.body or "", self.results)

        pad = u(12)
        self.pad = pad
        # title and close
        close_w = u(96)
        self.widgets["close"] = self.button((W - pad - close_w, pad, close_w, u(32)), "Close",
                                            self.close, tooltip="Back to the map",
                                            key=None)
        self.widgets["close"].set_tooltip("Back to the map<br><i>Shortcut: Esc</i>")
        heading = "Council chamber"
        if self.body:
            heading += f" — {body_name(st, self.body)} ({st.campaign.org(org).name})"
        self.label((pad, pad, W - 3 * pad - close_w, u(32)), heading, cls="@heading")
        # body tabs
        y = pad + u(38)
        tab_h = u(30)
        if bodies:
            avail = W - 2 * pad
            gap = u(4)
            f = t.font(15)
            counts = {b: model.items_tabled(b) for b in bodies}
            widths = [max(u(90), f.size(body_name(st, b) + (f" ({counts[b]})" if counts[b]
                                                              else ""))[0] + u(30))
                      for b in bodies]
            if sum(widths) + gap * (len(widths) - 1) > avail:
                each = (avail - gap * (len(widths) - 1)) // len(widths)
                widths = [each] * len(widths)
            x = pad
            for b, w in zip(bodies, widths):
                name = body_name(st, b)
                items = counts[b]
                label = name + (f" ({items})" if items else "")
                label = fonts.elide(label, f, w - u(14))
                tip = f"{esc(name)} — {esc(st.campaign.org(b.split('.')[0]).name)}"
                if items:
                    tip += f"<br>{items} item(s) on the agenda"
                tip += "<br><i>Shortcut: PgUp / PgDn for the previous / next body</i>"
                btn = self.button((x, y, w, tab_h), label, partial(self.show_body, b),
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
        info_h = min(u(125), self.left.h // 3)
        self.chamber = pygame.Rect(self.left.x + u(8), self.left.y + u(30),
                                   self.left.w - u(16), self.left.h - u(38) - info_h)
        self.info = pygame.Rect(self.left.x + u(10), self.chamber.bottom + u(4),
                                self.left.w - u(20), info_h - u(4))
        if self.body is None:
            self.label((self.right.x, self.right.y, self.right.w, u(24)),
                       "You sit in no body of any organisation.", cls="@dim")
            return
        self._build_views()
        self._build_column(self.body)

    def _build_views(self) -> None:
        """The two views of the body, as tabs over the right-hand column: this session and
        the last session's results (R switches)."""
        u = self.theme.u
        r = self.right
        gap = u(4)
        half = (r.w - gap) // 2
        n_agenda, n_done = len(self.agenda()), len(self.decided())
        views = (
            (False, f"This session ({n_agenda})" if n_agenda else "This session",
             "The agenda, your ballots and drafting."),
            (True, f"Last session's results ({n_done})" if n_done else "Last session's results",
             "How the last session voted, seat by seat, with each member's reasons."
             if n_done else "Nothing was decided here in the last session."),
        )
        f = self.theme.font(15)
        for i, (results, label, tip) in enumerate(views):
            tip = esc(tip) + "<br><i>Shortcut: R switches the view</i>"
            btn = self.button((r.x + i * (half + gap), r.y, half, u(30)),
                              fonts.elide(label, f, half - u(14)),
                              partial(self.show_view, results), cls="@tab",
                              tooltip=tip, enabled=not results or n_done > 0)
            if results == self.results:
                btn.select()
            self.widgets["view results" if results else "view session"] = btn
        if n_done:
            self.key(pygame.K_r, "Switch between this session and the last results",
                     lambda: self.show_view(not self.results))
        self.column = pygame.Rect(r.x, r.y + u(36), r.w, r.h - u(36))

    def rebuild(self) -> None:
        super().rebuild()
        if self.manager is not None:
            self.manager.update(0.0)  # lay the new widgets out before the next frame draws

    def _res(self, rid: str | None) -> Resolution | None:
        return self.ctl.view().resolution(rid) if rid else None

    def _build_column(self, target: str) -> None:
        u = self.theme.u
        box = UIScrollingContainer(self.column, manager=self.manager, allow_scroll_x=False)
        self.scroll = box
        inner = box.get_container()
        w = self.column.w - u(22)
        if self.model.owed():  # Y / N / B / X: the next item owed (this body's first)
            for i, b in enumerate(BALLOTS):
                self.key(BALLOT_KEYS[i], f"Vote {BALLOT_WORDS[b]} on the next item",
                         partial(self.vote_next, b))
        y = (self._results_column(inner, w) if self.results
             else self._session_column(inner, target, w))
        box.set_scrollable_area_dimensions((w, max(y + u(10), 1)))

    def _note(self, inner, s: str, y: int, w: int, cls: str = "@dim", indent: int = 0) -> int:
        """Wrapped lines (dim by default); returns the y under them. Only @dim has the small
        font: other classes wrap at the labels' own size, or their lines come out elided."""
        u = self.theme.u
        for line in self._wrap(s, w - indent, 13 if cls == "@dim" else 15):
            self.label((indent, y, w - indent, u(20)), line, container=inner, cls=cls)
            y += u(19)
        return y

    def _heading(self, inner, s: str, y: int, w: int) -> int:
        u = self.theme.u
        self.label((0, y, w, u(26)), s, container=inner, cls="@subheading")
        return y + u(28)

    def _session_column(self, inner, target: str, w: int) -> int:
        """The agenda with a ballot row per item, lobbying, then drafting. While a ballot is
        open every item keeps the same height whether its ballot is cast or not, so casting
        one never moves the buttons of the next."""
        model = self.model
        u = self.theme.u
        items = model.items(target, self.offer)
        y = 0
        voting = model.view.phase == "voting"
        note = model.voting_note(target)
        if note:
            y = self._note(inner, note, y, w, cls="@warn") + u(4)
        if model.view.phase == "debate" and items:
            y = self._debate_note(inner, y, w)
        y = self._heading(inner, f"Agenda ({len(items)})", y, w)
        if not items:
            y = self._note(inner, "Nothing is on this body's agenda.", y, w)
        first_owed = True
        for item in items:
            y = self._item_header(inner, item.res, item.title, y, w)
            y = self._note(inner, item.sponsors, y, w, indent=u(8))
            if item.forecast is not None:
                y = self._forecast_line(inner, item.res.id, item.forecast, y, w)
            if item.answers:
                y = self._note(inner, item.answers, y, w, indent=u(8))
            if voting:
                y = self._ballot_row(inner, item, first_owed, y, w)
                first_owed = first_owed and not item.owed
            if item.lobby:
                y = self._lobby_row(inner, item, y, w)
            y += u(8)
        drafting = model.drafting(target, self.crisis)
        if drafting is not None:
            y = self._heading(inner, "Drafting: table a resolution", y + u(4), w)
            if drafting.queued:
                queued = "; ".join(action_label(model.view, a) for a in drafting.queued)
                y = self._note(inner, f"Tabled this turn: {queued}. It goes on the agenda when "
                               "the turn's orders are carried out, once every nation has ended "
                               "the turn.", y, w, cls="@warn")
            y = self._note(inner, drafting.note, y, w)
            for group in drafting.groups:
                y = self._draft_group(inner, group, y, w)
            if drafting.membership:
                y = self._membership(inner, drafting, y, w)
        return y

    def _debate_note(self, inner, y: int, w: int) -> int:
        """The debate before the vote: what the player may do, what its lobbying offers, and
        the way on."""
        u = self.theme.u
        y = self._note(inner, self.model.debate_note(), y, w, cls="@warn") + u(6)
        if self.model.may_debate():
            btn = self.button((u(8), y, min(w - u(8), u(220)), u(30)), "End the debate",
                              self.end_debate, container=inner, cls="@primary",
                              tooltip="Your lobbying is done: the bodies vote when every "
                                      "member has ended the debate.", key=K.END_TURN)
            self.widgets["end debate"] = btn
            y = self._offer_row(inner, y + u(36), w)
        return y + u(4)

    def _offer_row(self, inner, y: int, w: int) -> int:
        """The offer the Press buttons make: nothing, aid, support or a concession, each
        with its price in the tooltip (O cycles them)."""
        u = self.theme.u
        self.label((u(8), y, u(64), u(26)), "Offer:", container=inner, cls="@dim")
        x, bw = u(72), max(u(60), (w - u(72)) // len(OFFERS) - u(4))
        for offer, sweetener in OFFERS.items():
            if x + bw > w:
                x, y = u(72), y + u(30)
            tip = (f"Lobby offering {esc(sweetener.word)}: "
                   + ("plain pressure, the likeliest to be refused." if offer == "none" else
                      f"a yes is likelier (+{sweetener.chance} in 100) and weighs more. "
                      f"Price: {esc(sweetener.price)}.")
                   + "<br><i>Shortcut: O cycles the offer</i>")
            btn = self.button((x, y, bw, u(26)), sweetener.word.removeprefix("a ").capitalize(),
                              partial(self.set_offer, offer), container=inner, cls="@tab",
                              tooltip=tip)
            if offer == self.offer:
                btn.select()
            self.widgets[f"offer {offer}"] = btn
            x += bw + u(4)
        self.key(pygame.K_o, "Cycle the offer made with your lobbying", self.cycle_offer)
        return y + u(32)

    def set_offer(self, offer: str) -> None:
        self.offer = offer
        self.status = f"Your lobbying offers {OFFERS[offer].word}."
        self.refresh()

    def cycle_offer(self) -> None:
        offers = list(OFFERS)
        self.set_offer(offers[(offers.index(self.offer) + 1) % len(offers)])

    def end_debate(self) -> None:
        p = self.player
        if p is None:
            return
        ok, reason = self.ctl.submit(f"{p} end")
        self.status = ("You have ended the debate: the vote follows." if ok
                       else f"Not possible: {reason}.")

    def _ballot_row(self, inner, item, first: bool, y: int, w: int) -> int:
        """One row of the same height whatever it holds: the four ballot buttons while the
        player owes a ballot, else the ballot cast (or why there is none)."""
        u = self.theme.u
        rid = item.res.id
        row = pygame.Rect(u(8), y, w - u(8), u(30))
        if item.owed:
            bw = (row.w - 3 * u(6)) // 4
            for i, b in enumerate(BALLOTS):
                tip = f"{BALLOT_TIPS[b]} ({rid})"
                if first:
                    tip += f"<br><i>Shortcut: {pygame.key.name(BALLOT_KEYS[i]).upper()}</i>"
                btn = self.button((row.x + i * (bw + u(6)), y, bw, row.h), BALLOT_WORDS[b],
                                  partial(self.vote, rid, b), container=inner,
                                  cls="@primary" if b == "yes" else None, tooltip=tip)
                self.widgets[f"vote {rid} {b}"] = btn
            return y + u(36)
        msg, cls = item.ballot_note
        self.widgets[f"ballot {rid}"] = self.label(row, msg, container=inner, cls=f"@{cls}")
        return y + u(36)

    def _results_column(self, inner, w: int) -> int:
        done = self.decided()
        y = self._heading(inner, f"Last session's results ({len(done)})", 0, w)
        if self.agenda() or self.model.view.phase == "voting":
            y = self._note(inner, "This session's agenda and ballots are under 'This "
                           "session' (R).", y, w)
        for r in done:
            y = self._result(inner, self.model.result(r), y, w)
        return y

    def _wrap(self, s: str, width: int, size: float = 13) -> list[str]:
        return fonts.wrap(s, self.theme.font(size), max(10, width - self.theme.u(8))) or [""]

    def _item_header(self, inner, r, label: str, y: int, w: int) -> int:
        u = self.theme.u
        tip = esc(label) + "<br>" + esc(KIND_TIPS.get(r.kind, ""))
        tip += "<br><i>Click to show its vote in the chamber</i>"
        btn = self.button((0, y, w, u(28)), label, partial(self.set_focus, r.id),
                          container=inner, cls="@list_row", tooltip=tip)
        self._fit(btn, label, w)
        if r.id == self.focus:
            btn.select()
        self.widgets[f"item {r.id}"] = btn
        return y + u(31)

    def _lobby_row(self, inner, item, y: int, w: int) -> int:
        """A Press button per seat, making the offer chosen above."""
        st = self.model.view
        u = self.theme.u
        self.label((u(8), y, u(64), u(26)), "Press:", container=inner, cls="@dim")
        x = u(72)
        bw = u(58)
        for a, why in item.lobby:
            code = a.args[0]
            if x + bw > w:
                x = u(72)
                y += u(30)
            tip = (f"Lobby {esc(self.model.names([code]))} to vote for {item.res.id}. "
                   + esc(action_tip(st, a, why)))
            btn = self.button((x, y, bw, u(26)), code, partial(self.do, a), container=inner,
                              cls="@action", tooltip=tip, enabled=why is None)
            self.widgets[f"lobby {code} {item.res.id}"] = btn
            x += bw + u(4)
        return y + u(30)

    def _result(self, inner, result, y: int, w: int) -> int:
        st = self.model.view
        u = self.theme.u
        r = result.res
        y = self._item_header(inner, r, result.title, y, w)
        for ln in self._wrap(result.verdict, w - u(8), 14):
            self.label((u(8), y, w - u(8), u(20)), ln, container=inner, cls=f"@{result.cls}")
            y += u(20)
        if self.model.explanation(r):
            for ln in self._wrap(self.model.explanation(r), w - u(8)):
                self.label((u(8), y, w - u(8), u(20)), ln, container=inner, cls="@dim")
                y += u(19)
        for row in result.rows:  # seat by seat, with each AI member's reasons
            veto = " (veto)" if row.veto else ""
            tip = f"{esc(row.name)}: {BALLOT_WORDS[row.ballot]}{veto}"
            if row.why:
                tip += f"<br>Reasons: {esc(row.why)}"
            self.label((u(16), y, w - u(16), u(20)), row.text, container=inner, cls="@small",
                       tooltip=tip)
            y += u(20)
        if r.status == "vetoed":  # Uniting for Peace after a veto
            y += u(4)
            if result.ufp_note:
                for ln in self._wrap(result.ufp_note, w - u(8)):
                    self.label((u(8), y, w - u(8), u(20)), ln, container=inner, cls="@dim")
                    y += u(19)
            for a, why in result.uniting_for_peace:
                if a.verb == "emergency":
                    label = f"Uniting for Peace: emergency Assembly session on {r.id}"
                else:
                    label = f"Move to refer {r.id} to an emergency Assembly session"
                btn = self.button((u(8), y, w - u(8), u(32)), label, partial(self.do, a),
                                  container=inner, cls="@primary",
                                  tooltip=esc(action_tip(st, a, why)), enabled=why is None)
                self._fit(btn, label, w - u(8))
                self.widgets[f"{a.verb} {r.id}"] = btn
                y += u(36)
                if why:  # a greyed-out button says why where it stands, not only in its tooltip
                    for ln in self._wrap(why, w - u(8)):
                        self.label((u(8), y, w - u(8), u(20)), ln, container=inner, cls="@dim")
                        y += u(19)
        return y + u(10)

    def _draft_group(self, inner, group: DraftGroup, y: int, w: int) -> int:
        """A group of drafts under its heading: Uniting for Peace, the measures in force, or
        a crisis with who is who in it."""
        u = self.theme.u
        self.label((0, y + u(4), w, u(28)), group.heading, container=inner, cls="@heading")
        y += u(34)
        if group.note:
            y = self._note(inner, group.note, y, w, indent=u(8)) + u(2)
        return self._grid(inner, group.drafts, y, w, group.max_cols)

    def _membership(self, inner, drafting, y: int, w: int) -> int:
        """Membership questions no crisis calls for wait behind one entry that opens them."""
        u = self.theme.u
        y += u(4)
        shown = self.membership_open
        n = drafting.membership_count
        kinds = ", ".join(k for k, _ in drafting.membership)
        label = (f"Hide the membership questions ({n})" if shown else
                 f"Membership questions: {kinds} ({n}) — show")
        tip = ("Motions to admit, suspend or expel a member that no crisis calls for. "
               "Expelling or suspending an aggressor is listed under its crisis.")
        btn = self.button((0, y, w, u(30)), label, self.toggle_membership, container=inner,
                          cls="@list_row", tooltip=tip)
        if shown:
            btn.select()
        self.widgets["membership"] = btn
        y += u(36)
        if shown:
            for kind, drafts in drafting.membership:
                self.label((u(8), y, w - u(8), u(20)), KIND_WORDS[kind], container=inner,
                           cls="@dim")
                y = self._grid(inner, drafts, y + u(21), w, max_cols=3)
        return y

    def _grid(self, inner, drafts: tuple[Draft, ...], y: int, w: int, max_cols: int) -> int:
        """Draft buttons in as many columns (up to ``max_cols``) as let every label show in
        full; a label too long even for one column is elided, its full text in the tooltip."""
        st = self.model.view
        u = self.theme.u
        gap = u(6)
        f = self.theme.font(14)
        widest = max(f.size(d.label)[0] for d in drafts) + u(20)
        avail = w - u(8)
        cols = max(1, min(max_cols, len(drafts), (avail + gap) // (widest + gap)))
        bw = (avail - gap * (cols - 1)) // cols
        for i, d in enumerate(drafts):
            x = u(8) + (i % cols) * (bw + gap)
            top = y + (i // cols) * u(34)
            tip = f"<b>{esc(d.full)}</b><br>{esc(action_tip(st, d.action, d.why))}"
            if d.basis:
                tip += f"<br><i>{esc(BASIS_TIPS[d.basis])}</i>"
            tip += "<br><i>Its forecast shows in the chamber while the mouse is on it.</i>"
            btn = self.button((x, top, bw, u(30)), d.label, partial(self.do, d.action),
                              container=inner, cls="@action", tooltip=tip,
                              enabled=d.why is None)
            self._fit(btn, d.label, bw)
            self.widgets[d.key] = btn
            self.drafts[d.key] = d.action
        return y + ((len(drafts) + cols - 1) // cols) * u(34) + u(4)

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
        self.status = (self._ordered_text(action) if ok else f"Not possible: {reason}.")
        self.refresh()

    def _ordered_text(self, action) -> str:
        """What the player just did, and when it takes effect: orders are carried out together
        when every nation has ended the phase."""
        label = action_label(self.ctl.view(), action)
        if action.verb == "table":
            return (f"Tabled: {label}. It goes on the agenda when the turn's orders are "
                    "carried out.")
        if action.verb == "lobby":
            return f"Lobbying: {label}. It is carried out when the debate ends."
        return f"Ordered: {label}. It takes effect when the turn's orders are carried out."

    def toggle_membership(self) -> None:
        self.membership_open = not self.membership_open
        self.refresh()

    def show_view(self, results: bool) -> None:
        """Switch between this session and the last session's results."""
        if results == self.results or (results and not self.decided()):
            return
        self.results = results
        self.focus = None
        self.rebuild()

    def vote(self, rid: str, ballot: str) -> None:
        p = self.player
        if p is None:
            return
        ok, reason = self.ctl.submit(f"{p} vote {rid} {ballot}")
        self.status = (f"Your ballot on {rid}: {BALLOT_WORDS[ballot]}{SECRET}."
                       if ok else f"Not possible: {reason}.")
        owed = [r.id for r in self.agenda() if ok and r.id in self.model.owed()]
        self.focus = owed[0] if owed else rid  # the ring moves on to the next item to vote
        self.results = False  # a ballot cast (by key from the results, too) shows the session
        self.refresh()

    def vote_next(self, ballot: str) -> None:
        """The keyboard's ballot: on the first item owed in this body, else in any body."""
        r = self.model.next_owed(self.body or "")
        if r is not None:
            self.body = f"{r.org}.{r.body}"
            self.vote(r.id, ballot)

    def refresh(self) -> None:
        """Rebuild from the state, keeping the column's scroll position."""
        bar = getattr(getattr(self, "scroll", None), "vert_scroll_bar", None)
        at = bar.start_percentage if bar is not None else 0.0
        self.rebuild()
        bar = getattr(getattr(self, "scroll", None), "vert_scroll_bar", None)
        if bar is not None and at:
            bar.set_scroll_from_start_percentage(at)
            self.ui.update(0.0)
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
        self.ui.update(0.0)

    def show_body(self, target: str) -> None:
        self.body = target
        self.focus = None
        self.rebuild()

    def cycle_body(self, step: int) -> None:
        bodies = self.model.bodies()
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
        if self._members_busy():
            self.ctl.step_ai(0.008)
        if self._sig is not None and self._signature() != self._sig:
            self.rebuild()
            return True
        hovered = next((k for k in self.drafts
                        if getattr(self.widgets.get(k), "hovered", False)), None)
        if hovered is None and self.left.collidepoint(pygame.mouse.get_pos()):
            hovered = self.preview  # the mouse went to the chamber to read the seats
        if hovered != self.preview:
            self.preview = hovered
            return True
        return self.tips.pending()

    def _members_busy(self) -> bool:
        """The other members debate and vote while the player waits here (their orders wait
        for the main screen, so the drafting list holds still while it is read)."""
        return self.ctl.view().phase in ("debate", "voting") and self.ctl.ai_busy()

    def wants_frames(self) -> bool:
        return self._members_busy() or self.tips.pending()

    # --- drawing ----------------------------------------------------------------------------
    def seats(self) -> tuple[list[SeatShown], Resolution | None]:
        """The seats of the body with the ballots of the resolution the ring shows (the
        model's ``seats``)."""
        res = self._res(self.focus)
        return self.model.seats(self.body or "", res), res

    def _colour(self, code: str) -> pygame.Color:
        """A seat's nation's colour on the map."""
        return nation_colour(self.ctl.view().campaign.nation(code))

    def draw(self, surface: pygame.Surface) -> None:
        t = self.theme
        u = t.u
        surface.fill(t.c("bg"))
        self.tips.clear()
        if self.body is None:
            return
        st = self.ctl.view()
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
        shown = self.shown_forecast()
        if shown is not None:
            self._draw_forecast(surface, layout, *shown)
            return
        rects = draw_seats(surface, t, self._seat_rect(len(seats), layout), seats, self._colour,
                           layout, tips=self.tips)
        if layout != "horseshoe":
            for seat, r in zip(seats, rects):
                self._mark(surface, seat, r)
        if layout == "horseshoe" and res is not None:
            sr = self._seat_rect(len(seats), layout)
            cx, cy = sr.centerx, int(sr.y + sr.h * 0.52)
            if res.status != "tabled":
                text(surface, t, "Last session", (cx, cy - u(34)), size=12,
                     colour=t.c("text_dim"), align="center", valign="center",
                     width=int(self.chamber.w * 0.5))
            text(surface, t, res.id, (cx, cy - u(10)), size=22, bold=True,
                 colour=t.c("accent"), align="center", valign="center")
            text(surface, t, self.model.ring_status(res), (cx, cy + u(14)), size=13,
                 colour=t.c("text_dim"), align="center", valign="center",
                 width=int(self.chamber.w * 0.5))
        # the focused item: what it is, the tally when counted
        r = self.info
        pygame.draw.line(surface, t.c("edge"), (r.x, r.y), (r.right, r.y))
        y = r.y + u(6)
        if res is None:
            msg = self.model.empty_floor(bool(self.drafts), bool(self.decided()))
            wrapped(surface, t, msg,
                    (r.x, y, r.w, r.bottom - y), size=13, colour=t.c("text_dim"))
            return
        y += wrapped(surface, t, title(st, res), (r.x, y, r.w, u(40)), size=14, bold=True)
        if res.status == "tabled":
            wrapped(surface, t, self.model.open_ballot_note(res),
                    (r.x, y + u(2), r.w, r.bottom - y - u(2)), size=13, colour=t.c("text_dim"))
            return
        draw_tally(surface, t, (r.x, y + u(2), r.w, u(22)), self.model.tally(res))
        y += u(28)
        verdict, cls = self.model.outcome(res)
        text(surface, t, verdict, (r.x, y), size=14, bold=True, colour=t.c(cls), width=r.w)
        y += u(20)
        if self.model.explanation(res):
            wrapped(surface, t, self.model.explanation(res), (r.x, y, r.w, max(u(16), r.bottom - y)), size=12,
                    colour=t.c("text_dim"))

    # --- the forecast ------------------------------------------------------------------------
    def shown_forecast(self) -> tuple[Forecast, str] | None:
        """The forecast the chamber shows, with its title: the draft under the mouse, else the
        item in the ring while it is on the agenda (before the count). None for an observer
        and for the last session's results."""
        if self.player is None or self.body is None:
            return None
        if self.preview in self.drafts and self.model.view.phase == "orders":
            return self.model.draft_forecast(self.body, self.drafts[self.preview])
        return None if self.results else self.model.item_forecast(self._res(self.focus))

    def _forecast_line(self, inner, rid: str, f: Forecast, y: int, w: int) -> int:
        """One line under an agenda item: its forecast (the chamber shows it seat by seat)."""
        u = self.theme.u
        line, cls = self.model.forecast_line(f)
        tip = (esc(self.model.verdict_text(f))
               + "".join(f"<br>{esc(t)}" for t, _ in self.model.veto_lines(f))
               + "<br><i>From what you know: the members' interests, not their secret "
                 "lobbying or their mood on the day. Click the item to see it seat by seat.</i>")
        label = self.label((u(8), y, w - u(8), u(20)),
                           fonts.elide(line, self.theme.font(13), w - u(16)),
                           container=inner, cls=f"@{cls}", tooltip=tip)
        self.widgets[f"forecast {rid}"] = label
        return y + u(21)

    def _draw_forecast(self, surface, layout: str, f: Forecast, heading: str) -> None:
        """The forecast in the chamber: each seat in its likely ballot's colour with a mark
        where it could vote otherwise, then the verdict, the tally and the veto warnings."""
        t = self.theme
        u = t.u
        model = self.model
        seats = model.forecast_seats(f)
        rect = self._seat_rect(len(seats), layout)
        rects = draw_seats(surface, t, rect, seats, self._colour, layout)
        for x, seat, r in zip(f.seats, seats, rects):
            self.tips.add(r, model.seat_tip(x, f))
            if layout != "horseshoe":
                self._mark(surface, seat, r)
            mark = CERTAINTY_MARKS.get(x.certainty)
            if mark:
                s = max(u(6), r.w // 4)
                badge = (r.x + s // 3, r.y + s // 3)
                pygame.draw.circle(surface, t.c("panel"), badge, s)
                pygame.draw.circle(surface, t.c("warn"), badge, s, 1)
                text(surface, t, mark, badge, size=max(11, min(15, s / t.scale * 1.2)), bold=True,
                     colour=t.c("warn"), align="center", valign="center")
        colour = t.c(VERDICT_CLASSES[f.verdict])
        if layout == "horseshoe" and rect.h >= u(240):  # a small chamber has no room inside
            cx, cy = rect.centerx, int(rect.y + rect.h * 0.52)
            text(surface, t, "Forecast", (cx, cy - u(22)), size=13, colour=t.c("text_dim"),
                 align="center", valign="center")
            text(surface, t, f.verdict[0].upper() + f.verdict[1:], (cx, cy), size=16,
                 bold=True, colour=colour, align="center", valign="center",
                 width=int(self.chamber.w * 0.5))
        r = self.info
        pygame.draw.line(surface, t.c("edge"), (r.x, r.y), (r.right, r.y))
        y = r.y + u(6)
        y += wrapped(surface, t, heading, (r.x, y, r.w, u(38)), size=14, bold=True)
        y += wrapped(surface, t, "Forecast: " + model.verdict_text(f), (r.x, y, r.w, u(44)),
                     size=13, bold=True, colour=colour)
        mine = model.own_forecast_note(f)
        if mine:
            y += wrapped(surface, t, mine, (r.x, y, r.w, u(20)), size=12,
                         colour=t.c("text_dim"))
        for line, cls in model.veto_lines(f):
            y += wrapped(surface, t, line, (r.x, y, r.w, u(34)), size=13, bold=True,
                         colour=t.c(cls))
        if y < r.bottom - u(14):
            wrapped(surface, t, "From what you know; ~ leaning, ? toss-up. Hover a seat for "
                    "why.", (r.x, y, r.w, r.bottom - y), size=12, colour=t.c("text_dim"))

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

    def _mark(self, surface, seat: SeatShown, rect: pygame.Rect) -> None:
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
            if self.decided():
                hint += " · R: this session / last results"
            if "end debate" in self.widgets:
                hint += " · E: end the debate · O: the offer"
            if self.ctl.view().phase == "voting":
                hint += " · Y / N / B / X: Yes / No / Abstain / Absent on the first item"
            text(surface, t, hint, self.status_rect.topleft, size=12, colour=t.c("text_dim"),
                 width=self.status_rect.w)
        self.tips.draw(surface, t)
