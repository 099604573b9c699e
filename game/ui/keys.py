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
