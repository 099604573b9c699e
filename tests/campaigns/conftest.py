"""The campaign a test module plays: the module names its folder as ``CAMPAIGN``."""

import pytest

from game.content.loader import load_campaign


@pytest.fixture(scope="module")
def loaded(request):
    return load_campaign(request.module.CAMPAIGN)


@pytest.fixture(scope="module")
def campaign(loaded):
    assert loaded.campaign is not None, "\n".join(str(p) for p in loaded.problems)
    return loaded.campaign
