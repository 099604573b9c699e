"""The JSON Schema: committed copy current, and it agrees with the loader on real files."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

from game.content.scaffold import new_campaign
from game.content.schema import json_schema

from .helpers import HEADER, MINI, REPO, SCHEMA, load_text, nations, yaml12

MODELINE = re.compile(r"^# yaml-language-server: \$schema=(\S+)$", re.M)


def _validator():
    return jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))


def _campaign_files() -> list[Path]:
    return sorted(REPO.glob("game/campaigns/*/*.yaml")) + sorted(MINI.glob("*.yaml"))


def test_schema_is_valid_draft_2020_12():
    jsonschema.Draft202012Validator.check_schema(json_schema())


def test_committed_schema_matches_the_generator():
    """Regenerate with: collective-security schema -o game/schema/campaign.schema.json"""
    assert json.loads(SCHEMA.read_text(encoding="utf-8")) == json_schema()


@pytest.mark.parametrize("path", _campaign_files(), ids=lambda p: str(p.relative_to(REPO)))
def test_bundled_campaign_files_pass_the_schema(path: Path):
    errors = [f"{list(e.absolute_path)}: {e.message}"
              for e in _validator().iter_errors(yaml12(path.read_text(encoding="utf-8")))]
    assert errors == []


@pytest.mark.parametrize("path", _campaign_files(), ids=lambda p: str(p.relative_to(REPO)))
def test_bundled_campaign_files_name_the_schema(path: Path):
    found = MODELINE.search(path.read_text(encoding="utf-8"))
    assert found, "add: # yaml-language-server: $schema=<relative path>/schema/campaign.schema.json"
    assert (path.parent / found.group(1)).resolve() == SCHEMA.resolve()


def test_scaffold_files_pass_the_schema_and_name_it(tmp_path):
    folder = new_campaign("Schema Check", parent=tmp_path)
    for path in folder.glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        assert list(_validator().iter_errors(yaml12(text))) == []
        copy = folder / MODELINE.search(text).group(1)
        assert copy.read_text(encoding="utf-8") == SCHEMA.read_text(encoding="utf-8")


BAD = {
    "unknown key": nations("ALD").replace("    orientation: 50\n",
                                          "    orientation: 50\n    colur: [1, 2, 3]\n"),
    "text for a number": nations("ALD").replace("military: 50", "military: high"),
    "number out of range": nations("ALD").replace("military: 50", "military: 101"),
    "unknown choice": nations("ALD") + "    personality: hwak\n",
    "bad nation code": nations("ALD").replace("code: ALD", "code: ald"),
    "two-key condition": "events:\n  - {id: e, title: E, trigger: {flag: a, date_from: 1931}}\n",
    "list for a mapping": "events: [[1, 2]]\n",
}


@pytest.mark.parametrize("name", BAD)
def test_loader_and_schema_both_reject(name, tmp_path):
    text = HEADER + BAD[name]
    assert not _validator().is_valid(yaml12(text))
    assert load_text(tmp_path, text).errors


def test_yes_no_on_off_are_text_to_both():
    text = HEADER + nations("NO", "ON", "YES") + "flags: [yes, no, off]\n"
    assert _validator().is_valid(yaml12(text))
