"""The keyboard shortcuts of the main screen, in one place: the scenes bind them, the tooltips
and the help screen show them."""

from __future__ import annotations

import pygame

END_TURN = pygame.K_e
COUNCIL = pygame.K_c
CHRONICLE = pygame.K_l
CHARTS = pygame.K_g
QUICK_SAVE = pygame.K_F5
QUICK_LOAD = pygame.K_F9
HELP = pygame.K_F1
NEXT_CRISIS = pygame.K_TAB
BRIEFING = pygame.K_b
TURN_SUMMARY = pygame.K_t
MAP_MODES = (pygame.K_1, pygame.K_2, pygame.K_3, pygame.K_4, pygame.K_5, pygame.K_6)

REPEAT = (400, 40)
"""A held key's first repeat after 400 ms, then every 40 ms (pygame.key.set_repeat)."""
REPEATS = frozenset({
    pygame.K_LEFT, pygame.K_RIGHT, pygame.K_UP, pygame.K_DOWN,
    pygame.K_a, pygame.K_d, pygame.K_w, pygame.K_s,
    pygame.K_PLUS, pygame.K_EQUALS, pygame.K_MINUS, pygame.K_KP_PLUS, pygame.K_KP_MINUS,
    pygame.K_BACKSPACE,
})
"""The keys whose holding repeats outside a text field: panning, zooming, moving in a list.
Any other key acts once per press: a frame slower than the repeat's delay (a busy machine)
would otherwise turn one Esc into "close the chamber, then open the game menu"."""

CONTROLS: tuple[tuple[str, str], ...] = (
    ("E", "End turn (your orders are done)"),
    ("1 – 6", "Map modes: political, blocs, crises, membership, domestic will, legitimacy"),
    ("C", "Council chamber: agenda, drafting, lobbying, votes"),
    ("L", "Chronicle: the news of the game; click an entry to find it on the map"),
    ("G", "History charts: tension, credibility, will, legitimacy"),
    ("Tab", "Select the next active crisis"),
    ("B", "Your nation's briefing: situation, objectives, crises under way"),
    ("T", "The turn summary again: what changed last turn and why"),
    ("F5 / F9", "Quick save / quick load"),
    ("F1", "Help and encyclopedia"),
    ("Esc", "Close the dialog or panel on top; on the main screen, the game menu"),
    ("Mouse", "Click a country to select it; drag or arrow keys to pan; wheel or +/- to zoom"),
    ("Enter", "The highlighted button of a dialog"),
)
