"""The exported JSON Schema rejects what the validator rejects, so an editor shows the same
problems as `collective-security validate`: impossible dates and an incomplete header."""

from __future__ import annotations

import json

import jsonschema
import pytest

from .helpers import HEADER, SCHEMA, nations, yaml12


def _valid(text: str) -> bool:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema).is_valid(yaml12(text))


def _with_start(date: str) -> str:
    return HEADER.replace("start: 1930-01", f"start: {date}") + nations("ALD")


@pytest.mark.parametrize("date", ["1930", "1930-01", "1930-1", "1930-12", "1930-01-31",
                                  "1930-04-30", "1930-02-28", "1932-02-29", "2000-02-29"])
def test_real_dates_pass_the_schema(date):
    """Dates are calendar dates: a year, a month, or a day that month has."""
    assert _valid(_with_start(date))


@pytest.mark.parametrize("date", ["1930-13", "1930-00", "1930-02-31", "1930-04-31",
                                  "1931-02-29", "1900-02-29", "1930-01-32", "1930-01-00"])
def test_impossible_dates_fail_the_schema(date):
    """1930-02-31 is no day at all (the first-hour report found it accepted)."""
    assert not _valid(_with_start(date))


@pytest.mark.parametrize("key", ["format", "id", "description", "start", "end", "turn_months",
                                 "base_map"])
def test_a_header_missing_a_required_key_fails_the_schema(key):
    """A file with header keys is campaign.yaml, which must hold the whole header."""
    header = "".join(line + "\n" for line in HEADER.splitlines()
                     if not line.startswith(f"{key}:"))
    assert not _valid(header + nations("ALD"))


def test_a_file_of_sections_alone_needs_no_header():
    """Included files hold list sections only."""
    assert _valid(nations("ALD"))
