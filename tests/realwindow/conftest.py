"""The real-window tests: skipped where Xvfb, xdotool or ImageMagick are missing, unless
CS_REQUIRE_REAL_WINDOW=1 (set by .ci/run) makes their absence a failure."""

import os

import pytest

from tests.realwindow.window import RealWindow, missing_tools


def pytest_configure(config):
    config.addinivalue_line("markers", "realwindow: plays the game in a real X window "
                            "(Xvfb, xdotool, ImageMagick)")


@pytest.fixture
def real_window(tmp_path):
    missing = missing_tools()
    if missing:
        reason = ("the real-window test needs " + ", ".join(missing)
                  + " (apt-get install xvfb xdotool imagemagick; `make test` installs the game)")
        if os.environ.get("CS_REQUIRE_REAL_WINDOW") == "1":
            pytest.fail(reason + ", and CS_REQUIRE_REAL_WINDOW=1 requires it")
        pytest.skip(reason)
    window = RealWindow(tmp_path)
    window.start_display()
    try:
        yield window
    finally:
        window.close()
