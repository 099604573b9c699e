"""new-campaign: a folder that loads clean and that the engine can play."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from game.content import load_campaign
from game.content.scaffold import (SCHEMA_COPY, ScaffoldError, base_map_for, choose_map,
                                   new_campaign, slug)
from game.content.schema import json_schema


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
    (1941, "europe_1938"), (1950, "europe_1945"), (1980, "europe_1990"), (1991, "europe_1991"),
    (1993, "europe_1992"), (1994, "europe_1994"), (2010, "europe_1994"),
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


@pytest.mark.parametrize("year, window, base_map", [
    (1990, "world", "world_1990"), (1936, "world", "world_1938"), (1990, "europe", "europe_1990"),
    (1995, "world", "world_1994"), (2005, "world", "world_2011"),
])
def test_era_picks_the_nearest_map_of_a_window(year, window, base_map):
    assert base_map_for(year, window) == base_map


@pytest.mark.parametrize("era, wanted, expected", [
    (None, None, ("europe_1930", 1930)),          # the default
    (1990, "world", ("world_1990", 1990)),        # a window at the era's nearest year
    (None, "world_1960", ("world_1960", 1960)),   # a map id alone: its own year
    (1956, "europe_1960", ("europe_1960", 1956)),  # a map id with a different start year
])
def test_map_and_era_choose_the_map_and_start(era, wanted, expected):
    assert choose_map(era, wanted) == expected


def test_unknown_map_is_refused(tmp_path):
    with pytest.raises(ScaffoldError, match="no base map 'atlantis'"):
        new_campaign("Lost", base_map="atlantis", parent=tmp_path)


def test_generated_files_hold_no_path_of_this_machine(tmp_path):
    """The folder carries its schema; the modelines name it relatively, so the campaign can
    move (the user folder, another machine) and an editor still finds it."""
    folder = new_campaign("Portable", base_map="world", parent=tmp_path)
    schema = json.loads((folder / SCHEMA_COPY).read_text(encoding="utf-8"))
    assert schema == json_schema()
    for path in folder.iterdir():
        text = path.read_text(encoding="utf-8")
        assert str(tmp_path) not in text and str(Path.home()) not in text
        if path.suffix == ".yaml":
            assert text.startswith(f"# yaml-language-server: $schema={SCHEMA_COPY}\n")


def test_campaign_in_the_user_folder_points_at_its_own_schema(tmp_path, monkeypatch):
    """Created in the user campaigns folder (no --dir), the modelines still name the schema
    copy beside them, and no file names the user folder."""
    monkeypatch.setenv("COLLECTIVE_SECURITY_HOME", str(tmp_path))
    folder = new_campaign("At Home", era=1990, base_map="world")
    assert folder == tmp_path / "campaigns" / "at_home"
    assert (folder / SCHEMA_COPY).is_file()
    for path in folder.glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        assert text.startswith(f"# yaml-language-server: $schema={SCHEMA_COPY}\n")
        assert str(tmp_path) not in text
    assert load_campaign(folder).problems == []
