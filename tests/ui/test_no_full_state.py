"""No screen of the UI can reach the full game state: a static check over game/ui.

A seat's screens, widgets, tooltips and charts read the seat's view (``ctl.view()``); only
the controller plumbing and the state dump for scripted drivers touch ``session.state``
(docs/hotseat.md, "What each seat sees"). The check looks for ``.state`` read off anything
named like a controller or a session (``ctl.state``, ``self.ctl.session.state``,
``session.state``, ``app.session.state``), so a future change cannot quietly bring it back.
"""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "game" / "ui"

PLUMBING = {
    "controller.py": "builds the seat's view from the session",
    "hotseat_controller.py": "asks the session whose turn it is",
    "state_dump.py": "writes the state's hash for scripts that drive the real window; "
                     "never drawn",
}
HOLDERS = ("ctl", "controller", "session")


def _name(node: ast.AST) -> str:
    """The last name of an expression: ``self.ctl.session`` -> ``session``."""
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Call):
        return _name(node.func)
    return ""


def full_state_reads(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = [node for node in ast.walk(tree)
             if isinstance(node, ast.Attribute) and node.attr in ("state", "_state")
             and _name(node.value) in HOLDERS]
    return [f"{path.name}:{n.lineno}: {ast.unparse(n)}"
            for n in sorted(found, key=lambda n: (n.lineno, n.col_offset))]


def test_the_checker_sees_the_forms_a_leak_takes(tmp_path):
    """The scan catches every way a scene could reach the full state through its handles,
    and leaves a view or a widget's own field alone."""
    path = tmp_path / "sample.py"
    path.write_text("a = self.ctl.state\nb = ctl.session.state.turn\nc = self.app.session.state\n"
                    "d = session.state\ne = self.ctl.view().turn\nf = self.map.state\n",
                    encoding="utf-8")
    assert [line.split(": ", 1)[1] for line in full_state_reads(path)] == [
        "self.ctl.state", "ctl.session.state", "self.app.session.state", "session.state"]


def test_no_ui_module_reads_the_full_state():
    """Outside the controller plumbing, nothing under game/ui reads a session's or a
    controller's ``.state``: every screen reads a seat's view."""
    leaks = [line for path in sorted(UI.rglob("*.py")) if path.name not in PLUMBING
             for line in full_state_reads(path)]
    assert leaks == []


def test_the_controller_has_no_state():
    """``GameController.state`` is gone, so a scene cannot reach the full state by accident."""
    from game.ui.controller import GameController
    from game.ui.hotseat_controller import HotseatController

    assert not hasattr(GameController, "state")
    assert not hasattr(HotseatController, "state")
