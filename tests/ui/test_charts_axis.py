"""The history charts early in a game: the time axis spans the turns played (not the whole
campaign), its ticks and axes are labelled, and every crisis line carries its name."""

from __future__ import annotations

from dataclasses import replace

import pygame

from game.engine.calendar import month
from game.session.session import Seat, Session
from game.ui.scenes.charts import MIN_SPAN, crisis_markers, x_range
from game.ui.theme import load_theme
from game.ui.widgets.chart import MARKER_ROWS, Marker, _draw_markers, time_ticks
from game.ui.widgets.draw import Tips
from tests.ui.fixtures import mini_campaign


def test_the_axis_spans_the_turns_played_with_a_two_year_minimum():
    """Three turns into a two-year campaign the axis covers two years from the start, not the
    whole period; later it ends at the last turn played."""
    campaign = replace(mini_campaign(), end=month(1940, 12))
    session = Session(campaign, 1, (Seat("FRA", "FRA"),))
    session.play_out(3)
    state = session.state
    lo, hi = x_range(state)
    assert lo == state.campaign.start and hi == lo + MIN_SPAN
    session.play_out(8)
    lo, hi = x_range(session.state)
    assert hi == max(h.month for h in session.state.history) > lo + MIN_SPAN


def test_short_spans_are_labelled_by_month_and_long_ones_by_year():
    """Two years: quarters, the start and each January with its year; twenty years: years."""
    start = 1920 * 12
    ticks = time_ticks(start, start + 24, 10)
    assert [label for _, label in ticks] == ["Jan 1920", "Apr", "Jul", "Oct", "Jan 1921",
                                             "Apr", "Jul", "Oct", "Jan 1922"]
    ticks = time_ticks(start, start + 20 * 12, 10)
    assert ticks[0] == (start, "1920") and len(ticks) <= 10
    assert all(label.isdigit() for _, label in ticks)


def test_crisis_lines_are_labelled_without_overlap():
    """Each crisis start is a line with the crisis's name at its top; labels that would
    overlap go to another row (or are left to the tooltip), never on top of each other."""
    pygame.font.init()
    session = Session(mini_campaign(), 1, (Seat("FRA", "FRA"),))
    session.play_out(1)
    markers = crisis_markers(session.state)
    assert markers and markers[0].label == "The Abyssinian crisis"
    assert markers[0].tip.endswith("The Abyssinian crisis begins")
    theme = load_theme()
    surface = pygame.Surface((600, 300))
    plot = pygame.Rect(40, 20, 540, 240)
    many = [Marker(i * 4.0, f"Crisis number {i}") for i in range(12)]
    tips = Tips()
    drawn = _draw_markers(surface, theme, plot, many, lambda x: plot.x + x * 10, tips)
    assert drawn == 12
    labels = [r for r, tip in tips.regions if r.w > theme.u(6)]
    assert 0 < len(labels) <= 12
    assert all(a.y < plot.y + MARKER_ROWS * 30 for a in labels)
    assert not any(a.colliderect(b) for i, a in enumerate(labels) for b in labels[i + 1:])
