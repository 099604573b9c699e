"""Golden playthrough: the seeded all-AI chronicle of the mini campaign, diffed as text.

A rule change that alters play shows here as a readable diff. When the change is meant,
regenerate with ``UPDATE_GOLDEN=1 pytest tests/engine/test_golden.py`` and review the diff.
"""

import io
import os
from pathlib import Path

from game.session.simulate import main as simulate

ROOT = Path(__file__).resolve().parents[2]
MINI = ROOT / "tests" / "fixtures" / "mini_campaign"
GOLDEN = ROOT / "tests" / "golden" / "mini_campaign_seed1.txt"


def chronicle(seed: int) -> str:
    out = io.StringIO()
    assert simulate(str(MINI), seed=seed, out=out) == 0
    return out.getvalue()


def test_golden_chronicle_of_the_mini_campaign():
    """The same seed gives an identical chronicle, equal to the reviewed golden file."""
    text = chronicle(1)
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8")


def test_chronicle_shows_tallies_vetoes_and_scores():
    """The chronicle names every session's tally, seat by seat, and ends with the scores."""
    text = chronicle(1)
    assert "yes " in text and "abstain " in text and "absent " in text
    assert "=== Final scores ===" in text and "=== Crises ===" in text
