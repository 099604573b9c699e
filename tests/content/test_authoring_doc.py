"""docs/authoring.md: its reference is the generator's output, and its tutorial works."""

from __future__ import annotations

import importlib.util
import re

from game.content import load_campaign
from game.content.schema import json_schema

from .helpers import REPO, write

DOC = REPO / "docs" / "authoring.md"
FILE_BLOCK = re.compile(r"^File `([^`]+)`:\n\n```yaml\n(.*?)^```", re.M | re.S)


def _generator():
    spec = importlib.util.spec_from_file_location(
        "gen_authoring_reference", REPO / "tools" / "gen_authoring_reference.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_reference_matches_the_generator():
    """Regenerate with: python tools/gen_authoring_reference.py"""
    doc = DOC.read_text(encoding="utf-8")
    assert _generator().updated(doc, json_schema()) == doc


def test_reference_names_every_form_and_record():
    doc = DOC.read_text(encoding="utf-8")
    schema = json_schema()
    for tagged in ("condition", "effect"):
        for key in schema["$defs"][tagged]["properties"]:
            assert f"| `{key}` |" in doc
    for name in ("nation", "organisation", "body", "seat", "threshold", "crisis", "event",
                 "choice", "option", "objective", "claim", "region"):
        assert f"### {name}\n" in doc


def test_tutorial_campaign_loads_clean_with_two_crises(tmp_path):
    files = dict(FILE_BLOCK.findall(DOC.read_text(encoding="utf-8")))
    assert "campaign.yaml" in files
    result = load_campaign(write(tmp_path / "two_incidents", files))
    assert result.problems == [], [str(p) for p in result.problems]
    c = result.campaign
    assert len(c.crises) == 2 and sum(n.playable for n in c.nations) == 3
