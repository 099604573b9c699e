"""The map widget, headless: posted events pan, zoom, hover and select; picking finds the
feature under a city; an idle frame draws nothing; resizing keeps it working."""

import os
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame
import pytest

from game.mapdata import load_base_map
from game.ui.map_view import (
    MAX_ZOOM,
    MapEvent,
    MapView,
    Marker,
    render_overview,
)

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


def wheel(y):
    return pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=y, flipped=False, precise_x=0.0,
                              precise_y=float(y), touch=False, which=0)


def test_wheel_zooms_around_the_cursor(view):
    cursor = at(view, 2.35, 48.86)
    pygame.mouse.set_pos(cursor)
    under = view.screen_to_map(cursor)
    zoom = view.zoom
    results = feed(view, motion(cursor), wheel(1))
    assert view.zoom == zoom + 1 and MapEvent("view") in results
    after = view.screen_to_map(cursor)
    assert abs(after[0] - under[0]) < 2 / view.scale + 1e-6
    assert abs(after[1] - under[1]) < 2 / view.scale + 1e-6
    feed(view, wheel(-1))
    assert view.zoom == zoom


def test_wheel_over_another_panel_does_not_zoom(view):
    """The wheel scrolls whatever is under the pointer: over the chronicle it must not zoom
    the map (the main screen hands the map every wheel event)."""
    small = MapView(view.map, pygame.Rect(100, 100, 400, 300))
    pygame.mouse.set_pos((50, 50))
    zoom = small.zoom
    assert feed(small, wheel(1)) == [] and small.zoom == zoom


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


def drawn_with_legend(view, screen, scale: float | None) -> pygame.Surface:
    """The map drawn with its legend at ``scale`` (None: without a legend)."""
    view.set_mode_legend("Test", [((200, 30, 30), "hatch", "Red"), ((30, 30, 200), "", "Blue")],
                         scale or 1.0)
    if scale is None:
        view.set_mode_legend("", [])
    view.draw(screen, force=True, budget_s=None)
    return screen.copy()


def test_the_legend_follows_the_ui_scale(view, screen):
    """The legend is part of the interface: at UI scale 200% its text and swatches are twice
    as large (it stayed at 100% while the panels beside it doubled), still in the corner."""
    bare = drawn_with_legend(view, screen, None)
    sizes = []
    for scale in (1.0, 2.0):
        shot = drawn_with_legend(view, screen, scale)
        changed = [(x, y) for x in range(0, W // 2, 2) for y in range(H // 2, H, 2)
                   if shot.get_at((x, y)) != bare.get_at((x, y))]
        xs, ys = [x for x, _ in changed], [y for _, y in changed]
        assert min(xs) <= 12 * scale + 2 and max(ys) >= H - 12 * scale - 2
        sizes.append((max(xs) - min(xs), max(ys) - min(ys)))
    (w1, h1), (w2, h2) = sizes
    assert 1.8 < w2 / w1 < 2.2 and 1.8 < h2 / h1 < 2.2


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


# -- the main screen: wheel, opening view, labels (issue 13) --------------------------------
REPO = Path(__file__).resolve().parents[2]


def open_main(home, campaign_id, nation, size=(1280, 720)):
    """The real main screen of a bundled campaign, opened as the nation screen opens it."""
    from game.content.loader import load_campaign
    from game.ui.app import App
    from game.ui.scenes.opening import start_game

    app = App(size=size, config_dir=home, save_dir=home / "saves")
    scene = start_game(app, load_campaign(REPO / "game" / "campaigns" / campaign_id).campaign, [nation],
                       seed=3)
    settle(app, scene)
    return app, scene


def settle(app, scene):
    for _ in range(400):
        if not scene.ctl.ai_busy():
            break
        app.tick(0.05)
    app.invalidate()
    app.tick(0.05)


def close(app):
    while app.stack:
        app.stack.pop().exit()


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    path = tmp_path_factory.mktemp("home")
    old = os.environ.get("COLLECTIVE_SECURITY_HOME")
    os.environ["COLLECTIVE_SECURITY_HOME"] = str(path)
    yield path
    if old is None:
        os.environ.pop("COLLECTIVE_SECURITY_HOME")
    else:
        os.environ["COLLECTIVE_SECURITY_HOME"] = old


@pytest.fixture(scope="module")
def league(home):
    """The League campaign's main screen on turn 2, when the Aland crisis has begun."""
    app, scene = open_main(home, "league_1920", "GBR")
    scene.ctl.session.play_out(1)
    settle(app, scene)
    scene._refresh(force=True)
    yield app, scene
    close(app)


def overlaps(items):
    """Pairs of placed symbols or names whose rectangles overlap."""
    return [(a.text or a.kind, b.text or b.kind) for k, a in enumerate(items)
            for b in items[k + 1:] if a.rect.colliderect(b.rect)]


@pytest.mark.parametrize("deliver_motion", [True, False])
def test_wheel_keeps_the_point_under_the_cursor_on_the_main_screen(league, deliver_motion):
    """Issue 13: zooming with the wheel over Europe slid Europe off the top. The map's rect
    starts below the top bar; the point under the cursor must stay put, near the edges too,
    and also when the moves went to a dialog above (the view's last known position is stale)."""
    app, scene = league
    v = scene.map.view
    r = v.rect
    assert r.topleft != (0, 0)
    start = v.center, v.zoom
    try:
        wheel_at_corners(app, v, deliver_motion)
    finally:
        v.center, v._zoom = start
        v.invalidate()


def wheel_at_corners(app, v, deliver_motion):
    r = v.rect
    for pos in ((r.centerx, r.centery), (r.left + 3, r.top + 3), (r.right - 4, r.top + 5),
                (r.left + 10, r.bottom - 4), (r.right - 3, r.bottom - 3),
                (r.left + r.w // 3, r.top + 40)):
        pygame.mouse.set_pos(pos)
        if not deliver_motion:
            pygame.event.clear()
        app.tick(0.05)
        zoom = v.zoom
        for y in (1, 1, -1, -1):
            before = v.screen_to_map(pos)
            pygame.event.post(wheel(y))
            app.tick(0.05)
            after = v.screen_to_map(pos)
            assert abs(after[0] - before[0]) * v.scale <= 1.0, (pos, y)
            assert abs(after[1] - before[1]) * v.scale <= 1.0, (pos, y)
        assert v.zoom == zoom


def test_the_main_screen_opens_on_the_players_region(league):
    """A new player of the League sees Europe around London, not the whole world with
    Europe a clump of dots."""
    _, scene = league
    v = scene.map.view
    london = v.map_to_screen(*map(float, v.map.project(-0.1, 51.5)))
    assert v.rect.collidepoint(london)
    x0, _, x1, _ = v.map.bounds
    assert v.rect.w / v.scale < (x1 - x0) / 3, "a region, not the world"
    assert scene.map.pick(london) == ("nation", "GBR")


def test_labels_never_overlap_at_any_zoom(league):
    """Issue 13: dots, capitals, nation names and crisis names are laid out together; nothing
    is drawn over anything else, and zooming in shows more."""
    _, scene = league
    v = scene.map.view
    zoom = v.zoom
    counts = []
    try:
        for z in range(v._min_zoom, 10, 2):
            v._zoom = z
            items = v.placed()
            assert overlaps(items) == [], z
            counts.append(len(items))
    finally:
        v._zoom = zoom
    assert counts == sorted(counts) and counts[-1] > 2 * counts[0]


def test_crisis_name_does_not_hide_a_capital(league):
    """Issue 13: "The Aland Islands question" sat on Helsinki's name. Both show now, apart."""
    _, scene = league
    v = scene.map.view
    items = v.placed()
    callout = [p for p in items if p.kind == "callout"]
    assert [p.text for p in callout] == ["The Aland Islands question"]
    assert {"Helsinki", "Stockholm"} <= {p.text for p in items if p.kind == "label"}
    assert overlaps(items) == []


def test_the_soviet_union_keeps_its_name_on_turn_two(league):
    """Issue 13: on turn 2 the Aland crisis's name was placed before nation names and took the
    Soviet Union's spot at the whole-world zoom; nation names now come before crisis names."""
    _, scene = league
    v = scene.map.view
    zoom = v.zoom
    try:
        for z in (v._min_zoom, 0, 1):
            v._zoom = z
            names = {p.text for p in v.placed() if p.kind == "name"}
            assert "Soviet Union" in names, z
            assert any(p.kind == "callout" for p in v.placed()), z
    finally:
        v._zoom = zoom


def test_a_moved_crisis_marker_is_still_clickable(league):
    """A marker moved off a capital is clicked where it is drawn."""
    _, scene = league
    v = scene.map.view
    marker = next(p for p in v.placed() if p.kind == "crisis")
    assert v.marker_at(v.world_rect(marker.rect).center) == "aland"


def test_tutorial_map_names_ostravia_and_shows_its_capital(home):
    """Issue 13: in the tutorial the crisis marker and its name hid Ostra, and Ostravia had no
    name. Every nation is named, and the marker stands beside the capital, not on it."""
    app, scene = open_main(home, "tutorial", "ARV")
    try:
        v = scene.map.view
        for zoom in range(0, v.zoom + 4):  # from the whole of Europe to a close look
            v._zoom = zoom
            items = v.placed()
            names = {p.text for p in items if p.kind == "name"}
            assert {"Arventia", "Valdoria", "Ostravia", "Merania", "Nordhavn"} <= names, zoom
            ostra = [p for p in items if p.kind == "capital" and p.text == "Ostra"]
            assert ostra and "Ostra" in {p.text for p in items if p.kind == "label"}, zoom
            crisis = [p for p in items if p.kind == "crisis"]
            assert crisis and not crisis[0].rect.colliderect(ostra[0].rect.inflate(4, 4))
            assert any(p.kind == "callout" for p in items), zoom
            assert overlaps(items) == [], zoom
    finally:
        close(app)


def test_a_big_country_is_named_where_the_view_shows_it(league):
    """The League opens on Europe; the Soviet Union's label point lies in Siberia, out of
    view (or cut by its edge). The view names it again inside European Russia, clear of every
    other label, and only while its own name is not whole in view."""
    _, scene = league
    v = scene.map.view
    whole = [r for t, r in v.names_in_view() if t == "Soviet Union" and v.rect.contains(r)]
    assert len(whole) == 1
    others = [v.world_rect(p.rect) for p in v.placed()]
    assert whole[0].collidelist(others) < 0 or any(whole[0] == o for o in others)
    start = v.center, v.zoom
    try:
        v._zoom = v._min_zoom  # the whole world: its own name shows, and no second one
        v._clamp_center()
        assert [t for t, _ in v.names_in_view()].count("Soviet Union") == 1
    finally:
        v.center, v._zoom = start
    assert "Denmark" not in [t for t, _ in v.names_in_view()], \
        "not named on Greenland, which is not on Denmark's own land"


def test_the_selected_outline_does_not_cross_names(league):
    """The player's country is selected from the start; its gold outline used to run through
    "London". Names an outline crosses are drawn again above it."""
    app, scene = league
    v = scene.map.view
    london = next(p for p in v.placed() if p.kind == "label" and p.text == "London")
    rect = v.world_rect(london.rect)
    assert v.rect.contains(rect) and v.selected == "united_kingdom"
    v.draw(app.screen, force=True, budget_s=None)
    gold = tuple(v.palette.selected)
    w, h = london.img.get_size()
    inked = [(x, y) for x in range(w) for y in range(h) if london.img.get_at((x, y)).a == 255]
    assert inked and not [(x, y) for x, y in inked
                          if tuple(app.screen.get_at((rect.x + x, rect.y + y)))[:3] == gold]
