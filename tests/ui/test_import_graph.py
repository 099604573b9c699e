"""The house of game/ui: its modules import each other without a cycle, and the screens
know each other by the names of one registry (game.ui.scenes.SCENES)."""

import pytest

from game.ui.app import scene_class
from game.ui.scenes import SCENES
from tools import import_graph


def test_game_ui_has_no_import_cycle():
    """Every import counts (top-level, inside functions, type-only): the scenes and the app
    once formed one 19-module circle; a new import that closes a loop fails here, naming it.
    `python tools/import_graph.py` prints the whole graph."""
    assert import_graph.cycles(import_graph.graph("game.ui")) == []


def test_the_graph_tool_finds_a_cycle(tmp_path):
    """The check itself: two modules that import each other, one of them lazily, are found."""
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from pkg import b\n")
    (pkg / "b.py").write_text("def f():\n    from .a import g\n")
    (pkg / "c.py").write_text("import pkg.a\n")
    edges = import_graph.graph("pkg", tmp_path)
    assert import_graph.cycles(edges) == [["pkg.a", "pkg.b"]]


@pytest.mark.parametrize("name", sorted(SCENES))
def test_every_registered_scene_is_found_under_its_own_name(name):
    """A name in the registry opens the scene that answers to it (``app.find(name)``)."""
    assert scene_class(name).name == name


def test_an_unknown_scene_name_lists_the_known_ones():
    with pytest.raises(KeyError, match="no scene named 'councl'.*council"):
        scene_class("councl")


def test_scenes_open_and_are_found_by_name(tmp_path):
    """``app.push(name, ...)`` builds the registered scene with the arguments and returns it;
    ``app.find(name)`` finds it on the stack as ``app.find(cls)`` does."""
    from game.ui.app import App

    app = App(size=(1280, 720), config_dir=tmp_path, save_dir=tmp_path / "saves")
    try:
        menu = app.push("main_menu")
        load = app.push("save_load", mode="load")
        assert app.stack == [menu, load] and load.mode == "load"
        assert app.find("main_menu") is menu and app.find(type(load)) is load
        assert app.find("game") is None
        assert app.reset("help") is app.top and [s.name for s in app.stack] == ["help"]
        with pytest.raises(TypeError):
            app.push(menu, "extra")
    finally:
        while app.stack:
            app.stack.pop().exit()
