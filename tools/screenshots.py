"""Render every screen of the game headless to screenshots/*.png (`make screenshots`).

Each screen is drawn at 1280x720 and 1920x1080, at UI scale 100% and 200%, from a real game:
the screens are opened the way a player opens them and the pictures are what the window would
show. A screen that cannot be opened is reported and the others still render. The maps in all
their modes are rendered by tools/render_maps.py.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import traceback
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import pygame  # noqa: E402

SIZES = ((1280, 720), (1920, 1080))
MOUSE = pygame.mouse.get_pos
"""The real pointer: a screen that rests a simulated mouse on a widget puts it back after."""
SCALES = (100, 200)


def settle(app, ctl=None, frames: int = 4) -> None:
    """Let the AI finish and the screen draw."""
    for _ in range(frames):
        if ctl is not None:
            ctl.finish_ai()
        app.invalidate()
        app.tick()


def new_app(size, scale, home: Path):
    from game.ui.app import App

    app = App(size=size, config_dir=home, save_dir=home / "saves")
    app.settings.ui_scale = scale
    app.refresh_theme()
    return app


def game(app, campaign_id: str, nation: str):
    """Start a game the way the nation screen does, and return the controller."""
    from game.content.loader import load_campaign
    from game.ui.scenes.opening import start_game

    campaign = load_campaign(REPO / "game" / "campaigns" / campaign_id).campaign
    scene = start_game(app, campaign, [nation], seed=3)
    settle(app, scene.ctl)
    return scene


def council_open(app, stage: str) -> None:
    """The Security Council in 1945 with a condemnation of the Soviet Union tabled and
    carried out with the turn's orders: at ``stage`` "debate" the chamber in the debate (the
    lobbying and End the debate), at "ballot" while the ballot is open (the first item voted
    when there are two), at "results" the results of the count as the game shows them after
    the session."""
    from game.ui.scenes.council import CouncilScene

    scene = game(app, "un_1945", "USA")
    ctl = scene.ctl
    ctl.submit("USA table un.council condemn iran_1946")
    ctl.submit("USA end")
    settle(app, ctl)
    if stage != "debate" and ctl.session.state.phase == "debate":
        ctl.submit("USA end")  # the debate ends: the vote follows
        settle(app, ctl)
    owed = ctl.session.state.ballots_owed("USA")
    if stage == "ballot":
        if len(owed) > 1:
            ctl.submit(f"USA vote {owed[0]} yes")
    elif stage == "results":
        for rid in owed:
            ctl.submit(f"USA vote {rid} yes")
    settle(app, ctl)
    if not app.find(CouncilScene):
        scene.open_council(results=stage == "results")


def council_forecast(app) -> None:
    """The Security Council in 1945 while the United States drafts: the mouse rests on
    economic sanctions on the Soviet Union over Iran, and the chamber shows their forecast."""
    from game.ui.scenes.council import CouncilScene

    scene = game(app, "un_1945", "USA")
    scene.open_council()
    council = app.find(CouncilScene)
    button = council.widgets["table USA table un.council sanctions iran_1946 type=economic"]
    council.reveal(button)
    pos = button.get_abs_rect().center
    pygame.mouse.get_pos = lambda: pos
    settle(app)


def draft_tooltip(app) -> None:
    """The chamber's forecast of economic sanctions on the Soviet Union over Iran, with the
    draft's tooltip open: what tabling costs and what follows if it is adopted."""
    council_forecast(app)
    pos = pygame.mouse.get_pos()
    pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, {"pos": pos, "rel": (0, 0),
                                                              "buttons": (0, 0, 0)}))
    for _ in range(8):
        app.tick(0.2)


def rest_mouse_on(app, button) -> None:
    """Rest the mouse on ``button`` until its tooltip is up."""
    pos = button.get_abs_rect().center
    pygame.mouse.get_pos = lambda: pos
    pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, {"pos": pos, "rel": (0, 0),
                                                              "buttons": (0, 0, 0)}))
    for _ in range(8):
        app.tick(0.2)


def order_tooltip(app) -> None:
    """The United States in 1945 with the Iranian crisis selected: the mouse rests on the
    order to mobilise for it, and its tooltip says what it costs and is expected to change."""
    scene = game(app, "un_1945", "USA")
    while app.top is not scene:
        app.pop()  # the briefing
    scene.select_crisis("iran_1946")
    scene.set_group("military")
    settle(app)
    rest_mouse_on(app, scene.action_buttons["USA mobilise iran_1946"])


def main_r2p_aid(app) -> None:
    """The United States as East Timor burns (1999, all-AI until the killing begins): the
    diplomacy group of the action bar, the mouse on the order to cut aid and credit to
    Indonesia and its tooltip open."""
    scene = game(app, "r2p_1992", "USA")
    session = scene.ctl.session
    while not (session.state.crises["east_timor_1999"].active
               and session.state.crises["east_timor_1999"].stage >= 2) and not session.over:
        session.play_out(1)
    settle(app, scene.ctl)
    while app.top is not scene:
        app.pop()  # the turn's summary and the sessions' results
    scene.select_crisis("east_timor_1999")
    scene.set_group("diplomacy")
    settle(app)
    rest_mouse_on(app, scene.action_buttons["USA withhold east_timor_1999"])


def turn_summary(app) -> None:
    """France in the League after its first turn (it rearmed): the summary of what changed
    and why, as it opens at the start of the second turn."""
    scene = game(app, "league_1920", "FRA")
    scene.ctl.submit("FRA rearm")
    scene.ctl.session.play_out(1)
    settle(app, scene.ctl)
    while app.top is not scene:
        app.pop()  # the briefing, the results of the sessions
    scene.reopen_turn_summary()


def screens():
    """(name, function(app) that opens the screen) for every screen."""
    from game.content.loader import load_campaign
    from game.engine.calendar import month

    def menu(app):
        from game.ui.scenes.main_menu import MainMenu

        app.reset(MainMenu(app))

    def campaigns(app):
        from game.ui.scenes.campaign_select import CampaignSelect

        menu(app)
        app.push(CampaignSelect(app))

    def nations(app):
        from game.ui.scenes.nation_select import NationSelect

        menu(app)
        app.push(NationSelect(app, load_campaign(REPO / "game" / "campaigns" / "un_1945").campaign))

    def settings(app):
        from game.ui.scenes.settings_scene import SettingsScene

        menu(app)
        app.push(SettingsScene(app))

    def help_(app):
        from game.ui.scenes.help_scene import HelpScene

        menu(app)
        app.push(HelpScene(app))

    def help_r2p(app):
        from game.ui.scenes.help_scene import HelpScene

        menu(app)
        app.push(HelpScene(app, article="The responsibility to protect"))

    def main_league(app):
        game(app, "league_1920", "GBR")

    def main_un(app):
        game(app, "un_1945", "USA")

    def main_balkans(app):
        scene = game(app, "balkans_1991", "GER")
        scene.app.invalidate()

    def main_r2p(app):
        game(app, "r2p_1992", "NGA")

    def main_r2p_1994(app):
        """Canada in April 1994: Rwanda's crisis on the map, UNAMIR's fate on the agenda."""
        scene = game(app, "r2p_1992", "CAN")
        scene.ctl.session.play_out(9)
        settle(app, scene.ctl)
        while app.top is not scene:
            app.pop()  # the turn's summary and the sessions' results
        scene.app.invalidate()

    def _r2p_crisis(app, until, group: str | None = None) -> None:
        """Canada's crisis panel, played all-AI until ``until(state)`` names a crisis (with
        the action bar on ``group`` if given)."""
        scene = game(app, "r2p_1992", "CAN")
        session = scene.ctl.session
        while (chosen := until(session.state)) is None and not session.over:
            session.play_out(1)
        settle(app, scene.ctl)
        while app.top is not scene:
            app.pop()
        scene.select_crisis(chosen)
        if group:
            scene.set_group(group)
        scene.app.invalidate()

    def crisis_latent(app):
        """Rwanda in 1993, before the violence: the warning signs as Canada reads them."""
        def rwanda(st):
            signs = st.crises["rwanda_1993"].phase == "latent" and st.month >= month(1993, 1)
            return "rwanda_1993" if signs or st.month >= month(1994, 1) else None
        _r2p_crisis(app, rwanda)

    def crisis_r2p(app):
        """Rwanda's panel once the genocide has begun (April 1994): the killing's line and,
        under it, the standing of the responsibility to protect (not yet endorsed)."""
        def rwanda(st):
            return "rwanda_1993" if st.crises["rwanda_1993"].active else None
        _r2p_crisis(app, rwanda)

    def crisis_consent(app):
        """East Timor's panel once the violence has begun (1999): the host's consent line."""
        def timor(st):
            c = st.crises["east_timor_1999"]
            return "east_timor_1999" if c.active and c.stage >= 2 or c.outcome else None
        _r2p_crisis(app, timor)

    def crisis_peacebuilding(app):
        """The first crisis in a peacebuilding phase with a mission: its money and risk (or,
        failing one by 1997, the first in the phase at all)."""
        def building(st):
            rebuilt = [c.id for c in st.crises.values() if c.phase == "peacebuilding"]
            staffed = [cid for cid in rebuilt if any(
                m.crisis == cid and m.mandate == "peacebuild" and m.status == "active"
                for m in st.missions.values())]
            return next(iter(staffed or (rebuilt if st.month >= month(1997, 1) else [])), None)
        _r2p_crisis(app, building, "organisations")

    def council(app):
        scene = game(app, "un_1945", "USA")
        scene.open_council()

    def council_draft(app):
        council_forecast(app)

    def council_debate(app):
        council_open(app, "debate")

    def council_ballot(app):
        council_open(app, "ballot")

    def council_results(app):
        council_open(app, "results")

    def charts(app):
        scene = game(app, "league_1920", "FRA")
        for _ in range(6):
            scene.ctl.session.play_out(1)
        scene.open_charts()

    def save(app):
        game(app, "league_1920", "GBR").open_save()

    def load(app):
        game(app, "league_1920", "GBR").open_load()

    def end_report(app):
        from game.session.session import Seat, Session
        from game.ui.controller import GameController
        from game.ui.scenes.end_report import EndReport
        from game.ui.scenes.opening import open_game

        mini = load_campaign(REPO / "tests" / "fixtures" / "mini_campaign").campaign
        session = Session(mini, 2, (Seat("ALD", "Ann"),))
        session.play_out()
        open_game(app, GameController(session))
        if not app.find(EndReport):
            app.push(EndReport(app, GameController(session)))

    return [("main_menu", menu), ("campaign_select", campaigns), ("nation_select", nations),
            ("settings", settings), ("help", help_), ("help_r2p", help_r2p),
            ("main_league", main_league),
            ("main_un", main_un), ("main_balkans", main_balkans), ("main_r2p", main_r2p),
            ("main_r2p_1994", main_r2p_1994), ("crisis_latent", crisis_latent), ("crisis_consent", crisis_consent),
            ("crisis_r2p", crisis_r2p),
            ("crisis_peacebuilding", crisis_peacebuilding), ("council", council),
            ("council_draft", council_draft), ("council_debate", council_debate),
            ("council_ballot", council_ballot),
            ("council_results", council_results),
            ("charts", charts), ("save", save), ("load", load), ("end_report", end_report),
            ("order_tooltip", order_tooltip), ("draft_tooltip", draft_tooltip),
            ("main_r2p_aid", main_r2p_aid),
            ("turn_summary", turn_summary)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=REPO / "screenshots")
    ap.add_argument("--only", nargs="*", help="screen names (default: all)")
    ap.add_argument("--quick", action="store_true", help="1280x720 at 100%% only")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    failed = []
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        os.environ["COLLECTIVE_SECURITY_HOME"] = str(home)
        combos = [((1280, 720), 100)] if args.quick else [(s, k) for s in SIZES for k in SCALES]
        for name, open_screen in screens():
            if args.only and name not in args.only:
                continue
            for size, scale in combos:
                app = new_app(size, scale, home)
                target = args.out / f"{name}_{size[0]}x{size[1]}_{scale}.png"
                try:
                    open_screen(app)
                    settle(app)
                    pygame.image.save(app.screen, str(target))
                    print(f"wrote {target}")
                except Exception:
                    failed.append(f"{name} {size} {scale}%")
                    traceback.print_exc()
                finally:
                    pygame.mouse.get_pos = MOUSE
                    while app.stack:  # not pygame.quit(): fonts are cached across apps
                        app.stack.pop().exit()
    if failed:
        print("could not render: " + "; ".join(failed), file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
