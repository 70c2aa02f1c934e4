"""A newcomer's first session in the real app, screenshotted for the user guide.

Fresh config and data folders: the welcome appears, Return opens the demo library, the
settings switch to dark, the guide opens with Shift+F1. The pictures go to artifacts/ by
default; with CLAIMDESK_GUIDE_SHOTS=1 they replace the guide's images in the package.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.e2e.conftest import SCREENSHOTS, RunningApp, wait_for

pytestmark = pytest.mark.e2e

GUIDE_IMAGES = REPO / "resources" / "help" / "images"
MAX_IMAGE_BYTES = 200_000


def _shots_folder() -> Path:
    folder = GUIDE_IMAGES if os.environ.get("CLAIMDESK_GUIDE_SHOTS") == "1" else SCREENSHOTS
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class Session:
    """The app started with no arguments on private config and data folders."""

    def __init__(self, display: str, home: Path) -> None:
        self.display = display
        self.config = home / "config"
        env = {k: v for k, v in os.environ.items()
               if k not in ("CLAIMDESK_CONFIG_DIR", "CLAIMDESK_LIBRARY")}  # fmt: skip
        env |= {
            "DISPLAY": display,
            "PYTHONPATH": str(REPO),
            "QT_QPA_PLATFORM": "xcb",
            "XDG_CONFIG_HOME": str(self.config),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CACHE_HOME": str(home / "cache"),
        }
        self.log = home / "app.log"
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "claimdesk"], env=env, stdout=log, stderr=subprocess.STDOUT
            )
        self.app = RunningApp(self.process, "", display)

    def window(self, name: str, timeout: float = 60) -> str:
        """The id of the visible window whose title contains ``name``, once it appears."""
        found: list[str] = []

        def look() -> bool:
            if self.process.poll() is not None:
                pytest.fail(f"the app exited: {self.log.read_text()}")
            try:
                found.append(self.app.xdotool("search", "--onlyvisible", "--name", name))
            except subprocess.CalledProcessError:
                return False
            return True

        assert wait_for(look, timeout), f"no window named {name!r} appeared"
        return found[-1].splitlines()[-1]

    def keys(self, window: str, *keys: str) -> None:
        """Focus ``window`` (there is no window manager to do it) and press ``keys``.

        As real key presses (XTEST), not events sent to a window: a sent Ctrl+, left the
        comma held down, and a dialog that closes on a key makes its release fail."""
        self.app.xdotool("windowfocus", "--sync", window)
        for key in keys:
            self.app.xdotool("key", "--clearmodifiers", key)
            time.sleep(0.15)

    def type(self, window: str, text: str) -> None:
        """Type ``text`` into the focused widget of ``window``."""
        self.app.xdotool("type", "--window", window, "--delay", "40", text)

    def shoot(self, window: str, name: str, *, for_guide: bool = True) -> Path:
        """Save ``window`` as a small PNG (256 colours without dithering, which would make it
        compress badly; at most 1200 pixels wide)."""
        time.sleep(0.8)  # let the last repaint reach the screen
        folder = _shots_folder() if for_guide else SCREENSHOTS
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / name
        subprocess.run(
            ["import", "-window", window, "-resize", "1200x>", "+dither", "-colors", "256",
             f"png8:{path}"],
            env={**os.environ, "DISPLAY": self.display},
            check=True,
            timeout=30,
        )  # fmt: skip
        return path

    def settings(self) -> dict[str, object]:
        """The saved settings file."""
        data: dict[str, object] = json.loads(
            (self.config / "ClaimDesk" / "settings.json").read_text(encoding="utf-8")
        )
        return data

    def stop(self) -> None:
        """Terminate the app (and kill it if it does not stop)."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()


@pytest.fixture
def session(display: str, tmp_path: Path) -> Iterator[Session]:
    """A first start of the app, stopped after the test."""
    started = Session(display, tmp_path)
    yield started
    started.stop()


def test_first_session_welcome_demo_settings_dark_and_guide(session: Session) -> None:
    welcome = session.window("Welcome to ClaimDesk")
    session.app.xdotool("mousemove", "0", "0")  # no hover highlight in the pictures
    assert not (session.config / "ClaimDesk" / "settings.json").exists()
    shots = [session.shoot(welcome, "welcome.png")]

    # Return: the default choice, the demo library with the Stoltenberg article open.
    session.keys(welcome, "Return")
    main = session.window("Stoltenberg")
    assert wait_for(lambda: (session.config / "ClaimDesk" / "settings.json").exists())
    session.app.xdotool("windowsize", "--sync", main, "1280", "800")
    session.keys(main, "ctrl+2", "n")
    shots.append(session.shoot(main, "reading.png"))

    session.keys(main, "ctrl+f")
    session.type(main, "kind:denial")
    time.sleep(1.5)
    shots.append(session.shoot(main, "search.png"))
    session.keys(main, "Escape")

    session.keys(main, "ctrl+comma")
    dialog = session.window("Settings")
    shots.append(session.shoot(dialog, "settings.png"))
    # Alt+A: the appearance list; Down twice: from "Follow the system" to "Dark"; Return saves.
    session.keys(dialog, "alt+a", "Down", "Down")
    time.sleep(1.0)  # the whole app restyles before the next key counts
    session.shoot(dialog, "settings-dark.png", for_guide=False)
    # Found again: the dialog's X window may be a new one after the restyle.
    session.keys(session.window("Settings"), "Return")
    assert wait_for(lambda: session.settings().get("appearance") == "dark")
    session.keys(main, "ctrl+2", "n", "n")
    shots.append(session.shoot(main, "dark.png"))

    session.keys(main, "shift+F1")
    guide = session.window("user guide")
    help_shot = session.shoot(guide, "help-window.png", for_guide=False)

    for shot in [*shots, help_shot]:
        assert shot.exists()
        assert shot.stat().st_size < MAX_IMAGE_BYTES, f"{shot.name} is too big for the repo"
