"""The action bar: the orders the seat may give now in the chosen group (diplomacy,
organisations, domestic, military), those about the selected nation or crisis first, each a
button with its cost and effects in the tooltip, disabled with the reason when it cannot be
given; the orders already given listed above. Rebuilt whenever the game, the seat, the
selection or the group changed: an order that tells the chronicle nothing still changes it."""

from __future__ import annotations

import functools
from collections.abc import Callable

from pygame_gui.elements import UIScrollingContainer

from game.engine import options, parse_action
from game.engine.orders.organisations import offer_of
from game.engine.orders.words import crisis_name
from game.ui import fonts
from game.ui.describe import action_label, action_tip_html
from game.ui.panels.base import Panel, Signal


class ActionBar(Panel):
    def __init__(self, rect, host, theme, do: Callable[[object], None]):
        """``host`` (the scene) makes the widgets; ``do(action)`` submits an order."""
        super().__init__(rect)
        self.host = host
        self.theme = theme
        self.do = do
        self.box: UIScrollingContainer | None = None
        self.buttons: dict[str, object] = {}
        """The order buttons by the action's text."""

    def key(self, signal: Signal) -> object:
        note = standing_note(signal)
        if note is not None:  # the same line whatever the other nations do meanwhile
            return note
        return (signal.revision, signal.player, signal.ai_busy, signal.watching, signal.group,
                signal.nation, signal.crisis)

    def refresh(self, signal: Signal) -> None:
        if self.box is not None:
            self.box.kill()
        t = self.theme
        u = t.u
        r = self.rect
        self.box = UIScrollingContainer(r, manager=self.host.manager, allow_scroll_x=False)
        self.buttons = {}
        rows = action_rows(signal)
        y = 0
        w = r.w - u(16)
        h = u(28)
        inner = self.box.get_container()
        for kind, payload in rows:
            if kind == "note":
                self.host.label((0, y, w, u(24)), payload, container=inner, cls="@dim")
                y += u(26)
                continue
            action, reason, label = payload
            cb = functools.partial(self.do, action)
            b = self.host.button((0, y, w, h), label, cb, container=inner, cls="@action",
                                 tooltip=action_tip_html(signal.view, action, reason,
                                                         t.c("accent").hex[:7]),
                                 enabled=reason is None)
            self._fit_button(b, label, w)
            self.buttons[action.text()] = b
            y += h + u(3)
        self.box.set_scrollable_area_dimensions((w, max(y, 1)))

    def _fit_button(self, b, label: str, w: int) -> None:
        f = b.font if hasattr(b, "font") and b.font else None
        if f is not None and f.size(label)[0] > w - self.theme.u(16):
            class M:  # adapt pygame_gui's font to fonts.elide
                def size(self_inner, s):
                    return f.size(s)
            b.set_text(fonts.elide(label, M(), w - self.theme.u(16)))


def standing_note(signal: Signal) -> str | None:
    """The one line the bar shows instead of orders (a seat watching, the campaign over, the
    vote, the other nations acting), or None when the seat may give orders now. While the
    other nations act it stays the same: the bar is not rebuilt after each of their actions."""
    s = signal.view
    p = signal.player
    if signal.watching and s.phase != "over":
        return "You are watching: only public facts are shown."
    if p is None or s.phase == "over":
        return "The campaign is over." if s.phase == "over" else ""
    if s.phase == "voting":
        return "The bodies are voting: open the council (C)."
    if signal.ai_busy or p not in s.waiting_for():
        return "Waiting for the other nations…"
    return None


def action_rows(signal: Signal) -> list:
    """The action bar's rows for ``signal``: ("note", text) or ("action", (action, why not or
    None, label)), the orders about the selected nation or crisis first."""
    s = signal.view
    p = signal.player
    rows: list = []
    note = standing_note(signal)
    if note is not None or p is None:
        return [("note", note or "")]
    opts = options(s.facts, p)
    if s.orders:
        rows.append(("note", "Ordered (done when every nation has ended):"))
        rows += [("note", "· " + action_label(s, parse_action(t))) for t in s.orders]
    if s.phase == "debate":
        rows.append(("note", "The drafts are circulated: lobby members before the vote "
                     "(here, or in the council, C, to offer aid, support or a "
                     "concession), then end the debate."))
        return rows + [("action", (a, reason, action_label(s, a))) for a, reason in opts
                       if a.verb == "lobby" and offer_of(a) == "none"][:60]
    g = signal.group
    sel = signal.nation
    crisis = signal.crisis
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
    name = crisis_name(s, crisis) if crisis else ""
    if g == "organisations":
        rows.append(("note", "Resolutions are drafted in the council (C)."))
        if any(k == -1 for k, _, _ in picked):  # the selected crisis's missions first
            rows.append(("note", f"Missions in {name}:"))
    if g == "military" and crisis in s.crises:
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
