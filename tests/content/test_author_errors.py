"""Errors an author can act on: a YAML syntax error first and alone (what follows from it
would bury it), and text that no screen can show."""

from __future__ import annotations

from .helpers import HEADER, load_text, nations

EVENTS = """\
events:
  - {id: war, title: War, effects: [{change_stat: {nation: ALD, stat: will, add: 5}}]}
  - {id: peace, title: Peace, effects: [{change_stat: {nation: BRV, stat: will, add: 5}}]}
"""


def _slip(text: str) -> str:
    return text.replace("    name: Nation BRV", "     name: Nation BRV")


def test_syntax_error_first_and_alone(tmp_path):
    """An indentation slip in nations.yaml gives its own error and none of its consequences."""
    main = HEADER + "include: [nations.yaml, events.yaml]\n"
    result = load_text(tmp_path, main, nations__yaml=_slip(nations("ALD", "BRV")),
                       events__yaml=EVENTS + "  - {id: bad, title: B, chance: 500}\n")
    first = str(result.problems[0])
    assert "nations.yaml:" in first and "malformed YAML" in first
    assert not any("unknown nation" in str(p) for p in result.problems)
    # a real problem of another file is still reported, after the syntax error
    assert any("events.yaml" in str(p) and "500" in str(p) for p in result.problems[1:])


def test_without_a_syntax_error_cross_file_checks_run(tmp_path):
    """The same campaign, well-formed but naming a nation nobody defines, is told so."""
    main = HEADER + "include: [nations.yaml, events.yaml]\n"
    result = load_text(tmp_path, main, nations__yaml=nations("ALD"), events__yaml=EVENTS)
    assert any("BRV" in str(p) for p in result.errors)


def test_a_control_character_in_a_text_is_an_error(tmp_path):
    """A nation's name holding NUL (written as the escape "\\0") once passed validation and
    crashed the nation screen's font rendering: text must be showable."""
    text = HEADER + nations("ALD").replace("name: Nation ALD", 'name: "Nation\\0ALD"')
    result = load_text(tmp_path, text)
    assert any("control character U+0000" in str(p) and "campaign.yaml:" in str(p)
               for p in result.errors)
