"""The main menu: the first screen. Kept light: no engine, content or numpy imports here."""

from __future__ import annotations

import pygame

from game.ui.menu_model import latest, layout
from game.ui.scenes.base import Scene
from game.ui.widgets.title_art import title_art

TITLE_MAP = "world_1930"


def title_map(size, theme):
    """The world of 1930 from the game's base maps (game.mapdata), or None without assets."""
    try:
        from game.mapdata import load_base_map
        from game.ui.map_view import render_overview

        return render_overview(load_base_map(TITLE_MAP), size, theme)
    except Exception:
        return None


class MainMenu(Scene):
    name = "main_menu"
    closable = False

    def __init__(self, app, *, first_start: bool | None = None):
        super().__init__(app)
        self.items: dict[str, object] = {}
        self._art: pygame.Surface | None = None
        self._map_surface = None
        self._map_tried = False
        # The one-time tutorial offer: on by default for the real game (an App using the
        # player's own config folder); Apps given a folder of their own (tests, tools) opt in.
        self.first_start = app.config_dir is None if first_start is None else first_start

    def update(self, dt: float) -> bool:
        if self.app.first_frame_at is None:
            return False  # the art and the tutorial's offer wait for the menu's first frame
        changed = False
        if self._map_tried is False:
            # The title art from the game's own map: loaded once the menu is on screen, so
            # the first frame stays fast (numpy and the map file are not needed for it).
            self._map_tried = True
            self._map_surface = title_map(self.app.screen.get_size(), self.theme)
            if self._map_surface is not None:
                self._art = None
                changed = True
        # Offered once the menu is really on screen (not when a game is opened over it), after
        # its first frame: the dialog's panel takes longer to build than the menu itself.
        if self.first_start and self.app.top is self:
            self.first_start = False
            if not self.app.settings.tutorial_offered:
                self.offer_tutorial()
                changed = True
        return changed

    def wants_frames(self) -> bool:
        """Awake until what waits for the first frame (the art, the tutorial's offer) is done:
        the loop must not rest on the bare menu with the offer still to come."""
        return not self._map_tried or (self.first_start and self.app.top is self)

    def build(self) -> None:
        """The widgets of the layout the window's first frame showed (game.ui.menu_model)."""
        menu = layout(self.theme, self.app.screen.get_size(), self._latest_save() is not None)
        for lab in menu.labels:
            self.label(lab.rect, lab.text, cls=lab.cls)
        for b in menu.buttons:
            action = self.app.quit if b.key == "quit" else getattr(self, f"on_{b.key}")
            self.items[b.key] = self.button(b.rect, b.text, action, tooltip=b.tooltip,
                                            cls=b.cls, key=b.shortcut, enabled=b.enabled)
        self._art = None

    def draw(self, surface: pygame.Surface) -> None:
        if self._art is None or self._art.get_size() != surface.get_size():
            self._art = title_art(surface.get_size(), self.theme, self._map_surface)
        surface.blit(self._art, (0, 0))

    # --- actions ---------------------------------------------------------------------------
    def _latest_save(self):
        return latest(self.app)

    def on_continue(self) -> None:
        from game.ui.scenes.save_load import continue_latest

        continue_latest(self.app)

    def on_new(self) -> None:
        self.app.push("campaign_select")

    def on_tutorial(self) -> None:
        from game.ui.scenes.tutorial import start_tutorial

        try:
            start_tutorial(self.app)
        except Exception as exc:
            from game.ui.scenes.dialog import message

            message(self.app, "The tutorial cannot be opened", str(exc))

    def offer_tutorial(self) -> None:
        """Ask once, on the first start, whether to play the tutorial; the answer is kept."""
        def answered() -> None:
            self.app.settings.tutorial_offered = True
            try:
                self.app.settings.save(self.app.config_dir)
            except OSError:
                pass

        def accept() -> None:
            answered()
            self.on_tutorial()

        self.app.push(
            "dialog", "New to Collective Security?",
            "A short tutorial walks you through the screen, the controls and the rules that "
            "decide whether the members of a League stand together. It takes about five "
            "minutes; you can find it later under <b>Tutorial</b> in this menu.",
            [("No, thanks", answered, None), ("Play the tutorial", accept, "@primary")],
            on_close=answered)

    def on_hotseat(self) -> None:
        self.app.push("campaign_select", hotseat=True)

    def on_load(self) -> None:
        self.app.push("save_load", mode="load")

    def on_custom(self) -> None:
        self.app.push("campaign_select", custom=True)

    def on_settings(self) -> None:
        self.app.push("settings")

    def on_help(self) -> None:
        self.app.push("help")

    def open_campaign(self, campaign_id: str, nation: str | None, seed) -> None:
        """``play --campaign ID [--nation XXX]``: from this menu straight into that game."""
        from game.ui.scenes.campaign_select import open_campaign_direct

        open_campaign_direct(self.app, campaign_id, nation, seed)
