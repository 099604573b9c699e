"""Hot-seat at the screen, headless: the set-up and handover scenes driven by posted events, a
three-seat game through several rounds, a leak test of what each seat is shown, and resuming a
game saved in the middle of a round.

What is drawn is checked without OCR: every string the game hands to a font is recorded (the
font class is swapped for a recording subclass before the window opens), and so are the texts
and tooltips of the widgets on screen and the scenes' own tooltip regions.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame
import pytest

from game.engine.bodies import is_absent
from game.content.loader import load_campaign
from game.session import hotseat as hs
from game.session.session import Seat
from game.ui import fonts
from game.ui.scenes.base import Scene
from shots import SHOTS

MINI = Path(__file__).resolve().parents[1] / "fixtures" / "mini_campaign"
SIZE = (1280, 720)


@pytest.fixture(scope="module")
def mini():
    result = load_campaign(MINI)
    assert result.campaign is not None, result.errors
    return result.campaign


# --- recording what is drawn -------------------------------------------------------------------

LOG: list[str] = []


class RecordingFont(pygame.font.Font):
    """pygame's font, noting every string it renders."""

    def render(self, text, *args, **kwargs):
        LOG.append(str(text))
        return super().render(text, *args, **kwargs)


@pytest.fixture
def recording(monkeypatch):
    import pygame_gui.core.gui_font_pygame as gfp

    monkeypatch.setattr(pygame.font, "Font", RecordingFont)
    monkeypatch.setattr(gfp, "Font", RecordingFont)
    fonts.font.cache_clear()
    LOG.clear()
    yield LOG
    fonts.font.cache_clear()


def widget_texts(scene: Scene) -> list[str]:
    """The texts and tooltips of a scene's widgets, and of its own and its panels' tooltip
    regions."""
    out: list[str] = []
    if scene.manager is not None:
        stack = list(scene.manager.get_root_container().elements)
        while stack:
            el = stack.pop()
            for attr in ("text", "html_text", "tool_tip_text"):
                value = getattr(el, attr, None)
                if isinstance(value, str):
                    out.append(value)
            if hasattr(el, "elements"):
                stack.extend(el.elements)
            inner = getattr(el, "get_container", None)
            if callable(inner) and inner() is not el:
                stack.extend(inner().elements)
    holders = list(vars(scene).values())
    holders += [getattr(v, "tips", None) for v in holders]  # the main screen's panels' tips
    for value in holders:
        regions = getattr(value, "regions", None)
        if isinstance(regions, list):
            for _rect, tip in regions:
                out.append(tip() if callable(tip) else str(tip))
    return out


def on_screen(app) -> list[Scene]:
    """The scenes the app draws now: from the topmost opaque one up."""
    start = len(app.stack) - 1
    while start > 0 and app.stack[start].overlay:
        start -= 1
    return app.stack[max(0, start):]


# --- driving the app ---------------------------------------------------------------------------


@dataclass
class Harness:
    app: object
    drawn: list[str] = field(default_factory=list)

    def tick(self, n: int = 1) -> None:
        for _ in range(n):
            self.app.tick(1 / 60)

    def post(self, *events) -> None:
        """Post events and run two frames: widgets answer with events of their own."""
        for e in events:
            pygame.event.post(e)
        self.tick(2)

    def key(self, key: int, mod: int = 0, unicode: str = "") -> None:
        self.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod, unicode=unicode,
                                     scancode=0),
                  pygame.event.Event(pygame.KEYUP, key=key, mod=mod, unicode=unicode,
                                     scancode=0))

    def type(self, text: str) -> None:
        self.post(*[pygame.event.Event(pygame.TEXTINPUT, text=ch) for ch in text])

    def click(self, widget_or_pos) -> None:
        pos = (widget_or_pos.get_abs_rect().center if hasattr(widget_or_pos, "get_abs_rect")
               else widget_or_pos)
        self.post(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0)))
        self.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1))
        self.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=1))

    def clear_field(self) -> None:
        self.key(pygame.K_a, pygame.KMOD_CTRL)
        self.key(pygame.K_BACKSPACE)

    def shot(self, name: str) -> None:
        self.app.draw()
        SHOTS.mkdir(parents=True, exist_ok=True)
        pygame.image.save(self.app.screen, str(SHOTS / f"hotseat_{name}.png"))


@pytest.fixture
def harness(tmp_path, recording):
    """The app, opened after the fonts started recording."""
    from game.ui.app import App
    from game.ui.settings import Settings

    app = App(Settings(), size=SIZE, config_dir=tmp_path, save_dir=tmp_path / "saves")
    pygame.event.clear()
    yield Harness(app)
    app.shutdown()


class Below(Scene):
    """A stand-in for a seat's screen: a red fill and a secret, to show through if it can."""

    name = "below"
    closable = False

    def build(self) -> None:
        self.label((10, 10, 400, 30), "SECRET of the previous seat",
                   tooltip="SECRET tooltip")

    def draw(self, surface) -> None:
        surface.fill((255, 0, 0))


def seat(nation="BRV", name="Ben", password=""):
    return Seat(nation, name, hs.hash_password(password, iterations=1000) if password else "")


# --- the handover card -------------------------------------------------------------------------


def test_handover_shows_nothing_of_the_seat_before(harness, mini, recording):
    from game.ui.scenes.handover import HandoverScene

    harness.app.push(Below(harness.app))
    harness.tick()
    assert any("SECRET" in s for s in recording)
    recording.clear()
    revealed = []
    harness.app.push(HandoverScene(harness.app, mini, hs.Turn(seat(), "play"),
                                   on_reveal=lambda: revealed.append(1)))
    harness.tick()
    assert harness.app.top.name == "handover" and on_screen(harness.app) == [harness.app.top]
    pixels = pygame.surfarray.pixels3d(harness.app.screen)
    red = ((pixels[..., 0] == 255) & (pixels[..., 1] == 0) & (pixels[..., 2] == 0)).sum()
    del pixels
    assert red == 0
    shown = recording + widget_texts(harness.app.top)
    assert not [s for s in shown if "SECRET" in s]
    assert "Ben" in shown and any("Bravia" in s for s in shown)
    harness.shot("handover")
    harness.key(pygame.K_ESCAPE)  # Esc never uncovers the seat's screen
    assert harness.app.top.name == "handover" and not revealed
    harness.key(pygame.K_RETURN)
    assert revealed == [1] and harness.app.top.name == "below"


def test_handover_reveals_on_a_click(harness, mini):
    from game.ui.scenes.handover import HandoverScene

    harness.app.push(Below(harness.app))
    revealed = []
    scene = HandoverScene(harness.app, mini, hs.Turn(seat(), "play"),
                          on_reveal=lambda: revealed.append(1))
    harness.app.push(scene)
    harness.tick()
    harness.click(scene.card.midbottom[0:1] + (scene.card.bottom - 5,))
    assert revealed == [1]


def test_handover_password(harness, mini, recording):
    from game.ui.scenes.handover import HandoverScene

    harness.app.push(Below(harness.app))
    revealed = []
    scene = HandoverScene(harness.app, mini, hs.Turn(seat(password="bravo"), "play"),
                          on_reveal=lambda: revealed.append(1), on_menu=lambda: None)
    harness.app.push(scene)
    harness.tick()
    harness.key(pygame.K_RETURN)  # nothing typed: not revealed
    assert not revealed and "Type the password first" in scene.error
    harness.click(scene.card.center)  # a click on a locked card does not reveal either
    assert not revealed
    harness.click(scene.entry)
    harness.type("brav0")
    assert recording and "brav0" not in recording  # typed text is shown hidden
    harness.key(pygame.K_RETURN)
    assert not revealed and harness.app.top is scene
    assert scene.error.startswith("Wrong password") and scene.attempts == 1
    assert any("Wrong password" in s for s in widget_texts(scene))
    harness.shot("handover_wrong_password")
    harness.click(scene.entry)
    harness.clear_field()
    harness.type("bravo")
    harness.click(scene.widgets["reveal"])
    assert revealed == [1] and harness.app.top.name == "below"


def test_a_defeated_seat_is_told_and_chooses(harness, mini):
    from game.ui.scenes.handover import HandoverScene

    harness.app.push(Below(harness.app))
    chose, revealed = [], []
    scene = HandoverScene(harness.app, mini, hs.Turn(seat(), "defeated"),
                          defeat_text="Bravia is defeated.", on_choice=chose.append,
                          on_reveal=lambda: revealed.append(1))
    harness.app.push(scene)
    harness.tick()
    harness.key(pygame.K_RETURN)
    assert scene.stage == "notice" and not revealed and harness.app.top is scene
    assert any("Bravia is defeated" in s for s in widget_texts(scene))
    harness.shot("defeated")
    harness.key(pygame.K_w)
    assert chose == [hs.RETIRED_WATCH] and revealed == [1]


# --- the set-up --------------------------------------------------------------------------------


def test_setup_by_keyboard(harness, mini, monkeypatch):
    from game.ui.scenes import hotseat_setup
    from game.ui.scenes.hotseat_setup import HotseatSetup

    started = []
    monkeypatch.setattr(hotseat_setup, "start_hotseat", lambda app, s: started.append(s))
    monkeypatch.setattr(hs, "ITERATIONS", 1000)
    scene = HotseatSetup(harness.app, mini, seed=11, source="test:mini")
    harness.app.push(scene)
    harness.tick()
    assert [s["nation"] for s in scene.seats] == ["ALD", "BRV"]
    harness.key(pygame.K_TAB)  # player 1's name
    harness.clear_field()
    harness.type("Ann")
    harness.key(pygame.K_TAB)  # player 1's password: none
    harness.key(pygame.K_TAB)  # player 2's name
    harness.clear_field()
    harness.type("Ben")
    harness.key(pygame.K_TAB)
    harness.type("bravo")
    harness.key(pygame.K_RETURN)  # done typing
    assert [(s["name"], s["password"]) for s in scene.seats] == [("Ann", ""), ("Ben", "bravo")]
    harness.key(pygame.K_INSERT)
    assert len(scene.seats) == 3 and scene.seats[2]["nation"] == "CAS" and scene.index == 2
    harness.key(pygame.K_TAB, pygame.KMOD_SHIFT)  # back from nowhere: the last field
    harness.key(pygame.K_TAB, pygame.KMOD_SHIFT)  # player 3's name
    harness.clear_field()
    harness.type("Cy")
    harness.key(pygame.K_ESCAPE)  # leave the field, stay on the screen
    assert harness.app.top is scene and scene.seats[2]["name"] == "Cy"
    harness.key(pygame.K_UP, pygame.KMOD_CTRL)  # Cy takes the screen before Ben
    assert [s["name"] for s in scene.seats] == ["Ann", "Cy", "Ben"] and scene.index == 1
    harness.key(pygame.K_RIGHT)  # the only free nation is... none: Cy keeps Castria
    assert scene.seats[1]["nation"] == "CAS"
    harness.key(pygame.K_DOWN)
    harness.key(pygame.K_DELETE)
    assert [s["name"] for s in scene.seats] == ["Ann", "Cy"]
    harness.key(pygame.K_RIGHT)  # Bravia is free again
    assert scene.seats[1]["nation"] == "BRV"
    harness.shot("setup")
    harness.key(pygame.K_RETURN)
    session, = started
    assert [(s.nation, s.name) for s in session.seats] == [("ALD", "Ann"), ("BRV", "Cy")]
    assert session.seed == 11 and session.source == "test:mini"


def test_setup_with_the_mouse_and_a_problem(harness, mini, monkeypatch):
    from game.ui.scenes import hotseat_setup
    from game.ui.scenes.hotseat_setup import HotseatSetup

    started = []
    monkeypatch.setattr(hotseat_setup, "start_hotseat", lambda app, s: started.append(s))
    scene = HotseatSetup(harness.app, mini, seed=1)
    harness.app.push(scene)
    harness.tick()
    harness.click(scene.widgets["add"])
    assert len(scene.seats) == 3 and not scene.widgets["add"].is_enabled  # 3 playable nations
    harness.click(scene.widgets["name:2"])
    harness.clear_field()
    harness.type("Player 1")
    harness.click(scene.widgets["start"])
    assert not started and any("same name" in p for p in scene.problems)
    assert harness.app.top.name == "dialog"
    harness.shot("setup_problem")
    harness.key(pygame.K_RETURN)  # OK
    assert harness.app.top is scene
    harness.click(scene.widgets["any"])
    assert scene.any_nation and scene.widgets["add"].is_enabled
    harness.click(scene.widgets["next:2"])
    assert scene.seats[2]["nation"] == "DUN"
    harness.click(scene.widgets["down:0"])
    assert [s["nation"] for s in scene.seats] == ["BRV", "ALD", "DUN"]
    harness.click(scene.widgets["remove:1"])
    assert [s["nation"] for s in scene.seats] == ["BRV", "DUN"]
    tips = " ".join(widget_texts(scene))
    assert "Optional" in tips and "turn order" in tips.lower()
    harness.click(scene.widgets["start"])
    assert len(started) == 1


def test_clicking_a_players_name_picks_that_player(harness, mini):
    """Clicking into a player's name field makes that player the one described below, under the
    name being typed (seen in a real window: typing "Ben" in row 2 left row 1 highlighted and the
    text said "Player 1 leads ...")."""
    from game.ui.scenes.hotseat_setup import HotseatSetup

    scene = HotseatSetup(harness.app, mini, seed=1)
    harness.app.push(scene)
    harness.tick()
    harness.click(scene.widgets["name:1"])
    assert scene.index == 1
    harness.clear_field()
    harness.type("Ben")
    info = scene.widgets["info"].html_text
    assert "Ben leads Bravia" in info and "Player 1 leads" not in info


# --- a whole hot-seat game at the screen ------------------------------------------------------

PASSWORDS = {"BRV": "bravo"}
FIXTURES = MINI.parent


@pytest.fixture
def game_app(tmp_path, recording, monkeypatch):
    """The app with the mini campaign among the user's campaigns, and the windows of what was
    drawn: each handover card starts a new window (LOG position, the seat due)."""
    from game.ui.app import App
    from game.ui.scenes import handover
    from game.ui.settings import Settings

    monkeypatch.setattr(hs, "ITERATIONS", 2000)  # passwords hash fast in tests
    windows: list[tuple[int, hs.Turn]] = []
    enter = handover.HandoverScene.enter

    def marked(self):
        windows.append((len(LOG), self.turn))
        enter(self)

    monkeypatch.setattr(handover.HandoverScene, "enter", marked)
    app = App(Settings(), size=SIZE, config_dir=tmp_path, save_dir=tmp_path / "saves",
              campaign_dirs=[FIXTURES])
    pygame.event.clear()
    h = Harness(app)
    h.windows = windows
    yield h
    app.shutdown()


def game_scene(app):
    from game.ui.scenes.game_scene import GameScene

    return app.find(GameScene)


def wait_for(h: Harness, predicate, frames: int = 2000) -> None:
    for _ in range(frames):
        if predicate():
            return
        h.tick()
    scene = game_scene(h.app)
    where = ""
    if scene is not None:
        st = scene.ctl.session.state
        where = (f"; turn {st.turn} {st.phase}, due {hs.turn(scene.ctl.session)}, at the "
                 f"screen {scene.ctl.at_screen}, waiting {st.waiting_for()}; {scene.status}")
    raise AssertionError(f"waited {frames} frames; the stack is "
                         f"{[s.name for s in h.app.stack]}{where}")


def card_up(h: Harness) -> bool:
    return h.app.top is not None and h.app.top.name == "handover"


def reveal(h: Harness) -> hs.Turn:
    """Lift the card on top as its seat would: the password if it has one, then Enter."""
    card = h.app.top
    assert card.name == "handover"
    assert on_screen(h.app) == [card]  # nothing else is drawn under the card
    shown = " ".join(widget_texts(card))
    assert card.seat.name in shown
    phase = game_scene(h.app).ctl.session.state.phase
    if card.turn.kind == "play":  # the card says what the seat is called to do
        assert CARD_LINES[phase] in shown, (phase, shown)
        CARD_PHASES.append(phase)
    password = PASSWORDS.get(card.seat.nation, "")
    if hs.has_password(card.seat):
        h.click(card.entry)
        h.type(password)
    h.key(pygame.K_RETURN)
    assert h.app.top is not card
    return card.turn


def nation_pos(scene, code: str) -> tuple[int, int]:
    lon, lat = scene.ctl.campaign.nation(code).capital_lonlat
    x, y = scene.map.base.project(lon, lat)
    return scene.map.view.map_to_screen(float(x), float(y))


def click_action(h: Harness, scene, text: str) -> None:
    button = scene.action_buttons.get(text)
    assert button is not None, f"no {text!r} in {sorted(scene.action_buttons)}"
    h.click(button)


def start_three_seats(h: Harness, seed: int = 4) -> None:
    """Main menu -> Hot-seat game -> the mini campaign -> three players -> the game."""
    from game.ui.scenes.main_menu import MainMenu

    h.app.push(MainMenu(h.app))
    h.tick()
    h.key(pygame.K_h)
    select = h.app.top
    assert select.name == "campaign_select" and select.hotseat
    index = next(i for i, e in enumerate(select.entries) if e.id == "mini")
    for _ in range(index):
        h.key(pygame.K_DOWN)
    h.key(pygame.K_RETURN)
    setup = h.app.top
    assert setup.name == "hotseat_setup"
    setup.seed = seed  # a fixed game (the screen draws a random seed)
    for name, password in (("Ann", ""), ("Ben", "bravo")):
        h.key(pygame.K_TAB)
        h.clear_field()
        h.type(name)
        h.key(pygame.K_TAB)
        h.type(password)
    h.key(pygame.K_RETURN)
    h.key(pygame.K_INSERT)
    h.key(pygame.K_TAB, pygame.KMOD_SHIFT)
    h.key(pygame.K_TAB, pygame.KMOD_SHIFT)
    h.clear_field()
    h.type("Cy")
    h.key(pygame.K_RETURN)
    h.shot("setup_three")
    h.key(pygame.K_RETURN)
    scene = game_scene(h.app)
    assert scene is not None and scene.ctl.hotseat
    assert [(s.nation, s.name) for s in scene.ctl.session.seats] == [
        ("ALD", "Ann"), ("BRV", "Ben"), ("CAS", "Cy")]


def play_window(h: Harness, nation: str, script) -> None:
    """The seat ``nation`` has the screen: answer what is put to it, follow its script, end."""
    scene = game_scene(h.app)
    state = scene.ctl.session.state
    assert scene.ctl.player() == nation
    # a fresh screen for this seat: nothing selected of the seat before
    assert scene.selected_nation == nation and scene.selected_crisis is None
    assert scene.status == "" and scene.map.selected == nation
    for _ in range(6):
        top = h.app.top
        if top.name == "choice":
            assert top.nation == nation  # a choice is put to its own seat only
            h.shot("choice")
            h.key(pygame.K_1)
        elif top.name == "council":
            live = scene.ctl.session.state
            if live.phase == "debate" and nation in live.waiting_for():
                assert_no_other_ballot(top, nation)
                h.shot("council_debate")
                h.click(top.widgets["end debate"])  # the vote follows once all have ended
            elif state.phase == "voting" and state.ballots_owed(nation):
                assert_no_other_ballot(top, nation)
                h.shot("council_voting")
                for _ in range(10):
                    owed = scene.ctl.session.state.ballots_owed(nation)
                    if not owed or h.app.top.name != "council":
                        break
                    res = scene.ctl.session.state.resolutions[owed[0]]
                    h.app.top.show_body(f"{res.org}.{res.body}")
                    h.key(pygame.K_n if nation == "BRV" else pygame.K_y)
            if h.app.top.name == "council":
                h.key(pygame.K_ESCAPE)
        elif top.name == "dialog" and top.title.startswith("Turn summary"):
            SUMMARIES.append((scene.ctl.session.state.turn, nation))  # its own, once a turn
            h.shot("turn_summary_seat")
            h.key(pygame.K_RETURN)
        else:
            break
        h.tick()
    if h.app.top is not scene or state.phase != "orders" or nation not in state.waiting_for():
        return
    for step in script.get((state.turn, nation), ()):
        if step.startswith("select "):
            h.click(nation_pos(scene, step.split()[1]))
            assert scene.selected_nation == step.split()[1]
        elif step.startswith("group "):
            h.click(scene.group_buttons[step.split()[1]])
        elif step.split()[1] == "table":  # drafting is done in the council chamber
            h.key(pygame.K_c)
            council = h.app.top
            assert council.name == "council"
            council.show_body(step.split()[2])
            if f"table {step}" not in council.widgets:  # a membership question: open the list
                h.click(council.widgets["membership"])
            h.click(council.widgets[f"table {step}"])
            assert step in scene.ctl.session.log, council.status
            h.key(pygame.K_ESCAPE)
        else:
            click_action(h, scene, step)
            assert step in scene.ctl.session.log, scene.status
    h.key(pygame.K_e)


SUMMARIES: list[tuple[int, str]] = []
"""(turn, seat) for every turn summary a seat was shown."""
HIDDEN: list[tuple[str, str, str]] = []
"""(seat, resolution, other seat) for every other seat's ballot the chamber kept hidden."""
CARD_LINES = {"orders": "Your orders", "debate": "The debate: lobby, then end it",
              "voting": "Your ballots"}
CARD_PHASES: list = []
"""The phases in which a seat's card was lifted (the debate and the vote have their own)."""


def assert_no_other_ballot(council, nation: str) -> None:
    """The chamber shows no ballot but the seat's own on an item still being voted on."""
    st = council.ctl.session.state
    for rid, res in st.resolutions.items():
        if res.status != "tabled":
            continue
        council.show_body(f"{res.org}.{res.body}")
        council.set_focus(rid)
        seats, _res = council.seats()
        shown = {s.code for s in seats if s.ballot  # a boycott's absence is public
                 and not is_absent(st, s.code, res.org, res.body)}
        assert shown <= {nation}, (rid, shown, res.ballots)
        HIDDEN.extend((nation, rid, n) for n, _ in res.ballots
                      if n != nation and n in council.ctl.humans)


def check_windows(h: Harness, session) -> int:
    """Each seat's window of drawn text holds nothing private to the other seats."""
    public = {e.text for e in session.chronicle if e.visible_to is None}
    private = [e for e in session.chronicle if e.visible_to is not None and e.kind != "draw"
               and e.text not in public]
    windows = [(0, None)] + list(h.windows)  # before the first card: public facts only
    bounds = [pos for pos, _ in windows] + [len(LOG)]
    checked = 0
    for (start, turn), end in zip(windows, bounds[1:]):
        text = re.sub(r"\s+", " ", " ".join(LOG[start:end]))
        viewer = turn.viewer if turn is not None else None
        for e in private:
            if viewer is None or viewer not in e.visible_to:
                assert e.text not in text, (turn, e)
                checked += 1
    return checked


def test_three_seats_play_several_rounds(game_app):
    """Ann (Aldoria), Ben (Bravia, with a password) and Cy (Castria) play four rounds: an
    offer of alliance between two of them, a choice put to one, money pledged, a resolution
    tabled and voted on by all three in secret; each seat sees its own view only."""
    from tests.session.test_hotseat import assert_view_private

    h = game_app
    HIDDEN.clear()
    CARD_PHASES.clear()
    SUMMARIES.clear()
    start_three_seats(h)
    scene = game_scene(h.app)
    session = scene.ctl.session
    script = {
        (0, "ALD"): ["select CAS", "ALD propose alliance CAS", "group organisations",
                     "ALD pledge money league", "ALD table league.council expel HEL"],
        (0, "BRV"): ["select CAS", "BRV improve CAS"],
        (1, "CAS"): ["CAS accept O1"],
    }
    seen = []
    def same_seat_goes_on():
        due = hs.turn(session)
        return due is not None and not scene.ctl.ai_busy() and scene.ctl.at_screen == due

    while session.state.turn < 4:
        assert len(seen) < 40, seen
        wait_for(h, lambda: card_up(h) or (seen and same_seat_goes_on()))
        due = hs.turn(session)
        if card_up(h):
            turn = reveal(h)
        else:  # the seat that just acted is due again (its ballots): no card
            turn = scene.ctl.at_screen
            h.tick(3)
        assert turn == due and scene.ctl.at_screen == turn
        seen.append((session.state.turn, turn.nation))
        for seat in session.seats:  # what the screen draws from holds nothing of others
            if seat.nation == turn.nation:
                assert_view_private(scene.ctl.view(), seat.nation)
        # the seat's screen, once shown, holds no text private to another seat
        for s in on_screen(h.app):
            for text in widget_texts(s):
                for e in session.chronicle:
                    if e.visible_to is not None and turn.nation not in e.visible_to:
                        assert e.text not in text, (turn, e)
        if len(seen) == 1:
            h.shot("game_first_seat")
        if (session.state.turn, turn.nation) == (1, "CAS"):
            diplomacy = " ".join(scene.action_buttons)
            assert "CAS accept O1" in diplomacy  # Ann's offer reached Cy at Cy's turn
        play_window(h, turn.nation, script)
    # every seat had its turns in order, every round
    orders = [n for t, n in seen if t == 0]
    assert orders[:3] == ["ALD", "BRV", "CAS"]
    assert {t for t, _ in seen} == {0, 1, 2, 3}
    assert any(t.kind == "alliance" and {t.a, t.b} == {"ALD", "CAS"}
               for t in session.state.treaties)
    kinds = {e.kind for e in session.chronicle if e.visible_to is not None}
    assert {"offer", "decision"} <= kinds, kinds  # money paid into a budget is public
    assert check_windows(h, session) > 50
    assert HIDDEN, "no seat voted after another on the same item"
    assert "debate" in CARD_PHASES, CARD_PHASES
    # from the second round on, each seat read its own turn summary once a turn
    assert sorted(set(SUMMARIES)) == sorted(SUMMARIES)
    assert {(t, n) for t, n in seen if t > 0} <= set(SUMMARIES), (seen, SUMMARIES)


def fast_game(mini, h: Harness, seed: int = 4):
    """A three-seat game opened straight on the main screen (Ben with a password)."""
    from game.ui.scenes.hotseat_setup import start_hotseat

    session = hs.new_session(mini, [hs.SeatRequest("Ann", "ALD"),
                                    hs.SeatRequest("Ben", "BRV", PASSWORDS["BRV"]),
                                    hs.SeatRequest("Cy", "CAS")], seed=seed)
    start_hotseat(h.app, session)
    return game_scene(h.app), session


def test_a_defeated_seat_watches_public_facts_only(game_app, mini):
    h = game_app
    scene, session = fast_game(mini, h)
    wait_for(h, lambda: card_up(h))
    s = session.state.copy()  # Bravia collapses (as the engine's consequences would say)
    s.flags = tuple(sorted(set(s.flags) | {"defeated_BRV"}))
    session.state = s
    assert reveal(h).nation == "ALD"
    play_window(h, "ALD", {(0, "ALD"): ["select CAS", "ALD propose alliance CAS"]})
    wait_for(h, lambda: card_up(h))
    card = h.app.top
    assert card.turn.key() == ("BRV", "defeated")
    h.click(card.entry)
    h.type(PASSWORDS["BRV"])
    h.key(pygame.K_RETURN)
    assert card.stage == "notice" and h.app.top is card  # told first, nothing revealed
    h.key(pygame.K_w)
    wait_for(h, lambda: scene.ctl.at_screen.kind == "watch" and not scene.ctl.ai_busy())
    assert scene.ctl.player() is None and scene.ctl.watching
    assert hs.retired(session.seat("BRV")) == hs.RETIRED_WATCH
    assert "BRV end" in session.log  # the computer played Bravia's orders
    h.tick(3)
    h.shot("watching")
    shown = " ".join(t for sc in on_screen(h.app) for t in widget_texts(sc))
    assert "You are watching" in shown and "Done watching" in shown
    assert scene.ctl.view().offers == {} and scene.ctl.view().choices == {}
    for e in session.chronicle:  # nothing private to any nation, Bravia's own included
        if e.visible_to is not None:
            assert e.text not in shown, e
    h.key(pygame.K_e)  # done watching: Cy's turn
    wait_for(h, lambda: card_up(h))
    assert h.app.top.turn.key() == ("CAS", "play")
    reveal(h)
    play_window(h, "CAS", {})
    # the next turn: Ann, then Ben's look (once a turn), then Cy
    order = []
    while session.state.turn == 1 and len(order) < 6:
        wait_for(h, lambda: card_up(h))
        turn = reveal(h)
        order.append(turn.key())
        if turn.kind == "watch":
            h.key(pygame.K_e)
        else:
            play_window(h, turn.nation, {})
    assert order == [("ALD", "play"), ("BRV", "watch"), ("CAS", "play")]
    assert check_windows(h, session) > 0


def test_resume_in_the_middle_of_a_round(game_app, mini):
    """Ann ends her orders; at Ben's card the game is saved and left; loaded again, the card
    is Ben's (behind his password), and Cy follows him."""
    from tests.ui.driver import click

    h = game_app
    scene, session = fast_game(mini, h)
    wait_for(h, lambda: card_up(h))
    reveal(h)
    play_window(h, "ALD", {(0, "ALD"): ["select CAS", "ALD propose alliance CAS"]})
    wait_for(h, lambda: card_up(h))
    assert h.app.top.turn.nation == "BRV"
    log = list(session.log)
    h.key(pygame.K_ESCAPE)  # the card's menu: the game menu, over the card
    assert h.app.top.name == "dialog"
    click(h.app, "Save")
    saver = h.app.top
    assert saver.name == "save_load"
    h.click(saver.entry_box)
    h.clear_field()
    h.type("mid round")
    h.key(pygame.K_RETURN)
    assert h.app.top.name == "handover"
    h.key(pygame.K_ESCAPE)
    click(h.app, "Main menu")
    assert h.app.top.name == "main_menu"
    h.key(pygame.K_l)
    loader = h.app.top
    assert loader.name == "save_load"
    h.key(pygame.K_DOWN)
    h.key(pygame.K_RETURN)
    wait_for(h, lambda: card_up(h))
    scene = game_scene(h.app)
    again = scene.ctl.session
    assert again is not session and again.log == log and scene.ctl.hotseat
    assert h.app.top.turn.key() == ("BRV", "play") and again.next_human() == "BRV"
    h.shot("resumed")
    assert reveal(h).nation == "BRV"
    play_window(h, "BRV", {})
    wait_for(h, lambda: card_up(h))
    assert h.app.top.turn.nation == "CAS"
    assert "ALD propose alliance CAS" in again.state.orders  # Ann's queued offer was saved
    reveal(h)
    assert "CAS accept O1" not in scene.action_buttons  # made only when the orders are carried out
    play_window(h, "CAS", {})
    for _ in range(8):  # to Cy's next orders: the offer, carried out, reached Cy
        wait_for(h, lambda: card_up(h))
        turn = reveal(h)
        if again.state.turn == 1 and again.state.phase == "orders" and turn.nation == "CAS":
            break
        play_window(h, turn.nation, {})
    assert "CAS accept O1" in scene.action_buttons  # Ann's offer survived the save
