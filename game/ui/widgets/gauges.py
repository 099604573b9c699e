"""The three Morgenthau gauges of a crisis (preponderance, consensus, commitment) and the
deterrence they add up to, each with its factors in a tooltip."""

from __future__ import annotations

import pygame

from game.ui.widgets.draw import bar, text

EXPLAIN = {
    "preponderance": "Can the collective bring far more force to bear than the aggressor?",
    "consensus": "Do the members agree on the order and on who broke it?",
    "commitment": "Do the members put the common defence before their own interests?",
}


def gauge_tip(g) -> str:
    lines = [f"{g.name.capitalize()} {g.value}/100 — {EXPLAIN.get(g.name, '')}"]
    for what, amount in g.factors:
        lines.append(f"  {amount:+d}  {what}")
    return "\n".join(lines)


def draw_gauges(surface, theme, rect, gauges, tips=None) -> int:
    """Three labelled bars and a deterrence line inside ``rect``; returns the height used."""
    rect = pygame.Rect(rect)
    u = theme.u
    y = rect.y
    row = u(30)
    label_w = min(u(120), rect.w // 3)
    for g in (gauges.preponderance, gauges.consensus, gauges.commitment):
        text(surface, theme, g.name.capitalize(), (rect.x, y + u(2)), size=13,
             width=label_w - u(4))
        br = pygame.Rect(rect.x + label_w, y + u(4), rect.w - label_w - u(40), u(12))
        bar(surface, theme, br, g.value, theme.good_bad(g.value), marker=60)
        text(surface, theme, str(g.value), (rect.right, y + u(1)), size=13, bold=True,
             align="right")
        if tips is not None:
            tips.add(pygame.Rect(rect.x, y, rect.w, row - u(4)), gauge_tip(g))
        y += row - u(6)
    d = gauges.deterrence
    text(surface, theme, f"Deterrence {d}: " + (
        "the aggressor is likely to back down" if d >= 60 else
        "the aggressor may test the collective" if d >= 35 else
        "the aggressor does not fear the collective"),
        (rect.x, y + u(2)), size=12, colour=theme.good_bad(d), width=rect.w)
    if tips is not None:
        tips.add(pygame.Rect(rect.x, y, rect.w, u(18)),
                 "Deterrence combines the three gauges: all three are needed, so one weak gauge "
                 "drags it down. The aggressor reads it when it decides to press on or back down.")
    return y + u(20) - rect.y
