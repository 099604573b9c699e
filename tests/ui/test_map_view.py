"""The map widget, headless: posted events pan, zoom, hover and select; picking finds the
feature under a city; an idle frame draws nothing; resizing keeps it working."""

import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame  # noqa: E402
import pytest  # noqa: E402

from game.mapdata import load_base_map  # noqa: E402
from game.ui.map_view import MAX_ZOOM, MapEvent, MapView, Marker, render_overview  # noqa: E402

W, H = 960, 600


@pytest.fixture(scope="module")
def screen():
    pygame.display.init()
    pygame.font.init()
    return pygame.display.set_mode((W, H))


@pytest.fixture
def view(screen):
    v = MapView(load_base_map("europe_1920"), pygame.Rect(0, 0, W, H))
    v.zoom_at(2)  # at zoom 0 the map just covers the widget: no room to pan sideways
    v.finish(screen)
    return v


def feed(view, *events):
    """Post events through pygame's queue, as the app would receive them."""
    pygame.event.clear()
    for e in events:
        pygame.event.post(e)
    return [r for r in (view.handle_event(e) for e in pygame.event.get()) if r is not None]


def at(view, lon, lat):
    x, y = view.map.project(lon, lat)
    return view.map_to_screen(float(x), float(y))


def motion(pos, rel=(0, 0), held=False):
    return pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=rel, buttons=(int(held), 0, 0))


def button(kind, pos):
    return pygame.event.Event(kind, pos=pos, button=1)


def test_drag_pans_and_does_not_select(view):
    before = view.center
    start = (W // 2, H // 2)
    results = feed(
        view,
        button(pygame.MOUSEBUTTONDOWN, start),
        motion((start[0] + 30, start[1] + 20), (30, 20), held=True),
        motion((start[0] + 60, start[1] + 40), (30, 20), held=True),
        button(pygame.MOUSEBUTTONUP, (start[0] + 60, start[1] + 40)),
    )
    assert MapEvent("view") in results
    assert not any(r.kind == "select" for r in results)
    s = view.scale
    assert view.center[0] == pytest.approx(before[0] - 60 / s, abs=1 / s)
    assert view.center[1] == pytest.approx(before[1] + 40 / s, abs=1 / s)


def test_wheel_zooms_around_the_cursor(view):
    cursor = at(view, 2.35, 48.86)
    under = view.screen_to_map(cursor)
    zoom = view.zoom
    results = feed(view, motion(cursor), pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=1))
    assert view.zoom == zoom + 1 and MapEvent("view") in results
    after = view.screen_to_map(cursor)
    assert abs(after[0] - under[0]) < 2 / view.scale + 1e-6
    assert abs(after[1] - under[1]) < 2 / view.scale + 1e-6
    feed(view, pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=-1))
    assert view.zoom == zoom


def test_keys_pan_and_zoom(view):
    c0 = view.center
    feed(view, pygame.event.Event(pygame.KEYDOWN, key=pygame.K_RIGHT, mod=0, unicode=""))
    assert view.center[0] > c0[0]
    c1 = view.center
    feed(view, pygame.event.Event(pygame.KEYDOWN, key=pygame.K_w, mod=0, unicode="w"))
    assert view.center[1] > c1[1]
    z = view.zoom
    feed(view, pygame.event.Event(pygame.KEYDOWN, key=pygame.K_PLUS, mod=0, unicode="+"))
    assert view.zoom == z + 1
    feed(view, pygame.event.Event(pygame.KEYDOWN, key=pygame.K_MINUS, mod=0, unicode="-"))
    assert view.zoom == z


def test_zoom_stays_within_limits(view):
    view.zoom_at(100)
    assert view.zoom == MAX_ZOOM
    view.zoom_at(-100)
    assert view.zoom < 0, "one can zoom out until the whole map shows"
    assert not view.zoom_at(-1)
    x0, y0, x1, y1 = view.map.bounds
    assert (x1 - x0) * view.scale <= W and (y1 - y0) * view.scale <= H


@pytest.mark.parametrize("lonlat,expected", [
    ((2.35, 48.86), "france"),
    ((13.40, 52.52), "germany"),
    ((12.50, 41.90), "italy"),
    ((-3.70, 40.42), "spain"),
    ((6.0, 39.0), None),  # the sea between the Balearics and Sardinia
])
def test_pick_finds_the_feature_under_a_city(view, lonlat, expected):
    assert view.pick(at(view, *lonlat)) == expected


def test_hover_then_click_selects(view):
    paris = at(view, 2.35, 48.86)
    assert feed(view, motion(paris)) == [MapEvent("hover", "france")]
    assert feed(view, motion((paris[0] + 1, paris[1]))) == [], "no event while it stays on France"
    results = feed(view, button(pygame.MOUSEBUTTONDOWN, paris), button(pygame.MOUSEBUTTONUP, paris))
    assert results == [MapEvent("select", "france")]
    assert view.selected == "france"
    sea = at(view, 6.0, 39.0)
    assert feed(view, button(pygame.MOUSEBUTTONDOWN, sea),
                button(pygame.MOUSEBUTTONUP, sea)) == [MapEvent("select", None)]


def test_idle_frame_draws_nothing(view, screen):
    assert view.draw(screen) is False
    feed(view, motion(at(view, 2.35, 48.86)))
    assert view.draw(screen, budget_s=None) is True
    assert view.draw(screen) is False


def test_fills_patterns_and_legend_are_drawn(view, screen):
    view.set_fills({"spain": (200, 30, 30)})
    view.set_patterns({"spain": "solid"})
    view.set_mode_legend("Test", [((200, 30, 30), "hatch", "Red")])
    assert view.draw(screen, budget_s=None)
    x, y = at(view, -4.5, 39.5)
    block = {tuple(screen.get_at((x + dx, y + dy)))[:3] for dx in range(-6, 7, 3)
             for dy in range(-6, 7, 3)}
    assert (200, 30, 30) in block
    with pytest.raises(KeyError):
        view.set_fills({"atlantis": (1, 2, 3)})
    with pytest.raises(ValueError):
        view.set_patterns({"spain": "tartan"})


def test_markers_are_clickable(view, screen):
    view.set_markers([Marker("crisis", id="corfu", label="Corfu", stage=2, lon=19.92, lat=39.62),
                      Marker("mission", id="m1", lon=21.0, lat=42.0)])
    view.finish(screen)
    corfu = at(view, 19.92, 39.62)
    results = feed(view, button(pygame.MOUSEBUTTONDOWN, corfu), button(pygame.MOUSEBUTTONUP, corfu))
    assert results == [MapEvent("marker", "corfu")]
    with pytest.raises(ValueError):
        view.set_markers([Marker("volcano")])


def test_resize_keeps_working(view, screen):
    view.resize(pygame.Rect(100, 50, 400, 300))
    assert view.draw(screen, budget_s=None)
    assert view.pick(at(view, 2.35, 48.86)) == "france"
    assert view.pick((20, 20)) is None, "outside the widget"
    view.resize(pygame.Rect(0, 0, W, H))
    view.finish(screen)
    assert view.pick(at(view, 2.35, 48.86)) == "france"


def test_overlay_is_pickable_only_when_shown(screen):
    v = MapView(load_base_map("europe_1994"), pygame.Rect(0, 0, W, H))
    x, y = v.map.project(16.20, 44.04)  # Knin
    v.center = (float(x), float(y))
    v.zoom_at(6)
    v.finish(screen)
    knin = at(v, 16.20, 44.04)
    assert v.pick(knin) == "croatia"
    v.set_fills({"krajina": (180, 40, 60)})
    v.finish(screen)
    assert v.pick(knin) == "krajina"


def test_colourblind_palette_and_labels(view, screen):
    view.set_palette("colourblind")
    view.set_labels({"france": "République française"})
    assert view.draw(screen, budget_s=None)
    with pytest.raises(ValueError):
        view.set_palette("sepia")


def test_overview_thumbnail():
    img = render_overview(load_base_map("world_1930"), (240, 120))
    assert img.get_size() == (240, 120)
