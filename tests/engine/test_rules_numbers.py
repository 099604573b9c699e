"""docs/rules.md's table of the rules' numbers is read from the engine's code, and every named
number of the engine says what it means (the constants live beside their rules; the page
cannot restate them wrongly)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _generator():
    spec = importlib.util.spec_from_file_location(
        "gen_rules_numbers", REPO / "tools" / "gen_rules_numbers.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks itself up there
    spec.loader.exec_module(module)
    return module


def test_every_engine_number_says_what_it_means():
    """A named number without a docstring is a rule no player or author can read."""
    _, problems = _generator().all_numbers()
    assert problems == []


def test_rules_md_table_is_the_engines():
    """Regenerate with: python tools/gen_rules_numbers.py"""
    gen = _generator()
    numbers, _ = gen.all_numbers()
    doc = (REPO / "docs" / "rules.md").read_text(encoding="utf-8")
    assert gen.rewritten(doc, numbers) == doc


def test_the_table_shows_a_number_as_written():
    """The capital cap (issue 14's scarcity) appears with its value and its reason."""
    numbers, _ = _generator().all_numbers()
    cap = next(n for n in numbers if n.name == "CAPITAL_CAP")
    assert (cap.module, cap.value) == ("game.engine.turn", "15")
    assert "income past it is lost" in cap.why
