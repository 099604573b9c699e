"""History charts: world tension, the organisations' credibility, and the domestic will and
legitimacy of the player's nation (and of other nations the player picks), turn by turn from
``state.history``. The time axis spans the turns played so far; the starts of crises are
labelled lines on the tension and credibility charts. Esc closes."""

from __future__ import annotations

from functools import partial

import pygame

from game.ui.scenes.base import Scene
from game.ui.widgets.chart import Marker, Series, draw_line_chart
from game.ui.widgets.draw import Tips, text

MAX_EXTRA = 4
"""Nations besides the player's that can be added to the will and legitimacy charts."""


def history_series(state, campaign, nations: list[str]) -> dict[str, list[Series]]:
    """The four charts' series from ``state.history``: tension, credibility, will, legitimacy."""
    hist = list(state.history)
    names = {n.code: n.name for n in campaign.nations}
    org_names = {o.id: o.name for o in campaign.organisations}
    tension = [Series("Tension", [(h.month, h.tension) for h in hist])]
    org_ids: list[str] = []
    for h in hist:
        for oid, _v in h.credibility:
            if oid not in org_ids:
                org_ids.append(oid)
    cred = [Series(org_names.get(oid, oid),
                   [(h.month, dict(h.credibility)[oid]) for h in hist
                    if oid in dict(h.credibility)]) for oid in org_ids]

    def per_nation(attr: str) -> list[Series]:
        out = []
        for code in nations:
            pts = [(h.month, dict(getattr(h, attr))[code]) for h in hist
                   if code in dict(getattr(h, attr))]
            out.append(Series(names.get(code, code), pts))
        return out

    return {"tension": tension, "credibility": cred, "will": per_nation("will"),
            "legitimacy": per_nation("legitimacy")}


def crisis_markers(state) -> list[Marker]:
    """A labelled line where each crisis began."""
    from game.engine.calendar import format_month

    out = [Marker(c.started, c.name, f"{format_month(c.started)}: {c.name} begins")
           for c in state.crises.values() if c.started is not None]
    return sorted(out, key=lambda m: (m.x, m.label))


MIN_SPAN = 24
"""Months the time axis shows at least: early in a campaign the first turns fill a readable
two years instead of a few per cent of the whole period."""


def x_range(state) -> tuple[float, float]:
    """From the campaign's start to the last turn played (at least ``MIN_SPAN`` months)."""
    months = [h.month for h in state.history]
    lo = state.campaign.start
    if months:
        lo = min(lo, min(months))
    hi = max(months) if months else lo
    return (lo, max(hi, lo + MIN_SPAN))


class ChartScene(Scene):
    """A scene with charts whose points show tooltips under the mouse."""

    tips: Tips

    def draw_over(self, surface: pygame.Surface) -> None:
        self.tips.draw(surface, self.theme)

    def wants_frames(self) -> bool:
        return self.tips.pending()

    def handle_event(self, event) -> bool:
        if event.type == pygame.MOUSEMOTION:
            self.app.invalidate(0.6)
        return False


class ChartsScene(ChartScene):
    name = "charts"

    def __init__(self, app, ctl, nations: list[str] | None = None):
        super().__init__(app)
        self.ctl = ctl
        player = ctl.player() if hasattr(ctl, "player") else None
        self.player = player
        base = [player] if player else []
        self.extra: list[str] = [n for n in (nations or []) if n != player][:MAX_EXTRA]
        self.base = base
        self.tips = Tips()
        self.chart_rects: list[pygame.Rect] = []
        self.toggles: dict[str, object] = {}

    @property
    def nations(self) -> list[str]:
        return self.base + self.extra

    def build(self) -> None:
        t = self.theme
        u = t.u
        W, _H = self.app.screen.get_size()
        lw, lh = t.logical
        self.label((u(32), u(18), u(lw - 200), u(36)), "History", cls="@heading")
        self.button((W - u(142), u(18), u(110), u(34)), "Close", self.close,
                    tooltip="Back to the game<br><i>Shortcut: Esc</i>")
        # nation picker: other nations to compare with the player's
        top = 60
        self.label((u(32), u(top), u(150), u(26)), "Compare with:", cls="@dim")
        x = 32 + 150
        codes = [n.code for n in self.ctl.campaign.nations if n.code != self.player
                 and n.code in self.ctl.view().nations]
        bw = 58
        self.toggles = {}
        for code in codes:
            if x + bw > lw - 32:
                break
            name = next((n.name for n in self.ctl.campaign.nations if n.code == code), code)
            b = self.button((u(x), u(top), u(bw), u(26)), code, partial(self.toggle, code),
                            cls="@tab", tooltip=f"Show {name}'s will and legitimacy too "
                            f"(up to {MAX_EXTRA} nations)")
            if code in self.extra:
                b.select()
            self.toggles[code] = b
            x += bw + 4
        top += 34
        gap = 12
        cw = (lw - 64 - gap) / 2
        ch = (lh - top - 20 - gap) / 2
        self.chart_rects = []
        for r in range(2):
            for c in range(2):
                self.chart_rects.append(pygame.Rect(u(32 + c * (cw + gap)),
                                                    u(top + r * (ch + gap)), u(cw), u(ch)))

    def toggle(self, code: str) -> None:
        if code in self.extra:
            self.extra.remove(code)
        elif len(self.extra) < MAX_EXTRA:
            self.extra.append(code)
        self.rebuild()

    def draw(self, surface: pygame.Surface) -> None:
        t = self.theme
        surface.fill(t.c("bg"))
        state = self.ctl.view()
        self.tips.clear()
        if len(state.history) == 0:
            text(surface, t, "No history yet: the charts fill in turn by turn.",
                 (t.u(32), t.u(110)), colour=t.c("text_dim"))
            return
        series = history_series(state, self.ctl.campaign, self.nations)
        markers = crisis_markers(state)
        xr = x_range(state)
        who = "your nation" if len(self.nations) == 1 else "nations"
        titles = [("tension", "World tension", "Tension"),
                  ("credibility", "Credibility of the organisations", "Credibility"),
                  ("will", f"Domestic will: {who}", "Will"),
                  ("legitimacy", f"Legitimacy: {who}", "Legitimacy")]
        for rect, (key, title, y_label) in zip(self.chart_rects, titles):
            ss = series[key]
            if key == "tension":
                ss = [Series(s.label, s.points, t.c("bad")) for s in ss]
            # crises drive tension and credibility: their starts are marked there
            draw_line_chart(surface, rect, t, ss, title=title, x_range=xr,
                            markers=markers if key in ("tension", "credibility") else (),
                            tips=self.tips, x_label="Date (one point per turn)",
                            y_label=y_label)
