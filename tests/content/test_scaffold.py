"""new-campaign: a folder that loads clean and that the engine can play."""

from __future__ import annotations

import io

import pytest

from game.content import load_campaign
from game.content.scaffold import ScaffoldError, base_map_for, new_campaign, slug


def test_scaffold_loads_without_any_problem(tmp_path):
    folder = new_campaign("The Winter War", era=1939, parent=tmp_path)
    assert folder == tmp_path / "the_winter_war"
    result = load_campaign(folder)
    assert result.problems == []
    c = result.campaign
    assert (c.id, c.name, c.base_map) == ("the_winter_war", "The Winter War", "europe_1938")
    assert len(c.nations) == 3 and len(c.organisations) == 1
    assert len(c.crises) == 1 and len(c.events) == 1


def test_scaffold_is_playable_by_the_engine(tmp_path):
    simulate = pytest.importorskip("game.session.simulate")
    folder = new_campaign("Quick Test", parent=tmp_path)
    out = io.StringIO()
    assert simulate.main(str(folder), 1, None, out=out) == 0
    assert "Quick Test" in out.getvalue()


@pytest.mark.parametrize("year, base_map", [
    (1900, "europe_1920"), (1925, "europe_1920"), (1926, "europe_1930"), (1934, "europe_1930"),
    (1941, "europe_1938"), (1950, "europe_1945"), (1980, "europe_1994"), (2010, "europe_1994"),
])
def test_era_picks_the_nearest_map(year, base_map):
    assert base_map_for(year) == base_map


def test_names_become_ids():
    assert slug("Crisis in the Balkans, 1991!") == "crisis_in_the_balkans_1991"


@pytest.mark.parametrize("name", ["1991", "!!!", 'Say "hi"'])
def test_bad_names_are_refused(name, tmp_path):
    with pytest.raises(ScaffoldError):
        new_campaign(name, parent=tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_never_overwrites(tmp_path):
    new_campaign("Twice", parent=tmp_path)
    with pytest.raises(ScaffoldError, match="already exists"):
        new_campaign("Twice", parent=tmp_path)
