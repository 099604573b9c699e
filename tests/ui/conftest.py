"""Shared by the UI tests: the mini campaign they play."""

from pathlib import Path

import pytest

from game.content.loader import load_campaign

MINI = Path(__file__).resolve().parents[1] / "fixtures" / "mini_campaign"


@pytest.fixture(scope="module")
def mini():
    result = load_campaign(MINI)
    assert result.campaign is not None, result.errors
    return result.campaign
