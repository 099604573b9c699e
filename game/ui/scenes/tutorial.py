"""The tutorial: a card of guided steps laid over the game screen.

``start_tutorial(app)`` loads the small campaign in ``game/campaigns/tutorial`` (only when asked
for, so the main menu stays light), opens it the way any game is opened and pushes a
``TutorialOverlay`` on top of the game scene. Each step shows a card with its text and frames
the part of the screen it talks about (the rest is dimmed, an arrow points from the card to the
frame).

Steps that only explain have Next (Enter). Steps that ask the player to do something wait
until it is done — read from the game screen's state: a nation clicked, the map mode changed,
an order given, the council opened, a crisis selected, the turn ended — and then move on by
themselves; meanwhile the framed part of the screen (and the step's keys) answer as in the game,
and Skip passes the step. Back (Backspace) returns to the previous step; End tour (Esc) closes
the tour and leaves the game ready to play.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pygame
import pygame_gui

from game.ui import fonts
from game.ui import keys as K
from game.ui.scenes.base import Scene

TUTORIAL_CAMPAIGN = "tutorial"
TUTORIAL_NATION = "ARV"
MAP_KEYS = (pygame.K_LEFT, pygame.K_RIGHT, pygame.K_UP, pygame.K_DOWN, pygame.K_w, pygame.K_a,
            pygame.K_s, pygame.K_d, pygame.K_PLUS, pygame.K_MINUS, pygame.K_EQUALS,
            pygame.K_KP_PLUS, pygame.K_KP_MINUS)


@dataclass(frozen=True)
class Step:
    title: str
    text: str
    target: str | None = None
    """Which part of the game screen the step is about (see ``TutorialOverlay.area``); None
    for a card in the middle of the screen."""
    waits: str | None = None
    """What the player must do before the tour goes on (see ``TutorialOverlay.done``):
    ``nation``, ``mode``, ``order``, ``council``, ``crisis`` or ``end``; None for a step that
    only explains."""
    areas: tuple[str, ...] = ()
    """Parts of the game screen that answer the mouse while the card is up (besides
    ``target``)."""
    keys: tuple[int, ...] = ()
    """Keys passed to the game while the card is up."""
    hint: str = ""
    """A line under the text, in the accent colour, saying what to do."""
    keep: tuple[str, ...] = ()
    """Parts of the game screen the card must leave in sight (what the step before showed)."""


STEPS: tuple[Step, ...] = (
    Step("Welcome",
         "You lead Arventia, a great power with a permanent seat on the League Council. "
         "Valdoria has massed troops on the border of small Ostravia and demands a strip of its "
         "hills. Nobody wants a war; the question is whether the League can stop one.\n"
         "This short tour points at each part of the screen and explains the rules that "
         "decide a crisis. Some steps ask you to try something; they go on once you have.",
         hint="Enter: next  ·  Backspace: back  ·  Esc: end the tour"),
    Step("The map",
         "Drag the map with the mouse (or use the arrow keys / WASD) to pan it, and turn the "
         "wheel (or + and -) to zoom. Click a nation to show it in the panel on the right and "
         "to act towards it; click a crisis marker to show the crisis.",
         target="map", waits="nation", keys=MAP_KEYS,
         hint="Try it: click a nation on the map (Valdoria, say)."),
    Step("The top bar",
         "The date and turn come first. Tension is the world's temperature (0-100): every "
         "aggression that goes unanswered raises it, and high tension makes every crisis "
         "harder. Will is your public's appetite for commitments abroad (below 40 you cannot "
         "send forces). Legitimacy is your standing with others; force without a mandate and "
         "broken promises cost it. Capital is your diplomatic capital: what orders cost, "
         "renewed every turn.",
         target="topbar", hint="Hover any number in the game for its full meaning."),
    Step("Map modes",
         "The map can answer six questions, keys 1 to 6: 1 the political map, 2 blocs and "
         "alignments, 3 crises and their stages, 4 membership of an organisation (press 4 "
         "again for the next one), 5 domestic will, 6 legitimacy.",
         target="modebar", waits="mode", keys=K.MAP_MODES,
         hint="Try it: press a key from 2 to 6, or click a mode."),
    Step("Your orders",
         "The action bar lists your orders in four groups: Diplomacy, Organisations, Domestic "
         "and Military. Diplomacy acts towards the nation selected on the map. Each order costs "
         "diplomatic capital, paid at once; all nations' orders are carried out together when "
         "the last one ends the turn, so an order shows its effect only then. A greyed-out order cannot be given now: hover it and its tooltip "
         "says why (not enough capital, will too low, no crisis selected...).",
         target="actions", waits="order",
         hint="Try it: give an order — improve relations, or rally opinion under Domestic."),
    Step("The council",
         "Collective action goes through the council chamber (C). There you table a "
         "resolution: pick the body, the measure (condemn, inquiry, ceasefire, sanctions...) "
         "and the crisis. The draft goes on the agenda when the turn's orders are carried out; "
         "then the members debate it (lobby them now), end the debate, and vote.",
         target="council", waits="council", keys=(K.COUNCIL,),
         hint="Try it: press C or click Council; Esc brings you back to the tour."),
    Step("Why unanimity matters",
         "The League Council decides by unanimity: a single No kills a resolution. Under "
         "Article 11 the parties to the dispute vote too, so Valdoria can block any measure "
         "against itself. Bring the dispute under Article 15 and the parties' votes no longer "
         "count. The UN Security Council of later campaigns votes by majority instead, but any "
         "of its five permanent members can still stop a resolution with a veto.",
         target="council"),
    Step("The three gauges",
         "The Crisis panel ends with three gauges. Preponderance: can the members together "
         "bring far more force than the aggressor? Consensus: do they agree on the rules and "
         "on who broke them? Commitment: will they put the common defence before their own "
         "interests? Collective security works only when all three are high; resolutions, "
         "inquiries and sanctions move them.",
         target="crisis", waits="crisis", areas=("map", "panel"), keys=(K.NEXT_CRISIS,),
         hint="Try it: press Tab or click the crisis marker on the map to see them."),
    Step("End the turn",
         "When your orders are given, press End turn (E). Once every nation has ended, all "
         "orders are carried out; drafts on the agenda open the council for the debate and "
         "the vote, and the crisis moves on. This scenario lasts seven turns. The Help screen (F1) "
         "explains everything again. Good luck.",
         target="end", waits="end", keys=(K.END_TURN,), keep=("crisis",),
         hint="End the turn to finish the tour and play on."),
)


def start_tutorial(app) -> TutorialOverlay:
    """Open the tutorial campaign with the player as Arventia and lay the tour over it."""
    from game.content import load_campaign
    from game.session.paths import BUILTIN_CAMPAIGNS
    from game.ui.scenes.opening import start_game

    result = load_campaign(BUILTIN_CAMPAIGNS / TUTORIAL_CAMPAIGN)
    campaign = getattr(result, "campaign", result)
    if campaign is None:
        problems = "; ".join(str(p) for p in getattr(result, "problems", ()))
        raise ValueError(f"the tutorial campaign cannot be loaded: {problems}")
    game = start_game(app, campaign, [TUTORIAL_NATION], seed=1)
    return app.push(TutorialOverlay(app, game))


class TutorialOverlay(Scene):
    overlay = True
    name = "tutorial"

    def __init__(self, app, game, steps: tuple[Step, ...] = STEPS):
        super().__init__(app)
        self.game = game
        self.steps = steps
        self.index = 0
        self.finished = False
        self.skipped = False
        self.card = pygame.Rect(0, 0, 0, 0)
        self.widgets: dict[str, Any] = {}  # pygame_gui elements, by name
        self._lines: list[str] = []
        self._hint_lines: list[str] = []
        self._begun: int | None = None
        self._base: dict[str, Any] = {}
        self._council_seen = False

    @property
    def step(self) -> Step:
        return self.steps[self.index]

    # --- layout -------------------------------------------------------------------------------
    def build(self) -> None:
        if self._begun != self.index:
            self._begin_step()
        t = self.theme
        u = t.u
        step = self.step
        W, H = self.app.screen.get_size()
        card_w = min(u(460), W - u(40))
        pad = u(16)
        inner = card_w - 2 * pad
        body_font, hint_font = t.font(15), t.font(13, True)
        self._lines = fonts.wrap(step.text, body_font, inner)
        self._hint_lines = fonts.wrap(step.hint, hint_font, inner) if step.hint else []
        body_h = len(self._lines) * int(body_font.get_linesize() * 1.15)
        hint_h = len(self._hint_lines) * int(hint_font.get_linesize() * 1.15)
        btn_h = u(34)
        card_h = (pad + u(28) + u(8) + body_h + (u(8) + hint_h if hint_h else 0) + u(14)
                  + btn_h + pad)
        card_h = min(card_h, H - u(20))
        if "map" in step.areas:  # the map is used: the card waits in the bottom-left corner
            self.card = pygame.Rect((0, 0), (card_w, card_h))
            self.card.bottomleft = (u(16), H - u(16))
        else:
            keep = [r for r in map(self.area, step.keep) if r is not None]
            self.card = self.place_card((card_w, card_h), self.target_rect(), keep)
        box = self.panel(self.card, cls="@dialog", layer=3)
        self.widgets["card"] = box
        y = card_h - pad - btn_h
        last = self.index == len(self.steps) - 1
        self.widgets["end_tour"] = self.button(
            (pad, y, u(100), btn_h), "End tour", self.skip, container=box,
            tooltip="Close the tour and play on (Esc)")
        nw = u(110)
        if step.waits:
            self.widgets["skip"] = self.button(
                (card_w - pad - nw, y, nw, btn_h), "Skip", self.next, container=box,
                tooltip="Go on without trying it")
        else:
            self.widgets["next"] = self.button(
                (card_w - pad - nw, y, nw, btn_h), "Finish" if last else "Next", self.next,
                container=box, cls="@primary", tooltip="Enter")
            self.key(pygame.K_RETURN, "Next", self.next)
            self.key(pygame.K_KP_ENTER, "Next", self.next)
        self.widgets["back"] = self.button(
            (card_w - pad - nw - u(8) - u(90), y, u(90), btn_h), "Back", self.back,
            container=box, enabled=self.index > 0, tooltip="Backspace")
        self.key(pygame.K_BACKSPACE, "Back", self.back)

    def _begin_step(self) -> None:
        """Set the game screen up for the step and note where things stand, so that what the
        player does during the step can be told apart."""
        self._begun = self.index
        self._prepare_step()
        game = self.game
        self._council_seen = False
        self._base = {"nation": game.selected_nation, "mode": game.mode,
                      "orders": self._orders_given(), "ends": self._turns_ended(),
                      "turn": game.ctl.view().turn}

    def _orders_given(self) -> int:
        p = self.game.player
        return sum(1 for text in self.game.ctl.session.log
                   if text.startswith(f"{p} ") and text.split()[1] not in ("end", "vote",
                                                                           "choose"))

    def _turns_ended(self) -> int:
        return self.game.ctl.session.log.count(f"{self.game.player} end")

    def done(self) -> bool:
        """Whether the player has done what the current step asks."""
        game, base, waits = self.game, self._base, self.step.waits
        if waits == "nation":
            return game.selected_nation not in (None, game.player, base["nation"])
        if waits == "mode":
            return game.mode != base["mode"]
        if waits == "order":
            return self._orders_given() > base["orders"]
        if waits == "council":
            return self._council_seen
        if waits == "crisis":
            return game.selected_crisis is not None and game.tab == "crisis"
        if waits == "end":
            return self._turns_ended() > base["ends"] or game.ctl.view().turn > base["turn"]
        return False

    def _prepare_step(self) -> None:
        """Put the game screen in the state the step talks about."""
        game = self.game
        if self.step.waits == "crisis":
            if game.selected_crisis is not None:  # the player is to find the crisis
                game.select_crisis(None)
            game.set_tab("nation")
            active = [c for c in game.ctl.view().crises.values() if c.active]
            if active:  # its marker in the middle of the map, above the card
                game.map.focus(active[0].location)
        elif self.step.target == "actions" and hasattr(game, "select_nation"):
            # orders towards the aggressor, so that real (and greyed-out) orders are listed
            state = game.ctl.view()
            aggressors = [c.aggressor for c in state.crises.values() if c.active]
            if getattr(game, "group", "") == "diplomacy" and aggressors \
                    and game.selected_nation in (None, game.player):
                game.select_nation(aggressors[0])
            elif getattr(game, "tab", "") != "nation":
                game.set_tab("nation")
        elif self.step.target == "map" and getattr(game, "tab", "") != "nation":
            game.set_tab("nation")

    def target_rect(self) -> pygame.Rect | None:
        """The screen area of the current step, read from the game scene's layout."""
        return self.area(self.step.target)

    def area(self, target: str | None) -> pygame.Rect | None:
        """A named part of the game screen (``map``, ``topbar``, ``modebar``, ``actions``,
        ``crisis``, ``panel``, ``council``, ``end``)."""
        g = self.game
        W, H = self.app.screen.get_size()
        u = self.theme.u
        top_h = getattr(g, "top_h", u(46))
        right_w = getattr(getattr(g, "right", None), "w", int(W * 0.3))
        if target is None:
            return None
        if target == "panel":
            return pygame.Rect(getattr(g, "right", (W - right_w, top_h, right_w, H - top_h)))
        if target == "map":
            return pygame.Rect(getattr(g, "map_rect", (0, top_h, W - right_w, H - top_h)))
        if target == "topbar":
            top = getattr(g, "top", None)
            return top.info if top is not None else pygame.Rect(0, 0, W // 2, top_h)
        if target == "modebar":
            r = getattr(g, "modebar", None)
            return pygame.Rect(r) if r is not None else pygame.Rect(0, H - u(190), W - right_w,
                                                                     u(34))
        if target == "actions":
            rects = [b.get_abs_rect() for b in getattr(g, "group_buttons", {}).values()]
            if getattr(g, "actions", None) is not None:
                rects.append(pygame.Rect(g.actions.rect))
            if rects:
                return rects[0].unionall(rects[1:])
            return pygame.Rect(W - right_w, H // 2, right_w, H // 2)
        if target == "crisis":
            r = getattr(g, "info_rect", None)
            return pygame.Rect(r) if r is not None else pygame.Rect(W - right_w, top_h, right_w,
                                                                     H // 2)
        if target in ("council", "end"):
            b = getattr(g, "widgets", {}).get(target)
            if b is not None:
                return pygame.Rect(b.get_abs_rect())
            return pygame.Rect(W - u(300), 0, u(300), top_h)
        return None

    def place_card(self, size, target: pygame.Rect | None,
                   keep: Sequence[pygame.Rect] = ()) -> pygame.Rect:
        """Beside the target if there is room (left, below, right, above) without covering
        ``keep``, else to the left of both; else inside the target in the corner away from the
        side panel; centred when there is no target."""
        W, H = self.app.screen.get_size()
        m = self.theme.u(16)
        screen = pygame.Rect(0, 0, W, H).inflate(-2 * m, -2 * m)
        card = pygame.Rect((0, 0), size)
        if target is None:
            card.center = (W // 2, H // 2)
            return card.clamp(screen)
        gap = self.theme.u(48)
        candidates = []
        c = card.copy()
        c.midright = (target.left - gap, target.centery)
        candidates.append(c)
        c = card.copy()
        c.midtop = (target.centerx, target.bottom + gap)
        candidates.append(c)
        c = card.copy()
        c.midleft = (target.right + gap, target.centery)
        candidates.append(c)
        c = card.copy()
        c.midbottom = (target.centerx, target.top - gap)
        candidates.append(c)
        c = card.copy()
        c.topright = (min(r.left for r in (target, *keep)) - gap, target.bottom + gap)
        candidates.append(c)
        hidden = [r.inflate(self.theme.u(8), self.theme.u(8)) for r in (target, *keep)]
        for c in candidates:
            c = c.clamp(screen)
            if c.collidelist(hidden) < 0:
                return c
        # no room outside (the map): inside the target, bottom-right, away from the crisis
        c = card.copy()
        c.bottomright = (target.right - m, target.bottom - m)
        return c.clamp(screen)

    # --- navigation -------------------------------------------------------------------------
    def next(self) -> None:
        if self.index >= len(self.steps) - 1:
            self.finished = True
            self.app.pop(self)
            return
        self.index += 1
        self.rebuild()
        self.app.invalidate()

    def back(self) -> None:
        if self.index > 0:
            self.index -= 1
            self.rebuild()
            self.app.invalidate()

    def skip(self) -> None:
        self.skipped = True
        self.app.pop(self)

    def close(self) -> None:  # Esc
        self.skip()

    def goto(self, index: int) -> None:
        self.index = max(0, min(len(self.steps) - 1, index))
        self.rebuild()
        self.app.invalidate()

    # --- the game underneath -----------------------------------------------------------------
    def update(self, dt: float) -> bool:
        """Keep the game below alive: its widgets are drawn (so they must be laid out), and the
        other nations finish their turn while the card is read."""
        game = self.game
        changed = False
        ctl = getattr(game, "ctl", None)
        if ctl is not None and hasattr(game, "_after_change"):
            if ctl.ai_busy():
                game.ai_progress += ctl.step_ai(0.008)
                changed = True
                if not ctl.ai_busy() and hasattr(game, "_refresh"):
                    game._refresh(force=True)  # the orders are open now
            if ctl.session.revision != game._seen:
                game._after_change()  # refreshes the panels; prompts wait for the game's turn
                changed = True
        if game.manager is not None:  # after the refresh, so this frame shows it (not the next)
            game.manager.update(dt)
        if type(self.app.top).__name__ == "CouncilScene":
            self._council_seen = True
        if self.step.waits and self._begun == self.index and self.done():
            self.next()  # done: the tour goes on by itself
            changed = True
        return changed

    def wants_frames(self) -> bool:
        ctl = getattr(self.game, "ctl", None)
        return bool(ctl is not None and ctl.ai_busy())

    def resume(self) -> None:
        self.app.invalidate()

    # --- the game answers during a step ------------------------------------------------------
    def handle_event(self, event) -> bool:
        """During a step that asks for something, pass the mouse over the step's parts of the
        screen, and the step's keys, to the game; a press of one of the game's buttons that
        came through is the game's to handle."""
        game = self.game
        if event.type == pygame_gui.UI_BUTTON_PRESSED:
            game.process(event)
            return True
        if not self.step.waits:
            return False
        if event.type in (pygame.KEYDOWN, pygame.KEYUP):
            if event.key in self.step.keys:
                game.process(event)
                return True
            return False
        if event.type not in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP, pygame.MOUSEMOTION,
                              pygame.MOUSEWHEEL):
            return False
        pos = getattr(event, "pos", None) or pygame.mouse.get_pos()
        if self.card.collidepoint(pos):
            return False
        areas = [self.area(a) for a in (self.step.target, *self.step.areas)]
        if event.type == pygame.MOUSEBUTTONUP or any(r and r.collidepoint(pos) for r in areas):
            game.process(event)
            self.app.invalidate()
            return True
        return False

    # --- drawing -------------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        t = self.theme
        W, H = surface.get_size()
        target = self.target_rect()
        shade = pygame.Surface((W, H), pygame.SRCALPHA)
        shade.fill((0, 0, 0, 130))
        for name in (self.step.target, *self.step.areas):  # what the step talks about or uses
            area = self.area(name)
            if area is not None:
                shade.fill((0, 0, 0, 0), area.inflate(t.u(6), t.u(6)))
        surface.blit(shade, (0, 0))
        if target is None:
            return
        accent = t.c("accent")
        frame = target.inflate(t.u(6), t.u(6)).clip(surface.get_rect().inflate(-2, -2))
        pygame.draw.rect(surface, accent, frame, max(2, t.u(3)), border_radius=t.u(4))
        self._draw_arrow(surface, target, accent)

    def _draw_arrow(self, surface, target: pygame.Rect, colour) -> None:
        t = self.theme
        card = self.card
        if card.colliderect(target):
            return  # the card sits inside the framed area: the frame says it all
        # from the card's edge towards the nearest point of the target
        tx = max(target.left, min(card.centerx, target.right))
        ty = max(target.top, min(card.centery, target.bottom))
        sx = max(card.left, min(tx, card.right))
        sy = max(card.top, min(ty, card.bottom))
        dx, dy = tx - sx, ty - sy
        dist = math.hypot(dx, dy)
        if dist < t.u(20):
            return
        ux, uy = dx / dist, dy / dist
        end = (tx - ux * t.u(8), ty - uy * t.u(8))
        start = (sx + ux * t.u(4), sy + uy * t.u(4))
        width = max(3, t.u(4))
        pygame.draw.line(surface, colour, start, end, width)
        head = t.u(16)
        px, py = -uy, ux
        tip = (tx - ux * t.u(4), ty - uy * t.u(4))
        base = (tip[0] - ux * head, tip[1] - uy * head)
        pygame.draw.polygon(surface, colour, [
            tip, (base[0] + px * head * 0.6, base[1] + py * head * 0.6),
            (base[0] - px * head * 0.6, base[1] - py * head * 0.6)])

    def draw_over(self, surface: pygame.Surface) -> None:
        t = self.theme
        u = t.u
        pad = u(16)
        card = self.card
        x, y = card.x + pad, card.y + pad
        title_font = t.font(19, True)
        counter = f"{self.index + 1} / {len(self.steps)}"
        cf = t.font(13)
        cimg = cf.render(counter, True, t.c("text_dim"))
        surface.blit(cimg, (card.right - pad - cimg.get_width(), y + u(4)))
        title = fonts.elide(self.step.title, title_font, card.w - 3 * pad - cimg.get_width())
        surface.blit(title_font.render(title, True, t.c("accent")), (x, y))
        y += u(28) + u(8)
        bottom = card.bottom - pad - u(34) - u(10)
        body_font = t.font(15)
        lh = int(body_font.get_linesize() * 1.15)
        for line in self._lines:
            if y + lh > bottom:
                break
            surface.blit(body_font.render(line, True, t.c("text")), (x, y))
            y += lh
        if self._hint_lines:
            y += u(8)
            hf = t.font(13, True)
            hlh = int(hf.get_linesize() * 1.15)
            for line in self._hint_lines:
                if y + hlh > bottom + u(4):
                    break
                surface.blit(hf.render(line, True, t.c("accent")), (x, y))
                y += hlh
