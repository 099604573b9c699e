"""Every character the UI's own strings use is drawn by the shipped font (Noto Sans): no
missing-glyph boxes before chronicle lines, in icons, arrows or the theme."""

from __future__ import annotations

import io
import tokenize
from pathlib import Path

import pygame
import pytest

from game.ui import fonts

REPO = Path(__file__).resolve().parents[2]
SOURCES = sorted((REPO / "game" / "ui").rglob("*.py")) + [REPO / "game" / "engine" / "wording.py"]


@pytest.fixture(autouse=True, scope="module")
def font_system():
    pygame.font.init()
    yield


def string_characters(path: Path) -> set[str]:
    """The non-ASCII characters of a Python file's string literals (not its comments)."""
    out: set[str] = set()
    tokens = tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
    for tok in tokens:
        if tok.type in (tokenize.STRING, getattr(tokenize, "FSTRING_MIDDLE", -1)):
            out |= {ch for ch in tok.string if ord(ch) > 127}
    return out


def test_the_glyph_check_tells_a_missing_character():
    """The check itself: Noto Sans has the bullet and lacks the warning sign (U+26A0), which
    pygame's metrics do not report as missing."""
    assert fonts.has_glyph("•") and fonts.has_glyph("A")
    assert not fonts.has_glyph("⚠") and not fonts.has_glyph("→")
    assert fonts.printable("a → b ⚠") == "a -> b !"


@pytest.mark.parametrize("path", SOURCES + sorted((REPO / "assets" / "themes").glob("*.json")),
                         ids=lambda p: p.relative_to(REPO).as_posix())
def test_every_fixed_string_character_is_in_the_shipped_font(path):
    """Chronicle prefixes, icons, arrows, bullets and dashes of the UI's strings all exist in
    both the regular and the bold face."""
    chars = (string_characters(path) if path.suffix == ".py" else
             {ch for ch in path.read_text(encoding="utf-8") if ord(ch) > 127})
    missing = sorted(ch for ch in chars
                     if not (fonts.has_glyph(ch) and fonts.has_glyph(ch, bold=True)))
    assert not missing, [f"U+{ord(ch):04X} {ch}" for ch in missing]


def test_italic_text_is_drawn_slanted_from_the_shipped_italics():
    """pygame_gui's ``<i>`` (shortcuts, hints, notes) uses the shipped Noto Sans italics: the
    theme pointed it at the upright face, so every '<i>Shortcut: Esc</i>' came out upright."""
    from game.ui.theme import load_theme

    font = load_theme().gui["defaults"]["font"]
    italic = pygame.font.Font(font["italic_path"], 20).render("Shortcut", True, "white")
    upright = pygame.font.Font(font["regular_path"], 20).render("Shortcut", True, "white")
    assert pygame.image.tobytes(italic, "RGBA") != pygame.image.tobytes(upright, "RGBA")
    assert font["bold_italic_path"] not in (font["bold_path"], font["italic_path"])
