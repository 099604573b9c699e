"""The council chamber: one body of an organisation at a time — its seats (a horseshoe for a
Security Council or League Council, rows for an assembly), and two views of it: this session
(the agenda, ballots, lobbying and drafting) and the last session's results.

Everything shown is read from the state as the player may see it (``ctl.view``): nobody's
ballot but the player's own is shown before the count, and the seat ring shows only the view
chosen — an open ballot never shows the last session's votes. Every change goes out as an
action through ``ctl.submit``; the chamber rebuilds from the state afterwards.
"""

from __future__ import annotations

import pygame
from pygame_gui.elements import UIScrollingContainer

from game.ai.forecast import Forecast, SeatForecast, draft_of, forecast
from game.engine import parse_action
from game.engine.bodies import is_absent, permanent_members, seated
from game.engine.legal import options
from game.engine.orders import ORDERS, describe
from game.engine.orders.organisations import OFFERS, offer_of
from game.ui import fonts
from game.ui.describe import (KIND_TIPS, KIND_WORDS, action_label, action_tip, body_name,
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
CERTAINTY_MARKS = {"leaning": "~", "toss-up": "?"}
"""The mark on a forecast seat that could vote otherwise."""
CERTAINTY_WORDS = {"sure": "sure", "leaning": "leaning", "toss-up": "a toss-up",
                   "yours": "your choice", "cast": "your ballot", "away": "stays away"}
VERDICT_CLASSES = {"likely adopted": "good", "likely fails": "bad", "too close to call": "warn"}
STATUS_WORDS = {"tabled": "On the agenda", "adopted": "Adopted", "failed": "Failed",
                "vetoed": "Vetoed", "recommended": "Recommended"}
MEMBERSHIP_KINDS = ("admit", "suspend", "expel")
MANDATE_WORDS = {"observe": "Observer mission", "interpose": "Peacekeepers to interpose",
                 "protect": "Peacekeepers to protect civilians"}
CHAPTER_VI = "Ch. VI"
CHAPTER_VII = "Ch. VII"
BASIS_TIPS = {
    "Art. 11": "Covenant Article 11 (any war or threat of war): the parties vote like every "
               "member, so either can block the Council.",
    "Art. 15": "Covenant Article 15 (a dispute submitted to the Council): the parties' votes "
               "are not counted.",
    CHAPTER_VI: "Charter Chapter VI: pacific settlement of disputes.",
    CHAPTER_VII: "Charter Chapter VII: action on threats to the peace, breaches of the peace "
                 "and acts of aggression.",
}


def legal_basis(state, bdef, kind: str, subject: str, params: dict) -> str:
    """The article or chapter a crisis draft is tabled under, where the body has one: the
    League Council's Article 11 or 15 (it decides whether the parties' votes count), the
    Security Council's Chapter VI or VII."""
    crisis = state.crises.get(subject)
    if crisis is None:
        return ""
    if bdef.rule == "unanimity":
        return f"Art. {int(params.get('article') or crisis.article)}"
    if bdef.rule == "security_council":
        if kind == "inquiry" or params.get("mandate") in ("observe", "interpose"):
            return CHAPTER_VI
        return CHAPTER_VII
    return ""


def draft_label(state, bdef, action) -> str:
    """A draft's button text, short enough for a grid under its crisis's heading: the measure,
    whom it targets, and its article or chapter ('Condemn Sweden · Art. 15')."""
    kind, subject, params = action.args[1], action.args[2], action.params()
    crisis = state.crises.get(subject)
    target = nation_name(state, crisis.aggressor if crisis else subject)
    words = {
        "condemn": f"Condemn {target}",
        "inquiry": "Commission of inquiry",
        "ceasefire": "Call for a ceasefire",
        "sanctions": f"{params.get('type', 'economic').capitalize()} sanctions on {target}",
        "peacekeeping": MANDATE_WORDS.get(params.get("mandate", ""), "Peacekeepers"),
        "enforcement": f"Authorise force against {target}",
        "no_fly_zone": f"No-fly zone against {target}",
        "admit": f"Admit {target}", "suspend": f"Suspend {target}", "expel": f"Expel {target}",
    }.get(kind)
    if words is None:
        return resolution_text(state, kind, subject, params)
    basis = legal_basis(state, bdef, kind, subject, params)
    return f"{words} · {basis}" if basis else words


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
        self.widgets: dict[str, object] = {}
        """Buttons by a stable key (tests): 'table <action text>', 'vote R1 yes', 'tab <body>',
        'view session', 'view results', 'membership'."""
        self._sig = None
        self.chamber = pygame.Rect(0, 0, 0, 0)
        self.left = pygame.Rect(0, 0, 0, 0)
        self.drafts: dict[str, object] = {}
        """The draft (a table order) behind each drafting button, by the button's key."""
        self.preview: str | None = None
        """The key of the draft under the mouse: the chamber shows its forecast."""
        self._forecasts: dict[object, Forecast] = {}
        self._forecast_sig: tuple | None = None
        self.offer = "none"
        """What the player's lobbying offers (a key of ``OFFERS``): the Press buttons use it."""

    # --- what to show ---------------------------------------------------------------------
    @property
    def player(self) -> str | None:
        return self.ctl.player()

    def _last_turn(self, st) -> list:
        return [r for r in st.archive if r.turn == st.turn - 1 and r.status != "tabled"]

    def agenda(self) -> list:
        """This session: the items tabled in the body shown."""
        org, _, body = (self.body or "").partition(".")
        return [r for r in self.ctl.view().resolutions.values()
                if r.org == org and r.body == body and r.status == "tabled"]

    def decided(self) -> list:
        """The last session's results in the body shown, a veto first (the session's news)."""
        org, _, body = (self.body or "").partition(".")
        done = [r for r in self._last_turn(self.ctl.view()) if r.org == org and r.body == body]
        return sorted(done, key=lambda r: r.status != "vetoed")

    def bodies(self) -> list[str]:
        """Bodies where the player sits or that have items (on the agenda or just decided)."""
        st = self.ctl.view()
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
        st = self.ctl.view()
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
        """The first result in the results view; else the first item the player owes a ballot
        on, else the first item on the agenda."""
        if self.results:
            done = self.decided()
            return done[0].id if done else None
        st = self.ctl.view()
        p = self.player
        owed = st.ballots_owed(p) if (p and st.phase == "voting") else []
        agenda = self.agenda()
        for r in agenda:
            if r.id in owed:
                return r.id
        return agenda[0].id if agenda else None

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
        self.widgets = {}
        self.drafts = {}
        bodies = self.bodies()
        if self.body not in bodies:
            self.body = self._default_body(bodies)
        org, _, body = (self.body or "").partition(".")
        if self.results and not self.decided():
            self.results = False
        shown = self.decided() if self.results else self.agenda()
        if self.focus not in {r.id for r in shown}:
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
        self._build_views()
        self._build_column()

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
                              lambda results=results: self.show_view(results), cls="@tab",
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

    def _res(self, rid: str):
        return self.ctl.view().resolution(rid)

    def _build_column(self) -> None:
        u = self.theme.u
        st = self.ctl.view()
        p = self.player
        box = UIScrollingContainer(self.column, manager=self.manager, allow_scroll_x=False)
        self.scroll = box
        inner = box.get_container()
        w = self.column.w - u(22)
        opts = options(st, p) if p else []
        owed = set(st.ballots_owed(p)) if (p and st.phase == "voting") else set()
        for i, b in enumerate(BALLOTS):  # Y / N / B / X: the next item owed (this body's first)
            if owed:
                self.key(BALLOT_KEYS[i], f"Vote {BALLOT_WORDS[b]} on the next item",
                         lambda b=b: self.vote_next(b))
        if self.results:
            y = self._results_column(inner, opts, w)
        else:
            y = self._session_column(inner, opts, owed, w)
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

    def _session_column(self, inner, opts, owed: set, w: int) -> int:
        """The agenda with a ballot row per item, lobbying, then drafting. While a ballot is
        open every item keeps the same height whether its ballot is cast or not, so casting
        one never moves the buttons of the next."""
        st = self.ctl.view()
        u = self.theme.u
        p = self.player
        org, _, body = self.body.partition(".")
        agenda = self.agenda()
        y = 0
        voting = st.phase == "voting"
        if voting and agenda:
            elsewhere = len([rid for rid in owed if (st.resolutions[rid].org,
                                                     st.resolutions[rid].body) != (org, body)])
            msg = ("Voting is open: ballots stay secret until the count. Y / N / B / X vote "
                   "on the next item you owe.")
            if elsewhere:
                msg += f" You owe {elsewhere} more in other bodies (see the tabs)."
            y = self._note(inner, msg, y, w, cls="@warn") + u(4)
        if st.phase == "debate" and agenda:
            y = self._debate_note(inner, y, w)
        y = self._heading(inner, f"Agenda ({len(agenda)})", y, w)
        if not agenda:
            y = self._note(inner, "Nothing is on this body's agenda.", y, w)
        first_owed = True
        for r in agenda:
            y = self._item_header(inner, r, y, w)
            cos = (f", with {', '.join(nation_name(st, c) for c in r.cosponsors)}"
                   if r.cosponsors else "")
            y = self._note(inner, f"Tabled by {nation_name(st, r.sponsor)}{cos}. "
                           f"{self._rule_text(r)}", y, w, indent=u(8))
            y = self._forecast_line(inner, r, y, w)
            y = self._answers(inner, r, y, w)
            if voting:
                y = self._ballot_row(inner, r, r.id in owed, first_owed, y, w)
                first_owed = first_owed and r.id not in owed
            lobby = [(a, why) for a, why in opts if a.verb == "lobby" and a.args[1] == r.id]
            if lobby:
                y = self._lobby_row(inner, r, lobby, y, w)
            y += u(8)
        if st.phase == "orders" and p is not None:
            y = self._heading(inner, "Drafting: table a resolution", y + u(4), w)
            queued = self._queued_tablings()
            if queued:
                y = self._note(inner, "Tabled this turn: " + "; ".join(queued) + ". It goes on "
                               "the agenda when the turn's orders are carried out, once every "
                               "nation has ended the turn.", y, w, cls="@warn")
            tablings = [(a, why) for a, why in opts
                        if a.verb == "table" and a.args[0] == self.body]
            if p not in st.waiting_for():
                y = self._note(inner, "Your orders for this turn are done.", y, w)
            elif not tablings:
                y = self._note(inner, "This body can take up nothing you could table now.", y, w)
            else:
                y = self._note(inner, f"Tabling costs {ORDERS['table'].cost} diplomatic capital "
                               f"(you have {st.nations[p].capital}); one item per body a turn. "
                               "Hover a draft for what it does and how the chamber is likely to "
                               "vote.", y, w)
                y = self._drafting(inner, tablings, y, w)
        return y

    def _queued_tablings(self) -> list[str]:
        """The drafts the player has tabled in this body this turn, still waiting for the
        turn's orders to be carried out."""
        st = self.ctl.view()
        out = []
        for text in st.orders:
            a = parse_action(text)
            if a.verb == "table" and a.args[0] == self.body:
                out.append(action_label(st, a))
        return out

    def _debate_note(self, inner, y: int, w: int) -> int:
        """The debate before the vote: what the player may do, what its lobbying offers, and
        the way on."""
        u = self.theme.u
        st, p = self.ctl.view(), self.player
        y = self._note(inner, "The drafts are circulated. Lobby members now (1 diplomatic "
                       "capital each, spent even if they refuse; you learn each answer before "
                       "the vote), then end the debate: the vote follows.", y, w,
                       cls="@warn") + u(6)
        if p is not None and p in st.waiting_for():
            btn = self.button((u(8), y, min(w - u(8), u(220)), u(30)), "End the debate",
                              self.end_debate, container=inner, cls="@primary",
                              tooltip="Your lobbying is done: the bodies vote when every "
                                      "member has ended the debate.")
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
                              lambda o=offer: self.set_offer(o), container=inner, cls="@tab",
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

    def _ballot_row(self, inner, r, owed: bool, first: bool, y: int, w: int) -> int:
        """One row of the same height whatever it holds: the four ballot buttons while the
        player owes a ballot, else the ballot cast (or why there is none)."""
        u = self.theme.u
        p = self.player
        row = pygame.Rect(u(8), y, w - u(8), u(30))
        if owed:
            bw = (row.w - 3 * u(6)) // 4
            for i, b in enumerate(BALLOTS):
                tip = f"{BALLOT_TIPS[b]} ({r.id})"
                if first:
                    tip += f"<br><i>Shortcut: {pygame.key.name(BALLOT_KEYS[i]).upper()}</i>"
                btn = self.button((row.x + i * (bw + u(6)), y, bw, row.h), BALLOT_WORDS[b],
                                  lambda rid=r.id, b=b: self.vote(rid, b), container=inner,
                                  cls="@primary" if b == "yes" else None, tooltip=tip)
                self.widgets[f"vote {r.id} {b}"] = btn
            return y + u(36)
        mine = r.ballot(p) if p else None
        if mine:
            msg, cls = f"Your ballot: {BALLOT_WORDS[mine]} — secret until the count.", "@good"
        elif p is not None and is_absent(self.ctl.view(), p, r.org, r.body):
            msg, cls = "You are staying away from this body: counted absent.", "@dim"
        else:
            msg, cls = "Votes are being cast; all ballots are revealed at once.", "@dim"
        self.widgets[f"ballot {r.id}"] = self.label(row, msg, container=inner, cls=cls)
        return y + u(36)

    def _results_column(self, inner, opts, w: int) -> int:
        u = self.theme.u
        st = self.ctl.view()
        done = self.decided()
        y = self._heading(inner, f"Last session's results ({len(done)})", 0, w)
        if self.agenda() or st.phase == "voting":
            y = self._note(inner, "This session's agenda and ballots are under 'This "
                           "session' (R).", y, w)
        for r in done:
            y = self._result(inner, r, opts, y, w)
        return y

    def _wrap(self, s: str, width: int, size: float = 13) -> list[str]:
        return fonts.wrap(s, self.theme.font(size), max(10, width - self.theme.u(8))) or [""]

    def _rule_text(self, r) -> str:
        st = self.ctl.view()
        bdef = st.campaign.org(r.org).body(r.body)
        return {"security_council": "A permanent member's No is a veto.",
                "unanimity": "Needs every member present (parties excepted).",
                "consensus": "Needs no member against.",
                "majority": "Needs a majority.", "assembly": "Needs two thirds of those voting."
                }.get(bdef.rule, "")

    def _item_header(self, inner, r, y: int, w: int) -> int:
        st = self.ctl.view()
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

    def _answers(self, inner, r, y: int, w: int) -> int:
        """The answers to the player's lobbying on this item, learnt before the vote."""
        st = self.ctl.view()
        mine = [b for b in r.bargains if b[0] == self.player]
        if not mine:
            return y
        told = [f"{nation_name(st, other)} {'agreed' if answer == 'accepted' else 'refused'}"
                + ("" if offer == "none" else f" (you offered {OFFERS[offer].word})")
                for _, other, offer, answer in mine]
        return self._note(inner, "Your lobbying: " + "; ".join(told) + ".", y, w,
                          indent=self.theme.u(8))

    def _lobby_row(self, inner, r, lobby, y: int, w: int) -> int:
        """A Press button per seat, making the offer chosen above."""
        st = self.ctl.view()
        u = self.theme.u
        self.label((u(8), y, u(64), u(26)), "Press:", container=inner, cls="@dim")
        x = u(72)
        bw = u(58)
        for a, why in lobby:
            if offer_of(a) != self.offer:
                continue
            code = a.args[0]
            if x + bw > w:
                x = u(72)
                y += u(30)
            tip = (f"Lobby {esc(nation_name(st, code))} to vote for {r.id}. "
                   + esc(action_tip(st, a, why)))
            btn = self.button((x, y, bw, u(26)), code, lambda a=a: self.do(a), container=inner,
                              cls="@action", tooltip=tip, enabled=why is None)
            self.widgets[f"lobby {code} {r.id}"] = btn
            x += bw + u(4)
        return y + u(30)

    def _result(self, inner, r, opts, y: int, w: int) -> int:
        st = self.ctl.view()
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
        order = self._seat_order(r.org, r.body)
        for nation, ballot in sorted(r.ballots, key=lambda nb: order.index(nb[0])
                                     if nb[0] in order else len(order)):
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
        """Drafts grouped under their crisis's heading (the crisis chosen on the map first),
        each a short distinct button: measure, target, article or chapter. Expelling or
        suspending an aggressor is a crisis measure; every other membership question waits
        behind one entry that opens the full list."""
        st = self.ctl.view()
        u = self.theme.u
        org, _, body = self.body.partition(".")
        bdef = st.campaign.org(org).body(body)
        active = [c for c in st.crises.values() if c.active]
        aggressors: dict[str, str] = {}
        for c in active:
            aggressors.setdefault(c.aggressor, c.id)
        crises: dict[str, list] = {}
        referrals, membership, lifts = [], [], []
        for a, why in tablings:
            kind, subject = a.args[1], a.args[2]
            if kind == "lift":  # its subject is the resolution that imposed the measure
                lifts.append((a, why))
            elif kind == "refer_to_assembly":
                referrals.append((a, why))
            elif kind in MEMBERSHIP_KINDS:
                cid = aggressors.get(subject) if kind != "admit" else None
                (crises.setdefault(cid, []) if cid else membership).append((a, why))
            else:
                crises.setdefault(subject, []).append((a, why))
        for drafts in crises.values():  # the same measure under two articles side by side
            kinds = list(dict.fromkeys(a.args[1] for a, _ in drafts))
            drafts.sort(key=lambda o: kinds.index(o[0].args[1]))
        ids = [c.id for c in active]
        order = sorted(crises, key=lambda cid: (cid != self.crisis, ids.index(cid)))
        if referrals:
            y = self._group_heading(inner, "Uniting for Peace", y, w)
            y = self._grid(inner, bdef, referrals, y, w, max_cols=1)
        if lifts:
            y = self._group_heading(inner, "Measures in force", y, w)
            y = self._grid(inner, bdef, lifts, y, w, max_cols=1)
        for cid in order:
            c = st.crises[cid]
            y = self._group_heading(inner, c.name, y, w)
            y = self._note(inner, self._crisis_line(c, bdef), y, w, indent=u(8))
            y = self._grid(inner, bdef, crises[cid], y + u(2), w, max_cols=2)
        if membership:
            y += u(4)
            shown = self.membership_open
            kinds = ", ".join(k for k in MEMBERSHIP_KINDS
                              if any(a.args[1] == k for a, _ in membership))
            label = (f"Hide the membership questions ({len(membership)})" if shown else
                     f"Membership questions: {kinds} ({len(membership)}) — show")
            tip = ("Motions to admit, suspend or expel a member that no crisis calls for. "
                   "Expelling or suspending an aggressor is listed under its crisis.")
            btn = self.button((0, y, w, u(30)), label, self.toggle_membership, container=inner,
                              cls="@list_row", tooltip=tip)
            if shown:
                btn.select()
            self.widgets["membership"] = btn
            y += u(36)
            if shown:
                for kind in MEMBERSHIP_KINDS:
                    items = [(a, why) for a, why in membership if a.args[1] == kind]
                    if items:
                        self.label((u(8), y, w - u(8), u(20)), KIND_WORDS[kind],
                                   container=inner, cls="@dim")
                        y = self._grid(inner, bdef, items, y + u(21), w, max_cols=3)
        return y

    def _group_heading(self, inner, s: str, y: int, w: int) -> int:
        u = self.theme.u
        self.label((0, y + u(4), w, u(28)), s, container=inner, cls="@heading")
        return y + u(34)

    def _crisis_line(self, c, bdef) -> str:
        """Who is who in a crisis, and what the body's article means for the vote."""
        st = self.ctl.view()
        line = f"Aggressor: {nation_name(st, c.aggressor)}"
        victims = [v for v in c.victims if v != c.aggressor]
        if victims:
            line += " · against " + ", ".join(nation_name(st, v) for v in victims)
        if bdef.rule == "unanimity":
            line += (f" · brought under Article {c.article}" + (
                ": the parties vote" if c.article == 11 else ": the parties' votes do not count"))
        return line

    def _grid(self, inner, bdef, items, y: int, w: int, max_cols: int) -> int:
        """Draft buttons in as many columns (up to ``max_cols``) as let every label show in
        full; a label too long even for one column is elided, its full text in the tooltip."""
        st = self.ctl.view()
        u = self.theme.u
        gap = u(6)
        f = self.theme.font(14)
        labels = [draft_label(st, bdef, a) for a, _ in items]
        widest = max(f.size(s)[0] for s in labels) + u(20)
        avail = w - u(8)
        cols = max(1, min(max_cols, len(items), (avail + gap) // (widest + gap)))
        bw = (avail - gap * (cols - 1)) // cols
        for i, ((a, why), label) in enumerate(zip(items, labels)):
            x = u(8) + (i % cols) * (bw + gap)
            top = y + (i // cols) * u(34)
            full = resolution_text(st, a.args[1], a.args[2], a.params())
            basis = legal_basis(st, bdef, a.args[1], a.args[2], a.params())
            tip = f"<b>{esc(full)}</b><br>{esc(action_tip(st, a, why))}"
            if basis:
                tip += f"<br><i>{esc(BASIS_TIPS[basis])}</i>"
            tip += "<br><i>Its forecast shows in the chamber while the mouse is on it</i>"
            btn = self.button((x, top, bw, u(30)), label, lambda a=a: self.do(a),
                              container=inner, cls="@action", tooltip=tip,
                              enabled=why is None)
            self._fit(btn, label, bw)
            self.widgets[f"table {a.text()}"] = btn
            self.drafts[f"table {a.text()}"] = a
        return y + ((len(items) + cols - 1) // cols) * u(34) + u(4)

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
        self.status = (f"Your ballot on {rid}: {BALLOT_WORDS[ballot]} (secret until the count)."
                       if ok else f"Not possible: {reason}.")
        st = self.ctl.view()
        owed = [r.id for r in self.agenda() if ok and r.id in st.ballots_owed(p)]
        self.focus = owed[0] if owed else rid  # the ring moves on to the next item to vote
        self.results = False  # a ballot cast (by key from the results, too) shows the session
        self.refresh()

    def vote_next(self, ballot: str) -> None:
        """The keyboard's ballot: on the first item owed in this body, else in any body."""
        p = self.player
        st = self.ctl.view()
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
        hovered = next((k for k in self.drafts
                        if getattr(self.widgets.get(k), "hovered", False)), None)
        if hovered is None and self.left.collidepoint(pygame.mouse.get_pos()):
            hovered = self.preview  # the mouse went to the chamber to read the seats
        if hovered != self.preview:
            self.preview = hovered
            return True
        return self.tips.pending()

    def wants_frames(self) -> bool:
        return self.tips.pending()

    # --- drawing ----------------------------------------------------------------------------
    def seats(self):
        """The seats of the body with the ballots of the resolution the ring shows, as the
        player may see them. A counted vote shows the body as it sat for the count (a seat
        that changed hands since keeps its ballot); an open one the seats now, with only the
        player's own ballot and the members staying away (a boycott is public)."""
        st = self.ctl.view()
        p = self.player
        org, _, body = self.body.partition(".")
        res = self._res(self.focus) if self.focus else None
        if res is not None and res.status != "tabled":
            order = self._seat_order(org, body)
            codes = sorted((n for n, _ in res.ballots),
                           key=lambda n: order.index(n) if n in order else len(order))
            ballots = dict(res.ballots)
        else:
            codes = seated(st, org, body)
            if res is not None:
                res = self.ctl.view(p).resolutions.get(res.id, res)
            ballots = dict(res.ballots) if res is not None else {}
            ballots.update({n: "absent" for n in codes if is_absent(st, n, org, body)})
        perm = permanent_members(st, org, body)
        excluded = self._excluded(res)
        out = []
        for code in codes:
            ballot = ballots.get(code)
            reason = ""
            if ballot and res is not None and res.status != "tabled" and (
                    code not in self.ctl.humans):
                reason = self.ctl.reason_for(code, res.id)
            out.append(Seat(code=code, name=nation_name(st, code),
                            colour=nation_colour(st.campaign.nation(code)),
                            permanent=code in perm, ballot=ballot,
                            veto=bool(res is not None and code in res.vetoed_by),
                            you=code == p, reason=reason, excluded=code in excluded))
        return out, res

    def _seat_order(self, org: str, body: str) -> list[str]:
        """Seats in the order the body lists them, so a seat keeps its place in the ring
        from the open ballot to its results (and a holder who has left keeps its own)."""
        st = self.ctl.view()
        bdef = st.campaign.org(org).body(body)
        if bdef.seats is None:
            return seated(st, org, body)
        return list(dict.fromkeys(span.nation for span in bdef.seats))

    def _excluded(self, res) -> frozenset[str]:
        """The parties whose votes do not count on ``res`` (the League under Article 15)."""
        st = self.ctl.view()
        crisis = st.crises.get(res.subject) if res is not None else None
        if crisis is None or st.campaign.org(res.org).body(res.body).rule != "unanimity":
            return frozenset()
        if int(res.param("article") or crisis.article) != 15:
            return frozenset()
        return frozenset(crisis.parties)

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
        rects = draw_seats(surface, t, self._seat_rect(len(seats), layout), seats, layout,
                           tips=self.tips)
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
            word = STATUS_WORDS.get(res.status, res.status)
            if res.status == "tabled" and st.phase == "voting":
                word = "Voting"
            text(surface, t, word, (cx, cy + u(14)), size=13, colour=t.c("text_dim"),
                 align="center", valign="center", width=int(self.chamber.w * 0.5))
        # the focused item: what it is, the tally when counted
        r = self.info
        pygame.draw.line(surface, t.c("edge"), (r.x, r.y), (r.right, r.y))
        y = r.y + u(6)
        if res is None:
            msg = ("Nothing is on this body's agenda." + (
                " The last session's results: 'Last session's results' (R)."
                if self.decided() else ""))
            wrapped(surface, t, msg,
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

    # --- the forecast ------------------------------------------------------------------------
    def forecast_of(self, key: str, draft) -> Forecast:
        """The forecast for ``draft`` from the player's view, kept until the game moves or
        another seat sits at the screen."""
        sig = (self._signature(), self.player)
        if self._forecast_sig != sig:
            self._forecasts, self._forecast_sig = {}, sig
        if key not in self._forecasts:
            self._forecasts[key] = forecast(self.ctl.view(), draft, self.ctl.session.difficulty)
        return self._forecasts[key]

    def shown_forecast(self) -> tuple[Forecast, str] | None:
        """The forecast the chamber shows, with its title: the draft under the mouse, else the
        item in the ring while it is on the agenda (before the count). None for an observer
        and for the last session's results."""
        st = self.ctl.view()
        if self.player is None or self.body is None:
            return None
        if self.preview in self.drafts and st.phase == "orders":
            org, _, body = self.body.partition(".")
            a = self.drafts[self.preview]
            label = draft_label(st, st.campaign.org(org).body(body), a)
            return self.forecast_of(self.preview, draft_of(a)), f"Draft: {label}"
        res = self._res(self.focus) if self.focus and not self.results else None
        if res is None or res.status != "tabled":
            return None
        d = describe(st, res)
        return self.forecast_of(res.id, res), d[0].upper() + d[1:]

    def verdict_text(self, f: Forecast) -> str:
        """'Likely adopted — Yes 5 (4–6), No 1, Abstain 1': the verdict and the expected tally
        with its range where it is not sure."""
        parts = []
        for b in ("yes", "no", "abstain", "absent"):
            n = round(f.expected[b])
            if not (n or f.high[b]):
                continue
            band = f" ({f.low[b]}–{f.high[b]})" if f.low[b] != f.high[b] else ""
            parts.append(f"{BALLOT_WORDS[b]} {n}{band}")
        return f"{f.verdict[0].upper()}{f.verdict[1:]} — " + ", ".join(parts)

    def veto_lines(self, f: Forecast) -> list[tuple[str, str]]:
        """A warning for each permanent member likely to veto (red) or that could (amber)."""
        st = self.ctl.view()
        out = [(f"Veto likely: {nation_name(st, n)} ({f.seat(n).factor})", "veto")
               for n in f.vetoes]
        if f.may_veto:
            names = ", ".join(nation_name(st, n) for n in f.may_veto)
            out.append((f"Could veto: {names}", "warn"))
        return out

    def _forecast_line(self, inner, r, y: int, w: int) -> int:
        """One line under an agenda item: its forecast (the chamber shows it seat by seat)."""
        if self.player is None:
            return y
        f = self.forecast_of(r.id, r)
        line = "Forecast: " + self.verdict_text(f)
        if f.vetoes:
            line += " · veto likely: " + ", ".join(f.vetoes)
        cls = "@bad" if f.vetoes else f"@{VERDICT_CLASSES[f.verdict]}"
        tip = (esc(self.verdict_text(f)) + "".join(f"<br>{esc(t)}" for t, _ in self.veto_lines(f))
               + "<br><i>From what you know: the members' interests, not their secret "
                 "lobbying or their mood on the day. Click the item to see it seat by seat.</i>")
        label = self.label((self.theme.u(8), y, w - self.theme.u(8), self.theme.u(20)),
                           fonts.elide(line, self.theme.font(13), w - self.theme.u(16)),
                           container=inner, cls=cls, tooltip=tip)
        self.widgets[f"forecast {r.id}"] = label
        return y + self.theme.u(21)

    def forecast_seats(self, f: Forecast) -> list[Seat]:
        st = self.ctl.view()
        return [Seat(code=x.nation, name=nation_name(st, x.nation),
                     colour=nation_colour(st.campaign.nation(x.nation)), permanent=x.permanent,
                     ballot=x.ballot, veto=x.nation in f.vetoes, you=x.nation == self.player,
                     reason=x.factor, excluded=x.excluded) for x in f.seats]

    def seat_tip(self, x: SeatForecast, f: Forecast) -> str:
        """Why a seat is forecast to vote as it is: the likely ballot, how sure, the deciding
        factor, and what could move it."""
        st = self.ctl.view()
        head = nation_name(st, x.nation) + (" — permanent member" if x.permanent else "")
        if x.excluded:
            head += " — a party: its vote is not counted (Article 15)"
        word = BALLOT_WORDS[x.ballot] + (" (a veto)" if x.nation in f.vetoes else "")
        if x.certainty in ("yours", "cast", "away"):
            return f"{head}. {word}: {CERTAINTY_WORDS[x.certainty]}."
        chance = round(100 * x.chances.get(x.ballot, 0))
        tip = f"{head}. Likely {word} ({CERTAINTY_WORDS[x.certainty]}, {chance}%)."
        tip += f" Deciding factor: {x.factor}."
        others = [BALLOT_WORDS[b] for b in x.possible if b != x.ballot]
        if others:
            tip += " Could vote " + " or ".join(others)
            tip += " (lobbying you cannot see)." if x.pressable else "."
        return tip

    def _draw_forecast(self, surface, layout: str, f: Forecast, title: str) -> None:
        """The forecast in the chamber: each seat in its likely ballot's colour with a mark
        where it could vote otherwise, then the verdict, the tally and the veto warnings."""
        t = self.theme
        u = t.u
        seats = self.forecast_seats(f)
        rect = self._seat_rect(len(seats), layout)
        rects = draw_seats(surface, t, rect, seats, layout)
        for x, seat, r in zip(f.seats, seats, rects):
            self.tips.add(r, self.seat_tip(x, f))
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
        y += wrapped(surface, t, title, (r.x, y, r.w, u(38)), size=14, bold=True)
        y += wrapped(surface, t, "Forecast: " + self.verdict_text(f), (r.x, y, r.w, u(44)),
                     size=13, bold=True, colour=colour)
        mine = f.seat(self.player)
        if mine is not None and mine.certainty == "yours":
            y += wrapped(surface, t, f"Counting your vote as {BALLOT_WORDS[mine.ballot]}.",
                         (r.x, y, r.w, u(20)), size=12, colour=t.c("text_dim"))
        for line, cls in self.veto_lines(f):
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
            if self.decided():
                hint += " · R: this session / last results"
            if self.ctl.view().phase == "voting":
                hint += " · Y / N / B / X: Yes / No / Abstain / Absent on the first item"
            text(surface, t, hint, self.status_rect.topleft, size=12, colour=t.c("text_dim"),
                 width=self.status_rect.w)
        self.tips.draw(surface, t)
