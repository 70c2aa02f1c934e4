"""The real app under a window manager at 960 x 640, a laptop's screen beside a browser, with a
claim selected: the window takes that size (its minimum is smaller), and a screenshot of it is
kept (artifacts/screenshots/e2e-960x640.png) to look at."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from claimdesk.core.library import LibraryLocation, folder_location
from tests.e2e.conftest import RunningApp
from tests.gui.tracking_support import fill_tracking_library

pytestmark = pytest.mark.e2e


def _geometry(app: RunningApp) -> tuple[int, int]:
    found = re.search(r"Geometry: (\d+)x(\d+)", app.xdotool("getwindowgeometry", app.window))
    assert found is not None
    return int(found.group(1)), int(found.group(2))


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    return int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")


def test_the_window_at_960_by_640_with_a_claim_selected(
    window_manager: str,
    start_app: Callable[[LibraryLocation], RunningApp],
    tmp_path: Path,
) -> None:
    library = fill_tracking_library(folder_location(tmp_path / "library"))
    app = start_app(library.location)
    app.xdotool("windowsize", "--sync", app.window, "960", "640")
    app.xdotool("windowmove", "--sync", app.window, "0", "0")
    time.sleep(0.5)
    # The newest article first (the one repeating a demo claim): Down then Up opens it; N
    # selects its claim, whose similar claims load below the inspector.
    app.keys("ctrl+1", "Down", "Up")
    app.keys("ctrl+2", "n")
    time.sleep(2.5)  # the first proposals build the matching index
    app.xdotool("mousemove", "0", "0")  # no hover in the picture
    assert _geometry(app) == (960, 640)
    shot = app.window_screenshot("e2e-960x640.png")
    assert _png_size(shot) == (960, 640)
    assert app.process.poll() is None
