"""The end of a campaign: how the player did (the verdict of ``game.engine.verdict``: by its own
objectives and what its choices changed), the scores, the player's timeline of crises beside
the historical record, and the history chart. Buttons lead to the main menu and to the full
charts."""

from __future__ import annotations

import pygame

from game.engine.verdict import Verdict, verdict
from game.session.baseline import record, timeline
from game.ui.scenes.base import esc
from game.ui.scenes.charts import ChartScene
from game.ui.widgets.chart import Series, draw_line_chart
from game.ui.widgets.draw import Tips


def all_scores(state) -> dict[str, int]:
    from game.engine import scoring

    scores = dict(state.scores)
    if not scores:
        scores = dict(scoring.compute_scores(state))
    return scores


def scores_ranking(state, nations: list[str]) -> list[tuple[str, int]]:
    scores = all_scores(state)
    return sorted(((n, scores.get(n, 0)) for n in nations), key=lambda x: (-x[1], x[0]))


class EndReport(ChartScene):
    name = "end_report"

    def __init__(self, app, ctl):
        super().__init__(app)
        self.ctl = ctl
        humans = list(ctl.humans) if ctl.humans else []
        p = ctl.player() if hasattr(ctl, "player") else None
        self.nation = p or (humans[0] if humans else None)
        self.tips = Tips()
        self.chart_rect: pygame.Rect | None = None
        self.buttons: dict[str, object] = {}
        self.judged: Verdict | None = None

    def build(self) -> None:
        t = self.theme
        u = t.u
        W, _H = self.app.screen.get_size()
        lw, lh = t.logical
        state = self.ctl.view()
        bw = 130
        self.buttons["menu"] = self.button(
            (W - u(32 + bw), u(18), u(bw), u(34)), "Main menu", self.to_menu, cls="@primary",
            tooltip="Leave this game for the main menu", key=pygame.K_ESCAPE)
        self.buttons["charts"] = self.button(
            (W - u(32 + 2 * bw + 10), u(18), u(bw), u(34)), "Charts", self.open_charts,
            tooltip="The full history charts", key=pygame.K_g)
        head_w = lw - 32 - 2 * bw - 10 - 32 - 16
        self.judged = verdict(getattr(state, "facts", state), self.nation) if self.nation \
            else None
        if self.judged:
            kind = self.judged.kind
            word = {"victory": "Victory", "draw": "Mixed result", "defeat": "Defeat"}[kind]
            cls = {"victory": "@good", "draw": "@warn", "defeat": "@bad"}[kind]
            why = self.judged.headline
        else:
            word, why, cls = "The campaign is over", "", "@heading"
        self.label((u(32), u(14), u(head_w), u(34)), word, cls="@heading")
        self.label((u(32), u(46), u(head_w), u(22)), why or self.ctl.campaign.name, cls=cls)
        top = 76
        bottom = lh - 20
        avail = bottom - top
        chart_h = max(120, int(avail * 0.46))
        box_h = avail - chart_h - 10
        gap = 12
        cw = (lw - 64 - 2 * gap) / 3
        xs = [32 + i * (cw + gap) for i in range(3)]
        self.text_box((u(xs[0]), u(top), u(cw), u(box_h)), self.scores_html())
        self.text_box((u(xs[1]), u(top), u(cw), u(box_h)), self.timeline_html())
        self.text_box((u(xs[2]), u(top), u(cw), u(box_h)), self.baseline_html())
        self.chart_rect = pygame.Rect(u(32), u(top + box_h + 10), u(lw - 64), u(chart_h))

    # --- the texts ---------------------------------------------------------------------------
    def scores_html(self) -> str:
        from game.engine import scoring

        state = self.ctl.view()
        camp = self.ctl.campaign
        scores = all_scores(state)
        names = {n.code: n.name for n in camp.nations}
        parts = (self.judged_html(names.get(self.nation, self.nation)) + [""]
                 if self.judged else [])
        parts += ["<b>Scores</b>", f"World order: <b>{scores.get('ORDER', 0)}</b>"]
        playable = [n.code for n in camp.nations if n.playable and n.code in state.nations]
        others = [c for c in state.nations if c not in playable]
        lost = set(scoring.defeated(state))
        for i, (code, s) in enumerate(scores_ranking(state, playable)):
            mark = " (you)" if code in self.ctl.humans else ""
            gone = " (defeated)" if code in lost else ""
            line = f"{i + 1}. {esc(names.get(code, code))}: {s}{gone}{mark}"
            parts.append(f"<b>{line}</b>" if code in self.ctl.humans else line)
        if others:
            parts.append("<i>Others: " + esc(", ".join(
                f"{names.get(c, c)} {scores.get(c, 0)}" for c in others)) + "</i>")
        return " <br>".join(parts)

    def judged_html(self, name: str) -> list[str]:
        """The player's objectives met and not, what its choices changed, and its score in
        parts: the lines of ``verdict``, shown as they are."""
        judged = self.judged
        assert judged is not None  # shown only for a nation's verdict
        out = [esc(judged.standing), "", f"<b>Objectives of {esc(name)}</b>"]
        for o in self.ctl.campaign.nation(self.nation).objectives:
            tag = ("<font color='#6cc07a'>met</font>" if o in judged.met
                   else "<font color='#e06060'>not met</font>")
            out.append(f"{tag} · {esc(o.text)} <i>({o.points} points)</i>")
        out += ["", "<b>What your choices changed</b>"] + [f"· {esc(d)}" for d in judged.deeds]
        b = judged.breakdown
        if b is not None:
            out += ["", f"<i>Score {b.total} = objectives {b.objectives} + part in crises "
                        f"ended well {b.credit} + will, legitimacy and means kept or spent "
                        f"{b.costs:+d} + share of the world order {b.share}</i>"]
        return out

    def timeline_html(self) -> str:
        return _dated_html("Your game", timeline(self.ctl.view()), "No crisis broke out.")

    def baseline_html(self) -> str:
        return _dated_html("What happened in history", record(self.ctl.campaign),
                           "The campaign gives no historical record.")

    # --- actions -----------------------------------------------------------------------------
    def close(self) -> None:
        """Esc: the game is over, so closing the report leaves for the main menu."""
        self.to_menu()

    def to_menu(self) -> None:
        self.app.session = None
        self.app.reset("main_menu")

    def open_charts(self) -> None:
        self.app.push("charts", self.ctl)

    # --- drawing -----------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        from game.ui.scenes.charts import crisis_markers, history_series, x_range

        t = self.theme
        surface.fill(t.c("bg"))
        self.tips.clear()
        if self.chart_rect is None:
            return
        state = self.ctl.view()
        nations = [self.nation] if self.nation else []
        series = history_series(state, self.ctl.campaign, nations)
        ss = [Series("Tension", series["tension"][0].points, t.series(3))] if \
            series["tension"][0].points else []
        if self.nation:
            for s in series["will"]:
                ss.append(Series(f"{s.label}: will", s.points, t.series(5)))
            for s in series["legitimacy"]:
                ss.append(Series(f"{s.label}: legitimacy", s.points, t.series(6)))
        org_colours = (0, 1, 2, 4, 7)
        for i, s in enumerate(series["credibility"]):
            ss.append(Series(f"{s.label} credibility", s.points,
                             t.series(org_colours[i % len(org_colours)])))
        draw_line_chart(surface, self.chart_rect, t, ss, title="The campaign over time",
                        x_range=x_range(state), markers=crisis_markers(state), tips=self.tips)


def _dated_html(title: str, rows: list[tuple[int, str]], empty: str) -> str:
    """A titled list of dated lines for one of the report's columns."""
    from game.engine.calendar import format_month

    parts = [f"<b>{title}</b>"] + ([f"<i>{empty}</i>"] if not rows else [])
    parts += [f"<b>{esc(format_month(m))}</b> <br>{esc(txt)}" for m, txt in rows]
    return " <br>".join(parts)
