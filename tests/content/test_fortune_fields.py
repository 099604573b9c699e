"""The fortunes of history in a campaign's files (issue 15): the header's and a crisis's
``fortune`` and an event's ``window`` load into the model, are checked with file:line:col
errors, and are described by the exported JSON Schema."""

from __future__ import annotations

import jsonschema
import pytest

from game.content.schema import json_schema
from game.engine import model as m

from .helpers import lines, mini_with, yaml12

CRISIS_ANCHOR = "  - id: helvan_crisis\n"
DATED_EVENT = "  - id: helvan_ultimatum\n"
UNDATED_EVENT = "  - id: strait_threat\n"
HEADER_ANCHOR = "tension: 30\n"


def test_the_fields_load_into_the_model(tmp_path):
    """A crisis's fortune and an event's window reach the model; what is not given stays
    None (the campaign's spread, the default window) and the header's fortune defaults to
    FORTUNE."""
    result, _ = mini_with(tmp_path, "crises.yaml", CRISIS_ANCHOR, "    fortune: 25\n")
    assert result.errors == [], lines(result)
    c = result.campaign
    assert c.crisis("helvan_crisis").fortune == 25
    assert all(d.fortune is None for d in c.crises if d.id != "helvan_crisis")
    assert c.fortune == m.FORTUNE
    assert all(e.window is None for e in c.events)


def test_the_header_and_an_event_take_them_too(tmp_path):
    """campaign.yaml's fortune sets every crisis's spread; an event's window its own."""
    result, _ = mini_with(tmp_path, "campaign.yaml", HEADER_ANCHOR, "fortune: 0\n")
    assert result.errors == [], lines(result)
    assert result.campaign.fortune == 0
    result, _ = mini_with(tmp_path / "b", "events.yaml", DATED_EVENT, "    window: 3\n")
    assert result.errors == [], lines(result)
    assert result.campaign.event("helvan_ultimatum").window == 3


@pytest.mark.parametrize("file, anchor, yaml, problem", [
    ("crises.yaml", CRISIS_ANCHOR, "    fortune: 60\n", "a whole number from 0 to 50"),
    ("crises.yaml", CRISIS_ANCHOR, "    fortune: -5\n", "a whole number from 0 to 50"),
    ("crises.yaml", CRISIS_ANCHOR, "    fortune: wide\n", "a whole number from 0 to 50"),
    ("events.yaml", DATED_EVENT, "    window: 13\n", "a whole number from 0 to 12"),
    ("events.yaml", DATED_EVENT, "    window: 1.5\n", "a whole number from 0 to 12"),
    ("campaign.yaml", HEADER_ANCHOR, "fortune: 51\n", "a whole number from 0 to 50"),
], ids=["crisis-high", "crisis-negative", "crisis-text", "window-high", "window-fraction",
        "header-high"])
def test_a_value_out_of_bounds_is_an_error_at_its_line(tmp_path, file, anchor, yaml, problem):
    """A spread or a window out of its bounds is an error naming file:line and the bounds."""
    result, line = mini_with(tmp_path, file, anchor, yaml)
    found = [p for p in lines(result) if problem in p]
    assert found and f"{file}:{line}:" in found[0], lines(result)
    assert "error" in found[0]


def test_a_window_on_an_event_without_a_date_is_a_warning(tmp_path):
    """A window moves only its event's dates: on a trigger with none it does nothing, and
    the author is told where."""
    result, line = mini_with(tmp_path, "events.yaml", UNDATED_EVENT, "    window: 2\n")
    found = [p for p in result.problems if "names no date" in str(p)]
    assert found and found[0].severity == "warning", lines(result)
    assert f"events.yaml:{line - 1}:" in str(found[0])
    assert result.campaign is not None


def test_the_json_schema_knows_the_fields():
    """Editors check the same bounds: the exported schema accepts the fields within them and
    rejects a spread beyond them."""
    schema = json_schema()
    good = yaml12("crises:\n  - {id: a, name: A, kind: civil_war, aggressor: AAA,"
                  " victims: [BBB], fortune: 20}\nevents:\n  - {id: e, title: E, window: 2}\n")
    jsonschema.validate(good, schema)
    bad = yaml12("crises:\n  - {id: a, name: A, kind: civil_war, aggressor: AAA,"
                 " victims: [BBB], fortune: 80}\n")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)
